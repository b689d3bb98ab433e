//! The decision itself (plan.toml) and the whole loaded plan.

use super::{Agency, Amendment, Indicator, Progress, Section, Task};
use crate::ids::AgencyId;
use crate::source::{At, Sources};
use chrono::NaiveDate;

/// Everything read from a plan folder.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Plan {
    pub meta: PlanMeta,
    pub agencies: Vec<Agency>,
    pub indicators: Vec<Indicator>,
    pub sections: Vec<Section>,
    /// Not in the plan's own encoding: the load cache writes the tasks
    /// apart, in batches it decodes on every core (`cache::store`).
    #[serde(skip)]
    pub tasks: Vec<Task>,
    pub progress: Progress,
    /// Later decisions that change tasks (amendments.toml), in file order.
    pub amendments: Vec<Amendment>,
    /// Only in a view on a date (`Plan::on`): for each task, part (lead or
    /// support) and agency that took it over, the agency the decision named. Empty in a loaded plan,
    /// so the load cache does not keep it.
    #[serde(skip)]
    pub heirs: crate::timeline::Heirs,
    pub sources: Sources,
    /// Built on first use by [`Plan::agency`]; the first of duplicate ids wins.
    #[serde(skip)]
    pub agency_index: std::sync::OnceLock<std::collections::HashMap<AgencyId, usize>>,
}

/// plan.toml: the decision's identity and its reporting rules.
#[derive(Debug, Default, Clone, serde::Serialize, serde::Deserialize)]
pub struct PlanMeta {
    pub id: String,
    pub title: String,
    pub issued_by: Option<At<AgencyId>>,
    pub issued_on: Option<NaiveDate>,
    pub signed_on: Option<NaiveDate>,
    pub basis: Vec<String>,
    /// Default language of reports: "vi" or "en".
    pub language: String,
    pub reporting: Option<Reporting>,
    /// `[report]`: what the Word report's letterhead and signature say
    /// unless `plan report`'s flags say otherwise.
    #[serde(default)]
    pub report: Box<ReportHead>,
}

/// plan.toml's `[report]`: the parts of an administrative report's
/// letterhead that stay the same from one report to the next. The number and
/// the date are each report's own, so they are flags only.
#[derive(Debug, Default, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ReportHead {
    pub issuer: Option<String>,
    pub parent_body: Option<String>,
    pub place: Option<String>,
    pub recipients: Vec<String>,
    pub signer_title: Option<String>,
    pub signer: Option<String>,
}

/// Section III of the decision: who reports, by when each year.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Reporting {
    pub annual_due: MonthDay,
    pub aggregate_due: Option<MonthDay>,
    /// When half-year reports (tasks with `reports = "semiannual"`) are due;
    /// `None` when the plan sets no date, and then none are chased.
    pub semiannual_due: Option<MonthDay>,
    pub aggregator: Option<At<AgencyId>>,
}

/// A day of the year without the year ("12-15"), for rules that repeat yearly.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct MonthDay {
    pub month: u32,
    pub day: u32,
}

impl MonthDay {
    /// Parses "MM-DD"; February 29 is refused because it does not exist every year.
    pub fn parse(s: &str) -> Option<MonthDay> {
        let (m, d) = s.split_once('-')?;
        if m.len() != 2 || d.len() != 2 {
            return None;
        }
        let md = MonthDay {
            month: m.parse().ok()?,
            day: d.parse().ok()?,
        };
        // 2023 is not a leap year, so Feb 29 fails here, as it should.
        md.in_year(2023).map(|_| md)
    }

    pub fn in_year(&self, year: i32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(year, self.month, self.day)
    }
}

impl Plan {
    /// The agency with this id. A registry has tens of agencies, looked up
    /// for every task a report shows, hence the index.
    pub fn agency(&self, id: &AgencyId) -> Option<&Agency> {
        let index = self.agency_index.get_or_init(|| {
            let mut index = std::collections::HashMap::new();
            for (i, a) in self.agencies.iter().enumerate() {
                index.entry(a.id.value.clone()).or_insert(i);
            }
            index
        });
        index.get(id).map(|&i| &self.agencies[i])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn month_day_parses_only_real_days() {
        assert_eq!(
            MonthDay::parse("12-15"),
            Some(MonthDay { month: 12, day: 15 })
        );
        assert_eq!(MonthDay::parse("02-29"), None);
        assert_eq!(MonthDay::parse("13-01"), None);
        assert_eq!(MonthDay::parse("12/15"), None);
        assert_eq!(MonthDay::parse("1-5"), None);
    }
}
