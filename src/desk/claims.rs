//! Claims: intake (the rules decide, the decision is kept with the claim),
//! the claim as the window shows it, the claims list, reopening. The
//! lifecycle steps are `steps`; parcels `parcels`; work queues `queue`.
//!
//! Intake (SPEC §6): a reclaimed unit takes no claim (typed, naming the
//! serial that replaced it); the typed days are bounded (`bounds`); the
//! replacements held by approved claims in flight count as used; the fee
//! comes from the schedule for the claim's service region, and an approved
//! replacement whose fee is missing is not filed (`StoreError::FeeMissing`);
//! the claim id's year is the year it is filed.

use super::advice::{AdvisedDecision, advised};
use super::bounds;
use super::fees::fee_for;
use super::lifecycle::next_actions;
use super::steps::advance_in;
use super::units::{Unit, check_region, load_unit, load_unit_by_id};
use super::{Desk, Result, audit, day, now};
use crate::catalog::Catalog;
use crate::rules::codes::{Charge, PlanKind, RequestKind};
use crate::rules::decide::ship_limit;
use crate::rules::request::{ClaimFacts, check_claim_shape};
use crate::rules::{Decision, Interpretation, RuleId, decide};
use crate::store::{
    ClaimAction, ClaimDetail, ClaimEvent, ClaimFilter, ClaimInput, ClaimKind, ClaimPreview,
    ClaimRow, ClaimSort, ClaimStatus, Deadline, DecisionRecord, NewClaim, NewEvent, Reads,
    StoreError, Txn,
};
use crate::vocab::event_note::{self, Words};
use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime};

pub(super) fn request_kind(kind: ClaimKind) -> RequestKind {
    match kind {
        ClaimKind::Replacement => RequestKind::Replacement,
        ClaimKind::ExtendedWarranty => RequestKind::ExtendedWarranty,
    }
}

/// Checks the claim input against the catalog and turns it into rule facts.
/// Its shape is checked by the same function `caredesk decide` uses.
pub(super) fn claim_facts(catalog: &Catalog, input: &ClaimInput) -> Result<ClaimFacts> {
    let service_region = check_region(catalog, "claim.service_region", input.service_region)?;
    // The same shape check as `caredesk decide` (one function for every filer).
    let parts: Vec<_> = input.parts.iter().map(|(p, q)| (*p, *q)).collect();
    check_claim_shape(&parts, input.submitted, input.shipped)
        .map_err(|e| StoreError::Invalid(e.to_string()))?;
    Ok(ClaimFacts {
        service_region,
        channel: input.channel,
        cause: input.cause,
        parts,
        exclusions: input.exclusions.iter().copied().collect(),
        submitted: input.submitted,
        shipped: input.shipped,
        accepts_transregional_fees: input.accepts_transregional_fees,
        manufacturing_defect_before_plus: input.manufacturing_defect_before_plus,
        privacy_accepted: input.privacy_accepted,
    })
}

/// The last day the customer's parcel may be shipped (SPEC §2 REP-SHIP-LATE,
/// EW-SHIP-LATE): 7 natural days after submitting online or for the
/// extended warranty, 3 express; none at a Swift Service Center
/// (INT-SSC-NO-SHIP-DEADLINE).
pub fn ship_by(kind: ClaimKind, input: &ClaimInput) -> Option<NaiveDate> {
    ship_limit(request_kind(kind), input.channel).map(|days| input.submitted + Duration::days(days))
}

/// Decides a claim from the stored rows; writes nothing.
pub(super) fn preview(
    r: &mut dyn Reads,
    catalog: &Catalog,
    unit: &Unit,
    kind: ClaimKind,
    input: &ClaimInput,
    on: NaiveDate,
) -> Result<ClaimPreview> {
    let facts = claim_facts(catalog, input)?;
    let req = unit.request(request_kind(kind), on, None, Some(facts), false);
    let AdvisedDecision {
        decision,
        advice,
        shown,
    } = advised(catalog, &req, decide(catalog, &req));
    let (mut fee, mut fee_missing, mut replacement_number) = (None, None, None);
    if kind == ClaimKind::Replacement {
        // The n-th replacement of the product across CR and CR+, counting
        // the ones claims in flight hold.
        let n = unit.replacements_used() + 1;
        replacement_number = Some(n);
        match fee_for(r, catalog, &unit.product.model, input.service_region, n)? {
            Some(Ok(m)) => fee = Some(m),
            Some(Err(key)) => fee_missing = Some(key),
            None => {}
        }
    }
    Ok(ClaimPreview {
        decision,
        fee,
        fee_missing,
        replacement_number,
        replacements_held: unit.held.clone(),
        ship_by: ship_by(kind, input),
        advice,
        shown,
    })
}

