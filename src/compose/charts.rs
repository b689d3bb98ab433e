//! The report's charts, built from the report's queries: what to draw, in
//! typed series (`document::chart`); the backends decide how.

use crate::assess::{goal, Series as Actuals};
use crate::catalogue::chart::age_band;
use crate::catalogue::{ChartText, ChartWord, CycleWord, Word};
use crate::document::chart::{
    Bars, Better, ChartKind, Heat, HeatColumn, Leg, Point, Series, Tone, Trajectory, Values,
};
use crate::document::{Block, Chart, Document};
use crate::lang::Lang;
use crate::model::{Aggregate, Indicator, Plan, TargetValue, TargetWhen};
use crate::query::report::{annual_due, series, AnnualReport};
use crate::query::scorecard::{ScoreRow, AGE_BANDS};
use crate::recurring::{year_status, YearStatus};
use crate::status::Status;
use chrono::{Datelike, NaiveDate};

/// A chart spans at most this many years: a plan's first actual may be
/// decades before its targets, and a chart of a century says nothing.
const MAX_YEARS: i32 = 40;

/// Appends the report's charts under a heading of their own.
pub fn append(doc: &mut Document, plan: &Plan, r: &AnnualReport, lang: Lang) {
    doc.push(Block::Heading(
        2,
        Word::Chart(ChartWord::Charts).text(lang).to_string(),
    ));
    doc.push(Block::Chart(status_by_section(r, lang)));
    doc.push(Block::Chart(overdue_by_agency(&r.scorecard, lang)));
    doc.push(Block::Chart(scorecard(&r.scorecard, lang)));
    if let Some(c) = recurring(plan, r, lang) {
        doc.push(Block::Chart(c));
    }
    for c in indicators(plan, lang) {
        doc.push(Block::Chart(c));
    }
}

fn status_tone(s: Status) -> Tone {
    match s {
        Status::DoneOnTime => Tone::Good,
        Status::DoneLate => Tone::Fair,
        Status::InProgress => Tone::Neutral,
        Status::Overdue => Tone::Bad,
        Status::Ongoing => Tone::Muted,
        Status::Cancelled => Tone::Faint,
    }
}

fn count(n: usize) -> f64 {
    n as f64
}

/// The status of the tasks by section, as stacked bars.
pub fn status_by_section(r: &AnnualReport, lang: Lang) -> Chart {
    let series = Status::ALL
        .iter()
        .map(|s| Series {
            label: Word::StatusWord(*s),
            tone: status_tone(*s),
            values: r.sections.iter().map(|(_, c)| count(c.get(*s))).collect(),
        })
        .collect();
    Chart {
        name: "status-by-section".into(),
        title: ChartText::StatusBySectionTitle.text(lang),
        alt: ChartText::StatusBySectionAlt {
            sections: r.sections.len(),
            tasks: r.overall.total,
            overdue: r.overall.get(Status::Overdue),
        }
        .text(lang),
        kind: ChartKind::Bars(Bars {
            axis: Word::Section,
            horizontal: false,
            categories: r
                .sections
                .iter()
                .map(|(s, _)| s.id.as_str().to_string())
                .collect(),
            series,
        }),
    }
}

fn agency_name(row: &ScoreRow, lang: Lang) -> String {
    row.agency
        .map(|a| a.name_in(lang).to_string())
        .unwrap_or_default()
}

const BAND_TONES: [Tone; 4] = [Tone::Watch, Tone::Warn, Tone::Bad, Tone::Severe];

/// Overdue tasks by lead agency (the agencies that lag first), by age band.
pub fn overdue_by_agency(rows: &[ScoreRow], lang: Lang) -> Chart {
    let lagging: Vec<&ScoreRow> = rows.iter().filter(|r| r.overdue > 0).collect();
    let series = (0..AGE_BANDS.len())
        .map(|b| Series {
            label: Word::Cycle(age_band(b)),
            tone: BAND_TONES[b],
            values: lagging.iter().map(|r| count(r.overdue_by_age[b])).collect(),
        })
        .collect();
    let oldest_band = (0..AGE_BANDS.len())
        .rev()
        .find(|b| lagging.iter().any(|r| r.overdue_by_age[*b] > 0));
    Chart {
        name: "overdue-by-agency".into(),
        title: ChartText::OverdueByAgencyTitle.text(lang),
        alt: ChartText::OverdueByAgencyAlt {
            agencies: lagging.len(),
            tasks: lagging.iter().map(|r| r.overdue).sum(),
            oldest_band,
        }
        .text(lang),
        kind: ChartKind::Bars(Bars {
            axis: Word::Agency,
            horizontal: true,
            categories: lagging.iter().map(|r| agency_name(r, lang)).collect(),
            series,
        }),
    }
}

