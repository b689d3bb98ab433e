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
pub(crate) mod utf8;

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
mod tests {
    // Staleness: what the cache did after each kind of change, and that what it
    // gives back is what parsing gives.

    use super::*;
    use crate::diagnostic::render_json;

    /// A generated plan of `tasks` tasks, and an empty cache folder.
    fn setup(tasks: usize) -> (tempfile::TempDir, PathBuf, Cache) {
        let tmp = tempfile::tempdir().unwrap();
        let plan = tmp.path().join("plan");
        crate::generate::write(&plan, tasks, 7).unwrap();
        let cache = Cache::at(tmp.path().join("cache"));
        (tmp, plan, cache)
    }

    /// Loads through the cache, and checks the answer against a parse.
    fn load(plan: &Path, cache: &Cache) -> (Loaded, Outcome) {
        let (loaded, outcome) = load_dir(plan, cache).unwrap();
        let parsed = load::load_dir(plan).unwrap();
        assert_eq!(
            render_json(&loaded.diagnostics),
            render_json(&parsed.diagnostics)
        );
        assert_eq!(loaded.references_checked, parsed.references_checked);
        assert_eq!(format!("{:?}", loaded.plan), format!("{:?}", parsed.plan));
        (loaded, outcome)
    }

    fn entry(cache: &Cache, plan: &Path) -> PathBuf {
        Entry::for_plan(cache.dir().unwrap(), plan)
            .unwrap()
            .path()
            .to_path_buf()
    }

    fn task_file(plan: &Path) -> PathBuf {
        plan.join("tasks").join(
            std::fs::read_dir(plan.join("tasks"))
                .unwrap()
                .next()
                .unwrap()
                .unwrap()
                .file_name(),
        )
    }

    #[test]
    fn the_second_load_is_a_hit_and_equals_a_parse() {
        // More tasks than one group of batches (8 × 1024), with a last batch
        // part-full: every path of the batched decoding.
        let (_tmp, plan, cache) = setup(9000);
        assert_eq!(load(&plan, &cache).1, Outcome::Miss);
        assert!(entry(&cache, &plan).is_file());
        assert_eq!(load(&plan, &cache).1, Outcome::Hit);
    }

    #[test]
    fn one_changed_byte_is_a_miss() {
        let (_tmp, plan, cache) = setup(40);
        load(&plan, &cache);
        let file = task_file(&plan);
        let mut bytes = std::fs::read(&file).unwrap();
        let at = bytes.iter().rposition(|&b| b == b'a').unwrap();
        bytes[at] = b'b';
        std::fs::write(&file, bytes).unwrap();
        assert_eq!(load(&plan, &cache).1, Outcome::Miss);
        assert_eq!(load(&plan, &cache).1, Outcome::Hit);
    }

    #[test]
    fn a_changed_mtime_alone_is_still_a_hit() {
        let (_tmp, plan, cache) = setup(40);
        load(&plan, &cache);
        let file = std::fs::File::options()
            .write(true)
            .open(task_file(&plan))
            .unwrap();
        let later = std::time::SystemTime::now() + std::time::Duration::from_secs(3600);
        file.set_modified(later).unwrap();
        drop(file);
        assert_eq!(load(&plan, &cache).1, Outcome::Hit);
    }

    #[test]
    fn a_removed_or_added_file_is_a_miss() {
        let (_tmp, plan, cache) = setup(1200);
        load(&plan, &cache);
        let file = task_file(&plan);
        let text = std::fs::read(&file).unwrap();
        std::fs::remove_file(&file).unwrap();
        let (fewer, outcome) = load(&plan, &cache);
        assert_eq!(outcome, Outcome::Miss);
        assert!(fewer.plan.tasks.len() < 1200);
        std::fs::write(&file, &text).unwrap();
        assert_eq!(load(&plan, &cache).1, Outcome::Miss, "the file back");
        std::fs::write(plan.join("progress/2099.toml"), "").unwrap();
        assert_eq!(load(&plan, &cache).1, Outcome::Miss, "a file added");
    }

    #[test]
    fn a_damaged_or_truncated_entry_is_parsed_again_and_rewritten() {
        let (_tmp, plan, cache) = setup(40);
        load(&plan, &cache);
        let path = entry(&cache, &plan);
        let whole = std::fs::read(&path).unwrap();
        let mut flipped = whole.clone();
        let middle = flipped.len() / 2;
        flipped[middle] ^= 0x20;
        let cases: [(&str, Vec<u8>, Damage); 4] = [
            ("a flipped byte", flipped, Damage::Checksum),
            (
                "cut in the middle",
                whole[..whole.len() / 2].to_vec(),
                Damage::Checksum,
            ),
            ("cut in the header", whole[..20].to_vec(), Damage::Truncated),
            (
                "something else",
                b"not a cache at all, but long enough to have a header".to_vec(),
                Damage::NotAnEntry,
            ),
        ];
        for (what, bytes, damage) in cases {
            std::fs::write(&path, bytes).unwrap();
            assert_eq!(
                load(&plan, &cache).1,
                Outcome::Damaged(damage, path.clone()),
                "{what}"
            );
            assert_eq!(load(&plan, &cache).1, Outcome::Hit, "{what}: rewritten");
        }
        std::fs::write(&path, b"").unwrap();
        assert_eq!(
            load(&plan, &cache).1,
            Outcome::Damaged(Damage::Truncated, path.clone()),
            "an empty entry"
        );
    }

