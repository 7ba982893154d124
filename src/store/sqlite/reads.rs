//! Typed reads on SQLite: the same on a read connection and inside a write
//! transaction (which sees its own writes).

use super::Conn;
use super::rows::{Day, Json, Ts, parse_ts, staff_row};
use crate::rules::{PlanKind, Region};
use crate::store::*;
use chrono::NaiveDate;
use rusqlite::{OptionalExtension, params};
use std::collections::HashMap;
use std::sync::LazyLock;

/// Product, CR plan and CR+ columns, in `unit_at`'s order.
pub(super) const UNIT_COLUMNS: &str = "p.id, p.serial, p.model, p.channel, p.region, p.status,
        p.replaced_by, p.replaces, p.base_plan_id,
        b.term, b.region, b.starts, b.ends, b.replacements_total, b.replacements_used, b.withdrawn_on,
        x.id, x.region, x.bought, x.starts, x.ends, x.replacements_used, x.warranty_repairs_used,
        x.withdrawn_on, x.returned_on, x.card_code";
pub(super) const UNIT_JOINS: &str = "LEFT JOIN base_plans b ON b.id = p.base_plan_id
    LEFT JOIN plus_plans x ON x.base_plan_id = b.id";

/// Reads a unit whose columns start at `at`.
pub(super) fn unit_at(r: &rusqlite::Row<'_>, at: usize) -> rusqlite::Result<UnitRecord> {
    let base_plan_id: Option<i64> = r.get(at + 8)?;
    let product = ProductRow {
        id: r.get(at)?,
        serial: r.get(at + 1)?,
        model: r.get(at + 2)?,
        channel: r.get(at + 3)?,
        region: r.get(at + 4)?,
        status: r.get(at + 5)?,
        replaced_by: r.get(at + 6)?,
        replaces: r.get(at + 7)?,
        base_plan_id,
    };
    let base = match (
        base_plan_id,
        r.get::<_, Option<crate::rules::Term>>(at + 9)?,
    ) {
        (Some(id), Some(term)) => Some(BaseRow {
            id,
            term,
            region: r.get(at + 10)?,
            starts: r.get::<_, Day>(at + 11)?.0,
            ends: r.get::<_, Day>(at + 12)?.0,
            replacements_total: r.get(at + 13)?,
            replacements_used: r.get(at + 14)?,
            withdrawn_on: r.get::<_, Option<Day>>(at + 15)?.map(|d| d.0),
        }),
        _ => None,
    };
    let plus = match r.get::<_, Option<i64>>(at + 16)? {
        None => None,
        Some(id) => Some(PlusRow {
            id,
            region: r.get(at + 17)?,
            bought: r.get::<_, Day>(at + 18)?.0,
            starts: r.get::<_, Day>(at + 19)?.0,
            ends: r.get::<_, Day>(at + 20)?.0,
            replacements_used: r.get(at + 21)?,
            warranty_repairs_used: r.get(at + 22)?,
            withdrawn_on: r.get::<_, Option<Day>>(at + 23)?.map(|d| d.0),
            returned_on: r.get::<_, Option<Day>>(at + 24)?.map(|d| d.0),
            card_code: r.get(at + 25)?,
        }),
    };
    Ok(UnitRecord {
        product,
        base,
        plus,
    })
}

macro_rules! claim_columns {
    () => {
        "c.id, c.serial, p.model, c.kind, c.channel, c.status, c.approved, c.plan, c.rules,
         c.submitted_on, c.decided_on, c.updated_at, c.fee_cents, c.fee_currency,
         c.replacement_number, c.replacement_serial, c.reasons, c.ship_by, c.shipped_on"
    };
}

/// Columns of `claim_columns!`.
const CLAIM_WIDTH: usize = 19;

pub(super) const CLAIM_ROW_SELECT: &str = concat!(
    "SELECT ",
    claim_columns!(),
    " FROM claims c JOIN products p ON p.id = c.product_id"
);

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
        ship_by: r.get::<_, Option<Day>>(17)?.map(|d| d.0),
        shipped_on: r.get::<_, Option<Day>>(18)?.map(|d| d.0),
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

