//! Problems from the backend, said in the person's language.

use hearth_wire::Problem;

use crate::i18n::Tr;

pub fn say(tr: &Tr, p: &Problem) -> String {
    match p {
        Problem::NoMicrophone => tr.t("problem-no-microphone", &[]),
        Problem::MicrophoneBusy => tr.t("problem-microphone-busy", &[]),
        Problem::MicrophoneDenied => tr.t("problem-microphone-denied", &[]),
        Problem::Microphone { detail } => tr.t("problem-microphone", &[("detail", detail)]),
        Problem::ModelNotReady => tr.t("problem-model-not-ready", &[]),
        Problem::AlreadyListening => tr.t("problem-already-listening", &[]),
        Problem::UnknownResident => tr.t("problem-unknown-resident", &[]),
        Problem::Journal { detail } => tr.t("problem-journal", &[("detail", detail)]),
        Problem::Recognition { detail } => tr.t("problem-recognition", &[("detail", detail)]),
        Problem::Engine { detail } => tr.t("no-engine", &[("detail", detail)]),
    }
}
