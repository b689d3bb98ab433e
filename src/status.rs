//! The status of a task or milestone on a date, from its schedule and the
//! progress log, in the categories official Vietnamese task tracking counts by.

use crate::model::{Plan, Task, Timing, Update, UpdateStatus};
use chrono::NaiveDate;
use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    DoneOnTime,
    DoneLate,
    InProgress,
    Overdue,
    Ongoing,
    Cancelled,
}

impl Status {
    pub const ALL: [Status; 6] = [
        Status::DoneOnTime,
        Status::DoneLate,
        Status::InProgress,
        Status::Overdue,
        Status::Ongoing,
        Status::Cancelled,
    ];

    /// The key used in JSON and on the command line, whatever the language.
    pub fn key(self) -> &'static str {
        match self {
            Status::DoneOnTime => "done_on_time",
            Status::DoneLate => "done_late",
            Status::InProgress => "in_progress",
            Status::Overdue => "overdue",
            Status::Ongoing => "ongoing",
            Status::Cancelled => "cancelled",
        }
    }

    pub fn is_done(self) -> bool {
        matches!(self, Status::DoneOnTime | Status::DoneLate)
    }
}

/// A task's state on a date: its status, each milestone's, and the update that
/// decided it (if any).
#[derive(Debug, Clone)]
pub struct TaskState<'p> {
    pub status: Status,
    pub milestones: Vec<MilestoneState<'p>>,
    /// The latest update on or before the date, task-level or any milestone.
    pub latest: Option<&'p Update>,
    /// When the task was done, if it is.
    pub done_on: Option<NaiveDate>,
}

#[derive(Debug, Clone)]
pub struct MilestoneState<'p> {
    /// 1-based, as updates name it.
    pub number: u32,
    pub what: &'p str,
    pub due: NaiveDate,
    pub status: Status,
    pub done_on: Option<NaiveDate>,
}

/// The updates of each task in date order; built once per plan.
pub struct Log<'p> {
    by_task: std::collections::HashMap<&'p str, Vec<&'p Update>>,
}

impl<'p> Log<'p> {
    pub fn new(plan: &'p Plan) -> Self {
        let mut by_task: std::collections::HashMap<&str, Vec<&Update>> = Default::default();
        for u in &plan.progress.updates {
            by_task.entry(u.task.as_str()).or_default().push(u);
        }
        // Stable: updates on the same day keep file order, the later one wins.
        for v in by_task.values_mut() {
            v.sort_by_key(|u| u.on);
        }
        Log { by_task }
    }

    pub fn updates(&self, task: &str) -> &[&'p Update] {
        self.by_task.get(task).map(Vec::as_slice).unwrap_or(&[])
    }

    pub fn state(&self, task: &'p Task, on: NaiveDate) -> TaskState<'p> {
        state(task, self.updates(task.id.as_str()), on)
    }
}

/// The latest update on or before `on` among those `applies` selects.
fn latest<'p>(
    updates: &[&'p Update],
    on: NaiveDate,
    applies: impl Fn(&Update) -> bool,
) -> Option<&'p Update> {
    updates
        .iter()
        .rev()
        .find(|u| u.on <= on && applies(u))
        .copied()
}

/// One deadline's status from the update that applies to it.
fn deadline_status(
    due: NaiveDate,
    update: Option<&Update>,
    on: NaiveDate,
) -> (Status, Option<NaiveDate>) {
    match update.map(|u| (u.status, u.on)) {
        Some((UpdateStatus::Cancelled, _)) => (Status::Cancelled, None),
        Some((UpdateStatus::Done, when)) if when <= due => (Status::DoneOnTime, Some(when)),
        Some((UpdateStatus::Done, when)) => (Status::DoneLate, Some(when)),
        _ if on > due => (Status::Overdue, None),
        _ => (Status::InProgress, None),
    }
}

