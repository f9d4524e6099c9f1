//! The words on screen: a copyable handle every component takes from context, reading the
//! chosen language reactively.

use hearth_i18n::I18n;
use leptos::prelude::*;

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

    /// A wellbeing signal in words, reactive like [`Tr::t`].
    pub fn signal(&self, s: &hearth_wire::SignalView) -> String {
        let lang = self.lang.get();
        self.i18n.with_value(|i| {
            i.signal(
                &lang,
                &s.kind,
                &s.value,
                s.location.as_deref(),
                s.severity,
                s.mild,
            )
        })
    }

    pub fn languages(&self) -> Vec<(String, String)> {
        self.i18n.with_value(I18n::languages)
    }
}

pub fn tr() -> Tr {
    expect_context::<Tr>()
}
