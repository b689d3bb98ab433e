//! A table of typed cells, optionally in groups (tasks by section, overdue
//! tasks by agency): a terminal or a document shows each group under its
//! heading, a spreadsheet gets one table with the group's cells in front.

use super::Cell;
use crate::catalogue::Word;

#[derive(Clone, Debug)]
pub struct Column {
    pub label: Word,
}

impl Column {
    pub fn new(label: Word) -> Column {
        Column { label }
    }
}

#[derive(Clone, Debug)]
pub struct Group {
    /// The heading people read above the group's rows.
    pub heading: String,
    /// The group's cells, for the `group_columns` of a spreadsheet.
    pub cells: Vec<Cell>,
    pub rows: Vec<Vec<Cell>>,
}

#[derive(Clone, Debug, Default)]
pub struct Table {
    /// The table's name as a file (`tasks` for tasks.csv).
    pub name: &'static str,
    pub columns: Vec<Column>,
    /// Rows not in a group.
    pub rows: Vec<Vec<Cell>>,
    /// Columns a spreadsheet puts before the rows' own, filled from each group.
    pub group_columns: Vec<Column>,
    pub groups: Vec<Group>,
    /// Columns whose value is the same on every row (the year, the date
    /// judged on): said in the title for people, a column for spreadsheets,
    /// so that headers never carry a date.
    pub constants: Vec<(Column, Cell)>,
    /// The column to shorten with "…" when a terminal is too narrow.
    pub shorten: Option<usize>,
    /// Only for spreadsheets and programs: people read the same facts as
    /// sentences (`plan diff`).
    pub sheet_only: bool,
}

impl Table {
    pub fn new(name: &'static str, columns: &[Word]) -> Table {
        Table {
            name,
            columns: columns.iter().map(|w| Column::new(*w)).collect(),
            ..Table::default()
        }
    }

    pub fn shorten(mut self, column: usize) -> Table {
        self.shorten = Some(column);
        self
    }

    pub fn constant(mut self, label: Word, value: Cell) -> Table {
        self.constants.push((Column::new(label), value));
        self
    }
}
