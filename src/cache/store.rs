//! One cache entry on disk: a file per plan folder, named by a hash of the
//! folder's canonical path, so a plan has one entry however often it
//! changes. Its layout:
//!
//! ```text
//! magic (8) | key (32) | frame: the plan without its tasks, and the findings
//!           | task count (u64) | frame: up to BATCH tasks | frame … | BLAKE3 (32)
//! frame = length (u64, little-endian) | postcard encoding
//! ```
//!
//! The checksum covers everything between the key and itself, so a truncated
//! or damaged entry is never used. Tasks come in batches so that reading
//! decodes several at once on every core and never holds the whole file:
//! at 100 000 tasks the file is 36 MB, the model it decodes to about 130 MB.

use super::Key;
use crate::load::Loaded;
use crate::model::Task;
use std::io::{Read as _, Write};
use std::path::{Path, PathBuf};

const MAGIC: &[u8; 8] = b"PLANCACH";
const HEADER: usize = MAGIC.len() + 32;
const CHECKSUM: usize = 32;
/// Tasks a frame holds: about 350 kB encoded.
const BATCH: usize = 1024;
/// Frames encoded or decoded at once, one per core as rayon deals them.
const PARALLEL: usize = 8;
/// Fewer bytes than any task is encoded in (an id, a title, lists, places).
const MIN_TASK: u64 = 16;

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
    /// Batches are decoded as they are read, but nothing decoded is given
    /// back until the checksum at the end has matched.
    pub fn body(&self, key: &Key) -> Result<Loaded, Damage> {
        let file = std::fs::File::open(&self.path).map_err(|_| Damage::Truncated)?;
        let len = file.metadata().map_err(|_| Damage::Truncated)?.len();
        let Some(payload) = len.checked_sub((HEADER + CHECKSUM) as u64) else {
            return Err(Damage::Truncated);
        };
        self.decode(file, payload, key).map_err(|damage| {
            // What went wrong half-way is named by the whole file: bytes
            // that do not match their checksum are damage; bytes that match
            // but do not decode were written by a build that encodes
            // otherwise.
            match damage {
                Damage::NotAnEntry => damage,
                _ if self.checksum_matches() => Damage::Undecodable,
                _ => Damage::Checksum,
            }
        })
    }

    fn decode(&self, file: std::fs::File, payload: u64, key: &Key) -> Result<Loaded, Damage> {
        let mut r = Frames {
            inner: std::io::BufReader::with_capacity(1 << 20, file),
            hasher: blake3::Hasher::new(),
            left: payload,
        };
        let mut head = [0u8; HEADER];
        r.inner
            .read_exact(&mut head)
            .map_err(|_| Damage::Truncated)?;
        if judge_header(&head, key) != Read::Matches {
            // Replaced by another run since the header was read: that run's
            // entry, for other files, is no damage but cannot be used here.
            return Err(Damage::NotAnEntry);
        }
        let mut loaded: Loaded =
            postcard::from_bytes(&r.frame()?).map_err(|_| Damage::Undecodable)?;
        let count = u64::from_le_bytes(r.take_array()?);
        // Every task takes more than MIN_TASK bytes: a count the file cannot
        // hold is damage, not a reason to reserve room for it.
        if count > r.left / MIN_TASK {
            return Err(Damage::Truncated);
        }
        let mut tasks = Vec::new();
        tasks
            .try_reserve_exact(count as usize)
            .map_err(|_| Damage::Undecodable)?;
        // Each group of frames is decoded on the cores while the next is
        // read and hashed: reading and hashing a group is a fifth of the
        // time of decoding it, and one core idled through it.
        let mut frames = r.group()?;
        while (tasks.len() as u64) < count {
            if frames.is_empty() {
                return Err(Damage::Undecodable);
            }
            let (decoded, next) = rayon::join(
                || {
                    use rayon::prelude::*;
                    frames
                        .par_iter()
                        .map(|f| postcard::from_bytes::<Vec<Task>>(f).ok())
                        .collect::<Vec<_>>()
                },
                || r.group(),
            );
            for batch in decoded {
                match batch {
                    Some(b) if !b.is_empty() && tasks.len() + b.len() <= count as usize => {
                        tasks.extend(b)
                    }
                    _ => return Err(Damage::Undecodable),
                }
            }
            frames = next?;
        }
        if !frames.is_empty() {
            return Err(Damage::Undecodable);
        }
        if r.left != 0 {
            return Err(Damage::Undecodable);
        }
        let mut sum = [0u8; CHECKSUM];
        r.inner
            .read_exact(&mut sum)
            .map_err(|_| Damage::Truncated)?;
        if r.hasher.finalize().as_bytes() != &sum {
            return Err(Damage::Checksum);
        }
        loaded.plan.tasks = tasks;
        Ok(loaded)
    }

    /// Whether the payload matches the checksum at the end, read again.
    fn checksum_matches(&self) -> bool {
        let Ok(bytes) = std::fs::read(&self.path) else {
            return false;
        };
        let Some(end) = bytes.len().checked_sub(CHECKSUM).filter(|&e| e >= HEADER) else {
            return false;
        };
        blake3::hash(&bytes[HEADER..end]).as_bytes() == &bytes[end..]
    }

    /// Writes the entry for `key`: to a temporary file in the cache folder,
    /// renamed over the old entry, so a reader sees the old entry or the new
    /// one and several `plan` at once each leave a whole entry. Failure only
    /// means the next run parses again, so it is not reported. (Not
    /// `fsio::write_atomic`: a cache needs no fsync, which at 36 MB costs
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
        let mut file = std::io::BufWriter::new(tmp);
        file.write_all(MAGIC)?;
        file.write_all(&key.0)?;
        let mut out = Summing {
            inner: file,
            hasher: blake3::Hasher::new(),
        };
        let head = postcard::to_stdvec(loaded).map_err(std::io::Error::other)?;
        frame(&mut out, &head)?;
        drop(head);
        let tasks = &loaded.plan.tasks;
        out.write_all(&(tasks.len() as u64).to_le_bytes())?;
        let batches: Vec<&[Task]> = tasks.chunks(BATCH).collect();
        for group in batches.chunks(PARALLEL) {
            let encoded: Vec<postcard::Result<Vec<u8>>> = {
                use rayon::prelude::*;
                group.par_iter().map(postcard::to_stdvec).collect()
            };
            for e in encoded {
                frame(&mut out, &e.map_err(std::io::Error::other)?)?;
            }
        }
        let sum = out.hasher.finalize();
        let mut out = out.inner;
        out.write_all(sum.as_bytes())?;
        let tmp = out.into_inner().map_err(|e| e.into_error())?;
        tmp.persist(&self.path).map_err(|e| e.error)?;
        Ok(())
    }
}

