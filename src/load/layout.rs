//! The plan folder on disk: which files make up a plan, and reading each one
//! safely. Anything of the layout that exists but cannot be read becomes an
//! entry whose error the loader reports, so a status never changes because a
//! folder was silently skipped. Only regular files are opened (a FIFO would
//! block, `/dev/zero` would never end), and no file is read past a size cap.

use super::InputFile;
use crate::catalogue::finding::ReadProblem;
use crate::fsio::kind_of;
use crate::text::{display_os, terminal_safe};
use std::io::{self, Read};
use std::path::Path;

/// The largest plan file read: the bundled plan's biggest file is about
/// 60 KB and a generated 100 000-task plan's about 200 KB, so 64 MiB is far
/// beyond any real file while keeping a mistaken link to a disk image or a
/// device from exhausting memory.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// The plan's files in a fixed order: plan.toml, agencies.toml,
/// indicators.toml, amendments.toml, tasks/*.toml and progress/*.toml, each folder sorted by
/// name. A folder that exists but cannot be listed is an entry with its error.
pub fn list_files(dir: &Path) -> Vec<InputFile> {
    layout(dir)
        .into_iter()
        .map(|l| InputFile {
            bytes: match l.problem {
                Some(e) => Err(e),
                None => read_capped(&dir.join(&l.rel)),
            },
            rel: l.rel,
        })
        .collect()
}

/// A file of the layout, not read yet: its path relative to the plan folder,
/// or the folder that could not be listed (`tasks/`) with why.
pub struct Listed {
    pub rel: String,
    pub problem: Option<io::Error>,
}

/// The names [`list_files`] reads, in its order, without reading them (the
/// load cache hashes them as it reads).
pub fn layout(dir: &Path) -> Vec<Listed> {
    let read = |rel: String| Listed { rel, problem: None };
    let mut files = vec![read("plan.toml".into())];
    for name in ["agencies.toml", "indicators.toml", "amendments.toml"] {
        // Present means anything at that name, even a broken link: it is then
        // an error, never a file quietly missing.
        if dir.join(name).symlink_metadata().is_ok() {
            files.push(read(name.into()));
        }
    }
    for sub in ["tasks", "progress"] {
        let path = dir.join(sub);
        if path.symlink_metadata().is_err() {
            continue;
        }
        let entries = match std::fs::metadata(&path) {
            Ok(m) if !m.is_dir() => Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                ReadProblem::NotAFolder {
                    name: sub.to_string(),
                    kind: kind_of(&m),
                },
            )),
            Ok(_) => std::fs::read_dir(&path),
            Err(e) => Err(e),
        };
        let entries = match entries {
            Ok(e) => e,
            Err(e) => {
                files.push(Listed {
                    rel: format!("{sub}/"),
                    problem: Some(e),
                });
                continue;
            }
        };
        let mut names: Vec<(String, Option<io::Error>)> = Vec::new();
        for entry in entries {
            let entry = match entry {
                Ok(e) => e,
                Err(e) => {
                    names.push((format!("{sub}/"), Some(e)));
                    continue;
                }
            };
            let raw = entry.file_name();
            let shown = display_os(&raw);
            if !shown.ends_with(".toml") || shown.starts_with('.') {
                continue;
            }
            // A name shown differently from what it is (not UTF-8, or with
            // control characters) is refused: reading it under one name and
            // reporting or rewriting it under another would be worse.
            let faithful = raw.to_str().is_some_and(|s| terminal_safe(s) == s);
            let problem = (!faithful)
                .then(|| io::Error::new(io::ErrorKind::InvalidData, ReadProblem::NameNotText));
            names.push((shown, problem));
        }
        names.sort_by(|a, b| a.0.cmp(&b.0));
        for (name, problem) in names {
            let rel = if name.ends_with('/') {
                name
            } else {
                format!("{sub}/{name}")
            };
            files.push(Listed { rel, problem });
        }
    }
    files
}

/// The whole of a regular file, refusing anything else and anything over
/// [`MAX_FILE_BYTES`].
pub fn read_capped(path: &Path) -> io::Result<Vec<u8>> {
    let (file, len) = open_regular(path)?;
    let mut bytes = Vec::with_capacity(len.min(MAX_FILE_BYTES) as usize);
    file.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_big());
    }
    Ok(bytes)
}

/// A regular file opened for reading, and its length then; anything else is
/// refused before it is opened, or after if it changed hands meanwhile.
/// Read it with `take(MAX_FILE_BYTES + 1)` and refuse more ([`too_big`]).
pub fn open_regular(path: &Path) -> io::Result<(std::fs::File, u64)> {
    // Look before opening: opening a FIFO for reading blocks until a writer
    // comes.
    let meta = std::fs::metadata(path)?;
    if !meta.is_file() {
        return Err(not_regular(&meta));
    }
    let file = std::fs::File::open(path)?;
    // The same question of what was opened, in case the name changed hands
    // between the look and the open.
    let meta = file.metadata()?;
    if !meta.is_file() {
        return Err(not_regular(&meta));
    }
    Ok((file, meta.len()))
}

/// A file over [`MAX_FILE_BYTES`].
pub fn too_big() -> io::Error {
    io::Error::new(
        io::ErrorKind::InvalidData,
        ReadProblem::TooLarge {
            mib: MAX_FILE_BYTES / (1024 * 1024),
        },
    )
}

fn not_regular(meta: &std::fs::Metadata) -> io::Error {
    io::Error::new(
        io::ErrorKind::InvalidInput,
        ReadProblem::NotRegular {
            kind: kind_of(meta),
        },
    )
}

/// Why reading failed, typed: the layout's own reasons, or the system's.
pub fn problem_of(e: io::Error) -> ReadProblem {
    if let Some(p) = e.get_ref().and_then(|r| r.downcast_ref::<ReadProblem>()) {
        return p.clone();
    }
    // The two a person meets, in words of the catalogue; the rest as the
    // system says them.
    match e.kind() {
        io::ErrorKind::PermissionDenied => ReadProblem::PermissionDenied,
        io::ErrorKind::NotFound => ReadProblem::NotFound,
        _ => ReadProblem::System {
            error: crate::catalogue::io_reason(&e),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_over_the_cap_is_refused_without_reading_it_all() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("big.toml");
        // Sparse: the cap is checked without filling a disk.
        let f = std::fs::File::create(&p).unwrap();
        f.set_len(MAX_FILE_BYTES + 1).unwrap();
        let e = read_capped(&p).unwrap_err();
        assert!(e.to_string().contains("64 MiB"), "{e}");
        f.set_len(10).unwrap();
        assert_eq!(read_capped(&p).unwrap().len(), 10);
    }

    #[cfg(unix)]
    #[test]
    fn devices_and_folders_are_not_opened() {
        let e = read_capped(Path::new("/dev/zero")).unwrap_err();
        assert!(e.to_string().contains("a character device"), "{e}");
        let e = read_capped(Path::new("/")).unwrap_err();
        assert!(e.to_string().contains("a folder"), "{e}");
    }
}
