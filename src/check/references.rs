//! Every agency, indicator, task and milestone a file names must exist.

use crate::catalogue::Finding;
use crate::diagnostic::Diagnostic;
use crate::model::{Plan, Timing};
use crate::source::At;
use crate::text::{fold, nearest};
use std::collections::{HashMap, HashSet};

pub fn check(plan: &Plan, out: &mut Vec<Diagnostic>) {
    let agencies: HashSet<&str> = plan.agencies.iter().map(|a| a.id.as_str()).collect();
    // Names and aliases, folded, to the id: "SKHĐT" is a spelling of "skhdt".
    let mut spellings: HashMap<String, &str> = HashMap::new();
    for a in &plan.agencies {
        for s in a.aliases.iter().chain([&a.name]) {
            spellings.insert(fold(s), a.id.as_str());
        }
    }
    let agency_ids: Vec<&str> = {
        let mut v: Vec<&str> = agencies.iter().copied().collect();
        v.sort_unstable();
        v
    };
    let mut agency_ref = |r: &At<crate::ids::AgencyId>, role: &str| {
        if agencies.contains(r.as_str()) {
            return;
        }
        let spelling_of = spellings.get(&fold(r.as_str())).map(|id| id.to_string());
        let suggestion = match spelling_of {
            Some(_) => None,
            None => first(nearest(r.as_str(), agency_ids.iter().copied())),
        };
        out.push(
            Diagnostic::new(Finding::UnknownAgency {
                id: r.as_str().to_string(),
                role: role.to_string(),
                spelling_of,
                suggestion,
            })
            .at(&plan.sources, &r.loc),
        );
    };
    if let Some(a) = &plan.meta.issued_by {
        agency_ref(a, "issued_by");
    }
    if let Some(a) = plan
        .meta
        .reporting
        .as_ref()
        .and_then(|r| r.aggregator.as_ref())
    {
        agency_ref(a, "aggregator");
    }
    for t in &plan.tasks {
        t.lead.iter().for_each(|a| agency_ref(a, "lead"));
        t.support.iter().for_each(|a| agency_ref(a, "support"));
    }
    for r in &plan.progress.reports {
        agency_ref(&r.agency, "report");
    }
    for a in &plan.agencies {
        for m in &a.member_of {
            agency_ref(m, "member_of");
        }
        for s in &a.successor {
            agency_ref(s, "successor");
        }
    }
    for i in &plan.indicators {
        if let Some(r) = &i.responsible {
            agency_ref(r, "responsible");
        }
    }
    for am in &plan.amendments {
        if let Some(by) = &am.decision.issued_by {
            agency_ref(by, "issued_by");
        }
        let (lead, support) = match &am.change {
            crate::model::Change::Terms(t) => (t.lead.as_deref(), t.support.as_deref()),
            crate::model::Change::Add(t) => (Some(t.lead.as_slice()), Some(t.support.as_slice())),
            crate::model::Change::Cancel => (None, None),
        };
        lead.into_iter()
            .flatten()
            .for_each(|a| agency_ref(a, "lead"));
        support
            .into_iter()
            .flatten()
            .for_each(|a| agency_ref(a, "support"));
    }
    for a in &plan.agencies {
        for m in &a.member_of {
            if let Some(group) = plan.agency(&m.value) {
                if group.level != crate::model::AgencyLevel::Group {
                    out.push(
                        Diagnostic::new(Finding::NotAGroup {
                            id: m.as_str().to_string(),
                        })
                        .at(&plan.sources, &m.loc),
                    );
                }
            }
        }
    }

    let indicator_ids: Vec<&str> = plan.indicators.iter().map(|i| i.id.as_str()).collect();
    let mut indicator_ref = |r: &At<crate::ids::IndicatorId>| {
        if indicator_ids.contains(&r.as_str()) {
            return;
        }
        out.push(
            Diagnostic::new(Finding::UnknownIndicator {
                id: r.as_str().to_string(),
                suggestion: first(nearest(r.as_str(), indicator_ids.iter().copied())),
            })
            .at(&plan.sources, &r.loc),
        );
    };
    for t in &plan.tasks {
        t.indicators.iter().for_each(&mut indicator_ref);
    }
    for a in &plan.progress.actuals {
        indicator_ref(&a.indicator);
    }

    // Tasks an amendment adds can be updated like the decision's own.
    let added = plan.amendments.iter().filter_map(|a| match &a.change {
        crate::model::Change::Add(t) => Some(t.as_ref()),
        _ => None,
    });
    let tasks: HashMap<&str, &crate::model::Task> = plan
        .tasks
        .iter()
        .chain(added)
        .map(|t| (t.id.as_str(), t))
        .collect();
    let mut task_ids: Vec<&str> = tasks.keys().copied().collect();
    task_ids.sort_unstable();
    let unknown_task = |r: &At<crate::ids::TaskId>| {
        Diagnostic::new(Finding::UnknownTask {
            id: r.as_str().to_string(),
            suggestion: first(nearest(r.as_str(), task_ids.iter().copied())),
        })
        .at(&plan.sources, &r.loc)
    };
    for i in &plan.indicators {
        if let Some(m) = &i.monitored_by {
            if !tasks.contains_key(m.as_str()) {
                out.push(unknown_task(m));
            }
        }
    }
    for am in &plan.amendments {
        if !matches!(am.change, crate::model::Change::Add(_))
            && !tasks.contains_key(am.task.as_str())
        {
            out.push(unknown_task(&am.task));
        }
    }
    for u in &plan.progress.updates {
        let Some(task) = tasks.get(u.task.as_str()) else {
            out.push(unknown_task(&u.task));
            continue;
        };
        let Some(m) = &u.milestone else { continue };
        // An amendment may give the task milestones (or more of them): an update
        // may name any milestone the task has under some terms.
        let amended = plan.amendments.iter().filter_map(|a| match &a.change {
            crate::model::Change::Terms(t) if a.task.value == task.id.value => match &t.timing {
                Some(Timing::Milestones(ms)) => Some(ms.len()),
                _ => None,
            },
            _ => None,
        });
        let count = match &task.timing {
            Timing::Milestones(ms) => ms.len(),
            _ => 0,
        }
        .max(amended.max().unwrap_or(0));
        if m.value as usize > count {
            out.push(
                Diagnostic::new(Finding::UnknownMilestone {
                    task: task.id.as_str().to_string(),
                    number: m.value,
                    count,
                })
                .at(&plan.sources, &m.loc),
            );
        }
    }
}

/// The nearest candidate, to suggest.
fn first(near: Vec<&str>) -> Option<String> {
    near.first().map(|s| s.to_string())
}
