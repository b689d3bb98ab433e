//! `plan diff [REV] [REV2]`: what changed in the plan between two git
//! revisions (default: HEAD and the working tree), as facts.

use super::output::{print_bytes, print_err, Out};
use crate::cli::{Cli, Format};
use crate::load::git::Repo;
use crate::load::{self, load_files, Loaded};
use crate::query::diff::{diff, fact};
use crate::render::{self, Listing};
use anyhow::Result;
use std::process::ExitCode;

pub fn run(cli: &Cli, rev: Option<&str>, rev2: Option<&str>, exit_code: bool) -> Result<ExitCode> {
    let repo = Repo::find(&cli.dir)?;
    let rev = rev.unwrap_or("HEAD");
    let old_commit = repo.commit(rev)?;
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
