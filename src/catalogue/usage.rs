//! What is wrong with a command line that clap refused (exit status 2), in
//! the language of help: an unknown option or command, a value not taken, a
//! required argument missing, two options that exclude each other. Each is
//! the message, then `help:` (`gợi ý:`) with the fix, as every error of
//! `plan` reads. The kinds of clap's errors not named here stay clap's own
//! English (docs/output.md).

use crate::lang::Lang;

#[derive(Clone, Copy, Debug)]
pub enum UsageError<'a> {
    /// An option or a value the command does not take.
    UnknownArgument {
        arg: &'a str,
        suggestion: Option<&'a str>,
        /// It looks like an option but may be meant as a value.
        as_value: bool,
        /// The command as typed so far (`plan update`).
        command: &'a str,
    },
    UnknownCommand {
        given: &'a str,
        suggestion: Option<&'a str>,
    },
    /// A value outside the list the argument takes.
    InvalidValue {
        /// The argument as clap writes it (`--format <FORMAT>`).
        arg: &'a str,
        value: &'a str,
        valid: &'a [String],
        suggestion: Option<&'a str>,
    },
    /// A value the argument's parser refused (not a number, out of range).
    ValueRefused {
        arg: &'a str,
        value: &'a str,
        /// The argument's help, in the same language.
        help: Option<&'a str>,
        /// Why, when `plan`'s own parser said (in the language asked).
        reason: Option<&'a str>,
    },
    /// An option given with no value after it.
    MissingValue {
        arg: &'a str,
        /// The values it takes, when it names them.
        valid: &'a [String],
    },
    MissingArguments {
        args: &'a [String],
        usage: &'a str,
    },
    Conflict {
        arg: &'a str,
        prior: &'a str,
    },
    MissingCommand,
    /// `--lock-timeout` given something that is not a number of seconds;
    /// clap carries it as the reason of a [`UsageError::ValueRefused`].
    NotSeconds {
        given: &'a str,
    },
}

impl UsageError<'_> {
    pub fn text(&self, lang: Lang) -> String {
        let say = |vi: String, en: String| match lang {
            Lang::Vi => vi,
            Lang::En => en,
        };
        match *self {
            UsageError::UnknownArgument {
                arg,
                suggestion: Some(s),
                ..
            } => say(
                format!("không có tùy chọn `{arg}`\n  gợi ý: có phải là `{s}` không?"),
                format!("unknown option `{arg}`\n  help: did you mean `{s}`?"),
            ),
            UsageError::UnknownArgument {
                arg,
                as_value: true,
                ..
            } => say(
                format!("không có tùy chọn `{arg}`\n  gợi ý: nếu `{arg}` là một giá trị, viết `-- {arg}`"),
                format!("unknown option `{arg}`\n  help: to pass `{arg}` as a value, write `-- {arg}`"),
            ),
            UsageError::UnknownArgument { arg, command, .. } if arg.starts_with('-') => say(
                format!("không có tùy chọn `{arg}`\n  gợi ý: `{command} --help` liệt kê các tùy chọn của lệnh"),
                format!("unknown option `{arg}`\n  help: `{command} --help` lists the command's options"),
            ),
            UsageError::UnknownArgument { arg, command, .. } => say(
                format!("lệnh `{command}` không nhận thêm đối số `{arg}`\n  gợi ý: `{command} --help` liệt kê các tùy chọn và đối số của lệnh"),
                format!("`{command}` takes no further argument `{arg}`\n  help: `{command} --help` lists the command's options and arguments"),
            ),
            UsageError::UnknownCommand {
                given,
                suggestion: Some(s),
            } => say(
                format!("không có lệnh `{given}`\n  gợi ý: có phải là `plan {s}` không?"),
                format!("unknown command `{given}`\n  help: did you mean `plan {s}`?"),
            ),
            UsageError::UnknownCommand { given, .. } => say(
                format!("không có lệnh `{given}`\n  gợi ý: `plan --help` liệt kê các lệnh"),
                format!("unknown command `{given}`\n  help: `plan --help` lists the commands"),
            ),
            UsageError::InvalidValue {
                arg,
                value,
                valid,
                suggestion,
            } => {
                let valid = valid.join(", ");
                let dym = |vi: &str, en: &str| match suggestion {
                    Some(s) => say(format!("{vi}có phải là \"{s}\" không? "), format!("{en}did you mean \"{s}\"? ")),
                    None => say(vi.to_string(), en.to_string()),
                };
                say(
                    format!("{arg} không nhận giá trị \"{value}\"\n  gợi ý: {}các giá trị nhận được: {valid}", dym("", "")),
                    format!("invalid value \"{value}\" for {arg}\n  help: {}possible values: {valid}", dym("", "")),
                )
            }
            UsageError::ValueRefused {
                arg,
                value,
                help,
                reason,
            } => {
                let fix = help.map(|h| format!("\n  {}: {arg}: {h}", super::help_word(lang)));
                let fix = fix.unwrap_or_default();
                match reason {
                    Some(reason) => format!("{reason}{fix}"),
                    None => say(
                        format!("\"{value}\" không phải là giá trị dùng được cho {arg}{fix}"),
                        format!("invalid value \"{value}\" for {arg}{fix}"),
                    ),
                }
            }
            UsageError::MissingValue { arg, valid } if !valid.is_empty() => {
                let valid = valid.join(", ");
                say(
                    format!("{arg} cần một giá trị\n  gợi ý: viết ngay sau {arg} một trong các giá trị: {valid}"),
                    format!("{arg} needs a value\n  help: write one of these right after it: {valid}"),
                )
            }
            UsageError::MissingValue { arg, .. } => say(
                format!("{arg} cần một giá trị\n  gợi ý: viết giá trị ngay sau {arg}"),
                format!("{arg} needs a value\n  help: write the value right after it"),
            ),
            UsageError::MissingArguments { args, usage } => {
                let args = args.join(", ");
                say(
                    format!("còn thiếu đối số bắt buộc: {args}\n  gợi ý: viết theo mẫu `{usage}`"),
                    format!("missing required arguments: {args}\n  help: the command is written `{usage}`"),
                )
            }
            UsageError::Conflict { arg, prior } => say(
                format!("{arg} không dùng cùng với {prior}\n  gợi ý: bỏ một trong hai"),
                format!("{arg} cannot be used with {prior}\n  help: leave one of them out"),
            ),
            UsageError::MissingCommand => say(
                "cần nêu một lệnh\n  gợi ý: `plan --help` liệt kê các lệnh".to_string(),
                "a command is needed\n  help: `plan --help` lists the commands".to_string(),
            ),
            UsageError::NotSeconds { given } => say(
                format!("\"{given}\" không phải là một số giây (như 30 hoặc 0,5)"),
                format!("\"{given}\" is not a number of seconds (such as 30 or 0.5)"),
            ),
        }
    }
}
