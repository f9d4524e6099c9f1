//! One answer, one reading of each state: a resident who says « Ça va, on fait avec » is
//! getting by, not both well and getting by; "I wouldn't call it pain, more of an ache in
//! the knee" is pain in the knee. The whole answer settles what its cues say one by one.

use super::Signal;

/// Mood: the most telling value wins (low over getting by over well: "I'm fine but I feel
/// low" is low, « ça va, on fait avec » is getting by). Pain: a pain with a place or words
/// for it outweighs "no pain" said of something else.
pub fn settle(mut found: Vec<Signal>) -> Vec<Signal> {
    let rank = |v: &str| match v {
        "low" => 2,
        "neutral" => 1,
        _ => 0,
    };
    let moods: Vec<&Signal> = found.iter().filter(|s| s.kind == "mood").collect();
    if moods.len() > 1 {
        let keep = moods
            .iter()
            .max_by_key(|s| (rank(&s.value), std::cmp::Reverse(s.start)))
            .map(|s| (s.start, s.value.clone()));
        found.retain(|s| s.kind != "mood" || Some((s.start, s.value.clone())) == keep);
    }
    let pain_present = found
        .iter()
        .any(|s| s.kind == "pain" && s.value == "present");
    if pain_present {
        found.retain(|s| !(s.kind == "pain" && s.value == "absent"));
    }
    found
}

#[cfg(test)]
mod tests {
    use crate::signals::testing::labels;

    #[test]
    fn one_mood_an_answer_the_most_telling() {
        assert_eq!(labels("fr", "Ça va, on fait avec."), ["mood=neutral"]);
        assert_eq!(labels("en", "I'm fine, but I feel low."), ["mood=low"]);
        assert_eq!(labels("en", "I'm fine, thanks."), ["mood=positive"]);
    }

    #[test]
    fn pain_said_outweighs_pain_denied() {
        assert_eq!(
            labels(
                "en",
                "I wouldn't call it pain, more of an ache in the knee."
            ),
            ["pain=present", "pain@knee"]
        );
        assert_eq!(labels("en", "No pain today."), ["pain=absent"]);
    }
}
