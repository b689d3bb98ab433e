//! indicators.toml: the targets of section II.1 and of the text.

use super::agencies_file::bad_word;
use super::table::{Cx, Table};
use crate::catalogue::finding::Part;
use crate::catalogue::Finding;
use crate::ids::{AgencyId, IndicatorId, TaskId};
use crate::model::{Aggregate, Better, Indicator, Target, TargetValue, TargetWhen};
use crate::source::At;

pub fn read(cx: &mut Cx, mut root: Table) -> Vec<Indicator> {
    let tables = root.tables(cx, "indicator", Part::Indicator);
    root.finish(cx);
    tables
        .into_iter()
        .filter_map(|t| read_indicator(cx, t))
        .collect()
}

fn read_indicator(cx: &mut Cx, mut t: Table) -> Option<Indicator> {
    let id = t.req_string(cx, "id");
    let name = t
        .req_string(cx, "name")
        .map(|s| s.value)
        .unwrap_or_default();
    let unit = t.string(cx, "unit").map(|s| s.value).unwrap_or_default();
    let better = match t.string(cx, "better") {
        None => Better::Higher,
        Some(s) => Better::parse(&s.value).unwrap_or_else(|| {
            bad_word(cx, &s, "better", &Better::WORDS);
            Better::Higher
        }),
    };
    let aggregate = match t.string(cx, "aggregate") {
        None => Aggregate::Last,
        Some(s) => Aggregate::parse(&s.value).unwrap_or_else(|| {
            bad_word(cx, &s, "aggregate", &Aggregate::WORDS);
            Aggregate::Last
        }),
    };
    let monitored_by = t
        .string(cx, "monitored_by")
        .map(|s| At::new(TaskId::from(s.value), s.loc));
    let responsible = t
        .string(cx, "responsible")
        .map(|s| At::new(AgencyId::from(s.value), s.loc));
    let note = t.string(cx, "note").map(|s| s.value);
    let targets = t
        .tables(cx, "target", Part::Target)
        .into_iter()
        .filter_map(|tt| read_target(cx, tt))
        .collect();
    t.finish(cx);
    let id = id?;
    Some(Indicator {
        id: At::new(IndicatorId::from(id.value), id.loc),
        name,
        unit,
        better,
        aggregate,
        monitored_by,
        responsible,
        note,
        targets,
    })
}

fn read_target(cx: &mut Cx, mut t: Table) -> Option<Target> {
    let present = [t.has("value"), t.has("min") || t.has("max"), t.has("text")];
    let year = t.integer(cx, "year");
    let period = t.integers(cx, "period");
    let value = t.number(cx, "value");
    let min = t.number(cx, "min");
    let max = t.number(cx, "max");
    let text = t.string(cx, "text");
    let span = t.span();
    t.finish(cx);

    let when = match (year, period) {
        (Some(y), None) => TargetWhen::Year(super::table::checked_year(cx, "year", &y)?),
        (None, Some(p)) => match p.value.as_slice() {
            [a, b] if a <= b => {
                let year = |n: i64| At::new(n, p.loc.clone());
                let first = super::table::checked_year(cx, "period", &year(*a));
                let last = super::table::checked_year(cx, "period", &year(*b));
                TargetWhen::Period(first?, last?)
            }
            _ => {
                cx.report(p.loc.span(), Finding::PeriodNotTwoYears);
                return None;
            }
        },
        (Some(y), Some(_)) => {
            cx.report(y.loc.span(), Finding::TargetYearAndPeriod);
            return None;
        }
        (None, None) => {
            cx.report(span.clone(), Finding::TargetNeedsWhen);
            return None;
        }
    };
    let value = match (present, value, min, max, text) {
        ([true, false, false], Some(v), ..) => TargetValue::Value(v.value),
        ([false, true, false], _, min, max, _) if min.is_some() || max.is_some() => {
            if let (Some(lo), Some(hi)) = (&min, &max) {
                if lo.value > hi.value {
                    cx.report(lo.loc.span(), Finding::MinAboveMax);
                }
            }
            TargetValue::Range {
                min: min.map(|m| m.value),
                max: max.map(|m| m.value),
            }
        }
        ([false, false, true], .., Some(s)) => TargetValue::Text(s.value),
        // Present but unreadable: its own finding says why.
        ([true, false, false] | [false, true, false] | [false, false, true], ..) => return None,
        ([false, false, false], ..) => {
            cx.report(span.clone(), Finding::TargetNeedsValue);
            return None;
        }
        _ => {
            cx.report(span.clone(), Finding::TargetSeveralValues);
            return None;
        }
    };
    Some(Target {
        when,
        value,
        loc: cx.loc(span),
    })
}
