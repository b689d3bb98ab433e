//! The only code that reads plan files: folder → bytes → text → spanned TOML →
//! model, with a diagnostic for everything wrong along the way.

mod agencies_file;
mod amendments_file;
mod decode;
pub mod git;
mod indicators_file;
mod layout;
mod plan_file;
mod progress_file;
pub mod syntax;
mod table;
mod tasks_file;

pub use decode::{decode, decode_owned, DecodeError, Decoded};
pub use layout::{layout, list_files, open_regular, read_capped, Listed, MAX_FILE_BYTES};

use crate::catalogue::finding::Part;
use crate::catalogue::Finding;
use crate::catalogue::{NoPlanWhy, Problem};
use crate::check;
use crate::diagnostic::Diagnostic;
use crate::model::{Plan, PlanMeta, Progress};
use crate::source::{FileId, SourceFile, Sources};
use std::path::{Path, PathBuf};
use table::{Cx, Table};

/// A plan and every finding about it. Commands other than `validate` refuse
/// to run when any finding is an error. Serialized whole by the load cache.
#[derive(Debug, serde::Serialize, serde::Deserialize)]
pub struct Loaded {
    pub plan: Plan,
    pub diagnostics: Vec<Diagnostic>,
    /// False when a file could not be read or parsed: references into it would
    /// all look broken, so they are not checked until it reads.
    pub references_checked: bool,
}

impl Loaded {
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }
}

/// A file of the plan as read from disk (or made up by a test): its path
/// relative to the plan folder, with `/` separators, and its bytes.
pub struct InputFile {
    pub rel: String,
    pub bytes: std::io::Result<Vec<u8>>,
}

/// Why there is no plan to load at all.
#[derive(Debug)]
pub struct NoPlan {
    pub dir: PathBuf,
    /// `dir` as it is shown in messages.
    pub shown: String,
    pub why: NoPlanWhy,
}

impl NoPlan {
    /// In the catalogue's words, in the language of stderr.
    pub fn problem(&self) -> Problem<'_> {
        Problem::NoPlan {
            dir: self.shown.as_str(),
            why: &self.why,
        }
    }
}

/// English, for a caller that prints it without a language.
impl std::fmt::Display for NoPlan {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.problem().text(crate::lang::Lang::En))
    }
}

impl std::error::Error for NoPlan {}

/// Reads every file of the layout under `dir`.
pub fn load_dir(dir: &Path) -> Result<Loaded, NoPlan> {
    check_plan_dir(dir)?;
    Ok(load_files(&crate::text::display_path(dir), list_files(dir)))
}

/// That `dir` is a plan folder (it has a plan.toml), or why not.
pub fn check_plan_dir(dir: &Path) -> Result<(), NoPlan> {
    let no_plan = |why: NoPlanWhy| NoPlan {
        dir: dir.to_path_buf(),
        shown: crate::text::display_path(dir),
        why,
    };
    if !dir.is_dir() {
        return Err(no_plan(if dir.exists() {
            NoPlanWhy::NotAFolder
        } else {
            NoPlanWhy::NoFolder
        }));
    }
    match dir.join("plan.toml").symlink_metadata() {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(no_plan(NoPlanWhy::NoPlanToml)),
        // Not "no plan.toml" when the folder cannot be looked into.
        Err(e) => Err(no_plan(NoPlanWhy::CannotLook(crate::catalogue::io_reason(
            &e,
        )))),
    }
}

/// What one file contributed.
enum Content {
    Nothing,
    Plan(PlanMeta),
    Agencies(Vec<crate::model::Agency>),
    Indicators(Vec<crate::model::Indicator>),
    Tasks(Option<crate::model::Section>, Vec<crate::model::Task>),
    Progress(Progress),
    Amendments(Vec<crate::model::Amendment>),
}

/// One file read on its own: its text, its findings, what it holds, and
/// whether it could be read at all.
struct FileResult {
    source: SourceFile,
    diags: Vec<Diagnostic>,
    content: Content,
    read: bool,
}

