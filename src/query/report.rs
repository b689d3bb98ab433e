//! The annual report: the state of the plan on 31 December of a year, as the
//! four tables that go into the People's Committee's report.

use crate::assess::{assess, Judgement, Series};
use crate::model::{Agency, AgencyLevel, Indicator, Plan, Section, Target, Task};
use crate::status::{Log, Status, TaskState};
use chrono::NaiveDate;
use std::collections::{BTreeMap, HashMap};

/// Tasks counted by status, as official task-tracking reports count them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Counts {
    pub total: usize,
    pub by_status: BTreeMap<Status, usize>,
    /// Nhiệm vụ đến hạn: tasks whose final deadline has come, or that are
    /// overdue on an earlier milestone; cancelled and ongoing tasks are not.
    pub due: usize,
}

impl Counts {
    pub fn get(&self, s: Status) -> usize {
        self.by_status.get(&s).copied().unwrap_or(0)
    }

    /// The share of due tasks that are overdue, in percent.
    pub fn overdue_share(&self) -> Option<f64> {
        (self.due > 0).then(|| 100.0 * self.get(Status::Overdue) as f64 / self.due as f64)
    }

    fn add(&mut self, task: &Task, state: &TaskState, as_of: NaiveDate) {
        self.total += 1;
        *self.by_status.entry(state.status).or_default() += 1;
        let deadline_came = task.final_due().is_some_and(|d| d <= as_of);
        if state.status != Status::Cancelled && (deadline_came || state.status == Status::Overdue) {
            self.due += 1;
        }
    }
}

pub struct TaskRow<'p> {
    pub task: &'p Task,
    pub state: TaskState<'p>,
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ReportReceipt {
    OnTime,
    Late,
    Missing,
}

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
    pub as_of: NaiveDate,
    pub overall: Counts,
    pub sections: Vec<(&'p Section, Counts)>,
    pub tasks: Vec<TaskRow<'p>>,
    pub indicators: Vec<IndicatorRow<'p>>,
    pub agencies: Vec<AgencyRow<'p>>,
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

pub fn annual(plan: &Plan, year: i32) -> AnnualReport<'_> {
    let as_of = NaiveDate::from_ymd_opt(year, 12, 31).expect("31 December exists");
    let log = Log::new(plan);
    let tasks: Vec<TaskRow> = plan
        .tasks
        .iter()
        .map(|t| TaskRow {
            task: t,
            state: log.state(t, as_of),
        })
        .collect();
    let mut overall = Counts::default();
    let mut by_section: HashMap<&str, Counts> = HashMap::new();
    for r in &tasks {
        overall.add(r.task, &r.state, as_of);
        by_section
            .entry(r.task.section.as_str())
            .or_default()
            .add(r.task, &r.state, as_of);
    }
    let sections = plan
        .sections
        .iter()
        .map(|s| (s, by_section.remove(s.id.as_str()).unwrap_or_default()))
        .collect();

    let due = plan
        .meta
        .reporting
        .as_ref()
        .and_then(|r| r.annual_due.in_year(year));
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
            let reports_to_province = !matches!(a.level, AgencyLevel::Group | AgencyLevel::Central);
            let report = reports_to_province.then(|| {
                let received = plan
                    .progress
                    .reports
                    .iter()
                    .filter(|r| r.agency.value == a.id.value && r.year == year)
                    .map(|r| r.received_on)
                    .min();
                match (received, due) {
                    (None, _) => (ReportReceipt::Missing, None),
                    (Some(d), Some(due)) if d > due => (ReportReceipt::Late, Some(d)),
                    (Some(d), _) => (ReportReceipt::OnTime, Some(d)),
                }
            });
            Some(AgencyRow {
                agency: a,
                led,
                done,
                overdue,
                report,
            })
        })
        .collect();
    AnnualReport {
        year,
        as_of,
        overall,
        sections,
        tasks,
        indicators: indicators(plan, year),
        agencies,
    }
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
