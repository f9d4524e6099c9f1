//! The PDF: A4, the resident's name and the period, then each note — when, how it came,
//! its words — and each reading with who decided what. DejaVu Sans is embedded (subset to
//! the letters used), so accents and any European script print as written.

use std::io::Cursor;

use hearth_i18n::I18n;
use printpdf::{IndirectFontRef, Mm, PdfDocument, PdfDocumentReference, PdfLayerReference};

use super::{local, ExportError, Record};
use crate::journal::notes::NoteSignal;
use crate::journal::reviews::Action;

const REGULAR: &[u8] = include_bytes!("../../../../assets/fonts/DejaVuSans.ttf");
const BOLD: &[u8] = include_bytes!("../../../../assets/fonts/DejaVuSans-Bold.ttf");
const PAGE_W: f32 = 210.0;
const PAGE_H: f32 = 297.0;
const MARGIN: f32 = 18.0;
const PT_TO_MM: f32 = 0.352_778;

struct Font {
    pdf: IndirectFontRef,
    face: ttf_parser::Face<'static>,
}

impl Font {
    fn load(doc: &PdfDocumentReference, bytes: &'static [u8]) -> Result<Self, ExportError> {
        let pdf = doc
            .add_external_font(Cursor::new(bytes))
            .map_err(|e| ExportError::Pdf(e.to_string()))?;
        let face =
            ttf_parser::Face::parse(bytes, 0).map_err(|e| ExportError::Pdf(e.to_string()))?;
        Ok(Self { pdf, face })
    }

    /// Width of `text` at `size` points, in millimetres.
    fn width(&self, text: &str, size: f32) -> f32 {
        let per_em = f32::from(self.face.units_per_em());
        let units: f32 = text
            .chars()
            .map(|c| {
                self.face
                    .glyph_index(c)
                    .and_then(|g| self.face.glyph_hor_advance(g))
                    .map_or(per_em / 2.0, f32::from)
            })
            .sum();
        units / per_em * size * PT_TO_MM
    }
}

/// Lays text out top to bottom, page after page (the papers a home prints use it too).
pub(crate) struct Pages {
    doc: PdfDocumentReference,
    layer: PdfLayerReference,
    y: f32,
    page: u32,
    footer: String,
    regular: Font,
    bold: Font,
}

impl Pages {
    pub(crate) fn new(title: &str, footer: String) -> Result<Self, ExportError> {
        let (doc, page, layer) = PdfDocument::new(title, Mm(PAGE_W), Mm(PAGE_H), "text");
        let layer = doc.get_page(page).get_layer(layer);
        let regular = Font::load(&doc, REGULAR)?;
        let bold = Font::load(&doc, BOLD)?;
        let p = Self {
            doc,
            layer,
            y: PAGE_H - MARGIN,
            page: 1,
            footer,
            regular,
            bold,
        };
        p.write_footer();
        Ok(p)
    }

    fn write_footer(&self) {
        let text = format!("{} · {}", self.footer, self.page);
        self.layer
            .use_text(text, 8.0, Mm(MARGIN), Mm(MARGIN / 2.0), &self.regular.pdf);
    }

    /// Room for `mm` more, or a new page.
    pub(crate) fn need(&mut self, mm: f32) {
        if self.y - mm >= MARGIN {
            return;
        }
        let (page, layer) = self.doc.add_page(Mm(PAGE_W), Mm(PAGE_H), "text");
        self.layer = self.doc.get_page(page).get_layer(layer);
        self.page += 1;
        self.y = PAGE_H - MARGIN;
        self.write_footer();
    }

    /// `text` wrapped to the page at `size` points, from `indent` mm.
    pub(crate) fn paragraph(&mut self, text: &str, size: f32, bold: bool, indent: f32) {
        let line_h = size * 1.4 * PT_TO_MM;
        let width = PAGE_W - 2.0 * MARGIN - indent;
        for source_line in text.lines() {
            for line in self.wrap(source_line, size, bold, width) {
                self.need(line_h);
                self.y -= line_h;
                let font = if bold {
                    &self.bold.pdf
                } else {
                    &self.regular.pdf
                };
                self.layer
                    .use_text(line, size, Mm(MARGIN + indent), Mm(self.y), font);
            }
        }
    }

    fn wrap(&self, text: &str, size: f32, bold: bool, width: f32) -> Vec<String> {
        let font = if bold { &self.bold } else { &self.regular };
        let mut lines = Vec::new();
        let mut line = String::new();
        for word in text.split(' ') {
            let candidate = if line.is_empty() {
                word.to_string()
            } else {
                format!("{line} {word}")
            };
            if font.width(&candidate, size) <= width || line.is_empty() {
                line = candidate;
            } else {
                lines.push(std::mem::take(&mut line));
                line = word.to_string();
            }
            // A word longer than the line is cut where it must be.
            while font.width(&line, size) > width && line.chars().count() > 1 {
                let mut cut = line.chars().count() - 1;
                while cut > 1
                    && font.width(&line.chars().take(cut).collect::<String>(), size) > width
                {
                    cut -= 1;
                }
                lines.push(line.chars().take(cut).collect());
                line = line.chars().skip(cut).collect();
            }
        }
        lines.push(line);
        lines
    }

