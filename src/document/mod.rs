//! The typed document between a query and its output: blocks (title,
//! heading, paragraph, lines, table) whose table cells keep their type (a
//! date, a status, an agency). Every format is a backend of this one value
//! (see `render`), so no two formats can disagree about a cell; a new format
//! (xlsx, docx, html) is one more backend, and charts one more block.

mod cell;
pub mod chart;
mod letterhead;
mod table;

pub use cell::{AgencyRef, Cell, MilestoneRef, UpdateRef};
pub use chart::Chart;
pub use letterhead::Letterhead;
pub use table::{Column, Group, Rows, Table};

use chrono::NaiveDate;
use serde::Serialize;

/// What a command answers: the blocks people read, and the value programs read.
pub struct Document<'a> {
    /// The command that made it, as JSON's `command` (snake_case, stable).
    pub command: &'static str,
    /// The plan's id (`plan.toml`'s `id`).
    pub plan: String,
    /// The date the answer is judged on; `None` when it depends on no date.
    pub as_of: Option<NaiveDate>,
    pub blocks: Vec<Block<'a>>,
    /// JSON's `data`, already pretty-printed: the answer with stable keys
    /// and codes in the view structs' order, whatever the language. Built
    /// from the same query rows as the blocks.
    pub data: String,
    /// Issuer, number, recipients and signature, for a document that is
    /// issued (the annual report); only the Word backend shows them.
    pub letterhead: Option<Letterhead>,
}

/// Text in a block is already in the reader's language (from the catalogue)
/// with data in it; each backend escapes it for its medium.
pub enum Block<'a> {
    /// The document's title (Markdown `#`; a line at a terminal).
    Title(String),
    /// A heading of a part, at a depth from 2 (Markdown `##`).
    Heading(u8, String),
    Paragraph(String),
    /// Separate facts, one a line (Markdown bullets).
    Lines(Vec<String>),
    Table(Table<'a>),
    /// What to draw; a backend that does not draw shows its title and its
    /// numbers as a table (`Chart::table`).
    Chart(Chart),
}

/// JSON's `data` from a view, pretty-printed.
pub fn json<T: Serialize>(view: &T) -> String {
    // Views are plain structs of strings, numbers and dates: they always
    // serialise; `null` would only hide a bug, never a panic.
    serde_json::to_string_pretty(view).unwrap_or_else(|_| "null".into())
}

thread_local! {
    static WITHOUT_DATA: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// From here until the guard is dropped, documents are made without JSON's
/// `data` when `skip`: only the JSON backend reads it, and for 15 000 overdue
/// tasks printed as a table it was a sixth of the run and 12 MB. Set once
/// per command, by `commands::run`, which knows the format; documents made
/// elsewhere (tests, benchmarks) keep it.
pub fn leave_out_data(skip: bool) -> DataGuard {
    DataGuard {
        before: WITHOUT_DATA.replace(skip),
    }
}

/// Puts the setting back as it was; see [`leave_out_data`].
pub struct DataGuard {
    before: bool,
}

impl Drop for DataGuard {
    fn drop(&mut self) {
        WITHOUT_DATA.set(self.before);
    }
}

impl<'a> Document<'a> {
    pub fn new<T: Serialize>(
        command: &'static str,
        plan: &str,
        as_of: Option<NaiveDate>,
        data: &T,
    ) -> Document<'a> {
        Document::lazy(command, plan, as_of, || json(data))
    }

    /// As [`Document::new`], with the data (made with [`json`]) only made
    /// when it is wanted (see [`leave_out_data`]): a view of 100 000 tasks is
    /// itself costly.
    pub fn lazy(
        command: &'static str,
        plan: &str,
        as_of: Option<NaiveDate>,
        make: impl FnOnce() -> String,
    ) -> Document<'a> {
        Document {
            command,
            plan: plan.to_string(),
            as_of,
            blocks: Vec::new(),
            data: if WITHOUT_DATA.get() {
                String::new()
            } else {
                make()
            },
            letterhead: None,
        }
    }

    pub fn push(&mut self, block: Block<'a>) -> &mut Self {
        self.blocks.push(block);
        self
    }

    /// The tables of the document, in order.
    pub fn tables(&self) -> impl Iterator<Item = &Table<'a>> {
        self.blocks.iter().filter_map(|b| match b {
            Block::Table(t) => Some(t),
            _ => None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_is_left_out_only_when_asked() {
        let with = Document::new("t", "p", None, &[1, 2]);
        assert_eq!(with.data, "[\n  1,\n  2\n]");
        {
            let _g = leave_out_data(true);
            let without = Document::new("t", "p", None, &[1, 2]);
            assert_eq!(without.data, "");
            let lazy = Document::lazy("t", "p", None, || panic!("made when not wanted"));
            assert_eq!(lazy.data, "");
        }
        assert_eq!(Document::lazy("t", "p", None, || json(&3)).data, "3");
        let after = Document::new("t", "p", None, &[1]);
        assert_eq!(after.data, "[\n  1\n]", "the setting ends with its scope");
    }
}
