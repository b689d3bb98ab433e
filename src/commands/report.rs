//! `plan report`, `plan targets` and `plan agencies`: the tables of the annual
//! report, whole or one at a time.

use super::output::{load_plan, print_bytes, Out};
use crate::cli::{Cli, Format};
use crate::fsio::{out_dir_allowed, write_atomic, write_set, Dest};
use crate::lang::Lang;
use crate::query::report::{annual, indicators, registry};
use crate::render::report::{self as rr, TABLES};
use crate::render::{self, Listing, Style};
use anyhow::{bail, Result};
use chrono::Datelike;
use serde::Serialize;
use std::path::Path;
use std::process::ExitCode;

pub struct Args<'a> {
    pub year: Option<i32>,
    pub table: Option<&'a str>,
    pub out: Option<&'a Path>,
    pub out_dir: Option<&'a Path>,
    pub force: bool,
}

fn year_or_now(year: Option<i32>) -> Result<i32> {
    let y = year.unwrap_or_else(|| crate::matching::today().year());
    if !crate::dates::year_in_window(y.into()) {
        bail!(
            "{y} is not a year a plan reports on\n  help: {}, e.g. --year 2025",
            crate::dates::window_message()
        );
    }
    Ok(y)
}

/// Writes to --out (atomically), stdout, or nowhere (`/dev/null`).
fn emit(out: Option<Dest>, bytes: &[u8]) -> Result<()> {
    match out {
        Some(Dest::File(p)) => write_atomic(&p, bytes),
        Some(Dest::Discard) => Ok(()),
        Some(Dest::Stdout) | None => print_bytes(bytes),
    }
}

pub fn report(cli: &Cli, a: Args) -> Result<ExitCode> {
    let loaded = load_plan(cli)?;
    let plan = &loaded.plan;
    let out = Out::new(cli, &loaded);
    let year = year_or_now(a.year)?;
    // Where it goes is settled before any work, so a refusal costs nothing.
    let dest = a.out.map(|p| Dest::of(p, &cli.dir, a.force)).transpose()?;
    if let Some(dir) = a.out_dir {
        out_dir_allowed(dir, &cli.dir, a.force)?;
    }
    if let Some(t) = a.table {
        if !TABLES.contains(&t) {
            let dym = crate::text::did_you_mean(t, TABLES)
                .map(|d| format!("{d} "))
                .unwrap_or_default();
            bail!(
                "unknown table \"{t}\"\n  help: {dym}the tables are {}",
                TABLES.join(", ")
            );
        }
    }
    let r = annual(plan, year);
    let st = Style {
        lang: out.lang,
        plain: out.format == Format::Csv,
    };
    let table = |name: &str| -> Listing {
        match name {
            "summary" => rr::summary(&r, st),
            "tasks" => rr::tasks(plan, &r, None, st),
            "indicators" => rr::indicators(&r.indicators, year, st),
            _ => rr::agencies(&r.agencies, year, st),
        }
    };
    if let Some(dir) = a.out_dir {
        if out.format != Format::Csv {
            bail!("--out-dir writes the four tables as CSV files\n  help: add --format csv, or use --out FILE for one Markdown document");
        }
        let files: Vec<(String, Vec<u8>)> = TABLES
            .iter()
            .map(|name| (format!("{name}.csv"), render::csv(&table(name), out.bom)))
            .collect();
        write_set(dir, &files)?;
        print_bytes(
            format!(
                "wrote {} in {}\n",
                TABLES.map(|t| format!("{t}.csv")).join(", "),
                dir.display()
            )
            .as_bytes(),
        )?;
        return Ok(ExitCode::SUCCESS);
    }
    let bytes: Vec<u8> = match (out.format, a.table) {
        (Format::Json, _) => rr::json(plan, &r).into_bytes(),
        (Format::Csv, Some(t)) => render::csv(&table(t), out.bom),
        (Format::Csv, None) => bail!(
            "CSV holds one table: choose --table {}\n  help: or --out-dir DIR to write all four files",
            TABLES.join("|")
        ),
        (Format::Md, Some(t)) => render::markdown(&table(t)).into_bytes(),
        (Format::Md, None) => rr::markdown(plan, &r, out.lang).into_bytes(),
        (Format::Table, t) => {
            let mut s = String::new();
            for name in TABLES.iter().filter(|n| t.is_none_or(|t| t == **n)) {
                s.push_str(&format!("{}\n", heading(name, out.lang, year)));
                s.push_str(&render::table(&table(name), out.width));
                s.push('\n');
            }
            s.into_bytes()
        }
    };
    emit(dest, &bytes)?;
    Ok(ExitCode::SUCCESS)
}

