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

pub fn man() -> Result<ExitCode> {
    let mut out = Vec::new();
    clap_mangen::Man::new(Cli::command()).render(&mut out)?;
    print_bytes(&out)?;
    Ok(ExitCode::SUCCESS)
}
