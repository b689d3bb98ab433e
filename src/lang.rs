//! The languages `plan` speaks, and how each writes dates and numbers. The
//! words themselves are in the catalogue (`crate::catalogue`).

use chrono::NaiveDate;

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Lang {
    // Vietnamese: dd/mm/yyyy dates, decimal commas. (What `--help` says of
    // each language is in `catalogue::help`.)
    Vi,
    // English: ISO dates, decimal points.
    En,
}

impl Lang {
    pub fn from_code(code: &str) -> Lang {
        if code == "en" {
            Lang::En
        } else {
            Lang::Vi
        }
    }

    /// Dates for people: dd/mm/yyyy in Vietnamese, ISO in English.
    pub fn date(self, d: NaiveDate) -> String {
        use chrono::Datelike;
        // Written directly: chrono reads its format string for every date,
        // and a 100 000-row report has hundreds of thousands of dates.
        let (y, m, day) = (d.year(), d.month(), d.day());
        if let Ok(y @ 0..=9999) = u32::try_from(y) {
            let (parts, sep) = match self {
                Lang::Vi => ([(day, 2), (m, 2), (y, 4)], '/'),
                Lang::En => ([(y, 4), (m, 2), (day, 2)], '-'),
            };
            let mut out = String::with_capacity(10);
            for (i, (n, width)) in parts.into_iter().enumerate() {
                if i > 0 {
                    out.push(sep);
                }
                for p in (0..width).rev() {
                    out.push(char::from(b'0' + (n / 10u32.pow(p) % 10) as u8));
                }
            }
            return out;
        }
        match self {
            Lang::Vi => d.format("%d/%m/%Y").to_string(),
            Lang::En => d.format("%Y-%m-%d").to_string(),
        }
    }

    /// A number for people: at most two decimals, a decimal comma in
    /// Vietnamese; `plain` (CSV) always uses a point.
    pub fn number(self, v: f64, plain: bool) -> String {
        let s = format!("{:.2}", v);
        let s = s.trim_end_matches('0').trim_end_matches('.').to_string();
        let s = if s == "-0" { "0".to_string() } else { s };
        if self == Lang::Vi && !plain {
            s.replace('.', ",")
        } else {
            s
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_written_as_chrono_writes_them() {
        for (y, m, d) in [
            (2025, 1, 5),
            (2030, 12, 31),
            (999, 3, 4),
            (0, 1, 1),
            (9999, 12, 31),
        ] {
            let date = NaiveDate::from_ymd_opt(y, m, d).unwrap();
            assert_eq!(Lang::Vi.date(date), date.format("%d/%m/%Y").to_string());
            assert_eq!(Lang::En.date(date), date.format("%Y-%m-%d").to_string());
        }
        assert_eq!(
            Lang::Vi.date(NaiveDate::from_ymd_opt(2025, 3, 9).unwrap()),
            "09/03/2025"
        );
    }

    #[test]
    fn numbers_for_people_and_for_spreadsheets() {
        assert_eq!(Lang::Vi.number(7.1, false), "7,1");
        assert_eq!(Lang::Vi.number(7.1, true), "7.1");
        assert_eq!(Lang::En.number(1276.0, false), "1276");
        assert_eq!(Lang::Vi.number(7.163127, false), "7,16");
        assert_eq!(Lang::En.number(-0.001, false), "0");
    }
}
