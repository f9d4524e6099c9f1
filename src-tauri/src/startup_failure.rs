//! When the window cannot open, the person at the device is told, not left with nothing: the
//! reason goes to the log, to the terminal, and (where the desktop can still show one) to a
//! dialog in the system's language that says what to do. (A binary that cannot load WebKit
//! at all never gets here: the package's Depends are what keep WebKit installed.)

/// What to tell about a window that did not open because of `detail`.
pub struct Failure {
    /// No desktop session, or one GTK cannot reach: a dialog cannot be shown either.
    no_dialog: bool,
    detail: String,
}

impl Failure {
    /// The window (or its web view) failed to build while GTK itself runs: a dialog can say it.
    pub fn window(e: impl std::fmt::Display) -> Self {
        Self {
            no_dialog: false,
            detail: e.to_string(),
        }
    }

    /// The failure if this process has no display to open a window on; none when it has one.
    pub fn no_display() -> Option<Self> {
        if !cfg!(target_os = "linux") {
            return None;
        }
        let has = |var: &str| std::env::var_os(var).is_some_and(|v| !v.is_empty());
        (!has("DISPLAY") && !has("WAYLAND_DISPLAY")).then(|| Self {
            no_dialog: true,
            detail: "no DISPLAY or WAYLAND_DISPLAY".into(),
        })
    }

    /// What a caught panic of the window's toolkit said (GTK that cannot reach its display:
    /// a second try at GTK then is not safe, so no dialog).
    pub fn from_panic(payload: &(dyn std::any::Any + Send)) -> Self {
        let detail = payload
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_else(|| "the window's toolkit stopped".into());
        Self {
            no_dialog: true,
            detail,
        }
    }

    /// Logs it, says it on the terminal and, where possible, in a dialog; then ends the start
    /// with code 1.
    pub fn tell_and_exit(&self) -> ! {
        log::error!("Hearth could not open its window: {}", self.detail);
        let i18n = hearth_i18n::I18n::load();
        let lang = i18n.pick(&system_locale());
        let key = if Self::no_display().is_some() {
            "startup-no-display"
        } else {
            "startup-no-window"
        };
        let said = i18n.text(&lang, key, &[]);
        eprintln!("{said}\n({})", self.detail);
        if !self.no_dialog {
            dialog(&said, &self.detail);
        }
        std::process::exit(1);
    }
}

/// The locale the person's session runs in ("fr_FR.UTF-8"), as the C library would choose it.
fn system_locale() -> String {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .find(|v| !v.is_empty())
        .unwrap_or_default()
}

/// A plain GTK dialog (GTK is what the window runs on; it may still start when WebKit does
/// not). Nothing happens when GTK itself cannot start.
#[cfg(target_os = "linux")]
fn dialog(said: &str, detail: &str) {
    use gtk::prelude::*;
    if gtk::init().is_err() {
        return;
    }
    let dialog = gtk::MessageDialog::new(
        None::<&gtk::Window>,
        gtk::DialogFlags::MODAL,
        gtk::MessageType::Error,
        gtk::ButtonsType::Close,
        said,
    );
    dialog.set_title("Hearth");
    dialog.set_secondary_text(Some(detail));
    dialog.run();
    dialog.close();
}

#[cfg(not(target_os = "linux"))]
fn dialog(_said: &str, _detail: &str) {}
