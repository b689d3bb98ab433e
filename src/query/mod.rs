//! Questions asked of a loaded plan. Each returns plain data for a renderer.

pub mod agency_filter;
pub mod diff;
pub mod overdue;
pub mod receipts;
pub mod report;
pub mod scorecard;
pub mod tasks;

pub use agency_filter::{AgencyFilter, Role};
