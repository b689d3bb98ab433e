//! `plan schema`, `plan completions` and `plan man`: what editors and shells need.

use super::output::print_bytes;
use crate::cli::Cli;
use crate::fsio::write_atomic;
use crate::schema::{schema, Kind};
use anyhow::{Context, Result};
use clap::CommandFactory;
use std::path::Path;
use std::process::ExitCode;

pub fn schemas(kind: Option<Kind>, out_dir: Option<&Path>) -> Result<ExitCode> {
    match out_dir {
        Some(dir) => {
            std::fs::create_dir_all(dir)
                .with_context(|| format!("cannot create {}", dir.display()))?;
            for k in Kind::ALL {
                write_atomic(
                    &dir.join(format!("{}.schema.json", k.name())),
                    schema(Some(k)).as_bytes(),
                )?;
            }
            write_atomic(&dir.join("any.schema.json"), schema(None).as_bytes())?;
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
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let mut pages = vec![cmd.clone()];
    pages.extend(cmd.get_subcommands().filter(|s| !s.is_hide_set()).cloned());
    for page in pages {
        let man = clap_mangen::Man::new(page);
        let mut out = Vec::new();
        man.render(&mut out)?;
        write_atomic(&dir.join(man.get_filename()), &out)?;
    }
    Ok(ExitCode::SUCCESS)
}
