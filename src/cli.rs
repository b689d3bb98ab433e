//! The command line: every flag documented where it is defined. `main.rs`
//! parses these and hands them to `commands`.

use clap::{Parser, Subcommand, ValueEnum};
use clap_complete::engine::{ArgValueCandidates, ArgValueCompleter};
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

    /// Language of headings, status words, dates and messages; default from
    /// plan.toml (messages: Vietnamese when there is no plan to ask).
    #[arg(long, global = true, value_enum)]
    pub lang: Option<crate::lang::Lang>,

    /// Start CSV output with the byte-order mark Excel needs to show Vietnamese.
    #[arg(long, global = true)]
    pub bom: bool,

    /// Terminal tables as wide as their cells: no title shortened to fit.
    #[arg(long, global = true)]
    pub wide: bool,

    /// Colour in terminal output; NO_COLOR in the environment turns `auto` off.
    #[arg(long, global = true, value_enum, default_value = "auto")]
    pub color: ColorChoice,

    /// How long a command that changes plan files waits for another one
    /// writing to the same plan folder before giving up (exit 2), in seconds.
    #[arg(
        long,
        global = true,
        env = "PLAN_LOCK_TIMEOUT",
        default_value = "30",
        value_name = "SECS",
        value_parser = parse_seconds
    )]
    pub lock_timeout: std::time::Duration,

    /// Parse the plan's files even when the load cache holds them unchanged,
    /// and leave the cache as it is (docs/cache.md). PLAN_NO_CACHE=1 (or
    /// true, yes, on) in the environment does the same.
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
    s.trim()
        .parse::<f64>()
        .ok()
        .and_then(|v| std::time::Duration::try_from_secs_f64(v).ok())
        .ok_or_else(|| format!("\"{s}\" is not a number of seconds (such as 30 or 0.5)"))
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
    /// Every task or milestone past its deadline with no completion recorded.
    ///
    /// Sorted by days overdue, most first. Exit status 0, or 1 with
    /// --fail-if-any when anything is overdue.
    Overdue {
        /// The date to judge on (2024-01-31, 31/01/2024 or 31.01.2024); default today.
        #[arg(long, value_name = "DATE")]
        as_of: Option<String>,
        /// Only tasks of this agency: an id, alias or name, with or without diacritics.
        #[arg(long, value_name = "AGENCY", add = ArgValueCompleter::new(crate::completion::agencies))]
        agency: Option<String>,
        /// With --agency: the agency as lead (default), as support, or either.
        #[arg(long, value_enum, default_value = "lead")]
        role: crate::query::Role,
        /// Only this section: PL2.III, or III for Appendix II.
        #[arg(long, value_name = "SECTION", add = ArgValueCandidates::new(crate::completion::sections))]
        section: Option<String>,
        /// One block per lead agency, for reminder letters.
        #[arg(long)]
        by_agency: bool,
        /// Exit 1 when anything is overdue (for scripts).
        #[arg(long)]
        fail_if_any: bool,
        /// Also list the agencies' reports that are overdue and not received.
        #[arg(long)]
        reports: bool,
    },
    /// Browse tasks, with their status on a date.
    List {
        #[command(flatten)]
        filters: ListFilters,
    },
    /// Everything about one task: fields, milestones, status history, status today.
    Show {
        /// The task id, in any case: PL2.III.14 or pl2.iii.14.
        #[arg(value_name = "ID", add = ArgValueCandidates::new(crate::completion::tasks))]
        id: String,
        /// The date to judge the status on; default today.
        #[arg(long, value_name = "DATE")]
        as_of: Option<String>,
    },
    /// Record what happened to a task, in progress/YYYY.toml (YYYY from --on).
    Update {
        /// The task id, in any case.
        #[arg(value_name = "ID", add = ArgValueCandidates::new(crate::completion::tasks))]
        id: String,
        /// not_started, in_progress, done or cancelled, or the forms' words
        /// in either language, diacritics optional: "hoàn thành", "dang thuc hien".
        #[arg(long, value_name = "STATUS", add = ArgValueCompleter::new(crate::completion::update_statuses))]
        status: String,
        /// The date the fact holds from; default today.
        #[arg(long, value_name = "DATE")]
        on: Option<String>,
        /// The milestone this update is about (1 is the first); default the whole task.
        #[arg(long, value_name = "N")]
        milestone: Option<u32>,
        /// What happened, in a sentence; it may begin with "-".
        #[arg(long, allow_hyphen_values = true)]
        note: Option<String>,
        /// The document that reports it (Báo cáo số …); it may begin with "-".
        #[arg(long, allow_hyphen_values = true)]
        source: Option<String>,
        #[command(flatten)]
        details: Details,
    },
    /// One workbook per agency for the year's report: its tasks with columns
    /// to fill, and the indicators it reports (see docs/december.md).
    Forms {
        /// The year the agencies report on.
        #[arg(long, value_name = "YEAR", add = ArgValueCandidates::new(crate::completion::years))]
        year: i32,
        /// The folder for the workbooks, one `AGENCY-ID.xlsx` each.
        #[arg(long, value_name = "DIR")]
        out_dir: PathBuf,
        /// Only this agency's form.
        #[arg(long, value_name = "AGENCY", add = ArgValueCompleter::new(crate::completion::agencies))]
        agency: Option<String>,
        /// The date the forms show each task's standing on; default today.
        #[arg(long, value_name = "DATE")]
        as_of: Option<String>,
        /// Write the forms even inside the plan folder.
        #[arg(long)]
        force: bool,
    },
    /// Agencies' filled forms: every cell checked, then recorded as updates,
    /// actuals and the report's receipt.
    ///
    /// Exit status 0 when every workbook was clean, 1 when any had a problem
    /// (named on stderr, and nothing of that workbook recorded unless
    /// --partial).
    Import {
        /// The filled workbooks.
        #[arg(value_name = "FILE", required = true)]
        files: Vec<PathBuf>,
        /// The day they arrived; default each file's last-saved date.
        #[arg(long, value_name = "DATE")]
        received: Option<String>,
        /// Record the valid rows of a workbook that has problems.
        #[arg(long)]
        partial: bool,
    },
    /// Record an indicator's actual figure for a year (in progress/YEAR.toml).
    Actual {
        /// The indicator id (`plan targets` lists them).
        #[arg(value_name = "INDICATOR", add = ArgValueCandidates::new(crate::completion::indicators))]
        indicator: String,
        /// The year the figure is for.
        #[arg(long, value_name = "YEAR", add = ArgValueCandidates::new(crate::completion::years))]
        year: i32,
        /// The figure, without its unit: 7.5 or 7,5 (a decimal comma); "1,000" is
        /// refused as ambiguous (write 1000 or 1.000).
        #[arg(long, value_name = "NUMBER", allow_hyphen_values = true)]
        value: String,
        /// Where the figure comes from (Niên giám thống kê …).
        #[arg(long, allow_hyphen_values = true)]
        source: Option<String>,
        /// A remark on the figure.
        #[arg(long, allow_hyphen_values = true)]
        note: Option<String>,
    },
    /// Record that an agency's report arrived (in progress/YEAR.toml).
    Received {
        /// The agency: id, alias or name.
        #[arg(value_name = "AGENCY", add = ArgValueCompleter::new(crate::completion::agencies))]
        agency: String,
        /// The year the report is about.
        #[arg(long, value_name = "YEAR", add = ArgValueCandidates::new(crate::completion::years))]
        year: i32,
        /// The day it arrived; default today, as for `update`.
        #[arg(long, value_name = "DATE")]
        on: Option<String>,
        /// The report's number (Báo cáo số …).
        #[arg(long, allow_hyphen_values = true)]
        reference: Option<String>,
        /// It is the half-year report (period H1), not the year's.
        #[arg(long)]
        half_year: bool,
    },
    /// The annual report as of 31 December: summary, tasks, indicators, agencies.
    ///
    /// Markdown gives one document; CSV one table (--table) or all six files
    /// (--out-dir); JSON one object.
    Report {
        /// The year reported on; default the current year.
        #[arg(long, add = ArgValueCandidates::new(crate::completion::years))]
        year: Option<i32>,
        /// Only one table: summary, tasks, recurring, indicators, scorecard,
        /// difficulties or (with --compare) comparison.
        #[arg(long, value_name = "TABLE", add = ArgValueCandidates::new(crate::completion::tables))]
        table: Option<String>,
        /// Judge everything on this date; default 31/12 of --year (30/06
        /// with --half 1).
        #[arg(long, value_name = "DATE")]
        as_of: Option<String>,
        /// 1: the half-year report, as of 30/06 of --year.
        #[arg(long, value_name = "HALF", value_parser = clap::value_parser!(u8).range(1..=1))]
        half: Option<u8>,
        /// Add this year's figures beside --year's, with the change.
        #[arg(long, value_name = "YEAR", add = ArgValueCandidates::new(crate::completion::years))]
        compare: Option<i32>,
        /// Write to this file (atomically) instead of the screen; `-` is the
        /// screen, /dev/null writes nothing; any other non-regular file is refused.
        /// Without --format, the extension chooses (.docx .xlsx .html .md .csv .json).
        #[arg(long, value_name = "FILE", conflicts_with = "out_dir")]
        out: Option<PathBuf>,
        /// With --format csv: write one CSV file per table here (summary.csv,
        /// tasks.csv, …), all or none.
        #[arg(long, value_name = "DIR")]
        out_dir: Option<PathBuf>,
        /// Write --out or --out-dir even inside the plan folder.
        #[arg(long)]
        force: bool,
        #[command(flatten)]
        letter: LetterArgs,
    },
    /// Each indicator: unit, targets, actuals and an assessment at the end of a year.
    Targets {
        /// The year to judge at; default the current year.
        #[arg(long, add = ArgValueCandidates::new(crate::completion::years))]
        year: Option<i32>,
    },
    /// The agencies of the plan, with how many tasks each leads and supports;
    /// with --year, the agency scorecard of that year.
    Agencies {
        /// The scorecard of this year (as of 31/12, or --as-of).
        #[arg(long, add = ArgValueCandidates::new(crate::completion::years))]
        year: Option<i32>,
        /// With --year: judge on this date instead of 31/12.
        #[arg(long, value_name = "DATE", requires = "year")]
        as_of: Option<String>,
    },
    /// Rewrite plan files in the canonical form, keeping comments.
    ///
    /// With --check, change nothing: list the files that would change and exit 1.
    Fmt {
        /// Only report; exit 1 if anything would change.
        #[arg(long)]
        check: bool,
        /// The files to format; default every file of the plan folder.
        #[arg(value_name = "FILES")]
        files: Vec<PathBuf>,
    },
    /// What changed in the plan between two git revisions, as facts.
    ///
    /// REV defaults to HEAD and REV2 to the working tree. Files are read with
    /// git; nothing in them is run.
    Diff {
        /// The older revision (commit, branch or tag); default HEAD.
        #[arg(value_name = "REV")]
        rev: Option<String>,
        /// The newer revision; default the working tree.
        #[arg(value_name = "REV2")]
        rev2: Option<String>,
        /// Exit 1 when anything differs, as `git diff --exit-code` does.
        #[arg(long)]
        exit_code: bool,
    },
    /// A plan file as one line per field, each naming its entity: a git
    /// textconv driver for readable `git diff` (see docs/review.md).
    Textconv {
        /// The file git hands over.
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
    /// git's merge driver for plan files: merges entity by entity and field
    /// by field, so two branches adding updates to one year do not conflict.
    ///
    /// Exit status 0 when merged cleanly, 1 with a conflict (marked around the
    /// entity in doubt, or the whole file when the result would not load).
    /// Set up in docs/review.md.
    MergeFile {
        /// The common ancestor's version (git's %O).
        #[arg(value_name = "BASE")]
        base: PathBuf,
        /// Our version (git's %A); the result replaces it unless -o is given.
        #[arg(value_name = "OURS")]
        ours: PathBuf,
        /// Their version (git's %B).
        #[arg(value_name = "THEIRS")]
        theirs: PathBuf,
        /// Write the result here instead of over OURS.
        #[arg(short = 'o', long, value_name = "FILE")]
        out: Option<PathBuf>,
        /// The file's path in the repository (git's %P): it says which kind of
        /// plan file this is, and where its plan is for the check that it loads.
        #[arg(long, value_name = "PATH")]
        path: Option<String>,
    },
    /// A JSON Schema of the plan files, for editors (taplo, VS Code) to check
    /// them as you type.
    Schema {
        /// One kind of file; default a schema that accepts any plan file.
        #[arg(long, value_enum)]
        kind: Option<crate::schema::Kind>,
        /// Write KIND.schema.json for every kind into this folder instead.
        #[arg(long, value_name = "DIR", conflicts_with = "kind")]
        out_dir: Option<PathBuf>,
    },
    /// A shell completion script: `source <(plan completions bash)`.
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// The manual page, in roff: `plan man | man -l -`.
    ///
    /// With --out-dir, one page per command (plan.1, plan-overdue.1, …), the
    /// pages plan.1 refers to.
    Man {
        /// Write plan.1 and a plan-COMMAND.1 for every command into this folder.
        #[arg(long, value_name = "DIR")]
        out_dir: Option<PathBuf>,
    },
    /// Write a new, valid plan skeleton for another decision into DIR.
    Init {
        /// The folder to create; it must not hold a plan already.
        #[arg(value_name = "DIR")]
        target: PathBuf,
    },
}

