//! The JSON shapes of docs/output.md's contract: stable keys, ISO dates,
//! status keys whatever the language.

use crate::ids::AgencyId;
use crate::model::{Plan, Task, Timing, Update};
use crate::source::At;
use crate::status::{Status, TaskState};
use chrono::NaiveDate;
use serde::Serialize;

#[derive(Serialize)]
pub struct AgencyRef {
    pub id: String,
    pub name: String,
}

pub fn agency_refs(plan: &Plan, ids: &[At<AgencyId>]) -> Vec<AgencyRef> {
    ids.iter()
        .map(|a| AgencyRef {
            id: a.as_str().to_string(),
            name: plan
                .agency(&a.value)
                .map(|x| x.name.clone())
                .unwrap_or_default(),
        })
        .collect()
}

#[derive(Serialize)]
pub struct MilestoneView {
    pub number: u32,
    pub what: String,
    pub due: NaiveDate,
    pub status: Status,
}

#[derive(Serialize)]
pub struct TaskView {
    pub id: String,
    pub section: String,
    pub title: String,
    pub lead: Vec<AgencyRef>,
    pub support: Vec<AgencyRef>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schedule: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start: Option<NaiveDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub due: Option<NaiveDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub milestones: Option<Vec<MilestoneView>>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub ongoing: bool,
    pub deliverables: Vec<String>,
    pub status: Status,
}

impl TaskView {
    pub fn new(plan: &Plan, task: &Task, state: &TaskState) -> Self {
        let (due, milestones, ongoing) = match &task.timing {
            Timing::Due(d) => (Some(d.value), None, false),
            Timing::Milestones(_) => (
                None,
                Some(
                    state
                        .milestones
                        .iter()
                        .map(|m| MilestoneView {
                            number: m.number,
                            what: m.what.to_string(),
                            due: m.due,
                            status: m.status,
                        })
                        .collect(),
                ),
                false,
            ),
            Timing::Ongoing => (None, None, true),
        };
        TaskView {
            id: task.id.as_str().to_string(),
            section: task.section.as_str().to_string(),
            title: task.title.clone(),
            lead: agency_refs(plan, &task.lead),
            support: agency_refs(plan, &task.support),
            schedule: task.schedule.clone(),
            start: task.start.as_ref().map(|s| s.value),
            due,
            milestones,
            ongoing,
            deliverables: task.deliverables.clone(),
            status: state.status,
        }
    }
}

#[derive(Serialize)]
pub struct UpdateView {
    pub on: NaiveDate,
    pub status: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub milestone: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

impl From<&Update> for UpdateView {
    fn from(u: &Update) -> Self {
        UpdateView {
            on: u.on,
            status: u.status.key(),
            milestone: u.milestone.as_ref().map(|m| m.value),
            note: u.note.clone(),
            source: u.source.clone(),
        }
    }
}

/// One overdue task or milestone (`plan overdue --format json`): the task as
/// everywhere else, and the deadline missed.
#[derive(Serialize)]
pub struct OverdueView {
    #[serde(flatten)]
    pub task: TaskView,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub milestone: Option<MilestoneRef>,
    /// The deadline missed: the task's, or the milestone's.
    pub due: NaiveDate,
    pub days_overdue: i64,
}

impl OverdueView {
    pub fn new(plan: &Plan, o: &crate::query::overdue::Overdue) -> Self {
        let mut task = TaskView::new(plan, o.task, &o.state);
        // The entry's own `due` is the deadline missed.
        task.due = None;
        OverdueView {
            task,
            milestone: o.milestone.map(|(number, what)| MilestoneRef {
                number,
                what: what.to_string(),
            }),
            due: o.due,
            days_overdue: o.days_overdue,
        }
    }
}

#[derive(Serialize)]
pub struct MilestoneRef {
    pub number: u32,
    pub what: String,
}

#[derive(Serialize)]
pub struct OverdueReport<'a> {
    pub count: usize,
    /// Reports owed and not received; `null` when the plan records no
    /// receipt at all (then none are chased).
    pub missing_reports_count: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub missing_reports: Option<&'a Vec<MissingView>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub overdue: Option<Vec<&'a OverdueView>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agencies: Option<Vec<OverdueBlock<'a>>>,
}

#[derive(Serialize)]
pub struct OverdueBlock<'a> {
    pub id: String,
    pub name: String,
    pub overdue: Vec<&'a OverdueView>,
}

/// A report owed and not received, for programs.
#[derive(Serialize)]
pub struct MissingView {
    pub agency: String,
    pub year: i32,
    pub report: crate::query::receipts::Owed,
    pub due: chrono::NaiveDate,
    pub days_overdue: i64,
}
