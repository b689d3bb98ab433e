//! The one way `plan` writes files. Plan files are changed under an exclusive
//! lock on the plan folder ([`with_plan_lock`]); every file is written to a
//! temporary file beside its target and renamed over it ([`write_atomic`],
//! [`write_set`]), so a reader sees the old file or the new one, never half.
//! What may be written over is decided once, in [`target`]: regular files only,
//! through symbolic links, never a read-only file, keeping mode and owner.
//! docs/writing.md explains the rules to users.

mod atomic;
mod dest;
mod leftovers;
mod lock;
mod target;
mod write_failed;

pub use atomic::{stage, write_atomic, write_atomic_with, write_set, Staged};
pub use dest::{out_dir_allowed, Dest};
pub use leftovers::{is_leftover, leftovers, TEMP_PREFIX, TEMP_SUFFIX};
pub use lock::{with_plan_lock, LOCK_FILE};
pub(crate) use target::kind_of;
pub use write_failed::{written, WriteFailed};
