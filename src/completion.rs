//! Shell completion of values from the plan itself: task, section, agency and
//! indicator ids, status words, years and table names. `source <(COMPLETE=bash
//! plan)` asks the binary while the user types; the plan is the one `--dir`
//! (already typed), `PLAN_DIR` or `./plan` names. A plan that does not load
//! completes nothing, silently: completion must never print an error.
//! The plan is read through the load cache, as every command reads it
//! (`--no-cache` or `PLAN_NO_CACHE` on the line or in the environment turn
//! it off): each key pressed at 100 000 tasks is a warm run, not a parse.
//!
//! Words (status words, agency names and aliases) are offered the way an
//! analyst types them: in the plan's language, and without diacritics when
//! what is typed so far has none ("hoan" gives "hoan thanh", which `update`
//! takes as "hoàn thành"); see `spelled`.

use crate::cache::{self, Cache};
use crate::catalogue::{form, Word};
use crate::lang::Lang;
use crate::load::Loaded;
use crate::status::Status;
use crate::text::fold;
use clap_complete::engine::CompletionCandidate;
use std::ffi::OsStr;
use std::path::PathBuf;

/// The value of `--NAME` (as `--NAME V` or `--NAME=V`) on the command line
/// being completed.
fn option_on_line(name: &str) -> Option<String> {
    let args: Vec<String> = std::env::args().collect();
    let long = format!("--{name}");
    let joined = format!("--{name}=");
    args.iter().enumerate().find_map(|(i, a)| {
        a.strip_prefix(&joined)
            .map(str::to_string)
            .or_else(|| (*a == long).then(|| args.get(i + 1).cloned()).flatten())
    })
}

