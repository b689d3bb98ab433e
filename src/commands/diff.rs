//! `plan diff [REV] [REV2]`: what changed in the plan between two git
//! revisions (default: HEAD and the working tree), as facts.

use super::output::{print_err, Out};
use crate::catalogue::{Message, Problem};
use crate::cli::Cli;
use crate::compose;
use crate::load::git::Repo;
use crate::load::{load_files, Loaded};
use crate::query::diff::diff;
use anyhow::{bail, Result};
use std::process::ExitCode;

pub fn run(cli: &Cli, rev: Option<&str>, rev2: Option<&str>, exit_code: bool) -> Result<ExitCode> {
    let repo = Repo::find(&cli.dir)?;
    // `A...B`, as in git: what B changed since it left A (their merge base);
    // `A..B` is A against B. An empty side is HEAD.
    let range = rev.and_then(|r| {
        r.split_once("...")
            .map(|(a, b)| (a, b, true))
            .or_else(|| r.split_once("..").map(|(a, b)| (a, b, false)))
    });
    if range.is_some() && rev2.is_some() {
        bail!(Problem::RangeAndRevision.stop());
    }
    let or_head = |s: &str| {
        if s.is_empty() {
            "HEAD".to_string()
        } else {
            s.to_string()
        }
    };
    // The old side: its commit and how messages name it; for `A...B`, the
    // merge base, named once the language is known.
    let mut left: Option<(String, String, String)> = None;
    let (old_commit, rev, rev2): (String, String, Option<String>) = match range {
        Some((a, b, three_dots)) => {
            let (a, b) = (or_head(a), or_head(b));
            let old = repo.commit(&a)?;
            if three_dots {
                let base = repo.merge_base(&old, &repo.commit(&b)?)?;
                let short = base.get(..10).unwrap_or(&base).to_string();
                left = Some((short.clone(), a, b.clone()));
                (base, short, Some(b))
            } else {
                (old, a, Some(b))
            }
        }
        None => {
            let r = rev.unwrap_or("HEAD").to_string();
            (repo.commit(&r)?, r, rev2.map(str::to_string))
        }
    };
    let rev = rev.as_str();
    let rev2 = rev2.as_deref();
    let old = repo.load_at(&old_commit, rev)?;
    // The newer side: a revision, or the working tree (`None`).
    let new: Loaded = match rev2 {
        Some(r) => {
            let c = repo.commit(r)?;
            repo.load_at(&c, r)?
        }
        None => {
            let loaded = if cli.dir.join("plan.toml").exists() {
                super::output::load_dir(cli)?
            } else {
                load_files(&cli.dir.display().to_string(), vec![])
            };
            loaded
        }
    };
    for (side, l) in [(Some(rev), &old), (rev2, &new)] {
        let errors = l.diagnostics.iter().filter(|d| d.is_error()).count();
        if errors > 0 {
            print_err(&format!(
                "{}\n",
                Problem::SideHasErrors { side, errors }.text(super::stderr_lang(cli))
            ));
        }
    }
    let changes = diff(&old.plan, &new.plan);
    let out = Out::new(cli, &new);
    let from = match &left {
        Some((base, a, b)) => Message::MergeBase { base, a, b }.text(out.lang),
        None => rev.to_string(),
    };
    let doc = compose::diff::document(&new.plan.meta.id, &changes, &from, rev2, out.lang);
    out.emit(&doc)?;
    Ok(ExitCode::from(u8::from(exit_code && !changes.is_empty())))
}
