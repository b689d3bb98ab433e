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
    pub on: Option<&'a str>,
    pub reference: Option<&'a str>,
    pub half_year: bool,
}

pub fn run(cli: &Cli, a: Args) -> Result<ExitCode> {
    check_plan_dir(&cli.dir)?;
    // As `update`: the day it arrived, by default today.
    let on =
        a.on.map(matching::date)
            .transpose()?
            .unwrap_or_else(matching::today);
    super::output::warn_if_after_today(cli, "--on", on);
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
        let agency = plan.agency(&id).expect("resolved agency");
        let lang = super::stderr_lang(cli);
        ended_before_deadline(plan, agency, a.year, period, lang)?;
        // One receipt per report: a second, on another day, would leave the
        // scorecard to pick one silently. The same day again is "already
        // recorded", written once.
        if let Some(old) = plan.progress.reports.iter().find(|r| {
            r.agency.value == id && r.year == a.year && r.period == period && r.received_on != on
        }) {
            bail!(Problem::ReportAlreadyReceived {
                name: agency_name(agency, lang),
                agency: id.as_str(),
                year: a.year,
                half_year: period == Period::H1,
                on: old.received_on,
                file: &plan.sources.get(old.loc.file).path,
            }
            .stop());
        }
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
            name: agency_name(agency, lang),
            due: crate::query::receipts::deadline(plan, agency, a.year, period),
            year: a.year,
            half_year: period == Period::H1,
            on,
            written: done.written.first().copied().unwrap_or(true),
        };
        Ok(format!("{}\n", receipt.text(lang)))
    })?;
    print_bytes(line.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}

/// An agency that had ended by the deadline of the report asked for owes
/// none: the scorecard counts the report as its successor's, so a receipt
/// recorded under the old name would be judged by another agency's
/// deadline, or replace the successor's own receipt. Refused, naming whose
/// report it is and the command to use.
fn ended_before_deadline(
    plan: &Plan,
    agency: &crate::model::Agency,
    year: i32,
    period: Period,
    lang: crate::lang::Lang,
) -> Result<()> {
    let Some(day) = crate::query::receipts::deciding_day(plan, agency, year, period) else {
        return Ok(());
    };
    let Some(until) = agency.until.as_ref().filter(|_| !agency.exists_on(day)) else {
        return Ok(());
    };
    let heirs: Vec<&crate::model::Agency> = plan
        .responsible(&agency.id.value, day)
        .into_iter()
        .filter(|h| h.id.value != agency.id.value)
        .collect();
    let successors = heirs
        .iter()
        .map(|h| format!("{} ({})", agency_name(h, lang), h.id.as_str()))
        .collect::<Vec<_>>()
        .join(", ");
    bail!(Problem::ReportOfEndedAgency {
        name: agency_name(agency, lang),
        agency: agency.id.as_str(),
        year,
        gone: until.value.succ_opt().unwrap_or(until.value),
        successors: &successors,
        next: heirs.first().map_or("", |h| h.id.as_str()),
    }
    .stop())
}

/// A report year within the plan's life: from the year it was issued.
pub fn plausible_year(plan: &Plan, year: i32) -> Result<()> {
    let first = plan.meta.issued_on.map(|d| d.year()).unwrap_or(1900);
    if year < first || year > crate::dates::LAST_YEAR {
        bail!(Problem::YearOutsidePlan { year, first }.stop());
    }
    Ok(())
}

/// An agency's name in the reader's language: its English name when the
/// registry gives one and the reader reads English.
pub fn agency_name(agency: &crate::model::Agency, lang: crate::lang::Lang) -> &str {
    match (lang, &agency.name_en) {
        (crate::lang::Lang::En, Some(en)) => en,
        _ => &agency.name,
    }
}
