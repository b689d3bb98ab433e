//! `plan merge-file` as git's merge driver, in throwaway repositories: two
//! analysts' branches merged the way `git merge` merges them.

mod common;
use common::{git, Fixture};
use std::path::Path;

/// A repository holding the valid fixture plan at `plan/`, with the driver
/// set up as docs/review.md says, on branch `main`.
fn repo() -> Fixture {
    let f = Fixture::valid();
    let d = f.dir.path();
    git(d, &["init", "-q", "-b", "main"]);
    std::fs::write(d.join(".gitattributes"), "plan/**/*.toml merge=plan\n").unwrap();
    let bin = assert_cmd::cargo::cargo_bin("plan");
    git(
        d,
        &[
            "config",
            "merge.plan.driver",
            &format!("{} merge-file %O %A %B --path %P", bin.display()),
        ],
    );
    git(
        d,
        &["config", "merge.plan.name", "plan files, entity by entity"],
    );
    git(d, &["add", "-A"]);
    git(d, &["commit", "-qm", "base"]);
    f
}

/// Appends `text` to plan file `rel` and commits it on the current branch.
fn append(f: &Fixture, rel: &str, text: &str) {
    let mut s = std::fs::read_to_string(f.path(rel)).unwrap_or_default();
    s.push_str(text);
    std::fs::write(f.path(rel), s).unwrap();
    commit(f, rel);
}

fn commit(f: &Fixture, msg: &str) {
    git(f.dir.path(), &["add", "-A"]);
    git(f.dir.path(), &["commit", "-qm", msg]);
}

/// `git merge other`: whether git reported it clean.
fn merge(f: &Fixture, other: &str) -> (bool, String) {
    let out = std::process::Command::new("git")
        .current_dir(f.dir.path())
        .args(["-c", "user.name=t", "-c", "user.email=t@example.com"])
        .args(["merge", "--no-edit", other])
        .output()
        .unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.success(), text)
}

fn update(task: &str, on: &str, status: &str) -> String {
    format!("\n[[update]]\ntask = \"{task}\"\non = {on}\nstatus = \"{status}\"\n")
}

/// Branch `colleague` appends `theirs` to progress/2023.toml; then `main`
/// appends `ours` (checked out at the end).
fn two_branches(f: &Fixture, theirs: &str, ours: &str) {
    branch(f, "colleague");
    append(f, "progress/2023.toml", theirs);
    checkout(f, "main");
    append(f, "progress/2023.toml", ours);
}

fn branch(f: &Fixture, name: &str) {
    git(f.dir.path(), &["checkout", "-q", "-b", name]);
}

fn checkout(f: &Fixture, name: &str) {
    git(f.dir.path(), &["checkout", "-q", name]);
}

fn count(text: &str, needle: &str) -> usize {
    text.matches(needle).count()
}

fn validates(f: &Fixture) {
    let out = f.run(&["validate", "--lang", "en"]);
    assert_eq!(out.code, 0, "{}", out.transcript());
}

#[test]
fn updates_added_on_two_branches_merge_without_conflict() {
    let f = repo();
    two_branches(
        &f,
        &update("PL2.I.6", "2023-10-01", "in_progress"),
        &update("PL2.I.4", "2023-09-01", "in_progress"),
    );
    let (clean, msg) = merge(&f, "colleague");
    assert!(clean, "{msg}");
    let text = f.read("progress/2023.toml");
    assert!(text.contains("task = \"PL2.I.6\"") && text.contains("task = \"PL2.I.4\""));
    assert!(!text.contains("<<<<<<<"), "{text}");
    // The comments of the file stay.
    let base = std::fs::read_to_string(common::fixture_path("valid/progress/2023.toml")).unwrap();
    for line in base.lines().filter(|l| l.starts_with('#')) {
        assert!(text.contains(line), "lost comment {line:?}");
    }
    // Added entries go in date order whichever side merges.
    assert!(text.find("2023-09-01").unwrap() < text.find("2023-10-01").unwrap());
    validates(&f);
}

