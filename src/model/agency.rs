//! An agency the decision names as lead or coordinator (cơ quan chủ trì / phối hợp).

use crate::ids::AgencyId;
use crate::source::At;

#[derive(Debug, Clone)]
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
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
