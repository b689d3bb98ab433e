//! The bundled plan is Decision 1165/QĐ-UBND itself. These checks were written
//! by hand from the decision's text (../shared/seed), not from plan/: a wrong
//! lead, date or target here is a transcription bug.

use chrono::NaiveDate;
use plan::model::{Plan, TargetValue, TargetWhen, Timing};

fn load() -> Plan {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("plan");
    let loaded = plan::load::load_dir(&dir).expect("plan/ loads");
    let msgs: Vec<_> = loaded
        .diagnostics
        .iter()
        .map(|d| d.message(plan::lang::Lang::En))
        .collect();
    assert!(
        msgs.is_empty(),
        "the bundled plan validates with no findings: {msgs:?}"
    );
    loaded.plan
}

fn date(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn task<'a>(p: &'a Plan, id: &str) -> &'a plan::model::Task {
    p.tasks
        .iter()
        .find(|t| t.id.as_str() == id)
        .unwrap_or_else(|| panic!("no task {id}"))
}

fn ids(v: &[plan::source::At<plan::ids::AgencyId>]) -> Vec<&str> {
    v.iter().map(|a| a.as_str()).collect()
}

fn due(p: &Plan, id: &str) -> Option<NaiveDate> {
    match &task(p, id).timing {
        Timing::Due(d) => Some(d.value),
        _ => None,
    }
}

fn milestones(p: &Plan, id: &str) -> Vec<(String, NaiveDate)> {
    match &task(p, id).timing {
        Timing::Milestones(ms) => ms.iter().map(|m| (m.what.clone(), m.due.value)).collect(),
        _ => vec![],
    }
}

#[test]
fn every_task_of_both_appendices_is_there() {
    let p = load();
    let per_section = |sid: &str| p.tasks.iter().filter(|t| t.section.as_str() == sid).count();
    assert_eq!(per_section("PL1"), 11);
    let roman = [
        "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI",
    ];
    let counts: Vec<usize> = roman
        .iter()
        .map(|r| per_section(&format!("PL2.{r}")))
        .collect();
    assert_eq!(counts, [2, 11, 26, 13, 6, 3, 8, 18, 5, 7, 4]);
    assert_eq!(p.tasks.len(), 114);
    assert_eq!(p.sections.len(), 12);
    // Every task numbered 1..n within its section, in order.
    for s in &p.sections {
        let nums: Vec<String> = p
            .tasks
            .iter()
            .filter(|t| t.section == s.id.value)
            .map(|t| t.id.as_str().rsplit('.').next().unwrap().to_string())
            .collect();
        if s.id.as_str() != "PL1" {
            let expected: Vec<String> = (1..=nums.len()).map(|n| n.to_string()).collect();
            assert_eq!(nums, expected, "section {}", s.id.as_str());
        }
    }
}

#[test]
fn registry_indicators_and_targets_are_complete() {
    let p = load();
    // The 54 the decision names, and the two that took over tasks in 2025,
    // each with the act that created it.
    let named: Vec<_> = p
        .agencies
        .iter()
        .filter(|a| a.source.is_none() || a.until.is_some())
        .collect();
    assert_eq!(named.len(), 54);
    let successors: Vec<&str> = p
        .agencies
        .iter()
        .filter(|a| a.source.is_some() && a.until.is_none())
        .map(|a| a.id.as_str())
        .collect();
    assert_eq!(successors, ["snnmt", "bo-xd"]);
    assert_eq!(p.indicators.len(), 32);
    assert_eq!(
        p.indicators.iter().map(|i| i.targets.len()).sum::<usize>(),
        55
    );
    assert!(
        p.progress.updates.is_empty()
            && p.progress.actuals.is_empty()
            && p.progress.reports.is_empty(),
        "the decision records no progress"
    );
    assert_eq!(p.meta.id, "1165/QĐ-UBND");
    assert_eq!(p.meta.issued_on, Some(date("2022-04-29")));
    assert_eq!(p.meta.signed_on, Some(date("2022-05-04")));
    let r = p.meta.reporting.as_ref().unwrap();
    assert_eq!(r.aggregator.as_ref().unwrap().as_str(), "skhdt");
}

