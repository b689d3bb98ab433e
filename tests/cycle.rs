//! The yearly cycle on a hand-made plan (tests/fixtures/cycle): recurring
//! tasks judged each year, a summary that adds up, the agency scorecard and
//! the reports still owed. Every expected figure is worked out by hand from
//! the fixture's files; their comments say which boundary each entry tests.

use chrono::NaiveDate;
use plan::model::Period;
use plan::query::receipts::{self, Owed, ReportReceipt};
use plan::query::report::{report, AnnualReport};
use plan::recurring::YearStatus;
use plan::status::Status;
use std::path::Path;

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn loaded() -> plan::load::Loaded {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/cycle");
    let loaded = plan::load::load_dir(&dir).unwrap();
    assert!(!loaded.has_errors(), "{:?}", loaded.diagnostics);
    loaded
}

fn year_status_of(r: &AnnualReport, id: &str) -> Option<YearStatus> {
    r.tasks
        .iter()
        .find(|t| t.task.id.as_str() == id)
        .unwrap()
        .year_status
}

#[test]
fn recurring_tasks_are_judged_on_the_year_and_the_date() {
    let l = loaded();
    let r = report(&l.plan, 2025, Period::Year, d("2025-12-31"));
    // Done in 2025.
    assert_eq!(year_status_of(&r, "PL1.1"), Some(YearStatus::Done));
    // Done in 2024 only: that does not carry into 2025.
    assert_eq!(year_status_of(&r, "PL2.I.7"), Some(YearStatus::NotReported));
    // Reported in progress on the deadline day.
    assert_eq!(year_status_of(&r, "PL2.I.8"), Some(YearStatus::InProgress));
    assert_eq!(year_status_of(&r, "PL2.I.9"), Some(YearStatus::Cancelled));
    // Its update is dated 2026, after the report's date.
    assert_eq!(
        year_status_of(&r, "PL2.I.10"),
        Some(YearStatus::NotReported)
    );
    // A task with a deadline has no year status.
    assert_eq!(year_status_of(&r, "PL2.I.1"), None);

    // The day before the agencies' deadline nothing is "not reported" yet.
    let before = report(&l.plan, 2025, Period::Year, d("2025-12-13"));
    assert_eq!(
        year_status_of(&before, "PL2.I.8"),
        Some(YearStatus::Pending)
    );
    assert_eq!(
        year_status_of(&before, "PL2.I.7"),
        Some(YearStatus::Pending)
    );
    assert_eq!(before.overall.recurring_get(YearStatus::Pending), 4);

    // One `done` does not make a recurring task done for good.
    let row = r
        .tasks
        .iter()
        .find(|t| t.task.id.as_str() == "PL2.I.7")
        .unwrap();
    assert_eq!(row.state.status, Status::Ongoing);
}

#[test]
fn the_summary_is_a_partition_and_due_a_sub_breakdown() {
    let l = loaded();
    let r = report(&l.plan, 2025, Period::Year, d("2025-12-31"));
    let c = &r.overall;
    assert_eq!(c.total, 12);
    let by = |s| c.get(s);
    assert_eq!(
        [
            by(Status::DoneOnTime),
            by(Status::DoneLate),
            by(Status::InProgress),
            by(Status::Overdue),
            by(Status::Ongoing),
            by(Status::Cancelled)
        ],
        [2, 1, 1, 2, 5, 1]
    );
    assert_eq!(c.by_status.values().sum::<usize>(), c.total);
    // Due: PL2.I.1 (on time), .2 (late), .3 and .4 (overdue); PL2.I.5 was
    // done a year early and is not due yet.
    assert_eq!(c.due, 4);
    assert_eq!(c.due_get(Status::DoneOnTime), 1);
    assert_eq!(c.due_get(Status::DoneLate), 1);
    assert_eq!(c.due_get(Status::Overdue), 2);
    assert_eq!(c.due_by_status.values().sum::<usize>(), c.due);
    // Recurring: six tasks, each counted once.
    assert_eq!(c.recurring_get(YearStatus::Done), 1);
    assert_eq!(c.recurring_get(YearStatus::InProgress), 1);
    assert_eq!(c.recurring_get(YearStatus::NotReported), 3);
    assert_eq!(c.recurring_get(YearStatus::Cancelled), 1);
    assert_eq!(c.recurring.values().sum::<usize>(), 6);
    // Sections add up to the whole.
    let sum: usize = r.sections.iter().map(|(_, c)| c.total).sum();
    assert_eq!(sum, c.total);
}

