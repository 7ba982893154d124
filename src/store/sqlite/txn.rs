//! The write side on SQLite: one `IMMEDIATE` transaction per operation.

use super::Conn;
use super::reads::{Db, claim_state};
use super::rows::{Day, Ts};
use crate::rules::{PlanKind, Region};
use crate::store::*;
use chrono::{NaiveDate, NaiveDateTime};
use rusqlite::{Connection, OptionalExtension, Transaction, params};

/// Appends one row to a chain: its id, the previous hash from the chain's
/// head, its own hash; then moves the head. Runs under the write lock.
fn append_link(c: &Connection, chain: chain::Chain, link: &chain::Link) -> Result<()> {
    let table = chain.table();
    let prev: String = c
        .prepare_cached("SELECT hash FROM chain_heads WHERE chain = ?1")?
        .query_row([table], |r| r.get(0))
        .optional()?
        .ok_or_else(|| StoreError::Corrupt(format!("the head of the {table} chain is missing")))?;
    let id: i64 = c
        .prepare_cached(&format!("SELECT COALESCE(MAX(id), 0) + 1 FROM {table}"))?
        .query_row([], |r| r.get(0))?;
    let hash = chain::link_hash(&prev, id, link);
    match link {
        chain::Link::Audit {
            at,
            staff_id,
            action,
            subject,
            details,
        } => {
            c.prepare_cached(
                "INSERT INTO audit_log (id, at, staff_id, action, subject, details, prev_hash, hash)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            )?
            .execute(params![id, Ts(*at), staff_id, action, subject, details, prev, hash])?;
        }
        chain::Link::Event {
            claim_id,
            at,
            staff_id,
            from,
            to,
            note,
        } => {
            c.prepare_cached(
                "INSERT INTO claim_events (id, claim_id, at, staff_id, from_status, to_status, note, prev_hash, hash)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            )?
            .execute(params![id, claim_id, Ts(*at), staff_id, from, to, note, prev, hash])?;
        }
    }
    c.prepare_cached("UPDATE chain_heads SET rows = rows + 1, hash = ?2 WHERE chain = ?1")?
        .execute(params![table, hash])?;
    Ok(())
}

pub(super) struct SqliteTxn<'a> {
    pub tx: Transaction<'a>,
}

impl Conn for SqliteTxn<'_> {
    fn c(&self) -> &Connection {
        &self.tx
    }
}

fn insert_base(c: &Connection, b: &NewBase) -> Result<i64> {
    c.prepare_cached(
        "INSERT INTO base_plans (term, region, starts, ends, replacements_total, replacements_used)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![
        b.term,
        b.region,
        Day(b.starts),
        Day(b.ends),
        b.replacements_total,
        b.replacements_used
    ])?;
    Ok(c.last_insert_rowid())
}

fn insert_card(c: &Connection, card: &NewCard) -> Result<bool> {
    let n = c
        .prepare_cached(
            "INSERT INTO activation_cards (code, region, bound_serial, bound_on, bound_by, added_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (code) DO NOTHING",
        )?
        .execute(params![
            card.code,
            card.region,
            card.bound_serial,
            card.bound_on.map(Day),
            card.bound_by,
            Ts(card.added_at)
        ])?;
    Ok(n == 1)
}

fn insert_plus(c: &Connection, base_plan_id: i64, x: &NewPlus) -> Result<()> {
    c.prepare_cached(
        "INSERT INTO plus_plans (base_plan_id, region, bought, starts, ends, replacements_used,
            warranty_repairs_used, card_code, sold_by)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?
    .execute(params![
        base_plan_id,
        x.region,
        Day(x.bought),
        Day(x.starts),
        Day(x.ends),
        x.replacements_used,
        x.warranty_repairs_used,
        x.card_code,
        x.sold_by
    ])?;
    Ok(())
}

fn decision_params(d: &DecisionRecord) -> (String, String, String, String) {
    (
        json_list(&d.rules),
        json_list(&d.interpretations),
        json_list(&d.customer_pays),
        json_list(&d.reasons),
    )
}

