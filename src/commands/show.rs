//! `plan show ID`: every field of one task, its milestones, its status history
//! and its status on a date.

use super::output::{load_plan_on, Out};
use crate::cli::Cli;
use crate::compose;
use crate::matching;
use crate::recurring::year_status;
use crate::status::Log;
use anyhow::Result;
use chrono::{Datelike, NaiveDate};
use std::process::ExitCode;

pub fn run(cli: &Cli, id: &str, as_of: Option<&str>) -> Result<ExitCode> {
    // The task as it stands on the date: amended, its agencies' successors.
    let (loaded, as_of) = load_plan_on(cli, || {
        Ok(as_of
            .map(matching::date)
            .transpose()?
            .unwrap_or_else(matching::today))
    })?;
    let out = Out::new(cli, loaded);
    let plan = &loaded.plan;
    let id = matching::task(plan, id)?;
    let Some(task) = plan.tasks.iter().find(|t| t.id.value == id) else {
        return Ok(ExitCode::from(super::EXIT_STOPPED));
    };
    let log = Log::new(plan);
    let state = log.state(task, as_of);
    let history = log.updates(id.as_str());
    let by_year = if task.is_ongoing() {
        let first = plan
            .meta
            .issued_on
            .map(|d| d.year())
            .unwrap_or(as_of.year());
        (first..=as_of.year())
            .map(|y| {
                let end = NaiveDate::from_ymd_opt(y, 12, 31)
                    .unwrap_or(as_of)
                    .min(as_of);
                let due = crate::query::report::annual_due(plan, y);
                (y, year_status(history, y, end, due))
            })
            .collect()
    } else {
        Vec::new()
    };
    let extra = compose::show::Extra {
        amendments: loaded.plan.amendments_of(id.as_str(), as_of),
        by_year,
    };
    let doc = compose::show::document(plan, task, &state, history, &extra, as_of, out.lang);
    out.emit(&doc)?;
    Ok(ExitCode::SUCCESS)
}
