//! Findings about a plan's files, shown like a compiler shows them: severity,
//! message, `--> file:line:col`, the line, a caret, and `help:`.

use crate::catalogue::{Finding, Label};
use crate::lang::Lang;
use crate::render::escape::visible;
use crate::source::{Loc, SourceFile, Sources};
use annotate_snippets::{AnnotationKind, Level, Renderer, Snippet};
use serde::{Deserialize, Serialize};

pub use crate::catalogue::Severity;

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

/// A finding and where it points. The words are made when it is shown, in
/// the language of the command that shows it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Diagnostic {
    pub finding: Finding,
    pub location: Option<Location>,
}

impl From<Finding> for Diagnostic {
    fn from(finding: Finding) -> Self {
        Diagnostic::new(finding)
    }
}

impl Diagnostic {
    pub fn new(finding: Finding) -> Self {
        Diagnostic {
            finding,
            location: None,
        }
    }

    /// A stable, kebab-case name for the check (`unknown-agency`).
    pub fn code(&self) -> &'static str {
        self.finding.code()
    }

    pub fn severity(&self) -> Severity {
        self.finding.severity()
    }

    pub fn message(&self, lang: Lang) -> String {
        self.finding.text(lang)
    }

    pub fn help(&self, lang: Lang) -> Option<String> {
        self.finding.help(lang)
    }

    pub fn at(self, sources: &Sources, loc: &Loc) -> Self {
        self.at_source(sources.get(loc.file), &loc.span())
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

    pub fn is_error(&self) -> bool {
        self.severity() == Severity::Error
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

/// Renders findings as a compiler would, one after another, in `lang`: the
/// severity and `help:` words too (`lỗi`, `gợi ý`); the code stays as it is.
pub fn render_human(diags: &[Diagnostic], color: bool, lang: Lang) -> String {
    let renderer = if color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let mut out = String::new();
    for d in diags {
        let level = match d.severity() {
            Severity::Error => Level::ERROR.with_name(Label::Error.text(lang)),
            Severity::Warning => Level::WARNING.with_name(Label::Warning.text(lang)),
        };
        // A file name or a quoted value may hold escape sequences that would
        // retitle or rewrite the terminal: shown as visible escapes.
        let message = d.message(lang);
        let message = visible(&message);
        let title = level.primary_title(message.as_ref()).id(d.code());
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
        if let Some(help) = d.help(lang) {
            report.push(annotate_snippets::Group::with_title(
                Level::HELP
                    .with_name(Label::Help.text(lang))
                    .secondary_title(visible(&help).into_owned()),
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
    /// Which message of the code (`unknown_agency`), snake_case.
    kind: String,
    /// What the message names: ids, keys, values, suggestions.
    data: serde_json::Value,
}

/// Keys a finding has only sometimes. They are always serialized, as the
/// load cache's binary format has no missing fields (a skipped field there
/// made every plan with such a finding unreadable from the cache), and left
/// out of JSON when unset, as they always were.
const OPTIONAL_KEYS: [&str; 4] = ["owner", "number", "also", "likely"];

fn drop_unset(data: &mut serde_json::Value) {
    if let Some(map) = data.as_object_mut() {
        map.retain(|k, v| {
            let unset = v.is_null() || v.as_array().is_some_and(|a| a.is_empty());
            !(unset && OPTIONAL_KEYS.contains(&k.as_str()))
        });
    }
}

/// Renders findings as a JSON array, for editors and CI: codes and data,
/// the same in every language (the words are the text output's).
pub fn render_json(diags: &[Diagnostic]) -> String {
    let rows: Vec<JsonDiagnostic> = diags
        .iter()
        .map(|d| {
            // A finding serializes as `"kind"` or `{"kind": {data}}`.
            let (kind, mut data) = match serde_json::to_value(&d.finding) {
                Ok(serde_json::Value::String(kind)) => (kind, serde_json::json!({})),
                Ok(serde_json::Value::Object(map)) => map
                    .into_iter()
                    .next()
                    .unwrap_or_else(|| (String::new(), serde_json::json!({}))),
                _ => (String::new(), serde_json::json!({})),
            };
            drop_unset(&mut data);
            JsonDiagnostic {
                file: d.location.as_ref().map(|l| l.path.as_str()),
                line: d.location.as_ref().map(|l| l.line),
                column: d.location.as_ref().map(|l| l.column),
                severity: d.severity(),
                code: d.code(),
                kind,
                data,
            }
        })
        .collect();
    serde_json::to_string_pretty(&rows).expect("diagnostics serialize") + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unknown_task() -> Diagnostic {
        let file = SourceFile::new(
            "plan/progress/2025.toml".into(),
            "task = \"PL2.I.99\"\n".into(),
        );
        Diagnostic::new(Finding::UnknownTask {
            id: "PL2.I.99".into(),
            suggestion: Some("PL2.I.9".into()),
        })
        .at_source(&file, &(7..17))
    }

    #[test]
    fn a_diagnostic_survives_serde_with_its_place() {
        let d = unknown_task();
        let json = serde_json::to_string(&d).unwrap();
        let back: Diagnostic = serde_json::from_str(&json).unwrap();
        assert_eq!(back, d);
        // The words are made from the stored finding, in either language.
        assert_eq!(
            render_human(&[back], false, Lang::Vi),
            render_human(&[d], false, Lang::Vi)
        );
    }

    #[test]
    fn severity_and_help_words_follow_the_language_and_the_code_does_not() {
        let vi = render_human(&[unknown_task()], false, Lang::Vi);
        assert!(
            vi.starts_with("lỗi[unknown-task]: nhiệm vụ \"PL2.I.99\""),
            "{vi}"
        );
        assert!(vi.contains("gợi ý: có phải là \"PL2.I.9\" không?"), "{vi}");
        let en = render_human(&[unknown_task()], false, Lang::En);
        assert!(
            en.starts_with("error[unknown-task]: unknown task \"PL2.I.99\""),
            "{en}"
        );
        assert!(en.contains("help: did you mean \"PL2.I.9\"?"), "{en}");
        let json: serde_json::Value =
            serde_json::from_str(&render_json(&[unknown_task()])).unwrap();
        assert_eq!(json[0]["kind"], "unknown_task");
        assert_eq!(json[0]["data"]["suggestion"], "PL2.I.9");
    }
}
