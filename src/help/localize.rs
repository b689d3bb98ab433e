//! Puts the catalogue's words on the command. Before clap builds it: each
//! command's about, each argument's help and heading, and the facts clap
//! would add in English (`[default: …]`, `[env: …]`, `[possible values: …]`)
//! said in ours. After: the `--help` and `--version` flags, the `help`
//! command and the usage lines, which clap makes while building.

use super::values;
use crate::catalogue::help::{arg_help, command_help, HelpWord, LETTER};
use crate::cli::Cli;
use crate::lang::Lang;
use clap::{Arg, Command, CommandFactory};

/// The program's name, the key of its own words and of the global arguments.
const PROGRAM: &str = "plan";

/// Where the words are read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// `--help`, `plan help`, completions and usage errors.
    Terminal,
    /// The man pages: no `help` command (plan.1 would refer to a
    /// plan-help(1) that is not a page), each fact a paragraph of its own
    /// (roff joins lines), the values as clap_mangen's list.
    Man,
}

/// The whole command in `lang`, built.
pub fn command(lang: Lang, layout: Layout) -> Command {
    let help_command = layout == Layout::Terminal;
    let cmd = Cli::command().disable_help_subcommand(!help_command);
    let mut cmd = words(cmd, PROGRAM, lang, layout)
        .after_help(HelpWord::PlanFolder.text(lang))
        .subcommand_help_heading(HelpWord::Commands.text(lang))
        .subcommand_value_name(HelpWord::CommandTag.text(lang));
    cmd.build();
    let mut cmd = built(cmd, lang);
    if help_command {
        cmd = cmd.mut_subcommand("help", |help| help_words(help, lang));
    }
    cmd
}

/// The words of `cmd` (named `key` in the catalogue) and of every command
/// under it, before clap builds them.
fn words(mut cmd: Command, key: &str, lang: Lang, layout: Layout) -> Command {
    if let Some(c) = command_help(key) {
        let about = c.about.get(lang);
        cmd = cmd.about(about);
        if let Some(more) = c.more {
            cmd = cmd.long_about(format!("{about}.\n\n{}", more.get(lang)));
        }
    }
    cmd = cmd
        .help_template(template(lang))
        .mut_args(|a| arg_words(a, key, lang, layout));
    for sub in cmd.get_subcommands_mut() {
        let name = sub.get_name().to_string();
        *sub = words(std::mem::take(sub), &name, lang, layout);
    }
    cmd
}

/// clap's own layout, with our word before the usage line.
fn template(lang: Lang) -> String {
    format!(
        "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        HelpWord::Usage.text(lang)
    )
}

fn heading(a: &Arg) -> HelpWord {
    if a.is_positional() {
        HelpWord::Arguments
    } else if a.get_help_heading() == Some(LETTER) {
        HelpWord::LetterHeading
    } else if a.is_global_set() {
        HelpWord::GlobalOptions
    } else {
        HelpWord::Options
    }
}

fn arg_words(a: Arg, command: &str, lang: Lang, layout: Layout) -> Arg {
    let heading = heading(&a).text(lang);
    let a = a.help_heading(heading);
    // An argument without words keeps clap's; `help::tests` names it.
    let Some(words) = arg_help(command, a.get_id().as_str()) else {
        return a;
    };
    let a = match values::described(a.get_id().as_str(), lang) {
        Some(parser) => a.value_parser(parser),
        None => a,
    };
    let (short, long) = with_facts(&a, words.help.get(lang), lang, layout);
    let a = match long {
        Some(long) => a.long_help(long),
        None => a,
    };
    let takes_values = a.get_action().takes_values();
    a.help(short)
        .hide_env(true)
        .hide_default_value(takes_values)
        .hide_possible_values(takes_values && layout == Layout::Terminal)
}

