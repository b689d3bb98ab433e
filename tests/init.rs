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
