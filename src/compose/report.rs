//! The annual report's tables (summary, tasks, indicators, agencies) as one
//! typed document, and its JSON value.

use super::cells::{agencies as agency_cells, due as due_cell, latest as latest_cell};
use super::views::{AgencyRef, TaskView};
use crate::assess::Assessment;
use crate::catalogue::{Message, Word};
use crate::document::{Block, Cell, Document, Group, Table};
use crate::lang::Lang;
use crate::model::{Plan, TargetValue, TargetWhen};
use crate::query::report::{AgencyRow, AnnualReport, Counts, IndicatorRow, ReportReceipt, TaskRow};
use crate::status::Status;
use chrono::NaiveDate;
use serde::Serialize;

/// The tables, by the names `--table` takes and `--out-dir` writes.
pub const TABLES: [&str; 4] = ["summary", "tasks", "indicators", "agencies"];

const PARTS: [Word; 4] = [Word::Summary, Word::Tasks, Word::Indicators, Word::Agencies];

fn count_columns() -> Vec<Word> {
    let mut v = vec![Word::Total, Word::DueCount];
    v.extend(Status::ALL.iter().map(|s| Word::StatusWord(*s)));
    v.push(Word::OverdueShare);
    v
}

fn count_cells(c: &Counts) -> Vec<Cell> {
    let mut v = vec![Cell::count(c.total), Cell::count(c.due)];
    v.extend(Status::ALL.iter().map(|s| Cell::count(c.get(*s))));
    v.push(c.overdue_share().map(Cell::Percent).unwrap_or(Cell::Empty));
    v
}

pub fn summary(r: &AnnualReport) -> Table {
    let mut columns = vec![Word::Section];
    columns.extend(count_columns());
    let mut t = Table::new("summary", &columns).constant(Word::Year, Cell::Integer(r.year.into()));
    let mut all = vec![Cell::Word(Word::WholePlan)];
    all.extend(count_cells(&r.overall));
    t.rows.push(all);
    for (s, c) in &r.sections {
        let mut row = vec![Cell::Id(s.id.as_str().to_string())];
        row.extend(count_cells(c));
        t.rows.push(row);
    }
    t
}

/// The tasks, one group per section.
pub fn tasks(plan: &Plan, r: &AnnualReport, lang: Lang) -> Table {
    let mut t = Table::new(
        "tasks",
        &[
            Word::TaskId,
            Word::Task,
            Word::Lead,
            Word::Support,
            Word::Schedule,
            Word::Due,
            Word::Status,
            Word::LatestUpdate,
            Word::Source,
        ],
    )
    .constant(Word::Year, Cell::Integer(r.year.into()))
    .shorten(1);
    t.group_columns = vec![crate::document::Column::new(Word::Section)];
    // Tasks by section, grouped once: a plan may have hundreds of sections.
    let mut by_section: std::collections::HashMap<&str, Vec<&TaskRow>> = Default::default();
    for row in &r.tasks {
        by_section
            .entry(row.task.section.as_str())
            .or_default()
            .push(row);
    }
    for (sec, _) in &r.sections {
        let rows = by_section.remove(sec.id.as_str()).unwrap_or_default();
        t.groups.push(Group {
            heading: Message::SectionHeading {
                id: sec.id.as_str(),
                title: &sec.title,
            }
            .text(lang),
            cells: vec![Cell::Id(sec.id.as_str().to_string())],
            rows: rows.iter().map(|row| task_row(plan, row)).collect(),
        });
    }
    t
}

fn task_row(plan: &Plan, row: &TaskRow) -> Vec<Cell> {
    let t = row.task;
    let (latest, source) = match row.state.latest {
        Some(u) => (latest_cell(u), Cell::opt_text(u.source.as_deref())),
        None => (Cell::Word(Word::NoUpdate), Cell::Empty),
    };
    vec![
        Cell::Id(t.id.as_str().to_string()),
        Cell::text(&t.title),
        agency_cells(plan, &t.lead),
        agency_cells(plan, &t.support),
        Cell::opt_text(t.schedule.as_deref()),
        due_cell(t),
        Cell::Status(row.state.status),
        latest,
        source,
    ]
}

fn target_cell(v: &TargetValue) -> Cell {
    match v {
        TargetValue::Value(v) => Cell::Number(*v),
        TargetValue::Range { min, max } => Cell::Range {
            min: *min,
            max: *max,
        },
        TargetValue::Text(s) => Cell::text(s),
    }
}

