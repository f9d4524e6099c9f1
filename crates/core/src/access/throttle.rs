//! Wrong tries at a secret kept outside the journal (the staff passphrase, the recovery
//! code): the same growing pauses as wrong PINs, held in memory because the journal they
//! would be written to is the thing still locked.

use super::staff::{pause_ms, TRIES};

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
