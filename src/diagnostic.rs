//! Findings about a plan's files, shown like a compiler shows them: severity,
//! message, `--> file:line:col`, the line, a caret, and `help:`.

use crate::render::escape::visible;
use crate::source::{Loc, SourceFile, Sources};
use annotate_snippets::{AnnotationKind, Level, Renderer, Snippet};
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// Where a finding points, resolved when the finding is made so a diagnostic
/// stands on its own once the files are gone.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Location {
    pub path: String,
    pub line: usize,
    pub column: usize,
    /// The source line, and the byte range within it to underline.
    pub source_line: Option<(String, std::ops::Range<usize>)>,
}

/// A finding's code. An alias, not `&'static str` written out: serde's
/// derive would borrow a `&str` field from the input, which a cache file
/// read into a buffer cannot lend for `'static` (see `static_code`).
pub type Code = &'static str;

/// Serialized for the load cache (`crate::cache`), which keeps a plan's
/// findings with its model.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// A stable, kebab-case name for the check (`unknown-agency`).
    #[serde(with = "static_code")]
    pub code: Code,
    pub message: String,
    pub location: Option<Location>,
    pub help: Option<String>,
}

impl Diagnostic {
    pub fn new(severity: Severity, code: &'static str, message: impl Into<String>) -> Self {
        Diagnostic {
            severity,
            code,
            message: message.into(),
            location: None,
            help: None,
        }
    }

    pub fn error(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(Severity::Error, code, message)
    }

    pub fn warning(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(Severity::Warning, code, message)
    }

    pub fn at(self, sources: &Sources, loc: &Loc) -> Self {
        self.at_source(sources.get(loc.file), &loc.span)
    }

    /// Points at a span of one file.
    pub fn at_source(mut self, file: &SourceFile, span: &std::ops::Range<usize>) -> Self {
        self.location = Some(locate(file, span));
        self
    }

