//! `plan overdue`: on the bundled plan against lists worked out by hand from
//! the decision, and on the fixture's made-up progress.

mod common;

use common::Fixture;
use serde_json::Value;

/// The bundled plan, as the binary sees it from the repository root.
fn bundled(args: &[&str]) -> common::Output {
    common::run_in(&common::repo(), args)
}

/// "ID" or "ID#milestone" for every overdue row, in output order.
fn overdue_ids(out: &common::Output) -> Vec<String> {
    assert_eq!(out.code, 0, "{}", out.stderr);
    let v: Value = serde_json::from_str::<Value>(&out.stdout).unwrap()["data"].clone();
    v["overdue"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| match e.get("milestone") {
            Some(m) => format!("{}#{}", e["id"].as_str().unwrap(), m["number"]),
            None => e["id"].as_str().unwrap().to_string(),
        })
        .collect()
}

fn sorted(mut v: Vec<String>) -> Vec<String> {
    v.sort();
    v
}

fn strings(v: &[&str]) -> Vec<String> {
    sorted(v.iter().map(|s| s.to_string()).collect())
}

/// Deadlines of the decision, read by hand from its schedule column:
/// 14/05/2022: "Trước ngày 15/5/2022 báo cáo Tỉnh ủy" (VIII.6 first bullet, VIII.13, X.4, X.5);
/// 31/05/2022: "trong tháng 5/2022" (II.9); 30/06/2022: "trong tháng 6/2022" (II.1, 2, 3, 5);
/// 31/12/2022: "Năm 2022" (II.4, XI.3); 31/03/2023: "Quý I/2023 báo cáo Tỉnh ủy" (II.10);
/// 31/12/2023: "Năm 2023" (II.6), "2022-2023" (III.14, IV.2, IX.2), the dam of IV.11;
/// 31/12/2025: "Năm 2025" (II.7), "2022-2025" (IV.1, IV.5, VIII.2, VIII.6, VIII.7, VIII.9);
/// 31/12/2026: the second project of IV.11; 31/12/2028: "trước năm 2029" (II.10);
/// 31/12/2030: "2022-2030" (II.11).
const BY_2022_05_15: [&str; 4] = ["PL2.VIII.6#1", "PL2.VIII.13", "PL2.X.4", "PL2.X.5"];
const BY_2022_07_01: [&str; 5] = ["PL2.II.9", "PL2.II.1", "PL2.II.2", "PL2.II.3", "PL2.II.5"];
const BY_2023_01_01: [&str; 2] = ["PL2.II.4", "PL2.XI.3"];
const BY_2024_01_01: [&str; 6] = [
    "PL2.II.10#1",
    "PL2.II.6",
    "PL2.III.14",
    "PL2.IV.2",
    "PL2.IX.2",
    "PL2.IV.11#1",
];
const BY_2026_01_01: [&str; 7] = [
    "PL2.II.7",
    "PL2.IV.1",
    "PL2.IV.5",
    "PL2.VIII.2",
    "PL2.VIII.6#2",
    "PL2.VIII.7",
    "PL2.VIII.9",
];

#[test]
fn bundled_plan_overdue_at_dates_matches_the_decision() {
    let at = |d: &str| {
        sorted(overdue_ids(&bundled(&[
            "overdue", "--format", "json", "--as-of", d,
        ])))
    };
    assert_eq!(at("2022-04-29"), Vec::<String>::new());
    // On the due date itself nothing is late yet.
    assert_eq!(at("2022-05-14"), Vec::<String>::new());
    let mut expected: Vec<&str> = BY_2022_05_15.to_vec();
    assert_eq!(at("2022-05-15"), strings(&expected));
    expected.extend(BY_2022_07_01);
    assert_eq!(at("2022-07-01"), strings(&expected));
    expected.extend(BY_2023_01_01);
    assert_eq!(at("2023-01-01"), strings(&expected));
    expected.extend(BY_2024_01_01);
    assert_eq!(at("2024-01-01"), strings(&expected));
    expected.extend(BY_2026_01_01);
    assert_eq!(at("2026-01-01"), strings(&expected));
    expected.push("PL2.IV.11#2");
    assert_eq!(at("2027-01-01"), strings(&expected));
    expected.push("PL2.II.10#2");
    expected.push("PL2.II.11");
    assert_eq!(at("2031-01-01"), strings(&expected));
}

#[test]
fn most_overdue_first_then_plan_order() {
    let ids = overdue_ids(&bundled(&[
        "overdue",
        "--format",
        "json",
        "--as-of",
        "2023-01-01",
    ]));
    assert_eq!(
        ids,
        [
            "PL2.VIII.6#1",
            "PL2.VIII.13",
            "PL2.X.4",
            "PL2.X.5",
            "PL2.II.9",
            "PL2.II.1",
            "PL2.II.2",
            "PL2.II.3",
            "PL2.II.5",
            "PL2.II.4",
            "PL2.XI.3"
        ]
    );
}