#[test]
fn the_scorecard_puts_the_agencies_that_lag_first() {
    let l = loaded();
    let r = report(&l.plan, 2025, Period::Year, d("2025-12-31"));
    let order: Vec<&str> = r
        .scorecard
        .iter()
        .map(|s| s.agency.unwrap().id.as_str())
        .collect();
    // stc and sxd have one overdue task each; stc's on-time rate is lower.
    assert_eq!(order, ["stc", "sxd", "ubnd-cap-huyen", "skhdt"]);
    let sxd = &r.scorecard[1];
    assert_eq!(
        (
            sxd.due,
            sxd.done_on_time,
            sxd.done_late,
            sxd.overdue,
            sxd.in_progress
        ),
        (3, 1, 1, 1, 0)
    );
    assert!((sxd.completion_rate().unwrap() - 200.0 / 3.0).abs() < 1e-9);
    assert!((sxd.on_time_rate().unwrap() - 100.0 / 3.0).abs() < 1e-9);
    // PL2.I.3 is 275 days overdue on 31/12/2025.
    assert_eq!(sxd.overdue_by_age, [0, 0, 0, 1]);
    assert_eq!((sxd.recurring_reported, sxd.recurring_not_reported), (0, 2));
    assert_eq!(
        sxd.receipt,
        Some((ReportReceipt::OnTime, Some(d("2025-12-14"))))
    );
    let stc = &r.scorecard[0];
    // PL2.I.4 is 31 days overdue: the second band.
    assert_eq!(stc.overdue_by_age, [0, 1, 0, 0]);
    assert_eq!((stc.due, stc.done_early, stc.in_progress), (1, 1, 1));
    assert_eq!(stc.on_time_rate(), Some(0.0));
    assert_eq!((stc.recurring_reported, stc.recurring_not_reported), (2, 0));
    // One day after the deadline.
    assert_eq!(
        stc.receipt,
        Some((ReportReceipt::Late, Some(d("2025-12-15"))))
    );
    // A collective sends no report of its own.
    assert_eq!(r.scorecard[2].receipt, None);
    // The aggregator's report is due on 30/12.
    assert_eq!(r.scorecard[3].receipt, Some((ReportReceipt::Missing, None)));
}

#[test]
fn receipts_are_judged_on_the_date() {
    let l = loaded();
    let p = &l.plan;
    let stc = p.agencies.iter().find(|a| a.id.as_str() == "stc").unwrap();
    let skhdt = p
        .agencies
        .iter()
        .find(|a| a.id.as_str() == "skhdt")
        .unwrap();
    let on = |date| receipts::receipt(p, stc, 2025, Period::Year, d(date)).0;
    // On the deadline day, with nothing received yet: not due.
    assert_eq!(on("2025-12-14"), ReportReceipt::NotDue);
    // Received the day after: late from then on.
    assert_eq!(on("2025-12-15"), ReportReceipt::Late);
    let agg = |date| receipts::receipt(p, skhdt, 2025, Period::Year, d(date)).0;
    assert_eq!(agg("2025-12-30"), ReportReceipt::NotDue);
    assert_eq!(agg("2025-12-31"), ReportReceipt::Missing);
    let h1 = receipts::receipt(p, stc, 2025, Period::H1, d("2025-12-31"));
    assert_eq!(h1, (ReportReceipt::Late, Some(d("2025-07-20"))));
}

