//! `plan actual INDICATOR --year Y --value V`: record an indicator's actual
//! for a year in progress/Y.toml, through the same locked write as `update`.

use super::output::{load_plan, print_bytes};
use crate::catalogue::{Message, Problem};
use crate::cli::Cli;
use crate::fsio::with_plan_lock;
use crate::load::check_plan_dir;
use crate::matching;
use crate::record::{self, Entry, Kind};
use anyhow::{bail, Result};
use std::process::ExitCode;

pub struct Args<'a> {
    pub indicator: &'a str,
    pub year: i32,
    pub value: &'a str,
    pub source: Option<&'a str>,
    pub note: Option<&'a str>,
}

pub fn run(cli: &Cli, a: Args) -> Result<ExitCode> {
    check_plan_dir(&cli.dir)?;
    let value = number(a.value)?;
    // A figure for a year not yet over is possible (an estimate) but rarely
    // meant: said, not refused, as a date after today is.
    let this_year = chrono::Datelike::year(&matching::today());
    if a.year > this_year {
        super::output::print_err(
            &Problem::YearAfterThisYear {
                year: a.year,
                this_year,
            }
            .text(super::stderr_lang(cli)),
        );
    }
    let line = with_plan_lock(&cli.dir, cli.lock_timeout, super::stderr_lang(cli), || {
        let loaded = load_plan(cli)?;
        let plan = &loaded.plan;
        let id = matching::indicator(plan, a.indicator)?;
        super::received::plausible_year(plan, a.year)?;
        // One actual per indicator and year, whatever its source: a second,
        // different figure would leave the report to guess which one is true,
        // and the same figure again (with another source, or none) would be
        // a duplicate that stops every command until edited by hand.
        let recorded = plan
            .progress
            .actuals
            .iter()
            .find(|x| x.indicator.value == id && x.year == a.year);
        if let Some(old) = recorded.filter(|x| x.value != value) {
            bail!(Problem::ActualAlreadyThere {
                indicator: id.as_str(),
                year: a.year,
                value: old.value,
                file: &plan.sources.get(old.loc.file).path,
            }
            .stop());
        }
        let entry = Entry::new(Kind::Actual, a.year)
            .text("indicator", Some(id.as_str()))
            .int("year", i64::from(a.year))
            .number("value", value)
            .text("source", a.source.map(crate::text::to_nfc).as_deref())
            .text("note", a.note.map(crate::text::to_nfc).as_deref());
        let written = match recorded {
            Some(_) => false,
            None => record::append(&cli.dir, &plan.meta, &[entry])?
                .written
                .first()
                .copied()
                .unwrap_or(true),
        };
        let indicator = plan
            .indicators
            .iter()
            .find(|i| i.id.value == id)
            .expect("resolved indicator");
        let receipt = Message::RecordedActual {
            indicator: id.as_str(),
            name: &indicator.name,
            unit: &indicator.unit,
            year: a.year,
            value,
            written,
        };
        Ok(format!("{}\n", receipt.text(super::stderr_lang(cli))))
    })?;
    print_bytes(line.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}

/// A figure as typed: see [`crate::figure`].
pub fn number(input: &str) -> Result<f64> {
    crate::figure::parse(input).map_err(|why| match why {
        crate::figure::Refused::Ambiguous => Problem::FigureWithComma { given: input }.stop(),
        crate::figure::Refused::NotANumber => Problem::NotAFigure { given: input }.stop(),
    })
}
