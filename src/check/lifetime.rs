//! The plan over its life: agencies that end and their successors, and
//! amendments by later decisions, must make sense together.

use crate::catalogue::Finding;
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
                Diagnostic::new(Finding::SuccessorWithoutUntil {
                    agency: a.id.as_str().to_string(),
                })
                .at(&plan.sources, &s.loc),
            );
        }
        if let Some(u) = &a.until {
            if a.source.is_none() {
                out.push(
                    Diagnostic::new(Finding::UntilWithoutSource {
                        agency: a.id.as_str().to_string(),
                        until: u.value,
                    })
                    .at(&plan.sources, &u.loc),
                );
            }
            ends_in_life(plan, u.value, &u.loc, out);
        }
        // A successor must not lead, through its own successors, back here.
        let mut seen = HashSet::new();
        let mut next: Vec<&str> = a.successor.iter().map(|s| s.as_str()).collect();
        while let Some(id) = next.pop() {
            if id == a.id.as_str() {
                out.push(
                    Diagnostic::new(Finding::SuccessorCycle {
                        agency: a.id.as_str().to_string(),
                    })
                    .at(&plan.sources, &a.id.loc),
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
                    Diagnostic::new(Finding::AmendmentBeforePlan {
                        decision: a.decision.number.clone(),
                        issued,
                    })
                    .at(&plan.sources, &a.loc),
                );
            }
        }
        if a.from < a.decision.issued_on {
            out.push(
                Diagnostic::new(Finding::RetroactiveAmendment {
                    decision: a.decision.number.clone(),
                    from: a.from,
                    issued: a.decision.issued_on,
                })
                .at(&plan.sources, &a.loc),
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
                    Diagnostic::new(Finding::AmendmentBeforeTask {
                        decision: a.decision.number.clone(),
                        task: a.task.as_str().to_string(),
                        from: a.from,
                        added,
                    })
                    .at(&plan.sources, &a.loc),
                );
            }
        }
        match &a.change {
            Change::Add(t) => {
                if ids.contains(t.id.as_str()) {
                    out.push(
                        Diagnostic::new(Finding::AddedTaskExists {
                            task: t.id.as_str().to_string(),
                        })
                        .at(&plan.sources, &t.id.loc),
                    );
                }
                if !plan
                    .sections
                    .iter()
                    .any(|s| t.id.as_str().starts_with(&format!("{}.", s.id.as_str())))
                {
                    out.push(
                        Diagnostic::new(Finding::AddedTaskOutsideSection {
                            task: t.id.as_str().to_string(),
                        })
                        .at(&plan.sources, &t.id.loc),
                    );
                }
            }
            Change::Terms(_) | Change::Cancel => {}
        }
    }
}

/// An agency's last day falls within the plan's life: not before it was
/// issued.
fn ends_in_life(plan: &Plan, until: NaiveDate, loc: &Loc, out: &mut Vec<Diagnostic>) {
    if let Some(issued) = plan.meta.issued_on {
        if until < issued {
            out.push(
                Diagnostic::new(Finding::AgencyEndsBeforePlan { until, issued })
                    .at(&plan.sources, loc),
            );
        }
    }
}
