//! The plan over its life: agencies that end and their successors, and
//! amendments by later decisions, must make sense together.

use crate::diagnostic::Diagnostic;
use crate::model::{Change, Plan};
use crate::source::Loc;
use chrono::NaiveDate;
use std::collections::HashSet;

pub fn check(plan: &Plan, out: &mut Vec<Diagnostic>) {
    succession(plan, out);
    amendments(plan, out);
}

fn succession(plan: &Plan, out: &mut Vec<Diagnostic>) {
    for a in &plan.agencies {
        if let (Some(s), None) = (a.successor.first(), &a.until) {
            out.push(
                Diagnostic::error(
                    "successor-without-until",
                    format!("agency \"{}\" has a successor but no last day", a.id.as_str()),
                )
                .at(&plan.sources, &s.loc)
                .help("add until = YYYY-MM-DD, the last day before the successor took over, from the act in `source`"),
            );
        }
        if let Some(u) = &a.until {
            if a.source.is_none() {
                out.push(
                    Diagnostic::error(
                        "missing-field",
                        format!("agency \"{}\" ends on {} with no `source`", a.id.as_str(), u.value),
                    )
                    .at(&plan.sources, &u.loc)
                    .help("cite the act that decided it: source = \"Nghị định số 45/2025/NĐ-CP ngày 28/02/2025\""),
                );
            }
            in_life(plan, u.value, &u.loc, "the agency's last day", out);
        }
        // A successor must not lead, through its own successors, back here.
        let mut seen = HashSet::new();
        let mut next: Vec<&str> = a.successor.iter().map(|s| s.as_str()).collect();
        while let Some(id) = next.pop() {
            if id == a.id.as_str() {
                out.push(
                    Diagnostic::error(
                        "successor-cycle",
                        format!("agency \"{}\" succeeds itself through its successors", a.id.as_str()),
                    )
                    .at(&plan.sources, &a.id.loc)
                    .help("a successor is the agency that takes over; follow the chain and remove the link back"),
                );
                break;
            }
            if !seen.insert(id) {
                continue;
            }
            if let Some(s) = plan.agencies.iter().find(|x| x.id.as_str() == id) {
                next.extend(s.successor.iter().map(|x| x.as_str()));
            }
        }
    }
}

fn amendments(plan: &Plan, out: &mut Vec<Diagnostic>) {
    let ids: HashSet<&str> = plan.tasks.iter().map(|t| t.id.as_str()).collect();
    for a in &plan.amendments {
        if let Some(issued) = plan.meta.issued_on {
            if a.from < issued || a.decision.issued_on < issued {
                out.push(
                    Diagnostic::error(
                        "amendment-before-plan",
                        format!(
                            "the amendment by {} is dated before the plan was issued ({issued})",
                            a.decision.number
                        ),
                    )
                    .at(&plan.sources, &a.loc)
                    .help("an amendment changes the plan after it was issued; check the year"),
                );
            }
        }
        if a.from < a.decision.issued_on {
            out.push(
                Diagnostic::warning(
                    "retroactive-amendment",
                    format!(
                        "the amendment by {} applies from {}, before it was issued ({})",
                        a.decision.number, a.from, a.decision.issued_on
                    ),
                )
                .at(&plan.sources, &a.loc)
                .help("reports of dates before it was issued now read the amended terms; check `from` against the decision"),
            );
        }
        // Amending a task before the amendment that adds it takes effect.
        let added_from = plan.amendments.iter().find_map(|x| match &x.change {
            Change::Add(t) if t.id.value == a.task.value => Some(x.from),
            _ => None,
        });
        if let (Some(added), false) = (added_from, matches!(a.change, Change::Add(_))) {
            if a.from < added {
                out.push(
                    Diagnostic::error(
                        "amendment-before-task",
                        format!(
                            "the amendment by {} changes task \"{}\" from {}, before the task is added ({})",
                            a.decision.number,
                            a.task.as_str(),
                            a.from,
                            added
                        ),
                    )
                    .at(&plan.sources, &a.loc)
                    .help("an added task can be amended from the day it is added on"),
                );
            }
        }
        match &a.change {
            Change::Add(t) => {
                if ids.contains(t.id.as_str()) {
                    out.push(
                        Diagnostic::error(
                            "duplicate-id",
                            format!("the amendment adds task \"{}\", which the plan already has", t.id.as_str()),
                        )
                        .at(&plan.sources, &t.id.loc)
                        .help("give the new task an id of its own, or amend the existing task instead"),
                    );
                }
                if !plan
                    .sections
                    .iter()
                    .any(|s| t.id.as_str().starts_with(&format!("{}.", s.id.as_str())))
                {
                    out.push(
                        Diagnostic::error(
                            "task-outside-section",
                            format!(
                                "the added task \"{}\" belongs to no section of the plan",
                                t.id.as_str()
                            ),
                        )
                        .at(&plan.sources, &t.id.loc)
                        .help("start its id with the id of its section, e.g. \"PL2.III.27\""),
                    );
                }
            }
            Change::Terms(_) | Change::Cancel => {}
        }
    }
}

/// A date that must fall within the plan's life: not before it was issued.
fn in_life(plan: &Plan, date: NaiveDate, loc: &Loc, what: &str, out: &mut Vec<Diagnostic>) {
    if let Some(issued) = plan.meta.issued_on {
        if date < issued {
            out.push(
                Diagnostic::error(
                    "date-before-plan",
                    format!("{what} ({date}) is before the plan was issued ({issued})"),
                )
                .at(&plan.sources, loc)
                .help("changes recorded here happen during the plan's life; check the year"),
            );
        }
    }
}
