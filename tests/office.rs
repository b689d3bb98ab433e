//! The annual report as an Excel workbook and a Word document, read back by
//! readers other than the writers (calamine, docx-rs's reader, and Python's
//! openpyxl and python-docx where installed) and compared cell by cell with
//! the JSON report: both are backends of one document, so they cannot
//! disagree with it.

mod common;

use calamine::{open_workbook_from_rs, Data, DataType, Reader, Xlsx};
use common::{repo, run_in, Fixture};
use plan::catalogue::Word;
use plan::compose::report::TABLES;
use plan::lang::Lang;
use plan::status::Status;
use serde_json::Value;
use std::io::Cursor;
use std::path::Path;

type Sheet = (String, Vec<Vec<Data>>);

fn sheets(bytes: &[u8]) -> Vec<Sheet> {
    let mut wb: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes.to_vec())).unwrap();
    wb.sheet_names()
        .into_iter()
        .map(|name| {
            let range = wb.worksheet_range(&name).unwrap();
            let rows = range.rows().map(|r| r.to_vec()).collect();
            (name, rows)
        })
        .collect()
}

/// A docx as its paragraphs' text and its tables (rows of cells' text), in
/// the order of the document, read with docx-rs's own reader.
#[derive(Debug, Default)]
struct WordText {
    paragraphs: Vec<String>,
    tables: Vec<Vec<Vec<String>>>,
}

fn paragraph_text(p: &docx_rs::Paragraph) -> String {
    p.raw_text()
}

fn cell_text(c: &docx_rs::TableCell) -> String {
    c.children
        .iter()
        .filter_map(|c| match c {
            docx_rs::TableCellContent::Paragraph(p) => Some(paragraph_text(p)),
            _ => None,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn word_text(bytes: &[u8]) -> WordText {
    let d = docx_rs::read_docx(bytes).unwrap();
    let mut out = WordText::default();
    for child in &d.document.children {
        match child {
            docx_rs::DocumentChild::Paragraph(p) => out.paragraphs.push(paragraph_text(p)),
            docx_rs::DocumentChild::Table(t) => out.tables.push(
                t.rows
                    .iter()
                    .map(|docx_rs::TableChild::TableRow(r)| {
                        r.cells
                            .iter()
                            .map(|docx_rs::TableRowChild::TableCell(c)| cell_text(c))
                            .collect()
                    })
                    .collect(),
            ),
            _ => {}
        }
    }
    out
}

fn report(dir: &Path, plan: &str, format: &str, extra: &[&str]) -> Vec<u8> {
    let out = tempfile::tempdir().unwrap();
    let file = out.path().join(format!("r.{format}"));
    let file_s = file.display().to_string();
    let mut args = vec![
        "--dir", plan, "report", "--year", "2025", "--format", format, "--out", &file_s,
    ];
    args.extend_from_slice(extra);
    let r = run_in(dir, &args);
    assert_eq!(r.code, 0, "{}", r.transcript());
    std::fs::read(&file).unwrap()
}

fn json(dir: &Path, plan: &str, extra: &[&str]) -> Value {
    let mut args = vec![
        "--dir", plan, "report", "--year", "2025", "--format", "json",
    ];
    args.extend_from_slice(extra);
    let r = run_in(dir, &args);
    assert_eq!(r.code, 0, "{}", r.transcript());
    serde_json::from_str::<Value>(&r.stdout).unwrap()["data"].clone()
}

fn status_word(code: &Value, lang: Lang) -> &'static str {
    let s = Status::ALL
        .iter()
        .find(|s| serde_json::to_value(s).unwrap() == *code)
        .unwrap_or_else(|| panic!("unknown status {code}"));
    Word::StatusWord(*s).text(lang)
}

fn num(d: &Data) -> Option<f64> {
    match d {
        Data::Float(f) => Some(*f),
        Data::Int(i) => Some(*i as f64),
        _ => None,
    }
}

fn text(d: &Data) -> String {
    match d {
        Data::String(s) => s.clone(),
        Data::Empty => String::new(),
        other => panic!("expected text, found {other:?}"),
    }
}

fn column(sheet: &Sheet, header: &str) -> usize {
    sheet.1[0]
        .iter()
        .position(|h| text(h) == header)
        .unwrap_or_else(|| panic!("no column {header:?} in {}", sheet.0))
}

/// The row whose column `col` holds `id`; exactly one.
fn row<'s>(sheet: &'s Sheet, col: usize, id: &str) -> &'s [Data] {
    let rows: Vec<_> = sheet.1[1..]
        .iter()
        .filter(|r| matches!(&r[col], Data::String(s) if s == id))
        .collect();
    assert_eq!(rows.len(), 1, "{id} in {}", sheet.0);
    rows[0]
}

fn close(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => (a - b).abs() < 1e-9,
        (None, None) => true,
        _ => false,
    }
}

