//! What changed between two versions of a plan, entity by entity, as facts:
//! "PL2.II.1 due 2022-06-30 → 2022-12-31".

use crate::model::{Agency, Indicator, Plan, Target, TargetValue, TargetWhen, Task, Timing};
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Added,
    Removed,
    Changed,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Change {
    /// task, section, agency, indicator, target, update, actual, report or plan.
    pub entity: &'static str,
    pub id: String,
    pub kind: Kind,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub before: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
}

type Fields = Vec<(&'static str, String)>;

fn list(v: impl IntoIterator<Item = impl ToString>) -> String {
    v.into_iter()
        .map(|s| s.to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

fn task_fields(t: &Task) -> Fields {
    let mut f = vec![
        ("section", t.section.to_string()),
        ("title", t.title.clone()),
        ("lead", list(t.lead.iter().map(|a| a.as_str()))),
        ("support", list(t.support.iter().map(|a| a.as_str()))),
        ("schedule", t.schedule.clone().unwrap_or_default()),
        (
            "start",
            t.start
                .as_ref()
                .map(|d| d.value.to_string())
                .unwrap_or_default(),
        ),
    ];
    match &t.timing {
        Timing::Due(d) => f.push(("due", d.value.to_string())),
        Timing::Milestones(ms) => f.push((
            "milestones",
            list(ms.iter().map(|m| format!("{} {}", m.what, m.due.value))),
        )),
        Timing::Ongoing => f.push(("ongoing", "true".into())),
    }
    f.push(("deliverables", list(&t.deliverables)));
    f.push(("indicators", list(t.indicators.iter().map(|i| i.as_str()))));
    f.push((
        "reports",
        t.reports
            .map(|r| format!("{r:?}").to_lowercase())
            .unwrap_or_default(),
    ));
    f
}

fn agency_fields(a: &Agency) -> Fields {
    vec![
        ("name", a.name.clone()),
        ("name_en", a.name_en.clone().unwrap_or_default()),
        ("aliases", list(&a.aliases)),
        ("level", a.level.key().into()),
        ("member_of", list(a.member_of.iter().map(|m| m.as_str()))),
    ]
}

fn indicator_fields(i: &Indicator) -> Fields {
    vec![
        ("name", i.name.clone()),
        ("unit", i.unit.clone()),
        ("better", format!("{:?}", i.better).to_lowercase()),
        ("aggregate", format!("{:?}", i.aggregate).to_lowercase()),
        (
            "monitored_by",
            i.monitored_by
                .as_ref()
                .map(|m| m.as_str().to_string())
                .unwrap_or_default(),
        ),
        ("note", i.note.clone().unwrap_or_default()),
    ]
}

fn when(t: &Target) -> String {
    match t.when {
        TargetWhen::Year(y) => y.to_string(),
        TargetWhen::Period(a, b) => format!("{a}-{b}"),
    }
}

fn target_value(t: &Target) -> String {
    match &t.value {
        TargetValue::Value(v) => v.to_string(),
        TargetValue::Range { min, max } => format!(
            "{}–{}",
            min.map(|v| v.to_string()).unwrap_or_default(),
            max.map(|v| v.to_string()).unwrap_or_default()
        ),
        TargetValue::Text(s) => s.clone(),
    }
}

/// Compares keyed entities: added, removed, and field by field.
fn compare<K: Ord + Clone + ToString>(
    out: &mut Vec<Change>,
    entity: &'static str,
    old: BTreeMap<K, Fields>,
    new: BTreeMap<K, Fields>,
    order: &[K],
) {
    let mut keys: Vec<K> = order.to_vec();
    for k in old.keys() {
        if !keys.contains(k) {
            keys.push(k.clone());
        }
    }
    for k in keys {
        let id = k.to_string();
        match (old.get(&k), new.get(&k)) {
            (None, Some(f)) => out.push(Change {
                entity,
                id,
                kind: Kind::Added,
                field: None,
                before: None,
                after: f
                    .first()
                    .filter(|(n, _)| *n == "title" || *n == "name")
                    .map(|(_, v)| v.clone()),
            }),
            (Some(_), None) => out.push(Change {
                entity,
                id,
                kind: Kind::Removed,
                field: None,
                before: None,
                after: None,
            }),
            (Some(a), Some(b)) => {
                let names: Vec<&str> = a.iter().chain(b.iter()).map(|(n, _)| *n).collect();
                let mut seen = Vec::new();
                for n in names {
                    if seen.contains(&n) {
                        continue;
                    }
                    seen.push(n);
                    let before = a
                        .iter()
                        .find(|(x, _)| *x == n)
                        .map(|(_, v)| v.clone())
                        .unwrap_or_default();
                    let after = b
                        .iter()
                        .find(|(x, _)| *x == n)
                        .map(|(_, v)| v.clone())
                        .unwrap_or_default();
                    if before != after {
                        out.push(Change {
                            entity,
                            id: id.clone(),
                            kind: Kind::Changed,
                            field: Some(n.to_string()),
                            before: Some(before),
                            after: Some(after),
                        });
                    }
                }
            }
            (None, None) => {}
        }
    }
}

pub fn diff(old: &Plan, new: &Plan) -> Vec<Change> {
    let mut out = Vec::new();
    let meta = |p: &Plan| -> Fields {
        vec![
            ("id", p.meta.id.clone()),
            ("title", p.meta.title.clone()),
            (
                "issued_on",
                p.meta.issued_on.map(|d| d.to_string()).unwrap_or_default(),
            ),
            (
                "annual_due",
                p.meta
                    .reporting
                    .as_ref()
                    .map(|r| format!("{:02}-{:02}", r.annual_due.month, r.annual_due.day))
                    .unwrap_or_default(),
            ),
        ]
    };
    compare(
        &mut out,
        "plan",
        BTreeMap::from([("plan".to_string(), meta(old))]),
        BTreeMap::from([("plan".to_string(), meta(new))]),
        &["plan".to_string()],
    );

    let sections = |p: &Plan| {
        p.sections
            .iter()
            .map(|s| (s.id.to_string(), vec![("title", s.title.clone())]))
            .collect()
    };
    let order: Vec<String> = new.sections.iter().map(|s| s.id.to_string()).collect();
    compare(&mut out, "section", sections(old), sections(new), &order);

    let tasks = |p: &Plan| {
        p.tasks
            .iter()
            .map(|t| (t.id.to_string(), task_fields(t)))
            .collect()
    };
    let order: Vec<String> = new.tasks.iter().map(|t| t.id.to_string()).collect();
    let mut task_changes = Vec::new();
    compare(&mut task_changes, "task", tasks(old), tasks(new), &order);
    // The title of a new task is its first field; move it to `after`.
    for c in &mut task_changes {
        if c.kind == Kind::Added && c.after.is_none() {
            c.after = new
                .tasks
                .iter()
                .find(|t| t.id.as_str() == c.id)
                .map(|t| t.title.clone());
        }
    }
    out.extend(task_changes);

    let agencies = |p: &Plan| {
        p.agencies
            .iter()
            .map(|a| (a.id.to_string(), agency_fields(a)))
            .collect()
    };
    let order: Vec<String> = new.agencies.iter().map(|a| a.id.to_string()).collect();
    compare(&mut out, "agency", agencies(old), agencies(new), &order);

    let indicators = |p: &Plan| {
        p.indicators
            .iter()
            .map(|i| (i.id.to_string(), indicator_fields(i)))
            .collect()
    };
    let order: Vec<String> = new.indicators.iter().map(|i| i.id.to_string()).collect();
    compare(
        &mut out,
        "indicator",
        indicators(old),
        indicators(new),
        &order,
    );
    let targets = |p: &Plan| {
        p.indicators
            .iter()
            .flat_map(|i| {
                i.targets.iter().map(move |t| {
                    (
                        format!("{} {}", i.id.as_str(), when(t)),
                        vec![("value", target_value(t))],
                    )
                })
            })
            .collect()
    };
    let order: Vec<String> = new
        .indicators
        .iter()
        .flat_map(|i| {
            i.targets
                .iter()
                .map(move |t| format!("{} {}", i.id.as_str(), when(t)))
        })
        .collect();
    compare(&mut out, "target", targets(old), targets(new), &order);

    let updates = |p: &Plan| {
        p.progress
            .updates
            .iter()
            .map(|u| {
                let m = u
                    .milestone
                    .as_ref()
                    .map(|m| format!(" milestone {}", m.value))
                    .unwrap_or_default();
                (
                    format!("{}{m} on {}", u.task.as_str(), u.on),
                    vec![
                        ("status", u.status.key().to_string()),
                        ("note", u.note.clone().unwrap_or_default()),
                        ("source", u.source.clone().unwrap_or_default()),
                    ],
                )
            })
            .collect::<BTreeMap<_, _>>()
    };
    let new_updates = updates(new);
    let order: Vec<String> = new_updates.keys().cloned().collect();
    compare(&mut out, "update", updates(old), new_updates, &order);

    let actuals = |p: &Plan| {
        p.progress
            .actuals
            .iter()
            .map(|a| {
                (
                    format!("{} {}", a.indicator.as_str(), a.year),
                    vec![
                        ("value", a.value.to_string()),
                        ("source", a.source.clone().unwrap_or_default()),
                    ],
                )
            })
            .collect::<BTreeMap<_, _>>()
    };
    let new_actuals = actuals(new);
    let order: Vec<String> = new_actuals.keys().cloned().collect();
    compare(&mut out, "actual", actuals(old), new_actuals, &order);

    let reports = |p: &Plan| {
        p.progress
            .reports
            .iter()
            .map(|r| {
                (
                    format!("{} {}", r.agency.as_str(), r.year),
                    vec![
                        ("received_on", r.received_on.to_string()),
                        ("reference", r.reference.clone().unwrap_or_default()),
                    ],
                )
            })
            .collect::<BTreeMap<_, _>>()
    };
    let new_reports = reports(new);
    let order: Vec<String> = new_reports.keys().cloned().collect();
    compare(&mut out, "report", reports(old), new_reports, &order);

    // Status of new updates, for the one-line fact.
    for c in &mut out {
        if c.entity == "update" && c.kind == Kind::Added {
            c.after = new
                .progress
                .updates
                .iter()
                .find(|u| {
                    let m = u
                        .milestone
                        .as_ref()
                        .map(|m| format!(" milestone {}", m.value))
                        .unwrap_or_default();
                    format!("{}{m} on {}", u.task.as_str(), u.on) == c.id
                })
                .map(|u| u.status.key().to_string());
        }
    }
    out
}

/// One line a fact, for people and pull-request reviews.
pub fn fact(c: &Change) -> String {
    let show = |s: &Option<String>| match s.as_deref() {
        None | Some("") => "(none)".to_string(),
        Some(v) => v.replace('\n', " "),
    };
    match (c.entity, &c.kind) {
        ("update", Kind::Added) => {
            let (task, on) = c.id.split_once(" on ").unwrap_or((&c.id, ""));
            format!("new update {task} {} on {on}", show(&c.after))
        }
        ("update", Kind::Removed) => format!("update removed: {}", c.id),
        ("actual", Kind::Added) => format!("new actual {}", c.id),
        ("report", Kind::Added) => format!("new report {}", c.id),
        (e, Kind::Added) => match &c.after {
            Some(t) => format!("{}  new {e}: {}", c.id, t.replace('\n', " ")),
            None => format!("{}  new {e}", c.id),
        },
        (e, Kind::Removed) => format!("{}  {e} removed", c.id),
        (_, Kind::Changed) => format!(
            "{}  {}  {} → {}",
            c.id,
            c.field.as_deref().unwrap_or(""),
            show(&c.before),
            show(&c.after)
        ),
    }
}
