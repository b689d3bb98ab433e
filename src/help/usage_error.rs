//! clap's refusal of a command line, said in the language of help from the
//! error's kind and context (`catalogue::UsageError`); `None` for the kinds
//! not translated, which clap then prints in its own English.

use crate::catalogue::{error_word, help, UsageError};
use crate::lang::Lang;
use clap::error::{ContextKind, ContextValue, ErrorKind};

/// The whole message for stderr, `error:` (`lỗi:`) first. `cmd` is the
/// command that refused `args` (the program's name first), to quote an
/// argument's help.
pub fn render(
    e: &clap::Error,
    cmd: &clap::Command,
    args: &[std::ffi::OsString],
    lang: Lang,
) -> Option<String> {
    // Of clap's suggestions, the most similar comes last. What the user
    // typed is quoted back shown (an ESC or a bidi override in an argument
    // must not reach the terminal) and cut (a pasted paragraph is not
    // echoed whole).
    let owned: Vec<(ContextKind, Vec<String>)> = e
        .context()
        .filter_map(|(k, v)| match v {
            ContextValue::String(s) => Some((k, vec![shown(s)])),
            ContextValue::Strings(v) => Some((k, v.iter().map(|s| shown(s)).collect())),
            _ => None,
        })
        .collect();
    let string = |k: ContextKind| {
        owned
            .iter()
            .find(|(kind, _)| *kind == k)
            .and_then(|(_, v)| v.last())
            .map(String::as_str)
    };
    let strings = |k: ContextKind| {
        owned
            .iter()
            .find(|(kind, _)| *kind == k)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    let usage = match e.get(ContextKind::Usage) {
        Some(ContextValue::StyledStr(u)) => u.to_string(),
        _ => String::new(),
    };
    // "Usage: plan update [OPTIONS] …", whichever word comes first.
    let usage = usage
        .split_once(": ")
        .map_or(usage.as_str(), |(_, u)| u)
        .trim();
    let command = match typed_command(usage) {
        Some(command) => command,
        None => command_in(cmd, args),
    };
    let tips: Vec<String> = match e.get(ContextKind::Suggested) {
        Some(ContextValue::StyledStrs(v)) => v.iter().map(ToString::to_string).collect(),
        _ => Vec::new(),
    };
    let error = match e.kind() {
        ErrorKind::UnknownArgument => {
            let arg = string(ContextKind::InvalidArg)?;
            // clap's tip that the option exists in another command
            // (`'overdue --reports' exists`) names what to type.
            let elsewhere = tips
                .iter()
                .find_map(|t| t.strip_suffix("' exists")?.strip_prefix('\''));
            UsageError::UnknownArgument {
                arg,
                suggestion: string(ContextKind::SuggestedArg).or(elsewhere),
                as_value: tips.iter().any(|t| t.contains("-- ")),
                command: &command,
            }
            .text(lang)
        }
        ErrorKind::InvalidSubcommand => UsageError::UnknownCommand {
            given: string(ContextKind::InvalidSubcommand)?,
            suggestion: string(ContextKind::SuggestedSubcommand),
        }
        .text(lang),
        ErrorKind::InvalidValue => {
            let arg = string(ContextKind::InvalidArg)?;
            let valid = strings(ContextKind::ValidValue);
            match string(ContextKind::InvalidValue) {
                Some(value) if !value.is_empty() => UsageError::InvalidValue {
                    arg: flag(arg),
                    value,
                    valid: &valid,
                    suggestion: string(ContextKind::SuggestedValue),
                }
                .text(lang),
                _ => UsageError::MissingValue {
                    arg: flag(arg),
                    valid: &valid,
                }
                .text(lang),
            }
        }
        ErrorKind::ValueValidation => {
            let arg = string(ContextKind::InvalidArg)?;
            let value = string(ContextKind::InvalidValue)?;
            // The parsers' own reasons are Rust's English ("invalid digit
            // found in string", "2 is not in 1..=1"); only ours is said, in
            // the language of help. The argument's help says what it takes.
            let reason = (flag(arg) == "--lock-timeout")
                .then(|| UsageError::NotSeconds { given: value }.text(lang));
            UsageError::ValueRefused {
                arg: flag(arg),
                value,
                help: arg_help(cmd, &command, arg, lang),
                reason: reason.as_deref(),
            }
            .text(lang)
        }
        ErrorKind::MissingRequiredArgument => UsageError::MissingArguments {
            args: &strings(ContextKind::InvalidArg),
            usage,
        }
        .text(lang),
        ErrorKind::ArgumentConflict => UsageError::Conflict {
            arg: string(ContextKind::InvalidArg)?,
            prior: string(ContextKind::PriorArg)?,
        }
        .text(lang),
        ErrorKind::MissingSubcommand => UsageError::MissingCommand.text(lang),
        _ => return None,
    };
    Some(format!("{}: {error}\n", error_word(lang)))
}

/// The option as typed, without the placeholder clap writes after it
/// (`--year` of `--year <YEAR>`); a positional argument (`<ID>`) whole.
fn flag(arg: &str) -> &str {
    match arg.split_once(' ') {
        Some((flag, _)) if flag.starts_with('-') => flag,
        _ => arg,
    }
}

/// Longest argument quoted back whole, in characters.
const SHOWN_MAX_CHARS: usize = 80;

/// What the user typed, as a terminal may safely show it: hidden characters
/// as escapes, and cut after [`SHOWN_MAX_CHARS`] characters.
fn shown(s: &str) -> String {
    let visible = crate::render::escape::visible(s).replace('\n', "\\n");
    match visible.char_indices().nth(SHOWN_MAX_CHARS) {
        Some((cut, _)) => format!("{}…", &visible[..cut]),
        None => visible,
    }
}

/// The command as a usage line starts (`plan update` of `plan update
/// [OPTIONS] --status <STATUS> <ID>`).
fn typed_command(usage: &str) -> Option<String> {
    let words: Vec<&str> = usage
        .split_whitespace()
        .take_while(|w| !w.starts_with(['[', '<', '-']))
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

/// The command the arguments name, for an error that carries no usage line
/// (a value refused by its parser): each word that names a command under
/// the one before.
fn command_in(cmd: &clap::Command, args: &[std::ffi::OsString]) -> String {
    let mut path = vec![cmd.get_name().to_string()];
    let mut here = cmd;
    for arg in args.iter().skip(1).filter_map(|a| a.to_str()) {
        if let Some(sub) = here.find_subcommand(arg) {
            path.push(sub.get_name().to_string());
            here = sub;
        }
    }
    path.join(" ")
}

/// The catalogue's help of the argument clap writes as `arg` (`--half
/// <HALF>`, `<ID>`) in the command typed.
fn arg_help(cmd: &clap::Command, command: &str, arg: &str, lang: Lang) -> Option<&'static str> {
    let mut here = cmd;
    for name in command.split_whitespace().skip(1) {
        here = here.find_subcommand(name)?;
    }
    let first = arg.split_whitespace().next()?;
    let found = here
        .get_arguments()
        .find(|a| match first.strip_prefix("--") {
            Some(long) => a.get_long() == Some(long),
            None => a
                .get_value_names()
                .is_some_and(|names| names.iter().any(|n| format!("<{n}>") == first)),
        })?;
    let id = found.get_id().as_str();
    // A global argument's words are the program's.
    help::arg_help(here.get_name(), id)
        .or_else(|| help::arg_help(cmd.get_name(), id))
        .map(|words| words.help.get(lang))
}
