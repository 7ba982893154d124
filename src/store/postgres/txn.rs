//! The write side on PostgreSQL: one SERIALIZABLE transaction per operation.

use super::PgConn;
use super::reads::{
    Pg, StmtCache, claim_state, code, code_opt, count, count_opt, execute, query, query_opt, region,
};
use crate::rules::{PlanKind, Region};
use crate::store::*;
use ::postgres::error::SqlState;
use ::postgres::fallible_iterator::FallibleIterator;
use ::postgres::{GenericClient, Row, Transaction};
use chrono::{NaiveDate, NaiveDateTime};

pub(super) struct PgTxn<'a> {
    pub tx: Transaction<'a>,
    pub cache: &'a mut StmtCache,
}

impl<'a> PgConn for PgTxn<'a> {
    type C = Transaction<'a>;
    fn parts(&mut self) -> (&mut Transaction<'a>, &mut StmtCache) {
        (&mut self.tx, self.cache)
    }
}

fn i32_of(n: u32) -> i32 {
    i32::try_from(n).unwrap_or(i32::MAX)
}

fn decision_params(d: &DecisionRecord) -> (String, String, String, String) {
    (
        json_list(&d.rules),
        json_list(&d.interpretations),
        json_list(&d.customer_pays),
        json_list(&d.reasons),
    )
}

/// The per-year claim-number sequence's name.
fn claim_sequence(year: i32) -> Result<String> {
    if !(0..=9999).contains(&year) {
        return Err(StoreError::Invalid(format!(
            "year {year} is outside 0000–9999"
        )));
    }
    Ok(format!("claim_ids_{year:04}"))
}

impl Pg<PgTxn<'_>> {
    /// Appends one row to a chain. The transaction took `chain_heads` in
    /// EXCLUSIVE mode before its snapshot (`PgStorage::try_write`), so the
    /// head read here is the latest committed one and ids follow commit order.
    fn append_link(&mut self, chain: chain::Chain, link: &chain::Link) -> Result<()> {
        let table = chain.table();
        let prev: String = query_opt(
            self,
            "SELECT hash FROM chain_heads WHERE chain = $1",
            &[&table],
        )?
        .map(|r| r.try_get(0))
        .transpose()?
        .ok_or_else(|| StoreError::Corrupt(format!("the head of the {table} chain is missing")))?;
        let id: i64 = query(
            self,
            &format!("SELECT nextval(pg_get_serial_sequence('{table}', 'id'))"),
            &[],
        )?
        .first()
        .map(|r| r.try_get(0))
        .transpose()?
        .ok_or(StoreError::Unfinished("nextval returned no row"))?;
        let hash = chain::link_hash(&prev, id, link);
        match link {
            chain::Link::Audit {
                at,
                staff_id,
                action,
                subject,
                details,
            } => {
                execute(
                    self,
                    "INSERT INTO audit_log (id, at, staff_id, action, subject, details, prev_hash, hash)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                    &[&id, at, staff_id, action, subject, details, &prev, &hash],
                )?;
            }
            chain::Link::Event {
                claim_id,
                at,
                staff_id,
                from,
                to,
                note,
            } => {
                execute(
                    self,
                    "INSERT INTO claim_events (id, claim_id, at, staff_id, from_status, to_status, note, prev_hash, hash)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
                    &[&id, claim_id, at, staff_id, from, to, note, &prev, &hash],
                )?;
            }
        }
        execute(
            self,
            "UPDATE chain_heads SET rows = rows + 1, hash = $2 WHERE chain = $1",
            &[&table, &hash],
        )?;
        Ok(())
    }

    /// `n` fresh ids of `table`'s identity column, in one round trip.
    fn take_ids(&mut self, table: &str, n: usize) -> Result<Vec<i64>> {
        if n == 0 {
            return Ok(Vec::new());
        }
        let sql = format!(
            "SELECT nextval(pg_get_serial_sequence('{table}', 'id')) FROM generate_series(1, $1::bigint)"
        );
        query(self, &sql, &[&(n as i64)])?
            .iter()
            .map(|r| Ok(r.try_get(0)?))
            .collect()
    }

    fn insert_card(&mut self, card: &NewCard) -> Result<bool> {
        Ok(execute(
            self,
            "INSERT INTO activation_cards (code, region, bound_serial, bound_on, bound_by, added_at)
             VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (code) DO NOTHING",
            &[
                &card.code,
                &card.region.as_str(),
                &card.bound_serial,
                &card.bound_on,
                &card.bound_by,
                &card.added_at,
            ],
        )? == 1)
    }

    fn insert_plus_row(&mut self, base_plan_id: i64, x: &NewPlus) -> Result<()> {
        execute(
            self,
            "INSERT INTO plus_plans (base_plan_id, region, bought, starts, ends, replacements_used,
                warranty_repairs_used, card_code, sold_by)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
            &[
                &base_plan_id,
                &x.region.as_str(),
                &x.bought,
                &x.starts,
                &x.ends,
                &i32_of(x.replacements_used),
                &i32_of(x.warranty_repairs_used),
                &x.card_code,
                &x.sold_by,
            ],
        )?;
        Ok(())
    }
}

