//! The canonical form of a plan file, so that diffs show meaning, not
//! whitespace: the key order of the format reference, one key a line, NFC
//! text, short arrays on one line and long ones one item a line, LF endings and
//! a final newline. Comments stay with the key or table they precede.

use crate::text::{needs_nfc, to_nfc};
use toml_edit::{Array, DocumentMut, Item, Table, Value};

/// Which file of the layout a text is: it decides the key order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    Plan,
    Agencies,
    Indicators,
    Tasks,
    Progress,
    Amendments,
}

impl FileKind {
    /// From a path relative to the plan folder (`tasks/pl1.toml`).
    pub fn of(rel: &str) -> Option<FileKind> {
        let rel = rel.replace('\\', "/");
        let name = rel.rsplit('/').next().unwrap_or(&rel);
        let parent = rel.rsplit('/').nth(1).unwrap_or("");
        match (parent, name) {
            (_, "plan.toml") => Some(FileKind::Plan),
            (_, "agencies.toml") => Some(FileKind::Agencies),
            (_, "indicators.toml") => Some(FileKind::Indicators),
            (_, "amendments.toml") => Some(FileKind::Amendments),
            ("tasks", n) if n.ends_with(".toml") => Some(FileKind::Tasks),
            ("progress", n) if n.ends_with(".toml") => Some(FileKind::Progress),
            _ => None,
        }
    }
}

/// Key order of a table and of the tables below it.
struct Shape {
    keys: &'static [&'static str],
    children: &'static [(&'static str, Shape)],
}

const fn leaf(keys: &'static [&'static str]) -> Shape {
    Shape {
        keys,
        children: &[],
    }
}

const PLAN: Shape = Shape {
    keys: &[
        "id",
        "title",
        "issued_by",
        "issued_on",
        "signed_on",
        "basis",
        "language",
        "reporting",
        "report",
    ],
    children: &[
        (
            "reporting",
            leaf(&[
                "annual_due",
                "aggregate_due",
                "semiannual_due",
                "aggregator",
            ]),
        ),
        (
            "report",
            leaf(&[
                "issuer",
                "parent_body",
                "place",
                "recipients",
                "signer_title",
                "signer",
            ]),
        ),
    ],
};
const AGENCIES: Shape = Shape {
    keys: &["agency"],
    children: &[(
        "agency",
        leaf(&[
            "id",
            "name",
            "name_en",
            "aliases",
            "level",
            "member_of",
            "until",
            "successor",
            "source",
        ]),
    )],
};
const INDICATORS: Shape = Shape {
    keys: &["indicator"],
    children: &[(
        "indicator",
        Shape {
            keys: &[
                "id",
                "name",
                "unit",
                "better",
                "aggregate",
                "monitored_by",
                "responsible",
                "note",
                "target",
            ],
            children: &[(
                "target",
                leaf(&["year", "period", "value", "min", "max", "text"]),
            )],
        },
    )],
};
const TASKS: Shape = Shape {
    keys: &["section", "task"],
    children: &[
        (
            "section",
            Shape {
                keys: &["id", "title", "group"],
                children: &[("group", leaf(&["id", "title"]))],
            },
        ),
        ("task", TASK),
    ],
};
const TASK: Shape = Shape {
    keys: &[
        "id",
        "title",
        "lead",
        "support",
        "schedule",
        "start",
        "due",
        "ongoing",
        "deliverables",
        "indicators",
        "reports",
        "milestone",
    ],
    children: &[("milestone", leaf(&["what", "due"]))],
};
const AMENDMENTS: Shape = Shape {
    keys: &["amendment"],
    children: &[(
        "amendment",
        Shape {
            keys: &[
                "decision",
                "issued_on",
                "issued_by",
                "from",
                "task",
                "cancel",
                "title",
                "lead",
                "support",
                "due",
                "ongoing",
                "milestone",
                "add",
            ],
            children: &[("milestone", leaf(&["what", "due"])), ("add", TASK)],
        },
    )],
};
const PROGRESS: Shape = Shape {
    keys: &["update", "actual", "report"],
    children: &[
        (
            "update",
            leaf(&[
                "task",
                "on",
                "status",
                "milestone",
                "note",
                "source",
                "result",
                "difficulties",
                "recommendations",
                "evidence",
            ]),
        ),
        (
            "actual",
            leaf(&["indicator", "year", "value", "source", "note"]),
        ),
        (
            "report",
            leaf(&["agency", "year", "period", "received_on", "reference"]),
        ),
    ],
};

