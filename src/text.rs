//! Text as people type it: folding for diacritic-insensitive matching, nearest
//! matches for "did you mean", and the checks every stored text must pass.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::{is_nfc, UnicodeNormalization};

/// Lower-case, without diacritics (đ → d), spaces collapsed: "Sở Xây dựng" and
/// "so xay dung" fold to the same key.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.nfd() {
        if is_combining_mark(c) {
            continue;
        }
        let c = match c {
            'đ' | 'Đ' => 'd',
            _ => c,
        };
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        out.extend(c.to_lowercase());
    }
    out
}

/// The candidates nearest to `input` (compared folded), best first; only those
/// close enough to be a plausible typo or abbreviation.
pub fn nearest<'a>(input: &str, candidates: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
    let key = fold(input);
    let mut scored: Vec<(f64, &str)> = candidates
        .into_iter()
        .map(|c| (strsim::normalized_damerau_levenshtein(&key, &fold(c)), c))
        .filter(|(score, _)| *score >= 0.6)
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
    scored.dedup_by(|a, b| a.1 == b.1);
    scored.into_iter().map(|(_, c)| c).take(3).collect()
}

/// "did you mean "x"?" for the nearest candidate, if any.
pub fn did_you_mean<'a>(
    input: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<String> {
    nearest(input, candidates)
        .first()
        .map(|c| format!("did you mean \"{c}\"?"))
}

/// A character that must never be stored: it could move the cursor, clear or
/// recolour an analyst's terminal, or reorder text invisibly. Line breaks and
/// tabs are ordinary text.
pub fn is_forbidden_control(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

pub fn first_forbidden_control(s: &str) -> Option<char> {
    // Every forbidden character starts with one of these bytes in UTF-8: C0
    // controls and DEL, C1 controls (0xC2 0x80..0x9F), and the bidi controls
    // (0xE2 0x80/0x81 …). Most text has none, and bytes are quicker than chars.
    let suspicious = |b: &u8| {
        (*b < 0x20 && *b != b'\n' && *b != b'\t') || *b == 0x7F || *b == 0xC2 || *b == 0xE2
    };
    if !s.as_bytes().iter().any(suspicious) {
        return None;
    }
    s.chars().find(|&c| is_forbidden_control(c))
}

pub fn needs_nfc(s: &str) -> bool {
    use unicode_normalization::{is_nfc_quick, IsNormalized};
    // Text without combining marks (U+0300..U+036F start with 0xCC or 0xCD) is
    // settled by the quick check; only "maybe" needs the full one.
    if surely_nfc(s) {
        return false;
    }
    match is_nfc_quick(s.chars()) {
        IsNormalized::Yes => false,
        IsNormalized::No => true,
        IsNormalized::Maybe => !is_nfc(s),
    }
}

/// True when every character is below U+0300 or in U+1E00..U+1EFF (Latin
/// Extended Additional, where precomposed Vietnamese letters live): all of
/// those are NFC as they stand, and Vietnamese text in NFC is nothing else.
/// Read from the UTF-8 bytes, since this runs on every text of every file.
fn surely_nfc(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            0x00..=0x7F => i += 1,
            0xC2..=0xCB => i += 2,
            0xE1 if matches!(b.get(i + 1), Some(0xB8..=0xBB)) => i += 3,
            _ => return false,
        }
    }
    true
}

pub fn to_nfc(s: &str) -> String {
    s.nfc().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_drops_case_diacritics_and_extra_spaces() {
        assert_eq!(fold("Sở  Xây dựng"), "so xay dung");
        assert_eq!(fold("SKHĐT"), "skhdt");
        assert_eq!(fold(" Đắk Lắk "), "dak lak");
        // NFD input folds like NFC input.
        assert_eq!(
            fold("Sở Xây dựng".nfd().collect::<String>().as_str()),
            "so xay dung"
        );
    }

    #[test]
    fn nearest_finds_typos_and_ignores_strangers() {
        let ids = ["skhdt", "sxd", "stc", "ubnd-cap-huyen"];
        assert_eq!(nearest("sokhdt", ids).first(), Some(&"skhdt"));
        assert_eq!(nearest("SKHĐT", ids), vec!["skhdt"]);
        assert!(nearest("completely different", ids).is_empty());
    }

    #[test]
    fn nfc_is_recognised_in_vietnamese_and_elsewhere() {
        assert!(!needs_nfc(
            "Sở Kế hoạch và Đầu tư, Khánh Hòa – “ngôi nhà thứ hai”"
        ));
        assert!(needs_nfc(&"Sở Xây dựng".nfd().collect::<String>()));
        assert!(needs_nfc("Quy hoa\u{0323}ch"));
        // Outside the fast path, the quick check decides: Hangul and a combining
        // mark that composes with nothing.
        assert!(!needs_nfc("한국어"));
        assert!(needs_nfc("\u{1100}\u{1161}"));
    }

    #[test]
    fn control_characters_are_caught_but_text_is_not() {
        assert_eq!(first_forbidden_control("a\u{1b}[2Jb"), Some('\u{1b}'));
        assert_eq!(first_forbidden_control("x\u{202E}y"), Some('\u{202E}'));
        assert_eq!(first_forbidden_control("dòng 1\ndòng 2\tcột"), None);
    }
}
