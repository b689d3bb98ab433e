//! `plan import FILE.xlsx…`: agencies' filled forms, checked cell by cell and
//! recorded as updates, actuals and the report receipt, under the plan
//! folder's lock. A workbook with a problem records nothing unless
//! `--partial` takes its valid rows.

use super::output::{load_plan, print_bytes, print_err};
use crate::cli::Cli;
use crate::fsio::with_plan_lock;
use crate::intake::import::{self, Reply};
use crate::load::check_plan_dir;
use crate::matching;
use crate::record;
use anyhow::{Context, Result};
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
    let (report, clean) = with_plan_lock(&cli.dir, cli.lock_timeout, || {
        let loaded = load_plan(cli)?;
        let mut replies: Vec<(Reply, bool)> = Vec::new();
        for path in a.files {
            let received = match given {
                Some(d) => d,
                None => file_date(path)?,
            };
            let plan = loaded.plan.on(received);
            let reply = import::read(path, &plan, received);
            let take = reply.problems.is_empty() || a.partial;
            replies.push((reply, take));
        }
        let entries: Vec<record::Entry> = replies
            .iter()
            .filter(|(_, take)| *take)
            .flat_map(|(r, _)| r.entries())
            .collect();
        let written = record::append(&cli.dir, &loaded.plan.meta.id, &entries)?.written;
        let mut out = String::new();
        let mut at = 0;
        let mut clean = true;
        for (r, take) in &replies {
            for p in &r.problems {
                clean = false;
                let help = p
                    .help
                    .as_deref()
                    .map(|h| format!("\n  help: {h}"))
                    .unwrap_or_default();
                print_err(&format!("error: {}: {}{help}\n", p.place, p.message));
            }
            if !take {
                out.push_str(&format!(
                    "{}: {} problem(s); nothing recorded (fix them and import again, or --partial for the valid rows)\n",
                    r.file,
                    r.problems.len()
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
            let mut parts = vec![format!("{u} update(s)"), format!("{act} actual(s)")];
            if rc == 1 {
                parts.push("the receipt".into());
            }
            let same = (r.updates.len() + r.actuals.len() + usize::from(r.receipt.is_some()))
                - (u + act + rc);
            let tail = if same > 0 {
                format!("; {same} already recorded")
            } else {
                String::new()
            };
            out.push_str(&format!(
                "{}: {} {}, recorded {}{tail}\n",
                r.file,
                r.agency.as_ref().map(|a| a.as_str()).unwrap_or("?"),
                r.year.map(|y| y.to_string()).unwrap_or_default(),
                parts.join(", ")
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
        .with_context(|| format!("cannot read {}", path.display()))?;
    Ok(chrono::DateTime::<chrono::Local>::from(modified).date_naive())
}
