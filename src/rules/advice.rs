//! SPEC §5: what would make a refusal approvable, and until when.
//!
//! For every failing rule, a step: whether something can be done about it
//! and exactly what (a `Remedy`, with the change applying it makes to the
//! request). Then the decision with every step applied, and the days on which
//! the same request is decided the other way. Pure, like the rest of `rules`.
//!
//! The windows come from the boundary days alone: the decision depends on the
//! application day only through the plan windows (CR starts and ends, CR+
//! ends) and the shipping deadline of a parcel not shipped yet. Between two
//! consecutive boundaries it cannot change, so deciding on each boundary is
//! enough to find the first day it flips.

use crate::catalog::Catalog;
use crate::i18n::{self, Lang};
use crate::rules::PlanKind;
use crate::rules::codes::{Part, RequestKind};
use crate::rules::decide::{Decision, decide_on, ship_limit};
use crate::rules::ids::RuleId;
use crate::rules::plans::{add_months, plan_in_effect, plus_window};
use crate::rules::region::Region;
use crate::rules::request::DecisionRequest;
use crate::tr_in;
use chrono::{Days, NaiveDate};
use serde::Serialize;

/// How far ahead the windows look (SPEC §5: `on + 1095 days`).
pub const HORIZON_DAYS: u64 = 1095;

/// What can be done about one failing rule (SPEC §5 table).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Remedy {
    /// Nothing the counter can do.
    None,
    /// `claim.privacy_accepted = true`.
    AcceptPrivacy,
    /// Remove these parts (not covered), in the order of SPEC §1's parts list.
    RemoveParts(Vec<Part>),
    /// Set each of these parts to its cap.
    ReduceParts(Vec<(Part, u32)>),
    /// `claim.accepts_transregional_fees = true`.
    AcceptTransregionalFees,
    /// Apply on `from` instead (CR+ or CR has not started yet).
    Wait { from: NaiveDate },
    /// `claim.service_region = region` (the plan's own region).
    ServiceIn(Region),
    /// `purchase.region = region` (the product's region).
    BuyIn(Region),
    /// `product_returned = true`.
    ReturnProduct,
}

impl Remedy {
    /// The SPEC §5 code.
    pub fn code(&self) -> &'static str {
        match self {
            Remedy::None => "none",
            Remedy::AcceptPrivacy => "accept_privacy",
            Remedy::RemoveParts(_) => "remove_parts",
            Remedy::ReduceParts(_) => "reduce_parts",
            Remedy::AcceptTransregionalFees => "accept_transregional_fees",
            Remedy::Wait { .. } => "wait",
            Remedy::ServiceIn(_) => "service_in",
            Remedy::BuyIn(_) => "buy_in",
            Remedy::ReturnProduct => "return_product",
        }
    }

    /// A step the person at the counter applies to the form with one click
    /// (the others need time to pass or something outside the desk).
    pub fn applies_to_form(&self) -> bool {
        matches!(
            self,
            Remedy::AcceptPrivacy
                | Remedy::RemoveParts(_)
                | Remedy::ReduceParts(_)
                | Remedy::AcceptTransregionalFees
                | Remedy::ServiceIn(_)
                | Remedy::BuyIn(_)
        )
    }
}

/// One failing rule and what to do about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    pub rule: RuleId,
    pub remedy: Remedy,
}

/// SPEC §5 advice on one decision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Advice {
    /// One per failing rule, in the decision's order.
    pub steps: Vec<Step>,
    /// The request with every step applied is approved.
    pub approved_after_steps: bool,
    /// Approved: the last day it stays approved (`None`: all through the horizon).
    pub approved_through: Option<NaiveDate>,
    /// Refused: the first later day it is approved, as it stands.
    pub approvable_from: Option<NaiveDate>,
}

