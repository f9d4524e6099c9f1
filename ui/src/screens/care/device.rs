//! How this device is used, for a staff administrator: a shared window, a kiosk for a
//! lounge (residents pick themselves from the cards), or a kiosk in one resident's room
//! (it opens on their page). A kiosk fills the screen, starts with the session, keeps the
//! screen awake, and only staff signed in with their PIN can close it.

use hearth_wire::{commands, DeviceModeView};
use leptos::prelude::*;

use super::care;
use crate::device_mode::device_mode;
use crate::i18n::tr;
use crate::widgets::{Report, ReportLine};

#[component]
pub fn DeviceModeChoice() -> impl IntoView {
    let tr = tr();
    let mode = device_mode();
    let report = Report::new();
    // The resident chosen for a room's kiosk (the current one, else the first on the list).
    let room = RwSignal::new(mode.get_untracked().resident());
    let save = move |next: DeviceModeView| {
        report.call::<commands::SetDeviceMode>(next, move |()| {
            mode.set(next);
            report.say(
                if next.is_kiosk() {
                    "device-now-kiosk"
                } else {
                    "device-now-shared"
                },
                &[],
            );
        });
    };
    let pressed = move |want: fn(&DeviceModeView) -> bool| move || want(&mode.get()).to_string();
    let residents = move || care().residents.get();
    let room_kiosk = move |_| {
        let resident = room
            .get_untracked()
            .or_else(|| residents().first().map(|r| r.id));
        if resident.is_some() {
            save(DeviceModeView::Kiosk { resident });
        }
    };
    view! {
        <h2 id="device-heading">{move || tr.t("device-heading", &[])}</h2>
        <p>{move || tr.t("device-intro", &[])}</p>
        <div class="span-choice" role="group" aria-labelledby="device-heading">
            <button id="device-shared" class="compact"
                aria-pressed=pressed(|m| !m.is_kiosk())
                on:click=move |_| save(DeviceModeView::Shared)>
                {move || tr.t("device-shared", &[])}
            </button>
            <button id="device-kiosk-lounge" class="compact"
                aria-pressed=pressed(|m| matches!(m, DeviceModeView::Kiosk { resident: None }))
                on:click=move |_| save(DeviceModeView::Kiosk { resident: None })>
                {move || tr.t("device-kiosk-lounge", &[])}
            </button>
        </div>
        <div class="span-choice">
            <label>
                {move || tr.t("device-kiosk-room-for", &[])}
                <select id="device-room-resident"
                    on:change=move |ev| room.set(event_target_value(&ev).parse().ok())>
                    {move || residents().into_iter().map(|r| {
                        let id = r.id;
                        view! {
                            <option value=id.to_string() selected=move || room.get() == Some(id)>
                                {r.name}
                            </option>
                        }
                    }).collect_view()}
                </select>
            </label>
            <button id="device-kiosk-room" class="compact"
                aria-pressed=pressed(|m| m.resident().is_some())
                on:click=room_kiosk>
                {move || tr.t("device-kiosk-room", &[])}
            </button>
        </div>
        <ReportLine report id="device-message" />
    }
}
