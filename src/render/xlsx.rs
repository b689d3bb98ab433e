//! The Excel backend: one sheet per table of the document, with typed cells
//! (numbers are numbers, dates Excel dates, shares percentages), so that a
//! Vietnamese-locale Excel never misreads a decimal point or a date as CSV
//! makes it do. Text is always written as text: a title that starts with "="
//! never becomes a formula.
//!
//! A sheet has the columns of the table's CSV (constants, then a group's
//! cells, then the row's own), a frozen header row with an autofilter, and
//! prints on A4 landscape, fitted to the page's width, the header repeated.

use super::cells::{CellText, Medium};
use crate::catalogue::{OrStop, Problem, Stop};
use crate::document::{Block, Cell, Document, Table};
use crate::lang::Lang;
use crate::workbook::{excel_date, fit_row, print_setup, FONT};
use anyhow::Result;
use rust_xlsxwriter::{Format, FormatAlign, FormatBorder, Workbook, Worksheet};

/// Column widths in characters: never narrower than a date, never so wide
/// that a title pushes the other columns off the page (it wraps instead).
const MIN_WIDTH: f64 = 6.0;
const MAX_WIDTH: f64 = 40.0;
/// A header may wrap onto two or three lines before it widens its column.
const HEADER_WIDTH: usize = 16;
/// The longest text an Excel cell holds.
const MAX_CELL_CHARS: usize = 32_767;

pub fn xlsx(doc: &Document, lang: Lang) -> Result<Vec<u8>> {
    let styles = Styles::new(lang);
    let mut wb = Workbook::new();
    let mut names: Vec<String> = Vec::new();
    // The headings named so far: the same heading twice gets " (2)".
    let mut seen: Vec<String> = Vec::new();
    // A table is named by the heading above it ("2. Nhiệm vụ"), else the title.
    let mut heading: Option<&str> = None;
    for block in &doc.blocks {
        match block {
            Block::Title(t) | Block::Heading(_, t) => heading = Some(t),
            Block::Table(t) => {
                let h = heading.unwrap_or(t.name);
                let name = sheet_name(h, &names, &seen);
                names.push(name.clone());
                seen.push(h.to_string());
                sheet(wb.add_worksheet(), &name, t, lang, &styles)?;
            }
            // A workbook does not draw: a chart is its numbers, on a sheet
            // named by its title.
            Block::Chart(c) => {
                let name = sheet_name(&c.title, &names, &seen);
                names.push(name.clone());
                seen.push(c.title.clone());
                sheet(wb.add_worksheet(), &name, &c.table(), lang, &styles)?;
            }
            Block::Paragraph(_) | Block::Lines(_) => {}
        }
    }
    if names.is_empty() {
        // A workbook needs a sheet; a document without tables gets an empty one.
        wb.add_worksheet();
    }
    wb.save_to_buffer().or_stop(lay_out)
}

struct Styles {
    header: Format,
    text: Format,
    integer: Format,
    number: Format,
    percent: Format,
    date: Format,
}

impl Styles {
    fn new(lang: Lang) -> Styles {
        let base = Format::new()
            .set_font_name(FONT)
            .set_font_size(12)
            .set_align(FormatAlign::Top)
            .set_border(FormatBorder::Thin);
        Styles {
            header: base
                .clone()
                .set_bold()
                .set_text_wrap()
                .set_background_color(0xD9E1F2),
            text: base.clone().set_text_wrap(),
            integer: base.clone().set_num_format("0"),
            // "General" shows the decimal separator of the reader's Excel.
            number: base.clone().set_num_format("General"),
            percent: base.clone().set_num_format("0.0%"),
            date: base
                .set_align(FormatAlign::Left)
                .set_num_format(match lang {
                    Lang::Vi => "dd/mm/yyyy",
                    Lang::En => "yyyy-mm-dd",
                }),
        }
    }
}

/// An Excel sheet name from a heading: at most 31 characters (UTF-16 units), none of
/// `[]:*?/\`, not starting or ending with an apostrophe, and unique without
/// regard to case (Excel refuses a workbook otherwise). `seen`: the headings
/// already named, whose names are `taken`.
fn sheet_name(heading: &str, taken: &[String], seen: &[String]) -> String {
    let clean = clean_heading(heading);
    let clean = clean.as_str();
    let base = if clean.is_empty() { "Sheet" } else { clean };
    let cut = cut_at_word;
    let is_taken = |n: &str| taken.iter().any(|t| t.to_lowercase() == n.to_lowercase());
    let first = cut(base, 31);
    let first = if first.is_empty() {
        "Sheet".to_string()
    } else {
        first
    };
    if !is_taken(&first) {
        return first;
    }
    // Two headings cut to the same words: keep what tells this one apart.
    let again = seen
        .iter()
        .any(|h| clean_heading(h).to_lowercase() == base.to_lowercase());
    if let Some(n) = head_and_tail(base, taken).filter(|n| !again && !is_taken(n)) {
        return n;
    }
    (2..)
        .map(|i| {
            let suffix = format!(" ({i})");
            format!("{}{suffix}", cut(base, 31 - suffix.len()))
        })
        .find(|n| !is_taken(n))
        .unwrap_or(first)
}

