//! Residents, for a staff administrator: add, edit and archive; what each enjoys talking
//! about and what to avoid; how Hearth talks with them; and their consent, purpose by
//! purpose, with who answered. (The backend refuses anyone else, whatever the window shows.)

use hearth_i18n::TOPICS;
use hearth_wire::{
    commands, ArchiveResident, ConsentView, DisplaySettings, EraseResident, ErasedView, InputMode,
    PauseLength, Purpose, RecordConsent, ResidentPreferences, ResidentProfileView, SaveResident,
    SubjectAccess,
};
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::care;
use crate::i18n::tr;
use crate::tauri;
use crate::time;
use crate::widgets::{Report, ReportLine};

/// What the form holds while it is being filled.
#[derive(Clone, Default)]
struct Draft {
    id: Option<i64>,
    name: String,
    language: String,
    enjoys: String,
    avoid_topics: Vec<String>,
    avoid_other: String,
    preferences: ResidentPreferences,
}

impl Draft {
    fn of(p: &ResidentProfileView) -> Self {
        let (topics, other): (Vec<String>, Vec<String>) = p
            .avoids
            .iter()
            .cloned()
            .partition(|a| TOPICS.contains(&a.as_str()));
        Draft {
            id: Some(p.resident.id),
            name: p.resident.name.clone(),
            language: p.resident.language.clone(),
            enjoys: p.enjoys.join(", "),
            avoid_topics: topics,
            avoid_other: other.join(", "),
            preferences: p.resident.preferences.clone(),
        }
    }

    fn request(&self) -> SaveResident {
        let list = |s: &str| {
            s.split(',')
                .map(|t| t.trim().to_string())
                .filter(|t| !t.is_empty())
                .collect::<Vec<_>>()
        };
        let mut avoids = self.avoid_topics.clone();
        avoids.extend(list(&self.avoid_other));
        SaveResident {
            id: self.id,
            name: self.name.clone(),
            language: self.language.clone(),
            enjoys: list(&self.enjoys),
            avoids,
            preferences: self.preferences.clone(),
        }
    }
}

