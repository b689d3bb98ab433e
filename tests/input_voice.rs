//! What analysts type and what `plan` confirms (issue 11, the input side):
//! status words in either language, figures with a decimal comma, receipts
//! by name, duplicate receipts refused, dates after today said.

mod common;

use common::Fixture;

#[test]
fn update_takes_the_status_words_of_the_forms_in_either_language() {
    let f = Fixture::valid();
    let count = |s: &str| {
        let file = f.read("progress/2024.toml");
        file.matches(&format!("status = \"{s}\"")).count()
    };
    let (done, going, waiting) = (count("done"), count("in_progress"), count("not_started"));
    for (typed, day) in [
        ("hoàn thành", "01/02/2024"),
        ("hoan thanh", "02/02/2024"),
        ("Đang thực hiện", "03/02/2024"),
        ("In progress", "04/02/2024"),
        // The other phrase offices write for "not started"; the nearest word
        // to it was "Dừng thực hiện", the opposite.
        ("chưa thực hiện", "05/02/2024"),
    ] {
        let out = f.run(&["update", "PL2.I.6", "--status", typed, "--on", day]);
        assert_eq!(out.code, 0, "{typed}: {}", out.stderr);
    }
    assert_eq!(count("done"), done + 2);
    assert_eq!(count("in_progress"), going + 2);
    assert_eq!(count("not_started"), waiting + 1);
}

#[test]
fn an_unknown_status_is_hinted_in_the_words_of_stderr() {
    let f = Fixture::valid();
    let out = f.run(&[
        "update",
        "PL2.I.6",
        "--status",
        "dang",
        "--on",
        "01/02/2024",
    ]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains(
            "\"chưa triển khai\", \"đang thực hiện\", \"hoàn thành\", \"dừng thực hiện\" (hoặc mã not_started, in_progress, done, cancelled)"
        ),
        "{}",
        out.stderr
    );
    let out = f.run(&["list", "--status", "xyz"]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("\"Chưa hoàn thành, quá hạn\""),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("(hoặc mã done_on_time"),
        "{}",
        out.stderr
    );
}

#[test]
fn list_takes_status_words_with_or_without_diacritics() {
    let f = Fixture::valid();
    let by_code = f.run(&[
        "list",
        "--status",
        "overdue",
        "--as-of",
        "2025-01-01",
        "--format",
        "csv",
    ]);
    assert_eq!(by_code.code, 0, "{}", by_code.stderr);
    for typed in ["quá hạn", "qua han", "Chưa hoàn thành, quá hạn"] {
        let out = f.run(&[
            "list",
            "--status",
            typed,
            "--as-of",
            "2025-01-01",
            "--format",
            "csv",
        ]);
        assert_eq!(out.code, 0, "{typed}: {}", out.stderr);
        assert_eq!(out.stdout, by_code.stdout, "{typed}");
    }
}

#[test]
fn commands_that_print_no_table_refuse_format_and_bom() {
    let f = Fixture::valid();
    let before = f.read("progress/2024.toml");
    let out_dir = f.path("out");
    let out_dir = out_dir.to_str().unwrap();
    for args in [
        vec!["fmt", "--check"],
        vec!["man"],
        vec!["schema"],
        vec!["completions", "bash"],
        vec!["textconv", "plan/plan.toml"],
        vec!["actual", "grdp-growth", "--year", "2024", "--value", "7"],
        vec!["received", "sxd", "--year", "2024", "--on", "10/12/2024"],
        vec!["forms", "--year", "2024", "--out-dir", out_dir],
    ] {
        for extra in [&["--format", "json"][..], &["--bom"][..]] {
            let out = f.run(&[&args[..], extra].concat());
            assert_eq!(out.code, 2, "{args:?} {extra:?}: {}", out.stdout);
            assert!(
                out.stderr
                    .contains(&format!("`plan {}` không in bảng nào", args[0])),
                "{args:?}: {}",
                out.stderr
            );
            assert!(out.stdout.is_empty(), "{args:?}");
        }
    }
    assert_eq!(f.read("progress/2024.toml"), before);
    assert!(!f.path("out").exists());
}