/// Every table of the report, cell by cell against JSON, for a plan and a language.
/// The name a reader of `lang` is shown for agency `id`: its `name_en` in
/// English where the plan has one (JSON keeps the decision's name).
fn shown_name(dir: &Path, plan: &str, id: &str, lang: Lang) -> String {
    let r = run_in(dir, &["--dir", plan, "agencies", "--format", "json"]);
    let v: Value = serde_json::from_str(&r.stdout).unwrap();
    let a = v["data"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["id"] == id)
        .unwrap()
        .clone();
    match (lang, a["name_en"].as_str()) {
        (Lang::En, Some(en)) => en.to_string(),
        _ => a["name"].as_str().unwrap().to_string(),
    }
}

fn xlsx_agrees_with_json(dir: &Path, plan: &str, lang: Lang) {
    let code = match lang {
        Lang::Vi => "vi",
        Lang::En => "en",
    };
    let j = json(dir, plan, &["--lang", code]);
    let s = sheets(&report(dir, plan, "xlsx", &["--lang", code]));
    // One sheet per table, in the report's order (no comparison without --compare).
    let at = |name: &str| TABLES.iter().position(|t| *t == name).unwrap();
    // Then the tasks' history and each chart's numbers on sheets of their own.
    assert!(
        s.len() > at("difficulties") + 1,
        "one sheet per table and chart"
    );
    let w = |w: Word| w.text(lang);

    // Summary: the whole plan, then each section; counts are numbers, the
    // overdue share a fraction shown as a percentage.
    let sum = &s[0];
    let section = column(sum, w(Word::Section));
    let keys = [
        (Word::Total, "total"),
        (Word::DueCount, "due"),
        (Word::StatusWord(Status::DoneOnTime), "done_on_time"),
        (Word::StatusWord(Status::Overdue), "overdue"),
        (Word::StatusWord(Status::Ongoing), "ongoing"),
    ];
    let check_counts = |r: &[Data], v: &Value| {
        for (word, key) in keys {
            assert_eq!(num(&r[column(sum, w(word))]), v[key].as_f64(), "{key}");
        }
        let share = num(&r[column(sum, w(Word::OverdueShare))]);
        assert!(
            close(share, v["overdue_share"].as_f64().map(|p| p / 100.0)),
            "{share:?} against {}",
            v["overdue_share"]
        );
    };
    check_counts(row(sum, section, w(Word::WholePlan)), &j["summary"]);
    for sec in j["summary"]["sections"].as_array().unwrap() {
        check_counts(row(sum, section, sec["id"].as_str().unwrap()), sec);
    }

    // Tasks: one row each, title, status in words, the due date an Excel date.
    let tasks = &s[at("tasks")];
    let jt = j["tasks"].as_array().unwrap();
    assert_eq!(tasks.1.len() - 1, jt.len());
    let id = column(tasks, w(Word::TaskId));
    for t in jt {
        let r = row(tasks, id, t["id"].as_str().unwrap());
        assert_eq!(
            text(&r[column(tasks, w(Word::Task))]),
            t["title"].as_str().unwrap()
        );
        // The status, and for a recurring task the year's report under it.
        let status = text(&r[column(tasks, w(Word::Status))]);
        assert_eq!(status.lines().next(), Some(status_word(&t["status"], lang)));
        assert_eq!(
            text(&r[column(tasks, w(Word::Section))]),
            t["section"].as_str().unwrap()
        );
        if let Some(due) = t["due"].as_str() {
            let cell = &r[column(tasks, w(Word::Due))];
            assert_eq!(
                cell.as_date().map(|d| d.to_string()).as_deref(),
                Some(due),
                "{} due {cell:?}",
                t["id"]
            );
        }
    }

    // Indicators: a row per target, figures as numbers.
    let ind = &s[at("indicators")];
    let ji = j["indicators"].as_array().unwrap();
    let targets: usize = ji
        .iter()
        .map(|i| i["targets"].as_array().unwrap().len())
        .sum();
    assert_eq!(ind.1.len() - 1, targets);
    let code_col = column(ind, w(Word::Code));
    let mut next = 1;
    for i in ji {
        for t in i["targets"].as_array().unwrap() {
            let r = &ind.1[next];
            next += 1;
            assert_eq!(text(&r[code_col]), i["id"].as_str().unwrap());
            assert!(close(
                num(&r[column(ind, w(Word::Actual))]),
                i["actual"].as_f64()
            ));
            assert!(close(
                num(&r[column(ind, w(Word::ActualPreviousYear))]),
                i["actual_previous_year"].as_f64()
            ));
            assert!(close(
                num(&r[column(ind, w(Word::FigureJudged))]),
                t["actual"].as_f64()
            ));
            if let Some(v) = t["value"].as_f64() {
                assert!(close(num(&r[column(ind, w(Word::Target))]), Some(v)));
            }
        }
    }

    // The agencies' scorecard: counts and rates as numbers, the day a
    // report came as a date.
    let ag = &s[at("scorecard")];
    let ja = j["scorecard"].as_array().unwrap();
    assert_eq!(ag.1.len() - 1, ja.len());
    let code_col = column(ag, w(Word::Code));
    for a in ja {
        let r = row(ag, code_col, a["id"].as_str().unwrap());
        assert_eq!(
            text(&r[column(ag, w(Word::Agency))]),
            shown_name(dir, plan, a["id"].as_str().unwrap(), lang)
        );
        for (word, key) in [
            (Word::DueCount, "due"),
            (Word::StatusWord(Status::DoneOnTime), "done_on_time"),
            (Word::StatusWord(Status::Overdue), "overdue"),
        ] {
            assert_eq!(num(&r[column(ag, w(word))]), a[key].as_f64(), "{key}");
        }
        let on = r[column(ag, w(Word::ReceivedOn))].as_date();
        assert_eq!(
            on.map(|d| d.to_string()).as_deref(),
            a["received_on"].as_str()
        );
    }
    // Recurring tasks and difficulties: a row each.
    assert_eq!(
        s[at("recurring")].1.len() - 1,
        j["recurring"].as_array().unwrap().len()
    );
    let diff = &s[at("difficulties")];
    let jd = j["difficulties"].as_array().unwrap();
    assert_eq!(diff.1.len() - 1, jd.len());
    for (r, d) in diff.1[1..].iter().zip(jd) {
        let dates: Vec<String> = r
            .iter()
            .filter(|c| matches!(c, Data::DateTime(_)))
            .filter_map(|c| c.as_date())
            .map(|d| d.to_string())
            .collect();
        assert_eq!(dates, vec![d["on"].as_str().unwrap().to_string()]);
    }
}

