//! `plan init DIR`: a minimal plan that validates, to start another decision from.

use super::output::print_bytes;
use crate::catalogue::{OrStop, Problem};
use crate::fsio::write_set;
use crate::lang::Lang;
use anyhow::{bail, Result};
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

/// `lang`: the language of its note (there is no plan yet to have one).
pub fn run(target: &Path, lang: Lang) -> Result<ExitCode> {
    if target.join("plan.toml").exists() {
        let dir = target.display().to_string();
        bail!(Problem::PlanAlreadyThere { dir: &dir }.stop());
    }
    // Refuse before writing anything, so a refusal leaves no partial plan.
    for (rel, _) in FILES {
        if target.join(rel).exists() {
            let path = target.join(rel).display().to_string();
            bail!(Problem::FileAlreadyThere { path: &path }.stop());
        }
    }
    // All the files or none: a plan missing one file is not a plan.
    let files: Vec<(String, Vec<u8>)> = FILES
        .iter()
        .map(|(rel, text)| (rel.to_string(), text.as_bytes().to_vec()))
        .collect();
    std::fs::create_dir_all(target.join("tasks")).or_stop(|| {
        Problem::CannotCreate {
            path: &target.display().to_string(),
        }
        .into()
    })?;
    write_set(target, &files)?;
    print_bytes(
        format!(
            "{}\n",
            Problem::Created {
                dir: &target.display().to_string()
            }
            .text(lang)
        )
        .as_bytes(),
    )?;
    Ok(ExitCode::SUCCESS)
}
