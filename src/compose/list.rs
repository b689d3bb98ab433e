//! `plan list` as a document: one row a task, with its status on a date.

use super::cells::{due, Agencies};
use super::views::TaskView;
use crate::catalogue::{Message, Word};
use crate::document::{Block, Cell, Document, Table};
use crate::lang::Lang;
use crate::model::{Plan, Task};
use crate::query::AgencyFilter;
use crate::status::TaskState;
use crate::timeline::Part;
use chrono::NaiveDate;
use serde::Serialize;

#[derive(Serialize)]
struct Item {
    #[serde(flatten)]
    task: TaskView,
    /// With `--agency`: the collective through which the task reaches the
    /// agency, when it does not name the agency itself.
    #[serde(skip_serializing_if = "Option::is_none")]
    via: Option<String>,
}

pub fn document(
    plan: &Plan,
    rows: &[(&Task, TaskState)],
    as_of: NaiveDate,
    agency: Option<&AgencyFilter>,
    lang: Lang,
) -> Document<'static> {
    // The collective a task reaches the agency through, if not directly.
    let via = |t: &Task| -> Option<String> {
        let f = agency?;
        f.via(t)
            .filter(|id| **id != f.agency)
            .map(|id| id.as_str().to_string())
    };
    let mut doc = Document::lazy("list", &plan.meta.id, Some(as_of), || {
        let items: Vec<Item> = rows
            .iter()
            .map(|(t, s)| Item {
                task: TaskView::new(plan, t, s),
                via: via(t),
            })
            .collect();
        crate::document::json(&items)
    });
    doc.push(Block::Title(
        Message::ListTitle {
            count: rows.len(),
            as_of,
        }
        .text(lang),
    ));
    let mut columns = vec![
        Word::TaskId,
        Word::Task,
        Word::Lead,
        Word::Schedule,
        Word::Due,
        Word::Status,
    ];
    if agency.is_some() {
        let through = rows.iter().filter(|(t, _)| via(t).is_some()).count();
        doc.push(Block::Paragraph(
            Message::AgencySplit {
                directly: rows.len() - through,
                through,
            }
            .text(lang),
        ));
        columns.push(Word::Via);
    }
    let mut table = Table::new("tasks", &columns)
        .constant(Word::AsOf, Cell::Date(as_of))
        .shorten(1);
    let agencies = Agencies::new(plan, as_of);
    for (t, s) in rows {
        let mut row = vec![
            Cell::Id(t.id.as_str().to_string()),
            Cell::text(&t.title),
            agencies.cell(&t.id.value, Part::Lead, &t.lead),
            Cell::opt_text(t.schedule.as_deref()),
            due(t),
            Cell::Status(s.status),
        ];
        if agency.is_some() {
            row.push(match via(t) {
                Some(id) => Cell::text(
                    plan.agencies
                        .iter()
                        .find(|a| a.id.as_str() == id)
                        .map(|a| a.name_in(lang).to_string())
                        .unwrap_or(id),
                ),
                None => Cell::Empty,
            });
        }
        table.rows.push(row);
    }
    doc.push(Block::Table(table));
    doc
}
