//! A paper as Markdown (for the home to complete in any editor) and as an A4 PDF to print,
//! laid out by the exports' own page writer (DejaVu embedded, so every accent prints).

use super::{Block, Document};
use crate::export::pdf::Pages;
use crate::export::ExportError;

pub fn markdown(doc: &Document) -> String {
    let mut out = format!("# {}\n", doc.title);
    let mut in_list = false;
    for block in &doc.blocks {
        match block {
            Block::Item(text) => {
                if !in_list {
                    out.push('\n');
                }
                out.push_str(&format!("- {text}\n"));
            }
            Block::Heading(text) => out.push_str(&format!("\n## {text}\n")),
            Block::Paragraph(text) => out.push_str(&format!("\n{text}\n")),
        }
        in_list = matches!(block, Block::Item(_));
    }
    out
}

pub fn pdf(doc: &Document) -> Result<Vec<u8>, ExportError> {
    let mut p = Pages::new(&doc.title, format!("Hearth · {}", doc.title))?;
    p.paragraph(&doc.title, 17.0, true, 0.0);
    p.gap(2.0);
    for block in &doc.blocks {
        match block {
            Block::Heading(text) => {
                p.gap(3.0);
                p.need(18.0); // a heading keeps its first lines with it
                p.paragraph(text, 13.0, true, 0.0);
                p.gap(1.0);
            }
            Block::Paragraph(text) => {
                p.paragraph(text, 10.5, false, 0.0);
                p.gap(1.5);
            }
            Block::Item(text) => {
                p.paragraph(&format!("• {text}"), 10.5, false, 3.0);
                p.gap(0.8);
            }
        }
    }
    p.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_keeps_the_shape() {
        let doc = Document {
            title: "T".into(),
            blocks: vec![
                Block::Heading("H".into()),
                Block::Paragraph("P".into()),
                Block::Item("a".into()),
                Block::Item("b".into()),
                Block::Paragraph("Q".into()),
            ],
        };
        assert_eq!(markdown(&doc), "# T\n\n## H\n\nP\n\n- a\n- b\n\nQ\n");
        let bytes = pdf(&doc).unwrap();
        assert!(bytes.starts_with(b"%PDF"));
    }
}
