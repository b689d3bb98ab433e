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
///
/// The cost is bounded for any input: text longer than [`NEAREST_MAX_CHARS`]
/// is no typo of a name and gets no suggestion, and the quadratic edit
/// distance is computed only for candidates whose character counts leave
/// them a chance of being among the best three, so a 2 000-character argument
/// against 100 000 agencies costs a character count each.
pub fn nearest<'a>(input: &str, candidates: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
    let key = fold(input);
    let key_len = key.chars().count();
    if key_len > NEAREST_MAX_CHARS {
        return Vec::new();
    }
    let key_bag = bag(&key);
    // normalized = 1 - distance / longest, and the bag distance (linear to
    // compute) is a lower bound of the distance: so each candidate has an
    // upper bound of its score. Most are ruled out by it at once; the rest
    // are compared best bound first, stopping when no bound can beat the
    // third best score found (the answer is the same as comparing them all).
    let mut bounded: Vec<(f64, String, &str)> = candidates
        .into_iter()
        .filter_map(|c| {
            let folded = fold(c);
            let longest = key_len.max(folded.chars().count());
            let bound = if longest == 0 {
                1.0
            } else {
                1.0 - bag_distance(&key_bag, &folded) as f64 / longest as f64
            };
            (bound >= 0.6).then_some((bound, folded, c))
        })
        .collect();
    bounded.sort_by(|a, b| b.0.total_cmp(&a.0));
    let mut best: Vec<(f64, &str)> = Vec::new();
    for (bound, folded, c) in bounded {
        if best.len() == 3 && bound < best[2].0 {
            break;
        }
        let score = strsim::normalized_damerau_levenshtein(&key, &folded);
        if score >= 0.6 && !best.iter().any(|(_, b)| *b == c) {
            best.push((score, c));
            best.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
            best.truncate(3);
        }
    }
    best.into_iter().map(|(_, c)| c).collect()
}

/// Characters counted in 64 buckets. Characters that share a bucket only make
/// the bag distance smaller, so it stays a lower bound of the edit distance.
fn bag(s: &str) -> [i32; 64] {
    let mut counts = [0i32; 64];
    for c in s.chars() {
        counts[(c as u32 % 64) as usize] += 1;
    }
    counts
}

/// A lower bound of the Damerau–Levenshtein distance between the text whose
/// [`bag`] is `key` and `other`: each edit changes the character counts by at
/// most one on each side, and a transposition not at all.
fn bag_distance(key: &[i32; 64], other: &str) -> usize {
    let theirs = bag(other);
    let (mut more, mut fewer) = (0usize, 0usize);
    for (a, b) in key.iter().zip(theirs.iter()) {
        let d = a - b;
        if d > 0 {
            more += d as usize;
        } else {
            fewer += (-d) as usize;
        }
    }
    more.max(fewer)
}

/// The longest input [`nearest`] compares: longer than any agency name or id.
pub const NEAREST_MAX_CHARS: usize = 300;

/// "did you mean "x"?" for the nearest candidate, if any.
pub fn did_you_mean<'a>(
    input: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<String> {
    nearest(input, candidates)
        .first()
        .map(|c| crate::catalogue::did_you_mean(c, crate::lang::Lang::En))
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

/// A character that is invisible or changes how text around it is laid out,
/// without being a control character: zero-width spaces and joiners, bidi
/// marks, soft hyphens, word joiners, a byte-order mark inside text, line and
/// paragraph separators, and Unicode tag characters. Two texts that look the
/// same on paper must be the same in the plan, so none of these is stored.
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{034F}'
            | '\u{061C}'
            | '\u{115F}'
            | '\u{1160}'
            | '\u{17B4}'
            | '\u{17B5}'
            | '\u{180B}'..='\u{180F}'
            | '\u{200B}'..='\u{200F}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{2060}'..='\u{2064}'
            | '\u{206A}'..='\u{206F}'
            | '\u{3164}'
            | '\u{FEFF}'
            | '\u{FFA0}'
            | '\u{FFF9}'..='\u{FFFB}'
            | '\u{1D173}'..='\u{1D17A}'
            | '\u{E0000}'..='\u{E007F}'
    )
}