/// One row per target: the indicator, the target, the actuals of the year and
/// the year before, the figure judged and the judgement.
pub fn indicators(rows: &[IndicatorRow], year: i32) -> Table {
    let mut t = Table::new(
        "indicators",
        &[
            Word::Code,
            Word::Indicator,
            Word::Unit,
            Word::TargetFor,
            Word::Target,
            Word::ActualPreviousYear,
            Word::Actual,
            Word::FigureJudged,
            Word::Assessment,
        ],
    )
    .constant(Word::Year, Cell::Integer(year.into()))
    .shorten(1);
    for r in rows {
        for target in &r.targets {
            t.rows.push(vec![
                Cell::Id(r.indicator.id.as_str().to_string()),
                Cell::text(&r.indicator.name),
                Cell::text(&r.indicator.unit),
                Cell::Label(target.target.when.to_string()),
                target_cell(&target.target.value),
                Cell::opt_number(r.actual_previous),
                Cell::opt_number(r.actual),
                Cell::opt_number(target.judgement.actual),
                Cell::Assessment(target.judgement.assessment),
            ]);
        }
    }
    t
}

pub fn agencies(rows: &[AgencyRow], year: i32) -> Table {
    let mut t = Table::new(
        "agencies",
        &[
            Word::Code,
            Word::Agency,
            Word::Leads,
            Word::Done,
            Word::Overdue,
            Word::AnnualReport,
            Word::ReceivedOn,
        ],
    )
    .constant(Word::Year, Cell::Integer(year.into()))
    .shorten(1);
    for r in rows {
        let (receipt, on) = match r.report {
            None => (Cell::Word(Word::NoReportExpected), Cell::Empty),
            Some((receipt, on)) => (
                Cell::Receipt(receipt),
                on.map(Cell::Date).unwrap_or(Cell::Empty),
            ),
        };
        t.rows.push(vec![
            Cell::Id(r.agency.id.as_str().to_string()),
            Cell::text(&r.agency.name),
            Cell::count(r.led),
            Cell::count(r.done),
            Cell::count(r.overdue),
            receipt,
            on,
        ]);
    }
    t
}

/// The report as one document: every table, or only `only`.
pub fn document(plan: &Plan, r: &AnnualReport, lang: Lang, only: Option<&str>) -> Document {
    let mut doc = Document::new("report", &plan.meta.id, Some(r.as_of), &view(plan, r));
    if only.is_none() {
        doc.push(Block::Title(
            Message::ReportTitle {
                plan: &plan.meta.id,
                year: r.year,
            }
            .text(lang),
        ));
        doc.push(Block::Paragraph(
            Message::ReportAsOf { as_of: r.as_of }.text(lang),
        ));
    }
    for (i, name) in TABLES.iter().enumerate() {
        if only.is_some_and(|o| o != *name) {
            continue;
        }
        let part = PARTS[i];
        let heading = match only {
            None => Message::ReportPart {
                number: i as u8 + 1,
                part,
            },
            Some(_) => Message::ReportTableHeading { part, end: r.as_of },
        };
        doc.push(Block::Heading(2, heading.text(lang)));
        doc.push(Block::Table(match *name {
            "summary" => summary(r),
            "tasks" => tasks(plan, r, lang),
            "indicators" => indicators(&r.indicators, r.year),
            _ => agencies(&r.agencies, r.year),
        }));
    }
    if only.is_none() {
        super::history::append(&mut doc, plan, r, lang);
        super::charts::append(&mut doc, plan, r, lang);
    }
    doc
}

/// The document of `plan targets`.
pub fn targets(plan: &Plan, rows: &[IndicatorRow], year: i32, lang: Lang) -> Document {
    #[derive(Serialize)]
    struct View {
        year: i32,
        indicators: Vec<IndicatorView>,
    }
    let end = NaiveDate::from_ymd_opt(year, 12, 31);
    let mut doc = Document::new(
        "targets",
        &plan.meta.id,
        end,
        &View {
            year,
            indicators: indicator_views(rows),
        },
    );
    doc.push(Block::Title(Message::TargetsTitle { year }.text(lang)));
    doc.push(Block::Table(indicators(rows, year)));
    doc
}

#[derive(Serialize)]
struct CountsView {
    total: usize,
    due: usize,
    done_on_time: usize,
    done_late: usize,
    in_progress: usize,
    overdue: usize,
    ongoing: usize,
    cancelled: usize,
    overdue_share: Option<f64>,
}

