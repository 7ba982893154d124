//! The decision: request in, decision out. Every check that fails adds its
//! rule ID; checks run in the order of SPEC §2, so the refusal lists them in
//! that order.

use crate::catalog::Catalog;
use crate::rules::codes::Cause;
use crate::rules::codes::{Charge, PlanKind, RequestKind, SalesChannel, ServiceChannel};
use crate::rules::ids::{Interpretation, RuleId};
use crate::rules::plans::{
    base_replacements_left, plan_in_effect, plus_replacements_allowed, plus_window,
};
use crate::rules::request::{ClaimFacts, DecisionRequest};
use chrono::NaiveDate;
use serde::Serialize;

/// Days allowed between submitting and shipping the parts.
pub const ONLINE_SHIP_DAYS: i64 = 7;
pub const EXPRESS_SHIP_DAYS: i64 = 3;
pub const WARRANTY_SHIP_DAYS: i64 = 7;

/// The outcome of a request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision {
    /// The plan the decision was made under (a claim's plan in effect).
    pub plan: Option<PlanKind>,
    /// Every failing rule, in the spec's order. Empty means approved.
    pub failed: Vec<RuleId>,
    /// Replacements left on the plan in effect once this claim is done
    /// (replacement requests only).
    pub replacements_left_after: Option<u32>,
    /// What the customer pays if approved.
    pub customer_pays: Vec<Charge>,
    /// Interpretations of the terms that shaped this decision.
    pub interpretations: Vec<Interpretation>,
}

impl Decision {
    pub fn approved(&self) -> bool {
        self.failed.is_empty()
    }

    /// The SPEC §3 wire form.
    pub fn to_wire(&self) -> WireDecision {
        WireDecision {
            decision: if self.approved() {
                "approved"
            } else {
                "refused"
            },
            plan: self.plan.map(PlanKind::code),
            rules: self.failed.iter().map(|r| r.id()).collect(),
            reasons: self.failed.iter().map(|r| r.reason()).collect(),
            replacements_left_after: self.replacements_left_after,
            customer_pays: self.customer_pays.iter().map(|c| c.code()).collect(),
            advice: None,
        }
    }
}

/// The decision as `caredesk decide` prints it (SPEC §3).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WireDecision {
    pub decision: &'static str,
    pub plan: Option<&'static str>,
    pub rules: Vec<&'static str>,
    pub reasons: Vec<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub replacements_left_after: Option<u32>,
    pub customer_pays: Vec<&'static str>,
    /// SPEC §5, only with `decide --advise` (otherwise the key is absent).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub advice: Option<crate::rules::advice::WireAdvice>,
}

/// Collects failing rules and the interpretations used along the way.
#[derive(Default)]
struct Checks {
    failed: Vec<RuleId>,
    interpretations: Vec<Interpretation>,
}

impl Checks {
    fn check(&mut self, fails: bool, rule: RuleId) {
        if fails {
            self.failed.push(rule);
        }
    }
    fn note(&mut self, i: Interpretation) {
        if !self.interpretations.contains(&i) {
            self.interpretations.push(i);
        }
    }
}

/// Decides a validated request.
pub fn decide(catalog: &Catalog, req: &DecisionRequest) -> Decision {
    decide_on(catalog, req, req.on)
}

/// Decides the request as if it were made on `on` (everything else as given):
/// how advice finds the days on which the decision changes (SPEC §5).
pub fn decide_on(catalog: &Catalog, req: &DecisionRequest, on: NaiveDate) -> Decision {
    match req.kind {
        RequestKind::PlusPurchase => decide_purchase(catalog, req, on),
        RequestKind::Replacement => decide_replacement(catalog, req, on),
        RequestKind::ExtendedWarranty => decide_warranty(catalog, req, on),
        RequestKind::PlusReturn => decide_return(req),
    }
}

fn unofficial(req: &DecisionRequest) -> bool {
    req.product.channel == SalesChannel::Unofficial
}

/// Notes the EU interpretation when any region compared is an EU member.
fn note_regions(c: &mut Checks, catalog: &Catalog, regions: &[crate::rules::region::Region]) {
    if regions.iter().any(|r| catalog.is_eu_member(*r)) {
        c.note(Interpretation::EuServiceRegion);
    }
}

