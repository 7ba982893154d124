//! Units (a product with its plans): the facts the rules take, lookup,
//! search and registering products.
//!
//! Units that replaced each other share one CR plan (and so the CR+ bound
//! to it): the new serial has the same plans, validity and counts, and
//! BUY-ONCE sees CR+ bought for any unit of the chain.
//!
//! An approved replacement claim in flight holds one replacement of the plan
//! it was approved under (SPEC §6 Interpretation): every decision made from
//! a unit's stored facts counts the held replacements as used
//! ([`Unit::request`]), and the lookup's "replacements left" subtracts them.

use super::{Desk, Result, audit, now};
use crate::catalog::{Catalog, ModelId};
use crate::rules::Region;
use crate::rules::codes::{ClaimKind, PlanKind, RequestKind};
use crate::rules::plans::{
    PlanStatus, ServiceState, add_months, base_replacements_left, base_status, max_replacements,
    plan_in_effect, plus_replacements_left, plus_status, term_months,
};
use crate::rules::request::{BasePlan, ClaimFacts, DecisionRequest, PlusPlan, ProductFacts};
use crate::store::{
    ClaimRow, HeldReplacement, Lookup, NewBase, NewProduct, NewUnit, OutOfBounds, ProductRecord,
    ProductStatus, Reads, ReclaimedUnit, SearchHit, StoreError, UnitRecord,
};
use chrono::NaiveDate;

/// A product with its plans, as the rules see them.
#[derive(Clone, Debug)]
pub(super) struct Unit {
    pub product: ProductRecord,
    /// The stored row (for writes: ids, the shared CR plan).
    pub row: crate::store::ProductRow,
    pub model_id: ModelId,
    pub base_plan_id: Option<i64>,
    pub base: Option<BasePlan>,
    pub plus_id: Option<i64>,
    pub plus: Option<PlusPlan>,
    pub plus_sale: Option<crate::store::PlusSale>,
    /// Replacements held by approved claims in flight on the unit's chain.
    pub held: Vec<HeldReplacement>,
    /// For a reclaimed unit: the unit of its chain in service now.
    pub in_service: Option<String>,
}

impl Unit {
    /// Builds the unit from its stored record, checking its model.
    pub fn from_record(catalog: &Catalog, rec: UnitRecord) -> Result<Unit> {
        let UnitRecord {
            product: p,
            base,
            plus,
        } = rec;
        let model_id = catalog.model_id(&p.model).ok_or_else(|| {
            StoreError::Corrupt(format!(
                "product {} has model `{}`, which the catalog does not list",
                p.serial, p.model
            ))
        })?;
        let m = catalog.model(model_id);
        let product = ProductRecord {
            id: p.id,
            serial: p.serial.clone(),
            model: m.name.clone(),
            series: catalog.series_of(model_id).name.clone(),
            channel: p.channel,
            region: p.region,
            status: p.status,
            replaced_by: p.replaced_by.clone(),
            replaces: p.replaces.clone(),
            international_service: m.international_service,
        };
        let base_plan = base.as_ref().map(base_plan);
        let (plus_id, plus_plan, plus_sale) = match plus {
            None => (None, None, None),
            Some(x) => (
                Some(x.id),
                Some(plus_plan(&x)),
                Some(crate::store::PlusSale {
                    bought: x.bought,
                    region: x.region,
                    card_code: x.card_code,
                    returned_on: x.returned_on,
                }),
            ),
        };
        Ok(Unit {
            product,
            model_id,
            base_plan_id: base.as_ref().map(|b| b.id),
            row: p,
            base: base_plan,
            plus_id,
            plus: plus_plan,
            plus_sale,
            held: Vec::new(),
            in_service: None,
        })
    }

    /// Held replacements under one plan.
    pub fn held_under(&self, plan: PlanKind) -> u32 {
        self.held.iter().filter(|h| h.plan == plan).count() as u32
    }

    /// The unit without the hold of one claim (the claim being decided again).
    pub fn without_hold(mut self, claim_id: &str) -> Unit {
        self.held.retain(|h| h.claim_id != claim_id);
        self
    }

