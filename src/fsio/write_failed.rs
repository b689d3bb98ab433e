//! A failure to write output itself (a closed pipe, a full disk), told apart
//! from a failure to make it: output is written as it is made, so both come
//! back through one `Result`, and only the first is said as a write error.

use std::fmt;

#[derive(Debug)]
pub struct WriteFailed(pub std::io::Error);

impl fmt::Display for WriteFailed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl std::error::Error for WriteFailed {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.0)
    }
}

/// An I/O result of writing output, with its error marked as a write's.
pub fn written<T>(r: std::io::Result<T>) -> anyhow::Result<T> {
    r.map_err(|e| WriteFailed(e).into())
}
