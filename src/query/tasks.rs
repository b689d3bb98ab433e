//! Browsing tasks: the filters of `plan list`.

use super::AgencyFilter;
use crate::ids::SectionId;
use crate::model::{Plan, Task, Timing};
use crate::status::{Log, Status, TaskState};
use crate::text::fold;
use chrono::NaiveDate;

#[derive(Debug, Default, Clone)]
pub struct Filter {
    pub agency: Option<AgencyFilter>,
    pub section: Option<SectionId>,
    pub status: Option<Status>,
    /// Tasks with a deadline (due or any milestone) on or before this date.
    pub due_before: Option<NaiveDate>,
    /// Tasks with a deadline (due or any milestone) on or after this date.
    pub due_after: Option<NaiveDate>,
    /// Text to find, as a phrase, in the id, title, schedule or deliverables,
    /// without regard to case, diacritics or spacing.
    pub search: Option<String>,
}

fn deadlines(task: &Task) -> Vec<NaiveDate> {
    match &task.timing {
        Timing::Due(d) => vec![d.value],
        Timing::Milestones(ms) => ms.iter().map(|m| m.due.value).collect(),
        Timing::Ongoing => vec![],
    }
}

/// The tasks that pass every filter, in plan order, with their state on `as_of`.
pub fn list<'p>(
    plan: &'p Plan,
    log: &Log<'p>,
    as_of: NaiveDate,
    f: &Filter,
) -> Vec<(&'p Task, TaskState<'p>)> {
    // A phrase, not loose words: "quy hoach" must not match "Nghị quyết … hoạch".
    let phrase: Option<String> = f.search.as_deref().map(fold).filter(|p| !p.is_empty());
    plan.tasks
        .iter()
        .filter(|t| f.section.as_ref().is_none_or(|s| &t.section == s))
        .filter(|t| f.agency.as_ref().is_none_or(|a| a.matches(t)))
        .filter(|t| {
            f.due_before
                .is_none_or(|d| deadlines(t).iter().any(|x| *x <= d))
        })
        .filter(|t| {
            f.due_after
                .is_none_or(|d| deadlines(t).iter().any(|x| *x >= d))
        })
        .filter(|t| {
            let Some(phrase) = &phrase else {
                return true;
            };
            let hay = fold(&format!(
                "{} {} {} {}",
                t.id.as_str(),
                t.title,
                t.schedule.as_deref().unwrap_or(""),
                t.deliverables.join(" ")
            ));
            hay.contains(phrase.as_str())
        })
        .map(|t| (t, log.state(t, as_of)))
        .filter(|(_, s)| f.status.is_none_or(|st| s.status == st))
        .collect()
}