    /// The plans as the rules must see them: each held replacement counted
    /// as used on the plan it is held under (SPEC §6 Interpretation).
    pub fn plans_with_holds(&self) -> (Option<BasePlan>, Option<PlusPlan>) {
        let base = self.base.clone().map(|mut b| {
            b.replacements_used += self.held_under(PlanKind::CareRefresh);
            b
        });
        let plus = self.plus.clone().map(|mut p| {
            p.replacements_used += self.held_under(PlanKind::CareRefreshPlus);
            p
        });
        (base, plus)
    }

    /// The facts the rules take about the product.
    pub fn facts(&self) -> ProductFacts {
        ProductFacts {
            serial: self.product.serial.clone(),
            model: self.model_id,
            channel: self.product.channel,
            region: self.product.region,
        }
    }

    /// A decision request from the stored rows, held replacements counted
    /// as used.
    pub fn request(
        &self,
        kind: RequestKind,
        on: NaiveDate,
        purchase_region: Option<Region>,
        claim: Option<ClaimFacts>,
        product_returned: bool,
    ) -> DecisionRequest {
        let (base_plan, plus) = self.plans_with_holds();
        DecisionRequest {
            kind,
            on,
            product: self.facts(),
            base_plan,
            plus,
            purchase_region,
            claim,
            product_returned,
        }
    }

    /// Replacements used or held across CR and CR+ (the next one's number
    /// in the fee schedule is one more).
    pub fn replacements_used(&self) -> u32 {
        self.base.as_ref().map_or(0, |b| b.replacements_used)
            + self.plus.as_ref().map_or(0, |p| p.replacements_used)
            + self.held.len() as u32
    }

    /// A reclaimed unit takes nothing: a typed error naming the serial that
    /// replaced it (and the unit in service now), for the window to show
    /// before anything is filled in.
    pub fn require_active(&self) -> Result<()> {
        if self.product.status == ProductStatus::Reclaimed {
            return Err(StoreError::Reclaimed(ReclaimedUnit {
                serial: self.product.serial.clone(),
                replaced_by: self.product.replaced_by.clone(),
                in_service: self.in_service.clone(),
            }));
        }
        Ok(())
    }
}

/// The rules' view of a stored CR plan.
pub(super) fn base_plan(b: &crate::store::BaseRow) -> BasePlan {
    BasePlan {
        term: b.term,
        region: b.region,
        starts: b.starts,
        ends: b.ends,
        replacements_total: b.replacements_total,
        replacements_used: b.replacements_used,
        withdrawn: b.withdrawn_on.is_some(),
    }
}

/// The rules' view of a stored CR+ plan.
pub(super) fn plus_plan(x: &crate::store::PlusRow) -> PlusPlan {
    PlusPlan {
        region: x.region,
        bought: x.bought,
        replacements_used: x.replacements_used,
        warranty_repairs_used: x.warranty_repairs_used,
        // A returned CR+ no longer serves; the rules see it withdrawn.
        withdrawn: x.withdrawn_on.is_some() || x.returned_on.is_some(),
    }
}

/// Loads a unit by serial, with the replacements held on its chain;
/// `NotFound` names the serial.
pub(super) fn load_unit(r: &mut dyn Reads, catalog: &Catalog, serial: &str) -> Result<Unit> {
    let serial = normalize_serial(serial);
    let rec = r.unit_by_serial(&serial)?.ok_or_else(|| {
        StoreError::NotFound(crate::tr!(
            "desk-err-no-serial",
            serial = serial.to_string()
        ))
    })?;
    with_chain(r, Unit::from_record(catalog, rec)?)
}

pub(super) fn load_unit_by_id(r: &mut dyn Reads, catalog: &Catalog, id: i64) -> Result<Unit> {
    let rec = r.unit_by_id(id)?.ok_or_else(|| {
        StoreError::NotFound(crate::tr!("desk-err-no-product-id", id = id.to_string()))
    })?;
    with_chain(r, Unit::from_record(catalog, rec)?)
}