fn load_one(id: FileId, path: String, file: InputFile) -> FileResult {
    let mut diags = Vec::new();
    let failed = |source: SourceFile, diags: Vec<Diagnostic>| FileResult {
        source,
        diags,
        content: Content::Nothing,
        read: false,
    };
    let bytes = match file.bytes {
        Ok(b) => b,
        Err(e) => {
            diags.push(
                Diagnostic::new(Finding::Unreadable {
                    folder: file.rel.ends_with('/'),
                    problem: layout::problem_of(e),
                })
                .in_file(&path, None),
            );
            return failed(SourceFile::new(path, String::new()), diags);
        }
    };
    let decoded = match decode_owned(bytes) {
        Ok(d) => d,
        Err(e) => {
            diags.push(Diagnostic::new(e.finding()).in_file(&path, e.line()));
            return failed(SourceFile::new(path, String::new()), diags);
        }
    };
    if decoded.had_bom {
        diags.push(Diagnostic::new(Finding::Bom).in_file(&path, Some(1)));
    }
    if decoded.had_crlf {
        diags.push(Diagnostic::new(Finding::Crlf).in_file(&path, Some(1)));
    }
    let source = SourceFile::new(path, decoded.text);
    let content = {
        let doc = match toml::de::DeTable::parse(&source.text) {
            Ok(doc) => doc,
            Err(e) => {
                let span = e.span().unwrap_or(0..0);
                diags.push(
                    Diagnostic::new(Finding::TomlSyntax {
                        message: e.message().trim().to_string(),
                        likely: syntax::hint(&source.text, span.start, e.message().trim()),
                    })
                    .at_source(&source, &span),
                );
                return failed(source, diags);
            }
        };
        let mut cx = Cx {
            file: id,
            source: &source,
            diags: &mut diags,
        };
        let kind = match file.rel.as_str() {
            "plan.toml" => Part::PlanFile,
            "agencies.toml" => Part::AgenciesFile,
            "indicators.toml" => Part::IndicatorsFile,
            "amendments.toml" => Part::AmendmentsFile,
            r if r.starts_with("tasks/") => Part::TasksFile,
            _ => Part::ProgressFile,
        };
        let root_table = Table::new(doc.get_ref(), 0..0, kind);
        match kind {
            Part::PlanFile => Content::Plan(plan_file::read(&mut cx, root_table)),
            Part::AgenciesFile => Content::Agencies(agencies_file::read(&mut cx, root_table)),
            Part::IndicatorsFile => Content::Indicators(indicators_file::read(&mut cx, root_table)),
            Part::AmendmentsFile => Content::Amendments(amendments_file::read(&mut cx, root_table)),
            Part::TasksFile => {
                let (section, t) = tasks_file::read(&mut cx, root_table);
                Content::Tasks(section, t)
            }
            _ => {
                let mut p = Progress::default();
                progress_file::read(&mut cx, root_table, &mut p);
                Content::Progress(p)
            }
        }
    };
    FileResult {
        source,
        diags,
        content,
        read: true,
    }
}

/// Loads a plan from files already in memory; `root` prefixes paths in messages.
/// Files are independent, so they are read on every core; the result does not
/// depend on how many there are.
pub fn load_files(root: &str, files: Vec<InputFile>) -> Loaded {
    parse_files(root, files).check()
}

/// The plan as its files say, with the findings of reading each file, before
/// the checks of the whole ([`Parsed::check`]). Two steps so that a benchmark
/// can time them apart.
pub struct Parsed {
    pub plan: Plan,
    pub diagnostics: Vec<Diagnostic>,
    /// Every file read (see [`Loaded::references_checked`]).
    pub complete: bool,
}

impl Parsed {
    /// Checks the whole plan, then lets the files' text go.
    pub fn check(self) -> Loaded {
        let Parsed {
            mut plan,
            mut diagnostics,
            complete,
        } = self;
        diagnostics.extend(check::check(&plan, complete));
        plan.sources.release_text();
        sort(&mut diagnostics);
        Loaded {
            plan,
            diagnostics,
            references_checked: complete,
        }
    }
}

