//! A [`Problem`] on its way up to `main`: the reason a command stopped, kept
//! in every language until the one stderr speaks is known. The problem
//! borrows from the place that found it; a `Stop` owns its texts (and the
//! error that caused it, if any), so it can travel in an `anyhow::Error` and
//! be picked out again at the top, at any depth of the chain.

use super::Problem;
use crate::lang::Lang;

#[derive(Debug)]
pub struct Stop {
    vi: String,
    en: String,
    /// What went wrong underneath (the operating system's reason, another
    /// stop), told after this one.
    because: Option<anyhow::Error>,
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
            because: None,
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

impl std::error::Error for Stop {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.because
            .as_ref()
            .map(|e| -> &(dyn std::error::Error + 'static) { e.as_ref() })
    }
}

impl Problem<'_> {
    /// The problem as an error that stops the command.
    pub fn stop(self) -> anyhow::Error {
        anyhow::Error::new(Stop::from(self))
    }

    /// The problem as the error that stops the command because of `cause`.
    pub fn stop_because(self, cause: impl Into<anyhow::Error>) -> anyhow::Error {
        let mut stop = Stop::from(self);
        stop.because = Some(cause.into());
        anyhow::Error::new(stop)
    }
}

/// `.or_stop(|| Problem::….into())`: an error turned into the problem it
/// causes, which keeps it as its reason (what `.context` does, with a
/// problem that can still be told in either language). The closure makes
/// the [`Stop`], so a problem may borrow what the closure makes.
pub trait OrStop<T> {
    fn or_stop(self, stop: impl FnOnce() -> Stop) -> anyhow::Result<T>;
}

impl<T, E: Into<anyhow::Error>> OrStop<T> for Result<T, E> {
    fn or_stop(self, stop: impl FnOnce() -> Stop) -> anyhow::Result<T> {
        self.map_err(|e| {
            let mut s = stop();
            s.because = Some(e.into());
            anyhow::Error::new(s)
        })
    }
}

impl<T> OrStop<T> for Option<T> {
    fn or_stop(self, stop: impl FnOnce() -> Stop) -> anyhow::Result<T> {
        self.ok_or_else(|| anyhow::Error::new(stop()))
    }
}

/// An error's whole story, `outer: inner: …`, each link that is a [`Stop`]
/// in `lang` (others, such as the operating system's reasons, as they are).
pub fn story(e: &anyhow::Error, lang: Lang) -> String {
    e.chain()
        .map(|link| said(link, lang))
        .collect::<Vec<_>>()
        .join(": ")
}

/// The line an error is printed as: `lỗi: …` / `error: …`, the whole story.
pub fn error_line(e: &anyhow::Error, lang: Lang) -> String {
    format!("{}: {}\n", super::error_word(lang), story(e, lang))
}

/// One link of an error, in `lang` when it is one of `plan`'s own.
fn said(link: &(dyn std::error::Error + 'static), lang: Lang) -> String {
    if let Some(s) = link.downcast_ref::<Stop>() {
        return s.text(lang).to_string();
    }
    if let Some(n) = link.downcast_ref::<crate::load::NoPlan>() {
        return n.problem().text(lang);
    }
    link.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stop_is_told_in_the_language_asked_at_any_depth() {
        let io = || std::io::Error::other("disk on fire");
        let e = Err::<(), _>(io())
            .or_stop(|| Problem::CannotLock { path: "x" }.into())
            .or_stop(|| {
                Problem::SetNotWritten {
                    dir: "d",
                    written: &[],
                }
                .into()
            })
            .unwrap_err();
        assert_eq!(
            story(&e, Lang::Vi),
            "chưa ghi gì vào d: không khóa được x: disk on fire"
        );
        assert_eq!(
            story(&e, Lang::En),
            "nothing was written to d: cannot lock x: disk on fire"
        );
        assert_eq!(
            error_line(&Problem::NoGit.stop(), Lang::Vi),
            "lỗi: không chạy được git; git đã được cài đặt chưa?\n"
        );
        // An error of no language of its own is told as it is.
        assert_eq!(story(&anyhow::Error::new(io()), Lang::Vi), "disk on fire");
    }
}
