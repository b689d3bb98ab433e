//! What editors and shells get: JSON Schemas that match the format, shell
//! completions that load, a man page that renders.

mod common;

use plan::canonical::{key_orders, FileKind};
use plan::schema::{schema, Kind};
use std::process::Command;

fn schema_json(kind: Kind) -> serde_json::Value {
    serde_json::from_str(&schema(Some(kind))).unwrap()
}

/// The property names of the schema's table at `path` ("" for the root,
/// else a key of an array of tables or a table below it).
fn properties(s: &serde_json::Value, table: &str) -> Vec<String> {
    let def = |name: &str| &s["$defs"][name];
    let obj = if table.is_empty() {
        s
    } else {
        // Find the definition the key refers to anywhere in the schema.
        let mut found = None;
        for candidate in std::iter::once(s).chain(s["$defs"].as_object().unwrap().values()) {
            if let Some(p) = candidate["properties"].get(table) {
                let r = p["$ref"]
                    .as_str()
                    .or(p["items"]["$ref"].as_str())
                    .or_else(|| {
                        p["anyOf"]
                            .as_array()
                            .and_then(|a| a.iter().find_map(|x| x["$ref"].as_str()))
                    });
                found = r.map(|r| def(r.trim_start_matches("#/$defs/")));
            }
        }
        found.unwrap_or_else(|| panic!("no table {table}"))
    };
    obj["properties"]
        .as_object()
        .unwrap()
        .keys()
        .cloned()
        .collect()
}

#[test]
fn every_schema_has_exactly_the_keys_of_the_format() {
    for (kind, file) in [
        (Kind::Plan, FileKind::Plan),
        (Kind::Agencies, FileKind::Agencies),
        (Kind::Indicators, FileKind::Indicators),
        (Kind::Tasks, FileKind::Tasks),
        (Kind::Progress, FileKind::Progress),
        (Kind::Amendments, FileKind::Amendments),
    ] {
        let s = schema_json(kind);
        for (table, keys) in key_orders(file) {
            let mut got = properties(&s, table);
            let mut want: Vec<String> = keys.iter().map(|k| k.to_string()).collect();
            got.sort();
            want.sort();
            assert_eq!(got, want, "{kind:?} table {table:?}");
        }
        assert_eq!(
            s["additionalProperties"], false,
            "{kind:?}: unknown keys are errors"
        );
    }
}

#[test]
fn committed_schemas_are_up_to_date() {
    let dir = tempfile::tempdir().unwrap();
    let out = common::run_in(
        &common::repo(),
        &["schema", "--out-dir", &dir.path().display().to_string()],
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    for k in [
        "plan",
        "agencies",
        "indicators",
        "tasks",
        "progress",
        "amendments",
        "any",
    ] {
        let name = format!("{k}.schema.json");
        assert_eq!(
            std::fs::read_to_string(dir.path().join(&name)).unwrap(),
            std::fs::read_to_string(common::repo().join("schema").join(&name)).unwrap(),
            "schema/{name} is stale: run `plan schema --out-dir schema`"
        );
    }
    let any: serde_json::Value =
        serde_json::from_str(&common::run_in(&common::repo(), &["schema"]).stdout).unwrap();
    assert_eq!(any["anyOf"].as_array().unwrap().len(), 6);
}

#[test]
fn bash_completion_loads() {
    let bin = assert_cmd::cargo::cargo_bin("plan");
    let out = Command::new("bash")
        .arg("-c")
        .arg(format!(
            "source <('{}' completions bash) && complete -p plan",
            bin.display()
        ))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("plan"));
    // The function it registers, called as bash calls it on Tab after
    // `plan update PL2.I.1 --status hoan`, offers the status word from the
    // plan (the static script offered file names here).
    let out = Command::new("bash")
        .arg("-c")
        .arg(format!(
            "source <('{}' completions bash) && COMP_WORDS=(plan update PL2.I.1 --status hoan) \
             COMP_CWORD=4 COMP_TYPE=9 && _clap_complete_plan plan hoan --status && \
             printf '%s\\n' \"${{COMPREPLY[@]}}\"",
            bin.display()
        ))
        .current_dir(common::repo())
        .output()
        .unwrap();
    let offered = String::from_utf8_lossy(&out.stdout);
    assert!(
        offered.contains("hoan"),
        "{offered}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(offered.lines().all(|l| l.starts_with("hoan")), "{offered}");
    // Every shell's script has the shell ask `plan` itself (values from the
    // plan, not file names), as `COMPLETE=SHELL plan` prints it.
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let out = common::run_in(&common::repo(), &["completions", shell]);
        assert_eq!(out.code, 0);
        assert!(out.stdout.contains("COMPLETE"), "{shell}: {}", out.stdout);
    }
}

