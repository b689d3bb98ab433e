//! Indicator figures that cannot be judged honestly: two figures for one
//! indicator and year, a growth rate of −100 % or below under a compound
//! (geometric) mean, and figures whose combination is not a finite number.
//! Each would otherwise end as a silent choice or a `NaN` read as "met".

use crate::assess::combine;
use crate::catalogue::finding::Figure;
use crate::catalogue::Finding;
use crate::diagnostic::Diagnostic;
use crate::model::{Actual, Aggregate, Plan, TargetWhen};
use crate::source::Loc;
use std::collections::HashMap;

pub fn check(plan: &Plan, out: &mut Vec<Diagnostic>) {
    let mut by_indicator: HashMap<&str, Vec<&Actual>> = HashMap::new();
    let mut seen: HashMap<(&str, i32), &Actual> = HashMap::new();
    for a in &plan.progress.actuals {
        let key = (a.indicator.as_str(), a.year);
        if let Some(first) = seen.get(&key) {
            out.push(
                Diagnostic::new(Finding::DuplicateActual {
                    indicator: a.indicator.as_str().to_string(),
                    year: a.year,
                    first: first.value,
                    first_at: place(plan, &first.loc),
                    value: a.value,
                })
                .at(&plan.sources, &a.loc),
            );
            continue;
        }
        seen.insert(key, a);
        by_indicator
            .entry(a.indicator.as_str())
            .or_default()
            .push(a);
    }
    for ind in &plan.indicators {
        let Some(actuals) = by_indicator.get(ind.id.as_str()) else {
            continue;
        };
        if ind.aggregate == Aggregate::Geomean {
            for a in actuals.iter().filter(|a| a.value <= -100.0) {
                out.push(
                    Diagnostic::new(Finding::RateBelowMinus100 {
                        indicator: ind.id.as_str().to_string(),
                        year: a.year,
                        value: a.value,
                    })
                    .at(&plan.sources, &a.loc),
                );
            }
        }
        for t in &ind.targets {
            let (first, last) = match t.when {
                TargetWhen::Year(_) => continue,
                TargetWhen::Period(a, b) => (a, b),
            };
            let mut used: Vec<&&Actual> = actuals
                .iter()
                .filter(|a| (first..=last).contains(&a.year))
                .collect();
            used.sort_by_key(|a| a.year);
            let values: Vec<f64> = used.iter().map(|a| a.value).collect();
            // Every prefix is combined when a period is judged part way.
            let bad = (1..=values.len())
                .find_map(|n| combine(&values[..n], ind.aggregate).filter(|c| !c.is_finite()));
            if let Some(c) = bad {
                let figures = used
                    .iter()
                    .map(|a| Figure {
                        year: a.year,
                        value: a.value,
                        at: place(plan, &a.loc),
                    })
                    .collect();
                out.push(
                    Diagnostic::new(Finding::CombinedNotFinite {
                        indicator: ind.id.as_str().to_string(),
                        first,
                        last,
                        combined: c.to_string(),
                        figures,
                    })
                    .at(&plan.sources, &t.loc),
                );
            }
        }
    }
}

/// "progress/2024.toml:12" for messages that name a second place.
/// `file:line` of a place, as findings name another place.
pub(super) fn place(plan: &Plan, loc: &Loc) -> String {
    let f = plan.sources.get(loc.file);
    format!("{}:{}", f.path, f.position(loc.span().start).line)
}
