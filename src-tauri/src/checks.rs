//! What the window sends is checked before it reaches the core: instants within the years a
//! care home can mean (never wrapped into another time), periods that run forwards, and
//! languages Hearth has words for (a code whisper.cpp does not know never reaches it).

use hearth_core::refusal::Refusal;
use hearth_wire::Problem;

/// 1970 to 2200: any later or earlier "time" is a broken or hostile request.
const LATEST_MS: i64 = 7_258_118_400_000;

fn refused(r: Refusal) -> Problem {
    crate::problems::problem(r)
}

pub fn instant(ms: i64) -> Result<i64, Problem> {
    if (0..=LATEST_MS).contains(&ms) {
        Ok(ms)
    } else {
        Err(refused(Refusal::TimeOutOfRange))
    }
}

/// `[from_ms, to_ms)`, both real instants, the first before the second.
pub fn period(from_ms: i64, to_ms: i64) -> Result<(), Problem> {
    if instant(from_ms)? < instant(to_ms)? {
        Ok(())
    } else {
        Err(refused(Refusal::PeriodBackwards))
    }
}

/// Day boundaries for trends: at most a year of days, in order.
pub fn bounds(b: &[i64]) -> Result<(), Problem> {
    if b.len() < 2 || b.len() > 367 {
        return Err(refused(Refusal::DaysRange));
    }
    for w in b.windows(2) {
        period(w[0], w[1])?;
    }
    Ok(())
}

/// A language Hearth has words for, or the problem to say.
pub fn language(code: &str) -> Result<(), Problem> {
    if hearth_i18n::has_words(code) {
        Ok(())
    } else {
        Err(Problem::LanguageNotSupported {
            language: code.chars().take(16).collect(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn out_of_range_times_and_unknown_languages_are_refused() {
        assert!(instant(1_800_000_000_000).is_ok());
        for bad in [-1, i64::MIN, i64::MAX, LATEST_MS + 1] {
            assert!(instant(bad).is_err(), "{bad}");
        }
        assert!(period(1_000, 2_000).is_ok());
        assert!(period(2_000, 2_000).is_err());
        assert!(period(0, i64::MIN).is_err());
        assert!(bounds(&[1_000, 2_000, 3_000]).is_ok());
        assert!(bounds(&[1_000]).is_err());
        assert!(bounds(&[3_000, 2_000]).is_err());
        assert!(language("fr").is_ok());
        for bad in ["xx", "", "en; DROP", "auto"] {
            assert!(language(bad).is_err(), "{bad}");
        }
    }
}