/// Whether a claim (`c`) is in a work queue on the day `as_of` (an SQL
/// expression): the SQL of `ClaimQueue::holds`, which the conformance tests
/// compare it with.
fn queue_predicate(q: ClaimQueue, as_of: &str) -> String {
    let late = format!(
        "(c.approved = 1 AND c.status IN ('approved','awaiting_product')
          AND c.ship_by IS NOT NULL AND COALESCE(c.shipped_on, {as_of}) > c.ship_by)"
    );
    let express = "(c.kind = 'replacement' AND c.channel = 'express')";
    match q {
        ClaimQueue::Overdue => late,
        ClaimQueue::AwaitingProduct => format!(
            "(c.approved = 1 AND c.status IN ('approved','awaiting_product') AND NOT {late})"
        ),
        ClaimQueue::Received => format!("(c.status = 'received' AND NOT {express})"),
        ClaimQueue::Assessed => "(c.status = 'assessed')".into(),
        ClaimQueue::ReadyToShip => format!(
            "((c.status = 'received' AND {express}) OR c.status IN ('repaired','paid_repair'))"
        ),
        ClaimQueue::Open => "(c.status <> 'closed')".into(),
    }
}

/// The WHERE clause of a filter: fixed text, values as numbered parameters
/// (?6 a queue code, ?7 the day it is judged on).
static FILTER_WHERE: LazyLock<String> = LazyLock::new(|| {
    let mut queue = String::from("CASE ?6");
    for q in ClaimQueue::ALL {
        queue += &format!(" WHEN '{}' THEN {}", q.code(), queue_predicate(*q, "?7"));
    }
    queue += " END";
    format!(
        "WHERE (?1 IS NULL OR c.status = ?1)
    AND (?2 IS NULL OR c.kind = ?2)
    AND (?3 IS NULL OR c.decided_on >= ?3)
    AND (?4 IS NULL OR c.decided_on <= ?4)
    AND (?5 IS NULL OR instr(c.serial, ?5) > 0 OR instr(c.id, ?5) > 0)
    AND (?6 IS NULL OR {queue})"
    )
});

/// The claims that hold a replacement ([`ClaimStatus::holds_replacement`]).
static HOLDING: LazyLock<String> = LazyLock::new(|| {
    let statuses: Vec<String> = ClaimStatus::ALL
        .iter()
        .filter(|s| s.holds_replacement())
        .map(|s| format!("'{}'", s.code()))
        .collect();
    format!(
        "c.kind = 'replacement' AND c.approved = 1 AND c.status IN ({})",
        statuses.join(",")
    )
});

fn filter_params(f: &ClaimFilter) -> [Box<dyn rusqlite::ToSql>; 7] {
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
        Box::new(f.queue.map(|q| q.queue.code())),
        Box::new(f.queue.map(|q| Day(q.as_of))),
    ]
}

const PARCEL_SELECT: &str = "SELECT p.id, p.claim_id, p.direction, p.carrier, p.tracking,
        p.shipped_on, p.received_on, p.recorded_at, s.name
    FROM parcels p JOIN staff s ON s.id = p.staff_id";

fn parcel_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Parcel> {
    Ok(Parcel {
        id: r.get(0)?,
        claim_id: r.get(1)?,
        direction: r.get(2)?,
        carrier: r.get(3)?,
        tracking: r.get(4)?,
        shipped_on: r.get::<_, Option<Day>>(5)?.map(|d| d.0),
        received_on: r.get::<_, Option<Day>>(6)?.map(|d| d.0),
        recorded_at: r.get::<_, Ts>(7)?.0,
        recorded_by: r.get(8)?,
    })
}

fn hit(r: &rusqlite::Row<'_>) -> rusqlite::Result<SearchHit> {
    Ok(SearchHit {
        serial: r.get(0)?,
        model: r.get(1)?,
        claim_id: None,
    })
}

fn card_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<ActivationCard> {
    Ok(ActivationCard {
        code: r.get(0)?,
        region: r.get(1)?,
        bound_serial: r.get(2)?,
        bound_on: r.get::<_, Option<Day>>(3)?.map(|d| d.0),
        bound_by: r.get(4)?,
    })
}

/// Typed reads over a connection or a transaction (`Db(SqliteRead)`,
/// `Db(SqliteTxn)`): one implementation for both.
pub(crate) struct Db<C>(pub C);

impl<C: Conn> Conn for Db<C> {
    fn c(&self) -> &rusqlite::Connection {
        self.0.c()
    }
}

fn count(conn: &rusqlite::Connection, sql: &str) -> Result<u64> {
    let n: i64 = conn.query_row(sql, [], |r| r.get(0))?;
    Ok(u64::try_from(n).unwrap_or(0))
}

impl<C: Conn> Reads for Db<C> {
    fn is_empty(&mut self) -> Result<bool> {
        let any: Option<i64> = self
            .c()
            .query_row("SELECT id FROM products LIMIT 1", [], |r| r.get(0))
            .optional()?;
        Ok(any.is_none())
    }