/// The decision as kept with the claim (the fee only when the customer pays one).
pub(super) fn decision_record(p: &ClaimPreview) -> DecisionRecord {
    let d = &p.decision;
    let fee = p
        .fee
        .clone()
        .filter(|_| d.approved() && d.customer_pays.contains(&Charge::ReplacementFee));
    DecisionRecord {
        status: if d.approved() {
            ClaimStatus::Approved
        } else {
            ClaimStatus::Refused
        },
        approved: d.approved(),
        plan: d.plan,
        rules: d.failed.iter().map(|r| r.id().to_owned()).collect(),
        reasons: d.failed.iter().map(|r| r.reason().to_owned()).collect(),
        interpretations: d
            .interpretations
            .iter()
            .map(|i| i.id().to_owned())
            .collect(),
        customer_pays: d
            .customer_pays
            .iter()
            .map(|c| c.code().to_owned())
            .collect(),
        replacements_left_after: d.replacements_left_after,
        fee,
        replacement_number: p.replacement_number,
    }
}

/// An approved replacement is filed only with its fee (SPEC §6 "Fees").
fn require_fee(kind: ClaimKind, p: &ClaimPreview) -> Result<()> {
    if kind == ClaimKind::Replacement
        && p.decision.approved()
        && p.decision.customer_pays.contains(&Charge::ReplacementFee)
        && let Some(key) = &p.fee_missing
    {
        return Err(StoreError::FeeMissing(key.clone()));
    }
    Ok(())
}

pub(super) fn decision_note(d: &Decision) -> Words {
    if d.approved() {
        match d.plan {
            Some(p) => Words::new("event-approved-under").arg("plan", p.code()),
            None => Words::new("event-approved"),
        }
    } else {
        let rules: Vec<_> = d.failed.iter().map(|r| r.id()).collect();
        Words::new("event-refused").arg("rules", rules.join(", "))
    }
}

pub(super) fn event(
    tx: &mut dyn Txn,
    id: &str,
    at: NaiveDateTime,
    actor: i64,
    from: Option<ClaimStatus>,
    to: ClaimStatus,
    note: &str,
) -> Result<()> {
    tx.append_event(&NewEvent {
        claim_id: id.to_owned(),
        at,
        staff_id: actor,
        from,
        to,
        note: note.to_owned(),
    })
}

/// Takes a claim in on `today` (inside the caller's write transaction);
/// returns its id and whether it was approved.
#[allow(clippy::too_many_arguments)]
pub(super) fn file_claim_in(
    tx: &mut dyn Txn,
    catalog: &Catalog,
    actor: i64,
    serial: &str,
    kind: ClaimKind,
    input: &ClaimInput,
    on: NaiveDate,
    at: NaiveDateTime,
    today: NaiveDate,
) -> Result<(String, bool)> {
    tx.lock_claims_for_intake()?;
    let unit = load_unit(tx, catalog, serial)?;
    unit.require_active()?;
    bounds::claim_days(&unit, input, on, today).map_err(StoreError::OutOfBounds)?;
    let p = preview(tx, catalog, &unit, kind, input, on)?;
    require_fee(kind, &p)?;
    let d = &p.decision;
    // The year it is filed, whatever day was typed.
    let year = today.year();
    let seq = tx.next_claim_number(year)?;
    let id = format!("CL-{year:04}-{seq:06}");
    let input_json = serde_json::to_string(input).map_err(|e| {
        StoreError::Invalid(crate::tr!("desk-err-claim-input", error = e.to_string()))
    })?;
    let record = decision_record(&p);
    let status = record.status;
    tx.insert_claim(&NewClaim {
        id: id.clone(),
        product_id: unit.product.id,
        serial: unit.product.serial.clone(),
        kind,
        channel: input.channel,
        input: input_json,
        submitted_on: input.submitted,
        decided_on: on,
        decision: record,
        ship_by: p.ship_by,
        shipped_on: input.shipped,
        created_by: actor,
        at,
    })?;
    tx.set_claim_advice(&id, &p.shown)?;
    event(
        tx,
        &id,
        at,
        actor,
        None,
        ClaimStatus::Submitted,
        &event_note::keep(vec![Words::new("event-taken-in")], ""),
    )?;
    event(
        tx,
        &id,
        at,
        actor,
        Some(ClaimStatus::Submitted),
        status,
        &event_note::keep(vec![decision_note(d)], ""),
    )?;
    audit(
        tx,
        Some(actor),
        at,
        "file_claim",
        &id,
        serde_json::json!({
            "serial": unit.product.serial, "kind": kind, "on": day(on),
            "decision": d.to_wire(),
        }),
    )?;
    Ok((id, d.approved()))
}

