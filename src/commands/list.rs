//! `plan list`: browse tasks with filters, and their status on a date.

use super::output::{agency_on, load_plan_on, Out};
use crate::catalogue::{Problem, Word};
use crate::cli::{Cli, ListFilters};
use crate::compose;
use crate::matching;
use crate::query::tasks::{list, Filter};
use crate::query::AgencyFilter;
use crate::status::{Log, Status};
use anyhow::{bail, Result};
use std::process::ExitCode;

pub fn run(cli: &Cli, f: &ListFilters) -> Result<ExitCode> {
    let date = |s: &Option<String>| s.as_deref().map(matching::date).transpose();
    // The plan as it stands on the date (amendments, successors).
    let (loaded, as_of) =
        load_plan_on(cli, || Ok(date(&f.as_of)?.unwrap_or_else(matching::today)))?;
    let out = Out::new(cli, loaded);
    let plan = &loaded.plan;
    let status = match f.status.as_deref() {
        None => None,
        Some(s) => match crate::catalogue::form::typed_task_status(s) {
            Some(st) => Some(st),
            None => {
                let lang = super::stderr_lang(cli);
                let all = crate::catalogue::form::task_status_words();
                let suggestion = crate::text::nearest(s, all.iter().copied());
                let words = Status::ALL.map(|s| Word::StatusWord(s).text(lang));
                let codes = Status::ALL.map(|s| s.key());
                bail!(Problem::UnknownStatus {
                    given: s,
                    suggestion: suggestion.first().copied(),
                    words: &words,
                    codes: &codes,
                }
                .stop());
            }
        },
    };
    let filter = Filter {
        agency: f
            .agency
            .as_deref()
            .map(|s| {
                agency_on(&loaded.plan, s, as_of, super::stderr_lang(cli))
                    .map(|id| AgencyFilter::new(plan, id, f.role))
            })
            .transpose()?,
        section: f
            .section
            .as_deref()
            .map(|s| matching::section(plan, s))
            .transpose()?,
        status,
        due_before: date(&f.due_before)?,
        due_after: date(&f.due_after)?,
        search: f.search.clone(),
    };
    let log = Log::new(plan);
    let rows = list(plan, &log, as_of, &filter);
    let doc = compose::list::document(plan, &rows, as_of, filter.agency.as_ref(), out.lang);
    out.emit(&doc)?;
    Ok(ExitCode::SUCCESS)
}
