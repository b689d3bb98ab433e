//! The HTML backend: one self-contained page. Its style, its little script
//! and its charts (SVG drawn in `svg.rs`) are inline, and its Content
//! Security Policy forbids any request, so the file reads the same offline,
//! from a USB stick or an e-mail. Every text is escaped (`escape::html`);
//! the page reads in full with the script off (the script only adds search,
//! sorting and paging to tables).

use super::cells::{CellText, Medium};
use super::escape::{html as esc, push_html_lines};
use super::sink::Sink;
use super::svg;
use crate::catalogue::{ChartWord, Word};
use crate::document::chart::ChartKind;
use crate::document::{Block, Cell, Chart, Document, Rows, Table};
use crate::lang::Lang;
use std::fmt::Write;

const STYLE: &str = include_str!("html/page.css");
const SCRIPT: &str = include_str!("html/page.js");

/// The page's Content Security Policy: no request of any kind
/// (`default-src 'none'`), and only the page's own style and scripts, named
/// by their SHA-256: an element or event handler that an escaping bug let
/// into the page would still not run.
fn policy() -> String {
    let style = hash(&format!("\n{STYLE}"));
    let hook = hash(ERROR_HOOK);
    let script = hash(&format!("\n{SCRIPT}"));
    format!(
        "default-src 'none'; style-src {style}; script-src {hook} {script}; base-uri 'none'; form-action 'none'"
    )
}

/// A CSP source naming an inline element by its content's SHA-256.
fn hash(content: &str) -> String {
    use base64::Engine;
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(content.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// Records a script error on the page itself, before anything else runs, so
/// that a headless browser's DOM dump shows it (scripts/look-at-html.sh).
const ERROR_HOOK: &str = "window.addEventListener('error',function(e){document.documentElement.setAttribute('data-script-error',String(e.message))});";

fn code(lang: Lang) -> &'static str {
    match lang {
        Lang::Vi => "vi",
        Lang::En => "en",
    }
}

pub fn html(doc: &Document, lang: Lang) -> String {
    let mut out = Vec::new();
    // Writing into memory cannot fail.
    let _ = write_page(doc, lang, &mut out);
    String::from_utf8(out).unwrap_or_default()
}

/// The page written to `w` as it is made, a chunk at a time (see
/// [`super::sink`]): a 100 000-task report is a page of 55 MB.
pub fn write_page(doc: &Document, lang: Lang, w: &mut dyn std::io::Write) -> std::io::Result<()> {
    let mut sink = Sink::new(w);
    let title = doc
        .blocks
        .iter()
        .find_map(|b| match b {
            Block::Title(t) => Some(t.as_str()),
            _ => None,
        })
        .unwrap_or(doc.command);
    let word = |w: ChartWord| esc(Word::Chart(w).text(lang));
    let s = &mut sink.buf;
    let _ = write!(
        s,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">\n<meta name=\"generator\" content=\"plan {}\">\n<title>{}</title>\n<script>{ERROR_HOOK}</script>\n<style>\n{STYLE}</style>\n</head>\n<body data-search=\"{}\" data-sort-hint=\"{}\" data-more=\"{}\">\n<main id=\"main\">\n",
        code(lang),
        policy(),
        env!("CARGO_PKG_VERSION"),
        esc(title),
        word(ChartWord::SearchTasks),
        word(ChartWord::SortHint),
        word(ChartWord::ShowMore),
    );
    let headings: Vec<&str> = doc
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Heading(2, t) => Some(t.as_str()),
            _ => None,
        })
        .collect();
    let mut part = 0;
    let mut in_grid = false;
    let mut toc_done = false;
    for (i, block) in doc.blocks.iter().enumerate() {
        sink.spill()?;
        let s = &mut sink.buf;
        // Indicator charts side by side: a grid of small multiples.
        let small = matches!(block, Block::Chart(c) if matches!(c.kind, ChartKind::Trajectory(_)));
        if in_grid && !small {
            s.push_str("</div>\n");
            in_grid = false;
        }
        // The contents come before the first part.
        if !toc_done && matches!(block, Block::Heading(2, _)) && headings.len() > 1 {
            toc(s, &headings, lang);
            toc_done = true;
        }
        match block {
            Block::Title(t) => {
                let _ = writeln!(s, "<h1>{}</h1>", esc(t));
            }
            Block::Heading(level, t) => {
                let level = (*level).clamp(2, 6);
                if level == 2 {
                    part += 1;
                    let _ = writeln!(s, "<h2 id=\"part-{part}\">{}</h2>", esc(t));
                } else {
                    let _ = writeln!(s, "<h{level}>{}</h{level}>", esc(t));
                }
            }
            Block::Paragraph(t) => {
                // The paragraph under the title (the date judged on) is its lead.
                let lead = i > 0 && matches!(doc.blocks[i - 1], Block::Title(_));
                let class = if lead { " class=\"lead\"" } else { "" };
                let _ = writeln!(s, "<p{class}>{}</p>", lines(t));
            }
            Block::Lines(ls) => {
                s.push_str("<ul>\n");
                for l in ls {
                    let _ = writeln!(s, "<li>{}</li>", lines(l));
                }
                s.push_str("</ul>\n");
            }
            Block::Table(t) if t.sheet_only => {}
            Block::Table(t) => table(&mut sink, t, lang)?,
            Block::Chart(c) => {
                if small && !in_grid {
                    s.push_str("<div class=\"charts-grid\">\n");
                    in_grid = true;
                }
                chart(&mut sink, c, lang)?;
            }
        }
    }
    let s = &mut sink.buf;
    if in_grid {
        s.push_str("</div>\n");
    }
    let _ = write!(
        s,
        "</main>\n<script>\n{SCRIPT}</script>\n</body>\n</html>\n"
    );
    sink.finish()
}

