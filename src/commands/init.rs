//! `plan init DIR`: a minimal plan that validates, to start another decision from.

use super::output::print_bytes;
use crate::fsio::write_set;
use anyhow::{bail, Context, Result};
use std::path::Path;
use std::process::ExitCode;

const FILES: [(&str, &str); 6] = [
    ("plan.toml", include_str!("../skeleton/plan.toml")),
    ("agencies.toml", include_str!("../skeleton/agencies.toml")),
    (
        "indicators.toml",
        include_str!("../skeleton/indicators.toml"),
    ),
    ("tasks/pl1.toml", include_str!("../skeleton/pl1.toml")),
    // The diff and merge drivers for the plan's files, relative to its folder.
    (".gitattributes", include_str!("../skeleton/gitattributes")),
    // The writers' lock and temporary files are not part of the plan.
    (".gitignore", include_str!("../skeleton/gitignore")),
];

pub fn run(target: &Path) -> Result<ExitCode> {
    if target.join("plan.toml").exists() {
        bail!(
            "{} already holds a plan (it has plan.toml); nothing was written\n  help: choose an empty folder, or edit the plan that is there",
            target.display()
        );
    }
    // Refuse before writing anything, so a refusal leaves no partial plan.
    for (rel, _) in FILES {
        if target.join(rel).exists() {
            bail!(
                "{} already exists; nothing was written",
                target.join(rel).display()
            );
        }
    }
    // All the files or none: a plan missing one file is not a plan.
    let files: Vec<(String, Vec<u8>)> = FILES
        .iter()
        .map(|(rel, text)| (rel.to_string(), text.as_bytes().to_vec()))
        .collect();
    std::fs::create_dir_all(target.join("tasks"))
        .with_context(|| format!("cannot create {}", target.display()))?;
    write_set(target, &files)?;
    print_bytes(
        format!(
            "created a new plan in {}: edit its files, then run `plan validate --dir {}`\n",
            target.display(),
            target.display()
        )
        .as_bytes(),
    )?;
    Ok(ExitCode::SUCCESS)
}
