//! Why a command could not run, and the likely fix: the messages of exit
//! status 2 on stderr; and the one-line notes of the tooling commands (`fmt`,
//! `init`), which know no plan language. English for now (stderr is read by
//! whoever runs the command, scripts included); a second language is one
//! more arm per case.

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
    /// `plan validate` prints findings as text or JSON only.
    FindingsFormat {
        format: &'a str,
    },
    /// xlsx or docx asked for where there is no file to write it to.
    BinaryNeedsOut {
        format: &'a str,
        /// `plan report` takes --out; other commands do not.
        report: bool,
    },
    /// The office file could not be put together (a value it cannot hold).
    CannotLayOut {
        format: &'a str,
    },
    ComparisonNeedsCompare,
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
    /// `plan forms --agency` for an agency with nothing to report.
    NoForm {
        agency: &'a str,
        year: i32,
        as_of: chrono::NaiveDate,
    },
    /// `plan forms`'s confirmation.
    FormsWritten {
        count: usize,
        year: i32,
        dir: &'a str,
        on: &'a str,
    },
    /// `plan import`: a reply with problems, not taken.
    ReplyRefused {
        file: &'a str,
        problems: usize,
    },
    /// `plan import`'s line per reply.
    ReplyRecorded {
        file: &'a str,
        agency: &'a str,
        year: Option<i32>,
        updates: usize,
        actuals: usize,
        receipt: bool,
        same: usize,
    },
    SeveralAgencies {
        given: &'a str,
        count: usize,
        /// The first few, as `"id" (name)`.
        shown: &'a [String],
    },
    UnknownAgency {
        given: &'a str,
        /// The nearest, as `"id" (name)`.
        near: &'a [String],
    },
    AmbiguousId {
        given: &'a str,
        /// `task` or `section`.
        what: &'a str,
        ids: &'a [&'a str],
    },
    UnknownTask {
        given: &'a str,
        suggestion: Option<&'a str>,
    },
    UnknownIndicator {
        given: &'a str,
        suggestion: Option<&'a str>,
    },
    UnknownSection {
        given: &'a str,
        sections: &'a [&'a str],
    },
    /// `plan init`'s confirmation.
    Created {
        dir: &'a str,
    },
    /// `plan fmt`'s line per file; `check` when nothing was written.
    Reformatted {
        path: &'a str,
        check: bool,
    },
    UnknownUpdateStatus {
        given: &'a str,
        suggestion: Option<&'a str>,
        words: &'a [&'a str],
    },
    UpdateTakesNoOutputOptions,
    NoMilestones {
        task: &'a str,
    },
    NoSuchMilestone {
        task: &'a str,
        count: u32,
        given: u32,
    },
    OptionAsText {
        flag: &'a str,
        value: &'a str,
    },
    ControlCharacter {
        code: u32,
    },
    ActualAlreadyThere {
        indicator: &'a str,
        year: i32,
        value: f64,
        file: &'a str,
    },
    FigureWithComma {
        given: &'a str,
    },
    NotAFigure {
        given: &'a str,
    },
    ReportBeforeItsYear {
        year: i32,
        on: chrono::NaiveDate,
    },
    YearOutsidePlan {
        year: i32,
        first: i32,
    },
    /// A warning, not a refusal: the update or receipt is recorded.
    DateOutsidePlan {
        report: bool,
        on: chrono::NaiveDate,
        why: &'a str,
    },
    InvisibleCharacter {
        name: &'a str,
    },
    PlanAlreadyThere {
        dir: &'a str,
    },
    FileAlreadyThere {
        path: &'a str,
    },
    NotAPlanFile {
        path: &'a str,
    },
    FilesNotFormatted,
    NotCanonical {
        changed: usize,
        count: usize,
    },
    CannotRead {
        path: &'a str,
    },
    NotToml {
        path: &'a str,
        reason: &'a str,
    },
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
            Problem::BinaryNeedsOut { format, report: true } => format!(
                "--format {format} writes a file, not text for the screen\n  help: add --out report.{format}"
            ),
            Problem::BinaryNeedsOut { format, report: false } => format!(
                "--format {format} is written by `plan report` only\n  help: plan report --format {format} --out report.{format}"
            ),
            Problem::CannotLayOut { format } => format!(
                "cannot put the {format} file together\n  help: this is a bug in plan: please report it with the command that made it"
            ),
            Problem::FindingsFormat { format } => format!(
                "validate prints findings as text or JSON, not {format}\n  help: use --format json for editors and CI"
            ),
            Problem::OutDirNeedsCsv => "--out-dir writes the report's tables as CSV files\n  help: add --format csv, or use --out FILE for one Markdown document".into(),
            Problem::ComparisonNeedsCompare => "the comparison table needs a year to compare with\n  help: add --compare YEAR, e.g. --year 2025 --compare 2024".into(),
            Problem::CsvHoldsOneTable { tables } => format!(
                "CSV holds one table: choose --table {}\n  help: or --out-dir DIR to write every table, one file each",
                tables.join("|")
            ),
            Problem::CannotWriteStdout { error } => {
                // The reason without Rust's " (os error 28)".
                let reason = error.to_string();
                let reason = reason.split(" (os error").next().unwrap_or_default();
                format!("cannot write to standard output: {reason}\n  help: check where the output goes (a full disk?)")
            }
            Problem::UnknownUpdateStatus {
                given,
                suggestion,
                words,
            } => format!(
                "unknown status \"{given}\"\n  help: {}an update's status is one of: {}",
                dym(suggestion),
                words.join(", ")
            ),
            Problem::UpdateTakesNoOutputOptions => "update prints one line of confirmation; --format, --lang and --bom do not apply to it, so nothing was written\n  help: run it again without them".into(),
            Problem::NoMilestones { task } => format!("task {task} has no milestones\n  help: leave out --milestone to update the task itself"),
            Problem::NoSuchMilestone { task, count, given } => format!("task {task} has milestones 1 to {count}, not {given}\n  help: `plan show {task}` lists them"),
            Problem::OptionAsText { flag, value } => format!("{flag} was given \"{value}\", the name of an option, not a text\n  help: give {flag} its text in quotes: {flag} \"…\""),
            Problem::ControlCharacter { code } => format!("the text contains the control character U+{code:04X}\n  help: remove it and run the command again"),
            Problem::ActualAlreadyThere { indicator, year, value, file } => format!("{indicator} already has an actual for {year}: {value} (in {file}); nothing was written\n  help: if the figure was corrected, edit that entry"),
            Problem::FigureWithComma { given } => format!("\"{given}\" has a comma\n  help: write the figure with a decimal point and no thousands separator: 7.5, 104000"),
            Problem::NotAFigure { given } => format!("\"{given}\" is not a number\n  help: write the figure alone, without its unit: 7.5"),
            Problem::ReportBeforeItsYear { year, on } => format!("a report of {year} cannot have arrived on {on}, before the year began\n  help: check --year and --on"),
            Problem::DateOutsidePlan { report, on, why } => format!(
                "warning: the {} is dated {on}, {why}\n  help: check the year of --on; `plan validate` will keep reporting it\n",
                if report { "report" } else { "update" }
            ),
            Problem::InvisibleCharacter { name } => format!("the text contains the invisible character {name}\n  help: remove it (it was likely pasted from a PDF or a web page) and run the command again"),
            Problem::YearOutsidePlan { year, first } => format!("{year} is outside the plan's years\n  help: the plan was issued in {first}; give a four-digit year from then on"),
            Problem::PlanAlreadyThere { dir } => format!("{dir} already holds a plan (it has plan.toml); nothing was written\n  help: choose an empty folder, or edit the plan that is there"),
            Problem::FileAlreadyThere { path } => format!("{path} already exists; nothing was written"),
            Problem::NotAPlanFile { path } => format!("{path} is not a plan file\n  help: plan files are plan.toml, agencies.toml, indicators.toml, tasks/*.toml and progress/*.toml"),
            Problem::FilesNotFormatted => "some files could not be formatted; nothing was written to them\n  help: `plan validate` shows what is wrong".into(),
            Problem::NotCanonical { changed, count } => format!("{changed} of {count} files are not in the canonical form; run `plan fmt`"),
            Problem::CannotRead { path } => format!("cannot read {path}"),
            Problem::NotToml { path, reason } => format!("{path}: not valid TOML: {reason}"),
            Problem::Created { dir } => format!("created a new plan in {dir}: edit its files, then run `plan validate --dir {dir}`"),
            Problem::Reformatted { path, check: true } => format!("would reformat {path}"),
            Problem::Reformatted { path, check: false } => format!("reformatted {path}"),
            Problem::SeveralAgencies { given, count, shown } => format!(
                "\"{given}\" fits {count} agencies: {}{}\n  help: type more of the name, or the id",
                shown.join(", "),
                if count > shown.len() { ", …" } else { "" }
            ),
            Problem::UnknownAgency { given, near: [] } => format!("unknown agency \"{given}\"\n  help: `plan agencies` lists them; an id, an alias or a name works, with or without diacritics"),
            Problem::UnknownAgency { given, near } => format!("unknown agency \"{given}\"\n  help: did you mean {}?", near.join(" or ")),
            Problem::AmbiguousId { given, what, ids } => format!("\"{given}\" could be the {what} {}\n  help: write the whole id", ids.join(" or ")),
            Problem::UnknownTask { given, suggestion: Some(n) } => format!("unknown task \"{given}\"\n  help: did you mean \"{n}\"?"),
            Problem::UnknownTask { given, suggestion: None } => format!("unknown task \"{given}\"\n  help: task ids look like PL2.III.14 or PL1.a.1; `plan list` lists them"),
            Problem::UnknownIndicator { given, suggestion: Some(n) } => format!("unknown indicator \"{given}\"\n  help: did you mean \"{n}\"?"),
            Problem::UnknownIndicator { given, suggestion: None } => format!("unknown indicator \"{given}\"\n  help: `plan targets` lists the indicators with their ids"),
            Problem::UnknownSection { given, sections } => format!("unknown section \"{given}\"\n  help: sections are {}", sections.join(", ")),
            Problem::NoForm { agency, year, as_of } => format!("{agency} has no form for {year}: it has no task or indicator to report on {as_of}, or sends no report of its own\n  help: `plan list --agency {agency} --role any` shows its tasks"),
            Problem::FormsWritten { count, year, dir, on } => format!("wrote {count} form(s) for {year} to {dir}, with the standing of each task on {on}"),
            Problem::ReplyRefused { file, problems } => format!("{file}: {problems} problem(s); nothing recorded (fix them and import again, or --partial for the valid rows)"),
            Problem::ReplyRecorded { file, agency, year, updates, actuals, receipt, same } => format!(
                "{file}: {agency} {}, recorded {updates} update(s), {actuals} actual(s){}{}",
                year.map(|y| y.to_string()).unwrap_or_default(),
                if receipt { ", the receipt" } else { "" },
                if same > 0 { format!("; {same} already recorded") } else { String::new() }
            ),
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
