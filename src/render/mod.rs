//! The only code that formats output: backends of the typed [`Document`].
//! The format is chosen once, in [`Backend::new`]; a new format (xlsx, docx,
//! html) is one more variant and one more file here.

mod cells;
mod csv_out;
mod docx;
pub mod escape;
mod html;
mod json;
mod markdown;
mod plain_grid;
mod sink;
mod svg;
mod terminal;
mod type_width;
mod xlsx;

use crate::cli::Format;
use crate::document::Document;
use crate::fsio::written;
use crate::lang::Lang;
use anyhow::{bail, Result};
use std::io::Write;

// For backends that write text cells the way these do (docx, html later).
pub use cells::{CellText, Medium};

#[derive(Clone, Copy, Debug)]
pub enum Backend {
    /// Width to fit, or `None` for no limit.
    Terminal(Option<u16>),
    Markdown,
    /// With the byte-order mark Excel needs to show Vietnamese.
    Csv {
        bom: bool,
    },
    Json,
    /// One self-contained page with its charts drawn.
    Html,
    /// One sheet per table, typed cells.
    Xlsx,
    /// An administrative report (Decree 30/2020/NĐ-CP).
    Docx,
}

impl Backend {
    pub fn new(format: Format, width: Option<u16>, bom: bool) -> Backend {
        match format {
            Format::Table => Backend::Terminal(width),
            Format::Md => Backend::Markdown,
            Format::Csv => Backend::Csv { bom },
            Format::Json => Backend::Json,
            Format::Html => Backend::Html,
            Format::Xlsx => Backend::Xlsx,
            Format::Docx => Backend::Docx,
        }
    }

    /// The document written to `w`: Markdown and HTML as they are made, a
    /// chunk at a time; the other formats made whole, then written. A failure to write
    /// is a [`crate::fsio::WriteFailed`], any other error one of making the document.
    pub fn write(self, doc: &Document, lang: Lang, w: &mut dyn Write) -> Result<()> {
        match self {
            Backend::Markdown => written(markdown::write(doc, lang, w)),
            Backend::Html => written(html::write_page(doc, lang, w)),
            _ => {
                let bytes = self.render(doc, lang)?;
                written(w.write_all(&bytes))
            }
        }
    }

    /// The document as bytes. CSV holds one table: a document with more is
    /// refused (the command offers `--table` or a file per table).
    pub fn render(self, doc: &Document, lang: Lang) -> Result<Vec<u8>> {
        Ok(match self {
            Backend::Terminal(width) => terminal::terminal(doc, lang, width).into_bytes(),
            Backend::Markdown => markdown::markdown(doc, lang).into_bytes(),
            Backend::Json => json::json(doc).into_bytes(),
            Backend::Html => html::html(doc, lang).into_bytes(),
            Backend::Xlsx => xlsx::xlsx(doc, lang)?,
            Backend::Docx => docx::docx(doc, lang)?,
            Backend::Csv { bom } => {
                let mut tables = doc.tables();
                match (tables.next(), tables.next()) {
                    (Some(t), None) => csv_out::csv(t, lang, bom),
                    (None, _) => csv_out::csv(&Default::default(), lang, bom),
                    (Some(_), Some(_)) => {
                        bail!("internal: a CSV file holds one table, this document has several")
                    }
                }
            }
        })
    }
}

/// One table as CSV (`report --out-dir` writes each table to its own file).
pub fn csv_table(table: &crate::document::Table, lang: Lang, bom: bool) -> Vec<u8> {
    csv_out::csv(table, lang, bom)
}
