//! `--help`, `plan help COMMAND`, the man pages, the descriptions shells
//! show beside completions and clap's refusals of a command line speak the
//! language of stderr: `--lang`, else plan.toml's `language`, else
//! Vietnamese (docs/output.md, "The language of help").

mod common;

use common::{Fixture, Output};
use std::collections::HashSet;

/// English words of sentences and of clap's own words: none may be left in
/// Vietnamese help once what is typed is taken out. ("in" is not here: it is
/// the Vietnamese for print.)
const ENGLISH: &[&str] = &[
    "the",
    "is",
    "not",
    "of",
    "and",
    "or",
    "to",
    "with",
    "for",
    "print",
    "help",
    "usage",
    "options",
    "commands",
    "command",
    "arguments",
    "default",
    "possible",
    "values",
    "value",
    "version",
    "this",
    "file",
    "files",
    "folder",
    "date",
    "year",
    "task",
    "tasks",
    "agency",
    "agencies",
    "when",
    "from",
    "each",
    "every",
    "one",
    "only",
    "write",
    "see",
    "more",
    "summary",
    "subcommand",
    "subcommands",
    "environment",
    "env",
    "exit",
    "status",
    "name",
    "description",
    "synopsis",
    "extra",
    "manual",
    "general",
    "report",
    "plan's",
    "its",
    "it",
    "be",
    "are",
    "as",
    "by",
    "on",
    "at",
    "if",
    "specified",
    "also",
    "may",
    "tip",
];

/// The commands, as typed: the list of commands names them.
const COMMANDS: &[&str] = &[
    "validate",
    "overdue",
    "list",
    "show",
    "update",
    "forms",
    "import",
    "actual",
    "received",
    "report",
    "targets",
    "agencies",
    "fmt",
    "diff",
    "textconv",
    "merge-file",
    "schema",
    "completions",
    "man",
    "init",
    "help",
];

/// What a person reads of a help text in their language: without what is
/// typed back to them (`commands`, "values", `--flags`, `-h`, metavariables
/// in capitals, paths, ids and codes).
fn prose(text: &str) -> String {
    let mut out = String::new();
    for (i, piece) in text.split(['`', '"']).enumerate() {
        if i % 2 == 0 {
            out.push_str(piece);
            out.push(' ');
        }
    }
    out.split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '_' && c != '-'))
        .filter(|w| !typed(w))
        .collect::<Vec<_>>()
        .join(" ")
}

/// A command, a flag, a path, an id, a code or a metavariable in capitals.
fn typed(w: &str) -> bool {
    let capitals = w.chars().any(|c| c.is_alphabetic()) && w.chars().all(|c| !c.is_lowercase());
    COMMANDS.contains(&w)
        || w.starts_with("plan-")
        || w.starts_with('-')
        || w.contains(['_', '/', '.', '=', '<', '>'])
        || capitals
}

fn english_words_in(text: &str) -> Vec<String> {
    let words: HashSet<String> = prose(text)
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .map(str::to_lowercase)
        .collect();
    ENGLISH
        .iter()
        .filter(|w| words.contains(**w))
        .map(|w| w.to_string())
        .collect()
}

/// Vietnamese outside quotes (the help quotes Vietnamese data as examples:
/// "Báo cáo số …", "Sở Kế hoạch và Đầu tư").
fn vietnamese_in(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (i, piece) in text.split('"').enumerate() {
        if i % 2 == 0 {
            found.extend(
                piece
                    .split_whitespace()
                    .filter(|w| w.chars().any(|c| c.is_alphabetic() && !c.is_ascii()))
                    .map(str::to_string),
            );
        }
    }
    found
}

/// The man page's text without roff: control lines, font changes, escapes,
/// and the values of a list (`.IP`), which are typed.
fn man_text(roff: &str) -> String {
    let mut after_ip = false;
    roff.lines()
        .filter(|l| {
            let value = after_ip;
            after_ip = l.starts_with(".IP");
            !value && !l.starts_with('.') && !l.starts_with('\'')
        })
        .collect::<Vec<_>>()
        .join("\n")
        .replace("\\fB", "")
        .replace("\\fI", "")
        .replace("\\fR", "")
        .replace("\\-", "-")
        .replace("\\*(Aq", "'")
        .replace("\\\\", "\\")
}

fn ok(out: Output, what: &str) -> String {
    assert_eq!(out.code, 0, "{what}: {}", out.transcript());
    assert!(out.stderr.is_empty(), "{what}: {}", out.stderr);
    out.stdout
}

