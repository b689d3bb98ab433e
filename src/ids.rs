//! Identifier newtypes: once loaded, an id is never confused with free text or
//! with another kind of id.
//!
//! An id is a `CompactString`: up to 24 bytes it is kept inline, with no
//! allocation, and ids are short (`PL2.III.14`, `ubnd-cap-huyen`). A plan of
//! 100 000 tasks holds some 700 000 ids (each task's, its section's, its
//! agencies', its updates'): as `String`s they were a third of the
//! allocations of decoding the load cache.

use compact_str::CompactString;
use serde::{Deserialize, Serialize};
use std::fmt;

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(
            Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
        )]
        #[serde(transparent)]
        pub struct $name(pub CompactString);

        impl $name {
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl From<String> for $name {
            fn from(s: String) -> Self {
                $name(s.into())
            }
        }

        impl From<&str> for $name {
            fn from(s: &str) -> Self {
                $name(s.into())
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

id_type!(
    /// A task id as the decision numbers it: `PL2.III.14`, `PL1.a.1`.
    TaskId
);
id_type!(
    /// A section id: `PL2.III`, `PL1`.
    SectionId
);
id_type!(
    /// An agency id: `skhdt`, `ubnd-cap-huyen`.
    AgencyId
);
id_type!(
    /// An indicator id: `grdp-growth`.
    IndicatorId
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_ids_need_no_allocation_and_long_ones_still_work() {
        let id = TaskId::from("PL2.III.14");
        assert!(!id.0.is_heap_allocated(), "a task id is kept inline");
        let long = AgencyId::from("uy-ban-nhan-dan-cac-huyen-thi-xa-thanh-pho".to_string());
        assert_eq!(long.as_str(), "uy-ban-nhan-dan-cac-huyen-thi-xa-thanh-pho");
        assert_eq!(long.to_string(), long.as_str());
        // The cache and JSON see a plain string, as before.
        assert_eq!(serde_json::to_string(&id).unwrap(), "\"PL2.III.14\"");
        let back: TaskId = serde_json::from_str("\"PL1.a.1\"").unwrap();
        assert_eq!(back.as_str(), "PL1.a.1");
    }
}
