//! Which dates and years `plan` accepts, in arguments and in files, and when a
//! date is plausible for the plan at hand.
//!
//! A date outside 1900–2199 is never a real fact about a provincial plan: it
//! is a typo (`0022` for 2022) or an attack on the writer (`+65537`), so it is
//! an error everywhere. A date that is a real date but lies before the plan
//! was signed or after its horizon is possible (a late correction, a typo in
//! the year) and is a warning.

use crate::catalogue::Problem;
use crate::model::{Plan, TargetWhen, Timing};
use anyhow::{bail, Result};
use chrono::{Datelike, NaiveDate};

/// The first and last year any date or year in `plan` may have.
pub const FIRST_YEAR: i32 = 1900;
pub const LAST_YEAR: i32 = 2199;

pub fn year_in_window(year: i64) -> bool {
    (i64::from(FIRST_YEAR)..=i64::from(LAST_YEAR)).contains(&year)
}

/// The message for a year outside the window (English, for diagnostics).
pub fn window_message() -> String {
    crate::catalogue::year_window(crate::lang::Lang::En)
}

/// A date as analysts type it: `2024-01-31`, `31/01/2024`, `31/1/2024`,
/// `31.01.2024` or `31-01-2024`. Two-digit years are refused with the
/// four-digit suggestion, never guessed.
pub fn parse_argument(input: &str) -> Result<NaiveDate> {
    let s = input.trim();
    let Some((a, b, c, sep)) = three_numbers(s) else {
        bail!(Problem::NotADate { given: input }.stop());
    };
    // Year first only as ISO (yyyy-mm-dd); everything else is day first.
    let (y, m, d) = if sep == '-' && a.len() == 4 {
        (a, b, c)
    } else {
        (c, b, a)
    };
    if y.len() <= 2 {
        let guess = 2000 + y.parse::<i32>().unwrap_or(0);
        bail!(Problem::TwoDigitYear {
            given: input,
            day: d,
            month: m,
            guess
        }
        .stop());
    }
    if y.len() != 4 || m.len() > 2 || d.len() > 2 {
        bail!(Problem::DateShape { given: input }.stop());
    }
    // Four digits, so the year parses and fits an i32.
    let year: i32 = y.parse().unwrap_or(0);
    if !year_in_window(year.into()) {
        bail!(Problem::DateYearOutside { given: input, year }.stop());
    }
    let date = m
        .parse()
        .ok()
        .zip(d.parse().ok())
        .and_then(|(m, d)| NaiveDate::from_ymd_opt(year, m, d));
    match date {
        Some(date) => Ok(date),
        None => {
            // A real month, a day past its end: name the month's last day.
            let past_end = d.parse::<u32>().is_ok_and(|d| d > 28);
            let last = m
                .parse::<u32>()
                .ok()
                .filter(|_| past_end)
                .and_then(|m| NaiveDate::from_ymd_opt(year, m, 1))
                .and_then(|first| first.checked_add_months(chrono::Months::new(1)))
                .and_then(|next| next.pred_opt());
            match last {
                Some(last) => bail!(Problem::DayPastMonthEnd { given: input, last }.stop()),
                None => bail!(Problem::NoSuchDay { given: input }.stop()),
            }
        }
    }
}

/// `a SEP b SEP c`, each a run of ASCII digits, one separator throughout.
fn three_numbers(s: &str) -> Option<(&str, &str, &str, char)> {
    let sep = s.chars().find(|c| !c.is_ascii_digit())?;
    if !matches!(sep, '-' | '/' | '.') {
        return None;
    }
    let mut parts = s.split(sep);
    let (a, b, c) = (parts.next()?, parts.next()?, parts.next()?);
    let digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    if parts.next().is_some() || !digits(a) || !digits(b) || !digits(c) {
        return None;
    }
    Some((a, b, c, sep))
}

/// The span of time the plan covers: from its signature (or issue) to the
/// end of the last year it names (a deadline or an indicator target).
/// Either end is unknown when the plan does not say.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlanSpan {
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
}