/// A heading without what Excel refuses in a sheet name: `[]:*?/\\` become
/// `-`, control characters spaces; no apostrophe or space at either end.
fn clean_heading(heading: &str) -> String {
    let clean: String = heading
        .chars()
        .map(|c| match c {
            '[' | ']' | ':' | '*' | '?' | '/' | '\\' => '-',
            c if c.is_control() => ' ',
            c => c,
        })
        .collect();
    clean.trim().trim_matches('\'').trim().to_string()
}

/// A heading whose cut collides with a sheet already named, as its first
/// words, "…", and the words after those it shares with that sheet
/// ("Tỷ lệ xã đạt… mới nâng cao"), in 31 UTF-16 units; a unit in brackets at
/// the end is left out. `None` when that does not fit.
fn head_and_tail(base: &str, taken: &[String]) -> Option<String> {
    let mut words: Vec<&str> = base.split_whitespace().collect();
    if words.len() > 1 && words.last().is_some_and(|w| w.ends_with(')')) {
        if let Some(open) = words.iter().rposition(|w| w.starts_with('(')) {
            words.truncate(open.max(1));
        }
    }
    let shared = taken
        .iter()
        .map(|t| {
            let head = t.split('…').next().unwrap_or_default();
            head.split_whitespace()
                .zip(&words)
                .take_while(|(a, b)| a.to_lowercase() == b.to_lowercase())
                .count()
        })
        .max()
        .unwrap_or(0);
    let tail = words.get(shared..).filter(|t| !t.is_empty())?.join(" ");
    let room = 31usize.checked_sub(tail.encode_utf16().count() + 2)?;
    let head = cut_at_word(&words[..shared].join(" "), room);
    let head = head.trim_end_matches('…');
    (!head.is_empty()).then(|| format!("{head}… {tail}"))
}

/// `s` in at most `n` UTF-16 units (Excel counts a character beyond the BMP
/// as two): whole when it fits, else cut after its last whole word with "…"
/// (mid-word only when the first word alone is too long).
fn cut_at_word(s: &str, n: usize) -> String {
    // A cut may leave an apostrophe last, which Excel refuses, or a dash or
    // comma that led to the words cut off.
    let tidy = |t: &str| {
        t.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '\'' | '–' | '-' | ',' | ';'))
            .to_string()
    };
    if s.encode_utf16().count() <= n {
        return s
            .trim_end_matches(|c: char| c.is_whitespace() || c == '\'')
            .to_string();
    }
    let mut units = 0;
    let kept: String = s
        .chars()
        .take_while(|c| {
            units += c.len_utf16();
            units < n
        })
        .collect();
    let next = s[kept.len()..].chars().next();
    let at_word = match next {
        Some(c) if !c.is_whitespace() => match kept.rfind(char::is_whitespace) {
            Some(i) if i > 0 => &kept[..i],
            _ => kept.as_str(),
        },
        _ => kept.as_str(),
    };
    let head = tidy(at_word);
    if head.is_empty() {
        String::new()
    } else {
        format!("{head}…")
    }
}

/// A cell as Excel writes it: its kind decides the style and the call.
enum Value {
    Blank,
    Text(String),
    Integer(f64),
    Number(f64),
    /// A fraction (0.74 for 74 %).
    Percent(f64),
    Date(chrono::NaiveDate),
}

fn value(cell: &Cell, ct: &CellText) -> Value {
    match cell {
        Cell::Empty => Value::Blank,
        // i64 beyond 2^53 loses digits as an Excel number; counts never get there.
        Cell::Integer(n) => Value::Integer(*n as f64),
        Cell::Number(v) if v.is_finite() => Value::Number(*v),
        Cell::Percent(v) if v.is_finite() => Value::Percent(v / 100.0),
        Cell::Date(d) => Value::Date(*d),
        other => Value::Text(ct.text(other)),
    }
}

