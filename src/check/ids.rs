//! Ids are written in a small, safe alphabet: ASCII letters, digits, `.`, `-`
//! and `_`, starting with a letter or digit, at most 64 characters. Ids are
//! typed on command lines, used in file names and compared as keys, so a
//! Cyrillic `а` or a zero-width space must not make two ids that look alike.

use crate::catalogue::finding::{IdKind, IdProblem};
use crate::catalogue::Finding;
use crate::diagnostic::Diagnostic;
use crate::model::Plan;
use crate::source::Loc;

pub const MAX_ID_CHARS: usize = 64;

/// Why `id` is not a safe id, if it is not.
pub fn problem(id: &str) -> Option<IdProblem> {
    let Some(first) = id.chars().next() else {
        return Some(IdProblem::Empty);
    };
    if id.chars().count() > MAX_ID_CHARS {
        return Some(IdProblem::TooLong { max: MAX_ID_CHARS });
    }
    if !first.is_ascii_alphanumeric() {
        return Some(IdProblem::BadStart { ch: first });
    }
    id.chars()
        .find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_')))
        .map(|ch| IdProblem::Contains { ch })
}

/// The id written in the alphabet, as a suggestion: diacritics dropped,
/// anything else a `-`.
pub fn suggestion(id: &str) -> String {
    let folded = crate::text::fold(id);
    let s: String = folded
        .chars()
        .filter(|c| !crate::text::is_invisible(*c))
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') {
                c
            } else {
                '-'
            }
        })
        .collect();
    let s = s.trim_matches(|c: char| !c.is_ascii_alphanumeric());
    s.chars().take(MAX_ID_CHARS).collect()
}

pub fn check(plan: &Plan, out: &mut Vec<Diagnostic>) {
    let mut one = |kind: IdKind, id: &str, loc: &Loc| {
        if let Some(problem) = problem(id) {
            let fix = suggestion(id);
            let fix = (!fix.is_empty() && fix != id).then_some(fix);
            out.push(
                Diagnostic::new(Finding::BadId {
                    kind,
                    id: crate::text::terminal_safe(id).into_owned(),
                    problem,
                    fix,
                })
                .at(&plan.sources, loc),
            );
        }
    };
    for t in &plan.tasks {
        one(IdKind::Task, t.id.as_str(), &t.id.loc);
    }
    for s in &plan.sections {
        one(IdKind::Section, s.id.as_str(), &s.id.loc);
    }
    for a in &plan.agencies {
        one(IdKind::Agency, a.id.as_str(), &a.id.loc);
    }
    for i in &plan.indicators {
        one(IdKind::Indicator, i.id.as_str(), &i.id.loc);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_alphabet_takes_real_ids_and_nothing_that_only_looks_like_one() {
        for ok in [
            "PL2.III.14",
            "PL1.a.1",
            "skhdt",
            "ubnd-cap-huyen",
            "grdp_growth",
            "1",
        ] {
            assert_eq!(problem(ok), None, "{ok}");
        }
        for bad in [
            "",
            "skh\u{200B}dt",
            "skhdt\u{0430}",
            "sở-xd",
            "a b",
            "-x",
            ".x",
            "a/b",
            "a\nb",
            &"x".repeat(65),
        ] {
            assert!(problem(bad).is_some(), "{bad:?}");
        }
        assert_eq!(
            problem("skh\u{200B}dt"),
            Some(IdProblem::Contains { ch: '\u{200B}' })
        );
    }

    #[test]
    fn the_suggestion_is_in_the_alphabet() {
        assert_eq!(suggestion("Sở Xây dựng"), "so-xay-dung");
        assert_eq!(suggestion("skh\u{200B}dt"), "skhdt");
        assert_eq!(problem(&suggestion("  Đà Nẵng / 2 ")), None);
    }
}
