//! The plan over its life: an agency merged into another, and amendments by
//! later decisions, each judged on both sides of its date.

mod common;
use chrono::NaiveDate;
use common::Fixture;
use plan::status::{Log, Status};

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

const MERGER: &str = r#"
[[agency]]
id = "stc"
name = "Sở Tài chính"
level = "province"
"#;

/// The valid fixture with skhdt merged into stc from 1 March 2025, and three
/// amendments: PL2.I.6's deadline moved, PL2.I.5 cancelled, PL2.I.9 added.
fn fixture() -> Fixture {
    let f = Fixture::valid();
    let agencies = f.read("agencies.toml").replace(
        "aliases = [\"SKHĐT\", \"Sở KH&ĐT\"]\nlevel = \"province\"\n",
        "aliases = [\"SKHĐT\", \"Sở KH&ĐT\"]\nlevel = \"province\"\nuntil = 2025-02-28\nsuccessor = \"stc\"\nsource = \"Nghị định số 45/2025/NĐ-CP ngày 28/02/2025\"\n",
    ) + MERGER;
    f.write("agencies.toml", agencies.as_bytes()).write(
        "amendments.toml",
        r#"[[amendment]]
decision = "Quyết định số 9/QĐ-TEST"
issued_on = 2024-01-10
from = 2024-01-15
task = "PL2.I.6"
due = 2024-12-31

[[amendment]]
decision = "Quyết định số 12/QĐ-TEST"
issued_on = 2025-03-01
issued_by = "ubnd-tinh"
task = "PL2.I.5"
cancel = true

[[amendment]]
decision = "Quyết định số 10/QĐ-TEST"
issued_on = 2024-06-01

  [amendment.add]
  id = "PL2.I.9"
  title = "Nhiệm vụ bổ sung."
  lead = ["sxd"]
  schedule = "Năm 2024"
  due = 2024-12-31
  deliverables = ["Báo cáo"]
"#
        .as_bytes(),
    )
}

fn load(f: &Fixture) -> plan::load::Loaded {
    let l = plan::load::load_dir(&f.path("")).unwrap();
    let errors: Vec<_> = l.diagnostics.iter().filter(|d| d.is_error()).collect();
    assert!(errors.is_empty(), "{errors:?}");
    l
}

fn task<'p>(p: &'p plan::model::Plan, id: &str) -> Option<&'p plan::model::Task> {
    p.tasks.iter().find(|t| t.id.as_str() == id)
}

fn status(p: &plan::model::Plan, id: &str, on: &str) -> Status {
    let view = p.on(d(on));
    let log = Log::new(&view);
    log.state(task(&view, id).unwrap(), d(on)).status
}

#[test]
fn the_fixture_validates_with_its_merger_and_amendments() {
    let f = fixture();
    let out = f.run(&["validate", "--lang", "en", "--deny-warnings"]);
    assert_eq!(out.code, 0, "{}", out.transcript());
}

