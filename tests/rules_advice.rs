//! SPEC §5 advice, table by table: each remedy with its conditions (and
//! `none` outside them), the order of parts, `remove_parts` winning over
//! `reduce_parts`, and the windows — parcels not shipped (online, express,
//! warranty), a plan boundary inside the window, leap days, a `wait` that makes
//! the parcel late, the horizon. Rows name the rule IDs they cover.

mod common;

use caredesk::i18n::Lang;
use caredesk::rules::decide_json_advised;
use common::{CR_ENDS, CR_STARTS, IN_CR, IN_PLUS, PLUS_ENDS, Req, catalog, shift};
use serde_json::{Value, json};

/// The decision with advice, as `caredesk decide --advise` prints it.
fn advised(req: &Req) -> Value {
    let d = decide_json_advised(catalog(), &req.text(), Lang::EN)
        .unwrap_or_else(|e| panic!("well-formed: {e}\n{}", req.0));
    serde_json::to_value(d).expect("json")
}

/// Steps without their texts (free wording), after checking each has one.
fn steps(v: &Value) -> Vec<Value> {
    v["advice"]["steps"]
        .as_array()
        .expect("steps")
        .iter()
        .map(|s| {
            let text = s["text"].as_str().expect("text");
            assert!(!text.trim().is_empty(), "empty text in {s}");
            let mut s = s.clone();
            s.as_object_mut().expect("object").remove("text");
            s
        })
        .collect()
}

fn step(v: &Value, rule: &str) -> Value {
    steps(v)
        .into_iter()
        .find(|s| s["rule"] == rule)
        .unwrap_or_else(|| panic!("no step for {rule} in {v}"))
}

fn text_of(v: &Value, rule: &str) -> String {
    v["advice"]["steps"]
        .as_array()
        .expect("steps")
        .iter()
        .find(|s| s["rule"] == rule)
        .and_then(|s| s["text"].as_str())
        .unwrap_or_default()
        .to_owned()
}

// ------------------------------------------------------------ remedies

#[test]
fn rep_privacy_accept_privacy() {
    let v = advised(&Req::replacement(IN_CR).set("claim.privacy_accepted", false));
    assert_eq!(v["rules"], json!(["REP-PRIVACY"]));
    assert_eq!(
        steps(&v),
        [json!({"rule": "REP-PRIVACY", "remedy": "accept_privacy"})]
    );
    assert_eq!(v["advice"]["after_steps"], "approved");
}

#[test]
fn rep_part_remove_parts_in_parts_list_order() {
    // Ronin replaces gimbal and grip only: aircraft, camera and battery are not.
    let v = advised(
        &Req::replacement(IN_CR)
            .model("DJI RS 2")
            .parts(json!({"battery": 1, "gimbal": 1, "camera": 1, "aircraft": 1})),
    );
    assert_eq!(v["rules"], json!(["REP-PART"]));
    assert_eq!(
        step(&v, "REP-PART"),
        json!({"rule": "REP-PART", "remedy": "remove_parts", "parts": ["aircraft", "camera", "battery"]})
    );
    assert_eq!(v["advice"]["after_steps"], "approved");
    let text = text_of(&v, "REP-PART");
    assert!(
        text.contains("Battery") && text.contains("Ronin"),
        "names the parts and the series: {text}"
    );
}

#[test]
fn rep_part_ignores_a_part_asked_for_with_quantity_zero() {
    // Phantom does not replace batteries; quantity 0 is not a request for one.
    let v = advised(
        &Req::replacement(IN_CR)
            .model("Phantom 4 Pro V2.0")
            .parts(json!({"aircraft": 1, "battery": 0})),
    );
    assert_eq!(v["decision"], "approved", "{v}");
}

#[test]
fn ew_part_remove_parts() {
    let v = advised(&Req::warranty(IN_PLUS).parts(json!({"gimbal": 1, "battery": 1})));
    assert_eq!(v["rules"], json!(["EW-PART"]));
    assert_eq!(
        step(&v, "EW-PART"),
        json!({"rule": "EW-PART", "remedy": "remove_parts", "parts": ["battery"]})
    );
    assert_eq!(v["advice"]["after_steps"], "approved");
}

