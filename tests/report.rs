//! `plan report`, `plan targets` and `plan agencies`: tables that keep their
//! columns, CSV that Excel and Python read safely, output that never changes
//! between runs, and the example report kept up to date.

mod common;

use common::Fixture;

use common::{repo as root, run_in};

/// `plan --dir examples/plan ARGS` from the repository root.
fn example(args: &[&str]) -> common::Output {
    let mut all = vec!["--dir", "examples/plan"];
    all.extend(args);
    run_in(&root(), &all)
}

/// The cells of a Markdown table row: split at `|` not escaped by `\`.
fn cells(row: &str) -> usize {
    let inner = row.trim().trim_start_matches('|').trim_end_matches('|');
    let mut n = 1;
    let mut escaped = false;
    for c in inner.chars() {
        match c {
            '\\' => escaped = !escaped,
            '|' if !escaped => n += 1,
            _ => escaped = false,
        }
        if c != '\\' {
            escaped = false;
        }
    }
    n
}

/// Every table of a Markdown document: each row has as many cells as its header.
fn assert_tables_keep_columns(doc: &str) -> usize {
    let mut tables = 0;
    let mut header: Option<usize> = None;
    for line in doc.lines() {
        if line.starts_with('|') {
            let n = cells(line);
            match header {
                None => {
                    header = Some(n);
                    tables += 1;
                }
                Some(h) => assert_eq!(n, h, "row with {n} cells under a {h}-cell header: {line}"),
            }
        } else {
            header = None;
        }
    }
    tables
}

