//! An agency the decision names as lead or coordinator (cơ quan chủ trì / phối hợp).

use crate::ids::AgencyId;
use crate::source::At;
use chrono::NaiveDate;

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Agency {
    pub id: At<AgencyId>,
    pub name: String,
    pub name_en: Option<String>,
    /// Other spellings the decision uses for the same agency.
    pub aliases: Vec<String>,
    pub level: AgencyLevel,
    /// The collectives this agency belongs to: a task led by "UBND các huyện,
    /// thị xã, thành phố" is also a task of each district's People's Committee.
    pub member_of: Vec<At<AgencyId>>,
    /// The agency's last day, when a later act merged or ended it.
    pub until: Option<At<NaiveDate>>,
    /// Who takes its tasks after `until`: one agency, or several that each
    /// take every task (as the communes take a former district's).
    pub successor: Vec<At<AgencyId>>,
    /// The act that decided the change (number and date), or that created
    /// an agency the decision does not name.
    pub source: Option<String>,
}

impl Agency {
    /// The name a reader of `lang` is given: the English name in English
    /// when the plan has one, else the decision's.
    pub fn name_in(&self, lang: crate::lang::Lang) -> &str {
        match (lang, &self.name_en) {
            (crate::lang::Lang::En, Some(en)) => en,
            _ => &self.name,
        }
    }

    /// Whether the agency still exists on `on`.
    pub fn exists_on(&self, on: NaiveDate) -> bool {
        self.until.as_ref().is_none_or(|u| on <= u.value)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum AgencyLevel {
    Province,
    District,
    Central,
    /// A collective the decision names as such ("UBND các huyện, thị xã, thành phố").
    Group,
    Other,
}

impl AgencyLevel {
    pub const WORDS: [&'static str; 5] = ["province", "district", "central", "group", "other"];

    pub fn key(self) -> &'static str {
        match self {
            Self::Province => "province",
            Self::District => "district",
            Self::Central => "central",
            Self::Group => "group",
            Self::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "province" => Self::Province,
            "district" => Self::District,
            "central" => Self::Central,
            "group" => Self::Group,
            "other" => Self::Other,
            _ => return None,
        })
    }
}
