//! Deterministic demo data (`caredesk demo`, first start of the app).
//!
//! A small seeded PRNG (SplitMix64) makes the same data for the same `today`
//! and size; dates are relative to `today`, so the desk always looks current.
//! Everything goes in one write transaction through the service layer:
//! products and plans in batches (`Txn::insert_units`), CR+ only where the
//! BUY-* rules approve it, then claims through the same intake and lifecycle
//! code as the window (`file_claim_in`, `advance_in`, `lifecycle`), so every
//! demo claim carries a real decision and a consistent timeline.

use super::claims::file_claim_in;
use super::lifecycle::path_to_close;
use super::setup::{DatabaseKind, kind_in, set_kind};
use super::staff::hash_pin;
use super::steps::advance_in;
use super::{Desk, Result, audit, day, now};
use crate::catalog::Catalog;
use crate::rules::codes::{
    Cause, Exclusion, Part, RequestKind, SalesChannel, ServiceChannel, Term,
};
use crate::rules::plans::{add_months, plus_window};
use crate::rules::request::{BasePlan, DecisionRequest, ProductFacts};
use crate::rules::{Region, decide};
use crate::store::*;
use chrono::{Duration, NaiveDate, NaiveDateTime, NaiveTime};
use std::collections::BTreeMap;

/// Products written per storage call.
const BATCH: usize = 1024;

/// Why a demo transaction was rolled back on purpose.
const CANCELLED: &str = "demo load cancelled";

/// Products a first start loads.
pub const DEFAULT_PRODUCTS: usize = 50;

/// The most products one demo load makes (a million-product desk is the
/// largest the benchmarks measure; ten times that is still a demo).
pub const MAX_DEMO_PRODUCTS: usize = 10_000_000;

/// The demo supervisor's PIN (published in the README: demo databases only).
pub const DEMO_SUPERVISOR_PIN: &str = "123456";

/// Demo staff: name, role, PIN (published in the README; demo data goes
/// only into a demo database, so these PINs open nothing real).
pub const DEMO_STAFF: &[(&str, Role, Option<&str>)] = &[
    ("Tomas Technician", Role::Technician, Some("111111")),
    ("Sami SSC", Role::Ssc, Some("222222")),
    (
        "Dana Supervisor",
        Role::Supervisor,
        Some(DEMO_SUPERVISOR_PIN),
    ),
];

/// SplitMix64: tiny, fast, good enough for demo data.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// Uniform in `0..n` (n > 0).
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
    /// True with probability `pct` percent.
    fn chance(&mut self, pct: u64) -> bool {
        self.below(100) < pct
    }
    fn pick<'a, T>(&mut self, v: &'a [T]) -> &'a T {
        &v[self.below(v.len() as u64) as usize]
    }
}

/// Region of purchase, weighted: CR+ regions (EU members among them) and a
/// few where CR+ is not offered.
const REGIONS: &[(&str, u64)] = &[
    ("US", 24),
    ("CN", 10),
    ("DE", 8),
    ("FR", 5),
    ("IT", 3),
    ("ES", 3),
    ("NL", 2),
    ("GB", 7),
    ("CA", 5),
    ("AU", 5),
    ("KR", 4),
    ("HK", 3),
    ("TW", 3),
    ("CH", 2),
    ("NO", 2),
    ("JP", 7),
    ("BR", 4),
    ("IN", 3),
];

