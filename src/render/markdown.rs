//! The Markdown backend: GitHub tables that keep their columns whatever the
//! cells hold, and no value that can break out of its line or cell.

use super::cells::{CellText, Medium};
use super::escape::{markdown as esc, markdown_paragraph};
use crate::document::{Block, Cell, Document, Table};
use crate::lang::Lang;

pub fn markdown(doc: &Document, lang: Lang) -> String {
    // One string written in place, blocks a blank line apart: a 100 000-row
    // report is 42 MB, and parts joined at the end held it twice.
    let mut out = String::new();
    let mut first = true;
    // Groups of a table are headed one level below the heading above them.
    let mut depth = 1;
    for block in &doc.blocks {
        if matches!(block, Block::Table(t) if t.sheet_only) {
            continue;
        }
        if !first {
            out.push('\n');
        }
        first = false;
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
            Block::Table(t) => table(&mut out, t, lang, depth + 1),
            // Markdown does not draw: the chart's title, then its numbers.
            Block::Chart(c) => {
                out.push_str(&format!(
                    "{} {}\n\n",
                    "#".repeat((depth + 1).min(6)),
                    esc(&c.title, " ")
                ));
                table(&mut out, &c.table(), lang, depth + 2);
            }
        }
    }
    out
}

fn table(out: &mut String, t: &Table, lang: Lang, depth: usize) {
    let ct = CellText {
        lang,
        medium: Medium::People,
    };
    let headers: Vec<String> = t
        .columns
        .iter()
        .map(|c| c.label.text(lang).to_string())
        .collect();
    // Parts a blank line apart, as the blocks are.
    let mut first = true;
    let mut next = |out: &mut String| {
        if !first {
            out.push('\n');
        }
        first = false;
    };
    if !t.rows.is_empty() || t.groups.is_empty() {
        next(out);
        grid(out, &headers, &t.rows, &ct);
    }
    for g in &t.groups {
        next(out);
        out.push_str(&format!(
            "{} {}\n",
            "#".repeat(depth.min(6)),
            esc(&g.heading, " ")
        ));
        next(out);
        grid(out, &headers, &g.rows, &ct);
    }
}

fn grid(out: &mut String, headers: &[String], rows: &[Vec<Cell>], ct: &CellText) {
    let line = |out: &mut String, cells: &mut dyn Iterator<Item = String>| {
        out.push_str("| ");
        for (i, c) in cells.enumerate() {
            if i > 0 {
                out.push_str(" | ");
            }
            out.push_str(&c);
        }
        out.push_str(" |\n");
    };
    line(out, &mut headers.iter().map(|h| cell(h)));
    line(out, &mut headers.iter().map(|_| "---".to_string()));
    for r in rows {
        line(out, &mut r.iter().map(|c| cell(&ct.text(c))));
    }
}

/// A cell's text escaped, line breaks as `<br>`; an empty cell keeps its place.
fn cell(s: &str) -> String {
    let s = esc(s, "<br>");
    if s.trim().is_empty() {
        " ".into()
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::Word;

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
