//! The catalogue: every word a person reads, in every language `plan` speaks.
//! Commands and renderers name a [`Word`] or a [`Message`]; the reasons a
//! command stops are [`Problem`]s (carried up to `main` as a [`Stop`] and told
//! in the language of stderr); the forms' words are in [`form`], a reply's
//! faults in [`reply`], the words of `--help` and the man pages in [`help`]
//! (a field per language), a refused command line in [`UsageError`]. The
//! texts live only here, in exhaustive matches, so a missing translation does
//! not compile.
//!
//! A reviewer finds literal user-facing words outside this folder with the
//! grep in docs/output.md; `tests/catalogue.rs` runs that grep.

pub mod chart;
mod count;
pub mod cycle;
pub mod finding;
pub mod form;
pub mod help;
pub mod message;
mod problem;
pub mod reply;
pub mod skeleton;
mod stop;
mod usage;
mod word;

pub use chart::{ChartText, ChartWord};
pub use count::{Count, Noun};
pub use cycle::CycleWord;
pub use finding::{Finding, FindingNote, Label, Severity};
pub use message::{Message, Scope, UpdateLine};
pub use problem::{
    char_name, deleted_on_this_side, did_you_mean, error_word, help_word, io_reason, year_window,
    FileSort, MergeSide, NoPlanWhy, Problem,
};
pub use skeleton::{FileLabel, SkeletonNote};
pub use stop::{error_line, story, OrStop, Stop};
pub use usage::UsageError;
pub use word::Word;