/// The plan folder the command line being completed names.
fn plan_dir() -> PathBuf {
    option_on_line("dir")
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

/// The language words are offered in: `--lang` on the line, else the plan's.
fn language(loaded: &Loaded) -> Lang {
    match option_on_line("lang").as_deref() {
        Some("en") => Lang::En,
        Some("vi") => Lang::Vi,
        _ => Lang::from_code(&loaded.plan.meta.language),
    }
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

pub fn tasks(typed: &OsStr) -> Vec<CompletionCandidate> {
    with_plan(|l| {
        let ids = l
            .plan
            .tasks
            .iter()
            .map(|t| (t.id.as_str(), t.title.as_str()));
        ids_as_typed(typed, ids)
    })
}

pub fn sections(typed: &OsStr) -> Vec<CompletionCandidate> {
    with_plan(|l| {
        let ids = l
            .plan
            .sections
            .iter()
            .map(|s| (s.id.as_str(), s.title.as_str()));
        ids_as_typed(typed, ids)
    })
}

/// The ids that begin with what is typed, in any case (`spelled`: typed
/// in lower case, offered in lower case, which `plan` takes as the id).
fn ids_as_typed<'a>(
    typed: &OsStr,
    ids: impl Iterator<Item = (&'a str, &'a str)>,
) -> Vec<CompletionCandidate> {
    let ids: Vec<(String, String)> = ids.map(|(id, help)| (id.into(), help.into())).collect();
    spelled(&typed.to_string_lossy(), &ids)
        .iter()
        .map(|(id, help)| candidate(id, help))
        .collect()
}

/// Nothing typed: the ids, each with its name. Something typed: every id,
/// alias and name that begins with it, diacritics and case aside ("so xay"
/// gives "so xay dung"); `plan` takes any of them.
pub fn agencies(typed: &OsStr) -> Vec<CompletionCandidate> {
    with_plan(|l| {
        let all = l.plan.agencies.iter().flat_map(|a| {
            let id = a.id.as_str();
            std::iter::once(id)
                .chain(a.aliases.iter().map(String::as_str))
                .chain(std::iter::once(a.name.as_str()))
                .map(move |s| (s.to_string(), id.to_string(), s == id))
        });
        let typed = typed.to_string_lossy();
        let spellings: Vec<(String, String)> = all
            .filter(|(_, _, is_id)| !typed.is_empty() || *is_id)
            .map(|(s, id, _)| (s, id))
            .collect();
        let names = |id: &str| {
            l.plan
                .agencies
                .iter()
                .find(|a| a.id.as_str() == id)
                .map(|a| a.name.clone())
                .unwrap_or_default()
        };
        spelled(&typed, &spellings)
            .into_iter()
            .map(|(value, id)| {
                let help = if value == id { names(&id) } else { id };
                candidate(&value, &help)
            })
            .collect()
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

/// A task's status after `list --status`: its words in the plan's language,
/// and the part of a word that names it alone ("quá hạn" of "Chưa hoàn
/// thành, quá hạn"), each with its code; the codes when no word fits.
pub fn statuses(typed: &OsStr) -> Vec<CompletionCandidate> {
    with_plan(|l| {
        let lang = language(l);
        let words = Status::ALL.iter().flat_map(|s| {
            let word = Word::StatusWord(*s).text(lang);
            std::iter::once(word)
                .chain(word.split(',').map(str::trim))
                .filter(|w| form::typed_task_status(w) == Some(*s))
                .map(|w| (w.to_lowercase(), s.key().to_string()))
                .collect::<Vec<_>>()
        });
        let codes = Status::ALL.iter().map(|s| s.key());
        words_or_codes(&typed.to_string_lossy(), words.collect(), codes)
    })
}

/// An update's status after `update --status`: the forms' words in the
/// plan's language ("hoàn thành"), each with its code; the codes when no
/// word fits what is typed.
pub fn update_statuses(typed: &OsStr) -> Vec<CompletionCandidate> {
    with_plan(|l| {
        let lang = language(l);
        let words = form::STATUSES
            .iter()
            .map(|s| {
                (
                    form::status_word(*s, lang).to_lowercase(),
                    s.key().to_string(),
                )
            })
            .collect();
        let codes = form::STATUSES.iter().map(|s| s.key());
        words_or_codes(&typed.to_string_lossy(), words, codes)
    })
}

/// The words that fit what is typed, with their codes as help; else the
/// codes that begin with it.
fn words_or_codes<'c>(
    typed: &str,
    words: Vec<(String, String)>,
    codes: impl Iterator<Item = &'c str>,
) -> Vec<CompletionCandidate> {
    let fit = spelled(typed, &words);
    if !fit.is_empty() {
        return fit.iter().map(|(w, code)| candidate(w, code)).collect();
    }
    codes
        .filter(|c| c.starts_with(typed))
        .map(CompletionCandidate::new)
        .collect()
}

/// The spellings that begin with `typed`, as they stand, then those that
/// begin with it once both are folded (without diacritics or case): each
/// once (two that fold alike are one word to `plan`), with its help, as the
/// shell should insert it. A folded fit is offered folded when what is typed
/// has no diacritics: what one types on a keyboard without Vietnamese input
/// goes on without it. A quote the user opened is not part of the word (zsh
/// passes it on; bash does not).
fn spelled(typed: &str, spellings: &[(String, String)]) -> Vec<(String, String)> {
    let typed = typed.trim_start_matches(['"', '\'']);
    let folded = fold(typed);
    let exact = spellings
        .iter()
        .filter(|(s, _)| s.starts_with(typed))
        .map(|(s, help)| (s.clone(), help));
    let by_fold = spellings
        .iter()
        .filter(|(s, _)| !s.starts_with(typed) && fold(s).starts_with(&folded))
        .map(|(s, help)| {
            let value = if typed.is_ascii() { fold(s) } else { s.clone() };
            (value, help)
        });
    let mut seen = std::collections::HashSet::new();
    exact
        .chain(by_fold)
        .filter(|(value, _)| seen.insert(fold(value)))
        .map(|(value, help)| (for_shell(&value), help.clone()))
        .collect()
}

/// Bash puts what completion returns on the line as it stands, so a word
/// with a space or a shell character is escaped for it; zsh and fish quote
/// what they insert themselves. clap_complete has removed `COMPLETE` from
/// the environment by now; `_CLAP_COMPLETE_SPACE` is set by its bash script
/// alone. Bash does not tell a program whether the user opened a quote, so
/// the word is escaped for one typed without: type `hoan<Tab>`, not
/// `"hoan<Tab>` (docs/review.md).
fn for_shell(value: &str) -> String {
    if std::env::var_os("_CLAP_COMPLETE_SPACE").is_none() {
        return value.to_string();
    }
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        if c.is_whitespace() || "\\'\"`$&|;<>()[]{}*?!#~".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

pub fn tables() -> Vec<CompletionCandidate> {
    crate::compose::report::TABLES
        .iter()
        .map(|t| CompletionCandidate::new(*t))
        .collect()
}
