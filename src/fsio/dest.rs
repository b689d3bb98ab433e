//! Where `report --out` and `--out-dir` may write: the screen by name, a
//! discard, or a regular file outside the plan folder (inside only with
//! --force, so a report never overwrites the plan it reports on).

use super::target::real_path;
use crate::catalogue::Problem;
use anyhow::{bail, Result};
use std::path::{Path, PathBuf};

#[derive(Debug, PartialEq, Eq)]
pub enum Dest {
    /// `-`, `/dev/stdout` or `/dev/fd/1`: the screen, as if --out were left out.
    Stdout,
    /// `/dev/null`: written nowhere, as a user who names it expects.
    Discard,
    /// A file, replaced atomically.
    File(PathBuf),
}

impl Dest {
    /// Where `--out PATH` goes, refusing a path inside `plan_dir` unless `force`.
    pub fn of(path: &Path, plan_dir: &Path, force: bool) -> Result<Dest> {
        match path.to_str() {
            Some("-" | "/dev/stdout" | "/dev/fd/1") => return Ok(Dest::Stdout),
            Some("/dev/null") => return Ok(Dest::Discard),
            _ => {}
        }
        refuse_inside(path, plan_dir, force, "--out")?;
        Ok(Dest::File(path.to_path_buf()))
    }
}

/// That `--out-dir DIR` lies outside the plan folder, or `force` says it may.
pub fn out_dir_allowed(dir: &Path, plan_dir: &Path, force: bool) -> Result<()> {
    refuse_inside(dir, plan_dir, force, "--out-dir")
}

fn refuse_inside(path: &Path, plan_dir: &Path, force: bool, flag: &str) -> Result<()> {
    if force {
        return Ok(());
    }
    // Links resolved on both sides: `out/../plan/x` and a link into the plan
    // folder are inside too. A link as the last part is followed as well.
    let target = real_path(path);
    let plan = real_path(plan_dir);
    if target.starts_with(&plan) {
        bail!(Problem::InsidePlanFolder {
            flag,
            path: &path.display().to_string(),
            dir: &plan_dir.display().to_string(),
        }
        .stop());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_screen_and_the_discard_by_name() {
        let plan = Path::new("plan");
        assert_eq!(Dest::of(Path::new("-"), plan, false).unwrap(), Dest::Stdout);
        assert_eq!(
            Dest::of(Path::new("/dev/stdout"), plan, false).unwrap(),
            Dest::Stdout
        );
        assert_eq!(
            Dest::of(Path::new("/dev/null"), plan, false).unwrap(),
            Dest::Discard
        );
    }

    #[test]
    fn inside_the_plan_folder_only_with_force() {
        let d = tempfile::tempdir().unwrap();
        let plan = d.path().join("plan");
        std::fs::create_dir(&plan).unwrap();
        let inside = d.path().join("out/../plan/plan.toml");
        let e = Dest::of(&inside, &plan, false).unwrap_err().to_string();
        assert!(e.contains("inside the plan folder"), "{e}");
        assert!(Dest::of(&inside, &plan, true).is_ok());
        assert!(Dest::of(&d.path().join("plan-report.md"), &plan, false).is_ok());
        assert!(out_dir_allowed(&plan.join("csv"), &plan, false).is_err());
    }
}
