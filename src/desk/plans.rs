//! CR+ sale and activation cards, returns, withdrawals, expiring plans.

use super::advice::{AdvisedDecision, advised};
use super::customers::link_in;
use super::units::{Unit, check_region, load_unit};
use super::{Desk, Result, audit, day, now};
use crate::rules::codes::{PlanKind, RequestKind};
use crate::rules::plans::plus_window;
use crate::rules::{Decision, Region, decide};
use crate::store::{
    ActivationCard, ExpiringPlan, Lookup, NewCard, NewPlus, PlanService, StoreError, Txn,
};
use chrono::NaiveDate;

fn normalize_code(code: &str) -> String {
    code.trim().to_ascii_uppercase()
}

/// Binds CR+ to the unit's CR plan (the rules have approved it).
fn bind_plus(
    tx: &mut dyn Txn,
    unit: &Unit,
    region: Region,
    on: NaiveDate,
    card: Option<&str>,
    actor: i64,
) -> Result<()> {
    let (Some(base_id), Some(base)) = (unit.base_plan_id, unit.base.as_ref()) else {
        return Err(StoreError::Invalid(crate::tr!("desk-err-no-cr-for-plus")));
    };
    let w = plus_window(base);
    tx.insert_plus(
        base_id,
        &NewPlus {
            region,
            bought: on,
            starts: w.starts,
            ends: w.ends,
            replacements_used: 0,
            warranty_repairs_used: 0,
            card_code: card.map(str::to_owned),
            sold_by: Some(actor),
        },
    )
}

impl Desk {
    /// What the BUY-* rules say about selling CR+ for a serial (no write).
    pub fn preview_plus_purchase(
        &self,
        serial: &str,
        purchase_region: Region,
        on: NaiveDate,
    ) -> Result<Decision> {
        let region = check_region(&self.catalog, "purchase region", purchase_region)?;
        let unit = load_unit(&mut *self.read()?, &self.catalog, serial)?;
        unit.require_active()?;
        Ok(decide(
            &self.catalog,
            &unit.request(RequestKind::PlusPurchase, on, Some(region), None, false),
        ))
    }

    /// As [`Desk::preview_plus_purchase`], with SPEC §5 advice: what would
    /// make a refusal approvable, and until when CR+ can be bought.
    pub fn preview_plus_advised(
        &self,
        serial: &str,
        purchase_region: Region,
        on: NaiveDate,
    ) -> Result<AdvisedDecision> {
        let region = check_region(&self.catalog, "purchase region", purchase_region)?;
        let unit = load_unit(&mut *self.read()?, &self.catalog, serial)?;
        unit.require_active()?;
        let req = unit.request(RequestKind::PlusPurchase, on, Some(region), None, false);
        Ok(advised(&self.catalog, &req, decide(&self.catalog, &req)))
    }

    /// What the RET-* rules say about returning CR+ (no write), with advice.
    pub fn preview_plus_return(
        &self,
        serial: &str,
        product_returned: bool,
        on: NaiveDate,
    ) -> Result<AdvisedDecision> {
        let unit = load_unit(&mut *self.read()?, &self.catalog, serial)?;
        let req = unit.request(RequestKind::PlusReturn, on, None, None, product_returned);
        Ok(advised(&self.catalog, &req, decide(&self.catalog, &req)))
    }

    /// Sells CR+ in the store by serial; `Refused` carries the BUY-* rules.
    pub fn buy_plus(
        &self,
        actor: i64,
        serial: &str,
        purchase_region: Region,
        on: NaiveDate,
    ) -> Result<Lookup> {
        self.buy_plus_for(actor, serial, purchase_region, on, None)
    }

