//! `plan init DIR`: a minimal plan that validates, to start another decision from.

use super::output::print_bytes;
use crate::catalogue::{OrStop, Problem, SkeletonNote};
use crate::fsio::write_set;
use crate::lang::Lang;
use anyhow::{bail, Result};
use std::path::Path;
use std::process::ExitCode;

/// Each file, the comment heading it (from the catalogue, in the language
/// asked), and its content.
const FILES: [(&str, SkeletonNote, &str); 6] = [
    (
        "plan.toml",
        SkeletonNote::Plan,
        include_str!("../skeleton/plan.toml"),
    ),
    (
        "agencies.toml",
        SkeletonNote::Agencies,
        include_str!("../skeleton/agencies.toml"),
    ),
    (
        "indicators.toml",
        SkeletonNote::Indicators,
        include_str!("../skeleton/indicators.toml"),
    ),
    (
        "tasks/pl1.toml",
        SkeletonNote::Section,
        include_str!("../skeleton/pl1.toml"),
    ),
    // The diff and merge drivers for the plan's files, relative to its folder.
    (
        ".gitattributes",
        SkeletonNote::GitAttributes,
        include_str!("../skeleton/gitattributes"),
    ),
    // The writers' lock and temporary files are not part of the plan.
    (
        ".gitignore",
        SkeletonNote::GitIgnore,
        include_str!("../skeleton/gitignore"),
    ),
];

/// `lang`: the language of its note and of the files' comments (--lang, else
/// Vietnamese: there is no plan yet to have one).
pub fn run(target: &Path, lang: Lang) -> Result<ExitCode> {
    if target.join("plan.toml").exists() {
        let dir = target.display().to_string();
        bail!(Problem::PlanAlreadyThere { dir: &dir }.stop());
    }
    // Refuse before writing anything, so a refusal leaves no partial plan.
    for (rel, _, _) in FILES {
        if target.join(rel).exists() {
            let path = target.join(rel).display().to_string();
            bail!(Problem::FileAlreadyThere { path: &path }.stop());
        }
    }
    // All the files or none: a plan missing one file is not a plan.
    let files: Vec<(String, Vec<u8>)> = FILES
        .iter()
        .map(|(rel, note, text)| {
            (
                rel.to_string(),
                format!("{}{text}", note.comment(lang)).into_bytes(),
            )
        })
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
