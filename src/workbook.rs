//! What every workbook `plan` writes shares (the agencies' forms, the annual
//! report as xlsx): Excel dates, rows tall enough for their wrapped text, and
//! A4 printing. LibreOffice does not grow the rows of an xlsx to fit wrapped
//! text as Excel does, so the heights are set here from the text's length.

use anyhow::{Context, Result};
use chrono::{Datelike, NaiveDate};
use rust_xlsxwriter::{ExcelDateTime, Worksheet};

/// The typeface of official documents (Decree 30/2020/NĐ-CP), in every
/// workbook and Word document `plan` writes.
pub const FONT: &str = "Times New Roman";

/// A date as Excel stores it (a serial number the cell's format shows).
pub fn excel_date(d: NaiveDate) -> Result<ExcelDateTime> {
    let year = u16::try_from(d.year()).context("internal: a date Excel cannot hold")?;
    ExcelDateTime::from_ymd(year, d.month() as u8, d.day() as u8)
        .context("internal: a date Excel cannot hold")
}

/// How many lines `text` takes in a column `width` characters wide, in
/// 12-point Times: a column of width w holds about 1.3·w characters.
pub fn lines_in(text: &str, width: f64) -> f64 {
    let per_line = (width * 1.3).max(1.0);
    text.split('\n')
        .map(|l| (l.chars().count() as f64 / per_line).ceil().max(1.0))
        .sum()
}

/// Row `r` as tall as its tallest cell: each `(text, column width)`.
pub fn fit_row(ws: &mut Worksheet, r: u32, cells: &[(&str, f64)]) -> Result<()> {
    let lines = cells
        .iter()
        .map(|(text, width)| lines_in(text, *width))
        .fold(1.0, f64::max);
    // Excel's row height has a ceiling of 409 points.
    ws.set_row_height(r, (16.0 * lines).min(409.0))?;
    Ok(())
}

/// A4, fitted to the page's width; a table repeats its header row on every
/// page and is printed landscape.
pub fn print_setup(ws: &mut Worksheet, table: bool) -> Result<()> {
    ws.set_paper_size(9);
    ws.set_print_fit_to_pages(1, 0);
    if table {
        ws.set_landscape();
        ws.set_repeat_rows(0, 0)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_text_and_line_breaks_take_more_lines() {
        assert_eq!(lines_in("", 10.0), 1.0);
        assert_eq!(lines_in("abc", 10.0), 1.0);
        assert_eq!(lines_in(&"x".repeat(27), 10.0), 3.0);
        assert_eq!(lines_in("a\nb\nc", 10.0), 3.0);
    }

    #[test]
    fn a_year_excel_cannot_hold_is_an_error_not_a_panic() {
        let far = NaiveDate::from_ymd_opt(-5, 1, 1).unwrap();
        assert!(excel_date(far).is_err());
        assert!(excel_date(NaiveDate::from_ymd_opt(2025, 12, 31).unwrap()).is_ok());
    }
}
