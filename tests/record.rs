//! `plan actual`, `plan received` and the report fields of `plan update`:
//! single facts recorded through the same locked write path.

mod common;
use common::Fixture;

#[test]
fn an_actual_is_recorded_once_and_a_different_figure_is_refused() {
    let f = Fixture::valid();
    let out = f.run(&[
        "actual",
        "GRDP-growth",
        "--year",
        "2025",
        "--value",
        "7.5",
        "--source",
        "Niên giám 2025",
    ]);
    assert_eq!(out.code, 0, "{}", out.transcript());
    assert_eq!(
        out.stdout,
        "đã ghi nhận: Tốc độ tăng trưởng GRDP (grdp-growth) năm 2025: 7,5 %/năm\n"
    );
    let text = f.read("progress/2025.toml");
    assert!(text.contains("[[actual]]\nindicator = \"grdp-growth\"\nyear = 2025\nvalue = 7.5\nsource = \"Niên giám 2025\"\n"), "{text}");
    let again = f.run(&[
        "actual",
        "grdp-growth",
        "--year",
        "2025",
        "--value",
        "7.5",
        "--source",
        "Niên giám 2025",
    ]);
    assert_eq!(
        again.stdout,
        "đã có: Tốc độ tăng trưởng GRDP (grdp-growth) năm 2025: 7,5 %/năm; không ghi gì thêm\n"
    );
    assert_eq!(f.read("progress/2025.toml"), text);
    let other = f.run(&[
        "--lang",
        "en",
        "actual",
        "grdp-growth",
        "--year",
        "2025",
        "--value",
        "8",
    ]);
    assert_eq!(other.code, 2);
    assert!(
        other.stderr.contains("already has an actual for 2025: 7.5"),
        "{}",
        other.stderr
    );
    assert_eq!(f.read("progress/2025.toml"), text);
    assert_eq!(
        f.run(&["--lang", "en", "validate", "--deny-warnings"]).code,
        0
    );
}

/// Analyst review #1: the same figure typed again without its source (or
/// with another) was appended, and the duplicate then stopped every command.
/// Each write command is run twice, the second time differing only in what
/// does not make a new fact; the plan must stay valid.
#[test]
fn the_same_figure_with_another_source_is_already_there_and_the_plan_stays_valid() {
    let f = Fixture::valid();
    let first = f.run(&[
        "actual",
        "grdp-growth",
        "--year",
        "2025",
        "--value",
        "7.5",
        "--source",
        "Cục Thống kê",
    ]);
    assert_eq!(first.code, 0, "{}", first.transcript());
    let text = f.read("progress/2025.toml");
    for source in [None, Some("Niên giám 2025")] {
        let mut args = vec!["actual", "grdp-growth", "--year", "2025", "--value", "7,5"];
        if let Some(s) = source {
            args.extend(["--source", s]);
        }
        let again = f.run(&args);
        assert_eq!(again.code, 0, "{}", again.transcript());
        assert_eq!(
            again.stdout,
            "đã có: Tốc độ tăng trưởng GRDP (grdp-growth) năm 2025: 7,5 %/năm; không ghi gì thêm\n"
        );
        assert_eq!(f.read("progress/2025.toml"), text);
    }
    assert_eq!(f.run(&["validate"]).code, 0);
}

#[test]
fn a_receipt_or_an_update_written_twice_leaves_the_plan_valid() {
    let f = Fixture::valid();
    for reference in ["Báo cáo số 12/BC-SXD", "Công văn 13/SXD"] {
        let out = f.run(&[
            "received",
            "sxd",
            "--year",
            "2025",
            "--on",
            "12/12/2025",
            "--reference",
            reference,
        ]);
        assert_eq!(out.code, 0, "{}", out.transcript());
        assert_eq!(f.run(&["validate"]).code, 0, "{reference}");
    }
    for note in ["đang triển khai", "đã giao phòng"] {
        let out = f.run(&[
            "update",
            "PL2.I.1",
            "--status",
            "in_progress",
            "--on",
            "01/06/2025",
            "--note",
            note,
        ]);
        assert_eq!(out.code, 0, "{}", out.transcript());
        assert_eq!(f.run(&["validate"]).code, 0, "{note}");
    }
}

#[test]
fn bad_figures_years_and_indicators_are_refused_with_the_fix() {
    let f = Fixture::valid();
    for (args, says) in [
        (
            vec![
                "actual",
                "grdp-growth",
                "--year",
                "2025",
                "--value",
                "7,500",
            ],
            "write 7500 for a whole number",
        ),
        (
            vec!["actual", "grdp-growth", "--year", "2025", "--value", "nan"],
            "not a number",
        ),
        (
            vec!["actual", "grdp-growth", "--year", "2025", "--value", "inf"],
            "not a number",
        ),
        (
            vec!["actual", "grdp-growth", "--year", "25", "--value", "7"],
            "four-digit year",
        ),
        (
            vec!["actual", "grdpgrowth", "--year", "2025", "--value", "7"],
            "did you mean \"grdp-growth\"",
        ),
        (
            vec!["received", "sxd", "--year", "2025", "--on", "2024-12-01"],
            "before the year began",
        ),
        (
            vec![
                "received",
                "khong-co",
                "--year",
                "2025",
                "--on",
                "2025-12-01",
            ],
            "unknown agency",
        ),
    ] {
        let out = f.run(&[&["--lang", "en"][..], &args[..]].concat());
        assert_eq!(out.code, 2, "{args:?}: {}", out.transcript());
        assert!(out.stderr.contains(says), "{args:?}: {}", out.stderr);
    }
    assert!(!f.path("progress/2025.toml").exists());
}

