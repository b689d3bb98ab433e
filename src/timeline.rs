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
        if !self.changes_by(date) {
            return Cow::Borrowed(self);
        }
        Cow::Owned(self.clone().into_on(date))
    }

    /// [`Plan::on`], made from this plan in place: for a command that reads
    /// the plan on one date only, a copy of every task (100 MB at 100 000
    /// tasks) once any agency had merged or any amendment was in force.
    pub fn into_on(mut self, date: NaiveDate) -> Plan {
        if !self.changes_by(date) {
            return self;
        }
        let amendments = std::mem::take(&mut self.amendments);
        for a in in_force(&amendments, date) {
            apply(&mut self, a);
        }
        self.amendments = amendments;
        if self.succeeded_by(date) {
            pass_to_successors(&mut self, date);
        }
        self
    }

    /// Whether the plan on `date` differs from the plan as decided.
    fn changes_by(&self, date: NaiveDate) -> bool {
        self.amendments.iter().any(|a| a.from <= date) || self.succeeded_by(date)
    }

    /// Whether an agency has ended by `date` and left a successor.
    fn succeeded_by(&self, date: NaiveDate) -> bool {
        self.agencies
            .iter()
            .any(|a| !a.exists_on(date) && !a.successor.is_empty())
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

/// Each part of a task, indicator and the aggregator passed to whoever is
/// responsible on `date`. Only the agencies are read to find them, and no
/// amendment changes those, so the plan answers for itself: its tasks and
/// indicators are taken out while they change.
fn pass_to_successors(plan: &mut Plan, date: NaiveDate) {
    let mut heirs = Heirs::new();
    let mut tasks = std::mem::take(&mut plan.tasks);
    for task in &mut tasks {
        // Most tasks name no agency that has gone: left as they are, not
        // rebuilt (a new pair of lists for each of 100 000 tasks).
        if !stays(plan, date, &task.lead, &[]) {
            task.lead = heirs_of(
                plan,
                date,
                &task.id.value,
                Part::Lead,
                &task.lead,
                &[],
                &mut heirs,
            );
        }
        // An agency that now leads is not also its own supporter: said once,
        // as the lead, whatever the supporting agency it absorbed.
        if !stays(plan, date, &task.support, &task.lead) {
            task.support = heirs_of(
                plan,
                date,
                &task.id.value,
                Part::Support,
                &task.support,
                &task.lead,
                &mut heirs,
            );
        }
    }
    plan.tasks = tasks;
    plan.heirs = heirs;
    let mut indicators = std::mem::take(&mut plan.indicators);
    for i in &mut indicators {
        if let Some(r) = &mut i.responsible {
            if let Some(a) = plan.responsible(&r.value, date).first() {
                r.value = a.id.value.clone();
            }
        }
    }
    plan.indicators = indicators;
    // The aggregator's reports go to whoever took it over.
    let aggregator = plan
        .meta
        .reporting
        .as_ref()
        .and_then(|r| r.aggregator.as_ref())
        .map(|a| a.value.clone());
    let now = aggregator.and_then(|id| Some(plan.responsible(&id, date).first()?.id.value.clone()));
    if let (Some(now), Some(agg)) = (
        now,
        plan.meta
            .reporting
            .as_mut()
            .and_then(|r| r.aggregator.as_mut()),
    ) {
        agg.value = now;
    }
}

/// Whether [`heirs_of`] would give `named` back as it is: every agency known
/// and still responsible itself on `date`, each named once and none of them
/// in `taken`.
fn stays(plan: &Plan, date: NaiveDate, named: &[At<AgencyId>], taken: &[At<AgencyId>]) -> bool {
    named.iter().enumerate().all(|(i, r)| {
        let once = !named[..i].iter().chain(taken).any(|n| n.value == r.value);
        once && plan
            .agency(&r.value)
            .is_some_and(|a| a.exists_on(date) || a.successor.is_empty())
    })
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

#[cfg(test)]
mod tests {
    use super::*;

    /// What a view holds that `on` can change, comparable (heirs sorted).
    fn seen(p: &Plan) -> String {
        let mut heirs: Vec<_> = p.heirs.iter().map(|h| format!("{h:?}")).collect();
        heirs.sort();
        format!(
            "{:?}\n{:?}\n{:?}\n{:?}\n{heirs:?}",
            p.tasks, p.progress.updates, p.indicators, p.meta
        )
    }

    #[test]
    fn a_plan_made_on_a_date_in_place_is_the_plan_on_that_date() {
        let generated = crate::generate::plan_with(2500, 3, true)
            .into_iter()
            .map(|(rel, text)| crate::load::InputFile {
                rel,
                bytes: Ok(text.into_bytes()),
            })
            .collect();
        let plans = [
            crate::load::load_files("gen", generated).plan,
            // The bundled plan: its 2025 reorganisation and its amendments.
            crate::load::load_dir(std::path::Path::new("plan"))
                .unwrap()
                .plan,
        ];
        for plan in plans {
            for date in [
                "2023-01-01",
                "2024-03-15",
                "2025-03-01",
                "2025-12-31",
                "2030-12-31",
            ] {
                let date: NaiveDate = date.parse().unwrap();
                let on = plan.on(date);
                assert_eq!(seen(&on), seen(&plan.clone().into_on(date)), "{date}");
            }
            let date = "2025-12-31".parse().unwrap();
            let later = plan.into_on(date);
            // Once agencies merged, every part of every task is an agency
            // that exists (or left no successor), each named once, and no
            // supporter is also the lead.
            for t in &later.tasks {
                let ids: Vec<&str> = t
                    .lead
                    .iter()
                    .chain(&t.support)
                    .map(|a| a.as_str())
                    .collect();
                let mut unique = ids.clone();
                unique.sort();
                unique.dedup();
                assert_eq!(unique.len(), ids.len(), "{}: {ids:?}", t.id.as_str());
                for id in ids {
                    let a = later.agency(&AgencyId::from(id)).unwrap();
                    assert!(a.exists_on(date) || a.successor.is_empty(), "{id}");
                }
            }
            assert!(!later.heirs.is_empty());
        }
    }
}
