//! `plan`: a government implementation plan as version-controlled data.
//!
//! The flow is one line: files → [`load`] (with spans) → [`model`] → [`query`]
//! → [`compose`] (a typed [`document`]) → [`render`] (one backend a format).
//! `load` is the only code that reads plan files, `render` the only code that
//! formats output, and every word a person reads is in the [`catalogue`];
//! commands glue one query to one document.

pub mod assess;
pub mod cache;
pub mod canonical;
pub mod catalogue;
pub mod check;
pub mod cli;
pub mod commands;
pub mod comment;
pub mod completion;
pub mod compose;
pub mod dates;
pub mod diagnostic;
pub mod document;
pub mod figure;
pub mod fsio;
pub mod generate;
pub mod help;
pub mod ids;
pub mod intake;
pub mod lang;
pub mod load;
pub mod matching;
pub mod merge;
pub mod model;
pub mod query;
pub mod record;
pub mod recurring;
pub mod render;
pub mod schema;
pub mod source;
pub mod status;
pub mod text;
pub mod timeline;
pub mod workbook;
