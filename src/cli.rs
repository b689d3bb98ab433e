//! The command line's shape: commands, flags and their types. What `--help`
//! says of each is in the catalogue (`catalogue::help`, in every language),
//! put on the command at run time by `crate::help`; `main.rs` parses with
//! that command and hands the result to `commands`.

use clap::{Parser, Subcommand, ValueEnum};
use clap_complete::engine::{ArgValueCandidates, ArgValueCompleter};
use std::path::PathBuf;

use crate::catalogue::UsageError;
use crate::lang::Lang;

#[derive(Parser, Debug)]
#[command(name = "plan", version)]
pub struct Cli {
    #[arg(
        long,
        global = true,
        env = "PLAN_DIR",
        default_value = "plan",
        value_name = "PATH"
    )]
    pub dir: PathBuf,

    #[arg(long, global = true, value_enum)]
    pub format: Option<Format>,

    #[arg(long, global = true, value_enum)]
    pub lang: Option<crate::lang::Lang>,

    #[arg(long, global = true)]
    pub bom: bool,

    #[arg(long, global = true)]
    pub wide: bool,

    #[arg(long, global = true, value_enum, default_value = "auto")]
    pub color: ColorChoice,

    #[arg(
        long,
        global = true,
        env = "PLAN_LOCK_TIMEOUT",
        default_value = "30",
        value_name = "SECS",
        value_parser = parse_seconds
    )]
    pub lock_timeout: std::time::Duration,

    #[arg(
        long,
        global = true,
        env = "PLAN_NO_CACHE",
        action = clap::ArgAction::SetTrue,
        value_parser = clap::builder::BoolishValueParser::new()
    )]
    pub no_cache: bool,

    #[command(subcommand)]
    pub command: Command,
}

/// Seconds, whole or not (`0.5`), finite and not negative.
fn parse_seconds(s: &str) -> Result<std::time::Duration, String> {
    // A decimal comma, as Vietnamese writes it (`0,5`), is a point.
    s.trim()
        .replace(',', ".")
        .parse::<f64>()
        .ok()
        .and_then(|v| std::time::Duration::try_from_secs_f64(v).ok())
        // Told in English as the reason under clap's refusal; the language of
        // help says the argument's own help instead (`help::usage_error`).
        .ok_or_else(|| UsageError::NotSeconds { given: s }.text(Lang::En))
}

