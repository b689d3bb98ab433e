//! Reading an agency's filled form back: every cell checked, every problem
//! named by its place ("sxd.xlsx › Nhiệm vụ › F7") and its fix, and the valid
//! rows turned into entries for the progress files.

use super::forms::META_SHEET;
use crate::catalogue::form::{status_word, typed_update_status, FormWord, FILL, STATUSES};
use crate::catalogue::reply::ReplyFault;
use crate::figure;
use crate::ids::AgencyId;
use crate::lang::Lang;
use crate::model::{Period, Plan, UpdateStatus};
use crate::query::{AgencyFilter, Role};
use crate::record::{Entry, Kind};
use crate::text::{fold, nearest};
use calamine::{open_workbook_auto, Data, Range, Reader};
use chrono::{Datelike, NaiveDate};
use std::collections::HashMap;
use std::path::Path;

/// One problem in a reply: where, and what (its words and fix are in the
/// catalogue).
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub place: String,
    pub fault: ReplyFault,
}

/// What a reply holds once read: its agency and year, the entries its valid
/// rows give, and the problems of the others.
pub struct Reply {
    pub file: String,
    pub agency: Option<AgencyId>,
    pub year: Option<i32>,
    pub updates: Vec<Entry>,
    pub actuals: Vec<Entry>,
    pub receipt: Option<Entry>,
    /// The day the report counts as received: the new receipt's, or the
    /// one recorded before (a report has one receipt).
    pub received_on: Option<NaiveDate>,
    /// Figures the plan already holds with the same value (perhaps from
    /// another source): not written again, said as already recorded.
    pub actuals_there: usize,
    pub problems: Vec<Problem>,
}

impl Reply {
    /// Every entry, updates first, then actuals, then the receipt.
    pub fn entries(&self) -> Vec<Entry> {
        self.updates
            .iter()
            .chain(&self.actuals)
            .chain(&self.receipt)
            .cloned()
            .collect()
    }
}

/// A1-style name of a cell: `F7` for row index 6, column index 5.
fn cell_name(row: u32, col: u32) -> String {
    let mut c = col + 1;
    let mut letters = Vec::new();
    while c > 0 {
        let r = (c - 1) % 26;
        letters.push((b'A' + r as u8) as char);
        c = (c - 1) / 26;
    }
    letters.iter().rev().collect::<String>() + &(row + 1).to_string()
}

struct Sheet {
    range: Range<Data>,
    name: String,
}

impl Sheet {
    fn origin(&self) -> (u32, u32) {
        self.range.start().unwrap_or((0, 0))
    }
    /// Absolute cell name of a cell at relative (row, col).
    fn at(&self, file: &str, row: usize, col: usize) -> String {
        let (r0, c0) = self.origin();
        format!(
            "{file} › {} › {}",
            self.name,
            cell_name(r0 + row as u32, c0 + col as u32)
        )
    }
    fn cell(&self, row: usize, col: usize) -> &Data {
        self.range.get((row, col)).unwrap_or(&Data::Empty)
    }
}

fn text_of(d: &Data) -> Option<String> {
    match d {
        Data::Empty => None,
        Data::String(s) => {
            let t = s.trim();
            (!t.is_empty()).then(|| crate::text::to_nfc(t))
        }
        Data::Float(f) => Some(f.to_string()),
        Data::Int(i) => Some(i.to_string()),
        Data::Bool(b) => Some(b.to_string()),
        Data::DateTime(dt) => dt
            .as_datetime()
            .map(|x| x.date().format("%d/%m/%Y").to_string()),
        Data::DateTimeIso(s) | Data::DurationIso(s) => Some(s.clone()),
        Data::Error(e) => Some(format!("#{e:?}")),
    }
}

