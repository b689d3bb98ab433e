//! The Markdown backend: GitHub tables that keep their columns whatever the
//! cells hold, and no value that can break out of its line or cell.

use super::cells::{CellText, Medium};
use super::escape::{markdown as esc, markdown_paragraph, push_markdown};
use super::sink::Sink;
use crate::document::{Block, Document, Rows, Table};
use crate::lang::Lang;
use std::borrow::Cow;
use std::io::{self, Write};

/// The document as one string (tests, and formats that embed it).
pub fn markdown(doc: &Document, lang: Lang) -> String {
    let mut out = Vec::new();
    // Writing into memory cannot fail.
    let _ = write(doc, lang, &mut out);
    String::from_utf8(out).unwrap_or_default()
}

/// The document written to `w` as it is made, a chunk at a time: a
/// 100 000-row report is 42 MB, never held whole.
pub fn write(doc: &Document, lang: Lang, w: &mut dyn Write) -> io::Result<()> {
    let mut s = Sink::new(w);
    let mut first = true;
    // Groups of a table are headed one level below the heading above them.
    let mut depth = 1;
    for block in &doc.blocks {
        if matches!(block, Block::Table(t) if t.sheet_only) {
            continue;
        }
        // Blocks a blank line apart.
        if !first {
            s.buf.push('\n');
        }
        first = false;
        let out = &mut s.buf;
        match block {
            Block::Table(t) if t.sheet_only => {}
            Block::Title(t) => out.push_str(&format!("# {}\n", esc(t, " "))),
            Block::Heading(level, t) => {
                depth = usize::from(*level);
                out.push_str(&format!("{} {}\n", "#".repeat(depth), esc(t, " ")));
            }
            Block::Paragraph(t) => out.push_str(&format!("{}\n", markdown_paragraph(t))),
            Block::Lines(lines) => {
                for l in lines {
                    out.push_str(&format!("- {}\n", esc(l, " ")));
                }
            }
            Block::Table(t) => table(&mut s, t, lang, depth + 1)?,
            // Markdown does not draw: the chart's title, then its numbers.
            Block::Chart(c) => {
                out.push_str(&format!(
                    "{} {}\n\n",
                    "#".repeat((depth + 1).min(6)),
                    esc(&c.title, " ")
                ));
                table(&mut s, &c.table(), lang, depth + 2)?;
            }
        }
        s.spill()?;
    }
    s.finish()
}

fn table(s: &mut Sink, t: &Table, lang: Lang, depth: usize) -> io::Result<()> {
    let ct = CellText {
        lang,
        medium: Medium::People,
    };
    let headers: Vec<&str> = t.columns.iter().map(|c| c.label.text(lang)).collect();
    // Parts a blank line apart, as the blocks are.
    let mut first = true;
    let mut next = |out: &mut String| {
        if !first {
            out.push('\n');
        }
        first = false;
    };
    if !t.rows.is_empty() || t.groups.is_empty() {
        next(&mut s.buf);
        grid(s, &headers, &t.rows, &ct)?;
    }
    for g in &t.groups {
        next(&mut s.buf);
        s.buf.push_str(&format!(
            "{} {}\n",
            "#".repeat(depth.min(6)),
            esc(&g.heading, " ")
        ));
        next(&mut s.buf);
        grid(s, &headers, &g.rows, &ct)?;
    }
    Ok(())
}

fn grid(s: &mut Sink, headers: &[&str], rows: &Rows, ct: &CellText) -> io::Result<()> {
    line(&mut s.buf, headers.iter().map(|h| Cow::Borrowed(*h)));
    s.buf.push_str("| ");
    s.buf.push_str(&vec!["---"; headers.len()].join(" | "));
    s.buf.push_str(" |\n");
    s.rows(rows, |out, r| line(out, r.iter().map(|c| ct.cow(c))))
}

fn line<'c>(out: &mut String, cells: impl Iterator<Item = Cow<'c, str>>) {
    out.push_str("| ");
    for (i, c) in cells.enumerate() {
        if i > 0 {
            out.push_str(" | ");
        }
        cell(out, &c);
    }
    out.push_str(" |\n");
}

/// A cell's text escaped onto `out`, line breaks as `<br>`; an empty cell
/// keeps its place.
fn cell(out: &mut String, text: &str) {
    let start = out.len();
    push_markdown(out, text, "<br>");
    if out[start..].trim().is_empty() {
        out.truncate(start);
        out.push(' ');
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::Word;
    use crate::document::Cell;

    #[test]
    fn pipes_line_breaks_and_html_stay_inside_their_cell() {
        let mut t = Table::new("t", &[Word::Code, Word::Name]);
        t.rows
            .push(vec![Cell::text("x | y"), Cell::text("1\n<b>2</b>")]);
        let mut doc = Document::new("t", "p", None, &());
        doc.push(Block::Table(t));
        assert_eq!(
            markdown(&doc, Lang::En),
            "| Id | Name |\n| --- | --- |\n| x \\| y | 1<br>&lt;b&gt;2&lt;/b&gt; |\n"
        );
    }
}
