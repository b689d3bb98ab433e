//! Checks that need the whole plan: ids unique across files, references that
//! resolve, dates in a sensible order. Per-file shape is checked by `load`.

mod dates;
mod duplicates;
mod references;

use crate::diagnostic::Diagnostic;
use crate::model::Plan;

pub fn check(plan: &Plan) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    duplicates::check(plan, &mut out);
    references::check(plan, &mut out);
    dates::check(plan, &mut out);
    out
}
