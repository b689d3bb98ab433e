//! Output escaped for its medium (issue 10, section 5): hostile titles,
//! schedules and file names reach no terminal, Markdown document or
//! spreadsheet as anything but text.

mod common;

use common::Fixture;
use plan::catalogue::Word;
use plan::cli::Format;
use plan::document::{Block, Cell, Document, Group, Table};
use plan::lang::Lang;
use plan::render::Backend;

const TITLE: &str = "=HYPERLINK(\\\"http://x\\\") <script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror=alert(1)> a | b\\n# INJECTED\\n<script>";

/// The fixture with a hostile task title, schedule and section title, and a
/// negative actual (a number that must stay a number).
fn hostile() -> Fixture {
    Fixture::valid()
        .edit(
            "tasks/pl2-01.toml",
            "title = \"Hoàn thành quy hoạch phân khu.\"",
            &format!("title = \"{TITLE}\""),
        )
        .edit(
            "tasks/pl2-01.toml",
            "schedule = \"Năm 2023\"",
            "schedule = \"\u{a0}=1+1\\n\u{ff1d}SUM(A1)\"",
        )
        .edit(
            "tasks/pl2-01.toml",
            "title = \"Quy hoạch\"",
            "title = \"Quy hoạch\\n# INJECTED <b>\"",
        )
        .edit("progress/2023.toml", "value = 82.4", "value = -5")
}

fn out(f: &Fixture, args: &[&str]) -> String {
    let o = f.run(args);
    assert_eq!(o.code, 0, "plan {}: {}", args.join(" "), o.stderr);
    o.stdout
}

/// Every Markdown line is a heading, a table row, a bullet, a paragraph
/// that starts with text, or empty; no raw HTML or link gets through.
fn assert_markdown_holds(doc: &str) {
    for line in doc.lines() {
        assert!(
            !line.starts_with("# INJECTED") && !line.starts_with("## INJECTED"),
            "a value started a heading: {line}"
        );
        assert!(
            !line.contains("<script") && !line.contains("<img") && !line.contains("<b>"),
            "raw HTML: {line}"
        );
        assert!(!line.contains("[x](javascript:"), "a live link: {line}");
        if line.starts_with('|') {
            let mut n = 0;
            let mut escaped = false;
            for c in line.chars() {
                match c {
                    '\\' if !escaped => escaped = true,
                    '|' if !escaped => n += 1,
                    _ => escaped = false,
                }
            }
            assert!(n >= 3, "{line}");
        }
    }
    assert!(
        doc.contains("&lt;script&gt;"),
        "the title is still there, as text"
    );
}

#[test]
fn markdown_keeps_hostile_text_in_its_line_and_cell() {
    let f = hostile();
    for args in [
        &["overdue", "--as-of", "2025-01-01", "--format", "md"][..],
        &[
            "overdue",
            "--as-of",
            "2025-01-01",
            "--format",
            "md",
            "--by-agency",
        ],
        &["report", "--year", "2025", "--format", "md"],
        &["list", "--format", "md", "--as-of", "2025-01-01"],
        &["show", "PL2.I.6", "--format", "md"],
    ] {
        let doc = out(&f, args);
        assert_markdown_holds(&doc);
        // Every table row has its header's cell count.
        let mut width = None;
        for line in doc.lines() {
            if !line.starts_with('|') {
                width = None;
                continue;
            }
            let cells = line.replace("\\|", "").matches('|').count();
            match width {
                None => width = Some(cells),
                Some(w) => assert_eq!(cells, w, "{}: {line}", args.join(" ")),
            }
        }
    }
}

#[test]
fn csv_neutralises_formulas_and_keeps_numbers() {
    let f = hostile();
    let list = out(&f, &["list", "--format", "csv", "--as-of", "2025-01-01"]);
    let mut rdr = csv::Reader::from_reader(list.as_bytes());
    let rows: Vec<csv::StringRecord> = rdr.records().map(|r| r.unwrap()).collect();
    let row = rows.iter().find(|r| &r[1] == "PL2.I.6").unwrap();
    assert!(row[2].starts_with("'=HYPERLINK"), "{:?}", &row[2]);
    assert!(row[4].starts_with("'\u{a0}=1+1"), "{:?}", &row[4]);
    let targets = out(&f, &["targets", "--year", "2023", "--format", "csv"]);
    let mut rdr = csv::Reader::from_reader(targets.as_bytes());
    let rows: Vec<csv::StringRecord> = rdr.records().map(|r| r.unwrap()).collect();
    let gdp = rows.iter().find(|r| &r[1] == "grdp-per-capita").unwrap();
    // The actual of the year: a negative number is a number, not text.
    assert_eq!(&gdp[7], "-5");
    for r in &rows {
        for cell in r.iter() {
            assert!(!cell.starts_with("'-5"), "{r:?}");
        }
    }
}

#[test]
fn the_terminal_never_receives_a_control_character() {
    let f = hostile();
    let table = out(&f, &["overdue", "--as-of", "2025-01-01"]);
    assert!(!table.contains('\u{1b}'));
    // A file named with escape sequences is named with visible escapes.
    let name = "tasks/a\u{1b}]0;pwn\u{7}b.toml";
    let f = Fixture::valid().write(name, b"[section]\nid = 5\n");
    let v = f.run(&["validate", "--lang", "en"]);
    assert_eq!(v.code, 1);
    let all = v.stdout + &v.stderr;
    assert!(!all.contains('\u{1b}') && !all.contains('\u{7}'), "{all}");
    assert!(all.contains("a\\u{1B}]0;pwn\\u{7}b.toml"), "{all}");
}