impl Txn for Pg<PgTxn<'_>> {
    fn lock_claim(&mut self, id: &str) -> Result<Option<ClaimState>> {
        claim_state(self, id, true)
    }

    fn lock_claims_for_intake(&mut self) -> Result<()> {
        // Not a query: the transaction's snapshot is taken after the lock is
        // granted, so this intake sees every claim committed before it (no
        // serialization failure to retry). Readers are not blocked; other
        // claim writes wait the few milliseconds an intake takes.
        self.0
            .tx
            .batch_execute("LOCK TABLE claims IN SHARE ROW EXCLUSIVE MODE")?;
        Ok(())
    }

    fn lock_card(&mut self, code: &str) -> Result<Option<(Region, Option<String>)>> {
        query_opt(
            self,
            "SELECT region, bound_serial FROM activation_cards WHERE code = $1 FOR UPDATE",
            &[&code],
        )?
        .map(|r| Ok((region(&r, 0)?, r.try_get(1)?)))
        .transpose()
    }

    fn insert_staff(&mut self, s: &NewStaff) -> Result<Option<i64>> {
        query_opt(
            self,
            "INSERT INTO staff (name, role, pin_hash, created_at) VALUES ($1, $2, $3, $4)
             ON CONFLICT (name) DO NOTHING RETURNING id",
            &[&s.name, &s.role.code(), &s.pin_hash, &s.at],
        )?
        .map(|r| Ok(r.try_get(0)?))
        .transpose()
    }

    fn insert_units(&mut self, units: &[NewUnit]) -> Result<Vec<i64>> {
        // A batch in a few round trips, whatever its size: ids are taken
        // from the sequences first, then each table gets one multi-row
        // INSERT from arrays (demo data and imports of a million products).
        if units.is_empty() {
            return Ok(Vec::new());
        }
        let bases: Vec<&NewBase> = units.iter().filter_map(|u| u.base.as_ref()).collect();
        let base_ids = self.take_ids("base_plans", bases.len())?;
        if !bases.is_empty() {
            execute(
                self,
                "INSERT INTO base_plans (id, term, region, starts, ends, replacements_total, replacements_used)
                 SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::date[], $5::date[],
                    $6::integer[], $7::integer[])",
                &[
                    &base_ids,
                    &bases.iter().map(|b| b.term.code()).collect::<Vec<_>>(),
                    &bases.iter().map(|b| b.region.as_str()).collect::<Vec<_>>(),
                    &bases.iter().map(|b| b.starts).collect::<Vec<_>>(),
                    &bases.iter().map(|b| b.ends).collect::<Vec<_>>(),
                    &bases.iter().map(|b| i32_of(b.replacements_total)).collect::<Vec<_>>(),
                    &bases.iter().map(|b| i32_of(b.replacements_used)).collect::<Vec<_>>(),
                ],
            )?;
        }
        let mut next_base = base_ids.iter();
        let unit_base: Vec<Option<i64>> = units
            .iter()
            .map(|u| u.base.as_ref().and_then(|_| next_base.next().copied()))
            .collect();
        let ids = self.take_ids("products", units.len())?;
        let inserted = query(
            self,
            "INSERT INTO products (id, serial, model, channel, region, base_plan_id)
             SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[], $6::bigint[])
             ON CONFLICT (serial) DO NOTHING RETURNING serial",
            &[
                &ids,
                &units.iter().map(|u| u.serial.as_str()).collect::<Vec<_>>(),
                &units.iter().map(|u| u.model.as_str()).collect::<Vec<_>>(),
                &units.iter().map(|u| u.channel.code()).collect::<Vec<_>>(),
                &units.iter().map(|u| u.region.as_str()).collect::<Vec<_>>(),
                &unit_base,
            ],
        )?;
        if inserted.len() != units.len() {
            let kept: std::collections::HashSet<String> = inserted
                .iter()
                .map(|r| r.try_get::<_, String>(0))
                .collect::<Result<_, _>>()?;
            let mut seen = std::collections::HashSet::new();
            let dup = units
                .iter()
                .find(|u| !kept.contains(&u.serial) || !seen.insert(u.serial.as_str()))
                .map_or("?", |u| u.serial.as_str());
            return Err(StoreError::Invalid(format!(
                "a product with serial `{dup}` already exists"
            )));
        }
        let cards: Vec<&NewCard> = units.iter().filter_map(|u| u.card.as_ref()).collect();
        insert_unit_cards(self, &cards)?;
        let plus: Vec<(i64, &NewPlus)> = units
            .iter()
            .zip(&unit_base)
            .filter_map(|(u, b)| Some(((*b)?, u.plus.as_ref()?)))
            .collect();
        insert_unit_plus(self, &plus)?;
        Ok(ids)
    }

    fn insert_plus(&mut self, base_plan_id: i64, plus: &NewPlus) -> Result<()> {
        self.insert_plus_row(base_plan_id, plus)
    }

    fn insert_card(&mut self, card: &NewCard) -> Result<bool> {
        Pg::insert_card(self, card)
    }

    fn bind_card(&mut self, code: &str, serial: &str, on: NaiveDate, by: i64) -> Result<bool> {
        Ok(execute(
            self,
            "UPDATE activation_cards SET bound_serial = $2, bound_on = $3, bound_by = $4
             WHERE code = $1 AND bound_serial IS NULL",
            &[&code, &serial, &on, &by],
        )? == 1)
    }

    fn return_plus(
        &mut self,
        plus_id: i64,
        base_plan_id: Option<i64>,
        on: NaiveDate,
    ) -> Result<()> {
        execute(
            self,
            "UPDATE plus_plans SET returned_on = $2, withdrawn_on = COALESCE(withdrawn_on, $2) WHERE id = $1",
            &[&plus_id, &on],
        )?;
        if let Some(base_id) = base_plan_id {
            execute(
                self,
                "UPDATE base_plans SET withdrawn_on = COALESCE(withdrawn_on, $2) WHERE id = $1",
                &[&base_id, &on],
            )?;
        }
        Ok(())
    }

    fn withdraw(&mut self, plan: PlanKind, plan_id: i64, on: NaiveDate) -> Result<bool> {
        let sql = match plan {
            PlanKind::CareRefresh => {
                "UPDATE base_plans SET withdrawn_on = $2 WHERE id = $1 AND withdrawn_on IS NULL"
            }
            PlanKind::CareRefreshPlus => {
                "UPDATE plus_plans SET withdrawn_on = $2 WHERE id = $1 AND withdrawn_on IS NULL"
            }
        };
        Ok(execute(self, sql, &[&plan_id, &on])? == 1)
    }

    fn count_replacement(&mut self, plan: PlanKind, plan_id: i64) -> Result<()> {
        let sql = match plan {
            PlanKind::CareRefresh => {
                "UPDATE base_plans SET replacements_used = replacements_used + 1 WHERE id = $1"
            }
            PlanKind::CareRefreshPlus => {
                "UPDATE plus_plans SET replacements_used = replacements_used + 1 WHERE id = $1"
            }
        };
        execute(self, sql, &[&plan_id])?;
        Ok(())
    }

    fn count_warranty_repair(&mut self, plus_id: i64) -> Result<()> {
        execute(
            self,
            "UPDATE plus_plans SET warranty_repairs_used = warranty_repairs_used + 1 WHERE id = $1",
            &[&plus_id],
        )?;
        Ok(())
    }

    fn insert_replacement_unit(&mut self, old: &ProductRow, new_serial: &str) -> Result<i64> {
        query(
            self,
            "INSERT INTO products (serial, model, channel, region, replaces, base_plan_id)
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
            &[
                &new_serial,
                &old.model,
                &old.channel.code(),
                &old.region.as_str(),
                &old.serial,
                &old.base_plan_id,
            ],
        )?
        .first()
        .map(|r| r.try_get(0))
        .transpose()?
        .ok_or(StoreError::Unfinished("no id for the new unit"))
        .and_then(|id| {
            super::visit::carry_customer(self, old.id, id)?;
            Ok(id)
        })
    }

    fn reclaim(&mut self, product_id: i64, replaced_by: &str) -> Result<bool> {
        Ok(execute(
            self,
            "UPDATE products SET status = 'reclaimed', replaced_by = $2 WHERE id = $1 AND status = 'active'",
            &[&product_id, &replaced_by],
        )? == 1)
    }

    fn next_claim_number(&mut self, year: i32) -> Result<i64> {
        let seq = claim_sequence(year)?;
        let exists: bool = query(self, "SELECT to_regclass($1::text) IS NOT NULL", &[&seq])?
            .first()
            .map_or(Ok(false), |r| r.try_get(0))?;
        if !exists {
            // The year's first claim makes its sequence, in this transaction.
            // Two workstations doing so at once: the second fails on the
            // catalog's unique name, and is retried (then it exists).
            if let Err(e) = self
                .0
                .tx
                .batch_execute(&format!("CREATE SEQUENCE IF NOT EXISTS {seq}"))
            {
                let duplicate = e.code().is_some_and(|c| {
                    *c == SqlState::UNIQUE_VIOLATION || *c == SqlState::DUPLICATE_TABLE
                });
                return Err(if duplicate {
                    StoreError::Conflict(format!("claim numbers for {year} set up twice at once"))
                } else {
                    e.into()
                });
            }
        }
        // nextval is outside transactions: gaps are allowed, duplicates never.
        query(self, "SELECT nextval($1::text::regclass)", &[&seq])?
            .first()
            .map(|r| r.try_get(0))
            .transpose()?
            .ok_or(StoreError::Unfinished("no claim number"))
    }

    fn insert_claim(&mut self, c: &NewClaim) -> Result<()> {
        let d = &c.decision;
        let (rules, interps, pays, reasons) = decision_params(d);
        execute(
            self,
            "INSERT INTO claims (id, product_id, serial, kind, channel, status, approved, plan, rules,
                interpretations, customer_pays, replacements_left_after, input, submitted_on, decided_on,
                fee_cents, fee_currency, replacement_number, created_by, created_at, updated_at, reasons,
                ship_by, shipped_on)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $20, $21,
                $22, $23)",
            &[
                &c.id,
                &c.product_id,
                &c.serial,
                &c.kind.code(),
                &c.channel.code(),
                &d.status.code(),
                &d.approved,
                &d.plan.map(|p| p.code()),
                &rules,
                &interps,
                &pays,
                &d.replacements_left_after.map(i32_of),
                &c.input,
                &c.submitted_on,
                &c.decided_on,
                &d.fee.as_ref().map(|f| f.cents),
                &d.fee.as_ref().map(|f| f.currency.clone()),
                &d.replacement_number.map(i32_of),
                &c.created_by,
                &c.at,
                &reasons,
                &c.ship_by,
                &c.shipped_on,
            ],
        )?;
        Ok(())
    }

    fn set_claim_status(
        &mut self,
        id: &str,
        from: ClaimStatus,
        to: ClaimStatus,
        at: NaiveDateTime,
    ) -> Result<bool> {
        Ok(execute(
            self,
            "UPDATE claims SET status = $3, updated_at = $4 WHERE id = $1 AND status = $2",
            &[&id, &from.code(), &to.code(), &at],
        )? == 1)
    }

    fn set_replacement_serial(&mut self, id: &str, serial: &str) -> Result<()> {
        execute(
            self,
            "UPDATE claims SET replacement_serial = $2 WHERE id = $1",
            &[&id, &serial],
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
        execute(
            self,
            "UPDATE claims SET input = $2, shipped_on = $3, updated_at = $4 WHERE id = $1",
            &[&id, &input, &shipped_on, &at],
        )?;
        Ok(())
    }

    fn touch_claim(&mut self, id: &str, at: NaiveDateTime) -> Result<()> {
        execute(
            self,
            "UPDATE claims SET updated_at = $2 WHERE id = $1",
            &[&id, &at],
        )?;
        Ok(())
    }

    fn insert_parcel(&mut self, p: &NewParcel) -> Result<i64> {
        query(
            self,
            "INSERT INTO parcels (claim_id, direction, carrier, tracking, shipped_on, received_on,
                staff_id, recorded_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
            &[
                &p.claim_id,
                &p.direction.code(),
                &p.carrier,
                &p.tracking,
                &p.shipped_on,
                &p.received_on,
                &p.staff_id,
                &p.at,
            ],
        )?
        .first()
        .map(|r| r.try_get(0))
        .transpose()?
        .ok_or(StoreError::Unfinished("no id for the parcel"))
    }

    fn set_parcel_days(
        &mut self,
        id: i64,
        shipped_on: Option<NaiveDate>,
        received_on: Option<NaiveDate>,
    ) -> Result<bool> {
        Ok(execute(
            self,
            "UPDATE parcels SET shipped_on = $2, received_on = $3 WHERE id = $1",
            &[&id, &shipped_on, &received_on],
        )? == 1)
    }

    fn finish_upgrade_task(&mut self, task: &str) -> Result<bool> {
        Ok(execute(self, "DELETE FROM upgrade_tasks WHERE task = $1", &[&task])? == 1)
    }

    fn set_claim_advice(&mut self, id: &str, advice: &AdviceRecord) -> Result<()> {
        execute(
            self,
            "INSERT INTO claim_advice (claim_id, advice) VALUES ($1, $2)
             ON CONFLICT (claim_id) DO UPDATE SET advice = excluded.advice",
            &[&id, &advice_json(advice)?],
        )?;
        Ok(())
    }

    fn redecide_claim(&mut self, id: &str, d: &DecisionRecord, at: NaiveDateTime) -> Result<()> {
        let (rules, interps, pays, reasons) = decision_params(d);
        execute(
            self,
            "UPDATE claims SET status = $2, approved = $3, plan = $4, rules = $5, interpretations = $6,
                customer_pays = $7, replacements_left_after = $8, fee_cents = $9, fee_currency = $10,
                replacement_number = $11, updated_at = $12, reasons = $13
             WHERE id = $1",
            &[
                &id,
                &d.status.code(),
                &d.approved,
                &d.plan.map(|p| p.code()),
                &rules,
                &interps,
                &pays,
                &d.replacements_left_after.map(i32_of),
                &d.fee.as_ref().map(|f| f.cents),
                &d.fee.as_ref().map(|f| f.currency.clone()),
                &d.replacement_number.map(i32_of),
                &at,
                &reasons,
            ],
        )?;
        Ok(())
    }

    fn append_event(&mut self, e: &NewEvent) -> Result<()> {
        self.append_link(chain::Chain::Events, &e.link())
    }

    fn audit(&mut self, a: &NewAudit) -> Result<()> {
        self.append_link(chain::Chain::Audit, &a.link())
    }

    fn set_staff_role(&mut self, staff_id: i64, role: Role) -> Result<bool> {
        let n = execute(
            self,
            "UPDATE staff SET role = $2 WHERE id = $1",
            &[&staff_id, &role.code()],
        )?;
        Ok(n == 1)
    }

    fn set_staff_pin(&mut self, staff_id: i64, pin_hash: &str) -> Result<bool> {
        let n = execute(
            self,
            "UPDATE staff SET pin_hash = $2, failed_pins = 0, locked_until = NULL WHERE id = $1",
            &[&staff_id, &pin_hash],
        )?;
        Ok(n == 1)
    }

    fn record_wrong_pin(
        &mut self,
        staff_id: i64,
        limit: u32,
        lock_until: NaiveDateTime,
    ) -> Result<(u32, Option<NaiveDateTime>)> {
        let failed = query_opt(
            self,
            "UPDATE staff SET failed_pins = failed_pins + 1 WHERE id = $1 RETURNING failed_pins",
            &[&staff_id],
        )?
        .map(|r| count(&r, 0))
        .transpose()?
        .ok_or_else(|| StoreError::NotFound(format!("staff member {staff_id}")))?;
        if failed < limit {
            return Ok((failed, None));
        }
        execute(
            self,
            "UPDATE staff SET failed_pins = 0, locked_until = $2 WHERE id = $1",
            &[&staff_id, &lock_until],
        )?;
        Ok((failed, Some(lock_until)))
    }

    fn clear_wrong_pins(&mut self, staff_id: i64) -> Result<()> {
        execute(
            self,
            "UPDATE staff SET failed_pins = 0, locked_until = NULL
             WHERE id = $1 AND (failed_pins <> 0 OR locked_until IS NOT NULL)",
            &[&staff_id],
        )?;
        Ok(())
    }

    fn set_setting(&mut self, key: Setting, value: &str) -> Result<()> {
        execute(
            self,
            "INSERT INTO settings (key, value) VALUES ($1, $2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            &[&key.key(), &value],
        )?;
        Ok(())
    }

    fn seed_fee(&mut self, f: &FeeRow) -> Result<()> {
        execute(
            self,
            "INSERT INTO fee_schedule (model, region, replacement_number, amount_cents, currency)
             VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING",
            &[
                &f.model,
                &f.region.as_str(),
                &i32_of(f.replacement_number),
                &f.amount.cents,
                &f.amount.currency,
            ],
        )?;
        Ok(())
    }

    fn set_fee(&mut self, f: &FeeRow) -> Result<Option<Money>> {
        let old = self.fee(&f.model, f.region, f.replacement_number)?;
        execute(
            self,
            "INSERT INTO fee_schedule (model, region, replacement_number, amount_cents, currency)
             VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (model, region, replacement_number)
             DO UPDATE SET amount_cents = excluded.amount_cents, currency = excluded.currency",
            &[
                &f.model,
                &f.region.as_str(),
                &i32_of(f.replacement_number),
                &f.amount.cents,
                &f.amount.currency,
            ],
        )?;
        Ok(old)
    }

    fn lock_customer(&mut self, id: i64) -> Result<Option<CustomerRow>> {
        super::visit::customer(self, id, true)
    }

    fn insert_customers(&mut self, customers: &[NewCustomer]) -> Result<Vec<i64>> {
        super::visit::insert_customers(self, customers)
    }

    fn update_customer(
        &mut self,
        id: i64,
        fields: &CustomerFields,
        search_key: &str,
        at: NaiveDateTime,
    ) -> Result<bool> {
        super::visit::update_customer(self, id, fields, search_key, at)
    }

    fn insert_customer_change(
        &mut self,
        customer_id: i64,
        at: NaiveDateTime,
        staff_id: Option<i64>,
        changes: &str,
    ) -> Result<i64> {
        super::visit::insert_customer_change(self, customer_id, at, staff_id, changes)
    }

    fn link_product_customer(
        &mut self,
        product_id: i64,
        customer_id: i64,
        at: NaiveDateTime,
        by: Option<i64>,
    ) -> Result<bool> {
        super::visit::link_product_customer(self, product_id, customer_id, at, by)
    }

    fn insert_claim_intake(&mut self, intake: &ClaimIntakeRow) -> Result<()> {
        super::visit::insert_claim_intake(self, intake)
    }

    fn insert_photo(&mut self, photo: &NewPhoto) -> Result<Option<i64>> {
        super::visit::insert_photo(self, photo)
    }

    fn set_signature(&mut self, signature: &SignatureRow) -> Result<()> {
        super::visit::set_signature(self, signature)
    }

    fn erase_customer(&mut self, id: i64, at: NaiveDateTime, by: Option<i64>) -> Result<bool> {
        super::visit::erase_customer(self, id, at, by)
    }

    fn redact_customer_changes(&mut self, customer_id: i64, at: NaiveDateTime) -> Result<u64> {
        super::visit::redact_customer_changes(self, customer_id, at)
    }

    fn erase_signatures_of(&mut self, customer_id: i64, at: NaiveDateTime) -> Result<u64> {
        super::visit::erase_signatures_of(self, customer_id, at)
    }

    fn bulk_load(&mut self, _starting: bool) -> Result<()> {
        // The server maintains indexes well enough in one transaction.
        Ok(())
    }

    fn import(&mut self, r: &Record) -> Result<()> {
        match r {
            Record::Staff {
                id,
                name,
                role,
                pin_hash,
                created_at,
            } => {
                execute(
                    self,
                    "INSERT INTO staff (id, name, role, pin_hash, created_at) VALUES ($1, $2, $3, $4, $5)",
                    &[id, name, &role.code(), pin_hash, created_at],
                )?;
            }
            Record::BasePlan(b) => {
                execute(
                    self,
                    "INSERT INTO base_plans (id, term, region, starts, ends, replacements_total,
                        replacements_used, withdrawn_on) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                    &[
                        &b.id,
                        &b.term.code(),
                        &b.region.as_str(),
                        &b.starts,
                        &b.ends,
                        &i32_of(b.replacements_total),
                        &i32_of(b.replacements_used),
                        &b.withdrawn_on,
                    ],
                )?;
            }
            Record::PlusPlan {
                base_plan_id,
                plus: x,
                sold_by,
            } => {
                execute(
                    self,
                    "INSERT INTO plus_plans (id, base_plan_id, region, bought, starts, ends,
                        replacements_used, warranty_repairs_used, withdrawn_on, returned_on, card_code, sold_by)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
                    &[
                        &x.id,
                        base_plan_id,
                        &x.region.as_str(),
                        &x.bought,
                        &x.starts,
                        &x.ends,
                        &i32_of(x.replacements_used),
                        &i32_of(x.warranty_repairs_used),
                        &x.withdrawn_on,
                        &x.returned_on,
                        &x.card_code,
                        sold_by,
                    ],
                )?;
            }
            Record::Product(p) => {
                execute(
                    self,
                    "INSERT INTO products (id, serial, model, channel, region, status, replaced_by,
                        replaces, base_plan_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
                    &[
                        &p.id,
                        &p.serial,
                        &p.model,
                        &p.channel.code(),
                        &p.region.as_str(),
                        &p.status.code(),
                        &p.replaced_by,
                        &p.replaces,
                        &p.base_plan_id,
                    ],
                )?;
            }
            Record::Card {
                code,
                region,
                bound_serial,
                bound_on,
                bound_by,
                added_at,
            } => {
                self.insert_card(&NewCard {
                    code: code.clone(),
                    region: *region,
                    bound_serial: bound_serial.clone(),
                    bound_on: *bound_on,
                    bound_by: *bound_by,
                    added_at: *added_at,
                })?;
            }
            Record::ClaimCounter { year, last } => {
                let seq = claim_sequence(*year)?;
                self.0
                    .tx
                    .batch_execute(&format!("CREATE SEQUENCE IF NOT EXISTS {seq}"))?;
                if *last > 0 {
                    query(
                        self,
                        "SELECT setval($1::text::regclass, GREATEST($2, nextval($1::text::regclass) - 1))",
                        &[&seq, last],
                    )?;
                }
            }
            Record::Claim(k) => {
                execute(
                    self,
                    "INSERT INTO claims (id, product_id, serial, kind, channel, status, approved, plan, rules,
                        interpretations, customer_pays, replacements_left_after, input, submitted_on,
                        decided_on, fee_cents, fee_currency, replacement_number, replacement_serial,
                        created_by, created_at, updated_at, reasons, ship_by, shipped_on)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17,
                        $18, $19, $20, $21, $22, $23, $24, $25)",
                    &[
                        &k.id,
                        &k.product_id,
                        &k.serial,
                        &k.kind.code(),
                        &k.channel.code(),
                        &k.status.code(),
                        &k.approved,
                        &k.plan.map(|p| p.code()),
                        &k.rules,
                        &k.interpretations,
                        &k.customer_pays,
                        &k.replacements_left_after.map(i32_of),
                        &k.input,
                        &k.submitted_on,
                        &k.decided_on,
                        &k.fee.as_ref().map(|f| f.cents),
                        &k.fee.as_ref().map(|f| f.currency.clone()),
                        &k.replacement_number.map(i32_of),
                        &k.replacement_serial,
                        &k.created_by,
                        &k.created_at,
                        &k.updated_at,
                        &k.reasons,
                        &k.ship_by,
                        &k.shipped_on,
                    ],
                )?;
            }
            Record::ClaimAdvice { claim_id, advice } => {
                execute(
                    self,
                    "INSERT INTO claim_advice (claim_id, advice) VALUES ($1, $2)",
                    &[claim_id, advice],
                )?;
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
                execute(
                    self,
                    "INSERT INTO claim_events (id, claim_id, at, staff_id, from_status, to_status, note, prev_hash, hash)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
                    &[
                        id,
                        claim_id,
                        at,
                        staff_id,
                        &from.map(|s| s.code()),
                        &to.code(),
                        note,
                        prev_hash,
                        hash,
                    ],
                )?;
            }
            Record::Fee {
                model,
                region,
                replacement_number,
                amount,
            } => {
                execute(
                    self,
                    "INSERT INTO fee_schedule (model, region, replacement_number, amount_cents, currency)
                     VALUES ($1, $2, $3, $4, $5)
                     ON CONFLICT (model, region, replacement_number)
                     DO UPDATE SET amount_cents = excluded.amount_cents, currency = excluded.currency",
                    &[
                        model,
                        &region.as_str(),
                        &i32_of(*replacement_number),
                        &amount.cents,
                        &amount.currency,
                    ],
                )?;
            }
            Record::UpgradeTasks(tasks) => {
                execute(self, "DELETE FROM upgrade_tasks", &[])?;
                for t in tasks {
                    execute(self, "INSERT INTO upgrade_tasks (task) VALUES ($1)", &[t])?;
                }
            }
            Record::Appointment(a) => super::ssc::import_appointment(self, a)?,
            Record::Quote(q) => super::ssc::save_quote(self, q)?,
            Record::Parcel(p) => {
                execute(
                    self,
                    "INSERT INTO parcels (id, claim_id, direction, carrier, tracking, shipped_on,
                        received_on, staff_id, recorded_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
                    &[
                        &p.id,
                        &p.claim_id,
                        &p.direction.code(),
                        &p.carrier,
                        &p.tracking,
                        &p.shipped_on,
                        &p.received_on,
                        &p.staff_id,
                        &p.recorded_at,
                    ],
                )?;
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
                execute(
                    self,
                    "INSERT INTO audit_log (id, at, staff_id, action, subject, details, prev_hash, hash)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                    &[id, at, staff_id, action, subject, details, prev_hash, hash],
                )?;
            }
            Record::Setting { key, value } => {
                execute(
                    self,
                    "INSERT INTO settings (key, value) VALUES ($1, $2)
                     ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    &[key, value],
                )?;
            }
            Record::Customer(_)
            | Record::CustomerChange(_)
            | Record::ProductCustomer(_)
            | Record::ClaimIntake(_)
            | Record::Photo(_)
            | Record::Signature(_) => super::visit::import(self, r)?,
        }
        Ok(())
    }

    fn finish_import(&mut self) -> Result<()> {
        // Identity columns continue after the copied ids.
        for table in [
            "staff",
            "base_plans",
            "plus_plans",
            "products",
            "claim_events",
            "audit_log",
            "parcels",
            "appointments",
        ]
        .into_iter()
        .chain(super::visit::IDENTITY_TABLES.iter().copied())
        {
            self.0.tx.batch_execute(&format!(
                "SELECT setval(pg_get_serial_sequence('{table}', 'id'),
                    COALESCE((SELECT max(id) FROM {table}), 0) + 1, false)"
            ))?;
        }
        // The chains continue from the last row copied (hashes kept as they were).
        for chain in chain::Chain::ALL {
            let t = chain.table();
            execute(
                self,
                &format!(
                    "UPDATE chain_heads SET
                        rows = (SELECT COUNT(*) FROM {t}),
                        hash = COALESCE((SELECT hash FROM {t} ORDER BY id DESC LIMIT 1), $2)
                     WHERE chain = $1"
                ),
                &[&t, &chain::GENESIS],
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
        super::ssc::insert_appointment(self, a, customer, by, at)
    }

    fn update_appointment(&mut self, a: &Appointment, from: AppointmentStatus) -> Result<bool> {
        super::ssc::update_appointment(self, a, from)
    }

    fn erase_appointments_of(&mut self, customer_id: i64, at: NaiveDateTime) -> Result<u64> {
        super::ssc::erase_appointments_of(self, customer_id, at)
    }

    fn save_quote(&mut self, q: &QuoteRow) -> Result<()> {
        super::ssc::save_quote(self, q)
    }
}

