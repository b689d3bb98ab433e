//! The command line in the language of stderr: `Cli::command()` with every
//! about, help and heading taken from `catalogue::help`, and the words clap
//! would print in English (`Usage:`, `[default: …]`, `Print help`) said in
//! our own. `main.rs` parses with it and hands it to the shell's completion,
//! `plan man` renders it (docs/output.md, "The language of help").
//!
//! The language must be known before clap parses: [`lang_of_args`] reads
//! `--lang` and the plan folder's `plan.toml` from the raw arguments.

mod argv;
mod localize;
mod man;
mod usage_error;
mod values;

pub use argv::{help_command_as_flag, lang_of_args};
pub use man::pages as man_pages;
pub use usage_error::render as usage_error;

use crate::lang::Lang;

/// The whole command, built, in `lang`: what `plan` parses with.
pub fn command(lang: Lang) -> clap::Command {
    localize::command(lang, localize::Layout::Terminal)
}

#[cfg(test)]
mod tests {
    // The help's words are the catalogue's, whole: every command, argument and
    // described value has them in every language, and the catalogue holds no
    // words for one that no longer exists.

    use super::localize::{self, Layout};
    use crate::catalogue::help::{self, ARGS, COMMANDS, VALUES};
    use crate::cli::Cli;
    use crate::lang::Lang;
    use clap::CommandFactory;

    /// Every command under `cmd` with its catalogue key, `plan` first.
    fn walk(cmd: &clap::Command, key: &str, out: &mut Vec<(String, clap::Command)>) {
        out.push((key.to_string(), cmd.clone()));
        for sub in cmd.get_subcommands() {
            walk(sub, sub.get_name(), out);
        }
    }

    #[test]
    fn every_command_and_argument_has_words_and_no_words_are_left_over() {
        // Before building: each command holds only its own arguments (flattened
        // ones included), the global ones are the program's.
        let mut commands = Vec::new();
        walk(&Cli::command(), "plan", &mut commands);
        let mut missing = Vec::new();
        for (key, cmd) in &commands {
            if help::command_help(key).is_none() {
                missing.push(format!("command {key}"));
            }
            for a in cmd.get_arguments() {
                let id = a.get_id().as_str();
                if help::arg_help(key, id).is_none() {
                    missing.push(format!("argument {key} {id}"));
                }
                if help::describes_values(id) {
                    for v in a.get_possible_values() {
                        if help::value_help(id, v.get_name()).is_none() {
                            missing.push(format!("value {key} {id} {}", v.get_name()));
                        }
                    }
                }
            }
        }
        assert!(
            missing.is_empty(),
            "no words in catalogue::help for: {missing:?}"
        );
        let has_command = |name: &str| commands.iter().any(|(k, _)| k == name);
        let has_arg = |command: &str, id: &str| {
            commands
                .iter()
                .any(|(k, c)| k == command && c.get_arguments().any(|a| a.get_id() == id))
        };
        for c in COMMANDS {
            assert!(
                has_command(c.name),
                "catalogue::help names no command {}",
                c.name
            );
        }
        for a in ARGS {
            assert!(
                has_arg(a.command, a.id),
                "catalogue::help: no argument {} {}",
                a.command,
                a.id
            );
        }
        for v in VALUES {
            let exists = commands.iter().any(|(_, c)| {
                c.get_arguments().any(|a| {
                    a.get_id() == v.arg
                        && a.get_possible_values()
                            .iter()
                            .any(|p| p.get_name() == v.value)
                })
            });
            assert!(exists, "catalogue::help: no value {} of {}", v.value, v.arg);
        }
    }

    /// Built, in each language: every argument of every command (the global
    /// ones, `--help`, `--version`, the `help` command's) has help and a
    /// heading in that language, and no fact in clap's English is left to show.
    #[test]
    fn the_built_command_says_everything_in_its_language() {
        for lang in [Lang::Vi, Lang::En] {
            for layout in [Layout::Terminal, Layout::Man] {
                let help_command = layout == Layout::Terminal;
                let mut commands = Vec::new();
                let cmd = localize::command(lang, layout);
                walk(&cmd, "plan", &mut commands);
                for (key, c) in &commands {
                    assert!(c.get_about().is_some(), "{lang:?} {key}: no about");
                    for a in c.get_arguments() {
                        let id = a.get_id();
                        assert!(a.get_help().is_some(), "{lang:?} {key} {id}: no help");
                        assert!(
                            a.get_help_heading().is_some(),
                            "{lang:?} {key} {id}: no heading"
                        );
                        let ours = !["help", "version", "subcommand"].contains(&id.as_str());
                        if ours && a.get_action().takes_values() {
                            assert!(a.is_hide_default_value_set());
                            assert_eq!(a.is_hide_possible_values_set(), help_command);
                        }
                        if ours {
                            assert!(a.is_hide_env_set(), "{lang:?} {key} {id}");
                        }
                    }
                }
                let help_about = commands
                    .iter()
                    .find(|(k, _)| k == "help")
                    .and_then(|(_, c)| c.get_about().map(ToString::to_string));
                let want = help_command.then(|| help::HelpWord::HelpCommand.text(lang).to_string());
                assert_eq!(help_about, want, "{lang:?}");
            }
        }
    }

    #[test]
    fn vietnamese_help_differs_from_english_everywhere() {
        let (mut vi, mut en) = (Vec::new(), Vec::new());
        walk(
            &localize::command(Lang::Vi, Layout::Terminal),
            "plan",
            &mut vi,
        );
        walk(
            &localize::command(Lang::En, Layout::Terminal),
            "plan",
            &mut en,
        );
        for ((key, v), (_, e)) in vi.iter().zip(&en) {
            assert_ne!(v.get_about(), e.get_about(), "{key}");
            for (a, b) in v.get_arguments().zip(e.get_arguments()) {
                assert_eq!(a.get_id(), b.get_id());
                assert_ne!(a.get_help(), b.get_help(), "{key} {}", a.get_id());
            }
        }
    }
}
