//! The bad-input catalogue (docs/bad-input.md): what `plan` answers to files
//! from other people's editors, Excel exports and merges. Rows not here are
//! tested in validate.rs, named in the catalogue.

mod common;

use common::Fixture;

/// In English: these tests read the findings' English words.
fn validate(f: &Fixture) -> common::Output {
    f.run(&["validate", "--lang", "en"])
}

#[test]
fn a_tab_inside_text_is_text() {
    let f = Fixture::valid().edit(
        "tasks/pl2-01.toml",
        "title = \"Lập quy hoạch tỉnh.\"",
        "title = \"Lập\\tquy hoạch tỉnh.\"",
    );
    let out = validate(&f);
    assert_eq!(out.code, 0, "{}", out.stdout);
    assert!(out.stdout.ends_with("0 errors, 0 warnings\n"));
}

#[test]
fn a_five_megabyte_title_loads_and_is_shortened_on_screen() {
    let long = "quy hoạch ".repeat(500_000);
    let f = Fixture::valid().edit(
        "tasks/pl2-01.toml",
        "title = \"Hoàn thành quy hoạch phân khu.\"",
        &format!("title = \"{long}\""),
    );
    assert!(f.read("tasks/pl2-01.toml").len() > 5_000_000);
    assert_eq!(validate(&f).code, 0);
    let out = f.run(&["overdue", "--as-of", "2025-01-01"]);
    assert_eq!(out.code, 0);
    assert!(
        out.stdout.len() < 5_000,
        "the table shortens the title: {} bytes",
        out.stdout.len()
    );
    assert!(out.stdout.contains('…'));
}

#[test]
fn ten_thousand_files_load() {
    let mut f = Fixture::valid();
    for i in 0..10_000 {
        f = f.write(
            &format!("tasks/x{i:05}.toml"),
            format!("[section]\nid = \"X.{i}\"\ntitle = \"t\"\n\n[[task]]\nid = \"X.{i}.1\"\ntitle = \"t\"\nlead = [\"sxd\"]\nschedule = \"Thường xuyên\"\nongoing = true\n").as_bytes(),
        );
    }
    let out = validate(&f);
    assert_eq!(out.code, 0, "{}", &out.stdout[..out.stdout.len().min(2000)]);
    assert!(
        out.stdout
            .contains("10007 files, 10002 sections, 10008 tasks"),
        "{}",
        out.stdout
    );
}

