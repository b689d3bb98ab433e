//! Numeric and qualitative targets for 2025, 2030 and the periods in between.

use crate::ids::{AgencyId, IndicatorId, TaskId};
use crate::source::{At, Loc};

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Indicator {
    pub id: At<IndicatorId>,
    pub name: String,
    pub unit: String,
    pub better: Better,
    pub aggregate: Aggregate,
    /// The Appendix I task that monitors this indicator.
    pub monitored_by: Option<At<TaskId>>,
    /// The agency that reports the indicator's actuals (its form carries it).
    pub responsible: Option<At<AgencyId>>,
    pub note: Option<String>,
    pub targets: Vec<Target>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Better {
    Higher,
    Lower,
}

/// How yearly actuals combine over a period target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Aggregate {
    Mean,
    /// For growth rates: the compound yearly rate.
    Geomean,
    Sum,
    Last,
}

impl Better {
    pub const WORDS: [&'static str; 2] = ["higher", "lower"];
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "higher" => Some(Self::Higher),
            "lower" => Some(Self::Lower),
            _ => None,
        }
    }
}

impl Aggregate {
    pub const WORDS: [&'static str; 4] = ["mean", "geomean", "sum", "last"];
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "mean" => Self::Mean,
            "geomean" => Self::Geomean,
            "sum" => Self::Sum,
            "last" => Self::Last,
            _ => return None,
        })
    }
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Target {
    pub when: TargetWhen,
    pub value: TargetValue,
    pub loc: Loc,
}

/// A level to reach in a year, or a rate or total over a period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum TargetWhen {
    Year(i32),
    Period(i32, i32),
}

impl std::fmt::Display for TargetWhen {
    /// "2025", or "2021-2025" as the decision writes a period.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TargetWhen::Year(y) => write!(f, "{y}"),
            TargetWhen::Period(a, b) => write!(f, "{a}-{b}"),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum TargetValue {
    Value(f64),
    /// "giảm từ 1 - 1,5%/năm": either bound may be open.
    Range {
        min: Option<f64>,
        max: Option<f64>,
    },
    /// A qualitative target ("đạt và vượt dự toán").
    Text(String),
}

impl Indicator {
    pub fn id_str(&self) -> &str {
        self.id.value.as_str()
    }
}
