//! Claims: intake (the rules decide, the decision is kept with the claim),
//! the lifecycle of SPEC §4, completing a replacement, and reopening.
//!
//! Lifecycle (every step is one append-only `claim_events` row):
//! - intake: `submitted → approved | refused` (both events at once);
//! - replacement: `approved → awaiting_product → received → assessed →
//!   replacement_shipped → closed`; `express` may ship on receipt
//!   (`received → replacement_shipped`); `online`/`ssc` may after assessment
//!   take a paid repair (`assessed → paid_repair → closed`);
//! - extended warranty: `approved → awaiting_product → received → repaired → closed`;
//! - `refused → closed`. A supervisor (PIN) may reopen a refused claim, open
//!   or closed: it goes back to `submitted` and is decided again at once on its
//!   original application date with the plans as they are stored now
//!   (`submitted → approved | refused`).

use super::model::*;
use super::plans::{check_region, check_serial, load_unit, load_unit_by_id};
use super::sql::{self, Day, Ts};
use super::{Result, Store, StoreError, audit, now};
use crate::catalog::Catalog;
use crate::rules::codes::{Charge, PlanKind, RequestKind, ServiceChannel};
use crate::rules::plans::{base_replacements_left, plus_replacements_left};
use crate::rules::request::ClaimFacts;
use crate::rules::{Decision, Interpretation, RuleId, decide};
use chrono::{Datelike, NaiveDate, NaiveDateTime};
use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ValueRef};
use rusqlite::{Connection, OptionalExtension, params};

macro_rules! claim_columns {
    () => {
        "c.id, c.serial, p.model, c.kind, c.channel, c.status, c.approved, c.plan, c.rules,
         c.submitted_on, c.decided_on, c.updated_at, c.fee_cents, c.fee_currency,
         c.replacement_number, c.replacement_serial, c.reasons"
    };
}
macro_rules! claim_from {
    () => {
        " FROM claims c JOIN products p ON p.id = c.product_id"
    };
}

pub(super) const CLAIM_ROW_SELECT: &str = concat!("SELECT ", claim_columns!(), claim_from!());
const CLAIM_DETAIL_SELECT: &str = concat!(
    "SELECT ",
    claim_columns!(),
    ", c.approved, c.plan, c.interpretations, c.customer_pays, c.replacements_left_after,
       c.input, c.product_id",
    claim_from!(),
    " WHERE c.id = ?1"
);

/// A JSON column.
struct Json<T>(T);

impl<T: serde::de::DeserializeOwned> FromSql for Json<T> {
    fn column_result(v: ValueRef<'_>) -> FromSqlResult<Self> {
        let s = v.as_str()?;
        serde_json::from_str(s)
            .map(Json)
            .map_err(|e| FromSqlError::Other(Box::new(e)))
    }
}

pub(super) fn claim_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<ClaimRow> {
    let fee_cents: Option<i64> = r.get(12)?;
    let fee_currency: Option<String> = r.get(13)?;
    Ok(ClaimRow {
        id: r.get(0)?,
        serial: r.get(1)?,
        model: r.get(2)?,
        kind: r.get(3)?,
        channel: r.get(4)?,
        status: r.get(5)?,
        approved: r.get(6)?,
        plan: r.get(7)?,
        rules: r.get::<_, Json<Vec<String>>>(8)?.0,
        submitted_on: r.get::<_, Day>(9)?.0,
        decided_on: r.get::<_, Day>(10)?.0,
        updated_at: r.get::<_, Ts>(11)?.0,
        fee: fee_cents
            .zip(fee_currency)
            .map(|(cents, currency)| Money { cents, currency }),
        replacement_number: r.get(14)?,
        replacement_serial: r.get(15)?,
        reasons: r.get::<_, Json<Vec<String>>>(16)?.0,
    })
}

impl ClaimKind {
    fn request_kind(self) -> RequestKind {
        match self {
            ClaimKind::Replacement => RequestKind::Replacement,
            ClaimKind::ExtendedWarranty => RequestKind::ExtendedWarranty,
        }
    }
}