#[test]
fn missing_reports_are_chased_from_the_day_after_their_deadline() {
    let l = loaded();
    let missing = receipts::missing(&l.plan, d("2025-12-31"));
    let got: Vec<(&str, i32, Owed, i64)> = missing
        .iter()
        .map(|m| (m.agency.id.as_str(), m.year, m.owed, m.days_overdue))
        .collect();
    assert_eq!(
        got,
        [
            ("stc", 2024, Owed::HalfYear, 534),
            ("sxd", 2024, Owed::Annual, 382),
            ("stc", 2024, Owed::Annual, 382),
            ("skhdt", 2024, Owed::Aggregate, 366),
            ("skhdt", 2025, Owed::Aggregate, 1),
        ]
    );
    // On the aggregate deadline itself, the 2025 aggregate report is not late.
    let on_due = receipts::missing(&l.plan, d("2025-12-30"));
    assert!(!on_due.iter().any(|m| m.year == 2025));
    assert!(receipts::receipts_recorded(&l.plan));
}

#[test]
fn the_half_year_report_is_judged_on_30_june() {
    let l = loaded();
    let r = report(&l.plan, 2025, Period::H1, Period::H1.end(2025).unwrap());
    assert_eq!(r.as_of, d("2025-06-30"));
    // On 30/06, PL2.I.1 is done on its deadline day and PL2.I.2 is not done
    // yet, still within its deadline; PL2.I.3 is overdue.
    let st = |id: &str| {
        r.tasks
            .iter()
            .find(|t| t.task.id.as_str() == id)
            .unwrap()
            .state
            .status
    };
    assert_eq!(st("PL2.I.1"), Status::DoneOnTime);
    assert_eq!(st("PL2.I.2"), Status::InProgress);
    assert_eq!(st("PL2.I.3"), Status::Overdue);
    // stc's H1 report arrived on 20/07: not yet on 30/06.
    let stc = r
        .scorecard
        .iter()
        .find(|s| s.agency.unwrap().id.as_str() == "stc")
        .unwrap();
    assert_eq!(stc.receipt, Some((ReportReceipt::NotDue, None)));
}

mod commands {
    //! The cycle through the binary: overdue --reports, agencies --year and
    //! show's record year by year, on the same hand-made plan.
    use assert_cmd::Command;

    fn run(args: &[&str]) -> (i32, String, String) {
        run_at(200, args)
    }

