//! Writing files so that nothing is ever half-written: a temporary file beside
//! the target (named so a leftover is recognisable), then a rename over it.

use super::leftovers::{TEMP_PREFIX, TEMP_SUFFIX};
use super::target::{resolve, Target};
use super::write_failed::{written, WriteFailed};
use crate::catalogue::{io_reason, OrStop, Problem};
use anyhow::{bail, Result};
use std::io::Write;
use std::path::{Path, PathBuf};

/// A file fully written beside its target, with the target's mode and owner,
/// waiting to be renamed in. Dropping it removes the temporary file.
pub struct Staged {
    tmp: tempfile::NamedTempFile,
    /// Where it goes: the target with its links followed.
    target: PathBuf,
    /// The path as the user named it, for messages.
    asked: PathBuf,
}

/// Writes `bytes` to a temporary file beside `path`'s target, after checking
/// that the target may be replaced. Nothing visible changes until `commit`.
pub fn stage(path: &Path, bytes: &[u8]) -> Result<Staged> {
    stage_with(path, |w| written(w.write_all(bytes)))
}

/// As [`stage`], the content written by `write` as it is made (a report of
/// 42 MB is never held whole). An error of `write` that is not a
/// [`WriteFailed`] is returned as it is, and the temporary file removed.
fn stage_with(path: &Path, write: impl FnOnce(&mut dyn Write) -> Result<()>) -> Result<Staged> {
    let Target {
        path: target,
        existing,
    } = resolve(path)?;
    let dir = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut tmp = tempfile::Builder::new()
        .prefix(TEMP_PREFIX)
        .suffix(TEMP_SUFFIX)
        .tempfile_in(dir)
        .map_err(|e| {
            let (path, dir) = (path.display().to_string(), dir.display().to_string());
            // The usual case: a folder mistyped or not made yet. Said as
            // such, not as a temporary file the user never asked for.
            if e.kind() == std::io::ErrorKind::NotFound {
                return Problem::FolderMissing {
                    path: &path,
                    dir: &dir,
                }
                .stop();
            }
            Problem::CannotCreateTemporary {
                path: &path,
                dir: &dir,
                reason: &io_reason(&e),
            }
            .stop()
        })?;
    if let Some(m) = &existing {
        keep_owner(tmp.as_file(), m, path)?;
    }
    // A temporary file is private (0600); the file it replaces keeps its own
    // permissions, and a new file gets the usual ones.
    if let Some(perms) = existing
        .as_ref()
        .map(|m| m.permissions())
        .or_else(default_permissions)
    {
        tmp.as_file().set_permissions(perms).or_stop(|| {
            Problem::CannotSetPermissions {
                path: &path.display().to_string(),
            }
            .into()
        })?;
    }
    let done = write(&mut tmp).and_then(|()| written(tmp.as_file().sync_all()));
    if let Err(e) = done {
        return Err(match e.downcast::<WriteFailed>() {
            Ok(WriteFailed(e)) => Problem::CannotWrite {
                path: &path.display().to_string(),
                reason: &io_reason(&e),
            }
            .stop(),
            Err(other) => other,
        });
    }
    Ok(Staged {
        tmp,
        target,
        asked: path.to_path_buf(),
    })
}

impl Staged {
    /// Renames the temporary file over the target.
    pub fn commit(self) -> Result<()> {
        let Staged { tmp, target, asked } = self;
        tmp.persist(&target).map_err(|e| {
            // PersistError repeats its cause; the cause alone says it once.
            Problem::CannotReplace {
                path: &asked.display().to_string(),
                reason: &io_reason(&e.error),
            }
            .stop()
        })?;
        sync_parent(&target);
        Ok(())
    }
}

/// Replaces one file atomically.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    stage(path, bytes)?.commit()
}

/// Replaces one file atomically with what `write` writes (see [`stage`]).
pub fn write_atomic_with(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> Result<()>,
) -> Result<()> {
    stage_with(path, write)?.commit()
}

/// Writes a set of files, all or none: every file is staged (and every target
/// checked) before the first is renamed in. Only a change made by someone else
/// between the check and the renames can leave part of a set, and the error
/// then names the files written. `dir` is created when missing and
/// removed again when nothing could be written.
pub fn write_set(dir: &Path, files: &[(String, Vec<u8>)]) -> Result<()> {
    let made = missing_ancestors(dir);
    std::fs::create_dir_all(dir).map_err(|e| {
        Problem::CannotCreateFolder {
            dir: &dir.display().to_string(),
            reason: &io_reason(&e),
        }
        .stop()
    })?;
    let staged: Result<Vec<Staged>> = files
        .iter()
        .map(|(name, bytes)| stage(&dir.join(name), bytes))
        .collect();
    let staged = match staged {
        Ok(s) => s,
        Err(e) => {
            // Only folders this call made, innermost first, and only if empty.
            for d in &made {
                let _ = std::fs::remove_dir(d);
            }
            return Err(Problem::SetNotWritten {
                dir: &dir.display().to_string(),
                written: &[],
            }
            .stop_because(e));
        }
    };
    commit_all(staged, files, dir)
}

/// Renames staged files in. Every target was checked when staged, so a rename
/// fails only if something changed meanwhile; then the message says which
/// files are new.
fn commit_all(staged: Vec<Staged>, files: &[(String, Vec<u8>)], dir: &Path) -> Result<()> {
    let mut done: Vec<&str> = Vec::new();
    for (s, (name, _)) in staged.into_iter().zip(files) {
        if let Err(e) = s.commit() {
            return Err(Problem::SetNotWritten {
                dir: &dir.display().to_string(),
                written: &done,
            }
            .stop_because(e));
        }
        done.push(name);
    }
    Ok(())
}