#[test]
fn rep_part_qty_reduce_parts_to_each_cap() {
    let v = advised(&Req::replacement(IN_CR).parts(json!({"aircraft": 2, "propellers": 5})));
    assert_eq!(v["rules"], json!(["REP-PART-QTY"]));
    assert_eq!(
        step(&v, "REP-PART-QTY"),
        json!({"rule": "REP-PART-QTY", "remedy": "reduce_parts", "parts": {"aircraft": 1, "propellers": 2}})
    );
    assert_eq!(v["advice"]["after_steps"], "approved");
}

#[test]
fn remove_parts_wins_over_reduce_parts() {
    // Three batteries on a Phantom: not replaceable (REP-PART) and over the cap
    // (REP-PART-QTY). The battery is removed, whatever reduce_parts says.
    let v = advised(
        &Req::replacement(IN_CR)
            .model("Phantom 4 Advanced")
            .parts(json!({"aircraft": 1, "battery": 3})),
    );
    assert_eq!(v["rules"], json!(["REP-PART", "REP-PART-QTY"]));
    assert_eq!(step(&v, "REP-PART")["parts"], json!(["battery"]));
    assert_eq!(step(&v, "REP-PART-QTY")["parts"], json!({"battery": 1}));
    assert_eq!(v["advice"]["after_steps"], "approved");
}

#[test]
fn rep_transregional_accept_fees() {
    // A Mavic 3 (no international service) with US plans serviced in Canada.
    let v = advised(&Req::replacement(IN_CR).set("claim.service_region", "CA"));
    assert_eq!(v["rules"], json!(["REP-TRANSREGIONAL"]));
    assert_eq!(
        steps(&v),
        [json!({"rule": "REP-TRANSREGIONAL", "remedy": "accept_transregional_fees"})]
    );
    assert_eq!(v["advice"]["after_steps"], "approved");
}

#[test]
fn rep_in_advance_wait_for_plus() {
    // CR in effect with no replacement left and CR+ bound.
    let v = advised(
        &Req::replacement(IN_CR)
            .set("base_plan.replacements_used", 2)
            .set("claim.shipped", IN_CR),
    );
    assert_eq!(v["rules"], json!(["REP-IN-ADVANCE"]));
    assert_eq!(
        steps(&v),
        [json!({"rule": "REP-IN-ADVANCE", "remedy": "wait", "from": CR_ENDS})]
    );
    assert_eq!(v["advice"]["after_steps"], "approved");
    assert_eq!(v["advice"]["approvable_from"], CR_ENDS);
    assert!(text_of(&v, "REP-IN-ADVANCE").contains("1 March 2025"));
}

#[test]
fn ew_not_started_wait_for_plus() {
    let v = advised(&Req::warranty(IN_CR).set("claim.shipped", IN_CR));
    assert_eq!(v["rules"], json!(["EW-NOT-STARTED"]));
    assert_eq!(
        steps(&v),
        [json!({"rule": "EW-NOT-STARTED", "remedy": "wait", "from": CR_ENDS})]
    );
    assert_eq!(v["advice"]["approvable_from"], CR_ENDS);
}

#[test]
fn rep_expired_before_cr_starts_waits_for_cr_after_it_ends_none() {
    let before = shift(CR_STARTS, -5);
    let v = advised(&Req::replacement(&before).set("claim.shipped", before.as_str()));
    assert_eq!(v["rules"], json!(["REP-EXPIRED"]));
    assert_eq!(
        steps(&v),
        [json!({"rule": "REP-EXPIRED", "remedy": "wait", "from": CR_STARTS})]
    );
    assert_eq!(v["advice"]["approvable_from"], CR_STARTS);

    let after = Req::replacement(PLUS_ENDS).set("claim.shipped", PLUS_ENDS);
    let v = advised(&after);
    assert_eq!(v["rules"], json!(["REP-EXPIRED"]));
    assert_eq!(
        steps(&v),
        [json!({"rule": "REP-EXPIRED", "remedy": "none"})]
    );
    assert_eq!(v["advice"]["after_steps"], "refused");
    assert_eq!(v["advice"]["approvable_from"], Value::Null);
}

