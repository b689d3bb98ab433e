//! Whatever bytes or TOML reach the loader, it answers with findings, never a
//! panic. Thousands of generated inputs per run.

use plan::load::{load_files, InputFile};
use proptest::prelude::*;

const PATHS: [&str; 5] = [
    "plan.toml",
    "agencies.toml",
    "indicators.toml",
    "tasks/pl2-01.toml",
    "progress/2025.toml",
];

fn load(files: Vec<(usize, Vec<u8>)>) {
    let inputs = files
        .into_iter()
        .map(|(i, bytes)| InputFile {
            rel: PATHS[i % PATHS.len()].to_string(),
            bytes: Ok(bytes),
        })
        .collect();
    let loaded = load_files("plan", inputs);
    // Every finding can be rendered every way, in every language.
    for lang in [plan::lang::Lang::Vi, plan::lang::Lang::En] {
        plan::diagnostic::render_human(&loaded.diagnostics, false, lang);
    }
    plan::diagnostic::render_json(&loaded.diagnostics);
}

/// Keys the loader knows, plus near-misses, so generated tables reach deep
/// into the loader rather than stopping at "unknown key".
const KEYS: [&str; 40] = [
    "id",
    "title",
    "lead",
    "support",
    "schedule",
    "start",
    "due",
    "milestone",
    "ongoing",
    "deliverables",
    "indicators",
    "reports",
    "section",
    "task",
    "agency",
    "indicator",
    "target",
    "name",
    "name_en",
    "aliases",
    "level",
    "unit",
    "better",
    "aggregate",
    "monitored_by",
    "year",
    "period",
    "value",
    "min",
    "max",
    "text",
    "update",
    "actual",
    "report",
    "on",
    "status",
    "issued_on",
    "reporting",
    "annual_due",
    "what",
];

fn leaf() -> impl Strategy<Value = toml::Value> {
    prop_oneof![
        any::<i64>().prop_map(toml::Value::Integer),
        any::<f64>().prop_map(toml::Value::Float),
        any::<bool>().prop_map(toml::Value::Boolean),
        "\\PC{0,12}".prop_map(toml::Value::String),
        "[a-z\u{0300}\u{1b}\u{202e}đ ]{0,8}".prop_map(toml::Value::String),
        prop::sample::select(vec![
            "skhdt", "PL2.I.1", "done", "annual", "geomean", "12-15", "02-29", "vi"
        ])
        .prop_map(|s| toml::Value::String(s.to_string())),
        (1u16..9999, 1u8..13, 1u8..29).prop_map(|(y, m, d)| {
            toml::Value::Datetime(format!("{y:04}-{m:02}-{d:02}").parse().unwrap())
        }),
    ]
}

fn value() -> impl Strategy<Value = toml::Value> {
    leaf().prop_recursive(3, 24, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(toml::Value::Array),
            prop::collection::btree_map(prop::sample::select(KEYS.to_vec()), inner, 0..6).prop_map(
                |m| toml::Value::Table(m.into_iter().map(|(k, v)| (k.to_string(), v)).collect())
            ),
        ]
    })
}

fn document() -> impl Strategy<Value = String> {
    prop::collection::btree_map(prop::sample::select(KEYS.to_vec()), value(), 0..8).prop_map(|m| {
        let table: toml::Table = m.into_iter().map(|(k, v)| (k.to_string(), v)).collect();
        toml::to_string(&table).unwrap_or_default()
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3000, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(files in prop::collection::vec((0usize..5, prop::collection::vec(any::<u8>(), 0..200)), 0..5)) {
        load(files);
    }

    #[test]
    fn arbitrary_toml_never_panics(docs in prop::collection::vec((0usize..5, document()), 1..5)) {
        load(docs.into_iter().map(|(i, d)| (i, d.into_bytes())).collect());
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 40, ..ProptestConfig::default() })]

    /// Any generated plan gives the same report twice, in every form.
    #[test]
    fn reports_are_deterministic(seed in any::<u64>(), tasks in 1usize..120, year in 2021i32..2031) {
        let files = plan::generate::plan(tasks, seed);
        let run = || {
            let inputs = files.iter().map(|(r, t)| InputFile { rel: r.clone(), bytes: Ok(t.clone().into_bytes()) }).collect();
            let loaded = load_files("plan", inputs);
            let r = plan::query::report::annual(&loaded.plan, year);
            let render = |format, lang| {
                let doc = plan::compose::report::document(&loaded.plan, &r, None, lang, None);
                let table = plan::compose::report::document(&loaded.plan, &r, None, lang, Some("tasks"));
                let doc = if format == plan::cli::Format::Csv { table } else { doc };
                plan::render::Backend::new(format, Some(80), false).render(&doc, lang).unwrap()
            };
            (
                render(plan::cli::Format::Md, plan::lang::Lang::En),
                render(plan::cli::Format::Json, plan::lang::Lang::Vi),
                render(plan::cli::Format::Csv, plan::lang::Lang::Vi),
                render(plan::cli::Format::Table, plan::lang::Lang::Vi),
            )
        };
        prop_assert_eq!(run(), run());
    }
}
