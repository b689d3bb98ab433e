//! Load+validate, overdue and the annual report on generated plans of 1k, 10k
//! and 100k tasks, and the bundled plan's HTML report (`cargo bench`); and
//! each stage on its own (`cargo bench -- stage/`: read, parse, check,
//! cache-read, query, render), so a regression shows where it is. Figures
//! and the machine: BENCHMARKS.md.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use plan::load::{load_files, InputFile};
use std::time::Duration;

fn inputs(files: &[(String, String)]) -> Vec<InputFile> {
    files
        .iter()
        .map(|(rel, text)| InputFile {
            rel: rel.clone(),
            bytes: Ok(text.clone().into_bytes()),
        })
        .collect()
}

fn benches(c: &mut Criterion) {
    let mut group = c.benchmark_group("plan");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(8))
        .warm_up_time(Duration::from_secs(1));
    for n in [1_000usize, 10_000, 100_000] {
        let files = plan::generate::plan(n, 1);
        group.bench_with_input(BenchmarkId::new("load+validate", n), &files, |b, files| {
            b.iter_batched(
                || inputs(files),
                |i| load_files("plan", i),
                criterion::BatchSize::LargeInput,
            )
        });
        let loaded = load_files("plan", inputs(&files));
        assert!(!loaded.has_errors());
        let plan = &loaded.plan;
        let as_of = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
        group.bench_with_input(BenchmarkId::new("overdue", n), plan, |b, plan| {
            b.iter(|| {
                let log = plan::status::Log::new(plan);
                plan::query::overdue::overdue(plan, &log, as_of, &Default::default()).len()
            })
        });
        group.bench_with_input(BenchmarkId::new("report-md", n), plan, |b, plan| {
            b.iter(|| {
                let r = plan::query::report::annual(plan, 2025);
                let lang = plan::lang::Lang::Vi;
                let doc = plan::compose::report::document(plan, &r, None, lang, None);
                plan::render::Backend::Markdown
                    .render(&doc, lang)
                    .map(|b| b.len())
            })
        });
        // The office formats up to 10 000 tasks: 100 000 is no annual report.
        if n <= 10_000 {
            for (name, backend) in [
                ("report-xlsx", plan::render::Backend::Xlsx),
                ("report-docx", plan::render::Backend::Docx),
            ] {
                group.bench_with_input(BenchmarkId::new(name, n), plan, |b, plan| {
                    b.iter(|| {
                        let r = plan::query::report::annual(plan, 2025);
                        let lang = plan::lang::Lang::Vi;
                        let doc = plan::compose::report::document(plan, &r, None, lang, None);
                        backend.render(&doc, lang).map(|b| b.len())
                    })
                });
            }
        }
    }
    // The bundled plan's annual report as one HTML page, charts and all,
    // from its files (issue 15: under 50 ms).
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("plan");
    group.bench_function("report-html/bundled", |b| {
        b.iter(|| {
            let loaded = plan::load::load_dir(&root).expect("the bundled plan loads");
            let plan = &loaded.plan;
            let r = plan::query::report::annual(plan, 2025);
            let lang = plan::lang::Lang::Vi;
            let doc = plan::compose::report::document(plan, &r, None, lang, None);
            plan::render::Backend::Html
                .render(&doc, lang)
                .map(|b| b.len())
        })
    });
    group.finish();
}

/// One stage of a command at a time: read the files from disk, parse them
/// into the model, check the whole, read the plan back from the load cache
/// instead (files read and hashed, entry decoded), ask a question (the status
/// of every task; the annual report's figures), and compose and render the
/// answer (15 000 overdue rows as a terminal table; the report in Markdown).
fn stages(c: &mut Criterion) {
    let mut group = c.benchmark_group("stage");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(4))
        .warm_up_time(Duration::from_millis(500));
    let as_of = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    let lang = plan::lang::Lang::Vi;
    for n in [1_000usize, 10_000, 100_000] {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("plan");
        plan::generate::write(&dir, n, 1).unwrap();
        group.bench_with_input(BenchmarkId::new("read", n), &dir, |b, dir| {
            b.iter(|| plan::load::list_files(dir).len())
        });
        let files = plan::generate::plan(n, 1);
        group.bench_with_input(BenchmarkId::new("parse", n), &files, |b, files| {
            b.iter_batched(
                || inputs(files),
                |i| plan::load::parse_files("plan", i),
                criterion::BatchSize::LargeInput,
            )
        });
        let parsed = plan::load::parse_files("plan", inputs(&files));
        group.bench_with_input(BenchmarkId::new("check", n), &parsed, |b, p| {
            b.iter(|| plan::check::check(&p.plan, p.complete).len())
        });
        let cache = plan::cache::Cache::at(tmp.path().join("cache"));
        plan::cache::load_dir(&dir, &cache).unwrap();
        group.bench_with_input(BenchmarkId::new("cache-read", n), &dir, |b, dir| {
            b.iter(|| {
                let (loaded, outcome) = plan::cache::load_dir(dir, &cache).unwrap();
                assert_eq!(outcome, plan::cache::Outcome::Hit);
                loaded.plan.tasks.len()
            })
        });
        let loaded = parsed.check();
        let plan = &loaded.plan;
        let log = plan::status::Log::new(plan);
        let items = plan::query::overdue::overdue(plan, &log, as_of, &Default::default());
        group.bench_with_input(BenchmarkId::new("query-overdue", n), plan, |b, plan| {
            b.iter(|| {
                let log = plan::status::Log::new(plan);
                plan::query::overdue::overdue(plan, &log, as_of, &Default::default()).len()
            })
        });
        group.bench_with_input(BenchmarkId::new("render-overdue", n), plan, |b, plan| {
            b.iter(|| {
                let reports = plan::compose::overdue::Reports {
                    missing: None,
                    listed: false,
                };
                let _data = plan::document::leave_out_data(true);
                let doc = plan::compose::overdue::document(
                    plan, &items, &reports, as_of, None, false, lang,
                );
                plan::render::Backend::Terminal(Some(120))
                    .render(&doc, lang)
                    .map(|b| b.len())
            })
        });
        group.bench_with_input(BenchmarkId::new("query-report", n), plan, |b, plan| {
            b.iter(|| plan::query::report::annual(plan, 2025).tasks.len())
        });
        let report = plan::query::report::annual(plan, 2025);
        group.bench_with_input(BenchmarkId::new("render-report-md", n), plan, |b, plan| {
            b.iter(|| {
                let _data = plan::document::leave_out_data(true);
                let doc = plan::compose::report::document(plan, &report, None, lang, None);
                plan::render::Backend::Markdown
                    .render(&doc, lang)
                    .map(|b| b.len())
            })
        });
    }
    group.finish();
}

criterion_group!(all, benches, stages);
criterion_main!(all);
