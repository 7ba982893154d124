//! Replacement (SPEC §2 "Replacement"): REP-EXPIRED, REP-IN-ADVANCE,
//! REP-NONE-LEFT, REP-WITHDRAWN, REP-CHANNEL, REP-REGION-MISMATCH, REP-MFG-DEFECT,
//! REP-PART, REP-PART-QTY, REP-EXCLUDED, REP-SHIP-LATE, REP-OUTSIDE-COVERAGE,
//! REP-TRANSREGIONAL, REP-PRIVACY; plus the European cap and who pays what.

mod common;

use caredesk::rules::{Exclusion, Interpretation};
use common::{
    CR_ENDS, Case, IN_CR, IN_PLUS, PLUS_ENDS, Req, assert_family_covered, case, run_table, shift,
};
use serde_json::json;

const CR: Option<&str> = Some("care_refresh");
const PLUS: Option<&str> = Some("care_refresh_plus");

fn cr() -> Req {
    Req::replacement(IN_CR)
}
fn plus() -> Req {
    Req::replacement(IN_PLUS)
}

fn cases() -> Vec<Case> {
    let mut rows = vec![
        case("approved under CR", cr())
            .passes(&[
                "REP-EXPIRED",
                "REP-IN-ADVANCE",
                "REP-NONE-LEFT",
                "REP-WITHDRAWN",
                "REP-CHANNEL",
                "REP-REGION-MISMATCH",
                "REP-MFG-DEFECT",
                "REP-PART",
                "REP-PART-QTY",
                "REP-EXCLUDED",
                "REP-SHIP-LATE",
                "REP-OUTSIDE-COVERAGE",
                "REP-TRANSREGIONAL",
                "REP-PRIVACY",
            ])
            .plan(CR)
            .left_after(Some(1))
            .pays(&["replacement_fee"]),
        case("approved under CR+", plus())
            .plan(PLUS)
            .left_after(Some(0))
            .pays(&["replacement_fee"]),
        case(
            "approved under CR, last CR replacement",
            cr().set("base_plan.replacements_used", 1),
        )
        .plan(CR)
        .left_after(Some(0))
        .pays(&["replacement_fee"]),
        // REP-EXPIRED (and the checks that need a plan in effect are skipped)
        case("after CR+ ends", Req::replacement(PLUS_ENDS))
            .refuses(&["REP-EXPIRED"])
            .plan(None)
            .left_after(Some(0)),
        case("before CR starts", Req::replacement("2024-01-15"))
            .refuses(&["REP-EXPIRED"])
            .plan(None),
        case("no plans at all", cr().remove("base_plan").remove("plus"))
            .refuses(&["REP-EXPIRED"])
            .plan(None),
        case(
            "expired: withdrawn, region mismatch, none left, mfg defect are skipped",
            Req::replacement(PLUS_ENDS)
                .set("base_plan.withdrawn", true)
                .set("plus.withdrawn", true)
                .set("plus.replacements_used", 1)
                .set("base_plan.replacements_used", 2)
                .set("product.region", "CA")
                .set("claim.manufacturing_defect_before_plus", true),
        )
        .refuses(&["REP-EXPIRED"])
        .plan(None),
        case(
            "expired: transregional needs a plan region, so it is skipped too",
            Req::replacement(PLUS_ENDS).set("claim.service_region", "CA"),
        )
        .refuses(&["REP-EXPIRED"]),
        case(
            "expired: the plan-independent checks still run",
            Req::replacement(PLUS_ENDS)
                .set("product.channel", "unofficial")
                .parts(json!({"main_controller": 1, "propellers": 3}))
                .set("claim.exclusions", json!(["parts_lost"]))
                .set("claim.submitted", shift(PLUS_ENDS, -8))
                .set("claim.service_region", "JP")
                .set("claim.privacy_accepted", false),
        )
        .refuses(&[
            "REP-EXPIRED",
            "REP-CHANNEL",
            "REP-PART",
            "REP-PART-QTY",
            "REP-EXCLUDED",
            "REP-SHIP-LATE",
            "REP-OUTSIDE-COVERAGE",
            "REP-PRIVACY",
        ])
        .plan(None),
        // REP-IN-ADVANCE, given instead of REP-NONE-LEFT
        case(
            "CR used up with CR+ bound: CR+ cannot be used in advance",
            cr().set("base_plan.replacements_used", 2),
        )
        .refuses(&["REP-IN-ADVANCE"])
        .plan(CR)
        .left_after(Some(0)),
        case(
            "CR used up with CR+ bound, the day before CR ends",
            Req::replacement(&shift(CR_ENDS, -1)).set("base_plan.replacements_used", 2),
        )
        .refuses(&["REP-IN-ADVANCE"]),
        case(
            "CR used up with CR+ bound, the day CR ends: CR+ now in effect",
            Req::replacement(CR_ENDS).set("base_plan.replacements_used", 2),
        )
        .passes(&["REP-IN-ADVANCE", "REP-NONE-LEFT"])
        .plan(PLUS)
        .left_after(Some(0)),
        case(
            "CR with a replacement left and CR+ bound",
            cr().set("base_plan.replacements_used", 1),
        )
        .passes(&["REP-IN-ADVANCE"]),
        // REP-NONE-LEFT
        case(
            "CR used up, no CR+",
            cr().remove("plus").set("base_plan.replacements_used", 2),
        )
        .refuses(&["REP-NONE-LEFT"])
        .passes(&["REP-IN-ADVANCE"])
        .plan(CR)
        .left_after(Some(0)),
        case(
            "CR+ (US) already used its one",
            plus().set("plus.replacements_used", 1),
        )
        .refuses(&["REP-NONE-LEFT"])
        .plan(PLUS)
        .left_after(Some(0)),
        case(
            "CR+ elsewhere allows exactly one even with CR unused",
            plus().set("base_plan.replacements_used", 0),
        )
        .passes(&["REP-NONE-LEFT"])
        .left_after(Some(0)),
        // REP-WITHDRAWN
        case("CR withdrawn, in CR", cr().set("base_plan.withdrawn", true))
            .refuses(&["REP-WITHDRAWN"])
            .plan(CR),
        case("CR+ withdrawn, in CR+", plus().set("plus.withdrawn", true))
            .refuses(&["REP-WITHDRAWN"])
            .plan(PLUS),
        case(
            "CR withdrawn, but CR+ is the plan in effect",
            plus().set("base_plan.withdrawn", true),
        )
        .passes(&["REP-WITHDRAWN"]),
        case(
            "CR+ withdrawn, but CR is the plan in effect",
            cr().set("plus.withdrawn", true),
        )
        .passes(&["REP-WITHDRAWN"]),
        // REP-CHANNEL
        case(
            "unofficial product",
            cr().set("product.channel", "unofficial"),
        )
        .refuses(&["REP-CHANNEL"]),
        case(
            "authorized dealer",
            cr().set("product.channel", "authorized"),
        )
        .passes(&["REP-CHANNEL"]),
        // REP-REGION-MISMATCH: plan in effect vs product, by service region
        case(
            "CA product, US plans, serviced in US",
            cr().set("product.region", "CA"),
        )
        .refuses(&["REP-REGION-MISMATCH"]),
        case(
            "CA product, US CR+, serviced in US",
            plus().set("product.region", "CA"),
        )
        .refuses(&["REP-REGION-MISMATCH"]),
        case(
            "CR in US but CR+ in Canada: CR is in effect, no mismatch",
            cr().set("plus.region", "CA"),
        )
        .passes(&["REP-REGION-MISMATCH"]),
        case(
            "CR in US but CR+ in Canada: CR+ in effect, mismatch (and transregional)",
            plus().set("plus.region", "CA"),
        )
        .refuses(&["REP-REGION-MISMATCH", "REP-TRANSREGIONAL"]),
        case(
            "EU members compare equal: product FR, plans DE, serviced in IT",
            cr().all_regions("DE")
                .set("product.region", "FR")
                .set("claim.service_region", "IT"),
        )
        .passes(&[
            "REP-REGION-MISMATCH",
            "REP-TRANSREGIONAL",
            "REP-OUTSIDE-COVERAGE",
        ])
        .pays(&["replacement_fee"]),
        case(
            "product FR, CR+ DE (one EU service region)",
            plus().all_regions("DE").set("product.region", "FR"),
        )
        .passes(&["REP-REGION-MISMATCH"]),
        case(
            "product GB, plans DE: different service regions",
            cr().all_regions("DE").set("product.region", "GB"),
        )
        .refuses(&["REP-REGION-MISMATCH"]),
        // REP-MFG-DEFECT (CR+ only)
        case(
            "manufacturing defect before CR+, CR+ in effect",
            plus().set("claim.manufacturing_defect_before_plus", true),
        )
        .refuses(&["REP-MFG-DEFECT"]),
        case(
            "manufacturing defect flag under CR is not checked",
            cr().set("claim.manufacturing_defect_before_plus", true),
        )
        .passes(&["REP-MFG-DEFECT"]),
        // REP-PART-QTY
        case(
            "two pairs of propellers",
            cr().parts(json!({"propellers": 2})),
        )
        .passes(&["REP-PART-QTY"]),
        case(
            "three pairs of propellers",
            cr().parts(json!({"propellers": 3})),
        )
        .refuses(&["REP-PART-QTY"]),
        case("two aircraft", cr().parts(json!({"aircraft": 2}))).refuses(&["REP-PART-QTY"]),
        case("two gimbals", cr().parts(json!({"gimbal": 2}))).refuses(&["REP-PART-QTY"]),
        case("two batteries", cr().parts(json!({"battery": 2}))).refuses(&["REP-PART-QTY"]),
        case(
            "one of each Mavic part, two propeller pairs",
            cr().parts(
                json!({"aircraft": 1, "gimbal": 1, "camera": 1, "propellers": 2, "battery": 1}),
            ),
        )
        .passes(&["REP-PART", "REP-PART-QTY"]),
        case(
            "an unreplaceable part over its cap fails both",
            Req::replacement(IN_CR)
                .model("Phantom 4 Advanced")
                .parts(json!({"battery": 2})),
        )
        .refuses(&["REP-PART", "REP-PART-QTY"]),
        // REP-SHIP-LATE (edge days in rules_dates.rs)
        case(
            "online shipped 7 days after submitting",
            cr().set("claim.shipped", shift(IN_CR, 7)),
        )
        .passes(&["REP-SHIP-LATE"]),
        case(
            "online shipped 8 days after submitting",
            cr().set("claim.shipped", shift(IN_CR, 8)),
        )
        .refuses(&["REP-SHIP-LATE"]),
        case(
            "express not shipped, 4 days on",
            cr().set("claim.channel", "express")
                .set("claim.submitted", shift(IN_CR, -4)),
        )
        .refuses(&["REP-SHIP-LATE"]),
        case(
            "SSC has no shipping deadline",
            cr().set("claim.channel", "ssc")
                .set("claim.shipped", shift(IN_CR, 30)),
        )
        .passes(&["REP-SHIP-LATE"]),
        // REP-OUTSIDE-COVERAGE
        case("serviced in Japan", cr().set("claim.service_region", "JP"))
            .refuses(&["REP-OUTSIDE-COVERAGE"]),
        case(
            "serviced in Japan, fees accepted: still outside coverage",
            cr().set("claim.service_region", "JP")
                .set("claim.accepts_transregional_fees", true),
        )
        .refuses(&["REP-OUTSIDE-COVERAGE"]),
        case(
            "international model serviced in Japan: still outside coverage",
            cr().model("DJI OM 4")
                .parts(json!({"main_body": 1}))
                .set("claim.service_region", "JP"),
        )
        .refuses(&["REP-OUTSIDE-COVERAGE"]),
        case("serviced in Norway (a CR+ region)", cr().all_regions("NO"))
            .passes(&["REP-OUTSIDE-COVERAGE"]),
        // REP-TRANSREGIONAL
        case(
            "US plan serviced in Canada, fees not accepted",
            cr().set("claim.service_region", "CA"),
        )
        .refuses(&["REP-TRANSREGIONAL"]),
        case(
            "US plan serviced in Canada, fees accepted",
            cr().set("claim.service_region", "CA")
                .set("claim.accepts_transregional_fees", true),
        )
        .passes(&["REP-TRANSREGIONAL"])
        .plan(CR)
        .pays(&["replacement_fee", "transregional_fees"]),
        case(
            "US CR+ serviced in Canada, fees accepted",
            plus()
                .set("claim.service_region", "CA")
                .set("claim.accepts_transregional_fees", true),
        )
        .plan(PLUS)
        .left_after(Some(0))
        .pays(&["replacement_fee", "transregional_fees"]),
        case(
            "German plan serviced in the UK",
            cr().all_regions("DE").set("claim.service_region", "GB"),
        )
        .refuses(&["REP-TRANSREGIONAL"]),
        case(
            "Osmo Mobile 3 (no international service) in another CR+ region",
            cr().model("Osmo Mobile 3")
                .parts(json!({"main_body": 1}))
                .set("claim.service_region", "AU"),
        )
        .refuses(&["REP-TRANSREGIONAL"]),
        // REP-PRIVACY
        case(
            "privacy policy not accepted",
            cr().set("claim.privacy_accepted", false),
        )
        .refuses(&["REP-PRIVACY"]),
        // Several at once, in spec order.
        case(
            "CR+ in effect: every plan check fails together",
            plus()
                .set("plus.replacements_used", 1)
                .set("plus.withdrawn", true)
                .set("product.channel", "unofficial")
                .set("product.region", "CA")
                .set("claim.manufacturing_defect_before_plus", true)
                .parts(json!({"battery": 1, "propellers": 4, "grip": 1}))
                .set("claim.exclusions", json!(["illegal_use"]))
                .set("claim.channel", "express")
                .set("claim.shipped", shift(IN_PLUS, 4))
                .set("claim.service_region", "AU")
                .set("claim.privacy_accepted", false),
        )
        .refuses(&[
            "REP-NONE-LEFT",
            "REP-WITHDRAWN",
            "REP-CHANNEL",
            "REP-REGION-MISMATCH",
            "REP-MFG-DEFECT",
            "REP-PART",
            "REP-PART-QTY",
            "REP-EXCLUDED",
            "REP-SHIP-LATE",
            "REP-TRANSREGIONAL",
            "REP-PRIVACY",
        ])
        .plan(PLUS)
        .left_after(Some(0)),
        case(
            "CR in effect: in advance, withdrawn and outside coverage together",
            cr().set("base_plan.replacements_used", 2)
                .set("base_plan.withdrawn", true)
                .set("claim.service_region", "BR"),
        )
        .refuses(&["REP-IN-ADVANCE", "REP-WITHDRAWN", "REP-OUTSIDE-COVERAGE"])
        .plan(CR),
    ];

    // REP-PART per series: one replaceable and one not, each.
    let parts: &[(&str, &str, &str)] = &[
        ("DJI Mavic 3", "battery", "main_controller"),
        ("Spark", "propellers", "handle"),
        ("Osmo+", "camera", "gimbal"),
        ("Osmo Pocket", "camera", "handle"),
        ("Osmo Action", "battery", "gimbal"),
        ("Osmo Mobile 3", "main_body", "camera"),
        ("DJI OM 4", "battery", "grip"),
        ("Ronin-S", "grip", "camera"),
        ("DJI RS 2", "gimbal", "battery"),
        ("Phantom 4 Pro V2.0", "aircraft", "battery"),
        ("Inspire 2", "propellers", "gimbal"),
        ("Zenmuse X7", "camera", "aircraft"),
    ];
    for (model, good, bad) in parts {
        rows.push(
            case(
                format!("{model}: {good} is replaceable"),
                cr().model(model).parts(json!({*good: 1})),
            )
            .passes(&["REP-PART"]),
        );
        rows.push(
            case(
                format!("{model}: {bad} is not replaceable"),
                cr().model(model).parts(json!({*bad: 1})),
            )
            .refuses(&["REP-PART"]),
        );
    }

    // REP-EXCLUDED: each exclusion of the replacement list refuses; the
    // warranty-only ones (cosmetic wear among them) do not.
    let replacement_list = [
        "non_dji_product",
        "third_party_accessory",
        "parts_lost",
        "parts_stolen_or_discarded",
        "unauthorized_repair",
        "not_per_manual",
        "illegal_use",
        "disaster_or_war",
        "paid_enhancement",
        "indirect_loss",
        "personal_injury_or_property",
        "legal_fees",
    ];
    for e in Exclusion::ALL {
        let row = case(
            format!("exclusion {}", e.code()),
            cr().set("claim.exclusions", json!([e.code()])),
        );
        rows.push(if replacement_list.contains(&e.code()) {
            row.refuses(&["REP-EXCLUDED"])
        } else {
            row.passes(&["REP-EXCLUDED"]).pays(&["replacement_fee"])
        });
    }
    rows
}

