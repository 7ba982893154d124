//! The customer's choice after the assessment (issue 14; terms, "Online
//! Service": "after DJI determines the damage, you can choose between
//! replacement service and paid repair service"). A technician records the
//! paid-repair quote on an assessed replacement claim; the desk puts it
//! beside the replacement fee with what each leaves; the customer's choice
//! is recorded with who recorded it. An extended-warranty repair is free
//! (SPEC §2, "Approved: repair and labour are free"): it takes no quote.

use super::claims::normalize_id;
use super::steps::advance_in;
use super::{Desk, Result, audit, now};
use crate::rules::{PlanKind, ServiceChannel};
use crate::store::{
    ClaimAction, ClaimKind, ClaimState, ClaimStatus, Money, QuoteRow, RepairChoice, Staff,
    StoreError, Txn,
};
use crate::tr;
use crate::vocab::event_note::{self, Words};
use chrono::{NaiveDate, NaiveDateTime};
use serde::Serialize;

/// What a paid-repair quote is, as a person types it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewQuote {
    pub amount: Money,
    /// What the repair covers.
    pub covers: String,
    pub valid_until: Option<NaiveDate>,
}

/// A claim's quote and the choice, with who recorded them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Quote {
    pub amount: Money,
    pub covers: String,
    pub valid_until: Option<NaiveDate>,
    pub quoted_by: String,
    pub quoted_at: NaiveDateTime,
    pub choice: Option<RepairChoice>,
    pub choice_by: Option<String>,
    pub choice_at: Option<NaiveDateTime>,
}

/// What the repair costs the customer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum RepairPrice {
    /// Under the extended warranty: repair and labour are free.
    Free,
    Quoted {
        amount: Money,
    },
    /// No quote recorded yet.
    NotQuoted,
}

/// The replacement service: its fee and what it leaves.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ReplacementSide {
    pub fee: Option<Money>,
    pub replacement_number: Option<u32>,
    pub plan: Option<PlanKind>,
    /// Replacements left on the plan once the replacement is done.
    pub replacements_left_after: Option<u32>,
    /// The plan's service runs until (the new unit keeps the same plans).
    pub plan_valid_through: Option<NaiveDate>,
    /// The extended warranty runs until (CR+ outside its European variant).
    pub warranty_through: Option<NaiveDate>,
}

/// The paid repair: its price and what it leaves.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RepairSide {
    pub price: RepairPrice,
    /// A repair uses no replacement: what is left stays.
    pub replacements_left_after: Option<u32>,
    pub plan_valid_through: Option<NaiveDate>,
    pub warranty_through: Option<NaiveDate>,
}

/// Replacement fee and repair side by side, for the claim detail, its PDF
/// and the exports.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RepairOffer {
    pub claim_id: String,
    pub kind: ClaimKind,
    pub status: ClaimStatus,
    /// `None` on an extended-warranty claim (no replacement to choose).
    pub replacement: Option<ReplacementSide>,
    pub repair: RepairSide,
    pub quote: Option<Quote>,
    /// A quote may be recorded now.
    pub can_quote: bool,
    /// The customer's choice may be recorded now.
    pub can_choose: bool,
}

/// Why this claim takes no quote now, if it does not.
fn quote_refusal(id: &str, st: &ClaimState, row: Option<&QuoteRow>) -> Option<String> {
    if st.kind == ClaimKind::ExtendedWarranty {
        return Some(tr!("quote-refused-warranty", id = id));
    }
    if st.channel == ServiceChannel::Express {
        return Some(tr!("quote-refused-express", id = id));
    }
    if st.status != ClaimStatus::Assessed {
        return Some(tr!(
            "quote-refused-status",
            id = id,
            status = st.status.label().to_lowercase()
        ));
    }
    if row.is_some_and(|q| q.choice.is_some()) {
        return Some(tr!("quote-refused-chosen", id = id));
    }
    None
}

/// A stored quote with the names of who recorded it and the choice.
pub(super) fn named(q: QuoteRow, staff: &[Staff]) -> Quote {
    let name = |sid: i64| {
        staff
            .iter()
            .find(|s| s.id == sid)
            .map_or_else(|| format!("#{sid}"), |s| s.name.clone())
    };
    Quote {
        amount: q.amount,
        covers: q.covers,
        valid_until: q.valid_until,
        quoted_by: name(q.quoted_by),
        quoted_at: q.quoted_at,
        choice: q.choice,
        choice_by: q.choice_by.map(name),
        choice_at: q.choice_at,
    }
}

fn lock(tx: &mut dyn Txn, id: &str) -> Result<ClaimState> {
    tx.lock_claim(id)?
        .ok_or_else(|| StoreError::NotFound(crate::tr!("desk-err-no-claim", id = id.to_string())))
}

