//! One voice: every command in every format and both languages, snapshotted;
//! Vietnamese output holds no code (`done_late`, `on_track`, `group`) and no
//! English sentence, English output no Vietnamese word of the catalogue; JSON
//! is the same whatever the language. And the grep of docs/output.md finds no
//! literal user-facing word outside the catalogue.

mod common;

use common::{git, Fixture, Output};
use std::collections::HashSet;

/// The example plan in a git repository, then edited, so that `diff` has facts.
fn example() -> Fixture {
    let f = Fixture::example();
    git(f.dir.path(), &["init", "-q"]);
    git(f.dir.path(), &["add", "."]);
    git(f.dir.path(), &["commit", "-qm", "plan"]);
    f.edit(
        "tasks/pl2-01-quy-hoach.toml",
        "due = 2026-12-31",
        "due = 2027-06-30",
    )
}

/// Each command with the arguments that make it show most of what it can.
const COMMANDS: &[(&str, &[&str])] = &[
    ("list", &["list", "--as-of", "2025-06-30"]),
    (
        "list-agency",
        &["list", "--as-of", "2025-06-30", "--agency", "sxd"],
    ),
    ("show", &["show", "PL2.I.3", "--as-of", "2023-01-01"]),
    ("overdue", &["overdue", "--as-of", "2029-06-30"]),
    (
        "overdue-by-agency",
        &["overdue", "--as-of", "2029-06-30", "--by-agency"],
    ),
    ("report", &["report", "--year", "2025"]),
    (
        "report-summary",
        &["report", "--year", "2025", "--table", "summary"],
    ),
    (
        "report-tasks",
        &["report", "--year", "2025", "--table", "tasks"],
    ),
    (
        "report-indicators",
        &["report", "--year", "2025", "--table", "indicators"],
    ),
    (
        "report-recurring",
        &["report", "--year", "2025", "--table", "recurring"],
    ),
    (
        "report-scorecard",
        &["report", "--year", "2025", "--table", "scorecard"],
    ),
    (
        "report-difficulties",
        &["report", "--year", "2025", "--table", "difficulties"],
    ),
    (
        "report-comparison",
        &[
            "report",
            "--year",
            "2025",
            "--compare",
            "2024",
            "--table",
            "comparison",
        ],
    ),
    ("targets", &["targets", "--year", "2025"]),
    ("agencies", &["agencies"]),
    ("diff", &["diff"]),
];

const FORMATS: [&str; 4] = ["table", "md", "csv", "json"];

fn run(f: &Fixture, args: &[&str], lang: &str, format: &str) -> Output {
    let mut all = args.to_vec();
    all.extend(["--lang", lang, "--format", format]);
    let out = f.run(&all);
    assert_eq!(out.code, 0, "plan {}: {}", all.join(" "), out.stderr);
    out
}

/// Words of a text: letters, digits and `_` (so `done_late` is one word).
fn words(s: &str) -> HashSet<String> {
    s.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
        .collect()
}

/// Every word of the plan's own text (its values, not its keys): a word the
/// plan itself may put on screen.
fn plan_words() -> HashSet<String> {
    data_phrases().iter().flat_map(|p| words(p)).collect()
}

/// Codes of the model: never shown to a person, in either language.
const CODES: &[&str] = &[
    "done_on_time",
    "done_late",
    "in_progress",
    "not_started",
    "overdue",
    "ongoing",
    "cancelled",
    "exceeded",
    "met",
    "not_met",
    "on_track",
    "off_track",
    "no_data",
    "province",
    "district",
    "central",
    "group",
    "on_time",
    "late",
    "missing",
];

/// English words of the catalogue's sentences and headings.
const ENGLISH: &[&str] = &[
    "on",
    "from",
    "task",
    "tasks",
    "status",
    "due",
    "lead",
    "support",
    "schedule",
    "milestone",
    "overdue",
    "recorded",
    "update",
    "summary",
    "indicators",
    "agencies",
    "agency",
    "change",
    "changes",
    "none",
    "whole",
    "actual",
    "target",
    "assessment",
    "history",
    "deliverables",
    "section",
    "field",
    "value",
    "as",
    "of",
    "the",
    "with",
    "no",
    "between",
    "working",
    "tree",
    "report",
    "year",
    "through",
    "done",
    "ongoing",
    "late",
    "missing",
    "met",
];