#[derive(Subcommand, Debug)]
pub enum Command {
    Validate {
        #[arg(long)]
        deny_warnings: bool,
    },
    Overdue {
        #[arg(long, value_name = "DATE")]
        as_of: Option<String>,
        #[arg(long, value_name = "AGENCY", add = ArgValueCompleter::new(crate::completion::agencies))]
        agency: Option<String>,
        #[arg(long, value_enum, default_value = "lead")]
        role: crate::query::Role,
        #[arg(long, value_name = "SECTION", add = ArgValueCompleter::new(crate::completion::sections))]
        section: Option<String>,
        #[arg(long)]
        by_agency: bool,
        #[arg(long)]
        fail_if_any: bool,
        #[arg(long)]
        reports: bool,
    },
    List {
        #[command(flatten)]
        filters: ListFilters,
    },
    Show {
        #[arg(value_name = "ID", add = ArgValueCompleter::new(crate::completion::tasks))]
        id: String,
        #[arg(long, value_name = "DATE")]
        as_of: Option<String>,
    },
    Update {
        #[arg(value_name = "ID", add = ArgValueCompleter::new(crate::completion::tasks))]
        id: String,
        #[arg(long, value_name = "STATUS", add = ArgValueCompleter::new(crate::completion::update_statuses))]
        status: String,
        #[arg(long, value_name = "DATE")]
        on: Option<String>,
        #[arg(long, value_name = "N")]
        milestone: Option<u32>,
        #[arg(long, allow_hyphen_values = true)]
        note: Option<String>,
        #[arg(long, allow_hyphen_values = true)]
        source: Option<String>,
        #[command(flatten)]
        details: Details,
    },
    Forms {
        #[arg(long, value_name = "YEAR", add = ArgValueCandidates::new(crate::completion::years))]
        year: i32,
        #[arg(long, value_name = "DIR")]
        out_dir: PathBuf,
        #[arg(long, value_name = "AGENCY", add = ArgValueCompleter::new(crate::completion::agencies))]
        agency: Option<String>,
        #[arg(long, value_name = "DATE")]
        as_of: Option<String>,
        #[arg(long)]
        force: bool,
    },
    Import {
        #[arg(value_name = "FILE", required = true)]
        files: Vec<PathBuf>,
        #[arg(long, value_name = "DATE")]
        received: Option<String>,
        #[arg(long)]
        partial: bool,
    },
    Actual {
        #[arg(value_name = "INDICATOR", add = ArgValueCandidates::new(crate::completion::indicators))]
        indicator: String,
        #[arg(long, value_name = "YEAR", add = ArgValueCandidates::new(crate::completion::years))]
        year: i32,
        #[arg(long, value_name = "NUMBER", allow_hyphen_values = true)]
        value: String,
        #[arg(long, allow_hyphen_values = true)]
        source: Option<String>,
        #[arg(long, allow_hyphen_values = true)]
        note: Option<String>,
    },
    Received {
        #[arg(value_name = "AGENCY", add = ArgValueCompleter::new(crate::completion::agencies))]
        agency: String,
        #[arg(long, value_name = "YEAR", add = ArgValueCandidates::new(crate::completion::years))]
        year: i32,
        #[arg(long, value_name = "DATE")]
        on: Option<String>,
        #[arg(long, allow_hyphen_values = true)]
        reference: Option<String>,
        #[arg(long)]
        half_year: bool,
    },
    Report {
        #[arg(long, add = ArgValueCandidates::new(crate::completion::years))]
        year: Option<i32>,
        #[arg(long, value_name = "TABLE", add = ArgValueCandidates::new(crate::completion::tables))]
        table: Option<String>,
        #[arg(long, value_name = "DATE")]
        as_of: Option<String>,
        #[arg(long, value_name = "HALF", value_parser = clap::value_parser!(u8).range(1..=1))]
        half: Option<u8>,
        #[arg(long, value_name = "YEAR", add = ArgValueCandidates::new(crate::completion::years))]
        compare: Option<i32>,
        #[arg(long, value_name = "FILE", conflicts_with = "out_dir")]
        out: Option<PathBuf>,
        #[arg(long, value_name = "DIR")]
        out_dir: Option<PathBuf>,
        #[arg(long)]
        force: bool,
        #[command(flatten)]
        letter: LetterArgs,
    },
    Targets {
        #[arg(long, add = ArgValueCandidates::new(crate::completion::years))]
        year: Option<i32>,
    },
    Agencies {
        #[arg(long, add = ArgValueCandidates::new(crate::completion::years))]
        year: Option<i32>,
        #[arg(long, value_name = "DATE", requires = "year")]
        as_of: Option<String>,
    },
    // Arguments before options, as in every other command's help.
    Fmt {
        #[arg(value_name = "FILES")]
        files: Vec<PathBuf>,
        #[arg(long)]
        check: bool,
    },
    Diff {
        #[arg(value_name = "REV")]
        rev: Option<String>,
        #[arg(value_name = "REV2")]
        rev2: Option<String>,
        #[arg(long)]
        exit_code: bool,
    },
    Textconv {
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
    MergeFile {
        #[arg(value_name = "BASE")]
        base: PathBuf,
        #[arg(value_name = "OURS")]
        ours: PathBuf,
        #[arg(value_name = "THEIRS")]
        theirs: PathBuf,
        #[arg(short = 'o', long, value_name = "FILE")]
        out: Option<PathBuf>,
        #[arg(long, value_name = "PATH")]
        path: Option<String>,
    },
    Schema {
        #[arg(long, value_enum)]
        kind: Option<crate::schema::Kind>,
        #[arg(long, value_name = "DIR", conflicts_with = "kind")]
        out_dir: Option<PathBuf>,
    },
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    Man {
        #[arg(long, value_name = "DIR")]
        out_dir: Option<PathBuf>,
    },
    Init {
        #[arg(value_name = "DIR")]
        target: PathBuf,
    },
}

// The filters of `plan list`.
#[derive(clap::Args, Debug, Default)]
pub struct ListFilters {
    #[arg(long, value_name = "AGENCY", add = ArgValueCompleter::new(crate::completion::agencies))]
    pub agency: Option<String>,
    #[arg(long, value_enum, default_value = "lead")]
    pub role: crate::query::Role,
    #[arg(long, value_name = "SECTION", add = ArgValueCompleter::new(crate::completion::sections))]
    pub section: Option<String>,
    #[arg(long, value_name = "STATUS", add = ArgValueCompleter::new(crate::completion::statuses))]
    pub status: Option<String>,
    #[arg(long, value_name = "DATE")]
    pub due_before: Option<String>,
    #[arg(long, value_name = "DATE")]
    pub due_after: Option<String>,
    #[arg(long, value_name = "TEXT")]
    pub search: Option<String>,
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,
}

// What makes `report --format docx` an issued document (Decree 30/2020/NĐ-CP).
// Each left out is printed as room to fill in by hand.
#[derive(clap::Args, Debug, Clone, Default)]
#[command(next_help_heading = crate::catalogue::help::LETTER)]
pub struct LetterArgs {
    #[arg(long, value_name = "NAME", allow_hyphen_values = true)]
    pub issuer: Option<String>,
    #[arg(long, value_name = "NAME", allow_hyphen_values = true)]
    pub parent_body: Option<String>,
    #[arg(long, value_name = "NUMBER", allow_hyphen_values = true)]
    pub number: Option<String>,
    #[arg(long, value_name = "PLACE", allow_hyphen_values = true)]
    pub place: Option<String>,
    #[arg(long, value_name = "DATE")]
    pub dated: Option<String>,
    #[arg(long, value_name = "TEXT", allow_hyphen_values = true)]
    pub recipient: Vec<String>,
    #[arg(long, value_name = "TITLE", allow_hyphen_values = true)]
    pub signer_title: Option<String>,
    #[arg(long, value_name = "NAME", allow_hyphen_values = true)]
    pub signer: Option<String>,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Table,
    Csv,
    Md,
    Json,
    Html,
    Xlsx,
    Docx,
}

impl Command {
    /// The subcommand as typed (`overdue`, `merge-file`), as clap derives it
    /// from the variant's name; a test holds the two together.
    pub fn name(&self) -> &'static str {
        match self {
            Command::Validate { .. } => "validate",
            Command::Overdue { .. } => "overdue",
            Command::List { .. } => "list",
            Command::Show { .. } => "show",
            Command::Update { .. } => "update",
            Command::Forms { .. } => "forms",
            Command::Import { .. } => "import",
            Command::Actual { .. } => "actual",
            Command::Received { .. } => "received",
            Command::Report { .. } => "report",
            Command::Targets { .. } => "targets",
            Command::Agencies { .. } => "agencies",
            Command::Fmt { .. } => "fmt",
            Command::Diff { .. } => "diff",
            Command::Textconv { .. } => "textconv",
            Command::MergeFile { .. } => "merge-file",
            Command::Schema { .. } => "schema",
            Command::Completions { .. } => "completions",
            Command::Man { .. } => "man",
            Command::Init { .. } => "init",
        }
    }