/// Adds what the unit's chain says: held replacements, and for a reclaimed
/// unit the one in service now.
fn with_chain(r: &mut dyn Reads, mut unit: Unit) -> Result<Unit> {
    unit.held = r.held_replacements(unit.product.id, unit.base_plan_id)?;
    if unit.product.status == ProductStatus::Reclaimed {
        unit.in_service = in_service(r, unit.product.replaced_by.clone())?;
    }
    Ok(unit)
}

/// Follows `replaced_by` to the last unit of a chain (a few steps at most:
/// a plan has at most four replacements).
pub(super) fn in_service(r: &mut dyn Reads, mut serial: Option<String>) -> Result<Option<String>> {
    for _ in 0..8 {
        let Some(s) = serial.as_deref() else { break };
        match r.replaced_by(s)? {
            Some(next) => serial = Some(next),
            None => break,
        }
    }
    Ok(serial)
}

/// The held replacements among a chain's claims (the lookup has them already).
pub(super) fn held_in(claims: &[ClaimRow]) -> Vec<HeldReplacement> {
    let mut held: Vec<HeldReplacement> = claims
        .iter()
        .filter(|c| c.kind == ClaimKind::Replacement && c.approved && c.status.holds_replacement())
        .filter_map(|c| {
            Some(HeldReplacement {
                claim_id: c.id.clone(),
                plan: c.plan?,
            })
        })
        .collect();
    held.sort_by(|a, b| a.claim_id.cmp(&b.claim_id));
    held
}

/// Serials are kept upper-case and trimmed.
pub(crate) fn normalize_serial(s: &str) -> String {
    s.trim().to_ascii_uppercase()
}

/// A serial is 4 to 32 letters, digits or dashes.
pub(super) fn check_serial(s: &str) -> Result<String> {
    let s = normalize_serial(s);
    if s.len() < 4 || s.len() > 32 || !s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
        return Err(StoreError::Invalid(crate::tr!(
            "desk-err-serial-shape",
            serial = s.clone()
        )));
    }
    Ok(s)
}

pub(super) fn check_region(catalog: &Catalog, field: &str, r: Region) -> Result<Region> {
    catalog.region(r.as_str()).ok_or_else(|| {
        StoreError::Invalid(crate::tr!(
            "desk-err-region-code",
            field = field.to_string(),
            region = r.to_string()
        ))
    })
}

/// Checks a product to register and makes its storage record.
pub(super) fn new_unit(catalog: &Catalog, p: &NewProduct) -> Result<NewUnit> {
    let serial = check_serial(&p.serial)?;
    let model = catalog.model_id(&p.model).ok_or_else(|| {
        StoreError::Invalid(crate::tr!(
            "desk-err-unknown-model",
            model = p.model.to_string()
        ))
    })?;
    let region = check_region(catalog, "region", p.region)?;
    let base = match &p.base_plan {
        None => None,
        Some(b) => {
            let plan_region = check_region(catalog, "cr_region", b.region)?;
            if b.ends <= b.starts {
                return Err(StoreError::Invalid(crate::tr!(
                    "desk-err-cr-ends",
                    ends = b.ends.to_string(),
                    starts = b.starts.to_string()
                )));
            }
            // SPEC §6: a plan runs at most its term and has at most the
            // term's replacements.
            let latest_end = add_months(b.starts, term_months(b.term));
            if b.ends > latest_end {
                return Err(StoreError::OutOfBounds(OutOfBounds::LongerThanTerm {
                    term: b.term,
                    starts: b.starts,
                    ends: b.ends,
                    latest_end,
                }));
            }
            let max = max_replacements(b.term);
            if b.replacements_total > max {
                return Err(StoreError::OutOfBounds(OutOfBounds::TooManyReplacements {
                    term: b.term,
                    total: b.replacements_total,
                    max,
                }));
            }
            if b.replacements_used > b.replacements_total {
                return Err(StoreError::Invalid(crate::tr!(
                    "desk-err-cr-used",
                    used = b.replacements_used.to_string(),
                    total = b.replacements_total.to_string()
                )));
            }
            Some(NewBase {
                term: b.term,
                region: plan_region,
                starts: b.starts,
                ends: b.ends,
                replacements_total: b.replacements_total,
                replacements_used: b.replacements_used,
            })
        }
    };
    Ok(NewUnit {
        serial,
        model: catalog.model(model).name.clone(),
        channel: p.channel,
        region,
        base,
        plus: None,
        card: None,
    })
}

