//! amendments.toml: later decisions that change tasks, each from a date.

use super::table::{Cx, Table};
use super::tasks_file::{read_milestones, read_task};
use crate::catalogue::finding::Part;
use crate::catalogue::Finding;
use crate::ids::{AgencyId, TaskId};
use crate::model::{Amendment, Change, Decision, Terms, Timing};
use crate::source::At;

pub fn read(cx: &mut Cx, mut root: Table) -> Vec<crate::model::Amendment> {
    let tables = root.tables(cx, "amendment", Part::Amendment);
    root.finish(cx);
    tables
        .into_iter()
        .filter_map(|t| read_amendment(cx, t))
        .collect()
}

fn agency_ids(v: Vec<At<String>>) -> Vec<At<AgencyId>> {
    v.into_iter()
        .map(|s| At::new(AgencyId::from(s.value), s.loc))
        .collect()
}

fn read_amendment(cx: &mut Cx, mut t: Table) -> Option<Amendment> {
    let number = t.req_string(cx, "decision");
    if !t.has("issued_on") {
        t.missing(cx, "issued_on", "2024-03-01");
    }
    let issued_on = t.date(cx, "issued_on");
    let issued_by = t
        .string(cx, "issued_by")
        .map(|s| At::new(AgencyId::from(s.value), s.loc));
    let from = t.date(cx, "from");
    let header = t.span();
    let add = t
        .table(cx, "add", Part::AddedTask)
        .and_then(|a| read_task(cx, a, None));
    let task = if add.is_some() {
        None
    } else {
        t.req_string(cx, "task")
    };
    let cancel = t.boolean(cx, "cancel").is_some_and(|b| b.value);
    // A mistyped list (`lead = "sxd"`) has its finding; it changes nothing,
    // rather than setting an empty list.
    let lead = t
        .has("lead")
        .then(|| agency_ids(t.strings(cx, "lead")))
        .filter(|_| !t.mistyped("lead"));
    let support = t
        .has("support")
        .then(|| agency_ids(t.strings(cx, "support")))
        .filter(|_| !t.mistyped("support"));
    let title = t.string(cx, "title").map(|s| s.value);
    let due = t.date(cx, "due");
    let ongoing = t.boolean(cx, "ongoing").is_some_and(|b| b.value);
    let milestones = read_milestones(cx, &mut t);
    let mistyped = [
        "title",
        "due",
        "ongoing",
        "milestone",
        "lead",
        "support",
        "cancel",
    ]
    .iter()
    .any(|k| t.mistyped(k));
    t.finish(cx);

    let timing = match (due, ongoing, milestones.is_empty()) {
        (Some(d), false, true) => Some(Timing::Due(d)),
        (None, true, true) => Some(Timing::Ongoing),
        (None, false, false) => Some(Timing::Milestones(milestones)),
        (None, false, true) => None,
        _ => {
            cx.report(header.clone(), Finding::AmendmentSeveralScheduleKinds);
            None
        }
    };
    let terms = Terms {
        title,
        lead,
        support,
        timing,
    };
    let changes_terms = !terms.fields().is_empty();
    let change = match (add, cancel, changes_terms) {
        (Some(task), false, false) => Change::Add(Box::new(task)),
        (None, true, false) => Change::Cancel,
        (None, false, true) => Change::Terms(terms),
        // The terms it meant to change are mistyped: their findings say so.
        (None, false, false) if mistyped => return None,
        (None, false, false) => {
            cx.report(header, Finding::AmendmentChangesNothing);
            return None;
        }
        _ => {
            cx.report(header, Finding::AmendmentMixed);
            return None;
        }
    };
    let issued_on = issued_on?.value;
    let task = match (&change, task) {
        (Change::Add(t), _) => t.id.clone(),
        (_, Some(s)) => At::new(TaskId::from(s.value), s.loc),
        (_, None) => return None,
    };
    Some(Amendment {
        decision: Decision {
            number: number?.value,
            issued_on,
            issued_by,
        },
        task,
        from: from.map(|f| f.value).unwrap_or(issued_on),
        change,
        loc: cx.loc(header),
    })
}
