//! Synthetic plans of any size, for benchmarks, fuzzing and comparisons: valid,
//! deterministic for a seed, with Vietnamese titles of realistic length.
//! Nothing generated here is data about any real plan.

use std::fmt::Write as _;

/// splitmix64: a tiny generator whose sequence never changes with a crate
/// version, so a seed gives the same plan forever.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// In 0..n.
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n.max(1)
    }
}

/// Vietnamese syllables (a "word" in Vietnamese is written as syllables):
/// titles of 10–60 of them are as long as the decision's.
const WORDS: [&str; 48] = [
    "triển",
    "khai",
    "thực",
    "hiện",
    "kế",
    "hoạch",
    "quy",
    "phát",
    "triển",
    "kinh",
    "tế",
    "xã",
    "hội",
    "đô",
    "thị",
    "hạ",
    "tầng",
    "giao",
    "thông",
    "du",
    "lịch",
    "nông",
    "nghiệp",
    "thủy",
    "sản",
    "công",
    "chuyển",
    "đổi",
    "số",
    "nguồn",
    "nhân",
    "lực",
    "khoa",
    "học",
    "môi",
    "trường",
    "đầu",
    "tư",
    "ngân",
    "sách",
    "cải",
    "cách",
    "hành",
    "chính",
    "đề",
    "án",
    "tỉnh",
    "vùng",
];

/// The files of a plan with `tasks` tasks: (path relative to the plan folder, text).
pub fn plan(tasks: usize, seed: u64) -> Vec<(String, String)> {
    plan_with(tasks, seed, false)
}

/// As [`plan`]; with `changes`, the plan also changes over time as real ones
/// do, so that the plan read on a date (`Plan::on`) differs from the plan as
/// decided: agency a39 merged into a38 on 01/03/2025, and an amendment per
/// 1 000 tasks giving a task of each section a new deadline from 15/03/2024.
/// The tasks and their updates are those of [`plan`] for the same seed.
pub fn plan_with(tasks: usize, seed: u64, changes: bool) -> Vec<(String, String)> {
    let mut files = plan_as_decided(tasks, seed);
    if changes {
        if let Some((_, agencies)) = files.iter_mut().find(|(rel, _)| rel == "agencies.toml") {
            agencies.push_str("until = 2025-02-28\nsuccessor = \"a38\"\nsource = \"Quyết định sáp nhập (sinh tự động)\"\n");
        }
        let mut amendments = String::from("# GENERATED for benchmarks: not a real plan.\n");
        for k in 0..tasks.div_ceil(1000) {
            let _ = write!(
                amendments,
                "\n[[amendment]]\ndecision = \"Quyết định số {}/QĐ-UBND\"\nissued_on = 2024-03-01\nfrom = 2024-03-15\ntask = \"G.{}.1\"\ndue = 2026-06-30\n",
                k + 1,
                2 * k + 1
            );
        }
        files.push(("amendments.toml".into(), amendments));
    }
    files
}