const HELPS: &[&[&str]] = &[
    &["--help"],
    &["-h"],
    &["overdue", "--help"],
    &["help", "update"],
    &["report", "--help"],
    &["merge-file", "--help"],
    &["help"],
    &["help", "help"],
    // clap's `help` takes no option: `plan` reads these as `plan list --wide
    // --help` and `plan help help`.
    &["help", "list", "--wide"],
    &["help", "--help"],
];

#[test]
fn help_speaks_vietnamese_by_default_and_english_with_lang_en() {
    let f = Fixture::valid();
    for args in HELPS {
        let vi = ok(f.run(args), &format!("{args:?}"));
        let english = english_words_in(&vi);
        assert!(english.is_empty(), "{args:?} [vi] says {english:?}:\n{vi}");
        assert!(vi.contains("Cách dùng: plan"), "{args:?}:\n{vi}");
        let en = ok(
            f.run(&[&["--lang", "en"], *args].concat()),
            &format!("{args:?}"),
        );
        let vietnamese = vietnamese_in(&en);
        assert!(
            vietnamese.is_empty(),
            "{args:?} [en] says {vietnamese:?}:\n{en}"
        );
        assert!(en.contains("Usage: plan"), "{args:?}:\n{en}");
    }
}

#[test]
fn the_plan_s_language_switches_help_and_lang_overrides_it() {
    let en = Fixture::valid().edit("plan.toml", "language = \"vi\"", "language = \"en\"");
    let out = ok(en.run(&["overdue", "--help"]), "plan.toml en");
    assert!(out.contains("Usage: plan overdue [OPTIONS]"), "{out}");
    let out = ok(en.run(&["--lang", "vi", "overdue", "--help"]), "--lang vi");
    assert!(out.contains("Cách dùng: plan overdue [TÙY_CHỌN]"), "{out}");
    let out = ok(en.run(&["overdue", "--lang=vi", "--help"]), "--lang=vi");
    assert!(out.contains("Cách dùng: plan overdue [TÙY_CHỌN]"), "{out}");
    // No plan folder to ask: Vietnamese.
    let out = ok(en.run(&["--dir", "khong-co", "--help"]), "no plan");
    assert!(out.contains("Cách dùng: plan [TÙY_CHỌN] <LỆNH>"), "{out}");
}

#[test]
fn help_snapshots() {
    let f = Fixture::valid();
    insta::assert_snapshot!("help.vi", ok(f.run(&["--help"]), "vi"));
    insta::assert_snapshot!("help.en", ok(f.run(&["--lang", "en", "--help"]), "en"));
    insta::assert_snapshot!("help-update.vi", ok(f.run(&["help", "update"]), "vi"));
    insta::assert_snapshot!(
        "help-update.en",
        ok(f.run(&["--lang", "en", "help", "update"]), "en")
    );
}

#[test]
fn man_pages_speak_the_language_of_help() {
    let f = Fixture::valid();
    let out_dir = f.dir.path().join("man");
    let out_dir = out_dir.to_str().unwrap();
    for lang in ["vi", "en"] {
        let main = ok(f.run(&["--lang", lang, "man"]), lang);
        let dir = format!("{out_dir}-{lang}");
        ok(f.run(&["--lang", lang, "man", "--out-dir", &dir]), lang);
        let mut pages = vec![main.clone()];
        for e in std::fs::read_dir(&dir).unwrap() {
            pages.push(std::fs::read_to_string(e.unwrap().path()).unwrap());
        }
        assert!(pages.len() >= 20, "{}", pages.len());
        for page in &pages {
            let text = man_text(page);
            if lang == "vi" {
                let english = english_words_in(&text);
                assert!(english.is_empty(), "man [vi] says {english:?}:\n{text}");
                for heading in [".SH TÊN", ".SH \"CÚ PHÁP\"", ".SH \"MÔ TẢ\""] {
                    assert!(page.contains(heading), "{heading}:\n{page}");
                }
            } else {
                let vietnamese = vietnamese_in(&text);
                assert!(
                    vietnamese.is_empty(),
                    "man [en] says {vietnamese:?}:\n{text}"
                );
                assert!(page.contains(".SH NAME"), "{page}");
            }
            // The date left empty is written as such: the manual's name is
            // the fifth argument of .TH.
            let th = page.lines().find(|l| l.starts_with(".TH ")).unwrap();
            assert!(th.contains(" \"\" "), "{th}");
        }
    }
}

/// What zsh shows beside each value and option it completes.
fn zsh(f: &Fixture, words: &[&str]) -> String {
    common::complete(f.dir.path(), "zsh", words)
}

