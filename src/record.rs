//! Appending facts to progress/YYYY.toml: updates, actuals and report
//! receipts, from `update`, `actual`, `received` and `import` alike. The
//! caller holds the plan folder's lock; files keep their comments and layout,
//! an entry already there is not written twice, and a set of files is written
//! all or none.

use crate::catalogue::{Message, OrStop, Problem};
use crate::comment;
use crate::fsio::write_set;
use crate::lang::Lang;
use crate::load::decode;
use crate::model::PlanMeta;
use anyhow::{bail, Result};
use chrono::{Datelike, NaiveDate};
use std::collections::BTreeMap;
use std::path::Path;
use toml_edit::{value, ArrayOfTables, DocumentMut, Item, Table};

/// The kinds of entry a progress file holds, by their table name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Update,
    Actual,
    Report,
}

impl Kind {
    fn key(self) -> &'static str {
        match self {
            Kind::Update => "update",
            Kind::Actual => "actual",
            Kind::Report => "report",
        }
    }
}

/// One entry to append to the progress file of `year`.
#[derive(Clone, Debug)]
pub struct Entry {
    pub kind: Kind,
    pub year: i32,
    pub table: Table,
}

impl Entry {
    pub fn new(kind: Kind, year: i32) -> Entry {
        Entry {
            kind,
            year,
            table: Table::new(),
        }
    }

    pub fn text(mut self, key: &str, v: Option<&str>) -> Entry {
        if let Some(v) = v {
            self.table[key] = value(v);
        }
        self
    }

    pub fn date(mut self, key: &str, d: NaiveDate) -> Entry {
        self.table[key] = value(toml_date(d));
        self
    }

    pub fn int(mut self, key: &str, i: i64) -> Entry {
        self.table[key] = value(i);
        self
    }

    pub fn number(mut self, key: &str, f: f64) -> Entry {
        // Whole numbers stay integers, as people write them (82, not 82.0).
        if f.fract() == 0.0 && f.abs() < 1e15 {
            self.table[key] = value(f as i64);
        } else {
            self.table[key] = value(f);
        }
        self
    }
}

/// A TOML date (no time, no offset).
pub fn toml_date(d: NaiveDate) -> toml_edit::Datetime {
    toml_edit::Datetime {
        date: Some(toml_edit::Date {
            year: d.year() as u16,
            month: d.month() as u8,
            day: d.day() as u8,
        }),
        time: None,
        offset: None,
    }
}

/// What happened to each entry, in the order given: written, or already there.
pub struct Appended {
    pub written: Vec<bool>,
}

/// Appends `entries` to the progress files of the plan in `dir`, writing
/// every changed file together or none. A new file's first line names the
/// plan, in the plan's language.
pub fn append(dir: &Path, meta: &PlanMeta, entries: &[Entry]) -> Result<Appended> {
    let progress = dir.join("progress");
    let mut docs: BTreeMap<i32, (DocumentMut, String, bool)> = BTreeMap::new();
    let mut written = Vec::with_capacity(entries.len());
    for e in entries {
        let (doc, _, changed) = match docs.entry(e.year) {
            std::collections::btree_map::Entry::Occupied(o) => o.into_mut(),
            std::collections::btree_map::Entry::Vacant(v) => {
                v.insert(open(&progress, e.year, meta)?)
            }
        };
        let added = push(doc, e, &progress)?;
        *changed |= added;
        written.push(added);
    }
    let files: Vec<(String, Vec<u8>)> = docs
        .into_iter()
        .filter(|(_, (_, _, changed))| *changed)
        .map(|(year, (doc, header, _))| {
            let mut text = header + &doc.to_string();
            if !text.ends_with('\n') {
                text.push('\n');
            }
            (format!("{year}.toml"), text.into_bytes())
        })
        .collect();
    if !files.is_empty() {
        write_set(&progress, &files)?;
    }
    Ok(Appended { written })
}

