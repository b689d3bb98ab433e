//! Indicator figures that cannot be judged honestly: two figures for one
//! indicator and year, a growth rate of −100 % or below under a compound
//! (geometric) mean, and figures whose combination is not a finite number.
//! Each would otherwise end as a silent choice or a `NaN` read as "met".

use crate::assess::combine;
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
                Diagnostic::error(
                    "duplicate-actual",
                    format!(
                        "indicator \"{}\" has two figures for {}: {} at {} and {} here",
                        a.indicator.as_str(),
                        a.year,
                        first.value,
                        place(plan, &first.loc),
                        a.value
                    ),
                )
                .at(&plan.sources, &a.loc)
                .help("keep the one figure that was published for that year and delete the other; a corrected figure replaces the old one"),
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
                    Diagnostic::error(
                        "rate-below-minus-100",
                        format!(
                            "indicator \"{}\" is a growth rate combined as a compound yearly rate, and {} for {} is −100 % or below",
                            ind.id.as_str(), a.value, a.year
                        ),
                    )
                    .at(&plan.sources, &a.loc)
                    .help("a growth rate of −100 % means nothing is left, so no compound rate exists; check the figure (a percentage, e.g. 7.5 for 7.5 %)"),
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
                let inputs: Vec<String> = used
                    .iter()
                    .map(|a| format!("{} = {} ({})", a.year, a.value, place(plan, &a.loc)))
                    .collect();
                out.push(
                    Diagnostic::error(
                        "not-finite",
                        format!(
                            "the figures of indicator \"{}\" for {first}–{last} combine to {c}, not a number: {}",
                            ind.id.as_str(),
                            inputs.join(", ")
                        ),
                    )
                    .at(&plan.sources, &t.loc)
                    .help("one of these figures is far too large or wrong in sign; correct it in its progress file"),
                );
            }
        }
    }
}

/// "progress/2024.toml:12" for messages that name a second place.
fn place(plan: &Plan, loc: &Loc) -> String {
    let f = plan.sources.get(loc.file);
    format!("{}:{}", f.path, f.position(loc.span.start).line)
}
