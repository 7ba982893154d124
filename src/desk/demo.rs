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
            return Err(StoreError::Invalid(crate::tr!(
                "desk-err-demo-max",
                max = MAX_DEMO_PRODUCTS.to_string()
            )));
        }
        if self.kind()? == DatabaseKind::Real {
            return Err(StoreError::NotAllowed(crate::tr!(
                "desk-err-demo-real-data",
                db = self.location().to_string()
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

/// What the demo load keeps in hand between its phases.
struct Load<'a> {
    catalog: &'a Catalog,
    today: NaiveDate,
    at: NaiveDateTime,
    progress: &'a dyn Fn(f32) -> bool,
    rng: Rng,
    summary: DemoSummary,
}

/// A claim the demo will file: its day, which `Made` unit, kind, form and
/// the dice for its later steps.
type Planned = (NaiveDate, usize, ClaimKind, ClaimInput, u64);

/// The whole demo load, inside one transaction: staff, products with their
/// plans and cards, unused cards, then claims through the real lifecycle.
fn demo_tx(
    tx: &mut dyn Txn,
    catalog: &Catalog,
    pins: &[Option<String>],
    products: usize,
    today: NaiveDate,
    fresh: bool,
    progress: &dyn Fn(f32) -> bool,
) -> Result<DemoSummary> {
    let at = now();
    // Checked again under the write lock: real data may have arrived since.
    if kind_in(tx)? == DatabaseKind::Real {
        return Err(StoreError::NotAllowed(crate::tr!(
            "desk-err-demo-real-data-here"
        )));
    }
    set_kind(tx, DatabaseKind::Demo)?;
    let mut load = Load {
        catalog,
        today,
        at,
        progress,
        rng: Rng(0),
        summary: DemoSummary::default(),
    };
    let staff_ids = load.staff(tx, pins)?;
    let (technician, ssc_clerk) = (staff_ids[0], staff_ids[1]);

    // Numbers continue after what is there, so a second demo load adds.
    let offset = u64::try_from(tx.max_product_id()?).unwrap_or(0);
    let card_offset = tx.count_cards()?;
    load.rng = Rng(0xCA3E_DE5C ^ offset);

    // Bulk load: index upkeep deferred to the end (same transaction, so a
    // cancel or error restores the indexes with everything else).
    let bulk = fresh && products >= 10_000;
    if bulk {
        tx.bulk_load(true)?;
    }
    let (mut made, samples) = load.units(tx, products, offset, card_offset, ssc_clerk)?;
    load.unused_cards(tx, products, card_offset)?;
    load.summary.sample_serials = samples
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v))
        .collect();
    if bulk {
        tx.bulk_load(false)?;
    }

    let plan = load.plan_claims(&made, products);
    load.walk_claims(tx, &plan, &mut made, technician, ssc_clerk)?;
    if fresh {
        load.appointments(tx, &made, ssc_clerk)?;
    }
    // Samples that were replaced since: show the unit in service now.
    for (_, serial) in load.summary.sample_serials.iter_mut() {
        for _ in 0..8 {
            match tx.replaced_by(serial)? {
                Some(n) => *serial = n,
                None => break,
            }
        }
    }
    let summary = load.summary;
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
        return Err(StoreError::Unfinished(CANCELLED));
    }
    Ok(summary)
}

