//! `plan report`, `plan targets` and `plan agencies`: the tables of the annual
//! report, whole or one at a time.

use super::output::{load_checked, load_plan, print_bytes, print_with, Out};
use crate::catalogue::{Message, Problem};
use crate::cli::{Cli, Format, LetterArgs};
use crate::compose::{self, report as rr, report::TABLES};
use crate::document::Letterhead;
use crate::fsio::{out_dir_allowed, write_atomic_with, write_set, Dest};
use crate::model::{Period, Plan};
use crate::query::report::{self as q, indicators, registry};
use crate::render;
use anyhow::{bail, Result};
use chrono::{Datelike, NaiveDate};
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

pub struct Args<'a> {
    pub year: Option<i32>,
    pub table: Option<&'a str>,
    pub as_of: Option<&'a str>,
    /// The half-year report (as of 30/06).
    pub half: bool,
    pub compare: Option<i32>,
    pub out: Option<&'a Path>,
    pub out_dir: Option<&'a Path>,
    pub force: bool,
    pub letter: &'a LetterArgs,
}

fn year_or_now(year: Option<i32>) -> Result<i32> {
    let y = year.unwrap_or_else(|| crate::matching::today().year());
    if !crate::dates::year_in_window(y.into()) {
        bail!(Problem::NotAReportYear { year: y }.stop());
    }
    Ok(y)
}

/// Writes to --out (atomically), stdout, or nowhere (`/dev/null`, still
/// made, so a failure to make it is said), as `write` makes it.
fn emit(out: Option<Dest>, write: impl FnOnce(&mut dyn Write) -> Result<()>) -> Result<()> {
    match out {
        Some(Dest::File(p)) => write_atomic_with(&p, write),
        Some(Dest::Discard) => write(&mut std::io::sink()),
        Some(Dest::Stdout) | None => print_with(write),
    }
}

