//! Every task or milestone past its deadline with no completion recorded.

use super::AgencyFilter;
use crate::ids::SectionId;
use crate::model::{Plan, Task};
use crate::status::{Log, Status, TaskState};
use chrono::NaiveDate;

#[derive(Debug, Clone)]
pub struct Overdue<'p> {
    pub task: &'p Task,
    /// Position of the task in the plan, for a stable order.
    pub order: usize,
    /// The milestone missed (1-based number and what), for milestone tasks.
    pub milestone: Option<(u32, &'p str)>,
    pub due: NaiveDate,
    pub days_overdue: i64,
    /// The task's whole state on the date (overdue, with its milestones).
    pub state: TaskState<'p>,
}

#[derive(Debug, Default, Clone)]
pub struct Filter {
    pub agency: Option<AgencyFilter>,
    pub section: Option<SectionId>,
}

/// Sorted by days overdue, most first, then by the task's place in the plan.
pub fn overdue<'p>(
    plan: &'p Plan,
    log: &Log<'p>,
    as_of: NaiveDate,
    filter: &Filter,
) -> Vec<Overdue<'p>> {
    let mut out = Vec::new();
    for (order, task) in plan.tasks.iter().enumerate() {
        if filter.section.as_ref().is_some_and(|s| &task.section != s)
            || filter.agency.as_ref().is_some_and(|a| !a.matches(task))
        {
            continue;
        }
        let state = log.state(task, as_of);
        let days = |due: NaiveDate| (as_of - due).num_days();
        if state.milestones.is_empty() {
            if state.status == Status::Overdue {
                let due = task.final_due().expect("an overdue task has a due date");
                out.push(Overdue {
                    task,
                    order,
                    milestone: None,
                    due,
                    days_overdue: days(due),
                    state: state.clone(),
                });
            }
        } else {
            for m in state
                .milestones
                .iter()
                .filter(|m| m.status == Status::Overdue)
            {
                out.push(Overdue {
                    task,
                    order,
                    milestone: Some((m.number, m.what)),
                    due: m.due,
                    days_overdue: days(m.due),
                    state: state.clone(),
                });
            }
        }
    }
    out.sort_by(|a, b| {
        b.days_overdue
            .cmp(&a.days_overdue)
            .then(a.order.cmp(&b.order))
            .then(a.milestone.map(|m| m.0).cmp(&b.milestone.map(|m| m.0)))
    });
    out
}
