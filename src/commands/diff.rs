//! `plan diff [REV] [REV2]`: what changed in the plan between two git
//! revisions (default: HEAD and the working tree), as facts.

use super::output::{print_bytes, print_err, Out};
use crate::cli::{Cli, Format};
use crate::load::git::Repo;
use crate::load::{self, load_files, Loaded};
use crate::query::diff::{diff, fact};
use crate::render::{self, Listing};
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
        bail!("give either a range A...B or two revisions, not both\n  help: plan diff origin/main...HEAD");
    }
    let or_head = |s: &str| {
        if s.is_empty() {
            "HEAD".to_string()
        } else {
            s.to_string()
        }
    };
    // The old side: its commit and how messages name it.
    let (old_commit, rev, rev2): (String, String, Option<String>) = match range {
        Some((a, b, three_dots)) => {
            let (a, b) = (or_head(a), or_head(b));
            let old = repo.commit(&a)?;
            if three_dots {
                let base = repo.merge_base(&old, &repo.commit(&b)?)?;
                let short = base.get(..10).unwrap_or(&base).to_string();
                (base, format!("{short} (where {b} left {a})"), Some(b))
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
    let (new, new_label): (Loaded, String) = match rev2 {
        Some(r) => {
            let c = repo.commit(r)?;
            (repo.load_at(&c, r)?, r.to_string())
        }
        None => {
            let loaded = if cli.dir.join("plan.toml").exists() {
                load::load_dir(&cli.dir)?
            } else {
                load_files(&cli.dir.display().to_string(), vec![])
            };
            (loaded, "the working tree".to_string())
        }
    };
    for (side, l) in [(rev, &old), (new_label.as_str(), &new)] {
        let errors = l.diagnostics.iter().filter(|d| d.is_error()).count();
        if errors > 0 {
            print_err(&format!("note: the plan at {side} has {errors} error(s); entities that did not load are compared as missing\n"));
        }
    }
    let changes = diff(&old.plan, &new.plan);
    let out = Out::new(cli, &new);
    match out.format {
        Format::Json => print_bytes(render::json(&changes).as_bytes())?,
        Format::Csv => {
            let mut l = Listing::new(&["entity", "id", "change", "field", "before", "after"]);
            for c in &changes {
                l.rows.push(vec![
                    c.entity.to_string(),
                    c.id.clone(),
                    format!("{:?}", c.kind).to_lowercase(),
                    c.field.clone().unwrap_or_default(),
                    c.before.clone().unwrap_or_default(),
                    c.after.clone().unwrap_or_default(),
                ]);
            }
            out.listing(None, &l)?;
        }
        Format::Md | Format::Table => {
            let mut s = String::new();
            if changes.is_empty() {
                s.push_str(&format!(
                    "No change to the plan between {rev} and {new_label}.\n"
                ));
            } else {
                s.push_str(&format!(
                    "{} {} to the plan between {rev} and {new_label}:\n",
                    changes.len(),
                    if changes.len() == 1 {
                        "change"
                    } else {
                        "changes"
                    }
                ));
                if out.format == Format::Md {
                    s.push('\n');
                }
                for c in &changes {
                    let line = fact(c);
                    if out.format == Format::Md {
                        s.push_str(&format!("- {}\n", render::markdown_inline(&line)));
                    } else {
                        s.push_str(&format!("  {line}\n"));
                    }
                }
            }
            print_bytes(s.as_bytes())?;
        }
    }
    Ok(ExitCode::from(u8::from(exit_code && !changes.is_empty())))
}
