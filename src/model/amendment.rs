//! Later decisions that change the plan: a deadline moved, a lead changed, a
//! task added or cancelled, each from a date and on a cited legal basis.

use crate::ids::{AgencyId, TaskId};
use crate::model::{Task, Timing};
use crate::source::{At, Loc};
use chrono::NaiveDate;

/// The act an amendment rests on.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Decision {
    /// Its number, as written: "Quyết định số 123/QĐ-UBND".
    pub number: String,
    pub issued_on: NaiveDate,
    pub issued_by: Option<At<AgencyId>>,
}

/// One `[[amendment]]` of amendments.toml.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Amendment {
    pub decision: Decision,
    pub task: At<TaskId>,
    /// The day the change applies from; the task's status before it is
    /// judged on the terms in force then.
    pub from: NaiveDate,
    pub change: Change,
    pub loc: Loc,
}

/// What an amendment changes. An addition carries the whole new task.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub enum Change {
    Terms(Terms),
    Add(Box<Task>),
    Cancel,
}

/// The terms of a task an amendment may replace; `None` keeps the old one.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
pub struct Terms {
    pub title: Option<String>,
    pub lead: Option<Vec<At<AgencyId>>>,
    pub support: Option<Vec<At<AgencyId>>>,
    pub timing: Option<Timing>,
}

impl Terms {
    /// The task with these terms applied.
    pub fn apply(&self, task: &mut Task) {
        if let Some(t) = &self.title {
            task.title = t.clone();
        }
        if let Some(l) = &self.lead {
            task.lead = l.clone();
        }
        if let Some(s) = &self.support {
            task.support = s.clone();
        }
        if let Some(t) = &self.timing {
            task.timing = t.clone();
        }
    }

    /// The names of the fields it changes, in the format's words.
    pub fn fields(&self) -> Vec<&'static str> {
        let mut v = Vec::new();
        if self.title.is_some() {
            v.push("title");
        }
        if self.lead.is_some() {
            v.push("lead");
        }
        if self.support.is_some() {
            v.push("support");
        }
        match &self.timing {
            Some(Timing::Due(_)) => v.push("due"),
            Some(Timing::Milestones(_)) => v.push("milestone"),
            Some(Timing::Ongoing) => v.push("ongoing"),
            None => {}
        }
        v
    }
}
