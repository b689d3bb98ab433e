//! The yearly form an agency fills in: one workbook with a cover sheet, its
//! tasks (led, then supported) with columns to fill, and the indicators it
//! reports. What a form holds is decided here; `write` lays it out in xlsx.

use crate::catalogue::form::{status_word, FormWord, FILL, STATUSES};
use crate::ids::AgencyId;
use crate::lang::Lang;
use crate::model::{Agency, AgencyLevel, Plan, Task, Timing};
use crate::query::{AgencyFilter, Role};
use crate::recurring::year_status;
use crate::status::Log;
use crate::workbook::{excel_date, fit_row, print_setup};
use anyhow::{Context, Result};
use chrono::NaiveDate;
use rust_xlsxwriter::{
    DataValidation, DataValidationRule, Format, FormatAlign, FormatBorder, Workbook, Worksheet,
};

/// The hidden sheet that says which plan, agency and year a form is for, so
/// that import can check a reply against them.
pub const META_SHEET: &str = "_plan";

/// One agency's form, before layout.
pub struct Form<'p> {
    pub plan: &'p Plan,
    pub agency: &'p Agency,
    pub year: i32,
    pub as_of: NaiveDate,
    pub deadline: Option<NaiveDate>,
    pub lead: Vec<Row<'p>>,
    pub support: Vec<Row<'p>>,
    pub indicators: Vec<&'p crate::model::Indicator>,
}

pub struct Row<'p> {
    pub task: &'p Task,
    /// Where the task stands on the form's date, in words.
    pub standing: String,
}

/// The agencies that get a form: those that report to the province and have
/// a task (led or supported, directly or through a collective) or an
/// indicator to report on `as_of`.
pub fn agencies(plan: &Plan, as_of: NaiveDate) -> Vec<&Agency> {
    plan.agencies
        .iter()
        .filter(|a| {
            a.exists_on(as_of) && !matches!(a.level, AgencyLevel::Group | AgencyLevel::Central)
        })
        .filter(|a| {
            let f = AgencyFilter::new(plan, a.id.value.clone(), Role::Any);
            plan.tasks.iter().any(|t| f.matches(t))
                || responsible_for(plan, &a.id.value).next().is_some()
        })
        .collect()
}

fn responsible_for<'p>(
    plan: &'p Plan,
    agency: &'p AgencyId,
) -> impl Iterator<Item = &'p crate::model::Indicator> + 'p {
    plan.indicators
        .iter()
        .filter(move |i| i.responsible.as_ref().is_some_and(|r| &r.value == agency))
}

/// The form of `agency` for `year`, with statuses as of `as_of`. `plan` is
/// the plan as it stands on `as_of` (`Plan::on`).
pub fn form<'p>(
    plan: &'p Plan,
    agency: &'p Agency,
    year: i32,
    as_of: NaiveDate,
    lang: Lang,
) -> Form<'p> {
    let log = Log::new(plan);
    let annual_due = crate::query::report::annual_due(plan, year);
    let row = |t: &'p Task| {
        let standing = if t.is_ongoing() {
            let ys = year_status(log.updates(t.id.as_str()), year, as_of, annual_due);
            crate::catalogue::form::year_status_word(ys, lang).to_string()
        } else {
            crate::catalogue::Word::StatusWord(log.state(t, as_of).status)
                .text(lang)
                .to_string()
        };
        Row { task: t, standing }
    };
    let lead = AgencyFilter::new(plan, agency.id.value.clone(), Role::Lead);
    let support = AgencyFilter::new(plan, agency.id.value.clone(), Role::Support);
    Form {
        plan,
        agency,
        year,
        as_of,
        deadline: crate::query::receipts::deadline(plan, agency, year, crate::model::Period::Year),
        lead: plan
            .tasks
            .iter()
            .filter(|t| lead.matches(t))
            .map(row)
            .collect(),
        support: plan
            .tasks
            .iter()
            .filter(|t| support.matches(t) && !lead.matches(t))
            .map(row)
            .collect(),
        indicators: responsible_for(plan, &agency.id.value).collect(),
    }
}

/// Column layout of the tasks sheet: the fixed columns, then those to fill.
const TASK_FIXED: [FormWord; 4] = [
    FormWord::ColTask,
    FormWord::ColRole,
    FormWord::ColDue,
    FormWord::ColStanding,
];

/// The form as an xlsx workbook, in memory.
pub fn write(f: &Form, lang: Lang) -> Result<Vec<u8>> {
    let mut wb = Workbook::new();
    let styles = Styles::new();
    cover(wb.add_worksheet(), f, lang, &styles)?;
    tasks(wb.add_worksheet(), f, lang, &styles)?;
    if !f.indicators.is_empty() {
        indicators(wb.add_worksheet(), f, lang, &styles)?;
    }
    meta(wb.add_worksheet(), f)?;
    wb.save_to_buffer()
        .context("internal: the workbook cannot be laid out")
}

struct Styles {
    title: Format,
    value: Format,
    value_date: Format,
    label: Format,
    header: Format,
    header_fill: Format,
    locked: Format,
    fill: Format,
    fill_date: Format,
    block: Format,
}

