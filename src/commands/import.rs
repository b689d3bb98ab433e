//! `plan import FILE.xlsx…`: agencies' filled forms, checked cell by cell and
//! recorded as updates, actuals and the report receipt, under the plan
//! folder's lock. A workbook with a problem records nothing unless
//! `--partial` takes its valid rows.

use super::output::{load_plan, print_bytes, print_err};
use crate::catalogue::{OrStop, Problem};
use crate::cli::Cli;
use crate::fsio::with_plan_lock;
use crate::intake::import::{self, Reply};
use crate::load::check_plan_dir;
use crate::matching;
use crate::model::Period;
use crate::record;
use anyhow::Result;
use chrono::NaiveDate;
use std::path::PathBuf;
use std::process::ExitCode;

pub struct Args<'a> {
    pub files: &'a [PathBuf],
    pub received: Option<&'a str>,
    pub partial: bool,
}

pub fn run(cli: &Cli, a: Args) -> Result<ExitCode> {
    check_plan_dir(&cli.dir)?;
    let given = a.received.map(matching::date).transpose()?;
    if let Some(on) = given {
        super::output::warn_if_after_today(cli, "--received", on);
    }
    let (report, clean) =
        with_plan_lock(&cli.dir, cli.lock_timeout, super::stderr_lang(cli), || {
            let loaded = load_plan(cli)?;
            let mut replies: Vec<(Reply, bool)> = Vec::new();
            for path in a.files {
                let received = match given {
                    Some(d) => d,
                    None => file_date(path)?,
                };
                // The reply is read against the plan as it stood when its form
                // was made (the form says when).
                let reply = import::read(path, &loaded.plan, received)?;
                let take = reply.problems.is_empty() || a.partial;
                replies.push((reply, take));
            }
            let entries: Vec<record::Entry> = replies
                .iter()
                .filter(|(_, take)| *take)
                .flat_map(|(r, _)| r.entries())
                .collect();
            let written = record::append(&cli.dir, &loaded.plan.meta, &entries)?.written;
            let lang = super::stderr_lang(cli);
            let mut out = String::new();
            let mut at = 0;
            let mut clean = true;
            for (r, take) in &replies {
                for p in &r.problems {
                    clean = false;
                    let (message, help) = p.fault.text(lang);
                    print_err(&format!(
                        "{}: {}: {message}\n  {}: {help}\n",
                        crate::catalogue::error_word(lang),
                        p.place,
                        crate::catalogue::help_word(lang)
                    ));
                }
                if !take {
                    out.push_str(&format!(
                        "{}\n",
                        Problem::ReplyRefused {
                            file: &r.file,
                            problems: r.problems.len()
                        }
                        .text(lang)
                    ));
                    continue;
                }
                let mut count = |n: usize| {
                    let w = written[at..at + n].iter().filter(|w| **w).count();
                    at += n;
                    w
                };
                let u = count(r.updates.len());
                let act = count(r.actuals.len());
                let rc = count(usize::from(r.receipt.is_some()));
                let same = (r.updates.len() + r.actuals.len() + usize::from(r.receipt.is_some()))
                    - (u + act + rc)
                    + r.actuals_there;
                let found = r.agency.as_ref().and_then(|a| loaded.plan.agency(a));
                let due = found.zip(r.year).and_then(|(a, y)| {
                    crate::query::receipts::deadline(&loaded.plan, a, y, Period::Year)
                });
                out.push_str(&format!(
                    "{}\n",
                    Problem::ReplyRecorded {
                        file: &r.file,
                        name: found.map_or("?", |a| super::received::agency_name(a, lang)),
                        agency: found.map_or("?", |a| a.id.as_str()),
                        year: r.year,
                        updates: u,
                        actuals: act,
                        received: r.received_on,
                        due,
                        same,
                    }
                    .text(lang)
                ));
            }
            Ok((out, clean))
        })?;
    print_bytes(report.as_bytes())?;
    Ok(ExitCode::from(u8::from(!clean)))
}

/// The day a file was last saved: when it arrived, unless `--received` says.
fn file_date(path: &std::path::Path) -> Result<NaiveDate> {
    let modified = std::fs::metadata(path)
        .and_then(|m| m.modified())
        .or_stop(|| {
            Problem::CannotRead {
                path: &path.display().to_string(),
            }
            .into()
        })?;
    Ok(chrono::DateTime::<chrono::Local>::from(modified).date_naive())
}
