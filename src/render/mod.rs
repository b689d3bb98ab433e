//! The only code that formats output. A command builds a [`Listing`] (or a
//! serialisable value for JSON) and hands it to one of these.

mod csv_out;
mod markdown;
pub mod report;
mod table;
pub mod views;

pub use csv_out::csv;
pub use markdown::{cell as markdown_inline, markdown};
pub use table::table;

use crate::assess::Assessment;
use crate::lang::Lang;
use crate::status::Status;
use chrono::NaiveDate;
use serde::Serialize;

/// How cells are written: `plain` for CSV (ISO dates, decimal points, status keys).
#[derive(Clone, Copy)]
pub struct Style {
    pub lang: Lang,
    pub plain: bool,
}

impl Style {
    pub fn date(self, d: NaiveDate) -> String {
        if self.plain {
            d.to_string()
        } else {
            self.lang.date(d)
        }
    }
    pub fn num(self, v: Option<f64>) -> String {
        v.map(|v| self.lang.number(v, self.plain))
            .unwrap_or_default()
    }
    pub fn status(self, s: Status) -> String {
        if self.plain {
            s.key().into()
        } else {
            self.lang.status(s).into()
        }
    }
    pub fn assessment(self, a: Assessment) -> String {
        if self.plain {
            a.key().into()
        } else {
            self.lang.assessment(a).into()
        }
    }

    /// A task's deadline(s), or "ongoing".
    pub fn due(self, task: &crate::model::Task) -> String {
        match &task.timing {
            crate::model::Timing::Due(d) => self.date(d.value),
            crate::model::Timing::Milestones(ms) => ms
                .iter()
                .map(|m| self.date(m.due.value))
                .collect::<Vec<_>>()
                .join("\n"),
            crate::model::Timing::Ongoing => self.lang.pick("Thường xuyên", "Ongoing").into(),
        }
    }
}

/// Rows under headings, the shape every listing shares.
#[derive(Debug, Clone, Default)]
pub struct Listing {
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
    /// The column to shorten with "…" when a terminal table is too wide.
    pub shorten: Option<usize>,
}

impl Listing {
    pub fn new(headers: &[&str]) -> Self {
        Listing {
            headers: headers.iter().map(|h| h.to_string()).collect(),
            rows: Vec::new(),
            shorten: None,
        }
    }
}

/// Pretty JSON with a final newline; key order is the struct's.
pub fn json<T: Serialize>(value: &T) -> String {
    serde_json::to_string_pretty(value).expect("output serializes") + "\n"
}

/// Agency names for a table cell, in the order the plan gives them.
pub fn agency_names(
    plan: &crate::model::Plan,
    ids: &[crate::source::At<crate::ids::AgencyId>],
) -> String {
    ids.iter()
        .map(|a| {
            plan.agency(&a.value)
                .map(|x| x.name.as_str())
                .unwrap_or(a.as_str())
        })
        .collect::<Vec<_>>()
        .join("; ")
}
