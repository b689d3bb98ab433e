//! `plan update ID --status S`: append one update to progress/YYYY.toml,
//! keeping the file's comments and layout, written atomically.

use super::output::load_plan;
use crate::cli::Cli;
use crate::fsio::write_atomic;
use crate::load::decode;
use crate::matching;
use crate::model::{Timing, UpdateStatus};
use crate::text::did_you_mean;
use anyhow::{bail, Context, Result};
use chrono::Datelike;
use std::process::ExitCode;
use toml_edit::{value, ArrayOfTables, DocumentMut, Item, Table};

pub struct Args<'a> {
    pub id: &'a str,
    pub status: &'a str,
    pub on: Option<&'a str>,
    pub milestone: Option<u32>,
    pub note: Option<&'a str>,
    pub source: Option<&'a str>,
}

pub fn run(cli: &Cli, a: Args) -> Result<ExitCode> {
    let loaded = load_plan(cli)?;
    let plan = &loaded.plan;
    let id = matching::task(plan, a.id)?;
    let task = plan
        .tasks
        .iter()
        .find(|t| t.id.value == id)
        .expect("resolved task");
    let Some(status) = UpdateStatus::parse(&a.status.trim().to_lowercase()) else {
        let dym = did_you_mean(a.status, UpdateStatus::WORDS)
            .map(|d| format!("{d} "))
            .unwrap_or_default();
        bail!(
            "unknown status \"{}\"\n  help: {dym}an update's status is one of: {}",
            a.status,
            UpdateStatus::WORDS.join(", ")
        );
    };
    let count = match &task.timing {
        Timing::Milestones(ms) => ms.len() as u32,
        _ => 0,
    };
    if let Some(m) = a.milestone {
        if count == 0 {
            bail!("task {id} has no milestones\n  help: leave out --milestone to update the task itself");
        }
        if m == 0 || m > count {
            bail!("task {id} has milestones 1 to {count}, not {m}\n  help: `plan show {id}` lists them");
        }
    }
    let on =
        a.on.map(matching::date)
            .transpose()?
            .unwrap_or_else(matching::today);
    // Recorded all the same (a late correction is possible), but never
    // silently: a wrong year decides whether a task was done on time.
    if let Some(why) = crate::dates::plan_span(plan).outside(on) {
        eprintln!(
            "warning: the update is dated {on}, {why}\n  help: check the year of --on; `plan validate` will keep reporting it"
        );
    }
    let note = a.note.map(crate::text::to_nfc);
    let source = a.source.map(crate::text::to_nfc);
    for text in note.iter().chain(source.iter()) {
        if let Some(c) = crate::text::first_forbidden_control(text) {
            bail!("the text contains the control character U+{:04X}\n  help: remove it and run the command again", c as u32);
        }
    }

    let dir = cli.dir.join("progress");
    let path = dir.join(format!("{}.toml", on.year()));
    // A new file starts with a line saying what it is; toml_edit would put a
    // comment of an empty document after the tables, so it is added at the end.
    let (old, header) = if path.exists() {
        let bytes =
            std::fs::read(&path).with_context(|| format!("cannot read {}", path.display()))?;
        let decoded = decode(&bytes).map_err(|e| {
            anyhow::anyhow!("{}: {}\n  help: {}", path.display(), e.message, e.help)
        })?;
        (decoded.text, String::new())
    } else {
        let header = format!(
            "# What was reported in {} on the tasks of {}. Append with `plan update`.\n\n",
            on.year(),
            plan.meta.id
        );
        (String::new(), header)
    };
    let mut doc: DocumentMut = old.parse().with_context(|| {
        format!(
            "{} is not valid TOML; fix it first (`plan validate`)",
            path.display()
        )
    })?;

    let mut t = Table::new();
    t["task"] = value(id.as_str());
    t["on"] = value(toml_edit::Datetime {
        date: Some(toml_edit::Date {
            year: on.year() as u16,
            month: on.month() as u8,
            day: on.day() as u8,
        }),
        time: None,
        offset: None,
    });
    t["status"] = value(status.key());
    if let Some(m) = a.milestone {
        t["milestone"] = value(i64::from(m));
    }
    if let Some(n) = &note {
        t["note"] = value(n.as_str());
    }
    if let Some(s) = &source {
        t["source"] = value(s.as_str());
    }
    match doc.get_mut("update") {
        None => {
            let mut aot = ArrayOfTables::new();
            aot.push(t);
            doc.insert("update", Item::ArrayOfTables(aot));
        }
        Some(Item::ArrayOfTables(aot)) => aot.push(t),
        Some(_) => bail!(
            "{}: `update` is not a list of [[update]] tables",
            path.display()
        ),
    }
    let mut new = header + &doc.to_string();
    if !new.ends_with('\n') {
        new.push('\n');
    }
    std::fs::create_dir_all(&dir).with_context(|| format!("cannot create {}", dir.display()))?;
    write_atomic(&path, new.as_bytes())?;
    let m = a
        .milestone
        .map(|m| format!(" (milestone {m})"))
        .unwrap_or_default();
    println!(
        "recorded: {id}{m} {} on {on} in {}",
        status.key(),
        path.display()
    );
    Ok(ExitCode::SUCCESS)
}
