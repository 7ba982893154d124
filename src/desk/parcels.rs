//! Parcels of a claim (SPEC §6 "Parcels"): inbound (the damaged unit or
//! parts) and outbound (the replacement, or the repaired or returned unit),
//! each with its carrier, tracking number, and the days it was shipped and
//! received. Every parcel recorded or changed is an event of the claim's
//! timeline, so it shows in the claim, its PDF and the exports.
//!
//! An inbound parcel's shipped day (from its tracking) is what the claim's
//! deadline is judged on while it travels: shipped by the deadline, the
//! claim is not overdue; `receive` takes the day from it when none is typed.

use super::bounds;
use super::claims::{event, normalize_id, parse_input};
use super::{Desk, Result, audit, day, now};
use crate::store::{
    ClaimState, Field, NewParcel, OutOfBounds, Parcel, ParcelDirection, ParcelInput, StoreError,
    Txn, waiting_for_product,
};
use crate::tr;
use crate::vocab::event_note::{self, Words};
use chrono::{NaiveDate, NaiveDateTime};

/// Longest carrier name or tracking number kept.
const MAX_TEXT: usize = 64;

/// A carrier name as kept: trimmed, not empty, not too long.
fn carrier(s: &str) -> Result<String> {
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if s.is_empty() || s.chars().count() > MAX_TEXT {
        return Err(StoreError::Invalid(tr!(
            "parcel-bad-carrier",
            max = MAX_TEXT
        )));
    }
    Ok(s)
}

/// A tracking number as kept: upper case, spaces removed (as printed on
/// labels in groups), letters, digits and dashes.
fn tracking(s: &str) -> Result<String> {
    let t: String = s
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_uppercase();
    if t.is_empty()
        || t.len() > MAX_TEXT
        || !t.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
    {
        return Err(StoreError::Invalid(tr!(
            "parcel-bad-tracking",
            tracking = s.trim().to_owned(),
            max = MAX_TEXT
        )));
    }
    Ok(t)
}

/// A parcel's days: not before the claim was submitted, not in the future,
/// received not before shipped.
fn check_days(
    submitted: NaiveDate,
    shipped: Option<NaiveDate>,
    received: Option<NaiveDate>,
    today: NaiveDate,
) -> Result<()> {
    let check = || -> Result<(), OutOfBounds> {
        if let Some(s) = shipped {
            bounds::not_before_submitted(Field::ParcelShipped, s, submitted)?;
            bounds::not_future(Field::ParcelShipped, s, today)?;
        }
        if let Some(r) = received {
            bounds::not_before_submitted(Field::ParcelReceived, r, submitted)?;
            bounds::not_future(Field::ParcelReceived, r, today)?;
        }
        if let (Some(shipped), Some(received)) = (shipped, received)
            && received < shipped
        {
            return Err(OutOfBounds::ReceivedBeforeShipped { shipped, received });
        }
        Ok(())
    };
    check().map_err(StoreError::OutOfBounds)
}

/// The parcel in words for the timeline: direction, carrier, tracking, days.
fn describe(p: &Parcel) -> String {
    let mut words = vec![
        Words::new("event-parcel")
            .arg("direction", p.direction.code())
            .arg("carrier", p.carrier.clone())
            .arg("tracking", p.tracking.clone()),
    ];
    if let Some(d) = p.shipped_on {
        words.push(Words::new("event-parcel-shipped").arg("day", day(d)));
    }
    if let Some(d) = p.received_on {
        words.push(Words::new("event-parcel-received").arg("day", day(d)));
    }
    event_note::keep(words, "")
}

/// While the customer's parcel is awaited, the claim keeps the earliest day
/// an inbound parcel was shipped (the work queues judge "overdue" on it).
fn note_inbound_shipped(
    tx: &mut dyn Txn,
    id: &str,
    st: &ClaimState,
    at: NaiveDateTime,
) -> Result<()> {
    if !waiting_for_product(st.status) {
        return Ok(());
    }
    let first = tx
        .parcels(id)?
        .iter()
        .filter(|p| p.direction == ParcelDirection::Inbound)
        .filter_map(|p| p.shipped_on)
        .min();
    if let Some(d) = first
        && st.shipped_on.is_none_or(|s| d < s)
    {
        tx.set_claim_shipped(id, &st.input, d, at)?;
    }
    Ok(())
}

