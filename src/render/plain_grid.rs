//! A terminal table without wrapping, drawn directly: the same characters
//! comfy-table draws for such a table (style UTF8_FULL_CONDENSED, content
//! arrangement disabled, lower bounds on some columns), without its
//! per-cell layout machinery. 17 000 overdue rows at 100 000 tasks took it a
//! sixth of a cached `plan overdue`; a test holds the two to the same output.

use rayon::prelude::*;
use unicode_width::UnicodeWidthStr;

/// Rows drawn in one piece by a core.
const ROWS_A_PIECE: usize = 512;

/// The table, lines joined by `\n` with none after the last, or `None` when
/// it is one this drawing does not cover (a row of another length than the
/// header, a column too wide for comfy-table's widths): then comfy-table
/// draws it.
pub fn draw(headers: &[String], rows: &[Vec<String>], lower: &[Option<u16>]) -> Option<String> {
    let n = headers.len();
    if n == 0 || lower.len() != n || rows.iter().any(|r| r.len() != n) {
        return None;
    }
    // Content widths: the widest line of each column, at least 1; over
    // the rows on every core (rows are independent).
    let widths = |mut width: Vec<usize>, r: &[String]| {
        for (w, cell) in width.iter_mut().zip(r) {
            for line in cell.split('\n') {
                *w = (*w).max(line.width());
            }
        }
        width
    };
    let cells = rows
        .par_iter()
        .fold(|| vec![1usize; n], |w, r| widths(w, r))
        .reduce(|| vec![1usize; n], super::terminal::most);
    let mut width = widths(cells, headers);
    // comfy-table counts widths in u16; beyond that it wraps even here.
    if width.iter().any(|&w| w + 2 >= usize::from(u16::MAX)) {
        return None;
    }
    // A lower bound (padding included) that the content does not reach
    // sets the width.
    for (w, l) in width.iter_mut().zip(lower) {
        if let Some(l) = l.map(usize::from) {
            if *w + 2 <= l {
                *w = l.saturating_sub(2).max(1);
            }
        }
    }
    let lines: usize = rows.len() + 4;
    let line_len: usize = width.iter().map(|w| w + 3).sum::<usize>() * 3;
    let mut out = String::with_capacity(lines * line_len);
    border(&mut out, &width, ['┌', '─', '┬', '┐']);
    row(&mut out, headers, &width);
    border(&mut out, &width, ['╞', '═', '╪', '╡']);
    // Drawn on every core, a piece of rows each, joined in order.
    let pieces: Vec<String> = rows
        .par_chunks(ROWS_A_PIECE)
        .map(|piece| {
            let mut text = String::with_capacity(piece.len() * line_len);
            for r in piece {
                row(&mut text, r, &width);
            }
            text
        })
        .collect();
    for piece in pieces {
        out.push_str(&piece);
    }
    border(&mut out, &width, ['└', '─', '┴', '┘']);
    out.pop();
    Some(out)
}

fn border(out: &mut String, width: &[usize], [left, fill, junction, right]: [char; 4]) {
    out.push(left);
    for (i, w) in width.iter().enumerate() {
        if i > 0 {
            out.push(junction);
        }
        out.extend(std::iter::repeat_n(fill, w + 2));
    }
    out.push(right);
    out.push('\n');
}

/// One row: as many lines as its tallest cell, the others filled with
/// spaces; each line padded to the column's width, one space each side.
fn row(out: &mut String, cells: &[String], width: &[usize]) {
    let height = cells
        .iter()
        .map(|c| c.split('\n').count())
        .max()
        .unwrap_or(1);
    let mut parts: Vec<std::str::Split<'_, char>> = cells.iter().map(|c| c.split('\n')).collect();
    for _ in 0..height {
        out.push('│');
        for (i, (part, w)) in parts.iter_mut().zip(width).enumerate() {
            if i > 0 {
                out.push('┆');
            }
            match part.next() {
                Some(line) => {
                    out.push(' ');
                    out.push_str(line);
                    out.extend(std::iter::repeat_n(' ', w.saturating_sub(line.width()) + 1));
                }
                None => out.extend(std::iter::repeat_n(' ', w + 2)),
            }
        }
        out.push('│');
        out.push('\n');
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use comfy_table::presets::UTF8_FULL_CONDENSED;
    use comfy_table::{ColumnConstraint, ContentArrangement, Table, Width};

    fn comfy(headers: &[String], rows: &[Vec<String>], lower: &[Option<u16>]) -> String {
        let mut t = Table::new();
        t.load_style(UTF8_FULL_CONDENSED);
        t.set_content_arrangement(ContentArrangement::Disabled);
        t.set_header(headers);
        for r in rows {
            t.add_row(r);
        }
        for (c, l) in lower.iter().enumerate() {
            if let (Some(w), Some(column)) = (l, t.column_mut(c)) {
                column.set_constraint(ColumnConstraint::LowerBoundary(Width::Fixed(*w)));
            }
        }
        t.to_string()
    }

    fn strings(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn draws_what_comfy_table_draws() {
        let headers = strings(&[
            "ID",
            "Nhiệm vụ",
            "Cơ quan chủ trì",
            "Hạn",
            "Số ngày\nquá hạn",
        ]);
        let cells = [
            "",
            "x",
            "PL2.III.14",
            "Đẩy mạnh cải cách hành chính",
            "Hoàn thành trong tháng 6/2022",
            "dòng một\ndòng hai\nba",
            "31/12/2025",
            "漢字と絵文字 🎉",
            "e\u{301} combining",
            "ＦＵＬＬ　ＷＩＤＴＨ",
            "  spaces  ",
            "\\u{202E}",
            "…",
        ];
        let rows: Vec<Vec<String>> = (0..40)
            .map(|i| {
                (0..headers.len())
                    .map(|c| cells[(i * 7 + c * 3) % cells.len()].to_string())
                    .collect()
            })
            .collect();
        for lower in [
            vec![None; 5],
            vec![Some(12), None, Some(3), Some(40), None],
            vec![Some(1), Some(2), Some(0), None, Some(60)],
        ] {
            for n in [0, 1, 2, 40] {
                assert_eq!(
                    draw(&headers, &rows[..n], &lower).unwrap(),
                    comfy(&headers, &rows[..n], &lower),
                    "{n} rows, bounds {lower:?}"
                );
            }
        }
    }

    #[test]
    fn leaves_uneven_rows_to_comfy_table() {
        let headers = strings(&["a", "b"]);
        assert_eq!(draw(&headers, &[strings(&["x"])], &[None, None]), None);
        assert_eq!(draw(&[], &[], &[]), None);
    }
}
