//! `plan update ID --status S`: append one update to progress/YYYY.toml,
//! keeping the file's comments and layout, written atomically.

use super::output::{load_plan, print_bytes};
use crate::catalogue::form::STATUSES;
use crate::catalogue::{Message, Problem, Word};
use crate::cli::Cli;
use crate::fsio::with_plan_lock;
use crate::load::check_plan_dir;
use crate::matching;
use crate::model::{Timing, UpdateStatus};
use crate::record::{self, Entry, Kind};
use crate::text::nearest;
use anyhow::{bail, Result};
use chrono::Datelike;
use std::process::ExitCode;

pub struct Args<'a> {
    pub id: &'a str,
    pub status: &'a str,
    pub on: Option<&'a str>,
    pub milestone: Option<u32>,
    pub note: Option<&'a str>,
    pub source: Option<&'a str>,
    pub details: &'a crate::cli::Details,
}

pub fn run(cli: &Cli, a: Args) -> Result<ExitCode> {
    check_plan_dir(&cli.dir)?;
    // Everything from reading the plan to replacing the progress file happens
    // under the plan folder's lock, so two updates at once both land.
    let receipt = with_plan_lock(&cli.dir, cli.lock_timeout, super::stderr_lang(cli), || {
        record(cli, &a)
    })?;
    print_bytes(format!("{receipt}\n").as_bytes())?;
    Ok(ExitCode::SUCCESS)
}

/// Records the update; the receipt, in the plan's language, says what was
/// recorded, or that it already was and nothing was written.
fn record(cli: &Cli, a: &Args) -> Result<String> {
    let loaded = load_plan(cli)?;
    let plan = &loaded.plan;
    let id = matching::task(plan, a.id)?;
    let task = plan
        .tasks
        .iter()
        .find(|t| t.id.value == id)
        .expect("resolved task");
    let Some(status) = crate::catalogue::form::typed_update_status(a.status) else {
        let lang = super::stderr_lang(cli);
        let all = crate::catalogue::form::update_status_words();
        let suggestion = nearest(a.status, all.iter().copied());
        let words = STATUSES.map(|s| Word::UpdateWord(s).text(lang));
        bail!(Problem::UnknownUpdateStatus {
            given: a.status,
            suggestion: suggestion.first().copied(),
            words: &words,
            codes: &UpdateStatus::WORDS,
        }
        .stop());
    };
    let count = match &task.timing {
        Timing::Milestones(ms) => ms.len() as u32,
        _ => 0,
    };
    if let Some(m) = a.milestone {
        if count == 0 {
            bail!(Problem::NoMilestones { task: id.as_str() }.stop());
        }
        if m == 0 || m > count {
            bail!(Problem::NoSuchMilestone {
                task: id.as_str(),
                count,
                given: m
            }
            .stop());
        }
    }
    let on =
        a.on.map(matching::date)
            .transpose()?
            .unwrap_or_else(matching::today);
    super::output::warn_if_after_today(cli, "--on", on);
    // Values may begin with "-", so `--note --help` takes "--help" as the
    // note: an option's name is refused as a value.
    let d = a.details;
    let texts = [
        ("--note", a.note),
        ("--source", a.source),
        ("--result", d.result.as_deref()),
        ("--difficulties", d.difficulties.as_deref()),
        ("--recommendations", d.recommendations.as_deref()),
        ("--evidence", d.evidence.as_deref()),
    ];
    for (flag, value) in texts {
        if let Some(v) = value.filter(|v| looks_like_an_option(v)) {
            bail!(Problem::OptionAsText { flag, value: v }.stop());
        }
    }
    // Recorded all the same (a late correction is possible), but never
    // silently: a wrong year decides whether a task was done on time.
    if let Some(why) = crate::dates::plan_span(plan).outside(on) {
        super::output::print_err(
            &Problem::DateOutsidePlan {
                report: false,
                on,
                why,
            }
            .text(super::stderr_lang(cli)),
        );
    }
    let [note, source, result, difficulties, recommendations, evidence] =
        texts.map(|(_, v)| v.map(crate::text::to_nfc));
    for text in [
        &note,
        &source,
        &result,
        &difficulties,
        &recommendations,
        &evidence,
    ]
    .into_iter()
    .flatten()
    {
        if let Some(c) = crate::text::first_forbidden_control(text) {
            bail!(Problem::ControlCharacter { code: c as u32 }.stop());
        }
        // Refused here, since `validate` would refuse the file it was written to.
        if let Some(c) = crate::text::first_invisible(text) {
            bail!(Problem::InvisibleCharacter { c }.stop());
        }
    }

    let mut entry = Entry::new(Kind::Update, on.year())
        .text("task", Some(id.as_str()))
        .date("on", on)
        .text("status", Some(status.key()));
    if let Some(m) = a.milestone {
        entry = entry.int("milestone", i64::from(m));
    }
    let entry = entry
        .text("note", note.as_deref())
        .text("source", source.as_deref())
        .text("result", result.as_deref())
        .text("difficulties", difficulties.as_deref())
        .text("recommendations", recommendations.as_deref())
        .text("evidence", evidence.as_deref());
    let path = cli.dir.join("progress").join(format!("{}.toml", on.year()));
    let done = record::append(&cli.dir, &plan.meta, &[entry])?;
    Ok(Message::Recorded {
        id: id.as_str(),
        milestone: a.milestone,
        status,
        on,
        path: &path.display().to_string(),
        written: done.written.first().copied().unwrap_or(true),
    }
    .text(super::stderr_lang(cli)))
}

/// An option's name (`--help`, `--bom`): what arrives as the value when the
/// value itself was left out.
fn looks_like_an_option(v: &str) -> bool {
    v.strip_prefix("--").is_some_and(|name| {
        !name.is_empty() && name.chars().all(|c| c.is_ascii_lowercase() || c == '-')
    })
}
