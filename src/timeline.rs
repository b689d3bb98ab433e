//! The plan as it stands on a date: the amendments in force applied, and the
//! tasks of agencies that no longer exist passed to their successors.
//!
//! Why a whole view rather than a lookup at each use: every question (what is
//! overdue, who leads what, the scorecard) must see the same terms and the same
//! agencies on that date, and a view makes that true of every query at once.

use crate::ids::{AgencyId, TaskId};
use crate::model::{Agency, Amendment, Change, Plan, Update, UpdateStatus};
use crate::source::At;
use chrono::NaiveDate;
use std::borrow::Cow;
use std::collections::HashMap;

/// In a view: for a task, the part an agency plays in it and the agency now
/// responsible, the agency the decision named there (`PL2.III.2`, lead,
/// `stc`) → `skhdt`. Keyed by part because a task may name two agencies that
/// merged into one, one leading and one supporting: each part says whom it
/// came from, and an agency that leads in its own right says nothing.
pub type Heirs = HashMap<(TaskId, Part, AgencyId), AgencyId>;

/// The part an agency plays in a task.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Part {
    /// Cơ quan chủ trì.
    Lead,
    /// Cơ quan phối hợp.
    Support,
}

impl Plan {
    /// The plan on `date`. Borrowed when nothing has changed by then.
    pub fn on(&self, date: NaiveDate) -> Cow<'_, Plan> {
        let amended = self.amendments.iter().any(|a| a.from <= date);
        let succeeded = self
            .agencies
            .iter()
            .any(|a| !a.exists_on(date) && !a.successor.is_empty());
        if !amended && !succeeded {
            return Cow::Borrowed(self);
        }
        let mut plan = self.clone();
        for a in in_force(&self.amendments, date) {
            apply(&mut plan, a);
        }
        if succeeded {
            pass_to_successors(&mut plan, self, date);
        }
        Cow::Owned(plan)
    }

    /// The agencies responsible on `date` for what `id` was given: itself
    /// while it exists, else its successors (and theirs), in order.
    pub fn responsible(&self, id: &AgencyId, date: NaiveDate) -> Vec<&Agency> {
        let mut out = Vec::new();
        let mut seen = Vec::new();
        self.follow(id, date, &mut seen, &mut out);
        out
    }

    fn follow<'p>(
        &'p self,
        id: &AgencyId,
        date: NaiveDate,
        seen: &mut Vec<AgencyId>,
        out: &mut Vec<&'p Agency>,
    ) {
        let Some(a) = self.agency(id) else { return };
        // A cycle is a validate error; here it only must not loop.
        if seen.contains(id) {
            return;
        }
        seen.push(id.clone());
        if a.exists_on(date) || a.successor.is_empty() {
            if !out.iter().any(|o| o.id.value == a.id.value) {
                out.push(a);
            }
            return;
        }
        for s in &a.successor {
            self.follow(&s.value, date, seen, out);
        }
    }

    /// The amendments of task `id` in force on `date`, oldest first.
    pub fn amendments_of(&self, id: &str, date: NaiveDate) -> Vec<&Amendment> {
        in_force(&self.amendments, date)
            .into_iter()
            .filter(|a| a.task.as_str() == id)
            .collect()
    }
}

/// Amendments with `from` on or before `date`, by `from` (additions first
/// within a day, then file order, so a later decision of the same day wins).
fn in_force(all: &[Amendment], date: NaiveDate) -> Vec<&Amendment> {
    let mut v: Vec<&Amendment> = all.iter().filter(|a| a.from <= date).collect();
    // On one day, a task is added before it is amended.
    v.sort_by_key(|a| (a.from, !matches!(a.change, Change::Add(_))));
    v
}

fn apply(plan: &mut Plan, a: &Amendment) {
    match &a.change {
        Change::Terms(terms) => {
            if let Some(t) = plan.tasks.iter_mut().find(|t| t.id.value == a.task.value) {
                terms.apply(t);
            }
        }
        Change::Add(task) => {
            if plan.tasks.iter().any(|t| t.id.value == task.id.value) {
                return;
            }
            let mut task = (**task).clone();
            // The section is the longest section id the task's id starts with.
            if let Some(s) = plan
                .sections
                .iter()
                .filter(|s| task.id.as_str().starts_with(&format!("{}.", s.id.as_str())))
                .max_by_key(|s| s.id.as_str().len())
            {
                task.section = s.id.value.clone();
            }
            let after = plan
                .tasks
                .iter()
                .rposition(|t| t.section == task.section)
                .map_or(plan.tasks.len(), |i| i + 1);
            plan.tasks.insert(after, task);
        }
        // A cancellation is a fact of the record from its date: it reads as
        // an update, so every status rule already knows what it means.
        Change::Cancel => plan.progress.updates.push(Update {
            task: a.task.clone(),
            on: a.from,
            status: UpdateStatus::Cancelled,
            milestone: None,
            note: None,
            source: Some(a.decision.number.clone()),
            result: None,
            difficulties: None,
            recommendations: None,
            evidence: None,
            loc: a.loc.clone(),
        }),
    }
}

fn pass_to_successors(plan: &mut Plan, original: &Plan, date: NaiveDate) {
    let mut heirs = Heirs::new();
    for task in &mut plan.tasks {
        let lead = heirs_of(
            original,
            date,
            &task.id.value,
            Part::Lead,
            &task.lead,
            &[],
            &mut heirs,
        );
        // An agency that now leads is not also its own supporter: said once,
        // as the lead, whatever the supporting agency it absorbed.
        let support = heirs_of(
            original,
            date,
            &task.id.value,
            Part::Support,
            &task.support,
            &lead,
            &mut heirs,
        );
        task.lead = lead;
        task.support = support;
    }
    plan.heirs = heirs;
    for i in &mut plan.indicators {
        if let Some(r) = &mut i.responsible {
            if let Some(a) = original.responsible(&r.value, date).first() {
                r.value = a.id.value.clone();
            }
        }
    }
    // The aggregator's reports go to whoever took it over.
    if let Some(agg) = plan
        .meta
        .reporting
        .as_mut()
        .and_then(|r| r.aggregator.as_mut())
    {
        if let Some(a) = original.responsible(&agg.value, date).first() {
            agg.value = a.id.value.clone();
        }
    }
}

/// The agencies responsible on `date` for one part of a task, each once and
/// none already in `taken`; records in `heirs` whom each successor took this
/// part over from (the first agency named for it, where two merged).
fn heirs_of(
    original: &Plan,
    date: NaiveDate,
    task: &TaskId,
    part: Part,
    named: &[At<AgencyId>],
    taken: &[At<AgencyId>],
    heirs: &mut Heirs,
) -> Vec<At<AgencyId>> {
    let mut next: Vec<At<AgencyId>> = Vec::new();
    for r in named {
        for a in original.responsible(&r.value, date) {
            if next.iter().chain(taken).any(|n| n.value == a.id.value) {
                continue;
            }
            if a.id.value != r.value {
                heirs.insert((task.clone(), part, a.id.value.clone()), r.value.clone());
            }
            next.push(At::new(a.id.value.clone(), r.loc.clone()));
        }
    }
    next
}