    /// Whether it prints a document that `--format` and `--bom` shape.
    pub fn prints_a_document(&self) -> bool {
        matches!(
            self,
            Command::Validate { .. }
                | Command::Diff { .. }
                | Command::Overdue { .. }
                | Command::List { .. }
                | Command::Report { .. }
                | Command::Targets { .. }
                | Command::Agencies { .. }
                | Command::Show { .. }
        )
    }
}

impl Format {
    /// Its name as `--format` takes it.
    pub fn name(self) -> &'static str {
        match self {
            Format::Table => "table",
            Format::Csv => "csv",
            Format::Md => "md",
            Format::Json => "json",
            Format::Html => "html",
            Format::Xlsx => "xlsx",
            Format::Docx => "docx",
        }
    }

    /// A file for an office program, never text for a screen.
    pub fn is_binary(self) -> bool {
        matches!(self, Format::Xlsx | Format::Docx)
    }

    /// The format a file's extension names (`bao-cao.DOCX` → docx), any case;
    /// none for an extension that names no format (`.txt`, none at all).
    pub fn of_extension(path: &std::path::Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        Some(match ext.as_str() {
            "docx" => Format::Docx,
            "xlsx" => Format::Xlsx,
            "html" | "htm" => Format::Html,
            "md" | "markdown" => Format::Md,
            "csv" => Format::Csv,
            "json" => Format::Json,
            _ => return None,
        })
    }

    /// The extension a file of this format is given (terminal text: `.txt`).
    pub fn extension(self) -> &'static str {
        match self {
            Format::Table => "txt",
            other => other.name(),
        }
    }
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

