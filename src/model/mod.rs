//! The plan as the decision states it, and what happened since: plain types
//! with checked values (dates are dates, ids are ids). Built only by `load`.

mod agency;
mod amendment;
mod indicator;
mod plan;
mod progress;
mod task;

pub use agency::{Agency, AgencyLevel};
pub use amendment::{Amendment, Change, Decision, Terms};
pub use indicator::{Aggregate, Better, Indicator, Target, TargetValue, TargetWhen};
pub use plan::{MonthDay, Plan, PlanMeta, ReportHead, Reporting};
pub use progress::{Actual, Period, Progress, Report, Update, UpdateStatus};
pub use task::{Cadence, Milestone, Section, Task, Timing};
