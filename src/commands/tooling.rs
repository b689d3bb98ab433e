//! `plan schema`, `plan completions` and `plan man`: what editors and shells need.

use super::output::print_bytes;
use crate::cli::Cli;
use crate::fsio::write_set;
use crate::schema::{schema, Kind};
use anyhow::Result;
use clap::CommandFactory;
use std::path::Path;
use std::process::ExitCode;

pub fn schemas(kind: Option<Kind>, out_dir: Option<&Path>) -> Result<ExitCode> {
    match out_dir {
        Some(dir) => {
            let mut files: Vec<(String, Vec<u8>)> = Kind::ALL
                .iter()
                .map(|k| {
                    (
                        format!("{}.schema.json", k.name()),
                        schema(Some(*k)).into_bytes(),
                    )
                })
                .collect();
            files.push(("any.schema.json".into(), schema(None).into_bytes()));
            write_set(dir, &files)?;
        }
        None => print_bytes(schema(kind).as_bytes())?,
    }
    Ok(ExitCode::SUCCESS)
}

pub fn completions(shell: clap_complete::Shell) -> Result<ExitCode> {
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "plan", &mut out);
    print_bytes(&out)?;
    Ok(ExitCode::SUCCESS)
}

pub fn man(out_dir: Option<&Path>) -> Result<ExitCode> {
    // No `help` subcommand: plan.1 would refer to a plan-help(1) that is not
    // a page. Built, so that each command knows its display name
    // (`plan-overdue`), the name plan.1 refers to it by.
    let mut cmd = Cli::command().disable_help_subcommand(true);
    cmd.build();
    let Some(dir) = out_dir else {
        let mut out = Vec::new();
        clap_mangen::Man::new(cmd).render(&mut out)?;
        print_bytes(&out)?;
        return Ok(ExitCode::SUCCESS);
    };
    let mut pages = vec![cmd.clone()];
    pages.extend(cmd.get_subcommands().filter(|s| !s.is_hide_set()).cloned());
    let mut files = Vec::new();
    for page in pages {
        let man = clap_mangen::Man::new(page);
        let mut out = Vec::new();
        man.render(&mut out)?;
        files.push((man.get_filename(), out));
    }
    // The whole set or nothing, as every --out-dir.
    write_set(dir, &files)?;
    Ok(ExitCode::SUCCESS)
}
