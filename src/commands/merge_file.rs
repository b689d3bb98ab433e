//! `plan merge-file BASE OURS THEIRS`: git's merge driver for plan files.
//! Merges entity by entity (see `merge.rs`), then checks that the result still
//! loads before it is written; anything else is a conflict for git to report.

use super::output::print_err;
use crate::canonical::FileKind;
use crate::catalogue::{OrStop, Problem};
use crate::fsio::write_atomic;
use crate::lang::Lang;
use crate::load::{self, InputFile};
use crate::merge::{merge, whole_file_conflict};
use anyhow::{bail, Result};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

pub struct Args<'a> {
    pub base: &'a Path,
    pub ours: &'a Path,
    pub theirs: &'a Path,
    pub out: Option<&'a Path>,
    pub path: Option<&'a str>,
    /// The language of its notes and of the mark of a deleted entity.
    pub lang: Lang,
}

/// Exit status 1: the merge has conflicts, marked in the output.
const CONFLICT: u8 = 1;

/// Findings that depend on files merged after this one: git merges the files
/// of a commit one by one, so a task may arrive after the update naming it.
const CROSS_FILE: [&str; 4] = [
    "unknown-agency",
    "unknown-indicator",
    "unknown-task",
    "unknown-milestone",
];

pub fn run(a: Args) -> Result<ExitCode> {
    let read = |p: &Path| {
        // git hands over temporary files, but whatever they are, they are
        // read as the loader reads: regular files only, up to the cap.
        crate::load::read_capped(p)
            .or_stop(|| {
                Problem::CannotRead {
                    path: &crate::text::display_path(p),
                }
                .into()
            })
            .map(|b| String::from_utf8_lossy(&b).replace("\r\n", "\n"))
    };
    let (base, ours, theirs) = (read(a.base)?, read(a.ours)?, read(a.theirs)?);
    let name = a
        .path
        .map(str::to_string)
        .unwrap_or_else(|| a.ours.display().to_string());
    let Some(kind) = FileKind::of(&name) else {
        bail!(Problem::NotAMergeable { name: &name }.stop());
    };
    let out = a.out.unwrap_or(a.ours);
    let lang = a.lang;
    let (text, clean) = match merge(kind, &base, &ours, &theirs, lang) {
        Ok(m) if m.conflicts.is_empty() => match broken(a.path, &m.text, lang) {
            None => (m.text, true),
            Some(errors) => {
                let note = Problem::MergedWouldNotLoad { name: &name };
                print_err(&format!("{}\n", note.text(lang)));
                for e in errors {
                    print_err(&format!("  {e}\n"));
                }
                (whole_file_conflict(&ours, &theirs), false)
            }
        },
        Ok(m) => {
            for c in &m.conflicts {
                let note = Problem::MergeConflict {
                    name: &name,
                    field: c,
                };
                print_err(&format!("{}\n", note.text(lang)));
            }
            (m.text, false)
        }
        Err(e) => {
            let note = Problem::CannotMerge {
                name: &name,
                reason: &e.problem().text(lang),
            };
            print_err(&format!("{}\n", note.text(lang)));
            (whole_file_conflict(&ours, &theirs), false)
        }
    };
    write_atomic(out, text.as_bytes())?;
    Ok(ExitCode::from(if clean { 0 } else { CONFLICT }))
}

/// The errors the merged file would have, loaded with the rest of its plan
/// (found from `path`, relative to the current folder, where git runs
/// drivers), or alone when the plan cannot be found. `None` when it loads.
fn broken(path: Option<&str>, text: &str, lang: Lang) -> Option<Vec<String>> {
    if let Err(e) = text.parse::<toml_edit::DocumentMut>() {
        let reason = crate::catalogue::finding::toml_error(text, &e, lang);
        return Some(vec![Problem::MergedNotToml { reason: &reason }.text(lang)]);
    }
    let path = PathBuf::from(path?);
    let root = path
        .ancestors()
        .skip(1)
        .find(|d| d.join("plan.toml").is_file())?
        .to_path_buf();
    let rel = path
        .strip_prefix(&root)
        .ok()?
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/");
    let mut files: Vec<InputFile> = load::list_files(&root)
        .into_iter()
        .filter(|f| f.rel != rel)
        .collect();
    files.push(InputFile {
        rel: rel.clone(),
        bytes: Ok(text.as_bytes().to_vec()),
    });
    let shown = format!("{}/{rel}", root.display());
    let loaded = load::load_files(&root.display().to_string(), files);
    let errors: Vec<String> = loaded
        .diagnostics
        .iter()
        .filter(|d| d.is_error() && !CROSS_FILE.contains(&d.code()))
        .filter(|d| d.location.as_ref().is_some_and(|l| l.path == shown))
        .map(|d| {
            let l = d.location.as_ref().expect("filtered on location");
            format!(
                "error[{}] line {}: {}",
                d.code(),
                l.line,
                d.message(crate::lang::Lang::En)
            )
        })
        .collect();
    (!errors.is_empty()).then_some(errors)
}
