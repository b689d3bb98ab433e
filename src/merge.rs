//! Three-way merge of one plan file, entity by entity and field by field, for
//! git's merge driver: two analysts appending updates to the same year is no
//! conflict, and a real conflict is marked around exactly the entity in doubt.

use crate::canonical::{canonical, FileKind};
use crate::catalogue::{deleted_on_this_side, MergeSide, Problem};
use crate::lang::Lang;
use std::collections::HashSet;
use toml_edit::{ArrayOfTables, DocumentMut, Item, Table};

/// The merged text, and a line for each entity both sides changed differently.
pub struct Merged {
    pub text: String,
    pub conflicts: Vec<String>,
}

/// Why the sides could not be merged at all.
#[derive(Debug)]
pub enum Unmergeable {
    /// A side that does not parse, and the parser's reason.
    NotToml(MergeSide, String),
    /// A side that writes an array of entities inline.
    InlineArray(MergeSide, String),
}

impl Unmergeable {
    pub fn problem(&self) -> Problem<'_> {
        match self {
            Unmergeable::NotToml(side, reason) => Problem::SideNotToml {
                side: *side,
                reason,
            },
            Unmergeable::InlineArray(side, array) => {
                Problem::SideInlineArray { side: *side, array }
            }
        }
    }
}

/// The arrays of entities a file kind holds, each with the keys that identify
/// an entity: the same key on two sides is the same entity.
fn entities(kind: FileKind) -> &'static [(&'static str, &'static [&'static str])] {
    match kind {
        FileKind::Plan => &[],
        FileKind::Agencies => &[("agency", &["id"])],
        FileKind::Indicators => &[("indicator", &["id"])],
        FileKind::Tasks => &[("task", &["id"])],
        FileKind::Amendments => &[("amendment", &["decision", "task", "from"])],
        // Two updates of one task (or milestone) on one day are one fact: if
        // the sides disagree on its status, that is the conflict to resolve.
        FileKind::Progress => &[
            ("update", &["task", "milestone", "on"]),
            ("actual", &["indicator", "year"]),
            ("report", &["agency", "year", "period"]),
        ],
    }
}

/// A value with its formatting and comments stripped, for comparing.
type Plain = Option<toml::Value>;

fn plain_table(t: &Table) -> toml::Table {
    let mut doc = DocumentMut::new();
    let mut t = t.clone();
    t.set_implicit(false);
    doc.insert("e", Item::Table(t));
    let parsed: toml::Table = toml::from_str(&doc.to_string()).unwrap_or_default();
    match parsed.get("e") {
        Some(toml::Value::Table(t)) => t.clone(),
        _ => toml::Table::new(),
    }
}

fn identity(t: &toml::Table, keys: &[&str]) -> String {
    keys.iter()
        .map(|k| t.get(*k).map(|v| v.to_string()).unwrap_or_default())
        .collect::<Vec<_>>()
        .join("\u{1f}")
}

