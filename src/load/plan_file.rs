//! plan.toml: the decision's identity and reporting rules.

use super::table::{Cx, Table};
use crate::catalogue::finding::Part;
use crate::catalogue::Finding;
use crate::ids::AgencyId;
use crate::model::{MonthDay, PlanMeta, ReportHead, Reporting};
use crate::source::At;

pub fn read(cx: &mut Cx, mut t: Table) -> PlanMeta {
    let mut meta = PlanMeta {
        id: t
            .req_string(cx, "id")
            .map(|s| one_line(cx, s))
            .unwrap_or_default(),
        title: t
            .req_string(cx, "title")
            .map(|s| s.value)
            .unwrap_or_default(),
        issued_by: t
            .req_string(cx, "issued_by")
            .map(|s| At::new(AgencyId::from(s.value), s.loc)),
        issued_on: None,
        signed_on: t.date(cx, "signed_on").map(|d| d.value),
        basis: t
            .strings(cx, "basis")
            .into_iter()
            .map(|s| s.value)
            .collect(),
        language: "vi".into(),
        reporting: None,
        report: Default::default(),
    };
    if !t.has("issued_on") {
        t.missing(cx, "issued_on", "2022-04-29");
    }
    meta.issued_on = t.date(cx, "issued_on").map(|d| d.value);
    if let Some(lang) = t.string(cx, "language") {
        if lang.value == "vi" || lang.value == "en" {
            meta.language = lang.value;
        } else {
            cx.report(
                lang.loc.span(),
                Finding::UnknownLanguage {
                    given: lang.value.clone(),
                },
            );
        }
    }
    if let Some(r) = t.table(cx, "reporting", Part::Reporting) {
        meta.reporting = read_reporting(cx, r);
    }
    if let Some(r) = t.table(cx, "report", Part::ReportHead) {
        meta.report = Box::new(read_report_head(cx, r));
    }
    t.finish(cx);
    meta
}

/// The decision's number goes into headings and generated comments, where a
/// line break would end them early: it is one line.
fn one_line(cx: &mut Cx, s: At<String>) -> String {
    if s.value.contains(['\n', '\r']) {
        cx.report(s.loc.span(), Finding::MultiLineId);
        return s.value.replace(['\n', '\r'], " ");
    }
    s.value
}

/// `[report]`: each value a string (the recipients a list of them); a wrong
/// type or an unknown key is a finding naming `[report]`.
fn read_report_head(cx: &mut Cx, mut t: Table) -> ReportHead {
    let mut text = |key| t.letter_line(cx, key).map(|s| s.value);
    let issuer = text("issuer");
    let parent_body = text("parent_body");
    let place = text("place");
    let signer_title = text("signer_title");
    let signer = text("signer");
    let recipients = t.letter_lines(cx, "recipients");
    // A blank recipient would print "- ;" under "Nơi nhận:".
    for r in recipients.iter().filter(|r| r.value.trim().is_empty()) {
        cx.report(r.loc.span(), Finding::BlankRecipient);
    }
    let head = ReportHead {
        issuer,
        parent_body,
        place,
        signer_title,
        signer,
        recipients: recipients.into_iter().map(|s| s.value).collect(),
    };
    t.finish(cx);
    head
}

fn read_reporting(cx: &mut Cx, mut t: Table) -> Option<Reporting> {
    let annual = t.req_string(cx, "annual_due");
    let aggregate = t.string(cx, "aggregate_due");
    let semiannual = t.string(cx, "semiannual_due");
    let aggregator = t
        .string(cx, "aggregator")
        .map(|s| At::new(AgencyId::from(s.value), s.loc));
    t.finish(cx);
    let mut month_day = |s: At<String>| {
        let md = MonthDay::parse(&s.value);
        if md.is_none() {
            cx.report(
                s.loc.span(),
                Finding::NotAMonthDay {
                    given: s.value.clone(),
                },
            );
        }
        md
    };
    let annual_due = month_day(annual?)?;
    let aggregate_due = aggregate.and_then(&mut month_day);
    let semiannual_due = semiannual.and_then(&mut month_day);
    Some(Reporting {
        annual_due,
        aggregate_due,
        semiannual_due,
        aggregator,
    })
}
