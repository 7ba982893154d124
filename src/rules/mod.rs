//! The rules core: pure functions from a request to a decision (SPEC §1–3).
//! No I/O, no SQL, no egui. The catalog comes in as a value.

pub mod advice;
pub mod decide;
pub mod explain;
pub mod plans;
pub mod request;

// The vocabulary moved below the catalog (`crate::vocab`); these paths stay
// for the code that names them.
pub use crate::vocab::{codes, ids, region};

pub use advice::{Advice, Remedy, Step, advise};
pub use codes::{
    Cause, Charge, Exclusion, Part, PlanKind, RequestKind, SalesChannel, ServiceChannel, Term,
};
pub use decide::{Decision, WireDecision, decide, decide_on};
pub use ids::{Interpretation, RuleId};
pub use region::Region;
pub use request::{DecisionRequest, RequestError, parse_request};

use crate::catalog::Catalog;

/// Parses and decides one JSON request: the whole of `caredesk decide`.
pub fn decide_json(catalog: &Catalog, text: &str) -> Result<WireDecision, RequestError> {
    let req = parse_request(text, catalog)?;
    Ok(decide(catalog, &req).to_wire())
}

/// `caredesk decide --advise`: the decision with its SPEC §5 advice, the
/// steps' texts in `lang`.
pub fn decide_json_advised(
    catalog: &Catalog,
    text: &str,
    lang: crate::i18n::Lang,
) -> Result<WireDecision, RequestError> {
    let req = parse_request(text, catalog)?;
    let decision = decide(catalog, &req);
    let advice = advise(catalog, &req, &decision);
    let mut wire = decision.to_wire();
    wire.advice = Some(advice.to_wire(catalog, &req, lang));
    Ok(wire)
}