/// The folders of `dir` that do not exist yet, innermost first.
fn missing_ancestors(dir: &Path) -> Vec<PathBuf> {
    dir.ancestors()
        .filter(|p| !p.as_os_str().is_empty())
        .take_while(|p| std::fs::symlink_metadata(p).is_err())
        .map(Path::to_path_buf)
        .collect()
}

/// Makes the rename itself durable; a failure here loses nothing already
/// written, so it is not reported.
fn sync_parent(target: &Path) {
    #[cfg(unix)]
    if let Some(dir) = target.parent().filter(|p| !p.as_os_str().is_empty()) {
        if let Ok(d) = std::fs::File::open(dir) {
            let _ = d.sync_all();
        }
    }
    #[cfg(not(unix))]
    let _ = target;
}

/// The replacement keeps the owner of the file it replaces. Only root may give
/// a file away; anyone may keep a group they belong to. A file that would
/// change owner is refused rather than silently taken over.
#[cfg(unix)]
fn keep_owner(tmp: &std::fs::File, old: &std::fs::Metadata, asked: &Path) -> Result<()> {
    use std::os::unix::fs::MetadataExt;
    let new = tmp.metadata()?;
    if (new.uid(), new.gid()) == (old.uid(), old.gid()) {
        return Ok(());
    }
    match std::os::unix::fs::fchown(tmp, Some(old.uid()), Some(old.gid())) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::PermissionDenied => {
            if new.uid() != old.uid() {
                bail!(Problem::OwnedByAnother {
                    path: &asked.display().to_string(),
                    uid: old.uid()
                }
                .stop());
            }
            // Same owner, a group the user is not in: keeping the owner is
            // what matters; the group is the user's.
            let _ = std::os::unix::fs::fchown(tmp, None, Some(old.gid()));
            Ok(())
        }
        Err(e) => bail!(Problem::CannotKeepOwner {
            path: &asked.display().to_string(),
            reason: &io_reason(&e)
        }
        .stop()),
    }
}

#[cfg(not(unix))]
fn keep_owner(_: &std::fs::File, _: &std::fs::Metadata, _: &Path) -> Result<()> {
    Ok(())
}

#[cfg(unix)]
fn default_permissions() -> Option<std::fs::Permissions> {
    use std::os::unix::fs::PermissionsExt;
    Some(std::fs::Permissions::from_mode(0o644))
}

/// Elsewhere a new temporary file already has the usual permissions.
#[cfg(not(unix))]
fn default_permissions() -> Option<std::fs::Permissions> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_whole_files_and_keeps_permissions() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.toml");
        write_atomic(&p, b"one").unwrap();
        assert_eq!(std::fs::read(&p).unwrap(), b"one");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(
                std::fs::metadata(&p).unwrap().permissions().mode() & 0o777,
                0o644
            );
            std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o664)).unwrap();
            write_atomic(&p, b"two").unwrap();
            assert_eq!(
                std::fs::metadata(&p).unwrap().permissions().mode() & 0o777,
                0o664
            );
        }
        assert_eq!(std::fs::read(&p).unwrap(), b"two");
        // Nothing else is left in the folder.
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_failed_replace_leaves_the_target_alone() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("taken");
        std::fs::create_dir(&target).unwrap();
        std::fs::write(target.join("inside"), b"keep").unwrap();
        assert!(write_atomic(&target, b"new").is_err());
        assert_eq!(std::fs::read(target.join("inside")).unwrap(), b"keep");
        assert_eq!(
            std::fs::read_dir(dir.path()).unwrap().count(),
            1,
            "no temporary file is left"
        );
    }

    #[test]
    fn a_set_with_one_bad_name_writes_nothing_and_removes_the_folder_it_made() {
        let root = tempfile::tempdir().unwrap();
        let out = root.path().join("new/out");
        std::fs::create_dir_all(out.join("b.csv")).unwrap();
        let files = vec![
            ("a.csv".to_string(), b"a".to_vec()),
            ("b.csv".to_string(), b"b".to_vec()),
        ];
        let e = format!("{:#}", write_set(&out, &files).unwrap_err());
        assert!(e.contains("b.csv is a folder"), "{e}");
        assert!(!out.join("a.csv").exists());
        assert_eq!(std::fs::read_dir(&out).unwrap().count(), 1);

        let fresh = root.path().join("fresh/deeper");
        let bad = vec![("x/y.csv".to_string(), b"y".to_vec())];
        assert!(write_set(&fresh, &bad).is_err());
        assert!(
            !root.path().join("fresh").exists(),
            "folders it made are removed"
        );
    }

    #[test]
    fn a_target_taken_between_check_and_rename_is_named() {
        let dir = tempfile::tempdir().unwrap();
        let files = vec![
            ("a.csv".to_string(), b"a".to_vec()),
            ("b.csv".to_string(), b"b".to_vec()),
        ];
        let staged: Vec<Staged> = files
            .iter()
            .map(|(n, b)| stage(&dir.path().join(n), b).unwrap())
            .collect();
        std::fs::create_dir_all(dir.path().join("b.csv/taken")).unwrap();
        let e = format!("{:#}", commit_all(staged, &files, dir.path()).unwrap_err());
        assert!(e.starts_with("only a.csv of the set were written"), "{e}");
        assert!(e.contains("cannot replace"), "{e}");
    }
}
