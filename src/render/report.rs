//! The annual report's four tables, for people (Markdown, terminal) and for
//! spreadsheets (CSV) and programs (JSON).

use super::views::{AgencyRef, TaskView};
use super::{Listing, Style};
use crate::assess::Assessment;
use crate::lang::Lang;
use crate::model::{Plan, Target, TargetValue, TargetWhen};
use crate::query::report::{AgencyRow, AnnualReport, Counts, IndicatorRow, ReportReceipt, TaskRow};
use crate::status::Status;
use chrono::NaiveDate;
use serde::Serialize;

pub const TABLES: [&str; 4] = ["summary", "tasks", "indicators", "agencies"];

fn count_headers(l: Lang) -> Vec<&'static str> {
    vec![
        l.pick("Tổng số", "Total"),
        l.pick("Đến hạn", "Due"),
        l.status(Status::DoneOnTime),
        l.status(Status::DoneLate),
        l.status(Status::InProgress),
        l.status(Status::Overdue),
        l.status(Status::Ongoing),
        l.status(Status::Cancelled),
        l.pick("Tỷ lệ quá hạn (%)", "Overdue share (%)"),
    ]
}

fn count_cells(c: &Counts, st: Style) -> Vec<String> {
    let mut v = vec![c.total.to_string(), c.due.to_string()];
    v.extend(Status::ALL.iter().map(|s| c.get(*s).to_string()));
    v.push(st.num(c.overdue_share()));
    v
}

pub fn summary(r: &AnnualReport, st: Style) -> Listing {
    let l = st.lang;
    let mut headers = vec![l.pick("Phần", "Section")];
    headers.extend(count_headers(l));
    let mut out = Listing::new(&headers);
    let mut all = vec![l.pick("Toàn bộ Kế hoạch", "Whole plan").to_string()];
    all.extend(count_cells(&r.overall, st));
    out.rows.push(all);
    for (s, c) in &r.sections {
        let mut row = vec![s.id.as_str().to_string()];
        row.extend(count_cells(c, st));
        out.rows.push(row);
    }
    out
}

/// The tasks of one section (or all, with a section column, for CSV).
pub fn tasks(plan: &Plan, r: &AnnualReport, section: Option<&str>, st: Style) -> Listing {
    let rows: Vec<&TaskRow> = r
        .tasks
        .iter()
        .filter(|t| section.is_none_or(|s| t.task.section.as_str() == s))
        .collect();
    task_rows(plan, &rows, r.as_of, section.is_none(), st)
}

/// Task rows as a listing; `with_section` adds the section column.
fn task_rows(
    plan: &Plan,
    rows: &[&TaskRow],
    as_of: NaiveDate,
    with_section: bool,
    st: Style,
) -> Listing {
    let l = st.lang;
    let status_head = format!("{} ({})", l.pick("Trạng thái", "Status"), st.date(as_of));
    let mut headers = vec![];
    if with_section {
        headers.push(l.pick("Phần", "Section"));
    }
    headers.extend([
        "ID",
        l.pick("Nhiệm vụ", "Task"),
        l.pick("Cơ quan chủ trì", "Lead"),
        l.pick("Cơ quan phối hợp", "Support"),
        l.pick("Tiến độ", "Schedule"),
        l.pick("Hạn", "Due"),
        status_head.as_str(),
        l.pick("Cập nhật gần nhất", "Latest update"),
        l.pick("Nguồn", "Source"),
    ]);
    let mut out = Listing::new(&headers);
    out.shorten = Some(if with_section { 2 } else { 1 });
    for row in rows {
        let t = row.task;
        let (note, source) = match row.state.latest {
            Some(u) => (
                format!(
                    "{}: {}{}{}",
                    st.date(u.on),
                    u.status.key(),
                    u.milestone
                        .as_ref()
                        .map(|m| format!(" ({} {})", l.pick("mốc", "milestone"), m.value))
                        .unwrap_or_default(),
                    u.note
                        .as_deref()
                        .map(|n| format!(" – {n}"))
                        .unwrap_or_default()
                ),
                u.source.clone().unwrap_or_default(),
            ),
            None => (
                l.pick("Chưa ghi nhận cập nhật", "No update recorded")
                    .into(),
                String::new(),
            ),
        };
        let mut cells = vec![];
        if with_section {
            cells.push(t.section.as_str().to_string());
        }
        cells.extend([
            t.id.as_str().to_string(),
            t.title.clone(),
            super::agency_names(plan, &t.lead),
            super::agency_names(plan, &t.support),
            t.schedule.clone().unwrap_or_default(),
            st.due(t),
            st.status(row.state.status),
            note,
            source,
        ]);
        out.rows.push(cells);
    }
    out
}

