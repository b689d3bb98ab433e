//! Which tasks concern an agency: those naming it in the chosen role, and
//! those naming a collective it belongs to ("UBND các huyện, thị xã, thành
//! phố" is also a task of Nha Trang's People's Committee), since a reminder
//! for a collective's task reaches every member.

use crate::ids::AgencyId;
use crate::model::{Plan, Task};
use crate::source::At;

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum, Default)]
pub enum Role {
    // The lead agency: reminders go to the lead. (What `--help` says of
    // each role is in `catalogue::help`.)
    #[default]
    Lead,
    Support,
    // Either.
    Any,
}

#[derive(Debug, Clone)]
pub struct AgencyFilter {
    pub agency: AgencyId,
    pub role: Role,
    /// The collectives the agency belongs to.
    groups: Vec<AgencyId>,
}

impl AgencyFilter {
    pub fn new(plan: &Plan, agency: AgencyId, role: Role) -> Self {
        let groups = plan
            .agency(&agency)
            .map(|a| a.member_of.iter().map(|g| g.value.clone()).collect())
            .unwrap_or_default();
        AgencyFilter {
            agency,
            role,
            groups,
        }
    }

    /// Whether the task concerns the agency, and through which id: the agency
    /// itself, or the collective that names it.
    pub fn via<'t>(&self, task: &'t Task) -> Option<&'t AgencyId> {
        let lists: &[&Vec<At<AgencyId>>] = match self.role {
            Role::Lead => &[&task.lead],
            Role::Support => &[&task.support],
            Role::Any => &[&task.lead, &task.support],
        };
        let named = |id: &AgencyId| {
            lists
                .iter()
                .flat_map(|l| l.iter())
                .find(|a| &a.value == id)
                .map(|a| &a.value)
        };
        named(&self.agency).or_else(|| self.groups.iter().find_map(named))
    }

    pub fn matches(&self, task: &Task) -> bool {
        self.via(task).is_some()
    }
}
