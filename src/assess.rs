//! How far an indicator is from its targets: Vượt / Đạt / Không đạt (exceeded,
//! met, not met) once a target's year has passed; on track / off track while
//! it is ahead; no data when there is nothing to judge; too few figures when
//! a trend would be drawn from one point.

use crate::model::{Aggregate, Better, Indicator, Target, TargetValue, TargetWhen};
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Assessment {
    Exceeded,
    Met,
    NotMet,
    OnTrack,
    OffTrack,
    NoData,
    /// A level target ahead with a single actual: a path drawn from that one
    /// figure starts on it, so any first figure would read "on track".
    TooFewFigures,
}

impl Assessment {
    pub const ALL: [Assessment; 7] = [
        Assessment::Exceeded,
        Assessment::Met,
        Assessment::NotMet,
        Assessment::OnTrack,
        Assessment::OffTrack,
        Assessment::NoData,
        Assessment::TooFewFigures,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Assessment::Exceeded => "exceeded",
            Assessment::Met => "met",
            Assessment::NotMet => "not_met",
            Assessment::OnTrack => "on_track",
            Assessment::OffTrack => "off_track",
            Assessment::NoData => "no_data",
            Assessment::TooFewFigures => "too_few_figures",
        }
    }
}

/// The judgement of one target at the end of a year, and the figure it rests on.
#[derive(Clone, Debug, PartialEq)]
pub struct Judgement {
    pub assessment: Assessment,
    /// The actual compared: a year's figure, or the period's combined figure.
    pub actual: Option<f64>,
}

/// A figure that is not a finite number (the combination of figures too large,
/// or a compound rate of −100 % or below) is never judged: `validate` reports
/// it as an error naming its inputs, and here it is no data, never "met".
fn judgement(assessment: Assessment, actual: Option<f64>) -> Judgement {
    match actual {
        Some(a) if !a.is_finite() => Judgement {
            assessment: Assessment::NoData,
            actual: None,
        },
        _ => Judgement { assessment, actual },
    }
}

/// Yearly actuals of one indicator: year → value.
pub type Series = BTreeMap<i32, f64>;

/// Equal within rounding of the figures as published.
fn same(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

/// Compares a final figure with a value or a range, `better` saying which way is good.
fn compare(actual: f64, value: &TargetValue, better: Better) -> Assessment {
    // Orient so that larger is better.
    let s = if better == Better::Higher { 1.0 } else { -1.0 };
    let (low, high) = match *value {
        TargetValue::Value(v) => (Some(v), Some(v)),
        // A one-sided range ("ít nhất 200") is reached at its bound and
        // exceeded beyond it.
        TargetValue::Range { min, max } => match better {
            Better::Higher => (min.or(max), max.or(min)),
            Better::Lower => (max.or(min), min.or(max)),
        },
        TargetValue::Text(_) => return Assessment::NoData,
    };
    let a = s * actual;
    // The bound to reach (the worse end of the range) and the one beyond which it is exceeded.
    let reach = low.map(|l| s * l);
    let beyond = high.map(|h| s * h);
    match (reach, beyond) {
        (Some(r), _) if a < r && !same(a, r) => Assessment::NotMet,
        (_, Some(b)) if a > b && !same(a, b) => Assessment::Exceeded,
        _ => Assessment::Met,
    }
}

/// The figure a target is measured against, for a path that starts at the
/// first actual: the bound to reach.
pub fn goal(value: &TargetValue, better: Better) -> Option<f64> {
    match *value {
        TargetValue::Value(v) => Some(v),
        TargetValue::Range { min, max } => match better {
            Better::Higher => min.or(max),
            Better::Lower => max.or(min),
        },
        TargetValue::Text(_) => None,
    }
}

fn at_least(a: f64, b: f64, better: Better) -> bool {
    same(a, b) || (better == Better::Higher) == (a > b)
}

/// Combines the actuals of a period as the indicator says (the compound
/// yearly rate for growth rates).
pub fn combine(values: &[f64], how: Aggregate) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    let n = values.len() as f64;
    Some(match how {
        Aggregate::Mean => values.iter().sum::<f64>() / n,
        Aggregate::Sum => values.iter().sum(),
        Aggregate::Last => *values.last().unwrap(),
        Aggregate::Geomean => {
            let product: f64 = values.iter().map(|r| 1.0 + r / 100.0).product();
            (product.powf(1.0 / n) - 1.0) * 100.0
        }
    })
}