fn value(t: &Target, st: Style) -> String {
    match &t.value {
        TargetValue::Value(v) => st.num(Some(*v)),
        TargetValue::Range {
            min: Some(a),
            max: Some(b),
        } => format!("{}–{}", st.num(Some(*a)), st.num(Some(*b))),
        TargetValue::Range {
            min: Some(a),
            max: None,
        } => format!("≥ {}", st.num(Some(*a))),
        TargetValue::Range {
            min: None,
            max: Some(b),
        } => format!("≤ {}", st.num(Some(*b))),
        TargetValue::Range { .. } => String::new(),
        TargetValue::Text(s) => s.clone(),
    }
}

/// One row per target: the indicator, the target, the actuals of the year and
/// the year before, the figure judged and the judgement.
pub fn indicators(rows: &[IndicatorRow], year: i32, st: Style) -> Listing {
    let l = st.lang;
    let y = format!("{} {year}", l.pick("Thực hiện", "Actual"));
    let y1 = format!("{} {}", l.pick("Thực hiện", "Actual"), year - 1);
    let mut out = Listing::new(&[
        l.pick("Mã", "Id"),
        l.pick("Chỉ tiêu", "Indicator"),
        l.pick("Đơn vị", "Unit"),
        l.pick("Mốc mục tiêu", "Target for"),
        l.pick("Mục tiêu", "Target"),
        &y1,
        &y,
        l.pick("Số liệu đánh giá", "Figure judged"),
        l.pick("Đánh giá", "Assessment"),
    ]);
    out.shorten = Some(1);
    for r in rows {
        for t in &r.targets {
            out.rows.push(vec![
                r.indicator.id.as_str().to_string(),
                r.indicator.name.clone(),
                r.indicator.unit.clone(),
                t.target.when.to_string(),
                value(t.target, st),
                st.num(r.actual_previous),
                st.num(r.actual),
                st.num(t.judgement.actual),
                st.assessment(t.judgement.assessment),
            ]);
        }
    }
    out
}

pub fn agencies(rows: &[AgencyRow], year: i32, st: Style) -> Listing {
    let l = st.lang;
    let report = format!("{} {year}", l.pick("Báo cáo năm", "Report for"));
    let mut out = Listing::new(&[
        l.pick("Mã", "Id"),
        l.pick("Cơ quan", "Agency"),
        l.pick("Chủ trì", "Leads"),
        l.pick("Đã hoàn thành", "Done"),
        l.pick("Quá hạn", "Overdue"),
        &report,
    ]);
    out.shorten = Some(1);
    for r in rows {
        let report = match r.report {
            None => {
                if st.plain {
                    String::new()
                } else {
                    "—".into()
                }
            }
            Some((receipt, on)) => {
                let word = if st.plain {
                    receipt_key(receipt).to_string()
                } else {
                    match receipt {
                        ReportReceipt::OnTime => l.pick("Đúng hạn", "On time").into(),
                        ReportReceipt::Late => l.pick("Trễ hạn", "Late").into(),
                        ReportReceipt::Missing => l.pick("Chưa nhận", "Missing").into(),
                        ReportReceipt::NotDue => l.pick("Chưa đến hạn", "Not yet due").into(),
                    }
                };
                match on {
                    Some(d) if st.plain => format!("{word} {}", st.date(d)),
                    Some(d) => format!("{word} ({})", st.date(d)),
                    None => word,
                }
            }
        };
        out.rows.push(vec![
            r.agency.id.as_str().to_string(),
            r.agency.name.clone(),
            r.led.to_string(),
            r.done.to_string(),
            r.overdue.to_string(),
            report,
        ]);
    }
    out
}

