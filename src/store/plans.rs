//! Products, lookup, CR+ sale and activation cards, returns and withdrawals.
//!
//! Units that replaced each other share one `base_plans` row (and so the CR+
//! bound to it): the new serial has the same plans, validity and counts, and
//! BUY-ONCE sees CR+ bought for any unit of the chain.

use super::claims::{CLAIM_ROW_SELECT, claim_row};
use super::model::*;
use super::sql::{self, Day};
use super::{Result, Store, StoreError, audit, now};
use crate::catalog::Catalog;
use crate::rules::codes::{PlanKind, RequestKind};
use crate::rules::plans::{
    base_replacements_left, base_status, plan_in_effect, plus_replacements_left, plus_status,
    plus_window,
};
use crate::rules::request::{BasePlan, ClaimFacts, DecisionRequest, PlusPlan, ProductFacts};
use crate::rules::{Decision, Region, decide};
use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, params};

/// A product with its plans, as stored.
#[derive(Clone, Debug)]
pub(super) struct Unit {
    pub product: ProductRecord,
    pub model_id: crate::catalog::ModelId,
    pub base_plan_id: Option<i64>,
    pub base: Option<BasePlan>,
    pub plus_id: Option<i64>,
    pub plus: Option<PlusPlan>,
    pub plus_sale: Option<PlusSale>,
}

impl Unit {
    /// The facts the rules take about the product.
    pub fn facts(&self) -> ProductFacts {
        ProductFacts {
            serial: self.product.serial.clone(),
            model: self.model_id,
            channel: self.product.channel,
            region: self.product.region,
        }
    }

    /// A decision request from the stored rows.
    pub fn request(
        &self,
        kind: RequestKind,
        on: NaiveDate,
        purchase_region: Option<Region>,
        claim: Option<ClaimFacts>,
        product_returned: bool,
    ) -> DecisionRequest {
        DecisionRequest {
            kind,
            on,
            product: self.facts(),
            base_plan: self.base.clone(),
            plus: self.plus.clone(),
            purchase_region,
            claim,
            product_returned,
        }
    }

    /// Replacements used so far across CR and CR+ (for the fee's number).
    pub fn replacements_used(&self) -> u32 {
        self.base.as_ref().map_or(0, |b| b.replacements_used)
            + self.plus.as_ref().map_or(0, |p| p.replacements_used)
    }
}

const UNIT_SELECT: &str = "SELECT p.id, p.serial, p.model, p.channel, p.region, p.status,
        p.replaced_by, p.replaces, p.base_plan_id,
        b.term, b.region, b.starts, b.ends, b.replacements_total, b.replacements_used, b.withdrawn_on,
        x.id, x.region, x.bought, x.replacements_used, x.warranty_repairs_used, x.withdrawn_on,
        x.returned_on, x.card_code
    FROM products p
    LEFT JOIN base_plans b ON b.id = p.base_plan_id
    LEFT JOIN plus_plans x ON x.base_plan_id = b.id";

type RawUnit = (
    (
        i64,
        String,
        String,
        crate::rules::SalesChannel,
        Region,
        ProductStatus,
        Option<String>,
        Option<String>,
    ),
    Option<i64>,
    Option<(crate::rules::Term, Region, Day, Day, u32, u32, Option<Day>)>,
    Option<(
        i64,
        Region,
        Day,
        u32,
        u32,
        Option<Day>,
        Option<Day>,
        Option<String>,
    )>,
);