/// The filters of `plan list`.
#[derive(clap::Args, Debug, Default)]
pub struct ListFilters {
    /// Only tasks of this agency: an id, alias or name, with or without diacritics.
    #[arg(long, value_name = "AGENCY", add = ArgValueCompleter::new(crate::completion::agencies))]
    pub agency: Option<String>,
    /// With --agency: the agency as lead (default), as support, or either.
    #[arg(long, value_enum, default_value = "lead")]
    pub role: crate::query::Role,
    /// Only this section: PL2.III, or III for Appendix II.
    #[arg(long, value_name = "SECTION", add = ArgValueCandidates::new(crate::completion::sections))]
    pub section: Option<String>,
    /// Only tasks with this status: done_on_time, done_late, in_progress, overdue, ongoing,
    /// cancelled, or its words in either language, diacritics optional ("qua han").
    #[arg(long, value_name = "STATUS", add = ArgValueCompleter::new(crate::completion::statuses))]
    pub status: Option<String>,
    /// Only tasks with a deadline on or before this date.
    #[arg(long, value_name = "DATE")]
    pub due_before: Option<String>,
    /// Only tasks with a deadline on or after this date.
    #[arg(long, value_name = "DATE")]
    pub due_after: Option<String>,
    /// A phrase to find in the id, title, schedule or deliverables (case and diacritics optional).
    #[arg(long, value_name = "TEXT")]
    pub search: Option<String>,
    /// The date to judge the status on; default today.
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,
}

