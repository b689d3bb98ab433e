//! What every reading command shares: loading a plan it can trust, and the
//! output settings (format, language, width, byte-order mark).

use crate::catalogue::Problem;
use crate::cli::{Cli, Format};
use crate::diagnostic::render_human;
use crate::document::Document;
use crate::fsio::{written, WriteFailed};
use crate::lang::Lang;
use crate::load::{self, Loaded};
use crate::render::Backend;
use anyhow::{bail, Result};
use std::io::Write;

/// The plan, or the reason it cannot be used: commands other than `validate`
/// do not answer questions about a plan with errors. Kept for the rest of
/// the process: a command reads one plan and exits, and freeing 100 000
/// tasks one allocation at a time was a twentieth of a cached `overdue`;
/// the system takes the memory back at exit all at once.
pub fn load_plan(cli: &Cli) -> Result<&'static Loaded> {
    Ok(Box::leak(Box::new(load_checked(cli)?)))
}

/// [`load_plan`], its plan as it stands on the date `as_of` gives
/// ([`crate::model::Plan::on`], made in place, not as a copy: for a command
/// that reads the plan on that date only). The date is read once the plan
/// is known to load, so a plan with errors is said first, as always.
pub fn load_plan_on(
    cli: &Cli,
    as_of: impl FnOnce() -> Result<chrono::NaiveDate>,
) -> Result<(&'static Loaded, chrono::NaiveDate)> {
    let mut loaded = load_checked(cli)?;
    let date = as_of()?;
    loaded.plan = loaded.plan.into_on(date);
    Ok((Box::leak(Box::new(loaded)), date))
}

/// The plan loaded and free of errors, owned (see [`load_plan`]).
pub fn load_checked(cli: &Cli) -> Result<Loaded> {
    let loaded = load_dir(cli)?;
    if loaded.has_errors() {
        let errors: Vec<_> = loaded
            .diagnostics
            .iter()
            .filter(|d| d.is_error())
            .cloned()
            .collect();
        // The findings in the language of stderr, as the reason that follows.
        print_err(&render_human(
            &errors,
            false,
            super::voice::stderr_lang(cli),
        ));
        bail!(Problem::PlanHasErrors {
            dir: &cli.dir.display().to_string(),
            errors: errors.len(),
            command: cli.command.name(),
        }
        .stop());
    }
    Ok(loaded)
}

/// The plan folder read through the load cache (unless `--no-cache`), with
/// a note on stderr when the cache's entry was damaged and not used.
pub fn load_dir(cli: &Cli) -> Result<Loaded, load::NoPlan> {
    let cache = crate::cache::Cache::from_env(cli.no_cache);
    let (loaded, outcome) = crate::cache::load_dir(&cli.dir, &cache)?;
    if let crate::cache::Outcome::Damaged(damage, entry) = outcome {
        let lang = cli
            .lang
            .unwrap_or_else(|| Lang::from_code(&loaded.plan.meta.language));
        print_err(&format!(
            "{}\n",
            crate::catalogue::Message::CacheDamaged {
                path: &crate::text::display_path(&entry),
                damage
            }
            .text(lang)
        ));
    }
    Ok(loaded)
}

pub struct Out {
    pub format: Format,
    pub lang: Lang,
    pub backend: Backend,
}

impl Out {
    pub fn new(cli: &Cli, loaded: &Loaded) -> Self {
        Self::in_format(cli, loaded, cli.format)
    }

    /// As [`Out::new`] in `format` (terminal text when none), which a
    /// command may have settled otherwise than from --format alone.
    pub fn in_format(cli: &Cli, loaded: &Loaded, format: Option<Format>) -> Self {
        let format = format.unwrap_or(Format::Table);
        // --wide: no width to fit; lines are as long as their cells.
        let width = if cli.wide { None } else { terminal_width() };
        Out {
            format,
            lang: cli
                .lang
                .unwrap_or_else(|| Lang::from_code(&loaded.plan.meta.language)),
            backend: Backend::new(format, width, cli.bom),
        }
    }