/// The agency scorecard as a heat map, in the scorecard's order.
pub fn scorecard(rows: &[ScoreRow], lang: Lang) -> Chart {
    let col = |label: Word, values: Values, better: Better| HeatColumn {
        label,
        values,
        better,
    };
    let columns = vec![
        col(Word::DueCount, Values::Count, Better::Neither),
        col(
            Word::StatusWord(Status::DoneOnTime),
            Values::Count,
            Better::Higher,
        ),
        col(
            Word::StatusWord(Status::DoneLate),
            Values::Count,
            Better::Neither,
        ),
        col(
            Word::StatusWord(Status::Overdue),
            Values::Count,
            Better::Lower,
        ),
        col(
            Word::StatusWord(Status::InProgress),
            Values::Count,
            Better::Neither,
        ),
        col(
            Word::Cycle(CycleWord::CompletionRate),
            Values::Percent,
            Better::Higher,
        ),
        col(
            Word::Cycle(CycleWord::OnTimeRate),
            Values::Percent,
            Better::Higher,
        ),
        col(
            Word::Cycle(CycleWord::RecurringReported),
            Values::Count,
            Better::Higher,
        ),
        col(
            Word::Cycle(CycleWord::RecurringNotReported),
            Values::Count,
            Better::Lower,
        ),
    ];
    let cells = rows
        .iter()
        .map(|r| {
            vec![
                Some(count(r.due)),
                Some(count(r.done_on_time)),
                Some(count(r.done_late)),
                Some(count(r.overdue)),
                Some(count(r.in_progress)),
                r.completion_rate(),
                r.on_time_rate(),
                Some(count(r.recurring_reported)),
                Some(count(r.recurring_not_reported)),
            ]
        })
        .collect();
    let first = rows.first().and_then(|r| r.agency).map(|a| a.name_in(lang));
    Chart {
        name: "scorecard".into(),
        title: ChartText::ScorecardTitle.text(lang),
        alt: ChartText::ScorecardAlt {
            agencies: rows.len(),
            first,
        }
        .text(lang),
        kind: ChartKind::Heat(Heat {
            axis: Word::Agency,
            rows: rows.iter().map(|r| agency_name(r, lang)).collect(),
            columns,
            cells,
        }),
    }
}

fn year_tone(s: YearStatus) -> Tone {
    match s {
        YearStatus::Done => Tone::Good,
        YearStatus::InProgress => Tone::Neutral,
        YearStatus::Pending => Tone::Muted,
        YearStatus::NotReported => Tone::Bad,
        YearStatus::Cancelled => Tone::Faint,
    }
}

