//! Issue 10, the reading side: dates, the layout on disk, inputs that used to
//! panic, invisible text and unsafe ids, numbers that cannot be judged, shapes
//! `plan update` cannot edit, the cost of name matching, and CRLF checkouts.
//! Rows 56 to 81 of docs/bad-input.md name their tests here.

mod common;

use common::Fixture;

/// In English: these tests read the findings' English words.
fn validate(f: &Fixture) -> common::Output {
    f.run(&["validate", "--lang", "en"])
}

/// Validate finds an error with this code and exits 1.
fn assert_error(f: &Fixture, code: &str) -> common::Output {
    let out = validate(f);
    assert_eq!(out.code, 1, "{}{}", out.stdout, out.stderr);
    assert!(
        out.stdout.contains(&format!("error[{code}]")),
        "expected error[{code}]:\n{}",
        out.stdout
    );
    out
}

fn assert_warning_only(f: &Fixture, code: &str) -> common::Output {
    let out = validate(f);
    assert!(
        out.stdout.contains(&format!("warning[{code}]")),
        "expected warning[{code}]:\n{}",
        out.stdout
    );
    assert!(
        out.stdout.contains(" 0 errors"),
        "warnings only:\n{}",
        out.stdout
    );
    out
}

const DUE: &str = "due = 2024-12-31";

// ---------------------------------------------------------------- dates

#[test]
fn update_reads_every_documented_date_shape() {
    for (on, day) in [
        ("2024-03-05", "2024-03-05"),
        ("05/03/2024", "2024-03-05"),
        ("5/3/2024", "2024-03-05"),
        ("05.03.2024", "2024-03-05"),
        ("05-03-2024", "2024-03-05"),
    ] {
        let f = Fixture::valid();
        let out = f.run(&["update", "PL2.I.6", "--status", "in_progress", "--on", on]);
        assert_eq!(out.code, 0, "{on}: {}", out.stderr);
        assert!(
            f.read("progress/2024.toml")
                .contains(&format!("on = {day}")),
            "{on}"
        );
    }
}

#[test]
fn two_digit_years_are_refused_with_the_four_digit_suggestion() {
    for (on, hint) in [("5/7/22", "5/7/2022"), ("1/1/24", "1/1/2024")] {
        let f = Fixture::valid();
        let out = f.run(&[
            "--lang", "en", "update", "PL2.I.6", "--status", "done", "--on", on,
        ]);
        assert_eq!(out.code, 2, "{on}");
        assert!(out.stderr.contains("two-digit year"), "{}", out.stderr);
        assert!(out.stderr.contains(hint), "{}", out.stderr);
        assert!(!f.path("progress/22.toml").exists());
        assert!(!f.path("progress/24.toml").exists());
        assert!(!f.path("progress/0022.toml").exists());
    }
    let f = Fixture::valid();
    let out = f.run(&["--lang", "en", "overdue", "--as-of", "1/1/24"]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("1/1/2024"), "{}", out.stderr);
}

#[test]
fn years_outside_the_window_are_refused_in_arguments() {
    for on in [
        "--on=+65537-03-04",
        "--on=-0001-06-01",
        "--on=0022-07-05",
        "--on=2200-01-01",
        "--on=1899-12-31",
    ] {
        let f = Fixture::valid();
        let before: Vec<_> = std::fs::read_dir(f.path("progress")).unwrap().collect();
        let out = f.run(&["--lang", "en", "update", "PL2.I.6", "--status", "done", on]);
        assert_eq!(out.code, 2, "{on}: {}", out.stdout);
        assert!(
            out.stderr.contains("1900") || out.stderr.contains("not a date"),
            "{on}: {}",
            out.stderr
        );
        let after: Vec<_> = std::fs::read_dir(f.path("progress")).unwrap().collect();
        assert_eq!(before.len(), after.len(), "{on}: no file written");
    }
    let f = Fixture::valid();
    for year in ["99999", "1899", "2147483647", "-5"] {
        let out = f.run(&["--lang", "en", "report", &format!("--year={year}")]);
        assert_eq!(out.code, 2, "{year}");
        let out = f.run(&["--lang", "en", "targets", &format!("--year={year}")]);
        assert_ne!(out.code, 101, "targets --year {year} panicked");
    }
}

