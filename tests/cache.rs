//! The load cache seen from outside: a warm run answers exactly as a cold
//! one, findings included; a damaged entry is noted and replaced; runs at
//! once and a writer's changes are safe; `--no-cache` and `PLAN_NO_CACHE`
//! leave it alone. Staleness case by case is in src/cache/mod.rs (`cache::tests`).

mod common;
use common::{Fixture, Output};
use std::path::PathBuf;

/// The fixture with findings to cache: a byte-order mark (a warning from
/// reading) and CRLF line endings.
fn with_findings() -> Fixture {
    let f = Fixture::valid();
    let plan = f.read("plan.toml");
    let agencies = f.read("agencies.toml").replace('\n', "\r\n");
    f.write("plan.toml", format!("\u{FEFF}{plan}").as_bytes())
        .write("agencies.toml", agencies.as_bytes())
}

fn entries(f: &Fixture) -> Vec<PathBuf> {
    match std::fs::read_dir(f.cache.path()) {
        Ok(d) => d
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "bin"))
            .collect(),
        Err(_) => Vec::new(),
    }
}

fn the_entry(f: &Fixture) -> PathBuf {
    let e = entries(f);
    assert_eq!(e.len(), 1, "one entry for the plan: {e:?}");
    e[0].clone()
}

fn same(a: &Output, b: &Output) {
    assert_eq!(a.transcript(), b.transcript());
}

#[test]
fn the_test_suite_never_uses_the_users_cache() {
    // .cargo/config.toml points every `plan` the tests start at target/.
    let dir = std::env::var("PLAN_CACHE_DIR").expect("PLAN_CACHE_DIR is set for tests");
    assert!(dir.contains("target"), "{dir}");
}

#[test]
fn a_warm_validate_prints_exactly_what_a_cold_one_does() {
    let f = with_findings();
    let cold = f.run(&["--no-cache", "--lang", "en", "validate"]);
    assert!(cold.stdout.contains("warning"), "{}", cold.stdout);
    assert!(entries(&f).is_empty(), "--no-cache writes no entry");
    let first = f.run(&["--lang", "en", "validate"]);
    let entry = the_entry(&f);
    let written = std::fs::metadata(&entry).unwrap().modified().unwrap();
    let warm = f.run(&["--lang", "en", "validate"]);
    // In the plan's language too.
    same(&f.run(&["--no-cache", "validate"]), &f.run(&["validate"]));
    same(&cold, &first);
    same(&cold, &warm);
    let json_cold = f.run(&["--no-cache", "--format", "json", "validate"]);
    same(&json_cold, &f.run(&["--format", "json", "validate"]));
    assert_eq!(
        std::fs::metadata(&entry).unwrap().modified().unwrap(),
        written,
        "a hit does not rewrite the entry"
    );
}

