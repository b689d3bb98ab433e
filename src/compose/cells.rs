//! Typed cells for the plan's own things: agencies, deadlines, updates.

use crate::catalogue::Word;
use crate::document::{AgencyRef, Cell, UpdateRef};
use crate::ids::{AgencyId, TaskId};
use crate::model::{Plan, Task, Timing, Update};
use crate::source::At;
use crate::timeline::Part;
use chrono::NaiveDate;
use std::collections::HashMap;
use std::sync::Arc;

/// The cells of a plan's agencies on a date, each made once and shared by
/// every row that names it: a table of 100 000 tasks names an agency some
/// 300 000 times, and a copy of its names each time was tens of megabytes.
pub struct Agencies<'p> {
    plan: &'p Plan,
    on: NaiveDate,
    shared: HashMap<&'p str, Arc<AgencyRef>>,
}

impl<'p> Agencies<'p> {
    /// The cells as of `on`: an agency that had ended by then says so.
    pub fn new(plan: &'p Plan, on: NaiveDate) -> Agencies<'p> {
        let mut shared = HashMap::new();
        for a in &plan.agencies {
            // The first of a repeated id, as `Plan::agency` finds it.
            shared
                .entry(a.id.as_str())
                .or_insert_with(|| Arc::new(agency_ref(a, ended(a, on))));
        }
        Agencies { plan, on, shared }
    }

    /// The agencies of a task in the order the plan names them (an unknown
    /// id keeps its id); in a plan read on a date, a successor says whom it
    /// took the part of the task over from, and an agency that had ended by
    /// the date says so.
    pub fn cell(&self, task: &TaskId, part: Part, ids: &[At<AgencyId>]) -> Cell {
        let plan = self.plan;
        let name = |id: &AgencyId| {
            plan.agency(id)
                .map(|x| x.name.clone())
                .unwrap_or_else(|| id.as_str().to_string())
        };
        let name_en = |id: &AgencyId| plan.agency(id).and_then(|x| x.name_en.clone());
        // Looked up only in a plan with heirs: the key is strings made for
        // every agency of every row.
        let heir = |a: &At<AgencyId>| {
            (!plan.heirs.is_empty())
                .then(|| plan.heirs.get(&(task.clone(), part, a.value.clone())))
                .flatten()
        };
        Cell::List {
            items: ids
                .iter()
                .map(|a| match (heir(a), self.shared.get(a.as_str())) {
                    (None, Some(shared)) => Cell::Agency(Arc::clone(shared)),
                    (heir, _) => Cell::agency(AgencyRef {
                        id: a.as_str().to_string(),
                        name: name(&a.value),
                        inherited_from: heir.map(name),
                        name_en: name_en(&a.value),
                        inherited_from_en: heir.and_then(name_en),
                        ended: plan.agency(&a.value).and_then(|x| ended(x, self.on)),
                    }),
                })
                .collect(),
            lines: false,
        }
    }
}

fn agency_ref(a: &crate::model::Agency, ended: Option<NaiveDate>) -> AgencyRef {
    AgencyRef {
        id: a.id.as_str().to_string(),
        name: a.name.clone(),
        inherited_from: None,
        name_en: a.name_en.clone(),
        inherited_from_en: None,
        ended,
    }
}

/// The day an agency ended, when it had by `on`.
fn ended(a: &crate::model::Agency, on: NaiveDate) -> Option<NaiveDate> {
    Some(a)
        .filter(|x| !x.exists_on(on))
        .and_then(|x| x.until.as_ref())
        .map(|u| u.value)
}

/// One agency as a cell: its name in the reader's language, where the plan
/// gives an English one.
pub fn agency(a: &crate::model::Agency) -> Cell {
    Cell::agency(agency_ref(a, None))
}

/// A task's deadline, its milestones' deadlines one a line, or "ongoing".
pub fn due(task: &Task) -> Cell {
    match &task.timing {
        Timing::Due(d) => Cell::Date(d.value),
        Timing::Milestones(ms) => Cell::List {
            items: ms.iter().map(|m| Cell::Date(m.due.value)).collect(),
            lines: true,
        },
        Timing::Ongoing => Cell::Word(Word::OngoingDeadline),
    }
}

pub fn update(u: &Update, later: Option<NaiveDate>) -> UpdateRef {
    UpdateRef {
        on: u.on,
        status: u.status,
        milestone: u.milestone.as_ref().map(|m| m.value),
        note: u.note.clone(),
        source: u.source.clone(),
        later,
    }
}

/// The report's "latest update" cell: its source has a column of its own.
pub fn latest(u: &Update) -> Cell {
    let mut r = update(u, None);
    r.source = None;
    Cell::Update(Box::new(r))
}
