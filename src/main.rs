use clap::FromArgMatches;
use std::io::Write;
use std::process::ExitCode;

/// mimalloc: loading a plan allocates a string or a vector for every value,
/// hundreds of thousands at 100 000 tasks, and glibc's allocator spent a
/// fifth of a cached `overdue` run allocating and freeing (BENCHMARKS.md).
/// Its version 2 (the `v2` feature): as fast here as version 3, whose pages
/// kept 33 MB more resident at the peak of a 100 000-task parse.
/// The `system-allocator` feature leaves it out, so that heaptrack and
/// massif, which see only the system allocator, can profile memory.
#[cfg(not(feature = "system-allocator"))]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    // The language of help, completions and usage errors, known before
    // parsing: clap needs the words to parse with (docs/output.md).
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let lang = plan::help::lang_of_args(&args, std::env::var_os("PLAN_DIR"));
    // `COMPLETE=bash plan` (and the shell asking while the user types):
    // completions from the plan, then exit; otherwise nothing happens here.
    clap_complete::CompleteEnv::with_factory(move || plan::help::command(lang)).complete();
    let mut cmd = plan::help::command(lang);
    let args = plan::help::help_command_as_flag(args, &cmd);
    let parsed = cmd
        .try_get_matches_from_mut(&args)
        .and_then(|m| plan::cli::Cli::from_arg_matches(&m));
    match parsed {
        Ok(cli) => plan::commands::run(cli),
        Err(e) => usage(e, &cmd, &args, lang),
    }
}

/// Help, version and usage errors: a refusal in the language of help where
/// the catalogue says it, else as clap prints it; a failure to print them is
/// an error (exit 2) rather than silence; a closed pipe (`plan --help |
/// head`) is still quiet.
fn usage(
    e: clap::Error,
    cmd: &clap::Command,
    args: &[std::ffi::OsString],
    lang: plan::lang::Lang,
) -> ExitCode {
    let code = e.exit_code();
    let printed = match plan::help::usage_error(&e, cmd, args, lang) {
        Some(text) => std::io::stderr().write_all(text.as_bytes()),
        None => e.print(),
    }
    .and_then(|_| std::io::stdout().flush())
    .and_then(|_| std::io::stderr().flush());
    match printed {
        Err(io) if io.kind() != std::io::ErrorKind::BrokenPipe => {
            let problem = plan::catalogue::Problem::CannotWriteStdout { error: &io };
            let _ = writeln!(
                std::io::stderr(),
                "{}: {}",
                plan::catalogue::error_word(lang),
                problem.text(lang)
            );
            ExitCode::from(plan::commands::EXIT_STOPPED)
        }
        _ => ExitCode::from(u8::try_from(code).unwrap_or(plan::commands::EXIT_STOPPED)),
    }
}