#[test]
fn plan_no_cache_in_the_environment_leaves_the_cache_alone() {
    let f = Fixture::valid();
    let out = assert_cmd::Command::cargo_bin("plan")
        .unwrap()
        .current_dir(f.dir.path())
        .env("PLAN_CACHE_DIR", f.cache.path())
        .env("PLAN_NO_CACHE", "1")
        .args(["--dir", "plan", "validate"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(entries(&f).is_empty());
}

#[test]
fn a_damaged_entry_is_noted_parsed_again_and_replaced() {
    let f = with_findings();
    let cold = f.run(&["--no-cache", "--lang", "en", "validate"]);
    f.run(&["validate"]);
    let entry = the_entry(&f);
    let bytes = std::fs::read(&entry).unwrap();
    for (what, damaged, words) in [
        ("truncated", bytes[..bytes.len() / 2].to_vec(), "checksum"),
        ("cut in its header", bytes[..10].to_vec(), "cut short"),
        (
            "corrupt",
            {
                let mut b = bytes.clone();
                let end = b.len() - 40;
                b[end] ^= 1;
                b
            },
            "checksum",
        ),
    ] {
        std::fs::write(&entry, damaged).unwrap();
        let out = f.run(&["--lang", "en", "validate"]);
        assert_eq!(out.stdout, cold.stdout, "{what}");
        assert_eq!(out.code, cold.code, "{what}");
        assert!(
            out.stderr.starts_with("note: the load cache"),
            "{what}: {}",
            out.stderr
        );
        assert!(out.stderr.contains(words), "{what}: {}", out.stderr);
        assert!(
            out.stderr.contains(&entry.display().to_string()),
            "{what}: {}",
            out.stderr
        );
        let next = f.run(&["--lang", "en", "validate"]);
        same(&cold, &next);
    }
    // In the plan's language by default.
    std::fs::write(&entry, &bytes[..10]).unwrap();
    let out = f.run(&["validate"]);
    assert!(
        out.stderr.starts_with("ghi chú: tệp bộ nhớ đệm"),
        "{}",
        out.stderr
    );
}

#[test]
fn several_runs_at_once_each_answer_and_leave_one_whole_entry() {
    let f = with_findings();
    let cold = f.run(&["--no-cache", "validate"]);
    let runs: Vec<_> = (0..6)
        .map(|_| {
            assert_cmd::cargo::cargo_bin("plan");
            std::process::Command::new(assert_cmd::cargo::cargo_bin("plan"))
                .current_dir(f.dir.path())
                .env("PLAN_CACHE_DIR", f.cache.path())
                .env("NO_COLOR", "1")
                .env_remove("PLAN_NO_CACHE")
                .args(["--dir", "plan", "validate"])
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for run in runs {
        let out = run.wait_with_output().unwrap();
        assert_eq!(String::from_utf8(out.stdout).unwrap(), cold.stdout);
        assert_eq!(String::from_utf8(out.stderr).unwrap(), cold.stderr);
    }
    the_entry(&f);
    let leftovers: Vec<_> = std::fs::read_dir(f.cache.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .filter(|n| !n.to_string_lossy().ends_with(".bin"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    same(&cold, &f.run(&["validate"]));
}

#[test]
fn a_change_written_by_plan_is_seen_by_the_next_read() {
    let f = Fixture::valid();
    let before = f.run(&["show", "PL1.a.1", "--as-of", "2030-01-01", "--lang", "en"]);
    assert_eq!(before.code, 0, "{}", before.stderr);
    let up = f.run(&[
        "update",
        "PL1.a.1",
        "--status",
        "cancelled",
        "--on",
        "2029-06-01",
    ]);
    assert_eq!(up.code, 0, "{}", up.stderr);
    let after = f.run(&["show", "PL1.a.1", "--as-of", "2030-01-01", "--lang", "en"]);
    assert_ne!(before.stdout, after.stdout);
    same(
        &after,
        &f.run(&[
            "--no-cache",
            "show",
            "PL1.a.1",
            "--as-of",
            "2030-01-01",
            "--lang",
            "en",
        ]),
    );
}

/// What the shell gets back while the user types `plan WORDS…` in the
/// fixture, with its own cache folder and `env` set.
fn complete(f: &Fixture, words: &[&str], env: &[(&str, &str)]) -> Vec<String> {
    let cache = f.cache.path().to_str().unwrap();
    let env: Vec<_> = [("PLAN_CACHE_DIR", cache)]
        .into_iter()
        .chain(env.iter().copied())
        .collect();
    common::complete_with(f.dir.path(), "bash", words, &env)
        .lines()
        .map(str::to_string)
        .collect()
}

#[test]
fn completion_reads_the_plan_through_the_cache_unless_told_not_to() {
    let f = Fixture::valid();
    let words = ["plan", "--no-cache", "show", "PL2.I.1"];
    assert_eq!(complete(&f, &words, &[]), ["PL2.I.1"]);
    assert!(entries(&f).is_empty(), "--no-cache on the line: no entry");
    let words = ["plan", "show", "PL2.I.1"];
    assert_eq!(
        complete(&f, &words, &[("PLAN_NO_CACHE", "yes")]),
        ["PL2.I.1"]
    );
    assert!(entries(&f).is_empty(), "PLAN_NO_CACHE: no entry");
    assert_eq!(complete(&f, &words, &[("PLAN_NO_CACHE", "0")]), ["PL2.I.1"]);
    let entry = the_entry(&f);
    // The next key pressed reads that entry: a plan command finds it warm.
    let written = std::fs::metadata(&entry).unwrap().modified().unwrap();
    assert_eq!(complete(&f, &words, &[]), ["PL2.I.1"]);
    assert_eq!(the_entry(&f), entry);
    assert_eq!(
        std::fs::metadata(&entry).unwrap().modified().unwrap(),
        written,
        "a hit leaves the entry as it was"
    );
}