#[test]
fn tasks_pass_to_the_successor_the_day_after_the_last_day() {
    let f = fixture();
    let l = load(&f);
    let before = l.plan.on(d("2025-02-28"));
    let lead = |p: &plan::model::Plan| {
        task(p, "PL2.I.1")
            .unwrap()
            .lead
            .iter()
            .map(|a| a.as_str().to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(lead(&before), ["skhdt"]);
    let after = l.plan.on(d("2025-03-01"));
    assert_eq!(lead(&after), ["stc"]);
    let key = (
        plan::ids::TaskId::from("PL2.I.1"),
        plan::timeline::Part::Lead,
        plan::ids::AgencyId::from("stc"),
    );
    assert_eq!(after.heirs.get(&key).map(|a| a.0.as_str()), Some("skhdt"));
    // Support lists pass too.
    let support: Vec<&str> = task(&after, "PL2.I.6")
        .unwrap()
        .support
        .iter()
        .map(|a| a.as_str())
        .collect();
    assert_eq!(support, ["stc"]);
    let who = |on| {
        l.plan
            .responsible(&plan::ids::AgencyId::from("skhdt"), d(on))
            .iter()
            .map(|a| a.id.as_str().to_string())
            .collect::<Vec<_>>()
    };
    // The fixture's aggregator was skhdt: its reports now go to stc.
    let agg = |p: &plan::model::Plan| {
        p.meta
            .reporting
            .as_ref()
            .unwrap()
            .aggregator
            .as_ref()
            .unwrap()
            .as_str()
            .to_string()
    };
    assert_eq!(agg(&before), "skhdt");
    assert_eq!(agg(&after), "stc");
    assert_eq!(who("2025-02-28"), ["skhdt"]);
    assert_eq!(who("2025-03-01"), ["stc"]);
}

#[test]
fn an_amended_deadline_judges_each_side_of_its_date_on_the_terms_then() {
    let f = fixture();
    let l = load(&f);
    // Original due 2023-12-31: overdue until the amendment applies on 15/01.
    assert_eq!(status(&l.plan, "PL2.I.6", "2024-01-14"), Status::Overdue);
    assert_eq!(status(&l.plan, "PL2.I.6", "2024-01-15"), Status::InProgress);
    assert_eq!(status(&l.plan, "PL2.I.6", "2025-01-01"), Status::Overdue);
    let view = l.plan.on(d("2024-01-15"));
    assert_eq!(
        task(&view, "PL2.I.6").unwrap().final_due(),
        Some(d("2024-12-31"))
    );
    let basis = l.plan.amendments_of("PL2.I.6", d("2024-01-15"));
    assert_eq!(basis.len(), 1);
    assert_eq!(basis[0].decision.number, "Quyết định số 9/QĐ-TEST");
    assert!(l.plan.amendments_of("PL2.I.6", d("2024-01-14")).is_empty());
}

#[test]
fn a_cancellation_and_an_addition_count_from_their_dates() {
    let f = fixture();
    let l = load(&f);
    assert_eq!(status(&l.plan, "PL2.I.5", "2025-02-28"), Status::InProgress);
    assert_eq!(status(&l.plan, "PL2.I.5", "2025-03-01"), Status::Cancelled);
    assert_eq!(status(&l.plan, "PL2.I.5", "2031-06-01"), Status::Cancelled);
    assert!(task(&l.plan.on(d("2024-05-31")), "PL2.I.9").is_none());
    let view = l.plan.on(d("2024-06-01"));
    let added = task(&view, "PL2.I.9").unwrap();
    assert_eq!(added.section.0, "PL2.I");
    assert_eq!(status(&l.plan, "PL2.I.9", "2025-01-01"), Status::Overdue);
}

#[test]
fn validate_refuses_what_cannot_be_so() {
    let unknown = fixture().edit(
        "amendments.toml",
        "task = \"PL2.I.6\"",
        "task = \"PL2.I.66\"",
    );
    let out = unknown.run(&["validate", "--lang", "en"]);
    assert_eq!(out.code, 1);
    assert!(
        out.stdout.contains("error[unknown-task]") && out.stdout.contains("PL2.I.66"),
        "{}",
        out.stdout
    );

    let early = fixture().edit(
        "amendments.toml",
        "issued_on = 2024-01-10\nfrom = 2024-01-15",
        "issued_on = 2021-01-10\nfrom = 2021-01-15",
    );
    let out = early.run(&["validate", "--lang", "en"]);
    assert!(
        out.stdout.contains("error[amendment-before-plan]"),
        "{}",
        out.stdout
    );

    let cycle = fixture();
    let text =
        cycle.read("agencies.toml") + "until = 2026-01-01\nsuccessor = \"skhdt\"\nsource = \"x\"\n";
    let cycle = cycle.write("agencies.toml", text.as_bytes());
    let out = cycle.run(&["validate", "--lang", "en"]);
    assert!(
        out.stdout.contains("error[successor-cycle]"),
        "{}",
        out.stdout
    );

    let ghost = fixture().edit(
        "agencies.toml",
        "successor = \"stc\"",
        "successor = \"sotc\"",
    );
    let out = ghost.run(&["validate", "--lang", "en"]);
    assert!(
        out.stdout.contains("error[unknown-agency]") && out.stdout.contains("(successor)"),
        "{}",
        out.stdout
    );

    let no_until = fixture().edit("agencies.toml", "until = 2025-02-28\n", "");
    let out = no_until.run(&["validate", "--lang", "en"]);
    assert!(
        out.stdout.contains("error[successor-without-until]"),
        "{}",
        out.stdout
    );

    let two_kinds = fixture().edit(
        "amendments.toml",
        "task = \"PL2.I.5\"\ncancel = true",
        "task = \"PL2.I.5\"\ncancel = true\ndue = 2026-01-01",
    );
    let out = two_kinds.run(&["validate", "--lang", "en"]);
    assert!(
        out.stdout.contains("error[amendment-kind]"),
        "{}",
        out.stdout
    );
}

#[test]
fn a_plan_without_changes_is_not_copied() {
    let f = Fixture::valid();
    let l = load(&f);
    assert!(matches!(
        l.plan.on(d("2030-01-01")),
        std::borrow::Cow::Borrowed(_)
    ));
}

#[test]
fn the_bundled_plan_addresses_letters_to_agencies_that_exist() {
    let root = common::repo();
    // Asked by its old name after the merger: the successor's tasks, and a note.
    let out = common::run_in(
        &root,
        &["overdue", "--agency", "skhdt", "--as-of", "2026-01-01"],
    );
    assert_eq!(out.code, 0, "{}", out.transcript());
    assert!(
        out.stderr
            .contains("Sở Kế hoạch và Đầu tư chấm dứt hoạt động từ ngày 01/03/2025"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("Nghị định số 45/2025/NĐ-CP"),
        "{}",
        out.stderr
    );
    assert!(out.stdout.contains("Sở Tài chính (stc)"), "{}", out.stdout);
    // Before the merger it was still its own.
    let before = common::run_in(
        &root,
        &["overdue", "--agency", "skhdt", "--as-of", "2025-01-01"],
    );
    assert!(before.stderr.is_empty(), "{}", before.stderr);
    assert!(
        before.stdout.contains("Sở Kế hoạch và Đầu tư (skhdt)"),
        "{}",
        before.stdout
    );
    // By agency: no block for a department merged away; a collective that
    // ended says so.
    let blocks = common::run_in(
        &root,
        &[
            "overdue",
            "--by-agency",
            "--as-of",
            "2026-01-01",
            "--format",
            "json",
        ],
    );
    let v: serde_json::Value = serde_json::from_str(&blocks.stdout).unwrap();
    let ids: Vec<&str> = v["data"]["agencies"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["id"].as_str().unwrap())
        .collect();
    for gone in ["skhdt", "stnmt", "snnptnt", "stttt", "sldtbxh"] {
        assert!(!ids.contains(&gone), "{gone} in {ids:?}");
    }
    assert!(ids.contains(&"stc") && ids.contains(&"snnmt"), "{ids:?}");
    let table = common::run_in(&root, &["overdue", "--by-agency", "--as-of", "2026-01-01"]);
    assert!(
        table
            .stdout
            .contains("chấm dứt hoạt động từ ngày 01/07/2025"),
        "{}",
        table.stdout
    );
    // A task's lead is named with whom it took over from.
    let list = common::run_in(
        &root,
        &[
            "list",
            "--as-of",
            "2026-01-01",
            "--agency",
            "stc",
            "--format",
            "csv",
        ],
    );
    assert!(
        list.stdout
            .contains("Sở Tài chính (kế thừa Sở Kế hoạch và Đầu tư)"),
        "{}",
        list.stdout
    );
}

#[test]
fn review_findings_on_amendments_and_successors() {
    // An amendment that gives a task milestones: an update may name one.
    let f = fixture();
    let text = f.read("amendments.toml")
        + "\n[[amendment]]\ndecision = \"QĐ 20\"\nissued_on = 2024-02-01\ntask = \"PL2.I.7\"\n\n  [[amendment.milestone]]\n  what = \"Trình\"\n  due = 2024-06-30\n\n  [[amendment.milestone]]\n  what = \"Xong\"\n  due = 2025-06-30\n";
    let progress = f.read("progress/2024.toml")
        + "\n[[update]]\ntask = \"PL2.I.7\"\non = 2024-05-01\nstatus = \"done\"\nmilestone = 2\n";
    let f = f
        .write("amendments.toml", text.as_bytes())
        .write("progress/2024.toml", progress.as_bytes());
    let out = f.run(&["validate", "--lang", "en"]);
    assert!(!out.stdout.contains("unknown-milestone"), "{}", out.stdout);

    // Amending an added task before it is added is refused; a retroactive
    // amendment warns.
    let early = fixture();
    let text = early.read("amendments.toml")
        + "\n[[amendment]]\ndecision = \"QĐ 21\"\nissued_on = 2024-05-01\ntask = \"PL2.I.9\"\ndue = 2026-12-31\n";
    let early = early.write("amendments.toml", text.as_bytes());
    let out = early.run(&["validate", "--lang", "en"]);
    assert!(
        out.stdout.contains("error[amendment-before-task]"),
        "{}",
        out.stdout
    );
    let retro = fixture().edit(
        "amendments.toml",
        "issued_on = 2024-01-10\nfrom = 2024-01-15",
        "issued_on = 2024-01-10\nfrom = 2023-01-15",
    );
    let out = retro.run(&["validate", "--lang", "en"]);
    assert!(
        out.stdout.contains("warning[retroactive-amendment]"),
        "{}",
        out.stdout
    );
}

#[test]
fn a_merged_departments_report_counts_for_its_successor_and_an_ended_agency_owes_nothing() {
    // In the fixture skhdt (the aggregator) merges into stc from 01/03/2025.
    let f = fixture();
    let receipts = f.read("progress/2024.toml")
        + "\n[[report]]\nagency = \"skhdt\"\nyear = 2024\nreceived_on = 2024-12-20\n";
    let f = f.write("progress/2024.toml", receipts.as_bytes());
    let out = f.run(&[
        "overdue",
        "--reports",
        "--as-of",
        "2025-12-20",
        "--format",
        "json",
    ]);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    let missing = v["data"]["missing_reports"].as_array().unwrap();
    assert!(
        !missing
            .iter()
            .any(|m| m["year"] == 2024 && (m["agency"] == "stc" || m["agency"] == "skhdt")),
        "{missing:?}"
    );
    // sxd ends on 30/11/2025 with no successor: nothing owed after that.
    let f = fixture().edit(
        "agencies.toml",
        "name = \"Sở Xây dựng\"\n",
        "name = \"Sở Xây dựng\"\nuntil = 2025-11-30\nsource = \"QĐ thử\"\n",
    );
    let out = f.run(&[
        "overdue",
        "--reports",
        "--as-of",
        "2026-12-20",
        "--format",
        "json",
    ]);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    let missing = v["data"]["missing_reports"].as_array().unwrap();
    assert!(
        !missing
            .iter()
            .any(|m| m["agency"] == "sxd" && m["year"].as_i64().unwrap() >= 2025),
        "{missing:?}"
    );
}

/// A task that names two agencies later merged into one: each part says whom
/// it came from, an agency leading in its own right says nothing, and the
/// merged agency is named once (as the lead), in show and in the report.
#[test]
fn two_merged_agencies_in_one_task_each_name_their_own_predecessor() {
    let root = common::repo();
    let show = |id: &str| {
        let out = common::run_in(&root, &["show", id, "--as-of", "2025-12-31"]);
        assert_eq!(out.code, 0, "{}", out.stderr);
        let line = |label: &str| {
            out.stdout
                .lines()
                .find(|l| l.contains(label))
                .unwrap_or_else(|| panic!("{label} in {}", out.stdout))
                .to_string()
        };
        (line("Cơ quan chủ trì"), line("Cơ quan phối hợp"))
    };
    // snv leads in its own right; sldtbxh, a supporter, merged into it.
    let (lead, support) = show("PL2.VIII.4");
    assert!(
        lead.contains("Sở Nội vụ") && !lead.contains("kế thừa"),
        "{lead}"
    );
    assert!(!support.contains("Sở Nội vụ"), "{support}");
    // snnptnt led, stnmt supported; both are now snnmt.
    let (lead, support) = show("PL1.c.3");
    assert!(
        lead.contains("Sở Nông nghiệp và Môi trường (kế thừa Sở Nông nghiệp và PTNT)"),
        "{lead}"
    );
    assert!(!support.contains("Môi trường"), "{support}");
    let report = common::run_in(&root, &["report", "--year", "2025", "--format", "md"]);
    assert_eq!(report.code, 0, "{}", report.stderr);
    let row = |id: &str| {
        report
            .stdout
            .lines()
            .find(|l| l.starts_with(&format!("| {id} |")))
            .unwrap_or_else(|| panic!("{id} in the report"))
            .to_string()
    };
    let r = row("PL2.VIII.4");
    assert!(r.contains("| Sở Nội vụ |") && !r.contains("kế thừa"), "{r}");
    let r = row("PL1.c.3");
    assert!(
        r.contains("| Sở Nông nghiệp và Môi trường (kế thừa Sở Nông nghiệp và PTNT) |")
            && !r.contains("Tài nguyên"),
        "{r}"
    );
    // skhdt led and merged into stc, which supported: stc is named once.
    let r = row("PL2.IV.7");
    assert!(
        r.contains("| Sở Tài chính (kế thừa Sở Kế hoạch và Đầu tư) | UBND"),
        "{r}"
    );
}

/// `overdue --by-agency` after a merger and after the district level ended:
/// a successor's block says how many of its tasks it took over and from
/// whom (the task's lead part, as `Plan::on` assigns it); an agency that
/// ended with no successor says nobody is recorded to take its tasks.
#[test]
fn an_ended_agencys_overdue_tasks_say_who_takes_them() {
    let root = common::repo();
    let on = ["overdue", "--by-agency", "--as-of", "2027-12-31"];
    let vi = common::run_in(&root, &on);
    assert_eq!(vi.code, 0, "{}", vi.transcript());
    let heading = |out: &str, starts: &str| -> String {
        out.lines()
            .find(|l| l.starts_with(starts))
            .unwrap_or_else(|| panic!("no block {starts} in {out}"))
            .to_string()
    };
    assert_eq!(
        heading(&vi.stdout, "Sở Tài chính (stc)"),
        "Sở Tài chính (stc): 4 — trong đó 4 nhiệm vụ/mốc kế thừa Sở Kế hoạch và Đầu tư (chấm dứt hoạt động từ ngày 01/03/2025)"
    );
    // Two predecessors into one successor: each named with its own count.
    let snnmt = heading(&vi.stdout, "Sở Nông nghiệp và Môi trường (snnmt)");
    assert!(
        snnmt.contains("1 nhiệm vụ/mốc kế thừa Sở Nông nghiệp và PTNT")
            && snnmt.contains("2 nhiệm vụ/mốc kế thừa Sở Tài nguyên và Môi trường"),
        "{snnmt}"
    );
    // An agency that leads in its own right says nothing of the kind.
    assert_eq!(
        heading(&vi.stdout, "Sở Xây dựng (sxd)"),
        "Sở Xây dựng (sxd): 4"
    );
    assert_eq!(
        heading(&vi.stdout, "UBND các huyện, thị xã, thành phố"),
        "UBND các huyện, thị xã, thành phố (ubnd-cap-huyen): 1 — chấm dứt hoạt động từ ngày 01/07/2025; kế hoạch chưa ghi cơ quan kế thừa"
    );
    let en = common::run_in(&root, &["--lang", "en", on[0], on[1], on[2], on[3]]);
    assert!(
        en.stdout.contains("Department of Finance (stc): 4 — of which 4 taken over from Department of Planning and Investment (ceased to exist on 2025-03-01)"),
        "{}",
        en.stdout
    );
    assert!(
        en.stdout.contains("District, town and city People's Committees (ubnd-cap-huyen): 1 — ceased to exist on 2025-07-01; the plan names no successor"),
        "{}",
        en.stdout
    );
    // Asked for by name: a note says it ended, nobody took over, and how to
    // record who did.
    let alone = common::run_in(
        &root,
        &[
            "overdue",
            "--agency",
            "ubnd-cap-huyen",
            "--as-of",
            "2027-12-31",
        ],
    );
    assert_eq!(alone.code, 0, "{}", alone.transcript());
    assert!(
        alone.stderr.starts_with("ghi chú: UBND các huyện, thị xã, thành phố chấm dứt hoạt động từ ngày 01/07/2025 (Nghị quyết số 203/2025/QH15")
            && alone.stderr.contains("kế hoạch chưa ghi cơ quan kế thừa")
            && alone.stderr.contains("gợi ý: khi có văn bản giao lại nhiệm vụ, ghi successor"),
        "{}",
        alone.stderr
    );
    let before = common::run_in(
        &root,
        &[
            "overdue",
            "--agency",
            "ubnd-cap-huyen",
            "--as-of",
            "2025-06-30",
        ],
    );
    assert!(before.stderr.is_empty(), "{}", before.stderr);
}

/// `show` of a task led by the district committees, judged after they ended:
/// the lead says it ended and that nobody took its part over (the words of
/// `overdue`'s blocks); judged on their last day, nothing is said.
#[test]
fn show_says_a_lead_that_ended_and_who_took_its_part() {
    let root = common::repo();
    let after = common::run_in(
        &root,
        &[
            "show",
            "PL2.II.7",
            "--as-of",
            "2025-07-01",
            "--format",
            "csv",
        ],
    );
    assert_eq!(after.code, 0, "{}", after.transcript());
    assert!(
        after.stdout.contains("Sở Xây dựng; UBND các huyện, thị xã, thành phố (chấm dứt hoạt động từ ngày 01/07/2025)"),
        "{}",
        after.stdout
    );
    let last_day = common::run_in(
        &root,
        &[
            "show",
            "PL2.II.7",
            "--as-of",
            "2025-06-30",
            "--format",
            "csv",
        ],
    );
    assert!(!last_day.stdout.contains("chấm dứt"), "{}", last_day.stdout);
    // A merged department's heir is named as before, not as ended.
    let heir = common::run_in(
        &root,
        &[
            "show",
            "PL2.X.4",
            "--as-of",
            "2025-07-01",
            "--format",
            "csv",
        ],
    );
    let lead = heir
        .stdout
        .lines()
        .find(|l| l.starts_with("Cơ quan chủ trì,"));
    assert_eq!(
        lead.map(str::trim_end),
        Some("Cơ quan chủ trì,Sở Tài chính (kế thừa Sở Kế hoạch và Đầu tư)")
    );
    // Its supporter, a district committee, ended too.
    assert!(
        heir.stdout
            .contains("UBND huyện Trường Sa (chấm dứt hoạt động từ ngày 01/07/2025)"),
        "{}",
        heir.stdout
    );
}