/// Vietnamese phrases of the catalogue, never in English output.
const VIETNAMESE: &[&str] = &[
    "Nhiệm vụ",
    "Trạng thái",
    "Cơ quan chủ trì",
    "Tính đến",
    "tính đến",
    "Hạn",
    "Hoàn thành đúng hạn",
    "Hoàn thành quá hạn",
    "Chưa hoàn thành",
    "Thường xuyên",
    "Dừng thực hiện",
    "Vượt",
    "Đạt",
    "Không đạt",
    "Đúng tiến độ",
    "Chậm tiến độ",
    "Chưa có số liệu",
    "Cấp tỉnh",
    "Cấp huyện",
    "Tập thể",
    "Đúng hạn",
    "Trễ hạn",
    "Chưa nhận",
    "Chưa ghi nhận",
    "thay đổi",
    "Tổng hợp",
    "Báo cáo",
    "hoàn thành",
    "đang thực hiện",
    "mốc",
];

/// What a person reads of a document, without the plan's own data: the
/// English output keeps Vietnamese titles and names, which are data.
fn check_voice(name: &str, lang: &str, text: &str, plan: &HashSet<String>) {
    let found = words(text);
    for code in CODES {
        // In English a one-word code is also the word for it ("Cancelled");
        // a code with `_` is never a word. A word of the plan's text is data.
        let is_code = code.contains('_') || (lang == "vi" && !plan.contains(*code));
        assert!(
            !(is_code && found.contains(*code)),
            "{name} [{lang}] shows the code {code:?}:\n{text}"
        );
    }
    if lang == "vi" {
        for w in ENGLISH {
            assert!(
                !found.contains(*w) || plan.contains(*w),
                "{name} [vi] shows the English word {w:?}:\n{text}"
            );
        }
    } else {
        // The plan's text is Vietnamese: take it out before looking.
        let mut stripped = text.to_string();
        for phrase in data_phrases() {
            stripped = stripped.replace(&phrase, " ");
        }
        for p in VIETNAMESE {
            assert!(
                !stripped.contains(p),
                "{name} [en] shows the Vietnamese {p:?}:\n{stripped}"
            );
        }
    }
}

/// Every quoted string of the example plan: titles, names, notes.
fn data_phrases() -> Vec<String> {
    let mut out = Vec::new();
    let root = common::repo().join("examples/plan");
    let mut stack = vec![root];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
                continue;
            }
            let text = std::fs::read_to_string(p).unwrap();
            for piece in text.split('"').skip(1).step_by(2) {
                out.push(piece.to_string());
                // Multi-line strings are read one line at a time.
                out.extend(
                    piece
                        .lines()
                        .map(|l| l.trim_start_matches("- ").to_string()),
                );
            }
            for line in text.lines().filter(|l| l.starts_with("- ")) {
                out.push(line.trim_start_matches("- ").to_string());
            }
        }
    }
    out.sort_by_key(|s| std::cmp::Reverse(s.len()));
    out
}

#[test]
fn every_command_speaks_one_language_in_every_format() {
    let f = example();
    let plan = plan_words();
    for (name, args) in COMMANDS {
        for format in FORMATS {
            let csv_of_whole_report = *name == "report" && format == "csv";
            if csv_of_whole_report {
                continue;
            }
            let vi = run(&f, args, "vi", format).stdout;
            let en = run(&f, args, "en", format).stdout;
            if format == "json" {
                assert_eq!(vi, en, "{name}: JSON does not change with --lang");
                let v: serde_json::Value = serde_json::from_str(&vi).unwrap();
                for key in ["plan", "as_of", "command", "data"] {
                    assert!(v.get(key).is_some(), "{name}: the envelope lacks {key}");
                }
                insta::assert_snapshot!(format!("{name}.json"), vi);
                continue;
            }
            check_voice(&format!("{name} --format {format}"), "vi", &vi, &plan);
            check_voice(&format!("{name} --format {format}"), "en", &en, &plan);
            insta::assert_snapshot!(format!("{name}.vi.{format}"), vi);
            insta::assert_snapshot!(format!("{name}.en.{format}"), en);
        }
    }
}