#[test]
fn man_page_renders() {
    let bin = assert_cmd::cargo::cargo_bin("plan");
    let out = Command::new("sh")
        .arg("-c")
        .arg(format!("'{}' --lang en man | man -l - ", bin.display()))
        .env("MANPAGER", "cat")
        .env("PAGER", "cat")
        .env("MANWIDTH", "80")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("NAME") && text.contains("overdue") && text.contains("validate"),
        "{text}"
    );
}

#[test]
fn man_out_dir_writes_every_page_the_main_page_names() {
    let dir = tempfile::tempdir().unwrap();
    let out = common::run_in(
        &common::repo(),
        &["man", "--out-dir", &dir.path().display().to_string()],
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    let main = std::fs::read_to_string(dir.path().join("plan.1")).unwrap();
    let stdout = common::run_in(&common::repo(), &["man"]).stdout;
    assert_eq!(main, stdout, "the page on stdout is plan.1");
    let named: Vec<&str> = main
        .split("plan\\-")
        .skip(1)
        .filter_map(|s| s.split_once("(1)").map(|(name, _)| name))
        .filter(|n| n.chars().all(|c| c.is_ascii_lowercase()))
        .collect();
    assert!(named.len() >= 14, "{named:?}");
    for name in named {
        assert!(
            dir.path().join(format!("plan-{name}.1")).exists(),
            "plan.1 names plan-{name}(1), which was not written"
        );
    }
}

/// What bash gets back while the user types `plan WORDS…`.
fn complete(dir: &std::path::Path, words: &[&str]) -> Vec<String> {
    complete_in("bash", dir, words)
}

fn complete_in(shell: &str, dir: &std::path::Path, words: &[&str]) -> Vec<String> {
    common::complete(dir, shell, words)
        .lines()
        .map(str::to_string)
        .collect()
}

#[test]
fn completion_offers_the_plans_own_ids_and_words() {
    let f = common::Fixture::valid();
    let d = f.dir.path();
    assert_eq!(
        complete(d, &["plan", "show", "PL2.I."]),
        ["PL2.I.1", "PL2.I.2", "PL2.I.3", "PL2.I.4", "PL2.I.5", "PL2.I.6", "PL2.I.7"]
    );
    assert_eq!(
        complete(d, &["plan", "list", "--section", "PL2"]),
        ["PL2.I"]
    );
    // Typed in lower case, as `plan` takes ids: offered in lower case.
    assert_eq!(complete(d, &["plan", "show", "pl2.i.1"]), ["pl2.i.1"]);
    assert_eq!(
        complete(d, &["plan", "list", "--section", "pl2"]),
        ["pl2.i"]
    );
    let agencies = complete(d, &["plan", "overdue", "--agency", ""]);
    assert!(agencies.contains(&"sxd".to_string()), "{agencies:?}");
    // A code is still completed when no word of the plan's language fits.
    assert_eq!(
        complete(d, &["plan", "update", "PL2.I.1", "--status", "in"]),
        ["in_progress"]
    );
    assert_eq!(
        complete(d, &["plan", "list", "--status", "done"]),
        ["done_on_time", "done_late"]
    );
    assert_eq!(
        complete(d, &["plan", "report", "--table", "ind"]),
        ["indicators"]
    );
    // Every option that takes a year completes the plan's years.
    for words in [
        &["plan", "report", "--year", "202"][..],
        &["plan", "report", "--year", "2025", "--compare", "202"],
        &["plan", "forms", "--year", "202"],
        &["plan", "agencies", "--year", "202"],
        &["plan", "targets", "--year", "202"],
        &["plan", "received", "sxd", "--year", "202"],
        &["plan", "actual", "i", "--year", "202"],
    ] {
        assert!(
            complete(d, words).contains(&"2025".to_string()),
            "{words:?}"
        );
    }
    let forms = complete(d, &["plan", "forms", "--year", "2025", "--agency", "sx"]);
    assert_eq!(forms, ["sxd"]);
    // Another folder, named by --dir on the line being completed.
    let root = common::repo();
    let ex = complete(
        &root,
        &["plan", "--dir", "examples/plan", "targets", "--year", "203"],
    );
    assert_eq!(ex, ["2030"]);
    // No plan: nothing offered, and no error on the terminal.
    let empty = tempfile::tempdir().unwrap();
    assert!(complete(empty.path(), &["plan", "show", "PL"]).is_empty());
}

/// Status words complete in the plan's language, as analysts type them:
/// nothing typed offers the words with diacritics; letters typed without
/// diacritics complete to the word without them (which `update` takes);
/// bash gets a space escaped, zsh (which quotes itself) the word as is, with
/// the code as its description.
#[test]
fn completion_offers_status_words_in_the_plans_language() {
    let f = common::Fixture::valid();
    let d = f.dir.path();
    assert_eq!(
        complete(d, &["plan", "update", "PL2.I.1", "--status", ""]),
        [
            "chưa\\ triển\\ khai",
            "đang\\ thực\\ hiện",
            "hoàn\\ thành",
            "dừng\\ thực\\ hiện"
        ]
    );
    assert_eq!(
        complete(d, &["plan", "update", "PL2.I.1", "--status", "hoan"]),
        ["hoan\\ thanh"]
    );
    assert_eq!(
        complete(d, &["plan", "update", "PL2.I.1", "--status", "hoàn"]),
        ["hoàn\\ thành"]
    );
    assert_eq!(
        complete_in("zsh", d, &["plan", "update", "PL2.I.1", "--status", "dang"]),
        ["dang thuc hien:in_progress"]
    );
    // `list`: the part of a word that names one status alone completes too.
    assert_eq!(
        complete(d, &["plan", "list", "--status", "qua"]),
        ["qua\\ han"]
    );
    assert_eq!(
        complete_in("zsh", d, &["plan", "list", "--status", "thuong"]),
        ["thuong xuyen:ongoing"]
    );
    // --lang on the line chooses the language.
    assert_eq!(
        complete(d, &["plan", "--lang", "en", "list", "--status", "done"]),
        ["done\\ on\\ time", "done\\ late"]
    );
    // Every word offered is one `update` takes.
    let words = complete_in("zsh", d, &["plan", "update", "PL2.I.1", "--status", ""]);
    assert_eq!(words.len(), 4, "{words:?}");
    for (i, word) in words.iter().enumerate() {
        let word = word.split(':').next().unwrap();
        let task = format!("PL2.I.{}", i + 1);
        let args = ["update", &task, "--status", word, "--on", "01/02/2023"];
        let out = common::run_in(d, &args);
        assert_eq!(out.code, 0, "{word}: {}", out.stderr);
    }
}

/// Agencies complete by id, alias or name, diacritics optional, the way
/// `--agency` takes them; a name with spaces or `&` is escaped for bash.
#[test]
fn completion_offers_agency_ids_aliases_and_names() {
    let f = common::Fixture::valid();
    let d = f.dir.path();
    let ids = complete(d, &["plan", "overdue", "--agency", ""]);
    assert!(ids.contains(&"sxd".to_string()), "{ids:?}");
    assert!(!ids.iter().any(|i| i.contains(' ')), "ids only: {ids:?}");
    // Typed without diacritics: what fits only folded comes folded.
    let sk = complete(d, &["plan", "overdue", "--agency", "s"]);
    assert!(sk.contains(&"skhdt".to_string()), "{sk:?}");
    assert!(sk.contains(&"so\\ kh\\&dt".to_string()), "{sk:?}");
    // Typed as written: the alias as written.
    let upper = complete(d, &["plan", "overdue", "--agency", "S"]);
    assert!(upper.contains(&"SKHĐT".to_string()), "{upper:?}");
    assert!(upper.contains(&"Sở\\ KH\\&ĐT".to_string()), "{upper:?}");
    let by_name = complete(d, &["plan", "list", "--agency", "so xay"]);
    assert_eq!(by_name, ["so\\ xay\\ dung"]);
    let zsh = complete_in("zsh", d, &["plan", "list", "--agency", "SX"]);
    assert_eq!(zsh, ["SXD:sxd"]);
}