/// The canonical key order of the tables of a kind of file: (table, keys),
/// the root table named "". The JSON Schema is checked against it.
pub fn key_orders(kind: FileKind) -> Vec<(&'static str, &'static [&'static str])> {
    fn walk(
        name: &'static str,
        s: &'static Shape,
        out: &mut Vec<(&'static str, &'static [&'static str])>,
    ) {
        out.push((name, s.keys));
        for (child, shape) in s.children {
            walk(child, shape, out);
        }
    }
    let mut out = Vec::new();
    walk("", shape(kind), &mut out);
    out
}

fn shape(kind: FileKind) -> &'static Shape {
    match kind {
        FileKind::Plan => &PLAN,
        FileKind::Agencies => &AGENCIES,
        FileKind::Indicators => &INDICATORS,
        FileKind::Tasks => &TASKS,
        FileKind::Progress => &PROGRESS,
        FileKind::Amendments => &AMENDMENTS,
    }
}

/// Arrays longer than this on one line are written one item a line.
const LINE: usize = 100;

/// The canonical text of a plan file, or the parser's complaint.
pub fn canonical(kind: FileKind, text: &str) -> Result<String, toml_edit::TomlError> {
    let text = text
        .strip_prefix('\u{feff}')
        .unwrap_or(text)
        .replace("\r\n", "\n");
    let mut doc: DocumentMut = text.parse()?;
    tidy_table(doc.as_table_mut(), Some(shape(kind)));
    let mut out = doc.to_string();
    // No blank lines before the first line, exactly one newline at the end.
    let trimmed = out.trim_start_matches('\n').trim_end().to_string();
    out = trimmed + "\n";
    Ok(out)
}

fn has_comment(raw: Option<&toml_edit::RawString>) -> bool {
    raw.and_then(|r| r.as_str())
        .is_some_and(|s| s.contains('#'))
}

/// The indentation at the end of a decor prefix (after its last line break).
fn indentation(raw: Option<&toml_edit::RawString>) -> String {
    let s = raw.and_then(|r| r.as_str()).unwrap_or("");
    let last = s.rsplit('\n').next().unwrap_or("");
    last.chars().filter(|c| *c == ' ' || *c == '\t').collect()
}

fn tidy_table(table: &mut Table, shape: Option<&Shape>) {
    if let Some(shape) = shape {
        let rank = |k: &str| {
            shape
                .keys
                .iter()
                .position(|x| *x == k)
                .unwrap_or(usize::MAX)
        };
        // Stable: unknown keys keep their order, after the known ones.
        table.sort_values_by(|k1, _, k2, _| rank(k1.get()).cmp(&rank(k2.get())));
    }
    // Blank lines before a table header: exactly one, comments kept.
    let decor = table.decor_mut();
    if !has_comment(decor.prefix()) {
        let indent = indentation(decor.prefix());
        decor.set_prefix(format!("\n{indent}"));
    }
    for (mut key, item) in table.iter_mut() {
        let child = shape.and_then(|s| {
            s.children
                .iter()
                .find(|(k, _)| *k == key.get())
                .map(|(_, c)| c)
        });
        if let Some(mut aot) = inline_tables(item, child) {
            for t in aot.iter_mut() {
                tidy_table(t, child);
            }
            key.leaf_decor_mut().clear();
            *item = Item::ArrayOfTables(aot);
            continue;
        }
        match item {
            Item::Value(v) => {
                let decor = key.leaf_decor_mut();
                if !has_comment(decor.prefix()) {
                    let indent = indentation(decor.prefix());
                    decor.set_prefix(indent);
                }
                decor.set_suffix(" ");
                let indent = indentation(key.leaf_decor().prefix());
                tidy_value(v, key.get().len() + indent.len(), &indent);
            }
            Item::Table(t) => tidy_table(t, child),
            Item::ArrayOfTables(aot) => {
                for t in aot.iter_mut() {
                    tidy_table(t, child);
                }
            }
            Item::None => {}
        }
    }
}

/// `update = [{ … }, { … }]` where the format has `[[update]]` tables: the
/// same tables, written as the format writes them (and as `plan update` can
/// extend them). Comments inside the inline array are not kept.
fn inline_tables(item: &Item, child: Option<&Shape>) -> Option<toml_edit::ArrayOfTables> {
    let Item::Value(Value::Array(arr)) = item else {
        return None;
    };
    if child.is_none() || arr.is_empty() || !arr.iter().all(Value::is_inline_table) {
        return None;
    }
    let mut aot = toml_edit::ArrayOfTables::new();
    for v in arr.iter() {
        if let Value::InlineTable(t) = v {
            let mut t = t.clone();
            t.decor_mut().clear();
            aot.push(t.into_table());
        }
    }
    Some(aot)
}

fn tidy_value(v: &mut Value, key_width: usize, indent: &str) {
    // A comment after a value stays, one space away from it.
    let comment = v
        .decor()
        .suffix()
        .and_then(|r| r.as_str())
        .filter(|s| s.contains('#'))
        .map(|s| format!(" {}", s.trim_start()));
    match v {
        Value::String(s) if needs_nfc(s.value()) => {
            let decor = s.decor().clone();
            let mut fresh = toml_edit::Formatted::new(to_nfc(s.value()));
            *fresh.decor_mut() = decor;
            *s = fresh;
        }
        Value::Array(a) => tidy_array(a, key_width, indent),
        _ => {}
    }
    let decor = v.decor_mut();
    decor.set_prefix(" ");
    decor.set_suffix(comment.unwrap_or_default());
}

fn tidy_array(a: &mut Array, key_width: usize, indent: &str) {
    for item in a.iter_mut() {
        if let Value::String(s) = item {
            if needs_nfc(s.value()) {
                let decor = s.decor().clone();
                let mut fresh = toml_edit::Formatted::new(to_nfc(s.value()));
                *fresh.decor_mut() = decor;
                *s = fresh;
            }
        }
    }
    // An array with comments inside is left as its author laid it out.
    let commented = a
        .iter()
        .any(|i| has_comment(i.decor().prefix()) || has_comment(i.decor().suffix()))
        || a.trailing().as_str().is_some_and(|t| t.contains('#'));
    if commented {
        return;
    }
    // `[a, b]`: the items, ", " between them, and the brackets.
    let one_line: usize = a
        .iter()
        .map(|i| i.to_string().trim().chars().count())
        .sum::<usize>()
        + 2 * a.len().max(1);
    let multi = !a.is_empty() && key_width + 3 + one_line > LINE;
    for (n, item) in a.iter_mut().enumerate() {
        let decor = item.decor_mut();
        if multi {
            decor.set_prefix(format!("\n{indent}  "));
        } else {
            decor.set_prefix(if n == 0 { "" } else { " " });
        }
        decor.set_suffix("");
    }
    if multi {
        a.set_trailing_comma(true);
        a.set_trailing(format!("\n{indent}"));
    } else {
        a.set_trailing_comma(false);
        a.set_trailing("");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn orders_keys_and_keeps_comments() {
        let text = "\u{feff}[[task]]\r\n# why the date\r\ndue = 2022-06-30\r\nid   =   \"PL2.I.1\" # the id\r\n\r\n\r\ntitle = \"Quy hoa\u{0323}ch\"\r\nlead = [ \"a\",\"b\" ]\r\n";
        let out = canonical(FileKind::Tasks, text).unwrap();
        assert_eq!(
            out,
            "[[task]]\nid = \"PL2.I.1\" # the id\ntitle = \"Quy hoạch\"\nlead = [\"a\", \"b\"]\n# why the date\ndue = 2022-06-30\n"
        );
        assert_eq!(canonical(FileKind::Tasks, &out).unwrap(), out, "idempotent");
    }

    #[test]
    fn long_arrays_one_item_a_line_and_back() {
        let items: Vec<String> = (0..6)
            .map(|i| format!("\"Kế hoạch triển khai thực hiện số {i}\""))
            .collect();
        let text = format!(
            "[[task]]\nid = \"X.1\"\ndeliverables = [{}]\n",
            items.join(", ")
        );
        let out = canonical(FileKind::Tasks, &text).unwrap();
        assert!(
            out.contains("deliverables = [\n  \"Kế hoạch triển khai thực hiện số 0\",\n"),
            "{out}"
        );
        assert!(out.contains("số 5\",\n]\n"), "{out}");
        assert_eq!(canonical(FileKind::Tasks, &out).unwrap(), out);
        let short = canonical(
            FileKind::Tasks,
            "[[task]]\nlead = [\n  \"a\",\n  \"b\",\n]\n",
        )
        .unwrap();
        assert_eq!(short, "[[task]]\nlead = [\"a\", \"b\"]\n");
    }

    #[test]
    fn kinds_from_paths() {
        assert_eq!(FileKind::of("tasks/pl1.toml"), Some(FileKind::Tasks));
        assert_eq!(
            FileKind::of("plan/progress/2025.toml"),
            Some(FileKind::Progress)
        );
        assert_eq!(FileKind::of("plan/plan.toml"), Some(FileKind::Plan));
        assert_eq!(FileKind::of("README.md"), None);
    }

    #[test]
    fn inline_arrays_of_tables_become_tables() {
        let text = "update = [{ task = \"PL2.II.1\", status = \"done\", on = 2023-05-01 }, { task = \"PL2.II.2\", on = 2023-05-02, status = \"in_progress\" }]\n";
        let out = canonical(FileKind::Progress, text).unwrap();
        assert_eq!(
            out,
            "[[update]]\ntask = \"PL2.II.1\"\non = 2023-05-01\nstatus = \"done\"\n\n[[update]]\ntask = \"PL2.II.2\"\non = 2023-05-02\nstatus = \"in_progress\"\n"
        );
        assert_eq!(canonical(FileKind::Progress, &out).unwrap(), out);
        // An array of plain values under a table key is left for validate.
        let odd = "update = [1, 2]\n";
        assert_eq!(canonical(FileKind::Progress, odd).unwrap(), odd);
    }
}
