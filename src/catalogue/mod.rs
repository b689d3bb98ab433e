//! The catalogue: every word a person reads, in every language `plan` speaks.
//! Commands and renderers name a [`Word`] or a [`Message`]; the texts live
//! only here, in exhaustive matches, so a missing translation does not compile.
//!
//! A reviewer finds literal user-facing words outside this folder with the
//! grep in docs/output.md; `tests/catalogue.rs` runs that grep.

pub mod chart;
mod count;
pub mod cycle;
pub mod finding;
pub mod message;
mod problem;
mod word;

pub use chart::{ChartText, ChartWord};
pub use count::{Count, Noun};
pub use cycle::CycleWord;
pub use finding::{Finding, FindingNote, Label, Severity};
pub use message::{Message, Scope, UpdateLine};
pub use problem::Problem;
pub use word::Word;
