//! The annual report's tables (summary, tasks, indicators, agencies) as one
//! typed document, and its JSON value.

use super::cells::{due as due_cell, latest as latest_cell, Agencies};
use super::views::{AgencyRef, TaskView};
use crate::assess::Assessment;
use crate::catalogue::{CycleWord, Message, Word};
use crate::document::{Block, Cell, Document, Group, Rows, Table};
use crate::lang::Lang;
use crate::model::{Plan, TargetValue, TargetWhen};
use crate::query::report::{AgencyRow, AnnualReport, Counts, IndicatorRow, ReportReceipt, TaskRow};
use crate::recurring::YearStatus;
use crate::status::Status;
use crate::timeline::Part;
use chrono::NaiveDate;
use serde::Serialize;

/// The tables, by the names `--table` takes and `--out-dir` writes.
/// `comparison` is there only with `--compare`.
pub const TABLES: [&str; 7] = [
    "summary",
    "tasks",
    "recurring",
    "indicators",
    "scorecard",
    "difficulties",
    "comparison",
];

const PARTS: [Word; 7] = [
    Word::Summary,
    Word::Tasks,
    Word::Cycle(CycleWord::Recurring),
    Word::Indicators,
    Word::Cycle(CycleWord::Scorecard),
    Word::Cycle(CycleWord::Difficulties),
    Word::Cycle(CycleWord::Comparison),
];

/// The summary's columns: the total, its partition by status, then the due
/// tasks, the part of them done on time and the part due on the report's
/// date itself (the rest of "due" is done late or overdue), then the overdue
/// share.
fn count_columns() -> Vec<Word> {
    let mut v = vec![Word::Total];
    v.extend(Status::ALL.iter().map(|s| Word::StatusWord(*s)));
    v.push(Word::DueCount);
    v.push(Word::Cycle(CycleWord::DueDoneOnTime));
    v.push(Word::Cycle(CycleWord::DueInProgress));
    v.push(Word::OverdueShare);
    v
}

fn count_cells(c: &Counts) -> Vec<Cell> {
    let mut v = vec![Cell::count(c.total)];
    v.extend(Status::ALL.iter().map(|s| Cell::count(c.get(*s))));
    v.push(Cell::count(c.due));
    v.push(Cell::count(c.due_get(Status::DoneOnTime)));
    v.push(Cell::count(c.due_get(Status::InProgress)));
    v.push(c.overdue_share().map(Cell::Percent).unwrap_or(Cell::Empty));
    v
}

fn rate(v: Option<f64>) -> Cell {
    v.map(Cell::Percent).unwrap_or(Cell::Empty)
}

/// Recurring tasks by lead agency, by the year's status.
pub fn recurring(r: &AnnualReport) -> Table<'static> {
    let mut columns = vec![
        Word::Code,
        Word::Agency,
        Word::Cycle(CycleWord::RecurringCount),
    ];
    columns.extend(
        YearStatus::ALL
            .iter()
            .map(|s| Word::Cycle(CycleWord::YearStatus(*s))),
    );
    let mut t = Table::new("recurring", &columns)
        .constant(Word::Year, Cell::Integer(r.year.into()))
        .shorten(1);
    for (agency, counts) in &r.recurring {
        let mut row = vec![
            Cell::Id(agency.id.as_str().to_string()),
            super::cells::agency(agency),
            Cell::count(counts.values().sum()),
        ];
        row.extend(
            YearStatus::ALL
                .iter()
                .map(|s| Cell::count(counts.get(s).copied().unwrap_or(0))),
        );
        t.rows.push(row);
    }
    t
}

/// The agency scorecard: the agencies that lag first.
pub fn scorecard(r: &AnnualReport) -> Table<'static> {
    use CycleWord as C;
    let mut t = Table::new(
        "scorecard",
        &[
            Word::Code,
            Word::Agency,
            Word::DueCount,
            Word::StatusWord(Status::DoneOnTime),
            Word::StatusWord(Status::DoneLate),
            Word::StatusWord(Status::Overdue),
            Word::StatusWord(Status::InProgress),
            Word::Cycle(C::CompletionRate),
            Word::Cycle(C::OnTimeRate),
            Word::Cycle(C::Age30),
            Word::Cycle(C::Age90),
            Word::Cycle(C::Age180),
            Word::Cycle(C::AgeOver180),
            Word::Cycle(C::RecurringReported),
            Word::Cycle(C::RecurringNotReported),
            Word::AnnualReport,
            Word::ReceivedOn,
        ],
    )
    .constant(Word::Year, Cell::Integer(r.year.into()))
    .shorten(1);
    for s in &r.scorecard {
        let Some(a) = s.agency else { continue };
        let (receipt, on) = match s.receipt {
            None => (Cell::Word(Word::NoReportExpected), Cell::Empty),
            Some((receipt, on)) => (
                Cell::Receipt(receipt),
                on.map(Cell::Date).unwrap_or(Cell::Empty),
            ),
        };
        let mut row = vec![
            Cell::Id(a.id.as_str().to_string()),
            super::cells::agency(a),
            Cell::count(s.due),
            Cell::count(s.done_on_time),
            Cell::count(s.done_late),
            Cell::count(s.overdue),
            Cell::count(s.in_progress),
            rate(s.completion_rate()),
            rate(s.on_time_rate()),
        ];
        row.extend(s.overdue_by_age.iter().map(|n| Cell::count(*n)));
        row.extend([
            Cell::count(s.recurring_reported),
            Cell::count(s.recurring_not_reported),
            receipt,
            on,
        ]);
        t.rows.push(row);
    }
    t
}

