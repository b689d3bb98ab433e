//! A small builder for black-box tests: start from a fixture plan folder,
//! change one file, run the real `plan` binary in a temporary folder (so paths
//! in its output are the stable `plan/...`), and look at what it printed.
#![allow(dead_code)]

use assert_cmd::Command;
use std::path::{Path, PathBuf};

pub struct Fixture {
    pub dir: tempfile::TempDir,
    /// The load cache of the fixture's runs: its own, beside the plan's
    /// folder and never in it, so no test sees another's entries or writes
    /// to the user's cache folder.
    pub cache: tempfile::TempDir,
}

pub struct Output {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Output {
    /// Exit status and both streams, as one text for a snapshot.
    pub fn transcript(&self) -> String {
        let mut s = format!("exit: {}\n", self.code);
        if !self.stdout.is_empty() {
            s.push_str("--- stdout\n");
            s.push_str(&self.stdout);
        }
        if !self.stderr.is_empty() {
            s.push_str("--- stderr\n");
            s.push_str(&self.stderr);
        }
        s
    }
}

pub fn fixture_path(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
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

/// The load cache of runs outside a fixture (the bundled plan's): under
/// target/, one entry per plan folder, never the user's cache folder.
pub fn cache_dir() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join("plan-cache")
}

/// Runs `plan ARGS` in `dir` as it is (no --dir added), e.g. the repository
/// root for the bundled plan.
pub fn run_in(dir: &Path, args: &[&str]) -> Output {
    let out = Command::cargo_bin("plan")
        .unwrap()
        .current_dir(dir)
        .env_remove("PLAN_DIR")
        .env("PLAN_CACHE_DIR", cache_dir())
        .env_remove("COLUMNS")
        .env("NO_COLOR", "1")
        .args(args)
        .output()
        .unwrap();
    Output {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8(out.stdout).unwrap(),
        stderr: String::from_utf8(out.stderr).unwrap(),
    }
}

/// Runs git in `dir` as a throwaway identity; panics with git's message on failure.
pub fn git(dir: &Path, args: &[&str]) -> String {
    let out = std::process::Command::new("git")
        .current_dir(dir)
        .args([
            "-c",
            "user.name=t",
            "-c",
            "user.email=t@example.com",
            "-c",
            "commit.gpgsign=false",
        ])
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The repository root, where `plan/` is the bundled plan.
pub fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

impl Fixture {
    /// A copy of `tests/fixtures/NAME` at `plan/` in a fresh temporary folder.
    pub fn new(name: &str) -> Fixture {
        let dir = tempfile::tempdir().unwrap();
        copy_dir(&fixture_path(name), &dir.path().join("plan"));
        Fixture::at(dir)
    }

    /// A copy of the example plan (examples/plan), whose made-up progress
    /// shows every status, assessment and receipt.
    pub fn example() -> Fixture {
        let dir = tempfile::tempdir().unwrap();
        copy_dir(&repo().join("examples/plan"), &dir.path().join("plan"));
        Fixture::at(dir)
    }

    fn at(dir: tempfile::TempDir) -> Fixture {
        Fixture {
            dir,
            cache: tempfile::tempdir().unwrap(),
        }
    }

    /// A copy of the bundled plan (`plan/`): the decision, no progress.
    pub fn bundled() -> Fixture {
        let dir = tempfile::tempdir().unwrap();
        copy_dir(&repo().join("plan"), &dir.path().join("plan"));
        Fixture::at(dir)
    }

    pub fn valid() -> Fixture {
        Fixture::new("valid")
    }

    /// An empty temporary folder, for commands that create plans.
    pub fn empty() -> Fixture {
        Fixture::at(tempfile::tempdir().unwrap())
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join("plan").join(rel)
    }

    pub fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.path(rel)).unwrap()
    }

    /// Replaces the one occurrence of `from` in plan file `rel` with `to`.
    pub fn edit(self, rel: &str, from: &str, to: &str) -> Fixture {
        let text = self.read(rel);
        assert_eq!(
            text.matches(from).count(),
            1,
            "{from:?} must occur once in {rel}"
        );
        self.write(rel, text.replace(from, to).as_bytes())
    }

    pub fn write(self, rel: &str, bytes: &[u8]) -> Fixture {
        let path = self.path(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
        self
    }

    pub fn remove(self, rel: &str) -> Fixture {
        std::fs::remove_file(self.path(rel)).unwrap();
        self
    }

    /// Runs `plan --dir plan ARGS` in the fixture's folder.
    pub fn run(&self, args: &[&str]) -> Output {
        let mut cmd = Command::cargo_bin("plan").unwrap();
        cmd.current_dir(self.dir.path())
            .env_remove("PLAN_DIR")
            .env_remove("PLAN_NO_CACHE")
            .env("PLAN_CACHE_DIR", self.cache.path())
            .env("NO_COLOR", "1");
        // Before the subcommand, so that it also works after a `--`.
        if !args.contains(&"--dir") {
            cmd.args(["--dir", "plan"]);
        }
        cmd.args(args);
        let out = cmd.output().unwrap();
        Output {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8(out.stdout).unwrap(),
            stderr: String::from_utf8(out.stderr).unwrap(),
        }
    }
}

/// What `shell` gets back while the user types `plan WORDS…` in `dir` (the
/// protocol of clap_complete's dynamic completion: the words, and the index
/// of the one being completed; bash's script also sets
/// `_CLAP_COMPLETE_SPACE`, by which `plan` knows to escape for bash).
pub fn complete(dir: &Path, shell: &str, words: &[&str]) -> String {
    complete_with(dir, shell, words, &[])
}

/// [`complete`] with `env` set for `plan` (and `PLAN_NO_CACHE` only if
/// `env` sets it).
pub fn complete_with(dir: &Path, shell: &str, words: &[&str], env: &[(&str, &str)]) -> String {
    let mut cmd = Command::cargo_bin("plan").unwrap();
    if shell == "bash" {
        cmd.env("_CLAP_COMPLETE_SPACE", "false");
    }
    let out = cmd
        .current_dir(dir)
        .env_remove("PLAN_DIR")
        .env_remove("PLAN_NO_CACHE")
        .envs(env.iter().copied())
        .env("COMPLETE", shell)
        .env("_CLAP_IFS", "\n")
        .env("_CLAP_COMPLETE_INDEX", (words.len() - 1).to_string())
        .arg("--")
        .args(words)
        .output()
        .unwrap();
    String::from_utf8(out.stdout).unwrap()
}
