//! What the customer's papers (intake receipt, box label) need from a stored
//! claim beyond its detail: the SPEC §5 advice of a refusal, in the
//! customer's language.

use super::claims::{claim_facts, request_kind};
use super::units::load_unit_by_id;
use super::{Desk, Result};
use crate::i18n::Lang;
use crate::rules::advice::WireAdvice;
use crate::rules::{advise, decide};

impl Desk {
    /// What would make a refused claim approvable (SPEC §5), worded in
    /// `lang`; `None` for an approved claim. The request is the claim as
    /// filed, on the day it was decided, against the unit as it stands now
    /// (a refusal took no replacement, so that is the unit it was decided on
    /// unless a later claim changed it).
    pub fn claim_advice(&self, id: &str, lang: Lang) -> Result<Option<WireAdvice>> {
        let detail = self.claim(id)?;
        if detail.decision.approved() {
            return Ok(None);
        }
        let mut r = self.read()?;
        let unit = load_unit_by_id(&mut *r, &self.catalog, detail.product.id)?;
        let facts = claim_facts(&self.catalog, &detail.input)?;
        let req = unit.request(
            request_kind(detail.row.kind),
            detail.row.decided_on,
            None,
            Some(facts),
            false,
        );
        let decision = decide(&self.catalog, &req);
        if decision.approved() {
            // The unit changed since (e.g. a plan was bound): nothing to advise
            // beyond filing again.
            return Ok(None);
        }
        Ok(Some(advise(&self.catalog, &req, &decision).to_wire(
            &self.catalog,
            &req,
            lang,
        )))
    }
}