fn decide_purchase(catalog: &Catalog, req: &DecisionRequest, on: NaiveDate) -> Decision {
    let mut c = Checks::default();
    let base = req.base_plan.as_ref();
    c.check(base.is_none(), RuleId::BuyNoBase);
    if let Some(base) = base {
        c.check(
            base.term == crate::rules::codes::Term::TwoYear,
            RuleId::BuyBaseTerm,
        );
        c.check(on >= base.ends, RuleId::BuyBaseExpired);
        c.check(
            base_replacements_left(base) == 0,
            RuleId::BuyNoReplacementLeft,
        );
    }
    c.check(req.plus.is_some(), RuleId::BuyOnce);
    if let Some(bought_in) = req.purchase_region {
        let sr = catalog.service_region(bought_in);
        note_regions(&mut c, catalog, &[bought_in, req.product.region]);
        c.check(!catalog.is_plus_region(sr), RuleId::BuyRegionUnsupported);
        c.check(
            sr != catalog.service_region(req.product.region),
            RuleId::BuyRegionMismatch,
        );
    }
    c.check(unofficial(req), RuleId::BuyChannel);
    Decision {
        plan: None,
        failed: c.failed,
        replacements_left_after: None,
        customer_pays: Vec::new(),
        interpretations: c.interpretations,
    }
}

/// Days from submitting to shipping (or to `on` when not shipped yet).
fn ship_days(on: NaiveDate, claim: &ClaimFacts) -> i64 {
    (claim.shipped.unwrap_or(on) - claim.submitted).num_days()
}

/// Days a customer has to ship the parts of a claim, if there is a limit.
pub fn ship_limit(kind: RequestKind, channel: ServiceChannel) -> Option<i64> {
    match (kind, channel) {
        (RequestKind::ExtendedWarranty, _) => Some(WARRANTY_SHIP_DAYS),
        (_, ServiceChannel::Online) => Some(ONLINE_SHIP_DAYS),
        (_, ServiceChannel::Express) => Some(EXPRESS_SHIP_DAYS),
        (_, ServiceChannel::Ssc) => None,
    }
}

fn decide_replacement(catalog: &Catalog, req: &DecisionRequest, on: NaiveDate) -> Decision {
    let mut c = Checks::default();
    let Some(claim) = req.claim.as_ref() else {
        // validate() guarantees a claim; an absent one refuses rather than panics.
        return Decision {
            plan: None,
            failed: vec![RuleId::RepExpired],
            replacements_left_after: Some(0),
            customer_pays: vec![],
            interpretations: vec![],
        };
    };
    let base = req.base_plan.as_ref();
    let plus = req.plus.as_ref();
    let plan = plan_in_effect(base, plus, on);

    // Replacements left on the plan in effect, and that plan's region and withdrawal.
    let (left, plan_region, withdrawn) = match (plan, base, plus) {
        (Some(PlanKind::CareRefresh), Some(b), _) => {
            (base_replacements_left(b), Some(b.region), b.withdrawn)
        }
        (Some(PlanKind::CareRefreshPlus), Some(b), Some(p)) => {
            let (allowed, interp) = plus_replacements_allowed(catalog, b, p);
            if let Some(i) = interp {
                c.note(i);
            }
            (
                allowed.saturating_sub(p.replacements_used),
                Some(p.region),
                p.withdrawn,
            )
        }
        _ => (0, None, false),
    };

    c.check(plan.is_none(), RuleId::RepExpired);
    let in_advance = plan == Some(PlanKind::CareRefresh) && left == 0 && plus.is_some();
    c.check(in_advance, RuleId::RepInAdvance);
    c.check(
        plan.is_some() && left == 0 && !in_advance,
        RuleId::RepNoneLeft,
    );
    c.check(plan.is_some() && withdrawn, RuleId::RepWithdrawn);
    c.check(unofficial(req), RuleId::RepChannel);
    if let Some(pr) = plan_region {
        note_regions(&mut c, catalog, &[pr, req.product.region]);
        c.check(
            catalog.service_region(pr) != catalog.service_region(req.product.region),
            RuleId::RepRegionMismatch,
        );
    }
    c.check(
        plan == Some(PlanKind::CareRefreshPlus) && claim.manufacturing_defect_before_plus,
        RuleId::RepMfgDefect,
    );

    let series = catalog.series_of(req.product.model);
    if let Some(i) = series.replacement_interpretation {
        c.note(i);
    }
    // A part asked for with quantity 0 is not requested (SPEC §5 `remove_parts`).
    c.check(
        claim
            .parts
            .iter()
            .any(|(p, q)| *q > 0 && !series.replacement_parts.contains(*p)),
        RuleId::RepPart,
    );
    c.check(
        claim.parts.iter().any(|(p, q)| *q > catalog.part_cap(*p)),
        RuleId::RepPartQty,
    );
    c.check(
        claim.exclusions.intersects(&catalog.replacement_exclusions),
        RuleId::RepExcluded,
    );

    let limit = ship_limit(req.kind, claim.channel);
    if limit.is_none() {
        c.note(Interpretation::SscNoShipDeadline);
    }
    c.check(
        limit.is_some_and(|l| ship_days(on, claim) > l),
        RuleId::RepShipLate,
    );

    let service = catalog.service_region(claim.service_region);
    note_regions(&mut c, catalog, &[claim.service_region]);
    c.check(!catalog.is_plus_region(service), RuleId::RepOutsideCoverage);
    let international = catalog.model(req.product.model).international_service;
    let transregional = plan_region.is_some_and(|pr| {
        catalog.is_plus_region(service) && service != catalog.service_region(pr) && !international
    });
    c.check(
        transregional && !claim.accepts_transregional_fees,
        RuleId::RepTransregional,
    );
    c.check(!claim.privacy_accepted, RuleId::RepPrivacy);

    let approved = c.failed.is_empty();
    let mut customer_pays = Vec::new();
    if approved {
        customer_pays.push(Charge::ReplacementFee);
        if transregional {
            customer_pays.push(Charge::TransregionalFees);
        }
    }
    Decision {
        plan,
        replacements_left_after: Some(if approved {
            left.saturating_sub(1)
        } else {
            left
        }),
        failed: c.failed,
        customer_pays,
        interpretations: c.interpretations,
    }
}

