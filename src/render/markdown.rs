//! The Markdown backend: GitHub tables that keep their columns whatever the
//! cells hold, and no value that can break out of its line or cell.

use super::cells::{CellText, Medium};
use super::escape::{markdown as esc, markdown_paragraph};
use crate::document::{Block, Cell, Document, Table};
use crate::lang::Lang;

pub fn markdown(doc: &Document, lang: Lang) -> String {
    let mut parts: Vec<String> = Vec::new();
    // Groups of a table are headed one level below the heading above them.
    let mut depth = 1;
    for block in &doc.blocks {
        parts.push(match block {
            Block::Table(t) if t.sheet_only => continue,
            Block::Title(t) => format!("# {}\n", esc(t, " ")),
            Block::Heading(level, t) => {
                depth = usize::from(*level);
                format!("{} {}\n", "#".repeat(depth), esc(t, " "))
            }
            Block::Paragraph(t) => format!("{}\n", markdown_paragraph(t)),
            Block::Lines(lines) => lines
                .iter()
                .map(|l| format!("- {}\n", esc(l, " ")))
                .collect(),
            Block::Table(t) => table(t, lang, depth + 1),
            // Markdown does not draw: the chart's title, then its numbers.
            Block::Chart(c) => format!(
                "{} {}\n\n{}",
                "#".repeat((depth + 1).min(6)),
                esc(&c.title, " "),
                table(&c.table(), lang, depth + 2)
            ),
        });
    }
    parts.join("\n")
}

fn table(t: &Table, lang: Lang, depth: usize) -> String {
    let ct = CellText {
        lang,
        medium: Medium::People,
    };
    let headers: Vec<String> = t
        .columns
        .iter()
        .map(|c| c.label.text(lang).to_string())
        .collect();
    let mut parts = Vec::new();
    if !t.rows.is_empty() || t.groups.is_empty() {
        parts.push(grid(&headers, &t.rows, &ct));
    }
    for g in &t.groups {
        parts.push(format!(
            "{} {}\n",
            "#".repeat(depth.min(6)),
            esc(&g.heading, " ")
        ));
        parts.push(grid(&headers, &g.rows, &ct));
    }
    parts.join("\n")
}

fn grid(headers: &[String], rows: &[Vec<Cell>], ct: &CellText) -> String {
    let line = |cells: Vec<String>| format!("| {} |\n", cells.join(" | "));
    let mut out = line(headers.iter().map(|h| cell(h)).collect());
    out.push_str(&line(headers.iter().map(|_| "---".to_string()).collect()));
    for r in rows {
        out.push_str(&line(r.iter().map(|c| cell(&ct.text(c))).collect()));
    }
    out
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