#[test]
fn json_follows_the_contract() {
    let out = bundled(&["overdue", "--format", "json", "--as-of", "2023-04-10"]);
    let envelope: Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(envelope["as_of"], "2023-04-10");
    assert_eq!(envelope["command"], "overdue");
    assert_eq!(envelope["plan"], "1165/QĐ-UBND");
    let v = envelope["data"].clone();
    assert_eq!(v["count"], 12);
    let items = v["overdue"].as_array().unwrap();
    let m = items.iter().find(|e| e["id"] == "PL2.II.10").unwrap();
    assert_eq!(m["section"], "PL2.II");
    assert_eq!(
        m["lead"],
        serde_json::json!([{"id": "snv", "name": "Sở Nội vụ"}])
    );
    assert_eq!(
        m["support"][0],
        serde_json::json!({"id": "sxd", "name": "Sở Xây dựng"})
    );
    assert_eq!(
        m["milestone"],
        serde_json::json!({"number": 1, "what": "Báo cáo Tỉnh ủy"})
    );
    assert_eq!(m["due"], "2023-03-31");
    assert_eq!(m["days_overdue"], 10);
    assert_eq!(m["status"], "overdue");
    assert_eq!(m["deliverables"], serde_json::json!(["Đề án"]));
    assert!(m["title"].as_str().unwrap().starts_with("Xây dựng Đề án"));
    assert!(m["schedule"].as_str().unwrap().contains("Quý I/2023"));
    let plain = items.iter().find(|e| e["id"] == "PL2.II.1").unwrap();
    assert!(plain.get("milestone").is_none());
    assert_eq!(plain["days_overdue"], 284);
}

#[test]
fn agency_typed_any_way_gives_the_same_rows() {
    let rows = |a: &str| {
        overdue_ids(&bundled(&[
            "overdue",
            "--format",
            "json",
            "--as-of",
            "2026-01-01",
            "--agency",
            a,
        ]))
    };
    let expected = strings(&["PL2.II.2", "PL2.II.4", "PL2.II.6", "PL2.II.7"]);
    for spelling in ["so xay dung", "SXD", "sxd", "Sở Xây dựng", "SỞ XÂY DỰNG"] {
        assert_eq!(sorted(rows(spelling)), expected, "{spelling}");
    }
    // Since the Ministry of Construction took over the Ministry of Transport's
    // tasks (2025), "xay dung" alone fits two agencies: it is refused, naming both.
    let out = bundled(&["overdue", "--agency", "xay dung"]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("sxd") && out.stderr.contains("bo-xd"),
        "{}",
        out.stderr
    );
}

#[test]
fn a_name_with_words_left_out_is_accepted_when_only_one_agency_fits() {
    let full = overdue_ids(&bundled(&[
        "overdue",
        "--format",
        "json",
        "--as-of",
        "2024-01-01",
        "--agency",
        "skhdt",
    ]));
    for typed in ["so ke hoach dau tu", "sở kế hoach"] {
        assert_eq!(
            overdue_ids(&bundled(&[
                "overdue",
                "--format",
                "json",
                "--as-of",
                "2024-01-01",
                "--agency",
                typed
            ])),
            full,
            "{typed}"
        );
    }
    // "ubnd" fits many: refused, with the candidates.
    let out = bundled(&["overdue", "--lang", "en", "--agency", "ubnd huyen"]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("fits") && out.stderr.contains("ubnd-van-ninh"),
        "{}",
        out.stderr
    );
}

#[test]
fn misspelled_agency_exits_2_with_the_nearest() {
    let out = bundled(&["overdue", "--lang", "en", "--agency", "so xay dng"]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("unknown agency \"so xay dng\""),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("Sở Xây dựng"), "{}", out.stderr);
    assert!(out.stdout.is_empty());
}

#[test]
fn support_role_and_section_filters() {
    let support = overdue_ids(&bundled(&[
        "overdue",
        "--format",
        "json",
        "--as-of",
        "2023-01-01",
        "--agency",
        "sxd",
        "--role",
        "support",
    ]));
    // Sở Xây dựng coordinates on II.9 by name ("Sở Xây dựng và các sở, ban, ngành
    // liên quan"), and on II.1 and XI.3 as one of "Các sở, ban, ngành".
    assert_eq!(support, ["PL2.II.9", "PL2.II.1", "PL2.XI.3"]);
    let section = overdue_ids(&bundled(&[
        "overdue",
        "--format",
        "json",
        "--as-of",
        "2023-01-01",
        "--section",
        "x",
    ]));
    assert_eq!(section, ["PL2.X.4", "PL2.X.5"]);
}

