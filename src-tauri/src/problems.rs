//! Every core error as the problem the window shows: one place that decides which failures
//! a person can act on (a refusal, a missing consent, a wrong PIN) and which are logged and
//! shown as the journal's own trouble.

use hearth_core::access::AccessError;
use hearth_core::backup::BackupError;
use hearth_core::export::ExportError;
use hearth_core::journal::JournalError;
use hearth_core::listen::MicError;
use hearth_core::papers::PaperError;
use hearth_core::refusal::Refusal;
use hearth_core::store::{KeyError, StoreError};
use hearth_core::support::SupportError;
use hearth_wire::Problem;

/// A core error said as a [`Problem`].
pub trait ToProblem {
    fn to_problem(self) -> Problem;
}

/// For `map_err(problem)` over any core error.
pub fn problem(e: impl ToProblem) -> Problem {
    e.to_problem()
}

/// A reason as its code and arguments: the window has the words, in the person's language.
impl ToProblem for Refusal {
    fn to_problem(self) -> Problem {
        let (code, args) = self.code_and_args();
        Problem::Refused { code, args }
    }
}

impl ToProblem for StoreError {
    fn to_problem(self) -> Problem {
        match self {
            StoreError::Refused(r) => r.to_problem(),
            StoreError::NeedsPassphrase => Problem::JournalLocked,
            StoreError::TooNew { found, .. } => Problem::JournalTooNew {
                found,
                known: hearth_core::store::schema_version(),
            },
            StoreError::Key(KeyError::WeakPassphrase(why)) => Problem::WeakPassphrase {
                why: crate::views::passphrase_weakness_view(why),
            },
            e => {
                log::error!("journal: {e}");
                Problem::Journal {
                    detail: e.to_string(),
                }
            }
        }
    }
}

impl ToProblem for JournalError {
    fn to_problem(self) -> Problem {
        match self {
            JournalError::Store(e) => e.to_problem(),
            JournalError::NoConsent(purpose) => Problem::NoConsent {
                purpose: crate::views::purpose_view(purpose),
            },
            JournalError::Refused(r) => r.to_problem(),
        }
    }
}

impl ToProblem for AccessError {
    fn to_problem(self) -> Problem {
        match self {
            AccessError::SignInNeeded => Problem::SignInNeeded,
            AccessError::TimedOut => Problem::TimedOut,
            AccessError::NotAllowed => Problem::NotAllowed,
            AccessError::WrongPin { tries_left } => Problem::WrongPin { tries_left },
            AccessError::LockedOut { seconds } => Problem::LockedOut { seconds },
            AccessError::Blocked => Problem::PinBlocked,
            AccessError::WeakPin(why) => Problem::WeakPin {
                why: crate::views::pin_weakness_view(why),
            },
            AccessError::NameTaken(name) => Problem::NameTaken { name },
            AccessError::Refused(r) => r.to_problem(),
            AccessError::Hash(detail) => {
                log::error!("access: could not protect a PIN: {detail}");
                Problem::Journal { detail }
            }
            AccessError::Journal(e) => e.to_problem(),
        }
    }
}

/// An export or a copy of a resident's data that could not be made: logged, and said as the
/// export's failure (the one a caregiver can act on, a resident gone, said as such).
impl ToProblem for ExportError {
    fn to_problem(self) -> Problem {
        log::error!("export: {self}");
        match self {
            ExportError::UnknownResident => Problem::UnknownResident,
            other => Problem::Export {
                detail: other.to_string(),
            },
        }
    }
}

/// A backup not made or not restored. A wrong passphrase is the backup's, said as such; the
/// rest is logged and said with its detail (nothing was changed either way).
impl ToProblem for BackupError {
    fn to_problem(self) -> Problem {
        match self {
            BackupError::Store(StoreError::Key(KeyError::WrongPassphrase)) => {
                Refusal::BackupWrongPassphrase.to_problem()
            }
            BackupError::Store(e) => e.to_problem(),
            BackupError::NoPassphrase => Refusal::PassphraseFirst.to_problem(),
            BackupError::Damaged { why, .. } => Problem::BackupDamaged { why },
            BackupError::NotABackup(_) => Problem::NotABackup,
            BackupError::TooNew { found, known, .. } => Problem::BackupTooNew { found, known },
            other => {
                log::error!("backup: {other}");
                Problem::Backup {
                    detail: other.to_string(),
                }
            }
        }
    }
}

/// A paper not made: its journal or access failure as such, a file that could not be
/// written as an export's failure (the same disk, the same remedy).
impl ToProblem for PaperError {
    fn to_problem(self) -> Problem {
        match self {
            PaperError::Journal(e) => e.to_problem(),
            PaperError::Access(e) => e.to_problem(),
            other => {
                log::error!("paper: {other}");
                Problem::Export {
                    detail: other.to_string(),
                }
            }
        }
    }
}

impl ToProblem for SupportError {
    fn to_problem(self) -> Problem {
        log::error!("support report: {self}");
        Problem::Export {
            detail: self.to_string(),
        }
    }
}

impl ToProblem for MicError {
    fn to_problem(self) -> Problem {
        log::warn!("microphone: {self}");
        match self {
            MicError::NoDevice => Problem::NoMicrophone,
            MicError::Busy => Problem::MicrophoneBusy,
            MicError::Denied => Problem::MicrophoneDenied,
            MicError::Failed(detail) => Problem::Microphone { detail },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refusals_travel_as_codes_and_failures_as_the_journals_trouble() {
        let refused = problem(JournalError::Refused(Refusal::NameTooLong { max: 60 }));
        assert_eq!(
            refused,
            Problem::Refused {
                code: "name-too-long".into(),
                args: vec![("max".into(), "60".into())],
            }
        );
        // A setting's refusal from the store below is still a refusal.
        let from_store = problem(JournalError::from(StoreError::Refused(
            Refusal::VolumeRange,
        )));
        assert!(matches!(from_store, Problem::Refused { code, .. } if code == "volume-range"));
        assert!(matches!(
            problem(JournalError::Store(StoreError::Busy)),
            Problem::Journal { .. }
        ));
        assert_eq!(problem(StoreError::NeedsPassphrase), Problem::JournalLocked);
        // A journal from a newer Hearth is said as such, with both schemas, not as damage.
        assert_eq!(
            problem(StoreError::TooNew {
                path: "j".into(),
                found: 99
            }),
            Problem::JournalTooNew {
                found: 99,
                known: hearth_core::store::schema_version()
            }
        );
    }

    /// Every reason a PIN or a passphrase is refused for has its words, in every language.
    #[test]
    fn every_weakness_is_said_in_every_language() {
        use hearth_core::access::pin::PinWeakness;
        use hearth_core::store::PassphraseWeakness;
        let said = |p: Problem| match p {
            Problem::WeakPin { why } => format!("problem-weak-pin-{}", why.as_str()),
            Problem::WeakPassphrase { why } => format!("problem-weak-passphrase-{}", why.as_str()),
            other => panic!("{other:?}"),
        };
        let mut ids: Vec<String> = PinWeakness::ALL
            .into_iter()
            .map(|w| said(problem(AccessError::WeakPin(w))))
            .collect();
        ids.extend(
            PassphraseWeakness::ALL
                .into_iter()
                .map(|w| said(problem(StoreError::Key(KeyError::WeakPassphrase(w))))),
        );
        assert_eq!(ids.len(), 9);
        let i18n = hearth_i18n::I18n::load();
        for id in &ids {
            for (lang, _) in i18n.languages() {
                assert_ne!(i18n.text(&lang, id, &[]), *id, "{lang}: {id}");
            }
        }
    }
}
