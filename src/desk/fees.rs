//! The fee schedule (SPEC §6 "Fees"): per model × service region ×
//! replacement number, each in its region's currency. A fee that is not in
//! the schedule is never left out in silence: intake says it is missing, and
//! an approved replacement is not filed until a supervisor sets it.

use super::{Desk, Result, audit, now};
use crate::catalog::Catalog;
use crate::rules::Region;
use crate::rules::codes::Term;
use crate::rules::plans::max_replacements;
use crate::store::{FeeKey, FeeRow, Money, Reads, StoreError, Txn};

/// The upgrade task of the migration that made fees regional.
pub(super) const SEED_REGIONAL_FEES: &str = "seed_regional_fees";

/// Adds the catalog's starting fees the schedule does not have (fees set
/// by a supervisor stay); returns how many rows the catalog lists.
pub(super) fn seed_missing(tx: &mut dyn Txn, catalog: &Catalog) -> Result<usize> {
    for f in &catalog.fees {
        tx.seed_fee(&FeeRow {
            model: f.model.clone(),
            region: f.region,
            replacement_number: f.replacement_number,
            amount: f.amount(),
        })?;
    }
    Ok(catalog.fees.len())
}

/// The fee of the n-th replacement of a model serviced in `service_region`
/// (any region code; EU members are the EU's): the amount, or the key that
/// is missing from the schedule. `None` when the region is not a CR+ one
/// (such a claim is refused with REP-OUTSIDE-COVERAGE; no fee applies).
pub(super) fn fee_for(
    r: &mut dyn Reads,
    catalog: &Catalog,
    model: &str,
    service_region: Region,
    replacement_number: u32,
) -> Result<Option<Result<Money, FeeKey>>> {
    let region = catalog.service_region(service_region);
    if !catalog.is_plus_region(region) {
        return Ok(None);
    }
    Ok(Some(r.fee(model, region, replacement_number)?.ok_or(
        FeeKey {
            model: model.to_owned(),
            region,
            replacement_number,
        },
    )))
}

impl Desk {
    /// The whole fee schedule, by model, region and replacement number.
    pub fn fee_schedule(&self) -> Result<Vec<FeeRow>> {
        self.read()?.fee_schedule()
    }

    /// The fee of one replacement, if the schedule has it.
    pub fn fee(
        &self,
        model: &str,
        service_region: Region,
        replacement_number: u32,
    ) -> Result<Option<Money>> {
        let Some(model_id) = self.catalog.model_id(model) else {
            return Err(StoreError::Invalid(crate::tr!(
                "desk-err-unknown-model",
                model = model.to_string()
            )));
        };
        let region = self.catalog.service_region(service_region);
        self.read()?.fee(
            &self.catalog.model(model_id).name,
            region,
            replacement_number,
        )
    }

    /// Sets one fee (supervisor and PIN; audited with the old and new
    /// amount). `region` is a CR+ service region (an EU member state stands
    /// for EU); the amount is in that region's currency.
    pub fn set_fee(
        &self,
        supervisor: i64,
        pin: &str,
        model: &str,
        region: Region,
        replacement_number: u32,
        amount: Money,
    ) -> Result<()> {
        let catalog = &*self.catalog;
        let Some(model_id) = catalog.model_id(model) else {
            return Err(StoreError::Invalid(crate::tr!(
                "desk-err-unknown-model",
                model = model.to_string()
            )));
        };
        let model = catalog.model(model_id).name.clone();
        let region = catalog.service_region(region);
        if !catalog.is_plus_region(region) {
            return Err(StoreError::Invalid(crate::tr!(
                "desk-err-fee-region",
                region = region.to_string(),
                regions = catalog
                    .plus_region_codes()
                    .iter()
                    .map(Region::to_string)
                    .collect::<Vec<_>>()
                    .join(", ")
            )));
        }
        let most = max_replacements(Term::TwoYear);
        if replacement_number == 0 || replacement_number > most {
            return Err(StoreError::Invalid(crate::tr!(
                "desk-err-fee-number",
                number = replacement_number.to_string(),
                most = most.to_string()
            )));
        }
        if amount.cents < 0 {
            return Err(StoreError::Invalid(crate::tr!("desk-err-fee-negative")));
        }
        if amount.currency.len() != 3 || !amount.currency.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(StoreError::Invalid(crate::tr!(
                "desk-err-fee-currency-code",
                currency = amount.currency.clone()
            )));
        }
        if let Some(want) = catalog.currency_of(region)
            && want.code() != amount.currency
        {
            return Err(StoreError::Invalid(crate::tr!(
                "desk-err-fee-currency",
                region = region.to_string(),
                want = want.to_string(),
                currency = amount.currency.clone()
            )));
        }
        let subject = format!("{model} {region} #{replacement_number}");
        if let Err(e) = self.verify_supervisor(supervisor, pin) {
            self.audit_denied(supervisor, "set_fee", &subject, &e)?;
            return Err(e);
        }
        self.write(|tx| {
            let old = tx.set_fee(&FeeRow {
                model: model.clone(),
                region,
                replacement_number,
                amount: amount.clone(),
            })?;
            audit(
                tx,
                Some(supervisor),
                now(),
                "set_fee",
                &subject,
                serde_json::json!({
                    "old": old.map(|m| m.to_string()),
                    "new": amount.to_string(),
                }),
            )
        })
    }
}