/// The difficulties and recommendations reported in the year, one group per
/// lead agency: the part of the report the People's Committee acts on.
pub fn difficulties(r: &AnnualReport, lang: Lang) -> Table<'static> {
    use CycleWord as C;
    let mut t = Table::new(
        "difficulties",
        &[
            Word::TaskId,
            Word::Task,
            Word::Cycle(C::Date),
            Word::Cycle(C::DifficultiesCol),
            Word::Cycle(C::Recommendations),
            Word::Cycle(C::Result),
            Word::Cycle(C::Evidence),
        ],
    )
    .constant(Word::Year, Cell::Integer(r.year.into()))
    .shorten(1);
    t.group_columns = vec![crate::document::Column::new(Word::Agency)];
    for (agency, rows) in &r.difficulties {
        t.groups.push(Group {
            // "sxd – Sở Xây dựng", as sections are headed.
            heading: Message::SectionHeading {
                id: agency.id.as_str(),
                title: agency.name_in(lang),
            }
            .text(lang),
            cells: vec![Cell::text(agency.name_in(lang))],
            rows: rows
                .iter()
                .map(|d| {
                    vec![
                        Cell::Id(d.task.id.as_str().to_string()),
                        Cell::text(&d.task.title),
                        Cell::Date(d.update.on),
                        Cell::opt_text(d.update.difficulties.as_deref()),
                        Cell::opt_text(d.update.recommendations.as_deref()),
                        Cell::opt_text(d.update.result.as_deref()),
                        Cell::opt_text(d.update.evidence.as_deref()),
                    ]
                })
                .collect(),
        });
    }
    t
}

/// This year's figures beside another year's, with the change.
pub fn comparison(r: &AnnualReport, other: &AnnualReport) -> Table<'static> {
    use CycleWord as C;
    let mut t = Table::new(
        "comparison",
        &[
            Word::Cycle(C::Measure),
            Word::Cycle(C::ThisYear),
            Word::Cycle(C::OtherYear),
            Word::Cycle(C::Difference),
        ],
    )
    .constant(Word::Year, Cell::Integer(r.year.into()));
    let counts = |c: &Counts| -> Vec<(Word, f64)> {
        let mut v = vec![
            (Word::Total, c.total as f64),
            (Word::DueCount, c.due as f64),
        ];
        v.extend(
            Status::ALL
                .iter()
                .map(|s| (Word::StatusWord(*s), c.get(*s) as f64)),
        );
        // Cancelled recurring tasks are already in "Cancelled" above.
        v.extend(
            YearStatus::ALL
                .iter()
                .filter(|s| **s != YearStatus::Cancelled)
                .map(|s| (Word::Cycle(C::YearStatus(*s)), c.recurring_get(*s) as f64)),
        );
        v
    };
    for ((w, a), (_, b)) in counts(&r.overall).into_iter().zip(counts(&other.overall)) {
        t.rows.push(vec![
            Cell::Word(w),
            Cell::Number(a),
            Cell::Number(b),
            Cell::Number(a - b),
        ]);
    }
    let (a, b) = (r.overall.overdue_share(), other.overall.overdue_share());
    t.rows.push(vec![
        Cell::Word(Word::OverdueShare),
        rate(a),
        rate(b),
        match (a, b) {
            (Some(a), Some(b)) => Cell::Number(a - b),
            _ => Cell::Empty,
        },
    ]);
    t
}

