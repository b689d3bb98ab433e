//! `plan diff` as a document: a sentence, then one fact a line; for
//! spreadsheets, one row a change.

use crate::catalogue::message::{diff_id, diff_value, entity_word, field, kind_word};
use crate::catalogue::{Message, Word};
use crate::document::{Block, Cell, Document, Table};
use crate::lang::Lang;
use crate::query::diff::{Change, Entity};

/// A value of the table: a figure stays a number (a spreadsheet sums it),
/// everything else the reader's words with ISO dates.
fn value(c: &Change, v: Option<&str>, lang: Lang) -> Cell {
    match v.filter(|v| !v.is_empty()) {
        None => Cell::Empty,
        Some(v) => match (c.entity, v.parse::<f64>()) {
            (Entity::Actual | Entity::Target, Ok(n)) => Cell::Number(n),
            _ => Cell::text(diff_value(c, v, lang, true)),
        },
    }
}

/// `to` is `None` for the working tree.
pub fn document(
    plan: &str,
    changes: &[Change],
    from: &str,
    to: Option<&str>,
    lang: Lang,
) -> Document<'static> {
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
            Cell::Label(diff_id(c, lang, true)),
            Cell::Label(kind_word(&c.kind, lang).to_string()),
            c.field
                .as_deref()
                .map(|f| Cell::Label(field(f, lang).to_string()))
                .unwrap_or(Cell::Empty),
            value(c, c.before.as_deref(), lang),
            value(c, c.after.as_deref(), lang),
        ]);
    }
    // The table is for spreadsheets: people read the facts above.
    t.sheet_only = true;
    doc.push(Block::Table(t));
    doc
}