fn raw_unit(r: &rusqlite::Row<'_>) -> rusqlite::Result<RawUnit> {
    let product = (
        r.get(0)?,
        r.get(1)?,
        r.get(2)?,
        r.get(3)?,
        r.get(4)?,
        r.get(5)?,
        r.get(6)?,
        r.get(7)?,
    );
    let base_id: Option<i64> = r.get(8)?;
    let base = match r.get::<_, Option<crate::rules::Term>>(9)? {
        None => None,
        Some(term) => Some((
            term,
            r.get(10)?,
            r.get(11)?,
            r.get(12)?,
            r.get(13)?,
            r.get(14)?,
            r.get(15)?,
        )),
    };
    let plus = match r.get::<_, Option<i64>>(16)? {
        None => None,
        Some(id) => Some((
            id,
            r.get(17)?,
            r.get(18)?,
            r.get(19)?,
            r.get(20)?,
            r.get(21)?,
            r.get(22)?,
            r.get(23)?,
        )),
    };
    Ok((product, base_id, base, plus))
}

fn build_unit(catalog: &Catalog, raw: RawUnit) -> Result<Unit> {
    let ((id, serial, model, channel, region, status, replaced_by, replaces), base_id, base, plus) =
        raw;
    let model_id = catalog.model_id(&model).ok_or_else(|| {
        StoreError::Corrupt(format!(
            "product {serial} has model `{model}`, which the catalog does not list"
        ))
    })?;
    let m = catalog.model(model_id);
    let product = ProductRecord {
        id,
        serial,
        model: m.name.clone(),
        series: catalog.series_of(model_id).name.clone(),
        channel,
        region,
        status,
        replaced_by,
        replaces,
        international_service: m.international_service,
    };
    let base = base.map(
        |(term, region, starts, ends, total, used, withdrawn)| BasePlan {
            term,
            region,
            starts: starts.0,
            ends: ends.0,
            replacements_total: total,
            replacements_used: used,
            withdrawn: withdrawn.is_some(),
        },
    );
    let (plus_id, plus, plus_sale) = match plus {
        None => (None, None, None),
        Some((pid, region, bought, used, repairs, withdrawn, returned, card)) => (
            Some(pid),
            Some(PlusPlan {
                region,
                bought: bought.0,
                replacements_used: used,
                warranty_repairs_used: repairs,
                // A returned CR+ no longer serves; the rules see it withdrawn.
                withdrawn: withdrawn.is_some() || returned.is_some(),
            }),
            Some(PlusSale {
                bought: bought.0,
                region,
                card_code: card,
                returned_on: returned.map(|d| d.0),
            }),
        ),
    };
    Ok(Unit {
        product,
        model_id,
        base_plan_id: base_id,
        base,
        plus_id,
        plus,
        plus_sale,
    })
}

/// Loads a unit by serial; `NotFound` names the serial.
pub(super) fn load_unit(conn: &Connection, catalog: &Catalog, serial: &str) -> Result<Unit> {
    let serial = normalize_serial(serial);
    let raw = conn
        .prepare_cached(&format!("{UNIT_SELECT} WHERE p.serial = ?1"))?
        .query_row([&serial], raw_unit)
        .optional()?
        .ok_or_else(|| StoreError::NotFound(format!("no product with serial `{serial}`")))?;
    build_unit(catalog, raw)
}

pub(super) fn load_unit_by_id(conn: &Connection, catalog: &Catalog, id: i64) -> Result<Unit> {
    let raw = conn
        .prepare_cached(&format!("{UNIT_SELECT} WHERE p.id = ?1"))?
        .query_row([id], raw_unit)
        .optional()?
        .ok_or_else(|| StoreError::NotFound(format!("no product with id {id}")))?;
    build_unit(catalog, raw)
}

/// Serials are kept upper-case and trimmed.
pub(crate) fn normalize_serial(s: &str) -> String {
    s.trim().to_ascii_uppercase()
}

/// A serial is 4 to 32 letters, digits or dashes.
pub(super) fn check_serial(s: &str) -> Result<String> {
    let s = normalize_serial(s);
    if s.len() < 4 || s.len() > 32 || !s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
        return Err(StoreError::Invalid(format!(
            "serial `{s}` is not 4 to 32 letters, digits or dashes"
        )));
    }
    Ok(s)
}

