//! `plan update ID --status S`: append one update to progress/YYYY.toml,
//! keeping the file's comments and layout, written atomically.

use super::output::{load_plan, print_bytes};
use crate::cli::Cli;
use crate::comment;
use crate::fsio::{with_plan_lock, write_atomic};
use crate::load::{check_plan_dir, decode};
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
    if cli.format.is_some() || cli.lang.is_some() || cli.bom {
        bail!("update prints one line of confirmation; --format, --lang and --bom do not apply to it, so nothing was written\n  help: run it again without them");
    }
    check_plan_dir(&cli.dir)?;
    // Everything from reading the plan to replacing the progress file happens
    // under the plan folder's lock, so two updates at once both land.
    let done = with_plan_lock(&cli.dir, cli.lock_timeout, || record(cli, &a))?;
    let (verb, tail) = if done.written {
        ("recorded", "")
    } else {
        ("already recorded", "; nothing was written")
    };
    print_bytes(format!("{verb}: {}{tail}\n", done.what).as_bytes())?;
    Ok(ExitCode::SUCCESS)
}

/// What `record` did: the update in words, and whether the file changed.
struct Recorded {
    what: String,
    written: bool,
}

fn record(cli: &Cli, a: &Args) -> Result<Recorded> {
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
    // Values may begin with "-", so `--note --help` takes "--help" as the
    // note: an option's name is refused as a value.
    for (flag, value) in [("--note", a.note), ("--source", a.source)] {
        if let Some(v) = value.filter(|v| looks_like_an_option(v)) {
            bail!("{flag} was given \"{v}\", the name of an option, not a text\n  help: give {flag} its text in quotes: {flag} \"…\"");
        }
    }
    // Recorded all the same (a late correction is possible), but never
    // silently: a wrong year decides whether a task was done on time.
    if let Some(why) = crate::dates::plan_span(plan).outside(on) {
        super::output::print_err(&format!(
            "warning: the update is dated {on}, {why}\n  help: check the year of --on; `plan validate` will keep reporting it\n"
        ));
    }
    let note = a.note.map(crate::text::to_nfc);
    let source = a.source.map(crate::text::to_nfc);
    for text in note.iter().chain(source.iter()) {
        if let Some(c) = crate::text::first_forbidden_control(text) {
            bail!("the text contains the control character U+{:04X}\n  help: remove it and run the command again", c as u32);
        }
        // Refused here, since `validate` would refuse the file it was written to.
        if let Some(c) = crate::text::first_invisible(text) {
            bail!(
                "the text contains the invisible character {}\n  help: remove it (it was likely pasted from a PDF or a web page) and run the command again",
                crate::text::char_name(c)
            );
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
            comment::one_line(&plan.meta.id)
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
    let m = a
        .milestone
        .map(|m| format!(" (milestone {m})"))
        .unwrap_or_default();
    let what = format!("{id}{m} {} on {on} in {}", status.key(), path.display());
    match doc.get_mut("update") {
        None => {
            let mut aot = ArrayOfTables::new();
            aot.push(t);
            doc.insert("update", Item::ArrayOfTables(aot));
        }
        Some(Item::ArrayOfTables(aot)) => {
            if aot.iter().any(|old| same_update(old, &t)) {
                return Ok(Recorded {
                    what,
                    written: false,
                });
            }
            aot.push(t)
        }
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
    Ok(Recorded {
        what,
        written: true,
    })
}

/// An option's name (`--help`, `--bom`): what arrives as the value when the
/// value itself was left out.
fn looks_like_an_option(v: &str) -> bool {
    v.strip_prefix("--").is_some_and(|name| {
        !name.is_empty() && name.chars().all(|c| c.is_ascii_lowercase() || c == '-')
    })
}

/// Whether two [[update]] tables say the same thing: every field equal, the
/// task id in any case, whatever the layout.
fn same_update(old: &Table, new: &Table) -> bool {
    old.iter()
        .chain(new.iter())
        .all(|(k, _)| field(old.get(k), k == "task") == field(new.get(k), k == "task"))
}

/// A field's value in a form that compares by meaning, not by layout.
fn field(item: Option<&Item>, id: bool) -> Option<String> {
    let v = item?.as_value()?;
    Some(match v {
        toml_edit::Value::String(s) if id => format!("s:{}", s.value().to_uppercase()),
        toml_edit::Value::String(s) => format!("s:{}", s.value()),
        toml_edit::Value::Integer(i) => format!("i:{}", i.value()),
        toml_edit::Value::Datetime(d) => format!("d:{}", d.value()),
        other => format!("o:{}", other.to_string().trim()),
    })
}
