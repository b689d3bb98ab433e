//! `plan fmt`: canonical, idempotent and lossless; comments stay; --check
//! changes nothing and exits 1.

mod common;

use common::Fixture;
use plan::canonical::{canonical, FileKind};
use plan::load::{load_files, InputFile};
use proptest::prelude::*;

const MESSY: &str = "\u{feff}# Phụ lục II, mục I (a comment at the top)\r\n[section]\r\ntitle = \"Quy hoạch\"\r\nid    = \"PL2.I\"\r\n\r\n\r\n[[task]]\r\n# the deadline comes from the schedule\r\ndue = 2022-06-30\r\nschedule = \"Hoàn thành trong tháng 6/2022\"\r\nid = \"PL2.I.1\"   # keep me\r\ntitle = \"Lập quy hoa\u{0323}ch tỉnh.\"\r\nlead = [ \"skhdt\" ]\r\nsupport = [\"sxd\",\r\n  \"ubnd-cap-huyen\"]\r\ndeliverables = [\"Quy hoạch được phê duyệt\"]\r\n[[task]]\r\nid = \"PL2.I.2\"\r\ntitle = \"Xây dựng Đề án.\"\r\nlead = [\"sxd\"]\r\nsupport = []\r\nschedule = \"2022-2025\"\r\nongoing = true\r\ndeliverables = [\"Kế hoạch triển khai thực hiện\", \"Văn bản chỉ đạo, triển khai, phối hợp\", \"Báo cáo định kỳ hàng năm\"]\r\n";

const TIDY: &str = "# Phụ lục II, mục I (a comment at the top)\n[section]\nid = \"PL2.I\"\ntitle = \"Quy hoạch\"\n\n[[task]]\nid = \"PL2.I.1\" # keep me\ntitle = \"Lập quy hoạch tỉnh.\"\nlead = [\"skhdt\"]\nsupport = [\"sxd\", \"ubnd-cap-huyen\"]\nschedule = \"Hoàn thành trong tháng 6/2022\"\n# the deadline comes from the schedule\ndue = 2022-06-30\ndeliverables = [\"Quy hoạch được phê duyệt\"]\n\n[[task]]\nid = \"PL2.I.2\"\ntitle = \"Xây dựng Đề án.\"\nlead = [\"sxd\"]\nsupport = []\nschedule = \"2022-2025\"\nongoing = true\ndeliverables = [\n  \"Kế hoạch triển khai thực hiện\",\n  \"Văn bản chỉ đạo, triển khai, phối hợp\",\n  \"Báo cáo định kỳ hàng năm\",\n]\n";