/// A plan's status with the replacements held on it: they are not left.
fn with_held(mut st: PlanStatus, held: u32) -> PlanStatus {
    st.replacements_held = held;
    st.replacements_left = st.replacements_left.saturating_sub(held);
    if st.replacements_left == 0 && st.replacement_service == ServiceState::Active {
        st.replacement_service = ServiceState::UsedUp;
    }
    st
}

/// Builds the lookup of a unit (and its chain's claims) on a day.
pub(super) fn lookup_unit(
    catalog: &Catalog,
    mut unit: Unit,
    claims: Vec<crate::store::ClaimRow>,
    today: NaiveDate,
) -> Result<Lookup> {
    unit.held = held_in(&claims);
    // Status from the stored counts, left less what claims in flight hold
    // (CR+'s European cap follows CR's used and held replacements).
    let (held_base, _) = unit.plans_with_holds();
    let base_st = unit.base.as_ref().map(|b| {
        with_held(
            base_status(catalog, b, today),
            unit.held_under(PlanKind::CareRefresh),
        )
    });
    let plus_st = match (&held_base, &unit.plus) {
        (Some(b), Some(p)) => Some(with_held(
            plus_status(catalog, b, p, today),
            unit.held_under(PlanKind::CareRefreshPlus),
        )),
        _ => None,
    };
    let active = unit.product.status == ProductStatus::Active;
    let plan_today = if active {
        plan_in_effect(unit.base.as_ref(), unit.plus.as_ref(), today)
    } else {
        None
    };
    let (base_now, plus_now) = unit.plans_with_holds();
    let (left, withdrawn) = match (plan_today, &base_now, &plus_now) {
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
        Some(st) if active && st.extended_warranty == Some(ServiceState::Active) => {
            series.warranty_parts.iter().collect()
        }
        _ => Vec::new(),
    };
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
        replacements_held: unit.held,
        claims,
    })
}

impl Desk {
    /// Registers a product (with its CR plan); returns its id.
    pub fn register_product(&self, actor: i64, p: &NewProduct) -> Result<i64> {
        let unit = new_unit(&self.catalog, p)?;
        self.write(|tx| {
            let id = tx.insert_units(std::slice::from_ref(&unit))?[0];
            audit(
                tx,
                Some(actor),
                now(),
                "register_product",
                &unit.serial,
                serde_json::to_value(p).unwrap_or_default(),
            )?;
            Ok(id)
        })
    }

    /// Everything known about a serial on `today`.
    pub fn lookup(&self, serial: &str, today: NaiveDate) -> Result<Lookup> {
        let serial = normalize_serial(serial);
        let (rec, claims) = self.read()?.unit_with_claims(&serial)?.ok_or_else(|| {
            StoreError::NotFound(crate::tr!(
                "desk-err-no-serial",
                serial = serial.to_string()
            ))
        })?;
        let unit = Unit::from_record(&self.catalog, rec)?;
        lookup_unit(&self.catalog, unit, claims, today)
    }

    /// Serial prefix, claim id prefix, or exact model name.
    pub fn search(&self, query: &str, limit: usize) -> Result<Vec<SearchHit>> {
        let q = query.trim().to_ascii_uppercase();
        if q.is_empty() || limit == 0 {
            return Ok(Vec::new());
        }
        let mut r = self.read()?;
        let mut hits = Vec::new();
        if q.starts_with("CL-") {
            hits.extend(r.search_claims(&q, limit)?);
        }
        hits.extend(r.search_serials(&q, limit)?);
        if hits.len() < limit
            && let Some(m) = self.catalog.model_id(query)
        {
            hits.extend(r.serials_of_model(&self.catalog.model(m).name, limit - hits.len())?);
        }
        hits.truncate(limit);
        Ok(hits)
    }
}
