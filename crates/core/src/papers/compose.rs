//! The papers in words: every sentence comes from the language files (`paper-*`), with this
//! device's facts as arguments, so a new language is a new file and a changed setting is a
//! changed paper.

use hearth_i18n::I18n;

use super::{Block, Document, Facts, Paper};
use crate::device_mode::DeviceMode;
use crate::journal::consent::Purpose;

/// The figures the papers quote, as measured (README, *Figures* and *Wellbeing signals*);
/// updated when they are measured again.
mod measured {
    /// Share of words the recogniser (base, 8-bit) got wrong: a real English recording, a
    /// synthetic English sentence, a synthetic French one (`scripts/bench.sh`).
    pub const SPEECH_WER_EN: &str = "0–24";
    pub const SPEECH_WER_FR: &str = "14";
    /// Wellbeing readings on 165 held-out sentences a language, word lists and meaning model
    /// together: micro F1, and the share of urgent ones found (`signals_heldout`).
    pub const SIGNALS_F1: &str = "0.88";
    pub const URGENT_RECALL: &str = "95";
    /// The word lists alone (no meaning model installed).
    pub const SIGNALS_F1_LEXICON: &str = "0.76";
    pub const MEASURED_ON: &str = "2026-12-03";
}

/// `paper` in `lang`, from `f`.
pub fn compose(paper: Paper, f: &Facts, i18n: &I18n, lang: &str) -> Document {
    let mut d = Writer {
        i18n,
        lang,
        blocks: Vec::new(),
    };
    let title = match paper {
        Paper::Dpia => d.t("paper-dpia-title", &[]),
        Paper::AiTransparency => d.t("paper-ai-title", &[]),
    };
    let made = crate::export::local(f.made_ms);
    d.para("paper-made", &[("version", &f.version), ("made", &made)]);
    match paper {
        Paper::Dpia => dpia(&mut d, f),
        Paper::AiTransparency => ai_sheet(&mut d, f),
    }
    Document {
        title,
        blocks: d.blocks,
    }
}

struct Writer<'a> {
    i18n: &'a I18n,
    lang: &'a str,
    blocks: Vec<Block>,
}

impl Writer<'_> {
    fn t(&self, key: &str, args: &[(&str, &str)]) -> String {
        self.i18n.text(self.lang, key, args)
    }
    fn heading(&mut self, key: &str) {
        self.blocks.push(Block::Heading(self.t(key, &[])));
    }
    fn para(&mut self, key: &str, args: &[(&str, &str)]) {
        self.blocks.push(Block::Paragraph(self.t(key, args)));
    }
    fn item(&mut self, key: &str, args: &[(&str, &str)]) {
        self.blocks.push(Block::Item(self.t(key, args)));
    }
    fn items(&mut self, keys: &[&str]) {
        for key in keys {
            self.item(key, &[]);
        }
    }
}

fn yes(b: bool) -> &'static str {
    if b {
        "yes"
    } else {
        "no"
    }
}

fn mode(m: DeviceMode) -> &'static str {
    match m {
        DeviceMode::Shared => "shared",
        DeviceMode::Kiosk { resident: None } => "lounge",
        DeviceMode::Kiosk { resident: Some(_) } => "room",
    }
}

fn purpose_key(p: Purpose) -> &'static str {
    match p {
        Purpose::SpeechRecognition => "paper-purpose-listening",
        Purpose::KeepTranscripts => "paper-purpose-notes",
        Purpose::KeepAudio => "paper-purpose-recordings",
    }
}

fn dpia(d: &mut Writer, f: &Facts) {
    d.para("paper-dpia-intro", &[]);

    d.heading("paper-dpia-what");
    d.para("paper-what-hearth-does", &[]);

    d.heading("paper-dpia-collected");
    d.para("paper-residents", &[("count", &f.residents.to_string())]);
    for (purpose, c) in &f.consent {
        let purpose_words = d.t(purpose_key(*purpose), &[]);
        d.item(
            "paper-consent-count",
            &[
                ("purpose", &purpose_words),
                ("given", &c.given.to_string()),
                ("withdrawn", &c.withdrawn.to_string()),
                ("unasked", &c.not_asked.to_string()),
            ],
        );
    }
    d.para("paper-also-kept", &[]);

    d.heading("paper-dpia-where");
    d.item("paper-where-file", &[("path", &f.journal_path)]);
    d.item("paper-where-key", &[("protected", yes(f.protected))]);
    d.item("paper-where-nothing-leaves", &[]);
    d.item(
        "paper-where-backups",
        &[("count", &f.backups_here.to_string())],
    );
    d.item("paper-where-device", &[("mode", mode(f.device_mode))]);

    d.heading("paper-dpia-who");
    d.item(
        "paper-who-caregivers",
        &[("count", &f.caregivers.to_string())],
    );
    d.item("paper-who-admins", &[("count", &f.admins.to_string())]);
    d.items(&["paper-who-residents", "paper-who-audit"]);

    d.heading("paper-dpia-how-long");
    retention(d, f);

    d.heading("paper-dpia-infers");
    d.para("paper-infers", &[]);

    d.heading("paper-dpia-never");
    never(d);

    d.heading("paper-dpia-models");
    models(d, f);

    d.heading("paper-dpia-rights");
    d.items(&[
        "paper-right-access",
        "paper-right-rectify",
        "paper-right-erase",
        "paper-right-withdraw",
    ]);

    d.heading("paper-dpia-risks");
    d.items(&[
        "paper-risk-lost",
        "paper-risk-misread",
        "paper-risk-seen",
        "paper-risk-machine",
        "paper-risk-kept",
        "paper-risk-loss",
    ]);

    d.heading("paper-dpia-questions");
    d.items(&[
        "paper-q-controller",
        "paper-q-basis",
        "paper-q-capacity",
        "paper-q-physical",
        "paper-q-training",
        "paper-q-breach",
        "paper-q-consulted",
        "paper-q-review",
    ]);
    d.para("paper-signature", &[]);
}

