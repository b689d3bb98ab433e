//! `plan overdue`: what to send reminder letters about.

use super::output::{load_plan, print_bytes, Out};
use crate::cli::{Cli, Format};
use crate::matching;
use crate::query::overdue::{overdue, Filter, Overdue};
use crate::query::{AgencyFilter, Role};
use crate::render::views::{OverdueBlock, OverdueReport, OverdueView};
use crate::render::{agency_names, json, Listing, Style};
use crate::status::Log;
use anyhow::Result;
use chrono::NaiveDate;
use std::process::ExitCode;

pub struct Args<'a> {
    pub as_of: Option<&'a str>,
    pub agency: Option<&'a str>,
    pub role: Role,
    pub section: Option<&'a str>,
    pub by_agency: bool,
    pub fail_if_any: bool,
}

pub fn run(cli: &Cli, a: Args) -> Result<ExitCode> {
    let loaded = load_plan(cli)?;
    let plan = &loaded.plan;
    let out = Out::new(cli, &loaded);
    let lang = out.lang;
    let as_of = match a.as_of {
        Some(s) => matching::date(s)?,
        None => matching::today(),
    };
    let filter = Filter {
        agency: a
            .agency
            .map(|s| matching::agency(plan, s).map(|id| AgencyFilter::new(plan, id, a.role)))
            .transpose()?,
        section: a.section.map(|s| matching::section(plan, s)).transpose()?,
    };
    let log = Log::new(plan);
    let items = overdue(plan, &log, as_of, &filter);
    let entries: Vec<OverdueView> = items.iter().map(|o| OverdueView::new(plan, o)).collect();

    // Blocks per lead agency, in the registry's order.
    let blocks: Vec<(&crate::model::Agency, Vec<usize>)> = if a.by_agency {
        plan.agencies
            .iter()
            .map(|ag| {
                let idx: Vec<usize> = items
                    .iter()
                    .enumerate()
                    .filter(|(_, o)| o.task.lead.iter().any(|l| l.value == ag.id.value))
                    .map(|(i, _)| i)
                    .collect();
                (ag, idx)
            })
            .filter(|(_, idx)| !idx.is_empty())
            .collect()
    } else {
        Vec::new()
    };

    let st = Style {
        lang,
        plain: out.format == Format::Csv,
    };
    let date = |d: NaiveDate| st.date(d);
    let scope = filter.agency.as_ref().map(|f| {
        let ag = plan.agency(&f.agency).expect("resolved agency");
        let role = match f.role {
            Role::Lead => lang.pick("chủ trì", "as lead"),
            Role::Support => lang.pick("phối hợp", "as support"),
            Role::Any => lang.pick("chủ trì hoặc phối hợp", "as lead or support"),
        };
        format!(" — {} ({}), {role}", ag.name, ag.id.as_str())
    });
    let title = if items.is_empty() {
        match lang {
            crate::lang::Lang::Vi => format!(
                "Không có nhiệm vụ quá hạn tính đến ngày {}{}.",
                date(as_of),
                scope.unwrap_or_default()
            ),
            crate::lang::Lang::En => format!(
                "Nothing overdue as of {}{}.",
                date(as_of),
                scope.unwrap_or_default()
            ),
        }
    } else {
        match lang {
            crate::lang::Lang::Vi => format!(
                "Quá hạn tính đến ngày {}{}: {} nhiệm vụ/mốc chưa ghi nhận hoàn thành.",
                date(as_of),
                scope.unwrap_or_default(),
                items.len()
            ),
            crate::lang::Lang::En => format!(
                "Overdue as of {}{}: {} {} with no completion recorded.",
                date(as_of),
                scope.unwrap_or_default(),
                items.len(),
                if items.len() == 1 {
                    "task or milestone"
                } else {
                    "tasks or milestones"
                }
            ),
        }
    };

    let row = |o: &Overdue, with_lead: bool| -> Vec<String> {
        let task = match o.milestone {
            Some((n, what)) => format!(
                "[{} {n}: {what}] {}",
                lang.pick("Mốc", "Milestone"),
                o.task.title
            ),
            None => o.task.title.clone(),
        };
        let mut r = vec![o.task.id.as_str().to_string(), task];
        if with_lead {
            r.push(agency_names(plan, &o.task.lead));
        }
        r.push(o.task.schedule.clone().unwrap_or_default());
        r.push(date(o.due));
        r.push(o.days_overdue.to_string());
        r
    };
    let headers = |with_lead: bool| -> Vec<&'static str> {
        let mut h = vec!["ID", lang.pick("Nhiệm vụ", "Task")];
        if with_lead {
            h.push(lang.pick("Cơ quan chủ trì", "Lead"));
        }
        h.extend([
            lang.pick("Tiến độ", "Schedule"),
            lang.pick("Hạn", "Due"),
            lang.pick("Số ngày quá hạn", "Days overdue"),
        ]);
        h
    };

    match out.format {
        Format::Json => {
            let report = OverdueReport {
                as_of,
                count: entries.len(),
                overdue: (!a.by_agency).then(|| entries.iter().collect()),
                agencies: a.by_agency.then(|| {
                    blocks
                        .iter()
                        .map(|(ag, idx)| OverdueBlock {
                            id: ag.id.as_str().to_string(),
                            name: ag.name.clone(),
                            overdue: idx.iter().map(|&i| &entries[i]).collect(),
                        })
                        .collect()
                }),
            };
            print_bytes(json(&report).as_bytes())?;
        }
        Format::Csv if a.by_agency => {
            let mut h = vec![
                lang.pick("Mã cơ quan", "Agency id"),
                lang.pick("Cơ quan", "Agency"),
            ];
            h.extend(headers(false));
            let mut l = Listing::new(&h);
            for (ag, idx) in &blocks {
                for &i in idx {
                    let mut r = vec![ag.id.as_str().to_string(), ag.name.clone()];
                    r.extend(row(&items[i], false));
                    l.rows.push(r);
                }
            }
            out.listing(None, &l)?;
        }
        _ if a.by_agency => {
            out.title(&title)?;
            for (ag, idx) in &blocks {
                let mut l = Listing::new(&headers(false));
                l.shorten = Some(1);
                l.rows = idx.iter().map(|&i| row(&items[i], false)).collect();
                let heading = format!("{} ({}): {}", ag.name, ag.id.as_str(), idx.len());
                let heading = if out.format == Format::Md {
                    format!("\n## {heading}")
                } else {
                    format!("\n{heading}")
                };
                out.listing(Some(&heading), &l)?;
            }
        }
        _ => {
            let mut l = Listing::new(&headers(true));
            l.shorten = Some(1);
            l.rows = items.iter().map(|o| row(o, true)).collect();
            out.listing(Some(&title), &l)?;
        }
    }
    Ok(ExitCode::from(u8::from(a.fail_if_any && !items.is_empty())))
}