#[test]
fn replacement_table() {
    run_table(&cases());
}

#[test]
fn every_rep_rule_has_a_refusing_and_a_passing_row() {
    assert_family_covered("REP-", &cases());
}

#[test]
fn cosmetic_wear_is_not_a_replacement_exclusion() {
    // REP-EXCLUDED: cosmetic wear is on the warranty list only.
    let d = cr()
        .set("claim.exclusions", json!(["cosmetic_wear"]))
        .decide();
    assert!(d.approved(), "{:?}", d.failed);
}

#[test]
fn osmo_mobile_main_body_is_replaceable_and_cites_the_interpretation() {
    // REP-PART under INT-OSMO-MOBILE-PARTS.
    for model in ["Osmo Mobile 3", "DJI OM 4"] {
        let d = cr()
            .model(model)
            .parts(json!({"main_body": 1, "battery": 1}))
            .decide();
        assert!(d.approved(), "{model}: {:?}", d.failed);
        assert!(d.interpretations.contains(&Interpretation::OsmoMobileParts));
    }
}

/// European variant (EU, GB, CH, NO): CR+ allows 3 − replacements used under CR.
#[test]
fn european_cap() {
    let mut rows = Vec::new();
    for region in ["DE", "IT", "FR", "GB", "CH", "NO"] {
        let eu = || plus().all_regions(region);
        for (cr_used, plus_used, left_after) in [(0, 0, Some(2)), (0, 2, Some(0)), (1, 1, Some(0))]
        {
            rows.push(
                case(
                    format!("{region}: CR used {cr_used}, CR+ used {plus_used}"),
                    eu().set("base_plan.replacements_used", cr_used)
                        .set("plus.replacements_used", plus_used),
                )
                .passes(&["REP-NONE-LEFT"])
                .plan(PLUS)
                .left_after(left_after)
                .pays(&["replacement_fee"]),
            );
        }
        rows.push(
            case(
                format!("{region}: CR used 0, CR+ used 3"),
                eu().set("base_plan.replacements_used", 0)
                    .set("plus.replacements_used", 3),
            )
            .refuses(&["REP-NONE-LEFT"])
            .left_after(Some(0)),
        );
        rows.push(
            case(
                format!("{region}: CR used 2 leaves CR+ one"),
                eu().set("base_plan.replacements_used", 2),
            )
            .passes(&["REP-NONE-LEFT"])
            .left_after(Some(0)),
        );
        rows.push(
            case(
                format!("{region}: CR used 2, CR+ used 1"),
                eu().set("base_plan.replacements_used", 2)
                    .set("plus.replacements_used", 1),
            )
            .refuses(&["REP-NONE-LEFT"]),
        );
    }
    // Outside Europe CR+ allows exactly one, whatever CR used.
    for region in ["US", "CA", "AU", "CN", "HK", "TW", "KR"] {
        rows.push(
            case(
                format!("{region}: CR+ allows one"),
                plus().all_regions(region),
            )
            .left_after(Some(0))
            .pays(&["replacement_fee"]),
        );
        rows.push(
            case(
                format!("{region}: CR+ used one"),
                plus().all_regions(region).set("plus.replacements_used", 1),
            )
            .refuses(&["REP-NONE-LEFT"]),
        );
    }
    run_table(&rows);

    let d = plus().all_regions("DE").decide();
    assert!(d.interpretations.contains(&Interpretation::EuropeanCap));
    assert!(d.interpretations.contains(&Interpretation::EuServiceRegion));
}

