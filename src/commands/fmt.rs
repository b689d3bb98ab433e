//! `plan fmt`: rewrite plan files in the canonical form, or with --check only
//! say which would change.

use crate::canonical::{canonical, FileKind};
use crate::cli::Cli;
use crate::fsio::write_atomic;
use crate::load::{check_plan_dir, decode, list_files};
use anyhow::{bail, Context, Result};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

pub fn run(cli: &Cli, check: bool, files: &[PathBuf]) -> Result<ExitCode> {
    // Each file read once: the folder's listing already holds the bytes.
    let targets: Vec<(PathBuf, FileKind, std::io::Result<Vec<u8>>)> = if files.is_empty() {
        check_plan_dir(&cli.dir)?;
        list_files(&cli.dir)
            .into_iter()
            .filter_map(|f| FileKind::of(&f.rel).map(|k| (cli.dir.join(&f.rel), k, f.bytes)))
            .collect()
    } else {
        files
            .iter()
            .map(|p| match FileKind::of(&p.to_string_lossy()) {
                Some(k) => Ok((p.clone(), k, std::fs::read(p))),
                None => bail!(
                    "{} is not a plan file\n  help: plan files are plan.toml, agencies.toml, indicators.toml, tasks/*.toml and progress/*.toml",
                    p.display()
                ),
            })
            .collect::<Result<_>>()?
    };
    let count = targets.len();
    let mut changed = Vec::new();
    let mut failed = false;
    for (path, kind, bytes) in targets {
        match formatted(&path, kind, bytes) {
            Ok((old, new)) if old != new.as_bytes() => {
                if !check {
                    write_atomic(&path, new.as_bytes())?;
                }
                changed.push(path);
            }
            Ok(_) => {}
            Err(e) => {
                eprintln!("error: {e:#}");
                failed = true;
            }
        }
    }
    for p in &changed {
        if check {
            println!("would reformat {}", p.display());
        } else {
            println!("reformatted {}", p.display());
        }
    }
    if failed {
        bail!("some files could not be formatted; nothing was written to them\n  help: `plan validate` shows what is wrong");
    }
    if check && !changed.is_empty() {
        eprintln!(
            "{} of {} files are not in the canonical form; run `plan fmt`",
            changed.len(),
            count
        );
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}

/// The file's bytes and its canonical text.
fn formatted(
    path: &Path,
    kind: FileKind,
    bytes: std::io::Result<Vec<u8>>,
) -> Result<(Vec<u8>, String)> {
    let bytes = bytes.with_context(|| format!("cannot read {}", path.display()))?;
    let text = decode(&bytes)
        .map_err(|e| anyhow::anyhow!("{}: {}", path.display(), e.message))?
        .text;
    let new = canonical(kind, &text)
        .map_err(|e| anyhow::anyhow!("{}: not valid TOML: {}", path.display(), e.message()))?;
    Ok((bytes, new))
}