/// How wide a value shows, in characters: its longest line.
fn shown_width(v: &Value, ct: &CellText) -> usize {
    match v {
        Value::Blank => 0,
        Value::Text(s) => s.lines().map(|l| l.chars().count()).max().unwrap_or(0),
        Value::Integer(n) | Value::Number(n) => ct.number(*n).chars().count(),
        Value::Percent(_) => 6,
        Value::Date(_) => 10,
    }
}

fn sheet(ws: &mut Worksheet, name: &str, t: &Table, lang: Lang, s: &Styles) -> Result<()> {
    ws.set_name(name)?;
    let ct = CellText {
        lang,
        medium: Medium::People,
    };
    let header: Vec<&str> = t
        .constants
        .iter()
        .map(|(c, _)| c)
        .chain(&t.group_columns)
        .chain(&t.columns)
        .map(|c| c.label.text(lang))
        .collect();
    let constants: Vec<&Cell> = t.constants.iter().map(|(_, v)| v).collect();
    let blanks: Vec<Cell> = vec![Cell::Empty; t.group_columns.len()];
    let rows = t.rows.iter().map(|r| (blanks.as_slice(), r)).chain(
        t.groups
            .iter()
            .flat_map(|g| g.rows.iter().map(move |r| (g.cells.as_slice(), r))),
    );
    let rows: Vec<Vec<Value>> = rows
        .map(|(head, own)| {
            constants
                .iter()
                .copied()
                .chain(head)
                .chain(own.iter())
                .map(|c| value(c, &ct))
                .collect()
        })
        .collect();
    let widths: Vec<f64> = (0..header.len())
        .map(|c| {
            let cells = rows
                .iter()
                .filter_map(|r| r.get(c))
                .map(|v| shown_width(v, &ct))
                .max()
                .unwrap_or(0);
            let head = header[c].chars().count().min(HEADER_WIDTH);
            ((cells.max(head) + 2) as f64).clamp(MIN_WIDTH, MAX_WIDTH)
        })
        .collect();
    for (c, (h, w)) in header.iter().zip(&widths).enumerate() {
        let c = col(c)?;
        ws.set_column_width(c, *w)?;
        ws.write_string_with_format(0, c, *h, &s.header)?;
    }
    let head_fit: Vec<(&str, f64)> = header.iter().copied().zip(widths.iter().copied()).collect();
    fit_row(ws, 0, &head_fit)?;
    for (i, r) in rows.iter().enumerate() {
        let row = u32::try_from(i + 1).or_stop(lay_out)?;
        let mut fit: Vec<(&str, f64)> = Vec::new();
        for (c, v) in r.iter().enumerate() {
            let width = widths.get(c).copied().unwrap_or(MIN_WIDTH);
            let c = col(c)?;
            match v {
                Value::Blank => ws.write_blank(row, c, &s.text).map(|_| ())?,
                Value::Text(text) => {
                    let text = fit_cell(text);
                    ws.write_string_with_format(row, c, text, &s.text)?;
                    fit.push((text, width));
                }
                Value::Integer(n) => ws
                    .write_number_with_format(row, c, *n, &s.integer)
                    .map(|_| ())?,
                Value::Number(n) => ws
                    .write_number_with_format(row, c, *n, &s.number)
                    .map(|_| ())?,
                Value::Percent(n) => ws
                    .write_number_with_format(row, c, *n, &s.percent)
                    .map(|_| ())?,
                Value::Date(d) => match excel_date(*d) {
                    Ok(x) => ws
                        .write_datetime_with_format(row, c, x, &s.date)
                        .map(|_| ())?,
                    // Before 1900 Excel has no dates: the date as text.
                    Err(_) => ws
                        .write_string_with_format(row, c, ct.date(*d), &s.text)
                        .map(|_| ())?,
                },
            }
        }
        fit_row(ws, row, &fit)?;
    }
    let last_row = u32::try_from(rows.len()).or_stop(lay_out)?;
    let last_col = col(header.len().saturating_sub(1))?;
    ws.set_freeze_panes(1, 0)?;
    ws.autofilter(0, 0, last_row, last_col)?;
    print_setup(ws, true)?;
    // "&" starts a code in Excel's page header: doubled, it is itself.
    ws.set_header(format!("&C&\"{FONT},Bold\"{}", name.replace('&', "&&")));
    ws.set_footer("&C&P/&N");
    Ok(())
}

fn lay_out() -> Stop {
    Problem::CannotLayOut { format: "xlsx" }.into()
}

fn col(c: usize) -> Result<u16> {
    u16::try_from(c).or_stop(lay_out)
}