pub fn first_invisible(s: &str) -> Option<char> {
    // This runs on every text of every file, so bytes decide first: each of
    // these characters starts with one of the byte pairs below in UTF-8, and
    // Vietnamese letters (C3, C4, C5, C6, E1 B8..BB) start with none of them.
    let suspicious = s.as_bytes().windows(2).any(|w| match w[0] {
        0xC2 => w[1] == 0xAD,
        0xCD => w[1] == 0x8F,
        0xD8 => w[1] == 0x9C,
        0xE1 => matches!(w[1], 0x85 | 0x9E | 0xA0),
        0xE2 => matches!(w[1], 0x80 | 0x81),
        0xE3 => w[1] == 0x85,
        0xEF => matches!(w[1], 0xBB | 0xBE | 0xBF),
        0xF0 => w[1] == 0x9D,
        0xF3 => w[1] == 0xA0,
        _ => false,
    });
    if !suspicious {
        return None;
    }
    s.chars().find(|&c| is_invisible(c))
}

/// A name the user should read, in words: "U+200B (zero-width space)"
/// (English, for the diagnostics; [`crate::catalogue::char_name`] names it
/// in a language).
pub fn char_name(c: char) -> String {
    crate::catalogue::char_name(c, crate::lang::Lang::En)
}

/// The characters that have a name of their own in messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Invisible {
    SoftHyphen,
    ArabicLetterMark,
    ZeroWidthSpace,
    ZeroWidthNonJoiner,
    ZeroWidthJoiner,
    LeftToRightMark,
    RightToLeftMark,
    LineSeparator,
    ParagraphSeparator,
    WordJoiner,
    ByteOrderMark,
    Bidi,
    Tag,
    CarriageReturn,
    Escape,
    Control,
    Other,
}

pub fn invisible_kind(c: char) -> Invisible {
    match c {
        '\u{00AD}' => Invisible::SoftHyphen,
        '\u{061C}' => Invisible::ArabicLetterMark,
        '\u{200B}' => Invisible::ZeroWidthSpace,
        '\u{200C}' => Invisible::ZeroWidthNonJoiner,
        '\u{200D}' => Invisible::ZeroWidthJoiner,
        '\u{200E}' => Invisible::LeftToRightMark,
        '\u{200F}' => Invisible::RightToLeftMark,
        '\u{2028}' => Invisible::LineSeparator,
        '\u{2029}' => Invisible::ParagraphSeparator,
        '\u{2060}' => Invisible::WordJoiner,
        '\u{FEFF}' => Invisible::ByteOrderMark,
        '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => Invisible::Bidi,
        '\u{E0000}'..='\u{E007F}' => Invisible::Tag,
        '\r' => Invisible::CarriageReturn,
        '\u{1B}' => Invisible::Escape,
        _ if c.is_control() => Invisible::Control,
        _ => Invisible::Other,
    }
}

