//! The values of `--format`, `--lang` and `--role` with their meaning in the
//! language of help: what `--help` lists and what zsh and fish show beside
//! each value they complete. The value parsed is the same enum clap derives.

use crate::catalogue::help::value_help;
use crate::lang::Lang;
use clap::builder::{EnumValueParser, PossibleValue, TypedValueParser, ValueParser};
use clap::ValueEnum;

/// The parser that describes the values of the argument `id`, for the
/// arguments whose values the catalogue describes.
pub fn described(id: &str, lang: Lang) -> Option<ValueParser> {
    Some(match id {
        "format" => parser::<crate::cli::Format>("format", lang),
        "lang" => parser::<Lang>("lang", lang),
        "role" => parser::<crate::query::Role>("role", lang),
        _ => return None,
    })
}

fn parser<E: ValueEnum + Clone + Send + Sync + 'static>(
    arg: &'static str,
    lang: Lang,
) -> ValueParser {
    ValueParser::new(Described::<E> {
        arg,
        lang,
        inner: EnumValueParser::new(),
    })
}

#[derive(Clone)]
struct Described<E: ValueEnum + Clone + Send + Sync + 'static> {
    arg: &'static str,
    lang: Lang,
    inner: EnumValueParser<E>,
}

impl<E: ValueEnum + Clone + Send + Sync + 'static> TypedValueParser for Described<E> {
    type Value = E;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<E, clap::Error> {
        self.inner.parse_ref(cmd, arg, value)
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(
            E::value_variants()
                .iter()
                .filter_map(ValueEnum::to_possible_value)
                .map(|v| match value_help(self.arg, v.get_name()) {
                    Some(words) => v.help(words.help.get(self.lang)),
                    None => v,
                }),
        ))
    }
}
