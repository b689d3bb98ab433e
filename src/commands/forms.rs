//! `plan forms --year Y --out-dir DIR`: one workbook per agency, to fill in
//! and send back (see docs/december.md).

use super::output::{load_checked, print_bytes};
use crate::catalogue::Problem;
use crate::cli::Cli;
use crate::fsio::{out_dir_allowed, write_set};
use crate::intake::forms;
use crate::lang::Lang;
use crate::matching;
use anyhow::{bail, Result};
use std::path::Path;
use std::process::ExitCode;

pub struct Args<'a> {
    pub year: i32,
    pub out_dir: &'a Path,
    pub agency: Option<&'a str>,
    pub as_of: Option<&'a str>,
    pub force: bool,
}

pub fn run(cli: &Cli, a: Args) -> Result<ExitCode> {
    out_dir_allowed(a.out_dir, &cli.dir, a.force)?;
    let loaded = load_checked(cli)?;
    super::received::plausible_year(&loaded.plan, a.year)?;
    let as_of = a
        .as_of
        .map(matching::date)
        .transpose()?
        .unwrap_or_else(matching::today);
    let lang = cli
        .lang
        .unwrap_or_else(|| Lang::from_code(&loaded.plan.meta.language));
    // The agencies and tasks as they stand on the form's date: a merged
    // department's tasks are on its successor's form (made in place: the
    // plan is not read on another date), kept until exit as `report` keeps it.
    let plan: &crate::model::Plan = Box::leak(Box::new(loaded.plan.into_on(as_of)));
    let agencies = match a.agency {
        Some(input) => {
            let id = matching::agency(plan, input)?;
            let found = forms::agencies(plan, as_of)
                .into_iter()
                .filter(|x| x.id.value == id)
                .collect::<Vec<_>>();
            if found.is_empty() {
                bail!(Problem::NoForm {
                    agency: id.as_str(),
                    year: a.year,
                    as_of
                }
                .stop());
            }
            found
        }
        None => forms::agencies(plan, as_of),
    };
    let files = agencies
        .iter()
        .map(|ag| {
            let f = forms::form(plan, ag, a.year, as_of, lang);
            Ok((format!("{}.xlsx", ag.id.as_str()), forms::write(&f, lang)?))
        })
        .collect::<Result<Vec<_>>>()?;
    write_set(a.out_dir, &files)?;
    print_bytes(
        format!(
            "{}\n",
            Problem::FormsWritten {
                count: files.len(),
                year: a.year,
                dir: &a.out_dir.display().to_string(),
                on: &lang.date(as_of),
            }
            .text(lang)
        )
        .as_bytes(),
    )?;
    Ok(ExitCode::SUCCESS)
}