fn receipt_key(r: ReportReceipt) -> &'static str {
    match r {
        ReportReceipt::OnTime => "on_time",
        ReportReceipt::Late => "late",
        ReportReceipt::Missing => "missing",
        ReportReceipt::NotDue => "not_due",
    }
}

/// The whole report as one Markdown document.
pub fn markdown(plan: &Plan, r: &AnnualReport, lang: Lang) -> String {
    let st = Style { lang, plain: false };
    let mut s = String::new();
    let title = match lang {
        Lang::Vi => format!(
            "# Báo cáo tình hình thực hiện Kế hoạch {} năm {}\n\n",
            plan.meta.id, r.year
        ),
        Lang::En => format!(
            "# Implementation report of plan {} for {}\n\n",
            plan.meta.id, r.year
        ),
    };
    s.push_str(&title);
    s.push_str(&match lang {
        Lang::Vi => format!("Tình hình tính đến ngày {}. Chỉ những gì đã được ghi nhận trong dữ liệu tiến độ mới được tính là hoàn thành.\n\n", lang.date(r.as_of)),
        Lang::En => format!("State as of {}. Only what the progress records say counts as done.\n\n", lang.date(r.as_of)),
    });
    s.push_str(lang.pick("## 1. Tổng hợp\n\n", "## 1. Summary\n\n"));
    s.push_str(&super::markdown(&summary(r, st)));
    s.push_str(lang.pick("\n## 2. Nhiệm vụ\n", "\n## 2. Tasks\n"));
    // Tasks by section, grouped once: a plan may have hundreds of sections.
    let mut by_section: std::collections::HashMap<&str, Vec<&TaskRow>> = Default::default();
    for t in &r.tasks {
        by_section
            .entry(t.task.section.as_str())
            .or_default()
            .push(t);
    }
    for (sec, _) in &r.sections {
        s.push_str(&format!(
            "\n### {} – {}\n\n",
            sec.id.as_str(),
            sec.title.replace('\n', " ")
        ));
        let rows = by_section.remove(sec.id.as_str()).unwrap_or_default();
        s.push_str(&super::markdown(&task_rows(
            plan, &rows, r.as_of, false, st,
        )));
    }
    s.push_str(lang.pick("\n## 3. Chỉ tiêu\n\n", "\n## 3. Indicators\n\n"));
    s.push_str(&super::markdown(&indicators(&r.indicators, r.year, st)));
    s.push_str(lang.pick("\n## 4. Cơ quan\n\n", "\n## 4. Agencies\n\n"));
    s.push_str(&super::markdown(&agencies(&r.agencies, r.year, st)));
    s
}

#[derive(Serialize)]
struct CountsView {
    total: usize,
    due: usize,
    done_on_time: usize,
    done_late: usize,
    in_progress: usize,
    overdue: usize,
    ongoing: usize,
    cancelled: usize,
    overdue_share: Option<f64>,
}

impl From<&Counts> for CountsView {
    fn from(c: &Counts) -> Self {
        CountsView {
            total: c.total,
            due: c.due,
            done_on_time: c.get(Status::DoneOnTime),
            done_late: c.get(Status::DoneLate),
            in_progress: c.get(Status::InProgress),
            overdue: c.get(Status::Overdue),
            ongoing: c.get(Status::Ongoing),
            cancelled: c.get(Status::Cancelled),
            overdue_share: c.overdue_share(),
        }
    }
}

