//! Findings about a plan's files, shown like a compiler shows them: severity,
//! message, `--> file:line:col`, the line, a caret, and `help:`.

use crate::render::escape::visible;
use crate::source::{Loc, SourceFile, Sources};
use annotate_snippets::{AnnotationKind, Level, Renderer, Snippet};
use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// Where a finding points, resolved when the finding is made so a diagnostic
/// stands on its own once the files are gone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Location {
    pub path: String,
    pub line: usize,
    pub column: usize,
    /// The source line, and the byte range within it to underline.
    pub source_line: Option<(String, std::ops::Range<usize>)>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// A stable, kebab-case name for the check (`unknown-agency`).
    pub code: &'static str,
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
            }) => title.element(
                Snippet::source(text.as_str())
                    .line_start(*line)
                    .path(visible(path))
                    .annotation(AnnotationKind::Primary.span(range.clone())),
            ),
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