/// The recurring tasks' reporting, year by year from the plan's signing (or
/// issue) to the report's year; `None` for a plan with no recurring task.
pub fn recurring(plan: &Plan, r: &AnnualReport, lang: Lang) -> Option<Chart> {
    let tasks: Vec<_> = plan.tasks.iter().filter(|t| t.is_ongoing()).collect();
    if tasks.is_empty() {
        return None;
    }
    let start = plan
        .meta
        .signed_on
        .or(plan.meta.issued_on)
        .map(|d| d.year())
        .unwrap_or(r.year)
        .clamp(r.year - MAX_YEARS, r.year);
    let years: Vec<i32> = (start..=r.year).collect();
    let log = &r.log;
    // Each year's standing of every recurring task, the tasks counted on
    // every core (a year of 50 000 recurring tasks is a pass over their
    // updates).
    let counts: Vec<[usize; YearStatus::ALL.len()]> = years
        .iter()
        .map(|&y| {
            use rayon::prelude::*;
            let on = if y == r.year {
                r.as_of
            } else {
                NaiveDate::from_ymd_opt(y, 12, 31).unwrap_or(r.as_of)
            };
            let due = annual_due(plan, y);
            let add = |mut c: [usize; YearStatus::ALL.len()], t: &&crate::model::Task| {
                let s = year_status(log.updates(t.id.as_str()), y, on, due);
                if let Some(k) = YearStatus::ALL.iter().position(|x| *x == s) {
                    c[k] += 1;
                }
                c
            };
            tasks
                .par_iter()
                .fold(|| [0usize; YearStatus::ALL.len()], add)
                .reduce(
                    || [0usize; YearStatus::ALL.len()],
                    |mut a, b| {
                        for (x, y) in a.iter_mut().zip(b) {
                            *x += y;
                        }
                        a
                    },
                )
        })
        .collect();
    let series = YearStatus::ALL
        .iter()
        .enumerate()
        .map(|(k, s)| Series {
            label: Word::Cycle(CycleWord::YearStatus(*s)),
            tone: year_tone(*s),
            values: counts.iter().map(|c| count(c[k])).collect(),
        })
        .collect();
    Some(Chart {
        name: "recurring-by-year".into(),
        title: ChartText::RecurringTitle.text(lang),
        alt: ChartText::RecurringAlt {
            first: start,
            last: r.year,
            tasks: tasks.len(),
        }
        .text(lang),
        kind: ChartKind::Bars(Bars {
            axis: Word::Year,
            horizontal: false,
            categories: years.iter().map(|y| y.to_string()).collect(),
            series,
        }),
    })
}

/// Each indicator with a numeric target: its actuals against its targets.
pub fn indicators(plan: &Plan, lang: Lang) -> Vec<Chart> {
    let all = series(plan);
    let empty = Actuals::new();
    plan.indicators
        .iter()
        .filter_map(|ind| indicator(ind, all.get(ind.id.as_str()).unwrap_or(&empty), lang))
        .collect()
}

/// What an indicator's chart plots: a rate compounds, a total runs, anything
/// else is a level.
fn measure(ind: &Indicator, when: TargetWhen) -> ChartWord {
    match (ind.aggregate, when) {
        (Aggregate::Geomean, TargetWhen::Period(..)) => ChartWord::CumulativeIndex,
        (Aggregate::Sum, TargetWhen::Period(..)) => ChartWord::RunningTotal,
        _ => ChartWord::Level,
    }
}

fn indicator(ind: &Indicator, actuals: &Actuals, lang: Lang) -> Option<Chart> {
    let targets: Vec<_> = ind
        .targets
        .iter()
        .filter_map(|t| goal(&t.value, ind.better).map(|g| (t, g)))
        .collect();
    let first = targets.first()?;
    // One measure a chart: the first target's; a target measured otherwise
    // (a level target beside a rate's period target) is still a leg of it.
    let m = measure(ind, first.0.when);
    let legs: Vec<Leg> = targets
        .iter()
        .map(|(t, g)| {
            let (goal, points) = leg_points(ind, t.when, *g, actuals, m);
            Leg {
                heading: ChartText::Leg {
                    when: &t.when.to_string(),
                    goal: &format!("{} {}", value_text(&t.value, lang), ind.unit),
                }
                .text(lang),
                goal,
                points,
            }
        })
        .collect();
    let points = actuals.len();
    Some(Chart {
        name: format!("indicator-{}", ind.id.as_str()),
        title: ChartText::IndicatorTitle {
            name: &ind.name,
            unit: &ind.unit,
            measure: m,
        }
        .text(lang),
        alt: ChartText::IndicatorAlt {
            measure: m,
            actuals: points,
            targets: legs.len(),
        }
        .text(lang),
        kind: ChartKind::Trajectory(Trajectory { measure: m, legs }),
    })
}

fn value_text(v: &TargetValue, lang: Lang) -> String {
    match *v {
        TargetValue::Value(x) => lang.number(x, false),
        TargetValue::Range {
            min: Some(a),
            max: Some(b),
        } => format!("{}–{}", lang.number(a, false), lang.number(b, false)),
        TargetValue::Range {
            min: Some(a),
            max: None,
        } => format!("≥ {}", lang.number(a, false)),
        TargetValue::Range {
            min: None,
            max: Some(b),
        } => format!("≤ {}", lang.number(b, false)),
        TargetValue::Range {
            min: None,
            max: None,
        } => String::new(),
        TargetValue::Text(ref s) => s.clone(),
    }
}

