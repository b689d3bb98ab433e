//! `plan overdue`: what to send reminder letters about.

use super::output::{load_plan, Out};
use crate::cli::Cli;
use crate::compose;
use crate::matching;
use crate::query::overdue::{overdue, Filter};
use crate::query::{AgencyFilter, Role};
use crate::status::Log;
use anyhow::Result;
use std::process::ExitCode;

pub struct Args<'a> {
    pub as_of: Option<&'a str>,
    pub agency: Option<&'a str>,
    pub role: Role,
    pub section: Option<&'a str>,
    pub by_agency: bool,
    pub fail_if_any: bool,
}

pub fn run(cli: &Cli, a: Args) -> Result<ExitCode> {
    let loaded = load_plan(cli)?;
    let plan = &loaded.plan;
    let out = Out::new(cli, &loaded);
    let as_of = match a.as_of {
        Some(s) => matching::date(s)?,
        None => matching::today(),
    };
    let filter = Filter {
        agency: a
            .agency
            .map(|s| matching::agency(plan, s).map(|id| AgencyFilter::new(plan, id, a.role)))
            .transpose()?,
        section: a.section.map(|s| matching::section(plan, s)).transpose()?,
    };
    let log = Log::new(plan);
    let items = overdue(plan, &log, as_of, &filter);
    let doc = compose::overdue::document(
        plan,
        &items,
        as_of,
        filter.agency.as_ref(),
        a.by_agency,
        out.lang,
    );
    out.emit(&doc)?;
    Ok(ExitCode::from(u8::from(a.fail_if_any && !items.is_empty())))
}
