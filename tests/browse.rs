//! `plan list` and `plan show`: every status category from the fixture's
//! made-up progress, with answers written by hand.

mod common;

use common::Fixture;
use serde_json::Value;

fn statuses(f: &Fixture, args: &[&str]) -> Vec<(String, String)> {
    let mut all = vec!["list", "--format", "json"];
    all.extend(args);
    let out = f.run(&all);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let v: Value = serde_json::from_str::<Value>(&out.stdout).unwrap()["data"].clone();
    v.as_array()
        .unwrap()
        .iter()
        .map(|t| {
            (
                t["id"].as_str().unwrap().to_string(),
                t["status"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn pairs(v: &[(&str, &str)]) -> Vec<(String, String)> {
    v.iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

#[test]
fn every_status_category_on_a_date() {
    let f = Fixture::valid();
    assert_eq!(
        statuses(&f, &["--as-of", "2025-01-01"]),
        pairs(&[
            ("PL1.a.1", "ongoing"),
            ("PL2.I.1", "done_late"),   // due 2022-06-30, done 2023-03-29
            ("PL2.I.2", "in_progress"), // milestone 1 done, milestone 2 due 2028
            ("PL2.I.3", "ongoing"),
            ("PL2.I.4", "done_on_time"), // due 2024-12-31, done 2024-05-02
            ("PL2.I.5", "in_progress"),  // due 2030-12-31
            ("PL2.I.6", "overdue"),      // due 2023-12-31, only "in progress" reported
            ("PL2.I.7", "cancelled"),    // cancelled 2024-02-01
        ])
    );
    // A milestone task with its first milestone done: milestones carry their own status.
    let out = f.run(&[
        "show",
        "pl2.i.2",
        "--format",
        "json",
        "--as-of",
        "2025-01-01",
    ]);
    let v: Value = serde_json::from_str::<Value>(&out.stdout).unwrap()["data"].clone();
    assert_eq!(v["id"], "PL2.I.2");
    assert_eq!(v["milestones"][0]["status"], "done_on_time");
    assert_eq!(v["milestones"][1]["status"], "in_progress");
    assert_eq!(
        v["history"],
        serde_json::json!([{"on": "2023-03-15", "status": "done", "milestone": 1}])
    );
    // After its last milestone's date, the task is overdue.
    assert_eq!(
        statuses(
            &f,
            &["--as-of", "2029-01-01", "--search", "thanh pho truc thuoc"]
        ),
        pairs(&[("PL2.I.2", "overdue")])
    );
}

#[test]
fn filters_combine() {
    let f = Fixture::valid();
    let ids = |args: &[&str]| {
        statuses(&f, args)
            .into_iter()
            .map(|(id, _)| id)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        ids(&["--as-of", "2025-01-01", "--status", "overdue"]),
        ["PL2.I.6"]
    );
    assert_eq!(
        ids(&["--agency", "skhdt", "--section", "pl2.i"]),
        ["PL2.I.1", "PL2.I.4", "PL2.I.7"]
    );
    assert_eq!(
        ids(&["--agency", "skhdt", "--role", "support"]),
        ["PL2.I.6"]
    );
    assert_eq!(ids(&["--due-before", "2023-01-01"]), ["PL2.I.1"]);
    // Both bounds are inclusive: a deadline on the date itself is in.
    assert_eq!(ids(&["--due-before", "2022-06-29"]), Vec::<String>::new());
    assert_eq!(ids(&["--due-before", "2022-06-30"]), ["PL2.I.1"]);
    assert_eq!(
        ids(&["--due-after", "01/01/2029", "--due-before", "2031-01-01"]),
        ["PL2.I.5"]
    );
    // A phrase, not scattered words: "Lập quy hoạch tỉnh." has both "quy" and "tỉnh".
    assert!(ids(&["--search", "quy tinh"]).is_empty());
    // Diacritics optional.
    assert_eq!(
        ids(&["--search", "QUY HOACH"]),
        ["PL2.I.1", "PL2.I.3", "PL2.I.6"]
    );
}

#[test]
fn unknown_inputs_exit_2_with_a_suggestion() {
    let f = Fixture::valid();
    let out = f.run(&["--lang", "en", "list", "--status", "overdu"]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("did you mean \"overdue\""),
        "{}",
        out.stderr
    );
    let out = f.run(&["--lang", "en", "show", "PL2.I.9"]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("unknown task \"PL2.I.9\""),
        "{}",
        out.stderr
    );
}

#[test]
fn show_in_english_and_vietnamese() {
    let f = Fixture::valid();
    insta::assert_snapshot!(f
        .run(&["show", "PL2.I.1", "--as-of", "2025-01-01", "--lang", "en"])
        .transcript());
    insta::assert_snapshot!(f
        .run(&["show", "PL2.I.2", "--as-of", "2025-01-01"])
        .transcript());
}

#[test]
fn list_as_csv_and_markdown() {
    let f = Fixture::valid();
    insta::assert_snapshot!(
        f.run(&[
            "list",
            "--as-of",
            "2025-01-01",
            "--format",
            "csv",
            "--lang",
            "en"
        ])
        .stdout
    );
    insta::assert_snapshot!(
        f.run(&["list", "--as-of", "2025-01-01", "--format", "md"])
            .stdout
    );
}

#[test]
fn a_plan_with_errors_is_not_answered() {
    let f = Fixture::valid().edit(
        "tasks/pl2-01.toml",
        "lead = [\"sxd\"]\nsupport = []",
        "lead = [\"sxdd\"]\nsupport = []",
    );
    let out = f.run(&["--lang", "en", "list"]);
    assert_eq!(out.code, 2);
    assert!(out.stdout.is_empty());
    // The findings in the language of stderr, as the reason after them.
    assert!(
        out.stderr
            .contains("error[unknown-agency]: unknown agency \"sxdd\" (lead)"),
        "{}",
        out.stderr
    );
    let vi = f.run(&["list"]);
    assert!(
        vi.stderr
            .contains("lỗi[unknown-agency]: cơ quan \"sxdd\" ghi ở `lead`"),
        "{}",
        vi.stderr
    );
    // The reason names the command that could not run.
    assert!(
        out.stderr.contains("so `plan list` cannot run"),
        "{}",
        out.stderr
    );
    assert!(
        vi.stderr.contains("nên chưa thể chạy lệnh `plan list`"),
        "{}",
        vi.stderr
    );
}

#[test]
fn short_ids_are_taken_where_one_task_or_section_fits() {
    let f = Fixture::valid();
    let show = f.run(&["--lang", "en", "show", "I.2", "--format", "json"]);
    assert_eq!(show.code, 0, "{}", show.stderr);
    let v: Value = serde_json::from_str(&show.stdout).unwrap();
    assert_eq!(v["data"]["id"], "PL2.I.2");
    let list = f.run(&["--lang", "en", "list", "--section", "i", "--format", "json"]);
    assert_eq!(list.code, 0, "{}", list.stderr);
    // Two appendices with a task I.1: the short id is refused, both named.
    let f = f.edit(
        "tasks/pl1.toml",
        "[[task]]\nid = \"PL1.a.1\"",
        "[[task]]\nid = \"PL1.I.1\"\ntitle = \"Một\"\nlead = [\"skhdt\"]\nschedule = \"x\"\nongoing = true\ndeliverables = [\"x\"]\n\n[[task]]\nid = \"PL1.a.1\"",
    );
    let out = f.run(&["--lang", "en", "show", "I.1"]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr
            .contains("\"I.1\" could be the task PL1.I.1 or PL2.I.1"),
        "{}",
        out.stderr
    );
    assert_eq!(f.run(&["--lang", "en", "show", "pl2.i.1"]).code, 0);
}

#[test]
fn list_by_agency_shows_the_tasks_it_reaches_through_a_collective() {
    // ubnd-nha-trang leads nothing by name; the collective of districts does.
    let f = Fixture::valid();
    let out = f.run(&["list", "--agency", "ubnd-nha-trang", "--lang", "en"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stdout.contains("Of these, 0 tasks name the agency by name and 2 tasks name a collective it belongs to."),
        "{}",
        out.stdout
    );
    let json = f.run(&["list", "--agency", "ubnd-nha-trang", "--format", "json"]);
    let v: Value = serde_json::from_str(&json.stdout).unwrap();
    assert!(v["data"]
        .as_array()
        .unwrap()
        .iter()
        .all(|t| t["via"] == "ubnd-cap-huyen"));
}

#[test]
fn show_as_of_marks_later_history() {
    let f = Fixture::valid();
    let out = f.run(&["show", "PL2.I.1", "--as-of", "2023-01-01", "--lang", "en"]);
    assert!(
        out.stdout.contains("(recorded after 2023-01-01, not"),
        "{}",
        out.stdout
    );
    let now = f.run(&["show", "PL2.I.1", "--as-of", "2025-01-01", "--lang", "en"]);
    assert!(
        !now.stdout.contains("(after the date asked)"),
        "{}",
        now.stdout
    );
    let json = f.run(&[
        "show",
        "PL2.I.1",
        "--as-of",
        "2023-01-01",
        "--format",
        "json",
    ]);
    let v: Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(v["data"]["history"][0]["later"], true);
}

#[test]
fn wide_tables_keep_whole_titles() {
    let long = "Nhiệm vụ có tên rất dài ".repeat(12);
    let f = Fixture::valid().edit(
        "tasks/pl2-01.toml",
        "title = \"Lập quy hoạch tỉnh.\"",
        &format!("title = \"{}\"", long.trim()),
    );
    let narrow = f.run(&["list"]);
    assert!(!narrow.stdout.contains(long.trim()));
    let wide = f.run(&["list", "--wide"]);
    assert!(wide.stdout.contains(long.trim()), "{}", wide.stdout);
}
