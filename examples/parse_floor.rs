//! The floor under `plan`'s speed: how long reading and parsing a plan folder's
//! TOML takes by itself, next to the whole load.
//! `cargo run --release --example parse_floor -- DIR`

use std::time::Instant;

fn main() {
    let dir = std::path::PathBuf::from(std::env::args().nth(1).expect("a plan folder"));
    let t = Instant::now();
    let files = plan::load::list_files(&dir);
    let texts: Vec<String> = files
        .iter()
        .map(|f| String::from_utf8(f.bytes.as_ref().unwrap().clone()).unwrap())
        .collect();
    let read = t.elapsed();
    let t = Instant::now();
    for s in &texts {
        let _: toml::Table = toml::from_str(s).unwrap();
    }
    let from_str = t.elapsed();
    let t = Instant::now();
    for s in &texts {
        let _ = toml::de::DeTable::parse(s).unwrap();
    }
    let detable = t.elapsed();
    let t = Instant::now();
    let files = plan::load::list_files(&dir);
    let read_only = t.elapsed();
    let t = Instant::now();
    let loaded = plan::load::load_files(&dir.display().to_string(), files);
    let load_files = t.elapsed();
    let t = Instant::now();
    drop(std::hint::black_box(plan::load::load_dir(&dir).unwrap()));
    let load = t.elapsed();
    let t = Instant::now();
    let findings = plan::check::check(&loaded.plan, true);
    println!(
        "list_files (read) {read_only:?}, load_files (decode, parse, read, check) {load_files:?}, of which the cross-file checks {:?} ({} findings)",
        t.elapsed(),
        findings.len()
    );
    println!(
        "{} files, {} bytes: read {:?}, toml::from_str {:?}, DeTable::parse {:?}, plan load+check {:?} ({} findings)",
        texts.len(),
        texts.iter().map(|s| s.len()).sum::<usize>(),
        read,
        from_str,
        detable,
        load,
        loaded.diagnostics.len()
    );
}
