//! Identifier newtypes: once loaded, an id is never confused with free text or
//! with another kind of id.

use serde::{Deserialize, Serialize};
use std::fmt;

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub String);

        impl $name {
            pub fn as_str(&self) -> &str {
                &self.0
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