#[test]
fn the_workbook_agrees_with_json_cell_by_cell() {
    xlsx_agrees_with_json(&repo(), "plan", Lang::Vi);
    xlsx_agrees_with_json(&repo(), "examples/plan", Lang::Vi);
    xlsx_agrees_with_json(&repo(), "examples/plan", Lang::En);
}

#[test]
fn the_word_document_agrees_with_json() {
    for (plan, lang, code) in [
        ("plan", Lang::Vi, "vi"),
        ("examples/plan", Lang::Vi, "vi"),
        ("examples/plan", Lang::En, "en"),
    ] {
        let j = json(&repo(), plan, &["--lang", code]);
        let d = word_text(&report(&repo(), plan, "docx", &["--lang", code]));
        // The letterhead, the signature, then every table as the appendix.
        let at = |name: &str| 2 + TABLES.iter().position(|t| *t == name).unwrap();
        assert!(d.tables.len() > at("difficulties") + 1, "{plan} {code}");
        let summary = &d.tables[at("summary")];
        let whole = summary
            .iter()
            .find(|r| r[0] == Word::WholePlan.text(lang))
            .unwrap();
        let col = |w: Word| summary[0].iter().position(|h| h == w.text(lang)).unwrap();
        assert_eq!(whole[col(Word::Total)], j["summary"]["total"].to_string());
        assert_eq!(whole[col(Word::DueCount)], j["summary"]["due"].to_string());
        // Every task once, with its title and its status in words.
        let tasks = &d.tables[at("tasks")];
        for t in j["tasks"].as_array().unwrap() {
            let rows: Vec<_> = tasks
                .iter()
                .filter(|r| r[0] == t["id"].as_str().unwrap())
                .collect();
            assert_eq!(rows.len(), 1, "{}", t["id"]);
            assert_eq!(rows[0][1], t["title"].as_str().unwrap());
            assert_eq!(
                rows[0][6].lines().next(),
                Some(status_word(&t["status"], lang))
            );
        }
        let agencies = &d.tables[at("scorecard")];
        for a in j["scorecard"].as_array().unwrap() {
            let r = agencies
                .iter()
                .find(|r| r[0] == a["id"].as_str().unwrap())
                .unwrap();
            assert_eq!(
                r[1],
                shown_name(&repo(), plan, a["id"].as_str().unwrap(), lang)
            );
            assert_eq!(r[2], a["due"].to_string());
        }
        // The summary as sentences, on the first page.
        let total = format!("{}", j["summary"]["total"]);
        assert!(
            d.paragraphs
                .iter()
                .any(|p| p.contains("2025") && p.contains(&total)),
            "{:?}",
            d.paragraphs
        );
    }
}

/// The Word report's "Nơi nhận" and signature cells, as the tests give them
/// (by flags or by plan.toml's `[report]`).
fn assert_signed_as_the_examples_say(sign: &[String]) {
    assert_eq!(
        sign[0],
        "Nơi nhận:\n- UBND tỉnh (b/c);\n- Các sở, ban, ngành;\n- Lưu: VT."
    );
    assert!(
        sign[1].starts_with("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC"),
        "{sign:?}"
    );
    assert!(sign[1].ends_with("Nguyễn Văn A"), "{sign:?}");
}

