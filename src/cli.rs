//! The command line: every flag documented where it is defined. `main.rs`
//! parses these and hands them to `commands`.

use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Parser, Debug)]
#[command(
    name = "plan",
    version,
    about = "Keep a government implementation plan as data, and ask it what is overdue, who is responsible and how far the targets are.",
    after_help = "The plan folder is --dir, else the PLAN_DIR variable, else ./plan."
)]
pub struct Cli {
    /// The plan folder.
    #[arg(
        long,
        global = true,
        env = "PLAN_DIR",
        default_value = "plan",
        value_name = "PATH"
    )]
    pub dir: PathBuf,

    /// Output format; `table` is for people at a terminal.
    #[arg(long, global = true, value_enum)]
    pub format: Option<Format>,

    /// Colour in terminal output; NO_COLOR in the environment turns `auto` off.
    #[arg(long, global = true, value_enum, default_value = "auto")]
    pub color: ColorChoice,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Check every file of the plan and report problems like a compiler.
    ///
    /// Exit status: 0 when there are no errors, 1 when there are, 2 when the
    /// plan cannot be found or read at all.
    Validate {
        /// Treat warnings as errors (exit 1 when any is found).
        #[arg(long)]
        deny_warnings: bool,
    },
    /// Write a new, valid plan skeleton for another decision into DIR.
    Init {
        /// The folder to create; it must not hold a plan already.
        #[arg(value_name = "DIR")]
        target: PathBuf,
    },
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Table,
    Csv,
    Md,
    Json,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

impl ColorChoice {
    /// Whether to colour output going to stdout.
    pub fn enabled(self) -> bool {
        use std::io::IsTerminal;
        match self {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                    && std::io::stdout().is_terminal()
            }
        }
    }
}