/// The next status for an action, or `None` when the lifecycle forbids it.
pub fn transition(
    status: ClaimStatus,
    action: &ClaimAction,
    kind: ClaimKind,
    channel: ServiceChannel,
) -> Option<ClaimStatus> {
    use ClaimAction as A;
    use ClaimStatus as S;
    let replacement = kind == ClaimKind::Replacement;
    Some(match (status, action) {
        (S::Approved, A::AwaitProduct) => S::AwaitingProduct,
        (S::AwaitingProduct, A::Receive) => S::Received,
        (S::Received, A::Assess) if replacement => S::Assessed,
        (S::Received, A::ShipReplacement { .. })
            if replacement && channel == ServiceChannel::Express =>
        {
            S::ReplacementShipped
        }
        (S::Assessed, A::ShipReplacement { .. }) => S::ReplacementShipped,
        (S::Assessed, A::ChoosePaidRepair) if channel != ServiceChannel::Express => S::PaidRepair,
        (S::Received, A::Repair) if !replacement => S::Repaired,
        (S::ReplacementShipped | S::PaidRepair | S::Repaired | S::Refused, A::Close) => S::Closed,
        _ => return None,
    })
}

/// The actions the lifecycle allows next (`ShipReplacement` with an empty serial to fill in).
pub fn next_actions(
    status: ClaimStatus,
    kind: ClaimKind,
    channel: ServiceChannel,
) -> Vec<ClaimAction> {
    [
        ClaimAction::AwaitProduct,
        ClaimAction::Receive,
        ClaimAction::Assess,
        ClaimAction::ShipReplacement {
            new_serial: String::new(),
        },
        ClaimAction::ChoosePaidRepair,
        ClaimAction::Repair,
        ClaimAction::Close,
    ]
    .into_iter()
    .filter(|a| transition(status, a, kind, channel).is_some())
    .collect()
}