// What an agency's report says beyond the status: the parts of the annual
// report the People's Committee acts on. Each may begin with "-".
#[derive(clap::Args, Debug, Clone, Default)]
pub struct Details {
    #[arg(long, allow_hyphen_values = true, value_name = "TEXT")]
    pub result: Option<String>,
    #[arg(long, allow_hyphen_values = true, value_name = "TEXT")]
    pub difficulties: Option<String>,
    #[arg(long, allow_hyphen_values = true, value_name = "TEXT")]
    pub recommendations: Option<String>,
    #[arg(long, allow_hyphen_values = true, value_name = "TEXT")]
    pub evidence: Option<String>,
}

#[cfg(test)]
mod command_names {
    use super::*;
    use clap::{CommandFactory, Parser};

    /// `Command::name` is what clap takes: every subcommand, parsed from its
    /// name, names itself back, and clap has no subcommand beyond these.
    #[test]
    fn each_subcommand_names_itself_as_typed() {
        let argvs: &[&[&str]] = &[
            &["validate"],
            &["overdue"],
            &["list"],
            &["show", "PL2.I.1"],
            &["update", "PL2.I.1", "--status", "done"],
            &["forms", "--year", "2025", "--out-dir", "d"],
            &["import", "f.xlsx"],
            &["actual", "i", "--year", "2025", "--value", "1"],
            &["received", "sxd", "--year", "2025"],
            &["report"],
            &["targets"],
            &["agencies"],
            &["fmt"],
            &["diff"],
            &["textconv", "f"],
            &["merge-file", "a", "b", "c"],
            &["schema"],
            &["completions", "bash"],
            &["man"],
            &["init", "d"],
        ];
        for argv in argvs {
            let cli = Cli::try_parse_from(std::iter::once("plan").chain(argv.iter().copied()))
                .unwrap_or_else(|e| panic!("{argv:?}: {e}"));
            assert_eq!(cli.command.name(), argv[0]);
        }
        assert_eq!(Cli::command().get_subcommands().count(), argvs.len());
    }
}

#[cfg(test)]
mod seconds {
    use super::parse_seconds;
    use std::time::Duration;

    #[test]
    fn seconds_are_whole_or_not_with_a_point_or_a_comma() {
        assert_eq!(parse_seconds("30"), Ok(Duration::from_secs(30)));
        assert_eq!(parse_seconds("0.5"), Ok(Duration::from_millis(500)));
        assert_eq!(parse_seconds(" 0,5 "), Ok(Duration::from_millis(500)));
        for bad in ["abc", "-1", "1,000.5", "inf", ""] {
            assert!(parse_seconds(bad).is_err(), "{bad}");
        }
    }
}
