//! A [`Problem`] on its way up to `main`: the reason a command stopped, kept
//! in every language until the one stderr speaks is known. The problem
//! borrows from the place that found it; this owns its texts, so it can
//! travel in an `anyhow::Error` and be picked out again at the top.

use super::Problem;
use crate::lang::Lang;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stop {
    vi: String,
    en: String,
}

impl Stop {
    pub fn text(&self, lang: Lang) -> &str {
        match lang {
            Lang::Vi => &self.vi,
            Lang::En => &self.en,
        }
    }
}

impl From<Problem<'_>> for Stop {
    fn from(p: Problem<'_>) -> Stop {
        Stop {
            vi: p.text(Lang::Vi),
            en: p.text(Lang::En),
        }
    }
}

/// English where no language was chosen (a library caller, a log line):
/// `plan` itself always prints [`Stop::text`] in the language of stderr.
impl std::fmt::Display for Stop {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.en)
    }
}

impl std::error::Error for Stop {}

impl Problem<'_> {
    /// The problem as an error that stops the command.
    pub fn stop(self) -> anyhow::Error {
        anyhow::Error::new(Stop::from(self))
    }
}

/// An error's whole story, `outer: inner: …`, each link that is a [`Stop`]
/// in `lang` (others, such as the operating system's reasons, as they are).
pub fn story(e: &anyhow::Error, lang: Lang) -> String {
    // A context added with `.context(problem.stop())` is found by downcasting
    // the error itself, not its first link.
    let mut out = match e.downcast_ref::<Stop>() {
        Some(s) => s.text(lang).to_string(),
        None => said(e.as_ref(), lang),
    };
    for cause in e.chain().skip(1) {
        out.push_str(": ");
        out.push_str(&said(cause, lang));
    }
    out
}

/// One link of an error, in `lang` when it is one of `plan`'s own.
fn said(cause: &(dyn std::error::Error + 'static), lang: Lang) -> String {
    if let Some(s) = cause.downcast_ref::<Stop>() {
        return s.text(lang).to_string();
    }
    if let Some(n) = cause.downcast_ref::<crate::load::NoPlan>() {
        return n.problem().text(lang);
    }
    cause.to_string()
}
