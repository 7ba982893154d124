//! The vocabulary: the words every other layer speaks, and nothing else.
//!
//! Codes with their one spelling and label (`codes`, made by the one
//! `code_enum!` macro), rule and interpretation IDs with their reasons
//! (`ids`), region codes (`region`), days (`day`), money (`money`) and
//! what the desk writes on a claim's timeline (`event_note`). Pure
//! data, no I/O; it imports nothing from the crate, and the catalog, the rules,
//! the store, the reports and the front ends all build on it.

pub mod checklist;
pub(crate) mod code_enum;
pub mod codes;
pub mod day;
pub mod event_note;
pub mod ids;
pub mod money;
pub mod region;

pub use checklist::{Checklist, ChecklistItem};
pub(crate) use code_enum::code_enum;
pub use codes::{
    Cause, Charge, ClaimKind, ClaimQueue, ClaimStatus, Exclusion, ParcelDirection, Part, PlanKind,
    PlanService, ProductStatus, RequestKind, SalesChannel, ServiceChannel, Term, UnknownCode,
    Verdict,
};
pub use day::{Day, parse_day};
pub use ids::{Interpretation, RuleId};
pub use money::{Currency, Money};
pub use region::{Region, RegionSet, ServiceRegion};
