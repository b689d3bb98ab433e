//! A chart block: WHAT to draw, in typed series, never HOW. The HTML backend
//! draws it as SVG; every backend (HTML included, under the drawing) shows
//! the same numbers as a table, which is also the accessible alternative.

use super::{Cell, Column, Group, Table};
use crate::catalogue::{ChartWord, Word};

/// The meaning of a colour, mapped to a colour by each backend that draws:
/// good to bad, then neutral and muted for what is neither.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    Good,
    Fair,
    Neutral,
    Watch,
    Warn,
    Bad,
    Severe,
    Muted,
    Faint,
}

/// What kind of number a series holds, so its table cells keep their type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Values {
    Count,
    Number,
    Percent,
}

impl Values {
    pub fn cell(self, v: f64) -> Cell {
        match self {
            // Counts are built from `usize` in compose: the cast is exact.
            Values::Count => Cell::Integer(v.round() as i64),
            Values::Number => Cell::Number(v),
            Values::Percent => Cell::Percent(v),
        }
    }
}

#[derive(Clone, Debug)]
pub struct Series {
    pub label: Word,
    pub tone: Tone,
    /// One value per category.
    pub values: Vec<f64>,
}

/// Bars, one per category, each stacked from the series' values.
#[derive(Clone, Debug)]
pub struct Bars {
    /// What the categories are (a section, an agency, a year).
    pub axis: Word,
    /// Horizontal bars (long names) or columns (short labels such as years).
    pub horizontal: bool,
    pub categories: Vec<String>,
    pub series: Vec<Series>,
}

/// Which way a heat map's column is good: it colours green or red.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Better {
    Higher,
    Lower,
    Neither,
}

#[derive(Clone, Debug)]
pub struct HeatColumn {
    pub label: Word,
    pub values: Values,
    pub better: Better,
}

/// A grid of values, coloured by each column's scale.
#[derive(Clone, Debug)]
pub struct Heat {
    pub axis: Word,
    pub rows: Vec<String>,
    pub columns: Vec<HeatColumn>,
    /// One row of values per row, one value per column; `None`: no value.
    pub cells: Vec<Vec<Option<f64>>>,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    pub year: i32,
    pub actual: Option<f64>,
    pub path: Option<f64>,
}

/// The way to one target: the actuals and the path needed, year by year.
#[derive(Clone, Debug)]
pub struct Leg {
    pub heading: String,
    /// The target's year and the figure it asks for, on the chart's measure.
    pub goal: Option<(i32, f64)>,
    pub points: Vec<Point>,
}

/// An indicator year by year against its targets.
#[derive(Clone, Debug)]
pub struct Trajectory {
    /// What the y axis shows (a level, a compound index, a running total).
    pub measure: ChartWord,
    pub legs: Vec<Leg>,
}

#[derive(Clone, Debug)]
pub enum ChartKind {
    Bars(Bars),
    Heat(Heat),
    Trajectory(Trajectory),
}

#[derive(Clone, Debug)]
pub struct Chart {
    /// A stable name (an HTML anchor).
    pub name: String,
    pub title: String,
    /// The text alternative: what the chart shows, in a sentence or two.
    pub alt: String,
    pub kind: ChartKind,
}

impl Chart {
    /// Nothing to draw: no category, no row, no point.
    pub fn is_empty(&self) -> bool {
        match &self.kind {
            ChartKind::Bars(b) => b.categories.is_empty(),
            ChartKind::Heat(h) => h.rows.is_empty(),
            ChartKind::Trajectory(t) => t.legs.iter().all(|l| l.points.is_empty()),
        }
    }

    /// The numbers behind the chart as a table: what a backend that does not
    /// draw shows, and what a reader who cannot see the drawing reads.
    pub fn table(&self) -> Table<'static> {
        match &self.kind {
            ChartKind::Bars(b) => bars_table(b),
            ChartKind::Heat(h) => heat_table(h),
            ChartKind::Trajectory(t) => trajectory_table(t),
        }
    }
}

fn bars_table(b: &Bars) -> Table<'static> {
    let mut columns = vec![b.axis];
    columns.extend(b.series.iter().map(|s| s.label));
    columns.push(Word::Total);
    let mut t = Table::new("chart", &columns);
    for (i, c) in b.categories.iter().enumerate() {
        let mut row = vec![Cell::text(c)];
        let mut total = 0.0;
        for s in &b.series {
            let v = s.values.get(i).copied().unwrap_or(0.0);
            total += v;
            row.push(Values::Count.cell(v));
        }
        row.push(Values::Count.cell(total));
        t.rows.push(row);
    }
    t
}

fn heat_table(h: &Heat) -> Table<'static> {
    let mut columns = vec![h.axis];
    columns.extend(h.columns.iter().map(|c| c.label));
    let mut t = Table::new("chart", &columns);
    for (name, values) in h.rows.iter().zip(&h.cells) {
        let mut row = vec![Cell::text(name)];
        for (c, v) in h.columns.iter().zip(values) {
            row.push(v.map(|v| c.values.cell(v)).unwrap_or(Cell::Empty));
        }
        t.rows.push(row);
    }
    t
}

fn trajectory_table(tr: &Trajectory) -> Table<'static> {
    let mut t = Table::new(
        "chart",
        &[
            Word::Year,
            Word::Chart(ChartWord::ActualPlotted),
            Word::Chart(ChartWord::PathNeeded),
        ],
    );
    t.group_columns = vec![Column::new(Word::Target)];
    for leg in &tr.legs {
        t.groups.push(Group {
            heading: leg.heading.clone(),
            cells: vec![Cell::text(&leg.heading)],
            rows: leg
                .points
                .iter()
                .map(|p| {
                    vec![
                        Cell::Label(p.year.to_string()),
                        Cell::opt_number(p.actual),
                        Cell::opt_number(p.path),
                    ]
                })
                .collect(),
        });
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::status::Status;

    #[test]
    fn bars_show_their_numbers_with_a_total() {
        let chart = Chart {
            name: "c".into(),
            title: "t".into(),
            alt: "a".into(),
            kind: ChartKind::Bars(Bars {
                axis: Word::Section,
                horizontal: false,
                categories: vec!["I".into(), "II".into()],
                series: vec![
                    Series {
                        label: Word::StatusWord(Status::DoneOnTime),
                        tone: Tone::Good,
                        values: vec![1.0, 2.0],
                    },
                    Series {
                        label: Word::StatusWord(Status::Overdue),
                        tone: Tone::Bad,
                        values: vec![3.0, 0.0],
                    },
                ],
            }),
        };
        let t = chart.table();
        assert_eq!(t.columns.len(), 4);
        assert_eq!(
            t.rows.get(0).unwrap().into_owned(),
            vec![
                Cell::text("I"),
                Cell::Integer(1),
                Cell::Integer(3),
                Cell::Integer(4)
            ]
        );
        assert_eq!(t.rows.get(1).unwrap()[3], Cell::Integer(2));
        assert!(!chart.is_empty());
    }
}
