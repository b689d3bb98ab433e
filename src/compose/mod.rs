//! From a query's answer to a typed [`crate::document::Document`]: one file a
//! command, words from the catalogue, cells typed. Nothing here knows a format.

pub mod agencies;
mod cells;
pub mod charts;
pub mod diff;
pub mod history;
pub mod list;
pub mod overdue;
pub mod report;
pub mod show;
pub mod views;
