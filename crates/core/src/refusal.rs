//! Why Hearth refuses a request as it stands (an empty note, a pain score of 12, the last
//! administrator removed): a reason with a code, never a sentence. The window says it in the
//! person's language from the Fluent message `refused-<code>`; the command line and the logs
//! in English from the same file. Adding a reason is a variant here and a message in each
//! language file (a test below holds every file to that).

use std::sync::OnceLock;

use hearth_i18n::I18n;

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(test, derive(strum::EnumIter))]
#[serde(tag = "code", rename_all = "kebab-case")]
pub enum Refusal {
    // Residents and their profiles.
    NoSuchResident,
    NameNeeded,
    NameTooLong {
        max: usize,
    },
    NotALanguage {
        given: String,
    },
    NoWordsInLanguage {
        language: String,
    },
    TopicTooLong {
        max: usize,
    },
    TooManyTopics {
        max: usize,
    },
    AlreadyErased,
    /// Erasing everything about a resident needs their name typed exactly.
    ConfirmNameToErase {
        name: String,
    },
    // Consent.
    ConsentGiverNeeded,
    // Notes, readings and reviews.
    /// Who made a change (a correction, a review, a consent recorded) must be said.
    AuthorNeeded,
    EmptyNote,
    EmptyCorrection,
    NoSuchSignal {
        id: i64,
    },
    CorrectionChangesNothing,
    PainScoreRange,
    UnknownPlace {
        place: String,
    },
    WrongValueForKind {
        kind: String,
        value: String,
    },
    // Times and periods a request names.
    TimeOutOfRange,
    PeriodBackwards,
    DaysRange,
    // Settings.
    SpeechRateRange,
    VolumeRange,
    WordsNeitherShownNorSpoken,
    TextSizeRange,
    TranscriptKeepRange,
    NoteKeepRange,
    TranscriptsOutliveNotes,
    // The journal's passphrase.
    PassphraseAlreadySet,
    NoPassphraseYet,
    PassphraseFirst,
    JournalAlreadyOpen,
    // The staff list.
    NoSuchStaff,
    LastAdministrator,
    FirstIsAdministrator,
    // Speech models.
    ModelFileNotFound {
        path: String,
    },
    // Backups.
    BackupPlaceNotFound {
        path: String,
    },
    BackupNotFound {
        path: String,
    },
    RestoreNotConfirmed,
    BackupWrongPassphrase,
    DailyBackupsKept {
        min: u32,
        max: u32,
    },
    // Files.
    NotAnExport {
        path: String,
    },
}

impl Refusal {
    /// The message id's tail (`refused-<code>` in every language file) and the named
    /// arguments (numbers as digits, so plural forms can choose): serde's own naming, so no
    /// hand-kept table can drift from the variants.
    pub fn code_and_args(&self) -> (String, Vec<(String, String)>) {
        let mut code = String::new();
        let mut args = Vec::new();
        if let Ok(serde_json::Value::Object(fields)) = serde_json::to_value(self) {
            for (k, v) in fields {
                let v = match v {
                    serde_json::Value::String(s) => s,
                    other => other.to_string(),
                };
                if k == "code" {
                    code = v;
                } else {
                    args.push((k, v));
                }
            }
        }
        (code, args)
    }

    /// The reason in `lang`'s words.
    pub fn in_words(&self, i18n: &I18n, lang: &str) -> String {
        let (code, args) = self.code_and_args();
        let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        i18n.text(lang, &format!("refused-{code}"), &args)
    }
}

/// English, for the command line and the logs.
impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        static I18N: OnceLock<I18n> = OnceLock::new();
        f.write_str(&self.in_words(I18N.get_or_init(I18n::load), "en"))
    }
}

impl std::error::Error for Refusal {}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use strum::IntoEnumIterator;

    use super::*;

    /// Every reason (all of them: the compiler lists them) has its words in every language,
    /// each argument in them, and no file keeps words for a reason that no longer exists.
    #[test]
    fn every_reason_is_said_in_every_language() {
        let i18n = I18n::load();
        let every: Vec<Refusal> = Refusal::iter().collect();
        let codes: BTreeSet<_> = every.iter().map(|r| r.code_and_args().0).collect();
        assert_eq!(codes.len(), every.len(), "two reasons share a code");
        for (lang, source) in hearth_i18n::LANGUAGES {
            for r in &every {
                let (code, args) = r.code_and_args();
                let id = format!("refused-{code}");
                let line = source
                    .lines()
                    .find(|l| l.starts_with(&format!("{id} =")))
                    .unwrap_or_else(|| panic!("{lang}.ftl has no {id}"));
                for (name, _) in args {
                    assert!(
                        line.contains(&format!("{{ ${name} }}")),
                        "{lang} {id} leaves out {name}: {line}"
                    );
                }
                assert!(!r.in_words(&i18n, lang).contains("refused-"), "{lang} {id}");
            }
            for line in source.lines().filter(|l| l.starts_with("refused-")) {
                let id = line.split(' ').next().unwrap_or_default();
                assert!(
                    codes.contains(id.trim_start_matches("refused-")),
                    "{lang}.ftl: {id} is no reason Hearth has"
                );
            }
        }
    }

    #[test]
    fn a_reason_is_a_code_and_its_arguments() {
        let r = Refusal::WrongValueForKind {
            kind: "mood".into(),
            value: "blue".into(),
        };
        let (code, mut args) = r.code_and_args();
        args.sort();
        assert_eq!(code, "wrong-value-for-kind");
        assert_eq!(
            args,
            [
                ("kind".into(), "mood".into()),
                ("value".into(), "blue".into())
            ]
        );
        assert_eq!(
            Refusal::NoSuchSignal { id: 7 }.code_and_args(),
            ("no-such-signal".into(), vec![("id".into(), "7".into())])
        );
    }

    #[test]
    fn english_for_the_command_line() {
        assert_eq!(
            Refusal::NameTooLong { max: 60 }.to_string(),
            "A name is at most 60 characters."
        );
    }
}
