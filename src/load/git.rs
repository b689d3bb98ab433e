//! Plan files as they were at a git revision, read with `git ls-tree` and
//! `git cat-file`: nothing in the plan is run, and a revision is checked to be
//! a commit before it reaches any other git command.

use super::{load_files, InputFile, Loaded};
use crate::canonical::FileKind;
use crate::catalogue::{OrStop, Problem};
use anyhow::{bail, Result};
use std::path::{Path, PathBuf};
use std::process::Command;

fn git(cwd: &Path, args: &[&str]) -> Result<std::process::Output> {
    Command::new("git")
        .current_dir(cwd)
        .args(args)
        .output()
        .or_stop(|| Problem::NoGit.into())
}

/// The repository holding `dir`, and `dir` relative to its top, with `/`.
pub struct Repo {
    top: PathBuf,
    rel: String,
}

impl Repo {
    pub fn find(dir: &Path) -> Result<Repo> {
        let cwd = std::env::current_dir().or_stop(|| Problem::CurrentFolder.into())?;
        let abs = if dir.is_absolute() {
            dir.to_path_buf()
        } else {
            cwd.join(dir)
        };
        // The plan folder may be gone from the working tree; ask from its parent.
        let probe = abs
            .ancestors()
            .find(|p| p.is_dir())
            .unwrap_or(&cwd)
            .to_path_buf();
        let out = git(&probe, &["rev-parse", "--show-toplevel"])?;
        if !out.status.success() {
            bail!(Problem::NotInRepository {
                dir: &dir.display().to_string()
            }
            .stop());
        }
        let top = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
        let top = top.canonicalize().unwrap_or(top);
        let probe = probe.canonicalize().unwrap_or(probe);
        let tail = abs
            .strip_prefix(abs.ancestors().find(|p| p.is_dir()).unwrap_or(&cwd))
            .unwrap_or(Path::new(""));
        let full = probe.join(tail);
        let rel = full.strip_prefix(&top).or_stop(|| {
            Problem::OutsideRepository {
                dir: &dir.display().to_string(),
                top: &top.display().to_string(),
            }
            .into()
        })?;
        let rel = rel
            .components()
            .map(|c| c.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/");
        Ok(Repo { top, rel })
    }

    /// The commit a revision names; refused when it looks like an option or
    /// names no commit.
    pub fn commit(&self, rev: &str) -> Result<String> {
        if rev.starts_with('-') || rev.is_empty() || rev.contains('\0') {
            bail!(Problem::NotARevision { rev }.stop());
        }
        let spec = format!("{rev}^{{commit}}");
        let out = git(
            &self.top,
            &[
                "rev-parse",
                "--verify",
                "--quiet",
                "--end-of-options",
                &spec,
            ],
        )?;
        if !out.status.success() {
            bail!(Problem::NoSuchCommit { rev }.stop());
        }
        Ok(String::from_utf8_lossy(&out.stdout).trim().to_string())
    }

    /// The best common ancestor of two commits, as `A...B` means in git.
    pub fn merge_base(&self, a: &str, b: &str) -> Result<String> {
        let out = git(&self.top, &["merge-base", "--end-of-options", a, b])?;
        if !out.status.success() {
            bail!(Problem::NoCommonAncestor.stop());
        }
        Ok(String::from_utf8_lossy(&out.stdout).trim().to_string())
    }

    /// Loads the plan as it was at `commit`.
    pub fn load_at(&self, commit: &str, label: &str) -> Result<Loaded> {
        let prefix = if self.rel.is_empty() {
            String::new()
        } else {
            format!("{}/", self.rel)
        };
        let out = git(
            &self.top,
            &[
                "ls-tree",
                "-r",
                "-z",
                "--name-only",
                commit,
                "--",
                &format!("{prefix}."),
            ],
        )?;
        if !out.status.success() {
            bail!(Problem::GitCannotList {
                path: &self.rel,
                at: label,
                reason: String::from_utf8_lossy(&out.stderr).trim(),
            }
            .stop());
        }
        let mut rels: Vec<String> = out
            .stdout
            .split(|b| *b == 0)
            .filter(|p| !p.is_empty())
            .map(|p| String::from_utf8_lossy(p).into_owned())
            .filter_map(|p| p.strip_prefix(&prefix).map(str::to_string))
            .filter(|p| is_layout_file(p))
            .collect();
        // The loader's order: plan.toml, agencies.toml, indicators.toml, then folders by name.
        rels.sort_by_key(|r| (layout_rank(r), r.clone()));
        let files = rels
            .into_iter()
            .map(|rel| {
                let object = format!("{commit}:{prefix}{rel}");
                let bytes = git(&self.top, &["cat-file", "blob", &object]).and_then(|o| {
                    if o.status.success() {
                        Ok(o.stdout)
                    } else {
                        bail!("{}", String::from_utf8_lossy(&o.stderr).trim())
                    }
                });
                InputFile {
                    rel,
                    bytes: bytes.map_err(std::io::Error::other),
                }
            })
            .collect();
        Ok(load_files(&format!("{label}:{}", self.rel), files))
    }
}

fn is_layout_file(rel: &str) -> bool {
    let parts: Vec<&str> = rel.split('/').collect();
    match parts.as_slice() {
        [name] => [
            "plan.toml",
            "agencies.toml",
            "indicators.toml",
            "amendments.toml",
        ]
        .contains(name),
        [dir, name] => {
            (*dir == "tasks" || *dir == "progress")
                && !name.starts_with('.')
                && FileKind::of(rel).is_some()
        }
        _ => false,
    }
}

fn layout_rank(rel: &str) -> usize {
    match rel {
        "plan.toml" => 0,
        "agencies.toml" => 1,
        "indicators.toml" => 2,
        "amendments.toml" => 3,
        r if r.starts_with("tasks/") => 4,
        _ => 5,
    }
}
