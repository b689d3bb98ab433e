use clap::{CommandFactory, Parser};
use std::process::ExitCode;

fn main() -> ExitCode {
    // `COMPLETE=bash plan` (and the shell asking while the user types):
    // completions from the plan, then exit; otherwise nothing happens here.
    clap_complete::CompleteEnv::with_factory(plan::cli::Cli::command).complete();
    plan::commands::run(plan::cli::Cli::parse())
}