impl Txn for Db<SqliteTxn<'_>> {
    fn lock_claim(&mut self, id: &str) -> Result<Option<ClaimState>> {
        // The transaction already holds the database's write lock.
        claim_state(&self.0.tx, id)
    }

    fn lock_claims_for_intake(&mut self) -> Result<()> {
        // `BEGIN IMMEDIATE` took the database's write lock.
        Ok(())
    }

    fn lock_card(&mut self, code: &str) -> Result<Option<(Region, Option<String>)>> {
        Ok(self
            .0
            .tx
            .query_row(
                "SELECT region, bound_serial FROM activation_cards WHERE code = ?1",
                [code],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?)
    }

    fn insert_staff(&mut self, s: &NewStaff) -> Result<Option<i64>> {
        let n = self.0.tx.execute(
            "INSERT INTO staff (name, role, pin_hash, created_at) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (name) DO NOTHING",
            params![s.name, s.role, s.pin_hash, Ts(s.at)],
        )?;
        Ok((n == 1).then(|| self.0.tx.last_insert_rowid()))
    }

    fn insert_units(&mut self, units: &[NewUnit]) -> Result<Vec<i64>> {
        let c: &Connection = &self.0.tx;
        let mut ids = Vec::with_capacity(units.len());
        for u in units {
            let base_id = u.base.as_ref().map(|b| insert_base(c, b)).transpose()?;
            let inserted = c
                .prepare_cached(
                    "INSERT INTO products (serial, model, channel, region, base_plan_id)
                     VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (serial) DO NOTHING",
                )?
                .execute(params![u.serial, u.model, u.channel, u.region, base_id])?;
            if inserted == 0 {
                return Err(StoreError::Invalid(format!(
                    "a product with serial `{}` already exists",
                    u.serial
                )));
            }
            ids.push(c.last_insert_rowid());
            if let Some(card) = &u.card {
                insert_card(c, card)?;
            }
            if let (Some(base_id), Some(plus)) = (base_id, &u.plus) {
                insert_plus(c, base_id, plus)?;
            }
        }
        Ok(ids)
    }

    fn insert_plus(&mut self, base_plan_id: i64, plus: &NewPlus) -> Result<()> {
        insert_plus(&self.0.tx, base_plan_id, plus)
    }

    fn insert_card(&mut self, card: &NewCard) -> Result<bool> {
        insert_card(&self.0.tx, card)
    }

    fn bind_card(&mut self, code: &str, serial: &str, on: NaiveDate, by: i64) -> Result<bool> {
        let n = self.0.tx.execute(
            "UPDATE activation_cards SET bound_serial = ?2, bound_on = ?3, bound_by = ?4
             WHERE code = ?1 AND bound_serial IS NULL",
            params![code, serial, Day(on), by],
        )?;
        Ok(n == 1)
    }

    fn return_plus(
        &mut self,
        plus_id: i64,
        base_plan_id: Option<i64>,
        on: NaiveDate,
    ) -> Result<()> {
        self.0.tx.execute(
            "UPDATE plus_plans SET returned_on = ?2, withdrawn_on = COALESCE(withdrawn_on, ?2) WHERE id = ?1",
            params![plus_id, Day(on)],
        )?;
        if let Some(base_id) = base_plan_id {
            self.0.tx.execute(
                "UPDATE base_plans SET withdrawn_on = COALESCE(withdrawn_on, ?2) WHERE id = ?1",
                params![base_id, Day(on)],
            )?;
        }
        Ok(())
    }

    fn withdraw(&mut self, plan: PlanKind, plan_id: i64, on: NaiveDate) -> Result<bool> {
        let sql = match plan {
            PlanKind::CareRefresh => {
                "UPDATE base_plans SET withdrawn_on = ?2 WHERE id = ?1 AND withdrawn_on IS NULL"
            }
            PlanKind::CareRefreshPlus => {
                "UPDATE plus_plans SET withdrawn_on = ?2 WHERE id = ?1 AND withdrawn_on IS NULL"
            }
        };
        Ok(self.0.tx.execute(sql, params![plan_id, Day(on)])? == 1)
    }

    fn count_replacement(&mut self, plan: PlanKind, plan_id: i64) -> Result<()> {
        let sql = match plan {
            PlanKind::CareRefresh => {
                "UPDATE base_plans SET replacements_used = replacements_used + 1 WHERE id = ?1"
            }
            PlanKind::CareRefreshPlus => {
                "UPDATE plus_plans SET replacements_used = replacements_used + 1 WHERE id = ?1"
            }
        };
        self.0.tx.execute(sql, [plan_id])?;
        Ok(())
    }

    fn count_warranty_repair(&mut self, plus_id: i64) -> Result<()> {
        self.0.tx.execute(
            "UPDATE plus_plans SET warranty_repairs_used = warranty_repairs_used + 1 WHERE id = ?1",
            [plus_id],
        )?;
        Ok(())
    }

    fn insert_replacement_unit(&mut self, old: &ProductRow, new_serial: &str) -> Result<i64> {
        self.0.tx.execute(
            "INSERT INTO products (serial, model, channel, region, replaces, base_plan_id)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                new_serial,
                old.model,
                old.channel,
                old.region,
                old.serial,
                old.base_plan_id
            ],
        )?;
        let id = self.0.tx.last_insert_rowid();
        super::visit::carry_customer(&self.0.tx, old.id, id)?;
        Ok(id)
    }

    fn reclaim(&mut self, product_id: i64, replaced_by: &str) -> Result<bool> {
        Ok(self.0.tx.execute(
            "UPDATE products SET status = 'reclaimed', replaced_by = ?2 WHERE id = ?1 AND status = 'active'",
            params![product_id, replaced_by],
        )? == 1)
    }

    fn next_claim_number(&mut self, year: i32) -> Result<i64> {
        Ok(self
            .0
            .tx
            .prepare_cached(
                "INSERT INTO claim_counters (year, last) VALUES (?1, 1)
                 ON CONFLICT (year) DO UPDATE SET last = last + 1 RETURNING last",
            )?
            .query_row([year], |r| r.get(0))?)
    }

    fn insert_claim(&mut self, c: &NewClaim) -> Result<()> {
        let d = &c.decision;
        let (rules, interps, pays, reasons) = decision_params(d);
        self.0.tx
            .prepare_cached(
                "INSERT INTO claims (id, product_id, serial, kind, channel, status, approved, plan, rules,
                    interpretations, customer_pays, replacements_left_after, input, submitted_on, decided_on,
                    fee_cents, fee_currency, replacement_number, created_by, created_at, updated_at, reasons,
                    ship_by, shipped_on)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?20, ?21,
                    ?22, ?23)",
            )?
            .execute(params![
                c.id,
                c.product_id,
                c.serial,
                c.kind,
                c.channel,
                d.status,
                d.approved,
                d.plan,
                rules,
                interps,
                pays,
                d.replacements_left_after,
                c.input,
                Day(c.submitted_on),
                Day(c.decided_on),
                d.fee.as_ref().map(|f| f.cents),
                d.fee.as_ref().map(|f| f.currency.clone()),
                d.replacement_number,
                c.created_by,
                Ts(c.at),
                reasons,
                c.ship_by.map(Day),
                c.shipped_on.map(Day),
            ])?;
        Ok(())
    }

    fn set_claim_status(
        &mut self,
        id: &str,
        from: ClaimStatus,
        to: ClaimStatus,
        at: NaiveDateTime,
    ) -> Result<bool> {
        Ok(self
            .0
            .tx
            .prepare_cached(
                "UPDATE claims SET status = ?3, updated_at = ?4 WHERE id = ?1 AND status = ?2",
            )?
            .execute(params![id, from, to, Ts(at)])?
            == 1)
    }

    fn set_replacement_serial(&mut self, id: &str, serial: &str) -> Result<()> {
        self.0.tx.execute(
            "UPDATE claims SET replacement_serial = ?2 WHERE id = ?1",
            params![id, serial],
        )?;
        Ok(())
    }

    fn set_claim_shipped(
        &mut self,
        id: &str,
        input: &str,
        shipped_on: NaiveDate,
        at: NaiveDateTime,
    ) -> Result<()> {
        self.0.tx.execute(
            "UPDATE claims SET input = ?2, shipped_on = ?3, updated_at = ?4 WHERE id = ?1",
            params![id, input, Day(shipped_on), Ts(at)],
        )?;
        Ok(())
    }

    fn touch_claim(&mut self, id: &str, at: NaiveDateTime) -> Result<()> {
        self.0.tx.execute(
            "UPDATE claims SET updated_at = ?2 WHERE id = ?1",
            params![id, Ts(at)],
        )?;
        Ok(())
    }

    fn insert_parcel(&mut self, p: &NewParcel) -> Result<i64> {
        self.0.tx.execute(
            "INSERT INTO parcels (claim_id, direction, carrier, tracking, shipped_on, received_on,
                staff_id, recorded_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                p.claim_id,
                p.direction,
                p.carrier,
                p.tracking,
                p.shipped_on.map(Day),
                p.received_on.map(Day),
                p.staff_id,
                Ts(p.at)
            ],
        )?;
        Ok(self.0.tx.last_insert_rowid())
    }

    fn set_parcel_days(
        &mut self,
        id: i64,
        shipped_on: Option<NaiveDate>,
        received_on: Option<NaiveDate>,
    ) -> Result<bool> {
        Ok(self.0.tx.execute(
            "UPDATE parcels SET shipped_on = ?2, received_on = ?3 WHERE id = ?1",
            params![id, shipped_on.map(Day), received_on.map(Day)],
        )? == 1)
    }

    fn finish_upgrade_task(&mut self, task: &str) -> Result<bool> {
        Ok(self
            .0
            .tx
            .execute("DELETE FROM upgrade_tasks WHERE task = ?1", [task])?
            == 1)
    }

    fn set_claim_advice(&mut self, id: &str, advice: &AdviceRecord) -> Result<()> {
        self.0
            .tx
            .prepare_cached(
                "INSERT INTO claim_advice (claim_id, advice) VALUES (?1, ?2)
                 ON CONFLICT (claim_id) DO UPDATE SET advice = excluded.advice",
            )?
            .execute(params![id, advice_json(advice)?])?;
        Ok(())
    }

    fn redecide_claim(&mut self, id: &str, d: &DecisionRecord, at: NaiveDateTime) -> Result<()> {
        let (rules, interps, pays, reasons) = decision_params(d);
        self.0.tx.execute(
            "UPDATE claims SET status = ?2, approved = ?3, plan = ?4, rules = ?5, interpretations = ?6,
                customer_pays = ?7, replacements_left_after = ?8, fee_cents = ?9, fee_currency = ?10,
                replacement_number = ?11, updated_at = ?12, reasons = ?13
             WHERE id = ?1",
            params![
                id,
                d.status,
                d.approved,
                d.plan,
                rules,
                interps,
                pays,
                d.replacements_left_after,
                d.fee.as_ref().map(|f| f.cents),
                d.fee.as_ref().map(|f| f.currency.clone()),
                d.replacement_number,
                Ts(at),
                reasons,
            ],
        )?;
        Ok(())
    }

    fn append_event(&mut self, e: &NewEvent) -> Result<()> {
        append_link(&self.0.tx, chain::Chain::Events, &e.link())
    }

    fn audit(&mut self, a: &NewAudit) -> Result<()> {
        append_link(&self.0.tx, chain::Chain::Audit, &a.link())
    }

    fn set_staff_role(&mut self, staff_id: i64, role: Role) -> Result<bool> {
        let n = self.0.tx.execute(
            "UPDATE staff SET role = ?2 WHERE id = ?1",
            params![staff_id, role],
        )?;
        Ok(n == 1)
    }

    fn set_staff_pin(&mut self, staff_id: i64, pin_hash: &str) -> Result<bool> {
        let n = self.0.tx.execute(
            "UPDATE staff SET pin_hash = ?2, failed_pins = 0, locked_until = NULL WHERE id = ?1",
            params![staff_id, pin_hash],
        )?;
        Ok(n == 1)
    }

    fn record_wrong_pin(
        &mut self,
        staff_id: i64,
        limit: u32,
        lock_until: NaiveDateTime,
    ) -> Result<(u32, Option<NaiveDateTime>)> {
        let c = &self.0.tx;
        let failed: u32 = c
            .prepare_cached(
                "UPDATE staff SET failed_pins = failed_pins + 1 WHERE id = ?1 RETURNING failed_pins",
            )?
            .query_row([staff_id], |r| r.get(0))
            .optional()?
            .ok_or_else(|| StoreError::NotFound(format!("staff member {staff_id}")))?;
        if failed < limit {
            return Ok((failed, None));
        }
        c.execute(
            "UPDATE staff SET failed_pins = 0, locked_until = ?2 WHERE id = ?1",
            params![staff_id, Ts(lock_until)],
        )?;
        Ok((failed, Some(lock_until)))
    }

    fn clear_wrong_pins(&mut self, staff_id: i64) -> Result<()> {
        self.0.tx.execute(
            "UPDATE staff SET failed_pins = 0, locked_until = NULL
             WHERE id = ?1 AND (failed_pins <> 0 OR locked_until IS NOT NULL)",
            [staff_id],
        )?;
        Ok(())
    }

    fn set_setting(&mut self, key: Setting, value: &str) -> Result<()> {
        self.0.tx.execute(
            "INSERT INTO settings (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            params![key.key(), value],
        )?;
        Ok(())
    }

    fn seed_fee(&mut self, f: &FeeRow) -> Result<()> {
        self.0.tx
            .prepare_cached(
                "INSERT OR IGNORE INTO fee_schedule (model, region, replacement_number, amount_cents, currency)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
            )?
            .execute(params![
                f.model,
                f.region,
                f.replacement_number,
                f.amount.cents,
                f.amount.currency
            ])?;
        Ok(())
    }

    fn set_fee(&mut self, f: &FeeRow) -> Result<Option<Money>> {
        let old = self.fee(&f.model, f.region, f.replacement_number)?;
        self.0.tx.execute(
            "INSERT INTO fee_schedule (model, region, replacement_number, amount_cents, currency)
             VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (model, region, replacement_number)
             DO UPDATE SET amount_cents = excluded.amount_cents, currency = excluded.currency",
            params![
                f.model,
                f.region,
                f.replacement_number,
                f.amount.cents,
                f.amount.currency
            ],
        )?;
        Ok(old)
    }

    fn lock_customer(&mut self, id: i64) -> Result<Option<CustomerRow>> {
        // The transaction already holds the database's write lock.
        super::visit::customer(&self.0.tx, id)
    }

    fn insert_customers(&mut self, customers: &[NewCustomer]) -> Result<Vec<i64>> {
        super::visit::insert_customers(&self.0.tx, customers)
    }

    fn update_customer(
        &mut self,
        id: i64,
        fields: &CustomerFields,
        search_key: &str,
        at: NaiveDateTime,
    ) -> Result<bool> {
        super::visit::update_customer(&self.0.tx, id, fields, search_key, at)
    }

    fn insert_customer_change(
        &mut self,
        customer_id: i64,
        at: NaiveDateTime,
        staff_id: Option<i64>,
        changes: &str,
    ) -> Result<i64> {
        super::visit::insert_customer_change(&self.0.tx, customer_id, at, staff_id, changes)
    }

    fn link_product_customer(
        &mut self,
        product_id: i64,
        customer_id: i64,
        at: NaiveDateTime,
        by: Option<i64>,
    ) -> Result<bool> {
        super::visit::link_product_customer(&self.0.tx, product_id, customer_id, at, by)
    }

    fn insert_claim_intake(&mut self, intake: &ClaimIntakeRow) -> Result<()> {
        super::visit::insert_claim_intake(&self.0.tx, intake)
    }

    fn insert_photo(&mut self, photo: &NewPhoto) -> Result<Option<i64>> {
        super::visit::insert_photo(&self.0.tx, photo)
    }

    fn set_signature(&mut self, signature: &SignatureRow) -> Result<()> {
        super::visit::set_signature(&self.0.tx, signature)
    }

    fn erase_customer(&mut self, id: i64, at: NaiveDateTime, by: Option<i64>) -> Result<bool> {
        super::visit::erase_customer(&self.0.tx, id, at, by)
    }

    fn redact_customer_changes(&mut self, customer_id: i64, at: NaiveDateTime) -> Result<u64> {
        super::visit::redact_customer_changes(&self.0.tx, customer_id, at)
    }

    fn erase_signatures_of(&mut self, customer_id: i64, at: NaiveDateTime) -> Result<u64> {
        super::visit::erase_signatures_of(&self.0.tx, customer_id, at)
    }

    fn bulk_load(&mut self, starting: bool) -> Result<()> {
        // Building an index once, sorted, beats a million random inserts.
        if starting {
            self.0.tx.pragma_update(None, "cache_size", -262_144)?;
            self.0.tx.execute_batch(super::schema::BULK_INDEXES_DROP)?;
            self.0.tx.execute_batch(super::schema::BULK_SEARCH_DROP)?;
        } else {
            self.0
                .tx
                .execute_batch(super::schema::BULK_INDEXES_CREATE)?;
            self.0.tx.execute_batch(super::schema::BULK_SEARCH_CREATE)?;
            self.0.tx.pragma_update(None, "cache_size", -8192)?;
        }
        Ok(())
    }

    fn import(&mut self, r: &Record) -> Result<()> {
        let c: &Connection = &self.0.tx;
        match r {
            Record::Staff {
                id,
                name,
                role,
                pin_hash,
                created_at,
            } => {
                c.prepare_cached(
                    "INSERT INTO staff (id, name, role, pin_hash, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
                )?
                .execute(params![id, name, role, pin_hash, Ts(*created_at)])?;
            }
            Record::BasePlan(b) => {
                c.prepare_cached(
                    "INSERT INTO base_plans (id, term, region, starts, ends, replacements_total,
                        replacements_used, withdrawn_on) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                )?
                .execute(params![
                    b.id,
                    b.term,
                    b.region,
                    Day(b.starts),
                    Day(b.ends),
                    b.replacements_total,
                    b.replacements_used,
                    b.withdrawn_on.map(Day)
                ])?;
            }
            Record::PlusPlan {
                base_plan_id,
                plus: x,
                sold_by,
            } => {
                c.prepare_cached(
                    "INSERT INTO plus_plans (id, base_plan_id, region, bought, starts, ends,
                        replacements_used, warranty_repairs_used, withdrawn_on, returned_on, card_code, sold_by)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
                )?
                .execute(params![
                    x.id,
                    base_plan_id,
                    x.region,
                    Day(x.bought),
                    Day(x.starts),
                    Day(x.ends),
                    x.replacements_used,
                    x.warranty_repairs_used,
                    x.withdrawn_on.map(Day),
                    x.returned_on.map(Day),
                    x.card_code,
                    sold_by
                ])?;
            }
            Record::Product(p) => {
                c.prepare_cached(
                    "INSERT INTO products (id, serial, model, channel, region, status, replaced_by,
                        replaces, base_plan_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                )?
                .execute(params![
                    p.id,
                    p.serial,
                    p.model,
                    p.channel,
                    p.region,
                    p.status,
                    p.replaced_by,
                    p.replaces,
                    p.base_plan_id
                ])?;
            }
            Record::Card {
                code,
                region,
                bound_serial,
                bound_on,
                bound_by,
                added_at,
            } => {
                insert_card(
                    c,
                    &NewCard {
                        code: code.clone(),
                        region: *region,
                        bound_serial: bound_serial.clone(),
                        bound_on: *bound_on,
                        bound_by: *bound_by,
                        added_at: *added_at,
                    },
                )?;
            }
            Record::ClaimCounter { year, last } => {
                c.execute(
                    "INSERT INTO claim_counters (year, last) VALUES (?1, ?2)
                     ON CONFLICT (year) DO UPDATE SET last = max(last, excluded.last)",
                    params![year, last],
                )?;
            }
            Record::Claim(k) => {
                c.prepare_cached(
                    "INSERT INTO claims (id, product_id, serial, kind, channel, status, approved, plan, rules,
                        interpretations, customer_pays, replacements_left_after, input, submitted_on,
                        decided_on, fee_cents, fee_currency, replacement_number, replacement_serial,
                        created_by, created_at, updated_at, reasons, ship_by, shipped_on)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,
                        ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25)",
                )?
                .execute(params![
                    k.id,
                    k.product_id,
                    k.serial,
                    k.kind,
                    k.channel,
                    k.status,
                    k.approved,
                    k.plan,
                    k.rules,
                    k.interpretations,
                    k.customer_pays,
                    k.replacements_left_after,
                    k.input,
                    Day(k.submitted_on),
                    Day(k.decided_on),
                    k.fee.as_ref().map(|f| f.cents),
                    k.fee.as_ref().map(|f| f.currency.clone()),
                    k.replacement_number,
                    k.replacement_serial,
                    k.created_by,
                    Ts(k.created_at),
                    Ts(k.updated_at),
                    k.reasons,
                    k.ship_by.map(Day),
                    k.shipped_on.map(Day)
                ])?;
            }
            Record::ClaimAdvice { claim_id, advice } => {
                c.prepare_cached("INSERT INTO claim_advice (claim_id, advice) VALUES (?1, ?2)")?
                    .execute(params![claim_id, advice])?;
            }
            Record::Event {
                id,
                claim_id,
                at,
                staff_id,
                from,
                to,
                note,
                prev_hash,
                hash,
            } => {
                c.prepare_cached(
                    "INSERT INTO claim_events (id, claim_id, at, staff_id, from_status, to_status, note, prev_hash, hash)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                )?
                .execute(params![id, claim_id, Ts(*at), staff_id, from, to, note, prev_hash, hash])?;
            }
            Record::Fee {
                model,
                region,
                replacement_number,
                amount,
            } => {
                // A new database already has the starting schedule: the
                // copied row wins.
                c.prepare_cached(
                    "INSERT INTO fee_schedule (model, region, replacement_number, amount_cents, currency)
                     VALUES (?1, ?2, ?3, ?4, ?5)
                     ON CONFLICT (model, region, replacement_number)
                     DO UPDATE SET amount_cents = excluded.amount_cents, currency = excluded.currency",
                )?
                .execute(params![
                    model,
                    region,
                    replacement_number,
                    amount.cents,
                    amount.currency
                ])?;
            }
            Record::UpgradeTasks(tasks) => {
                c.execute("DELETE FROM upgrade_tasks", [])?;
                for t in tasks {
                    c.execute("INSERT INTO upgrade_tasks (task) VALUES (?1)", [t])?;
                }
            }
            Record::Appointment(a) => super::ssc::import_appointment(c, a)?,
            Record::Quote(q) => super::ssc::save_quote(c, q)?,
            Record::Parcel(p) => {
                c.prepare_cached(
                    "INSERT INTO parcels (id, claim_id, direction, carrier, tracking, shipped_on,
                        received_on, staff_id, recorded_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                )?
                .execute(params![
                    p.id,
                    p.claim_id,
                    p.direction,
                    p.carrier,
                    p.tracking,
                    p.shipped_on.map(Day),
                    p.received_on.map(Day),
                    p.staff_id,
                    Ts(p.recorded_at)
                ])?;
            }
            Record::Audit {
                id,
                at,
                staff_id,
                action,
                subject,
                details,
                prev_hash,
                hash,
            } => {
                c.prepare_cached(
                    "INSERT INTO audit_log (id, at, staff_id, action, subject, details, prev_hash, hash)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                )?
                .execute(params![
                    id,
                    Ts(*at),
                    staff_id,
                    action,
                    subject,
                    details,
                    prev_hash,
                    hash
                ])?;
            }
            Record::Setting { key, value } => {
                c.prepare_cached(
                    "INSERT INTO settings (key, value) VALUES (?1, ?2)
                     ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                )?
                .execute(params![key, value])?;
            }
            Record::Customer(_)
            | Record::CustomerChange(_)
            | Record::ProductCustomer(_)
            | Record::ClaimIntake(_)
            | Record::Photo(_)
            | Record::Signature(_) => {
                super::visit::import(c, r)?;
            }
        }
        Ok(())
    }

    fn finish_import(&mut self) -> Result<()> {
        // INTEGER PRIMARY KEY continues after the largest id by itself; the
        // chains continue from the last row copied (hashes kept as they were).
        for chain in chain::Chain::ALL {
            let t = chain.table();
            self.0.tx.execute(
                &format!(
                    "UPDATE chain_heads SET
                        rows = (SELECT COUNT(*) FROM {t}),
                        hash = COALESCE((SELECT hash FROM {t} ORDER BY id DESC LIMIT 1), ?2)
                     WHERE chain = ?1"
                ),
                params![t, chain::GENESIS],
            )?;
        }
        Ok(())
    }

    fn insert_appointment(
        &mut self,
        a: &AppointmentFields,
        customer: Option<i64>,
        by: i64,
        at: NaiveDateTime,
    ) -> Result<i64> {
        super::ssc::insert_appointment(&self.0.tx, a, customer, by, at)
    }

    fn update_appointment(&mut self, a: &Appointment, from: AppointmentStatus) -> Result<bool> {
        super::ssc::update_appointment(&self.0.tx, a, from)
    }

    fn erase_appointments_of(&mut self, customer_id: i64, at: NaiveDateTime) -> Result<u64> {
        super::ssc::erase_appointments_of(&self.0.tx, customer_id, at)
    }

    fn save_quote(&mut self, q: &QuoteRow) -> Result<()> {
        super::ssc::save_quote(&self.0.tx, q)
    }
}