/// Text cut to what an Excel cell holds (counted in UTF-16 units, as Excel
/// counts), on a character boundary.
fn fit_cell(text: &str) -> &str {
    let mut units = 0;
    for (i, c) in text.char_indices() {
        units += c.len_utf16();
        if units > MAX_CELL_CHARS {
            return &text[..i];
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sheet_names_are_ones_excel_accepts() {
        assert_eq!(sheet_name("2. Nhiệm vụ", &[], &[]), "2. Nhiệm vụ");
        assert_eq!(
            sheet_name("Tasks to 31/12/2025", &[], &[]),
            "Tasks to 31-12-2025"
        );
        assert_eq!(sheet_name("'[x]'", &[], &[]), "-x-");
        assert_eq!(sheet_name("  ", &[], &[]), "Sheet");
        let long = "Báo cáo tình hình thực hiện Kế hoạch 1165/QĐ-UBND";
        let first = sheet_name(long, &[], &[]);
        // Cut after the last whole word that fits, marked with "…".
        assert_eq!(first, "Báo cáo tình hình thực hiện Kế…");
        let second = sheet_name(long, std::slice::from_ref(&first), &[long.to_string()]);
        assert!(
            second.ends_with(" (2)") && second.chars().count() <= 31,
            "{second}"
        );
        assert_eq!(
            sheet_name("tasks", &["TASKS".into()], &["TASKS".into()]),
            "tasks (2)"
        );
        // Found by the property test: 𐨿 is two UTF-16 units, as Excel counts.
        let astral = "𐨿".repeat(20);
        let cut = sheet_name(&astral, &[], &[]);
        assert!(
            cut.encode_utf16().count() <= 31 && cut.ends_with('…'),
            "{cut}"
        );
        assert_eq!(
            sheet_name(&format!("{}'x", "a".repeat(30)), &[], &[]),
            format!("{}…", "a".repeat(30))
        );
        // Never mid-word when a word boundary is there; unique when the cut
        // names collide.
        let a = sheet_name("Nhiệm vụ quá hạn theo cơ quan chủ trì năm 2025", &[], &[]);
        assert_eq!(a, "Nhiệm vụ quá hạn theo cơ quan…");
        let b = sheet_name(
            "Nhiệm vụ quá hạn theo cơ quan phối hợp năm 2025",
            std::slice::from_ref(&a),
            &[],
        );
        assert!(b != a && b.encode_utf16().count() <= 31, "{b}");
        // What tells two cut headings apart is kept, not replaced by "(2)".
        let first = sheet_name("Tỷ lệ xã đạt chuẩn nông thôn mới (%)", &[], &[]);
        assert_eq!(first, "Tỷ lệ xã đạt chuẩn nông thôn…");
        let second = sheet_name(
            "Tỷ lệ xã đạt chuẩn nông thôn mới nâng cao (%)",
            std::slice::from_ref(&first),
            &[],
        );
        assert_eq!(second, "Tỷ lệ xã đạt… mới nâng cao");
        let third = sheet_name(
            "Tỷ lệ xã đạt chuẩn nông thôn mới kiểu mẫu (%)",
            &[first, second],
            &[],
        );
        assert_eq!(third, "Tỷ lệ xã đạt… mới kiểu mẫu");
    }

    #[test]
    fn a_date_excel_cannot_hold_is_written_as_text() {
        use calamine::{Data, Reader};
        use chrono::NaiveDate;
        let mut t = Table::new("t", &[crate::catalogue::Word::Due]);
        t.rows.push(vec![Cell::Date(
            NaiveDate::from_ymd_opt(1800, 1, 1).unwrap(),
        )]);
        t.rows.push(vec![Cell::Date(
            NaiveDate::from_ymd_opt(2025, 12, 31).unwrap(),
        )]);
        let mut doc = Document::new("t", "p", None, &());
        doc.push(Block::Table(t));
        let bytes = xlsx(&doc, Lang::Vi).unwrap();
        let mut wb: calamine::Xlsx<_> =
            calamine::open_workbook_from_rs(std::io::Cursor::new(bytes)).unwrap();
        let range = wb.worksheet_range("t").unwrap();
        assert_eq!(range.get((1, 0)), Some(&Data::String("01/01/1800".into())));
        assert!(matches!(range.get((2, 0)), Some(Data::DateTime(_))));
    }

    #[test]
    fn a_cell_is_cut_to_what_excel_holds_between_characters() {
        let long = "ệ".repeat(MAX_CELL_CHARS + 5);
        assert_eq!(fit_cell(&long).chars().count(), MAX_CELL_CHARS);
        assert_eq!(fit_cell("ngắn"), "ngắn");
        let astral = "𐨿".repeat(MAX_CELL_CHARS);
        assert_eq!(fit_cell(&astral).chars().count(), MAX_CELL_CHARS / 2);
    }
}
