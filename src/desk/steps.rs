//! The lifecycle steps of a claim (SPEC §4, §6): each one locked, checked
//! against the lifecycle (`lifecycle::transition`) and kept with an event.
//!
//! - `receive` records the day the customer's parcel was shipped (from its
//!   tracking) and decides the claim again on its application day with that
//!   day. Still approved: the claim goes on as decided at intake (decision
//!   and fee stand). Refused (a parcel shipped late, REP-SHIP-LATE /
//!   EW-SHIP-LATE, or anything else that fails now): the claim is `refused`
//!   on receipt with the new decision, its held replacement is released, and
//!   the unit goes back to the customer (record the outbound parcel, then
//!   close the claim; a supervisor may reopen it).
//! - `lapse` closes an overdue claim as refused with REP-SHIP-LATE /
//!   EW-SHIP-LATE, which releases its replacement. Only when overdue.
//! - `ship_replacement` counts the replacement on the plan in effect, binds
//!   the new serial (same model, unknown to the store) to the same plans,
//!   and reclaims the old unit.

use super::advice::{advised, lapsed};
use super::bounds;
use super::claims::{
    claim_facts, decision_record, event, parse_input, request_kind, stored_decision,
};
use super::units::{check_serial, load_unit_by_id};
use super::{Desk, Result, audit, day};
use crate::catalog::Catalog;
use crate::rules::codes::{ClaimKind, PlanKind};
use crate::rules::plans::{base_replacements_left, plus_replacements_left};
use crate::rules::{Decision, RuleId, decide};
use crate::store::{
    ClaimAction, ClaimPreview, ClaimState, ClaimStatus, DecisionRecord, Field, ParcelDirection,
    StepRefused, StoreError, Txn, overdue,
};
use crate::tr;
use crate::vocab::event_note::{self, Words};
use chrono::{NaiveDate, NaiveDateTime};
use serde::Serialize;

use super::lifecycle::transition;

/// One lifecycle step (inside the caller's write transaction) on `today`.
#[allow(clippy::too_many_arguments)]
pub(super) fn advance_in(
    tx: &mut dyn Txn,
    catalog: &Catalog,
    actor: i64,
    id: &str,
    action: &ClaimAction,
    note: &str,
    at: NaiveDateTime,
    today: NaiveDate,
) -> Result<()> {
    // Locked: a concurrent step on this claim waits, then sees this one.
    let st = tx.lock_claim(id)?.ok_or_else(|| {
        StoreError::NotFound(crate::tr!("desk-err-no-claim", id = id.to_string()))
    })?;
    let Some(to) = transition(st.status, action, st.kind, st.channel) else {
        return Err(StoreError::IllegalTransition {
            from: st.status,
            action: action.clone(),
        });
    };
    let step = Step {
        id,
        actor,
        note,
        at,
        today,
    };
    let mut details = serde_json::json!({ "from": st.status, "to": to, "note": note });
    match action {
        ClaimAction::Receive { shipped } => return receive(tx, catalog, &step, &st, *shipped),
        ClaimAction::Lapse => return lapse(tx, &step, &st),
        ClaimAction::ShipReplacement { new_serial } => {
            let new_serial = ship_replacement(tx, catalog, id, &st, new_serial)?;
            details["new_serial"] = new_serial.into();
        }
        ClaimAction::Repair => {
            let unit = load_unit_by_id(tx, catalog, st.product_id)?;
            let Some(plus_id) = unit.plus_id else {
                return Err(StoreError::Invalid(tr!(
                    "desk-err-no-plus-for-repair",
                    serial = unit.product.serial.clone()
                )));
            };
            tx.count_warranty_repair(plus_id)?;
        }
        _ => {}
    }
    move_on(tx, id, &st, action, to, at)?;
    event(tx, id, at, actor, Some(st.status), to, note)?;
    audit(tx, Some(actor), at, action.code(), id, details)
}

/// Who takes a step on which claim, when.
struct Step<'a> {
    id: &'a str,
    actor: i64,
    note: &'a str,
    at: NaiveDateTime,
    today: NaiveDate,
}

impl Step<'_> {
    /// The event note: what the desk says, then the person's note.
    fn note(&self, desk: Vec<Words>) -> String {
        event_note::keep(desk, self.note)
    }
}

/// Conditional on the status read under the lock: a concurrent step cannot be lost.
fn move_on(
    tx: &mut dyn Txn,
    id: &str,
    st: &ClaimState,
    action: &ClaimAction,
    to: ClaimStatus,
    at: NaiveDateTime,
) -> Result<()> {
    if !tx.set_claim_status(id, st.status, to, at)? {
        return Err(StoreError::IllegalTransition {
            from: st.status,
            action: action.clone(),
        });
    }
    Ok(())
}