fn ai_sheet(d: &mut Writer, f: &Facts) {
    d.para("paper-ai-intro", &[]);
    d.heading("paper-ai-machine");
    d.para("paper-ai-machine-text", &[]);
    d.heading("paper-ai-does");
    d.item("paper-ai-does-speech", &[("model", &f.speech_model)]);
    d.item(
        "paper-ai-does-signals",
        &[("meaning", yes(f.meaning_model))],
    );
    d.item("paper-ai-does-script", &[]);
    d.heading("paper-ai-not");
    never(d);
    d.heading("paper-ai-how-well");
    models(d, f);
    d.item("paper-ai-limits", &[]);
    d.heading("paper-ai-people");
    d.para("paper-infers", &[]);
    d.heading("paper-ai-data");
    d.para("paper-what-hearth-does", &[]);
    retention(d, f);
    d.item("paper-ai-rights", &[]);
    d.heading("paper-ai-home");
    d.items(&[
        "paper-ai-home-oversight",
        "paper-ai-home-training",
        "paper-ai-home-show",
    ]);
}

fn retention(d: &mut Writer, f: &Facts) {
    d.item(
        "paper-keep-transcripts",
        &[("days", &f.policy.transcripts_days.to_string())],
    );
    d.item(
        "paper-keep-notes",
        &[("years", &f.policy.notes_years.to_string())],
    );
    d.item("paper-keep-purge", &[]);
}

fn never(d: &mut Writer) {
    d.items(&[
        "paper-never-cloud",
        "paper-never-emergency",
        "paper-never-diagnosis",
        "paper-never-recordings",
        "paper-never-emotion",
    ]);
}

fn models(d: &mut Writer, f: &Facts) {
    use measured::*;
    // Figures are written as measured; each language says its own decimal sign.
    let point = d.t("paper-decimal-separator", &[]);
    let number = |n: &str| n.replace('.', &point);
    d.item(
        "paper-model-speech",
        &[
            ("model", &f.speech_model),
            ("wer_en", SPEECH_WER_EN),
            ("wer_fr", SPEECH_WER_FR),
        ],
    );
    d.item(
        "paper-model-signals",
        &[
            ("meaning", yes(f.meaning_model)),
            ("f1", &number(SIGNALS_F1)),
            ("urgent", URGENT_RECALL),
            ("f1_words", &number(SIGNALS_F1_LEXICON)),
            ("date", MEASURED_ON),
        ],
    );
    d.item("paper-model-decides", &[]);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::papers::ConsentCount;
    use crate::retention::Policy;

    fn facts() -> Facts {
        Facts {
            made_ms: 1_764_770_000_000,
            version: "9.9.9".into(),
            journal_path: "/home/ada/.local/share/hearth/journal.sqlite".into(),
            protected: true,
            residents: 12,
            consent: Purpose::ALL
                .into_iter()
                .map(|p| {
                    let c = ConsentCount {
                        given: 10,
                        withdrawn: 1,
                        not_asked: 1,
                    };
                    (p, c)
                })
                .collect(),
            caregivers: 7,
            admins: 2,
            policy: Policy {
                transcripts_days: 90,
                notes_years: 10,
            },
            device_mode: DeviceMode::Shared,
            speech_model: "base (q8_0), ready".into(),
            meaning_model: true,
            backups_here: 3,
        }
    }

    /// Every sentence has words in every language (no key left showing), and the facts
    /// are in them.
    #[test]
    fn both_papers_are_written_in_each_language_from_the_facts() {
        let i18n = I18n::load();
        for (lang, _) in i18n.languages() {
            for paper in [Paper::Dpia, Paper::AiTransparency] {
                let text = compose(paper, &facts(), &i18n, &lang).text();
                assert!(!text.contains("paper-"), "{lang} {paper:?}: {text}");
                assert!(text.contains("90"), "{lang} {paper:?}: transcripts' days");
                assert!(text.contains("9.9.9"), "{lang} {paper:?}: the version");
            }
            let dpia = compose(Paper::Dpia, &facts(), &i18n, &lang).text();
            assert!(dpia.contains("journal.sqlite"), "{lang}");
            assert!(dpia.contains(" 7 "), "{lang}: seven caregivers: {dpia}");
        }
    }

    /// A changed setting is a changed paper: retention, the passphrase, the kiosk.
    #[test]
    fn the_paper_follows_the_devices_settings() {
        let i18n = I18n::load();
        let before = compose(Paper::Dpia, &facts(), &i18n, "en").text();
        let changed = Facts {
            policy: Policy {
                transcripts_days: 30,
                notes_years: 5,
            },
            protected: false,
            device_mode: DeviceMode::Kiosk { resident: Some(3) },
            ..facts()
        };
        let after = compose(Paper::Dpia, &changed, &i18n, "en").text();
        assert!(
            before.contains("90 days") && after.contains("30 days"),
            "{after}"
        );
        assert!(
            before.contains("10 years") && after.contains("5 years"),
            "{after}"
        );
        assert!(after.contains("no staff passphrase yet"), "{after}");
        assert!(after.contains("kiosk in one resident's room"), "{after}");
        let without = Facts {
            meaning_model: false,
            ..facts()
        };
        let sheet = compose(Paper::AiTransparency, &without, &i18n, "fr").text();
        assert!(
            sheet.contains("0,76"),
            "the word lists' own figure, in French: {sheet}"
        );
        assert!(!sheet.contains("0,88"), "not the meaning model's: {sheet}");
    }
}
