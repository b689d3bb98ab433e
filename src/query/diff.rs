//! What changed between two versions of a plan, entity by entity, as facts:
//! "PL2.II.1 due 2022-06-30 → 2022-12-31".

use crate::model::{Agency, Indicator, Plan, Target, TargetValue, Task, Timing};
use serde::Serialize;
use std::collections::{HashMap, HashSet};

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Added,
    Removed,
    Changed,
}

/// What kind of thing changed; its word for people is in the catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Entity {
    Plan,
    Section,
    Task,
    Agency,
    Amendment,
    Indicator,
    Target,
    Update,
    Actual,
    Report,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Change {
    pub entity: Entity,
    pub id: String,
    pub kind: Kind,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub before: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
    /// The name of the indicator or agency a figure, target or receipt is
    /// about, for the lines people read ("Tỷ lệ đô thị hóa (urbanisation)",
    /// as `actual` confirms it); JSON and spreadsheets keep the id alone.
    #[serde(skip)]
    pub name: Option<String>,
    /// An agency's English name, where the plan gives one.
    #[serde(skip)]
    pub name_en: Option<String>,
}

impl Change {
    /// The subject's name a reader of `lang` is given, when it is known.
    pub fn name_in(&self, lang: crate::lang::Lang) -> Option<&str> {
        match (lang, &self.name_en) {
            (crate::lang::Lang::En, Some(en)) => Some(en),
            _ => self.name.as_deref(),
        }
    }
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
        (
            "until",
            a.until
                .as_ref()
                .map(|d| d.value.to_string())
                .unwrap_or_default(),
        ),
        ("successor", list(a.successor.iter().map(|m| m.as_str()))),
        ("source", a.source.clone().unwrap_or_default()),
    ]
}

