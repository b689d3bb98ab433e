//! Text made safe for its medium: a terminal never receives a control, bidi
//! or invisible character (they are shown as `\u{202E}`), Markdown never
//! receives markup, a spreadsheet never a formula.

use std::borrow::Cow;

/// Characters that change how a terminal or a reader sees the text around
/// them without showing themselves: controls (ESC, BEL, CR), bidi overrides
/// and isolates, zero-width characters, soft hyphens, line and paragraph
/// separators, byte-order marks inside text, and tag characters.
pub fn is_hidden(c: char) -> bool {
    // Printable ASCII and the Latin letters Vietnamese is written in are
    // almost every character asked about, and none is hidden.
    if matches!(c, ' '..='~' | '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}') {
        return false;
    }
    (c.is_control() && c != '\n')
        || matches!(
            c,
            '\u{00AD}'
                | '\u{034F}'
                | '\u{061C}'
                | '\u{115F}'
                | '\u{1160}'
                | '\u{17B4}'
                | '\u{17B5}'
                | '\u{180E}'
                | '\u{200B}'..='\u{200F}'
                | '\u{2028}'..='\u{202E}'
                | '\u{2060}'..='\u{206F}'
                | '\u{3164}'
                | '\u{FEFF}'
                | '\u{FFA0}'
                | '\u{FFF9}'..='\u{FFFB}'
                | '\u{E0000}'..='\u{E007F}'
        )
}

/// Hidden characters as visible escapes; a newline kept (tables wrap on it).
pub fn visible(s: &str) -> Cow<'_, str> {
    let no_rep = |_: u8| None;
    let mut i = 0;
    let mut any = false;
    let bytes = s.as_bytes();
    while i < bytes.len() {
        if PASS[usize::from(bytes[i])] {
            i += 1;
            continue;
        }
        let (len, what) = mark(s, i, &no_rep);
        if matches!(what, Mark::Hidden(_)) {
            any = true;
            break;
        }
        i += len;
    }
    if !any {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    push_escaped(&mut out, s, no_rep);
    Cow::Owned(out)
}

/// Bytes passed over without a look: printable ASCII that no escape here
/// replaces (every `rep` replaces only bytes outside it: `&<>\\|[]`"'`,
/// controls and the line break), UTF-8 continuation bytes, and the lead
/// bytes of characters that are never hidden. The lead bytes of hidden
/// characters (C2, CD, D8, E1, E2, E3, EF, F3: a test checks them against
/// [`is_hidden`]) stop the scan, so the scan stops only at a character's
/// start. Reports are tens of megabytes of Vietnamese: a table lookup a
/// byte, instead of decoding a character, was most of the escaping.
static PASS: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0x20;
    while b < 0x7F {
        t[b] = !matches!(
            b as u8,
            b'&' | b'<' | b'>' | b'\\' | b'|' | b'[' | b']' | b'`' | b'"' | b'\''
        );
        b += 1;
    }
    let mut b = 0x80;
    while b < 0x100 {
        t[b] = !matches!(
            b as u8,
            0xC2 | 0xCD | 0xD8 | 0xE1 | 0xE2 | 0xE3 | 0xEF | 0xF3
        );
        b += 1;
    }
    t
};

/// What a character of the text becomes: itself, a replacement of an ASCII
/// byte, or its visible escape.
enum Mark<'r> {
    Keep,
    Replace(&'r str),
    Hidden(char),
}

/// The character at byte `i` of `s` (always a character boundary) and its
/// length in bytes. Reports are tens of megabytes of cells: ASCII and the
/// Latin letters Vietnamese is written in are told apart by their first
/// bytes, the rest decoded and asked [`is_hidden`].
fn mark<'r>(s: &str, i: usize, rep: &impl Fn(u8) -> Option<&'r str>) -> (usize, Mark<'r>) {
    let bytes = s.as_bytes();
    let b = bytes[i];
    if b < 0x80 {
        let what = if (b < 0x20 && b != b'\n') || b == 0x7F {
            Mark::Hidden(char::from(b))
        } else {
            rep(b).map_or(Mark::Keep, Mark::Replace)
        };
        return (1, what);
    }
    // U+00C0–U+027F (lead bytes C3–C9) and U+1E00–U+1EFF (E1 B8–BB): never hidden.
    match (b, bytes.get(i + 1)) {
        (0xC3..=0xC9, _) => return (2, Mark::Keep),
        (0xE1, Some(0xB8..=0xBB)) => return (3, Mark::Keep),
        _ => {}
    }
    match s[i..].chars().next() {
        Some(c) if is_hidden(c) => (c.len_utf8(), Mark::Hidden(c)),
        Some(c) => (c.len_utf8(), Mark::Keep),
        // Unreachable for a character boundary of a str; one byte on.
        None => (1, Mark::Keep),
    }
}

