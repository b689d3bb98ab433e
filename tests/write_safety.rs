//! Writing safely: one writer at a time per plan folder, whole files only,
//! nothing written over what must not be, and output failures that end
//! cleanly. Every test drives the real binary.

mod common;

use common::{git, repo, Fixture};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

fn bin() -> PathBuf {
    assert_cmd::cargo::cargo_bin("plan")
}

/// `plan --dir plan ARGS` in `root`, not yet waited for.
fn spawn(root: &Path, args: &[&str]) -> Child {
    Command::new(bin())
        .current_dir(root)
        .env_remove("PLAN_DIR")
        .env_remove("PLAN_LOCK_TIMEOUT")
        .env("NO_COLOR", "1")
        .args(["--dir", "plan"])
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

struct Done {
    code: i32,
    stdout: String,
    stderr: String,
}

fn finish(child: Child) -> Done {
    let out = child.wait_with_output().unwrap();
    Done {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// The bundled plan (114 tasks) at `plan/` in a fresh folder.
fn bundled() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&repo().join("plan"), &dir.path().join("plan"));
    dir
}

/// Every task id of the plan at `root/plan`, read from its files.
fn task_ids(root: &Path) -> Vec<String> {
    let mut ids = Vec::new();
    let mut files: Vec<_> = std::fs::read_dir(root.join("plan/tasks"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    for f in files {
        let v: toml::Table = toml::from_str(&std::fs::read_to_string(f).unwrap()).unwrap();
        for t in v["task"].as_array().unwrap() {
            ids.push(t["id"].as_str().unwrap().to_string());
        }
    }
    ids
}

/// The [[update]] tables of a progress file, which must be valid TOML.
fn updates(path: &Path) -> Vec<toml::Value> {
    let text = std::fs::read_to_string(path).unwrap();
    let v: toml::Table = toml::from_str(&text)
        .unwrap_or_else(|e| panic!("{} is not valid TOML: {e}\n{text}", path.display()));
    v.get("update")
        .and_then(|u| u.as_array())
        .cloned()
        .unwrap_or_default()
}

#[test]
fn thirty_two_updates_at_once_are_all_kept() {
    let root = bundled();
    let ids = task_ids(root.path());
    assert!(ids.len() >= 32);
    let children: Vec<Child> = ids[..32]
        .iter()
        .map(|id| {
            spawn(
                root.path(),
                &[
                    "update",
                    id,
                    "--status",
                    "in_progress",
                    "--on",
                    "2024-05-01",
                ],
            )
        })
        .collect();
    for (id, child) in ids.iter().zip(children) {
        let out = finish(child);
        assert_eq!(out.code, 0, "{id}: {}", out.stderr);
        assert!(
            out.stdout.starts_with("đã ghi nhận: "),
            "{id}: {}",
            out.stdout
        );
    }
    let kept = updates(&root.path().join("plan/progress/2024.toml"));
    assert_eq!(kept.len(), 32, "every update is in the file");
    let mut tasks: Vec<&str> = kept.iter().map(|u| u["task"].as_str().unwrap()).collect();
    tasks.sort();
    let mut want: Vec<&str> = ids[..32].iter().map(String::as_str).collect();
    want.sort();
    assert_eq!(tasks, want);
    let v = finish(spawn(root.path(), &["validate"]));
    assert_eq!(v.code, 0, "{}", v.stdout);
}

#[test]
fn fmt_racing_update_loses_nothing() {
    let f = Fixture::valid();
    let progress = f.path("progress/2024.toml");
    let before = updates(&progress).len();
    for round in 0..20 {
        // Untidy spacing, so that fmt has the file to rewrite every round.
        let untidy = std::fs::read_to_string(&progress)
            .unwrap()
            .replace("status = ", "status   =   ");
        std::fs::write(&progress, untidy).unwrap();
        let date = format!("2024-07-{:02}", round + 1);
        let fmt = spawn(f.dir.path(), &["fmt"]);
        let update = spawn(
            f.dir.path(),
            &[
                "update",
                "PL2.I.5",
                "--status",
                "in_progress",
                "--on",
                &date,
            ],
        );
        let (u, m) = (finish(update), finish(fmt));
        assert_eq!(u.code, 0, "round {round}: {}", u.stderr);
        assert_eq!(m.code, 0, "round {round}: {}", m.stderr);
        let now = updates(&progress);
        assert_eq!(
            now.len(),
            before + round + 1,
            "round {round}: an update was lost"
        );
        assert!(
            now.iter()
                .any(|u| u["on"].to_string() == date && u["task"].as_str() == Some("PL2.I.5")),
            "round {round}: the update of {date} is missing"
        );
    }
    assert_eq!(
        f.run(&["fmt", "--check"]).code,
        0,
        "the last fmt tidied it all"
    );
}

#[test]
fn a_writer_waits_for_the_lock_says_so_and_gives_up_with_exit_2() {
    let f = Fixture::valid();
    let before = f.read("progress/2024.toml");
    let plan_dir = f.path("");
    plan::fsio::with_plan_lock(
        &plan_dir,
        Duration::from_secs(1),
        plan::lang::Lang::En,
        || {
            let started = std::time::Instant::now();
            let out = finish(spawn(
                f.dir.path(),
                &[
                    "--lang",
                    "en",
                    "--lock-timeout",
                    "1.5",
                    "update",
                    "PL2.I.5",
                    "--status",
                    "done",
                    "--on",
                    "2024-06-01",
                ],
            ));
            assert!(started.elapsed() >= Duration::from_millis(1500));
            assert_eq!(out.code, 2, "{}", out.stderr);
            assert_eq!(out.stdout, "", "nothing said recorded");
            assert_eq!(
                out.stderr.matches("waiting for another `plan`").count(),
                1,
                "said once: {}",
                out.stderr
            );
            assert!(out.stderr.contains(".plan.lock"), "{}", out.stderr);
            assert!(
                out.stderr.contains("held the lock") && out.stderr.contains("--lock-timeout"),
                "{}",
                out.stderr
            );
            // The variable does as the flag does; fmt waits as update does.
            let fmt = Command::new(bin())
                .current_dir(f.dir.path())
                .env("PLAN_LOCK_TIMEOUT", "0.2")
                .args(["--dir", "plan", "fmt"])
                .output()
                .unwrap();
            assert_eq!(fmt.status.code(), Some(2));
            Ok(())
        },
    )
    .unwrap();
    assert_eq!(f.read("progress/2024.toml"), before, "nothing was written");
}

#[test]
fn a_waiting_writer_goes_on_once_the_lock_is_free() {
    let f = Fixture::valid();
    let plan_dir = f.path("");
    let (child, said) = plan::fsio::with_plan_lock(
        &plan_dir,
        Duration::from_secs(1),
        plan::lang::Lang::En,
        || {
            let mut child = spawn(
                f.dir.path(),
                &[
                    "update",
                    "PL2.I.5",
                    "--status",
                    "done",
                    "--on",
                    "2024-06-01",
                ],
            );
            // Held until the writer says it waits, however slow the machine.
            let mut said = String::new();
            let mut err = std::io::BufReader::new(child.stderr.take().unwrap());
            std::io::BufRead::read_line(&mut err, &mut said).unwrap();
            Ok((child, said))
        },
    )
    .unwrap();
    // In the plan's language, Vietnamese, as the receipt below.
    assert!(said.starts_with("đang chờ một lệnh `plan` khác"), "{said}");
    let out = finish(child);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stdout.starts_with("đã ghi nhận: PL2.I.5"),
        "{}",
        out.stdout
    );
}

#[test]
fn readers_take_no_lock() {
    let f = Fixture::valid();
    let plan_dir = f.path("");
    plan::fsio::with_plan_lock(
        &plan_dir,
        Duration::from_secs(1),
        plan::lang::Lang::En,
        || {
            for args in [&["validate"][..], &["list"], &["fmt", "--check"]] {
                let out = finish(spawn(
                    f.dir.path(),
                    &[&["--lock-timeout", "0"][..], args].concat(),
                ));
                assert_ne!(out.code, 2, "{args:?}: {}", out.stderr);
            }
            Ok(())
        },
    )
    .unwrap();
}

#[cfg(unix)]
#[test]
fn killed_writers_never_leave_a_broken_file_and_leftovers_are_reported() {
    // A large progress file, so that a kill often lands during the write.
    let f = Fixture::valid();
    let padding: String = (0..60_000)
        .map(|i| format!("# padding line {i} of a large progress file\n"))
        .collect();
    let f = f.write(
        "progress/2024.toml",
        (f_read_fixture("progress/2024.toml") + &padding).as_bytes(),
    );
    let progress = f.path("progress/2024.toml");
    let mut last = std::fs::read_to_string(&progress).unwrap();
    let mut count = updates(&progress).len();
    let mut kills_before_done = 0;
    for i in 0..30u64 {
        let date = format!("2024-08-{:02}", i + 1);
        let mut child = spawn(
            f.dir.path(),
            &[
                "update",
                "PL2.I.5",
                "--status",
                "in_progress",
                "--on",
                &date,
            ],
        );
        std::thread::sleep(Duration::from_millis(20 + 15 * i));
        let _ = child.kill(); // SIGKILL
        let _ = child.wait();
        let now = std::fs::read_to_string(&progress).unwrap();
        // Whole and valid, with the old updates and at most the new one.
        let n = updates(&progress).len();
        assert!(
            n == count || n == count + 1,
            "kill {i}: {count} updates became {n}"
        );
        assert!(now.contains(&padding), "kill {i}: the comments were cut");
        if n == count {
            assert_eq!(now, last, "kill {i}: changed without the update");
            kills_before_done += 1;
        }
        (last, count) = (now, n);
    }
    assert!(
        kills_before_done > 0,
        "some kills landed before the write was done"
    );
    // A write stopped by the file-size limit (SIGXFSZ) leaves its temporary
    // file for certain.
    let status = Command::new("sh")
        .current_dir(f.dir.path())
        .arg("-c")
        .arg(format!(
            "ulimit -f 1024; exec '{}' --dir plan update PL2.I.5 --status done --on 2024-09-01",
            bin().display()
        ))
        .status()
        .unwrap();
    assert!(!status.success());
    assert_eq!(std::fs::read_to_string(&progress).unwrap(), last);
    let left: Vec<String> = std::fs::read_dir(f.path("progress"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".plan-tmp-"))
        .collect();
    assert!(!left.is_empty(), "the killed write left its temporary file");
    let v = f.run(&["validate", "--lang", "en"]);
    assert_eq!(v.code, 0, "a leftover is a warning: {}", v.stdout);
    for name in &left {
        assert!(
            v.stdout
                .contains(&format!("help: remove it: rm 'plan/progress/{name}'")),
            "{}",
            v.stdout
        );
    }
    assert!(v.stdout.contains("warning[leftover-temp-file]"));
    assert_eq!(
        f.run(&["validate", "--lang", "en", "--deny-warnings"]).code,
        1
    );
    // The command it gives works.
    for name in &left {
        std::fs::remove_file(f.path("progress").join(name)).unwrap();
    }
    assert!(!f
        .run(&["validate", "--lang", "en"])
        .stdout
        .contains("leftover"));
}

fn f_read_fixture(rel: &str) -> String {
    std::fs::read_to_string(common::fixture_path("valid").join(rel)).unwrap()
}

#[cfg(unix)]
#[test]
fn stdout_on_a_full_disk_is_exit_2_with_a_message() {
    let f = Fixture::valid();
    for args in [
        &["validate"][..],
        &["list"],
        &["overdue", "--as-of", "2025-01-01"],
        &["report", "--year", "2024", "--format", "md"],
        &["agencies"],
        &["--help"],
        &["--version"],
        &["schema"],
        &["man"],
        &[
            "update",
            "PL2.I.5",
            "--status",
            "done",
            "--on",
            "2024-06-01",
        ],
    ] {
        let out = Command::new(bin())
            .current_dir(f.dir.path())
            .args(["--dir", "plan", "--lang", "en"])
            .args(args)
            .stdout(std::fs::File::create("/dev/full").unwrap())
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(
            stderr.contains("cannot write to standard output: No space left on device"),
            "{args:?}: {stderr}"
        );
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
    }
    // Nowhere to put the error either: still exit 2, never a panic.
    let out = Command::new(bin())
        .current_dir(f.dir.path())
        .args(["--dir", "nowhere", "list"])
        .stderr(std::fs::File::create("/dev/full").unwrap())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[cfg(unix)]
#[test]
fn a_closed_pipe_ends_quietly() {
    // Many errors, so validate has far more to say than a pipe holds.
    let many: String = (0..3000)
        .map(|i| format!("[[task]]\nid = \"PL2.I.{}\"\n\n", 100 + i))
        .collect();
    let f = Fixture::valid();
    let tasks = f.read("tasks/pl2-01.toml") + &many;
    let f = f.write("tasks/pl2-01.toml", tasks.as_bytes());
    let valid = bundled();
    for (root, args, code) in [
        (f.dir.path(), &["validate"][..], 1),
        (valid.path(), &["validate"][..], 0),
        (valid.path(), &["list"][..], 0),
        (
            valid.path(),
            &["report", "--year", "2024", "--format", "md"][..],
            0,
        ),
        (valid.path(), &["man"][..], 0),
    ] {
        // The reader has gone before the first byte is written.
        let mut child = Command::new(bin())
            .current_dir(root)
            .args(["--dir", "plan"])
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(code), "{args:?}: {stderr}");
        assert_eq!(stderr, "", "{args:?}: quiet");
    }
    // And as a shell runs it: `plan validate | head -1`.
    let out = Command::new("sh")
        .current_dir(f.dir.path())
        .arg("-c")
        .arg(format!(
            "'{}' --dir plan validate 2>err | head -1 >/dev/null; cat err",
            bin().display()
        ))
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "");
}

#[cfg(unix)]
#[test]
fn a_progress_file_that_is_a_link_is_written_through_and_stays_a_link() {
    let f = Fixture::valid();
    let elsewhere = f.dir.path().join("shared");
    std::fs::create_dir(&elsewhere).unwrap();
    std::fs::rename(f.path("progress/2024.toml"), elsewhere.join("2024.toml")).unwrap();
    std::os::unix::fs::symlink("../../shared/2024.toml", f.path("progress/2024.toml")).unwrap();
    let out = f.run(&[
        "update",
        "PL2.I.5",
        "--status",
        "done",
        "--on",
        "2024-06-01",
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let link = std::fs::symlink_metadata(f.path("progress/2024.toml")).unwrap();
    assert!(link.file_type().is_symlink(), "the link stays a link");
    assert!(std::fs::read_to_string(elsewhere.join("2024.toml"))
        .unwrap()
        .contains("task = \"PL2.I.5\"\non = 2024-06-01"));
    // The same for a report written through a link.
    std::fs::write(f.dir.path().join("real.md"), "old").unwrap();
    std::os::unix::fs::symlink("real.md", f.dir.path().join("report.md")).unwrap();
    let out = f.run(&[
        "report",
        "--year",
        "2024",
        "--format",
        "md",
        "--out",
        "report.md",
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(std::fs::symlink_metadata(f.dir.path().join("report.md"))
        .unwrap()
        .file_type()
        .is_symlink());
    assert!(std::fs::read_to_string(f.dir.path().join("real.md"))
        .unwrap()
        .starts_with("# "));
}

#[cfg(unix)]
#[test]
fn a_read_only_file_is_refused_and_modes_are_kept() {
    use std::os::unix::fs::PermissionsExt;
    let f = Fixture::valid();
    let progress = f.path("progress/2024.toml");
    let before = f.read("progress/2024.toml");
    std::fs::set_permissions(&progress, std::fs::Permissions::from_mode(0o444)).unwrap();
    let out = f.run(&[
        "--lang",
        "en",
        "update",
        "PL2.I.5",
        "--status",
        "done",
        "--on",
        "2024-06-01",
    ]);
    assert_eq!(out.code, 2, "even as root: {}", out.stderr);
    assert!(
        out.stderr.contains("2024.toml is read-only"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("chmod u+w"), "{}", out.stderr);
    assert_eq!(out.stdout, "");
    assert_eq!(f.read("progress/2024.toml"), before);
    // fmt refuses a read-only file the same way.
    let tasks = f.path("tasks/pl1.toml");
    std::fs::write(
        &tasks,
        f.read("tasks/pl1.toml").replace("id = ", "id   =   "),
    )
    .unwrap();
    std::fs::set_permissions(&tasks, std::fs::Permissions::from_mode(0o444)).unwrap();
    let out = f.run(&["--lang", "en", "fmt", "plan/tasks/pl1.toml"]);
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(out.stderr.contains("read-only"), "{}", out.stderr);
    // A writable file keeps its own mode.
    std::fs::set_permissions(&progress, std::fs::Permissions::from_mode(0o640)).unwrap();
    let out = f.run(&[
        "--lang",
        "en",
        "update",
        "PL2.I.5",
        "--status",
        "done",
        "--on",
        "2024-06-01",
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let mode = std::fs::metadata(&progress).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o640);
}

#[cfg(unix)]
#[test]
fn the_owner_of_a_rewritten_file_is_kept() {
    use std::os::unix::fs::MetadataExt;
    let f = Fixture::valid();
    let progress = f.path("progress/2024.toml");
    let me = std::fs::metadata(&progress).unwrap();
    if me.uid() != 0 {
        // Only root can give a file to someone else to set the case up.
        return;
    }
    std::os::unix::fs::chown(&progress, Some(4242), Some(4343)).unwrap();
    let out = f.run(&[
        "update",
        "PL2.I.5",
        "--status",
        "done",
        "--on",
        "2024-06-01",
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let after = std::fs::metadata(&progress).unwrap();
    assert_eq!((after.uid(), after.gid()), (4242, 4343));
}

#[test]
fn report_output_inside_the_plan_folder_needs_force() {
    let f = Fixture::valid();
    let plan_toml = f.read("plan.toml");
    for out in [
        "plan/plan.toml",
        "plan/report.md",
        "elsewhere/../plan/tasks/x.md",
    ] {
        let r = f.run(&[
            "--lang", "en", "report", "--year", "2024", "--format", "md", "--out", out,
        ]);
        assert_eq!(r.code, 2, "{out}: {}", r.stderr);
        assert!(
            r.stderr.contains("is inside the plan folder"),
            "{}",
            r.stderr
        );
        assert!(r.stderr.contains("--force"), "{}", r.stderr);
    }
    // A link that leads into the plan folder is inside it too.
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink("plan/plan.toml", f.dir.path().join("innocent.md")).unwrap();
        let r = f.run(&[
            "--lang",
            "en",
            "report",
            "--year",
            "2024",
            "--format",
            "md",
            "--out",
            "innocent.md",
        ]);
        assert_eq!(r.code, 2, "{}", r.stderr);
        assert!(
            r.stderr.contains("is inside the plan folder"),
            "{}",
            r.stderr
        );
    }
    assert_eq!(f.read("plan.toml"), plan_toml);
    assert!(!f.path("report.md").exists());
    let r = f.run(&[
        "--lang",
        "en",
        "report",
        "--year",
        "2024",
        "--format",
        "csv",
        "--out-dir",
        "plan/csv",
    ]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(!f.path("csv").exists());
    let r = f.run(&[
        "--lang",
        "en",
        "report",
        "--year",
        "2024",
        "--format",
        "md",
        "--out",
        "plan/report.md",
        "--force",
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(f.read("report.md").starts_with("# "));
    // A report beside the plan folder is fine without --force.
    let r = f.run(&[
        "--lang",
        "en",
        "report",
        "--year",
        "2024",
        "--format",
        "md",
        "--out",
        "plan-report.md",
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
}

#[cfg(unix)]
#[test]
fn out_names_the_screen_a_discard_or_a_regular_file() {
    use std::os::unix::fs::FileTypeExt;
    let f = Fixture::valid();
    let screen = f.run(&["--lang", "en", "report", "--year", "2024", "--format", "md"]);
    for name in ["-", "/dev/stdout"] {
        let r = f.run(&[
            "--lang", "en", "report", "--year", "2024", "--format", "md", "--out", name,
        ]);
        assert_eq!(r.code, 0, "{name}: {}", r.stderr);
        assert_eq!(r.stdout, screen.stdout, "{name} is the screen");
    }
    let r = f.run(&[
        "--lang",
        "en",
        "report",
        "--year",
        "2024",
        "--format",
        "md",
        "--out",
        "/dev/null",
    ]);
    assert_eq!((r.code, r.stdout.as_str()), (0, ""), "{}", r.stderr);
    assert!(std::fs::metadata("/dev/null")
        .unwrap()
        .file_type()
        .is_char_device());
    // A FIFO is refused at once (no hang waiting for a reader), and stays.
    let fifo = f.dir.path().join("pipe");
    assert!(Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap()
        .success());
    let socket_dir = f.dir.path().join("folder");
    std::fs::create_dir(&socket_dir).unwrap();
    for (target, kind) in [
        ("pipe", "a named pipe (FIFO)"),
        ("/dev/zero", "a character device"),
        ("folder", "a folder"),
    ] {
        let r = f.run(&[
            "--lang", "en", "report", "--year", "2024", "--format", "md", "--out", target,
        ]);
        assert_eq!(r.code, 2, "{target}: {}", r.stderr);
        assert!(
            r.stderr
                .contains(&format!("{target} is {kind}, not a regular file")),
            "{}",
            r.stderr
        );
    }
    assert!(std::fs::metadata(&fifo).unwrap().file_type().is_fifo());
    assert!(std::fs::metadata("/dev/zero")
        .unwrap()
        .file_type()
        .is_char_device());
}

#[test]
fn out_dir_writes_the_whole_set_or_nothing() {
    let f = Fixture::valid();
    let out = f.dir.path().join("csv");
    std::fs::create_dir_all(out.join("tasks.csv")).unwrap();
    let r = f.run(&[
        "--lang",
        "en",
        "report",
        "--year",
        "2024",
        "--format",
        "csv",
        "--out-dir",
        "csv",
    ]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr.contains("nothing was written to csv"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("csv/tasks.csv is a folder"),
        "{}",
        r.stderr
    );
    assert_eq!(
        r.stderr.matches("folder").count(),
        1,
        "said once: {}",
        r.stderr
    );
    let names: Vec<_> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, vec!["tasks.csv"], "nothing else was made");
    // Once the clash is gone, all four arrive.
    std::fs::remove_dir(out.join("tasks.csv")).unwrap();
    let r = f.run(&[
        "--lang",
        "en",
        "report",
        "--year",
        "2024",
        "--format",
        "csv",
        "--out-dir",
        "csv",
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    for name in [
        "summary",
        "tasks",
        "recurring",
        "indicators",
        "scorecard",
        "difficulties",
    ] {
        assert!(out.join(format!("{name}.csv")).is_file(), "{name}");
    }
}

#[test]
fn a_newline_in_the_plan_id_stays_inside_the_header_comment() {
    let f = Fixture::valid().edit(
        "plan.toml",
        "id = \"99/QĐ-TEST\"",
        r#"id = "99/QĐ-TEST\n[[update]]\ntask = \"PL2.I.5\"\non = 2026-01-02\nstatus = \"cancelled\"""#,
    );
    let out = f.run(&[
        "update",
        "PL2.I.6",
        "--status",
        "done",
        "--on",
        "2026-03-01",
    ]);
    if out.code == 0 {
        let kept = updates(&f.path("progress/2026.toml"));
        assert_eq!(kept.len(), 1, "no update was injected: {kept:?}");
        assert_eq!(kept[0]["task"].as_str(), Some("PL2.I.6"));
        let text = f.read("progress/2026.toml");
        assert!(
            text.lines().next().unwrap().contains(r"\u{000A}[[update]]"),
            "{text}"
        );
    } else {
        // Refusing such an id altogether is as safe.
        assert_eq!(out.code, 2, "{}", out.stderr);
        assert!(!f.path("progress/2026.toml").exists());
    }
}

#[test]
fn notes_and_sources_may_begin_with_a_dash() {
    let f = Fixture::valid();
    let out = f.run(&[
        "--lang",
        "en",
        "update",
        "PL2.I.5",
        "--status",
        "in_progress",
        "--on",
        "2024-06-01",
        "--note",
        "- Đang lập hồ sơ",
        "--source",
        "-5/BC-UBND",
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let text = f.read("progress/2024.toml");
    assert!(text.contains("note = \"- Đang lập hồ sơ\""), "{text}");
    assert!(text.contains("source = \"-5/BC-UBND\""), "{text}");
    // A value left out does not swallow the next option.
    let out = f.run(&[
        "--lang", "en", "update", "PL2.I.5", "--status", "done", "--note", "--help",
    ]);
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(
        out.stderr
            .contains("--note was given \"--help\", the name of an option"),
        "{}",
        out.stderr
    );
    assert_eq!(f.read("progress/2024.toml"), text);
}

#[test]
fn the_same_update_twice_is_written_once() {
    let f = Fixture::valid();
    let args = [
        "update",
        "pl2.i.5",
        "--status",
        "done",
        "--on",
        "2024-06-01",
        "--note",
        "Xong",
    ];
    assert_eq!(f.run(&args).code, 0);
    let once = f.read("progress/2024.toml");
    let again = f.run(&args);
    assert_eq!(again.code, 0, "{}", again.stderr);
    assert_eq!(
        again.stdout,
        "đã có: PL2.I.5 hoàn thành ngày 01/06/2024 (trong tệp plan/progress/2024.toml); không ghi gì thêm\n"
    );
    assert_eq!(f.read("progress/2024.toml"), once);
    // A different note is a different update.
    let other = f.run(&[
        "update",
        "PL2.I.5",
        "--status",
        "done",
        "--on",
        "2024-06-01",
        "--note",
        "Xong hẳn",
    ]);
    assert!(
        other.stdout.starts_with("đã ghi nhận: "),
        "{}",
        other.stdout
    );
    assert_eq!(
        updates(&f.path("progress/2024.toml")).len(),
        updates_in(&once) + 1
    );
}

fn updates_in(text: &str) -> usize {
    let v: toml::Table = toml::from_str(text).unwrap();
    v["update"].as_array().unwrap().len()
}

#[test]
fn update_refuses_output_options_it_cannot_honour() {
    let f = Fixture::valid();
    let before = f.read("progress/2024.toml");
    for extra in [&["--format", "json"][..], &["--bom"]] {
        let out = f.run(
            &[
                extra,
                &[
                    "update",
                    "PL2.I.5",
                    "--status",
                    "done",
                    "--on",
                    "2024-06-01",
                ][..],
            ]
            .concat(),
        );
        assert_eq!(out.code, 2, "{extra:?}");
        assert!(
            out.stderr.contains("--format và --bom không áp dụng"),
            "{}",
            out.stderr
        );
    }
    assert_eq!(f.read("progress/2024.toml"), before);
    // --lang is honoured: the receipt (and any refusal) in that language.
    let out = f.run(&[
        "--lang",
        "en",
        "update",
        "PL2.I.5",
        "--status",
        "done",
        "--on",
        "2024-06-01",
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stdout.starts_with("recorded: PL2.I.5"),
        "{}",
        out.stdout
    );
}

/// Runs `plan --dir plan ARGS` in `root` as the user `nobody`, when this test
/// runs as root and `setpriv` is there to switch; `None` otherwise.
#[cfg(unix)]
fn run_as_nobody(root: &Path, args: &[&str]) -> Option<Done> {
    use std::os::unix::fs::MetadataExt;
    let me = std::fs::metadata(root).ok()?;
    let setpriv = Path::new("/usr/bin/setpriv");
    if me.uid() != 0 || !setpriv.exists() {
        return None;
    }
    let out = Command::new(setpriv)
        .args(["--reuid=65534", "--regid=65534", "--clear-groups", "--"])
        .arg(bin())
        .current_dir(root)
        .args(["--dir", "plan"])
        .args(args)
        .output()
        .ok()?;
    Some(Done {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    })
}

#[cfg(unix)]
#[test]
fn as_another_user_a_file_is_never_taken_over() {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    let f = Fixture::valid();
    let mode =
        |p: &Path, m: u32| std::fs::set_permissions(p, std::fs::Permissions::from_mode(m)).unwrap();
    // Folders anyone may write in, so only the file's own rights decide.
    mode(f.dir.path(), 0o755);
    for d in ["", "progress", "tasks"] {
        mode(&f.path(d), 0o777);
    }
    // A lock file another user made, which this one may only read: still a lock.
    std::fs::write(f.path(".plan.lock"), "").unwrap();
    mode(&f.path(".plan.lock"), 0o644);
    let progress = f.path("progress/2024.toml");
    let before = f.read("progress/2024.toml");
    let update = [
        "--lang",
        "en",
        "update",
        "PL2.I.5",
        "--status",
        "done",
        "--on",
        "2024-06-01",
    ];
    // Root's file, writable by all: replacing it would make it nobody's.
    mode(&progress, 0o666);
    let Some(out) = run_as_nobody(f.dir.path(), &update) else {
        return; // not root, or no setpriv: the case cannot be set up
    };
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(
        out.stderr.contains("belongs to another user (uid 0)"),
        "{}",
        out.stderr
    );
    assert_eq!(out.stdout, "");
    // Root's file that only root may write: the kernel says no.
    mode(&progress, 0o644);
    let out = run_as_nobody(f.dir.path(), &update).unwrap();
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(out.stderr.contains("you may not write"), "{}", out.stderr);
    assert_eq!(f.read("progress/2024.toml"), before);
    assert_eq!(std::fs::metadata(&progress).unwrap().uid(), 0);
    // A new year's file is nobody's own, and is written.
    let out = run_as_nobody(
        f.dir.path(),
        &[
            "update",
            "PL2.I.5",
            "--status",
            "done",
            "--on",
            "2026-01-05",
        ],
    )
    .unwrap();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(
        std::fs::metadata(f.path("progress/2026.toml"))
            .unwrap()
            .uid(),
        65534
    );
}

#[test]
fn a_new_plan_keeps_the_lock_out_of_git() {
    let f = Fixture::empty();
    assert_eq!(f.run(&["init", "plan"]).code, 0);
    git(f.dir.path(), &["init", "-q"]);
    git(f.dir.path(), &["add", "."]);
    git(f.dir.path(), &["commit", "-qm", "plan"]);
    let out = f.run(&[
        "update",
        "PL1.1",
        "--status",
        "in_progress",
        "--on",
        "2024-06-01",
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(f.path(".plan.lock").exists());
    let status = git(
        f.dir.path(),
        &["status", "--porcelain", "--untracked-files=all"],
    );
    assert_eq!(
        status, "?? plan/progress/2024.toml\n",
        "only the new progress file"
    );
}
