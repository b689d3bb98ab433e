//! A table cell that keeps its type until a backend writes it: a date stays a
//! date (dd/mm/yyyy or ISO by backend), a number a number (a decimal comma or
//! point), a status its code (a word in the reader's language).

use crate::assess::Assessment;
use crate::catalogue::Word;
use crate::model::{AgencyLevel, UpdateStatus};
use crate::query::report::ReportReceipt;
use crate::status::Status;
use chrono::NaiveDate;

#[derive(Clone, Debug, PartialEq)]
pub struct AgencyRef {
    pub id: String,
    pub name: String,
    /// The name of the agency the decision named, when this one took its
    /// task over (a merger): shown as "Sở Tài chính (kế thừa …)".
    pub inherited_from: Option<String>,
    /// The English names of both, when the plan has them (`--lang en`).
    pub name_en: Option<String>,
    pub inherited_from_en: Option<String>,
    /// The last day the agency existed, when the document is judged after
    /// it: the agency still holds the task because the plan records no
    /// successor (one with a successor is replaced by it in a plan read on
    /// a date), which the reader must be told.
    pub ended: Option<NaiveDate>,
}

impl AgencyRef {
    /// The names to show in `lang`: English ones where the plan has them.
    pub fn names(&self, lang: crate::lang::Lang) -> (&str, Option<&str>) {
        let en = lang == crate::lang::Lang::En;
        let name = match (&self.name_en, en) {
            (Some(n), true) => n,
            _ => &self.name,
        };
        let from = match (&self.inherited_from_en, en) {
            (Some(n), true) => Some(n.as_str()),
            _ => self.inherited_from.as_deref(),
        };
        (name, from)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct UpdateRef {
    pub on: NaiveDate,
    pub status: UpdateStatus,
    pub milestone: Option<u32>,
    pub note: Option<String>,
    pub source: Option<String>,
    /// The date the document is judged on (`show --as-of`), when the update
    /// is after it and so not counted.
    pub later: Option<NaiveDate>,
}

/// A milestone of a task, its due date typed (ISO in a spreadsheet).
#[derive(Clone, Debug, PartialEq)]
pub struct MilestoneRef {
    pub due: NaiveDate,
    pub what: String,
    pub status: Status,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Empty,
    /// Text from the plan (a title, a name, a note): shown as it is, escaped.
    Text(String),
    /// A catalogue word (a label, "Ongoing", "Whole plan").
    Word(Word),
    /// A label with data (a milestone's number, a dated status heading).
    Label(String),
    /// An id of the plan: a task, section, agency or indicator.
    Id(String),
    Date(NaiveDate),
    /// A count of things.
    Integer(i64),
    /// A measured figure (the unit is its column's or row's).
    Number(f64),
    /// A share in per cent (0–100).
    Percent(f64),
    /// A range of numbers with either end open (a target "≥ 200").
    Range {
        min: Option<f64>,
        max: Option<f64>,
    },
    Status(Status),
    Assessment(Assessment),
    Level(AgencyLevel),
    Receipt(ReportReceipt),
    // The larger values are boxed so that every cell is small: a 100 000-row
    // report has a million cells, most of them a date or a short text, and
    // an inline agency (five strings) made each cell 128 bytes. An agency is
    // shared by the rows that name it (`compose::cells::Agencies`).
    Agency(std::sync::Arc<AgencyRef>),
    /// The latest update of a task (the report: its source has a column).
    Update(Box<UpdateRef>),
    /// One line of a task's history, with its source (`show`).
    History(Box<UpdateRef>),
    Milestone(Box<MilestoneRef>),
    /// Several values: `lines` puts one a line, else they are joined by "; ".
    List {
        items: Vec<Cell>,
        lines: bool,
    },
}

impl Cell {
    pub fn agency(a: AgencyRef) -> Cell {
        Cell::Agency(std::sync::Arc::new(a))
    }

    pub fn text(s: impl Into<String>) -> Cell {
        Cell::Text(s.into())
    }

    pub fn opt_text(s: Option<&str>) -> Cell {
        s.map(Cell::text).unwrap_or(Cell::Empty)
    }

    pub fn opt_number(v: Option<f64>) -> Cell {
        v.map(Cell::Number).unwrap_or(Cell::Empty)
    }

    pub fn count(n: usize) -> Cell {
        Cell::Integer(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cell_stays_small() {
        // A String and a tag; the report's million cells depend on it.
        assert!(
            std::mem::size_of::<Cell>() <= 40,
            "{}",
            std::mem::size_of::<Cell>()
        );
    }
}
