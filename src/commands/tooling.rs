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

pub fn man() -> Result<ExitCode> {
    let mut out = Vec::new();
    clap_mangen::Man::new(Cli::command()).render(&mut out)?;
    print_bytes(&out)?;
    Ok(ExitCode::SUCCESS)
}
