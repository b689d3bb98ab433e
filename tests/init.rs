//! `plan init DIR` writes a plan that validates, and never overwrites one.

mod common;

use common::Fixture;

#[test]
fn init_writes_a_valid_plan_and_refuses_a_second_time() {
    let f = Fixture::empty();
    let first = f.run(&["--lang", "en", "init", "new-plan"]);
    assert_eq!(first.code, 0, "{}", first.stderr);
    let check = f.run(&["--lang", "en", "validate", "--dir", "new-plan"]);
    assert_eq!(check.code, 0, "{}", check.stdout);
    assert!(check.stdout.contains("0 errors, 0 warnings"));
    // The diff and merge drivers come with the new plan.
    let attrs = std::fs::read_to_string(f.dir.path().join("new-plan/.gitattributes")).unwrap();
    assert!(attrs.contains("*.toml diff=plan merge=plan"), "{attrs}");

    let before = std::fs::read(f.dir.path().join("new-plan/plan.toml")).unwrap();
    let second = f.run(&["--lang", "en", "init", "new-plan"]);
    assert_eq!(second.code, 2);
    assert!(
        second.stderr.contains("already holds a plan"),
        "{}",
        second.stderr
    );
    assert_eq!(
        std::fs::read(f.dir.path().join("new-plan/plan.toml")).unwrap(),
        before
    );
}

#[test]
fn init_refuses_before_writing_anything_when_one_file_exists() {
    let f = Fixture::empty();
    std::fs::create_dir_all(f.dir.path().join("p/tasks")).unwrap();
    std::fs::write(f.dir.path().join("p/tasks/pl1.toml"), "# mine").unwrap();
    let out = f.run(&["init", "p"]);
    assert_eq!(out.code, 2);
    assert!(!f.dir.path().join("p/plan.toml").exists());
    assert_eq!(
        std::fs::read_to_string(f.dir.path().join("p/tasks/pl1.toml")).unwrap(),
        "# mine"
    );
}

/// The skeleton's comments are in --lang (Vietnamese by default), from the
/// catalogue, and point at no path of the repository (the analyst's folder
/// holds no docs/).
#[test]
fn init_comments_speak_the_language_asked_and_name_no_repository_path() {
    let files = [
        "plan.toml",
        "agencies.toml",
        "indicators.toml",
        "tasks/pl1.toml",
        ".gitattributes",
        ".gitignore",
    ];
    let f = Fixture::empty();
    for (args, dir) in [
        (vec!["init", "vi-plan"], "vi-plan"),
        (vec!["--lang", "en", "init", "en-plan"], "en-plan"),
    ] {
        let out = f.run(&args);
        assert_eq!(out.code, 0, "{}", out.stderr);
        for file in files {
            let text = std::fs::read_to_string(f.dir.path().join(dir).join(file)).unwrap();
            let comment: String = text
                .lines()
                .filter(|l| l.starts_with('#'))
                .collect::<Vec<_>>()
                .join("\n");
            assert!(!comment.is_empty(), "{dir}/{file} has no comment");
            assert!(!comment.contains("docs/"), "{dir}/{file}: {comment}");
            let words: Vec<&str> = comment
                .split(|c: char| !c.is_alphabetic())
                .filter(|w| !w.is_empty())
                .collect();
            let english = ["the", "The", "and", "of", "is", "or", "Every", "One"];
            if dir == "vi-plan" {
                for w in english {
                    assert!(
                        !words.contains(&w),
                        "{dir}/{file}: English {w:?}\n{comment}"
                    );
                }
            } else {
                assert!(
                    words.iter().any(|w| english.contains(w)),
                    "{dir}/{file}\n{comment}"
                );
            }
        }
        let check = f.run(&["validate", "--dir", dir]);
        assert_eq!(check.code, 0, "{}", check.stdout);
    }
}

/// `plan textconv`, read in `git diff`, labels entities in the plan's
/// language: Vietnamese for a Vietnamese plan.
#[test]
fn textconv_labels_in_the_plan_s_language() {
    let f = Fixture::example();
    let out = f.run(&["textconv", "plan/progress/2025.toml"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stdout
            .contains("cập nhật PL2.I.4 2025-06-01  status = \"in_progress\""),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout
            .contains("số liệu thực hiện grdp-growth 2025  value = 10.0"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout
            .contains("báo cáo sxd 2025  received_on = 2025-12-20"),
        "{}",
        out.stdout
    );
    let en = f.run(&["--lang", "en", "textconv", "plan/progress/2025.toml"]);
    assert!(
        en.stdout.contains("actual grdp-growth 2025  value = 10.0"),
        "{}",
        en.stdout
    );
}