/// The progress file of `year` as a document, and the header a new file gets.
fn open(progress: &Path, year: i32, meta: &PlanMeta) -> Result<(DocumentMut, String, bool)> {
    let path = progress.join(format!("{year}.toml"));
    // A new file starts with a line saying what it is; toml_edit would put a
    // comment of an empty document after the tables, so it is added at the end.
    let (old, header) = if path.exists() {
        let bytes = std::fs::read(&path).or_stop(|| {
            Problem::CannotRead {
                path: &path.display().to_string(),
            }
            .into()
        })?;
        let decoded = decode(&bytes).map_err(|e| {
            Problem::NotText {
                path: &path.display().to_string(),
                problem: e.problem,
            }
            .stop()
        })?;
        (decoded.text, String::new())
    } else {
        let header = format!(
            "{}\n\n",
            Message::ProgressFileHeader {
                year,
                plan: &comment::one_line(&meta.id),
            }
            .text(Lang::from_code(&meta.language))
        );
        (String::new(), header)
    };
    let doc: DocumentMut = old.parse().or_stop(|| {
        Problem::ProgressNotToml {
            path: &path.display().to_string(),
        }
        .into()
    })?;
    Ok((doc, header, false))
}

/// Appends one entry unless the same one is there; whether it was added.
fn push(doc: &mut DocumentMut, e: &Entry, progress: &Path) -> Result<bool> {
    let key = e.kind.key();
    match doc.get_mut(key) {
        None => {
            let mut aot = ArrayOfTables::new();
            aot.push(e.table.clone());
            doc.insert(key, Item::ArrayOfTables(aot));
            Ok(true)
        }
        Some(Item::ArrayOfTables(aot)) => {
            if aot.iter().any(|old| same(old, &e.table)) {
                return Ok(false);
            }
            aot.push(e.table.clone());
            Ok(true)
        }
        Some(_) => bail!(Problem::NotTables {
            path: &progress
                .join(format!("{}.toml", e.year))
                .display()
                .to_string(),
            key,
        }
        .stop()),
    }
}

/// Whether two entries say the same thing: every field equal, ids in any
/// case, whatever the layout.
pub fn same(old: &Table, new: &Table) -> bool {
    let is_id = |k: &str| matches!(k, "task" | "indicator" | "agency");
    old.iter()
        .chain(new.iter())
        .all(|(k, _)| field(old.get(k), is_id(k)) == field(new.get(k), is_id(k)))
}

/// A field's value in a form that compares by meaning, not by layout.
fn field(item: Option<&Item>, id: bool) -> Option<String> {
    let v = item?.as_value()?;
    Some(match v {
        toml_edit::Value::String(s) if id => format!("s:{}", s.value().to_uppercase()),
        toml_edit::Value::String(s) => format!("s:{}", s.value()),
        toml_edit::Value::Integer(i) => format!("n:{}", *i.value() as f64),
        toml_edit::Value::Float(f) => format!("n:{}", f.value()),
        toml_edit::Value::Datetime(d) => format!("d:{}", d.value()),
        other => format!("o:{}", other.to_string().trim()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_append_once_and_files_are_written_together() {
        let dir = tempfile::tempdir().unwrap();
        let d = |s: &str| s.parse::<NaiveDate>().unwrap();
        let u = Entry::new(Kind::Update, 2024)
            .text("task", Some("PL2.I.1"))
            .date("on", d("2024-05-01"))
            .text("status", Some("done"));
        let a = Entry::new(Kind::Actual, 2025)
            .text("indicator", Some("grdp"))
            .int("year", 2025)
            .number("value", 7.5);
        let meta = PlanMeta {
            id: "1/QĐ".into(),
            language: "en".into(),
            ..PlanMeta::default()
        };
        let first = append(dir.path(), &meta, &[u.clone(), a.clone()]).unwrap();
        assert_eq!(first.written, [true, true]);
        let text = std::fs::read_to_string(dir.path().join("progress/2024.toml")).unwrap();
        assert!(text.starts_with("# What was reported in 2024 on the tasks of 1/QĐ."));
        assert!(
            text.contains("[[update]]\ntask = \"PL2.I.1\"\non = 2024-05-01\nstatus = \"done\"\n")
        );
        // The same entries again (the id in another case): nothing is written.
        let again = u.clone().text("task", Some("pl2.i.1"));
        let second = append(dir.path(), &meta, &[again, a]).unwrap();
        assert_eq!(second.written, [false, false]);
        // An integer and the same float are the same value.
        let whole = Entry::new(Kind::Actual, 2025)
            .text("indicator", Some("grdp"))
            .int("year", 2025)
            .number("value", 7.5);
        assert_eq!(
            append(dir.path(), &meta, &[whole]).unwrap().written,
            [false]
        );
    }
}
