//! Text that `plan` puts into comments of the files it writes. A comment ends
//! at the end of its line, so anything that could end a line, or hide text,
//! is written as a visible `\u{…}` escape instead.

/// `text` fit to stay inside one comment line.
pub fn one_line(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if breaks_or_hides(c) {
            out.push_str(&format!("\\u{{{:04X}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

/// Controls (newline, CR, tab, ESC, NEL), the Unicode line and paragraph
/// separators, and bidi and zero-width format characters.
fn breaks_or_hides(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{2028}' | '\u{2029}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}'
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_can_end_the_line() {
        let s = one_line("99/QĐ\n[[update]]\r\u{2028}\u{85}\u{202E}x");
        assert_eq!(
            s,
            "99/QĐ\\u{000A}[[update]]\\u{000D}\\u{2028}\\u{0085}\\u{202E}x"
        );
        assert!(!s.chars().any(|c| c.is_control()));
        assert_eq!(one_line("1165/QĐ-UBND"), "1165/QĐ-UBND");
    }
}
