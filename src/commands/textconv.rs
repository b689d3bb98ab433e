//! `plan textconv FILE`: a plan file as one line per field, each line naming
//! its entity, for `git diff` and `git log -p` (a git textconv driver).
//!
//! Why this shape: git diffs lines, and in the TOML a changed `due` line does
//! not say which task it belongs to. Here every line does ("PL2.II.1  due =
//! 2022-12-31"), so a diff hunk reads as a list of facts, and a moved task
//! shows as the same lines, not as a reflowed block.

use crate::catalogue::{FileLabel, OrStop, Problem};
use crate::lang::Lang;
use anyhow::Result;
use std::path::Path;
use std::process::ExitCode;
use toml::{Table, Value};

/// `lang`: the labels' language, the plan's (git runs the driver from the
/// repository's top, where `plan/` is found) unless --lang says otherwise.
pub fn run(file: &Path, lang: Lang) -> Result<ExitCode> {
    let bytes = crate::load::read_capped(file).or_stop(|| {
        Problem::CannotRead {
            path: &crate::text::display_path(file),
        }
        .into()
    })?;
    let text = match crate::load::decode(&bytes) {
        Ok(d) => d.text.replace("\r\n", "\n"),
        // git shows something rather than nothing for a file that is not UTF-8.
        Err(_) => String::from_utf8_lossy(&bytes).into_owned(),
    };
    let out = match toml::from_str::<Table>(&text) {
        Ok(t) => lines(&t, lang),
        // Not TOML (yet): the text itself, so the diff still shows the edit.
        Err(_) => text,
    };
    super::output::print_bytes(out.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}

fn scalar(v: &Value) -> String {
    match v {
        Value::String(s) => serde_json::to_string(s).expect("a string serializes"),
        Value::Array(a) => format!("[{}]", a.iter().map(scalar).collect::<Vec<_>>().join(", ")),
        Value::Table(t) => format!(
            "{{{}}}",
            t.iter()
                .map(|(k, v)| format!("{k} = {}", scalar(v)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        other => other.to_string(),
    }
}

/// The name of a table: its id, or what identifies a progress entry.
fn label(kind: &str, t: &Table, n: usize, lang: Lang) -> String {
    let word = |k: &str| FileLabel::of_key(k).map_or(k, |l| l.text(lang)).to_string();
    let get = |k: &str| {
        t.get(k).map(|v| match v {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        })
    };
    match kind {
        "update" => format!(
            "{} {} {}{}",
            word(kind),
            get("task").unwrap_or_default(),
            get("on").unwrap_or_default(),
            get("milestone")
                .map(|m| format!(" {} {m}", word("milestone")))
                .unwrap_or_default()
        ),
        "actual" => format!(
            "{} {} {}",
            word(kind),
            get("indicator").unwrap_or_default(),
            get("year").unwrap_or_default()
        ),
        "report" => format!(
            "{} {} {}{}",
            word(kind),
            get("agency").unwrap_or_default(),
            get("year").unwrap_or_default(),
            get("period").map(|p| format!(" {p}")).unwrap_or_default()
        ),
        // An amendment is named by what it amends and from when, and its
        // decision: two decisions may amend one task on one day.
        "amendment" => format!(
            "{} {} {} {} ({})",
            word(kind),
            get("task")
                .or_else(|| t
                    .get("add")
                    .and_then(|a| a.get("id"))
                    .and_then(Value::as_str)
                    .map(str::to_string))
                .unwrap_or_default(),
            FileLabel::From.text(lang),
            get("from").or_else(|| get("issued_on")).unwrap_or_default(),
            get("decision").unwrap_or_default()
        ),
        _ => get("id").unwrap_or_else(|| format!("{} {n}", word(kind))),
    }
}

fn table_lines(out: &mut String, name: &str, t: &Table, lang: Lang) {
    let word = |k: &str| FileLabel::of_key(k).map_or(k, |l| l.text(lang)).to_string();
    for (k, v) in t {
        match v {
            Value::Array(items) if !items.is_empty() && items.iter().all(Value::is_table) => {
                for (i, item) in items.iter().enumerate() {
                    let sub = item.as_table().expect("checked");
                    let sub_name = match k.as_str() {
                        "milestone" | "target" | "group" => {
                            format!("{name} {} {}", word(k), i + 1)
                        }
                        _ => label(k, sub, i + 1, lang),
                    };
                    table_lines(out, &sub_name, sub, lang);
                }
            }
            Value::Table(sub) => table_lines(out, format!("{name} {}", word(k)).trim(), sub, lang),
            _ => out.push_str(&format!(
                "{}  {k} = {}\n",
                if name.is_empty() {
                    FileLabel::Plan.text(lang)
                } else {
                    name
                },
                scalar(v)
            )),
        }
    }
}

pub fn lines(t: &Table, lang: Lang) -> String {
    let mut out = String::new();
    table_lines(&mut out, "", t, lang);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_names_its_entity() {
        let t: Table = toml::from_str(
            "[section]\nid = \"PL2.II\"\n[[task]]\nid = \"PL2.II.10\"\nlead = [\"snv\"]\n[[task.milestone]]\nwhat = \"Báo cáo\"\ndue = 2023-03-31\n",
        )
        .unwrap();
        assert_eq!(
            lines(&t, Lang::En),
            "section  id = \"PL2.II\"\nPL2.II.10  id = \"PL2.II.10\"\nPL2.II.10  lead = [\"snv\"]\nPL2.II.10 milestone 1  what = \"Báo cáo\"\nPL2.II.10 milestone 1  due = 2023-03-31\n"
        );
        let p: Table =
            toml::from_str("[[update]]\ntask = \"PL2.II.1\"\non = 2023-03-29\nstatus = \"done\"\n")
                .unwrap();
        assert_eq!(
            lines(&p, Lang::En),
            "update PL2.II.1 2023-03-29  task = \"PL2.II.1\"\nupdate PL2.II.1 2023-03-29  on = 2023-03-29\nupdate PL2.II.1 2023-03-29  status = \"done\"\n"
        );
        let a: Table = toml::from_str(
            "[[amendment]]\ndecision = \"QĐ 9\"\nissued_on = 2024-01-10\ntask = \"PL2.I.6\"\ndue = 2024-12-31\n",
        )
        .unwrap();
        assert!(lines(&a, Lang::En)
            .contains("amendment PL2.I.6 from 2024-01-10 (QĐ 9)  due = 2024-12-31\n"));
        // In Vietnamese, the catalogue's words; the file's keys stay.
        assert_eq!(
            lines(&p, Lang::Vi).lines().next(),
            Some("cập nhật PL2.II.1 2023-03-29  task = \"PL2.II.1\"")
        );
        assert!(lines(&t, Lang::Vi).contains("PL2.II.10 mốc 1  due = 2023-03-31\n"));
        assert!(lines(&t, Lang::Vi).starts_with("phần  id = \"PL2.II\""));
        assert!(lines(&a, Lang::Vi).contains("điều chỉnh PL2.I.6 từ 2024-01-10 (QĐ 9)"));
    }
}
