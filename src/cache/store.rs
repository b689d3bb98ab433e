//! One cache entry on disk: a file per plan folder, named by a hash of the
//! folder's canonical path, so a plan has one entry however often it
//! changes. Its layout: a magic word, the key of the files it was made from,
//! the encoded [`Loaded`] (postcard), then a BLAKE3 checksum of that
//! encoding, so a truncated or damaged entry is noticed before it is used.

use super::Key;
use crate::load::Loaded;
use std::io::{Read as _, Write};
use std::path::{Path, PathBuf};

const MAGIC: &[u8; 8] = b"PLANCACH";
const HEADER: usize = MAGIC.len() + 32;
const CHECKSUM: usize = 32;

/// Where the entry of one plan folder lives.
#[derive(Clone, Debug)]
pub struct Entry {
    path: PathBuf,
}

/// What the start of an entry says about a key.
#[derive(Debug, PartialEq, Eq)]
pub enum Read {
    /// It was made from these files: its body may be read.
    Matches,
    /// There is none, or it was made from other files (or by another build).
    Other,
    Damaged(Damage),
}

/// Why an entry could not be used although it was made for these files.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Damage {
    /// Shorter than its header and checksum.
    Truncated,
    /// It does not start as an entry does.
    NotAnEntry,
    /// Its content does not match its checksum.
    Checksum,
    /// It matches its checksum but does not decode (a bug, or a build that
    /// encodes differently under the same key).
    Undecodable,
}

impl Entry {
    /// The entry for the plan in `plan_dir`, kept in `cache_dir`; `None`
    /// when the folder has no canonical path.
    pub fn for_plan(cache_dir: &Path, plan_dir: &Path) -> Option<Entry> {
        let canonical = std::fs::canonicalize(plan_dir).ok()?;
        let hash = blake3::hash(canonical.as_os_str().as_encoded_bytes());
        let name = format!("{}.bin", &hash.to_hex()[..32]);
        Some(Entry {
            path: cache_dir.join(name),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Reads the header only: most misses are decided without reading the body.
    pub fn header(&self, key: &Key) -> Read {
        let Ok(mut file) = std::fs::File::open(&self.path) else {
            return Read::Other;
        };
        let mut head = [0u8; HEADER];
        let mut got = 0;
        while got < HEADER {
            match file.read(&mut head[got..]) {
                Ok(0) => break,
                Ok(n) => got += n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(_) => return Read::Other,
            }
        }
        if got < HEADER {
            return Read::Damaged(Damage::Truncated);
        }
        judge_header(&head, key)
    }

    /// The loaded plan the entry holds, once its header and checksum agree.
    pub fn body(&self, key: &Key) -> Result<Loaded, Damage> {
        let bytes = std::fs::read(&self.path).map_err(|_| Damage::Truncated)?;
        if bytes.len() < HEADER + CHECKSUM {
            return Err(Damage::Truncated);
        }
        if judge_header(&bytes[..HEADER], key) != Read::Matches {
            // Replaced by another run since the header was read: that run's
            // entry, for other files, is no damage but cannot be used here.
            return Err(Damage::NotAnEntry);
        }
        let (payload, sum) = bytes[HEADER..].split_at(bytes.len() - HEADER - CHECKSUM);
        if blake3::hash(payload).as_bytes() != sum {
            return Err(Damage::Checksum);
        }
        postcard::from_bytes(payload).map_err(|_| Damage::Undecodable)
    }

    /// Writes the entry for `key`: to a temporary file in the cache folder,
    /// renamed over the old entry, so a reader sees the old entry or the new
    /// one and several `plan` at once each leave a whole entry. Failure only
    /// means the next run parses again, so it is not reported. (Not
    /// `fsio::write_atomic`: a cache needs no fsync, which at 30 MB costs
    /// more than the parse it saves, nor the plan files' owner and mode.)
    pub fn write(&self, key: &Key, loaded: &Loaded) {
        let _ = self.try_write(key, loaded);
    }

    fn try_write(&self, key: &Key, loaded: &Loaded) -> std::io::Result<()> {
        let dir = self.path.parent().unwrap_or(Path::new("."));
        std::fs::create_dir_all(dir)?;
        let tmp = tempfile::Builder::new()
            .prefix(".entry-")
            .suffix(".tmp")
            .tempfile_in(dir)?;
        let mut out = Summing {
            inner: std::io::BufWriter::new(tmp),
            hasher: blake3::Hasher::new(),
        };
        out.inner.write_all(MAGIC)?;
        out.inner.write_all(&key.0)?;
        postcard::to_io(loaded, &mut out).map_err(std::io::Error::other)?;
        let sum = out.hasher.finalize();
        let mut inner = out.inner;
        inner.write_all(sum.as_bytes())?;
        let tmp = inner.into_inner().map_err(|e| e.into_error())?;
        tmp.persist(&self.path).map_err(|e| e.error)?;
        Ok(())
    }
}

fn judge_header(head: &[u8], key: &Key) -> Read {
    if &head[..MAGIC.len()] != MAGIC {
        return Read::Damaged(Damage::NotAnEntry);
    }
    if head[MAGIC.len()..HEADER] != key.0 {
        return Read::Other;
    }
    Read::Matches
}

/// A writer that hashes what goes through it: the payload is encoded
/// straight to the file, never held whole in memory.
struct Summing<W> {
    inner: W,
    hasher: blake3::Hasher,
}

impl<W: Write> Write for Summing<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hasher.update(&buf[..n]);
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}