/// Reads one filled form. `plan` is the plan as loaded (the form's date picks
/// the view); `received` is the day the reply arrived.
pub fn read(path: &Path, plan: &Plan, received: NaiveDate) -> anyhow::Result<Reply> {
    let file = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string());
    let mut reply = Reply {
        file: file.clone(),
        agency: None,
        year: None,
        updates: Vec::new(),
        actuals: Vec::new(),
        receipt: None,
        received_on: None,
        actuals_there: 0,
        problems: Vec::new(),
    };
    let problem = |place: String, fault: ReplyFault| Problem { place, fault };
    // A file that cannot be read, or is no workbook at all, stops the
    // import (exit 2, as a missing file does): nothing about the plan was
    // checked. The file is opened first because the library wraps the OS
    // reason in its own English error per format.
    if let Err(e) = std::fs::File::open(path) {
        return Err(crate::catalogue::Problem::CannotRead {
            path: &path.display().to_string(),
        }
        .stop_because(e));
    }
    let Ok(mut wb) = open_workbook_auto(path) else {
        return Err(crate::catalogue::Problem::NotAWorkbook {
            path: &path.display().to_string(),
        }
        .stop());
    };
    let names = wb.sheet_names();
    let mut sheet = |wanted: &[&str]| -> Option<Sheet> {
        let name = names.iter().find(|n| wanted.contains(&n.as_str()))?.clone();
        let range = wb.worksheet_range(&name).ok()?;
        Some(Sheet { range, name })
    };
    // Which plan, agency and year: the hidden sheet the form was made with.
    let Some(meta) = sheet(&[META_SHEET]) else {
        reply.problems.push(problem(
            file.clone(),
            ReplyFault::NoMetaSheet { sheet: META_SHEET },
        ));
        return Ok(reply);
    };
    let meta: HashMap<String, String> = meta
        .range
        .rows()
        .filter_map(|r| Some((text_of(r.first()?)?, text_of(r.get(1)?)?)))
        .collect();
    if meta.get("plan") != Some(&plan.meta.id) {
        reply.problems.push(problem(
            format!("{file} › {META_SHEET}"),
            ReplyFault::OtherPlan {
                form_plan: meta.get("plan").cloned().unwrap_or_else(|| "?".into()),
                plan: plan.meta.id.clone(),
            },
        ));
        return Ok(reply);
    }
    let agency = meta.get("agency").and_then(|a| {
        plan.agencies
            .iter()
            .find(|x| x.id.as_str() == a)
            .map(|x| x.id.value.clone())
    });
    // A year the plan lives in: an edited hidden sheet must not make a
    // progress file of year 1.
    let first = plan
        .meta
        .issued_on
        .map(|d| d.year())
        .unwrap_or(crate::dates::FIRST_YEAR);
    let year = meta
        .get("year")
        .and_then(|y| y.parse::<i32>().ok())
        .filter(|y| (first..=crate::dates::LAST_YEAR).contains(y));
    let (Some(agency), Some(year)) = (agency, year) else {
        reply.problems.push(problem(
            format!("{file} › {META_SHEET}"),
            ReplyFault::NoAgencyAndYear,
        ));
        return Ok(reply);
    };
    reply.agency = Some(agency.clone());
    reply.year = Some(year);
    // Rows are checked against the plan as it stood when the form was made:
    // an agency that has since merged away still answers for its own form.
    let made = meta
        .get("as_of")
        .and_then(|d| d.parse::<NaiveDate>().ok())
        .unwrap_or(received);
    let view = plan.on(made);
    let ctx = Ctx {
        plan: &view,
        file: &file,
        agency: &agency,
        year,
        received,
    };

    let tasks_names = [
        FormWord::SheetTasks.text(Lang::Vi),
        FormWord::SheetTasks.text(Lang::En),
    ];
    match sheet(&tasks_names) {
        Some(s) => ctx.tasks(&s, &mut reply),
        None => reply.problems.push(problem(
            file.clone(),
            ReplyFault::NoSheet {
                sheet: FormWord::SheetTasks,
            },
        )),
    }
    let ind_names = [
        FormWord::SheetIndicators.text(Lang::Vi),
        FormWord::SheetIndicators.text(Lang::En),
    ];
    match sheet(&ind_names) {
        Some(s) => ctx.indicators(&s, &mut reply),
        // The form had one: the agency reports indicators.
        None if view
            .indicators
            .iter()
            .any(|i| i.responsible.as_ref().is_some_and(|r| r.value == agency)) =>
        {
            reply.problems.push(problem(
                file.clone(),
                ReplyFault::NoSheet {
                    sheet: FormWord::SheetIndicators,
                },
            ))
        }
        None => {}
    }
    // A form sent back untouched is not a report: recording its receipt
    // would tell the scorecard the agency reported. Refused like a form
    // with problems; --partial records the receipt alone.
    if reply.updates.is_empty() && reply.actuals.is_empty() && reply.problems.is_empty() {
        reply.problems.push(problem(
            file.clone(),
            ReplyFault::NothingFilled { received },
        ));
    }
    let before = plan
        .progress
        .reports
        .iter()
        .filter(|r| r.agency.value == agency && r.year == year && r.period == Period::Year)
        .map(|r| r.received_on)
        .min();
    if received.year() < year {
        reply.problems.push(problem(
            file.clone(),
            ReplyFault::ReceivedBeforeYear { received, year },
        ));
    } else if let Some(first) = before.filter(|d| *d != received) {
        // One receipt per report (`plan received` refuses a second): the
        // one recorded stands, and the line says which day it is.
        reply.received_on = Some(first);
    } else {
        reply.received_on = Some(received);
        reply.receipt = Some(
            Entry::new(Kind::Report, year)
                .text("agency", Some(agency.as_str()))
                .int("year", i64::from(year))
                .date("received_on", received),
        );
    }
    Ok(reply)
}