#[test]
fn rep_outside_coverage_service_in_the_plan_in_effect_region() {
    // Under CR (US): serviced in Japan, not a CR+ region.
    let v = advised(&Req::replacement(IN_CR).set("claim.service_region", "JP"));
    assert_eq!(v["rules"], json!(["REP-OUTSIDE-COVERAGE"]));
    assert_eq!(
        steps(&v),
        [json!({"rule": "REP-OUTSIDE-COVERAGE", "remedy": "service_in", "region": "US"})]
    );
    assert_eq!(v["advice"]["after_steps"], "approved");

    // Under CR+ bought in Germany: the region as given (DE), not the service region EU.
    let v = advised(
        &Req::replacement(IN_PLUS)
            .all_regions("DE")
            .set("claim.service_region", "JP"),
    );
    assert_eq!(
        step(&v, "REP-OUTSIDE-COVERAGE"),
        json!({"rule": "REP-OUTSIDE-COVERAGE", "remedy": "service_in", "region": "DE"})
    );

    // No plan in effect: nothing to service it under.
    let v = advised(
        &Req::replacement(PLUS_ENDS)
            .set("claim.service_region", "JP")
            .set("claim.shipped", PLUS_ENDS),
    );
    assert_eq!(v["rules"], json!(["REP-EXPIRED", "REP-OUTSIDE-COVERAGE"]));
    assert_eq!(step(&v, "REP-OUTSIDE-COVERAGE")["remedy"], "none");
}

#[test]
fn ew_outside_coverage_and_area_service_in_plus_region() {
    let v = advised(&Req::warranty(IN_PLUS).set("claim.service_region", "JP"));
    assert_eq!(v["rules"], json!(["EW-OUTSIDE-COVERAGE"]));
    assert_eq!(
        steps(&v),
        [json!({"rule": "EW-OUTSIDE-COVERAGE", "remedy": "service_in", "region": "US"})]
    );
    let v = advised(&Req::warranty(IN_PLUS).set("claim.service_region", "CA"));
    assert_eq!(v["rules"], json!(["EW-AREA"]));
    assert_eq!(
        steps(&v),
        [json!({"rule": "EW-AREA", "remedy": "service_in", "region": "US"})]
    );
    assert_eq!(v["advice"]["after_steps"], "approved");
    // Without CR+ the region has no plan to point at.
    let v = advised(
        &Req::warranty(IN_PLUS)
            .remove("plus")
            .set("claim.service_region", "JP"),
    );
    assert_eq!(v["rules"], json!(["EW-NO-PLUS", "EW-OUTSIDE-COVERAGE"]));
    assert_eq!(step(&v, "EW-OUTSIDE-COVERAGE")["remedy"], "none");
}

#[test]
fn buy_region_rules_buy_in_the_product_region() {
    let v = advised(&Req::purchase().set("purchase.region", "JP"));
    assert_eq!(
        v["rules"],
        json!(["BUY-REGION-UNSUPPORTED", "BUY-REGION-MISMATCH"])
    );
    assert_eq!(
        steps(&v),
        [
            json!({"rule": "BUY-REGION-UNSUPPORTED", "remedy": "buy_in", "region": "US"}),
            json!({"rule": "BUY-REGION-MISMATCH", "remedy": "buy_in", "region": "US"}),
        ]
    );
    assert_eq!(v["advice"]["after_steps"], "approved");
    // A product bought where CR+ is not offered: nowhere to buy it.
    let v = advised(
        &Req::purchase()
            .all_regions("JP")
            .set("purchase.region", "US"),
    );
    assert_eq!(v["rules"], json!(["BUY-REGION-MISMATCH"]));
    assert_eq!(step(&v, "BUY-REGION-MISMATCH")["remedy"], "none");
}

#[test]
fn ret_product_not_returned_return_product() {
    let v = advised(&Req::plus_return().set("product_returned", false));
    assert_eq!(
        steps(&v),
        [json!({"rule": "RET-PRODUCT-NOT-RETURNED", "remedy": "return_product"})]
    );
    assert_eq!(v["advice"]["after_steps"], "approved");
    // Nothing in a return depends on the day.
    assert_eq!(v["advice"]["approvable_from"], Value::Null);
    let v = advised(&Req::plus_return().set("plus.replacements_used", 1));
    assert_eq!(
        steps(&v),
        [json!({"rule": "RET-SERVICE-USED", "remedy": "none"})]
    );
}