pub(super) fn check_region(catalog: &Catalog, field: &str, r: Region) -> Result<Region> {
    catalog.region(r.as_str()).ok_or_else(|| {
        StoreError::Invalid(format!(
            "{field}: unknown region code `{r}` (expected an ISO 3166-1 alpha-2 code such as US or DE)"
        ))
    })
}

fn check_model(catalog: &Catalog, model: &str) -> Result<crate::catalog::ModelId> {
    catalog
        .model_id(model)
        .ok_or_else(|| StoreError::Invalid(format!("unknown model `{model}`")))
}

/// Builds the lookup of a unit on a day.
pub(super) fn lookup_unit(
    conn: &Connection,
    catalog: &Catalog,
    unit: Unit,
    today: NaiveDate,
) -> Result<Lookup> {
    let base_st = unit.base.as_ref().map(|b| base_status(catalog, b, today));
    let plus_st = match (&unit.base, &unit.plus) {
        (Some(b), Some(p)) => Some(plus_status(catalog, b, p, today)),
        _ => None,
    };
    let active = unit.product.status == ProductStatus::Active;
    let plan_today = if active {
        plan_in_effect(unit.base.as_ref(), unit.plus.as_ref(), today)
    } else {
        None
    };
    let (left, withdrawn) = match (plan_today, &unit.base, &unit.plus) {
        (Some(PlanKind::CareRefresh), Some(b), _) => (base_replacements_left(b), b.withdrawn),
        (Some(PlanKind::CareRefreshPlus), Some(b), Some(p)) => {
            (plus_replacements_left(catalog, b, p), p.withdrawn)
        }
        _ => (0, false),
    };
    let series = catalog.series_of(unit.model_id);
    let replaceable_today = if plan_today.is_some() && left > 0 && !withdrawn {
        series.replacement_parts.iter().collect()
    } else {
        Vec::new()
    };
    let warranty_today = match &plus_st {
        Some(st)
            if active
                && st.extended_warranty == Some(crate::rules::plans::ServiceState::Active) =>
        {
            series.warranty_parts.iter().collect()
        }
        _ => Vec::new(),
    };
    let claims = unit_claims(conn, &unit)?;
    Ok(Lookup {
        had_plus: unit.plus.is_some(),
        product: unit.product,
        base: base_st,
        plus: plus_st,
        base_plan: unit.base,
        plus_plan: unit.plus,
        plus_sale: unit.plus_sale,
        replaceable_today,
        warranty_today,
        replacement_plan_today: plan_today,
        replacements_left_today: if withdrawn { 0 } else { left },
        claims,
    })
}

/// Claims of this unit and of the units in its replacement chain.
fn unit_claims(conn: &Connection, unit: &Unit) -> Result<Vec<ClaimRow>> {
    let mut st = conn.prepare_cached(&format!(
        "{CLAIM_ROW_SELECT} WHERE c.product_id IN
            (SELECT id FROM products WHERE base_plan_id = ?2 UNION SELECT ?1)
         ORDER BY c.decided_on DESC, c.id DESC"
    ))?;
    let rows = st.query_map(params![unit.product.id, unit.base_plan_id], claim_row)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Hashes a supervisor PIN with Argon2 and a fresh salt.
pub(super) fn hash_pin(pin: &str) -> Result<String> {
    use argon2::password_hash::{PasswordHasher, SaltString};
    let salt = SaltString::encode_b64(&fresh_salt())
        .map_err(|e| StoreError::Invalid(format!("cannot make a salt: {e}")))?;
    argon2::Argon2::default()
        .hash_password(pin.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| StoreError::Invalid(format!("cannot hash the PIN: {e}")))
}

/// 16 unpredictable bytes from the OS-seeded hasher keys (no extra crate).
fn fresh_salt() -> [u8; 16] {
    use std::hash::{BuildHasher, Hasher};
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let mut out = [0u8; 16];
    for chunk in out.chunks_mut(8) {
        let mut h = std::collections::hash_map::RandomState::new().build_hasher();
        h.write_u64(COUNTER.fetch_add(1, Ordering::Relaxed));
        h.write_u128(
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos()),
        );
        chunk.copy_from_slice(&h.finish().to_le_bytes());
    }
    out
}