#[component]
pub fn Residents(shown: Signal<bool>) -> impl IntoView {
    let tr = tr();
    let care = care();
    let profiles = RwSignal::new(Vec::<ResidentProfileView>::new());
    let draft = RwSignal::new(None::<Draft>);
    // What the last action came to, said where it was done (a long form's Save is far from
    // the top of the screen): the list's, the form's, the consent's and the rights' own.
    let report = Report::new();
    let form_report = Report::new();
    let consent_report = Report::new();
    let rights_report = Report::new();
    let quiet = move || {
        for r in [report, form_report, consent_report, rights_report] {
            r.clear();
        }
    };
    // Kept here, not in the consent panel: the panel is redrawn after each answer, and one
    // person usually answers for several purposes in a row.
    let given_by = RwSignal::new(String::new());
    let reload = move || {
        report.call::<commands::ResidentProfiles>((), move |list| profiles.set(list));
        // The other views' lists (board, notes) follow the change.
        spawn_local(async move {
            if let Ok(list) = tauri::invoke::<commands::Residents>(&()).await {
                care.residents.set(list);
            }
        });
    };
    Effect::new(move |_| {
        if shown.get() {
            reload();
        }
    });
    // Memos: the form is drawn again only when another resident is opened, not at each
    // keystroke (which would lose the caret and the checkboxes' clicks).
    let open = Memo::new(move |_| draft.with(Option::is_some));
    let editing_id = Memo::new(move |_| draft.with(|d| d.as_ref().and_then(|d| d.id)));
    let editing = move || editing_id.get();
    let editing_profile = move || {
        let id = editing()?;
        profiles.with(|list| list.iter().find(|p| p.resident.id == id).cloned())
    };
    let save = move || {
        let Some(d) = draft.get_untracked() else {
            return;
        };
        form_report.call::<commands::SaveResident>(d.request(), move |saved| {
            form_report.say("resident-saved", &[]);
            draft.update(|d| {
                if let Some(d) = d {
                    d.id = Some(saved.id);
                }
            });
            reload();
        });
    };
    let archive = move |archived: bool| {
        let Some(id) = editing() else { return };
        report.call::<commands::ArchiveResident>(ArchiveResident { id, archived }, move |()| {
            reload()
        });
    };

    let rows = move || {
        profiles
            .get()
            .into_iter()
            .map(|p| {
                let r = p.resident.clone();
                let name = r.name.clone();
                let edit = Draft::of(&p);
                let state = if r.may_listen {
                    "resident-may-listen"
                } else {
                    "resident-no-consent"
                };
                view! {
                    <li class="resident-row" class:archived=p.archived>
                        <strong>{name.clone()}</strong>
                        " (" {r.language.clone()} ") "
                        {p.archived.then(|| view! { <span class="badge">{move || tr.t("resident-archived", &[])}</span> })}
                        <span class="consent-state" data-may-listen=r.may_listen.to_string()>
                            {move || tr.t(state, &[])}
                        </span>
                        <button id=format!("edit-resident-{}", r.id) class="compact" on:click=move |_| {
                            quiet();
                            given_by.set(String::new());
                            draft.set(Some(edit.clone()));
                        }>
                            {move || tr.t("resident-edit", &[("name", &name)])}
                        </button>
                    </li>
                }
            })
            .collect_view()
    };

    view! {
        <h2>{move || tr.t("residents-heading", &[])}</h2>
        <ul id="resident-list" class="handover-list">{rows}</ul>
        <button id="resident-new" class="compact" on:click=move |_| {
            quiet();
            draft.set(Some(Draft { language: tr.lang.get_untracked(), ..Draft::default() }));
        }>
            {move || tr.t("resident-new", &[])}
        </button>
        <ReportLine report id="profile-message" />
        {move || open.get().then(|| view! {
            <ResidentForm draft=draft on_save=save on_cancel=move || draft.set(None) report=form_report />
            {move || editing_profile().map(|p| {
                let archived = p.archived;
                view! {
                    <Consent profile=p.clone() given_by=given_by on_change=reload report=consent_report />
                    <Rights profile=p report=rights_report on_erased=move |gone: ErasedView| {
                        report.say("rights-erased", &[
                            ("notes", &gone.notes.to_string()),
                            ("files", &gone.files.to_string()),
                        ]);
                        draft.set(None);
                        reload();
                    } />
                    <p>
                        <button id=if archived { "resident-restore" } else { "resident-archive" } class="compact"
                            on:click=move |_| archive(!archived)>
                            {move || tr.t(if archived { "resident-restore" } else { "resident-archive" }, &[])}
                        </button>
                    </p>
                }
            })}
        })}
    }
}

