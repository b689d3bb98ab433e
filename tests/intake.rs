//! The December cycle: forms out, filled by another program (Python's
//! openpyxl, so the reader is not the writer), and imported back.
//!
//! openpyxl is installed by .ci/run. Where it is missing these tests say so
//! and pass, unless PLAN_REQUIRE_OPENPYXL is set (as CI sets it).

mod common;
use common::Fixture;
use std::process::Command;

/// `plan import FILE --received DATE`, its messages in English.
fn import_en(f: &Fixture, file: &str, received: &str) -> common::Output {
    f.run(&["--lang", "en", "import", file, "--received", received])
}

/// The fixture with an indicator for sxd to report, and sxd's 2025 form in
/// `forms/`, made as of 1 December 2025.
fn with_form() -> Fixture {
    let f = Fixture::valid().edit(
        "indicators.toml",
        "id = \"poverty-reduction\"\n",
        "id = \"poverty-reduction\"\nresponsible = \"sxd\"\n",
    );
    let out = f.run(&[
        "forms",
        "--year",
        "2025",
        "--out-dir",
        "forms",
        "--as-of",
        "2025-12-01",
    ]);
    assert_eq!(out.code, 0, "{}", out.transcript());
    f
}

fn have_openpyxl() -> bool {
    let ok = Command::new("python3")
        .args(["-c", "import openpyxl"])
        .status()
        .is_ok_and(|s| s.success());
    if !ok {
        assert!(
            std::env::var_os("PLAN_REQUIRE_OPENPYXL").is_none(),
            "openpyxl is required here (PLAN_REQUIRE_OPENPYXL): pip install openpyxl"
        );
        eprintln!("skipped: Python's openpyxl is not installed (pip install openpyxl)");
    }
    ok
}

