//! One receipt per agency, year and period: `plan received` refuses a
//! second, but a hand edit or a merge of two branches can still bring one.
//! The scorecard counts the earliest; the later one is said.

use crate::catalogue::Finding;
use crate::diagnostic::Diagnostic;
use crate::model::{Period, Plan, Report};
use std::collections::HashMap;

pub fn check(plan: &Plan, out: &mut Vec<Diagnostic>) {
    let mut seen: HashMap<(&str, i32, Period), &Report> = HashMap::new();
    for r in &plan.progress.reports {
        let key = (r.agency.as_str(), r.year, r.period);
        match seen.get(&key) {
            // The very same receipt twice is one fact written twice; `fmt`
            // and `received` keep it once, and it changes no judgement.
            Some(first) if first.received_on == r.received_on => {}
            Some(first) => out.push(
                Diagnostic::new(Finding::DuplicateReport {
                    agency: r.agency.as_str().to_string(),
                    year: r.year,
                    half_year: r.period == Period::H1,
                    first_on: first.received_on,
                    first_at: super::numbers::place(plan, &first.loc),
                    on: r.received_on,
                })
                .at(&plan.sources, &r.loc),
            ),
            None => {
                seen.insert(key, r);
            }
        }
    }
}