pub fn report(cli: &Cli, a: Args) -> Result<ExitCode> {
    let format = super::out_format::for_out(cli.format, a.out)?;
    check_letter_flags(a.letter)?;
    let loaded = load_checked(cli)?;
    let out = Out::in_format(cli, &loaded, format);
    let year = year_or_now(a.year)?;
    // Where it goes is settled before any work, so a refusal costs nothing.
    let dest = a.out.map(|p| Dest::of(p, &cli.dir, a.force)).transpose()?;
    if out.format.is_binary() {
        binary_allowed(&dest, out.format)?;
    }
    let dated = a
        .letter
        .dated
        .as_deref()
        .map(crate::matching::date)
        .transpose()?;
    if let Some(dir) = a.out_dir {
        out_dir_allowed(dir, &cli.dir, a.force)?;
    }
    if let Some(t) = a.table {
        if !TABLES.contains(&t) {
            let suggestion = crate::text::nearest(t, TABLES);
            bail!(Problem::UnknownTable {
                given: t,
                suggestion: suggestion.first().copied(),
                tables: &TABLES,
            }
            .stop());
        }
    }
    let period = if a.half { Period::H1 } else { Period::Year };
    let as_of = match a.as_of {
        Some(d) => crate::matching::date(d)?,
        None => period.end(year).unwrap_or(NaiveDate::MAX),
    };
    let compare = match a.compare {
        Some(y) => {
            let y = year_or_now(Some(y))?;
            // Judged on the same day of that year (28/02 for a 29/02).
            let end = match a.as_of {
                Some(_) => NaiveDate::from_ymd_opt(y, as_of.month(), as_of.day())
                    .or_else(|| NaiveDate::from_ymd_opt(y, as_of.month(), as_of.day() - 1)),
                None => period.end(y),
            }
            .unwrap_or(NaiveDate::MAX);
            Some((y, end))
        }
        None => None,
    };
    // The plan as it stood on the date: amendments in force, merged agencies'
    // tasks with their successors; made in place when no other date is read
    // (see `Plan::into_on`). Kept until exit, as `load_plan` keeps it.
    let base = loaded.plan;
    let (plan, other_plan): (&Plan, Option<&Plan>) = match compare {
        None => (Box::leak(Box::new(base.into_on(as_of))), None),
        Some((_, end)) => {
            // The year compared with is a copy; the plan itself becomes
            // the year reported on, in place (one copy of the plan, not two).
            let other: &'static Plan = Box::leak(Box::new(base.on(end).into_owned()));
            (Box::leak(Box::new(base.into_on(as_of))), Some(other))
        }
    };
    let r = q::report(plan, year, period, as_of);
    let other = compare
        .zip(other_plan)
        .map(|((y, end), other_plan)| q::report(other_plan, y, period, end));
    if a.table == Some("comparison") && other.is_none() {
        bail!(Problem::ComparisonNeedsCompare.stop());
    }
    if let Some(dir) = a.out_dir {
        if out.format != Format::Csv {
            bail!(Problem::OutDirNeedsCsv.stop());
        }
        let doc = rr::document(plan, &r, other.as_ref(), out.lang, None);
        let bom = matches!(out.backend, crate::render::Backend::Csv { bom: true });
        let files: Vec<(String, Vec<u8>)> = doc
            .tables()
            // The named tables only: the history is for people reading.
            .filter(|t| TABLES.contains(&t.name))
            .map(|t| {
                (
                    format!("{}.csv", t.name),
                    render::csv_table(t, out.lang, bom),
                )
            })
            .collect();
        write_set(dir, &files)?;
        // The receipt names what was written, nothing else.
        let names = files
            .iter()
            .map(|(name, _)| name.as_str())
            .collect::<Vec<_>>()
            .join(", ");
        let dir = dir.display().to_string();
        print_bytes(
            format!(
                "{}\n",
                Message::Wrote {
                    files: &names,
                    dir: &dir
                }
                .text(out.lang)
            )
            .as_bytes(),
        )?;
        return Ok(ExitCode::SUCCESS);
    }
    if out.format == Format::Csv && a.table.is_none() {
        bail!(Problem::CsvHoldsOneTable { tables: &TABLES }.stop());
    }
    let mut doc = rr::document(plan, &r, other.as_ref(), out.lang, a.table);
    doc.letterhead = Some(letterhead(plan, a.letter, dated, out.lang));
    emit(dest, |w| out.backend.write(&doc, out.lang, w))?;
    // Not freed cell by cell (3% of a 100 000-task report): the process
    // ends here, and the system takes it back at once, as the plan.
    std::mem::forget(doc);
    Ok(ExitCode::SUCCESS)
}

/// xlsx and docx go to a file (--out FILE), or through a pipe (`--out -`),
/// never onto a terminal, where they would be noise.
fn binary_allowed(dest: &Option<Dest>, format: Format) -> Result<()> {
    use std::io::IsTerminal;
    let refused = match dest {
        None => true,
        Some(Dest::Stdout) => std::io::stdout().is_terminal(),
        Some(Dest::File(_) | Dest::Discard) => false,
    };
    if refused {
        bail!(Problem::BinaryNeedsOut {
            format: format.name(),
            report: true
        }
        .stop());
    }
    Ok(())
}

/// Refuses a letterhead flag given only spaces (a blank line with a rule
/// under nothing) or holding a control character, a tab included: each is a
/// line of the letterhead, where plan.toml refuses them too.
fn check_letter_flags(l: &LetterArgs) -> Result<()> {
    fn one<'a>(
        flag: &'static str,
        v: &'a Option<String>,
    ) -> impl Iterator<Item = (&'static str, &'a str)> {
        v.iter().map(move |v| (flag, v.as_str()))
    }
    let given = one("--issuer", &l.issuer)
        .chain(one("--parent-body", &l.parent_body))
        .chain(one("--number", &l.number))
        .chain(one("--place", &l.place))
        .chain(l.recipient.iter().map(|v| ("--recipient", v.as_str())))
        .chain(one("--signer-title", &l.signer_title))
        .chain(one("--signer", &l.signer));
    for (flag, v) in given {
        if v.trim().is_empty() {
            bail!(Problem::BlankFlag { flag }.stop());
        }
        let ch = v
            .chars()
            .find(|c| *c == '\t')
            .or_else(|| crate::text::first_forbidden_control(v));
        if let Some(ch) = ch {
            bail!(Problem::FlagControlCharacter { flag, ch }.stop());
        }
    }
    Ok(())
}