/// Advice on `decision`, which must be `decide(catalog, req)`.
pub fn advise(catalog: &Catalog, req: &DecisionRequest, decision: &Decision) -> Advice {
    let steps: Vec<Step> = decision
        .failed
        .iter()
        .map(|&rule| Step {
            rule,
            remedy: remedy(catalog, req, rule),
        })
        .collect();
    let approved = decision.approved();
    // Steps that all say `none` change nothing: the request stays as decided.
    let approved_after_steps = approved
        || (steps.iter().any(|s| s.remedy != Remedy::None) && {
            let (fixed, on) = apply(req, &steps);
            decide_on(catalog, &fixed, on).approved()
        });
    let flip = first_flip(catalog, req, approved);
    Advice {
        steps,
        approved_after_steps,
        approved_through: if approved {
            flip.and_then(|d| d.pred_opt())
        } else {
            None
        },
        approvable_from: if approved { None } else { flip },
    }
}

/// The remedy for one failing rule of `req` (SPEC §5 table, with its conditions).
pub fn remedy(catalog: &Catalog, req: &DecisionRequest, rule: RuleId) -> Remedy {
    use RuleId as R;
    let claim = req.claim.as_ref();
    let base = req.base_plan.as_ref();
    let plus = req.plus.as_ref().filter(|_| base.is_some());
    match rule {
        R::RepPrivacy => Remedy::AcceptPrivacy,
        R::RepPart | R::EwPart => {
            let series = catalog.series_of(req.product.model);
            let covered = if rule == R::RepPart {
                series.replacement_parts
            } else {
                series.warranty_parts
            };
            let parts = claim
                .map(|c| {
                    Part::ALL
                        .iter()
                        .copied()
                        .filter(|p| !covered.contains(*p) && quantity(c, *p) > 0)
                        .collect()
                })
                .unwrap_or_default();
            Remedy::RemoveParts(parts)
        }
        R::RepPartQty => {
            let over = claim
                .map(|c| {
                    Part::ALL
                        .iter()
                        .map(|p| (*p, quantity(c, *p), catalog.part_cap(*p)))
                        .filter(|(_, q, cap)| q > cap)
                        .map(|(p, _, cap)| (p, cap))
                        .collect()
                })
                .unwrap_or_default();
            Remedy::ReduceParts(over)
        }
        R::RepTransregional => Remedy::AcceptTransregionalFees,
        R::RepInAdvance | R::EwNotStarted => match base {
            Some(b) => Remedy::Wait {
                from: plus_window(b).starts,
            },
            None => Remedy::None,
        },
        R::RepExpired => match base {
            Some(b) if req.on < b.starts => Remedy::Wait { from: b.starts },
            _ => Remedy::None,
        },
        R::RepOutsideCoverage => match (plan_in_effect(base, plus, req.on), base, plus) {
            (Some(PlanKind::CareRefresh), Some(b), _) => Remedy::ServiceIn(b.region),
            (Some(PlanKind::CareRefreshPlus), _, Some(p)) => Remedy::ServiceIn(p.region),
            _ => Remedy::None,
        },
        R::EwOutsideCoverage | R::EwArea => match plus {
            Some(p) => Remedy::ServiceIn(p.region),
            None => Remedy::None,
        },
        R::BuyRegionUnsupported | R::BuyRegionMismatch => {
            let product = catalog.service_region(req.product.region);
            if catalog.is_plus_region(product) {
                Remedy::BuyIn(req.product.region)
            } else {
                Remedy::None
            }
        }
        R::RetProductNotReturned => Remedy::ReturnProduct,
        _ => Remedy::None,
    }
}

fn quantity(claim: &crate::rules::request::ClaimFacts, part: Part) -> u32 {
    claim
        .parts
        .iter()
        .filter(|(p, _)| *p == part)
        .map(|(_, q)| *q)
        .sum()
}

