//! Why a command could not run, and the likely fix: the messages of exit
//! status 2 on stderr. English for now (stderr is read by whoever runs the
//! command, scripts included); a second language is one more arm per case.

use super::{Count, Noun};
use crate::lang::Lang;

#[derive(Clone, Copy, Debug)]
pub enum Problem<'a> {
    UnknownStatus {
        given: &'a str,
        suggestion: Option<&'a str>,
        words: &'a [&'a str],
    },
    UnknownTable {
        given: &'a str,
        suggestion: Option<&'a str>,
        tables: &'a [&'a str],
    },
    NotAReportYear {
        year: i32,
    },
    OutDirNeedsCsv,
    CsvHoldsOneTable {
        tables: &'a [&'a str],
    },
    CannotCreate {
        path: &'a str,
    },
    PlanHasErrors {
        dir: &'a str,
        errors: usize,
    },
    RangeAndRevision,
    CannotWriteStdout {
        error: &'a std::io::Error,
    },
    /// A note, not a stop: `diff` compares what loaded.
    SideHasErrors {
        /// A revision, or `None` for the working tree.
        side: Option<&'a str>,
        errors: usize,
    },
}

impl Problem<'_> {
    /// The message, then `help:` with the fix, as every error of `plan` reads.
    pub fn text(&self) -> String {
        let dym = |s: Option<&str>| {
            s.map(|d| format!("did you mean \"{d}\"? "))
                .unwrap_or_default()
        };
        let errors = |n: usize| Count::new(n, Noun::Error).text(Lang::En);
        match *self {
            Problem::UnknownStatus {
                given,
                suggestion,
                words,
            } => format!(
                "unknown status \"{given}\"\n  help: {}a status is one of: {}",
                dym(suggestion),
                words.join(", ")
            ),
            Problem::UnknownTable {
                given,
                suggestion,
                tables,
            } => format!(
                "unknown table \"{given}\"\n  help: {}the tables are {}",
                dym(suggestion),
                tables.join(", ")
            ),
            Problem::NotAReportYear { year } => {
                format!("{year} is not a year a plan reports on\n  help: --year 2025")
            }
            Problem::OutDirNeedsCsv => "--out-dir writes the four tables as CSV files\n  help: add --format csv, or use --out FILE for one Markdown document".into(),
            Problem::CsvHoldsOneTable { tables } => format!(
                "CSV holds one table: choose --table {}\n  help: or --out-dir DIR to write all four files",
                tables.join("|")
            ),
            Problem::CannotWriteStdout { error } => {
                // The reason without Rust's " (os error 28)".
                let reason = error.to_string();
                let reason = reason.split(" (os error").next().unwrap_or_default();
                format!("cannot write to standard output: {reason}\n  help: check where the output goes (a full disk?)")
            }
            Problem::RangeAndRevision => "give either a range A...B or two revisions, not both\n  help: plan diff origin/main...HEAD".into(),
            Problem::CannotCreate { path } => format!("cannot create {path}"),
            Problem::PlanHasErrors { dir, errors: n } => format!(
                "the plan in {dir} has {}; nothing was answered\n  help: fix them (`plan validate` shows them all), then run the command again",
                errors(n)
            ),
            Problem::SideHasErrors { side, errors: n } => format!(
                "note: the plan at {} has {}; entities that did not load are compared as missing",
                side.unwrap_or("the working tree"),
                errors(n)
            ),
        }
    }
}