/// Rows of `sql`, streamed (a million products need not fit in memory).
pub(super) fn each<T: PgConn + ?Sized>(
    t: &mut T,
    sql: &str,
    sink: &mut dyn FnMut(Record) -> Result<()>,
    map: impl Fn(&Row) -> Result<Record>,
) -> Result<()> {
    let (c, _) = t.parts();
    let none: [&(dyn ::postgres::types::ToSql + Sync); 0] = [];
    let mut rows = c.query_raw(sql, none)?;
    while let Some(r) = rows.next()? {
        sink(map(&r)?)?;
    }
    Ok(())
}

/// Every record, parents before children (the order `import` needs).
pub(super) fn export<T: PgConn + ?Sized>(
    t: &mut T,
    sink: &mut dyn FnMut(Record) -> Result<()>,
) -> Result<()> {
    each(
        t,
        "SELECT id, name, role, pin_hash, created_at FROM staff ORDER BY id",
        sink,
        |r| {
            Ok(Record::Staff {
                id: r.try_get(0)?,
                name: r.try_get(1)?,
                role: code(r, 2)?,
                pin_hash: r.try_get(3)?,
                created_at: r.try_get(4)?,
            })
        },
    )?;
    each(
        t,
        "SELECT id, term, region, starts, ends, replacements_total, replacements_used, withdrawn_on
         FROM base_plans ORDER BY id",
        sink,
        |r| {
            Ok(Record::BasePlan(BaseRow {
                id: r.try_get(0)?,
                term: code(r, 1)?,
                region: region(r, 2)?,
                starts: r.try_get(3)?,
                ends: r.try_get(4)?,
                replacements_total: count(r, 5)?,
                replacements_used: count(r, 6)?,
                withdrawn_on: r.try_get(7)?,
            }))
        },
    )?;
    each(
        t,
        "SELECT id, base_plan_id, region, bought, starts, ends, replacements_used,
            warranty_repairs_used, withdrawn_on, returned_on, card_code, sold_by
         FROM plus_plans ORDER BY id",
        sink,
        |r| {
            Ok(Record::PlusPlan {
                base_plan_id: r.try_get(1)?,
                plus: PlusRow {
                    id: r.try_get(0)?,
                    region: region(r, 2)?,
                    bought: r.try_get(3)?,
                    starts: r.try_get(4)?,
                    ends: r.try_get(5)?,
                    replacements_used: count(r, 6)?,
                    warranty_repairs_used: count(r, 7)?,
                    withdrawn_on: r.try_get(8)?,
                    returned_on: r.try_get(9)?,
                    card_code: r.try_get(10)?,
                },
                sold_by: r.try_get(11)?,
            })
        },
    )?;
    each(
        t,
        "SELECT id, serial, model, channel, region, status, replaced_by, replaces, base_plan_id
         FROM products ORDER BY id",
        sink,
        |r| {
            Ok(Record::Product(ProductRow {
                id: r.try_get(0)?,
                serial: r.try_get(1)?,
                model: r.try_get(2)?,
                channel: code(r, 3)?,
                region: region(r, 4)?,
                status: code(r, 5)?,
                replaced_by: r.try_get(6)?,
                replaces: r.try_get(7)?,
                base_plan_id: r.try_get(8)?,
            }))
        },
    )?;
    each(
        t,
        "SELECT code, region, bound_serial, bound_on, bound_by, added_at FROM activation_cards ORDER BY code",
        sink,
        |r| {
            Ok(Record::Card {
                code: r.try_get(0)?,
                region: region(r, 1)?,
                bound_serial: r.try_get(2)?,
                bound_on: r.try_get(3)?,
                bound_by: r.try_get(4)?,
                added_at: r.try_get(5)?,
            })
        },
    )?;
    let tasks: Vec<String> = {
        let (c, _) = t.parts();
        c.query("SELECT task FROM upgrade_tasks ORDER BY task", &[])?
            .iter()
            .map(|r| r.try_get(0))
            .collect::<Result<_, _>>()?
    };
    sink(Record::UpgradeTasks(tasks))?;
    each(
        t,
        "SELECT substr(sequencename, 11)::integer, last_value FROM pg_sequences
          WHERE schemaname = current_schema() AND sequencename ~ '^claim_ids_[0-9]{4}$'
            AND last_value IS NOT NULL
          ORDER BY sequencename",
        sink,
        |r| {
            Ok(Record::ClaimCounter {
                year: r.try_get(0)?,
                last: r.try_get(1)?,
            })
        },
    )?;
    each(
        t,
        "SELECT id, product_id, serial, kind, channel, status, approved, plan, rules, interpretations,
            customer_pays, replacements_left_after, input, submitted_on, decided_on, fee_cents,
            fee_currency, replacement_number, replacement_serial, created_by, created_at, updated_at,
            reasons, ship_by, shipped_on
         FROM claims ORDER BY id",
        sink,
        |r| {
            let cents: Option<i64> = r.try_get(15)?;
            let currency: Option<String> = r.try_get(16)?;
            Ok(Record::Claim(Box::new(ClaimRecord {
                id: r.try_get(0)?,
                product_id: r.try_get(1)?,
                serial: r.try_get(2)?,
                kind: code(r, 3)?,
                channel: code(r, 4)?,
                status: code(r, 5)?,
                approved: r.try_get(6)?,
                plan: code_opt(r, 7)?,
                rules: r.try_get(8)?,
                interpretations: r.try_get(9)?,
                customer_pays: r.try_get(10)?,
                replacements_left_after: count_opt(r, 11)?,
                input: r.try_get(12)?,
                submitted_on: r.try_get(13)?,
                decided_on: r.try_get(14)?,
                fee: cents
                    .zip(currency)
                    .map(|(cents, currency)| Money { cents, currency }),
                replacement_number: count_opt(r, 17)?,
                replacement_serial: r.try_get(18)?,
                created_by: r.try_get(19)?,
                created_at: r.try_get(20)?,
                updated_at: r.try_get(21)?,
                reasons: r.try_get(22)?,
                ship_by: r.try_get(23)?,
                shipped_on: r.try_get(24)?,
            })))
        },
    )?;
    each(
        t,
        "SELECT claim_id, advice FROM claim_advice ORDER BY claim_id",
        sink,
        |r| {
            Ok(Record::ClaimAdvice {
                claim_id: r.try_get(0)?,
                advice: r.try_get(1)?,
            })
        },
    )?;
    each(
        t,
        "SELECT id, claim_id, at, staff_id, from_status, to_status, note, prev_hash, hash
         FROM claim_events ORDER BY id",
        sink,
        |r| {
            Ok(Record::Event {
                id: r.try_get(0)?,
                claim_id: r.try_get(1)?,
                at: r.try_get(2)?,
                staff_id: r.try_get(3)?,
                from: code_opt(r, 4)?,
                to: code(r, 5)?,
                note: r.try_get(6)?,
                prev_hash: r.try_get(7)?,
                hash: r.try_get(8)?,
            })
        },
    )?;
    each(
        t,
        "SELECT model, region, replacement_number, amount_cents, currency FROM fee_schedule
         ORDER BY model, region, replacement_number",
        sink,
        |r| {
            Ok(Record::Fee {
                model: r.try_get(0)?,
                region: region(r, 1)?,
                replacement_number: count(r, 2)?,
                amount: Money {
                    cents: r.try_get(3)?,
                    currency: r.try_get(4)?,
                },
            })
        },
    )?;
    each(
        t,
        "SELECT id, claim_id, direction, carrier, tracking, shipped_on, received_on, staff_id,
            recorded_at FROM parcels ORDER BY id",
        sink,
        |r| {
            Ok(Record::Parcel(ParcelRecord {
                id: r.try_get(0)?,
                claim_id: r.try_get(1)?,
                direction: code(r, 2)?,
                carrier: r.try_get(3)?,
                tracking: r.try_get(4)?,
                shipped_on: r.try_get(5)?,
                received_on: r.try_get(6)?,
                staff_id: r.try_get(7)?,
                recorded_at: r.try_get(8)?,
            }))
        },
    )?;
    each(
        t,
        "SELECT id, at, staff_id, action, subject, details, prev_hash, hash FROM audit_log ORDER BY id",
        sink,
        |r| {
            Ok(Record::Audit {
                id: r.try_get(0)?,
                at: r.try_get(1)?,
                staff_id: r.try_get(2)?,
                action: r.try_get(3)?,
                subject: r.try_get(4)?,
                details: r.try_get(5)?,
                prev_hash: r.try_get(6)?,
                hash: r.try_get(7)?,
            })
        },
    )?;
    each(
        t,
        "SELECT key, value FROM settings ORDER BY key",
        sink,
        |r| {
            Ok(Record::Setting {
                key: r.try_get(0)?,
                value: r.try_get(1)?,
            })
        },
    )?;
    super::visit::export(t, sink)?;
    // Appointments name their customer record: after the customers.
    for a in super::ssc::appointments(t, &AppointmentQuery::default())? {
        sink(Record::Appointment(Box::new(a)))?;
    }
    for q in super::ssc::all_quotes(t)? {
        sink(Record::Quote(q))?;
    }
    Ok(())
}