/// The timeline entry and audit of a parcel change, at the claim's status.
fn keep(
    tx: &mut dyn Txn,
    actor: i64,
    st: &ClaimState,
    p: &Parcel,
    action: &str,
    at: NaiveDateTime,
) -> Result<()> {
    note_inbound_shipped(tx, &p.claim_id, st, at)?;
    tx.touch_claim(&p.claim_id, at)?;
    event(
        tx,
        &p.claim_id,
        at,
        actor,
        Some(st.status),
        st.status,
        &describe(p),
    )?;
    audit(
        tx,
        Some(actor),
        at,
        action,
        &p.claim_id,
        serde_json::json!({
            "parcel": p.id, "direction": p.direction, "carrier": p.carrier,
            "tracking": p.tracking, "shipped_on": p.shipped_on.map(day),
            "received_on": p.received_on.map(day),
        }),
    )
}

/// Records a parcel of claim `id` inside the caller's transaction, with its
/// timeline entry and audit; the parcel's id.
pub(super) fn add_parcel_in(
    tx: &mut dyn Txn,
    actor: i64,
    id: &str,
    input: &ParcelInput,
    at: NaiveDateTime,
    today: NaiveDate,
) -> Result<i64> {
    let carrier = carrier(&input.carrier)?;
    let tracking = tracking(&input.tracking)?;
    let st = tx.lock_claim(id)?.ok_or_else(|| {
        StoreError::NotFound(crate::tr!("desk-err-no-claim", id = id.to_string()))
    })?;
    let submitted = parse_input(id, &st.input)?.submitted;
    check_days(submitted, input.shipped_on, input.received_on, today)?;
    if tx
        .parcels(id)?
        .iter()
        .any(|p| p.direction == input.direction && p.carrier == carrier && p.tracking == tracking)
    {
        return Err(StoreError::Invalid(tr!(
            "parcel-duplicate",
            tracking = tracking.clone(),
            id = id.to_owned()
        )));
    }
    let pid = tx.insert_parcel(&NewParcel {
        claim_id: id.to_owned(),
        direction: input.direction,
        carrier,
        tracking,
        shipped_on: input.shipped_on,
        received_on: input.received_on,
        staff_id: actor,
        at,
    })?;
    let p = tx
        .parcel(pid)?
        .ok_or(StoreError::Unfinished("the parcel just recorded"))?;
    keep(tx, actor, &st, &p, "add_parcel", at)?;
    Ok(pid)
}

impl Desk {
    /// Records a parcel of a claim; returns it.
    pub fn add_parcel(&self, actor: i64, claim_id: &str, input: &ParcelInput) -> Result<Parcel> {
        let id = normalize_id(claim_id);
        let today = self.today();
        let parcel_id = self.write(|tx| add_parcel_in(tx, actor, &id, input, now(), today))?;
        self.parcel(parcel_id)
    }

    /// Sets the days a parcel was shipped and received (from its tracking);
    /// `None` leaves a day as it is.
    pub fn update_parcel(
        &self,
        actor: i64,
        parcel_id: i64,
        shipped_on: Option<NaiveDate>,
        received_on: Option<NaiveDate>,
    ) -> Result<Parcel> {
        let today = self.today();
        self.write(|tx| {
            let p = tx.parcel(parcel_id)?.ok_or_else(|| {
                StoreError::NotFound(crate::tr!("desk-err-no-parcel", id = parcel_id.to_string()))
            })?;
            let st = tx.lock_claim(&p.claim_id)?.ok_or_else(|| {
                StoreError::NotFound(crate::tr!("desk-err-no-claim", id = p.claim_id.to_string()))
            })?;
            let submitted = parse_input(&p.claim_id, &st.input)?.submitted;
            let shipped = shipped_on.or(p.shipped_on);
            let received = received_on.or(p.received_on);
            check_days(submitted, shipped, received, today)?;
            tx.set_parcel_days(parcel_id, shipped, received)?;
            let at = now();
            let p = tx
                .parcel(parcel_id)?
                .ok_or(StoreError::Unfinished("the parcel just changed"))?;
            keep(tx, actor, &st, &p, "update_parcel", at)
        })?;
        self.parcel(parcel_id)
    }

    pub fn parcel(&self, parcel_id: i64) -> Result<Parcel> {
        self.read()?.parcel(parcel_id)?.ok_or_else(|| {
            StoreError::NotFound(crate::tr!("desk-err-no-parcel", id = parcel_id.to_string()))
        })
    }

    /// A claim's parcels, in the order recorded.
    pub fn parcels(&self, claim_id: &str) -> Result<Vec<Parcel>> {
        let id = normalize_id(claim_id);
        let mut r = self.read()?;
        if r.claim_state(&id)?.is_none() {
            return Err(StoreError::NotFound(crate::tr!(
                "desk-err-no-claim",
                id = id.to_string()
            )));
        }
        r.parcels(&id)
    }
}