/// Fills `forms/sxd.xlsx` into `out` with openpyxl. `edits` is Python: `t` is
/// the tasks sheet, `i` the indicators sheet, `row(id)` the row of a task id.
fn fill(f: &Fixture, out: &str, edits: &str) {
    let script = format!(
        r#"
import datetime, openpyxl
wb = openpyxl.load_workbook("forms/sxd.xlsx")
t = wb["Nhiệm vụ"]
i = wb["Chỉ tiêu"] if "Chỉ tiêu" in wb.sheetnames else None
def row(id):
    for r in range(1, t.max_row + 1):
        if t.cell(r, 1).value == id:
            return r
    raise KeyError(id)
def cell(id, col):
    return t.cell(row(id), col)
{edits}
wb.save("{out}")
"#
    );
    let out = Command::new("python3")
        .current_dir(f.dir.path())
        .args(["-c", &script])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

// Columns of the tasks sheet: F status, G date, H result, I difficulties,
// J recommendations, K evidence.
const GOOD: &str = r#"
r = row("PL2.I.6")
t.cell(r, 6).value = "Hoàn thành"
t.cell(r, 7).value = datetime.date(2025, 5, 10)
t.cell(r, 8).value = "Quy hoạch phân khu được phê duyệt"
t.cell(r, 9).value = "Chậm do thiếu số liệu nền"
t.cell(r, 10).value = "Đề nghị Sở Tài chính bố trí kinh phí"
t.cell(r, 11).value = "Quyết định số 77/QĐ-UBND ngày 10/5/2025"
r = row("PL2.I.4")
t.cell(r, 6).value = "dang thuc hien"
t.cell(r, 7).value = "01/11/2025"
i.cell(2, 4).value = 1.25
i.cell(2, 5).value = "Cục Thống kê"
"#;

#[test]
fn forms_go_out_and_replies_come_back_recorded() {
    let f = with_form();
    // Every agency with a task gets a form, named by its id.
    let all = f.run(&[
        "--lang",
        "en",
        "forms",
        "--year",
        "2025",
        "--out-dir",
        "all",
        "--as-of",
        "2025-12-01",
    ]);
    assert_eq!(all.code, 0, "{}", all.transcript());
    let mut names: Vec<String> = std::fs::read_dir(f.dir.path().join("all"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["skhdt.xlsx", "sxd.xlsx", "ubnd-nha-trang.xlsx"]);
    if !have_openpyxl() {
        return;
    }
    fill(&f, "reply.xlsx", GOOD);
    let out = import_en(&f, "reply.xlsx", "12/12/2025");
    assert_eq!(out.code, 0, "{}", out.transcript());
    assert_eq!(
        out.stdout,
        "reply.xlsx: Department of Construction (sxd), report of 2025: recorded 2 updates, 1 actual; report received on 2025-12-12 (on time; due 2025-12-15)\n"
    );
    let text = f.read("progress/2025.toml");
    assert!(text.contains("[[update]]\ntask = \"PL2.I.6\"\non = 2025-05-10\nstatus = \"done\"\nresult = \"Quy hoạch phân khu được phê duyệt\"\ndifficulties = \"Chậm do thiếu số liệu nền\"\nrecommendations = \"Đề nghị Sở Tài chính bố trí kinh phí\"\nevidence = \"Quyết định số 77/QĐ-UBND ngày 10/5/2025\"\n"), "{text}");
    assert!(text.contains("task = \"PL2.I.4\"\non = 2025-11-01\nstatus = \"in_progress\"\n"));
    assert!(text.contains("[[actual]]\nindicator = \"poverty-reduction\"\nyear = 2025\nvalue = 1.25\nsource = \"Cục Thống kê\"\n"));
    assert!(text.contains("[[report]]\nagency = \"sxd\"\nyear = 2025\nreceived_on = 2025-12-12\n"));
    // An untouched row (PL2.I.2) recorded nothing.
    assert!(!text.contains("PL2.I.2\""));
    assert_eq!(
        f.run(&["--lang", "en", "validate", "--deny-warnings"]).code,
        0
    );
    // The report shows the replies: PL2.I.6 done late, the receipt on time.
    let json = f.run(&[
        "--lang", "en", "report", "--year", "2025", "--format", "json",
    ]);
    let v: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    let v = &v["data"];
    let task = v["tasks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["id"] == "PL2.I.6")
        .unwrap();
    assert_eq!(task["status"], "done_late", "{task}");
    assert!(json.stdout.contains("\"on_time\""));
    // The same workbook again changes nothing.
    let again = import_en(&f, "reply.xlsx", "12/12/2025");
    assert_eq!(again.code, 0);
    assert!(
        again
            .stdout
            .contains("recorded 0 updates, 0 actuals; report received on 2025-12-12 (on time; due 2025-12-15); 4 already recorded"),
        "{}",
        again.stdout
    );
    assert_eq!(f.read("progress/2025.toml"), text);
}

#[test]
fn each_problem_is_named_by_its_cell_and_nothing_is_recorded() {
    let f = with_form();
    if !have_openpyxl() {
        return;
    }
    fill(
        &f,
        "bad.xlsx",
        &format!(
            "{GOOD}
t.cell(row('PL2.I.2'), 6).value = 'Hoàn thanh'
t.cell(row('PL2.I.2'), 7).value = datetime.date(2024, 12, 1)
t.cell(row('PL2.I.1'), 1).value = 'PL2.I.66'
t.cell(row('PL2.I.66'), 6).value = 'Hoàn thành'
t.cell(row('PL2.I.4'), 1).value = 'PL2.I.7'
i.cell(3, 1).value = 'grdp-growth'
i.cell(3, 4).value = 7
"
        ),
    );
    let out = import_en(&f, "bad.xlsx", "12/12/2025");
    assert_eq!(out.code, 1, "{}", out.transcript());
    for said in [
        "bad.xlsx › Nhiệm vụ › F2: \"Hoàn thanh\" is not a status\n  help: did you mean \"Hoàn thành\"?",
        "bad.xlsx › Nhiệm vụ › G2: 01/12/2024 is outside 2025, the year this form reports on",
        "bad.xlsx › Nhiệm vụ › A5: \"PL2.I.66\" is not a task of the plan",
        "bad.xlsx › Nhiệm vụ › A6: PL2.I.7 is not a task of sxd",
        "bad.xlsx › Chỉ tiêu › A3: grdp-growth is not an indicator sxd reports",
    ] {
        assert!(out.stderr.contains(said), "missing {said:?} in:\n{}", out.stderr);
    }
    assert!(
        out.stdout.contains("5 problems; nothing recorded"),
        "{}",
        out.stdout
    );
    assert!(!f.path("progress/2025.toml").exists());
    // --partial takes the valid rows (PL2.I.6 and the good actual) and the receipt.
    let partial = f.run(&[
        "--lang",
        "en",
        "import",
        "bad.xlsx",
        "--received",
        "12/12/2025",
        "--partial",
    ]);
    assert_eq!(partial.code, 1);
    assert!(
        partial.stdout.contains(
            "recorded 1 update, 1 actual; report received on 2025-12-12 (on time; due 2025-12-15)"
        ),
        "{}",
        partial.stdout
    );
    assert_eq!(
        f.run(&["--lang", "en", "validate", "--deny-warnings"]).code,
        0
    );
}

#[test]
fn a_form_of_another_plan_or_a_workbook_that_is_not_a_form_is_refused() {
    let f = with_form();
    if !have_openpyxl() {
        return;
    }
    fill(&f, "other.xlsx", "wb['_plan']['B1'].value = '12/QĐ-KHAC'");
    let out = import_en(&f, "other.xlsx", "12/12/2025");
    assert_eq!(out.code, 1);
    assert!(
        out.stderr
            .contains("is a form of plan \"12/QĐ-KHAC\", not of \"99/QĐ-TEST\""),
        "{}",
        out.stderr
    );
    fill(&f, "plain.xlsx", "del wb['_plan']");
    let out = import_en(&f, "plain.xlsx", "12/12/2025");
    assert!(
        out.stderr.contains("it is not a form made by `plan forms`"),
        "{}",
        out.stderr
    );
    // Not a workbook at all: the import could not run (2), as for a
    // missing file, and in catalogue words, not the zip library's.
    std::fs::write(f.dir.path().join("text.xlsx"), "not a zip").unwrap();
    let out = f.run(&["import", "text.xlsx"]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr
            .contains("lỗi: text.xlsx không phải là tệp Excel (.xlsx) đọc được")
            && out
                .stderr
                .contains("gợi ý: mở tệp bằng Excel hoặc LibreOffice"),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains("Zip"), "{}", out.stderr);
    let out = f.run(&["import", "khong-co.xlsx", "--received", "12/12/2025"]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("lỗi: không đọc được khong-co.xlsx"),
        "{}",
        out.stderr
    );
    assert!(!f.path("progress/2025.toml").exists());
}

#[test]
fn a_form_is_refused_for_an_agency_without_tasks_and_inside_the_plan() {
    let f = with_form();
    let out = f.run(&[
        "--lang",
        "en",
        "forms",
        "--year",
        "2025",
        "--out-dir",
        "x",
        "--agency",
        "ubnd-tinh",
    ]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("ubnd-tinh has no form for 2025"),
        "{}",
        out.stderr
    );
    let out = f.run(&[
        "--lang",
        "en",
        "forms",
        "--year",
        "2025",
        "--out-dir",
        "plan/forms",
    ]);
    assert_eq!(out.code, 2, "{}", out.transcript());
    let out = f.run(&["--lang", "en", "forms", "--year", "25", "--out-dir", "x"]);
    assert_eq!(out.code, 2);
}

/// Analyst review #1: the figure typed with `plan actual` (no source) and
/// the same figure in the reply (with its source) are one fact, not two.
#[test]
fn a_figure_already_recorded_from_another_source_is_not_imported_twice() {
    let f = with_form();
    if !have_openpyxl() {
        return;
    }
    let typed = f.run(&[
        "actual",
        "poverty-reduction",
        "--year",
        "2025",
        "--value",
        "1.25",
    ]);
    assert_eq!(typed.code, 0, "{}", typed.transcript());
    fill(&f, "reply.xlsx", GOOD);
    let out = import_en(&f, "reply.xlsx", "12/12/2025");
    assert_eq!(out.code, 0, "{}", out.transcript());
    assert!(
        out.stdout.contains("recorded 2 updates, 0 actuals;")
            && out.stdout.ends_with("; 1 already recorded\n"),
        "{}",
        out.stdout
    );
    let text = f.read("progress/2025.toml");
    assert_eq!(text.matches("[[actual]]").count(), 1, "{text}");
    assert_eq!(f.run(&["validate"]).code, 0);
}

#[test]
fn a_second_figure_a_year_out_of_range_and_a_result_after_the_reply_are_refused() {
    let f = with_form();
    if !have_openpyxl() {
        return;
    }
    // A figure already recorded for the indicator and year.
    assert_eq!(
        f.run(&[
            "--lang",
            "en",
            "actual",
            "poverty-reduction",
            "--year",
            "2025",
            "--value",
            "1.5"
        ])
        .code,
        0
    );
    fill(&f, "second.xlsx", "i.cell(2, 4).value = 9.75");
    let out = import_en(&f, "second.xlsx", "10/12/2025");
    assert_eq!(out.code, 1, "{}", out.transcript());
    assert!(
        out.stderr
            .contains("poverty-reduction already has a figure for 2025: 1.5"),
        "{}",
        out.stderr
    );
    // An edited hidden year.
    fill(&f, "year.xlsx", "wb['_plan']['B3'].value = '1'");
    let out = import_en(&f, "year.xlsx", "10/12/2025");
    assert_eq!(out.code, 1);
    assert!(!f.path("progress/1.toml").exists());
    // A result dated after the reply arrived.
    fill(&f, "late.xlsx", "r = row('PL2.I.6'); t.cell(r, 6).value = 'Hoàn thành'; t.cell(r, 7).value = datetime.date(2025, 12, 31)");
    let out = import_en(&f, "late.xlsx", "10/12/2025");
    assert_eq!(out.code, 1);
    assert!(
        out.stderr
            .contains("31/12/2025 is after the reply arrived (10/12/2025)"),
        "{}",
        out.stderr
    );
    // A source with no figure; an indicators sheet whose header was changed.
    fill(&f, "nofig.xlsx", "i.cell(2, 5).value = 'Cục Thống kê'");
    let out = import_en(&f, "nofig.xlsx", "10/12/2025");
    assert!(
        out.stderr
            .contains("the row has a source or note but no figure"),
        "{}",
        out.stderr
    );
    fill(
        &f,
        "head.xlsx",
        "i.cell(1, 1).value = 'Mã'; i.cell(2, 4).value = 3.5",
    );
    let out = import_en(&f, "head.xlsx", "10/12/2025");
    assert_eq!(out.code, 1);
    assert!(
        out.stderr.contains("Chỉ tiêu: has no header row"),
        "{}",
        out.stderr
    );
}

#[test]
fn a_form_sent_back_blank_is_not_a_report_unless_partial_says_so() {
    let f = with_form();
    if !have_openpyxl() {
        return;
    }
    fill(&f, "blank.xlsx", "pass");
    let out = f.run(&["import", "blank.xlsx", "--received", "10/12/2025"]);
    assert_eq!(out.code, 1, "{}", out.transcript());
    assert!(
        out.stderr
            .contains("blank.xlsx: chưa điền ô nào, nên không được ghi nhận là báo cáo")
            && out
                .stderr
                .contains("chạy lại với --partial để vẫn ghi nhận ngày nhận báo cáo 10/12/2025"),
        "{}",
        out.stderr
    );
    assert!(!f.path("progress/2025.toml").exists());
    let out = f.run(&[
        "import",
        "blank.xlsx",
        "--received",
        "10/12/2025",
        "--partial",
    ]);
    assert_eq!(out.code, 1, "{}", out.transcript());
    assert_eq!(
        out.stdout,
        "blank.xlsx: Sở Xây dựng (sxd), báo cáo năm 2025: đã ghi nhận 0 cập nhật, 0 số liệu thực hiện; ngày nhận báo cáo: 10/12/2025 (đúng hạn; hạn 15/12/2025)\n"
    );
    assert!(f
        .read("progress/2025.toml")
        .contains("received_on = 2025-12-10"));
}

#[test]
fn a_reply_for_a_report_already_received_keeps_the_first_receipt() {
    let f = with_form();
    if !have_openpyxl() {
        return;
    }
    assert_eq!(
        f.run(&["received", "sxd", "--year", "2025", "--on", "11/12/2025"])
            .code,
        0
    );
    fill(&f, "reply.xlsx", GOOD);
    let out = f.run(&["import", "reply.xlsx", "--received", "17/12/2025"]);
    assert_eq!(out.code, 0, "{}", out.transcript());
    assert!(
        out.stdout
            .contains("ngày nhận báo cáo: 11/12/2025 (đúng hạn; hạn 15/12/2025)"),
        "{}",
        out.stdout
    );
    assert!(!f.read("progress/2025.toml").contains("2025-12-17"));
}

#[test]
fn a_figure_typed_as_text_takes_a_decimal_comma_but_not_an_ambiguous_one() {
    let f = with_form();
    if !have_openpyxl() {
        return;
    }
    fill(&f, "ambiguous.xlsx", "i.cell(2, 4).value = '1,000'");
    let out = f.run(&["import", "ambiguous.xlsx", "--received", "12/12/2025"]);
    assert_eq!(out.code, 1, "{}", out.transcript());
    assert!(
        out.stderr
            .contains("\"1,000\": không rõ dấu phẩy hay dấu chấm ở đây là dấu thập phân hay dấu phân cách hàng nghìn"),
        "{}",
        out.stderr
    );
    fill(&f, "comma.xlsx", "i.cell(2, 4).value = '1,25'");
    let out = f.run(&["import", "comma.xlsx", "--received", "12/12/2025"]);
    assert_eq!(out.code, 0, "{}", out.transcript());
    assert!(f.read("progress/2025.toml").contains("value = 1.25"));
}
