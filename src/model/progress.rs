//! What happened: status updates, indicator actuals and agencies' annual
//! reports, from progress/YYYY.toml. Never part of the decision itself.

use crate::ids::{AgencyId, IndicatorId, TaskId};
use crate::source::{At, Loc};
use chrono::NaiveDate;

#[derive(Debug, Default, Clone, serde::Serialize, serde::Deserialize)]
pub struct Progress {
    pub updates: Vec<Update>,
    pub actuals: Vec<Actual>,
    pub reports: Vec<Report>,
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Update {
    pub task: At<TaskId>,
    /// The date the fact holds from.
    pub on: NaiveDate,
    pub status: UpdateStatus,
    /// 1-based milestone number; `None` means the task as a whole.
    pub milestone: Option<At<u32>>,
    pub note: Option<String>,
    pub source: Option<String>,
    /// The result or product reported (Kết quả).
    pub result: Option<String>,
    /// Difficulties and obstacles (Khó khăn, vướng mắc).
    pub difficulties: Option<String>,
    /// Recommendations (Kiến nghị).
    pub recommendations: Option<String>,
    /// The document that proves it: number, date or link (Văn bản).
    pub evidence: Option<String>,
    pub loc: Loc,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum UpdateStatus {
    NotStarted,
    InProgress,
    Done,
    Cancelled,
}

impl UpdateStatus {
    pub const WORDS: [&'static str; 4] = ["not_started", "in_progress", "done", "cancelled"];
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "not_started" => Self::NotStarted,
            "in_progress" => Self::InProgress,
            "done" => Self::Done,
            "cancelled" => Self::Cancelled,
            _ => return None,
        })
    }

    pub fn key(self) -> &'static str {
        match self {
            Self::NotStarted => "not_started",
            Self::InProgress => "in_progress",
            Self::Done => "done",
            Self::Cancelled => "cancelled",
        }
    }
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Actual {
    pub indicator: At<IndicatorId>,
    pub year: i32,
    pub value: f64,
    pub source: Option<String>,
    pub note: Option<String>,
    pub loc: Loc,
}

/// An agency's annual (or half-year) report, received.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Report {
    pub agency: At<AgencyId>,
    pub year: i32,
    /// The whole year, or its first half (`period = "H1"`).
    pub period: Period,
    pub received_on: NaiveDate,
    pub reference: Option<String>,
    pub loc: Loc,
}

/// The period a report covers: the whole year, or its first half.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Period {
    Year,
    H1,
}

impl Period {
    /// The words a progress file may give; a receipt without `period` covers
    /// the year.
    pub const WORDS: [&'static str; 2] = ["year", "H1"];

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "year" => Some(Self::Year),
            "H1" => Some(Self::H1),
            _ => None,
        }
    }

    /// The day the period's report is judged on by default: 31/12 or 30/06.
    pub fn end(self, year: i32) -> Option<NaiveDate> {
        match self {
            Period::Year => NaiveDate::from_ymd_opt(year, 12, 31),
            Period::H1 => NaiveDate::from_ymd_opt(year, 6, 30),
        }
    }
}
