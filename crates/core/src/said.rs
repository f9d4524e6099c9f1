//! What a resident said aloud, kept: the words as heard, in the language they were heard in,
//! with the wellbeing signals read from them, saved as one note in one transaction. The
//! window's talk turn and the command line's soak test share it, so both keep the same thing.

use std::sync::Arc;

use crate::journal::notes::{self, NewUtterance, Note};
use crate::journal::JournalError;
use crate::listen::Heard;
use crate::signals::{read_all, Lexicon, MeaningReader, Signal};
use crate::store::Store;

/// What reads wellbeing signals in one resident's language.
#[derive(Default)]
pub struct Readers {
    /// None when Hearth has no lexicon for the language: no signals, the note is still kept.
    pub lexicon: Option<Lexicon>,
    /// The second reader (sentence meaning), when its model is installed and loaded.
    pub meaning: Option<Arc<MeaningReader>>,
}

impl Readers {
    /// The lexicon for `language`, read now (before anyone speaks, so it is off the path from
    /// "stop" to the words), and the meaning model if there is one.
    pub fn for_language(language: &str, meaning: Option<Arc<MeaningReader>>) -> Self {
        Self {
            lexicon: Lexicon::builtin(language).ok(),
            meaning,
        }
    }

    /// Everything read in `text`; nothing without a lexicon.
    pub fn read(&self, text: &str) -> Vec<Signal> {
        self.lexicon
            .as_ref()
            .map(|lex| read_all(text, lex, self.meaning.as_deref()))
            .unwrap_or_default()
    }
}

/// Keeps what `resident_id` was heard saying. `language` is the one recognition was asked
/// for, used when Whisper does not echo it; `model` names the speech model that heard it.
pub fn keep_heard(
    store: &mut Store,
    resident_id: i64,
    heard: &Heard,
    language: &str,
    model: &str,
    readers: &Readers,
) -> Result<Note, JournalError> {
    let utterance = NewUtterance {
        resident_id,
        started_ms: heard.started_ms,
        ended_ms: heard.ended_ms,
        text: heard.text.clone(),
        language: if heard.language.is_empty() {
            language.to_string()
        } else {
            heard.language.clone()
        },
        model: model.to_string(),
    };
    let signals = readers.read(&utterance.text);
    notes::record_spoken_with(store, &utterance, &signals)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::testing;

    fn heard(text: &str, language: &str) -> Heard {
        Heard {
            text: text.into(),
            language: language.into(),
            started_ms: 1_000,
            ended_ms: 3_000,
            audio_ms: 2_000,
            finish_ms: 300,
            dropped_blocks: 0,
        }
    }

    #[test]
    fn the_words_their_language_and_their_signals_are_kept_together() {
        let (_d, mut s, ids) = testing::journal(&[("Rose", "fr")]);
        let readers = Readers::for_language("fr", None);
        let note = keep_heard(
            &mut s,
            ids[0],
            &heard("J'ai mal au genou depuis ce matin.", ""),
            "fr",
            "base",
            &readers,
        )
        .unwrap();
        assert_eq!(note.original, "J'ai mal au genou depuis ce matin.");
        assert!(
            note.signals
                .iter()
                .any(|n| n.read.kind == "pain" && n.read.location.as_deref() == Some("knee")),
            "{:?}",
            note.signals
        );
        // A language with no lexicon: no signals, and the words are still kept.
        let none = Readers::for_language("xx", None);
        let kept = keep_heard(&mut s, ids[0], &heard("Hallo", "de"), "fr", "base", &none).unwrap();
        assert!(kept.signals.is_empty());
        let heard_as: Vec<_> = notes::transcripts_of(&s, ids[0])
            .unwrap()
            .into_iter()
            .map(|t| (t.language, t.model))
            .collect();
        // The asked-for language when Whisper gives none; its own when it does.
        assert_eq!(
            heard_as,
            [("fr".into(), "base".into()), ("de".into(), "base".into())]
        );
    }

    #[test]
    fn without_consent_nothing_is_kept() {
        let (_d, mut s, ids) = testing::journal_without_consent(&[("Rose", "en")]);
        let readers = Readers::for_language("en", None);
        let refused = keep_heard(
            &mut s,
            ids[0],
            &heard("Hello", "en"),
            "en",
            "base",
            &readers,
        );
        assert!(
            matches!(refused, Err(JournalError::NoConsent(_))),
            "{refused:?}"
        );
    }
}