    fn count_products(&mut self) -> Result<u64> {
        count(self.c(), "SELECT COUNT(*) FROM products")
    }

    fn max_product_id(&mut self) -> Result<i64> {
        Ok(self
            .c()
            .query_row("SELECT COALESCE(MAX(id), 0) FROM products", [], |r| {
                r.get(0)
            })?)
    }

    fn count_cards(&mut self) -> Result<u64> {
        count(self.c(), "SELECT COUNT(*) FROM activation_cards")
    }

    fn unit_by_serial(&mut self, serial: &str) -> Result<Option<UnitRecord>> {
        Ok(self
            .c()
            .prepare_cached(&format!(
                "SELECT {UNIT_COLUMNS} FROM products p {UNIT_JOINS} WHERE p.serial = ?1"
            ))?
            .query_row([serial], |r| unit_at(r, 0))
            .optional()?)
    }

    fn unit_by_id(&mut self, id: i64) -> Result<Option<UnitRecord>> {
        Ok(self
            .c()
            .prepare_cached(&format!(
                "SELECT {UNIT_COLUMNS} FROM products p {UNIT_JOINS} WHERE p.id = ?1"
            ))?
            .query_row([id], |r| unit_at(r, 0))
            .optional()?)
    }

    fn product_exists(&mut self, serial: &str) -> Result<bool> {
        let id: Option<i64> = self
            .c()
            .prepare_cached("SELECT id FROM products WHERE serial = ?1")?
            .query_row([serial], |r| r.get(0))
            .optional()?;
        Ok(id.is_some())
    }

    fn replaced_by(&mut self, serial: &str) -> Result<Option<String>> {
        Ok(self
            .c()
            .prepare_cached("SELECT replaced_by FROM products WHERE serial = ?1")?
            .query_row([serial], |r| r.get(0))
            .optional()?
            .flatten())
    }

    fn chain_claims(
        &mut self,
        product_id: i64,
        base_plan_id: Option<i64>,
    ) -> Result<Vec<ClaimRow>> {
        let mut st = self.c().prepare_cached(&format!(
            "{CLAIM_ROW_SELECT} WHERE c.product_id IN
                (SELECT id FROM products WHERE base_plan_id = ?2 UNION SELECT ?1)
             ORDER BY c.decided_on DESC, c.id DESC"
        ))?;
        let rows = st.query_map(params![product_id, base_plan_id], claim_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn held_replacements(
        &mut self,
        product_id: i64,
        base_plan_id: Option<i64>,
    ) -> Result<Vec<HeldReplacement>> {
        let mut st = self.c().prepare_cached(&format!(
            "SELECT c.id, c.plan FROM claims c WHERE c.product_id IN
                (SELECT id FROM products WHERE base_plan_id = ?2 UNION SELECT ?1)
               AND {} ORDER BY c.id",
            *HOLDING
        ))?;
        let rows = st.query_map(params![product_id, base_plan_id], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, Option<PlanKind>>(1)?))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (claim_id, plan) = row?;
            // An approved replacement is always made under a plan.
            let plan = plan.ok_or_else(|| {
                StoreError::Corrupt(format!("claim {claim_id} is approved without a plan"))
            })?;
            out.push(HeldReplacement { claim_id, plan });
        }
        Ok(out)
    }

