//! `plan overdue`: what to send reminder letters about.

use super::output::{agency_on, load_plan_on, Out};
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
    /// List the reports owed and not received beside the tasks.
    pub reports: bool,
}

pub fn run(cli: &Cli, a: Args) -> Result<ExitCode> {
    // The plan as it stands on the date: letters go to the agencies that
    // exist then, a merged department's tasks to its successor.
    let (loaded, as_of) = load_plan_on(cli, || match a.as_of {
        Some(s) => matching::date(s),
        None => Ok(matching::today()),
    })?;
    let out = Out::new(cli, loaded);
    let plan = &loaded.plan;
    let filter = Filter {
        agency: a
            .agency
            .map(|s| {
                agency_on(plan, s, as_of, super::stderr_lang(cli))
                    .map(|id| AgencyFilter::new(plan, id, a.role))
            })
            .transpose()?,
        section: a.section.map(|s| matching::section(plan, s)).transpose()?,
    };
    let log = Log::new(plan);
    let items = overdue(plan, &log, as_of, &filter);
    let missing = crate::query::receipts::receipts_recorded(plan)
        .then(|| crate::query::receipts::missing(plan, as_of));
    let missing: Option<Vec<_>> = missing.map(|m| match &filter.agency {
        Some(f) => m
            .into_iter()
            .filter(|r| r.agency.id.value == f.agency)
            .collect(),
        None => m,
    });
    let reports = compose::overdue::Reports {
        missing: missing.as_deref(),
        listed: a.reports,
    };
    let doc = compose::overdue::document(
        plan,
        &items,
        &reports,
        as_of,
        filter.agency.as_ref(),
        a.by_agency,
        out.lang,
    );
    out.emit(&doc)?;
    Ok(ExitCode::from(u8::from(a.fail_if_any && !items.is_empty())))
}
