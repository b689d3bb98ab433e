//! The yearly status of a recurring ("Thường xuyên") task: such a task is never
//! finished for good, so each report year judges that year's work alone.

use crate::model::{Update, UpdateStatus};
use chrono::{Datelike, NaiveDate};
use serde::Serialize;

/// What a recurring task's lead reported for one year, judged on a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum YearStatus {
    /// An update of the year, on or before the date, says done.
    Done,
    /// An update of the year, on or before the date, says in progress.
    InProgress,
    /// Nothing reported yet, and the agencies' annual deadline has not passed.
    Pending,
    /// Nothing reported, and the annual deadline has passed.
    NotReported,
    /// The latest update on or before the date cancels the task.
    Cancelled,
}

impl YearStatus {
    pub const ALL: [YearStatus; 5] = [
        YearStatus::Done,
        YearStatus::InProgress,
        YearStatus::Pending,
        YearStatus::NotReported,
        YearStatus::Cancelled,
    ];

    /// The key used in JSON, whatever the language.
    pub fn key(self) -> &'static str {
        match self {
            YearStatus::Done => "done",
            YearStatus::InProgress => "in_progress",
            YearStatus::Pending => "pending",
            YearStatus::NotReported => "not_reported",
            YearStatus::Cancelled => "cancelled",
        }
    }

    /// The lead reported on the year (done or in progress).
    pub fn is_reported(self) -> bool {
        matches!(self, YearStatus::Done | YearStatus::InProgress)
    }
}

/// The status of a recurring task for report `year`, judged on `on`.
///
/// `updates` are the task's updates in date order (as [`crate::status::Log`]
/// keeps them); only task-level ones count, since a recurring task has no
/// milestones. `annual_due` is the agencies' deadline in `year`; a plan with
/// no reporting rule never calls a year "not reported".
///
/// Cancellation is a state, not a yearly report: the latest task-level update
/// on or before `on` decides it, so a task cancelled in 2023 stays cancelled in
/// 2025 unless a later update reopened it. `not_started` reports no work and so
/// counts as nothing reported.
pub fn year_status(
    updates: &[&Update],
    year: i32,
    on: NaiveDate,
    annual_due: Option<NaiveDate>,
) -> YearStatus {
    let known = || {
        updates
            .iter()
            .filter(move |u| u.milestone.is_none() && u.on <= on)
    };
    if known()
        .next_back()
        .is_some_and(|u| u.status == UpdateStatus::Cancelled)
    {
        return YearStatus::Cancelled;
    }
    let this_year = || known().filter(|u| u.on.year() == year);
    if this_year().any(|u| u.status == UpdateStatus::Done) {
        YearStatus::Done
    } else if this_year().any(|u| u.status == UpdateStatus::InProgress) {
        YearStatus::InProgress
    } else if annual_due.is_some_and(|due| on >= due) {
        YearStatus::NotReported
    } else {
        YearStatus::Pending
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::TaskId;
    use crate::source::{At, FileId, Loc};

    fn loc() -> Loc {
        Loc::new(FileId(0), 0..0)
    }
    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }
    fn up(on: &str, status: UpdateStatus) -> Update {
        Update {
            task: At::new(TaskId::from("T.1"), loc()),
            on: d(on),
            status,
            milestone: None,
            note: None,
            source: None,
            result: None,
            difficulties: None,
            recommendations: None,
            evidence: None,
            loc: loc(),
        }
    }
    /// The status for 2025 on `on`, with the bundled plan's deadline (14 December).
    fn status(ups: &[Update], on: &str) -> YearStatus {
        let refs: Vec<&Update> = ups.iter().collect();
        year_status(&refs, 2025, d(on), Some(d("2025-12-14")))
    }

    #[test]
    fn pending_until_the_deadline_not_reported_from_it() {
        assert_eq!(status(&[], "2025-12-13"), YearStatus::Pending);
        // "on or after the agencies' annual deadline": the deadline day itself.
        assert_eq!(status(&[], "2025-12-14"), YearStatus::NotReported);
        assert_eq!(status(&[], "2025-12-31"), YearStatus::NotReported);
        // Without a reporting rule a year is never "not reported".
        assert_eq!(
            year_status(&[], 2025, d("2025-12-31"), None),
            YearStatus::Pending
        );
    }

    #[test]
    fn an_update_counts_from_its_date_and_only_in_its_year() {
        let ups = [up("2025-12-14", UpdateStatus::Done)];
        // On the deadline day itself the update is known.
        assert_eq!(status(&ups, "2025-12-14"), YearStatus::Done);
        // The day before, it is not known yet.
        assert_eq!(status(&ups, "2025-12-13"), YearStatus::Pending);
        // An update after the judging date does not count.
        let late = [up("2026-01-05", UpdateStatus::Done)];
        assert_eq!(status(&late, "2025-12-31"), YearStatus::NotReported);
    }

    #[test]
    fn done_does_not_carry_into_the_next_year() {
        let ups = [up("2024-12-01", UpdateStatus::Done)];
        assert_eq!(status(&ups, "2025-12-31"), YearStatus::NotReported);
        let refs: Vec<&Update> = ups.iter().collect();
        assert_eq!(
            year_status(&refs, 2024, d("2024-12-31"), Some(d("2024-12-14"))),
            YearStatus::Done
        );
    }

    #[test]
    fn done_wins_over_in_progress_within_a_year() {
        let ups = [
            up("2025-03-01", UpdateStatus::Done),
            up("2025-09-01", UpdateStatus::InProgress),
        ];
        assert_eq!(status(&ups, "2025-12-31"), YearStatus::Done);
        assert_eq!(
            status(&[up("2025-09-01", UpdateStatus::InProgress)], "2025-12-31"),
            YearStatus::InProgress
        );
        // "Not started" reports no work.
        assert_eq!(
            status(&[up("2025-09-01", UpdateStatus::NotStarted)], "2025-12-31"),
            YearStatus::NotReported
        );
    }

    #[test]
    fn cancelled_holds_from_its_date_until_reopened() {
        let ups = [up("2023-05-01", UpdateStatus::Cancelled)];
        assert_eq!(status(&ups, "2025-12-31"), YearStatus::Cancelled);
        let refs: Vec<&Update> = ups.iter().collect();
        assert_eq!(
            year_status(&refs, 2023, d("2023-04-30"), Some(d("2023-12-14"))),
            YearStatus::Pending
        );
        let reopened = [
            up("2023-05-01", UpdateStatus::Cancelled),
            up("2025-02-01", UpdateStatus::InProgress),
        ];
        assert_eq!(status(&reopened, "2025-12-31"), YearStatus::InProgress);
    }
}