/// `example()` with progress changed too: an update, a figure and a receipt
/// added, a figure changed, so that `diff` names each kind by its key.
fn example_with_progress_changes() -> Fixture {
    let f = example().edit("progress/2025.toml", "value = 45.0", "value = 45.5");
    let text = f.read("progress/2025.toml")
        + "\n[[update]]\ntask = \"PL2.I.4\"\non = 2025-09-01\nstatus = \"done\"\n"
        + "\n[[actual]]\nindicator = \"tourists\"\nyear = 2025\nvalue = 7.25\n"
        + "\n[[report]]\nagency = \"sdl\"\nyear = 2025\nperiod = \"H1\"\nreceived_on = 2025-07-12\n";
    f.write("progress/2025.toml", text.as_bytes())
}

#[test]
fn diff_of_progress_speaks_one_language_in_every_format() {
    let f = example_with_progress_changes();
    let plan = plan_words();
    for format in ["table", "md", "csv"] {
        let vi = run(&f, &["diff"], "vi", format).stdout;
        let en = run(&f, &["diff"], "en", format).stdout;
        let name = format!("diff of progress --format {format}");
        check_voice(&name, "vi", &vi, &plan);
        check_voice(&name, "en", &en, &plan);
        insta::assert_snapshot!(format!("diff-progress.vi.{format}"), vi);
        insta::assert_snapshot!(format!("diff-progress.en.{format}"), en);
        if format == "csv" {
            // A spreadsheet's forms: ISO dates, a decimal point.
            assert!(vi.contains("2025-09-01") && vi.contains("45.5"), "{vi}");
            assert!(!vi.contains("01/09/2025"), "{vi}");
        } else {
            // People's forms in Vietnamese: dd/mm/yyyy, a decimal comma.
            assert!(vi.contains("01/09/2025") && vi.contains("45,5"), "{vi}");
            assert!(!vi.contains("45.5") && !vi.contains("7.25"), "{vi}");
        }
    }
}

#[test]
fn update_receipts_in_both_languages() {
    for (lang, want) in [
        (
            "vi",
            "đã ghi nhận: PL2.I.3 (mốc 2) đang thực hiện ngày 02/01/2026 (ghi vào tệp plan/progress/2026.toml)\n",
        ),
        (
            "en",
            "recorded: PL2.I.3 (milestone 2) in progress on 2026-01-02 (written to plan/progress/2026.toml)\n",
        ),
    ] {
        // Without --lang, `update` speaks the plan's language.
        let f = Fixture::example().edit(
            "plan.toml",
            "language = \"vi\"",
            &format!("language = \"{lang}\""),
        );
        let out = f.run(&[
            "update", "PL2.I.3", "--status", "in_progress", "--on", "2026-01-02", "--milestone",
            "2",
        ]);
        assert_eq!(out.code, 0, "{}", out.stderr);
        assert_eq!(out.stdout, want);
    }
}

#[test]
fn actual_and_report_receipts_in_both_languages() {
    for (lang, actual, report) in [
        (
            "vi",
            "đã ghi nhận: Số lượng khách du lịch (tourists) năm 2025: 10,25 triệu lượt khách\n",
            "đã ghi nhận: Sở Du lịch (sdl) nộp báo cáo 6 tháng đầu năm 2026, nhận ngày 10/07/2026 (đúng hạn; hạn 15/07/2026)\n",
        ),
        (
            "en",
            "recorded: Số lượng khách du lịch (tourists) for 2025: 10.25 triệu lượt khách\n",
            "recorded: the half-year report of 2026 from Department of Tourism (sdl), received on 2026-07-10 (on time; due 2026-07-15)\n",
        ),
    ] {
        let f = Fixture::example().edit(
            "plan.toml",
            "language = \"vi\"",
            &format!("language = \"{lang}\""),
        );
        let out = f.run(&["actual", "tourists", "--year", "2025", "--value", "10.25"]);
        assert_eq!(out.code, 0, "{}", out.stderr);
        assert_eq!(out.stdout, actual);
        let out = f.run(&[
            "received",
            "sdl",
            "--year",
            "2026",
            "--on",
            "2026-07-10",
            "--half-year",
        ]);
        assert_eq!(out.code, 0, "{}", out.stderr);
        assert_eq!(out.stdout, report);
    }
}

