//! tasks/*.toml: one section of an appendix and its tasks.

use super::agencies_file::bad_word;
use super::table::{Cx, Table};
use crate::catalogue::finding::Part;
use crate::catalogue::Finding;
use crate::ids::{AgencyId, IndicatorId, SectionId, TaskId};
use crate::model::{Cadence, Milestone, Section, Task, Timing};
use crate::source::At;

pub fn read(cx: &mut Cx, mut root: Table) -> (Option<Section>, Vec<Task>) {
    let section = match root.table(cx, "section", Part::Section) {
        Some(s) => read_section(cx, s),
        None => {
            if !root.has("section") {
                cx.report(root.span(), Finding::NoSection);
            }
            None
        }
    };
    let tables = root.tables(cx, "task", Part::Task);
    root.finish(cx);
    let section_id = section.as_ref().map(|s| s.id.value.clone());
    // Sized to the tables: 100 000 tasks are 32 MB, and a vector grown by
    // doubling would hold up to twice that until the plan is put together.
    let mut tasks = Vec::with_capacity(tables.len());
    tasks.extend(
        tables
            .into_iter()
            .filter_map(|t| read_task(cx, t, section_id.as_ref())),
    );
    (section, tasks)
}

fn read_section(cx: &mut Cx, mut t: Table) -> Option<Section> {
    let id = t.req_string(cx, "id");
    let title = t
        .req_string(cx, "title")
        .map(|s| s.value)
        .unwrap_or_default();
    let groups = t
        .tables(cx, "group", Part::Group)
        .into_iter()
        .filter_map(|mut g| {
            let id = g.req_string(cx, "id");
            let title = g.req_string(cx, "title");
            g.finish(cx);
            Some((id?.value, title?.value))
        })
        .collect();
    t.finish(cx);
    let id = id?;
    Some(Section {
        id: At::new(SectionId::from(id.value), id.loc),
        title,
        groups,
        file: cx.file,
    })
}

fn agency_ids(v: Vec<At<String>>) -> Vec<At<AgencyId>> {
    v.into_iter()
        .map(|s| At::new(AgencyId::from(s.value), s.loc))
        .collect()
}

/// The `[[….milestone]]` tables of a task (or of an amendment).
pub(super) fn read_milestones(cx: &mut Cx, t: &mut Table) -> Vec<Milestone> {
    t.tables(cx, "milestone", Part::Milestone)
        .into_iter()
        .filter_map(|mut m| {
            let what = m.req_string(cx, "what");
            if !m.has("due") {
                m.missing(cx, "due", "2023-03-31");
            }
            let due = m.date(cx, "due");
            m.finish(cx);
            Some(Milestone {
                what: what?.value,
                due: due?,
            })
        })
        .collect()
}

pub(super) fn read_task(cx: &mut Cx, mut t: Table, section: Option<&SectionId>) -> Option<Task> {
    let id = t.req_string(cx, "id");
    let title = t.req_string(cx, "title");
    let has_lead = t.has("lead");
    let lead = agency_ids(t.strings(cx, "lead"));
    let support = agency_ids(t.strings(cx, "support"));
    // Presence, not validity: a mistyped schedule has its own finding, and
    // "has no schedule" beside it would be wrong.
    let has_schedule = t.has("schedule");
    let schedule = t.string(cx, "schedule").map(|s| s.value);
    let start = t.date(cx, "start");
    let due = t.date(cx, "due");
    let milestones = read_milestones(cx, &mut t);
    let ongoing = t.boolean(cx, "ongoing");
    let deliverables = t
        .strings(cx, "deliverables")
        .into_iter()
        .map(|s| s.value)
        .collect();
    let indicators = t
        .strings(cx, "indicators")
        .into_iter()
        .map(|s| At::new(IndicatorId::from(s.value), s.loc))
        .collect();
    let reports = t.string(cx, "reports").and_then(|s| {
        let c = Cadence::parse(&s.value);
        if c.is_none() {
            bad_word(cx, &s, "reports", &Cadence::WORDS);
        }
        c
    });
    let header = t.span();
    // Only worth asking when the schedule is missing: it compares every key.
    let schedule_typo = !has_schedule && t.has_typo_of("schedule");
    // Presence, not validity: a mistyped `due` already has its own finding.
    // A mistyped `ongoing` ("true" in quotes) was meant as one too.
    let kinds = [
        t.has("due"),
        t.has("milestone"),
        ongoing.as_ref().is_some_and(|o| o.value) || t.mistyped("ongoing"),
    ];
    // A key of the wrong type has its finding; "empty" beside it is false.
    let lead_mistyped = t.mistyped("lead");
    let milestone_mistyped = t.mistyped("milestone");
    t.finish(cx);

    let id = id?;
    let loc = cx.loc(header.clone());
    if let Some(section) = section {
        let prefix = format!("{}.", section.as_str());
        let in_section = id.value.len() > prefix.len()
            && id.value.is_char_boundary(prefix.len())
            && id.value[..prefix.len()].eq_ignore_ascii_case(&prefix);
        if !in_section {
            cx.report(
                id.loc.span(),
                Finding::TaskOutsideSection {
                    task: id.value.clone(),
                    section: section.to_string(),
                },
            );
        }
    }
    if let Some(title) = &title {
        if title.value.trim().is_empty() {
            cx.report(title.loc.span(), Finding::EmptyTaskTitle);
        }
    }
    if !has_lead {
        t_missing_lead(cx, header.clone());
    } else if lead.is_empty() && !lead_mistyped {
        cx.report(
            header.clone(),
            Finding::EmptyLead {
                task: id.value.clone(),
            },
        );
    }
    if !has_schedule && reports.is_none() && !schedule_typo {
        cx.report(
            header.clone(),
            Finding::NoSchedule {
                task: id.value.clone(),
            },
        );
    }

    let timing = match (kinds, due) {
        ([true, false, false], Some(due)) => Timing::Due(due),
        // A task with `milestone` but no milestone that reads (`milestone =
        // []`, or each one broken) has no deadline to follow: an error, and
        // never an empty list for the status code to meet.
        ([false, true, false], _) if milestones.is_empty() => {
            if !milestone_mistyped {
                cx.report(
                    header,
                    Finding::NoMilestones {
                        task: id.value.clone(),
                    },
                );
            }
            Timing::Ongoing
        }
        ([false, true, false], _) => Timing::Milestones(milestones),
        ([false, false, true], _) => Timing::Ongoing,
        // Present but unreadable: its own finding says why.
        ([true, false, false], None) => Timing::Ongoing,
        _ => {
            let task = id.value.clone();
            let finding = if kinds.iter().any(|k| *k) {
                Finding::SeveralScheduleKinds { task }
            } else {
                Finding::NoScheduleKind { task }
            };
            cx.report(header, finding);
            Timing::Ongoing
        }
    };
    Some(Task {
        id: At::new(TaskId::from(id.value), id.loc),
        section: section
            .cloned()
            .unwrap_or_else(|| SectionId::from(String::new())),
        title: title.map(|t| t.value).unwrap_or_default(),
        lead,
        support,
        schedule,
        start,
        timing,
        deliverables,
        indicators,
        reports,
        loc,
    })
}

fn t_missing_lead(cx: &mut Cx, header: std::ops::Range<usize>) {
    cx.report(header, Finding::NoLead);
}