fn heading(table: &str, l: Lang, year: i32) -> String {
    let h = match table {
        "summary" => l.pick("Tổng hợp", "Summary"),
        "tasks" => l.pick("Nhiệm vụ", "Tasks"),
        "indicators" => l.pick("Chỉ tiêu", "Indicators"),
        _ => l.pick("Cơ quan", "Agencies"),
    };
    let end = chrono::NaiveDate::from_ymd_opt(year, 12, 31).expect("31 December exists");
    format!("{h} – {} {}", l.pick("đến", "as of"), l.date(end))
}

pub fn targets(cli: &Cli, year: Option<i32>) -> Result<ExitCode> {
    let loaded = load_plan(cli)?;
    let out = Out::new(cli, &loaded);
    let year = year_or_now(year)?;
    let rows = indicators(&loaded.plan, year);
    if out.format == Format::Json {
        #[derive(Serialize)]
        struct View {
            year: i32,
            indicators: Vec<rr::IndicatorView>,
        }
        print_bytes(
            render::json(&View {
                year,
                indicators: rr::indicator_views(&rows),
            })
            .as_bytes(),
        )?;
        return Ok(ExitCode::SUCCESS);
    }
    let st = Style {
        lang: out.lang,
        plain: out.format == Format::Csv,
    };
    let title = match out.lang {
        Lang::Vi => format!("Chỉ tiêu, đánh giá đến hết năm {year}."),
        Lang::En => format!("Targets, judged at the end of {year}."),
    };
    out.listing(Some(&title), &rr::indicators(&rows, year, st))?;
    Ok(ExitCode::SUCCESS)
}

pub fn agencies(cli: &Cli) -> Result<ExitCode> {
    let loaded = load_plan(cli)?;
    let plan = &loaded.plan;
    let out = Out::new(cli, &loaded);
    let rows = registry(plan);
    if out.format == Format::Json {
        #[derive(Serialize)]
        struct View<'a> {
            id: &'a str,
            name: &'a str,
            name_en: Option<&'a str>,
            level: &'static str,
            aliases: &'a [String],
            member_of: Vec<&'a str>,
            lead: usize,
            support: usize,
        }
        let views: Vec<View> = rows
            .iter()
            .map(|(a, lead, support)| View {
                id: a.id.as_str(),
                name: &a.name,
                name_en: a.name_en.as_deref(),
                level: a.level.key(),
                aliases: &a.aliases,
                member_of: a.member_of.iter().map(|m| m.as_str()).collect(),
                lead: *lead,
                support: *support,
            })
            .collect();
        print_bytes(render::json(&views).as_bytes())?;
        return Ok(ExitCode::SUCCESS);
    }
    let l = out.lang;
    let mut listing = Listing::new(&[
        l.pick("Mã", "Id"),
        l.pick("Tên", "Name"),
        l.pick("Tên tiếng Anh", "English name"),
        l.pick("Cấp", "Level"),
        l.pick("Chủ trì", "Leads"),
        l.pick("Phối hợp", "Supports"),
    ]);
    listing.shorten = Some(2);
    for (a, lead, support) in &rows {
        listing.rows.push(vec![
            a.id.as_str().to_string(),
            a.name.clone(),
            a.name_en.clone().unwrap_or_default(),
            a.level.key().to_string(),
            lead.to_string(),
            support.to_string(),
        ]);
    }
    let title = match l {
        Lang::Vi => format!("{} cơ quan, đơn vị.", rows.len()),
        Lang::En => format!("{} agencies.", rows.len()),
    };
    out.listing(Some(&title), &listing)?;
    Ok(ExitCode::SUCCESS)
}
