use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    plan::commands::run(plan::cli::Cli::parse())
}