    pub(crate) fn gap(&mut self, mm: f32) {
        self.y -= mm;
    }

    pub(crate) fn finish(self) -> Result<Vec<u8>, ExportError> {
        self.doc
            .save_to_bytes()
            .map_err(|e| ExportError::Pdf(e.to_string()))
    }
}

/// A reading and what people decided about it, in words.
fn reading_line(i18n: &I18n, lang: &str, s: &NoteSignal) -> String {
    let machine = i18n.signal(
        lang,
        &s.read.kind,
        &s.read.value,
        s.read.location.as_deref(),
        s.read.severity,
        s.read.mild,
    );
    let from = i18n.text(lang, "review-from-words", &[("words", &s.read.evidence)]);
    let line = |state: String, reading: &str| {
        i18n.text(
            lang,
            "pdf-reading",
            &[("state", &state), ("reading", reading), ("from", &from)],
        )
    };
    let Some(review) = &s.review else {
        return line(i18n.text(lang, "inferred", &[]), &machine);
    };
    let who = [("author", review.author.as_str())];
    match (review.action, s.reading()) {
        (Action::Confirm, _) => line(i18n.text(lang, "review-confirmed", &who), &machine),
        (Action::Correct, Some(now)) => {
            let now_words = i18n.signal(
                lang,
                &now.kind,
                &now.value,
                now.location.as_deref(),
                now.severity,
                now.mild,
            );
            let read = i18n.text(lang, "review-machine-read", &[("reading", &machine)]);
            line(
                i18n.text(lang, "review-corrected", &who),
                &format!("{now_words} ({read})"),
            )
        }
        _ => line(i18n.text(lang, "review-dismissed", &who), &machine),
    }
}

pub fn write(r: &Record, i18n: &I18n, lang: &str) -> Result<Vec<u8>, ExportError> {
    write_with(r, i18n, lang, &[])
}

/// As [`write`], with `preface` paragraphs before the notes (a subject access request's
/// profile and consent).
pub fn write_with(
    r: &Record,
    i18n: &I18n,
    lang: &str,
    preface: &[String],
) -> Result<Vec<u8>, ExportError> {
    let name = &r.resident.preferred_name;
    let title = i18n.text(lang, "pdf-title", &[("name", name)]);
    let mut p = Pages::new(&title, format!("Hearth · {name}"))?;
    p.paragraph(&title, 18.0, true, 0.0);
    p.gap(1.0);
    let range = i18n.text(
        lang,
        "pdf-range",
        &[
            ("from", &super::local_day(r.from_ms)),
            ("to", &super::local_day(r.to_ms - 1)),
            ("made", &local(crate::clock::now_ms())),
        ],
    );
    p.paragraph(&range, 10.0, false, 0.0);
    p.paragraph(&i18n.text(lang, "pdf-confidential", &[]), 9.0, false, 0.0);
    p.gap(4.0);
    for line in preface {
        p.paragraph(line, 11.0, false, 0.0);
    }
    if !preface.is_empty() {
        p.gap(4.0);
    }
    if r.notes.is_empty() {
        p.paragraph(&i18n.text(lang, "pdf-none", &[]), 11.0, false, 0.0);
    }
    for n in &r.notes {
        p.need(20.0); // keep a note's head with its first lines
        let source = i18n.text(
            lang,
            &format!("source-{}", n.source.as_str().replace('_', "-")),
            &[],
        );
        p.paragraph(
            &format!("{} · {source}", local(n.created_ms)),
            11.0,
            true,
            0.0,
        );
        p.paragraph(&n.current, 11.0, false, 0.0);
        if n.revisions > 0 {
            p.paragraph(&i18n.text(lang, "pdf-revised", &[]), 9.0, false, 0.0);
        }
        for s in &n.signals {
            p.paragraph(
                &format!("• {}", reading_line(i18n, lang, s)),
                10.0,
                false,
                5.0,
            );
        }
        p.gap(4.0);
    }
    p.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::{record, testing};

    #[test]
    fn a_real_pdf_with_the_notes_and_decisions() {
        let (_d, s, rose) = testing::journal();
        let r = record(&s, rose, 0, i64::MAX).unwrap();
        let pdf = write(&r, &I18n::load(), "fr").unwrap();
        assert!(pdf.starts_with(b"%PDF-"));
        // Subset fonts keep it small: the two DejaVu files are 1.4 MB.
        assert!(pdf.len() < 200_000, "{} bytes", pdf.len());
        let lines = reading_line(&I18n::load(), "fr", &r.notes[0].signals[0]);
        assert!(lines.contains("Inès"), "{lines}");
    }

    #[test]
    fn long_words_and_long_lines_are_wrapped_within_the_page() {
        let p = Pages::new("t", String::new()).unwrap();
        let width = 50.0;
        let text = format!("{} short words here {}", "x".repeat(80), "y ".repeat(40));
        for line in p.wrap(&text, 11.0, false, width) {
            assert!(p.regular.width(&line, 11.0) <= width, "{line}");
        }
    }
}
