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

/// The script that has the shell ask `plan` while the user types, as
/// `COMPLETE=bash plan` prints it: the static script clap can write completes
/// commands and flags only, and a user who followed `completions --help` got
/// file names after `--status hoan<Tab>` (docs/review.md).
pub fn completions(shell: clap_complete::Shell) -> Result<ExitCode> {
    let shells = clap_complete::env::Shells::builtins();
    let name = shell.to_string();
    let Some(completer) = shells.completer(&name) else {
        // Every shell `--shell` takes is one of the built-in ones; a new
        // one of clap's would get the static script rather than nothing.
        let mut out = Vec::new();
        clap_complete::generate(shell, &mut crate::help::command(Lang::En), "plan", &mut out);
        print_bytes(&out)?;
        return Ok(ExitCode::SUCCESS);
    };
    // The binary the shell calls back: as typed when it is found on PATH,
    // made absolute when typed as a path (as `COMPLETE=bash plan` does).
    let typed = std::env::args_os().next().unwrap_or_else(|| "plan".into());
    let path = std::path::PathBuf::from(&typed);
    let bin = match (path.components().count() > 1, std::env::current_dir()) {
        (true, Ok(here)) => here.join(path),
        _ => path,
    };
    let mut out = Vec::new();
    completer.write_registration("COMPLETE", "plan", "plan", &bin.to_string_lossy(), &mut out)?;
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