impl Desk {
    /// Records (or replaces, until the customer chooses) the paid-repair
    /// quote of an assessed online or SSC replacement claim.
    pub fn quote_repair(
        &self,
        actor: i64,
        id: &str,
        quote: &NewQuote,
        today: NaiveDate,
    ) -> Result<RepairOffer> {
        let id = normalize_id(id);
        if let Some(until) = quote.valid_until.filter(|u| *u < today) {
            return Err(StoreError::Invalid(tr!(
                "quote-expired",
                date = super::day(until)
            )));
        }
        if quote.amount.cents <= 0 {
            return Err(StoreError::Invalid(tr!(
                "quote-amount-not-positive",
                amount = quote.amount.to_string()
            )));
        }
        let covers = quote.covers.trim().to_owned();
        self.write(|tx| {
            let st = lock(tx, &id)?;
            let stored = tx.quote(&id)?;
            if let Some(why) = quote_refusal(&id, &st, stored.as_ref()) {
                return Err(StoreError::Invalid(why));
            }
            let at = now();
            tx.save_quote(&QuoteRow {
                claim_id: id.clone(),
                amount: quote.amount.clone(),
                covers: covers.clone(),
                valid_until: quote.valid_until,
                quoted_by: actor,
                quoted_at: at,
                choice: None,
                choice_by: None,
                choice_at: None,
            })?;
            audit(
                tx,
                Some(actor),
                at,
                "quote_repair",
                &id,
                serde_json::json!({
                    "amount": quote.amount.to_string(),
                    "covers": covers,
                    "valid_until": quote.valid_until.map(super::day),
                    "replaces": stored.map(|q| q.amount.to_string()),
                }),
            )
        })?;
        self.repair_offer(&id, today)
    }

    /// Records the customer's choice on an assessed claim with a quote.
    /// A paid repair moves the claim on (`choose_paid_repair`) in the same
    /// transaction; the replacement waits for the new unit to ship.
    pub fn record_choice(
        &self,
        actor: i64,
        id: &str,
        choice: RepairChoice,
        today: NaiveDate,
    ) -> Result<RepairOffer> {
        let id = normalize_id(id);
        let catalog = &*self.catalog;
        self.write(|tx| {
            let st = lock(tx, &id)?;
            let Some(mut q) = tx.quote(&id)? else {
                return Err(StoreError::Invalid(tr!("quote-none-yet", id = id.as_str())));
            };
            if let Some(why) = quote_refusal(&id, &st, Some(&q)) {
                return Err(StoreError::Invalid(why));
            }
            if choice == RepairChoice::PaidRepair
                && let Some(until) = q.valid_until.filter(|u| *u < today)
            {
                return Err(StoreError::Invalid(tr!(
                    "quote-lapsed",
                    id = id.as_str(),
                    date = super::day(until)
                )));
            }
            let at = now();
            q.choice = Some(choice);
            q.choice_by = Some(actor);
            q.choice_at = Some(at);
            tx.save_quote(&q)?;
            audit(
                tx,
                Some(actor),
                at,
                "record_choice",
                &id,
                serde_json::json!({ "choice": choice, "quote": q.amount.to_string() }),
            )?;
            if choice == RepairChoice::PaidRepair {
                let note = event_note::keep(
                    vec![Words::new("event-paid-repair-chosen").amount("amount", &q.amount)],
                    "",
                );
                advance_in(
                    tx,
                    catalog,
                    actor,
                    &id,
                    &ClaimAction::ChoosePaidRepair,
                    &note,
                    at,
                    today,
                )?;
            }
            Ok(())
        })?;
        self.repair_offer(&id, today)
    }

    /// The replacement fee and the repair side by side, with the quote and
    /// the choice (who recorded each, by name).
    pub fn repair_offer(&self, id: &str, today: NaiveDate) -> Result<RepairOffer> {
        let detail = self.claim(id)?;
        let id = detail.row.id.clone();
        let mut r = self.read()?;
        let stored = r.quote(&id)?;
        let st = r.claim_state(&id)?.ok_or_else(|| {
            StoreError::NotFound(crate::tr!("desk-err-no-claim", id = id.to_string()))
        })?;
        let staff = r.staff()?;
        drop(r);
        let lookup = self.lookup(&detail.row.serial, today).ok();
        let base = lookup.as_ref().and_then(|l| l.base.as_ref());
        let plus = lookup.as_ref().and_then(|l| l.plus.as_ref());
        let plan_valid_through = match detail.decision.plan {
            Some(PlanKind::CareRefreshPlus) => plus.map(|p| p.valid_through),
            Some(PlanKind::CareRefresh) => base.map(|p| p.valid_through),
            None => None,
        };
        let warranty_through = plus
            .filter(|p| p.extended_warranty.is_some())
            .map(|p| p.valid_through);
        let left_after = detail.decision.replacements_left_after;
        let ew = detail.row.kind == ClaimKind::ExtendedWarranty;
        let replacement = (!ew).then(|| ReplacementSide {
            fee: detail.row.fee.clone(),
            replacement_number: detail.row.replacement_number,
            plan: detail.decision.plan,
            replacements_left_after: left_after,
            plan_valid_through,
            warranty_through,
        });
        let price = match (&stored, ew) {
            (_, true) => RepairPrice::Free,
            (Some(q), false) => RepairPrice::Quoted {
                amount: q.amount.clone(),
            },
            (None, false) => RepairPrice::NotQuoted,
        };
        let repair = RepairSide {
            price,
            // The replacement this claim would use stays on the plan.
            replacements_left_after: if ew { None } else { left_after.map(|n| n + 1) },
            plan_valid_through,
            warranty_through,
        };
        let can_quote = quote_refusal(&id, &st, stored.as_ref()).is_none();
        let can_choose = stored.is_some() && can_quote;
        let quote = stored.map(|q| named(q, &staff));
        Ok(RepairOffer {
            claim_id: id,
            kind: detail.row.kind,
            status: detail.row.status,
            replacement,
            repair,
            quote,
            can_quote,
            can_choose,
        })
    }
}
