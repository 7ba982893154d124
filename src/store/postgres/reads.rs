//! Typed reads on PostgreSQL: the same on a pooled connection and inside a
//! write transaction. Statements are prepared once per connection.

use super::PgConn;
use crate::rules::{PlanKind, Region, Term};
use crate::store::*;
use ::postgres::types::ToSql;
use ::postgres::{GenericClient, Row, Statement};
use chrono::{NaiveDate, NaiveDateTime};
use std::collections::HashMap;
use std::str::FromStr;
use std::sync::LazyLock;

/// Prepared statements of one connection, by SQL text.
#[derive(Default)]
pub(crate) struct StmtCache {
    map: HashMap<String, Statement>,
}

impl StmtCache {
    pub fn get(&mut self, c: &mut impl GenericClient, sql: &str) -> Result<Statement> {
        if let Some(st) = self.map.get(sql) {
            return Ok(st.clone());
        }
        let st = c.prepare(sql)?;
        self.map.insert(sql.to_owned(), st.clone());
        Ok(st)
    }
}

pub(super) fn query<T: PgConn + ?Sized>(
    t: &mut T,
    sql: &str,
    params: &[&(dyn ToSql + Sync)],
) -> Result<Vec<Row>> {
    let (c, cache) = t.parts();
    let st = cache.get(c, sql)?;
    Ok(c.query(&st, params)?)
}

pub(super) fn query_opt<T: PgConn + ?Sized>(
    t: &mut T,
    sql: &str,
    params: &[&(dyn ToSql + Sync)],
) -> Result<Option<Row>> {
    let (c, cache) = t.parts();
    let st = cache.get(c, sql)?;
    Ok(c.query_opt(&st, params)?)
}

pub(super) fn execute<T: PgConn + ?Sized>(
    t: &mut T,
    sql: &str,
    params: &[&(dyn ToSql + Sync)],
) -> Result<u64> {
    let (c, cache) = t.parts();
    let st = cache.get(c, sql)?;
    Ok(c.execute(&st, params)?)
}

/// Typed reads over a pooled client or a transaction (`Pg(PgRead)`,
/// `Pg(PgTxn)`): one implementation for both.
pub(crate) struct Pg<C>(pub C);

impl<C: PgConn> PgConn for Pg<C> {
    type C = C::C;
    fn parts(&mut self) -> (&mut Self::C, &mut StmtCache) {
        self.0.parts()
    }
}

/// A stored code (`replacement`, `official`, …).
pub(super) fn code<T: FromStr>(r: &Row, i: usize) -> Result<T>
where
    T::Err: std::fmt::Display,
{
    let s: &str = r.try_get(i)?;
    parse_code(r.columns()[i].name(), s)
}

pub(super) fn code_opt<T: FromStr>(r: &Row, i: usize) -> Result<Option<T>>
where
    T::Err: std::fmt::Display,
{
    let s: Option<&str> = r.try_get(i)?;
    s.map(|s| parse_code(r.columns()[i].name(), s)).transpose()
}

pub(super) fn region(r: &Row, i: usize) -> Result<Region> {
    let s: &str = r.try_get(i)?;
    Region::parse_shape(s).ok_or_else(|| StoreError::Corrupt(format!("bad region code `{s}`")))
}

/// A non-negative count column.
pub(super) fn count(r: &Row, i: usize) -> Result<u32> {
    let v: i32 = r.try_get(i)?;
    u32::try_from(v).map_err(|_| StoreError::Corrupt(format!("negative count {v}")))
}

pub(super) fn count_opt(r: &Row, i: usize) -> Result<Option<u32>> {
    let v: Option<i32> = r.try_get(i)?;
    v.map(|v| u32::try_from(v).map_err(|_| StoreError::Corrupt(format!("negative count {v}"))))
        .transpose()
}

fn json(r: &Row, i: usize) -> Result<Vec<String>> {
    let s: &str = r.try_get(i)?;
    parse_json_list(r.columns()[i].name(), s)
}

fn money(r: &Row, cents: usize, currency: usize) -> Result<Option<Money>> {
    let c: Option<i64> = r.try_get(cents)?;
    let cur: Option<String> = r.try_get(currency)?;
    Ok(c.zip(cur)
        .map(|(cents, currency)| Money { cents, currency }))
}

/// Product, CR plan and CR+ columns, in `unit_at`'s order.
pub(super) const UNIT_COLUMNS: &str = "p.id, p.serial, p.model, p.channel, p.region, p.status,
        p.replaced_by, p.replaces, p.base_plan_id,
        b.term, b.region, b.starts, b.ends, b.replacements_total, b.replacements_used, b.withdrawn_on,
        x.id, x.region, x.bought, x.starts, x.ends, x.replacements_used, x.warranty_repairs_used,
        x.withdrawn_on, x.returned_on, x.card_code";
pub(super) const UNIT_JOINS: &str = "LEFT JOIN base_plans b ON b.id = p.base_plan_id
    LEFT JOIN plus_plans x ON x.base_plan_id = b.id";