/// Escaped text whose line breaks stay line breaks.
fn lines(t: &str) -> String {
    let mut out = String::with_capacity(t.len() + 8);
    push_html_lines(&mut out, t);
    out
}

fn toc(s: &mut String, headings: &[&str], lang: Lang) {
    let _ = write!(
        s,
        "<nav class=\"toc\" aria-label=\"{0}\"><strong>{0}</strong><ul>",
        esc(Word::Chart(ChartWord::Contents).text(lang))
    );
    for (i, h) in headings.iter().enumerate() {
        let _ = write!(s, "<li><a href=\"#part-{}\">{}</a></li>", i + 1, esc(h));
    }
    s.push_str("</ul></nav>\n");
}

/// A table for reading and, with the script, for searching and sorting:
/// typed cells carry a `data-sort` key (ISO dates, plain numbers).
fn table(sink: &mut Sink, t: &Table, lang: Lang) -> std::io::Result<()> {
    let ct = CellText {
        lang,
        medium: Medium::People,
    };
    let s = &mut sink.buf;
    let _ = write!(
        s,
        "<div class=\"tablewrap\"><table class=\"data\" data-name=\"{}\">\n<thead><tr>",
        esc(t.name)
    );
    for c in &t.columns {
        let _ = write!(s, "<th scope=\"col\">{}</th>", esc(c.label.text(lang)));
    }
    s.push_str("</tr></thead>\n");
    if !t.rows.is_empty() || t.groups.is_empty() {
        sink.buf.push_str("<tbody>\n");
        rows(sink, &t.rows, &ct, t.shorten)?;
        sink.buf.push_str("</tbody>\n");
    }
    for g in &t.groups {
        let _ = writeln!(
            sink.buf,
            "<tbody><tr class=\"group-head\"><th colspan=\"{}\" scope=\"colgroup\">{}</th></tr>",
            t.columns.len().max(1),
            esc(&g.heading)
        );
        rows(sink, &g.rows, &ct, t.shorten)?;
        sink.buf.push_str("</tbody>\n");
    }
    sink.buf.push_str("</table></div>\n");
    Ok(())
}

/// `wide`: the column of long texts (a title), kept readable on a phone.
fn rows(sink: &mut Sink, rows: &Rows, ct: &CellText, wide: Option<usize>) -> std::io::Result<()> {
    sink.rows(rows, |out, r| {
        out.push_str("<tr>");
        for (i, c) in r.iter().enumerate() {
            cell(out, c, ct, wide == Some(i));
        }
        out.push_str("</tr>\n");
    })
}

/// The key a script sorts a cell by, when its text would sort wrongly.
fn sort_key(c: &Cell) -> Option<String> {
    match c {
        Cell::Date(d) => Some(d.format("%Y-%m-%d").to_string()),
        Cell::Milestone(m) => Some(m.due.format("%Y-%m-%d").to_string()),
        Cell::Integer(n) => Some(n.to_string()),
        Cell::Number(v) | Cell::Percent(v) => Some(format!("{v}")),
        Cell::Update(u) | Cell::History(u) => Some(u.on.format("%Y-%m-%d").to_string()),
        Cell::List { items, .. } => items.first().and_then(sort_key),
        _ => None,
    }
}