#[test]
fn a_folder_where_a_file_should_be_is_unreadable() {
    let f = Fixture::valid();
    std::fs::create_dir(f.path("tasks/thu-muc.toml")).unwrap();
    let out = validate(&f);
    assert_eq!(out.code, 1);
    assert!(
        out.stdout
            .contains("error[unreadable]: cannot read the file"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout.contains("--> plan/tasks/thu-muc.toml:1"),
        "{}",
        out.stdout
    );
}

#[cfg(unix)]
#[test]
fn a_symlink_loop_in_tasks_is_named() {
    let f = Fixture::valid();
    std::os::unix::fs::symlink("vong.toml", f.path("tasks/vong.toml")).unwrap();
    let out = validate(&f);
    assert_eq!(out.code, 1);
    assert!(out.stdout.contains("error[unreadable]"), "{}", out.stdout);
    assert!(
        out.stdout.contains("plan/tasks/vong.toml"),
        "{}",
        out.stdout
    );
    // Other commands refuse, naming the same file.
    let listing = f.run(&["list"]);
    assert_eq!(listing.code, 2);
    assert!(listing.stderr.contains("plan/tasks/vong.toml"));
}

#[test]
fn year_1900_is_a_warning_and_9999_is_outside_the_window() {
    let f = Fixture::valid().edit("tasks/pl2-01.toml", "due = 2022-06-30", "due = 1900-06-30");
    let out = validate(&f);
    assert_eq!(out.code, 0);
    assert!(
        out.stdout.contains("warning[due-before-issue]"),
        "{}",
        out.stdout
    );
    // Years after 2199 are no plan's deadline: a typo, and an error.
    let f = Fixture::valid().edit("tasks/pl2-01.toml", "due = 2024-12-31", "due = 9999-12-31");
    let out = validate(&f);
    assert_eq!(out.code, 1);
    assert!(out.stdout.contains("error[bad-year]"), "{}", out.stdout);
}

#[test]
fn an_empty_plan_is_valid_and_has_nothing_overdue() {
    let f = Fixture::empty();
    std::fs::create_dir(f.dir.path().join("plan")).unwrap();
    let f = f
        .write(
            "plan.toml",
            "id = \"1/QD\"\ntitle = \"Trống\"\nissued_by = \"ubnd\"\nissued_on = 2024-01-01\n"
                .as_bytes(),
        )
        .write(
            "agencies.toml",
            "[[agency]]\nid = \"ubnd\"\nname = \"UBND tỉnh\"\n".as_bytes(),
        );
    let out = validate(&f);
    assert_eq!(out.code, 0, "{}", out.stdout);
    assert_eq!(
        out.stdout,
        "plan: 2 files, 0 sections, 0 tasks, 1 agency, 0 indicators: 0 errors, 0 warnings\n"
    );
    assert_eq!(
        f.run(&["overdue", "--lang", "en", "--as-of", "2030-01-01"])
            .stdout,
        "Nothing overdue as of 2030-01-01.\n"
    );
}

#[test]
fn a_folder_without_plan_toml_is_not_a_plan() {
    let f = Fixture::valid().remove("plan.toml");
    // No plan to ask for a language, and none asked for: Vietnamese.
    let out = f.run(&["validate"]);
    assert_eq!(out.code, 2);
    assert_eq!(
        out.stderr,
        "lỗi: không tìm thấy kế hoạch trong plan: thư mục không có plan.toml\n  gợi ý: chỉ đến thư mục kế hoạch bằng --dir PATH hoặc biến PLAN_DIR, hoặc tạo kế hoạch mới bằng `plan init DIR`\n"
    );
}

#[test]
fn an_empty_tasks_file_says_what_it_lacks() {
    let f = Fixture::valid().write("tasks/trong.toml", b"");
    let out = validate(&f);
    assert_eq!(out.code, 1);
    assert!(
        out.stdout
            .contains("error[missing-field]: a tasks file has no [section]"),
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains("help: start the file with the section it holds:\n      [section]\n      id = \"PL2.I\""), "{}", out.stdout);
}

#[test]
fn conflicting_updates_on_one_day_warn_and_the_later_counts() {
    let f = Fixture::valid();
    let text = f.read("progress/2024.toml")
        + "\n[[update]]\ntask = \"PL2.I.6\"\non = 2024-01-15\nstatus = \"done\"\n";
    let f = f.write("progress/2024.toml", text.as_bytes());
    let out = validate(&f);
    assert_eq!(out.code, 0);
    assert!(out.stdout.contains("warning[conflicting-updates]: two updates of \"PL2.I.6\" on 2024-01-15 disagree: in progress then done"), "{}", out.stdout);
    let show = f.run(&[
        "show",
        "PL2.I.6",
        "--format",
        "json",
        "--as-of",
        "2025-01-01",
    ]);
    let v: serde_json::Value =
        serde_json::from_str::<serde_json::Value>(&show.stdout).unwrap()["data"].clone();
    assert_eq!(v["status"], "done_late");
}

#[test]
fn a_progress_file_for_a_future_year_counts_only_from_its_dates() {
    let f = Fixture::valid().write(
        "progress/2099.toml",
        b"[[update]]\ntask = \"PL2.I.6\"\non = 2099-01-01\nstatus = \"done\"\n",
    );
    assert_eq!(validate(&f).code, 0);
    let count = |as_of: &str| {
        let out = f.run(&["overdue", "--as-of", as_of, "--format", "json"]);
        serde_json::from_str::<serde_json::Value>(&out.stdout).unwrap()["data"]["count"]
            .as_u64()
            .unwrap()
    };
    assert_eq!(
        count("2025-01-01"),
        1,
        "PL2.I.6 is still overdue before 2099"
    );
    assert_eq!(
        count("2099-06-01"),
        2,
        "then done late; what is overdue in 2099 is PL2.I.2 and PL2.I.5"
    );
}

#[test]
fn files_that_are_not_toml_are_ignored() {
    let f = Fixture::valid()
        .write("tasks/README.md", b"# ghi chu\n")
        .write("tasks/.pl2-01.toml.swp", b"\x00\x01binary")
        .write("tasks/pl2-01.toml~", b"[[task]] broken");
    let out = validate(&f);
    assert_eq!(out.code, 0, "{}", out.stdout);
    assert!(out.stdout.starts_with("plan: 7 files"));
}

#[test]
fn deeply_nested_arrays_are_a_syntax_error_not_a_crash() {
    let deep = format!("a = {}{}\n", "[".repeat(100_000), "]".repeat(100_000));
    let f = Fixture::valid().write("tasks/sau.toml", deep.as_bytes());
    let out = validate(&f);
    assert_eq!(out.code, 1);
    assert!(
        out.stdout.contains("error[toml-syntax]"),
        "{}",
        &out.stdout[..out.stdout.len().min(3000)]
    );
}

#[test]
fn a_number_too_large_is_named() {
    let f = Fixture::valid().edit(
        "progress/2023.toml",
        "year = 2023\nvalue",
        "year = 99999999999999999999\nvalue",
    );
    let out = validate(&f);
    assert_eq!(out.code, 1);
    assert!(
        out.stdout.contains("plan/progress/2023.toml:17:8"),
        "{}",
        out.stdout
    );
}

#[test]
fn an_excel_style_csv_saved_as_toml_is_a_syntax_error() {
    let f = Fixture::valid().write(
        "tasks/excel.toml",
        "\u{feff}TT,Nhiệm vụ,Cơ quan chủ trì\r\n1,Lập quy hoạch,Sở Xây dựng\r\n".as_bytes(),
    );
    let out = validate(&f);
    assert_eq!(out.code, 1);
    assert!(out.stdout.contains("error[toml-syntax]"), "{}", out.stdout);
    assert!(
        out.stdout.contains("plan/tasks/excel.toml:1:"),
        "{}",
        out.stdout
    );
}

#[test]
fn a_merge_conflict_left_in_a_file_is_a_syntax_error_at_its_marker() {
    let f = Fixture::valid().edit(
        "tasks/pl2-01.toml",
        "due = 2022-06-30\n",
        "<<<<<<< HEAD\ndue = 2022-06-30\n=======\ndue = 2022-12-31\n>>>>>>> branch\n",
    );
    let out = validate(&f);
    assert_eq!(out.code, 1);
    assert!(
        out.stdout.contains("error[toml-syntax]")
            && out.stdout.contains("plan/tasks/pl2-01.toml:11:9"),
        "{}",
        out.stdout
    );
}