pub fn summary(r: &AnnualReport) -> Table<'static> {
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
pub fn tasks<'a>(plan: &'a Plan, r: &'a AnnualReport<'_>, lang: Lang) -> Table<'a> {
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
    let mut by_section: std::collections::HashMap<&str, Vec<&'a TaskRow>> = Default::default();
    for row in &r.tasks {
        by_section
            .entry(row.task.section.as_str())
            .or_default()
            .push(row);
    }
    // One set of agency cells for every section's rows.
    let agencies = std::sync::Arc::new(Agencies::new(plan, r.as_of));
    for (sec, _) in &r.sections {
        let rows = by_section.remove(sec.id.as_str()).unwrap_or_default();
        let agencies = agencies.clone();
        t.groups.push(Group {
            heading: Message::SectionHeading {
                id: sec.id.as_str(),
                title: &sec.title,
            }
            .text(lang),
            cells: vec![Cell::Id(sec.id.as_str().to_string())],
            // A row a task, made as it is written (`Rows::made`).
            rows: Rows::made(rows.len(), move |i| task_row(&agencies, rows[i])),
        });
    }
    t
}

fn task_row(agencies: &Agencies, row: &TaskRow) -> Vec<Cell> {
    let t = row.task;
    let (latest, source) = match row.state.latest {
        Some(u) => (latest_cell(u), Cell::opt_text(u.source.as_deref())),
        None => (Cell::Word(Word::NoUpdate), Cell::Empty),
    };
    vec![
        Cell::Id(t.id.as_str().to_string()),
        Cell::text(&t.title),
        agencies.cell(&t.id.value, Part::Lead, &t.lead),
        agencies.cell(&t.id.value, Part::Support, &t.support),
        Cell::opt_text(t.schedule.as_deref()),
        due_cell(t),
        // A recurring task is judged on the year: its standing says how.
        match row
            .year_status
            .filter(|_| row.state.status != Status::Cancelled)
        {
            Some(ys) => Cell::List {
                items: vec![
                    Cell::Status(row.state.status),
                    Cell::Word(Word::Cycle(CycleWord::YearStatus(ys))),
                ],
                lines: true,
            },
            None => Cell::Status(row.state.status),
        },
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
pub fn indicators(rows: &[IndicatorRow], year: i32) -> Table<'static> {
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

pub fn agencies(rows: &[AgencyRow], year: i32) -> Table<'static> {
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
            super::cells::agency(r.agency),
            Cell::count(r.led),
            Cell::count(r.done),
            Cell::count(r.overdue),
            receipt,
            on,
        ]);
    }
    t
}

/// The report as one document: every table, or only `only`; with `other`,
/// the comparison with that year's report too.
pub fn document<'a>(
    plan: &'a Plan,
    r: &'a AnnualReport<'_>,
    other: Option<&AnnualReport>,
    lang: Lang,
    only: Option<&str>,
) -> Document<'a> {
    let mut doc = Document::lazy("report", &plan.meta.id, Some(r.as_of), || {
        crate::document::json(&view(plan, r, other))
    });
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
        doc.push(Block::Paragraph(
            Message::ReportSummary {
                year: r.year,
                counts: &r.overall,
            }
            .text(lang),
        ));
    }
    let mut number = 0;
    for (i, name) in TABLES.iter().enumerate() {
        if only.is_some_and(|o| o != *name) || (*name == "comparison" && other.is_none()) {
            continue;
        }
        number += 1;
        let part = PARTS[i];
        let heading = match only {
            None => Message::ReportPart { number, part },
            Some(_) => Message::ReportTableHeading { part, end: r.as_of },
        };
        doc.push(Block::Heading(2, heading.text(lang)));
        doc.push(Block::Table(match *name {
            "summary" => summary(r),
            "tasks" => tasks(plan, r, lang),
            "recurring" => recurring(r),
            "indicators" => indicators(&r.indicators, r.year),
            "scorecard" => scorecard(r),
            "difficulties" => difficulties(r, lang),
            _ => match other {
                Some(o) => comparison(r, o),
                None => Table::default(),
            },
        }));
        let note = match *name {
            "summary" => Some(CycleWord::SummaryNote),
            "recurring" => Some(CycleWord::RecurringNote),
            _ => None,
        };
        if let (Some(note), None) = (note, only) {
            doc.push(Block::Paragraph(note.text(lang).to_string()));
        }
    }
    if only.is_none() {
        super::history::append(&mut doc, r, lang);
        super::charts::append(&mut doc, plan, r, lang);
    }
    doc
}

/// The document of `plan targets`.
pub fn targets(plan: &Plan, rows: &[IndicatorRow], year: i32, lang: Lang) -> Document<'static> {
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
    /// Of `due`: done on time.
    due_done_on_time: usize,
    /// Of `due`: due on the report's date itself and not done yet (not overdue
    /// until the next day). `due` = this + due_done_on_time + done_late + overdue.
    due_in_progress: usize,
    overdue_share: Option<f64>,
    recurring: RecurringView,
}

/// Recurring tasks by the year's status; they add up to the recurring tasks.
#[derive(Serialize)]
struct RecurringView {
    done: usize,
    in_progress: usize,
    pending: usize,
    not_reported: usize,
    cancelled: usize,
}

