//! Typed cells for the plan's own things: agencies, deadlines, updates.

use crate::catalogue::Word;
use crate::document::{AgencyRef, Cell, UpdateRef};
use crate::ids::{AgencyId, TaskId};
use crate::model::{Plan, Task, Timing, Update};
use crate::source::At;
use crate::timeline::Part;
use chrono::NaiveDate;

/// The agencies of a task in the order the plan names them (an unknown id
/// keeps its id); in a plan read on a date, a successor says whom it took the
/// part of the task over from.
pub fn agencies(plan: &Plan, task: &TaskId, part: Part, ids: &[At<AgencyId>]) -> Cell {
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
            .map(|a| {
                Cell::agency(AgencyRef {
                    id: a.as_str().to_string(),
                    name: name(&a.value),
                    inherited_from: heir(a).map(name),
                    name_en: name_en(&a.value),
                    inherited_from_en: heir(a).and_then(name_en),
                })
            })
            .collect(),
        lines: false,
    }
}

/// One agency as a cell: its name in the reader's language, where the plan
/// gives an English one.
pub fn agency(a: &crate::model::Agency) -> Cell {
    Cell::agency(AgencyRef {
        id: a.id.as_str().to_string(),
        name: a.name.clone(),
        inherited_from: None,
        name_en: a.name_en.clone(),
        inherited_from_en: None,
    })
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
