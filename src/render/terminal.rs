//! The terminal backend: lines of text and tables that fit the width, every
//! value with its hidden characters shown as escapes.

use super::cells::{CellText, Medium};
use super::escape::{one_line, visible};
use crate::catalogue::Message;
use crate::document::{Block, Cell, Document, Rows, Table};
use crate::lang::Lang;
use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{ColumnConstraint, ContentArrangement, Table as Grid, Width};
use rayon::prelude::*;
use unicode_width::UnicodeWidthStr;

/// Other columns are wrapped at this many characters before the shortened
/// column gives up room.
const WRAP: usize = 20;

/// Cells of at most this many characters and no space are never wrapped.
const ATOMIC: usize = 12;

/// Above this many rows a table is laid out one line a row.
const MANY: usize = 2000;

/// `width` is the terminal's width, or `None` for no limit (`--wide`, or
/// output that is not a terminal).
pub fn terminal(doc: &Document, lang: Lang, width: Option<u16>) -> String {
    let mut s = String::new();
    let mut first = true;
    for block in &doc.blocks {
        match block {
            Block::Title(t) | Block::Paragraph(t) => {
                s.push_str(&one_line(t));
                s.push('\n');
            }
            Block::Heading(_, t) => {
                if !first {
                    s.push('\n');
                }
                s.push_str(&one_line(t));
                s.push('\n');
            }
            Block::Lines(lines) => {
                for l in lines {
                    s.push_str("  ");
                    s.push_str(&one_line(l));
                    s.push('\n');
                }
            }
            Block::Table(t) if t.sheet_only => {}
            Block::Table(t) => table(&mut s, t, lang, width),
            // A terminal does not draw: the chart's title, then its numbers.
            Block::Chart(c) => {
                s.push('\n');
                s.push_str(&one_line(&c.title));
                s.push('\n');
                table(&mut s, &c.table(), lang, width);
            }
        }
        first = false;
    }
    s
}

fn table(s: &mut String, t: &Table, lang: Lang, width: Option<u16>) {
    let ct = CellText {
        lang,
        medium: Medium::People,
    };
    let headers: Vec<String> = t
        .columns
        .iter()
        .map(|c| c.label.text(lang).to_string())
        .collect();
    // Rows are independent: their texts are made on every core (a
    // third of a cached `overdue` of 17 000 rows was drawing its table).
    let texts = |rows: &Rows| -> Vec<Vec<String>> {
        (0..rows.len())
            .into_par_iter()
            .filter_map(|i| rows.get(i))
            .map(|r| {
                r.iter()
                    .map(|c| {
                        // The text itself when nothing in it is hidden (almost
                        // always): no second copy of every cell.
                        let text = ct.text(c);
                        match visible(&text) {
                            std::borrow::Cow::Borrowed(_) => text,
                            std::borrow::Cow::Owned(shown) => shown,
                        }
                    })
                    .collect()
            })
            .collect()
    };
    let whole = unbroken_columns(t);
    let row_sets: Vec<Vec<Vec<String>>> = std::iter::once(&t.rows)
        .chain(t.groups.iter().map(|g| &g.rows))
        .map(texts)
        .collect();
    // Like psql's expanded auto mode: a table whose columns cannot each keep
    // their longest word on the screen would wrap its headings a letter a
    // line, so each row becomes a block of heading and value instead.
    // Each set's least widths, found once: the decision below and the grid
    // both need them (each cell's words were measured twice).
    let leasts: Vec<Vec<usize>> = row_sets
        .iter()
        .map(|rows| least_widths(&headers, rows, t.shorten, &whole))
        .collect();
    let blocks = width.filter(|&w| narrowest(&leasts) > usize::from(w));
    if blocks.is_some() {
        s.push_str(
            &Message::RowsAsBlocks {
                columns: headers.len(),
            }
            .text(lang),
        );
        s.push('\n');
    }
    let lay_out = |s: &mut String, rows: Vec<Vec<String>>, least: Vec<usize>| match blocks {
        Some(w) => s.push_str(&as_blocks(&headers, &rows, w)),
        None => s.push_str(&grid(&headers, rows, least, t.shorten, width, &whole)),
    };
    let mut sets = row_sets.into_iter().zip(leasts);
    if let Some((rows, least)) = sets.next().filter(|(r, _)| !r.is_empty()) {
        lay_out(s, rows, least);
    }
    for (g, (rows, least)) in t.groups.iter().zip(sets) {
        s.push('\n');
        s.push_str(&one_line(&g.heading));
        s.push('\n');
        if !rows.is_empty() {
            lay_out(s, rows, least);
        }
    }
}

