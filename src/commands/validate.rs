//! `plan validate`: every finding, then a one-line summary, in the command's
//! language (`--lang`, else the plan's); JSON is codes and data, the same in
//! every language.

use super::output::print_bytes;
use crate::catalogue::finding::summary;
use crate::catalogue::{Count, Finding, FindingNote, Label, Noun, Problem};
use crate::cli::{Cli, Format};
use crate::diagnostic::{render_human, render_json, Diagnostic};
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
        Some(other) => bail!(Problem::FindingsFormat {
            format: other.name()
        }
        .stop()),
    };
    // Kept until exit, as `load_plan` keeps it: freeing it was an eighth
    // of a cached validate at 100 000 tasks.
    let loaded = Box::leak(Box::new(super::output::load_dir(cli)?));
    loaded.diagnostics.extend(leftover_findings(&cli.dir));
    let lang = cli
        .lang
        .unwrap_or_else(|| Lang::from_code(&loaded.plan.meta.language));
    let diags = &loaded.diagnostics;
    let errors = diags.iter().filter(|d| d.is_error()).count();
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
        print_bytes(&Backend::Json.render(&doc, lang)?)?;
    } else {
        let mut text = render_human(diags, cli.color.enabled(), lang);
        if !loaded.references_checked {
            text.push_str(&format!(
                "{}: {}\n\n",
                Label::Note.text(lang),
                FindingNote::ReferencesSkipped.text(lang)
            ));
        }
        let p = &loaded.plan;
        let holds = [
            Count::new(p.sources.len(), Noun::File),
            Count::new(p.sections.len(), Noun::Section),
            Count::new(p.tasks.len(), Noun::Task),
            Count::new(p.agencies.len(), Noun::Agency),
            Count::new(p.indicators.len(), Noun::Indicator),
        ];
        let found = [
            Count::new(errors, Noun::Error),
            Count::new(warnings, Noun::Warning),
        ];
        let dir = cli.dir.display().to_string();
        text.push_str(&summary(&dir, &holds, &found, lang));
        text.push('\n');
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
            Diagnostic::new(Finding::LeftoverTempFile {
                path: shown.clone(),
            })
            .in_file(&shown, None)
        })
        .collect()
}