/// The letterhead from the flags, else from plan.toml's `[report]`, else
/// from the plan itself: the body that issued the plan above the one that
/// aggregates the reports. Names in capitals, as the decree writes them;
/// English names where the plan has them. Recipients given as flags replace
/// the plan's list.
fn letterhead(
    plan: &crate::model::Plan,
    l: &LetterArgs,
    dated: Option<chrono::NaiveDate>,
    lang: crate::lang::Lang,
) -> Letterhead {
    let name = |id: Option<&crate::source::At<crate::ids::AgencyId>>| {
        let agency = plan.agency(&id?.value)?;
        Some(agency.name_in(lang).to_string())
    };
    let given = &plan.meta.report;
    let either = |flag: &Option<String>, plan: &Option<String>| flag.clone().or(plan.clone());
    Letterhead {
        parent: either(&l.parent_body, &given.parent_body)
            .or_else(|| name(plan.meta.issued_by.as_ref())),
        issuer: either(&l.issuer, &given.issuer).or_else(|| {
            name(
                plan.meta
                    .reporting
                    .as_ref()
                    .and_then(|r| r.aggregator.as_ref()),
            )
        }),
        number: l.number.clone(),
        place: either(&l.place, &given.place),
        dated,
        recipients: match l.recipient.is_empty() {
            true => given.recipients.clone(),
            false => l.recipient.clone(),
        },
        // "\n" on a command line is a line break of the title; in the plan,
        // TOML's own "\n" already is one.
        signer_title: l
            .signer_title
            .as_ref()
            .map(|t| t.replace("\\n", "\n"))
            .or(given.signer_title.clone()),
        signer: either(&l.signer, &given.signer),
    }
}

pub fn targets(cli: &Cli, year: Option<i32>) -> Result<ExitCode> {
    let loaded = load_plan(cli)?;
    let out = Out::new(cli, loaded);
    let year = year_or_now(year)?;
    let rows = indicators(&loaded.plan, year);
    out.emit(&rr::targets(&loaded.plan, &rows, year, out.lang))?;
    Ok(ExitCode::SUCCESS)
}

pub fn agencies(cli: &Cli, year: Option<i32>, as_of: Option<&str>) -> Result<ExitCode> {
    let loaded = load_checked(cli)?;
    let out = Out::new(cli, &loaded);
    if let Some(year) = year {
        // The scorecard alone: the report's table, as of its date.
        let year = year_or_now(Some(year))?;
        let as_of = match as_of {
            Some(d) => crate::matching::date(d)?,
            None => Period::Year.end(year).unwrap_or(NaiveDate::MAX),
        };
        // Made in place, as `report` does: read on this date only, and
        // kept until exit, as `report` keeps it (not freed task by task).
        let view: &Plan = Box::leak(Box::new(loaded.plan.into_on(as_of)));
        let r = q::report(view, year, Period::Year, as_of);
        let mut doc = rr::document(view, &r, None, out.lang, Some("scorecard"));
        doc.command = "agencies";
        out.emit(&doc)?;
        return Ok(ExitCode::SUCCESS);
    }
    let plan = &loaded.plan;
    let rows = registry(plan);
    out.emit(&compose::agencies::document(plan, &rows, out.lang))?;
    Ok(ExitCode::SUCCESS)
}
