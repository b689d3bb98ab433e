//! The same id twice, in one file or across files (compared as people type
//! them: `pl2.iii.14` and `PL2.III.14` are one id).

use crate::catalogue::finding::IdKind;
use crate::catalogue::Finding;
use crate::diagnostic::Diagnostic;
use crate::model::Plan;
use crate::source::Loc;
use std::collections::HashMap;

pub fn check(plan: &Plan, out: &mut Vec<Diagnostic>) {
    let mut each = |kind: IdKind, items: Vec<(&str, &Loc)>| {
        let mut seen: HashMap<String, &Loc> = HashMap::new();
        for (id, loc) in items {
            // Ids compare without regard to case, as people type them.
            match seen.get(&id.to_lowercase()) {
                Some(first) => {
                    let f = plan.sources.get(first.file);
                    let pos = f.position(first.span().start);
                    out.push(
                        Diagnostic::new(Finding::DuplicateId {
                            kind,
                            id: id.to_string(),
                            first: format!("{}:{}:{}", f.path, pos.line, pos.column),
                        })
                        .at(&plan.sources, loc),
                    );
                }
                None => {
                    seen.insert(id.to_lowercase(), loc);
                }
            }
        }
    };
    each(
        IdKind::Task,
        plan.tasks
            .iter()
            .map(|t| (t.id.as_str(), &t.id.loc))
            .collect(),
    );
    each(
        IdKind::Section,
        plan.sections
            .iter()
            .map(|s| (s.id.as_str(), &s.id.loc))
            .collect(),
    );
    each(
        IdKind::Agency,
        plan.agencies
            .iter()
            .map(|a| (a.id.as_str(), &a.id.loc))
            .collect(),
    );
    each(
        IdKind::Indicator,
        plan.indicators
            .iter()
            .map(|i| (i.id.as_str(), &i.id.loc))
            .collect(),
    );
}