fn decide_warranty(catalog: &Catalog, req: &DecisionRequest, on: NaiveDate) -> Decision {
    let mut c = Checks::default();
    let Some(claim) = req.claim.as_ref() else {
        return Decision {
            plan: None,
            failed: vec![RuleId::EwNoPlus],
            replacements_left_after: None,
            customer_pays: vec![],
            interpretations: vec![],
        };
    };
    // CR+ is usable only with its base plan (validate() requires it with plus).
    let plus = req.plus.as_ref().zip(req.base_plan.as_ref());
    let window = plus.map(|(_, b)| plus_window(b));

    c.check(plus.is_none(), RuleId::EwNoPlus);
    if let (Some((p, _)), Some(w)) = (plus, window) {
        c.check(on < w.starts, RuleId::EwNotStarted);
        c.check(on >= w.ends, RuleId::EwExpired);
        let sr = catalog.service_region(p.region);
        c.check(catalog.is_european_variant(sr), RuleId::EwNotOffered);
        c.check(p.withdrawn, RuleId::EwWithdrawn);
    }
    c.check(unofficial(req), RuleId::EwChannel);
    if let Some((p, _)) = plus {
        note_regions(&mut c, catalog, &[p.region, req.product.region]);
        c.check(
            catalog.service_region(p.region) != catalog.service_region(req.product.region),
            RuleId::EwRegionMismatch,
        );
        c.check(claim.manufacturing_defect_before_plus, RuleId::EwMfgDefect);
    }
    c.check(claim.cause != Cause::NormalUse, RuleId::EwCause);
    let series = catalog.series_of(req.product.model);
    c.check(
        claim
            .parts
            .iter()
            .any(|(p, q)| *q > 0 && !series.warranty_parts.contains(*p)),
        RuleId::EwPart,
    );
    c.check(
        claim.exclusions.intersects(&catalog.warranty_exclusions),
        RuleId::EwExcluded,
    );
    c.check(
        ship_days(on, claim) > WARRANTY_SHIP_DAYS,
        RuleId::EwShipLate,
    );

    let service = catalog.service_region(claim.service_region);
    note_regions(&mut c, catalog, &[claim.service_region]);
    c.check(!catalog.is_plus_region(service), RuleId::EwOutsideCoverage);
    if let Some((p, _)) = plus {
        let international = catalog.model(req.product.model).international_service;
        let other_area =
            catalog.is_plus_region(service) && service != catalog.service_region(p.region);
        c.check(other_area && !international, RuleId::EwArea);
    }

    Decision {
        // An extended-warranty claim is made under CR+ whenever CR+ is bound,
        // also before it starts or after it ends (SPEC example 09).
        plan: plus.map(|_| PlanKind::CareRefreshPlus),
        failed: c.failed,
        replacements_left_after: None,
        customer_pays: Vec::new(),
        interpretations: c.interpretations,
    }
}

fn decide_return(req: &DecisionRequest) -> Decision {
    let mut c = Checks::default();
    c.check(!req.product_returned, RuleId::RetProductNotReturned);
    let used = req
        .plus
        .as_ref()
        .is_some_and(|p| p.replacements_used > 0 || p.warranty_repairs_used > 0);
    c.check(used, RuleId::RetServiceUsed);
    Decision {
        plan: None,
        failed: c.failed,
        replacements_left_after: None,
        customer_pays: Vec::new(),
        interpretations: c.interpretations,
    }
}