/// The request with every step applied, and the day it is then made on
/// (the latest `wait`, else the request's own day).
pub fn apply(req: &DecisionRequest, steps: &[Step]) -> (DecisionRequest, NaiveDate) {
    let mut fixed = req.clone();
    let mut on = req.on;
    let mut removed: Vec<Part> = Vec::new();
    for step in steps {
        match &step.remedy {
            Remedy::None => {}
            Remedy::AcceptPrivacy => {
                if let Some(c) = fixed.claim.as_mut() {
                    c.privacy_accepted = true;
                }
            }
            Remedy::RemoveParts(parts) => removed.extend(parts),
            Remedy::ReduceParts(caps) => {
                if let Some(c) = fixed.claim.as_mut() {
                    for (part, cap) in caps {
                        for (p, q) in c.parts.iter_mut() {
                            if p == part {
                                *q = (*q).min(*cap);
                            }
                        }
                    }
                }
            }
            Remedy::AcceptTransregionalFees => {
                if let Some(c) = fixed.claim.as_mut() {
                    c.accepts_transregional_fees = true;
                }
            }
            Remedy::Wait { from } => on = on.max(*from),
            Remedy::ServiceIn(region) => {
                if let Some(c) = fixed.claim.as_mut() {
                    c.service_region = *region;
                }
            }
            Remedy::BuyIn(region) => fixed.purchase_region = Some(*region),
            Remedy::ReturnProduct => fixed.product_returned = true,
        }
    }
    // A removed part stays removed whatever `reduce_parts` says.
    if let Some(c) = fixed.claim.as_mut() {
        c.parts.retain(|(p, _)| !removed.contains(p));
    }
    fixed.on = on;
    (fixed, on)
}

/// The days after `req.on` on which the decision may change, ascending.
pub fn boundary_days(req: &DecisionRequest) -> Vec<NaiveDate> {
    let mut days = Vec::with_capacity(4);
    // (At most four: CR starts, CR ends = CR+ starts, CR+ ends, the parcel's deadline.)
    if let Some(b) = &req.base_plan {
        days.push(b.starts);
        days.push(b.ends);
        days.push(add_months(b.ends, 12));
    }
    if let Some(c) = &req.claim
        && c.shipped.is_none()
        && let Some(limit) = ship_limit(req.kind, c.channel)
    {
        // Late from the first day more than `limit` days after submitting.
        if let Some(late) = u64::try_from(limit + 1)
            .ok()
            .and_then(|n| c.submitted.checked_add_days(Days::new(n)))
        {
            days.push(late);
        }
    }
    days.retain(|d| *d > req.on);
    days.sort_unstable();
    days.dedup();
    days
}

/// The first day in `(on, on + HORIZON_DAYS]` decided other than `on` is
/// (`approved` is how `on` is decided).
fn first_flip(catalog: &Catalog, req: &DecisionRequest, approved: bool) -> Option<NaiveDate> {
    if req.kind == RequestKind::PlusReturn {
        // Nothing in a return depends on the day.
        return None;
    }
    let horizon = req
        .on
        .checked_add_days(Days::new(HORIZON_DAYS))
        .unwrap_or(NaiveDate::MAX);
    boundary_days(req)
        .into_iter()
        .take_while(|d| *d <= horizon)
        .find(|d| decide_on(catalog, req, *d).approved() != approved)
}

// ---------------------------------------------------------------- words and wire

