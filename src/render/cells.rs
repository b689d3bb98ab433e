//! A typed cell as text: for people (terminal, Markdown: dates dd/mm/yyyy in
//! Vietnamese, decimal commas) or for spreadsheets (CSV: ISO dates, decimal
//! points, words still in the reader's language). Escaping is the backend's.

use crate::catalogue::Word;
use crate::catalogue::{Message, UpdateLine};
use crate::document::Cell;
use crate::lang::Lang;

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
        let word = |w: Word| w.text(self.lang).to_string();
        match cell {
            Cell::Empty => String::new(),
            Cell::Text(s) | Cell::Label(s) | Cell::Id(s) => s.clone(),
            Cell::Word(w) => word(*w),
            Cell::Date(d) => self.date(*d),
            Cell::Integer(n) => n.to_string(),
            Cell::Number(v) | Cell::Percent(v) => self.number(*v),
            Cell::Range { min, max } => match (min, max) {
                (Some(a), Some(b)) => format!("{}–{}", self.number(*a), self.number(*b)),
                (Some(a), None) => format!("≥ {}", self.number(*a)),
                (None, Some(b)) => format!("≤ {}", self.number(*b)),
                (None, None) => String::new(),
            },
            Cell::Status(s) => word(Word::StatusWord(*s)),
            Cell::Assessment(a) => word(Word::AssessmentWord(*a)),
            Cell::Level(l) => word(Word::LevelWord(*l)),
            Cell::Receipt(r) => word(Word::ReceiptWord(*r)),
            Cell::Agency(a) => {
                let name = match a.names(self.lang) {
                    (name, Some(from)) => crate::catalogue::cycle::heir(name, from, self.lang),
                    (name, None) => name.to_string(),
                };
                match a.ended {
                    Some(until) => crate::catalogue::cycle::ended(&name, until, self.lang),
                    None => name,
                }
            }
            Cell::Update(u) => Message::Latest {
                update: line(u),
                iso: self.medium == Medium::Sheet,
            }
            .text(self.lang),
            Cell::History(u) => {
                let later = u.later.map(|d| self.date(d));
                Message::History {
                    update: line(u),
                    on: &self.date(u.on),
                    later: later.as_deref(),
                }
                .text(self.lang)
            }
            Cell::Milestone(m) => Message::MilestoneLine {
                due: &self.date(m.due),
                what: &m.what,
                status: m.status,
            }
            .text(self.lang),
            Cell::List { items, lines } => items
                .iter()
                .map(|c| self.text(c))
                .collect::<Vec<_>>()
                .join(if *lines { "\n" } else { "; " }),
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
