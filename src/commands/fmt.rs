//! `plan fmt`: rewrite plan files in the canonical form, or with --check only
//! say which would change.

use super::output::{print_bytes, print_err};
use crate::canonical::{canonical, FileKind};
use crate::catalogue::{OrStop, Problem};
use crate::cli::Cli;
use crate::fsio::{with_plan_lock, write_atomic};
use crate::lang::Lang;
use crate::load::{check_plan_dir, decode, list_files};
use anyhow::{bail, Result};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

pub fn run(cli: &Cli, check: bool, files: &[PathBuf]) -> Result<ExitCode> {
    // A writer holds the plan folder's lock from reading a file to replacing
    // it, so an `update` running meanwhile is never overwritten; --check only
    // reads, and takes no lock.
    let locked = |dir: &Path, work: &mut dyn FnMut() -> Result<()>| -> Result<()> {
        if check {
            work()
        } else {
            with_plan_lock(dir, cli.lock_timeout, super::stderr_lang(cli), work)
        }
    };
    let lang = super::stderr_lang(cli);
    let mut done = Done::default();
    if files.is_empty() {
        check_plan_dir(&cli.dir)?;
        locked(&cli.dir, &mut || {
            // Each file read once: the folder's listing already holds the bytes.
            for f in list_files(&cli.dir) {
                if let Some(kind) = FileKind::of(&f.rel) {
                    done.one(cli.dir.join(&f.rel), kind, f.bytes, check, lang)?;
                }
            }
            Ok(())
        })?;
    } else {
        let kinds: Vec<(&PathBuf, FileKind)> = files
            .iter()
            .map(|p| match FileKind::of(&p.to_string_lossy()) {
                Some(k) => Ok((p, k)),
                None => bail!(Problem::NotAPlanFile {
                    path: &p.display().to_string()
                }
                .stop()),
            })
            .collect::<Result<_>>()?;
        for (path, kind) in kinds {
            locked(&plan_root(path), &mut || {
                done.one(
                    path.clone(),
                    kind,
                    crate::load::read_capped(path),
                    check,
                    lang,
                )
            })?;
        }
    }
    let listing: String = done
        .changed
        .iter()
        .map(|p| {
            let path = p.display().to_string();
            format!(
                "{}\n",
                Problem::Reformatted { path: &path, check }.text(lang)
            )
        })
        .collect();
    print_bytes(listing.as_bytes())?;
    if done.failed {
        bail!(Problem::FilesNotFormatted.stop());
    }
    if check && !done.changed.is_empty() {
        print_err(&format!(
            "{}\n",
            Problem::NotCanonical {
                changed: done.changed.len(),
                count: done.count
            }
            .text(lang)
        ));
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}

/// What formatting the files came to.
#[derive(Default)]
struct Done {
    count: usize,
    changed: Vec<PathBuf>,
    failed: bool,
}

impl Done {
    /// Formats one file; a file that does not parse is reported and skipped,
    /// a file that cannot be written stops the command.
    fn one(
        &mut self,
        path: PathBuf,
        kind: FileKind,
        bytes: std::io::Result<Vec<u8>>,
        check: bool,
        lang: Lang,
    ) -> Result<()> {
        self.count += 1;
        match formatted(&path, kind, bytes, lang) {
            Ok((old, new)) if old != new.as_bytes() => {
                if !check {
                    write_atomic(&path, new.as_bytes())?;
                }
                self.changed.push(path);
            }
            Ok(_) => {}
            Err(e) => {
                print_err(&crate::catalogue::error_line(&e, lang));
                self.failed = true;
            }
        }
        Ok(())
    }
}

/// The plan folder a file named on the command line belongs to: the folder
/// above `tasks/` or `progress/`, else its own folder.
fn plan_root(file: &Path) -> PathBuf {
    let parent = match file.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    match parent.file_name().and_then(|n| n.to_str()) {
        Some("tasks" | "progress") => match parent.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        },
        _ => parent.to_path_buf(),
    }
}

/// The file's bytes and its canonical text.
fn formatted(
    path: &Path,
    kind: FileKind,
    bytes: std::io::Result<Vec<u8>>,
    lang: Lang,
) -> Result<(Vec<u8>, String)> {
    let bytes = bytes.or_stop(|| {
        Problem::CannotRead {
            path: &path.display().to_string(),
        }
        .into()
    })?;
    let text = decode(&bytes)
        .map_err(|e| {
            Problem::NotText {
                path: &path.display().to_string(),
                problem: e.problem,
            }
            .stop()
        })?
        .text;
    let new = canonical(kind, &text).map_err(|e| {
        // The parser read the text without its BOM and with LF endings:
        // its position is counted in that text.
        let read = text
            .strip_prefix('\u{feff}')
            .unwrap_or(&text)
            .replace("\r\n", "\n");
        Problem::NotToml {
            path: &path.display().to_string(),
            reason: &crate::catalogue::finding::toml_error(&read, &e, lang),
        }
        .stop()
    })?;
    Ok((bytes, new))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_belongs_to_the_plan_folder_above_it() {
        assert_eq!(plan_root(Path::new("p/tasks/a.toml")), Path::new("p"));
        assert_eq!(plan_root(Path::new("p/progress/2024.toml")), Path::new("p"));
        assert_eq!(plan_root(Path::new("p/plan.toml")), Path::new("p"));
        assert_eq!(plan_root(Path::new("tasks/a.toml")), Path::new("."));
        assert_eq!(plan_root(Path::new("plan.toml")), Path::new("."));
    }
}
