//! How this device shows Hearth (text size, contrast, motion): read at start, applied to the
//! whole document and changed at once when staff change it; the resident at the screen may
//! have their own. The document's language follows the one chosen, for screen readers.

use hearth_wire::{commands, DisplaySettings};
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::Screen;
use crate::i18n::tr;
use crate::screens::resident::ResidentDisplay;
use crate::tauri;

/// Provides the device's display settings and the resident's (as contexts), and keeps the
/// document's size, classes and language in step with them.
pub fn provide(screen: RwSignal<Screen>) {
    let tr = tr();
    let display = RwSignal::new(DisplaySettings {
        text_percent: 100,
        high_contrast: false,
        reduced_motion: false,
    });
    provide_context(display);
    let resident_display = RwSignal::new(None::<DisplaySettings>);
    provide_context(ResidentDisplay(resident_display));
    spawn_local(async move {
        if let Ok(d) = tauri::invoke::<commands::Display>(&()).await {
            display.set(d);
        }
    });
    Effect::new(move |_| {
        // The resident at the screen may have their own size and contrast.
        let d = match (screen.get(), resident_display.get()) {
            (Screen::Talk, Some(theirs)) => theirs,
            _ => display.get(),
        };
        if let Some(root) = document_element() {
            // Hearth's normal text is 125 % of the system's; staff can double it.
            let size = 125 * u32::from(d.text_percent) / 100;
            let _ = root.set_attribute("style", &format!("font-size: {size}%"));
            let mut classes = Vec::new();
            if d.high_contrast {
                classes.push("high-contrast");
            }
            if d.reduced_motion {
                classes.push("reduced-motion");
            }
            let _ = root.set_attribute("class", &classes.join(" "));
        }
    });
    Effect::new(move |_| {
        if let Some(root) = document_element() {
            let _ = root.set_attribute("lang", &tr.lang.get());
        }
    });
}

fn document_element() -> Option<web_sys::Element> {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|doc| doc.document_element())
}