    /// Sells CR+ to a customer: as [`Desk::buy_plus`], and the product is
    /// linked to the customer (when it belongs to nobody yet), in the same
    /// transaction.
    pub fn buy_plus_for(
        &self,
        actor: i64,
        serial: &str,
        purchase_region: Region,
        on: NaiveDate,
        customer: Option<i64>,
    ) -> Result<Lookup> {
        let catalog = &*self.catalog;
        let region = check_region(catalog, "purchase region", purchase_region)?;
        let serial = self.write(|tx| {
            let customer = customer
                .map(|c| super::customers::usable_customer(tx, c).map(|c| c.id))
                .transpose()?;
            let unit = load_unit(tx, catalog, serial)?;
            unit.require_active()?;
            let d = decide(
                catalog,
                &unit.request(RequestKind::PlusPurchase, on, Some(region), None, false),
            );
            if !d.approved() {
                return Err(StoreError::Refused(d));
            }
            bind_plus(tx, &unit, region, on, None, actor)?;
            audit(
                tx,
                Some(actor),
                now(),
                "buy_plus",
                &unit.product.serial,
                serde_json::json!({ "region": region, "on": day(on), "customer": customer }),
            )?;
            if let Some(c) = customer {
                link_in(tx, actor, unit.product.id, &unit.product.serial, c, now())?;
            }
            Ok(unit.product.serial)
        })?;
        self.lookup(&serial, on)
    }

