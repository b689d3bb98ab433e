//! Tables for a terminal: one column shortened with "…" so rows fit the width.

use super::Listing;
use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{ContentArrangement, Table};

/// Other columns are wrapped at this many characters before the shortened
/// column gives up room.
const WRAP: usize = 20;

/// Above this many rows a table is laid out one line a row.
const MANY: usize = 2000;

/// `width` is the terminal's width, or `None` for no limit.
pub fn table(listing: &Listing, width: Option<u16>) -> String {
    let mut rows = listing.rows.clone();
    if let (Some(col), Some(width)) = (listing.shorten, width) {
        // Room left for the shortened column once the others have their widest
        // cell, counting at most WRAP characters: longer cells wrap instead.
        let others: usize = (0..listing.headers.len())
            .filter(|&c| c != col)
            .map(|c| {
                std::iter::once(&listing.headers[c])
                    .chain(rows.iter().map(|r| &r[c]))
                    .flat_map(|s| s.lines())
                    .map(|l| l.chars().count())
                    .max()
                    .unwrap_or(0)
                    .min(WRAP)
                    + 3
            })
            .sum();
        let room = (width as usize).saturating_sub(others + 4).max(20);
        if rows.len() > MANY {
            // One line a row: every other column cut to its share too.
            for r in &mut rows {
                for (c, cell) in r.iter_mut().enumerate() {
                    *cell = shorten(cell, if c == col { room } else { WRAP });
                }
            }
        } else {
            // Two lines of the column's width: enough to recognise a task.
            for r in &mut rows {
                r[col] = shorten(&r[col], room * 2);
            }
        }
    }
    let mut t = Table::new();
    t.load_style(UTF8_FULL_CONDENSED);
    match width {
        // Laying out thousands of rows to wrap cells costs more than the rows
        // are worth on a screen; they were cut to one line above.
        Some(_) if rows.len() > MANY => {
            t.set_content_arrangement(ContentArrangement::Disabled);
        }
        Some(w) => {
            t.set_content_arrangement(ContentArrangement::Dynamic);
            t.set_width(w);
        }
        None => {
            t.set_content_arrangement(ContentArrangement::Disabled);
        }
    }
    t.set_header(&listing.headers);
    for r in rows {
        t.add_row(r);
    }
    t.to_string() + "\n"
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
}
