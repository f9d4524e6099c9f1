//! hearth-i18n: text shown to people, from the Fluent files in `assets/i18n/` (one per
//! language, compiled in by build.rs). Used by the UI (wasm) and, later, by the core for
//! spoken prompts and notes — so it depends on nothing heavier than Fluent.

use std::collections::HashMap;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use unic_langid::LanguageIdentifier;

include!(concat!(env!("OUT_DIR"), "/languages.rs"));

/// Whether Hearth has words for language `code` (a file in `assets/i18n/`): a look at the
/// compiled-in list, no bundle parsed.
pub fn has_words(code: &str) -> bool {
    LANGUAGES.iter().any(|(c, _)| *c == code)
}

/// The everyday topics a check-in asks about, in the order a summary gives them (urgent
/// readings come before all of them). A resident's profile can ask Hearth to leave any out.
pub const TOPICS: [&str; 5] = ["mood", "sleep", "pain", "appetite", "loneliness"];

/// What a wellbeing signal can read, by kind — the values every language file names
/// (`signal-<kind>-<value>`). A caregiver's correction picks from these.
pub const SIGNAL_VALUES: &[(&str, &[&str])] = &[
    ("mood", &["positive", "neutral", "low"]),
    ("pain", &["present", "absent"]),
    ("sleep", &["good", "poor"]),
    ("appetite", &["good", "poor"]),
    ("loneliness", &["present", "absent"]),
    (
        "urgent",
        &[
            "fall",
            "dizziness",
            "chest_pain",
            "breathless",
            "not_wanting_to_live",
        ],
    ),
];

/// Where pain can be, in the English names signals store (`body-<place>` in every file).
pub const BODY_PLACES: &[&str] = &[
    "head", "neck", "shoulder", "arm", "elbow", "wrist", "hand", "chest", "stomach", "back", "hip",
    "leg", "knee", "ankle", "foot", "joints", "tooth", "ear", "eye", "throat",
];

/// The values `kind` can take (none for an unknown kind).
pub fn signal_values(kind: &str) -> &'static [&'static str] {
    SIGNAL_VALUES
        .iter()
        .find(|(k, _)| *k == kind)
        .map_or(&[], |(_, v)| v)
}

pub struct I18n {
    bundles: HashMap<String, FluentBundle<FluentResource>>,
}

impl I18n {
    pub fn load() -> Self {
        let mut bundles = HashMap::new();
        for (code, source) in LANGUAGES {
            let Ok(langid) = code.parse::<LanguageIdentifier>() else {
                continue;
            };
            let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(r, _)| r);
            // The concurrent bundle is Send + Sync, as the UI's reactive closures must be.
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            // Isolation marks confuse screen readers and look odd in WebKit; text is plain here.
            bundle.set_use_isolating(false);
            let _ = bundle.add_resource(resource);
            bundles.insert(code.to_string(), bundle);
        }
        Self { bundles }
    }

    /// Language codes with their own names ("fr", "Français").
    pub fn languages(&self) -> Vec<(String, String)> {
        LANGUAGES
            .iter()
            .map(|(code, _)| (code.to_string(), self.text(code, "language-name", &[])))
            .collect()
    }

    /// The best language for a browser locale such as "fr-FR", else English.
    pub fn pick(&self, locale: &str) -> String {
        let base = locale
            .split(['-', '_'])
            .next()
            .unwrap_or("en")
            .to_lowercase();
        if self.bundles.contains_key(&base) {
            base
        } else {
            "en".to_string()
        }
    }

    /// A wellbeing signal in words — "Pain — knee, 6/10 (mild)" — the same on the care
    /// team's screen and in check-in notes. `location` is an English body-part name.
    pub fn signal(
        &self,
        lang: &str,
        kind: &str,
        value: &str,
        location: Option<&str>,
        severity: Option<u8>,
        mild: bool,
    ) -> String {
        let mut text = self.text(
            lang,
            &format!("signal-{kind}-{}", value.replace('_', "-")),
            &[],
        );
        if let Some(place) = location {
            text = format!(
                "{text} — {}",
                self.text(lang, &format!("body-{place}"), &[])
            );
        }
        if let Some(score) = severity {
            text = format!("{text}, {score}/10");
        }
        if mild {
            text = format!("{text} ({})", self.text(lang, "signal-mild", &[]));
        }
        text
    }

    /// The message `id` in `lang` (English if missing there), with named arguments.
    pub fn text(&self, lang: &str, id: &str, args: &[(&str, &str)]) -> String {
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            // Whole numbers are numbers, so plural forms (`[one]`, `[other]`) can choose.
            match v.parse::<i64>() {
                Ok(n) => fargs.set(*k, n),
                Err(_) => fargs.set(*k, v.to_string()),
            }
        }
        for code in [lang, "en"] {
            let Some(bundle) = self.bundles.get(code) else {
                continue;
            };
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = Vec::new();
            return bundle
                .format_pattern(pattern, Some(&fargs), &mut errors)
                .into_owned();
        }
        id.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_signal_value_and_place_has_words_in_every_language() {
        let i18n = I18n::load();
        for (code, _) in LANGUAGES {
            let bundle = &i18n.bundles[*code];
            for (kind, values) in SIGNAL_VALUES {
                for v in *values {
                    let id = format!("signal-{kind}-{}", v.replace('_', "-"));
                    assert!(bundle.has_message(&id), "{code}: {id}");
                }
            }
            for place in BODY_PLACES {
                assert!(
                    bundle.has_message(&format!("body-{place}")),
                    "{code}: {place}"
                );
            }
        }
    }

    #[test]
    fn every_language_has_every_english_message() {
        let english = FluentResource::try_new(
            LANGUAGES
                .iter()
                .find(|(c, _)| *c == "en")
                .unwrap()
                .1
                .to_string(),
        )
        .unwrap();
        let ids: Vec<String> = english
            .entries()
            .filter_map(|e| match e {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                _ => None,
            })
            .collect();
        for (code, source) in LANGUAGES {
            let res = FluentResource::try_new(source.to_string())
                .unwrap_or_else(|_| panic!("{code}.ftl has syntax errors"));
            for id in &ids {
                assert!(
                    res.entries().any(|e| matches!(e, fluent_syntax::ast::Entry::Message(m) if m.id.name == id.as_str())),
                    "{code}.ftl lacks {id}"
                );
            }
        }
    }

    #[test]
    fn formats_with_arguments_and_falls_back_to_english() {
        let i = I18n::load();
        assert_eq!(
            i.text(
                "fr",
                "model-ready",
                &[("name", "base"), ("weights", "q8_0")]
            ),
            "Prêt à écouter. Modèle de parole : base (q8_0)"
        );
        assert_eq!(i.text("xx", "app-title", &[]), "Hearth");
        // Whole numbers choose plural forms.
        assert_eq!(i.text("en", "board-notes", &[("count", "1")]), "1 note");
        assert_eq!(i.text("fr", "board-notes", &[("count", "3")]), "3 notes");
        assert_eq!(
            i.text("en", "board-to-review", &[("count", "0")]),
            "all readings decided"
        );
        assert_eq!(i.pick("fr-CA"), "fr");
        assert_eq!(i.pick("de-DE"), "en");
    }
}
