//! The same id twice, in one file or across files (compared as people type
//! them: `pl2.iii.14` and `PL2.III.14` are one id).

use crate::catalogue::finding::IdKind;
use crate::catalogue::Finding;
use crate::diagnostic::Diagnostic;
use crate::model::Plan;
use crate::source::Loc;
use compact_str::CompactString;
use std::collections::hash_map::{Entry, HashMap};

pub fn check(plan: &Plan, out: &mut Vec<Diagnostic>) {
    let mut each = |kind: IdKind, items: &mut dyn Iterator<Item = (&str, &Loc)>| {
        // Keyed by the id in lower case, made once an id and kept inline
        // (ids are short): two lower-case copies of every id on the heap
        // were 200 000 allocations and 9 MB at the peak of a cold load of
        // 100 000 tasks.
        let mut seen: HashMap<CompactString, &Loc> = HashMap::with_capacity(items.size_hint().0);
        for (id, loc) in items {
            // Ids compare without regard to case, as people type them.
            let key = if id.is_ascii() {
                let mut key = CompactString::from(id);
                key.make_ascii_lowercase();
                key
            } else {
                id.chars().flat_map(char::to_lowercase).collect()
            };
            match seen.entry(key) {
                Entry::Occupied(first) => {
                    let first = *first.get();
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
                Entry::Vacant(v) => {
                    v.insert(loc);
                }
            }
        }
    };
    each(
        IdKind::Task,
        &mut plan.tasks.iter().map(|t| (t.id.as_str(), &t.id.loc)),
    );
    each(
        IdKind::Section,
        &mut plan.sections.iter().map(|s| (s.id.as_str(), &s.id.loc)),
    );
    each(
        IdKind::Agency,
        &mut plan.agencies.iter().map(|a| (a.id.as_str(), &a.id.loc)),
    );
    each(
        IdKind::Indicator,
        &mut plan.indicators.iter().map(|i| (i.id.as_str(), &i.id.loc)),
    );
}