pub(super) fn normalize_id(id: &str) -> String {
    id.trim().to_ascii_uppercase()
}

fn parse_decision(
    approved: bool,
    plan: Option<PlanKind>,
    rules: &[String],
    interpretations: &[String],
    pays: &[String],
    left: Option<u32>,
    id: &str,
) -> Result<Decision> {
    let bad =
        |what: &str, v: &str| StoreError::Corrupt(format!("claim {id}: unknown {what} `{v}`"));
    let failed = rules
        .iter()
        .map(|r| RuleId::from_id(r).ok_or_else(|| bad("rule", r)))
        .collect::<Result<Vec<_>>>()?;
    if failed.is_empty() != approved {
        return Err(StoreError::Corrupt(format!(
            "claim {id}: decision does not match its rules"
        )));
    }
    Ok(Decision {
        plan,
        failed,
        replacements_left_after: left,
        customer_pays: pays
            .iter()
            .map(|c| c.parse::<Charge>().map_err(|_| bad("charge", c)))
            .collect::<Result<_>>()?,
        interpretations: interpretations
            .iter()
            .map(|i| Interpretation::from_id(i).ok_or_else(|| bad("interpretation", i)))
            .collect::<Result<_>>()?,
    })
}

/// A claim's stored decision, checked against the rules' vocabulary.
pub(super) fn stored_decision(
    id: &str,
    approved: bool,
    plan: Option<PlanKind>,
    rules: &[String],
    interpretations: &[String],
    pays: &[String],
    left: Option<u32>,
) -> Result<Decision> {
    parse_decision(approved, plan, rules, interpretations, pays, left, id)
}

pub(super) fn parse_input(id: &str, input: &str) -> Result<ClaimInput> {
    serde_json::from_str(input).map_err(|e| StoreError::Corrupt(format!("claim {id} input: {e}")))
}

/// The steps the lifecycle allows now; `lapse` only when overdue.
fn allowed_now(row: &ClaimRow, deadline: Option<&Deadline>) -> Vec<ClaimAction> {
    next_actions(row.status, row.kind, row.channel)
        .into_iter()
        .filter(|a| *a != ClaimAction::Lapse || deadline.is_some_and(|d| d.overdue))
        .collect()
}

impl Desk {
    /// Whether a serial can take a claim at all: a reclaimed unit is refused
    /// up front (`StoreError::Reclaimed`, naming the serial that replaced
    /// it), before anything is filled in.
    pub fn check_claimable(&self, serial: &str) -> Result<()> {
        load_unit(&mut *self.read()?, &self.catalog, serial)?.require_active()
    }

    /// What intake would decide today, with the fee (or the fee that is
    /// missing); writes nothing. Typed days out of bounds are
    /// `StoreError::OutOfBounds`, naming the field.
    pub fn preview_claim(
        &self,
        serial: &str,
        kind: ClaimKind,
        input: &ClaimInput,
        on: NaiveDate,
    ) -> Result<ClaimPreview> {
        let mut r = self.read()?;
        let unit = load_unit(&mut *r, &self.catalog, serial)?;
        unit.require_active()?;
        bounds::claim_days(&unit, input, on, self.today()).map_err(StoreError::OutOfBounds)?;
        preview(&mut *r, &self.catalog, &unit, kind, input, on)
    }

    /// Takes a claim in: the rules decide at once, and the claim is kept
    /// approved or refused with its rule IDs, reasons and interpretations.
    pub fn file_claim(
        &self,
        actor: i64,
        serial: &str,
        kind: ClaimKind,
        input: &ClaimInput,
        on: NaiveDate,
    ) -> Result<ClaimDetail> {
        let catalog = &*self.catalog;
        let today = self.today();
        let (id, _) = self
            .write(|tx| file_claim_in(tx, catalog, actor, serial, kind, input, on, now(), today))?;
        self.claim(&id)
    }

