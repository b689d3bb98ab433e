//! Sections and tasks of the decision's appendices.

use crate::ids::{AgencyId, IndicatorId, SectionId, TaskId};
use crate::source::{At, FileId, Loc};
use chrono::NaiveDate;

/// A section of an appendix (`PL2.III`), one per tasks file.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Section {
    pub id: At<SectionId>,
    pub title: String,
    /// Sub-headings within the section (Appendix I's a, b, c): id and title.
    pub groups: Vec<(String, String)>,
    pub file: FileId,
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Task {
    pub id: At<TaskId>,
    pub section: SectionId,
    /// The whole cell, verbatim.
    #[serde(deserialize_with = "crate::cache::utf8::string")]
    pub title: String,
    /// Cơ quan chủ trì.
    pub lead: Vec<At<AgencyId>>,
    /// Cơ quan phối hợp.
    pub support: Vec<At<AgencyId>>,
    /// Tiến độ as the decision words it; `None` only in Appendix I.
    #[serde(deserialize_with = "crate::cache::utf8::opt_string")]
    pub schedule: Option<String>,
    pub start: Option<At<NaiveDate>>,
    pub timing: Timing,
    #[serde(deserialize_with = "crate::cache::utf8::strings")]
    pub deliverables: Vec<String>,
    /// Appendix I: the indicators this task monitors.
    pub indicators: Vec<At<IndicatorId>>,
    /// Appendix I: how often the task reports.
    pub reports: Option<Cadence>,
    /// The `[[task]]` header.
    pub loc: Loc,
}

/// When a task is due: exactly one of these.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub enum Timing {
    Due(At<NaiveDate>),
    Milestones(Vec<Milestone>),
    /// No end date; reported on every year.
    Ongoing,
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Milestone {
    pub what: String,
    pub due: At<NaiveDate>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Cadence {
    Annual,
    Semiannual,
}

impl Cadence {
    pub const WORDS: [&'static str; 2] = ["annual", "semiannual"];

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "annual" => Some(Self::Annual),
            "semiannual" => Some(Self::Semiannual),
            _ => None,
        }
    }
}

impl Task {
    /// The final deadline: the due date, or the last milestone's.
    pub fn final_due(&self) -> Option<NaiveDate> {
        match &self.timing {
            Timing::Due(d) => Some(d.value),
            Timing::Milestones(ms) => ms.iter().map(|m| m.due.value).max(),
            Timing::Ongoing => None,
        }
    }

    pub fn is_ongoing(&self) -> bool {
        matches!(self.timing, Timing::Ongoing)
    }
}