/// `NotAllowed` unless `staff_id` is a supervisor whose PIN is `pin`.
pub(super) fn verify_supervisor(conn: &Connection, staff_id: i64, pin: &str) -> Result<()> {
    use argon2::password_hash::{PasswordHash, PasswordVerifier};
    let row: Option<(String, Role, Option<String>)> = conn
        .query_row(
            "SELECT name, role, pin_hash FROM staff WHERE id = ?1",
            [staff_id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()?;
    let Some((name, role, hash)) = row else {
        return Err(StoreError::NotAllowed(format!(
            "no staff member {staff_id}"
        )));
    };
    if role != Role::Supervisor {
        return Err(StoreError::NotAllowed(format!(
            "{name} is a {}; this needs a supervisor",
            role.label().to_lowercase()
        )));
    }
    let Some(hash) = hash else {
        return Err(StoreError::NotAllowed(format!("{name} has no PIN set")));
    };
    let parsed = PasswordHash::new(&hash)
        .map_err(|e| StoreError::Corrupt(format!("PIN hash of {name}: {e}")))?;
    argon2::Argon2::default()
        .verify_password(pin.as_bytes(), &parsed)
        .map_err(|_| StoreError::NotAllowed(format!("wrong PIN for {name}")))
}

/// Inserts a product and its CR plan; returns the product id.
pub(super) fn insert_product(conn: &Connection, catalog: &Catalog, p: &NewProduct) -> Result<i64> {
    let serial = check_serial(&p.serial)?;
    let model = check_model(catalog, &p.model)?;
    let region = check_region(catalog, "region", p.region)?;
    let base_id = match &p.base_plan {
        None => None,
        Some(b) => {
            let plan_region = check_region(catalog, "cr_region", b.region)?;
            if b.ends <= b.starts {
                return Err(StoreError::Invalid(format!(
                    "CR ends ({}) must be after it starts ({})",
                    b.ends, b.starts
                )));
            }
            if b.replacements_used > b.replacements_total {
                return Err(StoreError::Invalid(format!(
                    "CR replacements used ({}) exceed the total ({})",
                    b.replacements_used, b.replacements_total
                )));
            }
            conn.prepare_cached(
                "INSERT INTO base_plans (term, region, starts, ends, replacements_total, replacements_used)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )?
            .execute(params![
                b.term,
                plan_region,
                Day(b.starts),
                Day(b.ends),
                b.replacements_total,
                b.replacements_used
            ])?;
            Some(conn.last_insert_rowid())
        }
    };
    let inserted = conn
        .prepare_cached(
            "INSERT INTO products (serial, model, channel, region, base_plan_id)
             VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (serial) DO NOTHING",
        )?
        .execute(params![
            serial,
            catalog.model(model).name,
            p.channel,
            region,
            base_id
        ])?;
    if inserted == 0 {
        return Err(StoreError::Invalid(format!(
            "a product with serial `{serial}` already exists"
        )));
    }
    Ok(conn.last_insert_rowid())
}

/// Inserts CR+ on a unit's CR plan (the rules have approved it).
fn insert_plus(
    conn: &Connection,
    unit: &Unit,
    region: Region,
    on: NaiveDate,
    card: Option<&str>,
    actor: i64,
) -> Result<()> {
    let (Some(base_id), Some(base)) = (unit.base_plan_id, unit.base.as_ref()) else {
        return Err(StoreError::Invalid("no CR plan to bind CR+ to".into()));
    };
    let w = plus_window(base);
    conn.prepare_cached(
        "INSERT INTO plus_plans (base_plan_id, region, bought, starts, ends, card_code, sold_by)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![
        base_id,
        region,
        Day(on),
        Day(w.starts),
        Day(w.ends),
        card,
        actor
    ])?;
    Ok(())
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

fn require_active(unit: &Unit) -> Result<()> {
    if unit.product.status == ProductStatus::Reclaimed {
        return Err(StoreError::Invalid(format!(
            "unit {} was reclaimed by DJI{}",
            unit.product.serial,
            unit.product
                .replaced_by
                .as_deref()
                .map(|s| format!("; its replacement is {s}"))
                .unwrap_or_default()
        )));
    }
    Ok(())
}

fn normalize_code(code: &str) -> String {
    code.trim().to_ascii_uppercase()
}

impl Store {
    /// Registers a product (with its CR plan); returns its id.
    pub fn register_product(&mut self, actor: i64, p: &NewProduct) -> Result<i64> {
        let catalog = self.catalog.clone();
        let tx = self.write()?;
        let id = insert_product(&tx, &catalog, p)?;
        audit(
            &tx,
            Some(actor),
            now(),
            "register_product",
            &normalize_serial(&p.serial),
            serde_json::to_value(p).unwrap_or_default(),
        )?;
        tx.commit()?;
        Ok(id)
    }

    /// Everything known about a serial on `today`.
    pub fn lookup(&self, serial: &str, today: NaiveDate) -> Result<Lookup> {
        let unit = load_unit(&self.conn, &self.catalog, serial)?;
        lookup_unit(&self.conn, &self.catalog, unit, today)
    }

    /// Serial prefix, claim id prefix, or exact model name.
    pub fn search(&self, query: &str, limit: usize) -> Result<Vec<SearchHit>> {
        let q = query.trim().to_ascii_uppercase();
        if q.is_empty() || limit == 0 {
            return Ok(Vec::new());
        }
        let mut hits = Vec::new();
        let lim = limit as i64;
        if q.starts_with("CL-") {
            let mut st = self.conn.prepare_cached(
                "SELECT c.serial, p.model, c.id FROM claims c JOIN products p ON p.id = c.product_id
                 WHERE c.id >= ?1 AND c.id < ?1 || char(1114111) ORDER BY c.id LIMIT ?2",
            )?;
            for h in st.query_map(params![q, lim], |r| {
                Ok(SearchHit {
                    serial: r.get(0)?,
                    model: r.get(1)?,
                    claim_id: Some(r.get(2)?),
                })
            })? {
                hits.push(h?);
            }
        }
        let mut st = self.conn.prepare_cached(
            "SELECT serial, model FROM products WHERE serial >= ?1 AND serial < ?1 || char(1114111)
             ORDER BY serial LIMIT ?2",
        )?;
        for h in st.query_map(params![q, lim], |r| {
            Ok(SearchHit {
                serial: r.get(0)?,
                model: r.get(1)?,
                claim_id: None,
            })
        })? {
            hits.push(h?);
        }
        if hits.len() < limit
            && let Some(m) = self.catalog.model_id(query)
        {
            let mut st = self.conn.prepare_cached(
                "SELECT serial, model FROM products WHERE model = ?1 ORDER BY serial LIMIT ?2",
            )?;
            for h in st.query_map(
                params![self.catalog.model(m).name, (limit - hits.len()) as i64],
                |r| {
                    Ok(SearchHit {
                        serial: r.get(0)?,
                        model: r.get(1)?,
                        claim_id: None,
                    })
                },
            )? {
                hits.push(h?);
            }
        }
        hits.truncate(limit);
        Ok(hits)
    }

    /// What the BUY-* rules say about selling CR+ for a serial (no write).
    pub fn preview_plus_purchase(
        &self,
        serial: &str,
        purchase_region: Region,
        on: NaiveDate,
    ) -> Result<Decision> {
        let region = check_region(&self.catalog, "purchase region", purchase_region)?;
        let unit = load_unit(&self.conn, &self.catalog, serial)?;
        require_active(&unit)?;
        Ok(decide(
            &self.catalog,
            &unit.request(RequestKind::PlusPurchase, on, Some(region), None, false),
        ))
    }

    /// Sells CR+ in the store by serial; `Refused` carries the BUY-* rules.
    pub fn buy_plus(
        &mut self,
        actor: i64,
        serial: &str,
        purchase_region: Region,
        on: NaiveDate,
    ) -> Result<Lookup> {
        let catalog = self.catalog.clone();
        let region = check_region(&catalog, "purchase region", purchase_region)?;
        let tx = self.write()?;
        let unit = load_unit(&tx, &catalog, serial)?;
        require_active(&unit)?;
        let d = decide(
            &catalog,
            &unit.request(RequestKind::PlusPurchase, on, Some(region), None, false),
        );
        if !d.approved() {
            return Err(StoreError::Refused(d));
        }
        insert_plus(&tx, &unit, region, on, None, actor)?;
        audit(
            &tx,
            Some(actor),
            now(),
            "buy_plus",
            &unit.product.serial,
            serde_json::json!({ "region": region, "on": sql::day(on) }),
        )?;
        let serial = unit.product.serial.clone();
        tx.commit()?;
        self.lookup(&serial, on)
    }

    /// Adds an unused activation card.
    pub fn add_activation_card(&mut self, actor: i64, code: &str, region: Region) -> Result<()> {
        let catalog = self.catalog.clone();
        let code = normalize_code(code);
        if code.len() < 4 || !code.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
            return Err(StoreError::Invalid(format!(
                "activation code `{code}` is not 4 or more letters, digits or dashes"
            )));
        }
        let region = check_region(&catalog, "card region", region)?;
        let tx = self.write()?;
        let n = tx.execute(
            "INSERT INTO activation_cards (code, region, added_at) VALUES (?1, ?2, ?3)
             ON CONFLICT (code) DO NOTHING",
            params![code, region, sql::ts(now())],
        )?;
        if n == 0 {
            return Err(StoreError::Invalid(format!(
                "activation code {code} already exists"
            )));
        }
        audit(
            &tx,
            Some(actor),
            now(),
            "add_activation_card",
            &code,
            serde_json::json!({ "region": region }),
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Activation cards, unused first, then by code.
    pub fn activation_cards(&self, limit: usize) -> Result<Vec<ActivationCard>> {
        let mut st = self.conn.prepare_cached(
            "SELECT a.code, a.region, a.bound_serial, a.bound_on, s.name
             FROM activation_cards a LEFT JOIN staff s ON s.id = a.bound_by
             ORDER BY a.bound_serial IS NOT NULL, a.code LIMIT ?1",
        )?;
        let rows = st.query_map([limit as i64], card_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    pub fn activation_card(&self, code: &str) -> Result<ActivationCard> {
        let code = normalize_code(code);
        self.conn
            .query_row(
                "SELECT a.code, a.region, a.bound_serial, a.bound_on, s.name
                 FROM activation_cards a LEFT JOIN staff s ON s.id = a.bound_by WHERE a.code = ?1",
                [&code],
                card_row,
            )
            .optional()?
            .ok_or_else(|| StoreError::NotFound(format!("unknown activation code {code}")))
    }

    /// Binds an activation card to a serial. A code binds once: the check and
    /// the write happen under one write lock, so of two workstations binding
    /// the same code at once exactly one succeeds.
    pub fn bind_activation_card(
        &mut self,
        actor: i64,
        code: &str,
        serial: &str,
        on: NaiveDate,
    ) -> Result<Lookup> {
        let catalog = self.catalog.clone();
        let code = normalize_code(code);
        let tx = self.write()?;
        let card: Option<(Region, Option<String>)> = tx
            .query_row(
                "SELECT region, bound_serial FROM activation_cards WHERE code = ?1",
                [&code],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        let Some((region, bound)) = card else {
            return Err(StoreError::NotFound(format!(
                "unknown activation code {code}"
            )));
        };
        if bound.is_some() {
            return Err(StoreError::CodeAlreadyUsed(code));
        }
        let unit = load_unit(&tx, &catalog, serial)?;
        require_active(&unit)?;
        let d = decide(
            &catalog,
            &unit.request(RequestKind::PlusPurchase, on, Some(region), None, false),
        );
        if !d.approved() {
            return Err(StoreError::Refused(d));
        }
        // Conditional on the card still being free: the second line of defence.
        let n = tx.execute(
            "UPDATE activation_cards SET bound_serial = ?2, bound_on = ?3, bound_by = ?4
             WHERE code = ?1 AND bound_serial IS NULL",
            params![code, unit.product.serial, Day(on), actor],
        )?;
        if n != 1 {
            return Err(StoreError::CodeAlreadyUsed(code));
        }
        insert_plus(&tx, &unit, region, on, Some(&code), actor)?;
        audit(
            &tx,
            Some(actor),
            now(),
            "bind_activation_card",
            &unit.product.serial,
            serde_json::json!({ "code": code, "region": region, "on": sql::day(on) }),
        )?;
        let serial = unit.product.serial.clone();
        tx.commit()?;
        self.lookup(&serial, on)
    }

    /// Returns CR+ (RET-* decide). Approved: CR is returned first, then CR+;
    /// both show withdrawn from `on`.
    pub fn return_plus(
        &mut self,
        actor: i64,
        serial: &str,
        product_returned: bool,
        on: NaiveDate,
    ) -> Result<Lookup> {
        let catalog = self.catalog.clone();
        let tx = self.write()?;
        let unit = load_unit(&tx, &catalog, serial)?;
        let (Some(plus_id), Some(sale)) = (unit.plus_id, unit.plus_sale.as_ref()) else {
            return Err(StoreError::Invalid(format!(
                "{} has no Care Refresh+ to return",
                unit.product.serial
            )));
        };
        if sale.returned_on.is_some() {
            return Err(StoreError::Invalid(format!(
                "Care Refresh+ of {} was already returned",
                unit.product.serial
            )));
        }
        let d = decide(
            &catalog,
            &unit.request(RequestKind::PlusReturn, on, None, None, product_returned),
        );
        if !d.approved() {
            return Err(StoreError::Refused(d));
        }
        tx.execute(
            "UPDATE plus_plans SET returned_on = ?2, withdrawn_on = COALESCE(withdrawn_on, ?2) WHERE id = ?1",
            params![plus_id, Day(on)],
        )?;
        if let Some(base_id) = unit.base_plan_id {
            tx.execute(
                "UPDATE base_plans SET withdrawn_on = COALESCE(withdrawn_on, ?2) WHERE id = ?1",
                params![base_id, Day(on)],
            )?;
        }
        audit(
            &tx,
            Some(actor),
            now(),
            "return_plus",
            &unit.product.serial,
            serde_json::json!({ "on": sql::day(on), "product_returned": product_returned }),
        )?;
        let serial = unit.product.serial.clone();
        tx.commit()?;
        self.lookup(&serial, on)
    }

    /// Records the customer's confirmed withdrawal of a plan.
    pub fn withdraw_plan(
        &mut self,
        actor: i64,
        serial: &str,
        plan: PlanKind,
        on: NaiveDate,
    ) -> Result<Lookup> {
        let catalog = self.catalog.clone();
        let tx = self.write()?;
        let unit = load_unit(&tx, &catalog, serial)?;
        let n = match plan {
            PlanKind::CareRefresh => match unit.base_plan_id {
                Some(id) => tx.execute(
                    "UPDATE base_plans SET withdrawn_on = ?2 WHERE id = ?1 AND withdrawn_on IS NULL",
                    params![id, Day(on)],
                )?,
                None => {
                    return Err(StoreError::Invalid(format!(
                        "{} has no Care Refresh plan",
                        unit.product.serial
                    )));
                }
            },
            PlanKind::CareRefreshPlus => match unit.plus_id {
                Some(id) => tx.execute(
                    "UPDATE plus_plans SET withdrawn_on = ?2 WHERE id = ?1 AND withdrawn_on IS NULL",
                    params![id, Day(on)],
                )?,
                None => {
                    return Err(StoreError::Invalid(format!(
                        "{} has no Care Refresh+",
                        unit.product.serial
                    )));
                }
            },
        };
        if n == 0 {
            return Err(StoreError::Invalid(format!(
                "{} of {} is already withdrawn",
                plan.label(),
                unit.product.serial
            )));
        }
        audit(
            &tx,
            Some(actor),
            now(),
            "withdraw_plan",
            &unit.product.serial,
            serde_json::json!({ "plan": plan.code(), "on": sql::day(on) }),
        )?;
        let serial = unit.product.serial.clone();
        tx.commit()?;
        self.lookup(&serial, on)
    }

    /// Plans of active units whose validity ends within `within_days` of
    /// `today` (ends in `(today, today + within_days]`), soonest first.
    pub fn expiring_plans(&self, today: NaiveDate, within_days: u32) -> Result<Vec<ExpiringPlan>> {
        let until = today + chrono::Duration::days(i64::from(within_days));
        let mut out = Vec::new();
        let mut st = self.conn.prepare_cached(
            "SELECT p.serial, p.model, b.ends FROM base_plans b
             JOIN products p ON p.base_plan_id = b.id AND p.status = 'active'
             WHERE b.ends > ?1 AND b.ends <= ?2 AND b.withdrawn_on IS NULL
             ORDER BY b.ends, p.serial",
        )?;
        for r in st.query_map(params![Day(today), Day(until)], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, Day>(2)?,
            ))
        })? {
            let (serial, model, ends) = r?;
            out.push(expiring(
                serial,
                model,
                PlanKind::CareRefresh,
                PlanService::Replacement,
                ends.0,
                today,
            ));
        }
        let mut st = self.conn.prepare_cached(
            "SELECT p.serial, p.model, x.ends, x.region FROM plus_plans x
             JOIN products p ON p.base_plan_id = x.base_plan_id AND p.status = 'active'
             WHERE x.ends > ?1 AND x.ends <= ?2 AND x.withdrawn_on IS NULL
             ORDER BY x.ends, p.serial",
        )?;
        for r in st.query_map(params![Day(today), Day(until)], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, Day>(2)?,
                r.get::<_, Region>(3)?,
            ))
        })? {
            let (serial, model, ends, region) = r?;
            out.push(expiring(
                serial.clone(),
                model.clone(),
                PlanKind::CareRefreshPlus,
                PlanService::Replacement,
                ends.0,
                today,
            ));
            if !self
                .catalog
                .is_european_variant(self.catalog.service_region(region))
            {
                out.push(expiring(
                    serial,
                    model,
                    PlanKind::CareRefreshPlus,
                    PlanService::ExtendedWarranty,
                    ends.0,
                    today,
                ));
            }
        }
        out.sort_by(|a, b| a.ends.cmp(&b.ends).then_with(|| a.serial.cmp(&b.serial)));
        Ok(out)
    }
}

fn expiring(
    serial: String,
    model: String,
    plan: PlanKind,
    service: PlanService,
    ends: NaiveDate,
    today: NaiveDate,
) -> ExpiringPlan {
    ExpiringPlan {
        serial,
        model,
        plan,
        service,
        ends,
        valid_through: ends.pred_opt().unwrap_or(ends),
        days_left: (ends - today).num_days(),
    }
}