    /// A claim with its decision, timeline, parcels, deadline as of today
    /// and the steps it may take now.
    pub fn claim(&self, id: &str) -> Result<ClaimDetail> {
        let id = normalize_id(id);
        let mut r = self.read()?;
        let stored = r.claim(&id)?.ok_or_else(|| {
            StoreError::NotFound(crate::tr!("desk-err-no-claim", id = id.to_string()))
        })?;
        let row = stored.row;
        let decision = parse_decision(
            row.approved,
            row.plan,
            &row.rules,
            &stored.interpretations,
            &stored.customer_pays,
            stored.replacements_left_after,
            &id,
        )?;
        let input = parse_input(&id, &stored.input)?;
        let product = load_unit_by_id(&mut *r, &self.catalog, stored.product_id)?.product;
        let events = (r.claim_events(&id)?.into_iter())
            .map(ClaimEvent::in_words)
            .collect();
        let parcels = r.parcels(&id)?;
        let advice = r.advice_of(&[id.as_str()])?.remove(&id);
        let deadline = Deadline::of(&row, self.today());
        let next = allowed_now(&row, deadline.as_ref());
        let visit = super::intake::claim_visit(&mut *r, &id)?;
        Ok(ClaimDetail {
            row,
            input,
            decision,
            product,
            events,
            deadline,
            parcels,
            next_actions: next,
            visit,
            advice,
        })
    }

    /// A page of claims.
    pub fn claims(
        &self,
        filter: &ClaimFilter,
        sort: ClaimSort,
        offset: usize,
        limit: usize,
    ) -> Result<Vec<ClaimRow>> {
        self.read()?.claims(filter, sort, offset, limit)
    }

    pub fn count_claims(&self, filter: &ClaimFilter) -> Result<usize> {
        self.read()?.count_claims(filter)
    }

    /// One lifecycle step; illegal steps are refused (`IllegalTransition`),
    /// and so are the steps of SPEC §6 that cannot be taken now
    /// (`StepRefused`: lapse before the deadline, receive without the day
    /// the parcel was shipped, a replacement serial already known).
    pub fn advance_claim(
        &self,
        actor: i64,
        id: &str,
        action: ClaimAction,
        note: &str,
    ) -> Result<ClaimDetail> {
        let catalog = &*self.catalog;
        let id = normalize_id(id);
        let note = note.trim();
        let today = self.today();
        self.write(|tx| advance_in(tx, catalog, actor, &id, &action, note, now(), today))?;
        self.claim(&id)
    }

    /// Reopens a refused claim (supervisor and PIN, with a note): back to
    /// `submitted`, then decided again on its original application date with
    /// the plans as stored now.
    pub fn reopen_claim(
        &self,
        supervisor: i64,
        pin: &str,
        id: &str,
        note: &str,
    ) -> Result<ClaimDetail> {
        let catalog = &*self.catalog;
        let id = normalize_id(id);
        let note = note.trim();
        if let Err(e) = self.verify_supervisor(supervisor, pin) {
            self.audit_denied(supervisor, "reopen_claim", &id, &e)?;
            return Err(e);
        }
        if note.is_empty() {
            return Err(StoreError::Invalid(crate::tr!(
                "desk-err-reopen-needs-note"
            )));
        }
        self.write(|tx| {
            tx.lock_claims_for_intake()?;
            let st = tx.lock_claim(&id)?.ok_or_else(|| {
                StoreError::NotFound(crate::tr!("desk-err-no-claim", id = id.to_string()))
            })?;
            if st.approved || !matches!(st.status, ClaimStatus::Refused | ClaimStatus::Closed) {
                return Err(StoreError::NotAllowed(crate::tr!(
                    if st.approved {
                        "desk-err-reopen-only-refused-approved"
                    } else {
                        "desk-err-reopen-only-refused"
                    },
                    id = id.to_string(),
                    status = st.status.label().to_lowercase()
                )));
            }
            let unit = load_unit_by_id(tx, catalog, st.product_id)?;
            unit.require_active()?;
            let input = parse_input(&id, &st.input)?;
            let p = preview(tx, catalog, &unit, st.kind, &input, st.decided_on)?;
            require_fee(st.kind, &p)?;
            let d = &p.decision;
            let record = decision_record(&p);
            let to = record.status;
            let at = now();
            tx.redecide_claim(&id, &record, at)?;
            tx.set_claim_advice(&id, &p.shown)?;
            event(
                tx,
                &id,
                at,
                supervisor,
                Some(st.status),
                ClaimStatus::Submitted,
                &event_note::keep(vec![Words::new("event-reopened")], note),
            )?;
            event(
                tx,
                &id,
                at,
                supervisor,
                Some(ClaimStatus::Submitted),
                to,
                &event_note::keep(vec![decision_note(d)], ""),
            )?;
            audit(
                tx,
                Some(supervisor),
                at,
                "reopen_claim",
                &id,
                serde_json::json!({ "from": st.status, "note": note, "decision": d.to_wire() }),
            )
        })?;
        self.claim(&id)
    }
}
