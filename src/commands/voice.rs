//! The language of stderr, for the reasons a command stops and the notes it
//! prints on its way: `--lang` when given, else the plan's `language` (from
//! plan.toml, when it can be read), else Vietnamese, the language of the
//! people `plan` is made for. The help and clap's usage errors speak the
//! same, chosen before parsing (`crate::help::lang_of_args`).

use crate::cli::Cli;
use crate::lang::Lang;

pub fn stderr_lang(cli: &Cli) -> Lang {
    cli.lang
        .or_else(|| plan_language(&cli.dir))
        .unwrap_or(Lang::Vi)
}

/// The `language` of the plan in `dir`, read as little as possible: a plan
/// that does not load still has a language for its errors.
pub fn plan_language(dir: &std::path::Path) -> Option<Lang> {
    let bytes = crate::load::read_capped(&dir.join("plan.toml")).ok()?;
    let text = String::from_utf8(bytes).ok()?;
    let table: toml::Table = text.trim_start_matches('\u{feff}').parse().ok()?;
    table
        .get("language")
        .and_then(toml::Value::as_str)
        .map(Lang::from_code)
}