pub(super) fn unit_at(r: &Row, at: usize) -> Result<UnitRecord> {
    let base_plan_id: Option<i64> = r.try_get(at + 8)?;
    let product = ProductRow {
        id: r.try_get(at)?,
        serial: r.try_get(at + 1)?,
        model: r.try_get(at + 2)?,
        channel: code(r, at + 3)?,
        region: region(r, at + 4)?,
        status: code(r, at + 5)?,
        replaced_by: r.try_get(at + 6)?,
        replaces: r.try_get(at + 7)?,
        base_plan_id,
    };
    let base = match (base_plan_id, code_opt::<Term>(r, at + 9)?) {
        (Some(id), Some(term)) => Some(BaseRow {
            id,
            term,
            region: region(r, at + 10)?,
            starts: r.try_get(at + 11)?,
            ends: r.try_get(at + 12)?,
            replacements_total: count(r, at + 13)?,
            replacements_used: count(r, at + 14)?,
            withdrawn_on: r.try_get(at + 15)?,
        }),
        _ => None,
    };
    let plus = match r.try_get::<_, Option<i64>>(at + 16)? {
        None => None,
        Some(id) => Some(PlusRow {
            id,
            region: region(r, at + 17)?,
            bought: r.try_get(at + 18)?,
            starts: r.try_get(at + 19)?,
            ends: r.try_get(at + 20)?,
            replacements_used: count(r, at + 21)?,
            warranty_repairs_used: count(r, at + 22)?,
            withdrawn_on: r.try_get(at + 23)?,
            returned_on: r.try_get(at + 24)?,
            card_code: r.try_get(at + 25)?,
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

const CLAIM_ROW_SELECT: &str = concat!(
    "SELECT ",
    claim_columns!(),
    " FROM claims c JOIN products p ON p.id = c.product_id"
);

fn claim_row(r: &Row) -> Result<ClaimRow> {
    claim_row_at(r, 0)
}

/// A claim row whose columns start at `at`.
fn claim_row_at(r: &Row, at: usize) -> Result<ClaimRow> {
    Ok(ClaimRow {
        id: r.try_get(at)?,
        serial: r.try_get(at + 1)?,
        model: r.try_get(at + 2)?,
        kind: code(r, at + 3)?,
        channel: code(r, at + 4)?,
        status: code(r, at + 5)?,
        approved: r.try_get(at + 6)?,
        plan: code_opt(r, at + 7)?,
        rules: json(r, at + 8)?,
        submitted_on: r.try_get(at + 9)?,
        decided_on: r.try_get(at + 10)?,
        updated_at: r.try_get(at + 11)?,
        fee: money(r, at + 12, at + 13)?,
        replacement_number: count_opt(r, at + 14)?,
        replacement_serial: r.try_get(at + 15)?,
        reasons: json(r, at + 16)?,
        ship_by: r.try_get(at + 17)?,
        shipped_on: r.try_get(at + 18)?,
    })
}

/// Columns of `unit_at`.
const UNIT_WIDTH: usize = 26;

fn rows<T>(rows: Vec<Row>, f: impl Fn(&Row) -> Result<T>) -> Result<Vec<T>> {
    rows.iter().map(f).collect()
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
        "(c.approved AND c.status IN ('approved','awaiting_product')
          AND c.ship_by IS NOT NULL AND COALESCE(c.shipped_on, {as_of}) > c.ship_by)"
    );
    let express = "(c.kind = 'replacement' AND c.channel = 'express')";
    match q {
        ClaimQueue::Overdue => late,
        ClaimQueue::AwaitingProduct => {
            format!("(c.approved AND c.status IN ('approved','awaiting_product') AND NOT {late})")
        }
        ClaimQueue::Received => format!("(c.status = 'received' AND NOT {express})"),
        ClaimQueue::Assessed => "(c.status = 'assessed')".into(),
        ClaimQueue::ReadyToShip => format!(
            "((c.status = 'received' AND {express}) OR c.status IN ('repaired','paid_repair'))"
        ),
        ClaimQueue::Open => "(c.status <> 'closed')".into(),
    }
}

/// The WHERE clause of a filter: fixed text, values as numbered parameters
/// ($6 a queue code, $7 the day it is judged on).
static FILTER_WHERE: LazyLock<String> = LazyLock::new(|| {
    let mut queue = String::from("CASE $6::text");
    for q in ClaimQueue::ALL {
        queue += &format!(
            " WHEN '{}' THEN {}",
            q.code(),
            queue_predicate(*q, "$7::date")
        );
    }
    queue += " END";
    format!(
        "WHERE ($1::text IS NULL OR c.status = $1::text)
    AND ($2::text IS NULL OR c.kind = $2::text)
    AND ($3::date IS NULL OR c.decided_on >= $3::date)
    AND ($4::date IS NULL OR c.decided_on <= $4::date)
    AND ($5::text IS NULL OR strpos(c.serial, $5::text) > 0 OR strpos(c.id, $5::text) > 0)
    AND ($6::text IS NULL OR {queue})"
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
        "c.kind = 'replacement' AND c.approved AND c.status IN ({})",
        statuses.join(",")
    )
});

struct Filter {
    status: Option<&'static str>,
    kind: Option<&'static str>,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    serial: Option<String>,
    queue: Option<&'static str>,
    as_of: Option<NaiveDate>,
}

impl Filter {
    /// The seven filter parameters, in `FILTER_WHERE`'s order.
    fn params(&self) -> [&(dyn ToSql + Sync); 7] {
        [
            &self.status,
            &self.kind,
            &self.from,
            &self.to,
            &self.serial,
            &self.queue,
            &self.as_of,
        ]
    }
}

fn filter(f: &ClaimFilter) -> Filter {
    Filter {
        status: f.status.map(|s| s.code()),
        kind: f.kind.map(|k| k.code()),
        from: f.from,
        to: f.to,
        serial: f
            .serial
            .as_deref()
            .map(|s| s.trim().to_ascii_uppercase())
            .filter(|s| !s.is_empty()),
        queue: f.queue.map(|q| q.queue.code()),
        as_of: f.queue.map(|q| q.as_of),
    }
}

const PARCEL_SELECT: &str = "SELECT p.id, p.claim_id, p.direction, p.carrier, p.tracking,
        p.shipped_on, p.received_on, p.recorded_at, s.name
    FROM parcels p JOIN staff s ON s.id = p.staff_id";

fn parcel_row(r: &Row) -> Result<Parcel> {
    Ok(Parcel {
        id: r.try_get(0)?,
        claim_id: r.try_get(1)?,
        direction: code(r, 2)?,
        carrier: r.try_get(3)?,
        tracking: r.try_get(4)?,
        shipped_on: r.try_get(5)?,
        received_on: r.try_get(6)?,
        recorded_at: r.try_get(7)?,
        recorded_by: r.try_get(8)?,
    })
}

fn hit(r: &Row) -> Result<SearchHit> {
    Ok(SearchHit {
        serial: r.try_get(0)?,
        model: r.try_get(1)?,
        claim_id: None,
    })
}

fn card_row(r: &Row) -> Result<ActivationCard> {
    Ok(ActivationCard {
        code: r.try_get(0)?,
        region: region(r, 1)?,
        bound_serial: r.try_get(2)?,
        bound_on: r.try_get(3)?,
        bound_by: r.try_get(4)?,
    })
}

fn staff_row(r: &Row) -> Result<Staff> {
    Ok(Staff {
        id: r.try_get(0)?,
        name: r.try_get(1)?,
        role: code(r, 2)?,
        has_pin: r.try_get(3)?,
        locked_until: r.try_get(4)?,
    })
}

fn count_of<T: PgConn + ?Sized>(t: &mut T, sql: &str) -> Result<u64> {
    let row = query(t, sql, &[])?;
    let n: i64 = row.first().map_or(Ok(0), |r| r.try_get(0))?;
    Ok(u64::try_from(n).unwrap_or(0))
}

pub(super) fn claim_state<T: PgConn + ?Sized>(
    t: &mut T,
    id: &str,
    lock: bool,
) -> Result<Option<ClaimState>> {
    let sql = if lock {
        "SELECT product_id, kind, channel, status, approved, plan, input, decided_on,
            ship_by, shipped_on
         FROM claims WHERE id = $1 FOR UPDATE"
    } else {
        "SELECT product_id, kind, channel, status, approved, plan, input, decided_on,
            ship_by, shipped_on
         FROM claims WHERE id = $1"
    };
    query_opt(t, sql, &[&id])?
        .map(|r| {
            Ok(ClaimState {
                product_id: r.try_get(0)?,
                kind: code(&r, 1)?,
                channel: code(&r, 2)?,
                status: code(&r, 3)?,
                approved: r.try_get(4)?,
                plan: code_opt::<PlanKind>(&r, 5)?,
                input: r.try_get(6)?,
                decided_on: r.try_get(7)?,
                ship_by: r.try_get(8)?,
                shipped_on: r.try_get(9)?,
            })
        })
        .transpose()
}

impl<C: PgConn> Reads for Pg<C> {
    fn is_empty(&mut self) -> Result<bool> {
        Ok(query_opt(self, "SELECT id FROM products LIMIT 1", &[])?.is_none())
    }

    fn count_products(&mut self) -> Result<u64> {
        count_of(self, "SELECT COUNT(*) FROM products")
    }

    fn max_product_id(&mut self) -> Result<i64> {
        let r = query(
            self,
            "SELECT COALESCE(MAX(id), 0)::bigint FROM products",
            &[],
        )?;
        Ok(r.first().map_or(Ok(0), |r| r.try_get(0))?)
    }

    fn count_cards(&mut self) -> Result<u64> {
        count_of(self, "SELECT COUNT(*) FROM activation_cards")
    }

    fn unit_by_serial(&mut self, serial: &str) -> Result<Option<UnitRecord>> {
        let sql = format!("SELECT {UNIT_COLUMNS} FROM products p {UNIT_JOINS} WHERE p.serial = $1");
        query_opt(self, &sql, &[&serial])?
            .map(|r| unit_at(&r, 0))
            .transpose()
    }

    fn unit_by_id(&mut self, id: i64) -> Result<Option<UnitRecord>> {
        let sql = format!("SELECT {UNIT_COLUMNS} FROM products p {UNIT_JOINS} WHERE p.id = $1");
        query_opt(self, &sql, &[&id])?
            .map(|r| unit_at(&r, 0))
            .transpose()
    }

    fn product_exists(&mut self, serial: &str) -> Result<bool> {
        Ok(query_opt(
            self,
            "SELECT id FROM products WHERE serial = $1",
            &[&serial],
        )?
        .is_some())
    }

    fn replaced_by(&mut self, serial: &str) -> Result<Option<String>> {
        Ok(
            match query_opt(
                self,
                "SELECT replaced_by FROM products WHERE serial = $1",
                &[&serial],
            )? {
                Some(r) => r.try_get(0)?,
                None => None,
            },
        )
    }

    fn chain_claims(
        &mut self,
        product_id: i64,
        base_plan_id: Option<i64>,
    ) -> Result<Vec<ClaimRow>> {
        let sql = format!(
            "{CLAIM_ROW_SELECT} WHERE c.product_id IN
                (SELECT id FROM products WHERE base_plan_id = $2 UNION SELECT $1)
             ORDER BY c.decided_on DESC, c.id DESC"
        );
        rows(query(self, &sql, &[&product_id, &base_plan_id])?, claim_row)
    }

    fn unit_with_claims(&mut self, serial: &str) -> Result<Option<(UnitRecord, Vec<ClaimRow>)>> {
        // One round trip: the unit, and its chain's claims joined beside it
        // (one row per claim; one row with no claim when there is none).
        let sql = format!(
            "SELECT {UNIT_COLUMNS}, cl.* FROM products p {UNIT_JOINS}
             LEFT JOIN LATERAL (
                SELECT c.id, c.serial, cp.model, c.kind, c.channel, c.status, c.approved, c.plan,
                    c.rules, c.submitted_on, c.decided_on, c.updated_at, c.fee_cents,
                    c.fee_currency, c.replacement_number, c.replacement_serial, c.reasons,
                    c.ship_by, c.shipped_on
                FROM claims c JOIN products cp ON cp.id = c.product_id
                WHERE c.product_id IN
                    (SELECT q.id FROM products q WHERE q.base_plan_id = p.base_plan_id UNION SELECT p.id)
             ) cl ON true
             WHERE p.serial = $1
             ORDER BY cl.decided_on DESC, cl.id DESC"
        );
        let rows = query(self, &sql, &[&serial])?;
        let Some(first) = rows.first() else {
            return Ok(None);
        };
        let unit = unit_at(first, 0)?;
        let mut claims = Vec::with_capacity(rows.len());
        for r in &rows {
            if r.try_get::<_, Option<&str>>(UNIT_WIDTH)?.is_some() {
                claims.push(claim_row_at(r, UNIT_WIDTH)?);
            }
        }
        Ok(Some((unit, claims)))
    }

    fn held_replacements(
        &mut self,
        product_id: i64,
        base_plan_id: Option<i64>,
    ) -> Result<Vec<HeldReplacement>> {
        let sql = format!(
            "SELECT c.id, c.plan FROM claims c WHERE c.product_id IN
                (SELECT id FROM products WHERE base_plan_id = $2 UNION SELECT $1)
               AND {} ORDER BY c.id",
            *HOLDING
        );
        rows(query(self, &sql, &[&product_id, &base_plan_id])?, |r| {
            let claim_id: String = r.try_get(0)?;
            // An approved replacement is always made under a plan.
            let plan = code_opt::<PlanKind>(r, 1)?.ok_or_else(|| {
                StoreError::Corrupt(format!("claim {claim_id} is approved without a plan"))
            })?;
            Ok(HeldReplacement { claim_id, plan })
        })
    }

    fn search_claims(&mut self, prefix: &str, limit: usize) -> Result<Vec<SearchHit>> {
        let r = query(
            self,
            "SELECT c.serial, p.model, c.id FROM claims c JOIN products p ON p.id = c.product_id
             WHERE c.id >= $1 AND c.id < $1 || chr(1114111) ORDER BY c.id LIMIT $2",
            &[&prefix, &(limit as i64)],
        )?;
        rows(r, |r| {
            Ok(SearchHit {
                serial: r.try_get(0)?,
                model: r.try_get(1)?,
                claim_id: Some(r.try_get(2)?),
            })
        })
    }

    fn search_serials(&mut self, prefix: &str, limit: usize) -> Result<Vec<SearchHit>> {
        let r = query(
            self,
            "SELECT serial, model FROM products WHERE serial >= $1 AND serial < $1 || chr(1114111)
             ORDER BY serial LIMIT $2",
            &[&prefix, &(limit as i64)],
        )?;
        rows(r, hit)
    }

    fn serials_of_model(&mut self, model: &str, limit: usize) -> Result<Vec<SearchHit>> {
        let r = query(
            self,
            "SELECT serial, model FROM products WHERE model = $1 ORDER BY serial LIMIT $2",
            &[&model, &(limit as i64)],
        )?;
        rows(r, hit)
    }

    fn staff(&mut self) -> Result<Vec<Staff>> {
        let r = query(
            self,
            "SELECT id, name, role, pin_hash IS NOT NULL, locked_until FROM staff ORDER BY id",
            &[],
        )?;
        rows(r, staff_row)
    }

    fn staff_by_name(&mut self, name: &str) -> Result<Option<Staff>> {
        query_opt(
            self,
            "SELECT id, name, role, pin_hash IS NOT NULL, locked_until FROM staff WHERE name = $1",
            &[&name],
        )?
        .map(|r| staff_row(&r))
        .transpose()
    }

    fn staff_credentials(&mut self, id: i64) -> Result<Option<(Staff, Option<String>)>> {
        query_opt(
            self,
            "SELECT id, name, role, pin_hash IS NOT NULL, locked_until, pin_hash FROM staff WHERE id = $1",
            &[&id],
        )?
        .map(|r| Ok((staff_row(&r)?, r.try_get(5)?)))
        .transpose()
    }

    fn sign_in_state(&mut self, staff_id: i64) -> Result<Option<SignInState>> {
        query_opt(
            self,
            "SELECT id, name, role, pin_hash IS NOT NULL, locked_until, pin_hash, failed_pins
             FROM staff WHERE id = $1",
            &[&staff_id],
        )?
        .map(|r| {
            Ok(SignInState {
                staff: staff_row(&r)?,
                pin_hash: r.try_get(5)?,
                wrong_pins: count(&r, 6)?,
            })
        })
        .transpose()
    }

    fn setting(&mut self, key: Setting) -> Result<Option<String>> {
        query_opt(
            self,
            "SELECT value FROM settings WHERE key = $1",
            &[&key.key()],
        )?
        .map(|r| Ok(r.try_get(0)?))
        .transpose()
    }

    fn chain_head(&mut self, chain: chain::Chain) -> Result<Option<chain::ChainHead>> {
        query_opt(
            self,
            "SELECT rows, hash FROM chain_heads WHERE chain = $1",
            &[&chain.table()],
        )?
        .map(|r| {
            Ok(chain::ChainHead {
                rows: u64::try_from(r.try_get::<_, i64>(0)?).unwrap_or(0),
                hash: r.try_get(1)?,
            })
        })
        .transpose()
    }

    fn chain_rows(
        &mut self,
        chain: chain::Chain,
        after: i64,
        limit: usize,
    ) -> Result<Vec<chain::ChainRow>> {
        let limit = limit as i64;
        match chain {
            chain::Chain::Audit => {
                let r = query(
                    self,
                    "SELECT id, prev_hash, hash, at, staff_id, action, subject, details
                     FROM audit_log WHERE id > $1 ORDER BY id LIMIT $2",
                    &[&after, &limit],
                )?;
                rows(r, |r| {
                    Ok(chain::ChainRow {
                        id: r.try_get(0)?,
                        prev_hash: r.try_get(1)?,
                        hash: r.try_get(2)?,
                        link: chain::Link::Audit {
                            at: r.try_get(3)?,
                            staff_id: r.try_get(4)?,
                            action: r.try_get(5)?,
                            subject: r.try_get(6)?,
                            details: r.try_get(7)?,
                        },
                    })
                })
            }
            chain::Chain::Events => {
                let r = query(
                    self,
                    "SELECT id, prev_hash, hash, claim_id, at, staff_id, from_status, to_status, note
                     FROM claim_events WHERE id > $1 ORDER BY id LIMIT $2",
                    &[&after, &limit],
                )?;
                rows(r, |r| {
                    Ok(chain::ChainRow {
                        id: r.try_get(0)?,
                        prev_hash: r.try_get(1)?,
                        hash: r.try_get(2)?,
                        link: chain::Link::Event {
                            claim_id: r.try_get(3)?,
                            at: r.try_get(4)?,
                            staff_id: r.try_get(5)?,
                            from: r.try_get(6)?,
                            to: r.try_get(7)?,
                            note: r.try_get(8)?,
                        },
                    })
                })
            }
        }
    }

    fn fee_schedule(&mut self) -> Result<Vec<FeeRow>> {
        let r = query(
            self,
            "SELECT model, region, replacement_number, amount_cents, currency FROM fee_schedule
             ORDER BY model, region, replacement_number",
            &[],
        )?;
        rows(r, |r| {
            Ok(FeeRow {
                model: r.try_get(0)?,
                region: region(r, 1)?,
                replacement_number: count(r, 2)?,
                amount: Money {
                    cents: r.try_get(3)?,
                    currency: r.try_get(4)?,
                },
            })
        })
    }

    fn fee(&mut self, model: &str, region: Region, n: u32) -> Result<Option<Money>> {
        query_opt(
            self,
            "SELECT amount_cents, currency FROM fee_schedule
             WHERE model = $1 AND region = $2 AND replacement_number = $3",
            &[&model, &region.as_str(), &(n as i32)],
        )?
        .map(|r| {
            Ok(Money {
                cents: r.try_get(0)?,
                currency: r.try_get(1)?,
            })
        })
        .transpose()
    }

    fn audit_log(&mut self, limit: usize) -> Result<Vec<AuditEntry>> {
        let r = query(
            self,
            "SELECT a.id, a.at, COALESCE(s.name, 'system'), a.action, a.subject, a.details
             FROM audit_log a LEFT JOIN staff s ON s.id = a.staff_id
             ORDER BY a.id DESC LIMIT $1",
            &[&(limit as i64)],
        )?;
        rows(r, |r| {
            let id: i64 = r.try_get(0)?;
            let details: &str = r.try_get(5)?;
            Ok(AuditEntry {
                id,
                at: r.try_get::<_, NaiveDateTime>(1)?,
                who: r.try_get(2)?,
                action: r.try_get(3)?,
                subject: r.try_get(4)?,
                details: serde_json::from_str(details)
                    .map_err(|e| StoreError::Corrupt(format!("audit {id}: {e}")))?,
            })
        })
    }

    fn activation_cards(&mut self, limit: usize) -> Result<Vec<ActivationCard>> {
        let r = query(
            self,
            "SELECT a.code, a.region, a.bound_serial, a.bound_on, s.name
             FROM activation_cards a LEFT JOIN staff s ON s.id = a.bound_by
             ORDER BY a.bound_serial IS NOT NULL, a.code LIMIT $1",
            &[&(limit as i64)],
        )?;
        rows(r, card_row)
    }

    fn activation_card(&mut self, code: &str) -> Result<Option<ActivationCard>> {
        query_opt(
            self,
            "SELECT a.code, a.region, a.bound_serial, a.bound_on, s.name
             FROM activation_cards a LEFT JOIN staff s ON s.id = a.bound_by WHERE a.code = $1",
            &[&code],
        )?
        .map(|r| card_row(&r))
        .transpose()
    }

    fn claim_state(&mut self, id: &str) -> Result<Option<ClaimState>> {
        claim_state(self, id, false)
    }

    fn claim(&mut self, id: &str) -> Result<Option<StoredClaim>> {
        query_opt(
            self,
            concat!(
                "SELECT ",
                claim_columns!(),
                ", c.interpretations, c.customer_pays, c.replacements_left_after, c.input, c.product_id
                 FROM claims c JOIN products p ON p.id = c.product_id WHERE c.id = $1"
            ),
            &[&id],
        )?
        .map(|r| {
            Ok(StoredClaim {
                row: claim_row(&r)?,
                interpretations: json(&r, CLAIM_WIDTH)?,
                customer_pays: json(&r, CLAIM_WIDTH + 1)?,
                replacements_left_after: count_opt(&r, CLAIM_WIDTH + 2)?,
                input: r.try_get(CLAIM_WIDTH + 3)?,
                product_id: r.try_get(CLAIM_WIDTH + 4)?,
            })
        })
        .transpose()
    }

    fn claim_events(&mut self, id: &str) -> Result<Vec<ClaimEvent>> {
        let r = query(
            self,
            "SELECT e.at, s.name, e.from_status, e.to_status, e.note FROM claim_events e
             JOIN staff s ON s.id = e.staff_id WHERE e.claim_id = $1 ORDER BY e.id",
            &[&id],
        )?;
        rows(r, |r| {
            Ok(ClaimEvent {
                at: r.try_get(0)?,
                who: r.try_get(1)?,
                from: code_opt(r, 2)?,
                to: code(r, 3)?,
                note: r.try_get(4)?,
            })
        })
    }

    fn claims(
        &mut self,
        filter_: &ClaimFilter,
        sort: ClaimSort,
        offset: usize,
        limit: usize,
    ) -> Result<Vec<ClaimRow>> {
        let f = filter(filter_);
        let sql = format!(
            "{CLAIM_ROW_SELECT} {} ORDER BY {} LIMIT $8 OFFSET $9",
            *FILTER_WHERE,
            order_by(sort)
        );
        let (limit, offset) = (limit as i64, offset as i64);
        let mut params = f.params().to_vec();
        params.extend([&limit as &(dyn ToSql + Sync), &offset]);
        let r = query(self, &sql, &params)?;
        rows(r, claim_row)
    }

    fn count_claims(&mut self, filter_: &ClaimFilter) -> Result<usize> {
        let f = filter(filter_);
        let sql = format!(
            "SELECT COUNT(*) FROM claims c JOIN products p ON p.id = c.product_id {}",
            *FILTER_WHERE
        );
        let r = query(self, &sql, &f.params())?;
        let n: i64 = r.first().map_or(Ok(0), |r| r.try_get(0))?;
        Ok(n as usize)
    }

    fn queue_counts(&mut self, as_of: NaiveDate) -> Result<QueueCounts> {
        static SQL: LazyLock<String> = LazyLock::new(|| {
            let sums: Vec<String> = ClaimQueue::ALL
                .iter()
                .map(|q| {
                    format!(
                        "COUNT(*) FILTER (WHERE {})",
                        queue_predicate(*q, "$1::date")
                    )
                })
                .collect();
            format!(
                "SELECT {} FROM claims c WHERE c.status <> 'closed'",
                sums.join(", ")
            )
        });
        let r = query(self, &SQL, &[&as_of])?;
        let mut counts = QueueCounts::default();
        if let Some(row) = r.first() {
            for (i, q) in ClaimQueue::ALL.iter().enumerate() {
                let n: i64 = row.try_get(i)?;
                counts.set(*q, usize::try_from(n).unwrap_or(0));
            }
        }
        Ok(counts)
    }

    fn parcels(&mut self, claim_id: &str) -> Result<Vec<Parcel>> {
        let sql = format!("{PARCEL_SELECT} WHERE p.claim_id = $1 ORDER BY p.id");
        rows(query(self, &sql, &[&claim_id])?, parcel_row)
    }

    fn parcel(&mut self, id: i64) -> Result<Option<Parcel>> {
        let sql = format!("{PARCEL_SELECT} WHERE p.id = $1");
        query_opt(self, &sql, &[&id])?
            .map(|r| parcel_row(&r))
            .transpose()
    }

    fn parcels_of(&mut self, ids: &[&str]) -> Result<HashMap<String, Vec<Parcel>>> {
        let mut out: HashMap<String, Vec<Parcel>> = HashMap::new();
        if ids.is_empty() {
            return Ok(out);
        }
        let ids: Vec<&str> = ids.to_vec();
        let sql = format!("{PARCEL_SELECT} WHERE p.claim_id = ANY($1) ORDER BY p.claim_id, p.id");
        for p in rows(query(self, &sql, &[&ids])?, parcel_row)? {
            out.entry(p.claim_id.clone()).or_default().push(p);
        }
        Ok(out)
    }

    fn upgrade_tasks(&mut self) -> Result<Vec<String>> {
        rows(
            query(self, "SELECT task FROM upgrade_tasks ORDER BY task", &[])?,
            |r| Ok(r.try_get(0)?),
        )
    }

    fn claims_for_report(
        &mut self,
        filter_: &ClaimFilter,
        only: Option<&str>,
        after: Option<&str>,
        limit: usize,
    ) -> Result<Vec<ReportRecord>> {
        let f = filter(filter_);
        let sql = format!(
            "SELECT c.id, c.kind, c.status, c.approved, c.plan, c.rules, c.interpretations,
                c.customer_pays, c.replacements_left_after, c.input, c.submitted_on, c.decided_on,
                c.fee_cents, c.fee_currency, c.replacement_serial, c.ship_by, {UNIT_COLUMNS}
             FROM claims c JOIN products p ON p.id = c.product_id {UNIT_JOINS}
             {}
               AND ($8::text IS NULL OR c.id = $8::text) AND ($9::text IS NULL OR c.id > $9::text)
             ORDER BY c.id LIMIT $10",
            *FILTER_WHERE
        );
        let limit = limit as i64;
        let mut params = f.params().to_vec();
        params.extend([&only as &(dyn ToSql + Sync), &after, &limit]);
        let r = query(self, &sql, &params)?;
        rows(r, |r| {
            Ok(ReportRecord {
                id: r.try_get(0)?,
                kind: code(r, 1)?,
                status: code(r, 2)?,
                approved: r.try_get(3)?,
                plan: code_opt(r, 4)?,
                rules: json(r, 5)?,
                interpretations: json(r, 6)?,
                customer_pays: json(r, 7)?,
                replacements_left_after: count_opt(r, 8)?,
                input: r.try_get(9)?,
                submitted_on: r.try_get(10)?,
                decided_on: r.try_get(11)?,
                fee: money(r, 12, 13)?,
                replacement_serial: r.try_get(14)?,
                ship_by: r.try_get(15)?,
                unit: unit_at(r, 16)?,
            })
        })
    }

    fn events_of(&mut self, ids: &[&str]) -> Result<HashMap<String, Vec<ClaimEvent>>> {
        let mut out: HashMap<String, Vec<ClaimEvent>> = HashMap::with_capacity(ids.len());
        if ids.is_empty() {
            return Ok(out);
        }
        let ids: Vec<&str> = ids.to_vec();
        let r = query(
            self,
            "SELECT e.claim_id, e.at, s.name, e.from_status, e.to_status, e.note
               FROM claim_events e JOIN staff s ON s.id = e.staff_id
              WHERE e.claim_id = ANY($1) ORDER BY e.claim_id, e.id",
            &[&ids],
        )?;
        for row in &r {
            let id: String = row.try_get(0)?;
            out.entry(id).or_default().push(ClaimEvent {
                at: row.try_get(1)?,
                who: row.try_get(2)?,
                from: code_opt(row, 3)?,
                to: code(row, 4)?,
                note: row.try_get(5)?,
            });
        }
        Ok(out)
    }

    fn advice_of(&mut self, ids: &[&str]) -> Result<HashMap<String, AdviceRecord>> {
        let mut out = HashMap::with_capacity(ids.len());
        if ids.is_empty() {
            return Ok(out);
        }
        let ids: Vec<&str> = ids.to_vec();
        let r = query(
            self,
            "SELECT claim_id, advice FROM claim_advice WHERE claim_id = ANY($1)",
            &[&ids],
        )?;
        for row in &r {
            let id: String = row.try_get(0)?;
            let text: String = row.try_get(1)?;
            let advice = parse_advice(&id, &text)?;
            out.insert(id, advice);
        }
        Ok(out)
    }

    fn expiring_base(
        &mut self,
        after: NaiveDate,
        until: NaiveDate,
    ) -> Result<Vec<(String, String, NaiveDate)>> {
        let r = query(
            self,
            "SELECT p.serial, p.model, b.ends FROM base_plans b
             JOIN products p ON p.base_plan_id = b.id AND p.status = 'active'
             WHERE b.ends > $1 AND b.ends <= $2 AND b.withdrawn_on IS NULL
             ORDER BY b.ends, p.serial",
            &[&after, &until],
        )?;
        rows(r, |r| Ok((r.try_get(0)?, r.try_get(1)?, r.try_get(2)?)))
    }

    fn expiring_plus(
        &mut self,
        after: NaiveDate,
        until: NaiveDate,
    ) -> Result<Vec<(String, String, NaiveDate, Region)>> {
        let r = query(
            self,
            "SELECT p.serial, p.model, x.ends, x.region FROM plus_plans x
             JOIN products p ON p.base_plan_id = x.base_plan_id AND p.status = 'active'
             WHERE x.ends > $1 AND x.ends <= $2 AND x.withdrawn_on IS NULL
             ORDER BY x.ends, p.serial",
            &[&after, &until],
        )?;
        rows(r, |r| {
            Ok((r.try_get(0)?, r.try_get(1)?, r.try_get(2)?, region(r, 3)?))
        })
    }

    fn customer(&mut self, id: i64) -> Result<Option<CustomerRow>> {
        super::visit::customer(self, id, false)
    }

    fn find_customers(
        &mut self,
        key: &str,
        digits: Option<&str>,
        limit: usize,
    ) -> Result<Vec<CustomerRow>> {
        super::search::find_customers(self, key, digits, limit)
    }

    fn find_products(&mut self, text: &str, limit: usize) -> Result<Vec<ProductHit>> {
        super::search::find_products(self, text, limit)
    }

    fn find_claims(&mut self, text: &str, limit: usize) -> Result<Vec<ClaimHit>> {
        super::search::find_claims(self, text, limit)
    }

    fn customer_changes(&mut self, customer_id: i64) -> Result<Vec<CustomerChangeRow>> {
        super::visit::customer_changes(self, customer_id)
    }

    fn product_customer(&mut self, product_id: i64) -> Result<Option<i64>> {
        super::visit::product_customer(self, product_id)
    }

    fn customer_product_ids(&mut self, customer_id: i64) -> Result<Vec<i64>> {
        super::visit::customer_product_ids(self, customer_id)
    }

    fn customer_claim_ids(&mut self, customer_id: i64) -> Result<Vec<String>> {
        super::visit::customer_claim_ids(self, customer_id)
    }

    fn claim_intake(&mut self, claim_id: &str) -> Result<Option<ClaimIntakeRow>> {
        super::visit::claim_intake(self, claim_id)
    }

    fn claim_customers(&mut self, ids: &[&str]) -> Result<HashMap<String, CustomerRef>> {
        super::visit::claim_customers(self, ids)
    }

    fn photos(&mut self, claim_id: &str) -> Result<Vec<PhotoMeta>> {
        super::visit::photos(self, claim_id)
    }

    fn photo(&mut self, id: i64) -> Result<Option<PhotoRow>> {
        super::visit::photo(self, id)
    }

    fn signature(&mut self, claim_id: &str) -> Result<Option<SignatureRow>> {
        super::visit::signature(self, claim_id)
    }

    fn audit_about(&mut self, subjects: &[String]) -> Result<Vec<AuditEntry>> {
        super::visit::audit_about(self, subjects)
    }

    fn counts(&mut self) -> Result<RecordCounts> {
        let mut counts = RecordCounts {
            staff: count_of(self, "SELECT COUNT(*) FROM staff")?,
            base_plans: count_of(self, "SELECT COUNT(*) FROM base_plans")?,
            plus_plans: count_of(self, "SELECT COUNT(*) FROM plus_plans")?,
            products: count_of(self, "SELECT COUNT(*) FROM products")?,
            activation_cards: count_of(self, "SELECT COUNT(*) FROM activation_cards")?,
            claims: count_of(self, "SELECT COUNT(*) FROM claims")?,
            claim_events: count_of(self, "SELECT COUNT(*) FROM claim_events")?,
            claim_advice: count_of(self, "SELECT COUNT(*) FROM claim_advice")?,
            fee_schedule: count_of(self, "SELECT COUNT(*) FROM fee_schedule")?,
            audit_log: count_of(self, "SELECT COUNT(*) FROM audit_log")?,
            parcels: count_of(self, "SELECT COUNT(*) FROM parcels")?,
            appointments: count_of(self, "SELECT COUNT(*) FROM appointments")?,
            claim_quotes: count_of(self, "SELECT COUNT(*) FROM claim_quotes")?,
            ..RecordCounts::default()
        };
        super::visit::counts(self, &mut counts)?;
        Ok(counts)
    }

    fn export(&mut self, sink: &mut dyn FnMut(Record) -> Result<()>) -> Result<()> {
        super::txn::export(self, sink)
    }

    fn appointments(&mut self, q: &AppointmentQuery) -> Result<Vec<Appointment>> {
        super::ssc::appointments(self, q)
    }

    fn appointment(&mut self, id: i64) -> Result<Option<Appointment>> {
        super::ssc::appointment(self, id)
    }

    fn quote(&mut self, claim_id: &str) -> Result<Option<QuoteRow>> {
        super::ssc::quote(self, claim_id)
    }

    fn quotes_of(&mut self, ids: &[&str]) -> Result<HashMap<String, QuoteRow>> {
        super::ssc::quotes_of(self, ids)
    }
}
