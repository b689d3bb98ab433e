//! `plan show ID`: every field of one task, its milestones, its status history
//! and its status on a date.

use super::output::{load_plan, print_bytes, Out};
use crate::cli::{Cli, Format};
use crate::matching;
use crate::model::Timing;
use crate::render::views::{TaskView, UpdateView};
use crate::render::{agency_names, json, Listing, Style};
use crate::status::Log;
use anyhow::Result;
use serde::Serialize;
use std::process::ExitCode;

#[derive(Serialize)]
struct ShowView {
    #[serde(flatten)]
    task: TaskView,
    as_of: chrono::NaiveDate,
    history: Vec<UpdateView>,
}

pub fn run(cli: &Cli, id: &str, as_of: Option<&str>) -> Result<ExitCode> {
    let loaded = load_plan(cli)?;
    let plan = &loaded.plan;
    let out = Out::new(cli, &loaded);
    let lang = out.lang;
    let id = matching::task(plan, id)?;
    let as_of = as_of
        .map(matching::date)
        .transpose()?
        .unwrap_or_else(matching::today);
    let task = plan
        .tasks
        .iter()
        .find(|t| t.id.value == id)
        .expect("resolved task");
    let log = Log::new(plan);
    let state = log.state(task, as_of);
    let history = log.updates(id.as_str());

    if out.format == Format::Json {
        let view = ShowView {
            task: TaskView::new(plan, task, &state),
            as_of,
            history: history.iter().map(|u| UpdateView::from(*u)).collect(),
        };
        print_bytes(json(&view).as_bytes())?;
        return Ok(ExitCode::SUCCESS);
    }
    let st = Style {
        lang,
        plain: out.format == Format::Csv,
    };
    let date = |d: chrono::NaiveDate| st.date(d);
    let status = |s: crate::status::Status| st.status(s);
    let section = plan.sections.iter().find(|s| s.id.value == task.section);
    let mut l = Listing::new(&[lang.pick("Mục", "Field"), lang.pick("Nội dung", "Value")]);
    let mut add = |k: &str, v: String| l.rows.push(vec![k.to_string(), v]);
    add("ID", task.id.as_str().to_string());
    if let Some(s) = section {
        add(
            lang.pick("Phần", "Section"),
            format!("{} – {}", s.id.as_str(), s.title),
        );
    }
    add(lang.pick("Nhiệm vụ", "Task"), task.title.clone());
    add(
        lang.pick("Cơ quan chủ trì", "Lead"),
        agency_names(plan, &task.lead),
    );
    add(
        lang.pick("Cơ quan phối hợp", "Support"),
        agency_names(plan, &task.support),
    );
    if let Some(s) = &task.schedule {
        add(lang.pick("Tiến độ", "Schedule"), s.clone());
    }
    if let Some(s) = &task.start {
        add(lang.pick("Bắt đầu", "Start"), date(s.value));
    }
    match &task.timing {
        Timing::Due(d) => add(lang.pick("Hạn", "Due"), date(d.value)),
        Timing::Milestones(_) => {
            for m in &state.milestones {
                add(
                    &format!("{} {}", lang.pick("Mốc", "Milestone"), m.number),
                    format!("{}: {} – {}", date(m.due), m.what, status(m.status)),
                );
            }
        }
        Timing::Ongoing => add(
            lang.pick("Hạn", "Due"),
            lang.pick("Thường xuyên (không có hạn)", "Ongoing (no deadline)")
                .into(),
        ),
    }
    add(
        lang.pick("Kết quả/Sản phẩm", "Deliverables"),
        task.deliverables
            .iter()
            .map(|d| format!("- {d}"))
            .collect::<Vec<_>>()
            .join("\n"),
    );
    if !task.indicators.is_empty() {
        add(
            lang.pick("Chỉ tiêu theo dõi", "Indicators"),
            task.indicators
                .iter()
                .map(|i| i.as_str())
                .collect::<Vec<_>>()
                .join(", "),
        );
    }
    add(
        &format!("{} ({})", lang.pick("Trạng thái", "Status"), date(as_of)),
        status(state.status),
    );
    let hist = if history.is_empty() {
        lang.pick("Chưa ghi nhận cập nhật nào.", "No update recorded.")
            .to_string()
    } else {
        history
            .iter()
            .map(|u| {
                let m = u
                    .milestone
                    .as_ref()
                    .map(|m| format!(" ({} {})", lang.pick("mốc", "milestone"), m.value))
                    .unwrap_or_default();
                let note = u
                    .note
                    .as_deref()
                    .map(|n| format!(": {n}"))
                    .unwrap_or_default();
                let src = u
                    .source
                    .as_deref()
                    .map(|s| format!(" [{s}]"))
                    .unwrap_or_default();
                format!("{} {}{m}{note}{src}", date(u.on), u.status.key())
            })
            .collect::<Vec<_>>()
            .join("\n")
    };
    add(lang.pick("Lịch sử cập nhật", "History"), hist);
    out.listing(None, &l)?;
    Ok(ExitCode::SUCCESS)
}