#[test]
fn a_new_progress_file_on_both_sides_merges_too() {
    let f = repo();
    branch(&f, "colleague");
    append(
        &f,
        "progress/2026.toml",
        &update("PL2.I.5", "2026-02-01", "in_progress"),
    );
    checkout(&f, "main");
    append(
        &f,
        "progress/2026.toml",
        &update("PL2.I.7", "2026-03-01", "done"),
    );
    let (clean, msg) = merge(&f, "colleague");
    assert!(clean, "{msg}");
    let text = f.read("progress/2026.toml");
    assert_eq!(count(&text, "[[update]]"), 2, "{text}");
    validates(&f);
}

#[test]
fn the_same_update_added_on_both_sides_is_kept_once() {
    let f = repo();
    let u = update("PL2.I.4", "2023-09-01", "in_progress");
    branch(&f, "colleague");
    append(&f, "progress/2023.toml", &u);
    checkout(&f, "main");
    append(
        &f,
        "progress/2023.toml",
        &format!("{u}note = \"thêm ghi chú\"\n"),
    );
    // The note is added on one side only: the entry is the same fact, with
    // one more field, and is kept once with it.
    let (clean, msg) = merge(&f, "colleague");
    assert!(clean, "{msg}");
    let text = f.read("progress/2023.toml");
    assert_eq!(count(&text, "on = 2023-09-01"), 1, "{text}");
    assert!(text.contains("thêm ghi chú"));
    validates(&f);
}

#[test]
fn different_statuses_for_one_update_are_one_conflict_at_that_entry() {
    let f = repo();
    branch(&f, "colleague");
    append(
        &f,
        "progress/2023.toml",
        &update("PL2.I.4", "2023-09-01", "done"),
    );
    append(
        &f,
        "progress/2023.toml",
        &update("PL2.I.6", "2023-10-01", "in_progress"),
    );
    checkout(&f, "main");
    append(
        &f,
        "progress/2023.toml",
        &update("PL2.I.4", "2023-09-01", "in_progress"),
    );
    let (clean, msg) = merge(&f, "colleague");
    assert!(!clean, "git must report the conflict: {msg}");
    assert!(msg.contains("CONFLICT"), "{msg}");
    // Named as an analyst would: no TOML, the date in the reader's form.
    assert!(
        msg.contains("xung đột: cập nhật của PL2.I.4 ngày 01/09/2023 bị sửa khác nhau ở hai nhánh"),
        "{msg}"
    );
    let text = f.read("progress/2023.toml");
    assert_eq!(count(&text, "<<<<<<< ours"), 1, "{text}");
    assert_eq!(count(&text, "=======\n"), 1);
    assert_eq!(count(&text, ">>>>>>> theirs"), 1);
    // Exactly the entry in doubt is inside the markers; the other addition
    // merged normally, outside them.
    let start = text.find("<<<<<<<").unwrap();
    let end = text.find(">>>>>>>").unwrap();
    let inside = &text[start..end];
    assert!(inside.contains("status = \"in_progress\"") && inside.contains("status = \"done\""));
    assert!(!inside.contains("PL2.I.6"));
    assert!(text.contains("PL2.I.6"));
    let st = git(f.dir.path(), &["status", "--porcelain"]);
    assert!(st.contains("UU plan/progress/2023.toml"), "{st}");
}

