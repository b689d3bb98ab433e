//! Arbitrary valid plans through every renderer: the generator's plan with
//! text, dates and progress taken from the input. Reports render, fmt is
//! idempotent, a plan compared with itself has no changes.
#![no_main]

use libfuzzer_sys::fuzz_target;
use plan::canonical::{canonical, FileKind};
use plan::load::{load_files, InputFile};
use plan::cli::Format;
use plan::compose::report as rr;
use plan::render::Backend;

fn toml_string(bytes: &[u8]) -> String {
    let s = String::from_utf8_lossy(bytes);
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fuzz_target!(|data: &[u8]| {
    if data.len() < 12 {
        return;
    }
    let seed = u64::from_le_bytes(data[..8].try_into().unwrap());
    let tasks = 1 + (data[8] as usize % 40);
    let year = 2020 + (data[9] as i32 % 12);
    let text = &data[12..];
    let mut files = plan::generate::plan(tasks, seed);
    // Fuzzed text as a task title, a note, and an update on a fuzzed date.
    let mut chunks = text.splitn(3, |b| *b == b'\n');
    let title = toml_string(chunks.next().unwrap_or(b""));
    let note = toml_string(chunks.next().unwrap_or(b""));
    let day = 1 + data[10] as u32 % 28;
    let month = 1 + data[11] as u32 % 12;
    for (rel, body) in files.iter_mut() {
        if rel == "tasks/g0001.toml" {
            *body = body.replacen("title = \"", &format!("title = {title}\n# was: \""), 1);
            body.push_str(&format!(
                "\n[[task]]\nid = \"G.1.999\"\ntitle = {title}\nlead = [\"a01\"]\nschedule = {note}\ndue = {year}-{month:02}-{day:02}\n"
            ));
        }
        if rel.starts_with("progress/") {
            body.push_str(&format!(
                "\n[[update]]\ntask = \"G.1.999\"\non = {year}-{month:02}-{day:02}\nstatus = \"{}\"\nnote = {note}\n",
                ["not_started", "in_progress", "done", "cancelled"][data[10] as usize % 4]
            ));
            break;
        }
    }
    let inputs: Vec<InputFile> = files.iter().map(|(r, t)| InputFile { rel: r.clone(), bytes: Ok(t.clone().into_bytes()) }).collect();
    let loaded = load_files("plan", inputs);
    if loaded.has_errors() {
        return;
    }
    let p = &loaded.plan;
    for lang in [plan::lang::Lang::Vi, plan::lang::Lang::En] {
        let r = plan::query::report::annual(p, year);
        let doc = rr::document(p, &r, lang, None);
        let md = String::from_utf8(Backend::Markdown.render(&doc, lang).unwrap()).unwrap();
        // Every Markdown row keeps its header's cell count.
        let mut header = None;
        for line in md.lines() {
            if !line.starts_with('|') {
                header = None;
                continue;
            }
            let (mut n, mut esc) = (0, false);
            for c in line.chars() {
                match c {
                    '\\' => esc = !esc,
                    '|' if !esc => n += 1,
                    _ => esc = false,
                }
                if c != '\\' {
                    esc = false;
                }
            }
            match header {
                None => header = Some(n),
                Some(h) => assert_eq!(n, h, "{line}"),
            }
        }
        // The office files never fail on fuzzed text (formulas, control
        // characters, long cells, names Excel refuses).
        for format in [Format::Table, Format::Json, Format::Xlsx, Format::Docx] {
            let _ = Backend::new(format, Some(80), true).render(&doc, lang).unwrap();
        }
        // The HTML page: fuzzed text never opens a tag of its own.
        let html = String::from_utf8(Backend::Html.render(&doc, lang).unwrap()).unwrap();
        assert_eq!(html.matches("<script").count(), 2, "two scripts, the page's");
        assert!(!html.contains("<img") && !html.contains("<iframe"));
        for table in rr::TABLES {
            let one = rr::document(p, &r, lang, Some(table));
            for width in [Some(80), None] {
                for format in [Format::Table, Format::Md, Format::Csv] {
                    let _ = Backend::new(format, width, true).render(&one, lang).unwrap();
                }
            }
        }
    }
    let log = plan::status::Log::new(p);
    let on = chrono::NaiveDate::from_ymd_opt(year, month, day).unwrap();
    let _ = plan::query::overdue::overdue(p, &log, on, &Default::default());
    for (rel, body) in &files {
        let kind = FileKind::of(rel).unwrap();
        let once = canonical(kind, body).expect("a valid file formats");
        assert_eq!(canonical(kind, &once).unwrap(), once, "fmt is idempotent");
    }
    assert!(plan::query::diff::diff(p, p).is_empty(), "a plan equals itself");
});
