//! The annual (or half-year) report: the state of the plan on a date, as the
//! tables that go into the People's Committee's report.

use crate::assess::{assess, Judgement, Series};
use crate::model::{Agency, Indicator, Period, Plan, Section, Target, Task, Update};
use crate::recurring::{year_status, YearStatus};
use crate::status::{Log, Status, TaskState};
use chrono::NaiveDate;
use std::collections::{BTreeMap, HashMap};

/// Tasks counted by status, as official task-tracking reports count them.
///
/// `by_status` is a partition: every task is in exactly one status, so the
/// statuses add up to `total`. "Đến hạn" is a sub-breakdown of it:
/// `due_by_status` counts the due tasks by their status and adds up to `due`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Counts {
    pub total: usize,
    pub by_status: BTreeMap<Status, usize>,
    /// Nhiệm vụ đến hạn: tasks whose final deadline has come, or that are
    /// overdue on an earlier milestone; cancelled and ongoing tasks are not.
    pub due: usize,
    /// The due tasks by status (done on time, done late, overdue, and in
    /// progress when due on the date itself): a task done on time before its
    /// deadline came is done but not yet due.
    pub due_by_status: BTreeMap<Status, usize>,
    /// Recurring tasks by the year's status (cancelled ones included), adding
    /// up to the number of recurring tasks.
    pub recurring: BTreeMap<YearStatus, usize>,
}

impl Counts {
    pub fn get(&self, s: Status) -> usize {
        self.by_status.get(&s).copied().unwrap_or(0)
    }

    /// Due tasks with status `s`.
    pub fn due_get(&self, s: Status) -> usize {
        self.due_by_status.get(&s).copied().unwrap_or(0)
    }

    pub fn recurring_get(&self, s: YearStatus) -> usize {
        self.recurring.get(&s).copied().unwrap_or(0)
    }

    /// The share of due tasks that are overdue, in percent.
    pub fn overdue_share(&self) -> Option<f64> {
        (self.due > 0).then(|| 100.0 * self.get(Status::Overdue) as f64 / self.due as f64)
    }

    fn add(&mut self, row: &TaskRow, as_of: NaiveDate) {
        self.total += 1;
        *self.by_status.entry(row.state.status).or_default() += 1;
        if is_due(row.task, &row.state, as_of) {
            self.due += 1;
            *self.due_by_status.entry(row.state.status).or_default() += 1;
        }
        if let Some(ys) = row.year_status {
            *self.recurring.entry(ys).or_default() += 1;
        }
    }
}

/// "Đến hạn": the final deadline has come by the date, or an earlier
/// milestone is overdue; cancelled tasks are not counted.
pub fn is_due(task: &Task, state: &TaskState, as_of: NaiveDate) -> bool {
    let deadline_came = task.final_due().is_some_and(|d| d <= as_of);
    state.status != Status::Cancelled && (deadline_came || state.status == Status::Overdue)
}

pub struct TaskRow<'p> {
    pub task: &'p Task,
    pub state: TaskState<'p>,
    /// For a recurring task, the status of the report's year; `None` for
    /// tasks with deadlines.
    pub year_status: Option<YearStatus>,
}

pub struct TargetRow<'p> {
    pub target: &'p Target,
    pub judgement: Judgement,
}

pub struct IndicatorRow<'p> {
    pub indicator: &'p Indicator,
    pub targets: Vec<TargetRow<'p>>,
    /// The actuals of the report's year and the year before.
    pub actual: Option<f64>,
    pub actual_previous: Option<f64>,
}

pub use super::receipts::ReportReceipt;
use super::{receipts, scorecard};

pub struct AgencyRow<'p> {
    pub agency: &'p Agency,
    pub led: usize,
    pub done: usize,
    pub overdue: usize,
    /// `None` for collectives and central bodies, which do not send the
    /// province an annual report of their own.
    pub report: Option<(ReportReceipt, Option<NaiveDate>)>,
}