#[test]
fn a_due_date_changed_on_one_branch_and_a_title_on_the_other_keeps_both() {
    let f = repo();
    let rel = "tasks/pl2-01.toml";
    branch(&f, "colleague");
    let t = f.read(rel).replace("due = 2022-06-30", "due = 2022-12-31");
    std::fs::write(f.path(rel), t).unwrap();
    commit(&f, "due");
    checkout(&f, "main");
    let t = f.read(rel).replace(
        "title = \"Lập quy hoạch tỉnh.\"",
        "title = \"Lập quy hoạch tỉnh thời kỳ 2021-2030.\"",
    );
    std::fs::write(f.path(rel), t).unwrap();
    commit(&f, "title");
    let (clean, msg) = merge(&f, "colleague");
    assert!(clean, "{msg}");
    let text = f.read(rel);
    assert!(text.contains("due = 2022-12-31"), "{text}");
    assert!(text.contains("Lập quy hoạch tỉnh thời kỳ 2021-2030."));
    validates(&f);
}

#[test]
fn a_merge_whose_result_would_not_load_is_a_conflict() {
    let f = repo();
    let rel = "tasks/pl2-01.toml";
    // One branch makes PL2.I.1 recurring, the other gives it milestones: each
    // is valid alone, together the task has two schedules.
    branch(&f, "colleague");
    let t = f
        .read(rel)
        .replace("due = 2022-06-30\n", "ongoing = true\n");
    std::fs::write(f.path(rel), t).unwrap();
    commit(&f, "ongoing");
    checkout(&f, "main");
    let t = f.read(rel).replace(
        "due = 2022-06-30\ndeliverables = [\"Quy hoạch được phê duyệt\"]\n",
        "deliverables = [\"Quy hoạch được phê duyệt\"]\n\n  [[task.milestone]]\n  what = \"Trình\"\n  due = 2022-06-30\n",
    );
    assert!(t.contains("[[task.milestone]]\n  what = \"Trình\""));
    std::fs::write(f.path(rel), t).unwrap();
    commit(&f, "milestone");
    let (clean, msg) = merge(&f, "colleague");
    assert!(!clean, "{msg}");
    // The plan speaks Vietnamese, and so does its merge driver.
    assert!(msg.contains("sẽ không nạp được"), "{msg}");
    let text = f.read(rel);
    assert!(text.starts_with("<<<<<<< ours\n"), "{text}");
}

#[test]
fn the_driver_refuses_a_file_that_is_not_a_plan_file() {
    let f = Fixture::valid();
    let p = |n: &str| f.dir.path().join(n);
    for n in ["b", "o", "t"] {
        std::fs::write(p(n), "x = 1\n").unwrap();
    }
    let out = f.run(&["merge-file", "b", "o", "t", "--path", "notes/readme.toml"]);
    assert_eq!(out.code, 2, "{}", out.transcript());
    assert!(out.stderr.contains("--path %P"));
    assert!(Path::new(&p("o")).exists());
}

#[test]
fn diff_with_three_dots_shows_only_what_the_branch_changed() {
    let f = repo();
    // main moves on after the branch left it.
    two_branches(
        &f,
        &update("PL2.I.6", "2023-10-01", "in_progress"),
        &update("PL2.I.4", "2023-09-01", "done"),
    );
    let three = f.run(&["diff", "main...colleague", "--format", "md"]);
    assert_eq!(three.code, 0, "{}", three.transcript());
    assert!(three.stdout.contains("PL2.I.6"), "{}", three.stdout);
    assert!(!three.stdout.contains("PL2.I.4"), "{}", three.stdout);
    assert!(
        three.stdout.contains("nơi colleague tách khỏi main"),
        "{}",
        three.stdout
    );
    let en = f.run(&["diff", "main...colleague", "--lang", "en"]);
    assert!(
        en.stdout.contains("where colleague left main"),
        "{}",
        en.stdout
    );
    // Two dots compare the tips, so main's own update shows (as removed).
    let two = f.run(&["diff", "main..colleague"]);
    assert!(
        two.stdout.contains("PL2.I.4") && two.stdout.contains("PL2.I.6"),
        "{}",
        two.stdout
    );
    // A range and a second revision together are refused.
    let both = f.run(&["diff", "main...colleague", "HEAD"]);
    assert_eq!(both.code, 2);
}

