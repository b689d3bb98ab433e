//! Dates that contradict each other or the decision.

use crate::catalogue::finding::Outside;
use crate::catalogue::Finding;
use crate::diagnostic::Diagnostic;
use crate::model::{Plan, Timing};

pub fn check(plan: &Plan, out: &mut Vec<Diagnostic>) {
    conflicting_updates(plan, out);
    outside_the_plan(plan, out);
    for t in &plan.tasks {
        let dues: Vec<_> = match &t.timing {
            Timing::Due(d) => vec![d],
            Timing::Milestones(ms) => ms.iter().map(|m| &m.due).collect(),
            Timing::Ongoing => vec![],
        };
        if let (Some(start), Some(first)) = (&t.start, dues.iter().min_by_key(|d| d.value)) {
            if start.value > first.value {
                out.push(
                    Diagnostic::new(Finding::StartAfterDue {
                        task: t.id.as_str().to_string(),
                        start: start.value,
                        due: first.value,
                    })
                    .at(&plan.sources, &start.loc),
                );
            }
        }
        for pair in dues.windows(2) {
            if pair[1].value < pair[0].value {
                out.push(
                    Diagnostic::new(Finding::MilestoneOrder {
                        task: t.id.as_str().to_string(),
                        later: pair[1].value,
                        earlier: pair[0].value,
                    })
                    .at(&plan.sources, &pair[1].loc),
                );
            }
        }
        if let Some(issued) = plan.meta.issued_on {
            for d in &dues {
                if d.value < issued {
                    out.push(
                        Diagnostic::new(Finding::DueBeforeIssue {
                            task: t.id.as_str().to_string(),
                            due: d.value,
                            issued,
                        })
                        .at(&plan.sources, &d.loc),
                    );
                }
            }
        }
    }
}

/// Two updates of the same task (or milestone) on the same day that disagree:
/// the later one in the files counts, but one of them is probably a mistake.
fn conflicting_updates(plan: &Plan, out: &mut Vec<Diagnostic>) {
    let mut seen: std::collections::HashMap<
        (&str, Option<u32>, chrono::NaiveDate),
        &crate::model::Update,
    > = std::collections::HashMap::new();
    for u in &plan.progress.updates {
        let key = (u.task.as_str(), u.milestone.as_ref().map(|m| m.value), u.on);
        if let Some(first) = seen.insert(key, u) {
            if first.status != u.status {
                out.push(
                    Diagnostic::new(Finding::ConflictingUpdates {
                        task: u.task.as_str().to_string(),
                        on: u.on,
                        first: first.status.key().to_string(),
                        then: u.status.key().to_string(),
                    })
                    .at(&plan.sources, &u.loc),
                );
            }
        }
    }
}

/// Updates and receipts dated before the plan was signed or after its
/// horizon: possible (a late correction), but usually a typo in the year, and
/// an update from 2019 would otherwise count as a completion on time.
fn outside_the_plan(plan: &Plan, out: &mut Vec<Diagnostic>) {
    let span = crate::dates::plan_span(plan);
    for u in &plan.progress.updates {
        if let Some(outside) = outside(&span, u.on) {
            out.push(
                Diagnostic::new(Finding::UpdateOutsidePlan {
                    task: u.task.as_str().to_string(),
                    on: u.on,
                    outside,
                })
                .at(&plan.sources, &u.loc),
            );
        }
    }
    for r in &plan.progress.reports {
        if let Some(outside) = outside(&span, r.received_on) {
            out.push(
                Diagnostic::new(Finding::ReportOutsidePlan {
                    agency: r.agency.as_str().to_string(),
                    on: r.received_on,
                    outside,
                })
                .at(&plan.sources, &r.loc),
            );
        }
    }
}

/// Why `date` is implausible for the plan, typed: the same test as
/// `PlanSpan::outside`, whose words `update` and `received` print.
fn outside(span: &crate::dates::PlanSpan, date: chrono::NaiveDate) -> Option<Outside> {
    if let Some(issued) = span.from.filter(|f| date < *f) {
        return Some(Outside::BeforeIssue { issued });
    }
    span.to
        .filter(|t| date > *t)
        .map(|horizon| Outside::AfterHorizon { horizon })
}
