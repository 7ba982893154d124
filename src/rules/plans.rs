//! Plan windows, replacements left and plan status: the date arithmetic of
//! SPEC §1 "Plans and dates", shared by the rules, the store and the app.

use crate::catalog::Catalog;
use crate::rules::request::{BasePlan, PlusPlan};
use crate::vocab::code_enum;
use crate::vocab::{Interpretation, PlanKind, Term};
use chrono::{Months, NaiveDate};

/// A half-open validity window `[starts, ends)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    pub starts: NaiveDate,
    pub ends: NaiveDate,
}

impl Window {
    pub fn contains(&self, day: NaiveDate) -> bool {
        self.starts <= day && day < self.ends
    }
    /// The last covered day, as the UI shows it (`ends − 1 day`).
    pub fn valid_through(&self) -> NaiveDate {
        self.ends.pred_opt().unwrap_or(self.ends)
    }
}

/// Adds calendar months the chrono way: 29 Feb + 12 months = 28 Feb.
pub fn add_months(day: NaiveDate, months: u32) -> NaiveDate {
    day.checked_add_months(Months::new(months))
        .unwrap_or(NaiveDate::MAX)
}

/// How long a CR plan of a term runs at most (SPEC §6: 1y 12 months, 2y 24).
pub fn term_months(term: Term) -> u32 {
    match term {
        Term::OneYear => 12,
        Term::TwoYear => 24,
    }
}

/// How many replacements a CR plan of a term has at most (1y: 2, 2y: 4).
pub fn max_replacements(term: Term) -> u32 {
    match term {
        Term::OneYear => 2,
        Term::TwoYear => 4,
    }
}

/// CR's window.
pub fn base_window(base: &BasePlan) -> Window {
    Window {
        starts: base.starts,
        ends: base.ends,
    }
}

/// CR+ starts on the day CR (1-Year Plan) expires and runs 12 calendar months.
pub fn plus_window(base: &BasePlan) -> Window {
    Window {
        starts: base.ends,
        ends: add_months(base.ends, 12),
    }
}

/// Replacements CR+ allows in all, and the Interpretation behind the number.
pub fn plus_replacements_allowed(
    catalog: &Catalog,
    base: &BasePlan,
    plus: &PlusPlan,
) -> (u32, Option<Interpretation>) {
    let sr = catalog.service_region(plus.region);
    if catalog.is_european_variant(sr) {
        (
            catalog
                .european_replacement_cap
                .saturating_sub(base.replacements_used),
            Some(Interpretation::EuropeanCap),
        )
    } else {
        (1, None)
    }
}

pub fn base_replacements_left(base: &BasePlan) -> u32 {
    base.replacements_total
        .saturating_sub(base.replacements_used)
}

pub fn plus_replacements_left(catalog: &Catalog, base: &BasePlan, plus: &PlusPlan) -> u32 {
    plus_replacements_allowed(catalog, base, plus)
        .0
        .saturating_sub(plus.replacements_used)
}

/// Which plan is in effect on a day, if any.
pub fn plan_in_effect(
    base: Option<&BasePlan>,
    plus: Option<&PlusPlan>,
    on: NaiveDate,
) -> Option<PlanKind> {
    let base = base?;
    if base_window(base).contains(on) {
        Some(PlanKind::CareRefresh)
    } else if plus.is_some() && plus_window(base).contains(on) {
        Some(PlanKind::CareRefreshPlus)
    } else {
        None
    }
}

code_enum! {
    /// Where one service of a plan stands on a day (SPEC §2 "Termination").
    ServiceState ("service state", key "service-state") {
        /// Validity has not begun (CR+ before CR expires: not usable in advance).
        NotStarted => "not_started";
        Active => "active";
        /// Validity reached.
        Expired => "expired";
        /// Replacements used up (replacement service only).
        UsedUp => "used_up";
        /// The customer's withdrawal was confirmed.
        Withdrawn => "withdrawn";
        /// The service is not part of this plan (extended warranty in the European variant).
        NotOffered => "not_offered";
    }
}

/// A plan as the plan-status panel and `caredesk lookup` show it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct PlanStatus {
    pub plan: PlanKind,
    pub region: String,
    pub service_region: String,
    #[serde(with = "iso_date")]
    pub starts: NaiveDate,
    #[serde(with = "iso_date")]
    pub ends: NaiveDate,
    #[serde(with = "iso_date")]
    pub valid_through: NaiveDate,
    pub replacements_allowed: u32,
    pub replacements_used: u32,
    /// Replacements held by approved claims in flight (the desk fills it in;
    /// `replacements_left` is then less by as many).
    pub replacements_held: u32,
    pub replacements_left: u32,
    /// The European cap set `replacements_allowed`.
    pub european_cap: bool,
    pub withdrawn: bool,
    pub replacement_service: ServiceState,
    /// CR carries no extended warranty; CR+ does outside the European variant.
    pub extended_warranty: Option<ServiceState>,
}

mod iso_date {
    use chrono::NaiveDate;
    pub fn serialize<S: serde::Serializer>(d: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&d.format("%Y-%m-%d"))
    }
}

fn window_state(w: Window, on: NaiveDate, withdrawn: bool) -> ServiceState {
    if withdrawn {
        ServiceState::Withdrawn
    } else if on < w.starts {
        ServiceState::NotStarted
    } else if on >= w.ends {
        ServiceState::Expired
    } else {
        ServiceState::Active
    }
}

fn replacement_state(w: Window, on: NaiveDate, withdrawn: bool, left: u32) -> ServiceState {
    match window_state(w, on, withdrawn) {
        ServiceState::Active | ServiceState::NotStarted if left == 0 => ServiceState::UsedUp,
        s => s,
    }
}

pub fn base_status(catalog: &Catalog, base: &BasePlan, on: NaiveDate) -> PlanStatus {
    let w = base_window(base);
    let left = base_replacements_left(base);
    PlanStatus {
        plan: PlanKind::CareRefresh,
        region: base.region.to_string(),
        service_region: catalog.service_region(base.region).to_string(),
        starts: w.starts,
        ends: w.ends,
        valid_through: w.valid_through(),
        replacements_allowed: base.replacements_total,
        replacements_used: base.replacements_used,
        replacements_held: 0,
        replacements_left: left,
        european_cap: false,
        withdrawn: base.withdrawn,
        replacement_service: replacement_state(w, on, base.withdrawn, left),
        extended_warranty: None,
    }
}

pub fn plus_status(
    catalog: &Catalog,
    base: &BasePlan,
    plus: &PlusPlan,
    on: NaiveDate,
) -> PlanStatus {
    let w = plus_window(base);
    let (allowed, interp) = plus_replacements_allowed(catalog, base, plus);
    let left = allowed.saturating_sub(plus.replacements_used);
    let sr = catalog.service_region(plus.region);
    let warranty = if catalog.is_european_variant(sr) {
        ServiceState::NotOffered
    } else {
        window_state(w, on, plus.withdrawn)
    };
    PlanStatus {
        plan: PlanKind::CareRefreshPlus,
        region: plus.region.to_string(),
        service_region: sr.to_string(),
        starts: w.starts,
        ends: w.ends,
        valid_through: w.valid_through(),
        replacements_allowed: allowed,
        replacements_used: plus.replacements_used,
        replacements_held: 0,
        replacements_left: left,
        european_cap: interp.is_some(),
        withdrawn: plus.withdrawn,
        replacement_service: replacement_state(w, on, plus.withdrawn, left),
        extended_warranty: Some(warranty),
    }
}
