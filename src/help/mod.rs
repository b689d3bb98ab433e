//! The command line in the language of stderr: `Cli::command()` with every
//! about, help and heading taken from `catalogue::help`, and the words clap
//! would print in English (`Usage:`, `[default: …]`, `Print help`) said in
//! our own. `main.rs` parses with it and hands it to the shell's completion,
//! `plan man` renders it (docs/output.md, "The language of help").
//!
//! The language must be known before clap parses: [`lang_of_args`] reads
//! `--lang` and the plan folder's `plan.toml` from the raw arguments.

mod argv;
mod localize;
mod man;
mod usage_error;
mod values;

pub use argv::lang_of_args;
pub use man::pages as man_pages;
pub use usage_error::render as usage_error;

use crate::lang::Lang;

/// The whole command, built, in `lang`: what `plan` parses with.
pub fn command(lang: Lang) -> clap::Command {
    localize::command(lang, localize::Layout::Terminal)
}

#[cfg(test)]
mod tests;
