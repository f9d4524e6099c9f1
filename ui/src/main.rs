//! Hearth's UI entry point: mounts the app into the page.

mod app;
mod device_mode;
mod dom;
mod i18n;
mod level_meter;
mod passphrase;
mod privacy;
mod problem;
mod read_aloud;
mod screens;
mod speech_model;
mod tauri;
mod time;
mod widgets;

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
}
