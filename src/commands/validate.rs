//! `plan validate`: every finding, then a one-line summary.

use crate::cli::{Cli, Format};
use crate::diagnostic::{render_human, render_json, Severity};
use crate::load;
use anyhow::{bail, Result};
use std::process::ExitCode;

pub fn run(cli: &Cli, deny_warnings: bool) -> Result<ExitCode> {
    let json = match cli.format {
        None | Some(Format::Table) => false,
        Some(Format::Json) => true,
        Some(other) => bail!(
            "validate prints findings as text or JSON, not {other:?}\n  help: use --format json for editors and CI"
        ),
    };
    let loaded = load::load_dir(&cli.dir)?;
    let diags = &loaded.diagnostics;
    let errors = diags
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    let warnings = diags.len() - errors;
    if json {
        print!("{}", render_json(diags));
    } else {
        print!("{}", render_human(diags, cli.color.enabled()));
        if !loaded.references_checked {
            println!("note: references between files (agencies, tasks, indicators) are checked once every file reads\n");
        }
        let p = &loaded.plan;
        println!(
            "{}: {}, {}, {}, {}, {}: {}, {}",
            cli.dir.display(),
            plural(p.sources.len(), "file"),
            plural(p.sections.len(), "section"),
            plural(p.tasks.len(), "task"),
            plural_es(p.agencies.len(), "agenc"),
            plural(p.indicators.len(), "indicator"),
            plural(errors, "error"),
            plural(warnings, "warning"),
        );
    }
    let failed = errors > 0 || (deny_warnings && warnings > 0);
    Ok(ExitCode::from(u8::from(failed)))
}

fn plural_es(n: usize, stem: &str) -> String {
    if n == 1 {
        format!("1 {stem}y")
    } else {
        format!("{n} {stem}ies")
    }
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}
