//! `plan schema`, `plan completions` and `plan man`: what editors and shells need.

use super::output::print_bytes;
use crate::fsio::write_set;
use crate::lang::Lang;
use crate::schema::{schema, Kind};
use anyhow::Result;
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

pub fn completions(shell: clap_complete::Shell, lang: Lang) -> Result<ExitCode> {
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut crate::help::command(lang), "plan", &mut out);
    print_bytes(&out)?;
    Ok(ExitCode::SUCCESS)
}

/// plan.1 on stdout, or the whole set of pages into `out_dir`, in `lang`.
pub fn man(out_dir: Option<&Path>, lang: Lang) -> Result<ExitCode> {
    let pages = crate::help::man_pages(lang, out_dir.is_some())?;
    match out_dir {
        // The whole set or nothing, as every --out-dir.
        Some(dir) => write_set(dir, &pages)?,
        None => {
            for (_, page) in &pages {
                print_bytes(page)?;
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
