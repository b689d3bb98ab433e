//! A table of typed cells, optionally in groups (tasks by section, overdue
//! tasks by agency): a terminal or a document shows each group under its
//! heading, a spreadsheet gets one table with the group's cells in front.

use super::Cell;
use crate::catalogue::Word;
use std::borrow::Cow;

#[derive(Clone, Debug)]
pub struct Column {
    pub label: Word,
}

impl Column {
    pub fn new(label: Word) -> Column {
        Column { label }
    }
}

/// Not `Clone`: a copy of rows made as written would have to hold them all.
#[derive(Debug)]
pub struct Group<'a> {
    /// The heading people read above the group's rows.
    pub heading: String,
    /// The group's cells, for the `group_columns` of a spreadsheet.
    pub cells: Vec<Cell>,
    pub rows: Rows<'a>,
}

/// Not `Clone`, as [`Group`].
#[derive(Debug, Default)]
pub struct Table<'a> {
    /// The table's name as a file (`tasks` for tasks.csv).
    pub name: &'static str,
    pub columns: Vec<Column>,
    /// Rows not in a group.
    pub rows: Rows<'a>,
    /// Columns a spreadsheet puts before the rows' own, filled from each group.
    pub group_columns: Vec<Column>,
    pub groups: Vec<Group<'a>>,
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

impl<'a> Table<'a> {
    pub fn new(name: &'static str, columns: &[Word]) -> Table<'a> {
        Table {
            name,
            columns: columns.iter().map(|w| Column::new(*w)).collect(),
            ..Table::default()
        }
    }

    pub fn shorten(mut self, column: usize) -> Table<'a> {
        self.shorten = Some(column);
        self
    }

    pub fn constant(mut self, label: Word, value: Cell) -> Table<'a> {
        self.constants.push((Column::new(label), value));
        self
    }
}

/// A table's rows: cells already made, or made a row at a time while a
/// backend writes them. The annual report of a 100 000-task plan has a
/// row per task; made before writing, its cells were 77 MB held at once
/// (BENCHMARKS.md). Made as written, a row lives only while it is written,
/// and what it is made from (the query's rows, the plan) is borrowed for
/// `'a`. Either way a backend reads the same cells, in the same order.
pub struct Rows<'a>(Inner<'a>);

/// The closure that makes row `i` of a table of rows made as written.
/// Send and Sync: backends make rows on every core (`render::sink`).
type MakeRow<'a> = Box<dyn Fn(usize) -> Vec<Cell> + Send + Sync + 'a>;

enum Inner<'a> {
    Held(Vec<Vec<Cell>>),
    Made { len: usize, make: MakeRow<'a> },
}

impl<'a> Rows<'a> {
    /// `len` rows, row `i` made by `make(i)` each time a backend reads it
    /// (a backend that measures before it writes reads twice).
    pub fn made(len: usize, make: impl Fn(usize) -> Vec<Cell> + Send + Sync + 'a) -> Rows<'a> {
        Rows(Inner::Made {
            len,
            make: Box::new(make),
        })
    }

    pub fn len(&self) -> usize {
        match &self.0 {
            Inner::Held(rows) => rows.len(),
            Inner::Made { len, .. } => *len,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Row `i`, or `None` past the end.
    pub fn get(&self, i: usize) -> Option<Cow<'_, [Cell]>> {
        match &self.0 {
            Inner::Held(rows) => rows.get(i).map(|r| Cow::Borrowed(r.as_slice())),
            Inner::Made { len, make } => (i < *len).then(|| Cow::Owned(make(i))),
        }
    }

    /// Every row in order, each made as it is reached.
    pub fn iter(&self) -> RowsIter<'_, 'a> {
        RowsIter {
            rows: self,
            next: 0,
        }
    }

    /// Adds a row at the end; rows made as written are made and held first.
    pub fn push(&mut self, row: Vec<Cell>) {
        if let Inner::Held(rows) = &mut self.0 {
            rows.push(row);
            return;
        }
        let mut rows: Vec<Vec<Cell>> = self.iter().map(Cow::into_owned).collect();
        rows.push(row);
        self.0 = Inner::Held(rows);
    }
}

/// The rows of a table in order; see [`Rows::iter`].
pub struct RowsIter<'r, 'a> {
    rows: &'r Rows<'a>,
    next: usize,
}

impl<'r> Iterator for RowsIter<'r, '_> {
    type Item = Cow<'r, [Cell]>;

    fn next(&mut self) -> Option<Self::Item> {
        let row = self.rows.get(self.next)?;
        self.next += 1;
        Some(row)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let left = self.rows.len().saturating_sub(self.next);
        (left, Some(left))
    }
}

impl ExactSizeIterator for RowsIter<'_, '_> {}

impl std::iter::FusedIterator for RowsIter<'_, '_> {}

impl<'r, 'a> IntoIterator for &'r Rows<'a> {
    type Item = Cow<'r, [Cell]>;
    type IntoIter = RowsIter<'r, 'a>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl FromIterator<Vec<Cell>> for Rows<'_> {
    fn from_iter<I: IntoIterator<Item = Vec<Cell>>>(rows: I) -> Self {
        Rows(Inner::Held(rows.into_iter().collect()))
    }
}

impl Default for Rows<'_> {
    fn default() -> Self {
        Rows(Inner::Held(Vec::new()))
    }
}

impl From<Vec<Vec<Cell>>> for Rows<'_> {
    fn from(rows: Vec<Vec<Cell>>) -> Self {
        Rows(Inner::Held(rows))
    }
}

impl std::fmt::Debug for Rows<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_made_as_written_read_as_rows_held() {
        let held: Rows = vec![vec![Cell::Integer(0)], vec![Cell::Integer(1)]].into();
        let made = Rows::made(2, |i| vec![Cell::Integer(i as i64)]);
        assert_eq!(made.len(), 2);
        assert!(made.get(2).is_none());
        let rows = |r: &Rows| r.iter().map(Cow::into_owned).collect::<Vec<_>>();
        assert_eq!(rows(&held), rows(&made));
        assert_eq!(made.iter().len(), 2);
        // A row pushed after rows made as written comes after them.
        let mut more = Rows::made(1, |_| vec![Cell::Empty]);
        more.push(vec![Cell::Integer(7)]);
        assert_eq!(rows(&more), vec![vec![Cell::Empty], vec![Cell::Integer(7)]]);
        assert!(Rows::default().is_empty());
    }
}
