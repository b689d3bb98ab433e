use clap::Parser;
use std::io::Write;
use std::process::ExitCode;

fn main() -> ExitCode {
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
            let reason = io.to_string();
            let reason = reason.split(" (os error").next().unwrap_or_default();
            let _ = writeln!(
                std::io::stderr(),
                "error: cannot write to standard output: {reason}\n  help: check where the output goes (a full disk?)"
            );
            ExitCode::from(plan::commands::EXIT_STOPPED)
        }
        _ => ExitCode::from(u8::try_from(code).unwrap_or(plan::commands::EXIT_STOPPED)),
    }
}