pub fn state<'p>(task: &'p Task, updates: &[&'p Update], on: NaiveDate) -> TaskState<'p> {
    let task_level = latest(updates, on, |u| u.milestone.is_none());
    let any = latest(updates, on, |_| true);
    match &task.timing {
        Timing::Due(due) => {
            let (status, done_on) = deadline_status(due.value, task_level, on);
            TaskState {
                status,
                milestones: vec![],
                latest: any,
                done_on,
            }
        }
        Timing::Ongoing => {
            // A recurring task is never done for good: a `done` reports one
            // year's work (see `recurring::year_status`), so it stays ongoing
            // until cancelled.
            let (status, done_on) = match task_level.map(|u| u.status) {
                Some(UpdateStatus::Cancelled) => (Status::Cancelled, None),
                _ => (Status::Ongoing, None),
            };
            TaskState {
                status,
                milestones: vec![],
                latest: any,
                done_on,
            }
        }
        Timing::Milestones(ms) => {
            let milestones: Vec<MilestoneState> = ms
                .iter()
                .enumerate()
                .map(|(i, m)| {
                    let number = i as u32 + 1;
                    // A milestone follows its own updates and the task's: the latest wins.
                    let u = latest(updates, on, |u| {
                        u.milestone.as_ref().is_none_or(|n| n.value == number)
                    });
                    let (status, done_on) = deadline_status(m.due.value, u, on);
                    MilestoneState {
                        number,
                        what: &m.what,
                        due: m.due.value,
                        status,
                        done_on,
                    }
                })
                .collect();
            // The loader never builds an empty list (it is an error there);
            // should one come anyway, the task has no deadline to miss.
            let Some(last) = milestones.last() else {
                return TaskState {
                    status: Status::Ongoing,
                    milestones,
                    latest: any,
                    done_on: None,
                };
            };
            let status = if milestones.iter().any(|m| m.status == Status::Overdue) {
                Status::Overdue
            } else if last.status.is_done()
                || milestones.iter().all(|m| m.status == Status::Cancelled)
            {
                last.status
            } else {
                Status::InProgress
            };
            let done_on = if status.is_done() { last.done_on } else { None };
            TaskState {
                status,
                milestones,
                latest: any,
                done_on,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::{SectionId, TaskId};
    use crate::model::Milestone;
    use crate::source::{At, FileId, Loc};

    fn loc() -> Loc {
        Loc::new(FileId(0), 0..0)
    }
    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }
    fn task(timing: Timing) -> Task {
        Task {
            id: At::new(TaskId::from("T.1"), loc()),
            section: SectionId::from("T"),
            title: "t".into(),
            lead: vec![],
            support: vec![],
            schedule: None,
            start: None,
            timing,
            deliverables: vec![],
            indicators: vec![],
            reports: None,
            loc: loc(),
        }
    }
    fn due(s: &str) -> Timing {
        Timing::Due(At::new(d(s), loc()))
    }
    fn ms(dates: &[&str]) -> Timing {
        Timing::Milestones(
            dates
                .iter()
                .map(|s| Milestone {
                    what: "m".into(),
                    due: At::new(d(s), loc()),
                })
                .collect(),
        )
    }
    fn up(on: &str, status: UpdateStatus, milestone: Option<u32>) -> Update {
        Update {
            task: At::new(TaskId::from("T.1"), loc()),
            on: d(on),
            status,
            milestone: milestone.map(|m| At::new(m, loc())),
            note: None,
            source: None,
            result: None,
            difficulties: None,
            recommendations: None,
            evidence: None,
            loc: loc(),
        }
    }
    fn status(t: &Task, ups: &[Update], on: &str) -> Status {
        let refs: Vec<&Update> = ups.iter().collect();
        state(t, &refs, d(on)).status
    }

    #[test]
    fn a_deadline_passes_the_day_after_the_due_date() {
        let t = task(due("2022-06-30"));
        assert_eq!(status(&t, &[], "2022-06-30"), Status::InProgress);
        assert_eq!(status(&t, &[], "2022-07-01"), Status::Overdue);
    }

    #[test]
    fn done_on_or_before_due_is_on_time_after_is_late() {
        let t = task(due("2022-06-30"));
        assert_eq!(
            status(
                &t,
                &[up("2022-06-30", UpdateStatus::Done, None)],
                "2023-01-01"
            ),
            Status::DoneOnTime
        );
        assert_eq!(
            status(
                &t,
                &[up("2022-07-01", UpdateStatus::Done, None)],
                "2023-01-01"
            ),
            Status::DoneLate
        );
        // Before the completion is recorded, the task was overdue.
        assert_eq!(
            status(
                &t,
                &[up("2022-09-01", UpdateStatus::Done, None)],
                "2022-08-01"
            ),
            Status::Overdue
        );
    }

    #[test]
    fn the_latest_update_on_or_before_the_date_wins() {
        let t = task(due("2025-12-31"));
        let ups = [
            up("2023-01-01", UpdateStatus::Done, None),
            up("2024-01-01", UpdateStatus::InProgress, None),
        ];
        assert_eq!(status(&t, &ups, "2023-06-01"), Status::DoneOnTime);
        assert_eq!(status(&t, &ups, "2024-06-01"), Status::InProgress);
        assert_eq!(status(&t, &ups, "2026-01-01"), Status::Overdue);
    }

    #[test]
    fn cancelled_is_never_overdue_and_ongoing_stays_ongoing() {
        let t = task(due("2022-06-30"));
        assert_eq!(
            status(
                &t,
                &[up("2022-05-01", UpdateStatus::Cancelled, None)],
                "2030-01-01"
            ),
            Status::Cancelled
        );
        let o = task(Timing::Ongoing);
        assert_eq!(status(&o, &[], "2030-01-01"), Status::Ongoing);
        assert_eq!(
            status(
                &o,
                &[up("2025-01-01", UpdateStatus::Cancelled, None)],
                "2030-01-01"
            ),
            Status::Cancelled
        );
    }

    #[test]
    fn milestones_overdue_when_any_is_and_done_when_the_last_is() {
        let t = task(ms(&["2023-03-31", "2028-12-31"]));
        let first_done = [up("2023-03-15", UpdateStatus::Done, Some(1))];
        assert_eq!(status(&t, &[], "2023-04-01"), Status::Overdue);
        assert_eq!(status(&t, &first_done, "2023-04-01"), Status::InProgress);
        assert_eq!(status(&t, &first_done, "2029-01-01"), Status::Overdue);
        let both = [
            up("2023-03-15", UpdateStatus::Done, Some(1)),
            up("2029-02-01", UpdateStatus::Done, Some(2)),
        ];
        assert_eq!(status(&t, &both, "2029-03-01"), Status::DoneLate);
        // An update naming milestone 2 leaves milestone 1 alone.
        let only_second = [up("2023-01-01", UpdateStatus::Done, Some(2))];
        assert_eq!(status(&t, &only_second, "2023-04-01"), Status::Overdue);
        // A task-level update applies to every milestone.
        let whole = [up("2023-01-01", UpdateStatus::Done, None)];
        assert_eq!(status(&t, &whole, "2030-01-01"), Status::DoneOnTime);
    }
}