/// Checks the claim input against the catalog and turns it into rule facts.
fn claim_facts(catalog: &Catalog, input: &ClaimInput) -> Result<ClaimFacts> {
    let service_region = check_region(catalog, "claim.service_region", input.service_region)?;
    if input.parts.is_empty() {
        return Err(StoreError::Invalid(
            "claim.parts: name at least one part".into(),
        ));
    }
    if let Some((p, _)) = input.parts.iter().find(|(_, q)| **q == 0) {
        return Err(StoreError::Invalid(format!(
            "claim.parts.{p}: quantity must be at least 1"
        )));
    }
    if let Some(shipped) = input.shipped
        && shipped < input.submitted
    {
        return Err(StoreError::Invalid(format!(
            "claim.shipped ({shipped}) is before claim.submitted ({})",
            input.submitted
        )));
    }
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

fn fee_for(conn: &Connection, model: &str, n: u32) -> Result<Option<Money>> {
    Ok(conn
        .prepare_cached(
            "SELECT amount_cents, currency FROM fee_schedule WHERE model = ?1 AND replacement_number = ?2",
        )?
        .query_row(params![model, n], |r| {
            Ok(Money {
                cents: r.get(0)?,
                currency: r.get(1)?,
            })
        })
        .optional()?)
}

/// Decides a claim from the stored rows; writes nothing.
fn preview(
    conn: &Connection,
    catalog: &Catalog,
    unit: &super::plans::Unit,
    kind: ClaimKind,
    input: &ClaimInput,
    on: NaiveDate,
) -> Result<ClaimPreview> {
    let facts = claim_facts(catalog, input)?;
    let decision = decide(
        catalog,
        &unit.request(kind.request_kind(), on, None, Some(facts), false),
    );
    let (fee, replacement_number) = if kind == ClaimKind::Replacement {
        // The n-th replacement of the product across CR and CR+.
        let n = unit.replacements_used() + 1;
        (fee_for(conn, &unit.product.model, n)?, Some(n))
    } else {
        (None, None)
    };
    Ok(ClaimPreview {
        decision,
        fee,
        replacement_number,
    })
}

fn ids<T>(v: &[T], f: impl Fn(&T) -> &'static str) -> String {
    serde_json::to_string(&v.iter().map(f).collect::<Vec<_>>()).unwrap_or_else(|_| "[]".into())
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

fn append_event(
    conn: &Connection,
    id: &str,
    at: NaiveDateTime,
    actor: i64,
    from: Option<ClaimStatus>,
    to: ClaimStatus,
    note: &str,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO claim_events (claim_id, at, staff_id, from_status, to_status, note)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![id, sql::ts(at), actor, from, to, note])?;
    Ok(())
}

/// Takes a claim in (inside the caller's write transaction); returns its id.
#[allow(clippy::too_many_arguments)]
pub(super) fn file_claim_in(
    conn: &Connection,
    catalog: &Catalog,
    actor: i64,
    serial: &str,
    kind: ClaimKind,
    input: &ClaimInput,
    on: NaiveDate,
    at: NaiveDateTime,
) -> Result<String> {
    let unit = load_unit(conn, catalog, serial)?;
    if unit.product.status == ProductStatus::Reclaimed {
        return Err(StoreError::Invalid(format!(
            "unit {} was reclaimed by DJI; take the claim on its replacement {}",
            unit.product.serial,
            unit.product.replaced_by.as_deref().unwrap_or("(unknown)")
        )));
    }
    let p = preview(conn, catalog, &unit, kind, input, on)?;
    let d = &p.decision;
    let fee = p
        .fee
        .filter(|_| d.approved() && d.customer_pays.contains(&Charge::ReplacementFee));
    let year = on.year();
    let seq: i64 = conn
        .prepare_cached(
            "INSERT INTO claim_counters (year, last) VALUES (?1, 1)
             ON CONFLICT (year) DO UPDATE SET last = last + 1 RETURNING last",
        )?
        .query_row([year], |r| r.get(0))?;
    let id = format!("CL-{year:04}-{seq:06}");
    let status = if d.approved() {
        ClaimStatus::Approved
    } else {
        ClaimStatus::Refused
    };
    let input_json = serde_json::to_string(input)
        .map_err(|e| StoreError::Invalid(format!("claim input: {e}")))?;
    conn.prepare_cached(
        "INSERT INTO claims (id, product_id, serial, kind, channel, status, approved, plan, rules,
            interpretations, customer_pays, replacements_left_after, input, submitted_on, decided_on,
            fee_cents, fee_currency, replacement_number, created_by, created_at, updated_at, reasons)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?20, ?21)",
    )?
    .execute(params![
        id,
        unit.product.id,
        unit.product.serial,
        kind,
        input.channel,
        status,
        d.approved(),
        d.plan,
        ids(&d.failed, |r| r.id()),
        ids(&d.interpretations, |i| i.id()),
        ids(&d.customer_pays, |c| c.code()),
        d.replacements_left_after,
        input_json,
        Day(input.submitted),
        Day(on),
        fee.as_ref().map(|f| f.cents),
        fee.as_ref().map(|f| f.currency.clone()),
        p.replacement_number,
        actor,
        sql::ts(at),
        ids(&d.failed, |r| r.reason()),
    ])?;
    append_event(
        conn,
        &id,
        at,
        actor,
        None,
        ClaimStatus::Submitted,
        "taken in",
    )?;
    append_event(
        conn,
        &id,
        at,
        actor,
        Some(ClaimStatus::Submitted),
        status,
        &decision_note(d),
    )?;
    audit(
        conn,
        Some(actor),
        at,
        "file_claim",
        &id,
        serde_json::json!({
            "serial": unit.product.serial, "kind": kind, "on": sql::day(on),
            "decision": d.to_wire(),
        }),
    )?;
    Ok(id)
}

/// The stored state of a claim that the lifecycle needs.
struct ClaimState {
    product_id: i64,
    kind: ClaimKind,
    channel: ServiceChannel,
    status: ClaimStatus,
    approved: bool,
    plan: Option<PlanKind>,
    input: String,
    decided_on: NaiveDate,
}

