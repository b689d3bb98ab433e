//! Each task's history in the report: every update known on the date the
//! report is judged on, one a row.

use crate::catalogue::{ChartWord, Message, Word};
use crate::document::{Block, Cell, Document, Table};
use crate::lang::Lang;
use crate::query::report::AnnualReport;

/// The history table, one update a row: the tasks in the plan's order, each
/// task's updates known on the report's date in date order.
pub fn table(r: &AnnualReport, lang: Lang) -> Table<'static> {
    let log = &r.log;
    let mut t = Table::new(
        "history",
        &[
            Word::TaskId,
            Word::Task,
            Word::Chart(ChartWord::UpdatedOn),
            Word::Status,
            Word::Milestone,
            Word::Chart(ChartWord::Note),
            Word::Source,
        ],
    )
    .shorten(1);
    for row in &r.tasks {
        for u in log
            .updates(row.task.id.as_str())
            .iter()
            .filter(|u| u.on <= r.as_of)
        {
            t.rows.push(vec![
                Cell::Id(row.task.id.as_str().to_string()),
                Cell::text(&row.task.title),
                Cell::Date(u.on),
                Cell::Word(Word::UpdateWord(u.status)),
                u.milestone
                    .as_ref()
                    .map(|m| Cell::Label(Message::MilestoneLabel { number: m.value }.text(lang)))
                    .unwrap_or(Cell::Empty),
                Cell::opt_text(u.note.as_deref()),
                Cell::opt_text(u.source.as_deref()),
            ]);
        }
    }
    t
}

/// Appends the history under a heading of its own, when there is any.
pub fn append(doc: &mut Document, r: &AnnualReport, lang: Lang) {
    let t = table(r, lang);
    if t.rows.is_empty() {
        return;
    }
    doc.push(Block::Heading(
        2,
        Word::Chart(ChartWord::History).text(lang).to_string(),
    ));
    doc.push(Block::Table(t));
}
