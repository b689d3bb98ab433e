//! What a TOML syntax error most likely is, read from the text around it.
//! The parser knows the grammar, not the hand that typed the file: `due =
//! 31/12/2022` is to it a string missing its quotes, “Năm 2022” the same,
//! and an array missing its `]` a missing comma where the next key starts.

use crate::catalogue::finding::parser_says::{MISSING_COMMA, UNCLOSED_ARRAY, UNQUOTED_STRING};
use crate::catalogue::finding::SyntaxHint;

/// The hint for a syntax error at byte `at` of `text` with the parser's
/// `message`, when the text says clearly what was meant.
pub fn hint(text: &str, at: usize, message: &str) -> Option<SyntaxHint> {
    let at = floor_boundary(text, at);
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    let line = &text[line_start..line_end];
    let key = key_of(line);
    let rest = &text[at..line_end];
    if let Some(fixed) = curly_quoted(rest) {
        return Some(SyntaxHint::CurlyQuotes { key, fixed });
    }
    let first_word = |s: &str| {
        s.split(|c: char| c.is_whitespace() || matches!(c, ',' | ']' | '#'))
            .next()
            .unwrap_or("")
            .to_string()
    };
    // The parser may stop inside the value (`30.06.2022` reads as a number
    // up to the second dot): the value is what follows the `=`.
    let token = match line.split_once('=') {
        Some((_, value)) if key.is_some() => first_word(value.trim_start()),
        _ => first_word(rest),
    };
    let token = token.as_str();
    // A date already written year-month-day in full is the parser's to
    // explain (`2022-02-30`: "day between 01 and 28").
    if looks_like_date(token) && !is_full_iso(token) {
        let date = crate::dates::parse_argument(token).ok();
        // Unread, it is still a date when it has a year or a slash in it;
        // `1.2.3` is more likely a mistyped number, and the parser's words
        // for `22-06-30` (a four-digit year) already say what is wrong.
        let datelike = token.contains('/') || token.split(['/', '.', '-']).any(|p| p.len() == 4);
        if date.is_some() || datelike {
            return Some(SyntaxHint::Date { key, date });
        }
    }
    let description = message
        .split_once(", expected ")
        .map_or(message, |(d, _)| d);
    let starts_line = text[line_start..at].trim().is_empty();
    let new_statement = starts_line && (key.is_some() || is_header(line));
    // A missing comma where a new line begins with a key or a table header
    // is an array left open above it; "unclosed array" is one at the end.
    let open_array =
        (description == MISSING_COMMA && new_statement) || description == UNCLOSED_ARRAY;
    if open_array {
        if let Some(open) = unclosed_array(&text[..at]) {
            let open_line_start = text[..open].rfind('\n').map_or(0, |i| i + 1);
            let open_line_end = text[open..].find('\n').map_or(text.len(), |i| open + i);
            return Some(SyntaxHint::UnclosedArray {
                key: key_of(&text[open_line_start..open_line_end]),
                line: text[..open].matches('\n').count() + 1,
            });
        }
    }
    if description == UNQUOTED_STRING {
        let value = rest.split(" #").next().unwrap_or("").trim();
        // Only a value that can be quoted as it is: no quote or backslash
        // inside to escape, nothing that is more than a text.
        if let Some(key) = key.filter(|_| !value.is_empty() && !value.contains(['"', '\\'])) {
            return Some(SyntaxHint::Unquoted {
                key,
                fixed: format!("\"{value}\""),
            });
        }
    }
    None
}

fn floor_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The bare key of a `key = value` line.
fn key_of(line: &str) -> Option<String> {
    let (key, _) = line.split_once('=')?;
    let key = key.trim();
    let bare = !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'));
    bare.then(|| key.to_string())
}

fn is_full_iso(token: &str) -> bool {
    let parts: Vec<&str> = token.split('-').collect();
    matches!(parts.as_slice(), [y, m, d] if y.len() == 4 && m.len() == 2 && d.len() == 2)
}

/// `[section]` or `[[task.milestone]]` alone on its line.
fn is_header(line: &str) -> bool {
    let line = line.trim();
    let name = line
        .strip_prefix("[[")
        .and_then(|l| l.strip_suffix("]]"))
        .or_else(|| line.strip_prefix('[').and_then(|l| l.strip_suffix(']')));
    name.is_some_and(|n| {
        !n.trim().is_empty()
            && n.chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | ' '))
    })
}

const CURLY: [char; 6] = ['“', '”', '‘', '’', '„', '‟'];

/// `“Năm 2022”` → `"Năm 2022"`: the text between typographic quotes.
fn curly_quoted(rest: &str) -> Option<String> {
    let after = rest.strip_prefix(CURLY)?;
    let inner = match after.find(CURLY) {
        Some(end) => &after[..end],
        None => after.trim_end(),
    };
    Some(format!(
        "\"{}\"",
        inner.replace('\\', "\\\\").replace('"', "\\\"")
    ))
}

/// Three runs of digits with `/`, `.` or `-` between: a date as people
/// write one, whether or not it is a real day.
fn looks_like_date(token: &str) -> bool {
    let seps = token
        .chars()
        .filter(|c| matches!(c, '/' | '.' | '-'))
        .count();
    seps == 2
        && token
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '/' | '.' | '-'))
        && token.split(['/', '.', '-']).all(|part| !part.is_empty())
}