/// The `entry:` lines of .pre-commit-hooks.yaml, as argument lists.
fn hook_entries() -> Vec<Vec<String>> {
    let yaml = std::fs::read_to_string(common::repo().join(".pre-commit-hooks.yaml")).unwrap();
    yaml.lines()
        .filter_map(|l| l.trim().strip_prefix("entry:"))
        .map(|e| e.split_whitespace().map(str::to_string).collect())
        .collect()
}

#[test]
fn the_pre_commit_hooks_fail_on_a_broken_plan_and_pass_a_good_one() {
    let entries = hook_entries();
    assert_eq!(entries.len(), 2);
    for entry in &entries {
        assert_eq!(entry[0], "plan");
        let args: Vec<&str> = entry[1..].iter().map(String::as_str).collect();
        let good = Fixture::valid();
        let out = good.run(&args);
        assert_eq!(out.code, 0, "{entry:?}: {}", out.transcript());
    }
    // An unknown agency: validate fails.
    let broken = Fixture::valid().edit(
        "tasks/pl2-01.toml",
        "lead = [\"sxd\"]\nsupport = []",
        "lead = [\"khong-co\"]\nsupport = []",
    );
    let args: Vec<&str> = entries[0][1..].iter().map(String::as_str).collect();
    assert_ne!(broken.run(&args).code, 0);
    // A file out of the canonical form: fmt --check fails.
    let unformatted = Fixture::valid().edit(
        "tasks/pl2-01.toml",
        "due = 2022-06-30",
        "due    =    2022-06-30",
    );
    let args: Vec<&str> = entries[1][1..].iter().map(String::as_str).collect();
    assert_ne!(unformatted.run(&args).code, 0);
}

#[test]
fn the_ci_example_runs_the_commands_it_shows() {
    let yml = std::fs::read_to_string(common::repo().join("docs/ci-example.yml")).unwrap();
    assert!(yml.contains("plan validate --deny-warnings"));
    assert!(yml.contains("plan fmt --check"));
    assert!(yml.contains("plan diff \"origin/${{ github.base_ref }}...HEAD\" --format md"));
    // The same diff, in a repository with a branch, as the workflow runs it.
    let f = repo();
    branch(&f, "feature");
    append(
        &f,
        "progress/2023.toml",
        &update("PL2.I.6", "2023-10-01", "in_progress"),
    );
    let out = f.run(&["diff", "main...HEAD", "--format", "md"]);
    assert_eq!(out.code, 0, "{}", out.transcript());
    assert!(out.stdout.contains("- "), "{}", out.stdout);
}

/// Runs the driver on three texts of a kind of file, outside any plan folder.
fn driver(kind_path: &str, base: &str, ours: &str, theirs: &str) -> (i32, String) {
    let f = Fixture::empty();
    let p = |n: &str| f.dir.path().join(n);
    for (n, t) in [("b", base), ("o", ours), ("t", theirs)] {
        std::fs::write(p(n), t).unwrap();
    }
    let out = f.run(&[
        "merge-file",
        "b",
        "o",
        "t",
        "-o",
        "out",
        "--path",
        kind_path,
    ]);
    (
        out.code,
        std::fs::read_to_string(p("out")).unwrap_or_default(),
    )
}

const T: &str = "[section]\nid = \"S\"\ntitle = \"s\"\n";

fn task(id: &str, milestones: &[&str]) -> String {
    let mut s = format!("\n[[task]]\nid = \"{id}\"\ntitle = \"{id}\"\nlead = [\"a\"]\n");
    for m in milestones {
        s.push_str(&format!(
            "\n  [[task.milestone]]\n  what = \"{m}\"\n  due = 2025-01-01\n"
        ));
    }
    s
}

