//! agencies.toml: the registry of every agency the decision names.

use super::table::{Cx, Table};
use crate::catalogue::finding::Part;
use crate::catalogue::Finding;
use crate::ids::AgencyId;
use crate::model::{Agency, AgencyLevel};
use crate::source::At;

pub fn read(cx: &mut Cx, mut root: Table) -> Vec<Agency> {
    let tables = root.tables(cx, "agency", Part::Agency);
    root.finish(cx);
    tables
        .into_iter()
        .filter_map(|t| read_agency(cx, t))
        .collect()
}

fn read_agency(cx: &mut Cx, mut t: Table) -> Option<Agency> {
    let id = t.req_string(cx, "id");
    let name = t.req_string(cx, "name");
    let name_en = t.string(cx, "name_en").map(|s| s.value);
    let aliases = t
        .strings(cx, "aliases")
        .into_iter()
        .map(|s| s.value)
        .collect();
    let level = match t.string(cx, "level") {
        None => AgencyLevel::Other,
        Some(s) => AgencyLevel::parse(&s.value).unwrap_or_else(|| {
            bad_word(cx, &s, "level", &AgencyLevel::WORDS);
            AgencyLevel::Other
        }),
    };
    let member_of = t
        .strings(cx, "member_of")
        .into_iter()
        .map(|s| At::new(AgencyId::from(s.value), s.loc))
        .collect();
    let until = t.date(cx, "until");
    let successor = t
        .string_or_strings(cx, "successor")
        .into_iter()
        .map(|s| At::new(AgencyId::from(s.value), s.loc))
        .collect();
    let source = t.string(cx, "source").map(|s| s.value);
    t.finish(cx);
    let id = id?;
    if let Some(name) = &name {
        if name.value.trim().is_empty() {
            cx.report(name.loc.span(), Finding::EmptyAgencyName);
        }
    }
    Some(Agency {
        id: At::new(AgencyId::from(id.value), id.loc),
        name: name.map(|n| n.value).unwrap_or_default(),
        name_en,
        aliases,
        level,
        member_of,
        until,
        successor,
        source,
    })
}

/// A value outside a closed list of words: names the list and the nearest word.
pub fn bad_word(cx: &mut Cx, s: &At<String>, key: &str, words: &[&str]) {
    let suggestion = crate::text::nearest(&s.value, words.iter().copied())
        .first()
        .map(|w| w.to_string());
    cx.report(
        s.loc.span(),
        Finding::NotAKnownWord {
            key: key.to_string(),
            given: s.value.clone(),
            suggestion,
            words: words.iter().map(|w| w.to_string()).collect(),
        },
    );
}