impl Step {
    /// The instruction the person at the counter reads (SPEC §5 `text`).
    pub fn text(&self, catalog: &Catalog, req: &DecisionRequest, lang: Lang) -> String {
        use RuleId as R;
        let series = || catalog.series_of(req.product.model).name.as_str();
        match &self.remedy {
            Remedy::AcceptPrivacy => tr_in!(lang, "advice-accept-privacy"),
            Remedy::RemoveParts(parts) => {
                let key = if self.rule == R::EwPart {
                    "advice-remove-parts-warranty"
                } else {
                    "advice-remove-parts"
                };
                let names: Vec<String> = parts.iter().map(|p| part_name(lang, *p)).collect();
                tr_in!(lang, key, parts = names.join(", "), series = series())
            }
            Remedy::ReduceParts(caps) => {
                let each: Vec<String> = caps
                    .iter()
                    .map(|(p, cap)| {
                        tr_in!(
                            lang,
                            "advice-reduce-part",
                            part = part_name(lang, *p),
                            cap = *cap
                        )
                    })
                    .collect();
                tr_in!(lang, "advice-reduce-parts", parts = each.join(", "))
            }
            Remedy::AcceptTransregionalFees => tr_in!(lang, "advice-accept-transregional"),
            Remedy::Wait { from } => {
                let key = if self.rule == R::RepExpired {
                    "advice-wait-base"
                } else {
                    "advice-wait-plus"
                };
                tr_in!(lang, key, date = i18n::day(lang, *from))
            }
            Remedy::ServiceIn(region) => {
                let plan = if matches!(self.rule, R::EwOutsideCoverage | R::EwArea) {
                    PlanKind::CareRefreshPlus
                } else {
                    plan_in_effect(req.base_plan.as_ref(), req.plus.as_ref(), req.on)
                        .unwrap_or(PlanKind::CareRefreshPlus)
                };
                tr_in!(
                    lang,
                    "advice-service-in",
                    region = region.to_string(),
                    plan = plan_name(lang, plan)
                )
            }
            Remedy::BuyIn(region) => tr_in!(lang, "advice-buy-in", region = region.to_string()),
            Remedy::ReturnProduct => tr_in!(lang, "advice-return-product"),
            Remedy::None => none_text(catalog, req, self.rule, lang),
        }
    }
}

/// Why nothing can be done about `rule`, and what to offer instead.
fn none_text(catalog: &Catalog, req: &DecisionRequest, rule: RuleId, lang: Lang) -> String {
    use RuleId as R;
    let base = req.base_plan.as_ref();
    let plan = plan_in_effect(base, req.plus.as_ref(), req.on);
    let plan_or_plus = || plan_name(lang, plan.unwrap_or(PlanKind::CareRefreshPlus));
    let day = |d: Option<NaiveDate>| d.map(|d| i18n::day(lang, d)).unwrap_or_default();
    match rule {
        R::BuyNoBase => tr_in!(lang, "advice-none-buy-no-base"),
        R::BuyBaseTerm => tr_in!(lang, "advice-none-buy-base-term"),
        R::BuyBaseExpired => tr_in!(
            lang,
            "advice-none-buy-base-expired",
            date = day(base.map(|b| crate::rules::plans::base_window(b).valid_through()))
        ),
        R::BuyNoReplacementLeft => tr_in!(lang, "advice-none-buy-no-replacement-left"),
        R::BuyOnce => tr_in!(lang, "advice-none-buy-once"),
        R::BuyRegionUnsupported | R::BuyRegionMismatch => tr_in!(
            lang,
            "advice-none-buy-region",
            region = req.product.region.to_string()
        ),
        R::BuyChannel | R::RepChannel | R::EwChannel => tr_in!(lang, "advice-none-channel"),
        R::RepExpired => tr_in!(lang, "advice-none-rep-expired"),
        R::RepNoneLeft => tr_in!(lang, "advice-none-rep-none-left", plan = plan_or_plus()),
        R::RepWithdrawn => tr_in!(lang, "advice-none-withdrawn", plan = plan_or_plus()),
        R::EwWithdrawn => tr_in!(
            lang,
            "advice-none-withdrawn",
            plan = plan_name(lang, PlanKind::CareRefreshPlus)
        ),
        R::RepRegionMismatch | R::EwRegionMismatch => tr_in!(lang, "advice-none-region-mismatch"),
        R::RepMfgDefect | R::EwMfgDefect => tr_in!(lang, "advice-none-mfg-defect"),
        R::RepExcluded | R::EwExcluded => {
            let list = if rule == R::RepExcluded {
                &catalog.replacement_exclusions
            } else {
                &catalog.warranty_exclusions
            };
            let observed: Vec<String> = req
                .claim
                .iter()
                .flat_map(|c| c.exclusions.iter())
                .filter(|e| list.contains(*e))
                .map(|e| e.label_in(lang).to_owned())
                .collect();
            tr_in!(
                lang,
                "advice-none-excluded",
                exclusions = observed.join("; ")
            )
        }
        R::RepShipLate | R::EwShipLate => {
            let days = req
                .claim
                .as_ref()
                .and_then(|c| ship_limit(req.kind, c.channel))
                .unwrap_or(0);
            tr_in!(lang, "advice-none-ship-late", days = days)
        }
        R::RepOutsideCoverage | R::EwOutsideCoverage => tr_in!(
            lang,
            "advice-none-outside-coverage",
            region = req
                .claim
                .as_ref()
                .map(|c| c.service_region.to_string())
                .unwrap_or_default()
        ),
        R::EwNoPlus => tr_in!(lang, "advice-none-ew-no-plus"),
        R::EwExpired => tr_in!(
            lang,
            "advice-none-ew-expired",
            date = day(base.map(|b| plus_window(b).valid_through()))
        ),
        R::EwNotOffered => tr_in!(lang, "advice-none-ew-not-offered"),
        R::EwCause => tr_in!(lang, "advice-none-ew-cause"),
        R::RetServiceUsed => tr_in!(lang, "advice-none-ret-service-used"),
        // Rules whose remedy is never `none` (their conditions always hold
        // when they fail): the reason is all there is to say.
        R::RepInAdvance
        | R::EwNotStarted
        | R::EwArea
        | R::RepPart
        | R::EwPart
        | R::RepPartQty
        | R::RepTransregional
        | R::RepPrivacy
        | R::RetProductNotReturned => rule.reason_in(lang).to_owned(),
    }
}