#[test]
fn milestones_stay_under_their_own_task_whatever_side_adds_what() {
    let base = format!("{T}{}{}", task("S.1", &[]), task("S.2", &["m2"]));
    // Theirs adds a task with a milestone at the top of the file.
    let theirs = format!(
        "{T}{}{}{}",
        task("S.0", &["m0"]),
        task("S.1", &[]),
        task("S.2", &["m2"])
    );
    let (code, out) = driver("tasks/s.toml", &base, &base, &theirs);
    assert_eq!(code, 0, "{out}");
    let parsed: toml::Table = toml::from_str(&out).unwrap();
    let tasks = parsed["task"].as_array().unwrap();
    let ms = |id: &str| -> Vec<String> {
        let t = tasks.iter().find(|t| t["id"].as_str() == Some(id)).unwrap();
        t.get("milestone")
            .and_then(|m| m.as_array())
            .map(|a| {
                a.iter()
                    .map(|m| m["what"].as_str().unwrap().to_string())
                    .collect()
            })
            .unwrap_or_default()
    };
    assert_eq!(ms("S.0"), ["m0"], "{out}");
    assert_eq!(ms("S.1"), Vec::<String>::new(), "{out}");
    assert_eq!(ms("S.2"), ["m2"], "{out}");
    // Ours adds a task with milestones; theirs adds a milestone to S.1.
    let ours = format!(
        "{T}{}{}{}",
        task("S.0", &["a", "b"]),
        task("S.1", &[]),
        task("S.2", &["m2"])
    );
    let theirs = format!("{T}{}{}", task("S.1", &["new"]), task("S.2", &["m2"]));
    let (code, out) = driver("tasks/s.toml", &base, &ours, &theirs);
    assert_eq!(code, 0, "{out}");
    let parsed: toml::Table = toml::from_str(&out).unwrap();
    let tasks = parsed["task"].as_array().unwrap();
    let s1 = tasks
        .iter()
        .find(|t| t["id"].as_str() == Some("S.1"))
        .unwrap();
    assert_eq!(s1["milestone"][0]["what"].as_str(), Some("new"), "{out}");
    let s0 = tasks
        .iter()
        .find(|t| t["id"].as_str() == Some("S.0"))
        .unwrap();
    assert_eq!(s0["milestone"].as_array().unwrap().len(), 2, "{out}");
}

fn up(note: &str, status: &str) -> String {
    format!(
        "\n[[update]]\ntask = \"A\"\non = 2024-06-01\nstatus = \"{status}\"\nnote = \"{note}\"\n"
    )
}

#[test]
fn two_updates_of_one_day_pair_up_in_order_on_every_side() {
    // Theirs adds two updates of one task on one day: both are kept, whichever
    // side merges.
    let two = format!(
        "{}{}",
        up("morning", "in_progress"),
        up("afternoon", "done")
    );
    for (ours, theirs) in [("", two.as_str()), (two.as_str(), "")] {
        let (code, out) = driver("progress/2024.toml", "", ours, theirs);
        assert_eq!(code, 0, "{out}");
        assert_eq!(count(&out, "[[update]]"), 2, "{out}");
    }
    // Both in the base; theirs deletes the first, then the second.
    let (code, out) = driver("progress/2024.toml", &two, &two, &up("afternoon", "done"));
    assert_eq!(code, 0);
    assert_eq!(
        (count(&out, "morning"), count(&out, "afternoon")),
        (0, 1),
        "{out}"
    );
    let (code, out) = driver(
        "progress/2024.toml",
        &two,
        &two,
        &up("morning", "in_progress"),
    );
    assert_eq!(code, 0);
    assert_eq!(
        (count(&out, "morning"), count(&out, "afternoon")),
        (1, 0),
        "{out}"
    );
}

#[test]
fn an_inline_array_of_entries_is_left_to_a_person() {
    let inline = "update = [{task = \"A\", on = 2024-06-01, status = \"done\"}]\n";
    let (code, out) = driver(
        "progress/2024.toml",
        inline,
        inline,
        &format!("{inline}{}", ""),
    );
    assert_ne!(code, 0);
    assert!(out.starts_with("<<<<<<< ours"), "{out}");
}