pub struct AnnualReport<'p> {
    pub year: i32,
    pub period: Period,
    pub as_of: NaiveDate,
    pub overall: Counts,
    pub sections: Vec<(&'p Section, Counts)>,
    pub tasks: Vec<TaskRow<'p>>,
    pub indicators: Vec<IndicatorRow<'p>>,
    pub agencies: Vec<AgencyRow<'p>>,
    /// Each lead agency's record, the agencies that lag first.
    pub scorecard: Vec<scorecard::ScoreRow<'p>>,
    /// Recurring tasks by lead agency: how many stand in each yearly status.
    pub recurring: Vec<(&'p Agency, BTreeMap<YearStatus, usize>)>,
    /// The difficulties and recommendations reported in the year, by the lead
    /// agency of their task, in the registry's order.
    pub difficulties: Vec<(&'p Agency, Vec<Difficulty<'p>>)>,
    /// Every task's updates, as the report read them: its history and
    /// charts read them again (made once, not three times).
    pub log: Log<'p>,
}

/// An update of the year that reports difficulties or recommendations.
pub struct Difficulty<'p> {
    pub task: &'p Task,
    pub update: &'p crate::model::Update,
}

/// Each indicator's actuals by year; the last one recorded for a year wins.
pub fn series(plan: &Plan) -> HashMap<&str, Series> {
    let mut out: HashMap<&str, Series> = HashMap::new();
    for a in &plan.progress.actuals {
        out.entry(a.indicator.as_str())
            .or_default()
            .insert(a.year, a.value);
    }
    out
}

/// Every indicator and target judged at the end of `year`.
pub fn indicators(plan: &Plan, year: i32) -> Vec<IndicatorRow<'_>> {
    let series = series(plan);
    let empty = Series::new();
    plan.indicators
        .iter()
        .map(|ind| {
            let s = series.get(ind.id.as_str()).unwrap_or(&empty);
            IndicatorRow {
                indicator: ind,
                targets: ind
                    .targets
                    .iter()
                    .map(|t| TargetRow {
                        target: t,
                        judgement: assess(ind, t, s, year),
                    })
                    .collect(),
                actual: s.get(&year).copied(),
                actual_previous: s.get(&(year - 1)).copied(),
            }
        })
        .collect()
}

/// The report of `year` as it stands on 31 December of that year.
pub fn annual(plan: &Plan, year: i32) -> AnnualReport<'_> {
    let as_of = Period::Year.end(year).unwrap_or(NaiveDate::MAX);
    report(plan, year, Period::Year, as_of)
}

/// Every task's state for report `year` (covering `period`) on `as_of`: the
/// tasks with deadlines by their status on that date, the recurring ones by
/// what was reported in the year.
pub fn task_rows<'p>(
    plan: &'p Plan,
    log: &Log<'p>,
    year: i32,
    as_of: NaiveDate,
) -> Vec<TaskRow<'p>> {
    use rayon::prelude::*;
    let annual_due = annual_due(plan, year);
    // Each task's standing on its own: on every core, in the plan's order.
    plan.tasks
        .par_iter()
        .map(|t| TaskRow {
            task: t,
            state: log.state(t, as_of),
            year_status: t
                .is_ongoing()
                .then(|| year_status(log.updates(t.id.as_str()), year, as_of, annual_due)),
        })
        .collect()
}

/// The agencies' reporting deadline in `year`, if the plan sets one.
pub fn annual_due(plan: &Plan, year: i32) -> Option<NaiveDate> {
    plan.meta
        .reporting
        .as_ref()
        .and_then(|r| r.annual_due.in_year(year))
}