#[test]
fn example_output_is_up_to_date() {
    let out = tempfile::tempdir().unwrap();
    let o = out.path().display().to_string();
    let (vi, en, h1) = (
        format!("{o}/report-2025.md"),
        format!("{o}/report-2025.en.md"),
        format!("{o}/report-2025-h1.md"),
    );
    let base = ["--dir", "examples/plan", "report", "--year", "2025"];
    let with = |extra: &[&'static str], out: &str| -> Vec<String> {
        base.iter()
            .chain(extra)
            .map(|s| s.to_string())
            .chain(["--out".to_string(), out.to_string()])
            .collect()
    };
    let (vi_html, en_html) = (
        format!("{o}/report-2025.html"),
        format!("{o}/report-2025.en.html"),
    );
    let cases = [
        (with(&["--format", "md"], &vi), "report-2025.md"),
        (
            with(&["--format", "md", "--lang", "en"], &en),
            "report-2025.en.md",
        ),
        (
            with(&["--format", "md", "--half", "1", "--compare", "2024"], &h1),
            "report-2025-h1.md",
        ),
        (with(&["--format", "html"], &vi_html), "report-2025.html"),
        (
            with(&["--format", "html", "--lang", "en"], &en_html),
            "report-2025.en.html",
        ),
    ];
    for (args, name) in &cases {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let r = run_in(&root(), &args);
        assert_eq!(r.code, 0, "{}", r.stderr);
        assert_eq!(
            std::fs::read_to_string(out.path().join(name)).unwrap(),
            std::fs::read_to_string(root().join("examples/output").join(name)).unwrap(),
            "examples/output/{name} is stale: regenerate it with `plan {}` (see README)",
            args.join(" ")
        );
    }
    let csv_dir = format!("{o}/csv");
    let r = example(&[
        "report",
        "--year",
        "2025",
        "--format",
        "csv",
        "--out-dir",
        &csv_dir,
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    // The receipt names exactly the files written, in the order written.
    let mut written: Vec<String> = std::fs::read_dir(&csv_dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    written.sort();
    let mut named: Vec<String> = r
        .stdout
        .trim_start_matches("đã ghi ")
        .split(" vào ")
        .next()
        .unwrap()
        .split(", ")
        .map(str::to_string)
        .collect();
    named.sort();
    assert_eq!(named, written, "receipt: {}", r.stdout);
    for t in [
        "summary",
        "tasks",
        "recurring",
        "indicators",
        "scorecard",
        "difficulties",
    ] {
        assert_eq!(
            std::fs::read(out.path().join(format!("csv/{t}.csv"))).unwrap(),
            std::fs::read(root().join(format!("examples/output/csv/{t}.csv"))).unwrap(),
            "examples/output/csv/{t}.csv is stale"
        );
    }
}

#[test]
fn example_report_shows_every_status_and_assessment() {
    let doc = std::fs::read_to_string(root().join("examples/output/report-2025.en.md")).unwrap();
    for word in [
        "Done on time",
        "Done late",
        "In progress, not yet due",
        "Overdue, no completion recorded",
        "Ongoing",
        "Cancelled",
        "| Exceeded |",
        "| Met |",
        "| Not met |",
        "| On track |",
        "| Off track |",
        "| No data |",
        "| On time | 2025-12-10 |",
        "| Late | 2025-12-20 |",
        "| Missing |",
    ] {
        assert!(doc.contains(word), "the example report lacks {word:?}");
    }
    // Its plan says, first thing, that its progress is made up.
    let plan = std::fs::read_to_string(root().join("examples/plan/plan.toml")).unwrap();
    assert!(plan.starts_with("# ILLUSTRATIVE EXAMPLE"));
    for f in ["2023", "2025"] {
        let p = std::fs::read_to_string(root().join(format!("examples/plan/progress/{f}.toml")))
            .unwrap();
        assert!(
            p.lines().next().unwrap().contains("ILLUSTRATIVE EXAMPLE") && p.contains("MADE UP")
        );
    }
}

#[test]
fn every_markdown_table_keeps_its_columns() {
    for name in ["report-2025.md", "report-2025.en.md"] {
        let doc = std::fs::read_to_string(root().join("examples/output").join(name)).unwrap();
        assert_eq!(
            assert_tables_keep_columns(&doc),
            21,
            "{name}: summary, two task sections, recurring, indicators, scorecard, two \
             agencies' difficulties, each task's history, and the numbers of the charts: \
             status by section, overdue by agency, scorecard, recurring tasks, and the \
             eight targets of the indicators' charts"
        );
    }
    // Pipes and line breaks inside cells.
    let f = Fixture::valid().edit(
        "tasks/pl2-01.toml",
        "title = \"Lập quy hoạch tỉnh.\"",
        "title = \"\"\"\nQuy hoạch | A\ndòng hai\"\"\"",
    );
    let md = f
        .run(&["report", "--year", "2025", "--format", "md"])
        .stdout;
    assert!(md.contains("Quy hoạch \\| A<br>dòng hai"), "{md}");
    assert_tables_keep_columns(&md);
}

#[test]
fn csv_parses_in_rust_and_python_and_bom_is_there() {
    let f = Fixture::valid();
    let out = f.run(&[
        "report", "--year", "2025", "--format", "csv", "--table", "tasks", "--bom",
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let bytes = out.stdout.as_bytes();
    assert!(bytes.starts_with(&[0xEF, 0xBB, 0xBF]));
    let mut rdr = csv::Reader::from_reader(&bytes[3..]);
    let headers = rdr.headers().unwrap().clone();
    let rows: Vec<csv::StringRecord> = rdr.records().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len(), 8);
    assert!(rows.iter().all(|r| r.len() == headers.len()));
    // Python's csv module reads the same table, BOM and all.
    let path = f.dir.path().join("tasks.csv");
    std::fs::write(&path, bytes).unwrap();
    let py = std::process::Command::new("python3")
        .arg("-c")
        .arg("import csv,sys; rows=list(csv.reader(open(sys.argv[1], encoding='utf-8-sig', newline=''))); assert len({len(r) for r in rows})==1, rows; print(len(rows)-1, rows[1][2])")
        .arg(&path)
        .output()
        .unwrap();
    assert!(
        py.status.success(),
        "{}",
        String::from_utf8_lossy(&py.stderr)
    );
    assert_eq!(String::from_utf8(py.stdout).unwrap(), "8 PL1.a.1\n");
}

#[test]
fn formula_like_cells_are_neutralised() {
    for start in ["=", "+", "-", "@"] {
        let f = Fixture::valid().edit(
            "tasks/pl2-01.toml",
            "title = \"Lập quy hoạch tỉnh.\"",
            &format!("title = \"{start}HYPERLINK(\\\"http://x\\\")\""),
        );
        for args in [
            vec![
                "report", "--year", "2025", "--format", "csv", "--table", "tasks",
            ],
            vec!["list", "--format", "csv"],
        ] {
            let out = f.run(&args);
            let mut rdr = csv::Reader::from_reader(out.stdout.as_bytes());
            let titles: Vec<String> = rdr
                .records()
                .map(|r| r.unwrap())
                .filter_map(|r| {
                    r.iter()
                        .find(|c| c.contains("HYPERLINK"))
                        .map(str::to_string)
                })
                .collect();
            assert_eq!(
                titles,
                [format!("'{start}HYPERLINK(\"http://x\")")],
                "{args:?}"
            );
        }
    }
}

#[test]
fn any_report_is_byte_identical_twice() {
    let f = Fixture::valid();
    for args in [
        vec!["report", "--year", "2025", "--format", "md"],
        vec!["report", "--year", "2025", "--format", "json"],
        vec![
            "report",
            "--year",
            "2025",
            "--format",
            "csv",
            "--table",
            "indicators",
        ],
        vec!["report", "--year", "2024"],
        vec!["targets", "--year", "2030", "--format", "json"],
        vec!["agencies", "--format", "csv"],
    ] {
        let a = f.run(&args);
        let b = f.run(&args);
        assert_eq!(a.code, 0, "{args:?}: {}", a.stderr);
        assert_eq!(a.stdout, b.stdout, "{args:?}");
    }
}

#[test]
fn json_report_follows_the_contract() {
    let r = example(&["report", "--year", "2025", "--format", "json"]);
    let envelope: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(envelope["as_of"], "2025-12-31");
    assert_eq!(envelope["command"], "report");
    let v = envelope["data"].clone();
    assert_eq!(v["year"], 2025);
    assert_eq!(v["summary"]["total"], 11);
    assert_eq!(v["summary"]["due"], 3);
    // The partition adds up to the total; "due" is done on time (of the due
    // ones), done late and overdue.
    let sum = |keys: &[&str]| {
        keys.iter()
            .map(|k| v["summary"][k].as_u64().unwrap())
            .sum::<u64>()
    };
    assert_eq!(
        sum(&[
            "done_on_time",
            "done_late",
            "in_progress",
            "overdue",
            "ongoing",
            "cancelled"
        ]),
        11
    );
    assert_eq!(sum(&["due_done_on_time", "done_late", "overdue"]), 3);
    // Every yearly status of a recurring task at 31/12 (pending shows in the
    // half-year report).
    let r = &v["summary"]["recurring"];
    assert_eq!(
        (
            r["done"].as_u64(),
            r["in_progress"].as_u64(),
            r["not_reported"].as_u64(),
            r["cancelled"].as_u64()
        ),
        (Some(1), Some(1), Some(2), Some(1))
    );
    let ys = |id: &str| {
        v["tasks"]
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["id"] == id)
            .unwrap()["year_status"]
            .clone()
    };
    assert_eq!(ys("PL1.1"), "done");
    assert_eq!(ys("PL2.I.8"), "in_progress");
    assert_eq!(ys("PL2.I.10"), "not_reported");
    assert_eq!(ys("PL2.I.9"), "cancelled");
    assert_eq!(ys("PL2.I.1"), serde_json::Value::Null);
    let h1 = example(&[
        "report", "--year", "2025", "--half", "1", "--format", "json",
    ]);
    let h1: serde_json::Value = serde_json::from_str(&h1.stdout).unwrap();
    assert_eq!(h1["as_of"], "2025-06-30");
    assert_eq!(h1["data"]["summary"]["recurring"]["pending"], 4);
    // The merged department's tasks are Sở Tài chính's in 2025.
    let score = v["scorecard"].as_array().unwrap();
    assert!(score.iter().any(|s| s["id"] == "stc"));
    assert!(!score.iter().any(|s| s["id"] == "skhdt"));
    assert_eq!(v["summary"]["sections"][1]["id"], "PL2.I");
    let task = v["tasks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["id"] == "PL2.I.1")
        .unwrap();
    assert_eq!(task["status"], "done_late");
    assert_eq!(task["latest_update"]["on"], "2023-03-29");
    let grdp = v["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == "grdp-growth")
        .unwrap();
    assert_eq!(
        grdp["targets"][0]["period"],
        serde_json::json!([2021, 2025])
    );
    assert_eq!(grdp["targets"][0]["value"], 7.1);
    assert_eq!(grdp["targets"][0]["assessment"], "exceeded");
    assert!((grdp["targets"][0]["actual"].as_f64().unwrap() - 7.1631).abs() < 1e-3);
    assert_eq!(grdp["targets"][1]["assessment"], "no_data");
    let agencies = v["scorecard"].as_array().unwrap();
    let report = |id: &str| agencies.iter().find(|a| a["id"] == id).unwrap()["report"].clone();
    assert_eq!(report("stc"), "on_time");
    assert_eq!(report("sxd"), "late");
    assert_eq!(report("sdl"), "missing");
    assert_eq!(report("ubnd-cap-huyen"), serde_json::Value::Null);
}

#[test]
fn bundled_plan_report_invents_nothing() {
    let r = run_in(&root(), &["report", "--year", "2025", "--format", "md"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_tables_keep_columns(&r.stdout);
    // 114 task rows, every one saying no update is recorded.
    assert_eq!(r.stdout.matches("| Chưa ghi nhận cập nhật |").count(), 114);
    // 55 target rows, every one without data.
    assert_eq!(r.stdout.matches("| Chưa có số liệu |").count(), 55);
    assert!(
        !r.stdout.contains("| Đạt |")
            && !r.stdout.contains("| Vượt |")
            && !r.stdout.contains("| Không đạt |")
    );
    let j = run_in(&root(), &["report", "--year", "2025", "--format", "json"]);
    let v: serde_json::Value =
        serde_json::from_str::<serde_json::Value>(&j.stdout).unwrap()["data"].clone();
    assert_eq!(v["summary"]["done_on_time"], 0);
    assert_eq!(v["summary"]["done_late"], 0);
    assert!(v["scorecard"]
        .as_array()
        .unwrap()
        .iter()
        .all(|a| a["report"] != "on_time" && a["report"] != "late"));
}

#[test]
fn csv_needs_a_table_or_a_folder() {
    let f = Fixture::valid();
    let out = f.run(&[
        "--lang", "en", "report", "--year", "2025", "--format", "csv",
    ]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("--table"), "{}", out.stderr);
    let out = f.run(&[
        "--lang",
        "en",
        "report",
        "--year",
        "2025",
        "--table",
        "indicator",
    ]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("did you mean \"indicators\""),
        "{}",
        out.stderr
    );
}

#[test]
fn targets_and_agencies_in_every_format() {
    let f = Fixture::valid();
    for cmd in [vec!["targets", "--year", "2025"], vec!["agencies"]] {
        for format in ["table", "csv", "md", "json"] {
            let mut args = cmd.clone();
            args.extend(["--format", format]);
            let out = f.run(&args);
            assert_eq!(out.code, 0, "{args:?}: {}", out.stderr);
            assert!(!out.stdout.is_empty());
        }
    }
    insta::assert_snapshot!(
        f.run(&["agencies", "--lang", "en", "--format", "md"])
            .stdout
    );
    insta::assert_snapshot!(
        f.run(&["targets", "--year", "2023", "--format", "csv"])
            .stdout
    );
}

/// The backticked snake_case words of docs/output.md's `data` row for `command`.
fn documented_keys(command: &str) -> std::collections::BTreeSet<String> {
    let doc = std::fs::read_to_string(root().join("docs/output.md")).unwrap();
    let row = doc
        .lines()
        .find(|l| l.starts_with(&format!("| `{command}` |")))
        .unwrap_or_else(|| panic!("docs/output.md has no `data` row for {command}"));
    let parts: Vec<&str> = row.split('`').collect();
    // Odd parts are in backticks; "as in `list`" names a command, not a key.
    (3..parts.len())
        .step_by(2)
        .filter(|&i| !parts[i - 1].ends_with("as in "))
        .map(|i| parts[i])
        .filter(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase() || c == '_'))
        .map(str::to_string)
        .collect()
}

/// Every key of a JSON value, at any depth.
fn all_keys(v: &serde_json::Value, into: &mut std::collections::BTreeSet<String>) {
    match v {
        serde_json::Value::Object(m) => {
            for (k, x) in m {
                into.insert(k.clone());
                all_keys(x, into);
            }
        }
        serde_json::Value::Array(a) => a.iter().for_each(|x| all_keys(x, into)),
        _ => {}
    }
}

#[test]
fn docs_name_the_json_keys_report_targets_and_agencies_give() {
    for (command, args) in [
        (
            "report",
            vec!["report", "--year", "2025", "--compare", "2024"],
        ),
        ("targets", vec!["targets", "--year", "2025"]),
        ("agencies", vec!["agencies"]),
    ] {
        let mut all = args.clone();
        all.extend(["--format", "json"]);
        let r = example(&all);
        assert_eq!(r.code, 0, "{}", r.stderr);
        let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
        let mut keys = std::collections::BTreeSet::new();
        all_keys(&v["data"], &mut keys);
        let documented = documented_keys(command);
        // Every key the docs name is produced…
        let stale: Vec<_> = documented.difference(&keys).collect();
        assert!(
            stale.is_empty(),
            "docs name {stale:?} that `{command}` does not give"
        );
        // …and every top-level key produced is documented.
        let top: Vec<String> = match &v["data"] {
            serde_json::Value::Object(m) => m.keys().cloned().collect(),
            serde_json::Value::Array(a) => a[0].as_object().unwrap().keys().cloned().collect(),
            _ => vec![],
        };
        for k in top {
            assert!(
                documented.contains(&k),
                "`{command}` gives `{k}`, docs do not name it"
            );
        }
    }
}

/// `targets` of the bundled plan at `columns` characters.
fn bundled_targets_at(columns: u16) -> String {
    let out = assert_cmd::Command::cargo_bin("plan")
        .unwrap()
        .args(["--dir", root().join("plan").to_str().unwrap()])
        .args(["targets", "--year", "2025"])
        .env("NO_COLOR", "1")
        .env("COLUMNS", columns.to_string())
        .output()
        .unwrap();
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap()
}

/// docs/output.md: ids never wrap; the id column gets its longest id before
/// the title column shares what is left, and headings wrap between words.
#[test]
fn terminal_ids_are_never_cut_and_headings_wrap_between_words() {
    let longest = "labour-productivity-growth";
    for columns in (60..=200).step_by(10) {
        let out = bundled_targets_at(columns);
        assert!(out.contains(longest), "at {columns} columns:\n{out}");
        assert!(!out.contains("│ grdp- "), "at {columns} columns:\n{out}");
        assert!(
            out.lines()
                .filter(|l| l.starts_with(['│', '┌', '└', '╞', '├']))
                .all(|l| l.chars().count() <= usize::from(columns)),
            "wider than {columns}:\n{out}"
        );
        // No heading cut a letter a line: every heading word is whole somewhere.
        if !out.contains("--wide") {
            for word in ["Thực", "trước", "Đánh"] {
                assert!(out.contains(word), "at {columns}: {word} cut\n{out}");
            }
        }
    }
}

/// `--lang en` names agencies by their `name_en` where the plan has one, in
/// every table and heading; the Vietnamese registry puts the English name last.
#[test]
fn english_output_uses_the_english_names_of_agencies() {
    let dir = root();
    let run = |args: &[&str]| {
        let mut all = vec!["--dir", "plan"];
        all.extend(args);
        let r = run_in(&dir, &all);
        assert_eq!(r.code, 0, "{}", r.stderr);
        r.stdout
    };
    let agencies: serde_json::Value =
        serde_json::from_str(&run(&["agencies", "--format", "json"])).unwrap();
    let json: serde_json::Value =
        serde_json::from_str(&run(&["report", "--year", "2025", "--format", "json"])).unwrap();
    let en = run(&["--lang", "en", "report", "--year", "2025", "--format", "md"]);
    let scorecard = en
        .split("\n## ")
        .find(|s| s.contains("| Department of Finance"))
        .expect("a table naming agencies in English");
    let mut named = 0;
    for row in json["data"]["scorecard"].as_array().unwrap() {
        let id = row["id"].as_str().unwrap();
        let a = agencies["data"]
            .as_array()
            .unwrap()
            .iter()
            .find(|a| a["id"] == id)
            .unwrap();
        if let Some(name_en) = a["name_en"].as_str() {
            assert!(
                en.contains(name_en),
                "{id}: {name_en} not in the English report"
            );
            let vi_name = a["name"].as_str().unwrap();
            assert!(
                !scorecard.contains(&format!("| {vi_name} |")),
                "{id}: the Vietnamese name in an English table"
            );
            named += 1;
        }
    }
    assert!(named > 5, "{named}");
    assert!(
        en.contains("Department of Finance (successor to Department of Planning and Investment)")
    );
    let vi = run(&["agencies", "--format", "md"]);
    let header = vi.lines().find(|l| l.starts_with("| Mã")).unwrap();
    assert!(header.trim_end().ends_with("| Tên tiếng Anh |"), "{header}");
}

/// The reviewer's case: one actual of urbanisation (45,5 in 2025, against 65
/// in 2025 and 70 in 2030) is "not met" for 2025, and too few figures to say
/// anything of 2030; a second year's figure makes a trend to judge.
#[test]
fn one_figure_is_not_a_trend() {
    let f = Fixture::bundled();
    let run = |args: &[&str]| {
        let mut all = vec!["--lang", "en"];
        all.extend(args);
        f.run(&all)
    };
    let r = run(&[
        "actual",
        "urbanisation",
        "--year",
        "2025",
        "--value",
        "45.5",
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let rows = |year: &str| {
        let out = run(&["targets", "--year", year, "--format", "csv"]).stdout;
        out.lines()
            .filter(|l| l.contains(",urbanisation,"))
            .map(str::to_string)
            .collect::<Vec<_>>()
    };
    let y2025 = rows("2025");
    assert!(y2025[0].ends_with(",Not met"), "{y2025:?}");
    assert!(
        y2025[1].ends_with(",Not enough figures to judge progress"),
        "{y2025:?}"
    );
    let r = run(&["actual", "urbanisation", "--year", "2026", "--value", "66"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let y2026 = rows("2026");
    assert!(y2026[1].ends_with(",On track"), "{y2026:?}");
}

/// The report's summary sentence: the statuses largest first, each with its
/// unit, the ones with no task in one clause; the counts add up to the total.
#[test]
fn summary_sentence_is_a_partition_largest_first() {
    for plan in ["plan", "examples/plan"] {
        let r = run_in(
            &root(),
            &["--dir", plan, "report", "--year", "2025", "--format", "md"],
        );
        let line = r
            .stdout
            .lines()
            .find(|l| l.starts_with("Năm 2025, Kế hoạch có "))
            .unwrap();
        let total: usize = line["Năm 2025, Kế hoạch có ".len()..]
            .split(' ')
            .next()
            .unwrap()
            .parse()
            .unwrap();
        let parts = line
            .split("trong đó: ")
            .nth(1)
            .unwrap()
            .split(". ")
            .next()
            .unwrap();
        let mut counts = Vec::new();
        for clause in parts.split("; ") {
            if clause.starts_with("không có nhiệm vụ nào ") {
                continue;
            }
            let (n, rest) = clause.split_once(' ').unwrap();
            assert!(rest.starts_with("nhiệm vụ "), "a unit on each: {clause}");
            counts.push(n.parse::<usize>().unwrap());
        }
        assert_eq!(counts.iter().sum::<usize>(), total, "{line}");
        assert!(
            counts.windows(2).all(|w| w[0] >= w[1]),
            "largest first: {line}"
        );
        assert!(!counts.contains(&0), "{line}");
    }
}
