//! One function per command: load, ask one question, render the answer.

mod actual;
mod diff;
mod fmt;
mod forms;
mod import;
mod init;
mod list;
mod merge_file;
mod out_format;
mod output;
mod overdue;
mod received;
mod report;
mod show;
mod textconv;
mod tooling;
mod update;
mod validate;
mod voice;

pub use voice::{plan_language, stderr_lang};

use crate::cli::{Cli, Command};
use std::process::ExitCode;

/// Exit status 2: the command could not run (usage, I/O, parse failure).
pub const EXIT_STOPPED: u8 = 2;

pub fn run(cli: Cli) -> ExitCode {
    // Documents carry JSON's data only when JSON is printed.
    let _data = crate::document::leave_out_data(cli.format != Some(crate::cli::Format::Json));
    let result = refuse_output_options(&cli).and_then(|()| dispatch(&cli));
    match result {
        Ok(code) => code,
        Err(e) => {
            let lang = stderr_lang(&cli);
            output::print_err(&crate::catalogue::error_line(&e, lang));
            ExitCode::from(EXIT_STOPPED)
        }
    }
}

/// `--format` and `--bom` are global flags, so clap takes them after any
/// command; a command that prints no table refuses them rather than
/// silently ignoring what was asked (issue 11: apply or refuse).
fn refuse_output_options(cli: &Cli) -> anyhow::Result<()> {
    if cli.format.is_none() && !cli.bom {
        return Ok(());
    }
    if cli.command.prints_a_document() {
        return Ok(());
    }
    let command = cli.command.name();
    anyhow::bail!(crate::catalogue::Problem::NoOutputOptions { command }.stop())
}

fn dispatch(cli: &Cli) -> anyhow::Result<ExitCode> {
    match &cli.command {
        Command::Validate { deny_warnings } => validate::run(cli, *deny_warnings),
        Command::Init { target } => init::run(target, stderr_lang(cli)),
        Command::Fmt { check, files } => fmt::run(cli, *check, files),
        Command::Textconv { file } => textconv::run(file, stderr_lang(cli)),
        Command::MergeFile {
            base,
            ours,
            theirs,
            out,
            path,
        } => merge_file::run(merge_file::Args {
            base,
            ours,
            theirs,
            out: out.as_deref(),
            path: path.as_deref(),
            lang: stderr_lang(cli),
        }),
        Command::Schema { kind, out_dir } => tooling::schemas(*kind, out_dir.as_deref()),
        Command::Completions { shell } => tooling::completions(*shell),
        Command::Man { out_dir } => tooling::man(out_dir.as_deref(), stderr_lang(cli)),
        Command::Diff {
            rev,
            rev2,
            exit_code,
        } => diff::run(cli, rev.as_deref(), rev2.as_deref(), *exit_code),
        Command::Overdue {
            as_of,
            agency,
            role,
            section,
            by_agency,
            fail_if_any,
            reports,
        } => overdue::run(
            cli,
            overdue::Args {
                as_of: as_of.as_deref(),
                agency: agency.as_deref(),
                role: *role,
                section: section.as_deref(),
                by_agency: *by_agency,
                fail_if_any: *fail_if_any,
                reports: *reports,
            },
        ),
        Command::List { filters } => list::run(cli, filters),
        Command::Forms {
            year,
            out_dir,
            agency,
            as_of,
            force,
        } => forms::run(
            cli,
            forms::Args {
                year: *year,
                out_dir,
                agency: agency.as_deref(),
                as_of: as_of.as_deref(),
                force: *force,
            },
        ),
        Command::Import {
            files,
            received,
            partial,
        } => import::run(
            cli,
            import::Args {
                files,
                received: received.as_deref(),
                partial: *partial,
            },
        ),
        Command::Actual {
            indicator,
            year,
            value,
            source,
            note,
        } => actual::run(
            cli,
            actual::Args {
                indicator,
                year: *year,
                value,
                source: source.as_deref(),
                note: note.as_deref(),
            },
        ),
        Command::Received {
            agency,
            year,
            on,
            reference,
            half_year,
        } => received::run(
            cli,
            received::Args {
                agency,
                year: *year,
                on: on.as_deref(),
                reference: reference.as_deref(),
                half_year: *half_year,
            },
        ),
        Command::Report {
            year,
            table,
            as_of,
            half,
            compare,
            out,
            out_dir,
            force,
            letter,
        } => report::report(
            cli,
            report::Args {
                year: *year,
                table: table.as_deref(),
                as_of: as_of.as_deref(),
                half: half.is_some(),
                compare: *compare,
                out: out.as_deref(),
                out_dir: out_dir.as_deref(),
                force: *force,
                letter,
            },
        ),
        Command::Targets { year } => report::targets(cli, *year),
        Command::Agencies { year, as_of } => report::agencies(cli, *year, as_of.as_deref()),
        Command::Show { id, as_of } => show::run(cli, id, as_of.as_deref()),
        Command::Update {
            id,
            status,
            on,
            milestone,
            note,
            source,
            details,
        } => update::run(
            cli,
            update::Args {
                id,
                status,
                on: on.as_deref(),
                milestone: *milestone,
                note: note.as_deref(),
                source: source.as_deref(),
                details,
            },
        ),
    }
}
