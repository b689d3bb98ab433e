//! One writer at a time per plan folder: an exclusive lock on `.plan.lock`,
//! held while a command reads, changes and writes plan files. The operating
//! system releases it when the process ends, however it ends, so a lock file
//! left behind is harmless. Readers take no lock: atomic writes already keep
//! them from seeing half a file.

use anyhow::{bail, Context, Result};
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
/// says so on stderr after a second and gives up after `timeout`.
pub fn with_plan_lock<T>(
    dir: &Path,
    timeout: Duration,
    f: impl FnOnce() -> Result<T>,
) -> Result<T> {
    let lock = acquire(dir, timeout)?;
    let result = f();
    // Released on drop in any case; explicit so the order is visible.
    drop(lock);
    result
}

fn acquire(dir: &Path, timeout: Duration) -> Result<File> {
    let path = dir.join(LOCK_FILE);
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
        .with_context(|| {
            format!(
                "cannot open the lock file {}; plan needs to write in the plan folder to change it",
                path.display()
            )
        })?;
    if file
        .try_lock_exclusive()
        .with_context(|| format!("cannot lock {}", path.display()))?
    {
        return Ok(file);
    }
    // Taken: wait in a thread blocked in the kernel (no polling), so this
    // thread can speak after a second and stop at the time-out.
    let (tx, rx) = mpsc::channel();
    let waiter = file
        .try_clone()
        .with_context(|| format!("cannot lock {}", path.display()))?;
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
            Ok(Err(e)) => bail!("cannot lock {}: {e}", path.display()),
            Err(mpsc::RecvTimeoutError::Disconnected) => {
                bail!("cannot lock {}: the waiting thread stopped", path.display())
            }
            Err(mpsc::RecvTimeoutError::Timeout) if started.elapsed() >= timeout => {
                bail!(
                    "another `plan` held the lock {} for {} s; nothing was written\n  help: run the command again when the other one has finished, or wait longer with --lock-timeout SECS (or PLAN_LOCK_TIMEOUT)",
                    path.display(),
                    timeout.as_secs_f64()
                )
            }
            Err(mpsc::RecvTimeoutError::Timeout) => {
                if !said {
                    // A message that cannot be shown is no reason to stop waiting.
                    let _ = writeln!(
                        std::io::stderr(),
                        "waiting for another `plan` that is changing {} (lock {})…",
                        dir.display(),
                        path.display()
                    );
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
        let held = acquire(dir.path(), Duration::from_secs(1)).unwrap();
        let started = Instant::now();
        let e = with_plan_lock(dir.path(), Duration::from_millis(200), || Ok(()))
            .unwrap_err()
            .to_string();
        assert!(e.contains("another `plan` held the lock"), "{e}");
        assert!(started.elapsed() >= Duration::from_millis(200));
        drop(held);
        assert_eq!(
            with_plan_lock(dir.path(), Duration::from_millis(200), || Ok(7)).unwrap(),
            7
        );
    }

    #[test]
    fn a_waiting_writer_goes_on_when_the_lock_is_released() {
        let dir = tempfile::tempdir().unwrap();
        let held = acquire(dir.path(), Duration::from_secs(1)).unwrap();
        let release = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(100));
            drop(held);
        });
        assert_eq!(
            with_plan_lock(dir.path(), Duration::from_secs(5), || Ok("ran")).unwrap(),
            "ran"
        );
        release.join().unwrap();
    }
}
