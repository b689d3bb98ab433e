//! A typed cell as text: for people (terminal, Markdown: dates dd/mm/yyyy in
//! Vietnamese, decimal commas) or for spreadsheets (CSV: ISO dates, decimal
//! points, words still in the reader's language). Escaping is the backend's.

use crate::catalogue::Word;
use crate::catalogue::{Message, UpdateLine};
use crate::document::Cell;
use crate::lang::Lang;
use std::borrow::Cow;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Medium {
    People,
    Sheet,
}

pub struct CellText {
    pub lang: Lang,
    pub medium: Medium,
}

impl CellText {
    pub fn date(&self, d: chrono::NaiveDate) -> String {
        match self.medium {
            Medium::People => self.lang.date(d),
            Medium::Sheet => d.format("%Y-%m-%d").to_string(),
        }
    }

    pub fn number(&self, v: f64) -> String {
        self.lang.number(v, self.medium == Medium::Sheet)
    }

    /// The cell as text, in the medium's forms and the reader's words.
    pub fn text(&self, cell: &Cell) -> String {
        self.cow(cell).into_owned()
    }

    /// [`CellText::text`], borrowed from the cell or the catalogue where it
    /// is already text: a 100 000-row table copied every title and name
    /// once more only to escape it.
    pub fn cow<'c>(&self, cell: &'c Cell) -> Cow<'c, str> {
        let word = |w: Word| Cow::Borrowed(w.text(self.lang));
        match cell {
            Cell::Empty => Cow::Borrowed(""),
            Cell::Text(s) | Cell::Label(s) | Cell::Id(s) => Cow::Borrowed(s),
            Cell::Word(w) => word(*w),
            Cell::Date(d) => self.date(*d).into(),
            Cell::Integer(n) => n.to_string().into(),
            Cell::Number(v) | Cell::Percent(v) => self.number(*v).into(),
            Cell::Range { min, max } => match (min, max) {
                (Some(a), Some(b)) => format!("{}–{}", self.number(*a), self.number(*b)).into(),
                (Some(a), None) => format!("≥ {}", self.number(*a)).into(),
                (None, Some(b)) => format!("≤ {}", self.number(*b)).into(),
                (None, None) => Cow::Borrowed(""),
            },
            Cell::Status(s) => word(Word::StatusWord(*s)),
            Cell::Assessment(a) => word(Word::AssessmentWord(*a)),
            Cell::Level(l) => word(Word::LevelWord(*l)),
            Cell::Receipt(r) => word(Word::ReceiptWord(*r)),
            Cell::Agency(a) => {
                let name = match a.names(self.lang) {
                    (name, Some(from)) => {
                        crate::catalogue::cycle::heir(name, from, self.lang).into()
                    }
                    (name, None) => Cow::Borrowed(name),
                };
                match a.ended {
                    Some(until) => crate::catalogue::cycle::ended(&name, until, self.lang).into(),
                    None => name,
                }
            }
            Cell::Update(u) => Message::Latest {
                update: line(u),
                iso: self.medium == Medium::Sheet,
            }
            .text(self.lang)
            .into(),
            Cell::History(u) => {
                let later = u.later.map(|d| self.date(d));
                Message::History {
                    update: line(u),
                    on: &self.date(u.on),
                    later: later.as_deref(),
                }
                .text(self.lang)
                .into()
            }
            Cell::Milestone(m) => Message::MilestoneLine {
                due: &self.date(m.due),
                what: &m.what,
                status: m.status,
            }
            .text(self.lang)
            .into(),
            Cell::List { items, lines } => {
                let sep = if *lines { "\n" } else { "; " };
                let mut out = String::new();
                for (i, c) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(sep);
                    }
                    out.push_str(&self.cow(c));
                }
                out.into()
            }
        }
    }
}

fn line(u: &crate::document::UpdateRef) -> UpdateLine<'_> {
    UpdateLine {
        on: u.on,
        status: u.status,
        milestone: u.milestone,
        note: u.note.as_deref(),
        source: u.source.as_deref(),
    }
}

/// Whether a cell is written as a number (never guarded as a formula).
pub fn is_number(cell: &Cell) -> bool {
    matches!(cell, Cell::Integer(_) | Cell::Number(_) | Cell::Percent(_))
}