#[derive(Serialize)]
struct SectionCounts {
    id: String,
    title: String,
    #[serde(flatten)]
    counts: CountsView,
}

#[derive(Serialize)]
struct Summary {
    #[serde(flatten)]
    overall: CountsView,
    sections: Vec<SectionCounts>,
}

#[derive(Serialize)]
struct ReportTask {
    #[serde(flatten)]
    task: TaskView,
    #[serde(skip_serializing_if = "Option::is_none")]
    latest_update: Option<super::views::UpdateView>,
}

#[derive(Serialize)]
pub struct TargetView {
    #[serde(skip_serializing_if = "Option::is_none")]
    year: Option<i32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    period: Option<[i32; 2]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    value: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    min: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    max: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    text: Option<String>,
    actual: Option<f64>,
    assessment: Assessment,
}

#[derive(Serialize)]
pub struct IndicatorView {
    id: String,
    name: String,
    unit: String,
    actual: Option<f64>,
    actual_previous_year: Option<f64>,
    targets: Vec<TargetView>,
}

pub fn indicator_views(rows: &[IndicatorRow]) -> Vec<IndicatorView> {
    rows.iter()
        .map(|r| IndicatorView {
            id: r.indicator.id.as_str().to_string(),
            name: r.indicator.name.clone(),
            unit: r.indicator.unit.clone(),
            actual: r.actual,
            actual_previous_year: r.actual_previous,
            targets: r
                .targets
                .iter()
                .map(|t| {
                    let (year, period) = match t.target.when {
                        TargetWhen::Year(y) => (Some(y), None),
                        TargetWhen::Period(a, b) => (None, Some([a, b])),
                    };
                    let (value, min, max, text) = match &t.target.value {
                        TargetValue::Value(v) => (Some(*v), None, None, None),
                        TargetValue::Range { min, max } => (None, *min, *max, None),
                        TargetValue::Text(s) => (None, None, None, Some(s.clone())),
                    };
                    TargetView {
                        year,
                        period,
                        value,
                        min,
                        max,
                        text,
                        actual: t.judgement.actual,
                        assessment: t.judgement.assessment,
                    }
                })
                .collect(),
        })
        .collect()
}

#[derive(Serialize)]
struct AgencyView {
    #[serde(flatten)]
    agency: AgencyRef,
    led: usize,
    done: usize,
    overdue: usize,
    report: Option<ReportReceipt>,
    #[serde(skip_serializing_if = "Option::is_none")]
    received_on: Option<NaiveDate>,
}

#[derive(Serialize)]
struct ReportView {
    year: i32,
    as_of: NaiveDate,
    summary: Summary,
    tasks: Vec<ReportTask>,
    indicators: Vec<IndicatorView>,
    agencies: Vec<AgencyView>,
}

pub fn json(plan: &Plan, r: &AnnualReport) -> String {
    let view = ReportView {
        year: r.year,
        as_of: r.as_of,
        summary: Summary {
            overall: (&r.overall).into(),
            sections: r
                .sections
                .iter()
                .map(|(s, c)| SectionCounts {
                    id: s.id.as_str().into(),
                    title: s.title.clone(),
                    counts: c.into(),
                })
                .collect(),
        },
        tasks: r
            .tasks
            .iter()
            .map(|t| ReportTask {
                task: TaskView::new(plan, t.task, &t.state),
                latest_update: t.state.latest.map(Into::into),
            })
            .collect(),
        indicators: indicator_views(&r.indicators),
        agencies: r
            .agencies
            .iter()
            .map(|a| AgencyView {
                agency: AgencyRef {
                    id: a.agency.id.as_str().into(),
                    name: a.agency.name.clone(),
                },
                led: a.led,
                done: a.done,
                overdue: a.overdue,
                report: a.report.map(|(k, _)| k),
                received_on: a.report.and_then(|(_, d)| d),
            })
            .collect(),
    };
    super::json(&view)
}
