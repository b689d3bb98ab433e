//! `plan overdue` as a document: one table, or one block per lead agency for
//! reminder letters (a task with several leads is in each of their blocks,
//! and the document says so).

use super::cells::Agencies;
use super::views::{MissingView, OverdueBlock, OverdueReport, OverdueView};
use crate::catalogue::{cycle, CycleWord, Message, Scope, Word};
use crate::document::{Block, Cell, Column, Document, Group, Table};
use crate::ids::AgencyId;
use crate::lang::Lang;
use crate::model::{Agency, Plan};
use crate::query::overdue::Overdue;
use crate::query::receipts::{MissingReport, Owed};
use crate::query::AgencyFilter;
use crate::timeline::Part;
use chrono::NaiveDate;

/// Reports owed and not received: `None` when the plan records no receipt
/// at all; `listed` when the user asked to see them (`--reports`).
pub struct Reports<'a, 'p> {
    pub missing: Option<&'a [MissingReport<'p>]>,
    pub listed: bool,
}

pub fn document(
    plan: &Plan,
    items: &[Overdue],
    reports: &Reports,
    as_of: NaiveDate,
    agency: Option<&AgencyFilter>,
    by_agency: bool,
    lang: Lang,
) -> Document<'static> {
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
    // JSON's data: views of every entry, made only when JSON is printed.
    let mut doc = Document::lazy("overdue", &plan.meta.id, Some(as_of), || {
        let entries: Vec<OverdueView> = items.iter().map(|o| OverdueView::new(plan, o)).collect();
        let missing_views: Vec<MissingView> = reports
            .missing
            .unwrap_or_default()
            .iter()
            .map(|m| MissingView {
                agency: m.agency.id.as_str().into(),
                year: m.year,
                report: m.owed,
                due: m.due,
                days_overdue: m.days_overdue,
            })
            .collect();
        let report = OverdueReport {
            count: entries.len(),
            missing_reports_count: reports.missing.map(<[_]>::len),
            missing_reports: reports.listed.then_some(&missing_views),
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
        // Serialised here, while the views it borrows live.
        crate::document::json(&report)
    });
    let scope = agency.and_then(|f| {
        plan.agency(&f.agency).map(|ag| Scope {
            name: ag.name_in(lang),
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
    if let Some(line) =
        cycle::missing_reports(reports.missing.map(<[_]>::len), reports.listed, lang)
    {
        doc.push(Block::Paragraph(line));
    }
    let mut columns = vec![Word::TaskId, Word::Task];
    if !by_agency {
        columns.push(Word::Lead);
    }
    columns.extend([Word::Schedule, Word::Due, Word::DaysOverdue]);
    let mut table = Table::new("overdue", &columns)
        .constant(Word::AsOf, Cell::Date(as_of))
        .shorten(1);
    let agencies = Agencies::new(plan, as_of);
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
            r.push(agencies.cell(&o.task.id.value, Part::Lead, &o.task.lead));
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
            let inherited = inherited(plan, ag, idx.iter().map(|&i| &items[i]), lang);
            table.groups.push(Group {
                heading: Message::OverdueBlockHeading {
                    name: ag.name_in(lang),
                    id: ag.id.as_str(),
                    count: idx.len(),
                    // A letter cannot go to an agency that no longer exists:
                    // say so, and that nobody took its part over.
                    ended: ag
                        .until
                        .as_ref()
                        .filter(|u| u.value < as_of)
                        .map(|u| u.value),
                    inherited: &inherited,
                }
                .text(lang),
                cells: vec![
                    Cell::Id(ag.id.as_str().to_string()),
                    Cell::text(ag.name_in(lang)),
                ],
                rows: idx.iter().map(|&i| row(&items[i])).collect(),
            });
        }
    } else {
        table.rows = items.iter().map(row).collect();
    }
    doc.push(Block::Table(table));
    if let (true, Some(missing)) = (reports.listed, reports.missing.filter(|m| !m.is_empty())) {
        doc.push(Block::Heading(
            2,
            CycleWord::MissingReports.text(lang).to_string(),
        ));
        doc.push(Block::Table(missing_table(missing, as_of, by_agency, lang)));
    }
    doc
}

/// The reports owed and missing: one table, or one block per agency.
fn missing_table(
    missing: &[MissingReport],
    as_of: NaiveDate,
    by_agency: bool,
    lang: Lang,
) -> Table<'static> {
    let mut columns = vec![Word::AgencyId, Word::Agency];
    if by_agency {
        columns.clear();
    }
    columns.extend([
        Word::Year,
        Word::Cycle(CycleWord::ReportKind),
        Word::Due,
        Word::DaysOverdue,
    ]);
    let mut t = Table::new("missing_reports", &columns).constant(Word::AsOf, Cell::Date(as_of));
    let row = |m: &MissingReport, with_agency: bool| {
        let kind = match m.owed {
            Owed::Annual => CycleWord::OwedAnnual,
            Owed::HalfYear => CycleWord::OwedHalfYear,
            Owed::Aggregate => CycleWord::OwedAggregate,
        };
        let mut r = Vec::new();
        if with_agency {
            r.extend([
                Cell::Id(m.agency.id.as_str().to_string()),
                Cell::text(m.agency.name_in(lang)),
            ]);
        }
        r.extend([
            Cell::Integer(m.year.into()),
            Cell::Word(Word::Cycle(kind)),
            Cell::Date(m.due),
            Cell::Integer(m.days_overdue),
        ]);
        r
    };
    if by_agency {
        t.group_columns = vec![Column::new(Word::AgencyId), Column::new(Word::Agency)];
        let mut order: Vec<&crate::model::Agency> = Vec::new();
        for m in missing {
            if !order.iter().any(|a| a.id.value == m.agency.id.value) {
                order.push(m.agency);
            }
        }
        for ag in order {
            let rows: Vec<Vec<Cell>> = missing
                .iter()
                .filter(|m| m.agency.id.value == ag.id.value)
                .map(|m| row(m, false))
                .collect();
            t.groups.push(Group {
                heading: Message::OverdueBlockHeading {
                    name: ag.name_in(lang),
                    id: ag.id.as_str(),
                    count: rows.len(),
                    ended: None,
                    inherited: &[],
                }
                .text(lang),
                cells: vec![
                    Cell::Id(ag.id.as_str().to_string()),
                    Cell::text(ag.name_in(lang)),
                ],
                rows: rows.into(),
            });
        }
    } else {
        t.rows = missing.iter().map(|m| row(m, true)).collect();
    }
    t
}

/// Of an agency's overdue entries, how many it leads as the successor of an
/// agency that ended, per predecessor in the registry's order: the part of
/// each task as the plan read on the date assigns it (`Plan::heirs`).
fn inherited<'o>(
    plan: &Plan,
    heir: &Agency,
    entries: impl Iterator<Item = &'o Overdue<'o>>,
    lang: Lang,
) -> Vec<String> {
    if plan.heirs.is_empty() {
        return Vec::new();
    }
    let mut counts: Vec<(&AgencyId, usize)> = Vec::new();
    for o in entries {
        let key = (o.task.id.value.clone(), Part::Lead, heir.id.value.clone());
        if let Some(from) = plan.heirs.get(&key) {
            match counts.iter_mut().find(|(id, _)| *id == from) {
                Some((_, n)) => *n += 1,
                None => counts.push((from, 1)),
            }
        }
    }
    plan.agencies
        .iter()
        .filter_map(|a| {
            let (_, n) = counts.iter().find(|(id, _)| **id == a.id.value)?;
            let until = a.until.as_ref()?.value;
            Some(cycle::inherited(*n, a.name_in(lang), until, lang))
        })
        .collect()
}