/// The profile form: who they are, topics, and how Hearth talks with them.
#[component]
fn ResidentForm(
    draft: RwSignal<Option<Draft>>,
    on_save: impl Fn() + Copy + 'static,
    on_cancel: impl Fn() + Copy + 'static,
    /// What saving came to, said under the Save button.
    report: Report,
) -> impl IntoView {
    let tr = tr();
    let get = move |f: fn(&Draft) -> String| {
        move || draft.with(|d| d.as_ref().map(f).unwrap_or_default())
    };
    let set = move |f: fn(&mut Draft, String)| {
        move |ev| {
            let v = event_target_value(&ev);
            draft.update(|d| {
                if let Some(d) = d {
                    f(d, v)
                }
            })
        }
    };
    let prefs = move || {
        draft.with(|d| {
            d.as_ref()
                .map(|d| d.preferences.clone())
                .unwrap_or_default()
        })
    };
    let set_prefs = move |f: &dyn Fn(&mut ResidentPreferences)| {
        draft.update(|d| {
            if let Some(d) = d {
                f(&mut d.preferences)
            }
        })
    };
    let name = move || {
        draft.with(|d| match d.as_ref() {
            Some(d) if !d.name.trim().is_empty() => d.name.trim().to_string(),
            _ => tr.t("resident-editing-new", &[]),
        })
    };
    let topic = move |t: &'static str| {
        let label = format!("kind-{t}");
        view! {
            <label class="check">
                <input id=format!("avoid-{t}") type="checkbox"
                    prop:checked=move || draft.with(|d| d.as_ref().is_some_and(|d| d.avoid_topics.iter().any(|a| a == t)))
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        draft.update(|d| if let Some(d) = d {
                            d.avoid_topics.retain(|a| a != t);
                            if on { d.avoid_topics.push(t.to_string()); }
                        });
                    } />
                {move || tr.t(&label, &[])}
            </label>
        }
    };
    // One radio button of a group: `key` is its id and its words.
    let radio = move |group: &'static str,
                      key: &'static str,
                      on: Signal<bool>,
                      pick: Callback<()>| {
        view! {
            <label class="check">
                <input type="radio" name=group id=key prop:checked=on on:change=move |_| pick.run(()) />
                {move || tr.t(key, &[])}
            </label>
        }
    };
    let input_choice = move |mode: InputMode, key: &'static str| {
        let on = Signal::derive(move || prefs().input == mode);
        radio(
            "resident-input",
            key,
            on,
            Callback::new(move |()| set_prefs(&|p| p.input = mode)),
        )
    };
    let pause_choice = move |pause: PauseLength, key: &'static str| {
        let on = Signal::derive(move || prefs().pause == pause);
        radio(
            "resident-pause",
            key,
            on,
            Callback::new(move |()| set_prefs(&|p| p.pause = pause)),
        )
    };
    let check = move |id: &'static str,
                      key: &'static str,
                      read: fn(&ResidentPreferences) -> bool,
                      write: fn(&mut ResidentPreferences, bool)| {
        view! {
            <label class="check">
                <input id=id type="checkbox" prop:checked=move || read(&prefs())
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        set_prefs(&|p| write(p, on));
                    } />
                {move || tr.t(key, &[("name", &name())])}
            </label>
        }
    };
    let text_size = move || {
        prefs()
            .display
            .map_or("device".to_string(), |d| d.text_percent.to_string())
    };
    view! {
        <form class="resident-form" on:submit=move |ev| { ev.prevent_default(); on_save(); }>
            <h3 id="resident-form-heading">{name}</h3>
            <label for="resident-name">{move || tr.t("resident-name", &[])}</label>
            <input id="resident-name" type="text" autocomplete="off" prop:value=get(|d| d.name.clone())
                on:input=set(|d, v| d.name = v) />
            <label for="resident-language">{move || tr.t("resident-language", &[])}</label>
            <select id="resident-language" prop:value=get(|d| d.language.clone()) on:change=set(|d, v| d.language = v)>
                {tr.languages().into_iter().map(|(code, name)| view! { <option value=code.clone()>{name}</option> }).collect_view()}
            </select>
            <label for="resident-enjoys">{move || tr.t("resident-enjoys", &[])}</label>
            <input id="resident-enjoys" type="text" prop:value=get(|d| d.enjoys.clone()) on:input=set(|d, v| d.enjoys = v) />
            <fieldset>
                <legend>{move || tr.t("resident-avoid-topics", &[])}</legend>
                {TOPICS.into_iter().map(topic).collect_view()}
            </fieldset>
            <label for="resident-avoid-other">{move || tr.t("resident-avoid-other", &[])}</label>
            <input id="resident-avoid-other" type="text" prop:value=get(|d| d.avoid_other.clone()) on:input=set(|d, v| d.avoid_other = v) />

            <h3>{move || tr.t("resident-talk-heading", &[("name", &name())])}</h3>
            <label for="resident-rate">{move || tr.t("resident-rate", &[])}</label>
            <select id="resident-rate" prop:value=move || prefs().speech_rate_wpm.to_string()
                on:change=move |ev| {
                    let wpm = event_target_value(&ev).parse().unwrap_or(140);
                    set_prefs(&|p| p.speech_rate_wpm = wpm);
                }>
                <option value="110">{move || tr.t("rate-slower", &[])}</option>
                <option value="140">{move || tr.t("rate-normal", &[])}</option>
                <option value="170">{move || tr.t("rate-quicker", &[])}</option>
            </select>
            <label for="resident-volume">{move || tr.t("resident-volume", &[])}</label>
            <select id="resident-volume" prop:value=move || prefs().volume_percent.to_string()
                on:change=move |ev| {
                    let v = event_target_value(&ev).parse().unwrap_or(90);
                    set_prefs(&|p| p.volume_percent = v);
                }>
                {[50u8, 70, 90, 100].into_iter().map(|v| view! { <option value=v.to_string()>{format!("{v} %")}</option> }).collect_view()}
            </select>
            <fieldset>
                <legend>{move || tr.t("resident-input", &[("name", &name())])}</legend>
                {input_choice(InputMode::HandsFree, "input-hands_free")}
                {input_choice(InputMode::Tap, "input-tap")}
                {input_choice(InputMode::Hold, "input-hold")}
            </fieldset>
            <fieldset>
                <legend>{move || tr.t("resident-pause", &[])}</legend>
                {pause_choice(PauseLength::Short, "pause-short")}
                {pause_choice(PauseLength::Normal, "pause-normal")}
                {pause_choice(PauseLength::Long, "pause-long")}
            </fieldset>
            {check("resident-captions", "resident-captions", |p| p.captions, |p, on| p.captions = on)}
            {check("resident-spoken", "resident-spoken", |p| p.spoken, |p, on| p.spoken = on)}
            {check("resident-one-button", "resident-one-button", |p| p.one_button, |p, on| p.one_button = on)}
            <label for="resident-text">{move || tr.t("resident-text", &[("name", &name())])}</label>
            <select id="resident-text" prop:value=text_size
                on:change=move |ev| {
                    let pct: Option<u16> = event_target_value(&ev).parse().ok();
                    set_prefs(&|p| {
                        let contrast = p.display.is_some_and(|d| d.high_contrast);
                        p.display = pct.map(|text_percent| DisplaySettings { text_percent, high_contrast: contrast, reduced_motion: false });
                    });
                }>
                <option value="device">{move || tr.t("text-device", &[])}</option>
                {[100u16, 150, 200].into_iter().map(|v| view! { <option value=v.to_string()>{format!("{v} %")}</option> }).collect_view()}
            </select>
            {check("resident-contrast", "resident-contrast", |p| p.display.is_some_and(|d| d.high_contrast), |p, on| {
                let pct = p.display.map_or(100, |d| d.text_percent);
                p.display = Some(DisplaySettings { text_percent: pct, high_contrast: on, reduced_motion: false });
            })}
            <div class="correction-actions">
                <button id="resident-save" type="submit" class="compact primary">{move || tr.t("resident-save", &[])}</button>
                <button type="button" class="compact" on:click=move |_| on_cancel()>{move || tr.t("correct-cancel", &[])}</button>
            </div>
            <ReportLine report id="resident-form-message" />
        </form>
    }
}

