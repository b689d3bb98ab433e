//! The CSV backend, for spreadsheets and people: RFC 4180, UTF-8, CRLF, an
//! optional byte-order mark, headers and words in the reader's language, ISO
//! dates, numbers with a decimal point, and no text cell a spreadsheet would
//! run as a formula.

use super::cells::{is_number, CellText, Medium};
use super::escape::csv_text;
use crate::document::{Cell, Table};
use crate::lang::Lang;

/// One table: the constant columns (the year, the date judged on) first, then
/// a group's cells, then the row's own.
pub fn csv(t: &Table, lang: Lang, bom: bool) -> Vec<u8> {
    let ct = CellText {
        lang,
        medium: Medium::Sheet,
    };
    let text = |c: &Cell| -> String {
        let s = ct.text(c);
        if is_number(c) {
            s
        } else {
            csv_text(&s).into_owned()
        }
    };
    let mut records: Vec<Vec<String>> = Vec::new();
    let header: Vec<String> = t
        .constants
        .iter()
        .map(|(c, _)| c)
        .chain(&t.group_columns)
        .chain(&t.columns)
        .map(|c| csv_text(c.label.text(lang)).into_owned())
        .collect();
    records.push(header);
    let constants: Vec<String> = t.constants.iter().map(|(_, v)| text(v)).collect();
    let blanks = vec![String::new(); t.group_columns.len()];
    for r in &t.rows {
        let mut rec = constants.clone();
        rec.extend(blanks.iter().cloned());
        rec.extend(r.iter().map(text));
        records.push(rec);
    }
    for g in &t.groups {
        let head: Vec<String> = g.cells.iter().map(text).collect();
        for r in &g.rows {
            let mut rec = constants.clone();
            rec.extend(head.iter().cloned());
            rec.extend(r.iter().map(text));
            records.push(rec);
        }
    }
    write(&records, bom)
}

fn write(records: &[Vec<String>], bom: bool) -> Vec<u8> {
    let mut out = Vec::new();
    if bom {
        out.extend_from_slice(b"\xEF\xBB\xBF");
    }
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(&mut out);
    for r in records {
        // Writing to memory cannot fail; a failure would only drop the row.
        let _ = w.write_record(r);
    }
    let _ = w.flush();
    drop(w);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::Word;

    #[test]
    fn quoting_bom_numbers_and_formulas() {
        let mut t = Table::new("t", &[Word::Name, Word::Value]);
        t.rows
            .push(vec![Cell::text("x, \"y\""), Cell::text("dòng 1\ndòng 2")]);
        t.rows.push(vec![Cell::text("-5"), Cell::Number(-5.0)]);
        let out = String::from_utf8(csv(&t, Lang::En, true)).unwrap();
        assert_eq!(
            out,
            "\u{feff}Name,Value\r\n\"x, \"\"y\"\"\",\"dòng 1\ndòng 2\"\r\n'-5,-5\r\n"
        );
    }
}