    fn run_at(columns: u16, args: &[&str]) -> (i32, String, String) {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/cycle");
        let out = Command::cargo_bin("plan")
            .unwrap()
            .args(["--dir", dir.to_str().unwrap()])
            .args(args)
            .env("NO_COLOR", "1")
            .env("COLUMNS", columns.to_string())
            .output()
            .unwrap();
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8(out.stdout).unwrap(),
            String::from_utf8(out.stderr).unwrap(),
        )
    }

    /// The scorecard's 17 columns do not fit 120 characters with each heading
    /// word whole: each agency becomes a block of heading and value, every
    /// heading readable, no line wider than the screen. At 200 they fit.
    #[test]
    fn a_table_wider_than_the_screen_is_shown_a_block_a_row() {
        for lang in ["vi", "en"] {
            let (code, narrow, _) = run_at(120, &["agencies", "--year", "2025", "--lang", lang]);
            assert_eq!(code, 0);
            assert!(narrow.lines().all(|l| l.chars().count() <= 120), "{narrow}");
            let heading = if lang == "vi" {
                "Tỷ lệ đúng hạn (%)"
            } else {
                "On-time rate (%)"
            };
            assert!(narrow.contains(heading), "{narrow}");
            assert!(narrow.contains("--wide"), "{narrow}");
            let (_, wide, _) = run_at(
                120,
                &["agencies", "--year", "2025", "--lang", lang, "--wide"],
            );
            assert!(!wide.contains("--wide"), "{wide}");
        }
        let (_, roomy, _) = run_at(200, &["agencies", "--year", "2025"]);
        assert!(!roomy.contains("--wide"), "{roomy}");
        assert!(
            roomy
                .lines()
                .any(|l| l.contains("Mã") && l.contains("Cơ quan")),
            "{roomy}"
        );
    }

    #[test]
    fn overdue_counts_missing_reports_and_lists_them_when_asked() {
        let (code, plain, _) = run(&["overdue", "--as-of", "2025-12-31"]);
        assert_eq!(code, 0);
        assert!(
            plain.contains("Có 5 báo cáo quá hạn chưa nhận (thêm --reports để xem danh sách)."),
            "{plain}"
        );
        assert!(!plain.contains("Báo cáo 6 tháng"));
        let (_, listed, _) = run(&[
            "overdue",
            "--as-of",
            "2025-12-31",
            "--reports",
            "--format",
            "json",
        ]);
        let v: serde_json::Value = serde_json::from_str(&listed).unwrap();
        let m = v["data"]["missing_reports"].as_array().unwrap();
        assert_eq!(m.len(), 5);
        assert_eq!(m[0]["agency"], "stc");
        assert_eq!(m[0]["report"], "half_year");
        assert_eq!(m[0]["days_overdue"], 534);
        assert_eq!(v["data"]["missing_reports_count"], 5);
        let (_, blocks, _) = run(&[
            "overdue",
            "--as-of",
            "2025-12-31",
            "--reports",
            "--by-agency",
        ]);
        assert!(
            blocks.contains("Báo cáo tổng hợp gửi UBND tỉnh"),
            "{blocks}"
        );
        // One agency's letter: its own reports only.
        let (_, sxd, _) = run(&[
            "overdue",
            "--as-of",
            "2025-12-31",
            "--agency",
            "sxd",
            "--reports",
            "--format",
            "json",
        ]);
        let v: serde_json::Value = serde_json::from_str(&sxd).unwrap();
        assert_eq!(v["data"]["missing_reports"].as_array().unwrap().len(), 1);
    }

    #[test]
    fn agencies_with_a_year_is_the_scorecard() {
        let (code, out, _) = run(&["agencies", "--year", "2025", "--format", "json"]);
        assert_eq!(code, 0);
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        let rows = v["data"]["scorecard"].as_array().unwrap();
        let ids: Vec<&str> = rows.iter().map(|r| r["id"].as_str().unwrap()).collect();
        assert_eq!(ids, ["stc", "sxd", "ubnd-cap-huyen", "skhdt"]);
        for key in [
            "due",
            "done_on_time",
            "done_late",
            "overdue",
            "in_progress",
            "completion_rate",
            "on_time_rate",
        ] {
            assert!(rows[0].get(key).is_some(), "{key}");
        }
    }

    #[test]
    fn show_gives_a_recurring_tasks_record_year_by_year() {
        let (code, out, _) = run(&["show", "PL2.I.7", "--as-of", "2025-12-31"]);
        assert_eq!(code, 0);
        assert!(out.contains("2024: Đã báo cáo hoàn thành"), "{out}");
        assert!(out.contains("2025: Chưa báo cáo"), "{out}");
    }

    #[test]
    fn the_report_takes_a_date_a_half_year_and_a_year_to_compare() {
        let (code, out, err) = run(&[
            "report",
            "--year",
            "2025",
            "--as-of",
            "2025-12-13",
            "--format",
            "json",
        ]);
        assert_eq!(code, 0, "{err}");
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(v["as_of"], "2025-12-13");
        assert_eq!(v["data"]["summary"]["recurring"]["pending"], 4);
        let (code, out, _) = run(&[
            "report",
            "--year",
            "2025",
            "--compare",
            "2024",
            "--table",
            "comparison",
            "--format",
            "csv",
        ]);
        assert_eq!(code, 0);
        assert!(out.lines().count() > 10, "{out}");
        // With --as-of, the other year is judged on the same day of that year.
        let (_, out, _) = run(&[
            "report",
            "--year",
            "2025",
            "--as-of",
            "2025-12-13",
            "--compare",
            "2024",
            "--format",
            "json",
        ]);
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(v["data"]["compared_with"]["year"], 2024);
        assert!(
            v["data"]["compared_with"]["summary"]["recurring"]["pending"]
                .as_u64()
                .unwrap()
                > 0,
            "{out}"
        );
        let (code, _, err) = run(&["report", "--year", "2025", "--table", "comparison"]);
        assert_eq!(code, 2);
        assert!(err.contains("--compare"), "{err}");
    }
}