#[test]
fn a_receipt_is_recorded_for_the_year_or_its_first_half() {
    let f = Fixture::valid();
    let out = f.run(&[
        "received",
        "so xay dung",
        "--year",
        "2025",
        "--on",
        "14/12/2025",
        "--reference",
        "Báo cáo số 12/BC-SXD",
    ]);
    assert_eq!(out.code, 0, "{}", out.transcript());
    assert_eq!(
        out.stdout,
        "đã ghi nhận: Sở Xây dựng (sxd) nộp báo cáo năm 2025, nhận ngày 14/12/2025 (đúng hạn; hạn 15/12/2025)\n"
    );
    let h1 = f.run(&[
        "received",
        "sxd",
        "--year",
        "2025",
        "--on",
        "2025-07-10",
        "--half-year",
    ]);
    assert_eq!(h1.code, 0, "{}", h1.transcript());
    let text = f.read("progress/2025.toml");
    assert!(text.contains("[[report]]\nagency = \"sxd\"\nyear = 2025\nreceived_on = 2025-12-14\nreference = \"Báo cáo số 12/BC-SXD\"\n"), "{text}");
    assert!(text.contains("[[report]]\nagency = \"sxd\"\nyear = 2025\nperiod = \"H1\"\nreceived_on = 2025-07-10\n"), "{text}");
    assert_eq!(f.run(&["validate", "--deny-warnings"]).code, 0);
    // The report now shows the receipt on time.
    let json = f.run(&["report", "--year", "2025", "--format", "json"]);
    assert!(json.stdout.contains("\"on_time\""), "{}", json.stdout);
}

#[test]
fn an_update_carries_result_difficulties_recommendations_and_evidence() {
    let f = Fixture::valid();
    let out = f.run(&[
        "update",
        "PL2.I.4",
        "--status",
        "in_progress",
        "--on",
        "2025-12-01",
        "--result",
        "Hoàn thành 60% khối lượng",
        "--difficulties",
        "- Thiếu vốn đối ứng",
        "--recommendations",
        "Đề nghị bổ sung vốn",
        "--evidence",
        "Công văn số 45/SKHĐT ngày 30/11/2025",
    ]);
    assert_eq!(out.code, 0, "{}", out.transcript());
    let text = f.read("progress/2025.toml");
    assert!(text.contains("result = \"Hoàn thành 60% khối lượng\"\ndifficulties = \"- Thiếu vốn đối ứng\"\nrecommendations = \"Đề nghị bổ sung vốn\"\nevidence = \"Công văn số 45/SKHĐT ngày 30/11/2025\"\n"), "{text}");
    assert_eq!(f.run(&["validate", "--deny-warnings"]).code, 0);
    assert_eq!(f.run(&["fmt", "--check"]).code, 0);
}

/// Analyst review #3: `received` judged stc's 2025 report by the annual
/// deadline while the scorecard used the aggregate one (stc took over the
/// aggregator skhdt); and a 2025 receipt for skhdt, ended on 28/02/2025,
/// was taken and replaced stc's own in the scorecard.
#[test]
fn a_receipt_is_judged_by_the_scorecards_deadline_and_an_ended_agency_is_redirected() {
    let f = Fixture::bundled();
    let out = f.run(&["received", "stc", "--year", "2025", "--on", "16/12/2025"]);
    assert_eq!(out.code, 0, "{}", out.transcript());
    assert_eq!(
        out.stdout,
        "đã ghi nhận: Sở Tài chính (stc) nộp báo cáo năm 2025, nhận ngày 16/12/2025 (đúng hạn; hạn 30/12/2025)\n"
    );
    let card = f.run(&["agencies", "--year", "2025", "--format", "csv"]);
    let row = card
        .stdout
        .lines()
        .find(|l| l.starts_with("2025,stc,"))
        .unwrap();
    assert!(row.ends_with(",Đúng hạn,2025-12-16"), "{row}");
    let text = f.read("progress/2025.toml");
    let ended = f.run(&["received", "skhdt", "--year", "2025", "--on", "10/12/2025"]);
    assert_eq!(ended.code, 2, "{}", ended.transcript());
    assert_eq!(
        ended.stderr,
        "lỗi: Sở Kế hoạch và Đầu tư (skhdt) đã kết thúc hoạt động từ 01/03/2025; báo cáo năm 2025 là của Sở Tài chính (stc); chưa ghi gì\n  gợi ý: plan received stc --year 2025 --on dd/mm/2025\n"
    );
    assert_eq!(f.read("progress/2025.toml"), text);
    // Before it ended, the aggregator's own report is its own.
    let before = f.run(&["received", "skhdt", "--year", "2024", "--on", "20/12/2024"]);
    assert_eq!(before.code, 0, "{}", before.transcript());
    assert!(
        before.stdout.ends_with("(đúng hạn; hạn 30/12/2024)\n"),
        "{}",
        before.stdout
    );
}