    /// Adds an unused activation card.
    pub fn add_activation_card(&self, actor: i64, code: &str, region: Region) -> Result<()> {
        let code = normalize_code(code);
        if code.len() < 4 || !code.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
            return Err(StoreError::Invalid(crate::tr!(
                "desk-err-code-shape",
                code = code.clone()
            )));
        }
        let region = check_region(&self.catalog, "card region", region)?;
        self.write(|tx| {
            let added = tx.insert_card(&NewCard {
                code: code.clone(),
                region,
                bound_serial: None,
                bound_on: None,
                bound_by: None,
                added_at: now(),
            })?;
            if !added {
                return Err(StoreError::Invalid(crate::tr!(
                    "desk-err-code-exists",
                    code = code.clone()
                )));
            }
            audit(
                tx,
                Some(actor),
                now(),
                "add_activation_card",
                &code,
                serde_json::json!({ "region": region }),
            )
        })
    }

    /// Activation cards, unused first, then by code.
    pub fn activation_cards(&self, limit: usize) -> Result<Vec<ActivationCard>> {
        self.read()?.activation_cards(limit)
    }

    pub fn activation_card(&self, code: &str) -> Result<ActivationCard> {
        let code = normalize_code(code);
        self.read()?.activation_card(&code)?.ok_or_else(|| {
            StoreError::NotFound(crate::tr!("desk-err-code-unknown", code = code.to_string()))
        })
    }

    /// Binds an activation card to a serial. A code binds once: the card is
    /// locked, checked and bound in one transaction, so of two workstations
    /// binding the same code at once exactly one succeeds.
    pub fn bind_activation_card(
        &self,
        actor: i64,
        code: &str,
        serial: &str,
        on: NaiveDate,
    ) -> Result<Lookup> {
        self.bind_activation_card_for(actor, code, serial, on, None)
    }

    /// Binds an activation card for a customer: as
    /// [`Desk::bind_activation_card`], and the product is linked to the
    /// customer (when it belongs to nobody yet), in the same transaction.
    pub fn bind_activation_card_for(
        &self,
        actor: i64,
        code: &str,
        serial: &str,
        on: NaiveDate,
        customer: Option<i64>,
    ) -> Result<Lookup> {
        let catalog = &*self.catalog;
        let code = normalize_code(code);
        let serial = self.write(|tx| {
            let customer = customer
                .map(|c| super::customers::usable_customer(tx, c).map(|c| c.id))
                .transpose()?;
            let Some((region, bound)) = tx.lock_card(&code)? else {
                return Err(StoreError::NotFound(crate::tr!("desk-err-code-unknown", code = code.to_string())));
            };
            if bound.is_some() {
                return Err(StoreError::CodeAlreadyUsed(code.clone()));
            }
            let unit = load_unit(tx, catalog, serial)?;
            unit.require_active()?;
            let d = decide(
                catalog,
                &unit.request(RequestKind::PlusPurchase, on, Some(region), None, false),
            );
            if !d.approved() {
                return Err(StoreError::Refused(d));
            }
            // Conditional on the card still being free: the second line of defence.
            if !tx.bind_card(&code, &unit.product.serial, on, actor)? {
                return Err(StoreError::CodeAlreadyUsed(code.clone()));
            }
            bind_plus(tx, &unit, region, on, Some(&code), actor)?;
            audit(
                tx,
                Some(actor),
                now(),
                "bind_activation_card",
                &unit.product.serial,
                serde_json::json!({ "code": code, "region": region, "on": day(on), "customer": customer }),
            )?;
            if let Some(c) = customer {
                link_in(tx, actor, unit.product.id, &unit.product.serial, c, now())?;
            }
            Ok(unit.product.serial)
        })?;
        self.lookup(&serial, on)
    }

    /// Returns CR+ (RET-* decide). Approved: CR is returned first, then CR+;
    /// both show withdrawn from `on`.
    pub fn return_plus(
        &self,
        actor: i64,
        serial: &str,
        product_returned: bool,
        on: NaiveDate,
    ) -> Result<Lookup> {
        let catalog = &*self.catalog;
        let serial = self.write(|tx| {
            let unit = load_unit(tx, catalog, serial)?;
            let (Some(plus_id), Some(sale)) = (unit.plus_id, unit.plus_sale.as_ref()) else {
                return Err(StoreError::Invalid(crate::tr!(
                    "desk-err-no-plus-to-return",
                    serial = unit.product.serial.clone()
                )));
            };
            if sale.returned_on.is_some() {
                return Err(StoreError::Invalid(crate::tr!(
                    "desk-err-plus-returned",
                    serial = unit.product.serial.clone()
                )));
            }
            let d = decide(
                catalog,
                &unit.request(RequestKind::PlusReturn, on, None, None, product_returned),
            );
            if !d.approved() {
                return Err(StoreError::Refused(d));
            }
            tx.return_plus(plus_id, unit.base_plan_id, on)?;
            audit(
                tx,
                Some(actor),
                now(),
                "return_plus",
                &unit.product.serial,
                serde_json::json!({ "on": day(on), "product_returned": product_returned }),
            )?;
            Ok(unit.product.serial)
        })?;
        self.lookup(&serial, on)
    }

    /// Records the customer's confirmed withdrawal of a plan.
    pub fn withdraw_plan(
        &self,
        actor: i64,
        serial: &str,
        plan: PlanKind,
        on: NaiveDate,
    ) -> Result<Lookup> {
        let catalog = &*self.catalog;
        let serial = self.write(|tx| {
            let unit = load_unit(tx, catalog, serial)?;
            let plan_id = match plan {
                PlanKind::CareRefresh => unit.base_plan_id.ok_or_else(|| {
                    StoreError::Invalid(crate::tr!(
                        "desk-err-no-cr",
                        serial = unit.product.serial.clone()
                    ))
                })?,
                PlanKind::CareRefreshPlus => unit.plus_id.ok_or_else(|| {
                    StoreError::Invalid(crate::tr!(
                        "desk-err-no-plus",
                        serial = unit.product.serial.clone()
                    ))
                })?,
            };
            if !tx.withdraw(plan, plan_id, on)? {
                return Err(StoreError::Invalid(crate::tr!(
                    "desk-err-plan-withdrawn",
                    plan = plan.label(),
                    serial = unit.product.serial.clone()
                )));
            }
            audit(
                tx,
                Some(actor),
                now(),
                "withdraw_plan",
                &unit.product.serial,
                serde_json::json!({ "plan": plan.code(), "on": day(on) }),
            )?;
            Ok(unit.product.serial)
        })?;
        self.lookup(&serial, on)
    }

    /// Plans of active units whose validity ends within `within_days` of
    /// `today` (ends in `(today, today + within_days]`), soonest first.
    pub fn expiring_plans(&self, today: NaiveDate, within_days: u32) -> Result<Vec<ExpiringPlan>> {
        // Checked: `--within 100000000` is past the calendar's end.
        let until = today
            .checked_add_days(chrono::Days::new(u64::from(within_days)))
            .ok_or_else(|| {
                StoreError::Invalid(crate::tr!(
                    "desk-err-past-calendar",
                    days = within_days.to_string(),
                    today = today.to_string()
                ))
            })?;
        let mut r = self.read()?;
        let mut out = Vec::new();
        for (serial, model, ends) in r.expiring_base(today, until)? {
            out.push(expiring(
                serial,
                model,
                PlanKind::CareRefresh,
                PlanService::Replacement,
                ends,
                today,
            ));
        }
        for (serial, model, ends, region) in r.expiring_plus(today, until)? {
            out.push(expiring(
                serial.clone(),
                model.clone(),
                PlanKind::CareRefreshPlus,
                PlanService::Replacement,
                ends,
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
                    ends,
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
