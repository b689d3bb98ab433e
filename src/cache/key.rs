//! The key of a cache entry: everything a loaded plan depends on. The
//! loader's result is a function of the files' names and bytes, the folder
//! as shown in messages, and the code that reads them; so is the key.

use crate::load::{layout, open_regular, InputFile, MAX_FILE_BYTES};
use std::io::Read;
use std::path::Path;

/// A BLAKE3 hash; equal keys mean the same files read by the same binary.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Key(pub [u8; 32]);

/// Bumped when the cache's layout changes in a way the version would not show.
const FORMAT: u32 = 2;

impl Key {
    /// The key of these files, or `None` when one could not be read (its
    /// error is reported afresh by every load, never cached).
    pub fn of(root: &str, files: &[InputFile]) -> Option<Key> {
        let digests = files
            .iter()
            .map(|f| {
                Some((
                    f.rel.as_str(),
                    *blake3::hash(f.bytes.as_ref().ok()?).as_bytes(),
                ))
            })
            .collect::<Option<Vec<_>>>()?;
        Some(Key::combine(root, &digests))
    }

    /// The key of the plan in `dir` as it is now, read file by file through
    /// a small buffer and hashed on every core: the same key [`Key::of`]
    /// gives for the files [`list_files`] reads, without 40 MB of them in
    /// memory at 100 000 tasks. `None` when a file cannot be read.
    pub fn of_dir(root: &str, dir: &Path) -> Option<Key> {
        use rayon::prelude::*;
        let listed = layout(dir);
        let digests = listed
            .par_iter()
            .map(|l| match &l.problem {
                Some(_) => None,
                None => Some((l.rel.as_str(), digest_file(&dir.join(&l.rel))?)),
            })
            .collect::<Option<Vec<_>>>()?;
        Some(Key::combine(root, &digests))
    }

    /// Everything the key covers, each file by its name and its content's hash.
    fn combine(root: &str, files: &[(&str, [u8; 32])]) -> Key {
        let mut h = blake3::Hasher::new();
        h.update(&FORMAT.to_le_bytes());
        field(&mut h, env!("CARGO_PKG_VERSION").as_bytes());
        field(&mut h, &build_identity());
        field(&mut h, root.as_bytes());
        h.update(&(files.len() as u64).to_le_bytes());
        for (rel, digest) in files {
            field(&mut h, rel.as_bytes());
            h.update(digest);
        }
        Key(*h.finalize().as_bytes())
    }
}

/// The hash of a plan file's content, read as [`read_capped`] would read it
/// (a regular file, no more than the cap).
fn digest_file(path: &Path) -> Option<[u8; 32]> {
    let (file, _) = open_regular(path).ok()?;
    let mut h = blake3::Hasher::new();
    h.update_reader(file.take(MAX_FILE_BYTES + 1)).ok()?;
    (h.count() <= MAX_FILE_BYTES).then(|| *h.finalize().as_bytes())
}

/// Each field with its length first, so no two lists of files hash alike by
/// moving bytes from one name or file into the next.
fn field(h: &mut blake3::Hasher, bytes: &[u8]) {
    h.update(&(bytes.len() as u64).to_le_bytes());
    h.update(bytes);
}

/// The running binary's size and modification time: a rebuilt binary of the
/// same version (a developer's, with a changed model) must not read entries
/// another build wrote. Empty when the binary cannot be looked at; the
/// version and the entry's checksum still hold then.
fn build_identity() -> Vec<u8> {
    let Some(meta) = std::env::current_exe()
        .ok()
        .and_then(|p| std::fs::metadata(p).ok())
    else {
        return Vec::new();
    };
    let mut out = meta.len().to_le_bytes().to_vec();
    if let Ok(since) = meta
        .modified()
        .map(|m| m.duration_since(std::time::UNIX_EPOCH).unwrap_or_default())
    {
        out.extend_from_slice(&since.as_nanos().to_le_bytes());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(rel: &str, text: &str) -> InputFile {
        InputFile {
            rel: rel.into(),
            bytes: Ok(text.as_bytes().to_vec()),
        }
    }

    #[test]
    fn any_change_of_name_content_order_or_folder_changes_the_key() {
        let base = || vec![file("plan.toml", "id = \"x\""), file("tasks/a.toml", "ab")];
        let k = Key::of("plan", &base()).unwrap();
        assert_eq!(
            Key::of("plan", &base()),
            Some(k),
            "the same files, the same key"
        );
        let mut byte = base();
        byte[1].bytes = Ok(b"ac".to_vec());
        let mut name = base();
        name[1].rel = "tasks/b.toml".into();
        let mut moved = base();
        moved[0].bytes = Ok(b"id = \"x\"a".to_vec());
        moved[1].bytes = Ok(b"b".to_vec());
        let mut added = base();
        added.push(file("progress/2025.toml", ""));
        let mut removed = base();
        removed.pop();
        for (what, files, root) in [
            ("one byte", byte, "plan"),
            ("a name", name, "plan"),
            ("a byte moved between files", moved, "plan"),
            ("a file added", added, "plan"),
            ("a file removed", removed, "plan"),
            ("the folder as shown", base(), "./plan"),
        ] {
            assert_ne!(Key::of(root, &files), Some(k), "{what}");
        }
    }

    #[test]
    fn hashing_the_folder_gives_the_key_of_the_files_read() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("plan");
        crate::generate::write(&dir, 1200, 3).unwrap();
        std::fs::write(dir.join("progress/2025.toml"), "").unwrap();
        let read = crate::load::list_files(&dir);
        assert!(read.len() > 3);
        assert_eq!(Key::of_dir("plan", &dir), Key::of("plan", &read));
        assert!(Key::of_dir("plan", &dir).is_some());
        // A folder where a file should be: no key, either way.
        std::fs::create_dir(dir.join("tasks/zz.toml")).unwrap();
        assert_eq!(Key::of_dir("plan", &dir), None);
        assert_eq!(Key::of("plan", &crate::load::list_files(&dir)), None);
    }

    #[test]
    fn an_unreadable_file_means_no_key() {
        let mut files = vec![file("plan.toml", "")];
        files.push(InputFile {
            rel: "agencies.toml".into(),
            bytes: Err(std::io::Error::other("denied")),
        });
        assert_eq!(Key::of("plan", &files), None);
    }
}