fn part_name(lang: Lang, part: Part) -> String {
    part.label_in(lang).to_owned()
}

fn plan_name(lang: Lang, plan: PlanKind) -> String {
    plan.label_in(lang).to_owned()
}

/// The `advice` object of `caredesk decide --advise` (SPEC §5).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WireAdvice {
    pub steps: Vec<WireStep>,
    pub after_steps: &'static str,
    pub approved_through: Option<String>,
    pub approvable_from: Option<String>,
}

/// One step on the wire: `rule`, `remedy`, the remedy's field, `text`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WireStep {
    pub rule: &'static str,
    pub remedy: Remedy,
    pub text: String,
}

impl Serialize for WireStep {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("rule", self.rule)?;
        m.serialize_entry("remedy", self.remedy.code())?;
        match &self.remedy {
            Remedy::RemoveParts(parts) => {
                let codes: Vec<&str> = parts.iter().map(|p| p.code()).collect();
                m.serialize_entry("parts", &codes)?;
            }
            Remedy::ReduceParts(caps) => m.serialize_entry("parts", &PartCaps(caps))?,
            Remedy::Wait { from } => m.serialize_entry("from", &iso(*from))?,
            Remedy::ServiceIn(r) | Remedy::BuyIn(r) => m.serialize_entry("region", r.as_str())?,
            _ => {}
        }
        m.serialize_entry("text", &self.text)?;
        m.end()
    }
}

/// `{"propellers": 2}`, in the order of the parts list.
struct PartCaps<'a>(&'a [(Part, u32)]);

impl Serialize for PartCaps<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = s.serialize_map(Some(self.0.len()))?;
        for (p, cap) in self.0 {
            m.serialize_entry(p.code(), cap)?;
        }
        m.end()
    }
}