/// The report of `year` covering `period`, judged on `as_of`.
pub fn report(plan: &Plan, year: i32, period: Period, as_of: NaiveDate) -> AnnualReport<'_> {
    let log = Log::new(plan);
    let tasks = task_rows(plan, &log, year, as_of);
    let mut overall = Counts::default();
    let mut by_section: HashMap<&str, Counts> = HashMap::new();
    for r in &tasks {
        overall.add(r, as_of);
        by_section
            .entry(r.task.section.as_str())
            .or_default()
            .add(r, as_of);
    }
    let sections = plan
        .sections
        .iter()
        .map(|s| (s, by_section.remove(s.id.as_str()).unwrap_or_default()))
        .collect();

    // Tasks led, done and overdue per agency, in one pass over the tasks.
    let mut led: HashMap<&str, (usize, usize, usize)> = HashMap::new();
    for r in &tasks {
        for l in &r.task.lead {
            let e = led.entry(l.as_str()).or_default();
            e.0 += 1;
            e.1 += usize::from(r.state.status.is_done());
            e.2 += usize::from(r.state.status == Status::Overdue);
        }
    }
    let agencies = plan
        .agencies
        .iter()
        .filter_map(|a| {
            let &(led, done, overdue) = led.get(a.id.as_str())?;
            let report = receipts::reports_to_province(a)
                .then(|| receipts::receipt(plan, a, year, period, as_of));
            Some(AgencyRow {
                agency: a,
                led,
                done,
                overdue,
                report,
            })
        })
        .collect();
    let scorecard = scorecard::scorecard(plan, &tasks, year, period, as_of);
    let recurring = by_lead(plan, &tasks, |rows| {
        let mut counts: BTreeMap<YearStatus, usize> = BTreeMap::new();
        for r in rows {
            if let Some(ys) = r.year_status {
                *counts.entry(ys).or_default() += 1;
            }
        }
        (!counts.is_empty()).then_some(counts)
    });
    // The year's updates that name difficulties, by task, in file order:
    // looked up per task, not scanned per task (quadratic at 100 000 tasks).
    let mut with_difficulties: HashMap<&str, Vec<&Update>> = HashMap::new();
    for u in &plan.progress.updates {
        if u.on <= as_of
            && chrono::Datelike::year(&u.on) == year
            && (u.difficulties.is_some() || u.recommendations.is_some())
        {
            with_difficulties
                .entry(u.task.value.as_str())
                .or_default()
                .push(u);
        }
    }
    let difficulties = by_lead(plan, &tasks, |rows| {
        let found: Vec<Difficulty> = rows
            .iter()
            .flat_map(|r| {
                with_difficulties
                    .get(r.task.id.value.as_str())
                    .into_iter()
                    .flatten()
                    .map(move |u| Difficulty {
                        task: r.task,
                        update: u,
                    })
            })
            .collect();
        (!found.is_empty()).then_some(found)
    });
    AnnualReport {
        year,
        period,
        as_of,
        overall,
        sections,
        tasks,
        indicators: indicators(plan, year),
        agencies,
        scorecard,
        recurring,
        difficulties,
        log,
    }
}

/// For each agency that leads a task, in the registry's order, what `f` makes
/// of the rows of its tasks (`None`: the agency is left out).
fn by_lead<'p, T>(
    plan: &'p Plan,
    tasks: &[TaskRow<'p>],
    f: impl Fn(&[&TaskRow<'p>]) -> Option<T>,
) -> Vec<(&'p Agency, T)> {
    let mut rows: HashMap<&str, Vec<&TaskRow<'p>>> = HashMap::new();
    for r in tasks {
        for l in &r.task.lead {
            rows.entry(l.as_str()).or_default().push(r);
        }
    }
    plan.agencies
        .iter()
        .filter_map(|a| {
            let mine = rows.get(a.id.as_str())?;
            f(mine).map(|t| (a, t))
        })
        .collect()
}

/// The registry with how many tasks each agency leads and supports.
pub fn registry(plan: &Plan) -> Vec<(&Agency, usize, usize)> {
    plan.agencies
        .iter()
        .map(|a| {
            let lead = plan
                .tasks
                .iter()
                .filter(|t| t.lead.iter().any(|x| x.value == a.id.value))
                .count();
            let support = plan
                .tasks
                .iter()
                .filter(|t| t.support.iter().any(|x| x.value == a.id.value))
                .count();
            (a, lead, support)
        })
        .collect()
}
