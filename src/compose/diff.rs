//! `plan diff` as a document: a sentence, then one fact a line; for
//! spreadsheets, one row a change.

use crate::catalogue::message::{entity_word, field, kind_word};
use crate::catalogue::{Message, Word};
use crate::document::{Block, Cell, Document, Table};
use crate::lang::Lang;
use crate::query::diff::Change;

/// `to` is `None` for the working tree.
pub fn document(
    plan: &str,
    changes: &[Change],
    from: &str,
    to: Option<&str>,
    lang: Lang,
) -> Document {
    let mut doc = Document::new("diff", plan, None, &changes);
    doc.push(Block::Title(if changes.is_empty() {
        Message::DiffNone { from, to }.text(lang)
    } else {
        Message::DiffCount {
            count: changes.len(),
            from,
            to,
        }
        .text(lang)
    }));
    doc.push(Block::Lines(
        changes
            .iter()
            .map(|c| Message::DiffFact(c).text(lang))
            .collect(),
    ));
    let mut t = Table::new(
        "changes",
        &[
            Word::Entity,
            Word::Code,
            Word::Change,
            Word::Field,
            Word::Before,
            Word::After,
        ],
    );
    for c in changes {
        t.rows.push(vec![
            Cell::Label(entity_word(c.entity, lang).to_string()),
            Cell::Id(c.id.clone()),
            Cell::Label(kind_word(&c.kind, lang).to_string()),
            c.field
                .as_deref()
                .map(|f| Cell::Label(field(f, lang).to_string()))
                .unwrap_or(Cell::Empty),
            Cell::opt_text(c.before.as_deref()),
            Cell::opt_text(c.after.as_deref()),
        ]);
    }
    // The table is for spreadsheets: people read the facts above.
    t.sheet_only = true;
    doc.push(Block::Table(t));
    doc
}