fn claim_state(conn: &Connection, id: &str) -> Result<ClaimState> {
    conn.prepare_cached(
        "SELECT product_id, kind, channel, status, approved, plan, input, decided_on FROM claims WHERE id = ?1",
    )?
    .query_row([id], |r| {
        Ok(ClaimState {
            product_id: r.get(0)?,
            kind: r.get(1)?,
            channel: r.get(2)?,
            status: r.get(3)?,
            approved: r.get(4)?,
            plan: r.get(5)?,
            input: r.get(6)?,
            decided_on: r.get::<_, Day>(7)?.0,
        })
    })
    .optional()?
    .ok_or_else(|| StoreError::NotFound(format!("no claim `{id}`")))
}

fn normalize_id(id: &str) -> String {
    id.trim().to_ascii_uppercase()
}

/// One lifecycle step (inside the caller's write transaction).
pub(super) fn advance_in(
    conn: &Connection,
    catalog: &Catalog,
    actor: i64,
    id: &str,
    action: &ClaimAction,
    note: &str,
    at: NaiveDateTime,
) -> Result<()> {
    let st = claim_state(conn, id)?;
    let Some(to) = transition(st.status, action, st.kind, st.channel) else {
        return Err(StoreError::IllegalTransition {
            from: st.status,
            action: action.clone(),
        });
    };
    let mut details = serde_json::json!({ "from": st.status, "to": to, "note": note });
    match action {
        ClaimAction::ShipReplacement { new_serial } => {
            let new_serial = ship_replacement(conn, catalog, actor, id, &st, new_serial)?;
            details["new_serial"] = new_serial.into();
        }
        ClaimAction::Repair => {
            let unit = load_unit_by_id(conn, catalog, st.product_id)?;
            let Some(plus_id) = unit.plus_id else {
                return Err(StoreError::Invalid(format!(
                    "{} has no Care Refresh+ to count the repair on",
                    unit.product.serial
                )));
            };
            conn.execute(
                "UPDATE plus_plans SET warranty_repairs_used = warranty_repairs_used + 1 WHERE id = ?1",
                [plus_id],
            )?;
        }
        _ => {}
    }
    // Conditional on the status read above: a concurrent step cannot be lost.
    let n = conn
        .prepare_cached(
            "UPDATE claims SET status = ?3, updated_at = ?4 WHERE id = ?1 AND status = ?2",
        )?
        .execute(params![id, st.status, to, sql::ts(at)])?;
    if n != 1 {
        return Err(StoreError::IllegalTransition {
            from: st.status,
            action: action.clone(),
        });
    }
    append_event(conn, id, at, actor, Some(st.status), to, note)?;
    audit(conn, Some(actor), at, action.code(), id, details)?;
    Ok(())
}

