//! `plan validate`: every finding, then a one-line summary.

use super::output::print_bytes;
use crate::catalogue::{Count, Noun};
use crate::cli::{Cli, Format};
use crate::diagnostic::{render_human, render_json, Diagnostic, Severity};
use crate::document::Document;
use crate::fsio::leftovers;
use crate::lang::Lang;
use crate::render::Backend;
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
    let mut loaded = super::output::load_dir(cli)?;
    loaded.diagnostics.extend(leftover_findings(&cli.dir));
    let diags = &loaded.diagnostics;
    let errors = diags
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    let warnings = diags.len() - errors;
    if json {
        // The envelope of every command; `data` is the list of findings.
        let doc = Document {
            command: "validate",
            plan: loaded.plan.meta.id.clone(),
            as_of: None,
            blocks: Vec::new(),
            data: render_json(diags).trim_end().to_string(),
            letterhead: None,
        };
        print_bytes(&Backend::Json.render(&doc, Lang::En)?)?;
    } else {
        let mut text = render_human(diags, cli.color.enabled());
        if !loaded.references_checked {
            text.push_str("note: references between files (agencies, tasks, indicators) are checked once every file reads\n\n");
        }
        let p = &loaded.plan;
        // Findings are in English; so is the line that counts them.
        let n = |n: usize, noun: Noun| Count::new(n, noun).text(Lang::En);
        text.push_str(&format!(
            "{}: {}, {}, {}, {}, {}: {}, {}\n",
            cli.dir.display(),
            n(p.sources.len(), Noun::File),
            n(p.sections.len(), Noun::Section),
            n(p.tasks.len(), Noun::Task),
            n(p.agencies.len(), Noun::Agency),
            n(p.indicators.len(), Noun::Indicator),
            n(errors, Noun::Error),
            n(warnings, Noun::Warning),
        ));
        print_bytes(text.as_bytes())?;
    }
    let failed = errors > 0 || (deny_warnings && warnings > 0);
    Ok(ExitCode::from(u8::from(failed)))
}

/// A temporary file left by a write that was killed half-way: nothing reads
/// it, but it takes room and puzzles whoever finds it.
fn leftover_findings(dir: &std::path::Path) -> Vec<Diagnostic> {
    leftovers(dir)
        .into_iter()
        .map(|path| {
            let rel = path.strip_prefix(dir).unwrap_or(&path);
            let shown = dir.join(rel).display().to_string();
            Diagnostic::warning(
                "leftover-temp-file",
                "a temporary file left by a write that was interrupted; nothing reads it",
            )
            .in_file(&shown, None)
            .help(format!("remove it: rm {}", shell_quote(&shown)))
        })
        .collect()
}

/// One shell word, whatever the path holds.
fn shell_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', "'\\''"))
}