/// Text the loader may one day let through (it refuses most of it today):
/// every backend escapes it whatever the model holds.
#[test]
fn every_backend_escapes_hidden_characters() {
    let hostile = "a\u{1b}[2J\u{7}b\u{202e}c\u{200b}d\u{ad}e\u{2028}f\u{feff}g\u{e0041}h\r\ni";
    let mut t = Table::new("t", &[Word::TaskId, Word::Task]);
    t.rows
        .push(vec![Cell::Id("X.1".into()), Cell::text(hostile)]);
    t.groups.push(Group {
        heading: hostile.into(),
        cells: vec![Cell::text(hostile)],
        rows: vec![vec![Cell::Id("X.2".into()), Cell::text(hostile)]].into(),
    });
    let mut doc = Document::new("list", hostile, None, &hostile);
    doc.push(Block::Title(hostile.into()))
        .push(Block::Heading(2, hostile.into()))
        .push(Block::Paragraph(hostile.into()))
        .push(Block::Lines(vec![hostile.into()]))
        .push(Block::Table(t));
    for (format, width) in [
        (Format::Table, Some(60)),
        (Format::Table, None),
        (Format::Md, None),
    ] {
        let bytes = Backend::new(format, width, false)
            .render(&doc, Lang::Vi)
            .unwrap();
        let text = String::from_utf8(bytes).unwrap();
        for c in [
            '\u{1b}',
            '\u{7}',
            '\u{202e}',
            '\u{200b}',
            '\u{ad}',
            '\u{2028}',
            '\u{feff}',
            '\u{e0041}',
            '\r',
        ] {
            assert!(
                !text.contains(c),
                "{format:?} let U+{:04X} through:\n{text}",
                c as u32
            );
        }
        assert!(text.contains("\\u{202E}"), "{format:?}: shown, not dropped");
    }
    // JSON keeps the data faithful, escaped by JSON's own rules.
    let json = Backend::Json.render(&doc, Lang::Vi).unwrap();
    let v: serde_json::Value = serde_json::from_slice(&json).unwrap();
    assert_eq!(v["plan"], hostile);
    assert!(!json.contains(&0x1b));
}

mod any_text {
    use super::*;
    use plan::render::escape::is_hidden;
    use proptest::prelude::*;

    fn doc_of(text: &str) -> Document<'static> {
        let mut t = Table::new("t", &[Word::TaskId, Word::Task]);
        t.rows.push(vec![Cell::Id("X.1".into()), Cell::text(text)]);
        let mut doc = Document::new("list", "p", None, &());
        doc.push(Block::Title(text.into()))
            .push(Block::Paragraph(text.into()))
            .push(Block::Lines(vec![text.into()]))
            .push(Block::Table(t));
        doc
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

        /// Whatever a text holds, the terminal gets no hidden character,
        /// Markdown no tag, no live link, and a table row of two cells, and
        /// the HTML page no tag of its own.
        #[test]
        fn any_text_stays_text(text in "\\PC{0,40}|[<>&|\\[\\]()\\n\\r\\t\u{1b}\u{202e}\u{200b}#=-]{0,40}") {
            let doc = doc_of(&text);
            let term = String::from_utf8(Backend::Terminal(Some(80)).render(&doc, Lang::Vi).unwrap()).unwrap();
            prop_assert!(!term.chars().any(|c| is_hidden(c) && c != '\n'), "{term:?}");
            let md = String::from_utf8(Backend::Markdown.render(&doc, Lang::Vi).unwrap()).unwrap();
            prop_assert!(!md.replace("<br>", "").contains('<'), "{md:?}");
            let rows: Vec<&str> = md.lines().filter(|l| l.starts_with("| X.1")).collect();
            prop_assert_eq!(rows.len(), 1, "{}", md);
            prop_assert_eq!(rows[0].replace("\\\\", "").replace("\\|", "").matches('|').count(), 3, "{}", md);
            // Every line of the document starts as a document line does.
            for line in md.lines() {
                prop_assert!(
                    line.is_empty() || line.starts_with("# ") || line.starts_with("- ") || line.starts_with('|')
                        || !line.starts_with(['#', '-', '+', '*', '=', '~', '>']),
                    "{line:?}"
                );
            }
            // The HTML page has the same tags as for a harmless text: the
            // text opens none (line breaks aside, which are `<br>`).
            let tags = |d: &Document| {
                String::from_utf8(Backend::Html.render(d, Lang::Vi).unwrap())
                    .unwrap()
                    .replace("<br>", "")
                    .matches('<')
                    .count()
            };
            prop_assert_eq!(tags(&doc), tags(&doc_of("x")));
            let csv = Backend::Csv { bom: false }.render(&doc, Lang::Vi).unwrap();
            let mut rdr = csv::Reader::from_reader(csv.as_slice());
            let row = rdr.records().next().unwrap().unwrap();
            let cell = row[1].to_string();
            let first = cell.trim_start().chars().next();
            prop_assert!(
                cell.starts_with('\'') || !first.is_some_and(|c| "=+-@＝＋－＠".contains(c)),
                "{cell:?}"
            );
        }
    }
}