fn plan_as_decided(tasks: usize, seed: u64) -> Vec<(String, String)> {
    let mut rng = Rng::new(seed);
    let mut files = Vec::new();
    files.push((
        "plan.toml".to_string(),
        "# GENERATED for benchmarks: not a real plan.\nid = \"GEN/QĐ\"\ntitle = \"Kế hoạch sinh tự động\"\nissued_by = \"a00\"\nissued_on = 2022-01-01\nlanguage = \"vi\"\n\n[reporting]\nannual_due = \"12-14\"\naggregate_due = \"12-30\"\naggregator = \"a00\"\n".to_string(),
    ));
    let mut agencies = String::from("# GENERATED for benchmarks: not a real plan.\n");
    for a in 0..40 {
        let _ = write!(
            agencies,
            "\n[[agency]]\nid = \"a{a:02}\"\nname = \"Sở {} {a}\"\nname_en = \"Department {a}\"\nlevel = \"province\"\n",
            WORDS[a % WORDS.len()]
        );
    }
    files.push(("agencies.toml".into(), agencies));
    let mut indicators = String::from("# GENERATED for benchmarks: not a real plan.\n");
    for i in 0..50 {
        let _ = write!(
            indicators,
            "\n[[indicator]]\nid = \"i{i:02}\"\nname = \"Chỉ tiêu {} {i}\"\nunit = \"%\"\naggregate = \"{}\"\n\n  [[indicator.target]]\n  {}\n  value = {}\n",
            WORDS[i % WORDS.len()],
            if i % 2 == 0 { "geomean" } else { "last" },
            if i % 2 == 0 { "period = [2021, 2025]".to_string() } else { "year = 2030".to_string() },
            5 + i % 7
        );
    }
    files.push(("indicators.toml".into(), indicators));

    let per_file = 500;
    let mut progress: std::collections::BTreeMap<i32, String> = Default::default();
    for f in 0..tasks.div_ceil(per_file) {
        let sid = format!("G.{}", f + 1);
        let mut text = format!("# GENERATED for benchmarks: not a real plan.\n[section]\nid = \"{sid}\"\ntitle = \"Nhóm nhiệm vụ {}\"\n", f + 1);
        for n in 1..=per_file.min(tasks - f * per_file) {
            let id = format!("{sid}.{n}");
            let words = 10 + rng.below(51) as usize;
            let title: Vec<&str> = (0..words)
                .map(|_| WORDS[rng.below(WORDS.len() as u64) as usize])
                .collect();
            let title = title.join(" ");
            let mut chars = title.chars();
            let first = chars.next().expect("a title has words");
            let title: String = first.to_uppercase().chain(chars).collect();
            let agencies: Vec<String> = (0..2 + rng.below(3))
                .map(|_| format!("\"a{:02}\"", rng.below(40)))
                .collect();
            let _ = write!(
                text,
                "\n[[task]]\nid = \"{id}\"\ntitle = \"{title}.\"\nlead = [{}]\nsupport = [{}]\n",
                agencies[0],
                agencies[1..].join(", ")
            );
            if rng.below(2) == 0 {
                let year = 2022 + rng.below(9) as i32;
                let month = 1 + rng.below(12) as u32;
                let day = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month as usize - 1];
                let _ = write!(text, "schedule = \"Hoàn thành trong tháng {month}/{year}\"\ndue = {year}-{month:02}-{day:02}\n");
                if rng.below(3) == 0 {
                    let done_year = year.clamp(2022, 2030);
                    let _ = write!(
                        progress.entry(done_year).or_default(),
                        "\n[[update]]\ntask = \"{id}\"\non = {done_year}-{month:02}-{:02}\nstatus = \"done\"\nnote = \"Đã hoàn thành\"\n",
                        1 + rng.below(28)
                    );
                }
            } else {
                text.push_str("schedule = \"Thường xuyên\"\nongoing = true\n");
            }
            text.push_str("deliverables = [\"Báo cáo định kỳ hàng năm\"]\n");
        }
        files.push((format!("tasks/g{:04}.toml", f + 1), text));
    }
    for i in 0..50 {
        for year in 2021..=2025 {
            let _ = write!(
                progress.entry(year).or_default(),
                "\n[[actual]]\nindicator = \"i{i:02}\"\nyear = {year}\nvalue = {}.{}\n",
                3 + rng.below(8),
                rng.below(10)
            );
        }
    }
    for (year, body) in progress {
        files.push((
            format!("progress/{year}.toml"),
            format!("# GENERATED for benchmarks: not a real plan.\n{body}"),
        ));
    }
    files
}

/// Writes a generated plan into `dir`.
pub fn write(dir: &std::path::Path, tasks: usize, seed: u64) -> std::io::Result<()> {
    write_with(dir, tasks, seed, false)
}

/// Writes a generated plan into `dir`, with `changes` as [`plan_with`].
pub fn write_with(
    dir: &std::path::Path,
    tasks: usize,
    seed: u64,
    changes: bool,
) -> std::io::Result<()> {
    for (rel, text) in plan_with(tasks, seed, changes) {
        let path = dir.join(rel);
        std::fs::create_dir_all(path.parent().expect("a file has a folder"))?;
        std::fs::write(path, text)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(files: &[(String, String)]) -> crate::load::Loaded {
        let inputs = files
            .iter()
            .map(|(rel, text)| crate::load::InputFile {
                rel: rel.clone(),
                bytes: Ok(text.clone().into_bytes()),
            })
            .collect();
        crate::load::load_files("gen", inputs)
    }

    fn findings(loaded: &crate::load::Loaded) -> Vec<String> {
        loaded
            .diagnostics
            .iter()
            .map(|d| d.message(crate::lang::Lang::En))
            .collect()
    }

    #[test]
    fn a_plan_with_changes_is_valid_and_reads_otherwise_on_a_later_date() {
        let loaded = load(&plan_with(2500, 7, true));
        assert!(findings(&loaded).is_empty(), "{:?}", findings(&loaded));
        let plan = &loaded.plan;
        assert_eq!(plan.amendments.len(), 3);
        let before = chrono::NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
        let after = chrono::NaiveDate::from_ymd_opt(2025, 12, 31).unwrap();
        assert!(matches!(plan.on(before), std::borrow::Cow::Borrowed(_)));
        let on = plan.on(after);
        let moved = on.tasks.iter().find(|t| t.id.as_str() == "G.3.1").unwrap();
        assert_eq!(
            moved.final_due(),
            chrono::NaiveDate::from_ymd_opt(2026, 6, 30)
        );
        assert!(on
            .tasks
            .iter()
            .all(|t| t.lead.iter().all(|a| a.as_str() != "a39")));
        // The same tasks as the plan without changes.
        assert_eq!(
            load(&super::plan(2500, 7)).plan.tasks.len(),
            plan.tasks.len()
        );
    }

    #[test]
    fn generated_plans_are_valid_and_deterministic() {
        let files = plan(1200, 7);
        assert_eq!(files, plan(1200, 7));
        assert_ne!(files, plan(1200, 8));
        let loaded = load(&files);
        assert!(findings(&loaded).is_empty(), "{:?}", findings(&loaded));
        assert_eq!(loaded.plan.tasks.len(), 1200);
        assert_eq!(loaded.plan.agencies.len(), 40);
        assert_eq!(loaded.plan.indicators.len(), 50);
    }
}