fn weighted(rng: &mut Rng, table: &[(&'static str, u64)]) -> &'static str {
    let total: u64 = table.iter().map(|(_, w)| w).sum();
    let mut x = rng.below(total);
    for (v, w) in table {
        if x < *w {
            return v;
        }
        x -= w;
    }
    table[0].0
}

/// A demo serial: DJI-like, 14 characters, unique per number.
fn serial(model_index: usize, n: u64) -> String {
    let a = b'A' + (model_index % 26) as u8;
    let b = b'A' + ((model_index / 26) % 26) as u8;
    format!("1S{}{}{:010}", a as char, b as char, n)
}

/// One generated product, remembered for the claim phase.
struct Made {
    serial: String,
    model: usize,
    region: Region,
    base: Option<BasePlan>,
    has_plus: bool,
}

impl Desk {
    /// Adds `products` demo products with plans, activation cards, staff and
    /// claims in every status, dated relative to `today`. `progress` gets
    /// 0.0..=1.0 now and then; returning false cancels and nothing is written.
    /// Only into a new or a demo database (which it marks as demo): a real
    /// database is refused and left as it was.
    pub fn load_demo(
        &self,
        products: usize,
        today: NaiveDate,
        progress: &dyn Fn(f32) -> bool,
    ) -> Result<DemoSummary> {
        if products > MAX_DEMO_PRODUCTS {
            return Err(StoreError::Invalid(format!(
                "at most {MAX_DEMO_PRODUCTS} demo products at a time"
            )));
        }
        if self.kind()? == DatabaseKind::Real {
            return Err(StoreError::NotAllowed(format!(
                "{} holds real data: demo data goes only into a demo database (caredesk --db NEW_FILE demo)",
                self.location()
            )));
        }
        let catalog = &*self.catalog;
        let fresh = self.is_empty()?;
        // Hash the PIN before the transaction (Argon2 is deliberately slow).
        let pins: Vec<Option<String>> = DEMO_STAFF
            .iter()
            .map(|(_, _, pin)| pin.map(hash_pin).transpose())
            .collect::<Result<_>>()?;
        match self.write(|tx| demo_tx(tx, catalog, &pins, products, today, fresh, progress)) {
            Err(StoreError::Unfinished(CANCELLED)) => Ok(DemoSummary {
                cancelled: true,
                ..DemoSummary::default()
            }),
            other => other,
        }
    }
}

/// The whole demo load, inside one transaction.
fn demo_tx(
    tx: &mut dyn Txn,
    catalog: &Catalog,
    pins: &[Option<String>],
    products: usize,
    today: NaiveDate,
    fresh: bool,
    progress: &dyn Fn(f32) -> bool,
) -> Result<DemoSummary> {
    let cancelled = || StoreError::Unfinished(CANCELLED);
    let mut summary = DemoSummary::default();
    let at = now();
    // Checked again under the write lock: real data may have arrived since.
    if kind_in(tx)? == DatabaseKind::Real {
        return Err(StoreError::NotAllowed(
            "this database holds real data: demo data goes only into a demo database".into(),
        ));
    }
    set_kind(tx, DatabaseKind::Demo)?;

    // Staff: add the demo staff that are not there yet.
    let mut staff_ids = Vec::new();
    for ((name, role, pin), hash) in DEMO_STAFF.iter().zip(pins) {
        let id = match tx.insert_staff(&NewStaff {
            name: (*name).to_owned(),
            role: *role,
            pin_hash: hash.clone(),
            at,
        })? {
            Some(id) => id,
            None => {
                tx.staff_by_name(name)?
                    .ok_or_else(|| StoreError::NotFound(format!("staff member `{name}`")))?
                    .id
            }
        };
        staff_ids.push(id);
        summary.staff.push(DemoStaff {
            name: (*name).into(),
            role: *role,
            pin: pin.map(String::from),
        });
    }
    let (technician, ssc_clerk) = (staff_ids[0], staff_ids[1]);

    // Numbers continue after what is there, so a second demo load adds.
    let offset = u64::try_from(tx.max_product_id()?).unwrap_or(0);
    let card_offset = tx.count_cards()?;

    // Bulk load: index upkeep deferred to the end (same transaction, so a
    // cancel or error restores the indexes with everything else).
    let bulk = fresh && products >= 10_000;
    if bulk {
        tx.bulk_load(true)?;
    }
    let mut rng = Rng(0xCA3E_DE5C ^ offset);
    let mut made: Vec<Made> = Vec::new();
    let keep_for_claims = products.min(2_000);
    let plus_regions = catalog.plus_region_codes();
    let model_names: Vec<&str> = catalog.models.iter().map(|m| m.name.as_str()).collect();
    let mut samples: BTreeMap<&'static str, String> = BTreeMap::new();
    let mut batch: Vec<NewUnit> = Vec::with_capacity(BATCH);
    for i in 0..products {
        if i % 16_384 == 0 && !progress(0.8 * i as f32 / products.max(1) as f32) {
            return Err(cancelled());
        }
        let n = offset + i as u64 + 1;
        let model = rng.below(model_names.len() as u64) as usize;
        let region_code = weighted(&mut rng, REGIONS);
        let region = Region::parse_shape(region_code)
            .ok_or_else(|| StoreError::Invalid(region_code.into()))?;
        let channel = match rng.below(100) {
            0..70 => SalesChannel::Official,
            70..95 => SalesChannel::Authorized,
            _ => SalesChannel::Unofficial,
        };
        let serial = serial(model, n);
        let base = if rng.chance(93) {
            let term = if rng.chance(75) {
                Term::OneYear
            } else {
                Term::TwoYear
            };
            let months = if term == Term::OneYear { 12 } else { 24 };
            let starts = today - Duration::days(rng.below(760) as i64);
            let ends = add_months(starts, months);
            let total = if term == Term::OneYear { 2 } else { 4 };
            let used = match rng.below(10) {
                0..6 => 0,
                6..9 => 1,
                _ => total,
            }
            .min(total);
            // A few plans bought in another region than the product.
            let plan_region = if rng.chance(4) {
                Region::parse_shape(weighted(&mut rng, REGIONS)).unwrap_or(region)
            } else {
                region
            };
            Some(BasePlan {
                term,
                region: plan_region,
                starts,
                ends,
                replacements_total: total,
                replacements_used: used,
                withdrawn: false,
            })
        } else {
            None
        };
        let mut unit = NewUnit {
            serial: serial.clone(),
            model: model_names[model].to_owned(),
            channel,
            region,
            base: base.as_ref().map(|b| NewBase {
                term: b.term,
                region: b.region,
                starts: b.starts,
                ends: b.ends,
                replacements_total: b.replacements_total,
                replacements_used: b.replacements_used,
            }),
            plus: None,
            card: None,
        };
        if base.is_some() {
            summary.base_plans += 1;
        }
        summary.products += 1;

        // CR+ for about a third of 1-year plans, where the BUY-* rules allow it.
        let mut has_plus = false;
        if let Some(b) = &base
            && b.term == Term::OneYear
            && rng.chance(35)
        {
            let latest = b.ends.min(today);
            let span = (latest - b.starts).num_days().max(1) as u64;
            let bought = b.starts + Duration::days(rng.below(span) as i64);
            let req = DecisionRequest {
                kind: RequestKind::PlusPurchase,
                on: bought,
                product: ProductFacts {
                    serial: serial.clone(),
                    model,
                    channel,
                    region,
                },
                base_plan: Some(b.clone()),
                plus: None,
                purchase_region: Some(region),
                claim: None,
                product_returned: false,
            };
            if decide(catalog, &req).approved() {
                let w = plus_window(b);
                let started = today >= w.starts;
                let european = catalog.is_european_variant(catalog.service_region(region));
                let plus_used = u32::from(started && rng.chance(15));
                let repairs = u32::from(started && !european && rng.chance(10));
                // Every fifth sale came through an activation card.
                let card = if rng.chance(20) {
                    let code = format!("CRP-{:07}", card_offset + summary.cards as u64 + 1);
                    unit.card = Some(NewCard {
                        code: code.clone(),
                        region,
                        bound_serial: Some(serial.clone()),
                        bound_on: Some(bought),
                        bound_by: Some(ssc_clerk),
                        added_at: at,
                    });
                    summary.cards += 1;
                    Some(code)
                } else {
                    None
                };
                unit.plus = Some(NewPlus {
                    region,
                    bought,
                    starts: w.starts,
                    ends: w.ends,
                    replacements_used: plus_used,
                    warranty_repairs_used: repairs,
                    card_code: card,
                    sold_by: Some(ssc_clerk),
                });
                summary.plus_plans += 1;
                has_plus = true;
                let key = if european && started {
                    "CR+ in effect, European variant (no extended warranty)"
                } else if started && today < w.ends {
                    "CR+ in effect"
                } else if !started {
                    "CR+ bought, starts when CR expires"
                } else {
                    "CR+ expired"
                };
                samples.entry(key).or_insert_with(|| serial.clone());
            }
        }
        batch.push(unit);
        if batch.len() == BATCH {
            tx.insert_units(&batch)?;
            batch.clear();
        }
        if let Some(b) = &base {
            let key = if b.term == Term::TwoYear && today < b.ends {
                Some("CR 2-Year Plan in effect")
            } else if today >= b.ends && !has_plus {
                Some("CR expired, no CR+")
            } else if today < b.ends && !has_plus && b.replacements_used < b.replacements_total {
                Some("CR in effect, CR+ can be bought")
            } else if b.replacements_used == b.replacements_total && today < b.ends {
                Some("CR replacements used up")
            } else {
                None
            };
            if let Some(k) = key {
                samples.entry(k).or_insert_with(|| serial.clone());
            }
        } else {
            samples
                .entry("no Care Refresh plan")
                .or_insert_with(|| serial.clone());
        }
        if channel == SalesChannel::Unofficial {
            samples
                .entry("bought from an unofficial channel")
                .or_insert_with(|| serial.clone());
        }
        if !catalog.is_plus_region(catalog.service_region(region)) {
            samples
                .entry("bought where CR+ is not offered")
                .or_insert_with(|| serial.clone());
        }
        if made.len() < keep_for_claims {
            made.push(Made {
                serial,
                model,
                region,
                base,
                has_plus,
            });
        }
    }
    if !batch.is_empty() {
        tx.insert_units(&batch)?;
    }
    // Unused activation cards in several CR+ regions.
    let unused = (products / 50).clamp(12, 5_000);
    for k in 0..unused {
        let region = plus_regions[k % plus_regions.len()];
        // EU is a service region, not a place to sell cards in: use Germany.
        let region = if region == Region::EU {
            Region::parse_shape("DE").unwrap_or(region)
        } else {
            region
        };
        let code = format!("CRP-{:07}", card_offset + summary.cards as u64 + 1);
        tx.insert_card(&NewCard {
            code: code.clone(),
            region,
            bound_serial: None,
            bound_on: None,
            bound_by: None,
            added_at: at,
        })?;
        summary.cards += 1;
        if summary.unused_card_codes.len() < 6 {
            summary.unused_card_codes.push(format!("{code} ({region})"));
        }
    }
    summary.sample_serials = samples
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v))
        .collect();
    if bulk {
        tx.bulk_load(false)?;
    }

    let sample_serials: std::collections::HashSet<String> = summary
        .sample_serials
        .iter()
        .map(|(_, s)| s.clone())
        .collect();
    // Claims: a few hundred, through the real intake and lifecycle.
    let claims = (products * 4).min(200 + products / 1_000);
    let mut plan: Vec<(NaiveDate, usize, ClaimKind, ClaimInput, u64)> = Vec::new();
    for _ in 0..claims {
        if made.is_empty() {
            break;
        }
        let idx = rng.below(made.len() as u64) as usize;
        // The sample units keep what their label promises (a claim in
        // flight would hold a replacement of theirs): no claims on them.
        if sample_serials.contains(made[idx].serial.as_str()) {
            continue;
        }
        let m = &made[idx];
        let warranty = m.has_plus && rng.chance(35);
        let kind = if warranty {
            ClaimKind::ExtendedWarranty
        } else {
            ClaimKind::Replacement
        };
        // Mostly while a plan is in effect, sometimes before or after.
        let on = match &m.base {
            Some(b) => {
                let (from, to) = if warranty {
                    let w = plus_window(b);
                    (w.starts, w.ends)
                } else if m.has_plus {
                    (b.starts, add_months(b.ends, 12))
                } else {
                    (b.starts, b.ends + Duration::days(30))
                };
                let to = to.min(today + Duration::days(1));
                let span = (to - from).num_days();
                if span <= 0 {
                    today - Duration::days(rng.below(30) as i64)
                } else {
                    from + Duration::days(rng.below(span as u64) as i64)
                }
            }
            None => today - Duration::days(rng.below(200) as i64),
        };
        if on > today {
            continue;
        }
        let series = catalog.series_of(m.model);
        let allowed: Vec<Part> = if warranty {
            series.warranty_parts.iter().collect()
        } else {
            series.replacement_parts.iter().collect()
        };
        let mut parts = BTreeMap::new();
        let part = if rng.chance(92) && !allowed.is_empty() {
            *rng.pick(&allowed)
        } else {
            *rng.pick(Part::ALL)
        };
        let qty = if part == Part::Propellers {
            let max = if rng.chance(90) { 2 } else { 3 };
            1 + rng.below(max) as u32
        } else {
            1
        };
        parts.insert(part, qty);
        let channel = match rng.below(10) {
            0..5 => ServiceChannel::Online,
            5..8 => ServiceChannel::Express,
            _ => ServiceChannel::Ssc,
        };
        let cause = if warranty {
            if rng.chance(88) {
                Cause::NormalUse
            } else {
                *rng.pick(Cause::ALL)
            }
        } else {
            *rng.pick(Cause::ALL)
        };
        let exclusions = if rng.chance(5) {
            vec![*rng.pick(Exclusion::ALL)]
        } else {
            vec![]
        };
        // Mostly shipped within a few days, sometimes late, and now and then
        // never (those claims are overdue once their deadline passes).
        let shipped = match channel {
            ServiceChannel::Ssc => None,
            _ if rng.chance(12) => None,
            _ => {
                let max = if rng.chance(92) { 4 } else { 10 };
                Some(on + Duration::days(rng.below(max) as i64))
            }
        }
        .filter(|d| *d <= today);
        let service_region = if rng.chance(6) {
            Region::parse_shape(weighted(&mut rng, REGIONS)).unwrap_or(m.region)
        } else {
            m.region
        };
        let input = ClaimInput {
            service_region,
            channel,
            cause,
            parts,
            exclusions,
            submitted: on,
            shipped,
            accepts_transregional_fees: rng.chance(50),
            manufacturing_defect_before_plus: rng.chance(2),
            privacy_accepted: rng.chance(97),
        };
        plan.push((on, idx, kind, input, rng.next()));
    }
    // In date order, so counts and reclaimed units follow the timeline.
    plan.sort_by_key(|(on, ..)| *on);
    for (k, (on, idx, kind, input, dice)) in plan.iter().enumerate() {
        if k % 64 == 0 && !progress(0.8 + 0.2 * k as f32 / plan.len().max(1) as f32) {
            return Err(cancelled());
        }
        let mut d = Rng(*dice);
        let actor = if input.channel == ServiceChannel::Ssc {
            ssc_clerk
        } else {
            technician
        };
        let serial = made[*idx].serial.clone();
        let start = on.and_time(NaiveTime::from_hms_opt(9, 0, 0).unwrap_or_default())
            + Duration::minutes(d.below(480) as i64);
        let (id, approved) =
            match file_claim_in(tx, catalog, actor, &serial, *kind, input, *on, start, today) {
                Ok(filed) => filed,
                // The unit was reclaimed by an earlier demo replacement, or
                // the day falls outside what intake takes: skip.
                Err(
                    StoreError::Invalid(_)
                    | StoreError::Reclaimed(_)
                    | StoreError::OutOfBounds(_)
                    | StoreError::FeeMissing(_),
                ) => continue,
                Err(e) => return Err(e),
            };
        summary.claims += 1;
        let steps = if approved {
            // A quarter of online and SSC replacements end as a paid repair.
            let paid = *kind == ClaimKind::Replacement
                && input.channel != ServiceChannel::Express
                && d.chance(25);
            path_to_close(*kind, input.channel, paid)
        } else {
            vec![ClaimAction::Close]
        };
        let stop = d.below(steps.len() as u64 + 1) as usize;
        let stop = if (today - *on).num_days() > 120 {
            steps.len() // old claims are done
        } else {
            stop
        };
        let mut at = start;
        for step in steps.into_iter().take(stop) {
            at = step_time(at, &mut d, today);
            let mut shipped_as = None;
            let step = match step {
                ClaimAction::ShipReplacement { .. } => {
                    // Past every product id: unique, so the serial is too.
                    let n = tx.max_product_id()? + 1;
                    let new_serial = serial_for_replacement(&serial, n as u64);
                    shipped_as = Some(new_serial.clone());
                    ClaimAction::ShipReplacement { new_serial }
                }
                s => s,
            };
            match advance_in(tx, catalog, actor, &id, &step, "", at, today) {
                // Later demo claims on this product go to the new unit.
                Ok(()) => {
                    if let Some(s) = shipped_as {
                        made[*idx].serial = s;
                    }
                }
                // Refused (e.g. approved replacement but none left now), not
                // allowed for this claim, or the parcel never shipped (no
                // day to receive it with): leave it where it is.
                Err(
                    StoreError::IllegalTransition { .. }
                    | StoreError::Refused(_)
                    | StoreError::Invalid(_)
                    | StoreError::StepRefused(_)
                    | StoreError::Reclaimed(_),
                ) => break,
                Err(e) => return Err(e),
            }
        }
    }
    // Samples that were replaced since: show the unit in service now.
    for (_, serial) in summary.sample_serials.iter_mut() {
        for _ in 0..8 {
            match tx.replaced_by(serial)? {
                Some(n) => *serial = n,
                None => break,
            }
        }
    }
    audit(
        tx,
        None,
        at,
        "load_demo",
        "demo",
        serde_json::json!({
            "products": summary.products, "claims": summary.claims,
            "cards": summary.cards, "today": day(today),
        }),
    )?;
    if !progress(1.0) {
        return Err(cancelled());
    }
    Ok(summary)
}

/// The next event time: a day or two later, never after today's evening.
fn step_time(at: NaiveDateTime, d: &mut Rng, today: NaiveDate) -> NaiveDateTime {
    let next = at + Duration::hours(6 + d.below(40) as i64);
    let limit = today.and_time(NaiveTime::from_hms_opt(18, 0, 0).unwrap_or_default());
    next.min(limit).max(at)
}

/// A new unit's serial: same model tag, `R`, a fresh number.
fn serial_for_replacement(old: &str, n: u64) -> String {
    let tag = old.get(..4).unwrap_or("1SXX");
    format!("{tag}R{n:09}")
}