/// The goal on the chart's measure and the points year by year, as
/// `assess` judges the target: a level on the straight path from the first
/// actual; a rate compounding from 100 the year before its period; a total
/// running at an even pace; a mean against its level.
fn leg_points(
    ind: &Indicator,
    when: TargetWhen,
    g: f64,
    actuals: &Actuals,
    chart: ChartWord,
) -> (Option<(i32, f64)>, Vec<Point>) {
    match (chart, when, ind.aggregate) {
        (ChartWord::CumulativeIndex, TargetWhen::Period(p0, p1), _) => {
            let p0 = p0.max(p1 - MAX_YEARS);
            // The base of 100 is drawn as an actual only when some year of
            // the period has one: a period with none has nothing to show.
            let any = actuals.range(p0..=p1).next().is_some();
            let mut points = vec![Point {
                year: p0 - 1,
                actual: any.then_some(100.0),
                path: Some(100.0),
            }];
            let mut index = Some(100.0);
            let mut path = 100.0;
            for y in p0..=p1 {
                index = index.and_then(|i| actuals.get(&y).map(|a| i * (1.0 + a / 100.0)));
                path *= 1.0 + g / 100.0;
                points.push(Point {
                    year: y,
                    actual: index,
                    path: Some(path),
                });
            }
            (Some((p1, path)), points)
        }
        (ChartWord::RunningTotal, TargetWhen::Period(p0, p1), _) => {
            let p0 = p0.max(p1 - MAX_YEARS);
            let years = f64::from(p1 - p0 + 1);
            let mut total = Some(0.0);
            let points = (p0..=p1)
                .map(|y| {
                    total = total.and_then(|t| actuals.get(&y).map(|a| t + a));
                    Point {
                        year: y,
                        actual: total,
                        path: Some(g * f64::from(y - p0 + 1) / years),
                    }
                })
                .collect();
            (Some((p1, g)), points)
        }
        (_, TargetWhen::Period(p0, p1), Aggregate::Mean) => {
            let p0 = p0.max(p1 - MAX_YEARS);
            let points = (p0..=p1)
                .map(|y| Point {
                    year: y,
                    actual: actuals.get(&y).copied(),
                    path: Some(g),
                })
                .collect();
            (Some((p1, g)), points)
        }
        (_, when, _) => {
            let t = match when {
                TargetWhen::Year(t) | TargetWhen::Period(_, t) => t,
            };
            // The straight path from the first actual up to the target's year.
            let Some((&y0, &x0)) = actuals.range(t - MAX_YEARS..=t).next() else {
                return (
                    Some((t, g)),
                    vec![Point {
                        year: t,
                        actual: None,
                        path: Some(g),
                    }],
                );
            };
            let points = (y0..=t)
                .map(|y| Point {
                    year: y,
                    actual: actuals.get(&y).copied(),
                    path: Some(if t == y0 {
                        g
                    } else {
                        x0 + (g - x0) * f64::from(y - y0) / f64::from(t - y0)
                    }),
                })
                .collect();
            (Some((t, g)), points)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::IndicatorId;
    use crate::model::{Better as Way, Target};
    use crate::source::{At, FileId, Loc};

    fn loc() -> Loc {
        Loc::new(FileId(0), 0..0)
    }
    fn ind(aggregate: Aggregate) -> Indicator {
        Indicator {
            id: At::new(IndicatorId::from("x"), loc()),
            name: "x".into(),
            unit: "%".into(),
            better: Way::Higher,
            aggregate,
            monitored_by: None,
            responsible: None,
            note: None,
            targets: vec![],
        }
    }
    fn close(a: Option<f64>, b: f64) {
        let a = a.expect("a value");
        assert!((a - b).abs() < 1e-6, "{a} != {b}");
    }

    /// A growth rate's chart holds a compound index, not "%/năm": its title
    /// says what the table holds; a level keeps its unit.
    #[test]
    fn an_indicators_title_names_what_its_table_holds() {
        let with = |aggregate, when| {
            let mut i = ind(aggregate);
            i.name = "Tốc độ tăng trưởng GRDP".into();
            i.unit = "%/năm".into();
            i.targets.push(Target {
                when,
                value: TargetValue::Value(7.1),
                loc: loc(),
            });
            indicator(&i, &Actuals::new(), Lang::Vi).unwrap().title
        };
        assert_eq!(
            with(Aggregate::Geomean, TargetWhen::Period(2021, 2025)),
            "Tốc độ tăng trưởng GRDP: chỉ số tăng lũy kế (đầu kỳ = 100)"
        );
        assert_eq!(
            with(Aggregate::Sum, TargetWhen::Period(2021, 2025)),
            "Tốc độ tăng trưởng GRDP: lũy kế từ đầu kỳ (%/năm)"
        );
        assert_eq!(
            with(Aggregate::Last, TargetWhen::Year(2025)),
            "Tốc độ tăng trưởng GRDP (%/năm)"
        );
    }

    #[test]
    fn a_level_follows_the_straight_path_from_its_first_actual() {
        // 70 in 2021, 104 in 2025: the path passes 87 in 2023, as assess says.
        let actuals: Actuals = [(2021, 70.0), (2023, 86.0)].into_iter().collect();
        let (g, points) = leg_points(
            &ind(Aggregate::Last),
            TargetWhen::Year(2025),
            104.0,
            &actuals,
            ChartWord::Level,
        );
        assert_eq!(g, Some((2025, 104.0)));
        assert_eq!(points.len(), 5);
        close(points[2].path, 87.0);
        assert_eq!(points[2].actual, Some(86.0));
        assert_eq!(points[1].actual, None);
        close(points[4].path, 104.0);
    }

    #[test]
    fn a_rate_compounds_from_100_the_year_before_its_period() {
        let actuals: Actuals = [(2021, 2.0), (2022, 7.0)].into_iter().collect();
        let (g, points) = leg_points(
            &ind(Aggregate::Geomean),
            TargetWhen::Period(2021, 2025),
            7.1,
            &actuals,
            ChartWord::CumulativeIndex,
        );
        assert_eq!(points[0].year, 2020);
        close(points[2].actual, 100.0 * 1.02 * 1.07);
        close(points[2].path, 100.0 * 1.071 * 1.071);
        // A missing year breaks the compounding: nothing is guessed.
        assert_eq!(points[3].actual, None);
        let (year, goal) = g.unwrap();
        assert_eq!(year, 2025);
        close(Some(goal), 100.0 * 1.071f64.powi(5));
        // A period with no actual yet: the path alone.
        let (_, later) = leg_points(
            &ind(Aggregate::Geomean),
            TargetWhen::Period(2026, 2030),
            8.8,
            &actuals,
            ChartWord::CumulativeIndex,
        );
        assert!(later.iter().all(|p| p.actual.is_none()));
    }

    #[test]
    fn a_total_runs_at_an_even_pace() {
        let actuals: Actuals = [(2021, 70.0), (2022, 72.0)].into_iter().collect();
        let (_, points) = leg_points(
            &ind(Aggregate::Sum),
            TargetWhen::Period(2021, 2025),
            354.0,
            &actuals,
            ChartWord::RunningTotal,
        );
        close(points[1].actual, 142.0);
        close(points[1].path, 141.6);
        assert_eq!(points[2].actual, None);
    }

    #[test]
    fn an_indicator_with_only_words_for_targets_has_no_chart() {
        let mut i = ind(Aggregate::Last);
        i.targets.push(Target {
            when: TargetWhen::Year(2025),
            value: TargetValue::Text("đạt".into()),
            loc: loc(),
        });
        assert!(indicator(&i, &Actuals::new(), Lang::Vi).is_none());
        i.targets.push(Target {
            when: TargetWhen::Year(2030),
            value: TargetValue::Value(5.0),
            loc: loc(),
        });
        let c = indicator(&i, &Actuals::new(), Lang::Vi).unwrap();
        assert_eq!(c.table().groups.len(), 1);
    }
}