    #[test]
    fn an_entry_that_decodes_wrong_is_damaged() {
        let (_tmp, plan, cache) = setup(40);
        load(&plan, &cache);
        let path = entry(&cache, &plan);
        // A payload with a valid checksum that is not a plan: what a build that
        // encodes differently under the same key would leave.
        let whole = std::fs::read(&path).unwrap();
        let payload = [0xFFu8; 64];
        let mut bytes = whole[..40].to_vec();
        bytes.extend_from_slice(&payload);
        bytes.extend_from_slice(blake3::hash(&payload).as_bytes());
        std::fs::write(&path, bytes).unwrap();
        assert_eq!(
            load(&plan, &cache).1,
            Outcome::Damaged(Damage::Undecodable, path)
        );
    }

    /// The frames of an entry's payload, and the entry made again from
    /// frames with a checksum that matches them (so only the structure is
    /// wrong, as a build that encodes otherwise would leave it).
    fn frames_of(whole: &[u8]) -> (Vec<u8>, Vec<Vec<u8>>) {
        let payload = &whole[40..whole.len() - 32];
        let mut frames = Vec::new();
        let mut at = 0;
        while at < payload.len() {
            let len = u64::from_le_bytes(payload[at..at + 8].try_into().unwrap()) as usize;
            // The task count between the head frame and the batches is 8
            // bytes with no length of its own.
            let len = if frames.len() == 1 { 0 } else { len };
            let start = at + if frames.len() == 1 { 0 } else { 8 };
            let end = if frames.len() == 1 {
                at + 8
            } else {
                start + len
            };
            frames.push(payload[start..end].to_vec());
            at = end;
        }
        (whole[..40].to_vec(), frames)
    }

    fn entry_of(header: &[u8], frames: &[Vec<u8>]) -> Vec<u8> {
        let mut payload = Vec::new();
        for (i, f) in frames.iter().enumerate() {
            if i != 1 {
                payload.extend_from_slice(&(f.len() as u64).to_le_bytes());
            }
            payload.extend_from_slice(f);
        }
        let mut bytes = header.to_vec();
        bytes.extend_from_slice(&payload);
        bytes.extend_from_slice(blake3::hash(&payload).as_bytes());
        bytes
    }

    #[test]
    fn an_entry_of_many_frames_with_a_wrong_structure_is_damaged() {
        // More than one group of frames (8 × 1024 tasks), so that the next
        // group is read while one decodes: the entry's structure is checked
        // across groups.
        let (_tmp, plan, cache) = setup(9000);
        load(&plan, &cache);
        let path = entry(&cache, &plan);
        let whole = std::fs::read(&path).unwrap();
        let (header, frames) = frames_of(&whole);
        assert_eq!(frames.len(), 2 + 9, "head, count and 9 batches");
        assert_eq!(entry_of(&header, &frames), whole, "made again as written");
        let count = |n: u64| n.to_le_bytes().to_vec();
        let with = |f: &dyn Fn(&mut Vec<Vec<u8>>)| {
            let mut frames = frames.clone();
            f(&mut frames);
            entry_of(&header, &frames)
        };
        let empty_batch = postcard::to_stdvec(&Vec::<crate::model::Task>::new()).unwrap();
        let cases: Vec<(&str, Vec<u8>)> = vec![
            ("a batch more", with(&|f| f.push(f[2].clone()))),
            ("the last batch dropped", with(&|f| drop(f.pop()))),
            ("a count one short", with(&|f| f[1] = count(8999))),
            ("a count one over", with(&|f| f[1] = count(9001))),
            ("a count of one group", with(&|f| f[1] = count(8 * 1024))),
            ("a count of none", with(&|f| f[1] = count(0))),
            (
                "an empty batch",
                with(&|f| f.insert(5, empty_batch.clone())),
            ),
            ("an empty frame", with(&|f| f.insert(10, Vec::new()))),
        ];
        for (what, bytes) in cases {
            std::fs::write(&path, bytes).unwrap();
            assert_eq!(
                load(&plan, &cache).1,
                Outcome::Damaged(Damage::Undecodable, path.clone()),
                "{what}"
            );
            assert_eq!(load(&plan, &cache).1, Outcome::Hit, "{what}: rewritten");
        }
    }

    #[test]
    fn off_and_unreadable_files_leave_the_cache_alone() {
        let (tmp, plan, _) = setup(40);
        assert_eq!(load(&plan, &Cache::off()).1, Outcome::Off);
        let cache = Cache::at(tmp.path().join("cache"));
        // A folder where a tasks file should be cannot be read.
        std::fs::create_dir(plan.join("tasks/zz.toml")).unwrap();
        assert_eq!(load_dir(&plan, &cache).unwrap().1, Outcome::Off);
        assert!(!tmp.path().join("cache").exists());
    }

    #[test]
    fn a_cache_folder_that_cannot_be_made_only_means_parsing() {
        let (tmp, plan, _) = setup(40);
        let blocker = tmp.path().join("blocker");
        std::fs::write(&blocker, "").unwrap();
        let cache = Cache::at(blocker.join("cache"));
        assert_eq!(load(&plan, &cache).1, Outcome::Miss);
        assert_eq!(load(&plan, &cache).1, Outcome::Miss);
    }

    #[test]
    fn the_entry_is_outside_the_plan_folder_and_one_per_plan() {
        let (tmp, plan, cache) = setup(40);
        let before: Vec<_> = walk(&plan);
        load(&plan, &cache);
        std::fs::write(plan.join("progress/2099.toml"), "").unwrap();
        load(&plan, &cache);
        let mut after = walk(&plan);
        after.retain(|p| !p.ends_with("2099.toml"));
        assert_eq!(before, after, "nothing new in the plan folder");
        let entries = std::fs::read_dir(tmp.path().join("cache")).unwrap().count();
        assert_eq!(entries, 1, "a changed plan replaces its entry");
    }

    fn walk(dir: &Path) -> Vec<PathBuf> {
        let mut out = Vec::new();
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                out.extend(walk(&p));
            }
            out.push(p);
        }
        out.sort();
        out
    }
}
