//! Ids are written in a small, safe alphabet: ASCII letters, digits, `.`, `-`
//! and `_`, starting with a letter or digit, at most 64 characters. Ids are
//! typed on command lines, used in file names and compared as keys, so a
//! Cyrillic `а` or a zero-width space must not make two ids that look alike.

use crate::diagnostic::Diagnostic;
use crate::model::Plan;
use crate::source::Loc;

pub const MAX_ID_CHARS: usize = 64;

/// Why `id` is not a safe id, if it is not.
pub fn problem(id: &str) -> Option<String> {
    let Some(first) = id.chars().next() else {
        return Some("it is empty".into());
    };
    if id.chars().count() > MAX_ID_CHARS {
        return Some(format!("it is longer than {MAX_ID_CHARS} characters"));
    }
    if !first.is_ascii_alphanumeric() {
        return Some(format!(
            "it starts with {}, not a letter or a digit",
            shown(first)
        ));
    }
    id.chars()
        .find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_')))
        .map(|c| format!("it contains {}", shown(c)))
}

fn shown(c: char) -> String {
    if c.is_ascii_graphic() {
        format!("\"{c}\"")
    } else {
        crate::text::char_name(c)
    }
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
    let mut one = |kind: &str, id: &str, loc: &Loc| {
        if let Some(why) = problem(id) {
            let fix = suggestion(id);
            let example = if fix.is_empty() || fix == id {
                String::new()
            } else {
                format!(", e.g. \"{fix}\"")
            };
            out.push(
                Diagnostic::error("bad-id", format!("{kind} id \"{}\" is not a safe id: {why}", crate::text::terminal_safe(id)))
                    .at(&plan.sources, loc)
                    .help(format!("ids use ASCII letters, digits, \".\", \"-\" and \"_\" (at most {MAX_ID_CHARS}, starting with a letter or digit){example}; the name in Vietnamese goes in `name` or `title`")),
            );
        }
    };
    for t in &plan.tasks {
        one("task", t.id.as_str(), &t.id.loc);
    }
    for s in &plan.sections {
        one("section", s.id.as_str(), &s.id.loc);
    }
    for a in &plan.agencies {
        one("agency", a.id.as_str(), &a.id.loc);
    }
    for i in &plan.indicators {
        one("indicator", i.id.as_str(), &i.id.loc);
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
        assert!(problem("skh\u{200B}dt")
            .unwrap()
            .contains("zero-width space"));
    }

    #[test]
    fn the_suggestion_is_in_the_alphabet() {
        assert_eq!(suggestion("Sở Xây dựng"), "so-xay-dung");
        assert_eq!(suggestion("skh\u{200B}dt"), "skhdt");
        assert_eq!(problem(&suggestion("  Đà Nẵng / 2 ")), None);
    }
}
