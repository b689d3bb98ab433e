//! Reports the agencies owe the aggregator, and the aggregator owes the
//! province: which arrived, on time or late, and which are missing on a date.

use crate::model::{Agency, AgencyLevel, Cadence, Period, Plan};
use chrono::{Datelike, NaiveDate};
use serde::Serialize;

/// Where an expected report stands on a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ReportReceipt {
    OnTime,
    Late,
    /// Not received, and its deadline has passed.
    Missing,
    /// Not received, and its deadline has not passed yet.
    NotDue,
}

/// What kind of report is owed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Owed {
    /// An agency's report of the year to the aggregator (`annual_due`).
    Annual,
    /// An agency's report of the first half (`semiannual_due`).
    HalfYear,
    /// The aggregator's report to the People's Committee (`aggregate_due`).
    Aggregate,
}

/// A report owed and not received after its deadline.
#[derive(Debug, Clone)]
pub struct MissingReport<'p> {
    pub agency: &'p Agency,
    pub year: i32,
    pub owed: Owed,
    pub due: NaiveDate,
    pub days_overdue: i64,
}

/// Collectives and central ministries send the province no report of their own.
pub fn reports_to_province(agency: &Agency) -> bool {
    !matches!(agency.level, AgencyLevel::Group | AgencyLevel::Central)
}

/// The agency is the plan's aggregator for `year`: chased for the aggregate
/// report (to the People's Committee, by `aggregate_due`), which holds its
/// own. The aggregator of the decision may have ended since; whoever took
/// it over by that year's aggregate deadline is the aggregator then, on the
/// plan as written (`received`) and on the plan as of a date (the
/// scorecard, whose aggregator is already the successor) alike.
pub fn is_aggregator(plan: &Plan, agency: &Agency, year: i32) -> bool {
    let Some(r) = plan.meta.reporting.as_ref() else {
        return false;
    };
    let Some(agg) = r.aggregator.as_ref() else {
        return false;
    };
    let Some(on) = r
        .aggregate_due
        .unwrap_or(r.annual_due)
        .in_year(year)
        .or_else(|| NaiveDate::from_ymd_opt(year, 12, 31))
    else {
        return false;
    };
    let heirs = plan.responsible(&agg.value, on);
    // An aggregator missing from the registry (a validate error) is taken
    // at its word.
    if heirs.is_empty() {
        return agg.value == agency.id.value;
    }
    heirs.iter().any(|a| a.id.value == agency.id.value)
}

/// The deadline of the report `agency` owes for `year` and `period`, if the
/// plan sets one. The one rule for the confirmation of `received` and
/// `import`, the scorecard and the list of missing reports.
pub fn deadline(plan: &Plan, agency: &Agency, year: i32, period: Period) -> Option<NaiveDate> {
    let r = plan.meta.reporting.as_ref()?;
    let md = match period {
        Period::H1 => r.semiannual_due?,
        Period::Year if is_aggregator(plan, agency, year) => {
            r.aggregate_due.unwrap_or(r.annual_due)
        }
        Period::Year => r.annual_due,
    };
    md.in_year(year)
}

/// The day that decides who owes the report of `year` and `period`: its
/// deadline, or the year's last day when the plan sets none.
pub fn deciding_day(plan: &Plan, agency: &Agency, year: i32, period: Period) -> Option<NaiveDate> {
    deadline(plan, agency, year, period).or_else(|| NaiveDate::from_ymd_opt(year, 12, 31))
}

/// The first receipt of `agency`'s report for `year` and `period` known on
/// `as_of`, judged against its deadline.
pub fn receipt(
    plan: &Plan,
    agency: &Agency,
    year: i32,
    period: Period,
    as_of: NaiveDate,
) -> (ReportReceipt, Option<NaiveDate>) {
    let received = plan
        .progress
        .reports
        .iter()
        .filter(|r| {
            // A report sent by an agency whose tasks have since passed to
            // this one counts as this one's (a merged department's report).
            let from_it = r.agency.value == agency.id.value
                || plan
                    .responsible(&r.agency.value, as_of)
                    .iter()
                    .any(|a| a.id.value == agency.id.value);
            from_it && r.year == year && r.period == period && r.received_on <= as_of
        })
        .map(|r| r.received_on)
        .min();
    let due = deadline(plan, agency, year, period);
    match (received, due) {
        (Some(d), Some(due)) if d > due => (ReportReceipt::Late, Some(d)),
        (Some(d), _) => (ReportReceipt::OnTime, Some(d)),
        (None, Some(due)) if as_of > due => (ReportReceipt::Missing, None),
        (None, Some(_)) => (ReportReceipt::NotDue, None),
        // With no deadline in the plan a report is never late, only awaited.
        (None, None) => (ReportReceipt::NotDue, None),
    }
}

/// The agencies that owe the province a report: those that lead a task and
/// are not collectives or central bodies, in the registry's order.
pub fn reporters(plan: &Plan) -> Vec<&Agency> {
    plan.agencies
        .iter()
        .filter(|a| {
            reports_to_province(a)
                && plan
                    .tasks
                    .iter()
                    .any(|t| t.lead.iter().any(|l| l.value == a.id.value))
        })
        .collect()
}

/// The agencies that owe a half-year report: leads of tasks that report
/// every six months.
fn half_year_reporters(plan: &Plan) -> Vec<&Agency> {
    reporters(plan)
        .into_iter()
        .filter(|a| {
            plan.tasks.iter().any(|t| {
                t.reports == Some(Cadence::Semiannual)
                    && t.lead.iter().any(|l| l.value == a.id.value)
            })
        })
        .collect()
}

/// Every report missing on `as_of`, from the plan's first year on: overdue
/// from the day after its deadline, like a task. Most overdue first.
pub fn missing(plan: &Plan, as_of: NaiveDate) -> Vec<MissingReport<'_>> {
    let first = plan
        .meta
        .issued_on
        .or(plan.meta.signed_on)
        .map(|d| d.year())
        .unwrap_or(as_of.year());
    let mut out = Vec::new();
    for year in first..=as_of.year() {
        let owed = reporters(plan)
            .into_iter()
            .map(|a| (a, Period::Year))
            .chain(
                half_year_reporters(plan)
                    .into_iter()
                    .map(|a| (a, Period::H1)),
            );
        for (agency, period) in owed {
            if receipt(plan, agency, year, period, as_of).0 != ReportReceipt::Missing {
                continue;
            }
            let Some(due) = deadline(plan, agency, year, period) else {
                continue;
            };
            // An agency that had ended by the deadline, with no successor to
            // answer for it, owes nothing.
            if !agency.exists_on(due) {
                continue;
            }
            let kind = match period {
                Period::H1 => Owed::HalfYear,
                Period::Year if is_aggregator(plan, agency, year) => Owed::Aggregate,
                Period::Year => Owed::Annual,
            };
            out.push(MissingReport {
                agency,
                year,
                owed: kind,
                due,
                days_overdue: (as_of - due).num_days(),
            });
        }
    }
    out.sort_by_key(|m| std::cmp::Reverse(m.days_overdue));
    out
}

/// Whether the plan records any receipt at all: a plan that does not track
/// receipts (the bundled one) is not flooded with missing reports.
pub fn receipts_recorded(plan: &Plan) -> bool {
    !plan.progress.reports.is_empty()
}