/// A target judged at the end of `year`, from the indicator's yearly actuals.
pub fn assess(ind: &Indicator, target: &Target, actuals: &Series, year: i32) -> Judgement {
    if matches!(target.value, TargetValue::Text(_)) {
        return judgement(Assessment::NoData, None);
    }
    match target.when {
        TargetWhen::Year(t) => {
            if year >= t {
                return match actuals.get(&t) {
                    Some(&a) => judgement(compare(a, &target.value, ind.better), Some(a)),
                    None => judgement(Assessment::NoData, None),
                };
            }
            // Ahead: the latest actual against the straight path from the first.
            let known: Vec<(i32, f64)> = actuals.range(..=year).map(|(y, v)| (*y, *v)).collect();
            let (Some(&(y0, x0)), Some(&(y1, x1))) = (known.first(), known.last()) else {
                return judgement(Assessment::NoData, None);
            };
            // A trend needs two points; the plan records no baseline, so the
            // first actual is the only start a path could have.
            if y0 == y1 {
                return judgement(Assessment::TooFewFigures, Some(x1));
            }
            let goal = goal(&target.value, ind.better).expect("numeric target");
            let expected = if t == y0 {
                goal
            } else {
                x0 + (goal - x0) * f64::from(y1 - y0) / f64::from(t - y0)
            };
            if !expected.is_finite() {
                return judgement(Assessment::NoData, None);
            }
            let a = if at_least(x1, expected, ind.better) {
                Assessment::OnTrack
            } else {
                Assessment::OffTrack
            };
            judgement(a, Some(x1))
        }
        TargetWhen::Period(p0, p1) => {
            if year < p0 {
                // The period has not begun: nothing to judge yet.
                return judgement(Assessment::NoData, None);
            }
            let last = year.min(p1);
            let values: Vec<f64> = actuals.range(p0..=last).map(|(_, v)| *v).collect();
            let all_years = values.len() as i32 == last - p0 + 1;
            if year >= p1 {
                // A total cannot be judged with years missing; a rate can.
                if values.is_empty() || (ind.aggregate == Aggregate::Sum && !all_years) {
                    return judgement(Assessment::NoData, combine(&values, ind.aggregate));
                }
                let c = combine(&values, ind.aggregate).unwrap();
                return judgement(compare(c, &target.value, ind.better), Some(c));
            }
            let Some(c) = combine(&values, ind.aggregate) else {
                return judgement(Assessment::NoData, None);
            };
            let goal = goal(&target.value, ind.better).expect("numeric target");
            // A total is on track when it keeps pace with an even share per year;
            // a rate or level when it already meets the target.
            let expected = match ind.aggregate {
                Aggregate::Sum => goal * values.len() as f64 / f64::from(p1 - p0 + 1),
                _ => goal,
            };
            if !expected.is_finite() {
                return judgement(Assessment::NoData, None);
            }
            let a = if at_least(c, expected, ind.better) {
                Assessment::OnTrack
            } else {
                Assessment::OffTrack
            };
            judgement(a, Some(c))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::IndicatorId;
    use crate::source::{At, FileId, Loc};

    fn loc() -> Loc {
        Loc::new(FileId(0), 0..0)
    }
    fn ind(better: Better, aggregate: Aggregate) -> Indicator {
        Indicator {
            id: At::new(IndicatorId::from("x"), loc()),
            name: "x".into(),
            unit: "%".into(),
            better,
            aggregate,
            monitored_by: None,
            responsible: None,
            note: None,
            targets: vec![],
        }
    }
    fn target(when: TargetWhen, value: TargetValue) -> Target {
        Target {
            when,
            value,
            loc: loc(),
        }
    }
    fn series(v: &[(i32, f64)]) -> Series {
        v.iter().copied().collect()
    }
    fn approx(a: Option<f64>, b: f64) {
        let a = a.expect("a figure");
        assert!((a - b).abs() < 1e-6, "{a} != {b}");
    }

    #[test]
    fn level_reached_in_its_year() {
        let i = ind(Better::Higher, Aggregate::Last);
        let t = target(TargetWhen::Year(2025), TargetValue::Value(104.0));
        let j = |v: f64| assess(&i, &t, &series(&[(2025, v)]), 2025).assessment;
        assert_eq!(j(110.0), Assessment::Exceeded);
        assert_eq!(j(104.0), Assessment::Met);
        assert_eq!(j(98.5), Assessment::NotMet);
        // The year has passed but its figure is missing: no data, not a failure.
        assert_eq!(
            assess(&i, &t, &series(&[(2024, 99.0)]), 2026).assessment,
            Assessment::NoData
        );
    }

    #[test]
    fn level_ahead_against_the_straight_path() {
        // GRDP per capita: 70 in 2021, target 104 in 2025. The path gives
        // 70 + 34 * 2/4 = 87 for 2023.
        let i = ind(Better::Higher, Aggregate::Last);
        let t = target(TargetWhen::Year(2025), TargetValue::Value(104.0));
        let on = assess(&i, &t, &series(&[(2021, 70.0), (2023, 87.0)]), 2023);
        assert_eq!(
            on,
            Judgement {
                assessment: Assessment::OnTrack,
                actual: Some(87.0)
            }
        );
        let off = assess(&i, &t, &series(&[(2021, 70.0), (2023, 86.9)]), 2023);
        assert_eq!(off.assessment, Assessment::OffTrack);
        // Nothing reported yet.
        assert_eq!(
            assess(&i, &t, &series(&[]), 2023).assessment,
            Assessment::NoData
        );
        // One figure is no trend: whatever it is, it is not judged on track.
        for x in [10.0, 70.0, 200.0] {
            assert_eq!(
                assess(&i, &t, &series(&[(2023, x)]), 2023),
                Judgement {
                    assessment: Assessment::TooFewFigures,
                    actual: Some(x)
                }
            );
        }
    }

    #[test]
    fn geometric_mean_growth_over_a_period() {
        // GRDP growth 2021-2025, target 7.1%/year. Actuals 2.0, 7.0, 9.0, 8.0, 10.0:
        // (1.02 × 1.07 × 1.09 × 1.08 × 1.10)^(1/5) − 1 = 1.413276^(0.2) − 1 = 7.1631%.
        let i = ind(Better::Higher, Aggregate::Geomean);
        let t = target(TargetWhen::Period(2021, 2025), TargetValue::Value(7.1));
        let s = series(&[
            (2021, 2.0),
            (2022, 7.0),
            (2023, 9.0),
            (2024, 8.0),
            (2025, 10.0),
        ]);
        let j = assess(&i, &t, &s, 2025);
        assert_eq!(j.assessment, Assessment::Exceeded);
        approx(j.actual, 7.163_127);
        // The arithmetic mean (7.2) would say more; the compound rate is what the target means.
        approx(combine(&[2.0, 7.0, 9.0, 8.0, 10.0], Aggregate::Mean), 7.2);
        // Mid-period: 2021-2023 compound 5.96…% < 7.1%: off track.
        let mid = assess(&i, &t, &s, 2023);
        assert_eq!(mid.assessment, Assessment::OffTrack);
        approx(
            mid.actual,
            ((1.02f64 * 1.07 * 1.09).powf(1.0 / 3.0) - 1.0) * 100.0,
        );
    }

    #[test]
    fn totals_keep_pace_and_need_every_year() {
        // Investment 354 over 2021-2025: 70.8 a year on an even pace.
        let i = ind(Better::Higher, Aggregate::Sum);
        let t = target(TargetWhen::Period(2021, 2025), TargetValue::Value(354.0));
        let two = series(&[(2021, 70.0), (2022, 72.0)]);
        // 142 after two years against 141.6 expected.
        assert_eq!(assess(&i, &t, &two, 2022).assessment, Assessment::OnTrack);
        let slow = series(&[(2021, 70.0), (2022, 71.0)]);
        assert_eq!(assess(&i, &t, &slow, 2022).assessment, Assessment::OffTrack);
        // After the period, a missing year means the total is unknown.
        assert_eq!(assess(&i, &t, &two, 2025).assessment, Assessment::NoData);
        let all = series(&[
            (2021, 70.0),
            (2022, 72.0),
            (2023, 71.0),
            (2024, 70.0),
            (2025, 70.0),
        ]);
        let j = assess(&i, &t, &all, 2025);
        // 353 < 354.
        assert_eq!(
            j,
            Judgement {
                assessment: Assessment::NotMet,
                actual: Some(353.0)
            }
        );
    }

    #[test]
    fn ranges_and_direction() {
        // Poverty falls 1-1.5 points a year (mean over the period).
        let i = ind(Better::Higher, Aggregate::Mean);
        let t = target(
            TargetWhen::Period(2021, 2025),
            TargetValue::Range {
                min: Some(1.0),
                max: Some(1.5),
            },
        );
        let s = |v: f64| series(&[(2021, v), (2022, v), (2023, v), (2024, v), (2025, v)]);
        assert_eq!(assess(&i, &t, &s(1.2), 2025).assessment, Assessment::Met);
        assert_eq!(
            assess(&i, &t, &s(1.8), 2025).assessment,
            Assessment::Exceeded
        );
        assert_eq!(assess(&i, &t, &s(0.7), 2025).assessment, Assessment::NotMet);
        // "At least 200 products".
        let ocop = target(
            TargetWhen::Year(2025),
            TargetValue::Range {
                min: Some(200.0),
                max: None,
            },
        );
        let lvl = ind(Better::Higher, Aggregate::Last);
        assert_eq!(
            assess(&lvl, &ocop, &series(&[(2025, 200.0)]), 2025).assessment,
            Assessment::Met
        );
        assert_eq!(
            assess(&lvl, &ocop, &series(&[(2025, 231.0)]), 2025).assessment,
            Assessment::Exceeded
        );
        assert_eq!(
            assess(&lvl, &ocop, &series(&[(2025, 180.0)]), 2025).assessment,
            Assessment::NotMet
        );
        // "Among the top 20": a rank, lower is better.
        let rank = ind(Better::Lower, Aggregate::Last);
        let top20 = target(
            TargetWhen::Year(2030),
            TargetValue::Range {
                min: None,
                max: Some(20.0),
            },
        );
        assert_eq!(
            assess(&rank, &top20, &series(&[(2030, 20.0)]), 2030).assessment,
            Assessment::Met
        );
        assert_eq!(
            assess(&rank, &top20, &series(&[(2030, 12.0)]), 2030).assessment,
            Assessment::Exceeded
        );
        assert_eq!(
            assess(&rank, &top20, &series(&[(2030, 25.0)]), 2030).assessment,
            Assessment::NotMet
        );
        // Rank 40 in 2022 to 20 in 2030: the path gives 35 for 2024; 33 is on track.
        let path = assess(&rank, &top20, &series(&[(2022, 40.0), (2024, 33.0)]), 2024);
        assert_eq!(path.assessment, Assessment::OnTrack);
    }

    #[test]
    fn a_period_not_yet_begun_has_no_data() {
        let i = ind(Better::Higher, Aggregate::Geomean);
        let t = target(TargetWhen::Period(2026, 2030), TargetValue::Value(8.8));
        let s = series(&[(2025, 10.0)]);
        assert_eq!(
            assess(&i, &t, &s, 2025),
            Judgement {
                assessment: Assessment::NoData,
                actual: None
            }
        );
    }

    #[test]
    fn qualitative_targets_are_not_scored() {
        let i = ind(Better::Higher, Aggregate::Last);
        let t = target(
            TargetWhen::Period(2021, 2025),
            TargetValue::Text("đạt và vượt dự toán".into()),
        );
        assert_eq!(
            assess(&i, &t, &series(&[(2025, 1.0)]), 2025).assessment,
            Assessment::NoData
        );
    }

    #[test]
    fn figures_that_are_not_finite_are_never_met() {
        let i = ind(Better::Higher, Aggregate::Geomean);
        let t = target(TargetWhen::Period(2021, 2022), TargetValue::Value(7.0));
        let j = assess(&i, &t, &series(&[(2021, -300.0), (2022, 5.0)]), 2022);
        assert_eq!(j.assessment, Assessment::NoData);
        assert_eq!(j.actual, None);
        let i = ind(Better::Higher, Aggregate::Sum);
        let j = assess(&i, &t, &series(&[(2021, 1.79e308), (2022, 1.79e308)]), 2022);
        assert_eq!(j.assessment, Assessment::NoData);
        let i = ind(Better::Higher, Aggregate::Mean);
        let j = assess(&i, &t, &series(&[(2021, 1.79e308), (2022, 1.79e308)]), 2022);
        assert_eq!(j.assessment, Assessment::NoData);
    }
}
