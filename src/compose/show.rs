//! `plan show ID` as a document: every field of one task, its milestones, its
//! status on a date and its history (updates after that date marked later).

use super::cells::Agencies;
use super::views::{TaskView, UpdateView};
use crate::catalogue::{cycle, CycleWord, Message, Word};
use crate::document::{Block, Cell, Document, MilestoneRef, Table};
use crate::lang::Lang;
use crate::model::{Amendment, Change, Plan, Task, Timing, Update};
use crate::recurring::YearStatus;
use crate::status::TaskState;
use crate::timeline::Part;
use chrono::NaiveDate;
use serde::Serialize;

#[derive(Serialize)]
struct ShowView {
    #[serde(flatten)]
    task: TaskView,
    history: Vec<HistoryView>,
}

#[derive(Serialize)]
struct HistoryView {
    #[serde(flatten)]
    update: UpdateView,
    /// After the date asked: it does not count in `status`.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    later: bool,
}

/// What `show` says beyond the task itself: the amendments in force on the
/// date, and a recurring task's record year by year.
pub struct Extra<'p> {
    pub amendments: Vec<&'p Amendment>,
    pub by_year: Vec<(i32, YearStatus)>,
}

pub fn document(
    plan: &Plan,
    task: &Task,
    state: &TaskState,
    history: &[&Update],
    extra: &Extra,
    as_of: NaiveDate,
    lang: Lang,
) -> Document<'static> {
    let view = ShowView {
        task: TaskView::new(plan, task, state),
        history: history
            .iter()
            .map(|u| HistoryView {
                update: UpdateView::from(*u),
                later: u.on > as_of,
            })
            .collect(),
    };
    let mut doc = Document::new("show", &plan.meta.id, Some(as_of), &view);
    let mut t = Table::new("task", &[Word::Field, Word::Value]);
    let mut add = |k: Cell, v: Cell| t.rows.push(vec![k, v]);
    add(
        Cell::Word(Word::TaskId),
        Cell::Id(task.id.as_str().to_string()),
    );
    if let Some(s) = plan.sections.iter().find(|s| s.id.value == task.section) {
        add(
            Cell::Word(Word::Section),
            Cell::text(
                Message::SectionHeading {
                    id: s.id.as_str(),
                    title: &s.title,
                }
                .text(lang),
            ),
        );
    }
    add(Cell::Word(Word::Task), Cell::text(&task.title));
    let agencies = Agencies::new(plan, as_of);
    add(
        Cell::Word(Word::Lead),
        agencies.cell(&task.id.value, Part::Lead, &task.lead),
    );
    add(
        Cell::Word(Word::Support),
        agencies.cell(&task.id.value, Part::Support, &task.support),
    );
    if let Some(s) = &task.schedule {
        add(Cell::Word(Word::Schedule), Cell::text(s));
    }
    if let Some(s) = &task.start {
        add(Cell::Word(Word::Start), Cell::Date(s.value));
    }
    match &task.timing {
        Timing::Due(d) => add(Cell::Word(Word::Due), Cell::Date(d.value)),
        Timing::Milestones(_) => {
            for m in &state.milestones {
                add(
                    Cell::Label(Message::MilestoneLabel { number: m.number }.text(lang)),
                    Cell::Milestone(Box::new(MilestoneRef {
                        due: m.due,
                        what: m.what.to_string(),
                        status: m.status,
                    })),
                );
            }
        }
        Timing::Ongoing => add(Cell::Word(Word::Due), Cell::Word(Word::OngoingNoDeadline)),
    }
    add(
        Cell::Word(Word::Deliverables),
        Cell::List {
            items: task
                .deliverables
                .iter()
                .map(|d| Cell::text(format!("- {d}")))
                .collect(),
            lines: true,
        },
    );
    if !task.indicators.is_empty() {
        add(
            Cell::Word(Word::TrackedIndicators),
            Cell::List {
                items: task
                    .indicators
                    .iter()
                    .map(|i| Cell::Id(i.as_str().to_string()))
                    .collect(),
                lines: false,
            },
        );
    }
    // The date is a row of its own: a spreadsheet keys on the first
    // column, which must not change from day to day.
    add(Cell::Word(Word::AsOf), Cell::Date(as_of));
    add(Cell::Word(Word::Status), Cell::Status(state.status));
    if !extra.by_year.is_empty() {
        add(
            Cell::Word(Word::Cycle(CycleWord::ByYear)),
            Cell::List {
                items: extra
                    .by_year
                    .iter()
                    .map(|(y, s)| Cell::text(cycle::year_line(*y, *s, lang)))
                    .collect(),
                lines: true,
            },
        );
    }
    if !extra.amendments.is_empty() {
        add(
            Cell::Word(Word::Cycle(CycleWord::Amended)),
            Cell::List {
                items: extra
                    .amendments
                    .iter()
                    .map(|a| {
                        let (fields, cancel, added) = match &a.change {
                            Change::Terms(t) => (t.fields(), false, false),
                            Change::Cancel => (vec![], true, false),
                            Change::Add(_) => (vec![], false, true),
                        };
                        Cell::text(cycle::amendment_line(
                            &a.decision.number,
                            a.decision.issued_on,
                            a.from,
                            &cycle::change_words(&fields, cancel, added, lang),
                            lang,
                        ))
                    })
                    .collect(),
                lines: true,
            },
        );
    }
    let hist = if history.is_empty() {
        Cell::Word(Word::NoUpdateYet)
    } else {
        Cell::List {
            items: history
                .iter()
                .flat_map(|u| {
                    let line = Cell::History(Box::new(super::cells::update(
                        u,
                        (u.on > as_of).then_some(as_of),
                    )));
                    // What the agency reported beyond the status, one a line.
                    let details = [
                        (CycleWord::Result, &u.result),
                        (CycleWord::DifficultiesCol, &u.difficulties),
                        (CycleWord::Recommendations, &u.recommendations),
                        (CycleWord::Evidence, &u.evidence),
                    ]
                    .into_iter()
                    .filter_map(|(w, v)| {
                        v.as_deref().map(|v| Cell::text(cycle::detail(w, v, lang)))
                    });
                    std::iter::once(line).chain(details)
                })
                .collect(),
            lines: true,
        }
    };
    add(Cell::Word(Word::History), hist);
    doc.push(Block::Table(t));
    doc
}