    /// The document on standard output. xlsx and docx are files that only
    /// `plan report --out` writes: a command without --out refuses them.
    pub fn emit(&self, doc: &Document) -> Result<()> {
        if self.format.is_binary() {
            bail!(Problem::BinaryNeedsOut {
                format: self.format.name(),
                report: false
            }
            .stop());
        }
        print_with(|w| self.backend.write(doc, self.lang, w))
    }
}

/// Writes to stdout. A closed pipe (`plan validate | head -1`) ends output
/// quietly; any other failure (a full disk) is an error that stops the command.
pub fn print_bytes(bytes: &[u8]) -> Result<()> {
    print_with(|w| written(w.write_all(bytes)))
}

/// Stdout given to `write`, which writes as it makes the output (see
/// [`print_bytes`] for what a failure to write means); an error of making it
/// is returned as it is.
pub fn print_with(write: impl FnOnce(&mut dyn Write) -> Result<()>) -> Result<()> {
    let mut out = std::io::stdout().lock();
    let done = write(&mut out).and_then(|()| written(out.flush()));
    match done.map_err(|e| e.downcast::<WriteFailed>()) {
        Ok(()) => Ok(()),
        Err(Ok(WriteFailed(e))) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(Ok(WriteFailed(e))) => bail!(Problem::CannotWriteStdout { error: &e }.stop()),
        Err(Err(other)) => Err(other),
    }
}

/// Writes to stderr, never panicking as `eprintln!` does when stderr is
/// closed or full: there is nowhere left to say it.
pub fn print_err(text: &str) {
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(text.as_bytes()).and_then(|_| err.flush());
}

/// A date typed after today is almost always a typo (2052 for 2025), but
/// an analyst may record ahead on purpose (a report announced for a date):
/// recorded, and said on stderr (docs/december.md).
pub fn warn_if_after_today(cli: &Cli, flag: &str, on: chrono::NaiveDate) {
    let today = crate::matching::today();
    if on > today {
        print_err(&Problem::DateAfterToday { flag, on, today }.text(super::stderr_lang(cli)));
    }
}

/// COLUMNS when set (so scripts and tests can ask for a width), else the
/// terminal's width, else 120 (a table piped to a file or a pager; `--wide`
/// lifts the limit).
fn terminal_width() -> Option<u16> {
    if let Some(c) = std::env::var("COLUMNS").ok().and_then(|c| c.parse().ok()) {
        return Some(c);
    }
    use std::io::IsTerminal;
    let tty = std::io::stdout()
        .is_terminal()
        .then(|| comfy_table::Table::new().width());
    tty.flatten().or(Some(120))
}

/// The agency a user means, as it stands on `as_of`: an agency merged away
/// by then is taken as its successor, and a note on stderr (in `lang`) says so (its
/// tasks are the successor's in the plan read on that date).
pub fn agency_on(
    plan: &crate::model::Plan,
    input: &str,
    as_of: chrono::NaiveDate,
    lang: Lang,
) -> Result<crate::ids::AgencyId> {
    let id = crate::matching::agency(plan, input)?;
    let Some(before) = plan.agency(&id) else {
        return Ok(id);
    };
    let now = plan.responsible(&id, as_of);
    match now.first() {
        Some(first) if first.id.value != id => {
            let names: Vec<&str> = now.iter().map(|a| a.name_in(lang)).collect();
            print_err(&format!(
                "{}\n",
                crate::catalogue::cycle::succeeded(
                    before.name_in(lang),
                    before.until.as_ref().map(|u| u.value),
                    before.source.as_deref(),
                    &names.join("; "),
                    lang
                )
            ));
            Ok(first.id.value.clone())
        }
        // Ended, and nobody recorded to take over: its tasks are still its
        // own, which the reader must not take for an oversight.
        _ => {
            if let Some(until) = before.until.as_ref().filter(|u| u.value < as_of) {
                print_err(&format!(
                    "{}\n",
                    crate::catalogue::cycle::ended_alone(
                        before.name_in(lang),
                        until.value,
                        before.source.as_deref(),
                        lang
                    )
                ));
            }
            Ok(id)
        }
    }
}
