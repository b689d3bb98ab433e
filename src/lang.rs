//! Words of the output in the report's language: status names, column
//! headings and dates. JSON and CSV keys never change with the language.

use crate::status::Status;
use chrono::NaiveDate;

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Lang {
    /// Vietnamese: dd/mm/yyyy dates, decimal commas.
    Vi,
    /// English: ISO dates, decimal points.
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

    pub fn status(self, s: Status) -> &'static str {
        match (self, s) {
            (Lang::Vi, Status::DoneOnTime) => "Hoàn thành đúng hạn",
            (Lang::Vi, Status::DoneLate) => "Hoàn thành quá hạn",
            (Lang::Vi, Status::InProgress) => "Chưa hoàn thành, trong hạn",
            (Lang::Vi, Status::Overdue) => "Chưa hoàn thành, quá hạn",
            (Lang::Vi, Status::Ongoing) => "Thường xuyên",
            (Lang::Vi, Status::Cancelled) => "Dừng thực hiện",
            (Lang::En, Status::DoneOnTime) => "Done on time",
            (Lang::En, Status::DoneLate) => "Done late",
            (Lang::En, Status::InProgress) => "In progress, not yet due",
            (Lang::En, Status::Overdue) => "Overdue, no completion recorded",
            (Lang::En, Status::Ongoing) => "Ongoing",
            (Lang::En, Status::Cancelled) => "Cancelled",
        }
    }

    /// Dates for people: dd/mm/yyyy in Vietnamese, ISO in English.
    pub fn date(self, d: NaiveDate) -> String {
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

    pub fn assessment(self, a: crate::assess::Assessment) -> &'static str {
        use crate::assess::Assessment::*;
        match (self, a) {
            (Lang::Vi, Exceeded) => "Vượt",
            (Lang::Vi, Met) => "Đạt",
            (Lang::Vi, NotMet) => "Không đạt",
            (Lang::Vi, OnTrack) => "Đúng tiến độ",
            (Lang::Vi, OffTrack) => "Chậm tiến độ",
            (Lang::Vi, NoData) => "Chưa có số liệu",
            (Lang::En, Exceeded) => "Exceeded",
            (Lang::En, Met) => "Met",
            (Lang::En, NotMet) => "Not met",
            (Lang::En, OnTrack) => "On track",
            (Lang::En, OffTrack) => "Off track",
            (Lang::En, NoData) => "No data",
        }
    }

    /// A heading or label: the Vietnamese and English words side by side here,
    /// so that a missing translation cannot compile.
    pub fn pick(self, vi: &'static str, en: &'static str) -> &'static str {
        match self {
            Lang::Vi => vi,
            Lang::En => en,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_for_people_and_for_spreadsheets() {
        assert_eq!(Lang::Vi.number(7.1, false), "7,1");
        assert_eq!(Lang::Vi.number(7.1, true), "7.1");
        assert_eq!(Lang::En.number(1276.0, false), "1276");
        assert_eq!(Lang::Vi.number(7.163127, false), "7,16");
        assert_eq!(Lang::En.number(-0.001, false), "0");
    }
}