/// A resident's rights over their data: a copy of everything held about them, and erasure
/// (their name typed to confirm; it cannot be undone).
#[component]
fn Rights(
    profile: ResidentProfileView,
    /// Called with what the erasure removed; the profile closes.
    on_erased: impl Fn(ErasedView) + Copy + 'static,
    report: Report,
) -> impl IntoView {
    let tr = tr();
    let id = profile.resident.id;
    let name = profile.resident.name.clone();
    let typed = RwSignal::new(String::new());
    let copy = move |_| {
        let args = SubjectAccess {
            resident_id: id,
            language: tr.lang.get_untracked(),
        };
        report.call::<commands::SubjectAccess>(args, move |paths| {
            report.say("rights-copied", &[("files", &paths.join(" · "))])
        });
    };
    let erase = move |_| {
        let args = EraseResident {
            id,
            confirm_name: typed.get_untracked(),
        };
        report.call::<commands::EraseResident>(args, on_erased);
    };
    let (copy_name, erase_name, label_name) = (name.clone(), name.clone(), name.clone());
    view! {
        <section class="consent" aria-labelledby="rights-heading">
            <h3 id="rights-heading">{move || tr.t("rights-heading", &[])}</h3>
            <button id="subject-access" class="compact" on:click=copy>
                {move || tr.t("rights-copy", &[("name", &copy_name)])}
            </button>
            <p>{move || tr.t("rights-erase-warning", &[("name", &erase_name)])}</p>
            <label for="erase-confirm">{move || tr.t("rights-erase-type", &[("name", &label_name)])}</label>
            <input id="erase-confirm" type="text" autocomplete="off" prop:value=move || typed.get()
                on:input=move |ev| typed.set(event_target_value(&ev)) />
            <button id="erase-resident" class="compact danger" on:click=erase>
                {move || tr.t("rights-erase", &[("name", &name)])}
            </button>
            <ReportLine report id="rights-message" />
        </section>
    }
}

