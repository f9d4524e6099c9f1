//! Annotated signal corpora (tests/signals/*.txt: `utterance | label label…`) and their
//! scores: precision, recall and F1 per class of label and over all.

use std::collections::{BTreeMap, BTreeSet};

use hearth_core::signals::{Lexicon, MeaningReader, Signal};

/// A way of reading an utterance: the lexicon, the model, or both.
pub type Read = dyn Fn(&str, &Lexicon) -> Vec<Signal>;

/// The part of a label that names what is measured: `pain=present` → `pain`, `pain@knee` →
/// `pain@`, `pain#6` → `pain#`.
pub fn class(label: &str) -> String {
    match label.find(['=', '@', '#']) {
        Some(i) if &label[i..=i] == "=" => label[..i].to_string(),
        Some(i) => label[..=i].to_string(),
        None => label.to_string(),
    }
}

#[derive(Default)]
pub struct Count {
    pub tp: u32,
    pub fp: u32,
    pub fn_: u32,
}

impl Count {
    pub fn f1(&self) -> (f64, f64, f64) {
        let p = f64::from(self.tp) / f64::from((self.tp + self.fp).max(1));
        let r = f64::from(self.tp) / f64::from((self.tp + self.fn_).max(1));
        let f = if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        };
        (p, r, f)
    }
}

/// Per class and over all.
#[derive(Default)]
pub struct Scores {
    pub per: BTreeMap<String, Count>,
    pub all: Count,
}

impl Scores {
    /// Adds one utterance: the labels wanted and those read.
    pub fn add(&mut self, want: &BTreeSet<String>, got: &BTreeSet<String>) {
        for l in got.union(want) {
            let c = self.per.entry(class(l)).or_default();
            match (got.contains(l), want.contains(l)) {
                (true, true) => (c.tp += 1, self.all.tp += 1),
                (true, false) => (c.fp += 1, self.all.fp += 1),
                (false, true) => (c.fn_ += 1, self.all.fn_ += 1),
                (false, false) => unreachable!(),
            };
        }
    }

    /// Prints the table under `title`.
    pub fn print(&self, title: &str) {
        let (p, r, f) = self.all.f1();
        println!("\n{title}: precision {p:.3}, recall {r:.3}, F1 {f:.3}");
        for (class, c) in &self.per {
            let (p, r, f) = c.f1();
            println!(
                "  {class:<12} {p:>9.3} {r:>6.3} {f:>6.3} {:>6}",
                c.tp + c.fn_
            );
        }
    }

    /// Precision, recall and F1 of one class (zeros when it never came up).
    pub fn of(&self, class: &str) -> (f64, f64, f64) {
        self.per.get(class).map_or((0.0, 0.0, 0.0), Count::f1)
    }
}

/// The utterances of tests/signals/`file`.txt with the labels they should give.
pub fn lines(file: &str) -> Vec<(String, BTreeSet<String>)> {
    let path = super::repo_root().join(format!("tests/signals/{file}.txt"));
    let corpus = std::fs::read_to_string(&path).unwrap();
    corpus
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|line| {
            let (text, want) = line
                .rsplit_once('|')
                .unwrap_or_else(|| panic!("no '|' in {line:?}"));
            let want = want.split_whitespace().map(str::to_string).collect();
            (text.trim().to_string(), want)
        })
        .collect()
}

/// The labels `read` gives `text`.
pub fn labels(read: &Read, text: &str, lex: &Lexicon) -> BTreeSet<String> {
    read(text, lex).iter().flat_map(Signal::labels).collect()
}

/// The meaning model as installed (a missing model fails the test: run
/// scripts/get-model.sh e5-small).
pub fn load_meaning() -> MeaningReader {
    let catalog = hearth_core::models::Catalog::builtin();
    let dir = super::models_dir();
    let path = catalog
        .meaning
        .installed(&dir)
        .unwrap_or_else(|e| panic!("{e}"));
    MeaningReader::load(
        &path,
        &catalog.meaning.sha256,
        Some(dir.join(".cache/meaning")),
    )
    .unwrap()
}
