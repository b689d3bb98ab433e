//! What every reading command shares: loading a plan it can trust, and the
//! output settings (format, language, width, byte-order mark).

use crate::cli::{Cli, Format};
use crate::diagnostic::render_human;
use crate::lang::Lang;
use crate::load::{self, Loaded};
use crate::render::{self, Listing};
use anyhow::{bail, Result};
use std::io::Write;

/// The plan, or the reason it cannot be used: commands other than `validate`
/// do not answer questions about a plan with errors.
pub fn load_plan(cli: &Cli) -> Result<Loaded> {
    let loaded = load::load_dir(&cli.dir)?;
    if loaded.has_errors() {
        let errors: Vec<_> = loaded
            .diagnostics
            .iter()
            .filter(|d| d.is_error())
            .cloned()
            .collect();
        print_err(&render_human(&errors, false));
        bail!(
            "the plan in {} has {} error(s); nothing was answered\n  help: fix them (`plan validate` shows them all), then run the command again",
            cli.dir.display(),
            errors.len()
        );
    }
    Ok(loaded)
}

pub struct Out {
    pub format: Format,
    pub lang: Lang,
    /// The width to fit a terminal table to; `None` when not at a terminal.
    pub width: Option<u16>,
    pub bom: bool,
}

impl Out {
    pub fn new(cli: &Cli, loaded: &Loaded) -> Self {
        Out {
            format: cli.format.unwrap_or(Format::Table),
            lang: cli
                .lang
                .unwrap_or_else(|| Lang::from_code(&loaded.plan.meta.language)),
            width: terminal_width(),
            bom: cli.bom,
        }
    }

    /// A line of text before listings (table and Markdown only).
    pub fn title(&self, title: &str) -> Result<()> {
        match self.format {
            Format::Table => print_bytes(format!("{title}\n").as_bytes()),
            Format::Md => print_bytes(format!("{title}\n").as_bytes()),
            Format::Csv | Format::Json => Ok(()),
        }
    }

    /// A title line (table and Markdown only) and a listing.
    pub fn listing(&self, title: Option<&str>, listing: &Listing) -> Result<()> {
        let mut s = Vec::new();
        match self.format {
            Format::Table => {
                if let Some(t) = title {
                    writeln!(s, "{t}")?;
                }
                if !listing.rows.is_empty() {
                    s.extend(render::table(listing, self.width).into_bytes());
                }
            }
            Format::Md => {
                if let Some(t) = title {
                    writeln!(s, "{t}\n")?;
                }
                s.extend(render::markdown(listing).into_bytes());
            }
            Format::Csv => s.extend(render::csv(listing, self.bom)),
            Format::Json => bail!("internal: JSON is rendered from views"),
        }
        print_bytes(&s)
    }
}

/// Writes to stdout. A closed pipe (`plan validate | head -1`) ends output
/// quietly; any other failure (a full disk) is an error that stops the command.
pub fn print_bytes(bytes: &[u8]) -> Result<()> {
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|_| out.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => {
            let reason = e.to_string();
            let reason = reason.split(" (os error").next().unwrap_or_default();
            bail!("cannot write to standard output: {reason}\n  help: check where the output goes (a full disk?)")
        }
        Ok(()) => Ok(()),
    }
}

/// Writes to stderr, never panicking as `eprintln!` does when stderr is
/// closed or full: there is nowhere left to say it.
pub fn print_err(text: &str) {
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(text.as_bytes()).and_then(|_| err.flush());
}

/// COLUMNS when set (so scripts and tests can ask for a width), else the
/// terminal's width, else 120 (a table piped to a file or a pager).
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