/// The byte offset of the outermost `[` of a value array still open at the
/// end of `text` (which the parser read without error up to there): table
/// headers, strings and comments are skipped.
fn unclosed_array(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut open: Vec<usize> = Vec::new();
    let mut i = 0;
    let mut line_start = true;
    while i < bytes.len() {
        let b = bytes[i];
        match b {
            b'\n' => {
                line_start = true;
                i += 1;
                continue;
            }
            b' ' | b'\t' | b'\r' => {
                i += 1;
                continue;
            }
            b'#' => i = skip_to(bytes, i, b'\n'),
            b'[' if line_start && open.is_empty() => i = skip_to(bytes, i, b'\n'),
            b'[' => {
                open.push(i);
                i += 1;
            }
            b']' => {
                open.pop();
                i += 1;
            }
            b'"' | b'\'' => i = skip_string(bytes, i),
            _ => i += 1,
        }
        line_start = false;
    }
    open.first().copied()
}

fn skip_to(bytes: &[u8], from: usize, end: u8) -> usize {
    bytes[from..]
        .iter()
        .position(|&b| b == end)
        .map_or(bytes.len(), |p| from + p)
}

/// Past the string that starts at `from` (`"…"`, `'…'` or tripled).
fn skip_string(bytes: &[u8], from: usize) -> usize {
    let q = bytes[from];
    let triple = bytes[from..].starts_with(&[q, q, q]);
    let mut i = from + if triple { 3 } else { 1 };
    while i < bytes.len() {
        if q == b'"' && bytes[i] == b'\\' {
            i += 2;
            continue;
        }
        if triple {
            if bytes[i..].starts_with(&[q, q, q]) {
                return i + 3;
            }
        } else if bytes[i] == q || bytes[i] == b'\n' {
            return i + 1;
        }
        i += 1;
    }
    bytes.len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn at(text: &str, needle: &str, message: &str) -> Option<SyntaxHint> {
        hint(text, text.find(needle).unwrap(), message)
    }

    #[test]
    fn a_day_month_year_date_is_the_iso_date_to_write() {
        let h = at(
            "due = 31/12/2022\n",
            "31",
            "string values must be quoted, expected literal string",
        );
        assert_eq!(
            h,
            Some(SyntaxHint::Date {
                key: Some("due".into()),
                date: NaiveDate::from_ymd_opt(2022, 12, 31),
            })
        );
        let h = at(
            "due = 2022-6-30\n",
            "2022",
            "invalid date, expected a two-digit month (MM)",
        );
        assert!(
            matches!(h, Some(SyntaxHint::Date { date: Some(d), .. }) if d.to_string() == "2022-06-30")
        );
        // Date-shaped but no day of the calendar: the generic example.
        let h = at("due = 31/02/2022\n", "31", "string values must be quoted");
        assert!(matches!(h, Some(SyntaxHint::Date { date: None, .. })));
        // A number typed with two points is not called a date.
        assert_eq!(at("value = 1.2.3\n", "1", "invalid float"), None);
    }

    #[test]
    fn typographic_quotes_are_named_with_the_straight_text() {
        let h = at(
            "schedule = “Năm 2022”\n",
            "“",
            "string values must be quoted",
        );
        assert_eq!(
            h,
            Some(SyntaxHint::CurlyQuotes {
                key: Some("schedule".into()),
                fixed: "\"Năm 2022\"".into(),
            })
        );
    }

    #[test]
    fn an_array_left_open_is_found_where_it_opened() {
        let text = "[[task]]\nid = \"a\" # [x\ndeliverables = [\"x]\", 'y'\n\n[[task]]\n";
        let h = at(
            text,
            "[[task]]\n",
            "missing comma between array elements, expected `,`",
        );
        assert_eq!(h, None, "the first header is no error of an array");
        let second = text.rfind("[[task]]").unwrap();
        let h = hint(
            text,
            second,
            "missing comma between array elements, expected `,`",
        );
        assert_eq!(
            h,
            Some(SyntaxHint::UnclosedArray {
                key: Some("deliverables".into()),
                line: 3,
            })
        );
        // A comma missing inside a closed array is just that.
        let text = "a = [\n  \"x\"\n  \"y\",\n]\n";
        let h = at(
            text,
            "\"y\"",
            "missing comma between array elements, expected `,`",
        );
        assert_eq!(h, None);
    }

    /// Whatever the parser reports, at whatever byte: a hint or none, never
    /// a panic (offsets inside a multi-byte letter, at the end, past it).
    #[test]
    fn no_offset_of_any_text_panics() {
        let texts = [
            "due = “31/12/2022\nx = [\"a\\\"\", '''b\n[c]''' # [\n[[task]]\ntitle = \"Hoàn thành\\",
            "= [[[\n\"\"\"",
            "a = ‘’\n„",
            "",
        ];
        let messages = [
            MISSING_COMMA,
            UNCLOSED_ARRAY,
            UNQUOTED_STRING,
            "invalid date, expected a two-digit month (MM)",
        ];
        for text in texts {
            for at in 0..=text.len() + 2 {
                for message in messages {
                    let _ = hint(text, at, message);
                }
            }
        }
    }

    #[test]
    fn an_unquoted_text_is_quoted() {
        let h = at(
            "schedule = Năm 2022\n",
            "Năm",
            "string values must be quoted",
        );
        assert_eq!(
            h,
            Some(SyntaxHint::Unquoted {
                key: "schedule".into(),
                fixed: "\"Năm 2022\"".into(),
            })
        );
    }
}
