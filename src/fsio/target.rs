//! What a write lands on: the path with its symbolic links followed, and
//! whether plan may replace what is there.

use crate::catalogue::{io_reason, FileSort, OrStop, Problem};
use anyhow::{bail, Result};
use std::fs::Metadata;
use std::path::{Path, PathBuf};

/// Links followed before giving up: the limit Linux itself applies.
const MAX_LINKS: usize = 40;

/// The file a write replaces: a symbolic link is followed to its target, so
/// the link stays a link and the file it points to gets the new text.
pub struct Target {
    pub path: PathBuf,
    /// What is there now; `None` for a new file.
    pub existing: Option<Metadata>,
}

/// Follows `path`'s links and refuses anything that is not a regular file the
/// user may write. Nothing is changed.
pub fn resolve(path: &Path) -> Result<Target> {
    let mut p = path.to_path_buf();
    for _ in 0..MAX_LINKS {
        match std::fs::symlink_metadata(&p) {
            Ok(m) if m.file_type().is_symlink() => {
                let link = std::fs::read_link(&p).or_stop(|| {
                    Problem::CannotReadLink {
                        path: &p.display().to_string(),
                    }
                    .into()
                })?;
                p = match p.parent() {
                    Some(dir) if link.is_relative() => dir.join(link),
                    _ => link,
                };
            }
            Ok(m) => {
                check_replaceable(path, &p, &m)?;
                return Ok(Target {
                    path: p,
                    existing: Some(m),
                });
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Ok(Target {
                    path: p,
                    existing: None,
                })
            }
            Err(e) => bail!(Problem::CannotLookAt {
                path: &p.display().to_string(),
                reason: &io_reason(&e)
            }
            .stop()),
        }
    }
    bail!(Problem::TooManyLinks {
        path: &path.display().to_string(),
        max: MAX_LINKS
    }
    .stop())
}

/// Names the place as the user gave it, and the link's target when it differs.
fn shown(asked: &Path, real: &Path) -> String {
    if asked == real {
        asked.display().to_string()
    } else {
        format!("{} → {}", asked.display(), real.display())
    }
}

fn check_replaceable(asked: &Path, real: &Path, m: &Metadata) -> Result<()> {
    if !m.is_file() {
        bail!(Problem::NotARegularFile {
            path: &shown(asked, real),
            kind: kind_of(m)
        }
        .stop());
    }
    // Root may write any file, so the mode bits are what say "do not change".
    if m.permissions().readonly() {
        bail!(Problem::ReadOnly {
            path: &shown(asked, real)
        }
        .stop());
    }
    // The kernel's own answer for everyone else (groups, ACLs): opening for
    // writing without truncating changes nothing.
    if let Err(e) = std::fs::OpenOptions::new().write(true).open(real) {
        if e.kind() == std::io::ErrorKind::PermissionDenied {
            bail!(Problem::MayNotWrite {
                path: &shown(asked, real)
            }
            .stop());
        }
        bail!(Problem::CannotOpenForWriting {
            path: &shown(asked, real),
            reason: &io_reason(&e)
        }
        .stop());
    }
    Ok(())
}

/// What a path is, for a message that says it is not what was expected.
#[cfg(unix)]
pub(crate) fn kind_of(m: &Metadata) -> FileSort {
    use std::os::unix::fs::FileTypeExt;
    let t = m.file_type();
    if t.is_dir() {
        FileSort::Folder
    } else if t.is_file() {
        FileSort::File
    } else if t.is_fifo() {
        FileSort::Fifo
    } else if t.is_socket() {
        FileSort::Socket
    } else if t.is_char_device() {
        FileSort::CharDevice
    } else if t.is_block_device() {
        FileSort::BlockDevice
    } else {
        FileSort::Special
    }
}

#[cfg(not(unix))]
pub(crate) fn kind_of(m: &Metadata) -> FileSort {
    if m.is_dir() {
        FileSort::Folder
    } else if m.is_file() {
        FileSort::File
    } else {
        FileSort::Special
    }
}

/// `path` made absolute with its links resolved as far as it exists, the rest
/// appended as written: where a file not yet created would land.
pub fn real_path(path: &Path) -> PathBuf {
    if let Ok(real) = std::fs::canonicalize(path) {
        return real;
    }
    // Past the first missing folder nothing can be a link, so `..` there is
    // taken as written.
    let abs = lexical(&std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf()));
    let mut rest = Vec::new();
    let mut cur = abs.as_path();
    loop {
        if let Ok(real) = std::fs::canonicalize(cur) {
            return rest.iter().rev().fold(real, |p: PathBuf, c| p.join(c));
        }
        match (cur.parent(), cur.file_name()) {
            (Some(parent), Some(name)) => {
                rest.push(name.to_os_string());
                cur = parent;
            }
            _ => return abs,
        }
    }
}

/// `.` dropped and `..` taken back, without looking at the disk.
fn lexical(path: &Path) -> PathBuf {
    use std::path::Component;
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_is_followed_to_its_target() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("real.toml"), "x").unwrap();
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink("real.toml", dir.path().join("link.toml")).unwrap();
            let t = resolve(&dir.path().join("link.toml")).unwrap();
            assert_eq!(t.path, dir.path().join("real.toml"));
            assert!(t.existing.is_some());
            std::os::unix::fs::symlink("loop", dir.path().join("loop")).unwrap();
            let e = resolve(&dir.path().join("loop")).err().unwrap();
            assert!(e.to_string().contains("symbolic links"), "{e}");
        }
    }

    #[test]
    fn a_folder_is_refused_and_a_new_file_is_fine() {
        let dir = tempfile::tempdir().unwrap();
        let e = resolve(dir.path()).err().unwrap().to_string();
        assert!(e.contains("is a folder, not a regular file"), "{e}");
        assert!(resolve(&dir.path().join("new")).unwrap().existing.is_none());
    }

    #[test]
    fn real_path_keeps_the_part_that_does_not_exist() {
        let dir = tempfile::tempdir().unwrap();
        let real = std::fs::canonicalize(dir.path()).unwrap();
        assert_eq!(real_path(&dir.path().join("a/b")), real.join("a/b"));
    }
}
