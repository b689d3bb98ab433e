//! A figure as a person types it, on the command line or in a form cell:
//! a decimal point or a decimal comma ("45.5", "45,5"), no unit, no
//! thousands separator. Every output in Vietnamese writes 45,5, so refusing
//! the comma on input would refuse what `plan` itself prints. But a mark
//! followed by exactly three digits is read two ways: "1,000" is a thousand
//! in English and 1,0 in Vietnamese, and "104.000" is one hundred and four
//! thousand as a Vietnamese office writes it and 104.0 to a program. Either
//! mark followed by three digits is refused rather than guessed.

/// Why a typed text is not taken as a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refused {
    /// "1,000", "104.000", "1,000,000": the mark may separate thousands or
    /// decimals.
    Ambiguous,
    /// Not a finite number at all ("7 %", "abc", "1.234,5").
    NotANumber,
}

/// The figure, or why it is not one.
pub fn parse(typed: &str) -> Result<f64, Refused> {
    let t = typed.trim();
    let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    let mark = match (t.contains(','), t.contains('.')) {
        (true, true) => return Err(Refused::NotANumber),
        (true, false) => ',',
        (false, true) => '.',
        (false, false) => return finite(t),
    };
    let groups: Vec<&str> = t.split(mark).collect();
    let whole = groups[0].trim_start_matches(['-', '+']);
    if groups.len() > 2 {
        // "1,000,000" or "1.000.000": thousands, or nothing at all.
        if digits(whole) && groups[1..].iter().all(|g| g.len() == 3 && digits(g)) {
            return Err(Refused::Ambiguous);
        }
        return Err(Refused::NotANumber);
    }
    // "0,125" cannot be a thousand and something; "12,345" can.
    if groups[1].len() == 3 && digits(groups[1]) && digits(whole) && whole != "0" {
        return Err(Refused::Ambiguous);
    }
    finite(&format!("{}.{}", groups[0], groups[1]))
}

fn finite(t: &str) -> Result<f64, Refused> {
    match t.parse::<f64>() {
        Ok(v) if v.is_finite() => Ok(v),
        _ => Err(Refused::NotANumber),
    }
}

/// The two readings of an ambiguous figure, each written with one meaning:
/// the whole number, and (with one mark) the decimal written so that it
/// cannot be read as thousands: "104.000" as 104, "7,125" as 7,1250.
pub fn readings(given: &str) -> (String, Option<String>) {
    let t = given.trim();
    let plain = t.replace([',', '.'], "");
    let decimal = t.split_once([',', '.']).and_then(|(whole, fraction)| {
        if fraction.contains([',', '.']) {
            return None;
        }
        let mark = if t.contains(',') { ',' } else { '.' };
        Some(match fraction.trim_end_matches('0') {
            "" => whole.to_string(),
            f if f.len() == 3 => format!("{whole}{mark}{f}0"),
            f => format!("{whole}{mark}{f}"),
        })
    });
    (plain, decimal)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_decimal_comma_or_point_and_nothing_ambiguous() {
        assert_eq!(parse("45,5"), Ok(45.5));
        assert_eq!(parse("45.5"), Ok(45.5));
        assert_eq!(parse(" -7,25 "), Ok(-7.25));
        assert_eq!(parse("0,125"), Ok(0.125));
        assert_eq!(parse("104000"), Ok(104000.0));
        assert_eq!(parse("1,000"), Err(Refused::Ambiguous));
        assert_eq!(parse("1,000,000"), Err(Refused::Ambiguous));
        // As a Vietnamese office writes a hundred and four thousand.
        assert_eq!(parse("104.000"), Err(Refused::Ambiguous));
        assert_eq!(parse("1.000.000"), Err(Refused::Ambiguous));
        assert_eq!(parse("0.125"), Ok(0.125));
        assert_eq!(parse("7,1250"), Ok(7.125));
        assert_eq!(parse("7.12"), Ok(7.12));
        assert_eq!(readings("104.000"), ("104000".into(), Some("104".into())));
        assert_eq!(readings("7,120"), ("7120".into(), Some("7,12".into())));
        assert_eq!(readings("7,125"), ("7125".into(), Some("7,1250".into())));
        assert_eq!(readings("1,000,000"), ("1000000".into(), None));
        assert_eq!(parse("1.234,5"), Err(Refused::NotANumber));
        assert_eq!(parse("7 %"), Err(Refused::NotANumber));
        assert_eq!(parse("1,2,3"), Err(Refused::NotANumber));
        assert_eq!(parse("inf"), Err(Refused::NotANumber));
        assert_eq!(parse(","), Err(Refused::NotANumber));
    }
}
