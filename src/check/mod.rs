//! Checks that need the whole plan: ids unique across files, references that
//! resolve, dates in a sensible order, ids in the safe alphabet, figures
//! that can be judged. Per-file shape is checked by `load`.

mod dates;
mod duplicates;
mod ids;
mod lifetime;
mod numbers;
mod receipts;
mod references;

pub use ids::MAX_ID_CHARS;

use crate::diagnostic::Diagnostic;
use crate::model::Plan;

/// `complete` is false when some file did not load; references are then not
/// checked, since everything pointing into that file would look broken.
pub fn check(plan: &Plan, complete: bool) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    duplicates::check(plan, &mut out);
    if complete {
        references::check(plan, &mut out);
    }
    dates::check(plan, &mut out);
    lifetime::check(plan, &mut out);
    numbers::check(plan, &mut out);
    receipts::check(plan, &mut out);
    ids::check(plan, &mut out);
    out
}