#[test]
fn a_file_saved_by_hand_in_windows_comes_out_canonical_with_its_comments() {
    // The fixture's progress speaks of tasks this file does not have.
    let f = Fixture::valid()
        .remove("progress/2023.toml")
        .remove("progress/2024.toml")
        .write("tasks/pl2-01.toml", MESSY.as_bytes());
    let check = f.run(&["--lang", "en", "fmt", "--check"]);
    assert_eq!(check.code, 1);
    assert_eq!(check.stdout, "would reformat plan/tasks/pl2-01.toml\n");
    assert_eq!(
        f.read("tasks/pl2-01.toml"),
        MESSY,
        "--check changes nothing"
    );
    let out = f.run(&["--lang", "en", "fmt"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(out.stdout, "reformatted plan/tasks/pl2-01.toml\n");
    assert_eq!(f.read("tasks/pl2-01.toml"), TIDY);
    let again = f.run(&["--lang", "en", "fmt", "--check"]);
    assert_eq!(
        again.code, 0,
        "idempotent: {}{}",
        again.stdout, again.stderr
    );
    let valid = f.run(&["--lang", "en", "validate"]);
    assert_eq!(valid.code, 0, "{}", valid.stdout);
    assert!(
        valid.stdout.ends_with("0 errors, 0 warnings\n"),
        "BOM, CRLF and NFD are gone: {}",
        valid.stdout
    );
}

#[test]
fn named_files_only_and_refusals() {
    let f = Fixture::valid().write("tasks/pl2-01.toml", MESSY.as_bytes());
    let out = f.run(&["--lang", "en", "fmt", "--check", "plan/plan.toml"]);
    assert_eq!(out.code, 0, "only the named file is looked at");
    let out = f.run(&["--lang", "en", "fmt", "README.md"]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("is not a plan file"));
    let broken = Fixture::valid().write("tasks/pl2-01.toml", b"[[task]\nid = 1\n");
    let out = broken.run(&["--lang", "en", "fmt"]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("not valid TOML"), "{}", out.stderr);
    assert_eq!(broken.read("tasks/pl2-01.toml"), "[[task]\nid = 1\n");
}

#[test]
fn bundled_plan_and_example_are_canonical() {
    for dir in ["plan", "examples/plan", "tests/fixtures/valid"] {
        let out = common::run_in(&common::repo(), &["--dir", dir, "fmt", "--check"]);
        assert_eq!(out.code, 0, "{dir}: {}", out.stdout);
    }
}

/// What a task means, without where it was written.
fn meaning(text: &str) -> Vec<String> {
    let loaded = load_files(
        "",
        vec![InputFile {
            rel: "tasks/pl2-01.toml".into(),
            bytes: Ok(text.as_bytes().to_vec()),
        }],
    );
    loaded
        .plan
        .tasks
        .iter()
        .map(|t| {
            format!(
                "{}|{}|{:?}|{:?}|{:?}|{:?}|{:?}|{:?}",
                t.id.as_str(),
                t.title,
                t.lead.iter().map(|a| a.as_str()).collect::<Vec<_>>(),
                t.support.iter().map(|a| a.as_str()).collect::<Vec<_>>(),
                t.schedule,
                t.final_due(),
                t.is_ongoing(),
                t.deliverables
            )
        })
        .collect()
}

fn task_text() -> impl Strategy<Value = String> {
    let word = prop::sample::select(vec![
        "Quy hoạch",
        "Đề án",
        "Kế hoạch",
        "báo cáo",
        "Sở Xây dựng",
        "năm 2025",
        "\"trích\"",
        "a\\b",
    ]);
    let text = prop::collection::vec(word, 1..12).prop_map(|w| w.join(" "));
    let list = prop::collection::vec(text.clone(), 0..7);
    let space = prop::sample::select(vec![" ", "  ", "\t"]);
    (
        1u32..60,
        text.clone(),
        list.clone(),
        list,
        prop::option::of(1u32..12),
        space,
        any::<bool>(),
        any::<prop::sample::Index>(),
    )
        .prop_map(
            |(n, title, support, deliverables, month, sp, nfd, shuffle)| {
                let esc = |s: &str| s.replace('\\', "\\\\").replace('"', "\\\"");
                let title = if nfd {
                    use unicode_normalization::UnicodeNormalization;
                    title.nfd().collect::<String>()
                } else {
                    title
                };
                let arr = |v: &Vec<String>| {
                    format!(
                        "[{}]",
                        v.iter()
                            .map(|s| format!("\"{}\"", esc(s)))
                            .collect::<Vec<_>>()
                            .join(",")
                    )
                };
                let mut lines = vec![
                    format!("id{sp}={sp}\"PL2.I.{n}\""),
                    format!("title = \"{}\"", esc(&title)),
                    "lead = [\"skhdt\"]".to_string(),
                    format!("support = {}", arr(&support)),
                    format!("deliverables = {}", arr(&deliverables)),
                ];
                match month {
                    Some(m) => {
                        lines.push(format!("schedule = \"Hoàn thành trong tháng {m}/2024\""));
                        lines.push(format!("due = 2024-{m:02}-28"));
                    }
                    None => {
                        lines.push("schedule = \"Thường xuyên\"".into());
                        lines.push("ongoing = true".into());
                    }
                }
                let k = shuffle.index(lines.len());
                lines.rotate_left(k);
                format!("[[task]]\n{}\n", lines.join("\n"))
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn fmt_is_idempotent_and_lossless(tasks in prop::collection::vec(task_text(), 1..6), crlf in any::<bool>()) {
        let mut text = format!("[section]\nid = \"PL2.I\"\ntitle = \"Quy hoạch\"\n\n{}", tasks.join("\n"));
        if crlf {
            text = text.replace('\n', "\r\n");
        }
        let once = canonical(FileKind::Tasks, &text).unwrap();
        let twice = canonical(FileKind::Tasks, &once).unwrap();
        prop_assert_eq!(&once, &twice);
        let before = meaning(&text.replace("\r\n", "\n"));
        let after = meaning(&once);
        // NFD titles are stored as NFC by the loader either way.
        prop_assert_eq!(before, after);
        prop_assert!(!once.contains('\r'));
        prop_assert!(once.ends_with('\n') && !once.ends_with("\n\n"));
    }
}
