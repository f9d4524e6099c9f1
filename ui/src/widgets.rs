//! Parts every panel uses: a line that says what the last action came to, and the call to
//! the backend that reports into it.

use hearth_wire::{Command, Problem};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::i18n::{tr, Tr};
use crate::problem;
use crate::tauri;

/// What the last action came to, kept as what to say rather than as a sentence: the line
/// follows the screen's language when it changes afterwards.
#[derive(Clone, Debug)]
enum Outcome {
    Said {
        key: &'static str,
        args: Vec<(&'static str, String)>,
    },
    Problem(Problem),
}

/// The slot a panel reports into, shown by [`ReportLine`].
#[derive(Clone, Copy)]
pub struct Report(RwSignal<Option<Outcome>>);

impl Default for Report {
    fn default() -> Self {
        Self::new()
    }
}

impl Report {
    pub fn new() -> Self {
        Self(RwSignal::new(None))
    }

    /// Says message `key` of the language files, with its arguments.
    pub fn say(self, key: &'static str, args: &[(&'static str, &str)]) {
        let args = args.iter().map(|(k, v)| (*k, v.to_string())).collect();
        self.0.set(Some(Outcome::Said { key, args }));
    }

    pub fn problem(self, p: Problem) {
        self.0.set(Some(Outcome::Problem(p)));
    }

    pub fn clear(self) {
        self.0.set(None);
    }

    /// The line in the screen's language (tracked: it follows the report and the language).
    pub fn text(self, tr: &Tr) -> Option<String> {
        self.0.with(|o| {
            o.as_ref().map(|o| match o {
                Outcome::Said { key, args } => {
                    let args: Vec<(&str, &str)> =
                        args.iter().map(|(k, v)| (*k, v.as_str())).collect();
                    tr.t(key, &args)
                }
                Outcome::Problem(p) => problem::say(tr, p),
            })
        })
    }

    /// Calls backend command `C`: its reply goes to `ok`, its problem is said here.
    pub fn call<C: Command>(self, args: C::Args, ok: impl FnOnce(C::Reply) + 'static)
    where
        C::Args: 'static,
    {
        self.call_or::<C>(args, ok, |_| ());
    }

    /// As [`Report::call`]; a problem, once said, also goes to `failed` (for what else it
    /// changes on screen).
    pub fn call_or<C: Command>(
        self,
        args: C::Args,
        ok: impl FnOnce(C::Reply) + 'static,
        failed: impl FnOnce(&Problem) + 'static,
    ) where
        C::Args: 'static,
    {
        spawn_local(async move {
            match tauri::invoke::<C>(&args).await {
                Ok(reply) => ok(reply),
                Err(p) => {
                    failed(&p);
                    self.problem(p);
                }
            }
        });
    }
}

/// The line under a panel's buttons that says what they came to. A status is read out when
/// it changes; an `alert` (where nothing else on screen changes) interrupts.
#[component]
pub fn ReportLine(
    report: Report,
    #[prop(optional)] id: Option<&'static str>,
    #[prop(optional)] alert: bool,
) -> impl IntoView {
    let tr = tr();
    view! {
        <p id=id class="review-message" role=if alert { "alert" } else { "status" }>
            {move || report.text(&tr)}
        </p>
    }
}

/// Why a list could not be fetched, said where the list would be (an alert: nothing else on
/// screen changes to tell).
#[component]
pub fn ProblemLine(#[prop(into)] problem: Signal<Option<Problem>>) -> impl IntoView {
    let tr = tr();
    move || {
        problem
            .get()
            .map(|p| view! { <p class="status problem" role="alert">{problem::say(&tr, &p)}</p> })
    }
}

/// "Open …" beside a file Hearth just wrote (an export, a paper): the system's own viewer
/// shows it, to read or print. Named after the file, so each button says which.
#[component]
pub fn OpenButton(path: String, id: String) -> impl IntoView {
    let tr = tr();
    let report = Report::new();
    let name = path.rsplit('/').next().unwrap_or(&path).to_string();
    view! {
        <button id=id class="compact" on:click=move |_| {
            report.clear();
            report.call::<hearth_wire::commands::OpenFile>(path.clone(), |()| {});
        }>
            {move || tr.t("open-file", &[("name", &name)])}
        </button>
        <ReportLine report />
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    /// Said in English, then the screen turns French: the line follows.
    #[wasm_bindgen_test]
    fn a_report_follows_the_screens_language() {
        let tr = Tr::new(hearth_i18n::I18n::load(), "en".into());
        let report = Report::new();
        assert_eq!(report.text(&tr), None);
        report.say("review-saved", &[]);
        let english = report.text(&tr).unwrap();
        tr.lang.set("fr".into());
        let french = report.text(&tr).unwrap();
        assert_ne!(english, french);
        assert_eq!(french, tr.t("review-saved", &[]));
        report.problem(Problem::NotAllowed);
        assert_eq!(report.text(&tr).unwrap(), tr.t("problem-not-allowed", &[]));
        report.clear();
        assert_eq!(report.text(&tr), None);
    }
}
