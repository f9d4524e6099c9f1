//! The wellbeing note a check-in leaves: a short line per topic, then every question and the
//! resident's answer word for word — in the resident's language. The signals keep pointing
//! at the words they came from, now inside the note's text.

use crate::signals::TOPICS;
use hearth_i18n::I18n;

use super::checkin::CheckIn;
use crate::signals::Signal;

/// What a check-in leaves for the care team.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckInNote {
    pub text: String,
    /// Every signal read, with `start`/`end` as character offsets into `text`.
    pub signals: Vec<Signal>,
}

/// A signal in the words the care team's screen uses.
pub fn describe(i18n: &I18n, lang: &str, s: &Signal) -> String {
    i18n.signal(
        lang,
        &s.kind,
        &s.value,
        s.location.as_deref(),
        s.severity,
        s.mild,
    )
}

/// Writes the note for a check-in, finished or interrupted.
pub fn compose(c: &CheckIn<'_>, i18n: &I18n, lang: &str, name: &str) -> CheckInNote {
    let all: Vec<&Signal> = c.signals();
    let mut lines = vec![i18n.text(lang, "ci-note-title", &[("name", name)])];
    // Urgent first, then the latest reading of each topic (the last word on it counts).
    for s in all.iter().filter(|s| s.kind == "urgent") {
        lines.push(format!("• {}", describe(i18n, lang, s)));
    }
    for topic in TOPICS {
        if let Some(s) = all.iter().rev().find(|s| s.kind == topic) {
            lines.push(format!("• {}", describe(i18n, lang, s)));
        }
    }
    if c.outcome() == super::Outcome::Stopped {
        lines.push(i18n.text(lang, "ci-note-stopped", &[]));
    }
    let mut text = lines.join("\n");
    text.push('\n');
    let mut signals = Vec::new();
    for turn in c.turns() {
        let question = i18n.text(lang, &turn.asked, &[("name", name)]);
        text.push_str(&format!("\n— {question}\n  « "));
        let offset = text.chars().count();
        text.push_str(&turn.answer);
        text.push_str(" »");
        signals.extend(turn.signals.iter().cloned().map(|mut s| {
            s.start += offset;
            s.end += offset;
            s
        }));
    }
    CheckInNote { text, signals }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dialogue::Script;
    use crate::signals::Lexicon;

    #[test]
    fn summary_first_then_every_answer_word_for_word_with_evidence_in_place() {
        let script = Script::daily();
        let lex = Lexicon::builtin("en").unwrap();
        let i18n = I18n::load();
        let (mut c, _) = CheckIn::start(&script, &lex, "Rose");
        for a in [
            "yes",
            "A bit down, to be honest",
            "I slept badly",
            "My knee hurts, about a six",
        ] {
            c.answer(a);
        }
        let note = compose(&c, &i18n, "en", "Rose");
        assert!(note.text.starts_with("Check-in with Rose"), "{}", note.text);
        for line in ["• Mood: low", "• Slept poorly", "• Pain — knee, 6/10"] {
            assert!(note.text.contains(line), "{line} not in\n{}", note.text);
        }
        assert!(note
            .text
            .contains("— How did you sleep last night?\n  « I slept badly »"));
        let chars: Vec<char> = note.text.chars().collect();
        for s in &note.signals {
            assert_eq!(chars[s.start..s.end].iter().collect::<String>(), s.evidence);
        }
    }

    #[test]
    fn an_interrupted_check_in_keeps_what_was_said_in_french() {
        let script = Script::daily();
        let lex = Lexicon::builtin("fr").unwrap();
        let i18n = I18n::load();
        let (mut c, _) = CheckIn::start(&script, &lex, "Marie");
        c.answer("oui");
        c.answer("Je suis tombée hier soir");
        c.answer("Arrête");
        let note = compose(&c, &i18n, "fr", "Marie");
        assert!(
            note.text.starts_with("Point du jour avec Marie"),
            "{}",
            note.text
        );
        assert!(note.text.contains("• URGENT : une chute"), "{}", note.text);
        assert!(note.text.contains("Interrompu"), "{}", note.text);
        assert!(note.text.contains("« Je suis tombée hier soir »"));
        let chars: Vec<char> = note.text.chars().collect();
        let fall = note.signals.iter().find(|s| s.kind == "urgent").unwrap();
        assert_eq!(
            chars[fall.start..fall.end].iter().collect::<String>(),
            "Je suis tombée"
        );
    }
}
