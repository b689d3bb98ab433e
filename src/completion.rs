//! Shell completion of values from the plan itself: task, section, agency and
//! indicator ids, status words, years and table names. `source <(COMPLETE=bash
//! plan)` asks the binary while the user types; the plan is the one `--dir`
//! (already typed), `PLAN_DIR` or `./plan` names. A plan that does not load
//! completes nothing, silently: completion must never print an error.
//! The plan is read through the load cache, as every command reads it
//! (`--no-cache` or `PLAN_NO_CACHE` on the line or in the environment turn
//! it off): each key pressed at 100 000 tasks is a warm run, not a parse.

use crate::cache::{self, Cache};
use crate::load::Loaded;
use crate::model::UpdateStatus;
use crate::status::Status;
use clap_complete::engine::CompletionCandidate;
use std::path::PathBuf;

/// The plan folder the command line being completed names.
fn plan_dir() -> PathBuf {
    let args: Vec<String> = std::env::args().collect();
    let given = args.iter().enumerate().find_map(|(i, a)| {
        a.strip_prefix("--dir=")
            .map(str::to_string)
            .or_else(|| (a == "--dir").then(|| args.get(i + 1).cloned()).flatten())
    });
    given
        .or_else(|| std::env::var("PLAN_DIR").ok())
        .unwrap_or_else(|| "plan".into())
        .into()
}

/// Whether the line being completed, or the environment, turns the cache
/// off: `--no-cache`, or `PLAN_NO_CACHE` set to a value clap takes as true.
fn no_cache() -> bool {
    use clap::builder::TypedValueParser;
    let on_line = std::env::args().any(|a| a == "--no-cache");
    let in_env = std::env::var_os("PLAN_NO_CACHE").is_some_and(|v| {
        clap::builder::BoolishValueParser::new()
            .parse_ref(&clap::Command::new("plan"), None, &v)
            .unwrap_or(false)
    });
    on_line || in_env
}

fn with_plan(f: impl FnOnce(&Loaded) -> Vec<CompletionCandidate>) -> Vec<CompletionCandidate> {
    // A damaged entry is replaced as by any command; its note is left out:
    // completion prints nothing but candidates.
    cache::load_dir(&plan_dir(), &Cache::from_env(no_cache()))
        .map(|(l, _)| f(&l))
        .unwrap_or_default()
}

fn candidate(value: &str, help: &str) -> CompletionCandidate {
    CompletionCandidate::new(value).help(Some(help.to_string().into()))
}

pub fn tasks() -> Vec<CompletionCandidate> {
    with_plan(|l| {
        l.plan
            .tasks
            .iter()
            .map(|t| candidate(t.id.as_str(), &t.title))
            .collect()
    })
}

pub fn sections() -> Vec<CompletionCandidate> {
    with_plan(|l| {
        l.plan
            .sections
            .iter()
            .map(|s| candidate(s.id.as_str(), &s.title))
            .collect()
    })
}

/// Ids, then aliases (an alias with spaces is quoted by the shell).
pub fn agencies() -> Vec<CompletionCandidate> {
    with_plan(|l| {
        let ids = l
            .plan
            .agencies
            .iter()
            .map(|a| candidate(a.id.as_str(), &a.name));
        let aliases = l
            .plan
            .agencies
            .iter()
            .flat_map(|a| a.aliases.iter().map(move |x| candidate(x, &a.name)));
        ids.chain(aliases).collect()
    })
}

pub fn indicators() -> Vec<CompletionCandidate> {
    with_plan(|l| {
        l.plan
            .indicators
            .iter()
            .map(|i| candidate(i.id.as_str(), &i.name))
            .collect()
    })
}

/// The years a plan reports on: from the year it was issued to its last target.
pub fn years() -> Vec<CompletionCandidate> {
    with_plan(|l| {
        use chrono::Datelike;
        let first = l.plan.meta.issued_on.map(|d| d.year());
        let last = l
            .plan
            .indicators
            .iter()
            .flat_map(|i| i.targets.iter())
            .map(|t| match t.when {
                crate::model::TargetWhen::Year(y) => y,
                crate::model::TargetWhen::Period(_, b) => b,
            })
            .max();
        match (first, last) {
            (Some(a), Some(b)) if a <= b && b - a < 100 => (a..=b)
                .map(|y| CompletionCandidate::new(y.to_string()))
                .collect(),
            _ => Vec::new(),
        }
    })
}

pub fn statuses() -> Vec<CompletionCandidate> {
    Status::ALL
        .iter()
        .map(|s| CompletionCandidate::new(s.key()))
        .collect()
}

pub fn update_statuses() -> Vec<CompletionCandidate> {
    UpdateStatus::WORDS
        .iter()
        .map(|s| CompletionCandidate::new(*s))
        .collect()
}

pub fn tables() -> Vec<CompletionCandidate> {
    crate::compose::report::TABLES
        .iter()
        .map(|t| CompletionCandidate::new(*t))
        .collect()
}