/// Reads every file into the model, on every core: the first step of
/// [`load_files`].
pub fn parse_files(root: &str, files: Vec<InputFile>) -> Parsed {
    let has_agencies = files.iter().any(|f| f.rel == "agencies.toml");
    let jobs: Vec<(FileId, String, InputFile)> = files
        .into_iter()
        .enumerate()
        .map(|(i, file)| {
            let path = if root.is_empty() {
                file.rel.clone()
            } else {
                format!("{}/{}", root.trim_end_matches('/'), file.rel)
            };
            (FileId(i), path, file)
        })
        .collect();
    let mut sources = Sources::default();
    let mut diags = Vec::new();
    let mut meta = None;
    let mut agencies = Vec::new();
    let mut indicators = Vec::new();
    let mut sections = Vec::new();
    let mut progress = Progress::default();
    let mut amendments = Vec::new();
    let mut complete = has_agencies;
    // One vector of every task, sized before any file is read into the
    // model, and files read a few at a time and moved into it: read all at
    // once, each file's tasks and the whole list (32 MB each at 100 000
    // tasks) would be held side by side. The size is counted from the
    // `[[task]]` headers; a miscount only means the vector grows.
    let mut tasks = Vec::new();
    // A hint only: room that cannot be had is left to grow as tasks come.
    let _ = tasks.try_reserve_exact(task_headers(&jobs));
    let mut jobs = jobs.into_iter();
    loop {
        let chunk: Vec<_> = jobs.by_ref().take(FILES_AT_ONCE).collect();
        if chunk.is_empty() {
            break;
        }
        // rayon's pool in place of a hand-made one: the same speed at
        // 100 000 tasks (BENCHMARKS.md), files dealt as threads free up.
        let results: Vec<FileResult> = {
            use rayon::prelude::*;
            chunk
                .into_par_iter()
                .map(|(id, path, file)| load_one(id, path, file))
                .collect()
        };
        for r in results {
            sources.add(r.source);
            diags.extend(r.diags);
            complete &= r.read;
            match r.content {
                Content::Nothing => {}
                Content::Plan(m) => meta = Some(m),
                Content::Agencies(a) => agencies.extend(a),
                Content::Indicators(i) => indicators.extend(i),
                Content::Tasks(s, t) => {
                    sections.extend(s);
                    tasks.extend(t);
                }
                Content::Progress(p) => {
                    progress.updates.extend(p.updates);
                    progress.actuals.extend(p.actuals);
                    progress.reports.extend(p.reports);
                }
                Content::Amendments(a) => amendments.extend(a),
            }
        }
    }
    if !has_agencies {
        diags.push(
            Diagnostic::new(Finding::MissingAgenciesFile)
                .in_file(&format!("{root}/agencies.toml"), None),
        );
    }
    let plan = Plan {
        meta: meta.unwrap_or_else(PlanMeta::default),
        agencies,
        indicators,
        sections,
        tasks,
        progress,
        amendments,
        heirs: Default::default(),
        sources,
        agency_index: Default::default(),
    };
    Parsed {
        plan,
        diagnostics: diags,
        complete,
    }
}

/// Files parsed at once before their content joins the plan: enough to keep
/// every core busy with files of any size, few enough that their tasks are
/// a small part of the whole.
const FILES_AT_ONCE: usize = 16;

/// How many `[[task]]` headers the tasks files hold: the size of the task
/// list, counted at memory speed before anything is parsed. A task takes far
/// more than [`MIN_TASK_TEXT`] bytes of text, so a file of bare headers
/// does not make the count, or the room reserved, absurd.
fn task_headers(jobs: &[(FileId, String, InputFile)]) -> usize {
    use rayon::prelude::*;
    jobs.par_iter()
        .filter(|(_, _, f)| f.rel.starts_with("tasks/"))
        .filter_map(|(_, _, f)| f.bytes.as_ref().ok())
        .map(|b| {
            memchr::memmem::find_iter(b, b"[[task]]")
                .count()
                .min(b.len() / MIN_TASK_TEXT)
        })
        .sum()
}

/// Fewer bytes than the TOML of any task that reads (header, id, title,
/// lead, schedule and deadline).
const MIN_TASK_TEXT: usize = 64;

/// Findings in file order, then line and column, so output reads top to bottom.
fn sort(diags: &mut [Diagnostic]) {
    diags.sort_by(|a, b| {
        let key = |d: &Diagnostic| {
            d.location
                .as_ref()
                .map(|l| (l.path.clone(), l.line, l.column))
        };
        key(a).cmp(&key(b))
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn job(rel: &str, text: &str) -> (FileId, String, InputFile) {
        let file = InputFile {
            rel: rel.into(),
            bytes: Ok(text.as_bytes().to_vec()),
        };
        (FileId(0), rel.into(), file)
    }

    #[test]
    fn the_task_count_is_the_headers_of_tasks_files_within_reason() {
        let generated = crate::generate::plan(1200, 1);
        let jobs: Vec<_> = generated.iter().map(|(r, t)| job(r, t)).collect();
        assert_eq!(task_headers(&jobs), 1200);
        // Headers with nothing in them, and headers outside tasks/.
        let bare = "[[task]]\n".repeat(1000);
        let jobs = [job("tasks/x.toml", &bare), job("progress/2025.toml", &bare)];
        assert_eq!(task_headers(&jobs), bare.len() / MIN_TASK_TEXT);
        assert_eq!(
            load_files("plan", vec![jobs.into_iter().next().unwrap().2])
                .plan
                .tasks
                .len(),
            0
        );
    }
}