/// The three sides' choice for one field, or `None` when they conflict.
fn pick3<'a>(base: &'a Plain, ours: &'a Plain, theirs: &'a Plain) -> Option<Side> {
    if ours == theirs || theirs == base {
        Some(Side::Ours)
    } else if ours == base {
        Some(Side::Theirs)
    } else {
        None
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Side {
    Ours,
    Theirs,
}

/// Merges one table's keys (plan.toml's root, `[reporting]`, `[section]`, an
/// entity) into `into`, which starts as ours. Returns the conflicting keys.
fn merge_keys(into: &mut Table, base: Option<&Table>, theirs: &Table) -> Vec<String> {
    let plain = |t: Option<&Table>| t.map(plain_table).unwrap_or_default();
    let (pb, po, pt) = (plain(base), plain_table(into), plain(Some(theirs)));
    let mut keys: Vec<String> = po.keys().cloned().collect();
    keys.extend(pt.keys().filter(|k| !po.contains_key(*k)).cloned());
    keys.extend(
        pb.keys()
            .filter(|k| !po.contains_key(*k) && !pt.contains_key(*k))
            .cloned(),
    );
    let mut conflicts = Vec::new();
    for k in keys {
        // Tables on both sides ([reporting], [section]) merge key by key.
        if let (Some(Item::Table(o)), Some(Item::Table(t))) = (into.get(&k), theirs.get(&k)) {
            let (mut o, t) = (o.clone(), t.clone());
            let b = base.and_then(|b| b.get(&k)).and_then(Item::as_table);
            conflicts.extend(
                merge_keys(&mut o, b, &t)
                    .into_iter()
                    .map(|c| format!("{k}.{c}")),
            );
            into.insert(&k, Item::Table(o));
            continue;
        }
        let (b, o, t) = (
            pb.get(&k).cloned(),
            po.get(&k).cloned(),
            pt.get(&k).cloned(),
        );
        match pick3(&b, &o, &t) {
            Some(Side::Ours) => {}
            Some(Side::Theirs) => match theirs.get(&k) {
                Some(item) => {
                    into.insert(&k, item.clone());
                }
                None => {
                    into.remove(&k);
                }
            },
            None => conflicts.push(k),
        }
    }
    conflicts
}

/// Placeholder key that marks where a conflicting entity's two versions go.
const MARK: &str = "__plan_merge_conflict__";

/// Merges BASE, OURS and THEIRS of one plan file of `kind`.
/// `lang` words the mark of a side that deleted an entity.
pub fn merge(
    kind: FileKind,
    base: &str,
    ours: &str,
    theirs: &str,
    lang: Lang,
) -> Result<Merged, Unmergeable> {
    let parse = |side: MergeSide, text: &str| {
        text.parse::<DocumentMut>().map_err(|e| {
            Unmergeable::NotToml(side, crate::catalogue::finding::toml_error(text, &e, lang))
        })
    };
    let theirs_text = theirs;
    let (base, mut doc, theirs) = (
        parse(MergeSide::Ancestor, base)?,
        parse(MergeSide::Ours, ours)?,
        parse(MergeSide::Theirs, theirs)?,
    );
    let arrays: Vec<&str> = entities(kind).iter().map(|(a, _)| *a).collect();
    let mut conflicts = Vec::new();
    let mut blocks: Vec<(String, String)> = Vec::new();

    // Everything that is not an array of entities (plan.toml's keys,
    // [reporting], [section]) is merged key by key. A conflict there has no
    // entity to mark, so the caller marks the whole file.
    let strip = |d: &DocumentMut| {
        let mut t = d.as_table().clone();
        for a in &arrays {
            t.remove(a);
        }
        t
    };
    let mut root = strip(&doc);
    let scalar_conflicts = merge_keys(&mut root, Some(&strip(&base)), &strip(&theirs));
    if !scalar_conflicts.is_empty() {
        return Ok(Merged {
            text: whole_file_conflict(ours, theirs_text),
            conflicts: scalar_conflicts,
        });
    }
    for a in &arrays {
        if let Some(item) = doc.get(a) {
            root.insert(a, item.clone());
        }
    }
    *doc.as_table_mut() = root;

    for (array, id_keys) in entities(kind) {
        // An entity's identity, numbered by its occurrence on its side: two
        // updates of one task on one day (allowed, with a warning) pair up in
        // order instead of the second being lost or doubled.
        let list = |d: &DocumentMut| -> Vec<(String, Table)> {
            let mut seen: std::collections::HashMap<String, usize> = Default::default();
            d.get(array)
                .and_then(Item::as_array_of_tables)
                .map(|a| {
                    a.iter()
                        .map(|t| {
                            let id = identity(&plain_table(t), id_keys);
                            let n = seen.entry(id.clone()).or_default();
                            *n += 1;
                            (format!("{id}\u{1f}#{n}"), t.clone())
                        })
                        .collect()
                })
                .unwrap_or_default()
        };
        // Entities written as an inline array (`update = [{…}]`) are not merged
        // entity by entity: the file is left to a person.
        for (side, d) in [
            (MergeSide::Ancestor, &base),
            (MergeSide::Ours, &doc),
            (MergeSide::Theirs, &theirs),
        ] {
            if d.get(array)
                .is_some_and(|i| i.as_array_of_tables().is_none())
            {
                return Err(Unmergeable::InlineArray(side, array.to_string()));
            }
        }
        let (b, o, t) = (list(&base), list(&doc), list(&theirs));
        if b.is_empty() && o.is_empty() && t.is_empty() {
            continue;
        }
        let find = |v: &[(String, Table)], id: &str| {
            v.iter().find(|(i, _)| i == id).map(|(_, t)| t.clone())
        };
        let in_base: HashSet<&str> = b.iter().map(|(i, _)| i.as_str()).collect();
        let mut out = ArrayOfTables::new();
        let mut added: Vec<(toml::Table, Table)> = Vec::new();
        let mut done = HashSet::new();
        // Ours in its order: entities of the base, then what ours added.
        for (id, ours_t) in &o {
            done.insert(id.clone());
            let base_t = find(&b, id);
            let theirs_t = find(&t, id);
            let merged = match (&base_t, &theirs_t) {
                // Deleted by them: gone, unless we changed it.
                (Some(bt), None) => {
                    if plain_table(bt) == plain_table(ours_t) {
                        continue;
                    }
                    conflict(
                        &mut conflicts,
                        &mut blocks,
                        lang,
                        array,
                        id,
                        Some(ours_t),
                        None,
                    );
                    continue;
                }
                (_, Some(tt)) => {
                    let mut m = ours_t.clone();
                    let keys = merge_keys(&mut m, base_t.as_ref(), tt);
                    if !keys.is_empty() {
                        conflict(
                            &mut conflicts,
                            &mut blocks,
                            lang,
                            array,
                            id,
                            Some(ours_t),
                            Some(tt),
                        );
                        continue;
                    }
                    m
                }
                (None, None) => ours_t.clone(),
            };
            if in_base.contains(id.as_str()) {
                out.push(merged);
            } else {
                added.push((plain_table(&merged), merged));
            }
        }
        for (id, theirs_t) in &t {
            if done.contains(id) {
                continue;
            }
            done.insert(id.clone());
            match find(&b, id) {
                // Deleted by us: gone, unless they changed it.
                Some(bt) if plain_table(&bt) != plain_table(theirs_t) => {
                    conflict(
                        &mut conflicts,
                        &mut blocks,
                        lang,
                        array,
                        id,
                        None,
                        Some(theirs_t),
                    );
                }
                Some(_) => {}
                None => added.push((plain_table(theirs_t), theirs_t.clone())),
            }
        }
        // What either side added, in one order whichever side merges: by the
        // identifying keys (an update's task, milestone and date).
        added.sort_by_key(|(a, _)| sort_key(a, id_keys));
        for (_, t) in added {
            out.push(t);
        }
        for (n, _) in blocks.iter().enumerate().filter(|(_, (a, _))| a == array) {
            let mut placeholder = Table::new();
            placeholder.insert(MARK, toml_edit::value(n as i64));
            out.push(placeholder);
        }
        if out.is_empty() {
            doc.remove(array);
        } else {
            doc.insert(array, Item::ArrayOfTables(out));
        }
    }

    // Tables keep the positions of the file they came from; cleared, the
    // document is written in the order built, each sub-table (a task's
    // milestones) under its own entity.
    clear_positions(doc.as_table_mut());
    let text = doc.to_string();
    let mut text = canonical(kind, &text).unwrap_or(text);
    for (n, (array, block)) in blocks.iter().enumerate() {
        let placeholder = format!("[[{array}]]\n{MARK} = {n}\n");
        text = text.replacen(&placeholder, block, 1);
    }
    Ok(Merged { text, conflicts })
}

fn clear_positions(t: &mut Table) {
    t.set_position(None);
    for (_, item) in t.iter_mut() {
        match item {
            Item::Table(sub) => clear_positions(sub),
            Item::ArrayOfTables(a) => a.iter_mut().for_each(clear_positions),
            _ => {}
        }
    }
}

/// The order of added entries: the date first (ISO text sorts as dates), then
/// the other identifying keys by their TOML text.
fn sort_key(t: &toml::Table, keys: &[&str]) -> Vec<String> {
    let mut order: Vec<&str> = keys.to_vec();
    // Updates read best by date.
    if let Some(p) = order.iter().position(|k| *k == "on") {
        let on = order.remove(p);
        order.insert(0, on);
    }
    order
        .iter()
        .map(|k| t.get(*k).map(|v| v.to_string()).unwrap_or_default())
        .collect()
}

/// What names an entry, read from its fields.
fn entry_key(t: &Table) -> crate::catalogue::skeleton::EntryKey<'_> {
    let s = |k: &str| t.get(k).and_then(|v| v.as_str());
    let i = |k: &str| t.get(k).and_then(|v| v.as_integer());
    crate::catalogue::skeleton::EntryKey {
        id: s("id"),
        task: s("task"),
        on: t
            .get("on")
            .and_then(|v| v.as_value())
            .and_then(|v| v.as_datetime())
            .and_then(|d| d.date)
            .and_then(|d| {
                chrono::NaiveDate::from_ymd_opt(d.year.into(), d.month.into(), d.day.into())
            }),
        milestone: i("milestone"),
        indicator: s("indicator"),
        agency: s("agency"),
        year: i("year"),
    }
}

/// Records a conflict over one entity: both versions inside git's markers.
fn conflict(
    conflicts: &mut Vec<String>,
    blocks: &mut Vec<(String, String)>,
    lang: Lang,
    array: &str,
    id: &str,
    ours: Option<&Table>,
    theirs: Option<&Table>,
) {
    let render = |t: Option<&Table>| {
        let Some(t) = t else {
            return format!("# {}\n", deleted_on_this_side(lang));
        };
        let mut doc = DocumentMut::new();
        let mut a = ArrayOfTables::new();
        a.push(t.clone());
        doc.insert(array, Item::ArrayOfTables(a));
        doc.to_string().trim_start_matches('\n').to_string()
    };
    let label: Vec<&str> = id
        .split('\u{1f}')
        .map(|v| v.trim_matches('"'))
        .filter(|v| !v.is_empty() && !v.starts_with('#'))
        .collect();
    // Named as an analyst would, from the entry's own fields; the file's
    // words only when those are missing.
    let named = ours
        .or(theirs)
        .and_then(|t| crate::catalogue::skeleton::entry_name(array, entry_key(t), lang));
    conflicts.push(named.unwrap_or_else(|| format!("[[{array}]] {}", label.join(" "))));
    blocks.push((
        array.to_string(),
        format!(
            "<<<<<<< ours\n{}=======\n{}>>>>>>> theirs\n",
            render(ours),
            render(theirs)
        ),
    ));
}

/// Whole-file markers, for when the sides cannot be read or the merge would
/// not load: git then reports a conflict and nothing broken is written.
pub fn whole_file_conflict(ours: &str, theirs: &str) -> String {
    let nl = |s: &str| {
        if s.is_empty() || s.ends_with('\n') {
            s.to_string()
        } else {
            format!("{s}\n")
        }
    };
    format!(
        "<<<<<<< ours\n{}=======\n{}>>>>>>> theirs\n",
        nl(ours),
        nl(theirs)
    )
}
