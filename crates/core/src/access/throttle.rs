//! Wrong tries at a secret, and the pauses they bring: three wrong tries in a row pause for
//! 30 s, and each further one doubles the pause (up to 15 min) — slow for someone guessing,
//! soon over for someone who mistyped. A PIN's count is kept on its staff row; the staff
//! passphrase's in a file beside the key box (`counted`), because the journal it would be
//! written to is still locked.

/// Wrong tries allowed before the first pause.
pub const TRIES: u32 = 3;
const FIRST_PAUSE_MS: i64 = 30_000;
const LONGEST_PAUSE_MS: i64 = 15 * 60_000;

/// The pause after the `failed`-th wrong try in a row (none before the third).
pub fn pause_ms(failed: u32) -> i64 {
    if failed < TRIES {
        return 0;
    }
    let doublings = (failed - TRIES).min(10);
    (FIRST_PAUSE_MS << doublings).min(LONGEST_PAUSE_MS)
}

/// What a try may do now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Go ahead.
    Try,
    /// Wait this many seconds first.
    Wait(u64),
}

/// After a wrong try: how many are left before a pause, or the pause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AfterWrong {
    TriesLeft(u32),
    Wait(u64),
}

#[derive(Debug, Default)]
pub struct Throttle {
    failed: u32,
    until_ms: i64,
}

impl Throttle {
    /// The count as it was kept: wrong tries in a row, and the end of the pause (ms).
    pub fn resume(failed: u32, until_ms: i64) -> Self {
        Self { failed, until_ms }
    }

    pub fn failed(&self) -> u32 {
        self.failed
    }

    /// The end of the pause, or 0 when there is none.
    pub fn until_ms(&self) -> i64 {
        self.until_ms
    }

    pub fn check(&self, now_ms: i64) -> Verdict {
        if now_ms < self.until_ms {
            Verdict::Wait(seconds(self.until_ms - now_ms))
        } else {
            Verdict::Try
        }
    }

    pub fn wrong(&mut self, now_ms: i64) -> AfterWrong {
        self.failed += 1;
        let pause = pause_ms(self.failed);
        if pause > 0 {
            self.until_ms = now_ms + pause;
            AfterWrong::Wait(seconds(pause))
        } else {
            self.until_ms = 0;
            AfterWrong::TriesLeft(TRIES - self.failed)
        }
    }

    pub fn right(&mut self) {
        *self = Self::default();
    }
}

fn seconds(ms: i64) -> u64 {
    u64::try_from((ms + 999) / 1000).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pauses_grow_after_three_wrong_tries_up_to_fifteen_minutes() {
        let got: Vec<i64> = (1..=10).map(|f| pause_ms(f) / 1000).collect();
        assert_eq!(got, [0, 0, 30, 60, 120, 240, 480, 900, 900, 900]);
    }

    #[test]
    fn three_wrong_tries_then_growing_pauses_and_a_right_one_starts_afresh() {
        let mut t = Throttle::default();
        assert_eq!(t.check(0), Verdict::Try);
        assert_eq!(t.wrong(0), AfterWrong::TriesLeft(2));
        assert_eq!(t.wrong(0), AfterWrong::TriesLeft(1));
        assert_eq!(t.wrong(1_000), AfterWrong::Wait(30));
        assert_eq!(t.check(2_000), Verdict::Wait(29));
        assert_eq!(t.check(31_000), Verdict::Try);
        assert_eq!(t.wrong(31_000), AfterWrong::Wait(60));
        t.right();
        assert_eq!(t.check(31_001), Verdict::Try);
        assert_eq!(t.wrong(31_001), AfterWrong::TriesLeft(2));
    }
}
