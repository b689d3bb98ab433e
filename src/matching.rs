//! What people type, resolved to what the plan holds: agencies by id, alias or
//! name (case- and diacritic-insensitive), task and section ids in any case,
//! dates as ISO or dd/mm/yyyy. Anything unknown is refused with the nearest
//! matches.

use crate::catalogue::Problem;
use crate::ids::{AgencyId, SectionId, TaskId};
use crate::model::Plan;
use crate::text::{fold, nearest};
use anyhow::{bail, Result};
use chrono::NaiveDate;

/// The agency a user means by `input`.
pub fn agency(plan: &Plan, input: &str) -> Result<AgencyId> {
    let key = fold(input);
    for a in &plan.agencies {
        let spellings = std::iter::once(a.id.as_str())
            .chain(std::iter::once(a.name.as_str()))
            .chain(a.aliases.iter().map(String::as_str))
            .chain(a.name_en.as_deref());
        if spellings.into_iter().any(|s| fold(s) == key) {
            return Ok(a.id.value.clone());
        }
    }
    // Words typed in order, some left out ("so ke hoach dau tu", "sở kế hoạch"):
    // accepted when exactly one agency has a spelling with those words.
    let typed: Vec<String> = words(&key);
    if !typed.is_empty() {
        let fits: Vec<&crate::model::Agency> = plan
            .agencies
            .iter()
            .filter(|a| {
                std::iter::once(a.name.as_str())
                    .chain(a.aliases.iter().map(String::as_str))
                    .chain(a.name_en.as_deref())
                    .any(|s| is_subsequence(&typed, &words(&fold(s))))
            })
            .collect();
        match fits.as_slice() {
            [one] => return Ok(one.id.value.clone()),
            [] => {}
            many => {
                let list: Vec<String> = many
                    .iter()
                    .take(6)
                    .map(|a| format!("\"{}\" ({})", a.id.as_str(), a.name))
                    .collect();
                bail!(Problem::SeveralAgencies {
                    given: input,
                    count: many.len(),
                    shown: &list,
                }
                .stop());
            }
        }
    }
    // Nearest by every spelling, reported by name and id.
    let mut candidates: Vec<(&str, &str)> = Vec::new();
    for a in &plan.agencies {
        candidates.push((a.id.as_str(), a.id.as_str()));
        candidates.push((a.name.as_str(), a.id.as_str()));
        for s in &a.aliases {
            candidates.push((s.as_str(), a.id.as_str()));
        }
    }
    let near = nearest(input, candidates.iter().map(|(s, _)| *s));
    let mut ids: Vec<&str> = Vec::new();
    for n in near {
        let id = candidates
            .iter()
            .find(|(s, _)| *s == n)
            .map(|(_, id)| *id)
            .unwrap();
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    if ids.is_empty() {
        bail!(Problem::UnknownAgency {
            given: input,
            near: &[]
        }
        .stop());
    }
    let list: Vec<String> = ids
        .iter()
        .map(|id| {
            let a = plan.agency(&AgencyId::from(id.to_string())).unwrap();
            format!("\"{}\" ({})", id, a.name)
        })
        .collect();
    bail!(Problem::UnknownAgency {
        given: input,
        near: &list
    }
    .stop())
}

/// The words of folded text, punctuation aside.
fn words(folded: &str) -> Vec<String> {
    folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// Whether `typed` appears in `words` in order, possibly with words between.
fn is_subsequence(typed: &[String], words: &[String]) -> bool {
    let mut it = words.iter();
    typed.iter().all(|t| it.any(|w| w == t))
}

/// An id without its appendix (`III.14` for `PL2.III.14`), lower case.
fn short_form(id: &str) -> Option<String> {
    id.split_once('.').map(|(_, rest)| rest.to_lowercase())
}

/// The one id whose full or short form is `key`; several with that short
/// form is an error naming them, so nothing is guessed.
fn by_id<'a>(
    ids: impl Iterator<Item = &'a str> + Clone,
    key: &str,
    section: bool,
    input: &str,
) -> Result<Option<&'a str>> {
    if let Some(id) = ids.clone().find(|id| id.to_lowercase() == key) {
        return Ok(Some(id));
    }
    let short: Vec<&str> = ids
        .filter(|id| short_form(id).as_deref() == Some(key))
        .collect();
    match short.as_slice() {
        [] => Ok(None),
        [one] => Ok(Some(one)),
        many => bail!(Problem::AmbiguousId {
            given: input,
            section,
            ids: many
        }
        .stop()),
    }
}

