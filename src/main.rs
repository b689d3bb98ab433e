use clap::{CommandFactory, Parser};
use std::io::Write;
use std::process::ExitCode;

/// mimalloc: loading a plan allocates a string or a vector for every value,
/// hundreds of thousands at 100 000 tasks, and glibc's allocator spent a
/// fifth of a cached `overdue` run allocating and freeing (BENCHMARKS.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    // `COMPLETE=bash plan` (and the shell asking while the user types):
    // completions from the plan, then exit; otherwise nothing happens here.
    clap_complete::CompleteEnv::with_factory(plan::cli::Cli::command).complete();
    match plan::cli::Cli::try_parse() {
        Ok(cli) => plan::commands::run(cli),
        Err(e) => usage(e),
    }
}

/// Help, version and usage errors, printed as clap prints them, except that
/// a failure to print them is an error (exit 2) rather than silence; a closed
/// pipe (`plan --help | head`) is still quiet.
fn usage(e: clap::Error) -> ExitCode {
    let code = e.exit_code();
    let printed = e
        .print()
        .and_then(|_| std::io::stdout().flush())
        .and_then(|_| std::io::stderr().flush());
    match printed {
        Err(io) if io.kind() != std::io::ErrorKind::BrokenPipe => {
            // In English, as clap's own help and usage errors are.
            let problem = plan::catalogue::Problem::CannotWriteStdout { error: &io };
            let en = plan::lang::Lang::En;
            let _ = writeln!(
                std::io::stderr(),
                "{}: {}",
                plan::catalogue::error_word(en),
                problem.text(en)
            );
            ExitCode::from(plan::commands::EXIT_STOPPED)
        }
        _ => ExitCode::from(u8::try_from(code).unwrap_or(plan::commands::EXIT_STOPPED)),
    }
}