/// Completes a replacement: counts it on the plan in effect, binds the new
/// serial to the same plans (the shared CR plan row), reclaims the old unit.
fn ship_replacement(
    conn: &Connection,
    catalog: &Catalog,
    actor: i64,
    id: &str,
    st: &ClaimState,
    new_serial: &str,
) -> Result<String> {
    let new_serial = check_serial(new_serial)?;
    let unit = load_unit_by_id(conn, catalog, st.product_id)?;
    if unit.product.status == ProductStatus::Reclaimed {
        return Err(StoreError::Invalid(format!(
            "unit {} was already reclaimed (replaced by {})",
            unit.product.serial,
            unit.product.replaced_by.as_deref().unwrap_or("?")
        )));
    }
    let exists: Option<i64> = conn
        .query_row(
            "SELECT id FROM products WHERE serial = ?1",
            [&new_serial],
            |r| r.get(0),
        )
        .optional()?;
    if exists.is_some() {
        return Err(StoreError::Invalid(format!(
            "a product with serial `{new_serial}` already exists; the replacement needs a new serial"
        )));
    }
    // Re-check under the write lock that the plan in effect has one left.
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
    match (st.plan, &unit.base, &unit.plus) {
        (Some(PlanKind::CareRefresh), Some(b), _) => {
            if base_replacements_left(b) == 0 || b.withdrawn {
                return Err(none_left(PlanKind::CareRefresh, b.withdrawn));
            }
            conn.execute(
                "UPDATE base_plans SET replacements_used = replacements_used + 1 WHERE id = ?1",
                [unit.base_plan_id],
            )?;
        }
        (Some(PlanKind::CareRefreshPlus), Some(b), Some(p)) => {
            if plus_replacements_left(catalog, b, p) == 0 || p.withdrawn {
                return Err(none_left(PlanKind::CareRefreshPlus, p.withdrawn));
            }
            conn.execute(
                "UPDATE plus_plans SET replacements_used = replacements_used + 1 WHERE id = ?1",
                [unit.plus_id],
            )?;
        }
        _ => {
            return Err(StoreError::Invalid(format!(
                "claim {id} has no plan to count the replacement on"
            )));
        }
    }
    conn.execute(
        "INSERT INTO products (serial, model, channel, region, replaces, base_plan_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            new_serial,
            unit.product.model,
            unit.product.channel,
            unit.product.region,
            unit.product.serial,
            unit.base_plan_id
        ],
    )?;
    let n = conn.execute(
        "UPDATE products SET status = 'reclaimed', replaced_by = ?2 WHERE id = ?1 AND status = 'active'",
        params![unit.product.id, new_serial],
    )?;
    if n != 1 {
        return Err(StoreError::Invalid(format!(
            "unit {} was already reclaimed",
            unit.product.serial
        )));
    }
    conn.execute(
        "UPDATE claims SET replacement_serial = ?2 WHERE id = ?1",
        params![id, new_serial],
    )?;
    let _ = actor;
    Ok(new_serial)
}

