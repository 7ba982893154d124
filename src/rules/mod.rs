//! The rules core: pure functions from a request to a decision (SPEC §1–3).
//! No I/O, no SQL, no egui. The catalog comes in as a value.

pub mod decide;
pub mod plans;
pub mod request;

// The vocabulary moved below the catalog (`crate::vocab`); these paths stay
// for the code that names them.
pub use crate::vocab::{codes, ids, region};

pub use codes::{
    Cause, Charge, Exclusion, Part, PlanKind, RequestKind, SalesChannel, ServiceChannel, Term,
};
pub use decide::{Decision, WireDecision, decide};
pub use ids::{Interpretation, RuleId};
pub use region::Region;
pub use request::{DecisionRequest, RequestError, parse_request};

use crate::catalog::Catalog;

/// Parses and decides one JSON request: the whole of `caredesk decide`.
pub fn decide_json(catalog: &Catalog, text: &str) -> Result<WireDecision, RequestError> {
    let req = parse_request(text, catalog)?;
    Ok(decide(catalog, &req).to_wire())
}