#[test]
fn the_word_document_is_laid_out_as_an_administrative_report() {
    let f = Fixture::example();
    let bytes = {
        let out = f.dir.path().join("r.docx");
        let r = f.run(&[
            "report",
            "--year",
            "2025",
            "--format",
            "docx",
            "--out",
            out.to_str().unwrap(),
            "--number",
            "125/BC-SKHĐT",
            "--place",
            "Khánh Hòa",
            "--dated",
            "05/01/2026",
            "--recipient",
            "UBND tỉnh (b/c)",
            "--recipient",
            "Các sở, ban, ngành",
            "--signer-title",
            "KT. Giám đốc\\nPhó Giám đốc",
            "--signer",
            "Nguyễn Văn A",
        ]);
        assert_eq!(r.code, 0, "{}", r.transcript());
        std::fs::read(out).unwrap()
    };
    let d = word_text(&bytes);
    let head = &d.tables[0][0];
    // Issuer and number on the left, from the plan and the flags.
    assert!(
        head[0].starts_with("ỦY BAN NHÂN DÂN TỈNH\nSỞ TÀI CHÍNH"),
        "{head:?}"
    );
    assert!(head[0].contains("Số: 125/BC-SKHĐT"), "{head:?}");
    // National title, motto, place and date on the right.
    assert!(head[1].starts_with("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"));
    assert!(
        head[1].contains("Khánh Hòa, ngày 05 tháng 01 năm 2026"),
        "{head:?}"
    );
    // The kind of document and its subject.
    let title = d.paragraphs.iter().position(|p| p == "BÁO CÁO").unwrap();
    assert!(d.paragraphs[title + 1].starts_with("Tình hình thực hiện Kế hoạch"));
    // Recipients and signature.
    let sign = &d.tables[1][0];
    assert_signed_as_the_examples_say(sign);

    // Times New Roman, A4 with the decree's margins, read from the XML: the
    // report portrait, its appendix of tables landscape.
    let doc = docx_rs::read_docx(&bytes).unwrap();
    let sp = &doc.document.section_property;
    let json = serde_json::to_value(sp).unwrap();
    assert_eq!(json["pageSize"]["w"], 16838, "{json}");
    assert_eq!(json["pageSize"]["h"], 11906);
    assert_eq!(json["pageMargin"]["top"], 1134);
    assert_eq!(json["pageMargin"]["left"], 1701);
    assert_eq!(json["pageMargin"]["right"], 851);
    let body = serde_json::to_string(&doc.document).unwrap();
    assert!(
        body.contains(r#""pageSize":{"w":11906,"h":16838"#),
        "no portrait section"
    );
    assert!(serde_json::to_string(&doc.styles)
        .unwrap()
        .contains("Times New Roman"));
}

#[test]
fn placeholders_stand_where_nothing_was_given_and_english_is_plain() {
    let d = word_text(&report(&repo(), "examples/plan", "docx", &[]));
    let head = &d.tables[0][0];
    assert!(head[0].contains("Số:        /BC-……"), "{head:?}");
    assert!(head[1].contains("……, ngày …… tháng …… năm ……"), "{head:?}");
    assert!(d.tables[1][0][1].contains("……"));
    let en = word_text(&report(&repo(), "examples/plan", "docx", &["--lang", "en"]));
    let head = &en.tables[0][0];
    assert!(
        !head[1].contains("CỘNG HÒA") && !head[1].contains("SOCIALIST"),
        "{head:?}"
    );
    // The title as it is: no "BÁO CÁO" line above it.
    assert!(
        en.paragraphs
            .iter()
            .any(|p| p == "Implementation report of plan VÍ-DỤ/QĐ-UBND for 2025"),
        "{:?}",
        en.paragraphs
    );
    assert!(en.tables[1][0][0].starts_with("Recipients:"));
}

#[test]
fn text_that_looks_like_a_formula_stays_text() {
    let f = Fixture::example().edit(
        "tasks/pl1.toml",
        "title = \"Rà soát và triển khai thực hiện đồng bộ các nhiệm vụ, giải pháp nhằm hoàn thành chỉ tiêu về tăng trưởng kinh tế.\"",
        "title = \"=HYPERLINK(\\\"http://x\\\",\\\"y\\\")+1\"",
    );
    let out = f.dir.path().join("r.xlsx");
    let r = f.run(&[
        "report",
        "--year",
        "2025",
        "--format",
        "xlsx",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    let s = sheets(&std::fs::read(&out).unwrap());
    let tasks = &s[1];
    let r = row(tasks, column(tasks, "ID"), "PL1.1");
    assert_eq!(
        text(&r[column(tasks, "Nhiệm vụ")]),
        "=HYPERLINK(\"http://x\",\"y\")+1"
    );
    // No formula anywhere in the workbook's XML.
    let mut zip = zip::ZipArchive::new(Cursor::new(std::fs::read(&out).unwrap())).unwrap();
    for i in 0..zip.len() {
        let mut part = zip.by_index(i).unwrap();
        let mut xml = String::new();
        std::io::Read::read_to_string(&mut part, &mut xml).unwrap();
        assert!(!xml.contains("<f>"), "a formula in {:?}", part.name());
    }
}

#[test]
fn office_files_are_refused_on_a_terminal_and_by_commands_without_out() {
    let f = Fixture::example();
    for format in ["xlsx", "docx"] {
        let r = f.run(&[
            "--lang", "en", "report", "--year", "2025", "--format", format,
        ]);
        assert_eq!(r.code, 2, "{}", r.transcript());
        assert!(r.stdout.is_empty());
        assert!(
            r.stderr
                .contains(&format!("--format {format} writes a file"))
                && r.stderr.contains(&format!("add --out report.{format}")),
            "{}",
            r.stderr
        );
        // In Vietnamese, a file name an analyst would type (as the README's).
        let vi = f.run(&["report", "--year", "2025", "--format", format]);
        assert!(
            vi.stderr.contains(&format!("--out bao-cao.{format}")),
            "{}",
            vi.stderr
        );
        let r = f.run(&["--lang", "en", "list", "--format", format]);
        assert_eq!(r.code, 2, "{}", r.transcript());
        assert!(
            r.stderr.contains("written by `plan report` only"),
            "{}",
            r.stderr
        );
    }
    // Through a pipe (`--out -`), the bytes go to standard output.
    let mut cmd = assert_cmd::Command::cargo_bin("plan").unwrap();
    let out = cmd
        .current_dir(f.dir.path())
        .args([
            "--dir", "plan", "report", "--year", "2025", "--format", "xlsx", "--out", "-",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.starts_with(b"PK"));
    assert!(sheets(&out.stdout).len() >= TABLES.len() - 1);
}

/// Python's openpyxl and python-docx, readers written by other people, open
/// both files and find the same values. CI installs them and sets
/// PLAN_REQUIRE_OFFICE_PY; elsewhere the test says it was skipped.
#[test]
fn python_readers_open_both_files() {
    let have = std::process::Command::new("python3")
        .args(["-c", "import openpyxl, docx"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !have {
        assert!(
            std::env::var_os("PLAN_REQUIRE_OFFICE_PY").is_none(),
            "openpyxl and python-docx are required here (PLAN_REQUIRE_OFFICE_PY): pip install openpyxl python-docx"
        );
        eprintln!("skipped: Python's openpyxl or python-docx is not installed");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let x = dir.path().join("r.xlsx");
    let d = dir.path().join("r.docx");
    std::fs::write(&x, report(&repo(), "examples/plan", "xlsx", &[])).unwrap();
    std::fs::write(&d, report(&repo(), "examples/plan", "docx", &[])).unwrap();
    let j = json(&repo(), "examples/plan", &[]);
    let script = r#"
import sys, json, datetime, openpyxl, docx
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb.worksheets[int(sys.argv[3])]
head = [c.value for c in ws[1]]
col = head.index("Ngày nhận") + 1
rows = {r[1]: dict(zip(head, r)) for r in ws.iter_rows(min_row=2, values_only=True)}
out = {"sheets": len(wb.worksheets),
       "frozen": ws.freeze_panes,
       "filter": ws.auto_filter.ref,
       "landscape": ws.page_setup.orientation,
       "received": {k: (v["Ngày nhận"].date().isoformat() if isinstance(v["Ngày nhận"], datetime.datetime) else None) for k, v in rows.items()},
       "date_format": [ws.cell(r, col).number_format for r in range(2, ws.max_row + 1) if ws.cell(r, col).value is not None][:1]}
d = docx.Document(sys.argv[2])
out["tables"] = len(d.tables)
out["font"] = d.styles["Normal"].font.name
out["text"] = "\n".join(p.text for p in d.paragraphs)
print(json.dumps(out))
"#;
    let o = std::process::Command::new("python3")
        .args(["-c", script, x.to_str().unwrap(), d.to_str().unwrap()])
        .arg(
            TABLES
                .iter()
                .position(|t| *t == "scorecard")
                .unwrap()
                .to_string(),
        )
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert!(v["sheets"].as_u64().unwrap() as usize >= TABLES.len() - 1);
    assert_eq!(v["frozen"], "A2");
    assert!(v["filter"].as_str().unwrap().starts_with("A1:"));
    assert_eq!(v["landscape"], "landscape");
    assert_eq!(v["date_format"][0], "dd/mm/yyyy");
    for a in j["scorecard"].as_array().unwrap() {
        let on = a.get("received_on").cloned().unwrap_or(Value::Null);
        assert_eq!(v["received"][a["id"].as_str().unwrap()], on, "{a}");
    }
    assert!(v["tables"].as_u64().unwrap() as usize >= 2 + TABLES.len() - 1);
    assert!(v["text"].as_str().unwrap().contains("BÁO CÁO"));
}

/// The committed examples/output files hold what `plan` makes today. Their
/// content is compared (cell values, the document's text), not their bytes:
/// a zip's timestamps differ from run to run.
#[test]
fn example_office_files_are_up_to_date() {
    for (plan, file) in [
        ("examples/plan", "examples/output/report-2025"),
        ("plan", "examples/output/bundled/report-2025"),
    ] {
        let committed = |ext: &str| std::fs::read(repo().join(format!("{file}.{ext}"))).unwrap();
        let fresh = report(&repo(), plan, "xlsx", &[]);
        assert_eq!(
            sheets(&fresh),
            sheets(&committed("xlsx")),
            "{file}.xlsx is stale: regenerate it with `plan --dir {plan} report --year 2025 --format xlsx --out {file}.xlsx`"
        );
        let fresh = report(&repo(), plan, "docx", &[]);
        let (a, b) = (word_text(&fresh), word_text(&committed("docx")));
        assert!(
            a.paragraphs == b.paragraphs && a.tables == b.tables,
            "{file}.docx is stale: regenerate it with `plan --dir {plan} report --year 2025 --format docx --out {file}.docx`"
        );
    }
}

/// LibreOffice opens both files and prints them: scripts/look-at-report.sh
/// succeeds and the PDFs have about the pages they should. Where LibreOffice
/// or poppler is missing the test says so and passes, unless
/// PLAN_REQUIRE_LIBREOFFICE is set (CI sets it when it could install them).
#[test]
fn libreoffice_prints_both_files() {
    let missing: Vec<&str> = ["soffice", "pdftoppm", "pdfinfo"]
        .into_iter()
        .filter(|t| {
            !std::process::Command::new("sh")
                .args(["-c", &format!("command -v {t}")])
                .output()
                .is_ok_and(|o| o.status.success())
        })
        .collect();
    if !missing.is_empty() {
        assert!(
            std::env::var_os("PLAN_REQUIRE_LIBREOFFICE").is_none(),
            "{} required here (PLAN_REQUIRE_LIBREOFFICE)",
            missing.join(", ")
        );
        eprintln!(
            "skipped: {} not installed (apt-get install libreoffice-calc-nogui libreoffice-writer-nogui poppler-utils)",
            missing.join(", ")
        );
        return;
    }
    let out = tempfile::tempdir().unwrap();
    let o = std::process::Command::new("bash")
        .arg(repo().join("scripts/look-at-report.sh"))
        .arg(out.path())
        .env("PLAN_BIN", env!("CARGO_BIN_EXE_plan"))
        .current_dir(repo())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&o.stdout);
    assert!(
        o.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let pages = |f: &str| -> u32 {
        let line = stdout
            .lines()
            .find(|l| l.starts_with(&format!("look-at-report: report.{f}: ")))
            .unwrap_or_else(|| panic!("no page count for {f} in {stdout}"));
        line.split(": ")
            .nth(2)
            .unwrap()
            .split(' ')
            .next()
            .unwrap()
            .parse()
            .unwrap()
    };
    // The bundled plan: 114 tasks. The workbook fits each sheet to the
    // page's width: the tables, the tasks' history and a sheet for each
    // chart's numbers (about 50 pages); the document is one page of report
    // and a landscape appendix of the same (about 65).
    let (x, d) = (pages("xlsx"), pages("docx"));
    assert!((20..=100).contains(&x), "xlsx printed on {x} pages");
    assert!((30..=130).contains(&d), "docx printed on {d} pages");
    assert!(out.path().join("png/docx-01.png").exists());
}

/// Sheets and chart titles lead with the indicator's name, not its id, and a
/// long sheet name is cut after a whole word with "…", every name unique.
#[test]
fn sheet_names_and_chart_titles_lead_with_names_cut_at_words() {
    let dir = repo();
    let bytes = report(&dir, "plan", "xlsx", &[]);
    let names: Vec<String> = sheets(&bytes).into_iter().map(|(n, _)| n).collect();
    let v = json(&dir, "plan", &[]);
    let indicators = v["indicators"].as_array().unwrap();
    let md = run_in(
        &dir,
        &[
            "--dir", "plan", "report", "--year", "2025", "--format", "md",
        ],
    )
    .stdout;
    let headings: Vec<&str> = md.lines().filter(|l| l.starts_with('#')).collect();
    let mut charted = 0;
    for i in indicators {
        let id = i["id"].as_str().unwrap();
        let name = i["name"].as_str().unwrap();
        assert!(
            !names.iter().any(|n| n.starts_with(id)),
            "a sheet leads with {id}: {names:?}"
        );
        assert!(
            !headings.iter().any(|h| h.contains(id)),
            "a heading shows {id}"
        );
        charted += usize::from(
            headings
                .iter()
                .any(|h| h.starts_with("### ") && h.contains(name)),
        );
    }
    assert!(charted > 10, "{charted} indicators' charts found by name");
    let mut lower: Vec<String> = names.iter().map(|n| n.to_lowercase()).collect();
    lower.sort();
    lower.dedup();
    assert_eq!(lower.len(), names.len(), "{names:?}");
    for n in &names {
        assert!(n.encode_utf16().count() <= 31, "{n}");
        if let Some(head) = n.split(" (").next().unwrap().strip_suffix('…') {
            // The words kept are whole words of a heading of the document.
            let word = head.split_whitespace().last().unwrap();
            assert!(
                md.split(|c: char| c.is_whitespace() || c == '/')
                    .any(|w| w == word || w.trim_end_matches([',', ';', ':']) == word),
                "{n}: \"{word}\" is not a whole word"
            );
        }
    }
}

/// `--out r.docx` without --format writes a Word file, not terminal text
/// under a .docx name; `--format docx --out x.xlsx` is refused, nothing written.
#[test]
fn the_out_extension_chooses_the_format_and_a_contradiction_is_refused() {
    let root = repo();
    let out = tempfile::tempdir().unwrap();
    let at = |name: &str| out.path().join(name).display().to_string();
    for (name, magic) in [("r.docx", &b"PK"[..]), ("r.XLSX", b"PK"), ("r.html", b"<!")] {
        let r = run_in(&root, &["report", "--year", "2025", "--out", &at(name)]);
        assert_eq!(r.code, 0, "{}", r.transcript());
        let bytes = std::fs::read(at(name)).unwrap();
        assert!(bytes.starts_with(magic), "{name}: {:?}", &bytes[..8]);
    }
    let md = run_in(&root, &["report", "--year", "2025", "--out", &at("r.md")]);
    assert_eq!(md.code, 0, "{}", md.transcript());
    assert!(std::fs::read_to_string(at("r.md"))
        .unwrap()
        .contains("| PL1.a.1 |"));
    let r = run_in(
        &root,
        &[
            "report",
            "--year",
            "2025",
            "--format",
            "docx",
            "--out",
            &at("x.xlsx"),
        ],
    );
    assert_eq!(r.code, 2, "{}", r.transcript());
    assert!(
        r.stderr.contains("có đuôi .xlsx nhưng --format là docx"),
        "{}",
        r.stderr
    );
    assert!(!out.path().join("x.xlsx").exists());
}

/// plan.toml's `[report]` carries the letterhead from one report to the
/// next; a flag given overrides its key, recipients given replace the list.
#[test]
fn the_plan_carries_the_letterhead_and_flags_override_it() {
    let f = Fixture::example();
    let toml = f.read("plan.toml")
        + r#"
[report]
issuer = "Sở Tài chính tỉnh Khánh Hòa"
parent_body = "Ủy ban nhân dân tỉnh Khánh Hòa"
place = "Nha Trang"
recipients = ["UBND tỉnh (b/c)", "Các sở, ban, ngành"]
signer_title = "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC"
signer = "Nguyễn Văn A"
"#;
    let f = f.write("plan.toml", toml.as_bytes());
    let word = |extra: &[&str]| {
        let out = f.dir.path().join("r.docx");
        let mut args = vec![
            "report",
            "--year",
            "2025",
            "--out",
            out.to_str().unwrap(),
            "--dated",
            "05/01/2026",
        ];
        args.extend_from_slice(extra);
        let r = f.run(&args);
        assert_eq!(r.code, 0, "{}", r.transcript());
        word_text(&std::fs::read(out).unwrap())
    };
    let d = word(&[]);
    let (head, sign) = (&d.tables[0][0], &d.tables[1][0]);
    assert!(
        head[0].starts_with("ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA\nSỞ TÀI CHÍNH TỈNH KHÁNH HÒA"),
        "{head:?}"
    );
    assert!(
        head[1].contains("Nha Trang, ngày 05 tháng 01 năm 2026"),
        "{head:?}"
    );
    assert_signed_as_the_examples_say(sign);
    // Flags win, each for its own key.
    let d = word(&[
        "--place",
        "Cam Ranh",
        "--signer",
        "Trần Thị B",
        "--recipient",
        "Như trên",
    ]);
    let (head, sign) = (&d.tables[0][0], &d.tables[1][0]);
    assert!(
        head[1].contains("Cam Ranh, ngày 05 tháng 01 năm 2026"),
        "{head:?}"
    );
    assert!(head[0].contains("SỞ TÀI CHÍNH TỈNH KHÁNH HÒA"), "{head:?}");
    assert_eq!(sign[0], "Nơi nhận:\n- Như trên;\n- Lưu: VT.");
    assert!(sign[1].ends_with("Trần Thị B"), "{sign:?}");
}

/// A wrong type or an unknown key in `[report]` is a validate finding that
/// names the table and the key, with the nearest key for a misspelling.
#[test]
fn report_letterhead_in_the_plan_is_validated() {
    let f = Fixture::example();
    let toml = f.read("plan.toml")
        + "\n[report]\nplace = 1\nrecipients = \"UBND tỉnh\"\nsigner_name = \"A\"\n";
    let out = f
        .write("plan.toml", toml.as_bytes())
        .run(&["--lang", "en", "validate"]);
    assert_eq!(out.code, 1, "{}", out.transcript());
    for want in [
        "error[wrong-type]: `place` of [report] must be a string, not an integer",
        "error[wrong-type]: `recipients` of [report] must be an array of strings, not a string",
        "error[unknown-key]: unknown key `signer_name` in [report]",
    ] {
        assert!(out.stdout.contains(want), "{want}\n{}", out.stdout);
    }
    assert!(
        out.stdout
            .contains("help: did you mean \"signer\" or \"signer_title\"?"),
        "{}",
        out.stdout
    );
}

/// A letterhead flag given nothing, or spaces, would print a blank line
/// with a rule under nothing: refused, naming the flag, before any work.
#[test]
fn a_blank_letterhead_flag_is_refused_naming_it() {
    for (flag, value) in [
        ("--issuer", ""),
        ("--signer", "   "),
        ("--recipient", ""),
        ("--place", " "),
    ] {
        let stderr = refused_letterhead_flag(flag, value);
        assert!(
            stderr.contains(&format!("{flag} was given no text")),
            "{stderr}"
        );
    }
}

/// `plan report --out r.docx FLAG VALUE` in English: refused with status 2
/// and nothing written; what it said.
fn refused_letterhead_flag(flag: &str, value: &str) -> String {
    let f = Fixture::example();
    let out = f.dir.path().join("r.docx");
    let r = f.run(&[
        "--lang",
        "en",
        "report",
        "--year",
        "2025",
        "--out",
        out.to_str().unwrap(),
        flag,
        value,
    ]);
    assert_eq!(r.code, 2, "{flag}: {}", r.transcript());
    assert!(!out.exists());
    r.stderr
}

/// A control character in a letterhead flag, a tab included, is refused in
/// the words plan.toml's finding uses, naming the flag; it is not dropped.
#[test]
fn a_control_character_in_a_letterhead_flag_is_refused() {
    for (flag, value, name) in [
        ("--place", "Nha\tTrang", "U+0009"),
        ("--issuer", "Sở\u{1b}[2J", "U+001B"),
        ("--recipient", "UBND\u{7}", "U+0007"),
    ] {
        let stderr = refused_letterhead_flag(flag, value);
        assert!(
            stderr.contains(&format!("{flag} contains the control character")),
            "{stderr}"
        );
        assert!(stderr.contains(name), "{stderr}");
        // The fix in the words validate gives for `[report]`.
        assert!(
            stderr.contains("a line of the letterhead holds no tab"),
            "{stderr}"
        );
    }
}

/// A list of recipients that already ends with the archive line keeps its
/// own: no second "Lưu: VT.".
#[test]
fn a_recipient_list_naming_the_archive_gets_no_second() {
    let f = Fixture::example();
    let out = f.dir.path().join("r.docx");
    let r = f.run(&[
        "report",
        "--year",
        "2025",
        "--out",
        out.to_str().unwrap(),
        "--recipient",
        "UBND tỉnh (b/c)",
        "--recipient",
        "Lưu: VT, TH.",
    ]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    let d = word_text(&std::fs::read(out).unwrap());
    assert_eq!(
        d.tables[1][0][0],
        "Nơi nhận:\n- UBND tỉnh (b/c);\n- Lưu: VT, TH."
    );
}

/// `[report]`'s lines hold no tab or control character, and no recipient is
/// blank: each a finding naming the key, in the words a flag's refusal uses.
#[test]
fn report_letterhead_lines_and_recipients_are_checked() {
    let f = Fixture::example();
    let toml = f.read("plan.toml")
        + "\n[report]\nplace = \"Nha\\tTrang\"\nsigner = \"A\\u001bB\"\nrecipients = [\"\", \"   \", \"UBND tỉnh\"]\n";
    let f = f.write("plan.toml", toml.as_bytes());
    let out = f.run(&["--lang", "en", "validate"]);
    assert_eq!(out.code, 1, "{}", out.transcript());
    for want in [
        "error[control-char]: `place` of [report] contains the control character",
        "error[control-char]: `signer` of [report] contains the control character",
        "error[empty-text]: a recipient in `recipients` of [report] is blank",
    ] {
        assert!(out.stdout.contains(want), "{want}\n{}", out.stdout);
    }
    assert_eq!(out.stdout.matches("error[empty-text]").count(), 2);
    assert!(
        out.stdout.contains("a line of the letterhead holds no tab"),
        "{}",
        out.stdout
    );
    // Once each: not also the general control-character finding.
    assert_eq!(out.stdout.matches("error[control-char]").count(), 2);
    let vi = f.run(&["validate"]);
    assert!(
        vi.stdout
            .contains("`place` của [report] chứa ký tự điều khiển"),
        "{}",
        vi.stdout
    );
}