impl RecurringView {
    fn of(get: impl Fn(YearStatus) -> usize) -> RecurringView {
        RecurringView {
            done: get(YearStatus::Done),
            in_progress: get(YearStatus::InProgress),
            pending: get(YearStatus::Pending),
            not_reported: get(YearStatus::NotReported),
            cancelled: get(YearStatus::Cancelled),
        }
    }
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
            due_done_on_time: c.due_get(Status::DoneOnTime),
            due_in_progress: c.due_get(Status::InProgress),
            overdue_share: c.overdue_share(),
            recurring: RecurringView::of(|s| c.recurring_get(s)),
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
    /// A recurring task's status for the year; `null` for tasks with deadlines.
    year_status: Option<YearStatus>,
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
struct AgeView {
    up_to_30: usize,
    from_31_to_90: usize,
    from_91_to_180: usize,
    over_180: usize,
}

#[derive(Serialize)]
struct ScoreView {
    #[serde(flatten)]
    agency: AgencyRef,
    due: usize,
    done_on_time: usize,
    done_late: usize,
    overdue: usize,
    in_progress: usize,
    done_early: usize,
    completion_rate: Option<f64>,
    on_time_rate: Option<f64>,
    overdue_by_age: AgeView,
    recurring_reported: usize,
    recurring_not_reported: usize,
    /// `null` for collectives and central bodies, which send no report.
    report: Option<ReportReceipt>,
    #[serde(skip_serializing_if = "Option::is_none")]
    received_on: Option<NaiveDate>,
}

#[derive(Serialize)]
struct RecurringAgencyView {
    #[serde(flatten)]
    agency: AgencyRef,
    #[serde(flatten)]
    counts: RecurringView,
}

#[derive(Serialize)]
struct DifficultyView {
    agency: String,
    task: String,
    on: NaiveDate,
    difficulties: Option<String>,
    recommendations: Option<String>,
    result: Option<String>,
    evidence: Option<String>,
}

#[derive(Serialize)]
struct ComparisonView {
    year: i32,
    summary: CountsView,
}

#[derive(Serialize)]
struct ReportView {
    year: i32,
    period: crate::model::Period,
    summary: Summary,
    tasks: Vec<ReportTask>,
    recurring: Vec<RecurringAgencyView>,
    indicators: Vec<IndicatorView>,
    scorecard: Vec<ScoreView>,
    difficulties: Vec<DifficultyView>,
    #[serde(skip_serializing_if = "Option::is_none")]
    compared_with: Option<ComparisonView>,
}

fn agency_ref(a: &crate::model::Agency) -> AgencyRef {
    AgencyRef {
        id: a.id.as_str().into(),
        name: a.name.clone(),
    }
}

fn view(plan: &Plan, r: &AnnualReport, other: Option<&AnnualReport>) -> ReportView {
    ReportView {
        year: r.year,
        period: r.period,
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
                year_status: t.year_status,
                latest_update: t.state.latest.map(Into::into),
            })
            .collect(),
        recurring: r
            .recurring
            .iter()
            .map(|(a, c)| RecurringAgencyView {
                agency: agency_ref(a),
                counts: RecurringView::of(|s| c.get(&s).copied().unwrap_or(0)),
            })
            .collect(),
        indicators: indicator_views(&r.indicators),
        scorecard: r
            .scorecard
            .iter()
            .filter_map(|s| {
                let a = s.agency?;
                let [a30, a90, a180, over] = s.overdue_by_age;
                Some(ScoreView {
                    agency: agency_ref(a),
                    due: s.due,
                    done_on_time: s.done_on_time,
                    done_late: s.done_late,
                    overdue: s.overdue,
                    in_progress: s.in_progress,
                    done_early: s.done_early,
                    completion_rate: s.completion_rate(),
                    on_time_rate: s.on_time_rate(),
                    overdue_by_age: AgeView {
                        up_to_30: a30,
                        from_31_to_90: a90,
                        from_91_to_180: a180,
                        over_180: over,
                    },
                    recurring_reported: s.recurring_reported,
                    recurring_not_reported: s.recurring_not_reported,
                    report: s.receipt.map(|(k, _)| k),
                    received_on: s.receipt.and_then(|(_, d)| d),
                })
            })
            .collect(),
        difficulties: r
            .difficulties
            .iter()
            .flat_map(|(a, rows)| {
                rows.iter().map(move |d| DifficultyView {
                    agency: a.id.as_str().into(),
                    task: d.task.id.as_str().into(),
                    on: d.update.on,
                    difficulties: d.update.difficulties.clone(),
                    recommendations: d.update.recommendations.clone(),
                    result: d.update.result.clone(),
                    evidence: d.update.evidence.clone(),
                })
            })
            .collect(),
        compared_with: other.map(|o| ComparisonView {
            year: o.year,
            summary: (&o.overall).into(),
        }),
    }
}