/// What makes `report --format docx` an issued document (Decree 30/2020/NĐ-CP).
/// Each left out is printed as room to fill in by hand.
#[derive(clap::Args, Debug, Clone, Default)]
#[command(next_help_heading = "Word report (--format docx)")]
pub struct LetterArgs {
    /// The issuing body, e.g. "Sở Kế hoạch và Đầu tư"; default the plan's
    /// aggregator ([reporting] aggregator).
    #[arg(long, value_name = "NAME", allow_hyphen_values = true)]
    pub issuer: Option<String>,
    /// The body above the issuer, e.g. "Ủy ban nhân dân tỉnh Khánh Hòa";
    /// default the body that issued the plan (issued_by).
    #[arg(long, value_name = "NAME", allow_hyphen_values = true)]
    pub parent_body: Option<String>,
    /// The report's number and code, e.g. "125/BC-SKHĐT".
    #[arg(long, value_name = "NUMBER", allow_hyphen_values = true)]
    pub number: Option<String>,
    /// The place name of the date line, e.g. "Khánh Hòa".
    #[arg(long, value_name = "PLACE", allow_hyphen_values = true)]
    pub place: Option<String>,
    /// The date the report is signed.
    #[arg(long, value_name = "DATE")]
    pub dated: Option<String>,
    /// One recipient under "Nơi nhận:"; repeat for each. "Lưu: VT." is added.
    #[arg(long, value_name = "TEXT", allow_hyphen_values = true)]
    pub recipient: Vec<String>,
    /// The signer's authority and position; a line break as "\n",
    /// e.g. "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC".
    #[arg(long, value_name = "TITLE", allow_hyphen_values = true)]
    pub signer_title: Option<String>,
    /// The signer's full name.
    #[arg(long, value_name = "NAME", allow_hyphen_values = true)]
    pub signer: Option<String>,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Table,
    Csv,
    Md,
    Json,
    /// One self-contained HTML page, charts drawn (for `report`).
    Html,
    /// An Excel workbook, a sheet per table and per chart's numbers (`plan report --out FILE.xlsx`).
    Xlsx,
    /// A Word document laid out as an administrative report (`plan report --out FILE.docx`).
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

/// What an agency's report says beyond the status: the parts of the annual
/// report the People's Committee acts on. Each may begin with "-".
#[derive(clap::Args, Debug, Clone, Default)]
pub struct Details {
    /// The result or product (Kết quả, sản phẩm).
    #[arg(long, allow_hyphen_values = true, value_name = "TEXT")]
    pub result: Option<String>,
    /// Difficulties and obstacles (Khó khăn, vướng mắc).
    #[arg(long, allow_hyphen_values = true, value_name = "TEXT")]
    pub difficulties: Option<String>,
    /// Recommendations (Kiến nghị, đề xuất).
    #[arg(long, allow_hyphen_values = true, value_name = "TEXT")]
    pub recommendations: Option<String>,
    /// Evidence: a document's number and date, or a link (Văn bản).
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
