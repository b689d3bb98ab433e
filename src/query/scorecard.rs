//! The agency scorecard: for each lead agency, how its tasks stand on a date,
//! the agencies that lag first, as provincial reports name them.

use super::receipts::{self, ReportReceipt};
use super::report::{is_due, TaskRow};
use crate::model::{Agency, Period, Plan};
use crate::recurring::YearStatus;
use crate::status::Status;
use chrono::NaiveDate;
use std::collections::HashMap;

/// Overdue tasks by how long they have been overdue: ≤ 30, 31–90, 91–180 and
/// more than 180 days.
pub const AGE_BANDS: [(i64, Option<i64>); 4] =
    [(1, Some(30)), (31, Some(90)), (91, Some(180)), (181, None)];

#[derive(Debug, Clone, Default)]
pub struct ScoreRow<'p> {
    pub agency: Option<&'p Agency>,
    /// Tasks with a deadline that came by the date, or overdue on a milestone.
    pub due: usize,
    /// Of the due tasks: done by their deadline.
    pub done_on_time: usize,
    /// Of the due tasks: done after their deadline.
    pub done_late: usize,
    /// Of the due tasks: not done, deadline passed.
    pub overdue: usize,
    /// Tasks whose deadline has not come, not done yet.
    pub in_progress: usize,
    /// Tasks done before their deadline came (not yet due, so not in `due`).
    pub done_early: usize,
    /// Overdue tasks by age band (see [`AGE_BANDS`]), counted by the oldest
    /// deadline each task missed.
    pub overdue_by_age: [usize; 4],
    /// Recurring tasks whose lead reported on the year (done or in progress).
    pub recurring_reported: usize,
    /// Recurring tasks not reported after the agencies' deadline.
    pub recurring_not_reported: usize,
    /// The agency's own report for the period; `None` for collectives and
    /// central bodies, which send none.
    pub receipt: Option<(ReportReceipt, Option<NaiveDate>)>,
}

impl ScoreRow<'_> {
    /// Done (on time or late) as a share of the due tasks, in percent.
    pub fn completion_rate(&self) -> Option<f64> {
        rate(self.done_on_time + self.done_late, self.due)
    }

    /// Done on time as a share of the due tasks, in percent.
    pub fn on_time_rate(&self) -> Option<f64> {
        rate(self.done_on_time, self.due)
    }
}

fn rate(part: usize, whole: usize) -> Option<f64> {
    (whole > 0).then(|| 100.0 * part as f64 / whole as f64)
}

/// The band an overdue age in days falls in.
pub fn age_band(days: i64) -> usize {
    AGE_BANDS
        .iter()
        .position(|&(lo, hi)| days >= lo && hi.is_none_or(|hi| days <= hi))
        .unwrap_or(0)
}

/// One row per agency that leads a task, from the report's task rows.
///
/// Order: most overdue first, then the lowest on-time rate (an agency with
/// nothing due last), then most recurring tasks unreported, then the
/// registry's order.
pub fn scorecard<'p>(
    plan: &'p Plan,
    tasks: &[TaskRow<'p>],
    year: i32,
    period: Period,
    as_of: NaiveDate,
) -> Vec<ScoreRow<'p>> {
    let mut rows: HashMap<&str, ScoreRow<'p>> = HashMap::new();
    for r in tasks {
        for lead in &r.task.lead {
            let row = rows.entry(lead.as_str()).or_default();
            add(row, r, as_of);
        }
    }
    let mut out: Vec<(usize, ScoreRow<'p>)> = plan
        .agencies
        .iter()
        .enumerate()
        .filter_map(|(i, a)| {
            let mut row = rows.remove(a.id.as_str())?;
            row.agency = Some(a);
            row.receipt = receipts::reports_to_province(a)
                .then(|| receipts::receipt(plan, a, year, period, as_of));
            Some((i, row))
        })
        .collect();
    out.sort_by(|(ia, a), (ib, b)| {
        b.overdue
            .cmp(&a.overdue)
            .then_with(|| {
                let key = |r: &ScoreRow| r.on_time_rate().unwrap_or(f64::INFINITY);
                key(a).total_cmp(&key(b))
            })
            .then(b.recurring_not_reported.cmp(&a.recurring_not_reported))
            .then(ia.cmp(ib))
    });
    out.into_iter().map(|(_, r)| r).collect()
}

fn add(row: &mut ScoreRow, r: &TaskRow, as_of: NaiveDate) {
    if let Some(ys) = r.year_status {
        row.recurring_reported += usize::from(ys.is_reported());
        row.recurring_not_reported += usize::from(ys == YearStatus::NotReported);
        return;
    }
    let due = is_due(r.task, &r.state, as_of);
    match r.state.status {
        Status::DoneOnTime if due => row.done_on_time += 1,
        Status::DoneOnTime => row.done_early += 1,
        Status::DoneLate => row.done_late += 1,
        Status::Overdue => {
            row.overdue += 1;
            row.overdue_by_age[age_band(oldest_missed(r, as_of))] += 1;
        }
        Status::InProgress => row.in_progress += 1,
        Status::Ongoing | Status::Cancelled => {}
    }
    row.due += usize::from(due);
}

/// Days since the oldest deadline the task missed and has not met.
fn oldest_missed(r: &TaskRow, as_of: NaiveDate) -> i64 {
    let oldest = r
        .state
        .milestones
        .iter()
        .filter(|m| m.status == Status::Overdue)
        .map(|m| m.due)
        .min()
        .or(r.task.final_due())
        .unwrap_or(as_of);
    (as_of - oldest).num_days()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn age_bands_have_inclusive_bounds() {
        assert_eq!(age_band(1), 0);
        assert_eq!(age_band(30), 0);
        assert_eq!(age_band(31), 1);
        assert_eq!(age_band(90), 1);
        assert_eq!(age_band(91), 2);
        assert_eq!(age_band(180), 2);
        assert_eq!(age_band(181), 3);
        assert_eq!(age_band(5000), 3);
    }

    #[test]
    fn rates_are_shares_of_the_due_tasks() {
        let row = ScoreRow {
            due: 4,
            done_on_time: 1,
            done_late: 2,
            overdue: 1,
            ..Default::default()
        };
        assert_eq!(row.completion_rate(), Some(75.0));
        assert_eq!(row.on_time_rate(), Some(25.0));
        assert_eq!(ScoreRow::default().completion_rate(), None);
    }
}