fn frame(out: &mut impl Write, bytes: &[u8]) -> std::io::Result<()> {
    out.write_all(&(bytes.len() as u64).to_le_bytes())?;
    out.write_all(bytes)
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

/// The payload read a frame at a time, hashed as it is read, and never past
/// its end.
struct Frames<R> {
    inner: R,
    hasher: blake3::Hasher,
    /// Payload bytes not read yet.
    left: u64,
}

impl<R: std::io::Read> Frames<R> {
    fn take(&mut self, n: u64) -> Result<Vec<u8>, Damage> {
        if n > self.left {
            return Err(Damage::Truncated);
        }
        let mut buf = vec![0u8; n as usize];
        self.inner
            .read_exact(&mut buf)
            .map_err(|_| Damage::Truncated)?;
        self.hasher.update(&buf);
        self.left -= n;
        Ok(buf)
    }

    fn take_array(&mut self) -> Result<[u8; 8], Damage> {
        let v = self.take(8)?;
        Ok(v.try_into().unwrap_or_default())
    }

    fn frame(&mut self) -> Result<Vec<u8>, Damage> {
        let len = u64::from_le_bytes(self.take_array()?);
        self.take(len)
    }

    /// The next [`PARALLEL`] frames, fewer at the payload's end, none past it.
    fn group(&mut self) -> Result<Vec<Vec<u8>>, Damage> {
        let mut frames = Vec::with_capacity(PARALLEL);
        while frames.len() < PARALLEL && self.left > 0 {
            frames.push(self.frame()?);
        }
        Ok(frames)
    }
}

/// A writer that hashes what goes through it: the payload goes to the file
/// a frame at a time, never held whole in memory.
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