#[test]
fn every_other_rule_is_none_with_an_instruction() {
    let rows = [
        (
            Req::replacement(IN_CR).set("product.channel", "unofficial"),
            "REP-CHANNEL",
        ),
        (
            Req::replacement(IN_CR).set("claim.exclusions", json!(["parts_lost"])),
            "REP-EXCLUDED",
        ),
        (
            Req::warranty(IN_PLUS).set("claim.cause", "collision"),
            "EW-CAUSE",
        ),
        (Req::purchase().set("base_plan.term", "2y"), "BUY-BASE-TERM"),
        (Req::purchase().set("on", CR_ENDS), "BUY-BASE-EXPIRED"),
    ];
    for (req, rule) in rows {
        let v = advised(&req);
        assert_eq!(v["rules"], json!([rule]), "{rule}");
        assert_eq!(step(&v, rule)["remedy"], "none", "{rule}");
        assert_eq!(v["advice"]["after_steps"], "refused", "{rule}");
    }
    let v = advised(&Req::replacement(IN_CR).set("claim.exclusions", json!(["parts_lost"])));
    assert!(
        text_of(&v, "REP-EXCLUDED").contains("Covered parts are lost"),
        "the exclusion observed is named"
    );
}

// ------------------------------------------------------------ windows

#[test]
fn online_not_shipped_must_ship_within_seven_days() {
    // Submitted today, not shipped: approved through submitted + 7.
    let v = advised(&Req::replacement(IN_CR));
    assert_eq!(v["decision"], "approved");
    assert_eq!(v["advice"]["approved_through"], shift(IN_CR, 7));
    assert_eq!(v["advice"]["approvable_from"], Value::Null);
}

#[test]
fn express_not_shipped_must_ship_within_three_days() {
    let v = advised(&Req::replacement(IN_CR).set("claim.channel", "express"));
    assert_eq!(v["advice"]["approved_through"], shift(IN_CR, 3));
}

#[test]
fn warranty_not_shipped_must_ship_within_seven_days_of_confirming() {
    let v = advised(&Req::warranty(IN_PLUS));
    assert_eq!(v["advice"]["approved_through"], shift(IN_PLUS, 7));
}

#[test]
fn ssc_has_no_parcel_deadline_so_the_plan_end_bounds_it() {
    // CR then CR+ with a replacement left on each: approved through CR+'s last day.
    let v = advised(&Req::replacement(IN_CR).set("claim.channel", "ssc"));
    assert_eq!(v["advice"]["approved_through"], shift(PLUS_ENDS, -1));
}

#[test]
fn shipped_parcel_plan_boundary_inside_the_window() {
    // Without CR+, a shipped claim under CR holds until CR's last day.
    let v = advised(
        &Req::replacement(IN_CR)
            .remove("plus")
            .set("claim.shipped", IN_CR),
    );
    assert_eq!(v["advice"]["approved_through"], shift(CR_ENDS, -1));
    // With CR's last replacement used and CR+ bound: refused during CR
    // (REP-IN-ADVANCE), approvable from the day CR+ starts.
    let v = advised(
        &Req::replacement(&shift(CR_ENDS, -10))
            .set("base_plan.replacements_used", 2)
            .set("claim.shipped", shift(CR_ENDS, -9)),
    );
    assert_eq!(v["advice"]["approvable_from"], CR_ENDS);
}

#[test]
fn a_wait_that_makes_the_parcel_late() {
    // REP-IN-ADVANCE 30 days before CR ends, parcel not shipped: by the day
    // CR+ starts the parcel is late, so the steps do not make it approvable.
    let on = shift(CR_ENDS, -30);
    let v = advised(&Req::replacement(&on).set("base_plan.replacements_used", 2));
    assert_eq!(v["rules"], json!(["REP-IN-ADVANCE"]));
    assert_eq!(step(&v, "REP-IN-ADVANCE")["from"], CR_ENDS);
    assert_eq!(v["advice"]["after_steps"], "refused");
    assert_eq!(v["advice"]["approvable_from"], Value::Null);
}

