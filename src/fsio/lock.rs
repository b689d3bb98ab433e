//! One writer at a time per plan folder: an exclusive lock on `.plan.lock`,
//! held while a command reads, changes and writes plan files. The operating
//! system releases it when the process ends, however it ends, so a lock file
//! left behind is harmless. Readers take no lock: atomic writes already keep
//! them from seeing half a file.

use crate::catalogue::{OrStop, Problem};
use crate::lang::Lang;
use anyhow::{bail, Result};
use fs4::fs_std::FileExt;
use std::fs::File;
use std::io::Write;
use std::path::Path;
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// The lock file, in the plan folder.
pub const LOCK_FILE: &str = ".plan.lock";

/// How long a writer waits quietly before saying that it waits.
const QUIET: Duration = Duration::from_secs(1);

/// Runs `f` holding the plan folder's lock. A writer that finds the lock taken
/// says so on stderr (in `lang`) after a second and gives up after `timeout`.
pub fn with_plan_lock<T>(
    dir: &Path,
    timeout: Duration,
    lang: Lang,
    f: impl FnOnce() -> Result<T>,
) -> Result<T> {
    let lock = acquire(dir, timeout, lang)?;
    let result = f();
    // Released on drop in any case; explicit so the order is visible.
    drop(lock);
    result
}

fn acquire(dir: &Path, timeout: Duration, lang: Lang) -> Result<File> {
    let path = dir.join(LOCK_FILE);
    let shown = path.display().to_string();
    let file = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(&path)
        // A lock file made by another user may be read-only to this one; a
        // lock needs only a handle, and reading is enough for that.
        .or_else(|e| match e.kind() {
            std::io::ErrorKind::PermissionDenied => File::open(&path),
            _ => Err(e),
        })
        .or_stop(|| Problem::CannotOpenLock { path: &shown }.into())?;
    if file
        .try_lock_exclusive()
        .or_stop(|| Problem::CannotLock { path: &shown }.into())?
    {
        return Ok(file);
    }
    // Taken: wait in a thread blocked in the kernel (no polling), so this
    // thread can speak after a second and stop at the time-out.
    let (tx, rx) = mpsc::channel();
    let waiter = file
        .try_clone()
        .or_stop(|| Problem::CannotLock { path: &shown }.into())?;
    std::thread::spawn(move || {
        let _ = tx.send(waiter.lock_exclusive());
        // If nobody waits any more, `waiter` drops here and lets go.
    });
    let started = Instant::now();
    let mut said = false;
    loop {
        let left = timeout.saturating_sub(started.elapsed());
        let step = if said { left } else { left.min(QUIET) };
        match rx.recv_timeout(step) {
            Ok(Ok(())) => return Ok(file),
            Ok(Err(e)) => return Err(Problem::CannotLock { path: &shown }.stop_because(e)),
            Err(mpsc::RecvTimeoutError::Disconnected) => {
                bail!("internal: the thread waiting for the lock {shown} stopped")
            }
            Err(mpsc::RecvTimeoutError::Timeout) if started.elapsed() >= timeout => {
                bail!(Problem::LockTaken {
                    path: &shown,
                    seconds: timeout.as_secs_f64()
                }
                .stop())
            }
            Err(mpsc::RecvTimeoutError::Timeout) => {
                if !said {
                    // A message that cannot be shown is no reason to stop waiting.
                    let waiting = Problem::WaitingForLock {
                        dir: &dir.display().to_string(),
                        path: &shown,
                    };
                    let _ = writeln!(std::io::stderr(), "{}", waiting.text(lang));
                    said = true;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_writer_gives_up_after_the_time_out_and_the_first_is_unharmed() {
        let dir = tempfile::tempdir().unwrap();
        let held = acquire(dir.path(), Duration::from_secs(1), Lang::En).unwrap();
        let started = Instant::now();
        let e = with_plan_lock(dir.path(), Duration::from_millis(200), Lang::En, || Ok(()))
            .unwrap_err()
            .to_string();
        assert!(e.contains("another `plan` held the lock"), "{e}");
        assert!(started.elapsed() >= Duration::from_millis(200));
        drop(held);
        assert_eq!(
            with_plan_lock(dir.path(), Duration::from_millis(200), Lang::En, || Ok(7)).unwrap(),
            7
        );
    }

    #[test]
    fn a_waiting_writer_goes_on_when_the_lock_is_released() {
        let dir = tempfile::tempdir().unwrap();
        let held = acquire(dir.path(), Duration::from_secs(1), Lang::En).unwrap();
        let release = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(100));
            drop(held);
        });
        assert_eq!(
            with_plan_lock(dir.path(), Duration::from_secs(5), Lang::En, || Ok("ran")).unwrap(),
            "ran"
        );
        release.join().unwrap();
    }
}
