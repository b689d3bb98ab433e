//! progress/YYYY.toml: status updates, indicator actuals and report receipts.

use super::agencies_file::bad_word;
use super::table::{Cx, Table};
use crate::catalogue::finding::Part;
use crate::catalogue::Finding;
use crate::ids::{AgencyId, IndicatorId, TaskId};
use crate::model::{Actual, Period, Progress, Report, Update, UpdateStatus};
use crate::source::At;

pub fn read(cx: &mut Cx, mut root: Table, into: &mut Progress) {
    let updates = root.tables(cx, "update", Part::Update);
    inline_updates(cx, &updates);
    let actuals = root.tables(cx, "actual", Part::Actual);
    let reports = root.tables(cx, "report", Part::Report);
    root.finish(cx);
    into.updates
        .extend(updates.into_iter().filter_map(|t| read_update(cx, t)));
    into.actuals
        .extend(actuals.into_iter().filter_map(|t| read_actual(cx, t)));
    into.reports
        .extend(reports.into_iter().filter_map(|t| read_report(cx, t)));
}

/// `update = [{ … }]` reads the same as `[[update]]` tables, but `plan update`
/// appends tables and cannot extend an inline array: what validates must be
/// editable, so the inline form is an error with the way out.
fn inline_updates(cx: &mut Cx, updates: &[Table]) {
    if let Some(first) = updates.iter().find(|t| {
        cx.source
            .text
            .get(t.span().start..)
            .is_some_and(|r| r.starts_with('{'))
    }) {
        cx.report(first.span(), Finding::InlineUpdates);
    }
}

fn required_date(cx: &mut Cx, t: &mut Table, key: &'static str) -> Option<At<chrono::NaiveDate>> {
    if !t.has(key) {
        t.missing(cx, key, "2025-12-10");
        return None;
    }
    t.date(cx, key)
}

fn required_year(cx: &mut Cx, t: &mut Table) -> Option<i32> {
    if !t.has("year") {
        t.missing(cx, "year", "2025");
        return None;
    }
    let y = t.integer(cx, "year")?;
    super::table::checked_year(cx, "year", &y)
}

fn read_update(cx: &mut Cx, mut t: Table) -> Option<Update> {
    let task = t.req_string(cx, "task");
    let on = required_date(cx, &mut t, "on");
    let status = t.req_string(cx, "status").and_then(|s| {
        let st = UpdateStatus::parse(&s.value);
        if st.is_none() {
            // A word `update --status` takes ("dang thuc hien") is named
            // with the code to write; anything else gets the nearest code.
            match crate::catalogue::form::typed_update_status(&s.value) {
                Some(meant) => cx.report(
                    s.loc.span(),
                    Finding::StatusWordNotCode {
                        key: "status".to_string(),
                        given: s.value.clone(),
                        suggestion: meant.key().to_string(),
                    },
                ),
                None => bad_word(cx, &s, "status", &UpdateStatus::WORDS),
            }
        }
        st
    });
    let milestone = t.integer(cx, "milestone").and_then(|m| {
        if m.value < 1 || m.value > u32::MAX as i64 {
            cx.report(m.loc.span(), Finding::MilestoneFromOne);
            return None;
        }
        Some(At::new(m.value as u32, m.loc))
    });
    let note = t.string(cx, "note").map(|s| s.value);
    let source = t.string(cx, "source").map(|s| s.value);
    let result = t.string(cx, "result").map(|s| s.value);
    let difficulties = t.string(cx, "difficulties").map(|s| s.value);
    let recommendations = t.string(cx, "recommendations").map(|s| s.value);
    let evidence = t.string(cx, "evidence").map(|s| s.value);
    let loc = cx.loc(t.span());
    t.finish(cx);
    let task = task?;
    Some(Update {
        task: At::new(TaskId::from(task.value), task.loc),
        on: on?.value,
        status: status?,
        milestone,
        note,
        source,
        result,
        difficulties,
        recommendations,
        evidence,
        loc,
    })
}

fn read_actual(cx: &mut Cx, mut t: Table) -> Option<Actual> {
    let indicator = t.req_string(cx, "indicator");
    let year = required_year(cx, &mut t);
    if !t.has("value") {
        t.missing(cx, "value", "82.4");
    }
    let value = t.number(cx, "value");
    let source = t.string(cx, "source").map(|s| s.value);
    let note = t.string(cx, "note").map(|s| s.value);
    let loc = cx.loc(t.span());
    t.finish(cx);
    let indicator = indicator?;
    Some(Actual {
        indicator: At::new(IndicatorId::from(indicator.value), indicator.loc),
        year: year?,
        value: value?.value,
        source,
        note,
        loc,
    })
}

fn read_report(cx: &mut Cx, mut t: Table) -> Option<Report> {
    let agency = t.req_string(cx, "agency");
    let year = required_year(cx, &mut t);
    let received_on = required_date(cx, &mut t, "received_on");
    let period = match t.string(cx, "period") {
        None => Some(Period::Year),
        Some(p) => {
            let parsed = Period::parse(&p.value);
            if parsed.is_none() {
                bad_word(cx, &p, "period", &Period::WORDS);
            }
            parsed
        }
    };
    let reference = t.string(cx, "reference").map(|s| s.value);
    let loc = cx.loc(t.span());
    t.finish(cx);
    let agency = agency?;
    Some(Report {
        agency: At::new(AgencyId::from(agency.value), agency.loc),
        year: year?,
        period: period?,
        received_on: received_on?.value,
        reference,
        loc,
    })
}