#[test]
fn leap_day_plan_end() {
    // CR ends 29 Feb 2024, so CR+ ends 28 Feb 2025 (chrono month arithmetic).
    let req = Req::replacement("2024-06-01")
        .set("base_plan.starts", "2023-02-28")
        .set("base_plan.ends", "2024-02-29")
        .set("claim.submitted", "2024-06-01")
        .set("claim.shipped", "2024-06-02");
    let v = advised(&req);
    assert_eq!(v["decision"], "approved");
    assert_eq!(v["advice"]["approved_through"], "2025-02-27");
}

#[test]
fn purchase_window_ends_the_day_before_cr_ends() {
    let v = advised(&Req::purchase());
    assert_eq!(v["advice"]["approved_through"], shift(CR_ENDS, -1));
}

#[test]
fn windows_look_no_further_than_1095_days() {
    // 2024-01-01 + 1095 days = 2026-12-31 (2024 is a leap year). A purchase
    // refused from 2027-01-01 is approved on every day of the horizon: null.
    let v = advised(
        &Req::purchase()
            .set("on", "2024-01-01")
            .set("base_plan.ends", "2027-01-01"),
    );
    assert_eq!(v["decision"], "approved");
    assert_eq!(v["advice"]["approved_through"], Value::Null);
    // Refused from the horizon's last day: found.
    let v = advised(
        &Req::purchase()
            .set("on", "2024-01-01")
            .set("base_plan.ends", "2026-12-31"),
    );
    assert_eq!(v["advice"]["approved_through"], "2026-12-30");
    // Refused until a day past the horizon: null.
    let v = advised(
        &Req::warranty("2024-01-01")
            .set("base_plan.starts", "2026-01-01")
            .set("base_plan.ends", "2027-01-01")
            .set("claim.submitted", "2024-01-01")
            .set("claim.shipped", "2024-01-01"),
    );
    assert_eq!(v["rules"], json!(["EW-NOT-STARTED"]));
    assert_eq!(v["advice"]["approvable_from"], Value::Null);
    assert_eq!(v["advice"]["after_steps"], "approved");
}

// ------------------------------------------------------------ detailed reasons

fn detailed(req: &Req, rule: &str) -> String {
    let parsed = caredesk::rules::parse_request(&req.text(), catalog()).expect("well-formed");
    let rule = caredesk::rules::RuleId::from_id(rule).expect("rule");
    caredesk::rules::explain::detailed_reason(catalog(), &parsed, rule, Lang::EN)
}

#[test]
fn rep_excluded_and_ew_excluded_reasons_name_the_exclusion_observed() {
    let req =
        Req::replacement(IN_CR).set("claim.exclusions", json!(["parts_lost", "cosmetic_wear"]));
    let text = detailed(&req, "REP-EXCLUDED");
    assert!(text.starts_with(caredesk::rules::RuleId::RepExcluded.reason()));
    assert!(text.contains("Covered parts are lost"), "{text}");
    // Cosmetic wear is on the warranty list only: not named for a replacement.
    assert!(!text.contains("Cosmetic"), "{text}");
    let req = Req::warranty(IN_PLUS).set("claim.exclusions", json!(["defective_battery"]));
    assert!(detailed(&req, "EW-EXCLUDED").contains("defective battery"));
}

#[test]
fn rep_part_and_ship_late_reasons_give_the_facts() {
    let req = Req::replacement(IN_CR)
        .model("Phantom 4 Advanced")
        .parts(json!({"aircraft": 1, "battery": 1}));
    let text = detailed(&req, "REP-PART");
    assert!(
        text.contains("Battery") && text.contains("Phantom"),
        "{text}"
    );
    let late = Req::replacement(IN_CR)
        .set("claim.submitted", shift(IN_CR, -10))
        .set("claim.shipped", shift(IN_CR, -1));
    let text = detailed(&late, "REP-SHIP-LATE");
    assert!(
        text.contains("9 days") && text.contains("at most 7"),
        "{text}"
    );
}