#[test]
fn appendix_one_spot_checks() {
    let p = load();
    let t = task(&p, "PL1.a.5");
    assert_eq!(ids(&t.lead), ["stc"]);
    assert_eq!(
        ids(&t.support),
        ["cuc-thue", "cuc-hai-quan", "ubnd-cap-huyen"]
    );
    assert_eq!(t.reports, Some(plan::model::Cadence::Semiannual));
    let t = task(&p, "PL1.b.2");
    assert_eq!(ids(&t.lead), ["sxd"]);
    assert_eq!(
        ids(&t.support),
        [
            "ubnd-cap-huyen",
            "bql-kkt-van-phong",
            "cac-don-vi-lien-quan"
        ]
    );
    let t = task(&p, "PL1.c.3");
    assert_eq!(ids(&t.lead), ["snnptnt"]);
    assert_eq!(ids(&t.support), ["stnmt", "ubnd-cap-huyen"]);
    assert!(t.is_ongoing() && t.schedule.is_none());
    assert_eq!(ids(&task(&p, "PL1.b.1").lead), ["sldtbxh"]);
}

#[test]
fn appendix_two_spot_checks() {
    let p = load();
    let t = task(&p, "PL2.I.1");
    assert_eq!(ids(&t.lead), ["cac-so-ban-nganh", "ubnd-cap-huyen"]);
    assert!(t.support.is_empty() && t.is_ongoing());
    assert_eq!(
        t.schedule.as_deref(),
        Some("Trong quá trình thực hiện Nghị quyết")
    );
    // A deliverable split by a page break, merged.
    assert!(task(&p, "PL2.I.2").deliverables.contains(&"Tin, bài, ảnh, phóng sự trên các chuyên trang, chuyên mục của các cơ quan báo chí, cổng/trang thông tin điện tử, trang mạng xã hội".to_string()));

    assert_eq!(ids(&task(&p, "PL2.II.1").lead), ["skhdt"]);
    assert_eq!(due(&p, "PL2.II.1"), Some(date("2022-06-30")));
    assert_eq!(due(&p, "PL2.II.9"), Some(date("2022-05-31")));
    assert_eq!(
        task(&p, "PL2.II.9").deliverables,
        ["Nghị quyết của Quốc hội"]
    );
    assert_eq!(
        milestones(&p, "PL2.II.10"),
        [
            ("Báo cáo Tỉnh ủy".to_string(), date("2023-03-31")),
            ("Hoàn thành".to_string(), date("2028-12-31"))
        ]
    );
    let t = task(&p, "PL2.II.11");
    assert_eq!(
        (t.start.as_ref().map(|d| d.value), due(&p, "PL2.II.11")),
        (Some(date("2022-01-01")), Some(date("2030-12-31")))
    );

    // A title split by a page break, merged, the decision's wording kept.
    let t = task(&p, "PL2.III.7");
    assert!(
        t.title.contains("hạn nhảm nâng cao năng suất") && t.title.ends_with("chỉ dẫn địa lý.")
    );
    let t = task(&p, "PL2.III.14");
    assert_eq!(t.schedule.as_deref(), Some("2022-2023"));
    assert_eq!(due(&p, "PL2.III.14"), Some(date("2023-12-31")));
    assert_eq!(t.deliverables, ["Báo cáo, đề xuất"]);
    let t = task(&p, "PL2.III.20");
    assert_eq!(
        ids(&t.support),
        [
            "cac-so-nganh-lien-quan",
            "hiep-hoi-du-lich",
            "ubnd-nha-trang",
            "ubnd-cam-lam"
        ]
    );
    let t = task(&p, "PL2.III.26");
    assert_eq!(ids(&t.lead), ["nhnn"]);
    for a in [
        "cuc-thue",
        "cuc-hai-quan",
        "kbnn",
        "bhxh",
        "co-so-giao-duc",
        "co-so-y-te",
        "don-vi-cung-ung-dich-vu",
    ] {
        assert!(ids(&t.support).contains(&a), "{a}");
    }

    // "Sở Giao thông Vận" / "tải" across a page break.
    assert_eq!(ids(&task(&p, "PL2.IV.1").lead), ["sgtvt"]);
    assert_eq!(due(&p, "PL2.IV.1"), Some(date("2025-12-31")));
    assert_eq!(
        ids(&task(&p, "PL2.IV.9").lead),
        ["snnptnt", "ubnd-cap-huyen"]
    );
    assert_eq!(ids(&task(&p, "PL2.IV.11").lead), ["bql-da-phat-trien-tinh"]);
    assert_eq!(
        milestones(&p, "PL2.IV.11")
            .iter()
            .map(|m| m.1)
            .collect::<Vec<_>>(),
        [date("2023-12-31"), date("2026-12-31")]
    );
    assert_eq!(ids(&task(&p, "PL2.V.6").lead), ["ubnd-nha-trang"]);
    assert_eq!(ids(&task(&p, "PL2.V.5").lead), ["stttt"]);

    assert_eq!(
        task(&p, "PL2.VII.1").title.lines().count(),
        2,
        "two paragraphs"
    );
    let t = task(&p, "PL2.VII.5");
    assert!(t.is_ongoing());
    assert_eq!(t.start.as_ref().map(|d| d.value), Some(date("2022-11-01")));
    let t = task(&p, "PL2.VII.8");
    assert_eq!(ids(&t.lead), ["thanh-tra-tinh"]);
    assert!(ids(&t.support).contains(&"stc") && ids(&t.support).contains(&"cuc-thue"));

    let t = task(&p, "PL2.VIII.2");
    assert_eq!(
        (ids(&t.lead), ids(&t.support)[0]),
        (vec!["bo-gddt"], "dh-nha-trang")
    );
    assert_eq!(due(&p, "PL2.VIII.2"), Some(date("2025-12-31")));
    assert_eq!(
        milestones(&p, "PL2.VIII.6")
            .iter()
            .map(|m| m.1)
            .collect::<Vec<_>>(),
        [date("2022-05-14"), date("2025-12-31")]
    );
    assert_eq!(due(&p, "PL2.VIII.13"), Some(date("2022-05-14")));
    assert_eq!(ids(&task(&p, "PL2.VIII.14").lead), ["snv", "bdt"]);
    assert_eq!(task(&p, "PL2.VIII.16").deliverables, ["Báo cáo định kỳ"]);

    assert_eq!(due(&p, "PL2.IX.2"), Some(date("2023-12-31")));
    assert_eq!(
        (
            ids(&task(&p, "PL2.X.1").lead),
            ids(&task(&p, "PL2.X.1").support)[0]
        ),
        (vec!["bo-qp"], "bchqs-tinh")
    );
    assert_eq!(
        ids(&task(&p, "PL2.X.3").lead),
        ["bchqs-tinh", "cac-so-ban-nganh", "ubnd-cap-huyen"]
    );
    assert_eq!(ids(&task(&p, "PL2.X.6").lead), ["cong-an-tinh"]);
    assert_eq!(due(&p, "PL2.XI.3"), Some(date("2022-12-31")));
    assert_eq!(
        task(&p, "PL2.XI.2").deliverables,
        ["Kế hoạch kiểm tra", "Báo cáo định kỳ hàng năm"]
    );
}