/// The customer's parcel arrived: record the day it was shipped and decide
/// the claim again with it.
fn receive(
    tx: &mut dyn Txn,
    catalog: &Catalog,
    step: &Step<'_>,
    st: &ClaimState,
    shipped: Option<NaiveDate>,
) -> Result<()> {
    let id = step.id;
    let mut input = parse_input(id, &st.input)?;
    let parcels = tx.parcels(id)?;
    let inbound = || {
        parcels
            .iter()
            .filter(|p| p.direction == ParcelDirection::Inbound)
    };
    // The day from the person (its tracking), else the inbound parcel's,
    // else what intake recorded.
    let shipped = shipped
        .or_else(|| inbound().filter_map(|p| p.shipped_on).min())
        .or(input.shipped)
        .or(st.shipped_on);
    if st.ship_by.is_some() && shipped.is_none() {
        return Err(StoreError::StepRefused(StepRefused::ShippedDayNeeded {
            claim_id: id.to_owned(),
        }));
    }
    if let Some(d) = shipped {
        bounds::not_before_submitted(Field::Shipped, d, input.submitted)
            .and_then(|()| bounds::not_future(Field::Shipped, d, step.today))
            .map_err(StoreError::OutOfBounds)?;
        input.shipped = Some(d);
    }
    // Decided again on its application day; its own hold is not counted
    // against it.
    let unit = load_unit_by_id(tx, catalog, st.product_id)?.without_hold(id);
    let facts = claim_facts(catalog, &input)?;
    let req = unit.request(
        request_kind(st.kind),
        st.decided_on,
        None,
        Some(facts),
        false,
    );
    let advised = advised(catalog, &req, decide(catalog, &req));
    let d = advised.decision.clone();

    move_on(
        tx,
        id,
        st,
        &ClaimAction::Receive { shipped },
        ClaimStatus::Received,
        step.at,
    )?;
    if let Some(day) = shipped {
        let json = serde_json::to_string(&input).map_err(|e| {
            StoreError::Invalid(crate::tr!("desk-err-claim-input", error = e.to_string()))
        })?;
        tx.set_claim_shipped(id, &json, day, step.at)?;
    }
    // The inbound parcel awaited is in.
    if let Some(p) = inbound().rfind(|p| p.received_on.is_none()) {
        tx.set_parcel_days(p.id, p.shipped_on.or(shipped), Some(step.today))?;
    }
    // The shipped day when there is one (at a Swift Service Center the
    // customer brings the unit: nothing to add).
    let arrived = shipped
        .map(|s| vec![Words::new("event-received-shipped").arg("shipped", day(s))])
        .unwrap_or_default();
    event(
        tx,
        id,
        step.at,
        step.actor,
        Some(st.status),
        ClaimStatus::Received,
        &step.note(arrived),
    )?;
    let mut details = serde_json::json!({
        "from": st.status, "shipped": shipped.map(day), "note": step.note,
        "decision": d.to_wire(),
    });
    if !d.approved() {
        // Refused on receipt: the new decision is kept; the replacement it
        // held is released (a refused claim holds none).
        let record = DecisionRecord {
            fee: None,
            replacement_number: None,
            ..decision_record(&ClaimPreview {
                decision: d.clone(),
                fee: None,
                fee_missing: None,
                replacement_number: None,
                replacements_held: Vec::new(),
                ship_by: st.ship_by,
                advice: advised.advice.clone(),
                shown: advised.shown.clone(),
            })
        };
        tx.redecide_claim(id, &record, step.at)?;
        tx.set_claim_advice(id, &advised.shown)?;
        let rules: Vec<&str> = d.failed.iter().map(|r| r.id()).collect();
        event(
            tx,
            id,
            step.at,
            step.actor,
            Some(ClaimStatus::Received),
            ClaimStatus::Refused,
            &event_note::keep(
                vec![Words::new("event-refused-on-receipt").arg("rules", rules.join(", "))],
                "",
            ),
        )?;
        details["to"] = serde_json::json!(ClaimStatus::Refused);
    } else {
        details["to"] = serde_json::json!(ClaimStatus::Received);
    }
    audit(tx, Some(step.actor), step.at, "receive", id, details)
}