/// Where words for people may not be written: all of `src/` but the
/// catalogue itself.
const SCANNED: &str = "src";
const CATALOGUE: &str = "src/catalogue";

/// Left out of the scan, each for its reason (paths from the repository's
/// root; a folder leaves out everything in it).
const NOT_SCANNED: &[(&str, &str)] = &[
    // Made-up Vietnamese titles for benchmarks and fuzzing: data, not words.
    ("src/generate.rs", "synthetic plans"),
];

/// Names that are the same in every language: not words to translate.
const PROPER_NAMES: &[&str] = &["Times New Roman"];

/// Every Rust file under `dir`, depth first.
fn rust_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

/// The string literals of a line of Rust (`\"` kept inside).
fn literals(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = line.chars().peekable();
    let mut prev = ' ';
    while let Some(c) = chars.next() {
        // A char literal '"' is not the start of a string.
        if c == '"' && prev != '\'' {
            let mut lit = String::new();
            let mut escaped = false;
            for c in chars.by_ref() {
                if c == '"' && !escaped {
                    break;
                }
                escaped = c == '\\' && !escaped;
                lit.push(c);
            }
            out.push(lit);
        }
        prev = c;
    }
    out
}

/// Words for people: two words of letters with a space between them
/// ("unknown table"), or any letter beyond ASCII ("Hạn").
fn has_words(lit: &str) -> bool {
    let lit = &without_markup(lit);
    let letters = |s: &str| s.len() >= 2 && s.chars().all(|c| c.is_ascii_alphabetic());
    let pieces: Vec<&str> = lit.split(' ').collect();
    let ascii_words = pieces.windows(2).any(|w| {
        let end = w[0]
            .rsplit(|c: char| !c.is_ascii_alphabetic())
            .next()
            .unwrap_or("");
        let start = w[1]
            .split(|c: char| !c.is_ascii_alphabetic())
            .next()
            .unwrap_or("");
        letters(end) && letters(start)
    });
    ascii_words || lit.chars().any(|c| c.is_alphabetic() && !c.is_ascii())
}