/// The columns whose every cell is an id, a date or a number: such a cell is
/// never wrapped, however long (an indicator's id may have 26 characters).
fn unbroken_columns(t: &Table) -> Vec<bool> {
    let unbroken = |c: &Cell| {
        matches!(
            c,
            Cell::Empty
                | Cell::Id(_)
                | Cell::Date(_)
                | Cell::Integer(_)
                | Cell::Number(_)
                | Cell::Percent(_)
        )
    };
    // One pass over the rows (rows made as written are made once here).
    let n = t.columns.len();
    let mut all_unbroken = vec![true; n];
    let mut any_filled = vec![false; n];
    for r in std::iter::once(&t.rows)
        .chain(t.groups.iter().map(|g| &g.rows))
        .flatten()
    {
        for c in 0..n {
            let cell = r.get(c);
            all_unbroken[c] &= cell.is_none_or(unbroken);
            any_filled[c] |= cell.is_some_and(|x| *x != Cell::Empty);
        }
    }
    all_unbroken
        .into_iter()
        .zip(any_filled)
        .map(|(u, f)| u && f)
        .collect()
}

/// The narrowest a grid of these cells can be drawn without breaking a word
/// of a heading or an unbroken cell (an id, a date, a number): each column's
/// longest such word, plus its padding and rule; the shortened column may go
/// down to [`WRAP`] characters.
fn narrowest(leasts: &[Vec<usize>]) -> usize {
    // A column's least width over every set of rows is the largest of each
    // set's (each is a largest, or a largest capped the same way).
    let columns = leasts.iter().map(Vec::len).max().unwrap_or(0);
    1 + (0..columns)
        .map(|c| leasts.iter().filter_map(|l| l.get(c)).max().unwrap_or(&0) + 3)
        .sum::<usize>()
}

/// Each column's least width (without padding) in [`narrowest`]'s sense.
fn least_widths(
    headers: &[String],
    rows: &[Vec<String>],
    shorten_col: Option<usize>,
    whole: &[bool],
) -> Vec<usize> {
    let word = |s: &str| {
        s.split_whitespace()
            .map(UnicodeWidthStr::width)
            .max()
            .unwrap_or(0)
    };
    let cap = |c: usize| {
        if whole.get(c) == Some(&true) {
            usize::MAX
        } else {
            ATOMIC
        }
    };
    // Each column's longest word, over the rows on every core. A line's
    // longest word is no wider than the line has bytes (no character is
    // wider than its UTF-8 bytes), so a line no longer than the longest word
    // yet cannot hold a longer one: most are skipped.
    let n = headers.len();
    let longest = rows
        .par_iter()
        .fold(
            || vec![0usize; n],
            |mut longest, r| {
                for (c, cell) in r.iter().enumerate().take(n) {
                    for l in cell.lines() {
                        if l.len() > longest[c] {
                            longest[c] = longest[c].max(word(l).min(cap(c)));
                        }
                    }
                }
                longest
            },
        )
        .reduce(|| vec![0usize; n], most);
    headers
        .iter()
        .zip(longest)
        .enumerate()
        .map(|(c, (h, longest))| {
            if Some(c) == shorten_col {
                longest.min(WRAP)
            } else {
                longest.max(word(h))
            }
        })
        .collect()
}

/// Each column's larger of two widths: how widths found on different
/// cores are joined (also by `plain_grid`).
pub(super) fn most(mut a: Vec<usize>, b: Vec<usize>) -> Vec<usize> {
    for (x, y) in a.iter_mut().zip(b) {
        *x = (*x).max(y);
    }
    a
}

