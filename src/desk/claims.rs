//! Claims: intake (the rules decide, the decision is kept with the claim),
//! the lifecycle steps (`lifecycle`), completing a replacement, reopening.

use super::lifecycle::{next_actions, transition};
use super::units::{Unit, check_region, check_serial, load_unit, load_unit_by_id};
use super::{Desk, Result, audit, day, now};
use crate::catalog::Catalog;
use crate::rules::codes::{Charge, PlanKind, RequestKind};
use crate::rules::plans::{base_replacements_left, plus_replacements_left};
use crate::rules::request::{ClaimFacts, check_claim_shape};
use crate::rules::{Decision, Interpretation, RuleId, decide};
use crate::store::{
    ClaimAction, ClaimDetail, ClaimFilter, ClaimInput, ClaimKind, ClaimPreview, ClaimRow,
    ClaimSort, ClaimState, ClaimStatus, DecisionRecord, NewClaim, NewEvent, ProductStatus, Reads,
    StoreError, Txn,
};
use chrono::{Datelike, NaiveDate, NaiveDateTime};

fn request_kind(kind: ClaimKind) -> RequestKind {
    match kind {
        ClaimKind::Replacement => RequestKind::Replacement,
        ClaimKind::ExtendedWarranty => RequestKind::ExtendedWarranty,
    }
}

/// Checks the claim input against the catalog and turns it into rule facts.
fn claim_facts(catalog: &Catalog, input: &ClaimInput) -> Result<ClaimFacts> {
    let service_region = check_region(catalog, "claim.service_region", input.service_region)?;
    // The same shape check as `caredesk decide` (one function for every filer).
    let parts: Vec<_> = input.parts.iter().map(|(p, q)| (*p, *q)).collect();
    check_claim_shape(&parts, input.submitted, input.shipped)
        .map_err(|e| StoreError::Invalid(e.to_string()))?;
    Ok(ClaimFacts {
        service_region,
        channel: input.channel,
        cause: input.cause,
        parts: input.parts.iter().map(|(p, q)| (*p, *q)).collect(),
        exclusions: input.exclusions.iter().copied().collect(),
        submitted: input.submitted,
        shipped: input.shipped,
        accepts_transregional_fees: input.accepts_transregional_fees,
        manufacturing_defect_before_plus: input.manufacturing_defect_before_plus,
        privacy_accepted: input.privacy_accepted,
    })
}

/// Decides a claim from the stored rows; writes nothing.
fn preview(
    r: &mut dyn Reads,
    catalog: &Catalog,
    unit: &Unit,
    kind: ClaimKind,
    input: &ClaimInput,
    on: NaiveDate,
) -> Result<ClaimPreview> {
    let facts = claim_facts(catalog, input)?;
    let decision = decide(
        catalog,
        &unit.request(request_kind(kind), on, None, Some(facts), false),
    );
    let (fee, replacement_number) = if kind == ClaimKind::Replacement {
        // The n-th replacement of the product across CR and CR+.
        let n = unit.replacements_used() + 1;
        (r.fee(&unit.product.model, n)?, Some(n))
    } else {
        (None, None)
    };
    Ok(ClaimPreview {
        decision,
        fee,
        replacement_number,
    })
}