/// A literal with its HTML and SVG tags taken out (`<td class="num">`):
/// markup is format, not words; the text between tags is still scanned.
fn without_markup(lit: &str) -> String {
    let mut out = String::with_capacity(lit.len());
    let mut in_tag = false;
    for c in lit.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

#[test]
fn literal_words_live_in_the_catalogue() {
    let root = common::repo();
    let mut files = Vec::new();
    rust_files(&root.join(SCANNED), &mut files);
    // The catalogue is where the words live; the HTML page's style and script
    // (src/render/html/) are not Rust and hold no word.
    files.retain(|f| !f.starts_with(root.join(CATALOGUE)));
    files.retain(|f| !NOT_SCANNED.iter().any(|(p, _)| f.starts_with(root.join(p))));
    let mut found = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for (n, line) in text.lines().enumerate() {
            if line.trim_start().starts_with("#[cfg(test)]") {
                break;
            }
            let code = line.trim_start();
            if code.starts_with("//") || code.starts_with("#[") || code.contains(".expect(") {
                continue;
            }
            for lit in literals(line) {
                let allowed = lit.starts_with("internal:") || PROPER_NAMES.contains(&lit.as_str());
                if has_words(&lit) && !allowed {
                    found.push(format!("{}:{}: \"{lit}\"", file.display(), n + 1));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "user-facing words outside src/catalogue (name a Word, Message or Problem instead):\n{}",
        found.join("\n")
    );
}

#[test]
fn the_literal_scanner_finds_words_and_not_formats() {
    assert!(has_words("unknown table"));
    assert!(has_words("Hạn"));
    assert!(!has_words("{} – {}"));
    assert!(!has_words("%Y-%m-%d"));
    assert!(!has_words(r#"<td class=\"num\" data-sort=\"{}\">{}</td>"#));
    assert!(has_words("<p>unknown table</p>"));
    assert!(!has_words(r#"{{\n  \"plan\": {},\n  \"as_of\": {as_of}"#));
    assert_eq!(literals(r#"bail!("a \"b\" c", x)"#), [r#"a \"b\" c"#]);
}

/// The example plan with findings of many kinds: wrong types, unknown keys,
/// words and references, dates out of order, a warning.
fn with_findings() -> Fixture {
    let tasks = "tasks/pl2-01-quy-hoach.toml";
    Fixture::example()
        .edit(
            tasks,
            "due = 2022-06-30",
            "due = \"2022-06-30\"\npriority = 1",
        )
        .edit(
            tasks,
            "lead = [\"sxd\"]\nsupport = [\"ubnd-nha-trang\"]",
            "lead = [\"sokhdt\"]\nsupport = [\"ubnd-nha-trang\"]",
        )
        .edit(tasks, "  due = 2028-12-31", "  due = 2021-12-31")
        .edit(
            "progress/2025.toml",
            "task = \"PL2.I.2\"",
            "task = \"PL2.I.99\"",
        )
        .edit(
            "progress/2025.toml",
            "on = 2025-03-01\nstatus = \"cancelled\"",
            "on = 2025-03-01\nstatus = \"finished\"",
        )
        .edit(
            "plan.toml",
            "semiannual_due = \"07-15\"",
            "semiannual_due = \"15/07\"",
        )
}

/// What `validate` shows of its own: without the quoted lines of the files
/// (`3 | lead = …`) and the `-->` places, each line's own words
/// (`own_words`: not the codes in brackets, nor what is quoted or in
/// backticks, the file's ids, keys, values and TOML, written as the file
/// writes them in every language).
fn findings_voice(text: &str) -> String {
    let mut out = String::new();
    for line in text.lines() {
        let t = line.trim_start();
        if t.starts_with("-->")
            || t.starts_with('|')
            || t.split_once(" |")
                .is_some_and(|(n, _)| n.trim().chars().all(|c| c.is_ascii_digit()))
        {
            continue;
        }
        out.push_str(&plan::catalogue::finding::own_words(line).join(" "));
        out.push('\n');
    }
    out
}

/// English words of sentences, which no Vietnamese finding has.
const SENTENCE_ENGLISH: &[&str] = &[
    "is", "not", "has", "in", "to", "and", "or", "for", "must", "be", "are", "it", "did", "you",
    "mean", "unknown", "add", "write", "check", "keys", "file",
];

#[test]
fn validate_speaks_the_language_asked_for() {
    let f = with_findings();
    let plan = plan_words();
    let run = |lang: &str| {
        let out = f.run(&["validate", "--lang", lang]);
        assert_eq!(out.code, 1, "{}{}", out.stdout, out.stderr);
        out.stdout
    };
    let (vi, en) = (run("vi"), run("en"));
    for code in [
        "wrong-type",
        "unknown-key",
        "unknown-agency",
        "milestone-order",
        "due-before-issue",
        "unknown-task",
        "bad-value",
    ] {
        let tag = format!("[{code}]");
        assert!(
            vi.contains(&tag) && en.contains(&tag),
            "{code}:\n{vi}\n{en}"
        );
    }
    assert!(vi.contains("lỗi[") && vi.contains("cảnh báo[") && vi.contains("gợi ý:"));
    assert!(en.contains("error[") && en.contains("warning[") && en.contains("help:"));
    check_voice("validate", "vi", &findings_voice(&vi), &plan);
    // And the words every English sentence of a finding has.
    let own = words(&findings_voice(&vi));
    for w in SENTENCE_ENGLISH {
        assert!(
            !own.contains(*w),
            "validate [vi] shows the English word {w:?}:\n{vi}"
        );
    }
    check_voice("validate", "en", &findings_voice(&en), &plan);
    // Without --lang: the plan's language, Vietnamese here.
    assert_eq!(f.run(&["validate"]).stdout, vi);
    // JSON: codes and data, whatever the language.
    let json = |lang: &str| {
        f.run(&["validate", "--lang", lang, "--format", "json"])
            .stdout
    };
    assert_eq!(json("vi"), json("en"));
    insta::assert_snapshot!("validate.vi", vi);
    insta::assert_snapshot!("validate.en", en);
    insta::assert_snapshot!("validate.json", json("vi"));
}

/// Every code a finding can have (the strings of `Finding::code`) is in the
/// table of docs/format.md, so a new check cannot go undocumented.
#[test]
fn every_finding_code_is_documented() {
    let root = common::repo();
    let source = std::fs::read_to_string(root.join("src/catalogue/finding.rs")).unwrap();
    let start = source.find("pub fn code(&self)").unwrap();
    let end = start + source[start..].find("pub fn severity(&self)").unwrap();
    let codes: Vec<String> = source[start..end]
        .lines()
        .flat_map(literals)
        .filter(|l| !l.is_empty())
        .collect();
    assert!(codes.len() >= 40, "{codes:?}");
    let docs = std::fs::read_to_string(root.join("docs/format.md")).unwrap();
    let table = &docs[docs.find("## What `plan validate` checks").unwrap()..];
    let missing: Vec<&String> = codes
        .iter()
        .filter(|c| !table.contains(&format!("`{c}`")))
        .collect();
    assert!(
        missing.is_empty(),
        "codes not in docs/format.md: {missing:?}"
    );
}
/// English words of the reasons a command stops: none may reach a
/// Vietnamese stderr.
const ENGLISH_STDERR: &[&str] = &[
    "error", "help", "unknown", "not", "is", "the", "date", "year", "found", "folder", "does",
    "exist", "did", "you", "mean", "task", "another", "held", "lock", "nothing", "was", "written",
    "two", "digit", "calendar", "of", "no", "write", "full", "agency", "run", "again",
];

/// What a person reads of a message, without what they typed back to them:
/// `commands`, `--flags` and metavariables (`DIR`) stay as typed.
fn prose(stderr: &str) -> String {
    let mut out = String::new();
    for (i, piece) in stderr.split('`').enumerate() {
        if i % 2 == 0 {
            out.push_str(piece);
        }
    }
    out.split_whitespace()
        .filter(|w| {
            !w.starts_with("--") && !w.chars().any(|c| c.is_ascii_uppercase()) && !w.contains('/')
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Commands that cannot run, in the two languages: exit 2, the whole message
/// in the language asked for (`lỗi:`/`error:`, `gợi ý:`/`help:`), and no
/// English word in Vietnamese.
#[test]
fn the_reasons_a_command_stops_speak_the_language_of_stderr() {
    let f = Fixture::valid();
    let cases: &[(&str, &[&str])] = &[
        ("unknown task", &["show", "PL9.IX.9"]),
        ("a section for a task", &["show", "pl2.i"]),
        ("unknown agency", &["list", "--agency", "khong-co-dau"]),
        ("bad date", &["list", "--as-of", "30/02/2024"]),
        ("two-digit year", &["list", "--as-of", "1/7/24"]),
        ("missing plan folder", &["--dir", "khong-co", "list"]),
        (
            "bad figure",
            &[
                "actual",
                "grdp-growth",
                "--year",
                "2025",
                "--value",
                "7,500",
            ],
        ),
    ];
    for (name, args) in cases {
        for lang in ["vi", "en"] {
            let out = f.run(&[&["--lang", lang][..], args].concat());
            assert_eq!(out.code, 2, "{name} [{lang}]: {}", out.transcript());
            check_stderr(name, lang, &out.stderr);
        }
    }
}

/// Waiting for and giving up on the plan's lock, in both languages.
#[test]
fn a_lock_held_too_long_is_said_in_the_language_of_stderr() {
    let f = Fixture::valid();
    let update = [
        "update",
        "PL2.I.5",
        "--status",
        "done",
        "--on",
        "2024-06-01",
    ];
    plan::fsio::with_plan_lock(
        &f.path(""),
        std::time::Duration::from_secs(5),
        plan::lang::Lang::En,
        || {
            for lang in ["vi", "en"] {
                let args = [&["--lang", lang, "--lock-timeout", "0.1"][..], &update].concat();
                let out = f.run(&args);
                assert_eq!(out.code, 2, "[{lang}]: {}", out.transcript());
                check_stderr("lock", lang, &out.stderr);
            }
            Ok(())
        },
    )
    .unwrap();
}

/// With no --lang, stderr speaks the plan's language, and Vietnamese where
/// there is no plan to ask.
#[test]
fn stderr_speaks_the_plan_s_language_else_vietnamese() {
    let vi = Fixture::valid();
    let out = vi.run(&["show", "PL9.IX.9"]);
    assert!(
        out.stderr.starts_with("lỗi: không có nhiệm vụ"),
        "{}",
        out.stderr
    );
    let en = Fixture::valid().edit("plan.toml", "language = \"vi\"", "language = \"en\"");
    let out = en.run(&["show", "PL9.IX.9"]);
    assert!(
        out.stderr.starts_with("error: unknown task"),
        "{}",
        out.stderr
    );
    let out = en.run(&["--dir", "khong-co", "list"]);
    assert!(
        out.stderr.starts_with("lỗi: không tìm thấy kế hoạch"),
        "{}",
        out.stderr
    );
}

fn check_stderr(name: &str, lang: &str, stderr: &str) {
    let (error, help) = if lang == "vi" {
        ("lỗi: ", "\n  gợi ý: ")
    } else {
        ("error: ", "\n  help: ")
    };
    assert!(stderr.starts_with(error), "{name} [{lang}]: {stderr}");
    assert!(
        stderr.contains(help),
        "{name} [{lang}] names no fix: {stderr}"
    );
    if lang == "vi" {
        let found = words(&prose(stderr));
        for w in ENGLISH_STDERR {
            assert!(
                !found.contains(*w),
                "{name} [vi] says the English {w:?}: {stderr}"
            );
        }
    } else {
        assert!(
            !stderr.chars().any(|c| c.is_alphabetic() && !c.is_ascii()),
            "{name} [en] holds Vietnamese: {stderr}"
        );
    }
}

#[test]
fn show_csv_keeps_dates_out_of_labels_and_writes_them_iso() {
    let f = example();
    for lang in ["vi", "en"] {
        let csv = run(
            &f,
            &["show", "PL2.I.3", "--as-of", "2023-01-01"],
            lang,
            "csv",
        )
        .stdout;
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(true)
            .from_reader(csv.as_bytes());
        let mut as_of = false;
        for row in reader.records() {
            let row = row.unwrap();
            // The first column is what a spreadsheet keys on: never a date.
            assert!(
                !row[0].chars().any(|c| c.is_ascii_digit())
                    || row[0].starts_with("Mốc")
                    || row[0].starts_with("Milestone"),
                "[{lang}] a date in the label {:?}",
                &row[0]
            );
            as_of |= row[1] == *"2023-01-01";
            // Every date in a cell is ISO: no dd/mm/yyyy.
            let dmy = row[1]
                .split(|c: char| !(c.is_ascii_digit() || c == '/'))
                .any(|w| w.matches('/').count() == 2);
            assert!(!dmy, "[{lang}] a dd/mm/yyyy date in {:?}", &row[1]);
        }
        assert!(
            as_of,
            "[{lang}] the date asked has a row of its own:\n{csv}"
        );
        assert!(
            csv.contains("2023-03-31") && csv.contains("2023-03-20"),
            "{csv}"
        );
    }
}

/// `plan show PL2.I`: a section's id where a task's was asked for is said to
/// be a section, with the command that lists its tasks.
#[test]
fn a_section_given_for_a_task_is_named_a_section() {
    let f = Fixture::valid();
    let out = f.run(&["--lang", "vi", "show", "pl2.i"]);
    assert_eq!(out.code, 2, "{}", out.transcript());
    assert!(
        out.stderr
            .contains("\"pl2.i\" là một phần, không phải một nhiệm vụ")
            && out
                .stderr
                .contains("gợi ý: plan list --section PL2.I (các nhiệm vụ PL2.I.1 đến"),
        "{}",
        out.stderr
    );
}

/// A day past its month's end is said with the month's own days, and the
/// hint is that month's last day in every form `plan` takes.
#[test]
fn a_day_past_the_month_end_names_the_month_s_last_day() {
    let f = Fixture::valid();
    let out = f.run(&["--lang", "vi", "list", "--as-of", "31/02/2025"]);
    assert_eq!(out.code, 2, "{}", out.transcript());
    assert!(
        out.stderr.contains("tháng 02/2025 chỉ có 28 ngày")
            && out
                .stderr
                .contains("gợi ý: ví dụ 28/02/2025 (cũng nhận 2025-02-28, 28.02.2025, 28-02-2025)"),
        "{}",
        out.stderr
    );
    let leap = f.run(&["--lang", "vi", "list", "--as-of", "30/02/2024"]);
    assert!(
        leap.stderr.contains("tháng 02/2024 chỉ có 29 ngày"),
        "{}",
        leap.stderr
    );
}
