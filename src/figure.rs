//! A figure as a person types it, on the command line or in a form cell:
//! a decimal point or a decimal comma ("45.5", "45,5"), no unit, no
//! thousands separator. Every output in Vietnamese writes 45,5, so refusing
//! the comma on input would refuse what `plan` itself prints; but "1,000"
//! could be one thousand or 1.0, so a comma followed by exactly three digits
//! is refused rather than guessed.

/// Why a typed text is not taken as a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refused {
    /// "1,000", "1,000,000": the comma may separate thousands or decimals.
    AmbiguousComma,
    /// Not a finite number at all ("7 %", "abc", "1.234,5").
    NotANumber,
}

pub fn parse(typed: &str) -> Result<f64, Refused> {
    let t = typed.trim();
    let commas = t.matches(',').count();
    let t = match commas {
        0 => t.to_string(),
        _ if t.contains('.') => return Err(Refused::NotANumber),
        1 => {
            let (whole, fraction) = t.split_once(',').unwrap_or((t, ""));
            let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
            // "0,125" cannot be a thousand and something; "12,345" can.
            let zero = matches!(whole.trim_start_matches(['-', '+']), "0");
            if fraction.len() == 3 && digits(fraction) && !zero {
                return Err(Refused::AmbiguousComma);
            }
            format!("{whole}.{fraction}")
        }
        _ => {
            let groups: Vec<&str> = t.split(',').collect();
            if groups[1..].iter().all(|g| g.len() == 3) {
                return Err(Refused::AmbiguousComma);
            }
            return Err(Refused::NotANumber);
        }
    };
    match t.parse::<f64>() {
        Ok(v) if v.is_finite() => Ok(v),
        _ => Err(Refused::NotANumber),
    }
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
        assert_eq!(parse("1,000"), Err(Refused::AmbiguousComma));
        assert_eq!(parse("1,000,000"), Err(Refused::AmbiguousComma));
        assert_eq!(parse("1.234,5"), Err(Refused::NotANumber));
        assert_eq!(parse("7 %"), Err(Refused::NotANumber));
        assert_eq!(parse("1,2,3"), Err(Refused::NotANumber));
        assert_eq!(parse("inf"), Err(Refused::NotANumber));
        assert_eq!(parse(","), Err(Refused::NotANumber));
    }
}