impl Styles {
    fn new() -> Styles {
        let base = Format::new()
            .set_font_name("Times New Roman")
            .set_font_size(12)
            .set_text_wrap()
            .set_align(FormatAlign::Top);
        let boxed = base.clone().set_border(FormatBorder::Thin);
        let yellow = rust_xlsxwriter::Color::RGB(0xFFF2CC);
        Styles {
            title: base.clone().set_bold().set_font_size(14),
            value: base.clone(),
            value_date: Format::new()
                .set_font_name("Times New Roman")
                .set_font_size(12)
                .set_align(FormatAlign::Left)
                .set_num_format("dd/mm/yyyy"),
            label: base.clone().set_bold(),
            header: boxed.clone().set_bold().set_background_color(0xD9E1F2),
            header_fill: boxed.clone().set_bold().set_background_color(yellow),
            locked: boxed.clone(),
            fill: boxed.clone().set_unlocked().set_background_color(yellow),
            fill_date: boxed
                .clone()
                .set_unlocked()
                .set_background_color(yellow)
                .set_num_format("dd/mm/yyyy"),
            block: boxed.set_bold().set_italic(),
        }
    }
}

/// The width of the cover's second column, in characters.
const COVER_WIDTH: f64 = 70.0;

fn cover(ws: &mut Worksheet, f: &Form, lang: Lang, s: &Styles) -> Result<()> {
    ws.set_name(FormWord::SheetCover.text(lang))?;
    ws.set_column_width(0, 26)?;
    ws.set_column_width(1, COVER_WIDTH)?;
    ws.merge_range(0, 0, 0, 1, FormWord::Title.text(lang), &s.title)?;
    let name = match lang {
        Lang::En => f.agency.name_en.as_deref().unwrap_or(&f.agency.name),
        Lang::Vi => &f.agency.name,
    };
    let rows: [(FormWord, String); 3] = [
        (
            FormWord::Plan,
            format!("{} — {}", f.plan.meta.id, f.plan.meta.title),
        ),
        (FormWord::Agency, name.to_string()),
        (FormWord::Year, f.year.to_string()),
    ];
    for (i, (w, v)) in rows.iter().enumerate() {
        let r = 2 + i as u32;
        ws.write_string_with_format(r, 0, w.text(lang), &s.label)?;
        ws.write_string_with_format(r, 1, v, &s.value)?;
        fit_row(ws, r, &[(v, COVER_WIDTH)])?;
    }
    ws.write_string_with_format(5, 0, FormWord::Deadline.text(lang), &s.label)?;
    if let Some(d) = f.deadline {
        ws.write_datetime_with_format(5, 1, excel_date(d)?, &s.value_date)?;
    }
    ws.write_string_with_format(6, 0, FormWord::FormDate.text(lang), &s.label)?;
    ws.write_datetime_with_format(6, 1, excel_date(f.as_of)?, &s.value_date)?;
    ws.write_string_with_format(8, 0, FormWord::Instructions.text(lang), &s.label)?;
    for (i, w) in [
        FormWord::Step1,
        FormWord::Step2,
        FormWord::Step3,
        FormWord::Step4,
        FormWord::Step5,
    ]
    .iter()
    .enumerate()
    {
        ws.write_string_with_format(9 + i as u32, 1, w.text(lang), &s.value)?;
        fit_row(ws, 9 + i as u32, &[(w.text(lang), COVER_WIDTH)])?;
    }
    print_setup(ws, false)?;
    ws.protect();
    Ok(())
}

/// The header row of the tasks sheet: ID, the fixed columns, those to fill.
fn task_headers(lang: Lang) -> Vec<(String, bool)> {
    std::iter::once(("ID".to_string(), false))
        .chain(TASK_FIXED.iter().map(|w| (w.text(lang).to_string(), false)))
        .chain(FILL.iter().map(|w| (w.text(lang).to_string(), true)))
        .collect()
}

fn deadline_text(t: &Task, lang: Lang) -> String {
    match &t.timing {
        Timing::Due(d) => lang.date(d.value),
        Timing::Milestones(ms) => ms
            .iter()
            .map(|m| format!("{}: {}", lang.date(m.due.value), m.what))
            .collect::<Vec<_>>()
            .join("\n"),
        Timing::Ongoing => FormWord::Ongoing.text(lang).to_string(),
    }
}

/// Column widths of the tasks sheet, in characters.
const TASK_WIDTHS: [f64; 11] = [
    12.0, 60.0, 10.0, 14.0, 22.0, 18.0, 13.0, 36.0, 30.0, 30.0, 26.0,
];

