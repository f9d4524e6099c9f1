//! The words on screen: a copyable handle every component takes from context, reading the
//! chosen language reactively.

use hearth_i18n::I18n;
use leptos::prelude::*;

/// The language staff chose for this device's screens to start in (none: the system's),
/// read once by the shell when the journal opens; the display settings change it.
#[derive(Clone, Copy)]
pub struct DeviceLanguage(pub RwSignal<Option<String>>);

#[derive(Clone, Copy)]
pub struct Tr {
    i18n: StoredValue<I18n>,
    pub lang: RwSignal<String>,
}

impl Tr {
    pub fn new(i18n: I18n, lang: String) -> Self {
        Self {
            i18n: StoredValue::new(i18n),
            lang: RwSignal::new(lang),
        }
    }

    /// The message `id` in the current language (reactive: call it inside a view closure).
    pub fn t(&self, id: &str, args: &[(&str, &str)]) -> String {
        let lang = self.lang.get();
        self.i18n.with_value(|i| i.text(&lang, id, args))
    }

    /// A wellbeing signal as the machine read it, in words; reactive like [`Tr::t`].
    pub fn signal(&self, s: &hearth_wire::SignalView) -> String {
        self.words(&s.kind, &s.value, s.location.as_deref(), s.severity, s.mild)
    }

    /// A reading as it counts (perhaps corrected), in words.
    pub fn reading(&self, r: &hearth_wire::ReadingView) -> String {
        self.words(&r.kind, &r.value, r.location.as_deref(), r.severity, r.mild)
    }

    fn words(
        &self,
        kind: &str,
        value: &str,
        place: Option<&str>,
        score: Option<u8>,
        mild: bool,
    ) -> String {
        let lang = self.lang.get();
        self.i18n
            .with_value(|i| i.signal(&lang, kind, value, place, score, mild))
    }

    pub fn languages(&self) -> Vec<(String, String)> {
        self.i18n.with_value(I18n::languages)
    }
}

pub fn tr() -> Tr {
    expect_context::<Tr>()
}