#[test]
fn completion_descriptions_speak_the_language_of_help() {
    let f = Fixture::valid();
    let vi = zsh(&f, &["plan", "--dir", "plan", "--format", ""]);
    assert!(vi.contains("html:Một trang HTML khép kín"), "{vi}");
    let vi = zsh(&f, &["plan", "--dir", "plan", "ov"]);
    assert!(vi.contains("overdue:Mọi nhiệm vụ hoặc mốc"), "{vi}");
    let en = zsh(&f, &["plan", "--lang", "en", "--format", ""]);
    assert!(en.contains("html:One self-contained HTML page"), "{en}");
    let en = zsh(&f, &["plan", "--lang", "en", "ov"]);
    assert!(en.contains("overdue:Every task or milestone"), "{en}");
    // `plan completions zsh` registers the same: the shell asks `plan`.
    let script = ok(f.run(&["completions", "zsh"]), "zsh script");
    assert!(script.contains("COMPLETE=\"zsh\""), "{script}");
}

/// A refused command line: exit 2, the message and its fix in the language
/// of help.
#[test]
fn usage_errors_speak_the_language_of_help() {
    let f = Fixture::valid();
    let cases: &[(&[&str], &str, &str)] = &[
        (&["lsit"], "không có lệnh `lsit`", "`plan list`"),
        (&["show", "-x"], "không có tùy chọn `-x`", "viết `-- -x`"),
        (
            &["report", "--out", "a", "--out-dir", "b"],
            "không dùng cùng với --out-dir",
            "bỏ một trong hai",
        ),
        (
            &["list", "--statsu", "x"],
            "không có tùy chọn `--statsu`",
            "`--status`",
        ),
        (
            &["list", "--zzz"],
            "không có tùy chọn `--zzz`",
            "`plan list --help`",
        ),
        (
            &["list", "--", "extra"],
            "lệnh `plan list` không nhận thêm đối số `extra`",
            "`plan list --help`",
        ),
        // What was typed is quoted shown, never sent to the terminal as is
        // (ESC would start a colour), and a long one is cut.
        (&["l\u{1b}[31mist"], "`l\\u{1B}[31mist`", "plan --help"),
        (
            &[&"x".repeat(500)],
            &format!("`{}…`", "x".repeat(80)),
            "plan --help",
        ),
        (
            &["update", "PL2.I.1"],
            "còn thiếu đối số bắt buộc: --status",
            "plan update [TÙY_CHỌN]",
        ),
        (
            &["list", "--format", "xml"],
            "không nhận giá trị \"xml\"",
            "\"xlsx\"",
        ),
        (
            &["list", "--format"],
            "lỗi: --format cần một giá trị",
            "table, csv",
        ),
        (
            &["report", "--half", "2"],
            "\"2\" không phải là giá trị dùng được cho --half",
            "30/06",
        ),
        (
            &["report", "--year", "abc"],
            "\"abc\" không phải là giá trị dùng được cho --year",
            "Năm báo cáo",
        ),
        // plan's own parser says why, in the language of help.
        (
            &["--lock-timeout", "abc", "list"],
            "\"abc\" không phải là một số giây (như 30 hoặc 0,5)",
            "Số giây",
        ),
    ];
    for (args, said, fix) in cases {
        let out = f.run(args);
        assert_eq!(out.code, 2, "{args:?}: {}", out.transcript());
        assert!(out.stdout.is_empty(), "{args:?}");
        assert!(out.stderr.starts_with("lỗi: "), "{args:?}: {}", out.stderr);
        assert!(
            out.stderr.contains("\n  gợi ý: "),
            "{args:?}: {}",
            out.stderr
        );
        assert!(
            out.stderr.contains(said) && out.stderr.contains(fix),
            "{args:?}: {}",
            out.stderr
        );
        let english = english_words_in(&out.stderr);
        assert!(
            english.is_empty(),
            "{args:?} [vi] says {english:?}: {}",
            out.stderr
        );
        let en = f.run(&[&["--lang", "en"], *args].concat());
        assert_eq!(en.code, 2, "{args:?}: {}", en.transcript());
        assert!(en.stderr.starts_with("error: "), "{args:?}: {}", en.stderr);
        assert!(en.stderr.contains("\n  help: "), "{args:?}: {}", en.stderr);
        let vietnamese = vietnamese_in(&en.stderr);
        assert!(
            vietnamese.is_empty(),
            "{args:?} [en] says {vietnamese:?}: {}",
            en.stderr
        );
    }
    // Help and version are not errors.
    assert_eq!(f.run(&["--version"]).code, 0);
    // No command.
    let none = f.run(&[]);
    assert_eq!(none.code, 2, "{}", none.transcript());
    assert!(
        none.stderr.starts_with("lỗi: cần nêu một lệnh"),
        "{}",
        none.stderr
    );
}