#[test]
fn target_spot_checks() {
    let p = load();
    let targets = |id: &str| -> Vec<(TargetWhen, TargetValue)> {
        let i = p.indicators.iter().find(|i| i.id.as_str() == id).unwrap();
        i.targets
            .iter()
            .map(|t| (t.when, t.value.clone()))
            .collect()
    };
    let unit = |id: &str| {
        p.indicators
            .iter()
            .find(|i| i.id.as_str() == id)
            .unwrap()
            .unit
            .clone()
    };
    use TargetValue::*;
    use TargetWhen::*;
    assert_eq!(
        targets("grdp-growth"),
        [
            (Period(2021, 2025), Value(7.1)),
            (Period(2026, 2030), Value(8.8))
        ]
    );
    assert_eq!(
        targets("total-investment"),
        [
            (Period(2021, 2025), Value(354.0)),
            (Period(2026, 2030), Value(664.0))
        ]
    );
    assert_eq!(
        targets("poverty-reduction"),
        [(
            Period(2021, 2025),
            Range {
                min: Some(1.0),
                max: Some(1.5)
            }
        )]
    );
    assert_eq!(
        targets("grdp-per-capita"),
        [(Year(2025), Value(104.0)), (Year(2030), Value(189.0))]
    );
    assert_eq!(unit("grdp-per-capita"), "triệu đồng/người");
    assert_eq!(
        targets("population"),
        [(Year(2025), Value(1276.0)), (Year(2030), Value(1314.0))]
    );
    assert_eq!(unit("population"), "nghìn người");
    assert_eq!(
        targets("non-farm-labour"),
        [(Year(2025), Value(77.97)), (Year(2030), Value(81.91))]
    );
    assert_eq!(targets("urban-density")[1], (Year(2030), Value(12000.0)));
    assert_eq!(
        targets("forest-cover"),
        [(Year(2025), Value(46.5)), (Year(2030), Value(46.5))]
    );
    assert_eq!(
        targets("tourists"),
        [(Year(2025), Value(11.0)), (Year(2030), Value(15.4))]
    );
    assert_eq!(targets("tourists-domestic")[1], (Year(2030), Value(7.4)));
    assert_eq!(
        targets("ocop-3-star"),
        [(
            Year(2025),
            Range {
                min: Some(200.0),
                max: None
            }
        )]
    );
    assert_eq!(
        targets("industrial-park-occupancy"),
        [(Year(2030), Value(70.0))]
    );
    assert_eq!(
        targets("digital-transformation-rank"),
        [(
            Year(2030),
            Range {
                min: None,
                max: Some(20.0)
            }
        )]
    );
    assert!(
        matches!(&targets("budget-revenue")[0].1, Text(t) if t.contains("đạt và vượt dự toán"))
    );
}

