//! `plan list`: browse tasks with filters, and their status on a date.

use super::output::{load_plan, print_bytes, Out};
use crate::cli::{Cli, Format, ListFilters};
use crate::matching;
use crate::query::tasks::{list, Filter};
use crate::query::AgencyFilter;
use crate::render::views::TaskView;
use crate::render::{agency_names, json, Listing, Style};
use crate::status::{Log, Status};
use anyhow::{bail, Result};
use std::process::ExitCode;

pub fn run(cli: &Cli, f: &ListFilters) -> Result<ExitCode> {
    let loaded = load_plan(cli)?;
    let plan = &loaded.plan;
    let out = Out::new(cli, &loaded);
    let lang = out.lang;
    let date = |s: &Option<String>| s.as_deref().map(matching::date).transpose();
    let as_of = date(&f.as_of)?.unwrap_or_else(matching::today);
    let status = match f.status.as_deref() {
        None => None,
        Some(s) => match Status::parse(&s.to_lowercase()) {
            Some(st) => Some(st),
            None => {
                let keys: Vec<&str> = Status::ALL.iter().map(|s| s.key()).collect();
                let dym = crate::text::did_you_mean(s, keys.iter().copied())
                    .map(|d| format!("{d} "))
                    .unwrap_or_default();
                bail!(
                    "unknown status \"{s}\"\n  help: {dym}a status is one of: {}",
                    keys.join(", ")
                );
            }
        },
    };
    let filter = Filter {
        agency: f
            .agency
            .as_deref()
            .map(|s| matching::agency(plan, s).map(|id| AgencyFilter::new(plan, id, f.role)))
            .transpose()?,
        section: f
            .section
            .as_deref()
            .map(|s| matching::section(plan, s))
            .transpose()?,
        status,
        due_before: date(&f.due_before)?,
        due_after: date(&f.due_after)?,
        search: f.search.clone(),
    };
    let log = Log::new(plan);
    let rows = list(plan, &log, as_of, &filter);

    if out.format == Format::Json {
        let views: Vec<TaskView> = rows
            .iter()
            .map(|(t, s)| TaskView::new(plan, t, s))
            .collect();
        print_bytes(json(&views).as_bytes())?;
        return Ok(ExitCode::SUCCESS);
    }
    let st = Style {
        lang,
        plain: out.format == Format::Csv,
    };
    let mut l = Listing::new(&[
        "ID",
        lang.pick("Nhiệm vụ", "Task"),
        lang.pick("Cơ quan chủ trì", "Lead"),
        lang.pick("Tiến độ", "Schedule"),
        lang.pick("Hạn", "Due"),
        lang.pick("Trạng thái", "Status"),
    ]);
    l.shorten = Some(1);
    for (t, s) in &rows {
        l.rows.push(vec![
            t.id.as_str().to_string(),
            t.title.clone(),
            agency_names(plan, &t.lead),
            t.schedule.clone().unwrap_or_default(),
            st.due(t),
            st.status(s.status),
        ]);
    }
    let title = match lang {
        crate::lang::Lang::Vi => format!(
            "{} nhiệm vụ; trạng thái tính đến ngày {}.",
            rows.len(),
            lang.date(as_of)
        ),
        crate::lang::Lang::En => {
            format!("{} tasks; status as of {}.", rows.len(), lang.date(as_of))
        }
    };
    out.listing(Some(&title), &l)?;
    Ok(ExitCode::SUCCESS)
}