impl From<&Counts> for CountsView {
    fn from(c: &Counts) -> Self {
        CountsView {
            total: c.total,
            due: c.due,
            done_on_time: c.get(Status::DoneOnTime),
            done_late: c.get(Status::DoneLate),
            in_progress: c.get(Status::InProgress),
            overdue: c.get(Status::Overdue),
            ongoing: c.get(Status::Ongoing),
            cancelled: c.get(Status::Cancelled),
            overdue_share: c.overdue_share(),
        }
    }
}

#[derive(Serialize)]
struct SectionCounts {
    id: String,
    title: String,
    #[serde(flatten)]
    counts: CountsView,
}

#[derive(Serialize)]
struct Summary {
    #[serde(flatten)]
    overall: CountsView,
    sections: Vec<SectionCounts>,
}

#[derive(Serialize)]
struct ReportTask {
    #[serde(flatten)]
    task: TaskView,
    #[serde(skip_serializing_if = "Option::is_none")]
    latest_update: Option<super::views::UpdateView>,
}

#[derive(Serialize)]
pub struct TargetView {
    #[serde(skip_serializing_if = "Option::is_none")]
    year: Option<i32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    period: Option<[i32; 2]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    value: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    min: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    max: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    text: Option<String>,
    actual: Option<f64>,
    assessment: Assessment,
}

#[derive(Serialize)]
pub struct IndicatorView {
    id: String,
    name: String,
    unit: String,
    actual: Option<f64>,
    actual_previous_year: Option<f64>,
    targets: Vec<TargetView>,
}

pub fn indicator_views(rows: &[IndicatorRow]) -> Vec<IndicatorView> {
    rows.iter()
        .map(|r| IndicatorView {
            id: r.indicator.id.as_str().to_string(),
            name: r.indicator.name.clone(),
            unit: r.indicator.unit.clone(),
            actual: r.actual,
            actual_previous_year: r.actual_previous,
            targets: r
                .targets
                .iter()
                .map(|t| {
                    let (year, period) = match t.target.when {
                        TargetWhen::Year(y) => (Some(y), None),
                        TargetWhen::Period(a, b) => (None, Some([a, b])),
                    };
                    let (value, min, max, text) = match &t.target.value {
                        TargetValue::Value(v) => (Some(*v), None, None, None),
                        TargetValue::Range { min, max } => (None, *min, *max, None),
                        TargetValue::Text(s) => (None, None, None, Some(s.clone())),
                    };
                    TargetView {
                        year,
                        period,
                        value,
                        min,
                        max,
                        text,
                        actual: t.judgement.actual,
                        assessment: t.judgement.assessment,
                    }
                })
                .collect(),
        })
        .collect()
}

#[derive(Serialize)]
struct AgencyView {
    #[serde(flatten)]
    agency: AgencyRef,
    led: usize,
    done: usize,
    overdue: usize,
    report: Option<ReportReceipt>,
    #[serde(skip_serializing_if = "Option::is_none")]
    received_on: Option<NaiveDate>,
}

#[derive(Serialize)]
struct ReportView {
    year: i32,
    summary: Summary,
    tasks: Vec<ReportTask>,
    indicators: Vec<IndicatorView>,
    agencies: Vec<AgencyView>,
}

fn view(plan: &Plan, r: &AnnualReport) -> ReportView {
    ReportView {
        year: r.year,
        summary: Summary {
            overall: (&r.overall).into(),
            sections: r
                .sections
                .iter()
                .map(|(s, c)| SectionCounts {
                    id: s.id.as_str().into(),
                    title: s.title.clone(),
                    counts: c.into(),
                })
                .collect(),
        },
        tasks: r
            .tasks
            .iter()
            .map(|t| ReportTask {
                task: TaskView::new(plan, t.task, &t.state),
                latest_update: t.state.latest.map(Into::into),
            })
            .collect(),
        indicators: indicator_views(&r.indicators),
        agencies: r
            .agencies
            .iter()
            .map(|a| AgencyView {
                agency: AgencyRef {
                    id: a.agency.id.as_str().into(),
                    name: a.agency.name.clone(),
                },
                led: a.led,
                done: a.done,
                overdue: a.overdue,
                report: a.report.map(|(k, _)| k),
                received_on: a.report.and_then(|(_, d)| d),
            })
            .collect(),
    }
}
