//! `plan update`: appends one update, keeps the file as it was around it,
//! never leaves a half-written file, and refuses what it cannot place.

mod common;

use common::{git, Fixture};
use std::process::Command;

fn overdue_count(f: &Fixture, as_of: &str) -> u64 {
    let out = f.run(&["overdue", "--as-of", as_of, "--format", "json"]);
    let v: serde_json::Value =
        serde_json::from_str::<serde_json::Value>(&out.stdout).unwrap()["data"].clone();
    v["count"].as_u64().unwrap()
}

#[test]
fn update_then_overdue_shows_the_change() {
    let f = Fixture::valid();
    assert_eq!(overdue_count(&f, "2025-01-01"), 1); // PL2.I.6
    let out = f.run(&[
        "update",
        "pl2.i.6",
        "--status",
        "done",
        "--on",
        "01/12/2024",
        "--note",
        "Đã phê duyệt",
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    // The receipt is in the plan's language, Vietnamese, with its dates.
    assert_eq!(
        out.stdout,
        "đã ghi nhận: PL2.I.6 hoàn thành ngày 01/12/2024 (ghi vào tệp plan/progress/2024.toml)\n"
    );
    assert_eq!(overdue_count(&f, "2025-01-01"), 0);
    let show = f.run(&[
        "show",
        "PL2.I.6",
        "--as-of",
        "2025-01-01",
        "--format",
        "json",
    ]);
    let v: serde_json::Value =
        serde_json::from_str::<serde_json::Value>(&show.stdout).unwrap()["data"].clone();
    assert_eq!(v["status"], "done_late");
    assert_eq!(f.run(&["validate", "--lang", "en"]).code, 0);
}

#[test]
fn git_diff_shows_only_the_added_lines() {
    let f = Fixture::valid();
    let root = f.dir.path();
    git(root, &["init", "-q"]);
    git(root, &["add", "."]);
    git(root, &["commit", "-qm", "plan"]);
    let before = f.read("progress/2024.toml");
    let out = f.run(&[
        "update",
        "PL2.I.5",
        "--status",
        "in_progress",
        "--on",
        "2024-06-01",
        "--source",
        "Báo cáo số 5/BC-UBND",
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(
        git(root, &["diff", "--numstat"]),
        "6\t0\tplan/progress/2024.toml\n"
    );
    let after = f.read("progress/2024.toml");
    assert!(after.starts_with(&before), "the old text is kept as it was");
    assert_eq!(
        &after[before.len()..],
        "\n[[update]]\ntask = \"PL2.I.5\"\non = 2024-06-01\nstatus = \"in_progress\"\nsource = \"Báo cáo số 5/BC-UBND\"\n"
    );
}

#[test]
fn a_new_year_gets_a_new_file_that_says_what_it_is() {
    let f = Fixture::valid();
    let out = f.run(&[
        "update",
        "PL2.I.2",
        "--status",
        "done",
        "--milestone",
        "2",
        "--on",
        "2026-03-01",
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(
        f.read("progress/2026.toml"),
        "# Những gì đã báo cáo trong năm 2026 về các nhiệm vụ của 99/QĐ-TEST. Ghi thêm bằng `plan update`, `plan actual`, `plan received` hoặc `plan import`.\n\n[[update]]\ntask = \"PL2.I.2\"\non = 2026-03-01\nstatus = \"done\"\nmilestone = 2\n"
    );
    assert_eq!(f.run(&["validate", "--lang", "en"]).code, 0);
}

#[test]
fn refusals_name_the_nearest_and_change_nothing() {
    let f = Fixture::valid();
    let before = f.read("progress/2024.toml");
    for (args, expected) in [
        (
            vec![
                "update",
                "PL2.I.8",
                "--status",
                "done",
                "--on",
                "2024-01-01",
            ],
            "did you mean \"PL2.I.1\"?",
        ),
        (
            vec![
                "update",
                "PL2.I.6",
                "--status",
                "finish",
                "--on",
                "2024-01-01",
            ],
            "(or the code not_started, in_progress, done, cancelled)",
        ),
        (
            vec![
                "update",
                "PL2.I.6",
                "--status",
                "dnoe",
                "--on",
                "2024-01-01",
            ],
            "did you mean \"done\"?",
        ),
        (
            vec![
                "update",
                "PL2.I.2",
                "--status",
                "done",
                "--milestone",
                "3",
                "--on",
                "2024-01-01",
            ],
            "milestones 1 to 2",
        ),
        (
            vec![
                "update",
                "PL2.I.6",
                "--status",
                "done",
                "--milestone",
                "1",
                "--on",
                "2024-01-01",
            ],
            "has no milestones",
        ),
        (
            vec![
                "update",
                "PL2.I.6",
                "--status",
                "done",
                "--on",
                "2024-13-01",
            ],
            "is not a date",
        ),
    ] {
        let out = f.run(&[&["--lang", "en"][..], &args[..]].concat());
        assert_eq!(out.code, 2, "{args:?}");
        assert!(out.stderr.contains(expected), "{args:?}: {}", out.stderr);
    }
    assert_eq!(f.read("progress/2024.toml"), before);
    assert!(!f.path("progress/2026.toml").exists());
}

#[test]
fn a_failed_write_leaves_the_old_file_intact() {
    let f = Fixture::valid();
    // Make the old file larger than the file-size limit below, so writing the
    // new one fails half-way (as a full disk would).
    let padding: String = (0..200).map(|i| format!("# padding line {i}\n")).collect();
    let old = f.read("progress/2024.toml") + &padding;
    let f = f.write("progress/2024.toml", old.as_bytes());
    let bin = assert_cmd::cargo::cargo_bin("plan");
    let status = Command::new("sh")
        .current_dir(f.dir.path())
        .arg("-c")
        .arg(format!(
            "ulimit -f 2; exec '{}' --dir plan update PL2.I.5 --status done --on 2024-06-01",
            bin.display()
        ))
        .status()
        .unwrap();
    assert!(!status.success(), "the write must fail under the limit");
    assert_eq!(
        f.read("progress/2024.toml"),
        old,
        "the old file is untouched"
    );
    // Whatever was left behind is not a plan file and does not break the plan.
    let out = f.run(&["validate", "--lang", "en"]);
    assert_eq!(out.code, 0, "{}", out.stdout);
}
