//! How wide text set in Times New Roman is, so that the Word report's
//! columns can be made wide enough for their longest word. Word and
//! LibreOffice break a word that does not fit anywhere, digits included
//! ("30/06/202" / "5"); a guess at an average character width was wrong by
//! a letter or two on exactly the words that matter (dates, ids, "Thường").
//!
//! The widths are Adobe's published metrics of Times Roman and Times Bold
//! (thousandths of the type size), which Times New Roman and its metric
//! twin Liberation Serif share closely. A Vietnamese letter is its base
//! letter (its marks sit above or below, "ệ" is as wide as "e"), and the
//! horn of "ơ" and "ư" adds a little.

use unicode_normalization::char::decompose_canonical;

/// Space to '~', Times Roman.
const REGULAR: [u16; 95] = [
    250, 333, 408, 500, 500, 833, 778, 333, 333, 333, 500, 564, 250, 333, 250, 278, // ' '../
    500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444, // 0..?
    921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, // @..O
    556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500, // P.._
    333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, // `..o
    500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541, // p..~
];

/// Space to '~', Times Bold.
const BOLD: [u16; 95] = [
    250, 333, 555, 500, 500, 1000, 833, 333, 333, 333, 500, 570, 250, 333, 250, 278, // ' '../
    500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 333, 333, 570, 570, 570, 500, // 0..?
    930, 722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778, // @..O
    611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667, 333, 278, 333, 581, 500, // P.._
    333, 500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, // `..o
    556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444, 394, 220, 394, 520, // p..~
];

/// A letter with no Latin base (a CJK name, a symbol): as wide as the
/// widest capitals, so that a column is never too narrow for it.
const UNKNOWN: u16 = 1000;

/// Thousandths of the type size that `c` takes.
fn advance(c: char, bold: bool) -> u16 {
    let table = if bold { &BOLD } else { &REGULAR };
    let of = |c: char| (' '..='~').contains(&c).then(|| table[c as usize - 0x20]);
    if let Some(w) = of(c) {
        return w;
    }
    match c {
        'đ' => of('d').unwrap_or(UNKNOWN),
        'Đ' => of('D').unwrap_or(UNKNOWN),
        '–' => 500,
        '—' => 1000,
        '…' => 1000,
        '\u{a0}' => 250,
        _ => {
            let mut base = None;
            let mut horn = false;
            decompose_canonical(c, |d| match d {
                '\u{31b}' => horn = true,
                d if base.is_none() => base = Some(d),
                _ => {}
            });
            base.and_then(of)
                .map_or(UNKNOWN, |w| w + if horn { 60 } else { 0 })
        }
    }
}

/// The width of `text` in thousandths of its type size: the same at every
/// size, so that it is measured once and scaled with [`at_size`].
pub fn units(text: &str, bold: bool) -> usize {
    text.chars().map(|c| advance(c, bold) as usize).sum()
}

/// `units` set at `half_points` (Word's size unit), in twentieths of a
/// point (Word's length unit), rounded up.
pub fn at_size(units: usize, half_points: usize) -> usize {
    // units/1000 × size in points × 20.
    (units * half_points * 10).div_ceil(1000)
}

/// The width of `text` set at `half_points`, in twentieths of a point.
pub fn twips(text: &str, bold: bool, half_points: usize) -> usize {
    at_size(units(text, bold), half_points)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_at_twelve_points_is_about_an_inch_wide() {
        // Eight digits and two slashes: 4 556 thousandths of 12 pt.
        assert_eq!(twips("30/06/2025", false, 24), 1_094);
    }

    #[test]
    fn vietnamese_letters_are_their_base_letters_and_horns_add() {
        assert_eq!(twips("ệ", false, 24), twips("e", false, 24));
        assert_eq!(twips("Đ", true, 24), twips("D", true, 24));
        assert!(twips("ư", false, 24) > twips("u", false, 24));
        assert!(twips("Thường", true, 24) > twips("Thường", false, 24));
    }

    #[test]
    fn any_letter_has_a_width() {
        assert_eq!(twips("中", false, 20), 200);
        assert_eq!(twips("", true, 24), 0);
    }
}