/// Each row as a block of two columns, heading and value, one block after
/// another: every heading and value keeps its words whole.
fn as_blocks(headers: &[String], rows: &[Vec<String>], width: u16) -> String {
    let mut out = String::new();
    for r in rows {
        let mut t = Grid::new();
        t.load_style(UTF8_FULL_CONDENSED);
        t.set_content_arrangement(ContentArrangement::Dynamic);
        t.set_width(width);
        for (h, v) in headers.iter().zip(r) {
            t.add_row([h, v]);
        }
        out.push_str(&t.to_string());
        out.push('\n');
    }
    out
}

fn grid(
    headers: &[String],
    mut rows: Vec<Vec<String>>,
    least: Vec<usize>,
    shorten_col: Option<usize>,
    width: Option<u16>,
    whole: &[bool],
) -> String {
    let is_whole = |c: usize| whole.get(c) == Some(&true);
    // The width the shortened column is given before the others share what
    // is left: the title is what a reader needs whole.
    let mut keep: Option<(usize, u16)> = None;
    if let (Some(col), Some(width)) = (shorten_col, width) {
        // Room left for the shortened column once the others have their widest
        // cell, counting at most WRAP characters: longer cells wrap instead.
        // An id is never wrapped: its column gets its longest id first.
        let others: usize = (0..headers.len())
            .filter(|&c| c != col)
            .map(|c| {
                let widest = |cells: &mut dyn Iterator<Item = &str>| widest_line(cells);
                let heading = widest(&mut headers[c].lines());
                let cells =
                    widest(&mut rows.iter().filter_map(|r| r.get(c)).flat_map(|s| s.lines()));
                let least = if is_whole(c) {
                    cells.max(heading.min(WRAP))
                } else {
                    cells.max(heading).min(WRAP)
                };
                least + 3
            })
            .sum();
        // At least two fifths of the width, however many other columns, as
        // long as the others keep their least widths (a heading's longest
        // word, an id whole); else what those leave.
        let others_least: usize = (0..headers.len())
            .filter(|&c| c != col)
            .map(|c| least[c] + 3)
            .sum();
        let left = (width as usize).saturating_sub(others_least + 4);
        let room = (width as usize)
            .saturating_sub(others + 4)
            .max((width as usize * 2 / 5).min(left))
            .max(20.min(left))
            .max(least[col]);
        let longest = widest_line(
            &mut rows
                .iter()
                .filter_map(|r| r.get(col))
                .flat_map(|s| s.lines()),
        );
        // Plus the padding, one space each side.
        keep = Some((
            col,
            u16::try_from(room.min(longest) + 2).unwrap_or(u16::MAX),
        ));
        if rows.len() > MANY {
            // One line a row: every other column cut to its share too.
            rows.par_iter_mut().for_each(|r| {
                for (c, cell) in r.iter_mut().enumerate() {
                    shorten_in_place(cell, if c == col { room } else { WRAP });
                }
            });
        } else {
            // Three lines of the column's width: enough to recognise a task.
            for r in &mut rows {
                if let Some(cell) = r.get_mut(col) {
                    shorten_in_place(cell, room * 3);
                }
            }
        }
    }
    // Dates, numbers and ids never wrap: a date cut in two reads wrong.
    // The heading wraps instead. Each column's widest line and whether
    // every line is short and unbroken, in one pass over the cells.
    let n = headers.len();
    let (widest, unbroken) = rows
        .par_iter()
        .fold(
            || (vec![0usize; n], vec![true; n]),
            |(mut widest, mut unbroken), r| {
                for (c, cell) in r.iter().enumerate().take(n) {
                    for l in cell.lines() {
                        // Characters are counted only where the bytes leave the
                        // answer open (there are never more characters than bytes).
                        if l.len() > widest[c] || (unbroken[c] && l.len() > ATOMIC) {
                            let count = l.chars().count();
                            widest[c] = widest[c].max(count);
                            unbroken[c] &= count <= ATOMIC;
                        }
                        unbroken[c] &= !l.contains(' ');
                    }
                }
                (widest, unbroken)
            },
        )
        .reduce(
            || (vec![0usize; n], vec![true; n]),
            |(w1, u1), (w2, u2)| {
                let unbroken = u1.into_iter().zip(u2).map(|(a, b)| a && b).collect();
                (most(w1, w2), unbroken)
            },
        );
    let mut atomic: Vec<bool> = (0..n).map(is_whole).collect();
    for (a, u) in atomic.iter_mut().zip(&unbroken) {
        *a |= *u;
    }
    // Each column's lower bound, the cell's padding (one space each side)
    // counted. Other columns never go below their least width: a heading
    // wraps between words, not a letter a line.
    let mut lower: Vec<Option<u16>> = (0..headers.len())
        .map(|c| {
            let at_least = if atomic[c] {
                widest[c].max(least[c])
            } else {
                least[c]
            };
            (at_least > 0 && keep.is_none_or(|(k, _)| k != c) && width.is_some())
                .then(|| u16::try_from(at_least + 2).unwrap_or(u16::MAX))
        })
        .collect();
    if let Some((col, w)) = keep {
        if let Some(l) = lower.get_mut(col) {
            *l = Some(w);
        }
    }
    // Laying out thousands of rows to wrap cells costs more than the rows
    // are worth on a screen; they were cut to one line above. Without
    // wrapping, the table is drawn directly, as comfy-table would draw it.
    let wraps = width.is_some() && rows.len() <= MANY;
    if !wraps {
        if let Some(drawn) = super::plain_grid::draw(headers, &rows, &lower) {
            return drawn + "\n";
        }
    }
    let mut t = Grid::new();
    t.load_style(UTF8_FULL_CONDENSED);
    match width {
        Some(w) if wraps => {
            t.set_content_arrangement(ContentArrangement::Dynamic);
            t.set_width(w);
        }
        _ => {
            t.set_content_arrangement(ContentArrangement::Disabled);
        }
    }
    t.set_header(headers);
    for r in &rows {
        t.add_row(r);
    }
    for (c, l) in lower.iter().enumerate() {
        if let (Some(w), Some(column)) = (l, t.column_mut(c)) {
            column.set_constraint(ColumnConstraint::LowerBoundary(Width::Fixed(*w)));
        }
    }
    t.to_string() + "\n"
}

