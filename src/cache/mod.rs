//! The load cache: a plan read once is kept, model and findings, in the user's
//! cache folder, and read back instead of parsing again while no byte of the
//! plan has changed. At 100 000 tasks parsing and checking take about a
//! second; reading the cache back takes a fraction of it (BENCHMARKS.md).
//!
//! It is never stale: an entry is used only when its key, a hash of every
//! plan file's name and content, the plan folder as shown, and the binary's
//! version and build, is the key of the files read now (see [`key`]). A
//! damaged entry is noticed by its checksum and the plan is read again, with
//! a note. docs/cache.md tells users where it is and how to clear it.

mod key;
mod store;

use crate::load::{self, Loaded, NoPlan};
use std::path::{Path, PathBuf};

pub use key::Key;
pub use store::{Damage, Entry, Read};

/// The variable that moves the cache folder (tests point it at a temporary
/// folder); without it the cache is `plan` in the user's cache folder.
pub const DIR_VAR: &str = "PLAN_CACHE_DIR";

/// Where cache entries are kept, or nowhere (`--no-cache`, `PLAN_NO_CACHE`,
/// or a system with no cache folder).
#[derive(Clone, Debug)]
pub struct Cache {
    dir: Option<PathBuf>,
}

/// What the cache did for one load, for tests and benchmarks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// The entry matched: nothing was parsed.
    Hit,
    /// No entry, or one for other files: parsed, and the entry written.
    Miss,
    /// The entry (at that path) was damaged: parsed again and rewritten.
    Damaged(Damage, PathBuf),
    /// The cache was not used (off, or a file could not be read).
    Off,
}

impl Cache {
    /// The cache as the command line and environment ask: off with
    /// `no_cache`, else `PLAN_CACHE_DIR`, else `plan` in the user's cache
    /// folder (XDG_CACHE_HOME or ~/.cache on Linux).
    pub fn from_env(no_cache: bool) -> Cache {
        if no_cache {
            return Cache::off();
        }
        let dir = match std::env::var_os(DIR_VAR) {
            Some(d) if !d.is_empty() => Some(PathBuf::from(d)),
            _ => dirs::cache_dir().map(|d| d.join("plan")),
        };
        Cache { dir }
    }

    /// Entries in `dir`.
    pub fn at(dir: PathBuf) -> Cache {
        Cache { dir: Some(dir) }
    }

    pub fn off() -> Cache {
        Cache { dir: None }
    }

    /// The folder entries go to, when the cache is on.
    pub fn dir(&self) -> Option<&Path> {
        self.dir.as_deref()
    }
}

/// [`load::load_dir`] through the cache, and what the cache did. Trouble
/// with the cache itself (a folder that cannot be written) only means the
/// plan is parsed as without it; a damaged entry is for the caller to
/// mention.
pub fn load_dir(dir: &Path, cache: &Cache) -> Result<(Loaded, Outcome), NoPlan> {
    load::check_plan_dir(dir)?;
    let root = crate::text::display_path(dir);
    let parse = || load::load_files(&root, load::list_files(dir));
    let Some(entry) = cache.dir().and_then(|c| Entry::for_plan(c, dir)) else {
        return Ok((parse(), Outcome::Off));
    };
    // The files are hashed as they are read, never held: on a hit nothing
    // else of them is needed. A file that cannot be read has no content to
    // key on; its error is the loader's to report, every time.
    let Some(key) = Key::of_dir(&root, dir) else {
        return Ok((parse(), Outcome::Off));
    };
    let outcome = match entry.header(&key) {
        Read::Matches => match entry.body(&key) {
            Ok(loaded) => return Ok((loaded, Outcome::Hit)),
            Err(damage) => Outcome::Damaged(damage, entry.path().to_path_buf()),
        },
        Read::Other => Outcome::Miss,
        Read::Damaged(damage) => Outcome::Damaged(damage, entry.path().to_path_buf()),
    };
    // Read for parsing, and keyed on what is read now: a file changed since
    // it was hashed gets the entry of its new content.
    let files = load::list_files(dir);
    let loaded = match Key::of(&root, &files) {
        Some(key) => parse_and_keep(&root, files, &key, &entry),
        None => load::load_files(&root, files),
    };
    Ok((loaded, outcome))
}

/// Parses the files and keeps the result under `key`, which is theirs.
fn parse_and_keep(root: &str, files: Vec<load::InputFile>, key: &Key, entry: &Entry) -> Loaded {
    let loaded = load::load_files(root, files);
    entry.write(key, &loaded);
    loaded
}

#[cfg(test)]
mod tests;