pub fn plan_span(plan: &Plan) -> PlanSpan {
    let from = match (plan.meta.issued_on, plan.meta.signed_on) {
        (Some(i), Some(s)) => Some(i.min(s)),
        (i, s) => i.or(s),
    };
    let task_years = plan.tasks.iter().flat_map(|t| match &t.timing {
        Timing::Due(d) => vec![d.value.year()],
        Timing::Milestones(ms) => ms.iter().map(|m| m.due.value.year()).collect(),
        Timing::Ongoing => Vec::new(),
    });
    let target_years = plan
        .indicators
        .iter()
        .flat_map(|i| i.targets.iter())
        .map(|t| match t.when {
            TargetWhen::Year(y) => y,
            TargetWhen::Period(_, last) => last,
        });
    let to = task_years
        .chain(target_years)
        .filter(|y| year_in_window((*y).into()))
        .max()
        .and_then(|y| NaiveDate::from_ymd_opt(y, 12, 31));
    PlanSpan { from, to }
}

/// Why a date is implausible for a plan: before it was issued, or after its
/// horizon (the day given). The words are in the catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outside {
    Before(NaiveDate),
    After(NaiveDate),
}

impl PlanSpan {
    /// Why `date` is implausible for this plan, if it is.
    pub fn outside(&self, date: NaiveDate) -> Option<Outside> {
        if let Some(from) = self.from.filter(|f| date < *f) {
            return Some(Outside::Before(from));
        }
        if let Some(to) = self.to.filter(|t| date > *t) {
            return Some(Outside::After(to));
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn every_documented_shape_is_read() {
        for s in [
            "2024-01-31",
            "31/01/2024",
            "31/1/2024",
            "31.01.2024",
            "31-01-2024",
            " 31/01/2024 ",
        ] {
            assert_eq!(parse_argument(s).unwrap(), ymd(2024, 1, 31), "{s}");
        }
        assert_eq!(parse_argument("5/7/2022").unwrap(), ymd(2022, 7, 5));
    }

    #[test]
    fn two_digit_years_get_the_four_digit_suggestion() {
        let e = parse_argument("5/7/22").unwrap_err().to_string();
        assert!(
            e.contains("two-digit year") && e.contains("5/7/2022"),
            "{e}"
        );
        let e = parse_argument("1/1/24").unwrap_err().to_string();
        assert!(e.contains("1/1/2024"), "{e}");
        assert!(parse_argument("22-07-05").is_err());
    }

    #[test]
    fn years_outside_the_window_and_signed_years_are_refused() {
        for s in [
            "+65537-03-04",
            "-0001-06-01",
            "0022-07-05",
            "1899-12-31",
            "2200-01-01",
            "65537-03-04",
            "31/12/99999",
            "2024-001-01",
        ] {
            assert!(parse_argument(s).is_err(), "{s}");
        }
        assert!(parse_argument("1900-01-01").is_ok());
        assert!(parse_argument("2199-12-31").is_ok());
    }

    #[test]
    fn not_dates_are_refused() {
        for s in [
            "",
            "tomorrow",
            "2022-02-30",
            "01/31/2024",
            "31/01-2024",
            "31 01 2024",
            "2024/01/31",
            "٣١/٠١/٢٠٢٤",
        ] {
            assert!(parse_argument(s).is_err(), "{s:?}");
        }
    }

    #[test]
    fn span_names_the_side_a_date_falls_on() {
        let span = PlanSpan {
            from: Some(ymd(2022, 4, 29)),
            to: Some(ymd(2030, 12, 31)),
        };
        assert!(matches!(
            span.outside(ymd(2019, 1, 1)),
            Some(Outside::Before(_))
        ));
        assert!(matches!(
            span.outside(ymd(2031, 1, 1)),
            Some(Outside::After(_))
        ));
        assert_eq!(span.outside(ymd(2024, 1, 1)), None);
        let open = PlanSpan {
            from: None,
            to: None,
        };
        assert_eq!(open.outside(ymd(1950, 1, 1)), None);
    }
}