/// Appends `s` to `out` with hidden characters as visible escapes (`\u{202E}`)
/// and the ASCII bytes `rep` names replaced, in one pass that copies a run of
/// untouched text at a time. An escape goes through `rep` too, so its
/// backslash is escaped as any other.
fn push_escaped<'r>(out: &mut String, s: &str, rep: impl Fn(u8) -> Option<&'r str>) {
    let bytes = s.as_bytes();
    let mut done = 0;
    let mut i = 0;
    while i < bytes.len() {
        // Most of any text: passed over a byte at a time, nothing asked.
        if PASS[usize::from(bytes[i])] {
            i += 1;
            continue;
        }
        // Vietnamese letters with two marks (ạ, ế, ử: U+1E00–U+1EFF, E1 B8–BB)
        // are a tenth of its characters and never hidden.
        if bytes[i] == 0xE1 && matches!(bytes.get(i + 1), Some(0xB8..=0xBB)) {
            i += 3;
            continue;
        }
        let (len, what) = mark(s, i, &rep);
        match what {
            Mark::Keep => {}
            Mark::Replace(r) => {
                out.push_str(&s[done..i]);
                out.push_str(r);
                done = i + len;
            }
            Mark::Hidden(c) => {
                out.push_str(&s[done..i]);
                for b in format!("\\u{{{:X}}}", c as u32).bytes() {
                    match rep(b) {
                        Some(r) => out.push_str(r),
                        None => out.push(char::from(b)),
                    }
                }
                done = i + len;
            }
        }
        i += len;
    }
    out.push_str(&s[done..]);
}

/// One line of text: hidden characters visible and line breaks as spaces, so
/// a value never starts a line of its own.
pub fn one_line(s: &str) -> String {
    visible(&s.replace("\r\n", " ")).replace('\n', " ")
}

/// Markdown text that stays text: HTML is escaped (`<script>` shows as
/// written), link brackets too (no `[x](javascript:…)`), `|` cannot end a
/// table cell, and hidden characters are visible. `br` says how a line break
/// is kept: `<br>` inside a table cell, a space elsewhere.
pub fn markdown(s: &str, br: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    push_markdown(&mut out, s, br);
    out
}

/// [`markdown`] appended to `out`, with no string of its own.
pub fn push_markdown(out: &mut String, s: &str, br: &str) {
    push_escaped(out, s, |b| match b {
        b'&' => Some("&amp;"),
        b'<' => Some("&lt;"),
        b'>' => Some("&gt;"),
        b'\\' => Some("\\\\"),
        b'|' => Some("\\|"),
        b'[' => Some("\\["),
        b']' => Some("\\]"),
        b'`' => Some("\\`"),
        b'\n' => Some(br),
        _ => None,
    })
}

/// A paragraph of Markdown: as [`markdown`], and a first character that would
/// make the line a heading, a quote or a list is taken as text.
pub fn markdown_paragraph(s: &str) -> String {
    let mut out = markdown(s, " ");
    if out.starts_with(['#', '-', '+', '*', '=', '~']) {
        out.insert(0, '\\');
    }
    out
}

/// HTML text or attribute value that stays text: `&`, `<`, `>`, `"` and `'`
/// are entities, so no value can open a tag, close an attribute or start an
/// entity of its own; hidden characters are visible escapes as at the
/// terminal (a bidi override cannot reverse what a reader sees).
pub fn html(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    push_html(&mut out, s);
    out
}