/// Every record, parents before children (the order `import` needs).
pub(super) fn export(c: &Connection, sink: &mut dyn FnMut(Record) -> Result<()>) -> Result<()> {
    macro_rules! each {
        ($sql:expr, $map:expr) => {{
            let mut st = c.prepare($sql)?;
            let mut rows = st.query([])?;
            while let Some(r) = rows.next()? {
                let rec: Record = $map(r)?;
                sink(rec)?;
            }
        }};
    }
    each!(
        "SELECT id, name, role, pin_hash, created_at FROM staff ORDER BY id",
        |r: &rusqlite::Row<'_>| -> Result<Record> {
            Ok(Record::Staff {
                id: r.get(0)?,
                name: r.get(1)?,
                role: r.get(2)?,
                pin_hash: r.get(3)?,
                created_at: r.get::<_, Ts>(4)?.0,
            })
        }
    );
    each!(
        "SELECT id, term, region, starts, ends, replacements_total, replacements_used, withdrawn_on
         FROM base_plans ORDER BY id",
        |r: &rusqlite::Row<'_>| -> Result<Record> {
            Ok(Record::BasePlan(BaseRow {
                id: r.get(0)?,
                term: r.get(1)?,
                region: r.get(2)?,
                starts: r.get::<_, Day>(3)?.0,
                ends: r.get::<_, Day>(4)?.0,
                replacements_total: r.get(5)?,
                replacements_used: r.get(6)?,
                withdrawn_on: r.get::<_, Option<Day>>(7)?.map(|d| d.0),
            }))
        }
    );
    each!(
        "SELECT id, base_plan_id, region, bought, starts, ends, replacements_used,
            warranty_repairs_used, withdrawn_on, returned_on, card_code, sold_by
         FROM plus_plans ORDER BY id",
        |r: &rusqlite::Row<'_>| -> Result<Record> {
            Ok(Record::PlusPlan {
                base_plan_id: r.get(1)?,
                plus: PlusRow {
                    id: r.get(0)?,
                    region: r.get(2)?,
                    bought: r.get::<_, Day>(3)?.0,
                    starts: r.get::<_, Day>(4)?.0,
                    ends: r.get::<_, Day>(5)?.0,
                    replacements_used: r.get(6)?,
                    warranty_repairs_used: r.get(7)?,
                    withdrawn_on: r.get::<_, Option<Day>>(8)?.map(|d| d.0),
                    returned_on: r.get::<_, Option<Day>>(9)?.map(|d| d.0),
                    card_code: r.get(10)?,
                },
                sold_by: r.get(11)?,
            })
        }
    );
    each!(
        "SELECT id, serial, model, channel, region, status, replaced_by, replaces, base_plan_id
         FROM products ORDER BY id",
        |r: &rusqlite::Row<'_>| -> Result<Record> {
            Ok(Record::Product(ProductRow {
                id: r.get(0)?,
                serial: r.get(1)?,
                model: r.get(2)?,
                channel: r.get(3)?,
                region: r.get(4)?,
                status: r.get(5)?,
                replaced_by: r.get(6)?,
                replaces: r.get(7)?,
                base_plan_id: r.get(8)?,
            }))
        }
    );
    each!(
        "SELECT code, region, bound_serial, bound_on, bound_by, added_at FROM activation_cards ORDER BY code",
        |r: &rusqlite::Row<'_>| -> Result<Record> {
            Ok(Record::Card {
                code: r.get(0)?,
                region: r.get(1)?,
                bound_serial: r.get(2)?,
                bound_on: r.get::<_, Option<Day>>(3)?.map(|d| d.0),
                bound_by: r.get(4)?,
                added_at: r.get::<_, Ts>(5)?.0,
            })
        }
    );
    let tasks: Vec<String> = c
        .prepare("SELECT task FROM upgrade_tasks ORDER BY task")?
        .query_map([], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    sink(Record::UpgradeTasks(tasks))?;
    each!(
        "SELECT year, last FROM claim_counters ORDER BY year",
        |r: &rusqlite::Row<'_>| -> Result<Record> {
            Ok(Record::ClaimCounter {
                year: r.get(0)?,
                last: r.get(1)?,
            })
        }
    );
    each!(
        "SELECT id, product_id, serial, kind, channel, status, approved, plan, rules, interpretations,
            customer_pays, replacements_left_after, input, submitted_on, decided_on, fee_cents,
            fee_currency, replacement_number, replacement_serial, created_by, created_at, updated_at,
            reasons, ship_by, shipped_on
         FROM claims ORDER BY id",
        |r: &rusqlite::Row<'_>| -> Result<Record> {
            let cents: Option<i64> = r.get(15)?;
            let currency: Option<String> = r.get(16)?;
            Ok(Record::Claim(Box::new(ClaimRecord {
                id: r.get(0)?,
                product_id: r.get(1)?,
                serial: r.get(2)?,
                kind: r.get(3)?,
                channel: r.get(4)?,
                status: r.get(5)?,
                approved: r.get(6)?,
                plan: r.get(7)?,
                rules: r.get(8)?,
                interpretations: r.get(9)?,
                customer_pays: r.get(10)?,
                replacements_left_after: r.get(11)?,
                input: r.get(12)?,
                submitted_on: r.get::<_, Day>(13)?.0,
                decided_on: r.get::<_, Day>(14)?.0,
                fee: cents
                    .zip(currency)
                    .map(|(cents, currency)| Money { cents, currency }),
                replacement_number: r.get(17)?,
                replacement_serial: r.get(18)?,
                created_by: r.get(19)?,
                created_at: r.get::<_, Ts>(20)?.0,
                updated_at: r.get::<_, Ts>(21)?.0,
                reasons: r.get(22)?,
                ship_by: r.get::<_, Option<Day>>(23)?.map(|d| d.0),
                shipped_on: r.get::<_, Option<Day>>(24)?.map(|d| d.0),
            })))
        }
    );
    each!(
        "SELECT claim_id, advice FROM claim_advice ORDER BY claim_id",
        |r: &rusqlite::Row<'_>| -> Result<Record> {
            Ok(Record::ClaimAdvice {
                claim_id: r.get(0)?,
                advice: r.get(1)?,
            })
        }
    );
    each!(
        "SELECT id, claim_id, at, staff_id, from_status, to_status, note, prev_hash, hash
         FROM claim_events ORDER BY id",
        |r: &rusqlite::Row<'_>| -> Result<Record> {
            Ok(Record::Event {
                id: r.get(0)?,
                claim_id: r.get(1)?,
                at: r.get::<_, Ts>(2)?.0,
                staff_id: r.get(3)?,
                from: r.get(4)?,
                to: r.get(5)?,
                note: r.get(6)?,
                prev_hash: r.get(7)?,
                hash: r.get(8)?,
            })
        }
    );
    each!(
        "SELECT model, region, replacement_number, amount_cents, currency FROM fee_schedule
         ORDER BY model, region, replacement_number",
        |r: &rusqlite::Row<'_>| -> Result<Record> {
            Ok(Record::Fee {
                model: r.get(0)?,
                region: r.get(1)?,
                replacement_number: r.get(2)?,
                amount: Money {
                    cents: r.get(3)?,
                    currency: r.get(4)?,
                },
            })
        }
    );
    each!(
        "SELECT id, claim_id, direction, carrier, tracking, shipped_on, received_on, staff_id,
            recorded_at FROM parcels ORDER BY id",
        |r: &rusqlite::Row<'_>| -> Result<Record> {
            Ok(Record::Parcel(ParcelRecord {
                id: r.get(0)?,
                claim_id: r.get(1)?,
                direction: r.get(2)?,
                carrier: r.get(3)?,
                tracking: r.get(4)?,
                shipped_on: r.get::<_, Option<Day>>(5)?.map(|d| d.0),
                received_on: r.get::<_, Option<Day>>(6)?.map(|d| d.0),
                staff_id: r.get(7)?,
                recorded_at: r.get::<_, Ts>(8)?.0,
            }))
        }
    );
    each!(
        "SELECT id, at, staff_id, action, subject, details, prev_hash, hash FROM audit_log ORDER BY id",
        |r: &rusqlite::Row<'_>| -> Result<Record> {
            Ok(Record::Audit {
                id: r.get(0)?,
                at: r.get::<_, Ts>(1)?.0,
                staff_id: r.get(2)?,
                action: r.get(3)?,
                subject: r.get(4)?,
                details: r.get(5)?,
                prev_hash: r.get(6)?,
                hash: r.get(7)?,
            })
        }
    );
    each!(
        "SELECT key, value FROM settings ORDER BY key",
        |r: &rusqlite::Row<'_>| -> Result<Record> {
            Ok(Record::Setting {
                key: r.get(0)?,
                value: r.get(1)?,
            })
        }
    );
    super::visit::export(c, sink)?;
    // Appointments name their customer record: after the customers.
    for a in super::ssc::appointments(c, &AppointmentQuery::default())? {
        sink(Record::Appointment(Box::new(a)))?;
    }
    for q in super::ssc::all_quotes(c)? {
        sink(Record::Quote(q))?;
    }
    Ok(())
}
