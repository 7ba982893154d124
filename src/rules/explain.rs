//! A refusal's reasons with the facts of this request: which exclusion was
//! observed, which parts are not covered, how many days the parcel took. The
//! decision API keeps each rule's own sentence (SPEC §3); the window, the
//! claim PDF and the stored claim show these.

use crate::catalog::Catalog;
use crate::i18n::{self, Lang};
use crate::rules::decide::ship_limit;
use crate::rules::ids::RuleId;
use crate::rules::request::DecisionRequest;
use crate::tr_in;

/// `rule`'s reason, followed by what in `req` made it fail where that says
/// more than the reason alone.
pub fn detailed_reason(
    catalog: &Catalog,
    req: &DecisionRequest,
    rule: RuleId,
    lang: Lang,
) -> String {
    let reason = rule.reason_in(lang);
    match detail(catalog, req, rule, lang) {
        Some(d) => format!("{reason} {d}"),
        None => reason.to_owned(),
    }
}

fn detail(catalog: &Catalog, req: &DecisionRequest, rule: RuleId, lang: Lang) -> Option<String> {
    use RuleId as R;
    let claim = req.claim.as_ref()?;
    match rule {
        R::RepExcluded | R::EwExcluded => {
            let list = if rule == R::RepExcluded {
                &catalog.replacement_exclusions
            } else {
                &catalog.warranty_exclusions
            };
            let observed: Vec<&str> = claim
                .exclusions
                .iter()
                .filter(|e| list.contains(*e))
                .map(|e| e.label_in(lang))
                .collect();
            (!observed.is_empty())
                .then(|| tr_in!(lang, "reason-observed", items = observed.join("; ")))
        }
        R::RepPart | R::EwPart => {
            let series = catalog.series_of(req.product.model);
            let covered = if rule == R::RepPart {
                series.replacement_parts
            } else {
                series.warranty_parts
            };
            let parts: Vec<&str> = claim
                .parts
                .iter()
                .filter(|(p, q)| *q > 0 && !covered.contains(*p))
                .map(|(p, _)| p.label_in(lang))
                .collect();
            Some(tr_in!(
                lang,
                "reason-not-covered-parts",
                items = parts.join(", "),
                series = series.name.as_str()
            ))
        }
        R::RepShipLate | R::EwShipLate => {
            let limit = ship_limit(req.kind, claim.channel)?;
            let until = claim.shipped.unwrap_or(req.on);
            let days = (until - claim.submitted).num_days();
            let key = if claim.shipped.is_some() {
                "reason-shipped-after"
            } else {
                "reason-not-shipped-after"
            };
            Some(tr_in!(
                lang,
                key,
                days = days,
                limit = limit,
                submitted = i18n::day(lang, claim.submitted)
            ))
        }
        _ => None,
    }
}
