//! `plan overdue` as a document: one table, or one block per lead agency for
//! reminder letters (a task with several leads is in each of their blocks,
//! and the document says so).

use super::cells::agencies;
use super::views::{OverdueBlock, OverdueReport, OverdueView};
use crate::catalogue::{Message, Scope, Word};
use crate::document::{Block, Cell, Column, Document, Group, Table};
use crate::lang::Lang;
use crate::model::Plan;
use crate::query::overdue::Overdue;
use crate::query::AgencyFilter;
use chrono::NaiveDate;

pub fn document(
    plan: &Plan,
    items: &[Overdue],
    as_of: NaiveDate,
    agency: Option<&AgencyFilter>,
    by_agency: bool,
    lang: Lang,
) -> Document {
    let entries: Vec<OverdueView> = items.iter().map(|o| OverdueView::new(plan, o)).collect();
    // Blocks per lead agency, in the registry's order.
    let blocks: Vec<(&crate::model::Agency, Vec<usize>)> = if by_agency {
        plan.agencies
            .iter()
            .map(|ag| {
                let idx: Vec<usize> = items
                    .iter()
                    .enumerate()
                    .filter(|(_, o)| o.task.lead.iter().any(|l| l.value == ag.id.value))
                    .map(|(i, _)| i)
                    .collect();
                (ag, idx)
            })
            .filter(|(_, idx)| !idx.is_empty())
            .collect()
    } else {
        Vec::new()
    };
    let report = OverdueReport {
        count: entries.len(),
        overdue: (!by_agency).then(|| entries.iter().collect()),
        agencies: by_agency.then(|| {
            blocks
                .iter()
                .map(|(ag, idx)| OverdueBlock {
                    id: ag.id.as_str().to_string(),
                    name: ag.name.clone(),
                    overdue: idx.iter().map(|&i| &entries[i]).collect(),
                })
                .collect()
        }),
    };
    let mut doc = Document::new("overdue", &plan.meta.id, Some(as_of), &report);
    let scope = agency.and_then(|f| {
        plan.agency(&f.agency).map(|ag| Scope {
            name: &ag.name,
            id: ag.id.as_str(),
            role: f.role,
        })
    });
    doc.push(Block::Title(
        Message::OverdueTitle {
            as_of,
            scope,
            count: items.len(),
        }
        .text(lang),
    ));
    let mut columns = vec![Word::TaskId, Word::Task];
    if !by_agency {
        columns.push(Word::Lead);
    }
    columns.extend([Word::Schedule, Word::Due, Word::DaysOverdue]);
    let mut table = Table::new("overdue", &columns)
        .constant(Word::AsOf, Cell::Date(as_of))
        .shorten(1);
    let row = |o: &Overdue| -> Vec<Cell> {
        let task = match o.milestone {
            Some((number, what)) => Cell::text(
                Message::OverdueMilestone {
                    number,
                    what,
                    title: &o.task.title,
                }
                .text(lang),
            ),
            None => Cell::text(&o.task.title),
        };
        let mut r = vec![Cell::Id(o.task.id.as_str().to_string()), task];
        if !by_agency {
            r.push(agencies(plan, &o.task.lead));
        }
        r.extend([
            Cell::opt_text(o.task.schedule.as_deref()),
            Cell::Date(o.due),
            Cell::Integer(o.days_overdue),
        ]);
        r
    };
    if by_agency {
        let total: usize = blocks.iter().map(|(_, idx)| idx.len()).sum();
        let shared = items.iter().filter(|o| o.task.lead.len() > 1).count();
        if total != items.len() {
            doc.push(Block::Paragraph(
                Message::SharedLeads {
                    tasks: shared,
                    entries: items.len(),
                    total,
                }
                .text(lang),
            ));
        }
        table.group_columns = vec![Column::new(Word::AgencyId), Column::new(Word::Agency)];
        for (ag, idx) in &blocks {
            table.groups.push(Group {
                heading: Message::OverdueBlockHeading {
                    name: &ag.name,
                    id: ag.id.as_str(),
                    count: idx.len(),
                }
                .text(lang),
                cells: vec![Cell::Id(ag.id.as_str().to_string()), Cell::text(&ag.name)],
                rows: idx.iter().map(|&i| row(&items[i])).collect(),
            });
        }
    } else {
        table.rows = items.iter().map(row).collect();
    }
    doc.push(Block::Table(table));
    doc
}