struct Ctx<'a> {
    plan: &'a Plan,
    file: &'a str,
    agency: &'a AgencyId,
    year: i32,
    received: NaiveDate,
}

/// Finds the header row (the one with `ID` in its first column) and the
/// columns whose headings begin with `stems`, in either language.
fn header(s: &Sheet, stems: &[FormWord]) -> Option<(usize, Vec<Option<usize>>)> {
    let row = s
        .range
        .rows()
        .position(|r| r.first().and_then(text_of).as_deref() == Some("ID"))?;
    let heads: Vec<String> = (0..s.range.width())
        .map(|c| {
            text_of(s.cell(row, c))
                .map(|t| fold(&t))
                .unwrap_or_default()
        })
        .collect();
    let cols = stems
        .iter()
        .map(|w| {
            let keys = [fold(w.stem(Lang::Vi)), fold(w.stem(Lang::En))];
            heads
                .iter()
                .position(|h| keys.iter().any(|k| h.starts_with(k.as_str())))
        })
        .collect();
    Some((row, cols))
}

impl Ctx<'_> {
    fn problem(&self, reply: &mut Reply, place: String, fault: ReplyFault) {
        reply.problems.push(Problem { place, fault });
    }

    fn tasks(&self, s: &Sheet, reply: &mut Reply) {
        let Some((head, cols)) = header(s, &FILL) else {
            self.problem(
                reply,
                format!("{} › {}", self.file, s.name),
                ReplyFault::NoHeaderRow,
            );
            return;
        };
        for (w, c) in FILL.iter().zip(&cols) {
            if c.is_none() {
                self.problem(
                    reply,
                    format!("{} › {}", self.file, s.name),
                    ReplyFault::NoColumn { column: *w },
                );
            }
        }
        let found: Option<Vec<usize>> = cols.iter().copied().collect();
        let Some(&[status_c, date_c, result_c, diff_c, rec_c, evid_c]) = found.as_deref() else {
            return;
        };
        let mine_lead = AgencyFilter::new(self.plan, self.agency.clone(), Role::Any);
        for row in head + 1..s.range.height() {
            let Some(id) = text_of(s.cell(row, 0)) else {
                continue;
            };
            let texts: Vec<Option<String>> = [status_c, date_c, result_c, diff_c, rec_c, evid_c]
                .iter()
                .map(|&c| text_of(s.cell(row, c)))
                .collect();
            // An untouched row reports nothing.
            if texts.iter().all(Option::is_none) {
                continue;
            }
            let task = self
                .plan
                .tasks
                .iter()
                .find(|t| t.id.as_str().eq_ignore_ascii_case(&id));
            let Some(task) = task else {
                self.problem(reply, s.at(self.file, row, 0), ReplyFault::NotATask { id });
                continue;
            };
            if !mine_lead.matches(task) {
                self.problem(
                    reply,
                    s.at(self.file, row, 0),
                    ReplyFault::NotItsTask {
                        task: task.id.as_str().to_string(),
                        agency: self.agency.as_str().to_string(),
                    },
                );
                continue;
            }
            // Every cell of the row is checked, so one import names them all.
            let status = self.status(s, row, status_c, reply);
            let on = self.date(s, row, date_c, reply);
            let mut bad_text = false;
            for (&c, t) in [result_c, diff_c, rec_c, evid_c].iter().zip(&texts[2..]) {
                if let Some(ch) = t.as_deref().and_then(crate::text::first_forbidden_control) {
                    self.problem(
                        reply,
                        s.at(self.file, row, c),
                        ReplyFault::ControlCharacter { code: ch as u32 },
                    );
                    bad_text = true;
                }
            }
            let (Some(status), Some(on), false) = (status, on, bad_text) else {
                continue;
            };
            reply.updates.push(
                Entry::new(Kind::Update, on.year())
                    .text("task", Some(task.id.as_str()))
                    .date("on", on)
                    .text("status", Some(status.key()))
                    .text("result", texts[2].as_deref())
                    .text("difficulties", texts[3].as_deref())
                    .text("recommendations", texts[4].as_deref())
                    .text("evidence", texts[5].as_deref()),
            );
        }
    }

    fn status(&self, s: &Sheet, row: usize, c: usize, reply: &mut Reply) -> Option<UpdateStatus> {
        let Some(word) = text_of(s.cell(row, c)) else {
            self.problem(reply, s.at(self.file, row, c), ReplyFault::NoStatus);
            return None;
        };
        let found = typed_update_status(&word);
        if found.is_none() {
            let words: Vec<&str> = STATUSES
                .iter()
                .flat_map(|st| [status_word(*st, Lang::Vi), status_word(*st, Lang::En)])
                .collect();
            let nearest = nearest(&word, words.iter().copied())
                .first()
                .map(|n| n.to_string());
            self.problem(
                reply,
                s.at(self.file, row, c),
                ReplyFault::NotAStatus { word, nearest },
            );
        }
        found
    }

    fn date(&self, s: &Sheet, row: usize, c: usize, reply: &mut Reply) -> Option<NaiveDate> {
        let cell = s.cell(row, c);
        let date = match cell {
            // No date: the day the reply arrived, if that is in the year.
            Data::Empty if self.received.year() == self.year => return Some(self.received),
            Data::Empty => {
                self.problem(
                    reply,
                    s.at(self.file, row, c),
                    ReplyFault::NoDate { year: self.year },
                );
                return None;
            }
            Data::DateTime(dt) => dt.as_datetime().map(|x| x.date()),
            Data::Float(f) => serial_date(*f),
            Data::Int(i) => serial_date(*i as f64),
            other => text_of(other).and_then(|t| crate::matching::date(&t).ok()),
        };
        let Some(date) = date else {
            self.problem(
                reply,
                s.at(self.file, row, c),
                ReplyFault::NotADate {
                    given: text_of(cell).unwrap_or_default(),
                },
            );
            return None;
        };
        if date > self.received {
            self.problem(
                reply,
                s.at(self.file, row, c),
                ReplyFault::AfterArrival {
                    date,
                    received: self.received,
                },
            );
            return None;
        }
        if date.year() != self.year {
            self.problem(
                reply,
                s.at(self.file, row, c),
                ReplyFault::OutsideYear {
                    date,
                    year: self.year,
                },
            );
            return None;
        }
        Some(date)
    }

    fn indicators(&self, s: &Sheet, reply: &mut Reply) {
        let Some((head, cols)) = header(
            s,
            &[FormWord::ColActual, FormWord::ColSource, FormWord::ColNote],
        ) else {
            self.problem(
                reply,
                format!("{} › {}", self.file, s.name),
                ReplyFault::NoHeaderRow,
            );
            return;
        };
        let mut seen: Vec<String> = Vec::new();
        let Some(value_c) = cols[0] else {
            self.problem(
                reply,
                format!("{} › {}", self.file, s.name),
                ReplyFault::NoColumn {
                    column: FormWord::ColActual,
                },
            );
            return;
        };
        for row in head + 1..s.range.height() {
            let Some(id) = text_of(s.cell(row, 0)) else {
                continue;
            };
            let cell = s.cell(row, value_c);
            let extra = |i: usize| cols[i].and_then(|c| text_of(s.cell(row, c)));
            if matches!(cell, Data::Empty) {
                // A source or note without a figure is a figure forgotten.
                if extra(1).is_some() || extra(2).is_some() {
                    self.problem(reply, s.at(self.file, row, value_c), ReplyFault::NoFigure);
                }
                continue;
            }
            let Some(ind) = self.plan.indicators.iter().find(|i| i.id.as_str() == id) else {
                self.problem(
                    reply,
                    s.at(self.file, row, 0),
                    ReplyFault::NotAnIndicator { id },
                );
                continue;
            };
            if ind.responsible.as_ref().map(|r| &r.value) != Some(self.agency) {
                self.problem(
                    reply,
                    s.at(self.file, row, 0),
                    ReplyFault::NotItsIndicator {
                        indicator: ind.id.as_str().to_string(),
                        agency: self.agency.as_str().to_string(),
                    },
                );
                continue;
            }
            let value = match cell {
                Data::Float(f) => Ok(*f),
                Data::Int(i) => Ok(*i as f64),
                other => {
                    text_of(other).map_or(Err(figure::Refused::NotANumber), |t| figure::parse(&t))
                }
            }
            .and_then(|v| {
                v.is_finite()
                    .then_some(v)
                    .ok_or(figure::Refused::NotANumber)
            });
            // One figure per indicator and year: a second row of the form, or
            // a different figure already recorded, would leave the report to
            // guess which is true (`plan actual` refuses the same).
            if let Ok(v) = value {
                let there = self
                    .plan
                    .progress
                    .actuals
                    .iter()
                    .filter(|a| a.indicator.value == ind.id.value && a.year == self.year);
                // The same figure already recorded, whatever its source, is
                // already there: writing it again would be a duplicate.
                if there.clone().any(|a| a.value == v)
                    && !seen.contains(&ind.id.as_str().to_string())
                {
                    seen.push(ind.id.as_str().to_string());
                    reply.actuals_there += 1;
                    continue;
                }
                let recorded = there.clone().find(|a| a.value != v);
                if seen.contains(&ind.id.as_str().to_string()) || recorded.is_some() {
                    self.problem(
                        reply,
                        s.at(self.file, row, value_c),
                        match recorded {
                            Some(a) => ReplyFault::FigureRecorded {
                                indicator: ind.id.as_str().to_string(),
                                year: self.year,
                                value: a.value,
                            },
                            None => ReplyFault::TwoRows {
                                indicator: ind.id.as_str().to_string(),
                            },
                        },
                    );
                    continue;
                }
                seen.push(ind.id.as_str().to_string());
            }
            match value {
                Ok(v) => reply.actuals.push(
                    Entry::new(Kind::Actual, self.year)
                        .text("indicator", Some(ind.id.as_str()))
                        .int("year", i64::from(self.year))
                        .number("value", v)
                        .text("source", extra(1).as_deref())
                        .text("note", extra(2).as_deref()),
                ),
                Err(why) => {
                    let given = text_of(cell).unwrap_or_default();
                    let fault = match why {
                        figure::Refused::Ambiguous => ReplyFault::AmbiguousFigure { given },
                        figure::Refused::NotANumber => ReplyFault::NotANumber { given },
                    };
                    self.problem(reply, s.at(self.file, row, value_c), fault)
                }
            }
        }
    }
}

/// An Excel serial day number (a date cell without its format).
fn serial_date(f: f64) -> Option<NaiveDate> {
    if !(1.0..2_958_466.0).contains(&f) {
        return None;
    }
    NaiveDate::from_ymd_opt(1899, 12, 30)?.checked_add_days(chrono::Days::new(f.trunc() as u64))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_named_as_a_spreadsheet_names_them() {
        assert_eq!(cell_name(0, 0), "A1");
        assert_eq!(cell_name(6, 5), "F7");
        assert_eq!(cell_name(9, 25), "Z10");
        assert_eq!(cell_name(0, 26), "AA1");
    }

    #[test]
    fn serial_days_are_dates() {
        assert_eq!(serial_date(45_000.0), NaiveDate::from_ymd_opt(2023, 3, 15));
    }
}