/// The task a user means by `input`: `pl2.iii.14` is `PL2.III.14`, and so is
/// `III.14` when only one appendix has it.
pub fn task(plan: &Plan, input: &str) -> Result<TaskId> {
    let key = input.trim().to_lowercase();
    if let Some(id) = by_id(plan.tasks.iter().map(|t| t.id.as_str()), &key, false, input)? {
        if let Some(t) = plan.tasks.iter().find(|t| t.id.as_str() == id) {
            return Ok(t.id.value.clone());
        }
    }
    // A section's id is a common slip for a task's: say what it is.
    if let Some(s) = plan
        .sections
        .iter()
        .find(|s| s.id.as_str().to_lowercase() == key)
    {
        let mut of = plan
            .tasks
            .iter()
            .filter(|t| t.section == s.id.value)
            .map(|t| t.id.as_str());
        let first = of.next();
        let tasks = first.map(|a| (a, of.next_back().unwrap_or(a)));
        bail!(Problem::TaskIsASection {
            given: input,
            section: s.id.as_str(),
            tasks,
        }
        .stop());
    }
    let near = nearest(input, plan.tasks.iter().map(|t| t.id.as_str()));
    bail!(Problem::UnknownTask {
        given: input,
        suggestion: near.first().copied()
    }
    .stop())
}

/// The indicator a user means, by id in any case.
pub fn indicator(plan: &Plan, input: &str) -> Result<crate::ids::IndicatorId> {
    let key = input.trim().to_lowercase();
    if let Some(i) = plan
        .indicators
        .iter()
        .find(|i| i.id.as_str().to_lowercase() == key)
    {
        return Ok(i.id.value.clone());
    }
    let near = nearest(input, plan.indicators.iter().map(|i| i.id.as_str()));
    bail!(Problem::UnknownIndicator {
        given: input,
        suggestion: near.first().copied()
    }
    .stop())
}

/// The section a user means: `PL2.III`, `pl2.iii`, or the section without
/// its appendix (`III`) when only one appendix has it.
pub fn section(plan: &Plan, input: &str) -> Result<SectionId> {
    let key = input.trim().to_lowercase();
    let ids = plan.sections.iter().map(|s| s.id.as_str());
    if let Some(id) = by_id(ids, &key, true, input)? {
        if let Some(s) = plan.sections.iter().find(|s| s.id.as_str() == id) {
            return Ok(s.id.value.clone());
        }
    }
    let ids: Vec<&str> = plan.sections.iter().map(|s| s.id.as_str()).collect();
    bail!(Problem::UnknownSection {
        given: input,
        sections: &ids
    }
    .stop())
}

/// A date as analysts type it: see [`crate::dates::parse_argument`].
pub fn date(input: &str) -> Result<NaiveDate> {
    crate::dates::parse_argument(input)
}

/// Today, in local time.
pub fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_both_forms_and_nothing_else() {
        assert_eq!(
            date("2024-01-31").unwrap(),
            NaiveDate::from_ymd_opt(2024, 1, 31).unwrap()
        );
        assert_eq!(
            date("31/01/2024").unwrap(),
            NaiveDate::from_ymd_opt(2024, 1, 31).unwrap()
        );
        assert!(date("2022-02-30").is_err());
        assert!(date("01/31/2024").is_err());
        assert!(date("tomorrow").is_err());
    }
}