impl Load<'_> {
    /// Asks the caller whether to go on; `Unfinished` when they cancelled.
    fn go_on(&self, done: f32) -> Result<()> {
        if (self.progress)(done) {
            Ok(())
        } else {
            Err(StoreError::Unfinished(CANCELLED))
        }
    }

    /// Adds the demo staff that are not there yet; their ids, in
    /// `DEMO_STAFF` order.
    fn staff(&mut self, tx: &mut dyn Txn, pins: &[Option<String>]) -> Result<Vec<i64>> {
        let mut staff_ids = Vec::new();
        for ((name, role, pin), hash) in DEMO_STAFF.iter().zip(pins) {
            let id = match tx.insert_staff(&NewStaff {
                name: (*name).to_owned(),
                role: *role,
                pin_hash: hash.clone(),
                at: self.at,
            })? {
                Some(id) => id,
                None => {
                    tx.staff_by_name(name)?
                        .ok_or_else(|| {
                            StoreError::NotFound(crate::tr!(
                                "desk-err-staff-name-not-found",
                                name = name.to_string()
                            ))
                        })?
                        .id
                }
            };
            staff_ids.push(id);
            self.summary.staff.push(DemoStaff {
                name: (*name).into(),
                role: *role,
                pin: pin.map(String::from),
            });
        }
        Ok(staff_ids)
    }

    /// Products with their plans (and CR+ with cards where the BUY-* rules
    /// allow it), in batches; the first 2,000 kept for claims, and one
    /// sample serial per situation worth showing.
    fn units(
        &mut self,
        tx: &mut dyn Txn,
        products: usize,
        offset: u64,
        card_offset: u64,
        ssc_clerk: i64,
    ) -> Result<(Vec<Made>, BTreeMap<&'static str, String>)> {
        let mut made: Vec<Made> = Vec::new();
        let keep_for_claims = products.min(2_000);
        let model_count = self.catalog.models.len() as u64;
        let mut samples: BTreeMap<&'static str, String> = BTreeMap::new();
        let mut batch: Vec<NewUnit> = Vec::with_capacity(BATCH);
        for i in 0..products {
            if i % 16_384 == 0 {
                self.go_on(0.8 * i as f32 / products.max(1) as f32)?;
            }
            let n = offset + i as u64 + 1;
            let model = self.rng.below(model_count) as usize;
            let region_code = weighted(&mut self.rng, REGIONS);
            let region = Region::parse_shape(region_code)
                .ok_or_else(|| StoreError::Invalid(region_code.into()))?;
            let channel = match self.rng.below(100) {
                0..70 => SalesChannel::Official,
                70..95 => SalesChannel::Authorized,
                _ => SalesChannel::Unofficial,
            };
            let serial = serial(model, n);
            let base = self.base_plan(region);
            let mut unit = NewUnit {
                serial: serial.clone(),
                model: self.catalog.models[model].name.clone(),
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
                self.summary.base_plans += 1;
            }
            self.summary.products += 1;
            let has_plus = match &base {
                Some(b) => self.plus(&mut unit, b, model, card_offset, ssc_clerk, &mut samples),
                None => false,
            };
            batch.push(unit);
            if batch.len() == BATCH {
                tx.insert_units(&batch)?;
                batch.clear();
            }
            self.note_samples(
                &mut samples,
                &serial,
                base.as_ref(),
                has_plus,
                channel,
                region,
            );
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
        Ok((made, samples))
    }

    /// A CR plan for most units: 1- or 2-year, started within the last two
    /// years, some replacements used; a few bought in another region.
    fn base_plan(&mut self, region: Region) -> Option<BasePlan> {
        let rng = &mut self.rng;
        if !rng.chance(93) {
            return None;
        }
        let term = if rng.chance(75) {
            Term::OneYear
        } else {
            Term::TwoYear
        };
        let months = if term == Term::OneYear { 12 } else { 24 };
        let starts = self.today - Duration::days(rng.below(760) as i64);
        let ends = add_months(starts, months);
        let total = if term == Term::OneYear { 2 } else { 4 };
        let used = match rng.below(10) {
            0..6 => 0,
            6..9 => 1,
            _ => total,
        }
        .min(total);
        let plan_region = if rng.chance(4) {
            Region::parse_shape(weighted(rng, REGIONS)).unwrap_or(region)
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
    }

    /// CR+ for about a third of 1-year plans, where the BUY-* rules allow
    /// it; every fifth sale through an activation card. True when sold.
    fn plus(
        &mut self,
        unit: &mut NewUnit,
        b: &BasePlan,
        model: usize,
        card_offset: u64,
        ssc_clerk: i64,
        samples: &mut BTreeMap<&'static str, String>,
    ) -> bool {
        if b.term != Term::OneYear || !self.rng.chance(35) {
            return false;
        }
        let (today, region) = (self.today, unit.region);
        let latest = b.ends.min(today);
        let span = (latest - b.starts).num_days().max(1) as u64;
        let bought = b.starts + Duration::days(self.rng.below(span) as i64);
        let req = DecisionRequest {
            kind: RequestKind::PlusPurchase,
            on: bought,
            product: ProductFacts {
                serial: unit.serial.clone(),
                model,
                channel: unit.channel,
                region,
            },
            base_plan: Some(b.clone()),
            plus: None,
            purchase_region: Some(region),
            claim: None,
            product_returned: false,
        };
        if !decide(self.catalog, &req).approved() {
            return false;
        }
        let w = plus_window(b);
        let started = today >= w.starts;
        let european = self
            .catalog
            .is_european_variant(self.catalog.service_region(region));
        let plus_used = u32::from(started && self.rng.chance(15));
        let repairs = u32::from(started && !european && self.rng.chance(10));
        let card = if self.rng.chance(20) {
            let code = format!("CRP-{:07}", card_offset + self.summary.cards as u64 + 1);
            unit.card = Some(NewCard {
                code: code.clone(),
                region,
                bound_serial: Some(unit.serial.clone()),
                bound_on: Some(bought),
                bound_by: Some(ssc_clerk),
                added_at: self.at,
            });
            self.summary.cards += 1;
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
        self.summary.plus_plans += 1;
        let key = if european && started {
            "CR+ in effect, European variant (no extended warranty)"
        } else if started && today < w.ends {
            "CR+ in effect"
        } else if !started {
            "CR+ bought, starts when CR expires"
        } else {
            "CR+ expired"
        };
        samples.entry(key).or_insert_with(|| unit.serial.clone());
        true
    }

    /// Keeps `serial` as the sample of each situation it is the first of.
    fn note_samples(
        &self,
        samples: &mut BTreeMap<&'static str, String>,
        serial: &str,
        base: Option<&BasePlan>,
        has_plus: bool,
        channel: SalesChannel,
        region: Region,
    ) {
        let today = self.today;
        let mut keep = |key: &'static str| {
            samples.entry(key).or_insert_with(|| serial.to_owned());
        };
        if let Some(b) = base {
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
                keep(k);
            }
        } else {
            keep("no Care Refresh plan");
        }
        if channel == SalesChannel::Unofficial {
            keep("bought from an unofficial channel");
        }
        let catalog = self.catalog;
        if !catalog.is_plus_region(catalog.service_region(region)) {
            keep("bought where CR+ is not offered");
        }
    }

    /// Unused activation cards in several CR+ regions.
    fn unused_cards(&mut self, tx: &mut dyn Txn, products: usize, card_offset: u64) -> Result<()> {
        let plus_regions = self.catalog.plus_region_codes();
        let unused = (products / 50).clamp(12, 5_000);
        for k in 0..unused {
            let region = plus_regions[k % plus_regions.len()];
            // EU is a service region, not a place to sell cards in: use Germany.
            let region = if region == Region::EU {
                Region::parse_shape("DE").unwrap_or(region)
            } else {
                region
            };
            let code = format!("CRP-{:07}", card_offset + self.summary.cards as u64 + 1);
            tx.insert_card(&NewCard {
                code: code.clone(),
                region,
                bound_serial: None,
                bound_on: None,
                bound_by: None,
                added_at: self.at,
            })?;
            self.summary.cards += 1;
            if self.summary.unused_card_codes.len() < 6 {
                self.summary
                    .unused_card_codes
                    .push(format!("{code} ({region})"));
            }
        }
        Ok(())
    }

    /// A few hundred claims on the kept units (none on the sample units, which
    /// keep what their label promises), in date order so counts and reclaimed
    /// units follow the timeline.
    fn plan_claims(&mut self, made: &[Made], products: usize) -> Vec<Planned> {
        let sample_serials: std::collections::HashSet<&str> = self
            .summary
            .sample_serials
            .iter()
            .map(|(_, s)| s.as_str())
            .collect();
        let claims = (products * 4).min(200 + products / 1_000);
        let mut plan: Vec<Planned> = Vec::new();
        for _ in 0..claims {
            if made.is_empty() {
                break;
            }
            let idx = self.rng.below(made.len() as u64) as usize;
            if sample_serials.contains(made[idx].serial.as_str()) {
                continue;
            }
            if let Some(p) = plan_claim(&mut self.rng, self.catalog, &made[idx], idx, self.today) {
                plan.push(p);
            }
        }
        plan.sort_by_key(|(on, ..)| *on);
        plan
    }

    /// Files each planned claim through the real intake, then walks it some
    /// way (old claims all the way) towards closed.
    fn walk_claims(
        &mut self,
        tx: &mut dyn Txn,
        plan: &[Planned],
        made: &mut [Made],
        technician: i64,
        ssc_clerk: i64,
    ) -> Result<()> {
        for (k, (on, idx, kind, input, dice)) in plan.iter().enumerate() {
            if k % 64 == 0 {
                self.go_on(0.8 + 0.2 * k as f32 / plan.len().max(1) as f32)?;
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
            let catalog = self.catalog;
            let (id, approved) = match file_claim_in(
                tx, catalog, actor, &serial, *kind, input, *on, start, self.today,
            ) {
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
            self.summary.claims += 1;
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
            let stop = if (self.today - *on).num_days() > 120 {
                steps.len() // old claims are done
            } else {
                stop
            };
            let walk = Walk {
                actor,
                id: &id,
                start,
            };
            if let Some(s) = self.walk(tx, &walk, &serial, steps, stop, &mut d)? {
                // Later demo claims on this product go to the new unit.
                made[*idx].serial = s;
            }
        }
        Ok(())
    }

    /// Takes the first `stop` steps of one claim; the serial of the
    /// replacement when one was shipped.
    fn walk(
        &self,
        tx: &mut dyn Txn,
        w: &Walk,
        serial: &str,
        steps: Vec<ClaimAction>,
        stop: usize,
        d: &mut Rng,
    ) -> Result<Option<String>> {
        let mut at = w.start;
        let mut replacement = None;
        for step in steps.into_iter().take(stop) {
            at = step_time(at, d, self.today);
            let mut shipped_as = None;
            let step = match step {
                ClaimAction::ShipReplacement { .. } => {
                    // Past every product id: unique, so the serial is too.
                    let n = tx.max_product_id()? + 1;
                    let new_serial = serial_for_replacement(serial, n as u64);
                    shipped_as = Some(new_serial.clone());
                    ClaimAction::ShipReplacement { new_serial }
                }
                s => s,
            };
            match advance_in(tx, self.catalog, w.actor, w.id, &step, "", at, self.today) {
                Ok(()) => {
                    self.parcel_of(tx, w, &step, at)?;
                    if shipped_as.is_some() {
                        replacement = shipped_as;
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
        Ok(replacement)
    }
}

impl Load<'_> {
    /// The parcel a step stands for, with a carrier of the claim's region
    /// and a tracking number made from the claim's id (no dice: the walk's
    /// draws stay as they were): the customer's parcel when it is received,
    /// the replacement's when it ships. Not at a Swift Service Center, where
    /// the customer brings the unit and takes the replacement.
    fn parcel_of(
        &self,
        tx: &mut dyn Txn,
        w: &Walk,
        step: &ClaimAction,
        at: NaiveDateTime,
    ) -> Result<()> {
        let Some(st) = tx.claim_state(w.id)? else {
            return Ok(());
        };
        if st.channel == ServiceChannel::Ssc {
            return Ok(());
        }
        let region = super::claims::parse_input(w.id, &st.input)
            .map(|i| i.service_region.to_string())
            .unwrap_or_default();
        let (direction, shipped_on, received_on) = match step {
            // (The walk's times are drawn apart from the days on the form:
            // a shipped day after the arrival is left out.)
            ClaimAction::Receive { .. } => (
                ParcelDirection::Inbound,
                st.shipped_on.filter(|d| *d <= at.date()),
                Some(at.date()),
            ),
            ClaimAction::ShipReplacement { .. } => {
                (ParcelDirection::Outbound, Some(at.date()), None)
            }
            _ => return Ok(()),
        };
        let carrier = match region.as_str() {
            "CN" | "HK" | "TW" => "SF Express",
            "KR" => "CJ Logistics",
            "US" | "CA" => "UPS",
            "AU" => "Australia Post",
            "JP" => "Yamato",
            _ => "DHL",
        };
        // FNV-1a of the claim id and the direction: the same every run.
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for b in w.id.bytes().chain(direction.code().bytes()) {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        let input = ParcelInput {
            direction,
            carrier: carrier.to_owned(),
            tracking: format!(
                "{}{:012}",
                &carrier[..2].to_uppercase(),
                h % 1_000_000_000_000
            ),
            shipped_on,
            received_on,
        };
        match super::parcels::add_parcel_in(tx, w.actor, w.id, &input, at, self.today) {
            // A day the parcel rules refuse (e.g. after the demo's today):
            // that claim goes without its parcel.
            Ok(_) | Err(StoreError::OutOfBounds(_) | StoreError::Invalid(_)) => Ok(()),
            Err(e) => Err(e),
        }
    }
}

/// The first booking's slot, in minutes after midnight: 09:30, or when the
/// demo is loaded later on its own day, half an hour before the next half
/// hour (one customer late, the rest still to come), at the latest 16:00.
fn first_slot(today: NaiveDate, now: NaiveDateTime) -> usize {
    const OPENING: usize = 9 * 60 + 30;
    const LATEST: usize = 16 * 60;
    if now.date() != today {
        return OPENING;
    }
    let minutes = (now.time() - NaiveTime::MIN).num_minutes();
    let next_half_hour = usize::try_from(minutes).unwrap_or(0).div_ceil(30) * 30;
    next_half_hour.saturating_sub(30).clamp(OPENING, LATEST)
}

/// The Swift Service Center bookings of a fresh demo: who, at which
/// counter, the phone, the case as the customer wrote it, and (but for the
/// last) the region of the product they bring.
const DEMO_BOOKINGS: &[(&str, &str, &str, &str, Option<&str>)] = &[
    (
        "陳大文",
        "Hong Kong SSC",
        "+852 9123 4567",
        "雲台摔壞，鏡頭有刮痕",
        Some("HK"),
    ),
    (
        "김민준",
        "Seoul SSC",
        "+82 10-1234-5678",
        "물에 빠짐, 전원이 안 켜짐",
        Some("KR"),
    ),
    (
        "Emily Carter",
        "Los Angeles SSC",
        "+1 213 555 0142",
        "Hit a tree, gimbal loose",
        Some("US"),
    ),
    (
        "王伟",
        "Shenzhen SSC",
        "+86 138 0013 8000",
        "坠机，机臂断裂",
        Some("CN"),
    ),
    (
        "林小美",
        "Taipei SSC",
        "+886 912 345 678",
        "鏡頭進水起霧",
        Some("TW"),
    ),
    (
        "Jürgen Müller",
        "Munich SSC",
        "+49 89 1234567",
        "Absturz, Kamera ohne Bild",
        Some("DE"),
    ),
    (
        "Olivia Smith",
        "Sydney SSC",
        "+61 2 9876 5432",
        "Propeller arm cracked",
        Some("AU"),
    ),
    (
        "Camille Dubois",
        "Munich SSC",
        "+33 1 23 45 67 89",
        "Écran de la radiocommande fissuré",
        None,
    ),
];

impl Load<'_> {
    /// Bookings for today and tomorrow, so the SSC's Today panel has a
    /// day to show: each brings a product of its region still in service
    /// (checked in by scanning it), the last no serial yet.
    fn appointments(&mut self, tx: &mut dyn Txn, made: &[Made], clerk: i64) -> Result<()> {
        let mut taken = std::collections::HashSet::new();
        let first_slot = first_slot(self.today, chrono::Local::now().naive_local());
        for (i, (name, store, phone, case, region)) in DEMO_BOOKINGS.iter().enumerate() {
            let serial = match region.and_then(Region::parse_shape) {
                None => None,
                Some(r) => {
                    let mut found = None;
                    for m in made.iter().filter(|m| m.region == r && m.base.is_some()) {
                        if !taken.contains(&m.serial) && tx.replaced_by(&m.serial)?.is_none() {
                            found = Some(m.serial.clone());
                            break;
                        }
                    }
                    found
                }
            };
            if let Some(s) = &serial {
                taken.insert(s.clone());
            }
            // Every 45 minutes from the first slot; the last two tomorrow.
            let tomorrow = i + 2 >= DEMO_BOOKINGS.len();
            let minutes = first_slot + 45 * (i % 6);
            let fields = AppointmentFields {
                day: if tomorrow {
                    self.today + chrono::Days::new(1)
                } else {
                    self.today
                },
                slot: format!("{:02}:{:02}", minutes / 60, minutes % 60),
                store: (*store).to_owned(),
                customer_name: (*name).to_owned(),
                customer_phone: (*phone).to_owned(),
                customer_email: String::new(),
                serial,
                case_reference: format!("SWS-{}", 20_261_000 + i),
                case_text: (*case).to_owned(),
            };
            let f = super::appointments::check_fields(&fields)?;
            super::appointments::book_in(tx, clerk, &f, self.at)?;
            self.summary.appointments += 1;
        }
        Ok(())
    }
}

/// Who walks which claim, from when.
struct Walk<'a> {
    actor: i64,
    id: &'a str,
    start: NaiveDateTime,
}

/// One demo claim on unit `m`: kind, day, parts, channel, cause and the
/// rest of the form, mostly what the plan covers, sometimes not. None when
/// its day would fall after today.
fn plan_claim(
    rng: &mut Rng,
    catalog: &Catalog,
    m: &Made,
    idx: usize,
    today: NaiveDate,
) -> Option<Planned> {
    let warranty = m.has_plus && rng.chance(35);
    let kind = if warranty {
        ClaimKind::ExtendedWarranty
    } else {
        ClaimKind::Replacement
    };
    let on = claim_day(rng, m, warranty, today);
    if on > today {
        return None;
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
    let cause = if warranty && rng.chance(88) {
        Cause::NormalUse
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
        Region::parse_shape(weighted(rng, REGIONS)).unwrap_or(m.region)
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
    Some((on, idx, kind, input, rng.next()))
}

/// The claim's day: mostly while a plan is in effect, sometimes before or
/// after.
fn claim_day(rng: &mut Rng, m: &Made, warranty: bool, today: NaiveDate) -> NaiveDate {
    match &m.base {
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
    }
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

#[cfg(test)]
mod tests {
    use super::first_slot;
    use chrono::NaiveDate;

    #[test]
    fn the_first_booking_is_at_opening_or_just_before_now() {
        let day = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
        let at = |h, m| day.and_hms_opt(h, m, 0).unwrap();
        // Another day than the demo's: from opening.
        assert_eq!(first_slot(day.succ_opt().unwrap(), at(14, 10)), 9 * 60 + 30);
        assert_eq!(first_slot(day, at(8, 0)), 9 * 60 + 30);
        // 14:10: the next half hour is 14:30, the first booking 14:00 (late).
        assert_eq!(first_slot(day, at(14, 10)), 14 * 60);
        assert_eq!(first_slot(day, at(14, 30)), 14 * 60);
        // In the evening: the last bookings of the day from 16:00.
        assert_eq!(first_slot(day, at(20, 15)), 16 * 60);
    }
}