/// Consent, purpose by purpose: what holds now and who said so; given or withdrawn.
#[component]
fn Consent(
    profile: ResidentProfileView,
    given_by: RwSignal<String>,
    on_change: impl Fn() + Copy + 'static,
    report: Report,
) -> impl IntoView {
    let tr = tr();
    let id = profile.resident.id;
    let name = profile.resident.name.clone();
    let answer = move |purpose: Purpose, given: bool| {
        let by = given_by.get_untracked();
        if by.trim().is_empty() {
            report.say("consent-who-needed", &[]);
            return;
        }
        let args = RecordConsent {
            resident_id: id,
            purpose,
            given,
            given_by: by,
        };
        report.call::<commands::RecordConsent>(args, move |()| {
            report.say("resident-saved", &[]);
            on_change();
        });
    };
    let said = move |a: &ConsentView| {
        let key = if a.given {
            "consent-now-given"
        } else {
            "consent-now-withdrawn"
        };
        let date = time::date(a.at_ms);
        tr.t(
            key,
            &[
                ("by", &a.given_by),
                ("date", &date),
                ("staff", &a.recorded_by),
            ],
        )
    };
    let rows = Purpose::ALL
        .iter()
        .map(|&p| {
            let purpose = p.as_str();
            let now = profile.consent.iter().find(|a| a.purpose == p).cloned();
            let state = now.as_ref().map_or("none", |a| if a.given { "given" } else { "withdrawn" });
            let label = format!("consent-{purpose}");
            let name = name.clone();
            view! {
                <li class="consent-row" id=format!("consent-{purpose}") data-state=state>
                    <strong>{move || tr.t(&label, &[("name", &name)])}</strong>
                    <span class="consent-now">
                        {move || now.as_ref().map_or_else(|| tr.t("consent-not-asked", &[]), said)}
                    </span>
                    <span class="correction-actions">
                        <button id=format!("consent-give-{purpose}") class="compact" on:click=move |_| answer(p, true)>
                            {move || tr.t("consent-give", &[])}
                        </button>
                        <button id=format!("consent-withdraw-{purpose}") class="compact" on:click=move |_| answer(p, false)>
                            {move || tr.t("consent-withdraw", &[])}
                        </button>
                    </span>
                </li>
            }
        })
        .collect_view();
    let history = profile
        .consent_history
        .iter()
        .map(|a| {
            let line = format!(
                "{} — {}",
                tr.t(
                    &format!("consent-{}", a.purpose.as_str()),
                    &[("name", &name)]
                ),
                said(a)
            );
            view! { <li>{line}</li> }
        })
        .collect_view();
    let intro_name = name.clone();
    let by_name = name.clone();
    view! {
        <section class="consent" aria-labelledby="consent-heading">
            <h3 id="consent-heading">{move || tr.t("consent-heading", &[])}</h3>
            <p>{move || tr.t("consent-intro", &[("name", &intro_name)])}</p>
            <label for="consent-by">{move || tr.t("consent-given-by", &[("name", &by_name)])}</label>
            <input id="consent-by" type="text" prop:value=move || given_by.get() on:input=move |ev| given_by.set(event_target_value(&ev)) />
            <ul class="handover-list">{rows}</ul>
            <details>
                <summary>{move || tr.t("consent-history", &[])}</summary>
                <ul id="consent-history">{history}</ul>
            </details>
            <ReportLine report id="consent-message" />
        </section>
    }
}