/// The help with what clap would add after it, in `lang`: the short one on
/// its line, the long one below it (the values each with its meaning).
fn with_facts(a: &Arg, help: &str, lang: Lang, layout: Layout) -> (String, Option<String>) {
    let takes_values = a.get_action().takes_values();
    let man = layout == Layout::Man;
    let mut facts = Vec::new();
    if let Some(env) = a.get_env() {
        facts.push(format!(
            "[{}: {}]",
            HelpWord::Env.text(lang),
            env.to_string_lossy()
        ));
    }
    let defaults: Vec<String> = a
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if takes_values && !defaults.is_empty() {
        facts.push(format!(
            "[{}: {}]",
            HelpWord::Default.text(lang),
            defaults.join(", ")
        ));
    }
    let values: Vec<clap::builder::PossibleValue> = if takes_values && !man {
        a.get_possible_values()
            .into_iter()
            .filter(|v| !v.is_hide_set())
            .collect()
    } else {
        Vec::new()
    };
    let names: Vec<&str> = values.iter().map(|v| v.get_name()).collect();
    let list = (!values.is_empty())
        .then(|| format!("[{}: {}]", HelpWord::Values.text(lang), names.join(", ")));
    let short = std::iter::once(help.to_string())
        .chain(facts.iter().cloned())
        .chain(list.clone())
        .collect::<Vec<_>>()
        .join(" ");
    if facts.is_empty() && list.is_none() {
        return (short, None);
    }
    let mut long = help.to_string();
    if values.iter().any(|v| v.get_help().is_some()) {
        let width = names.iter().map(|n| n.chars().count()).max().unwrap_or(0) + 1;
        long.push_str("\n\n");
        long.push_str(HelpWord::ValuesHeading.text(lang));
        for v in &values {
            let name = format!("{}:", v.get_name());
            match v.get_help() {
                Some(h) => long.push_str(&format!("\n- {name:width$} {h}")),
                None => long.push_str(&format!("\n- {}", v.get_name())),
            }
        }
    } else if let Some(list) = list {
        facts.push(list);
    }
    if !facts.is_empty() {
        let between = if man { "\n\n" } else { "\n" };
        long.push_str("\n\n");
        long.push_str(&facts.join(between));
    }
    (short, Some(long))
}

/// What clap added while building, each command down the tree: the
/// `--help` and `--version` flags, and a usage line that says `[OPTIONS]`.
fn built(mut cmd: Command, lang: Lang) -> Command {
    let has = |cmd: &Command, id: &str| cmd.get_arguments().any(|a| a.get_id() == id);
    if has(&cmd, "help") {
        cmd = cmd.mut_arg("help", |a| {
            let (help, long) = match a.get_long_help() {
                Some(_) => (HelpWord::PrintHelpMore, Some(HelpWord::PrintHelpSummary)),
                None => (HelpWord::PrintHelp, None),
            };
            let a = match long {
                Some(long) => a.long_help(long.text(lang)),
                None => a,
            };
            // `-h` works in every command: with the options they all take.
            a.help(help.text(lang))
                .help_heading(HelpWord::GlobalOptions.text(lang))
        });
    }
    if has(&cmd, "version") {
        cmd = cmd.mut_arg("version", |a| {
            a.help(HelpWord::PrintVersion.text(lang))
                .help_heading(HelpWord::GlobalOptions.text(lang))
        });
    }
    let usage = cmd.render_usage().to_string();
    let usage = usage.split_once(": ").map_or(usage.as_str(), |(_, u)| u);
    let usage = usage.replace("[OPTIONS]", HelpWord::OptionsTag.text(lang));
    cmd = cmd.override_usage(usage);
    for sub in cmd.get_subcommands_mut() {
        if sub.get_name() != "help" {
            *sub = built(std::mem::take(sub), lang);
        }
    }
    cmd
}

/// The `help` command clap adds, and the copies of every command under it
/// that `plan help COMMAND` completes.
fn help_words(help: Command, lang: Lang) -> Command {
    let mut help = help
        .about(HelpWord::HelpCommand.text(lang))
        .help_template(template(lang))
        .subcommand_help_heading(HelpWord::Commands.text(lang))
        .subcommand_value_name(HelpWord::CommandTag.text(lang));
    // Its usage line was rendered before the words above.
    let usage = format!(
        "{PROGRAM} {} [{}]",
        help.get_name(),
        HelpWord::CommandTag.text(lang)
    );
    help = help.override_usage(usage);
    // `plan help help`: clap's copy of itself under it.
    if help.find_subcommand("help").is_some() {
        help = help.mut_subcommand("help", |h| h.about(HelpWord::HelpCommand.text(lang)));
    }
    if help.get_arguments().any(|a| a.get_id() == "subcommand") {
        help = help.mut_arg("subcommand", |a| {
            a.help(HelpWord::HelpCommandArg.text(lang))
                .help_heading(HelpWord::Arguments.text(lang))
                .value_name(HelpWord::CommandTag.text(lang))
        });
    }
    help
}
