//! Problems from the backend, said in the person's language.

use hearth_wire::Problem;

use crate::i18n::Tr;

/// Technical details come from the backend in lower case (Rust's error style); on screen
/// they start a sentence.
pub fn sentence(detail: &str) -> String {
    let mut c = detail.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

pub fn say(tr: &Tr, p: &Problem) -> String {
    let p = &match p.clone() {
        Problem::Microphone { detail } => Problem::Microphone {
            detail: sentence(&detail),
        },
        Problem::Journal { detail } => Problem::Journal {
            detail: sentence(&detail),
        },
        Problem::Recognition { detail } => Problem::Recognition {
            detail: sentence(&detail),
        },
        Problem::Export { detail } => Problem::Export {
            detail: sentence(&detail),
        },
        Problem::Backup { detail } => Problem::Backup {
            detail: sentence(&detail),
        },
        Problem::BackupDamaged { why } => Problem::BackupDamaged {
            why: sentence(&why),
        },
        Problem::Device { detail } => Problem::Device {
            detail: sentence(&detail),
        },
        Problem::Engine { detail } => Problem::Engine {
            detail: sentence(&detail),
        },
        other => other,
    };
    match p {
        Problem::NoMicrophone => tr.t("problem-no-microphone", &[]),
        Problem::MicrophoneBusy => tr.t("problem-microphone-busy", &[]),
        Problem::MicrophoneDenied => tr.t("problem-microphone-denied", &[]),
        Problem::Microphone { detail } => tr.t("problem-microphone", &[("detail", detail)]),
        Problem::ModelNotReady => tr.t("problem-model-not-ready", &[]),
        Problem::AlreadyListening => tr.t("problem-already-listening", &[]),
        Problem::NoVoice { detail } => tr.t("problem-no-voice", &[("detail", detail)]),
        Problem::LanguageNotSupported { language } => {
            tr.t("problem-language-not-supported", &[("language", language)])
        }
        Problem::UnknownResident => tr.t("problem-unknown-resident", &[]),
        Problem::NoConsent { .. } => tr.t("problem-no-consent", &[]),
        Problem::Journal { detail } => tr.t("problem-journal", &[("detail", detail)]),
        Problem::Recognition { detail } => tr.t("problem-recognition", &[("detail", detail)]),
        Problem::Export { detail } => tr.t("problem-export", &[("detail", detail)]),
        Problem::Backup { detail } => tr.t("problem-backup", &[("detail", detail)]),
        Problem::BackupDamaged { why } => tr.t("problem-backup-damaged", &[("why", why)]),
        Problem::NotABackup => tr.t("problem-not-a-backup", &[]),
        Problem::BackupTooNew { found, known } => tr.t(
            "problem-backup-too-new",
            &[("found", &found.to_string()), ("known", &known.to_string())],
        ),
        Problem::Device { detail } => tr.t("problem-device", &[("detail", detail)]),
        Problem::SignInNeeded => tr.t("problem-sign-in-needed", &[]),
        Problem::TimedOut => tr.t("problem-timed-out", &[]),
        Problem::NotAllowed => tr.t("problem-not-allowed", &[]),
        Problem::WrongPin { tries_left } => {
            tr.t("problem-wrong-pin", &[("tries", &tries_left.to_string())])
        }
        Problem::LockedOut { seconds } => {
            tr.t("problem-locked-out", &[("seconds", &seconds.to_string())])
        }
        Problem::JournalLocked => tr.t("problem-journal-locked", &[]),
        Problem::JournalTooNew { found, known } => tr.t(
            "problem-journal-too-new",
            &[("found", &found.to_string()), ("known", &known.to_string())],
        ),
        Problem::WrongPassphrase { tries_left } => tr.t(
            "problem-wrong-passphrase",
            &[("tries", &tries_left.to_string())],
        ),
        Problem::WrongRecoveryCode { tries_left } => tr.t(
            "problem-wrong-recovery-code",
            &[("tries", &tries_left.to_string())],
        ),
        Problem::WeakPassphrase { why } => {
            tr.t(&format!("problem-weak-passphrase-{}", why.as_str()), &[])
        }
        Problem::Refused { code, args } => {
            let args: Vec<(&str, &str)> =
                args.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
            tr.t(&format!("refused-{code}"), &args)
        }
        Problem::WeakPin { why } => tr.t(&format!("problem-weak-pin-{}", why.as_str()), &[]),
        Problem::NameTaken { name } => tr.t("problem-name-taken", &[("name", name)]),
        Problem::MustConfirm { counts } => tr.t(
            "problem-must-confirm",
            &[("counts", &retention_counts(tr, counts))],
        ),
        Problem::ClockMoved => tr.t("problem-clock-moved", &[]),
        Problem::PinBlocked => tr.t("problem-pin-blocked", &[]),
        Problem::Engine { detail } => tr.t("no-engine", &[("detail", detail)]),
    }
}

/// "12 notes, 340 transcripts and 2 export files".
pub fn retention_counts(tr: &Tr, c: &hearth_wire::RetentionCounts) -> String {
    tr.t(
        "retention-counts",
        &[
            ("notes", &c.notes.to_string()),
            ("transcripts", &c.transcripts.to_string()),
            ("exports", &c.exports.to_string()),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use leptos::prelude::Set;
    use wasm_bindgen_test::wasm_bindgen_test;

    /// A refusal travels as a code; each screen says it in its own language, arguments in.
    #[wasm_bindgen_test]
    fn a_refusal_is_said_in_the_screens_language() {
        let refused = Problem::Refused {
            code: "name-too-long".into(),
            args: vec![("max".into(), "60".into())],
        };
        let tr = Tr::new(hearth_i18n::I18n::load(), "fr".into());
        assert_eq!(say(&tr, &refused), "Un nom a au plus 60 caractères.");
        tr.lang.set("en".into());
        assert_eq!(say(&tr, &refused), "A name is at most 60 characters.");
    }
}