#[test]
fn appendix_one_tasks_and_indicators_point_at_each_other() {
    let p = load();
    for i in &p.indicators {
        let Some(m) = &i.monitored_by else { continue };
        let t = task(&p, m.as_str());
        assert!(
            t.indicators.iter().any(|x| x.as_str() == i.id.as_str()),
            "{} ↔ {}",
            i.id.as_str(),
            m.as_str()
        );
    }
    for t in p.tasks.iter().filter(|t| t.section.as_str() == "PL1") {
        for x in &t.indicators {
            let i = p
                .indicators
                .iter()
                .find(|i| i.id.as_str() == x.as_str())
                .unwrap();
            assert_eq!(
                i.monitored_by.as_ref().map(|m| m.as_str()),
                Some(t.id.as_str())
            );
        }
    }
}

#[test]
fn the_2025_reorganisation_is_recorded_only_where_an_act_is_cited() {
    let p = load();
    let on = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    let heir = |id: &str, date: &str| -> Vec<String> {
        p.responsible(&plan::ids::AgencyId::from(id), on(date))
            .iter()
            .map(|a| a.id.as_str().to_string())
            .collect()
    };
    // Decree 45/2025/NĐ-CP, in force from 1 March 2025.
    assert_eq!(heir("skhdt", "2025-02-28"), ["skhdt"]);
    assert_eq!(heir("skhdt", "2025-03-01"), ["stc"]);
    assert_eq!(heir("stnmt", "2025-03-01"), ["snnmt"]);
    assert_eq!(heir("snnptnt", "2025-03-01"), ["snnmt"]);
    assert_eq!(heir("stttt", "2025-03-01"), ["skhcn"]);
    assert_eq!(heir("sldtbxh", "2025-03-01"), ["snv"]);
    assert_eq!(heir("bo-gtvt", "2025-03-01"), ["bo-xd"]);
    // No act found merging the Department of Transport for Khánh Hòa: unchanged.
    assert_eq!(heir("sgtvt", "2026-01-01"), ["sgtvt"]);
    // District People's Committees ended on 30/06/2025 with no citable successor.
    let d = p
        .agencies
        .iter()
        .find(|a| a.id.as_str() == "ubnd-nha-trang")
        .unwrap();
    assert!(d.exists_on(on("2025-06-30")) && !d.exists_on(on("2025-07-01")));
    assert!(d.successor.is_empty());
    for a in p.agencies.iter().filter(|a| a.until.is_some()) {
        let src = a.source.as_deref().unwrap_or_default();
        assert!(
            src.contains("45/2025/NĐ-CP")
                || src.contains("203/2025/QH15")
                || src.contains("176/2025/QH15"),
            "{}: {src}",
            a.id.as_str()
        );
    }
}

#[test]
fn the_2025_report_adds_up_for_a_reader() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_plan"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["report", "--year", "2025", "--format", "json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let summaries = std::iter::once(&v["data"]["summary"])
        .chain(v["data"]["summary"]["sections"].as_array().unwrap());
    for s in summaries {
        let n = |k: &str| s[k].as_u64().unwrap();
        let parts = [
            "done_on_time",
            "done_late",
            "in_progress",
            "overdue",
            "ongoing",
            "cancelled",
        ];
        assert_eq!(parts.iter().map(|k| n(k)).sum::<u64>(), n("total"), "{s}");
        assert_eq!(
            n("due_done_on_time") + n("done_late") + n("overdue") + n("due_in_progress"),
            n("due"),
            "{s}"
        );
    }
    // Tasks due on 31/12/2025 itself are due and in progress that day.
    assert!(v["data"]["summary"]["due_in_progress"].as_u64().unwrap() > 0);
}
