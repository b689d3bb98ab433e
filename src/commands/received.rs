//! `plan received AGENCY --year Y --on DATE`: record that an agency's report
//! arrived, in progress/Y.toml, through the same locked write as `update`.

use super::output::{load_plan, print_bytes};
use crate::catalogue::{Message, Problem};
use crate::cli::Cli;
use crate::fsio::with_plan_lock;
use crate::load::check_plan_dir;
use crate::matching;
use crate::model::{Period, Plan};
use crate::record::{self, Entry, Kind};
use anyhow::{bail, Result};
use chrono::Datelike;
use std::process::ExitCode;

pub struct Args<'a> {
    pub agency: &'a str,
    pub year: i32,
    pub on: &'a str,
    pub reference: Option<&'a str>,
    pub half_year: bool,
}

pub fn run(cli: &Cli, a: Args) -> Result<ExitCode> {
    check_plan_dir(&cli.dir)?;
    let on = matching::date(a.on)?;
    let line = with_plan_lock(&cli.dir, cli.lock_timeout, super::stderr_lang(cli), || {
        let loaded = load_plan(cli)?;
        let plan = &loaded.plan;
        let id = matching::agency(plan, a.agency)?;
        plausible_year(plan, a.year)?;
        // As for updates: recorded, but a date outside the plan is said.
        if let Some(why) = crate::dates::plan_span(plan).outside(on) {
            super::output::print_err(
                &Problem::DateOutsidePlan {
                    report: true,
                    on,
                    why,
                }
                .text(super::stderr_lang(cli)),
            );
        }
        if on.year() < a.year {
            bail!(Problem::ReportBeforeItsYear { year: a.year, on }.stop());
        }
        let period = if a.half_year {
            Period::H1
        } else {
            Period::Year
        };
        let entry = Entry::new(Kind::Report, a.year)
            .text("agency", Some(id.as_str()))
            .int("year", i64::from(a.year));
        let entry = match period {
            Period::H1 => entry.text("period", Some("H1")),
            Period::Year => entry,
        }
        .date("received_on", on)
        .text("reference", a.reference.map(crate::text::to_nfc).as_deref());
        let done = record::append(&cli.dir, &plan.meta, &[entry])?;
        let receipt = Message::RecordedReport {
            agency: id.as_str(),
            year: a.year,
            half_year: period == Period::H1,
            on,
            written: done.written.first().copied().unwrap_or(true),
        };
        Ok(format!("{}\n", receipt.text(super::stderr_lang(cli))))
    })?;
    print_bytes(line.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}

/// A report year within the plan's life: from the year it was issued.
pub fn plausible_year(plan: &Plan, year: i32) -> Result<()> {
    let first = plan.meta.issued_on.map(|d| d.year()).unwrap_or(1900);
    if year < first || year > crate::dates::LAST_YEAR {
        bail!(Problem::YearOutsidePlan { year, first }.stop());
    }
    Ok(())
}
