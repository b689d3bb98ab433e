//! CSV for Excel: RFC 4180, UTF-8, a header row, an optional byte-order mark,
//! and no cell a spreadsheet would run as a formula.

use super::Listing;

pub fn csv(listing: &Listing, bom: bool) -> Vec<u8> {
    let mut out = Vec::new();
    if bom {
        out.extend_from_slice(b"\xEF\xBB\xBF");
    }
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(&mut out);
    w.write_record(listing.headers.iter().map(|h| neutralise(h).into_owned()))
        .expect("writing to memory");
    for r in &listing.rows {
        w.write_record(r.iter().map(|c| neutralise(c).into_owned()))
            .expect("writing to memory");
    }
    w.flush().expect("writing to memory");
    drop(w);
    out
}

/// A cell starting with `=`, `+`, `-`, `@`, tab or CR is run as a formula by
/// spreadsheets (CSV injection); a leading apostrophe makes it text.
pub fn neutralise(cell: &str) -> std::borrow::Cow<'_, str> {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}").into(),
        _ => cell.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised_and_text_is_not() {
        assert_eq!(neutralise("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(neutralise("-1"), "'-1");
        assert_eq!(neutralise("@SUM"), "'@SUM");
        assert_eq!(neutralise("Sở Xây dựng"), "Sở Xây dựng");
    }

    #[test]
    fn quoting_and_bom() {
        let mut l = Listing::new(&["a", "b"]);
        l.rows
            .push(vec!["x, \"y\"".into(), "dòng 1\ndòng 2".into()]);
        let out = String::from_utf8(csv(&l, true)).unwrap();
        assert_eq!(
            out,
            "\u{feff}a,b\r\n\"x, \"\"y\"\"\",\"dòng 1\ndòng 2\"\r\n"
        );
    }
}