#[test]
fn a_figure_takes_a_decimal_comma_and_refuses_an_ambiguous_one() {
    let f = Fixture::valid();
    let out = f.run(&["actual", "grdp-growth", "--year", "2025", "--value", "7,25"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(f.read("progress/2025.toml").contains("value = 7.25"));
    let out = f.run(&[
        "actual",
        "poverty-reduction",
        "--year",
        "2025",
        "--value",
        "1,000",
    ]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains(
            "\"1,000\": không rõ dấu phẩy ở đây là dấu thập phân hay dấu phân cách hàng nghìn"
        ) && out.stderr.contains("ghi 1000 nếu là số nguyên")
            && out.stderr.contains("hoặc 1 nếu là số thập phân"),
        "{}",
        out.stderr
    );
    // A hundred and four thousand, as a Vietnamese office writes it, is not
    // taken for 104.0.
    let out = f.run(&[
        "actual",
        "poverty-reduction",
        "--year",
        "2025",
        "--value",
        "104.000",
    ]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("không rõ dấu chấm ở đây")
            && out.stderr.contains("ghi 104000 nếu là số nguyên")
            && out.stderr.contains("hoặc 104 nếu là số thập phân"),
        "{}",
        out.stderr
    );
    assert!(!f.read("progress/2025.toml").contains("poverty-reduction"));
}

/// Today in the tests' time zone, as the binary reads it.
fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

#[test]
fn received_without_on_is_today_as_for_update() {
    let f = Fixture::valid();
    let out = f.run(&["received", "sxd", "--year", "2024"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let file = f.read("progress/2024.toml");
    assert!(
        file.contains(&format!("received_on = {}", today().format("%Y-%m-%d"))),
        "{file}"
    );
}

#[test]
fn a_date_after_today_is_recorded_and_said() {
    let f = Fixture::valid();
    let later = today() + chrono::Days::new(400);
    let typed = later.format("%d/%m/%Y").to_string();
    let shown = later.format("%d/%m/%Y").to_string();
    for args in [
        vec!["update", "PL2.I.6", "--status", "done", "--on", &typed],
        vec!["received", "sxd", "--year", "2024", "--on", &typed],
    ] {
        let out = f.run(&args);
        assert_eq!(out.code, 0, "{args:?}: {}", out.stderr);
        assert!(
            out.stderr.contains(&format!(
                "cảnh báo: ngày {shown} trong --on còn ở tương lai"
            )),
            "{args:?}: {}",
            out.stderr
        );
    }
    let next = (chrono::Datelike::year(&today()) + 1).to_string();
    let out = f.run(&["actual", "grdp-growth", "--year", &next, "--value", "7"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stderr
            .contains(&format!("cảnh báo: năm {next} chưa kết thúc")),
        "{}",
        out.stderr
    );
    // Today itself is no warning.
    let out = f.run(&["update", "PL2.I.5", "--status", "done"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(!out.stderr.contains("tương lai"), "{}", out.stderr);
}

#[test]
fn a_four_digit_year_outside_the_plan_is_not_told_to_have_four_digits() {
    let f = Fixture::valid();
    let out = f.run(&["received", "sxd", "--year", "1990", "--on", "01/01/1990"]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("năm 1990 nằm ngoài"), "{}", out.stderr);
    assert!(!out.stderr.contains("bốn chữ số"), "{}", out.stderr);
    let out = f.run(&["received", "sxd", "--year", "25", "--on", "01/01/2025"]);
    assert!(out.stderr.contains("đủ bốn chữ số"), "{}", out.stderr);
}

#[test]
fn a_second_receipt_for_one_report_is_refused_naming_the_first() {
    let f = Fixture::valid();
    let out = f.run(&["received", "sxd", "--year", "2025", "--on", "14/12/2025"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let before = f.read("progress/2025.toml");
    // The same agency by its alias, another day.
    let out = f.run(&["received", "SXD", "--year", "2025", "--on", "16/12/2025"]);
    assert_eq!(out.code, 2, "{}", out.stdout);
    assert!(
        out.stderr.contains(
            "lỗi: đã ghi nhận báo cáo năm 2025 của Sở Xây dựng (sxd), nhận ngày 14/12/2025; chưa ghi gì"
        ) && out.stderr.contains("sửa received_on trong plan/progress/2025.toml"),
        "{}",
        out.stderr
    );
    assert_eq!(f.read("progress/2025.toml"), before);
    // The same day again is "already recorded"; the half-year is another report.
    let again = f.run(&["received", "sxd", "--year", "2025", "--on", "14/12/2025"]);
    assert_eq!(again.code, 0, "{}", again.stderr);
    assert!(again.stdout.starts_with("đã có: "), "{}", again.stdout);
    let h1 = f.run(&[
        "received",
        "sxd",
        "--year",
        "2025",
        "--on",
        "10/07/2025",
        "--half-year",
    ]);
    assert_eq!(h1.code, 0, "{}", h1.stderr);
}

#[test]
fn two_receipts_written_by_hand_are_a_duplicate_report_warning() {
    let f = Fixture::valid();
    assert_eq!(
        f.run(&["received", "sxd", "--year", "2025", "--on", "14/12/2025"])
            .code,
        0
    );
    let text = f.read("progress/2025.toml")
        + "\n[[report]]\nagency = \"sxd\"\nyear = 2025\nreceived_on = 2025-12-16\n";
    let f = f.write("progress/2025.toml", text.as_bytes());
    let out = f.run(&["--lang", "en", "validate"]);
    assert_eq!(out.code, 0, "{}", out.stdout);
    assert!(
        out.stdout.contains("warning[duplicate-report]")
            && out
                .stdout
                .contains("received on 2025-12-14 at plan/progress/2025.toml:"),
        "{}",
        out.stdout
    );
    let strict = f.run(&["validate", "--deny-warnings"]);
    assert_eq!(strict.code, 1);
}

#[test]
fn merge_file_and_fmt_word_a_toml_error_as_validate_does() {
    let f = Fixture::valid();
    let dir = f.dir.path();
    std::fs::write(dir.join("base"), "a = 1\n").unwrap();
    std::fs::write(dir.join("ours"), "x = [").unwrap();
    std::fs::write(dir.join("theirs"), "a = 1\n").unwrap();
    let out = f.run(&[
        "merge-file",
        "base",
        "ours",
        "theirs",
        "--path",
        "plan/progress/2023.toml",
    ]);
    assert_eq!(out.code, 1, "{}", out.transcript());
    assert!(
        out.stderr.contains(
            "phía của nhánh hiện tại (ours) không phải TOML hợp lệ: sai cú pháp TOML: mảng `x` mở ở dòng 1 chưa được đóng bằng dấu `]` (dòng 1, cột 6)"
        ),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains("TOML parse error"), "{}", out.stderr);
    let f = f.write(
        "tasks/pl1.toml",
        b"\n[[task]]\nid = \"PL1.a.1\"\ntitle = \"x\n",
    );
    let out = f.run(&["fmt"]);
    assert!(out.stderr.contains("sai cú pháp TOML"), "{}", out.stderr);
    assert!(out.stderr.contains("(dòng 4, cột"), "{}", out.stderr);
}

#[test]
fn out_into_a_missing_folder_names_the_target_the_folder_and_the_fix() {
    let f = Fixture::valid();
    let (target, folder) = ("khong-co/bao-cao.md", "khong-co");
    let out = f.run(&[
        "report", "--year", "2024", "--format", "md", "--out", target,
    ]);
    assert_eq!(out.code, 2);
    assert_eq!(
        out.stderr,
        format!(
            "lỗi: không ghi được {target}: thư mục {folder} không tồn tại\n  gợi ý: tạo thư mục trước (mkdir -p {folder}) hoặc ghi vào một thư mục có sẵn\n"
        )
    );
}

#[test]
fn import_received_after_today_is_said_too() {
    let f = Fixture::valid();
    let later = (today() + chrono::Days::new(30))
        .format("%d/%m/%Y")
        .to_string();
    let out = f.run(&["import", "khong-co.xlsx", "--received", &later]);
    assert!(
        out.stderr.contains(&format!(
            "cảnh báo: ngày {later} trong --received còn ở tương lai"
        )),
        "{}",
        out.stderr
    );
}