#[test]
fn years_outside_the_window_are_errors_in_files() {
    for (rel, from, to) in [
        ("tasks/pl2-01.toml", DUE, "due = 0024-12-31"),
        ("tasks/pl2-01.toml", DUE, "due = 2224-12-31"),
        ("progress/2023.toml", "on = 2023-03-29", "on = 0023-03-29"),
        (
            "progress/2023.toml",
            "year = 2023\nvalue",
            "year = 99999\nvalue",
        ),
        (
            "progress/2023.toml",
            "received_on = 2023-12-10",
            "received_on = 1023-12-10",
        ),
        (
            "indicators.toml",
            "period = [2026, 2030]",
            "period = [2026, 20300]",
        ),
    ] {
        let f = Fixture::valid().edit(rel, from, to);
        let out = assert_error(&f, "bad-year");
        assert!(out.stdout.contains("1900 to 2199"), "{}", out.stdout);
    }
}

#[test]
fn an_update_dated_before_the_decision_is_a_warning_everywhere() {
    let f = Fixture::valid();
    let out = f.run(&[
        "--lang",
        "en",
        "update",
        "PL2.I.6",
        "--status",
        "done",
        "--on",
        "2019-06-01",
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stderr.contains("warning"), "{}", out.stderr);
    assert!(out.stderr.contains("before the decision"), "{}", out.stderr);
    assert!(f.read("progress/2019.toml").contains("on = 2019-06-01"));
    let out = assert_warning_only(&f, "date-outside-plan");
    assert!(out.stdout.contains("2019-06-01"), "{}", out.stdout);
}

#[test]
fn a_receipt_after_the_horizon_is_recorded_with_a_warning() {
    let f = Fixture::valid();
    let out = f.run(&[
        "--lang",
        "en",
        "received",
        "sxd",
        "--year",
        "2031",
        "--on",
        "05/01/2032",
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stderr.contains("after the plan's horizon"),
        "{}",
        out.stderr
    );
    assert!(f
        .read("progress/2031.toml")
        .contains("received_on = 2032-01-05"));
    assert_warning_only(&f, "date-outside-plan");
}

#[test]
fn dates_after_the_horizon_are_warnings() {
    // The fixture's last deadline or target year is 2030.
    let f = Fixture::valid().edit("progress/2023.toml", "on = 2023-03-29", "on = 2031-03-29");
    assert_warning_only(&f, "date-outside-plan");
    let f = Fixture::valid().edit(
        "progress/2023.toml",
        "received_on = 2023-12-10",
        "received_on = 2019-12-10",
    );
    assert_warning_only(&f, "date-outside-plan");
}

// ---------------------------------------------------------------- layout

#[test]
fn a_progress_that_is_a_file_is_an_error_not_a_skip() {
    let f = Fixture::valid();
    std::fs::remove_dir_all(f.path("progress")).unwrap();
    let f = f.write("progress", b"not a folder");
    let out = assert_error(&f, "unreadable");
    assert!(
        out.stdout.contains("`progress` is a file, not a folder"),
        "{}",
        out.stdout
    );
    // Statuses must not change silently: every other command refuses.
    let out = f.run(&["overdue", "--as-of", "2025-01-01"]);
    assert_eq!(out.code, 2);
}

#[cfg(unix)]
#[test]
fn a_layout_folder_that_cannot_be_read_is_an_error() {
    let f = Fixture::valid();
    std::fs::remove_dir_all(f.path("progress")).unwrap();
    // A link to nowhere exists but cannot be read (and works as root, which
    // reads folders whatever their mode).
    std::os::unix::fs::symlink("/nonexistent/progress", f.path("progress")).unwrap();
    let out = assert_error(&f, "unreadable");
    assert!(
        out.stdout.contains("cannot read the folder"),
        "{}",
        out.stdout
    );
    let f = Fixture::valid();
    std::fs::remove_dir_all(f.path("tasks")).unwrap();
    std::os::unix::fs::symlink("tasks", f.path("tasks")).unwrap();
    assert_error(&f, "unreadable");
}

#[cfg(unix)]
#[test]
fn a_fifo_in_tasks_is_refused_without_opening_it() {
    let f = Fixture::valid();
    let fifo = f.path("tasks/pipe.toml");
    let status = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(status.success());
    // Opening a FIFO for reading would block this test forever.
    let out = assert_error(&f, "unreadable");
    assert!(out.stdout.contains("FIFO"), "{}", out.stdout);
    assert!(out.stdout.contains("not opened"), "{}", out.stdout);
}

#[cfg(unix)]
#[test]
fn a_device_linked_as_a_task_file_is_refused() {
    for dev in ["/dev/zero", "/dev/null", "/dev/urandom"] {
        let f = Fixture::valid();
        std::os::unix::fs::symlink(dev, f.path("tasks/zero.toml")).unwrap();
        let out = assert_error(&f, "unreadable");
        assert!(
            out.stdout.contains("a character device"),
            "{dev}: {}",
            out.stdout
        );
    }
    let f = Fixture::valid();
    std::os::unix::fs::symlink("/dev/zero", f.path("agencies.toml.new")).unwrap();
    std::fs::remove_file(f.path("agencies.toml")).unwrap();
    std::fs::rename(f.path("agencies.toml.new"), f.path("agencies.toml")).unwrap();
    assert_error(&f, "unreadable");
}

#[test]
fn a_file_over_the_size_cap_is_refused() {
    let f = Fixture::valid();
    let file = std::fs::File::create(f.path("tasks/huge.toml")).unwrap();
    // Sparse: nothing is written to disk.
    file.set_len(plan::load::MAX_FILE_BYTES + 1).unwrap();
    let out = assert_error(&f, "unreadable");
    assert!(out.stdout.contains("64 MiB"), "{}", out.stdout);
}

#[cfg(unix)]
#[test]
fn file_names_are_shown_faithfully_and_safely() {
    use std::os::unix::ffi::OsStrExt;
    let f = Fixture::valid();
    let raw = std::ffi::OsStr::from_bytes(b"k\xE9 ho\xFFach.toml");
    std::fs::write(f.path("tasks").join(raw), b"").unwrap();
    let out = assert_error(&f, "unreadable");
    assert!(
        out.stdout.contains("plan/tasks/k\\xE9 ho\\xFFach.toml"),
        "{}",
        out.stdout
    );
    assert!(!out.stdout.contains("No such file"), "{}", out.stdout);

    let f = Fixture::valid();
    let evil = "\u{1b}]0;owned\u{7}\u{1b}[2J\u{202E}.toml";
    std::fs::write(f.path("tasks").join(evil), b"").unwrap();
    let out = assert_error(&f, "unreadable");
    assert!(
        !out.stdout.contains('\u{1b}'),
        "raw ESC reached the terminal"
    );
    assert!(!out.stdout.contains('\u{7}'));
    assert!(!out.stdout.contains('\u{202E}'));
    assert!(out.stdout.contains("\\u{1B}]0;owned"), "{}", out.stdout);
}

#[test]
fn findings_quote_file_text_with_escapes_not_raw_characters() {
    let f = Fixture::valid().edit(
        "tasks/pl2-01.toml",
        "lead = [\"sxd\"]\nsupport = []",
        "lead = [\"sxd\u{202E}\u{200B}\"]\nsupport = []",
    );
    let out = validate(&f);
    assert_eq!(out.code, 1);
    for c in ['\u{202E}', '\u{200B}', '\u{1b}'] {
        assert!(
            !out.stdout.contains(c),
            "raw U+{:04X}:\n{}",
            c as u32,
            out.stdout
        );
    }
    assert!(out.stdout.contains("\\u{202E}"), "{}", out.stdout);
}

#[test]
fn a_plan_folder_name_is_shown_safely_when_there_is_no_plan() {
    let f = Fixture::valid();
    let out = f.run(&["--dir", "no\u{1b}[2Jplan", "validate"]);
    assert_eq!(out.code, 2);
    assert!(!out.stderr.contains('\u{1b}'), "{}", out.stderr);
    assert!(out.stderr.contains("no\\u{1B}[2Jplan"), "{}", out.stderr);
}

/// Runs `plan --dir plan validate` as a user the permissions apply to: the
/// current one, or `nobody` (through setpriv) when the tests run as root,
/// who reads every folder whatever its mode. None when neither is possible.
#[cfg(unix)]
fn validate_without_privilege(f: &Fixture) -> Option<common::Output> {
    use std::os::unix::fs::PermissionsExt;
    let uid = std::process::Command::new("id").arg("-u").output().ok()?;
    let bin = assert_cmd::cargo::cargo_bin("plan");
    let mut cmd = if String::from_utf8_lossy(&uid.stdout).trim() == "0" {
        // nobody must reach the fixture: open the folders above it.
        std::fs::set_permissions(f.dir.path(), std::fs::Permissions::from_mode(0o755)).ok()?;
        let mut c = std::process::Command::new("setpriv");
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups"])
            .arg(&bin);
        c
    } else {
        std::process::Command::new(&bin)
    };
    let out = cmd
        .current_dir(f.dir.path())
        .env("NO_COLOR", "1")
        .args(["--dir", "plan", "validate"])
        .output()
        .ok()?;
    // setpriv missing or not allowed: nothing can be learnt.
    if out.status.code() == Some(127) || String::from_utf8_lossy(&out.stderr).contains("setpriv") {
        return None;
    }
    Some(common::Output {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    })
}

#[cfg(unix)]
fn chmod(path: &std::path::Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

#[cfg(unix)]
#[test]
fn folders_and_files_without_read_permission_are_errors() {
    let f = Fixture::valid();
    // Everything readable by others first, as a checkout usually is.
    for rel in ["", "tasks", "progress"] {
        chmod(&f.path(rel), 0o755);
    }
    for entry in [
        "plan.toml",
        "agencies.toml",
        "indicators.toml",
        "tasks/pl1.toml",
        "tasks/pl2-01.toml",
        "progress/2023.toml",
        "progress/2024.toml",
    ] {
        chmod(&f.path(entry), 0o644);
    }
    let Some(ok) = validate_without_privilege(&f) else {
        return;
    };
    assert_eq!(ok.code, 0, "{}{}", ok.stdout, ok.stderr);

    chmod(&f.path("progress"), 0o000);
    let out = validate_without_privilege(&f).unwrap();
    chmod(&f.path("progress"), 0o755);
    assert_eq!(out.code, 1, "{}{}", out.stdout, out.stderr);
    // The plan's language: the system's reason in the catalogue's words.
    assert!(
        out.stdout
            .contains("lỗi[unreadable]: không đọc được thư mục: không có quyền đọc"),
        "{}",
        out.stdout
    );

    chmod(&f.path("tasks/pl1.toml"), 0o000);
    let out = validate_without_privilege(&f).unwrap();
    chmod(&f.path("tasks/pl1.toml"), 0o644);
    assert_eq!(out.code, 1);
    assert!(out.stdout.contains("plan/tasks/pl1.toml"), "{}", out.stdout);

    chmod(&f.path(""), 0o000);
    let out = validate_without_privilege(&f).unwrap();
    chmod(&f.path(""), 0o755);
    assert_eq!(out.code, 2);
    // plan.toml cannot be read for its language: stderr is in Vietnamese.
    assert!(
        out.stderr.contains("không xem được plan.toml"),
        "{}",
        out.stderr
    );
}

#[cfg(unix)]
#[test]
fn textconv_fmt_and_merge_file_read_as_safely_as_the_loader() {
    let f = Fixture::valid();
    let out = f.run(&["textconv", "/dev/zero"]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("not a regular file"), "{}", out.stderr);
    let p = f.path("progress/2023.toml");
    let p = p.to_str().unwrap();
    let out = f.run(&[
        "merge-file",
        "/dev/zero",
        p,
        p,
        "-o",
        "/tmp/never-written.toml",
    ]);
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(out.stderr.contains("a character device"), "{}", out.stderr);
    let fifo = f.path("tasks/pipe.toml");
    let status = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(status.success());
    // Named on the command line, a FIFO is refused too, never opened.
    let out = f.run(&["fmt", "--check", fifo.to_str().unwrap()]);
    assert_ne!(out.code, 0);
    assert!(out.stderr.contains("FIFO"), "{}{}", out.stdout, out.stderr);
}

// ---------------------------------------------------------------- panics

fn empty_milestones() -> Fixture {
    Fixture::valid().edit(
        "tasks/pl2-01.toml",
        "  [[task.milestone]]\n  what = \"Báo cáo Tỉnh ủy\"\n  due = 2023-03-31\n\n  [[task.milestone]]\n  what = \"Hoàn thành\"\n  due = 2028-12-31\n",
        "milestone = []\n",
    )
}

#[test]
fn an_empty_milestone_list_is_an_error_and_never_a_panic() {
    let f = empty_milestones();
    let out = assert_error(&f, "no-milestones");
    assert!(out.stdout.contains("PL2.I.2"), "{}", out.stdout);
    for args in [
        &["overdue", "--as-of", "2025-01-01"][..],
        &["list"],
        &["show", "PL2.I.2"],
        &["report", "--year", "2024"],
        &["report", "--year", "2024", "--format", "md"],
        &["targets", "--year", "2024"],
        &["agencies"],
    ] {
        let out = f.run(args);
        assert_eq!(out.code, 2, "{args:?}: {}{}", out.stdout, out.stderr);
        assert!(!out.stderr.contains("panicked"), "{args:?}");
    }
}

// ---------------------------------------------------------------- input text

#[test]
fn invisible_and_format_characters_in_text_are_errors() {
    for c in [
        '\u{200B}',
        '\u{200C}',
        '\u{200D}',
        '\u{200E}',
        '\u{200F}',
        '\u{00AD}',
        '\u{2028}',
        '\u{2029}',
        '\u{FEFF}',
        '\u{2060}',
        '\u{E0041}',
        '\u{061C}',
    ] {
        let f = Fixture::valid().edit(
            "tasks/pl2-01.toml",
            "title = \"Lập quy hoạch tỉnh.\"",
            &format!("title = \"Lập quy{c} hoạch tỉnh.\""),
        );
        let out = assert_error(&f, "invisible-char");
        assert!(
            out.stdout.contains(&format!("U+{:04X}", c as u32)),
            "{}",
            out.stdout
        );
    }
    // In an agency name, a note, a source: every text.
    let f = Fixture::valid().edit(
        "progress/2023.toml",
        "note = \"Quy hoạch được phê duyệt\"",
        "note = \"Quy hoạch\u{200B} được phê duyệt\"",
    );
    assert_error(&f, "invisible-char");
    let f = Fixture::valid().edit(
        "agencies.toml",
        "name = \"Sở Xây dựng\"",
        "name = \"Sở Xây\u{00AD}dựng\"",
    );
    assert_error(&f, "invisible-char");
}

#[test]
fn update_refuses_invisible_characters_in_its_note() {
    let f = Fixture::valid();
    let out = f.run(&[
        "--lang",
        "en",
        "update",
        "PL2.I.6",
        "--status",
        "done",
        "--on",
        "2024-06-01",
        "--note",
        "Đã\u{200B} xong",
    ]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("zero-width space"), "{}", out.stderr);
    assert!(!f.read("progress/2024.toml").contains("Đã"));
}

#[test]
fn bidi_controls_stay_errors() {
    for c in ['\u{202E}', '\u{2066}'] {
        let f = Fixture::valid().edit(
            "tasks/pl2-01.toml",
            "title = \"Lập quy hoạch tỉnh.\"",
            &format!("title = \"Lập {c}quy hoạch tỉnh.\""),
        );
        assert_error(&f, "control-char");
    }
}

#[test]
fn ids_outside_the_safe_alphabet_are_errors() {
    for (rel, from, to) in [
        // Cyrillic а.
        ("agencies.toml", "id = \"sxd\"", "id = \"sxd\u{0430}\""),
        ("agencies.toml", "id = \"sxd\"", "id = \"s\u{200B}xd\""),
        ("agencies.toml", "id = \"sxd\"", "id = \"sở-xd\""),
        ("agencies.toml", "id = \"sxd\"", "id = \"s xd\""),
        ("agencies.toml", "id = \"sxd\"", "id = \"-sxd\""),
        ("tasks/pl2-01.toml", "id = \"PL2.I.4\"", "id = \"PL2.I.4/\""),
        (
            "tasks/pl2-01.toml",
            "id = \"PL2.I.4\"",
            "id = \"PL2.I.\u{0406}V\"",
        ),
        (
            "indicators.toml",
            "id = \"grdp-growth\"",
            "id = \"grdp\u{2011}growth\"",
        ),
    ] {
        let f = Fixture::valid().edit(rel, from, to);
        let out = assert_error(&f, "bad-id");
        assert!(out.stdout.contains("ASCII letters"), "{}", out.stdout);
    }
}

#[test]
fn ids_that_only_look_alike_cannot_both_validate() {
    let text = Fixture::valid().read("agencies.toml");
    for twin in ["s\u{200B}xd", "sx\u{0501}", "\u{0455}xd"] {
        let extra = format!(
            "\n[[agency]]\nid = \"{twin}\"\nname = \"Sở Xây dựng 2\"\nlevel = \"province\"\n"
        );
        let f = Fixture::valid().write("agencies.toml", format!("{text}{extra}").as_bytes());
        assert_error(&f, "bad-id");
    }
}

#[test]
fn the_decision_number_is_one_line() {
    let f = Fixture::valid().edit(
        "plan.toml",
        "id = \"99/QĐ-TEST\"",
        "id = \"\"\"99/QĐ-TEST\n[[update]]\ntask = \"PL2.I.1\"\"\"\"",
    );
    assert_error(&f, "multi-line-id");
}

// ---------------------------------------------------------------- numbers

fn with_actuals(values: &[(&str, i32, &str)]) -> Fixture {
    let mut text = Fixture::valid().read("progress/2024.toml");
    for (ind, year, value) in values {
        text.push_str(&format!(
            "\n[[actual]]\nindicator = \"{ind}\"\nyear = {year}\nvalue = {value}\n"
        ));
    }
    Fixture::valid().write("progress/2024.toml", text.as_bytes())
}

#[test]
fn a_compound_rate_at_or_below_minus_100_is_an_error() {
    for v in ["-300", "-100", "-100.5"] {
        let f = with_actuals(&[("grdp-growth", 2021, v), ("grdp-growth", 2022, "5")]);
        let out = assert_error(&f, "rate-below-minus-100");
        assert!(out.stdout.contains("grdp-growth"), "{}", out.stdout);
        // The report cannot say "Đạt" for it: it does not run at all.
        let out = f.run(&["report", "--year", "2025", "--format", "md"]);
        assert_eq!(out.code, 2);
        assert!(!out.stdout.contains("Đạt"));
    }
    // −99.9 is a real (if dreadful) rate.
    let f = with_actuals(&[("grdp-growth", 2021, "-99.9"), ("grdp-growth", 2022, "5")]);
    assert_eq!(validate(&f).code, 0, "{}", validate(&f).stdout);
}

#[test]
fn figures_that_combine_to_no_number_are_an_error_naming_them() {
    let f = with_actuals(&[
        ("poverty-reduction", 2021, "1.79e308"),
        ("poverty-reduction", 2022, "1.79e308"),
    ]);
    let out = assert_error(&f, "not-finite");
    assert!(out.stdout.contains("poverty-reduction"), "{}", out.stdout);
    assert!(out.stdout.contains("2021 = 179"), "{}", out.stdout);
    assert!(out.stdout.contains("progress/2024.toml:"), "{}", out.stdout);
    let out = f.run(&["targets", "--year", "2025"]);
    assert_eq!(out.code, 2);
    assert!(!out.stdout.contains("Đạt"));
}

#[test]
fn duplicate_actuals_name_both_places() {
    let f = with_actuals(&[("grdp-per-capita", 2023, "90.1")]);
    let out = assert_error(&f, "duplicate-actual");
    assert!(out.stdout.contains("progress/2023.toml:"), "{}", out.stdout);
    assert!(
        out.stdout.contains("plan/progress/2024.toml"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout.contains("82.4") && out.stdout.contains("90.1"),
        "{}",
        out.stdout
    );
    let f = with_actuals(&[
        ("grdp-growth", 2022, "6"),
        ("grdp-growth", 2022, "6"),
        ("grdp-growth", 2022, "7"),
    ]);
    let out = assert_error(&f, "duplicate-actual");
    assert_eq!(out.stdout.matches("error[duplicate-actual]").count(), 2);
}

// ---------------------------------------------------------------- shapes

#[test]
fn inline_update_arrays_do_not_validate_and_fmt_converts_them() {
    let inline = "update = [{ task = \"PL2.I.6\", on = 2025-02-01, status = \"in_progress\" }, { task = \"PL2.I.4\", on = 2025-03-01, status = \"done\" }]\n";
    let f = Fixture::valid().write("progress/2025.toml", inline.as_bytes());
    let out = assert_error(&f, "inline-updates");
    assert!(out.stdout.contains("plan fmt"), "{}", out.stdout);
    let out = f.run(&["fmt"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(f.read("progress/2025.toml").contains("[[update]]"));
    assert_eq!(validate(&f).code, 0, "{}", validate(&f).stdout);
    let out = f.run(&[
        "update",
        "PL2.I.6",
        "--status",
        "done",
        "--on",
        "2025-04-01",
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(
        f.read("progress/2025.toml").matches("[[update]]").count(),
        3
    );
}

#[test]
fn a_long_agency_name_against_many_agencies_stays_cheap() {
    // 20 000 agencies and a 2 000-character --agency: every suggestion is
    // ruled out by length, so this finishes at once (it took minutes before).
    let mut text = Fixture::valid().read("agencies.toml");
    for i in 0..20_000 {
        text.push_str(&format!(
            "\n[[agency]]\nid = \"a{i}\"\nname = \"Phòng số {i} của Ủy ban nhân dân xã\"\nlevel = \"district\"\n"
        ));
    }
    let f = Fixture::valid().write("agencies.toml", text.as_bytes());
    let long = "Sở Kế hoạch ".repeat(170);
    let out = f.run(&["--lang", "en", "list", "--agency", &long]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("unknown agency"), "{}", out.stderr);
    // A typo is still found among them.
    let out = f.run(&[
        "--lang",
        "en",
        "list",
        "--agency",
        "Phòng số 1234 của Ủy ban nhân dân xa",
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
}

// ---------------------------------------------------------------- line endings

#[test]
fn the_bundled_plan_checked_out_with_crlf_loads_with_warnings_only() {
    let f = Fixture::empty();
    let dst = f.dir.path().join("plan");
    copy_crlf(&common::repo().join("plan"), &dst);
    let out = f.run(&["validate", "--lang", "en"]);
    assert_eq!(out.code, 0, "{}", out.stdout);
    assert!(out.stdout.contains("warning[crlf]"), "{}", out.stdout);
    assert!(!out.stdout.contains("control-char"), "{}", out.stdout);
    assert!(!out.stdout.contains("error["), "{}", out.stdout);
    // And every command runs on it.
    let out = f.run(&["overdue", "--as-of", "2026-01-01"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    // The multi-line texts read as they do with LF endings.
    let lf = common::run_in(&common::repo(), &["show", "PL2.XI.1", "--format", "json"]);
    let crlf = f.run(&["show", "PL2.XI.1", "--format", "json"]);
    assert_eq!(lf.stdout, crlf.stdout);
}

#[test]
fn a_lone_carriage_return_is_still_an_error() {
    let f = Fixture::valid().edit(
        "tasks/pl2-01.toml",
        "title = \"Lập quy hoạch tỉnh.\"",
        "title = \"Lập quy\\rhoạch tỉnh.\"",
    );
    let out = assert_error(&f, "control-char");
    assert!(out.stdout.contains("carriage return"), "{}", out.stdout);
}

fn copy_crlf(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_crlf(&entry.path(), &target);
        } else {
            let text = std::fs::read_to_string(entry.path()).unwrap();
            std::fs::write(&target, text.replace('\n', "\r\n")).unwrap();
        }
    }
}

#[test]
fn update_and_validate_word_a_date_after_the_plan_the_same_way() {
    let f = Fixture::valid();
    let out = f.run(&[
        "--lang",
        "vi",
        "update",
        "PL2.I.6",
        "--status",
        "done",
        "--on",
        "01/02/2031",
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let phrase = "sau thời hạn cuối của kế hoạch (31/12/2030, ngày cuối của năm cuối cùng có thời hạn hoặc mục tiêu)";
    assert!(out.stderr.contains(phrase), "{}", out.stderr);
    let v = f.run(&["--lang", "vi", "validate"]);
    assert!(v.stdout.contains(phrase), "{}", v.stdout);
}
