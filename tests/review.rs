//! Reviewing changes: `plan diff` between git revisions, and the git textconv
//! driver that makes `git diff` of plan files read as facts.

mod common;

use common::{git, Fixture};
use std::process::Command;

/// The fixture in a fresh repository with one commit, then three edits:
/// a moved deadline, a new lead, an added update.
fn edited() -> Fixture {
    let f = Fixture::valid();
    git(f.dir.path(), &["init", "-q"]);
    git(f.dir.path(), &["add", "."]);
    git(f.dir.path(), &["commit", "-qm", "plan"]);
    let f = f
        .edit("tasks/pl2-01.toml", "due = 2022-06-30", "due = 2022-12-31")
        .edit(
            "tasks/pl2-01.toml",
            "lead = [\"sxd\"]\nsupport = [\"skhdt\"]",
            "lead = [\"skhdt\"]\nsupport = [\"skhdt\"]",
        );
    let out = f.run(&[
        "update",
        "PL2.I.5",
        "--status",
        "in_progress",
        "--on",
        "2024-06-01",
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    f
}

#[test]
fn diff_reports_exactly_the_three_facts() {
    let f = edited();
    let out = f.run(&["diff", "--lang", "en"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(
        out.stdout,
        "3 changes to the plan between HEAD and the working tree:\n  PL2.I.1  due  2022-06-30 → 2022-12-31\n  PL2.I.6  lead  sxd → skhdt\n  new update PL2.I.5: in progress on 2024-06-01\n"
    );
    // In the plan's own language, Vietnamese, with its dates.
    let vi = f.run(&["diff"]);
    assert_eq!(
        vi.stdout,
        "3 thay đổi của kế hoạch giữa HEAD và thư mục làm việc:\n  PL2.I.1  hạn  30/06/2022 → 31/12/2022\n  PL2.I.6  cơ quan chủ trì  sxd → skhdt\n  cập nhật mới PL2.I.5: đang thực hiện ngày 01/06/2024\n"
    );
    let md = f.run(&["diff", "--format", "md", "--lang", "en"]);
    assert_eq!(
        md.stdout,
        "# 3 changes to the plan between HEAD and the working tree:\n\n- PL2.I.1  due  2022-06-30 → 2022-12-31\n- PL2.I.6  lead  sxd → skhdt\n- new update PL2.I.5: in progress on 2024-06-01\n"
    );
    let envelope: serde_json::Value =
        serde_json::from_str(&f.run(&["diff", "--format", "json"]).stdout).unwrap();
    assert_eq!(envelope["command"], "diff");
    assert_eq!(envelope["as_of"], serde_json::Value::Null);
    let json = envelope["data"].clone();
    assert_eq!(
        json,
        serde_json::json!([
            {"entity": "task", "id": "PL2.I.1", "kind": "changed", "field": "due", "before": "2022-06-30", "after": "2022-12-31"},
            {"entity": "task", "id": "PL2.I.6", "kind": "changed", "field": "lead", "before": "sxd", "after": "skhdt"},
            {"entity": "update", "id": "PL2.I.5 on 2024-06-01", "kind": "added", "after": "in_progress"}
        ])
    );
    assert_eq!(f.run(&["diff", "--exit-code"]).code, 1);
}

#[test]
fn diff_between_two_commits_and_no_change() {
    let f = edited();
    git(f.dir.path(), &["commit", "-qam", "edits"]);
    let out = f.run(&["diff", "HEAD~1", "HEAD"]);
    assert_eq!(out.stdout.lines().count(), 4, "{}", out.stdout);
    let same = f.run(&["diff", "--exit-code", "--lang", "en"]);
    assert_eq!(same.code, 0);
    assert_eq!(
        same.stdout,
        "No change to the plan between HEAD and the working tree.\n"
    );
}

#[test]
fn revisions_that_are_options_or_nothing_are_refused() {
    let f = edited();
    for (rev, says) in [
        ("--output=x", "is not a revision"),
        ("-p", "is not a revision"),
        ("nosuchbranch", "names no commit"),
    ] {
        let out = f.run(&["--lang", "en", "diff", "--", rev]);
        assert_eq!(out.code, 2, "{rev}");
        assert!(out.stderr.contains(says), "{rev}: {}", out.stderr);
        assert!(!f.dir.path().join("x").exists());
    }
}

#[test]
fn outside_a_repository_it_says_so() {
    let f = Fixture::valid();
    let out = f.run(&["--lang", "en", "diff"]);
    // A temporary folder may sit inside some repository; only when it does not
    // is this the message.
    if out.code == 2 && out.stderr.contains("not inside a git repository") {
        assert!(out.stderr.contains("run it in a clone"));
    } else {
        assert!(Command::new("git")
            .current_dir(f.dir.path())
            .args(["rev-parse", "--show-toplevel"])
            .output()
            .unwrap()
            .status
            .success());
    }
}

#[test]
fn git_diff_through_the_textconv_driver_reads_as_facts() {
    let f = edited();
    let bin = assert_cmd::cargo::cargo_bin("plan");
    std::fs::write(
        f.dir.path().join(".gitattributes"),
        "plan/**/*.toml diff=plan\n",
    )
    .unwrap();
    git(
        f.dir.path(),
        &[
            "config",
            "diff.plan.textconv",
            &format!("'{}' textconv", bin.display()),
        ],
    );
    let d = git(f.dir.path(), &["diff", "--", "plan/tasks/pl2-01.toml"]);
    assert!(
        d.contains("-PL2.I.1  due = 2022-06-30\n+PL2.I.1  due = 2022-12-31\n"),
        "{d}"
    );
    assert!(
        d.contains("-PL2.I.6  lead = [\"sxd\"]\n+PL2.I.6  lead = [\"skhdt\"]\n"),
        "{d}"
    );
}