/// Products with the International Warranty Service may be serviced in any CR+ region.
#[test]
fn international_service_models_are_serviced_anywhere_in_cr_plus() {
    let models = [
        ("DJI OM 4", "main_body"),
        ("DJI RS 2", "gimbal"),
        ("DJI RSC 2", "grip"),
        ("DJI Pocket 2", "camera"),
    ];
    let mut rows = Vec::new();
    for (model, part) in models {
        for on in [IN_CR, IN_PLUS] {
            for service in ["CA", "AU", "DE", "GB", "CN"] {
                rows.push(
                    case(
                        format!("{model} on {on} serviced in {service}"),
                        Req::replacement(on)
                            .model(model)
                            .parts(json!({part: 1}))
                            .set("claim.service_region", service),
                    )
                    .passes(&["REP-TRANSREGIONAL"])
                    .pays(&["replacement_fee"]),
                );
            }
        }
    }
    // Their non-international siblings are transregional.
    for (model, part) in [
        ("Osmo Mobile 3", "main_body"),
        ("Ronin-SC", "gimbal"),
        ("Osmo Pocket", "camera"),
    ] {
        rows.push(
            case(
                format!("{model} serviced in CA"),
                cr().model(model)
                    .parts(json!({part: 1}))
                    .set("claim.service_region", "CA"),
            )
            .refuses(&["REP-TRANSREGIONAL"]),
        );
    }
    run_table(&rows);
}
