//! Words of the output in the report's language: status names, column
//! headings and dates. JSON and CSV keys never change with the language.

use crate::status::Status;
use chrono::NaiveDate;

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Lang {
    Vi,
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

    /// A heading or label: the Vietnamese and English words side by side here,
    /// so that a missing translation cannot compile.
    pub fn pick(self, vi: &'static str, en: &'static str) -> &'static str {
        match self {
            Lang::Vi => vi,
            Lang::En => en,
        }
    }
}