/// The decision as kept with the claim (the fee only when the customer pays one).
fn decision_record(p: &ClaimPreview) -> DecisionRecord {
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

fn decision_note(d: &Decision) -> String {
    if d.approved() {
        match d.plan {
            Some(p) => format!("approved under {}", p.label()),
            None => "approved".into(),
        }
    } else {
        let rules: Vec<_> = d.failed.iter().map(|r| r.id()).collect();
        format!("refused: {}", rules.join(", "))
    }
}

fn event(
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

/// Takes a claim in (inside the caller's write transaction); returns its id.
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
) -> Result<(String, bool)> {
    let unit = load_unit(tx, catalog, serial)?;
    if unit.product.status == ProductStatus::Reclaimed {
        return Err(StoreError::Invalid(format!(
            "unit {} was reclaimed by DJI; take the claim on its replacement {}",
            unit.product.serial,
            unit.product.replaced_by.as_deref().unwrap_or("(unknown)")
        )));
    }
    let p = preview(tx, catalog, &unit, kind, input, on)?;
    let d = &p.decision;
    let year = on.year();
    let seq = tx.next_claim_number(year)?;
    let id = format!("CL-{year:04}-{seq:06}");
    let input_json = serde_json::to_string(input)
        .map_err(|e| StoreError::Invalid(format!("claim input: {e}")))?;
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
        created_by: actor,
        at,
    })?;
    event(tx, &id, at, actor, None, ClaimStatus::Submitted, "taken in")?;
    event(
        tx,
        &id,
        at,
        actor,
        Some(ClaimStatus::Submitted),
        status,
        &decision_note(d),
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

/// One lifecycle step (inside the caller's write transaction).
pub(super) fn advance_in(
    tx: &mut dyn Txn,
    catalog: &Catalog,
    actor: i64,
    id: &str,
    action: &ClaimAction,
    note: &str,
    at: NaiveDateTime,
) -> Result<()> {
    // Locked: a concurrent step on this claim waits, then sees this one.
    let st = tx
        .lock_claim(id)?
        .ok_or_else(|| StoreError::NotFound(format!("no claim `{id}`")))?;
    let Some(to) = transition(st.status, action, st.kind, st.channel) else {
        return Err(StoreError::IllegalTransition {
            from: st.status,
            action: action.clone(),
        });
    };
    let mut details = serde_json::json!({ "from": st.status, "to": to, "note": note });
    match action {
        ClaimAction::ShipReplacement { new_serial } => {
            let new_serial = ship_replacement(tx, catalog, id, &st, new_serial)?;
            details["new_serial"] = new_serial.into();
        }
        ClaimAction::Repair => {
            let unit = load_unit_by_id(tx, catalog, st.product_id)?;
            let Some(plus_id) = unit.plus_id else {
                return Err(StoreError::Invalid(format!(
                    "{} has no Care Refresh+ to count the repair on",
                    unit.product.serial
                )));
            };
            tx.count_warranty_repair(plus_id)?;
        }
        _ => {}
    }
    // Conditional on the status read above: a concurrent step cannot be lost.
    if !tx.set_claim_status(id, st.status, to, at)? {
        return Err(StoreError::IllegalTransition {
            from: st.status,
            action: action.clone(),
        });
    }
    event(tx, id, at, actor, Some(st.status), to, note)?;
    audit(tx, Some(actor), at, action.code(), id, details)
}

/// Completes a replacement: counts it on the plan in effect, binds the new
/// serial to the same plans (the shared CR plan row), reclaims the old unit.
fn ship_replacement(
    tx: &mut dyn Txn,
    catalog: &Catalog,
    id: &str,
    st: &ClaimState,
    new_serial: &str,
) -> Result<String> {
    let new_serial = check_serial(new_serial)?;
    let unit = load_unit_by_id(tx, catalog, st.product_id)?;
    if unit.product.status == ProductStatus::Reclaimed {
        return Err(StoreError::Invalid(format!(
            "unit {} was already reclaimed (replaced by {})",
            unit.product.serial,
            unit.product.replaced_by.as_deref().unwrap_or("?")
        )));
    }
    if tx.product_exists(&new_serial)? {
        return Err(StoreError::Invalid(format!(
            "a product with serial `{new_serial}` already exists; the replacement needs a new serial"
        )));
    }
    // Re-check inside the transaction that the plan in effect has one left.
    let none_left = |plan, withdrawn: bool| {
        StoreError::Refused(Decision {
            plan: Some(plan),
            failed: vec![if withdrawn {
                RuleId::RepWithdrawn
            } else {
                RuleId::RepNoneLeft
            }],
            replacements_left_after: Some(0),
            customer_pays: vec![],
            interpretations: vec![],
        })
    };
    match (
        st.plan,
        &unit.base,
        &unit.plus,
        unit.base_plan_id,
        unit.plus_id,
    ) {
        (Some(PlanKind::CareRefresh), Some(b), _, Some(base_id), _) => {
            if base_replacements_left(b) == 0 || b.withdrawn {
                return Err(none_left(PlanKind::CareRefresh, b.withdrawn));
            }
            tx.count_replacement(PlanKind::CareRefresh, base_id)?;
        }
        (Some(PlanKind::CareRefreshPlus), Some(b), Some(p), _, Some(plus_id)) => {
            if plus_replacements_left(catalog, b, p) == 0 || p.withdrawn {
                return Err(none_left(PlanKind::CareRefreshPlus, p.withdrawn));
            }
            tx.count_replacement(PlanKind::CareRefreshPlus, plus_id)?;
        }
        _ => {
            return Err(StoreError::Invalid(format!(
                "claim {id} has no plan to count the replacement on"
            )));
        }
    }
    tx.insert_replacement_unit(&unit.row, &new_serial)?;
    if !tx.reclaim(unit.product.id, &new_serial)? {
        return Err(StoreError::Invalid(format!(
            "unit {} was already reclaimed",
            unit.product.serial
        )));
    }
    tx.set_replacement_serial(id, &new_serial)?;
    Ok(new_serial)
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

impl Desk {
    /// What intake would decide, with the fee; writes nothing.
    pub fn preview_claim(
        &self,
        serial: &str,
        kind: ClaimKind,
        input: &ClaimInput,
        on: NaiveDate,
    ) -> Result<ClaimPreview> {
        let mut r = self.read()?;
        let unit = load_unit(&mut *r, &self.catalog, serial)?;
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
        let (id, _) =
            self.write(|tx| file_claim_in(tx, catalog, actor, serial, kind, input, on, now()))?;
        self.claim(&id)
    }

    pub fn claim(&self, id: &str) -> Result<ClaimDetail> {
        let id = normalize_id(id);
        let mut r = self.read()?;
        let stored = r
            .claim(&id)?
            .ok_or_else(|| StoreError::NotFound(format!("no claim `{id}`")))?;
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
        let events = r.claim_events(&id)?;
        let next = next_actions(row.status, row.kind, row.channel);
        Ok(ClaimDetail {
            row,
            input,
            decision,
            product,
            events,
            next_actions: next,
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

    /// One lifecycle step; illegal steps are refused (`IllegalTransition`).
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
        self.write(|tx| advance_in(tx, catalog, actor, &id, &action, note, now()))?;
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
            return Err(StoreError::Invalid(
                "reopening a claim needs a note saying why".into(),
            ));
        }
        self.write(|tx| {
            let st = tx
                .lock_claim(&id)?
                .ok_or_else(|| StoreError::NotFound(format!("no claim `{id}`")))?;
            if st.approved || !matches!(st.status, ClaimStatus::Refused | ClaimStatus::Closed) {
                return Err(StoreError::NotAllowed(format!(
                    "only a refused claim can be reopened; {id} is {}{}",
                    st.status.label().to_lowercase(),
                    if st.approved { " (approved)" } else { "" }
                )));
            }
            let unit = load_unit_by_id(tx, catalog, st.product_id)?;
            if unit.product.status == ProductStatus::Reclaimed {
                return Err(StoreError::Invalid(format!(
                    "unit {} was reclaimed; take a new claim on {}",
                    unit.product.serial,
                    unit.product
                        .replaced_by
                        .as_deref()
                        .unwrap_or("its replacement")
                )));
            }
            let input = parse_input(&id, &st.input)?;
            let p = preview(tx, catalog, &unit, st.kind, &input, st.decided_on)?;
            let d = &p.decision;
            let record = decision_record(&p);
            let to = record.status;
            let at = now();
            tx.redecide_claim(&id, &record, at)?;
            event(
                tx,
                &id,
                at,
                supervisor,
                Some(st.status),
                ClaimStatus::Submitted,
                &format!("reopened: {note}"),
            )?;
            event(
                tx,
                &id,
                at,
                supervisor,
                Some(ClaimStatus::Submitted),
                to,
                &decision_note(d),
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