fn tasks(ws: &mut Worksheet, f: &Form, lang: Lang, s: &Styles) -> Result<()> {
    ws.set_name(FormWord::SheetTasks.text(lang))?;
    for (c, w) in TASK_WIDTHS.iter().enumerate() {
        ws.set_column_width(c as u16, *w)?;
    }
    for (c, (h, fill)) in task_headers(lang).iter().enumerate() {
        let fmt = if *fill { &s.header_fill } else { &s.header };
        ws.write_string_with_format(0, c as u16, h, fmt)?;
    }
    ws.set_freeze_panes(1, 2)?;
    print_setup(ws, true)?;
    let first_fill = 1 + TASK_FIXED.len() as u16;
    let last_fill = first_fill + FILL.len() as u16 - 1;
    let write_row = |ws: &mut Worksheet, r: u32, row: &Row, role: FormWord| -> Result<()> {
        ws.write_string_with_format(r, 0, row.task.id.as_str(), &s.locked)?;
        ws.write_string_with_format(r, 1, &row.task.title, &s.locked)?;
        ws.write_string_with_format(r, 2, role.text(lang), &s.locked)?;
        ws.write_string_with_format(r, 3, deadline_text(row.task, lang), &s.locked)?;
        ws.write_string_with_format(r, 4, &row.standing, &s.locked)?;
        let due = deadline_text(row.task, lang);
        fit_row(
            ws,
            r,
            &[
                (row.task.title.as_str(), TASK_WIDTHS[1]),
                (due.as_str(), TASK_WIDTHS[3]),
                (row.standing.as_str(), TASK_WIDTHS[4]),
            ],
        )?;
        for c in first_fill..=last_fill {
            let fmt = if c == first_fill + 1 {
                &s.fill_date
            } else {
                &s.fill
            };
            ws.write_blank(r, c, fmt)?;
        }
        Ok(())
    };
    let mut r = 1u32;
    for row in &f.lead {
        write_row(ws, r, row, FormWord::Lead)?;
        r += 1;
    }
    if !f.support.is_empty() {
        ws.merge_range(
            r,
            0,
            r,
            last_fill,
            FormWord::SupportBlock.text(lang),
            &s.block,
        )?;
        r += 1;
        for row in &f.support {
            write_row(ws, r, row, FormWord::Support)?;
            r += 1;
        }
    }
    if r > 1 {
        let words: Vec<&str> = STATUSES.iter().map(|st| status_word(*st, lang)).collect();
        let list = DataValidation::new().allow_list_strings(&words)?;
        ws.add_data_validation(1, first_fill, r - 1, first_fill, &list)?;
        let (start, end) = (
            NaiveDate::from_ymd_opt(f.year, 1, 1).context("year")?,
            NaiveDate::from_ymd_opt(f.year, 12, 31).context("year")?,
        );
        let dates = DataValidation::new().allow_date(DataValidationRule::Between(
            excel_date(start)?,
            excel_date(end)?,
        ));
        ws.add_data_validation(1, first_fill + 1, r - 1, first_fill + 1, &dates)?;
    }
    ws.protect();
    Ok(())
}

fn indicators(ws: &mut Worksheet, f: &Form, lang: Lang, s: &Styles) -> Result<()> {
    ws.set_name(FormWord::SheetIndicators.text(lang))?;
    let headers = [
        ("ID".to_string(), false),
        (FormWord::ColIndicator.text(lang).to_string(), false),
        (FormWord::ColUnit.text(lang).to_string(), false),
        (
            format!("{} {}", FormWord::ColActual.text(lang), f.year),
            true,
        ),
        (FormWord::ColSource.text(lang).to_string(), true),
        (FormWord::ColNote.text(lang).to_string(), true),
    ];
    for (c, w) in [16.0, 60.0, 16.0, 18.0, 30.0, 30.0].iter().enumerate() {
        ws.set_column_width(c as u16, *w)?;
    }
    for (c, (h, fill)) in headers.iter().enumerate() {
        let fmt = if *fill { &s.header_fill } else { &s.header };
        ws.write_string_with_format(0, c as u16, h, fmt)?;
    }
    ws.set_freeze_panes(1, 2)?;
    print_setup(ws, true)?;
    for (i, ind) in f.indicators.iter().enumerate() {
        let r = 1 + i as u32;
        ws.write_string_with_format(r, 0, ind.id.as_str(), &s.locked)?;
        ws.write_string_with_format(r, 1, &ind.name, &s.locked)?;
        ws.write_string_with_format(r, 2, &ind.unit, &s.locked)?;
        fit_row(ws, r, &[(ind.name.as_str(), 60.0)])?;
        for c in 3..=5 {
            ws.write_blank(r, c, &s.fill)?;
        }
    }
    ws.protect();
    Ok(())
}

/// Keys import reads back: which plan, agency and year the form is for.
fn meta(ws: &mut Worksheet, f: &Form) -> Result<()> {
    ws.set_name(META_SHEET)?;
    let rows = [
        ("plan", f.plan.meta.id.clone()),
        ("agency", f.agency.id.as_str().to_string()),
        ("year", f.year.to_string()),
        ("as_of", f.as_of.to_string()),
    ];
    for (i, (k, v)) in rows.iter().enumerate() {
        ws.write_string(i as u32, 0, *k)?;
        ws.write_string(i as u32, 1, v)?;
    }
    ws.set_hidden(true);
    ws.protect();
    Ok(())
}