    fn search_claims(&mut self, prefix: &str, limit: usize) -> Result<Vec<SearchHit>> {
        let mut st = self.c().prepare_cached(
            "SELECT c.serial, p.model, c.id FROM claims c JOIN products p ON p.id = c.product_id
             WHERE c.id >= ?1 AND c.id < ?1 || char(1114111) ORDER BY c.id LIMIT ?2",
        )?;
        let rows = st.query_map(params![prefix, limit as i64], |r| {
            Ok(SearchHit {
                serial: r.get(0)?,
                model: r.get(1)?,
                claim_id: Some(r.get(2)?),
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn search_serials(&mut self, prefix: &str, limit: usize) -> Result<Vec<SearchHit>> {
        let mut st = self.c().prepare_cached(
            "SELECT serial, model FROM products WHERE serial >= ?1 AND serial < ?1 || char(1114111)
             ORDER BY serial LIMIT ?2",
        )?;
        let rows = st.query_map(params![prefix, limit as i64], hit)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn serials_of_model(&mut self, model: &str, limit: usize) -> Result<Vec<SearchHit>> {
        let mut st = self.c().prepare_cached(
            "SELECT serial, model FROM products WHERE model = ?1 ORDER BY serial LIMIT ?2",
        )?;
        let rows = st.query_map(params![model, limit as i64], hit)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn staff(&mut self) -> Result<Vec<Staff>> {
        let mut st = self.c().prepare_cached(
            "SELECT id, name, role, pin_hash IS NOT NULL, locked_until FROM staff ORDER BY id",
        )?;
        let rows = st.query_map([], staff_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn staff_by_name(&mut self, name: &str) -> Result<Option<Staff>> {
        Ok(self
            .c()
            .prepare_cached(
                "SELECT id, name, role, pin_hash IS NOT NULL, locked_until FROM staff WHERE name = ?1",
            )?
            .query_row([name], staff_row)
            .optional()?)
    }

    fn staff_credentials(&mut self, id: i64) -> Result<Option<(Staff, Option<String>)>> {
        Ok(self
            .c()
            .prepare_cached(
                "SELECT id, name, role, pin_hash IS NOT NULL, locked_until, pin_hash FROM staff WHERE id = ?1",
            )?
            .query_row([id], |r| Ok((staff_row(r)?, r.get(5)?)))
            .optional()?)
    }

    fn sign_in_state(&mut self, staff_id: i64) -> Result<Option<SignInState>> {
        Ok(self
            .c()
            .prepare_cached(
                "SELECT id, name, role, pin_hash IS NOT NULL, locked_until, pin_hash, failed_pins
                 FROM staff WHERE id = ?1",
            )?
            .query_row([staff_id], |r| {
                Ok(SignInState {
                    staff: staff_row(r)?,
                    pin_hash: r.get(5)?,
                    wrong_pins: r.get(6)?,
                })
            })
            .optional()?)
    }

    fn setting(&mut self, key: Setting) -> Result<Option<String>> {
        Ok(self
            .c()
            .prepare_cached("SELECT value FROM settings WHERE key = ?1")?
            .query_row([key.key()], |r| r.get(0))
            .optional()?)
    }

    fn chain_head(&mut self, chain: chain::Chain) -> Result<Option<chain::ChainHead>> {
        Ok(self
            .c()
            .prepare_cached("SELECT rows, hash FROM chain_heads WHERE chain = ?1")?
            .query_row([chain.table()], |r| {
                Ok(chain::ChainHead {
                    rows: r.get::<_, i64>(0)?.max(0) as u64,
                    hash: r.get(1)?,
                })
            })
            .optional()?)
    }

    fn chain_rows(
        &mut self,
        chain: chain::Chain,
        after: i64,
        limit: usize,
    ) -> Result<Vec<chain::ChainRow>> {
        let limit = limit as i64;
        let c = self.c();
        let rows = match chain {
            chain::Chain::Audit => c
                .prepare_cached(
                    "SELECT id, prev_hash, hash, at, staff_id, action, subject, details
                     FROM audit_log WHERE id > ?1 ORDER BY id LIMIT ?2",
                )?
                .query_map(params![after, limit], |r| {
                    Ok(chain::ChainRow {
                        id: r.get(0)?,
                        prev_hash: r.get(1)?,
                        hash: r.get(2)?,
                        link: chain::Link::Audit {
                            at: r.get::<_, Ts>(3)?.0,
                            staff_id: r.get(4)?,
                            action: r.get(5)?,
                            subject: r.get(6)?,
                            details: r.get(7)?,
                        },
                    })
                })?
                .collect::<Result<Vec<_>, _>>()?,
            chain::Chain::Events => c
                .prepare_cached(
                    "SELECT id, prev_hash, hash, claim_id, at, staff_id, from_status, to_status, note
                     FROM claim_events WHERE id > ?1 ORDER BY id LIMIT ?2",
                )?
                .query_map(params![after, limit], |r| {
                    Ok(chain::ChainRow {
                        id: r.get(0)?,
                        prev_hash: r.get(1)?,
                        hash: r.get(2)?,
                        link: chain::Link::Event {
                            claim_id: r.get(3)?,
                            at: r.get::<_, Ts>(4)?.0,
                            staff_id: r.get(5)?,
                            from: r.get(6)?,
                            to: r.get(7)?,
                            note: r.get(8)?,
                        },
                    })
                })?
                .collect::<Result<Vec<_>, _>>()?,
        };
        Ok(rows)
    }

    fn fee_schedule(&mut self) -> Result<Vec<FeeRow>> {
        let mut st = self.c().prepare_cached(
            "SELECT model, region, replacement_number, amount_cents, currency FROM fee_schedule
             ORDER BY model, region, replacement_number",
        )?;
        let rows = st.query_map([], |r| {
            Ok(FeeRow {
                model: r.get(0)?,
                region: r.get(1)?,
                replacement_number: r.get(2)?,
                amount: Money {
                    cents: r.get(3)?,
                    currency: r.get(4)?,
                },
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn fee(&mut self, model: &str, region: Region, n: u32) -> Result<Option<Money>> {
        Ok(self
            .c()
            .prepare_cached(
                "SELECT amount_cents, currency FROM fee_schedule
                 WHERE model = ?1 AND region = ?2 AND replacement_number = ?3",
            )?
            .query_row(params![model, region, n], |r| {
                Ok(Money {
                    cents: r.get(0)?,
                    currency: r.get(1)?,
                })
            })
            .optional()?)
    }

    fn audit_log(&mut self, limit: usize) -> Result<Vec<AuditEntry>> {
        let mut st = self.c().prepare_cached(
            "SELECT a.id, a.at, COALESCE(s.name, 'system'), a.action, a.subject, a.details
             FROM audit_log a LEFT JOIN staff s ON s.id = a.staff_id
             ORDER BY a.id DESC LIMIT ?1",
        )?;
        let rows = st.query_map([limit as i64], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, String>(5)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (id, at, who, action, subject, details) = row?;
            out.push(AuditEntry {
                id,
                at: parse_ts(&at)?,
                who,
                action,
                subject,
                details: serde_json::from_str(&details)
                    .map_err(|e| StoreError::Corrupt(format!("audit {id}: {e}")))?,
            });
        }
        Ok(out)
    }

    fn activation_cards(&mut self, limit: usize) -> Result<Vec<ActivationCard>> {
        let mut st = self.c().prepare_cached(
            "SELECT a.code, a.region, a.bound_serial, a.bound_on, s.name
             FROM activation_cards a LEFT JOIN staff s ON s.id = a.bound_by
             ORDER BY a.bound_serial IS NOT NULL, a.code LIMIT ?1",
        )?;
        let rows = st.query_map([limit as i64], card_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn activation_card(&mut self, code: &str) -> Result<Option<ActivationCard>> {
        Ok(self
            .c()
            .prepare_cached(
                "SELECT a.code, a.region, a.bound_serial, a.bound_on, s.name
                 FROM activation_cards a LEFT JOIN staff s ON s.id = a.bound_by WHERE a.code = ?1",
            )?
            .query_row([code], card_row)
            .optional()?)
    }

    fn claim_state(&mut self, id: &str) -> Result<Option<ClaimState>> {
        claim_state(self.c(), id)
    }

    fn claim(&mut self, id: &str) -> Result<Option<StoredClaim>> {
        Ok(self
            .c()
            .prepare_cached(concat!(
                "SELECT ",
                claim_columns!(),
                ", c.interpretations, c.customer_pays, c.replacements_left_after, c.input, c.product_id
                 FROM claims c JOIN products p ON p.id = c.product_id WHERE c.id = ?1"
            ))?
            .query_row([id], |r| {
                const W: usize = CLAIM_WIDTH;
                Ok(StoredClaim {
                    row: claim_row(r)?,
                    interpretations: r.get::<_, Json<Vec<String>>>(W)?.0,
                    customer_pays: r.get::<_, Json<Vec<String>>>(W + 1)?.0,
                    replacements_left_after: r.get(W + 2)?,
                    input: r.get(W + 3)?,
                    product_id: r.get(W + 4)?,
                })
            })
            .optional()?)
    }

    fn claim_events(&mut self, id: &str) -> Result<Vec<ClaimEvent>> {
        let mut st = self.c().prepare_cached(
            "SELECT e.at, s.name, e.from_status, e.to_status, e.note FROM claim_events e
             JOIN staff s ON s.id = e.staff_id WHERE e.claim_id = ?1 ORDER BY e.id",
        )?;
        let rows = st.query_map([id], |r| {
            Ok(ClaimEvent {
                at: r.get::<_, Ts>(0)?.0,
                who: r.get(1)?,
                from: r.get(2)?,
                to: r.get(3)?,
                note: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn claims(
        &mut self,
        filter: &ClaimFilter,
        sort: ClaimSort,
        offset: usize,
        limit: usize,
    ) -> Result<Vec<ClaimRow>> {
        let mut st = self.c().prepare_cached(&format!(
            "{CLAIM_ROW_SELECT} {} ORDER BY {} LIMIT ?8 OFFSET ?9",
            *FILTER_WHERE,
            order_by(sort)
        ))?;
        let [a, b, c, d, e, f, g] = filter_params(filter);
        let rows = st.query_map(
            params![a, b, c, d, e, f, g, limit as i64, offset as i64],
            claim_row,
        )?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn count_claims(&mut self, filter: &ClaimFilter) -> Result<usize> {
        let mut st = self.c().prepare_cached(&format!(
            "SELECT COUNT(*) FROM claims c JOIN products p ON p.id = c.product_id {}",
            *FILTER_WHERE
        ))?;
        let [a, b, c, d, e, f, g] = filter_params(filter);
        let n: i64 = st.query_row(params![a, b, c, d, e, f, g], |r| r.get(0))?;
        Ok(n as usize)
    }

    fn queue_counts(&mut self, as_of: NaiveDate) -> Result<QueueCounts> {
        static SQL: LazyLock<String> = LazyLock::new(|| {
            let sums: Vec<String> = ClaimQueue::ALL
                .iter()
                .map(|q| {
                    format!(
                        "COALESCE(SUM(CASE WHEN {} THEN 1 ELSE 0 END), 0)",
                        queue_predicate(*q, "?1")
                    )
                })
                .collect();
            format!(
                "SELECT {} FROM claims c WHERE c.status <> 'closed'",
                sums.join(", ")
            )
        });
        let mut st = self.c().prepare_cached(&SQL)?;
        let counts = st.query_row([Day(as_of)], |r| {
            let mut counts = QueueCounts::default();
            for (i, q) in ClaimQueue::ALL.iter().enumerate() {
                counts.set(*q, r.get::<_, i64>(i)? as usize);
            }
            Ok(counts)
        })?;
        Ok(counts)
    }

    fn parcels(&mut self, claim_id: &str) -> Result<Vec<Parcel>> {
        let mut st = self.c().prepare_cached(&format!(
            "{PARCEL_SELECT} WHERE p.claim_id = ?1 ORDER BY p.id"
        ))?;
        let rows = st.query_map([claim_id], parcel_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn parcel(&mut self, id: i64) -> Result<Option<Parcel>> {
        Ok(self
            .c()
            .prepare_cached(&format!("{PARCEL_SELECT} WHERE p.id = ?1"))?
            .query_row([id], parcel_row)
            .optional()?)
    }

    fn parcels_of(&mut self, ids: &[&str]) -> Result<HashMap<String, Vec<Parcel>>> {
        let mut out: HashMap<String, Vec<Parcel>> = HashMap::new();
        for chunk in ids.chunks(500) {
            let marks = vec!["?"; chunk.len()].join(",");
            let mut st = self.c().prepare_cached(&format!(
                "{PARCEL_SELECT} WHERE p.claim_id IN ({marks}) ORDER BY p.claim_id, p.id"
            ))?;
            let rows = st.query_map(rusqlite::params_from_iter(chunk.iter()), parcel_row)?;
            for row in rows {
                let p = row?;
                out.entry(p.claim_id.clone()).or_default().push(p);
            }
        }
        Ok(out)
    }

    fn upgrade_tasks(&mut self) -> Result<Vec<String>> {
        let mut st = self
            .c()
            .prepare_cached("SELECT task FROM upgrade_tasks ORDER BY task")?;
        let rows = st.query_map([], |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn claims_for_report(
        &mut self,
        filter: &ClaimFilter,
        only: Option<&str>,
        after: Option<&str>,
        limit: usize,
    ) -> Result<Vec<ReportRecord>> {
        let mut st = self.c().prepare_cached(&format!(
            "SELECT c.id, c.kind, c.status, c.approved, c.plan, c.rules, c.interpretations,
                c.customer_pays, c.replacements_left_after, c.input, c.submitted_on, c.decided_on,
                c.fee_cents, c.fee_currency, c.replacement_serial, c.ship_by, {UNIT_COLUMNS}
             FROM claims c JOIN products p ON p.id = c.product_id {UNIT_JOINS}
             {}
               AND (?8 IS NULL OR c.id = ?8) AND (?9 IS NULL OR c.id > ?9)
             ORDER BY c.id LIMIT ?10",
            *FILTER_WHERE
        ))?;
        let [a, b, c, d, e, f, g] = filter_params(filter);
        let rows = st.query_map(
            params![a, b, c, d, e, f, g, only, after, limit as i64],
            |r| {
                let fee_cents: Option<i64> = r.get(12)?;
                let fee_currency: Option<String> = r.get(13)?;
                Ok(ReportRecord {
                    id: r.get(0)?,
                    kind: r.get(1)?,
                    status: r.get(2)?,
                    approved: r.get(3)?,
                    plan: r.get(4)?,
                    rules: r.get::<_, Json<Vec<String>>>(5)?.0,
                    interpretations: r.get::<_, Json<Vec<String>>>(6)?.0,
                    customer_pays: r.get::<_, Json<Vec<String>>>(7)?.0,
                    replacements_left_after: r.get(8)?,
                    input: r.get(9)?,
                    submitted_on: r.get::<_, Day>(10)?.0,
                    decided_on: r.get::<_, Day>(11)?.0,
                    fee: fee_cents
                        .zip(fee_currency)
                        .map(|(cents, currency)| Money { cents, currency }),
                    replacement_serial: r.get(14)?,
                    ship_by: r.get::<_, Option<Day>>(15)?.map(|d| d.0),
                    unit: unit_at(r, 16)?,
                })
            },
        )?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn events_of(&mut self, ids: &[&str]) -> Result<HashMap<String, Vec<ClaimEvent>>> {
        let mut out: HashMap<String, Vec<ClaimEvent>> = HashMap::with_capacity(ids.len());
        // SQLite takes at most 32,766 parameters; stay far below.
        for chunk in ids.chunks(500) {
            let marks = vec!["?"; chunk.len()].join(",");
            let mut st = self.c().prepare_cached(&format!(
                "SELECT e.claim_id, e.at, s.name, e.from_status, e.to_status, e.note
                   FROM claim_events e JOIN staff s ON s.id = e.staff_id
                  WHERE e.claim_id IN ({marks}) ORDER BY e.claim_id, e.id"
            ))?;
            let rows = st.query_map(rusqlite::params_from_iter(chunk.iter()), |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    ClaimEvent {
                        at: r.get::<_, Ts>(1)?.0,
                        who: r.get(2)?,
                        from: r.get(3)?,
                        to: r.get(4)?,
                        note: r.get(5)?,
                    },
                ))
            })?;
            for row in rows {
                let (id, event) = row?;
                out.entry(id).or_default().push(event);
            }
        }
        Ok(out)
    }

    fn advice_of(&mut self, ids: &[&str]) -> Result<HashMap<String, AdviceRecord>> {
        let mut out = HashMap::with_capacity(ids.len());
        for chunk in ids.chunks(500) {
            let marks = vec!["?"; chunk.len()].join(",");
            let mut st = self.c().prepare_cached(&format!(
                "SELECT claim_id, advice FROM claim_advice WHERE claim_id IN ({marks})"
            ))?;
            let rows = st.query_map(rusqlite::params_from_iter(chunk.iter()), |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
            })?;
            for row in rows {
                let (id, text) = row?;
                let advice = parse_advice(&id, &text)?;
                out.insert(id, advice);
            }
        }
        Ok(out)
    }

    fn expiring_base(
        &mut self,
        after: NaiveDate,
        until: NaiveDate,
    ) -> Result<Vec<(String, String, NaiveDate)>> {
        let mut st = self.c().prepare_cached(
            "SELECT p.serial, p.model, b.ends FROM base_plans b
             JOIN products p ON p.base_plan_id = b.id AND p.status = 'active'
             WHERE b.ends > ?1 AND b.ends <= ?2 AND b.withdrawn_on IS NULL
             ORDER BY b.ends, p.serial",
        )?;
        let rows = st.query_map(params![Day(after), Day(until)], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get::<_, Day>(2)?.0))
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn expiring_plus(
        &mut self,
        after: NaiveDate,
        until: NaiveDate,
    ) -> Result<Vec<(String, String, NaiveDate, Region)>> {
        let mut st = self.c().prepare_cached(
            "SELECT p.serial, p.model, x.ends, x.region FROM plus_plans x
             JOIN products p ON p.base_plan_id = x.base_plan_id AND p.status = 'active'
             WHERE x.ends > ?1 AND x.ends <= ?2 AND x.withdrawn_on IS NULL
             ORDER BY x.ends, p.serial",
        )?;
        let rows = st.query_map(params![Day(after), Day(until)], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get::<_, Day>(2)?.0, r.get(3)?))
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn customer(&mut self, id: i64) -> Result<Option<CustomerRow>> {
        super::visit::customer(self.c(), id)
    }

    fn find_customers(
        &mut self,
        key: &str,
        digits: Option<&str>,
        limit: usize,
    ) -> Result<Vec<CustomerRow>> {
        super::visit::find_customers(self.c(), key, digits, limit)
    }

    fn find_products(&mut self, text: &str, limit: usize) -> Result<Vec<ProductHit>> {
        super::visit::find_products(self.c(), text, limit)
    }

    fn find_claims(&mut self, text: &str, limit: usize) -> Result<Vec<ClaimHit>> {
        super::visit::find_claims(self.c(), text, limit)
    }

    fn customer_changes(&mut self, customer_id: i64) -> Result<Vec<CustomerChangeRow>> {
        super::visit::customer_changes(self.c(), customer_id)
    }

    fn product_customer(&mut self, product_id: i64) -> Result<Option<i64>> {
        super::visit::product_customer(self.c(), product_id)
    }

    fn customer_product_ids(&mut self, customer_id: i64) -> Result<Vec<i64>> {
        super::visit::customer_product_ids(self.c(), customer_id)
    }

    fn customer_claim_ids(&mut self, customer_id: i64) -> Result<Vec<String>> {
        super::visit::customer_claim_ids(self.c(), customer_id)
    }

    fn claim_intake(&mut self, claim_id: &str) -> Result<Option<ClaimIntakeRow>> {
        super::visit::claim_intake(self.c(), claim_id)
    }

    fn claim_customers(&mut self, ids: &[&str]) -> Result<HashMap<String, CustomerRef>> {
        super::visit::claim_customers(self.c(), ids)
    }

    fn photos(&mut self, claim_id: &str) -> Result<Vec<PhotoMeta>> {
        super::visit::photos(self.c(), claim_id)
    }

    fn photo(&mut self, id: i64) -> Result<Option<PhotoRow>> {
        super::visit::photo(self.c(), id)
    }

    fn signature(&mut self, claim_id: &str) -> Result<Option<SignatureRow>> {
        super::visit::signature(self.c(), claim_id)
    }

    fn audit_about(&mut self, subjects: &[String]) -> Result<Vec<AuditEntry>> {
        super::visit::audit_about(self.c(), subjects)
    }

    fn counts(&mut self) -> Result<RecordCounts> {
        let c = self.c();
        let mut counts = RecordCounts {
            staff: count(c, "SELECT COUNT(*) FROM staff")?,
            base_plans: count(c, "SELECT COUNT(*) FROM base_plans")?,
            plus_plans: count(c, "SELECT COUNT(*) FROM plus_plans")?,
            products: count(c, "SELECT COUNT(*) FROM products")?,
            activation_cards: count(c, "SELECT COUNT(*) FROM activation_cards")?,
            claims: count(c, "SELECT COUNT(*) FROM claims")?,
            claim_events: count(c, "SELECT COUNT(*) FROM claim_events")?,
            claim_advice: count(c, "SELECT COUNT(*) FROM claim_advice")?,
            fee_schedule: count(c, "SELECT COUNT(*) FROM fee_schedule")?,
            audit_log: count(c, "SELECT COUNT(*) FROM audit_log")?,
            parcels: count(c, "SELECT COUNT(*) FROM parcels")?,
            appointments: count(c, "SELECT COUNT(*) FROM appointments")?,
            claim_quotes: count(c, "SELECT COUNT(*) FROM claim_quotes")?,
            ..RecordCounts::default()
        };
        super::visit::counts(c, &mut counts)?;
        Ok(counts)
    }

    fn export(&mut self, sink: &mut dyn FnMut(Record) -> Result<()>) -> Result<()> {
        super::txn::export(self.c(), sink)
    }

    fn appointments(&mut self, q: &AppointmentQuery) -> Result<Vec<Appointment>> {
        super::ssc::appointments(self.c(), q)
    }

    fn appointment(&mut self, id: i64) -> Result<Option<Appointment>> {
        super::ssc::appointment(self.c(), id)
    }

    fn quote(&mut self, claim_id: &str) -> Result<Option<QuoteRow>> {
        super::ssc::quote(self.c(), claim_id)
    }

    fn quotes_of(&mut self, ids: &[&str]) -> Result<HashMap<String, QuoteRow>> {
        super::ssc::quotes_of(self.c(), ids)
    }
}

pub(super) fn claim_state(conn: &rusqlite::Connection, id: &str) -> Result<Option<ClaimState>> {
    Ok(conn
        .prepare_cached(
            "SELECT product_id, kind, channel, status, approved, plan, input, decided_on,
                ship_by, shipped_on
             FROM claims WHERE id = ?1",
        )?
        .query_row([id], |r| {
            Ok(ClaimState {
                product_id: r.get(0)?,
                kind: r.get(1)?,
                channel: r.get(2)?,
                status: r.get(3)?,
                approved: r.get(4)?,
                plan: r.get::<_, Option<PlanKind>>(5)?,
                input: r.get(6)?,
                decided_on: r.get::<_, Day>(7)?.0,
                ship_by: r.get::<_, Option<Day>>(8)?.map(|d| d.0),
                shipped_on: r.get::<_, Option<Day>>(9)?.map(|d| d.0),
            })
        })
        .optional()?)
}
