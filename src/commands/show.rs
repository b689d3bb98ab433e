//! `plan show ID`: every field of one task, its milestones, its status history
//! and its status on a date.

use super::output::{load_plan, Out};
use crate::cli::Cli;
use crate::compose;
use crate::matching;
use crate::status::Log;
use anyhow::Result;
use std::process::ExitCode;

pub fn run(cli: &Cli, id: &str, as_of: Option<&str>) -> Result<ExitCode> {
    let loaded = load_plan(cli)?;
    let plan = &loaded.plan;
    let out = Out::new(cli, &loaded);
    let id = matching::task(plan, id)?;
    let as_of = as_of
        .map(matching::date)
        .transpose()?
        .unwrap_or_else(matching::today);
    let task = plan
        .tasks
        .iter()
        .find(|t| t.id.value == id)
        .expect("resolved task");
    let log = Log::new(plan);
    let state = log.state(task, as_of);
    let history = log.updates(id.as_str());

    let doc = compose::show::document(plan, task, &state, history, as_of, out.lang);
    out.emit(&doc)?;
    Ok(ExitCode::SUCCESS)
}
