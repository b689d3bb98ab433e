//! Temporary files have a name of their own, so that one left by a write that
//! was killed half-way can be found, reported and removed.

use std::path::{Path, PathBuf};

/// Every temporary file plan makes is `.plan-tmp-XXXXXX~`: hidden, so the
/// loader skips it, and ending in `~`, so editors and `git status` treat it as
/// a backup.
pub const TEMP_PREFIX: &str = ".plan-tmp-";
pub const TEMP_SUFFIX: &str = "~";

/// Whether a file name is a temporary file of plan: its own, or the
/// `.tmpXXXXXX` of versions before it named them.
pub fn is_leftover(name: &str) -> bool {
    if name.starts_with(TEMP_PREFIX) {
        return true;
    }
    name.strip_prefix(".tmp")
        .is_some_and(|rest| rest.len() == 6 && rest.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// The temporary files left in the plan folder and its `tasks/` and
/// `progress/` folders, sorted.
pub fn leftovers(plan_dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for dir in [
        plan_dir.to_path_buf(),
        plan_dir.join("tasks"),
        plan_dir.join("progress"),
    ] {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        found.extend(
            entries
                .filter_map(|e| e.ok())
                .filter(|e| e.file_name().to_str().is_some_and(is_leftover))
                .map(|e| e.path()),
        );
    }
    found.sort();
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_its_own_names_and_the_old_ones_only() {
        assert!(is_leftover(".plan-tmp-a1B2c3~"));
        assert!(is_leftover(".tmpAb12Cd"));
        assert!(!is_leftover(".tmp"));
        assert!(!is_leftover(".tmpfile.toml"));
        assert!(!is_leftover("2024.toml"));
        assert!(!is_leftover(".plan.lock"));
    }

    #[test]
    fn finds_leftovers_in_the_three_folders() {
        let d = tempfile::tempdir().unwrap();
        std::fs::create_dir(d.path().join("progress")).unwrap();
        std::fs::write(d.path().join("progress/.plan-tmp-xyz~"), "").unwrap();
        std::fs::write(d.path().join(".tmpABCDEF"), "").unwrap();
        std::fs::write(d.path().join("plan.toml"), "").unwrap();
        assert_eq!(
            leftovers(d.path()),
            vec![
                d.path().join(".tmpABCDEF"),
                d.path().join("progress/.plan-tmp-xyz~")
            ]
        );
    }
}