/// An amendment's fields: what it changes, in the format's words, then its
/// legal basis, so a diff shows both.
fn amendment_fields(a: &crate::model::Amendment) -> Fields {
    use crate::model::Change as C;
    let change = match &a.change {
        C::Cancel => "cancel".to_string(),
        C::Add(t) => format!("add: {}", t.title),
        C::Terms(terms) => {
            let mut parts = Vec::new();
            if let Some(t) = &terms.title {
                parts.push(format!("title = {t}"));
            }
            if let Some(l) = &terms.lead {
                parts.push(format!("lead = {}", list(l.iter().map(|a| a.as_str()))));
            }
            if let Some(l) = &terms.support {
                parts.push(format!("support = {}", list(l.iter().map(|a| a.as_str()))));
            }
            match &terms.timing {
                Some(Timing::Due(d)) => parts.push(format!("due = {}", d.value)),
                Some(Timing::Milestones(ms)) => parts.push(format!(
                    "milestones = {}",
                    list(ms.iter().map(|m| format!("{} {}", m.what, m.due.value)))
                )),
                Some(Timing::Ongoing) => parts.push("ongoing".into()),
                None => {}
            }
            parts.join("; ")
        }
    };
    vec![
        ("change", change),
        ("decision", a.decision.number.clone()),
        ("issued_on", a.decision.issued_on.to_string()),
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
        (
            "responsible",
            i.responsible
                .as_ref()
                .map(|m| m.as_str().to_string())
                .unwrap_or_default(),
        ),
        ("note", i.note.clone().unwrap_or_default()),
    ]
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

/// Entities of one kind in file order: a key and its fields.
type Rows = Vec<(String, Fields)>;

/// Compares keyed entities: added (with the `headline` field's value, to say
/// what was added), removed, and changed field by field. Order: the new
/// version's, then what only the old one had.
fn compare(out: &mut Vec<Change>, entity: Entity, headline: &str, old: Rows, new: Rows) {
    let old_by_key: HashMap<&str, &Fields> = old.iter().map(|(k, f)| (k.as_str(), f)).collect();
    let new_keys: HashSet<&str> = new.iter().map(|(k, _)| k.as_str()).collect();
    let field = |f: &Fields, n: &str| f.iter().find(|(x, _)| *x == n).map(|(_, v)| v.clone());
    for (id, b) in &new {
        let Some(a) = old_by_key.get(id.as_str()) else {
            out.push(Change {
                entity,
                id: id.clone(),
                kind: Kind::Added,
                field: None,
                before: None,
                after: field(b, headline),
                name: None,
                name_en: None,
            });
            continue;
        };
        let mut names: Vec<&str> = a.iter().map(|(n, _)| *n).collect();
        names.extend(
            b.iter()
                .map(|(n, _)| *n)
                .filter(|n| !a.iter().any(|(x, _)| x == n)),
        );
        for n in names {
            let (before, after) = (
                field(a, n).unwrap_or_default(),
                field(b, n).unwrap_or_default(),
            );
            if before != after {
                out.push(Change {
                    entity,
                    id: id.clone(),
                    kind: Kind::Changed,
                    field: Some(n.to_string()),
                    before: Some(before),
                    after: Some(after),
                    name: None,
                    name_en: None,
                });
            }
        }
    }
    for (id, _) in old.iter().filter(|(k, _)| !new_keys.contains(k.as_str())) {
        out.push(Change {
            entity,
            id: id.clone(),
            kind: Kind::Removed,
            field: None,
            before: None,
            after: None,
            name: None,
            name_en: None,
        });
    }
}

/// Names the indicator or agency each figure, target or receipt is about,
/// from the new version (the old one for what it alone has).
fn name_subjects(out: &mut [Change], old: &Plan, new: &Plan) {
    for c in out {
        let head = c.id.split(' ').next().unwrap_or_default();
        match c.entity {
            Entity::Actual | Entity::Target => {
                let found = [new, old]
                    .iter()
                    .find_map(|p| p.indicators.iter().find(|i| i.id.as_str() == head));
                c.name = found.map(|i| i.name.clone());
            }
            Entity::Report => {
                let id = crate::ids::AgencyId::from(head.to_string());
                if let Some(a) = [new, old].iter().find_map(|p| p.agency(&id)) {
                    c.name = Some(a.name.clone());
                    c.name_en = a.name_en.clone();
                }
            }
            _ => {}
        }
    }
}

fn plan_rows(p: &Plan) -> Rows {
    let r = p.meta.reporting.as_ref();
    let day = |md: Option<crate::model::MonthDay>| {
        md.map(|m| format!("{:02}-{:02}", m.month, m.day))
            .unwrap_or_default()
    };
    vec![(
        "plan".into(),
        vec![
            ("id", p.meta.id.clone()),
            ("title", p.meta.title.clone()),
            (
                "issued_on",
                p.meta.issued_on.map(|d| d.to_string()).unwrap_or_default(),
            ),
            ("annual_due", day(r.map(|r| r.annual_due))),
            ("aggregate_due", day(r.and_then(|r| r.aggregate_due))),
            ("semiannual_due", day(r.and_then(|r| r.semiannual_due))),
        ],
    )]
}

/// How an update is named: its task, milestone and date.
fn update_key(u: &crate::model::Update) -> String {
    let m = u
        .milestone
        .as_ref()
        .map(|m| format!(" milestone {}", m.value))
        .unwrap_or_default();
    format!("{}{m} on {}", u.task.as_str(), u.on)
}

pub fn diff(old: &Plan, new: &Plan) -> Vec<Change> {
    let mut out = Vec::new();
    compare(
        &mut out,
        Entity::Plan,
        "title",
        plan_rows(old),
        plan_rows(new),
    );
    let sections = |p: &Plan| {
        p.sections
            .iter()
            .map(|s| (s.id.to_string(), vec![("title", s.title.clone())]))
            .collect()
    };
    compare(
        &mut out,
        Entity::Section,
        "title",
        sections(old),
        sections(new),
    );
    let tasks = |p: &Plan| {
        p.tasks
            .iter()
            .map(|t| (t.id.to_string(), task_fields(t)))
            .collect()
    };
    compare(&mut out, Entity::Task, "title", tasks(old), tasks(new));
    let agencies = |p: &Plan| {
        p.agencies
            .iter()
            .map(|a| (a.id.to_string(), agency_fields(a)))
            .collect()
    };
    compare(
        &mut out,
        Entity::Agency,
        "name",
        agencies(old),
        agencies(new),
    );
    let amendments = |p: &Plan| {
        p.amendments
            .iter()
            .map(|a| {
                (
                    format!("{} from {}", a.task.as_str(), a.from),
                    amendment_fields(a),
                )
            })
            .collect()
    };
    compare(
        &mut out,
        Entity::Amendment,
        "change",
        amendments(old),
        amendments(new),
    );
    let indicators = |p: &Plan| {
        p.indicators
            .iter()
            .map(|i| (i.id.to_string(), indicator_fields(i)))
            .collect()
    };
    compare(
        &mut out,
        Entity::Indicator,
        "name",
        indicators(old),
        indicators(new),
    );
    let targets = |p: &Plan| {
        p.indicators
            .iter()
            .flat_map(|i| {
                i.targets.iter().map(move |t| {
                    (
                        format!("{} {}", i.id.as_str(), t.when),
                        vec![("value", target_value(t))],
                    )
                })
            })
            .collect()
    };
    compare(
        &mut out,
        Entity::Target,
        "value",
        targets(old),
        targets(new),
    );
    let updates = |p: &Plan| {
        p.progress
            .updates
            .iter()
            .map(|u| {
                let fields = vec![
                    ("status", u.status.key().to_string()),
                    ("note", u.note.clone().unwrap_or_default()),
                    ("source", u.source.clone().unwrap_or_default()),
                    ("result", u.result.clone().unwrap_or_default()),
                    ("difficulties", u.difficulties.clone().unwrap_or_default()),
                    (
                        "recommendations",
                        u.recommendations.clone().unwrap_or_default(),
                    ),
                    ("evidence", u.evidence.clone().unwrap_or_default()),
                ];
                (update_key(u), fields)
            })
            .collect()
    };
    compare(
        &mut out,
        Entity::Update,
        "status",
        updates(old),
        updates(new),
    );
    let actuals = |p: &Plan| {
        p.progress
            .actuals
            .iter()
            .map(|a| {
                let fields = vec![
                    ("value", a.value.to_string()),
                    ("source", a.source.clone().unwrap_or_default()),
                ];
                (format!("{} {}", a.indicator.as_str(), a.year), fields)
            })
            .collect()
    };
    compare(
        &mut out,
        Entity::Actual,
        "value",
        actuals(old),
        actuals(new),
    );
    let reports = |p: &Plan| {
        p.progress
            .reports
            .iter()
            .map(|r| {
                let fields = vec![
                    ("received_on", r.received_on.to_string()),
                    ("reference", r.reference.clone().unwrap_or_default()),
                ];
                // A half-year receipt is another fact than the year's.
                let period = match r.period {
                    crate::model::Period::Year => "",
                    crate::model::Period::H1 => " H1",
                };
                (format!("{} {}{period}", r.agency.as_str(), r.year), fields)
            })
            .collect()
    };
    compare(
        &mut out,
        Entity::Report,
        "received_on",
        reports(old),
        reports(new),
    );
    name_subjects(&mut out, old, new);
    out
}