    /// A file-level finding with no span (unreadable file, wrong encoding).
    pub fn in_file(mut self, path: &str, line: Option<usize>) -> Self {
        self.location = Some(Location {
            path: path.to_string(),
            line: line.unwrap_or(1),
            column: 1,
            source_line: None,
        });
        self
    }

    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn help_opt(mut self, help: Option<String>) -> Self {
        self.help = help;
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// A finding's code read back from the load cache: codes are `&'static str`
/// literals in the checks, so a code read from a file is interned once and
/// kept for the run. There are a few dozen codes, and a cache that held
/// others is bounded by the cache file's size.
mod static_code {
    use serde::{Deserialize, Deserializer, Serializer};
    use std::collections::HashSet;
    use std::sync::{Mutex, OnceLock};

    pub fn serialize<S: Serializer>(code: &&'static str, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(code)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<&'static str, D::Error> {
        let code = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        static CODES: OnceLock<Mutex<HashSet<&'static str>>> = OnceLock::new();
        let mut codes = CODES
            .get_or_init(Default::default)
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some(known) = codes.get(code.as_ref()) {
            return Ok(known);
        }
        let leaked: &'static str = Box::leak(code.into_owned().into_boxed_str());
        codes.insert(leaked);
        Ok(leaked)
    }
}

fn locate(file: &SourceFile, span: &std::ops::Range<usize>) -> Location {
    let pos = file.position(span.start);
    let (line, line_start) = file.line_of(span.start);
    let start = (span.start.max(line_start) - line_start).min(line.len());
    // Underline at most to the end of the first line, and at least one character.
    let mut end = span.end.saturating_sub(line_start).min(line.len());
    if end <= start {
        end = line[start..]
            .chars()
            .next()
            .map(|c| start + c.len_utf8())
            .unwrap_or(start);
    }
    Location {
        path: file.path.clone(),
        line: pos.line,
        column: pos.column,
        source_line: Some((line.to_string(), start..end)),
    }
}

/// Renders findings as a compiler would, one after another.
/// The quoted line with invisible characters shown as escapes (the renderer
/// already shows control characters), and the caret's range moved to match.
fn visible_snippet(text: &str, range: &std::ops::Range<usize>) -> (String, std::ops::Range<usize>) {
    if crate::text::first_invisible(text).is_none() {
        return (text.to_string(), range.clone());
    }
    let mut out = String::with_capacity(text.len() + 16);
    let (mut start, mut end) = (None, None);
    for (i, c) in text.char_indices() {
        // The first character at or after each end of the range: offsets
        // stay on character boundaries whatever the range was.
        if start.is_none() && i >= range.start {
            start = Some(out.len());
        }
        if end.is_none() && i >= range.end {
            end = Some(out.len());
        }
        if crate::text::is_invisible(c) {
            out.push_str(&format!("\\u{{{:X}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    let start = start.unwrap_or(out.len());
    let end = end.unwrap_or(out.len()).max(start);
    (out, start..end)
}

#[cfg(test)]
mod visible_snippet_tests {
    use super::visible_snippet;

    #[test]
    fn invisible_characters_become_escapes_and_the_caret_follows() {
        let text = "a = \"x\u{200B}y\" # z";
        let start = text.find('"').unwrap();
        let end = text.rfind('"').unwrap() + 1;
        let (out, r) = visible_snippet(text, &(start..end));
        assert_eq!(out, "a = \"x\\u{200B}y\" # z");
        assert_eq!(&out[r], "\"x\\u{200B}y\"");
        // Ranges off a character boundary or past the end stay in the text.
        for range in [0..100, 5..6, 7..7, 50..60] {
            let (out, r) = visible_snippet(text, &range);
            assert!(out.get(r.clone()).is_some(), "{range:?} -> {r:?}");
        }
    }
}

pub fn render_human(diags: &[Diagnostic], color: bool) -> String {
    let renderer = if color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let mut out = String::new();
    for d in diags {
        let level = match d.severity {
            Severity::Error => Level::ERROR,
            Severity::Warning => Level::WARNING,
        };
        // A file name or a quoted value may hold escape sequences that would
        // retitle or rewrite the terminal: shown as visible escapes.
        let message = visible(&d.message);
        let title = level.primary_title(message.as_ref()).id(d.code);
        let group = match &d.location {
            Some(Location {
                path,
                line,
                source_line: Some((text, range)),
                ..
            }) => {
                let (text, range) = visible_snippet(text, range);
                title.element(
                    Snippet::source(text)
                        .line_start(*line)
                        .path(visible(path))
                        .annotation(AnnotationKind::Primary.span(range)),
                )
            }
            Some(Location { path, line, .. }) => {
                title.element(annotate_snippets::Origin::path(visible(path)).line(*line))
            }
            None => annotate_snippets::Group::with_title(title),
        };
        let mut report = vec![group];
        if let Some(help) = &d.help {
            report.push(annotate_snippets::Group::with_title(
                Level::HELP.secondary_title(visible(help)),
            ));
        }
        out.push_str(&renderer.render(&report));
        out.push_str("\n\n");
    }
    out
}

#[derive(Serialize)]
struct JsonDiagnostic<'a> {
    file: Option<&'a str>,
    line: Option<usize>,
    column: Option<usize>,
    severity: Severity,
    code: &'a str,
    message: &'a str,
    help: Option<&'a str>,
}

/// Renders findings as a JSON array, for editors and CI.
pub fn render_json(diags: &[Diagnostic]) -> String {
    let rows: Vec<JsonDiagnostic> = diags
        .iter()
        .map(|d| JsonDiagnostic {
            file: d.location.as_ref().map(|l| l.path.as_str()),
            line: d.location.as_ref().map(|l| l.line),
            column: d.location.as_ref().map(|l| l.column),
            severity: d.severity,
            code: d.code,
            message: &d.message,
            help: d.help.as_deref(),
        })
        .collect();
    serde_json::to_string_pretty(&rows).expect("diagnostics serialize") + "\n"
}
