//! Reading claims for reports and exports: pages of claims with everything a
//! claim report shows (decision, input, product, plans, events, parcels) in
//! three storage reads per page, so exporting 100,000 claims does not cost 400,000
//! round trips. Pages follow claim-id order with keyset paging (`after`), so
//! claims filed during an export never shift or repeat a page.

use super::claims::{parse_input, stored_decision};
use super::units::{Unit, base_plan, plus_plan};
use super::{Desk, Result};
use crate::rules::Decision;
use crate::rules::request::{BasePlan, PlusPlan};
use crate::store::{
    AdviceRecord, ClaimEvent, ClaimFilter, ClaimInput, ClaimKind, ClaimStatus, Money, Parcel,
    ProductRecord, ReportRecord,
};
use chrono::NaiveDate;

/// One claim with everything a claim report needs.
#[derive(Clone, Debug)]
pub struct ClaimForReport {
    pub id: String,
    pub kind: ClaimKind,
    pub status: ClaimStatus,
    pub decision: Decision,
    pub input: ClaimInput,
    pub submitted_on: NaiveDate,
    /// The application date the rules decided on.
    pub decided_on: NaiveDate,
    pub fee: Option<Money>,
    pub replacement_serial: Option<String>,
    /// The last day the customer's parcel could be shipped, if limited.
    pub ship_by: Option<NaiveDate>,
    pub parcels: Vec<Parcel>,
    /// The unit the claim was filed for (it may since have been reclaimed).
    pub product: ProductRecord,
    /// The plans bound to the unit (shared along its replacement chain).
    pub base_plan: Option<BasePlan>,
    pub plus_plan: Option<PlusPlan>,
    pub events: Vec<ClaimEvent>,
    /// Who the claim is for (`erased` once forgotten); `None` when filed
    /// without a customer.
    pub customer: Option<crate::store::CustomerRef>,
    /// The advice shown when it was decided, if it was kept.
    pub advice: Option<AdviceRecord>,
    /// The paid-repair quote and the customer's choice, if recorded.
    pub quote: Option<super::Quote>,
}

impl Desk {
    /// Up to `limit` claims matching `filter` (or just the claim `only`), in
    /// claim-id order, after the claim id `after`. An empty page is the end.
    pub fn claims_for_report(
        &self,
        filter: &ClaimFilter,
        only: Option<&str>,
        after: Option<&str>,
        limit: usize,
    ) -> Result<Vec<ClaimForReport>> {
        let only = only.map(|s| s.trim().to_ascii_uppercase());
        let mut r = self.read()?;
        let records = r.claims_for_report(filter, only.as_deref(), after, limit)?;
        let ids: Vec<&str> = records.iter().map(|c| c.id.as_str()).collect();
        let mut events = r.events_of(&ids)?;
        let mut customers = r.claim_customers(&ids)?;
        let mut parcels = r.parcels_of(&ids)?;
        let mut advice = r.advice_of(&ids)?;
        let mut quotes = r.quotes_of(&ids)?;
        let staff = if quotes.is_empty() {
            Vec::new()
        } else {
            r.staff()?
        };
        records
            .into_iter()
            .map(|c| {
                let ev = (events.remove(&c.id).unwrap_or_default().into_iter())
                    .map(ClaimEvent::in_words)
                    .collect();
                let customer = customers.remove(&c.id);
                let parcels = parcels.remove(&c.id).unwrap_or_default();
                let advice = advice.remove(&c.id);
                let quote = quotes
                    .remove(&c.id)
                    .map(|q| super::quotes::named(q, &staff));
                self.report_claim(c, ev, parcels, customer, advice, quote)
            })
            .collect()
    }

    fn report_claim(
        &self,
        c: ReportRecord,
        events: Vec<ClaimEvent>,
        parcels: Vec<Parcel>,
        customer: Option<crate::store::CustomerRef>,
        advice: Option<AdviceRecord>,
        quote: Option<super::Quote>,
    ) -> Result<ClaimForReport> {
        let decision = stored_decision(
            &c.id,
            c.approved,
            c.plan,
            &c.rules,
            &c.interpretations,
            &c.customer_pays,
            c.replacements_left_after,
        )?;
        let input = parse_input(&c.id, &c.input)?;
        let base = c.unit.base.as_ref().map(base_plan);
        let plus = c.unit.plus.as_ref().map(plus_plan);
        let product = Unit::from_record(&self.catalog, c.unit)?.product;
        Ok(ClaimForReport {
            id: c.id,
            kind: c.kind,
            status: c.status,
            decision,
            input,
            submitted_on: c.submitted_on,
            decided_on: c.decided_on,
            fee: c.fee,
            replacement_serial: c.replacement_serial,
            ship_by: c.ship_by,
            parcels,
            product,
            base_plan: base,
            plus_plan: plus,
            events,
            customer,
            advice,
            quote,
        })
    }
}