/// The batch's activation cards in one multi-row INSERT (`insert_units`).
fn insert_unit_cards<T: PgConn + ?Sized>(t: &mut T, cards: &[&NewCard]) -> Result<()> {
    if !cards.is_empty() {
        execute(
            t,
            "INSERT INTO activation_cards (code, region, bound_serial, bound_on, bound_by, added_at)
             SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::date[], $5::bigint[],
                $6::timestamp[])
             ON CONFLICT (code) DO NOTHING",
            &[
                &cards.iter().map(|c| c.code.as_str()).collect::<Vec<_>>(),
                &cards.iter().map(|c| c.region.as_str()).collect::<Vec<_>>(),
                &cards.iter().map(|c| c.bound_serial.clone()).collect::<Vec<_>>(),
                &cards.iter().map(|c| c.bound_on).collect::<Vec<_>>(),
                &cards.iter().map(|c| c.bound_by).collect::<Vec<_>>(),
                &cards.iter().map(|c| c.added_at).collect::<Vec<_>>(),
            ],
        )?;
    }
    Ok(())
}

/// The batch's CR+ plans, on the base plans just written, in one INSERT.
fn insert_unit_plus<T: PgConn + ?Sized>(t: &mut T, plus: &[(i64, &NewPlus)]) -> Result<()> {
    if !plus.is_empty() {
        execute(
            t,
            "INSERT INTO plus_plans (base_plan_id, region, bought, starts, ends, replacements_used,
                warranty_repairs_used, card_code, sold_by)
             SELECT * FROM unnest($1::bigint[], $2::text[], $3::date[], $4::date[], $5::date[],
                $6::integer[], $7::integer[], $8::text[], $9::bigint[])",
            &[
                &plus.iter().map(|(b, _)| *b).collect::<Vec<_>>(),
                &plus
                    .iter()
                    .map(|(_, x)| x.region.as_str())
                    .collect::<Vec<_>>(),
                &plus.iter().map(|(_, x)| x.bought).collect::<Vec<_>>(),
                &plus.iter().map(|(_, x)| x.starts).collect::<Vec<_>>(),
                &plus.iter().map(|(_, x)| x.ends).collect::<Vec<_>>(),
                &plus
                    .iter()
                    .map(|(_, x)| i32_of(x.replacements_used))
                    .collect::<Vec<_>>(),
                &plus
                    .iter()
                    .map(|(_, x)| i32_of(x.warranty_repairs_used))
                    .collect::<Vec<_>>(),
                &plus
                    .iter()
                    .map(|(_, x)| x.card_code.clone())
                    .collect::<Vec<_>>(),
                &plus.iter().map(|(_, x)| x.sold_by).collect::<Vec<_>>(),
            ],
        )?;
    }
    Ok(())
}