/// The most characters in any of these lines; a line with no more bytes
/// than the widest so far is not counted (never more characters than bytes).
fn widest_line(lines: &mut dyn Iterator<Item = &str>) -> usize {
    let mut widest = 0;
    for l in lines {
        if l.len() > widest {
            widest = widest.max(l.chars().count());
        }
    }
    widest
}

/// [`shorten`], leaving a cell that fits as it is (most do) instead of
/// copying it.
fn shorten_in_place(cell: &mut String, max: usize) {
    // No more characters than bytes: a short cell is not counted.
    if cell.len() <= max && !cell.contains('\n') {
        return;
    }
    if cell.contains('\n') || cell.chars().count() > max {
        *cell = shorten(cell, max);
    }
}

/// The first line of `s`, cut to `max` characters with "…".
pub fn shorten(s: &str, max: usize) -> String {
    let first = s.lines().next().unwrap_or("");
    let more_lines = s.lines().nth(1).is_some();
    if first.chars().count() <= max && !more_lines {
        return first.to_string();
    }
    let cut: String = first.chars().take(max.saturating_sub(1)).collect();
    format!("{}…", cut.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shortening_keeps_short_text_and_marks_cuts() {
        assert_eq!(shorten("ngắn", 10), "ngắn");
        assert_eq!(shorten("Đẩy mạnh cải cách hành chính", 10), "Đẩy mạnh…");
        assert_eq!(shorten("dòng một\ndòng hai", 40), "dòng một…");
    }

    #[test]
    fn shortening_in_place_is_shortening() {
        let cells = [
            "",
            "ngắn",
            "Đẩy mạnh cải cách hành chính",
            "a\nb",
            "x\n",
            "\n",
            "a b",
        ];
        for cell in cells {
            for max in [0, 1, 3, 4, 10, 40] {
                let mut c = cell.to_string();
                shorten_in_place(&mut c, max);
                assert_eq!(c, shorten(cell, max), "{cell:?} at {max}");
            }
        }
    }
}
