//! One function per command: load, ask one question, render the answer.

mod init;
mod validate;

use crate::cli::{Cli, Command};
use std::process::ExitCode;

/// Exit status 2: the command could not run (usage, I/O, parse failure).
pub const EXIT_STOPPED: u8 = 2;

pub fn run(cli: Cli) -> ExitCode {
    let result = match &cli.command {
        Command::Validate { deny_warnings } => validate::run(&cli, *deny_warnings),
        Command::Init { target } => init::run(target),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(EXIT_STOPPED)
        }
    }
}