fn parse_decision(
    approved: bool,
    plan: Option<PlanKind>,
    rules: &[String],
    interpretations: &[String],
    pays: &[String],
    left: Option<u32>,
) -> Result<Decision> {
    let bad = |what: &str, v: &str| StoreError::Corrupt(format!("unknown {what} `{v}`"));
    let failed = rules
        .iter()
        .map(|r| RuleId::from_id(r).ok_or_else(|| bad("rule", r)))
        .collect::<Result<Vec<_>>>()?;
    if failed.is_empty() != approved {
        return Err(StoreError::Corrupt(
            "claim decision does not match its rules".into(),
        ));
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

/// Fixed SQL for each sortable column (no SQL from user text).
fn order_by(sort: ClaimSort) -> &'static str {
    match (sort.column, sort.descending) {
        (ClaimColumn::Id, false) => "c.id ASC",
        (ClaimColumn::Id, true) => "c.id DESC",
        (ClaimColumn::Serial, false) => "c.serial ASC, c.id ASC",
        (ClaimColumn::Serial, true) => "c.serial DESC, c.id DESC",
        (ClaimColumn::Model, false) => "p.model ASC, c.id ASC",
        (ClaimColumn::Model, true) => "p.model DESC, c.id DESC",
        (ClaimColumn::Kind, false) => "c.kind ASC, c.id ASC",
        (ClaimColumn::Kind, true) => "c.kind DESC, c.id DESC",
        (ClaimColumn::Status, false) => "c.status ASC, c.id ASC",
        (ClaimColumn::Status, true) => "c.status DESC, c.id DESC",
        (ClaimColumn::Decided, false) => "c.decided_on ASC, c.id ASC",
        (ClaimColumn::Decided, true) => "c.decided_on DESC, c.id DESC",
        (ClaimColumn::Updated, false) => "c.updated_at ASC, c.id ASC",
        (ClaimColumn::Updated, true) => "c.updated_at DESC, c.id DESC",
    }
}

/// The WHERE clause of a filter: fixed text, values as numbered parameters.
pub(super) const FILTER_WHERE: &str = "WHERE (?1 IS NULL OR c.status = ?1)
    AND (?2 IS NULL OR c.kind = ?2)
    AND (?3 IS NULL OR c.decided_on >= ?3)
    AND (?4 IS NULL OR c.decided_on <= ?4)
    AND (?5 IS NULL OR instr(c.serial, ?5) > 0 OR instr(c.id, ?5) > 0)";

pub(super) fn filter_params(f: &ClaimFilter) -> [Box<dyn rusqlite::ToSql>; 5] {
    [
        Box::new(f.status),
        Box::new(f.kind),
        Box::new(f.from.map(Day)),
        Box::new(f.to.map(Day)),
        Box::new(
            f.serial
                .as_deref()
                .map(|s| s.trim().to_ascii_uppercase())
                .filter(|s| !s.is_empty()),
        ),
    ]
}

impl Store {
    /// What intake would decide, with the fee; writes nothing.
    pub fn preview_claim(
        &self,
        serial: &str,
        kind: ClaimKind,
        input: &ClaimInput,
        on: NaiveDate,
    ) -> Result<ClaimPreview> {
        let unit = load_unit(&self.conn, &self.catalog, serial)?;
        preview(&self.conn, &self.catalog, &unit, kind, input, on)
    }

    /// Takes a claim in: the rules decide at once, and the claim is kept
    /// approved or refused with its rule IDs, reasons and interpretations.
    pub fn file_claim(
        &mut self,
        actor: i64,
        serial: &str,
        kind: ClaimKind,
        input: &ClaimInput,
        on: NaiveDate,
    ) -> Result<ClaimDetail> {
        let catalog = self.catalog.clone();
        let tx = self.write()?;
        let id = file_claim_in(&tx, &catalog, actor, serial, kind, input, on, now())?;
        tx.commit()?;
        self.claim(&id)
    }

    pub fn claim(&self, id: &str) -> Result<ClaimDetail> {
        let id = normalize_id(id);
        type Extra = (
            bool,
            Option<PlanKind>,
            Vec<String>,
            Vec<String>,
            Option<u32>,
            String,
            i64,
        );
        let (row, extra): (ClaimRow, Extra) = self
            .conn
            .prepare_cached(CLAIM_DETAIL_SELECT)?
            .query_row([&id], |r| {
                Ok((
                    claim_row(r)?,
                    (
                        r.get(17)?,
                        r.get(18)?,
                        r.get::<_, Json<Vec<String>>>(19)?.0,
                        r.get::<_, Json<Vec<String>>>(20)?.0,
                        r.get(21)?,
                        r.get(22)?,
                        r.get(23)?,
                    ),
                ))
            })
            .optional()?
            .ok_or_else(|| StoreError::NotFound(format!("no claim `{id}`")))?;
        let (approved, plan, interps, pays, left, input, product_id) = extra;
        let decision = parse_decision(approved, plan, &row.rules, &interps, &pays, left)?;
        let input: ClaimInput = serde_json::from_str(&input)
            .map_err(|e| StoreError::Corrupt(format!("claim {id} input: {e}")))?;
        let product = load_unit_by_id(&self.conn, &self.catalog, product_id)?.product;
        let mut st = self.conn.prepare_cached(
            "SELECT e.at, s.name, e.from_status, e.to_status, e.note FROM claim_events e
             JOIN staff s ON s.id = e.staff_id WHERE e.claim_id = ?1 ORDER BY e.id",
        )?;
        let events = st
            .query_map([&id], |r| {
                Ok(ClaimEvent {
                    at: r.get::<_, Ts>(0)?.0,
                    who: r.get(1)?,
                    from: r.get(2)?,
                    to: r.get(3)?,
                    note: r.get(4)?,
                })
            })?
            .collect::<Result<Vec<_>, _>>()?;
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
        let mut st = self.conn.prepare_cached(&format!(
            "{CLAIM_ROW_SELECT} {FILTER_WHERE} ORDER BY {} LIMIT ?6 OFFSET ?7",
            order_by(sort)
        ))?;
        let [a, b, c, d, e] = filter_params(filter);
        let rows = st.query_map(
            params![a, b, c, d, e, limit as i64, offset as i64],
            claim_row,
        )?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    pub fn count_claims(&self, filter: &ClaimFilter) -> Result<usize> {
        let mut st = self.conn.prepare_cached(&format!(
            "SELECT COUNT(*) FROM claims c JOIN products p ON p.id = c.product_id {FILTER_WHERE}"
        ))?;
        let [a, b, c, d, e] = filter_params(filter);
        let n: i64 = st.query_row(params![a, b, c, d, e], |r| r.get(0))?;
        Ok(n as usize)
    }

    /// One lifecycle step; illegal steps are refused (`IllegalTransition`).
    pub fn advance_claim(
        &mut self,
        actor: i64,
        id: &str,
        action: ClaimAction,
        note: &str,
    ) -> Result<ClaimDetail> {
        let catalog = self.catalog.clone();
        let id = normalize_id(id);
        let tx = self.write()?;
        advance_in(&tx, &catalog, actor, &id, &action, note.trim(), now())?;
        tx.commit()?;
        self.claim(&id)
    }

    /// Reopens a refused claim (supervisor and PIN, with a note): back to
    /// `submitted`, then decided again on its original application date with
    /// the plans as stored now.
    pub fn reopen_claim(
        &mut self,
        supervisor: i64,
        pin: &str,
        id: &str,
        note: &str,
    ) -> Result<ClaimDetail> {
        let catalog = self.catalog.clone();
        let id = normalize_id(id);
        let note = note.trim();
        if let Err(e) = super::plans::verify_supervisor(&self.conn, supervisor, pin) {
            self.audit_denied(supervisor, "reopen_claim", &id, &e)?;
            return Err(e);
        }
        let tx = self.write()?;
        if note.is_empty() {
            return Err(StoreError::Invalid(
                "reopening a claim needs a note saying why".into(),
            ));
        }
        let st = claim_state(&tx, &id)?;
        if st.approved || !matches!(st.status, ClaimStatus::Refused | ClaimStatus::Closed) {
            return Err(StoreError::NotAllowed(format!(
                "only a refused claim can be reopened; {id} is {}{}",
                st.status.label().to_lowercase(),
                if st.approved { " (approved)" } else { "" }
            )));
        }
        let unit = load_unit_by_id(&tx, &catalog, st.product_id)?;
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
        let input: ClaimInput = serde_json::from_str(&st.input)
            .map_err(|e| StoreError::Corrupt(format!("claim {id} input: {e}")))?;
        let p = preview(&tx, &catalog, &unit, st.kind, &input, st.decided_on)?;
        let d = &p.decision;
        let fee = p
            .fee
            .filter(|_| d.approved() && d.customer_pays.contains(&Charge::ReplacementFee));
        let to = if d.approved() {
            ClaimStatus::Approved
        } else {
            ClaimStatus::Refused
        };
        let at = now();
        tx.execute(
            "UPDATE claims SET status = ?2, approved = ?3, plan = ?4, rules = ?5, interpretations = ?6,
                customer_pays = ?7, replacements_left_after = ?8, fee_cents = ?9, fee_currency = ?10,
                replacement_number = ?11, updated_at = ?12, reasons = ?13
             WHERE id = ?1",
            params![
                id,
                to,
                d.approved(),
                d.plan,
                ids(&d.failed, |r| r.id()),
                ids(&d.interpretations, |i| i.id()),
                ids(&d.customer_pays, |c| c.code()),
                d.replacements_left_after,
                fee.as_ref().map(|f| f.cents),
                fee.as_ref().map(|f| f.currency.clone()),
                p.replacement_number,
                sql::ts(at),
                ids(&d.failed, |r| r.reason()),
            ],
        )?;
        append_event(
            &tx,
            &id,
            at,
            supervisor,
            Some(st.status),
            ClaimStatus::Submitted,
            &format!("reopened: {note}"),
        )?;
        append_event(
            &tx,
            &id,
            at,
            supervisor,
            Some(ClaimStatus::Submitted),
            to,
            &decision_note(d),
        )?;
        audit(
            &tx,
            Some(supervisor),
            at,
            "reopen_claim",
            &id,
            serde_json::json!({ "from": st.status, "note": note, "decision": d.to_wire() }),
        )?;
        tx.commit()?;
        self.claim(&id)
    }
}