fn cell(s: &mut String, c: &Cell, ct: &CellText, wide: bool) {
    let class = match c {
        Cell::Integer(_) | Cell::Number(_) | Cell::Percent(_) => " class=\"num\"",
        Cell::Date(_) => " class=\"date\"",
        Cell::Id(_) => " class=\"id\"",
        _ if wide => " class=\"wide\"",
        _ => "",
    };
    let key = sort_key(c)
        .map(|k| format!(" data-sort=\"{}\"", esc(&k)))
        .unwrap_or_default();
    let text = ct.cow(c);
    match c {
        Cell::Status(st) => {
            let _ = write!(s, "<td{key}><span class=\"st st-{}\">", st.key());
            push_html_lines(s, &text);
            s.push_str("</span></td>");
        }
        _ => {
            let _ = write!(s, "<td{class}{key}>");
            push_html_lines(s, &text);
            s.push_str("</td>");
        }
    }
}

/// A chart: its title, its text alternative, the drawing, a legend, and its
/// numbers as a table in a `<details>` (what a screen reader or a printout
/// without colour reads).
fn chart(sink: &mut Sink, c: &Chart, lang: Lang) -> std::io::Result<()> {
    let s = &mut sink.buf;
    let id = format!("chart-{}", anchor(&c.name));
    let _ = write!(
        s,
        "<figure class=\"chart\" id=\"{id}\">\n<figcaption>{}</figcaption>\n<p class=\"alt\">{}</p>\n",
        esc(&c.title),
        esc(&c.alt)
    );
    if c.is_empty() {
        let _ = writeln!(
            s,
            "<p class=\"empty\">{}</p>",
            esc(Word::Chart(ChartWord::NothingToDraw).text(lang))
        );
    } else {
        s.push_str("<div class=\"drawing\">");
        s.push_str(&svg::svg(c, &id, lang));
        s.push_str("</div>\n");
        legend(s, c, lang);
        let _ = writeln!(
            s,
            "<details><summary>{}</summary>",
            esc(Word::Chart(ChartWord::TheNumbers).text(lang))
        );
        table(sink, &c.table(), lang)?;
        sink.buf.push_str("</details>\n");
    }
    sink.buf.push_str("</figure>\n");
    Ok(())
}

fn legend(s: &mut String, c: &Chart, lang: Lang) {
    let items: Vec<(&str, &str)> = match &c.kind {
        ChartKind::Bars(b) => b
            .series
            .iter()
            .map(|x| (svg::tone_class(x.tone), x.label.text(lang)))
            .collect(),
        ChartKind::Trajectory(_) => vec![
            (
                "line-actual",
                Word::Chart(ChartWord::ActualPlotted).text(lang),
            ),
            ("line-path", Word::Chart(ChartWord::PathNeeded).text(lang)),
        ],
        // A heat map's colours are explained by its columns' headings.
        ChartKind::Heat(_) => Vec::new(),
    };
    if items.is_empty() {
        return;
    }
    s.push_str("<ul class=\"legend\">");
    for (class, text) in items {
        let _ = write!(s, "<li class=\"{class}\"><span>{}</span></li>", esc(text));
    }
    s.push_str("</ul>\n");
    // A level's unit is in the title; an index or a running total says so.
    if let ChartKind::Trajectory(t) = &c.kind {
        if t.measure == ChartWord::Level {
            return;
        }
        let _ = writeln!(
            s,
            "<p class=\"alt\">{}</p>",
            esc(Word::Chart(t.measure).text(lang))
        );
    }
}

/// A chart's name as an id: letters, digits and `-` only.
fn anchor(name: &str) -> String {
    name.chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_policy_names_exactly_the_page_s_own_style_and_scripts() {
        let doc = Document::new("t", "p", None, &());
        let page = html(&doc, Lang::Vi);
        let inline = |open: &str, close: &str| -> Vec<String> {
            page.split(open)
                .skip(1)
                .map(|s| s.split(close).next().unwrap_or("").to_string())
                .collect()
        };
        let scripts = inline("<script>", "</script>");
        let styles = inline("<style>", "</style>");
        assert_eq!((scripts.len(), styles.len()), (2, 1));
        let p = policy();
        for s in scripts.iter().chain(&styles) {
            assert!(p.contains(&hash(s)), "{s:.40} is not in the policy");
        }
        assert!(!p.contains("unsafe"));
        // The known digest of an empty text, as every CSP checker computes it.
        assert_eq!(
            hash(""),
            "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"
        );
    }
}