/// Closes an overdue claim as refused with the ship-late rule of its kind.
fn lapse(tx: &mut dyn Txn, step: &Step<'_>, st: &ClaimState) -> Result<()> {
    let id = step.id;
    if !overdue(
        st.approved,
        st.status,
        st.ship_by,
        st.shipped_on,
        step.today,
    ) {
        return Err(StoreError::StepRefused(StepRefused::NotOverdue {
            claim_id: id.to_owned(),
            ship_by: st.ship_by,
            as_of: step.today,
        }));
    }
    let stored = tx.claim(id)?.ok_or_else(|| {
        StoreError::NotFound(crate::tr!("desk-err-no-claim", id = id.to_string()))
    })?;
    let was = stored_decision(
        id,
        stored.row.approved,
        stored.row.plan,
        &stored.row.rules,
        &stored.interpretations,
        &stored.customer_pays,
        stored.replacements_left_after,
    )?;
    let rule = match st.kind {
        ClaimKind::Replacement => RuleId::RepShipLate,
        ClaimKind::ExtendedWarranty => RuleId::EwShipLate,
    };
    let d = Decision {
        plan: was.plan,
        failed: vec![rule],
        // The replacement it held is not used: one more is left.
        replacements_left_after: match st.kind {
            ClaimKind::Replacement => was.replacements_left_after.map(|n| n + 1),
            ClaimKind::ExtendedWarranty => was.replacements_left_after,
        },
        customer_pays: Vec::new(),
        interpretations: was.interpretations,
    };
    let limit = crate::rules::decide::ship_limit(request_kind(st.kind), st.channel).unwrap_or(0);
    let lapsed = lapsed(rule, limit);
    let record = DecisionRecord {
        status: ClaimStatus::Closed,
        fee: None,
        replacement_number: None,
        ..decision_record(&ClaimPreview {
            decision: d.clone(),
            fee: None,
            fee_missing: None,
            replacement_number: None,
            replacements_held: Vec::new(),
            ship_by: st.ship_by,
            advice: lapsed.advice,
            shown: lapsed.shown.clone(),
        })
    };
    tx.redecide_claim(id, &record, step.at)?;
    tx.set_claim_advice(id, &lapsed.shown)?;
    let ship_by = st.ship_by.map(day).unwrap_or_default();
    event(
        tx,
        id,
        step.at,
        step.actor,
        Some(st.status),
        ClaimStatus::Closed,
        &step.note(vec![
            Words::new("event-lapsed")
                .arg("ship_by", ship_by.clone())
                .arg("rule", rule.id()),
        ]),
    )?;
    audit(
        tx,
        Some(step.actor),
        step.at,
        "lapse",
        id,
        serde_json::json!({
            "from": st.status, "to": ClaimStatus::Closed, "ship_by": ship_by,
            "today": day(step.today), "note": step.note, "decision": d.to_wire(),
        }),
    )
}

/// The unit a replacement ships as, checked before anyone confirms it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ReplacementUnit {
    /// The new serial, as it will be kept.
    pub serial: String,
    /// The model it is recorded as: the model of the unit it replaces.
    pub model: String,
    /// The serial it replaces (reclaimed by DJI once shipped).
    pub replaces: String,
}

/// Checks a replacement's serial for a claim's unit: well formed, not the
/// old unit, not known to the store, and (when given) of the same model.
fn check_new_unit(
    tx: &mut dyn crate::store::Reads,
    catalog: &Catalog,
    product_id: i64,
    new_serial: &str,
    model: Option<&str>,
) -> Result<(ReplacementUnit, super::units::Unit)> {
    let serial = check_serial(new_serial)?;
    let unit = load_unit_by_id(tx, catalog, product_id)?;
    unit.require_active()?;
    if tx.product_exists(&serial)? {
        return Err(StoreError::StepRefused(StepRefused::SerialKnown { serial }));
    }
    if let Some(model) = model {
        let same = catalog.model_id(model) == Some(unit.model_id);
        if !same {
            return Err(StoreError::StepRefused(StepRefused::OtherModel {
                serial,
                model: model.trim().to_owned(),
                expected: unit.product.model.clone(),
            }));
        }
    }
    Ok((
        ReplacementUnit {
            serial,
            model: unit.product.model.clone(),
            replaces: unit.product.serial.clone(),
        },
        unit,
    ))
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
    let (new, unit) = check_new_unit(tx, catalog, st.product_id, new_serial, None)?;
    let new_serial = new.serial;
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
            return Err(StoreError::Invalid(tr!(
                "desk-err-no-plan-for-replacement",
                id = id.to_string()
            )));
        }
    }
    tx.insert_replacement_unit(&unit.row, &new_serial)?;
    if !tx.reclaim(unit.product.id, &new_serial)? {
        return Err(StoreError::Invalid(tr!(
            "desk-err-unit-reclaimed",
            serial = unit.product.serial.clone()
        )));
    }
    tx.set_replacement_serial(id, &new_serial)?;
    Ok(new_serial)
}

impl Desk {
    /// What shipping `new_serial` as the replacement of a claim's unit would
    /// record, for the person to confirm before the irreversible step; the
    /// same checks run again when it ships. `model`, when the scanner or
    /// the person gives it, must be the old unit's model.
    pub fn check_replacement_unit(
        &self,
        claim_id: &str,
        new_serial: &str,
        model: Option<&str>,
    ) -> Result<ReplacementUnit> {
        let id = super::claims::normalize_id(claim_id);
        let mut r = self.read()?;
        let st = r.claim_state(&id)?.ok_or_else(|| {
            StoreError::NotFound(crate::tr!("desk-err-no-claim", id = id.to_string()))
        })?;
        if st.kind != ClaimKind::Replacement {
            return Err(StoreError::Invalid(tr!(
                "desk-err-warranty-no-ship",
                id = id.to_string()
            )));
        }
        Ok(check_new_unit(&mut *r, &self.catalog, st.product_id, new_serial, model)?.0)
    }
}
