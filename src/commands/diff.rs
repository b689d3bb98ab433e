//! `plan diff [REV] [REV2]`: what changed in the plan between two git
//! revisions (default: HEAD and the working tree), as facts.

use super::output::Out;
use crate::catalogue::Problem;
use crate::cli::Cli;
use crate::compose;
use crate::load::git::Repo;
use crate::load::{self, load_files, Loaded};
use crate::query::diff::diff;
use anyhow::Result;
use std::process::ExitCode;

pub fn run(cli: &Cli, rev: Option<&str>, rev2: Option<&str>, exit_code: bool) -> Result<ExitCode> {
    let repo = Repo::find(&cli.dir)?;
    let rev = rev.unwrap_or("HEAD");
    let old_commit = repo.commit(rev)?;
    let old = repo.load_at(&old_commit, rev)?;
    // The newer side: a revision, or the working tree (`None`).
    let new: Loaded = match rev2 {
        Some(r) => {
            let c = repo.commit(r)?;
            repo.load_at(&c, r)?
        }
        None => {
            let loaded = if cli.dir.join("plan.toml").exists() {
                load::load_dir(&cli.dir)?
            } else {
                load_files(&cli.dir.display().to_string(), vec![])
            };
            loaded
        }
    };
    for (side, l) in [(Some(rev), &old), (rev2, &new)] {
        let errors = l.diagnostics.iter().filter(|d| d.is_error()).count();
        if errors > 0 {
            eprintln!("{}", Problem::SideHasErrors { side, errors }.text());
        }
    }
    let changes = diff(&old.plan, &new.plan);
    let out = Out::new(cli, &new);
    let doc = compose::diff::document(&new.plan.meta.id, &changes, rev, rev2, out.lang);
    out.emit(&doc)?;
    Ok(ExitCode::from(u8::from(exit_code && !changes.is_empty())))
}
