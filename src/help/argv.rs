//! The language of help and usage errors, from the raw arguments, before
//! clap parses them (it needs the words to parse with): `--lang` when given
//! and valid, else the `language` of the plan folder's plan.toml (`--dir`,
//! else PLAN_DIR, else ./plan), else Vietnamese, as for every other word on
//! stderr. A wrong `--lang` value is passed over here; clap then refuses it.

use crate::lang::Lang;
use clap::ValueEnum;
use std::ffi::OsString;
use std::path::PathBuf;

/// `args` as the program got them, its own name first.
pub fn lang_of_args(args: &[OsString], plan_dir_env: Option<OsString>) -> Lang {
    let mut lang = None;
    let mut dir = None;
    let mut rest = args.iter().skip(1).enumerate();
    while let Some((i, arg)) = rest.next() {
        let Some(arg) = arg.to_str() else { continue };
        // After `--` come values, except first of all: the shell's completion
        // request (`plan -- plan --lang en show …`) starts so.
        if arg == "--" {
            if i == 0 {
                continue;
            }
            break;
        }
        let (flag, inline) = match arg.split_once('=') {
            Some((flag, value)) => (flag, Some(OsString::from(value))),
            None => (arg, None),
        };
        if flag != "--lang" && flag != "--dir" {
            continue;
        }
        let Some(value) = inline.or_else(|| rest.next().map(|(_, v)| v.clone())) else {
            break;
        };
        if flag == "--lang" {
            if let Some(l) = value.to_str().and_then(|v| Lang::from_str(v, false).ok()) {
                lang = Some(l);
            }
        } else {
            dir = Some(PathBuf::from(value));
        }
    }
    lang.or_else(|| {
        let dir = dir
            .or_else(|| plan_dir_env.filter(|d| !d.is_empty()).map(PathBuf::from))
            .unwrap_or_else(|| PathBuf::from("plan"));
        crate::commands::plan_language(&dir)
    })
    .unwrap_or(Lang::Vi)
}

/// `plan help COMMAND` with options after it, said as `plan COMMAND
/// --help` with the options: clap's `help` command takes no option, so `plan
/// help overdue --lang en` was refused as a command named `--lang`, and
/// `plan help --help` as one named `--help` (it is `plan help help`). Other
/// command lines are returned as they are.
pub fn help_command_as_flag(args: Vec<OsString>, cmd: &clap::Command) -> Vec<OsString> {
    // The program's options that take a value, whose value is not a command.
    let takes_value = |flag: &str| {
        cmd.get_arguments().any(|a| {
            a.get_action().takes_values()
                && (a
                    .get_long()
                    .is_some_and(|l| flag.strip_prefix("--") == Some(l))
                    || a.get_short().is_some_and(|c| flag == format!("-{c}")))
        })
    };
    let mut at = 1;
    while let Some(arg) = args.get(at).and_then(|a| a.to_str()) {
        if !arg.starts_with('-') || arg == "--" {
            break;
        }
        at += if !arg.contains('=') && takes_value(arg) {
            2
        } else {
            1
        };
    }
    if args.get(at).and_then(|a| a.to_str()) != Some("help") {
        return args;
    }
    let rest = &args[at + 1..];
    let is_option = |a: &OsString| a.to_str().is_some_and(|a| a.starts_with('-') && a != "--");
    if !rest.iter().any(is_option) {
        return args;
    }
    let asks_help = |a: &OsString| a == "--help" || a == "-h";
    let mut out: Vec<OsString> = args[..at].to_vec();
    if rest.iter().all(asks_help) {
        out.extend(["help", "help"].map(OsString::from));
    } else {
        out.extend(rest.iter().filter(|a| !asks_help(a)).cloned());
        out.push("--help".into());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rewritten(args: &[&str]) -> Vec<String> {
        let cmd = crate::help::command(Lang::En);
        let args = std::iter::once("plan")
            .chain(args.iter().copied())
            .map(OsString::from);
        help_command_as_flag(args.collect(), &cmd)
            .into_iter()
            .skip(1)
            .map(|a| a.into_string().unwrap())
            .collect()
    }

    #[test]
    fn plan_help_with_options_is_the_command_s_help_with_them() {
        let same = |a: &[&str]| assert_eq!(rewritten(a), a, "{a:?}");
        same(&["help"]);
        same(&["help", "overdue"]);
        same(&["--dir", "help", "overdue"]);
        same(&["overdue", "help"]);
        same(&["show", "--", "help", "--x"]);
        assert_eq!(
            rewritten(&["help", "overdue", "--lang", "en"]),
            ["overdue", "--lang", "en", "--help"]
        );
        assert_eq!(
            rewritten(&["--lang", "en", "help", "--dir", "p", "update"]),
            ["--lang", "en", "--dir", "p", "update", "--help"]
        );
        assert_eq!(
            rewritten(&["--dir=p", "help", "-h"]),
            ["--dir=p", "help", "help"]
        );
        assert_eq!(rewritten(&["help", "--help"]), ["help", "help"]);
    }

    fn lang(args: &[&str]) -> Lang {
        let args: Vec<OsString> = std::iter::once("plan")
            .chain(args.iter().copied())
            .map(OsString::from)
            .collect();
        lang_of_args(&args, Some("/nonexistent-plan-folder".into()))
    }

    #[test]
    fn lang_is_read_in_both_spellings_and_the_last_wins() {
        assert_eq!(lang(&["--lang", "en", "--help"]), Lang::En);
        assert_eq!(lang(&["overdue", "--lang=en", "--help"]), Lang::En);
        assert_eq!(lang(&["--lang", "en", "--lang", "vi"]), Lang::Vi);
        // The shell's completion request.
        assert_eq!(lang(&["--", "plan", "--lang", "en", "sh"]), Lang::En);
    }

    #[test]
    fn a_wrong_or_missing_value_falls_back_to_vietnamese() {
        assert_eq!(lang(&["--lang", "fr", "--help"]), Lang::Vi);
        assert_eq!(lang(&["--lang"]), Lang::Vi);
        assert_eq!(lang(&["--help"]), Lang::Vi);
        // A value after `--` is not an option.
        assert_eq!(lang(&["show", "--", "--lang", "en"]), Lang::Vi);
    }

    #[test]
    fn the_plan_folder_s_language_counts_without_lang() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("plan.toml"), "language = \"en\"\n").unwrap();
        let d = dir.path().to_str().unwrap();
        assert_eq!(lang(&["--dir", d, "--help"]), Lang::En);
        assert_eq!(lang(&[&format!("--dir={d}"), "--help"]), Lang::En);
        assert_eq!(lang(&["--dir", d, "--lang", "vi"]), Lang::Vi);
        let args = [OsString::from("plan"), OsString::from("--help")];
        assert_eq!(lang_of_args(&args, Some(d.into())), Lang::En);
    }
}