/// Text made safe to print on a terminal: control, bidi and invisible
/// characters become visible escapes (`\u{1B}`), a backslash stays itself.
/// Used for file names in findings, which come from the disk, not the plan.
pub fn terminal_safe(s: &str) -> std::borrow::Cow<'_, str> {
    let unsafe_char =
        |c: char| is_forbidden_control(c) || c == '\n' || c == '\t' || is_invisible(c);
    if !s.chars().any(unsafe_char) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if unsafe_char(c) {
            out.push_str(&format!("\\u{{{:X}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// A file name from the disk, shown faithfully and safely: bytes that are not
/// UTF-8 appear as `\xFF`, the rest as [`terminal_safe`].
pub fn display_os(name: &std::ffi::OsStr) -> String {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let mut out = String::new();
        for chunk in name.as_bytes().utf8_chunks() {
            out.push_str(&terminal_safe(chunk.valid()));
            for b in chunk.invalid() {
                out.push_str(&format!("\\x{b:02X}"));
            }
        }
        out
    }
    #[cfg(not(unix))]
    {
        terminal_safe(&name.to_string_lossy()).into_owned()
    }
}

/// [`display_os`] for a whole path.
pub fn display_path(path: &std::path::Path) -> String {
    display_os(path.as_os_str())
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

    #[test]
    fn invisible_characters_are_caught_but_vietnamese_is_not() {
        for c in [
            '\u{200B}',
            '\u{200D}',
            '\u{200E}',
            '\u{00AD}',
            '\u{2028}',
            '\u{2029}',
            '\u{FEFF}',
            '\u{E0041}',
            '\u{2060}',
        ] {
            assert_eq!(
                first_invisible(&format!("Sở{c}Xây")),
                Some(c),
                "{:X}",
                c as u32
            );
        }
        assert_eq!(first_invisible("Sở Kế hoạch và Đầu tư – “ngôi nhà”"), None);
        assert!(char_name('\u{200B}').contains("zero-width space"));
        // The byte pre-filter lets every one of them through.
        for c in (0..=0x10FFFFu32)
            .filter_map(char::from_u32)
            .filter(|c| is_invisible(*c))
        {
            assert_eq!(
                first_invisible(&format!("ạ{c}ư")),
                Some(c),
                "U+{:04X}",
                c as u32
            );
        }
    }

    #[test]
    fn terminal_safe_text_shows_escapes() {
        assert_eq!(terminal_safe("a\u{1b}]0;x\u{7}b"), "a\\u{1B}]0;x\\u{7}b");
        assert_eq!(terminal_safe("x\u{202E}y\nz"), "x\\u{202E}y\\u{A}z");
        assert_eq!(terminal_safe("Sở Xây dựng"), "Sở Xây dựng");
    }

    #[cfg(unix)]
    #[test]
    fn file_names_that_are_not_utf8_are_shown_with_their_bytes() {
        use std::os::unix::ffi::OsStrExt;
        let name = std::ffi::OsStr::from_bytes(b"k\xE9 ho\xFFach\x1b[2J.toml");
        assert_eq!(display_os(name), "k\\xE9 ho\\xFFach\\u{1B}[2J.toml");
    }

    #[test]
    fn the_length_filter_drops_nothing_that_could_score() {
        let names = [
            "Sở Kế hoạch và Đầu tư",
            "Sở Xây dựng",
            "Sở Tài chính",
            "skhdt",
            "UBND cấp huyện",
            "Ban Quản lý Khu kinh tế Vân Phong",
        ];
        for input in [
            "so ke hoach va dau tu",
            "so xay dun",
            "sxd",
            "skhdtt",
            "ban quan ly khu kinh te",
            "tai chinh",
        ] {
            let key = fold(input);
            let mut brute: Vec<(f64, &str)> = names
                .iter()
                .map(|c| (strsim::normalized_damerau_levenshtein(&key, &fold(c)), *c))
                .filter(|(s, _)| *s >= 0.6)
                .collect();
            brute.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
            let brute: Vec<&str> = brute.into_iter().map(|(_, c)| c).take(3).collect();
            assert_eq!(nearest(input, names), brute, "{input}");
        }
        assert!(nearest(&"sở ".repeat(700), names).is_empty());
        // Many near-identical names: the search stops early, the answer is
        // the one comparing every candidate gives, ties broken by name.
        let many: Vec<String> = (0..300).map(|i| format!("Phòng số {i} của xã")).collect();
        for input in [
            "phong so 123 cua xa",
            "phong so 12 cua xa x",
            "phong so cua xa",
            "phong 77 xa",
        ] {
            let key = fold(input);
            let mut brute: Vec<(f64, &str)> = many
                .iter()
                .map(|c| {
                    (
                        strsim::normalized_damerau_levenshtein(&key, &fold(c)),
                        c.as_str(),
                    )
                })
                .filter(|(s, _)| *s >= 0.6)
                .collect();
            brute.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
            let brute: Vec<&str> = brute.into_iter().map(|(_, c)| c).take(3).collect();
            assert_eq!(
                nearest(input, many.iter().map(String::as_str)),
                brute,
                "{input}"
            );
        }
    }
}