/// [`html`] appended to `out`, with no string of its own.
pub fn push_html(out: &mut String, s: &str) {
    push_escaped(out, s, html_entity)
}

/// [`push_html`], each line break written `<br>` (text shown in a cell or
/// a paragraph of a page).
pub fn push_html_lines(out: &mut String, s: &str) {
    push_escaped(out, s, |b| match b {
        b'\n' => Some("<br>"),
        _ => html_entity(b),
    })
}

fn html_entity(b: u8) -> Option<&'static str> {
    match b {
        b'&' => Some("&amp;"),
        b'<' => Some("&lt;"),
        b'>' => Some("&gt;"),
        b'"' => Some("&quot;"),
        b'\'' => Some("&#39;"),
        _ => None,
    }
}

/// Characters a spreadsheet takes as the start of a formula, fullwidth forms
/// included (some spreadsheets fold them to ASCII).
fn starts_formula(c: char) -> bool {
    matches!(
        c,
        '=' | '+'
            | '-'
            | '@'
            | '\u{FF1D}'
            | '\u{FF0B}'
            | '\u{FF20}'
            | '\u{FF0D}'
            | '\u{FE62}'
            | '\u{FE63}'
            | '\u{FE66}'
    )
}

/// A text cell a spreadsheet would run as a formula (CSV injection) gets a
/// leading apostrophe, which makes it text: one that starts with a formula
/// sign after any white space (spaces, NBSP, tabs, line breaks), or with a
/// tab or CR. Numbers are never passed here: they are written as numbers.
pub fn csv_text(cell: &str) -> Cow<'_, str> {
    let first = cell.chars().next();
    let after_space = cell.trim_start_matches(char::is_whitespace).chars().next();
    let risky = matches!(first, Some('\t' | '\r')) || after_space.is_some_and(starts_formula);
    if risky {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The escapes as first written, a character at a time: the one-pass
    /// code must give the same text for any input.
    fn reference(s: &str, rep: impl Fn(char) -> Option<String>) -> String {
        let mut out = String::new();
        for c in s.chars() {
            if is_hidden(c) {
                for e in format!("\\u{{{:X}}}", c as u32).chars() {
                    out.push_str(&rep(e).unwrap_or_else(|| e.to_string()));
                }
            } else {
                out.push_str(&rep(c).unwrap_or_else(|| c.to_string()));
            }
        }
        out
    }

    /// A character of a Markdown table cell, escaped as first written.
    fn markdown_cell(c: char) -> Option<String> {
        match c {
            '&' => Some("&amp;".to_string()),
            '<' => Some("&lt;".into()),
            '>' => Some("&gt;".into()),
            '\\' | '|' | '[' | ']' | '`' => Some(format!("\\{c}")),
            '\n' => Some("<br>".into()),
            _ => None,
        }
    }

    proptest! {
        #[test]
        fn one_pass_escapes_match_the_character_by_character_ones(
            s in "(\\PC|[\\x00-\\x1F\\x7F-\\u{A0}\\u{AD}\\u{200B}-\\u{200F}\\u{202A}-\\u{202E}\\u{FEFF}\\u{E0041}<>&|\\\\\\[\\]`\"'\\n]|ắ|Ở|ự){0,40}"
        ) {
            prop_assert_eq!(markdown(&s, "<br>"), reference(&s, markdown_cell));
            let h = |c: char| match c {
                '&' => Some("&amp;".to_string()),
                '<' => Some("&lt;".into()),
                '>' => Some("&gt;".into()),
                '"' => Some("&quot;".into()),
                '\'' => Some("&#39;".into()),
                _ => None,
            };
            prop_assert_eq!(html(&s), reference(&s, h));
            let mut lines = String::new();
            push_html_lines(&mut lines, &s);
            let h_lines = |c: char| if c == '\n' { Some("<br>".to_string()) } else { h(c) };
            prop_assert_eq!(lines, reference(&s, h_lines));
            prop_assert_eq!(visible(&s).into_owned(), reference(&s, |_| None));
        }
    }

    #[test]
    fn the_scan_stops_at_every_character_that_may_be_escaped() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let mut buf = [0; 4];
            let first = c.encode_utf8(&mut buf).as_bytes()[0];
            if is_hidden(c) || "&<>\\|[]`\"'\n".contains(c) {
                assert!(!PASS[usize::from(first)], "{:X}", c as u32);
            }
        }
        // Continuation bytes never stop it (it stops only at a character's start).
        assert!((0x80..0xC0).all(|b| PASS[b]));
    }

    #[test]
    fn every_hidden_character_and_every_lead_byte_is_escaped_as_one_at_a_time() {
        // The proptest above rarely draws format characters (`\PC` leaves
        // them out): every hidden character, and the first and last
        // character of every lead byte, each between two letters.
        let hidden = (0..=0x10FFFF)
            .filter_map(char::from_u32)
            .filter(|&c| is_hidden(c));
        let edges = (0..=0x10FFFF).filter_map(char::from_u32).filter(|&c| {
            let lead = |c: char| c.encode_utf8(&mut [0; 4]).as_bytes()[0];
            let before = (c as u32).checked_sub(1).and_then(char::from_u32);
            let after = char::from_u32(c as u32 + 1);
            before.is_none_or(|b| lead(b) != lead(c)) || after.is_none_or(|a| lead(a) != lead(c))
        });
        for c in hidden.chain(edges) {
            let s = format!("a{c}b");
            assert_eq!(
                markdown(&s, "<br>"),
                reference(&s, markdown_cell),
                "{:X}",
                c as u32
            );
            assert_eq!(visible(&s), reference(&s, |_| None), "{:X}", c as u32);
        }
    }

    #[test]
    fn a_terminal_sees_hidden_characters_as_escapes() {
        assert_eq!(visible("a\u{1b}]0;x\u{7}b"), "a\\u{1B}]0;x\\u{7}b");
        assert_eq!(visible("\u{202E}evil"), "\\u{202E}evil");
        assert_eq!(
            visible("zero\u{200B}width\u{AD}"),
            "zero\\u{200B}width\\u{AD}"
        );
        assert_eq!(visible("tag\u{E0041}"), "tag\\u{E0041}");
        assert_eq!(visible("Sở Xây dựng\nhai dòng"), "Sở Xây dựng\nhai dòng");
        assert_eq!(one_line("a\nb\r\nc"), "a b c");
    }

    #[test]
    fn markdown_keeps_markup_as_text() {
        assert_eq!(
            markdown("<script>alert(1)</script> & co", " "),
            "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"
        );
        assert_eq!(
            markdown("[x](javascript:alert(1))", " "),
            "\\[x\\](javascript:alert(1))"
        );
        assert_eq!(markdown("a | b\nc", "<br>"), "a \\| b<br>c");
        assert_eq!(markdown("x\n# INJECTED", " "), "x # INJECTED");
        assert_eq!(markdown_paragraph("# INJECTED"), "\\# INJECTED");
    }

    #[test]
    fn html_keeps_markup_and_attributes_as_text() {
        assert_eq!(
            html("<script>alert(1)</script>"),
            "&lt;script&gt;alert(1)&lt;/script&gt;"
        );
        assert_eq!(
            html("\"><img src=x onerror='alert(1)'>"),
            "&quot;&gt;&lt;img src=x onerror=&#39;alert(1)&#39;&gt;"
        );
        assert_eq!(html("a &amp; b"), "a &amp;amp; b");
        assert_eq!(html("\u{202E}evil"), "\\u{202E}evil");
        assert_eq!(html("Sở Xây dựng"), "Sở Xây dựng");
    }

    #[test]
    fn formulas_are_neutralised_in_every_disguise() {
        for bad in [
            "=HYPERLINK(\"x\")",
            "-1+2",
            "@SUM(A1)",
            " =1+1",
            "\u{A0}=1+1",
            "\n=1+1",
            "\t=1",
            "\r=1",
            "\u{FF1D}1+1",
            "\u{FF0B}1",
            "\u{FF20}SUM",
            "\u{FF0D}1",
        ] {
            assert_eq!(csv_text(bad), format!("'{bad}"), "{bad:?}");
        }
        assert_eq!(csv_text("Sở Xây dựng"), "Sở Xây dựng");
        assert_eq!(csv_text("a = b"), "a = b");
    }
}