/// `YYYY-MM-DD`. chrono's strftime interprets its pattern on every call,
/// which showed at the top of the `decide --jsonl --advise` profile.
fn iso(d: NaiveDate) -> String {
    use chrono::Datelike;
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

impl Advice {
    /// The wire form, with each step's text in `lang`.
    pub fn to_wire(&self, catalog: &Catalog, req: &DecisionRequest, lang: Lang) -> WireAdvice {
        WireAdvice {
            steps: self
                .steps
                .iter()
                .map(|s| WireStep {
                    rule: s.rule.id(),
                    remedy: s.remedy.clone(),
                    text: s.text(catalog, req, lang),
                })
                .collect(),
            after_steps: if self.approved_after_steps {
                "approved"
            } else {
                "refused"
            },
            approved_through: self.approved_through.map(iso),
            approvable_from: self.approvable_from.map(iso),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(on: &str) -> DecisionRequest {
        let catalog = Catalog::builtin().expect("built-in catalog");
        let text = format!(
            r#"{{"kind": "replacement", "on": "{on}",
            "product": {{"serial": "S1", "model": "DJI Mavic 3", "channel": "official", "region": "US"}},
            "base_plan": {{"term": "1y", "region": "US", "starts": "2024-03-01", "ends": "2025-03-01",
              "replacements_total": 2, "replacements_used": 0, "withdrawn": false}},
            "claim": {{"service_region": "US", "channel": "online", "cause": "collision",
              "parts": {{"aircraft": 1, "battery": 3}}, "exclusions": [], "submitted": "{on}",
              "accepts_transregional_fees": false, "manufacturing_defect_before_plus": false,
              "privacy_accepted": false}}}}"#
        );
        crate::rules::parse_request(&text, &catalog).expect("well-formed")
    }

    fn day(s: &str) -> NaiveDate {
        crate::rules::request::parse_day(s).expect("date")
    }

    #[test]
    fn several_waits_apply_the_latest_day() {
        let req = request("2024-01-10");
        let steps = [
            Step {
                rule: RuleId::RepExpired,
                remedy: Remedy::Wait {
                    from: day("2024-03-01"),
                },
            },
            Step {
                rule: RuleId::RepInAdvance,
                remedy: Remedy::Wait {
                    from: day("2025-03-01"),
                },
            },
            Step {
                rule: RuleId::EwNotStarted,
                remedy: Remedy::Wait {
                    from: day("2024-06-01"),
                },
            },
        ];
        let (fixed, on) = apply(&req, &steps);
        assert_eq!(on, day("2025-03-01"));
        assert_eq!(fixed.on, on);
    }

    #[test]
    fn a_removed_part_stays_removed_whatever_reduce_says() {
        let req = request("2024-06-10");
        let steps = [
            Step {
                rule: RuleId::RepPartQty,
                remedy: Remedy::ReduceParts(vec![(Part::Battery, 1)]),
            },
            Step {
                rule: RuleId::RepPart,
                remedy: Remedy::RemoveParts(vec![Part::Battery]),
            },
            Step {
                rule: RuleId::RepPrivacy,
                remedy: Remedy::AcceptPrivacy,
            },
        ];
        let (fixed, _) = apply(&req, &steps);
        let claim = fixed.claim.expect("claim");
        assert_eq!(claim.parts, vec![(Part::Aircraft, 1)]);
        assert!(claim.privacy_accepted);
    }

    #[test]
    fn remedy_codes_are_the_spec_spellings() {
        let codes: Vec<&str> = [
            Remedy::None,
            Remedy::AcceptPrivacy,
            Remedy::RemoveParts(vec![]),
            Remedy::ReduceParts(vec![]),
            Remedy::AcceptTransregionalFees,
            Remedy::Wait {
                from: NaiveDate::MIN,
            },
            Remedy::ServiceIn(Region::EU),
            Remedy::BuyIn(Region::EU),
            Remedy::ReturnProduct,
        ]
        .iter()
        .map(Remedy::code)
        .collect();
        assert_eq!(
            codes,
            [
                "none",
                "accept_privacy",
                "remove_parts",
                "reduce_parts",
                "accept_transregional_fees",
                "wait",
                "service_in",
                "buy_in",
                "return_product"
            ]
        );
    }
}
