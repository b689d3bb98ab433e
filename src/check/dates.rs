//! Dates that contradict each other or the decision.

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
                    Diagnostic::error(
                        "start-after-due",
                        format!(
                            "task \"{}\" starts on {} but is due on {}",
                            t.id.as_str(),
                            start.value,
                            first.value
                        ),
                    )
                    .at(&plan.sources, &start.loc)
                    .help("check both dates against the decision's schedule"),
                );
            }
        }
        for pair in dues.windows(2) {
            if pair[1].value < pair[0].value {
                out.push(
                    Diagnostic::error(
                        "milestone-order",
                        format!(
                            "milestones of task \"{}\" are out of date order: {} comes after {}",
                            t.id.as_str(),
                            pair[1].value,
                            pair[0].value
                        ),
                    )
                    .at(&plan.sources, &pair[1].loc)
                    .help("list milestones earliest first; updates refer to them by number"),
                );
            }
        }
        if let Some(issued) = plan.meta.issued_on {
            for d in &dues {
                if d.value < issued {
                    out.push(
                        Diagnostic::warning(
                            "due-before-issue",
                            format!("task \"{}\" is due on {}, before the decision was issued ({issued})", t.id.as_str(), d.value),
                        )
                        .at(&plan.sources, &d.loc)
                        .help("a deadline before the decision is likely a typo in the year"),
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
                    Diagnostic::warning(
                        "conflicting-updates",
                        format!(
                            "two updates of \"{}\" on {} disagree: {} then {}",
                            u.task.as_str(),
                            u.on,
                            first.status.key(),
                            u.status.key()
                        ),
                    )
                    .at(&plan.sources, &u.loc)
                    .help("the later one counts; delete the one that is wrong, or give each its own date"),
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
        if let Some(why) = span.outside(u.on) {
            out.push(
                Diagnostic::warning(
                    "date-outside-plan",
                    format!("the update of \"{}\" is dated {}, {why}", u.task.as_str(), u.on),
                )
                .at(&plan.sources, &u.loc)
                .help("check the year of `on`; an update counts from its date, so a wrong year changes whether the task was done on time"),
            );
        }
    }
    for r in &plan.progress.reports {
        if let Some(why) = span.outside(r.received_on) {
            out.push(
                Diagnostic::warning(
                    "date-outside-plan",
                    format!(
                        "the report of \"{}\" was received on {}, {why}",
                        r.agency.as_str(),
                        r.received_on
                    ),
                )
                .at(&plan.sources, &r.loc)
                .help("check the year of `received_on`"),
            );
        }
    }
}
