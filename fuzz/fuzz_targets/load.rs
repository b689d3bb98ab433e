//! Arbitrary bytes as the files of a plan: the loader answers with findings,
//! never a panic, and every finding renders.
#![no_main]

use libfuzzer_sys::fuzz_target;
use plan::load::{load_files, InputFile};

const PATHS: [&str; 5] = ["plan.toml", "agencies.toml", "indicators.toml", "tasks/a.toml", "progress/2025.toml"];

fuzz_target!(|data: &[u8]| {
    // The bytes are cut into files at each 0xFE, a byte UTF-8 text never has.
    let mut files = Vec::new();
    for (i, part) in data.split(|b| *b == 0xFE).enumerate().take(PATHS.len()) {
        files.push(InputFile { rel: PATHS[i].to_string(), bytes: Ok(part.to_vec()) });
    }
    let loaded = load_files("plan", files);
    for lang in [plan::lang::Lang::Vi, plan::lang::Lang::En] {
        let _ = plan::diagnostic::render_human(&loaded.diagnostics, false, lang);
    }
    let _ = plan::diagnostic::render_json(&loaded.diagnostics);
});