#[test]
fn fail_if_any_and_an_empty_answer() {
    assert_eq!(
        bundled(&["overdue", "--as-of", "2023-01-01", "--fail-if-any"]).code,
        1
    );
    let none = bundled(&[
        "overdue",
        "--as-of",
        "2022-05-01",
        "--fail-if-any",
        "--lang",
        "en",
    ]);
    assert_eq!(none.code, 0);
    assert_eq!(none.stdout, "Nothing overdue as of 2022-05-01.\n");
}

#[test]
fn bad_date_is_refused() {
    let out = bundled(&["overdue", "--lang", "en", "--as-of", "2022-02-30"]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("is not a date"), "{}", out.stderr);
}

#[test]
fn terminal_table_in_vietnamese_fits_the_width() {
    let f = Fixture::valid();
    let out = f.run(&["overdue", "--as-of", "2025-01-01"]);
    insta::assert_snapshot!(out.transcript());
    for line in out.stdout.lines() {
        assert!(line.chars().count() <= 120, "{line}");
    }
}

#[test]
fn by_agency_blocks_for_reminder_letters() {
    let f = Fixture::valid();
    insta::assert_snapshot!(f
        .run(&[
            "overdue",
            "--as-of",
            "2029-06-01",
            "--by-agency",
            "--lang",
            "en"
        ])
        .transcript());
    insta::assert_snapshot!(
        f.run(&[
            "overdue",
            "--as-of",
            "2029-06-01",
            "--by-agency",
            "--format",
            "md",
            "--lang",
            "en"
        ])
        .stdout
    );
}

#[test]
fn a_collective_task_reaches_its_members() {
    let f = Fixture::valid();
    let out = f.run(&[
        "overdue",
        "--as-of",
        "2031-01-01",
        "--agency",
        "UBND TP Nha Trang",
        "--format",
        "json",
    ]);
    // PL2.I.5 is led by "UBND các huyện, thị xã, thành phố", of which Nha Trang is a member.
    assert_eq!(overdue_ids(&out), ["PL2.I.5"]);
    let collective = f.run(&[
        "overdue",
        "--as-of",
        "2031-01-01",
        "--agency",
        "ubnd-cap-huyen",
        "--format",
        "json",
    ]);
    assert_eq!(overdue_ids(&collective), ["PL2.I.5"]);
    let other = f.run(&[
        "overdue",
        "--as-of",
        "2031-01-01",
        "--agency",
        "sxd",
        "--format",
        "json",
    ]);
    assert_eq!(
        sorted(overdue_ids(&other)),
        strings(&["PL2.I.2#2", "PL2.I.6"])
    );
}

#[test]
fn fixture_progress_changes_what_is_overdue() {
    let f = Fixture::valid();
    // PL2.I.1 done late (2023-03-29) is not overdue after its completion, but was before it.
    assert_eq!(
        overdue_ids(&f.run(&["overdue", "--as-of", "2023-01-01", "--format", "json"])),
        ["PL2.I.1"]
    );
    assert_eq!(
        overdue_ids(&f.run(&["overdue", "--as-of", "2023-04-01", "--format", "json"])),
        Vec::<String>::new()
    );
    // 2025-01-01: I.6 (in progress, due 2023-12-31) overdue; I.4 done; I.7 cancelled; I.2 milestone 1 done.
    assert_eq!(
        overdue_ids(&f.run(&["overdue", "--as-of", "2025-01-01", "--format", "json"])),
        ["PL2.I.6"]
    );
}

#[test]
fn by_agency_says_when_a_task_with_two_leads_is_in_two_blocks() {
    let out = bundled(&[
        "overdue",
        "--by-agency",
        "--as-of",
        "2026-12-31",
        "--lang",
        "en",
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let blocks: usize = out
        .stdout
        .lines()
        .filter_map(|l| {
            // "Name (id): 4", or "Name (id): 4 — of which …".
            l.rsplit_once("): ")
                .and_then(|(_, n)| n.split(" — ").next()?.parse::<usize>().ok())
        })
        .sum();
    assert_eq!(blocks, 25);
    assert!(
        out.stdout.contains(
            "Note: 1 task has more than one lead and appears in each lead's block, so the blocks add up to 25, not 24."
        ),
        "{}",
        out.stdout
    );
    // No note when every task has one lead.
    let one = bundled(&[
        "overdue",
        "--by-agency",
        "--as-of",
        "2024-06-30",
        "--lang",
        "en",
    ]);
    assert!(!one.stdout.contains("Note:"), "{}", one.stdout);
}
