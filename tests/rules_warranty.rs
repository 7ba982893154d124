//! Extended warranty (SPEC §2 "Extended warranty"): EW-NO-PLUS, EW-NOT-STARTED,
//! EW-EXPIRED, EW-NOT-OFFERED, EW-WITHDRAWN, EW-CHANNEL, EW-REGION-MISMATCH,
//! EW-MFG-DEFECT, EW-CAUSE, EW-PART, EW-EXCLUDED, EW-SHIP-LATE,
//! EW-OUTSIDE-COVERAGE, EW-AREA.

mod common;

use caredesk::rules::{Cause, Exclusion};
use common::{
    CR_ENDS, Case, IN_CR, IN_PLUS, PLUS_ENDS, Req, assert_family_covered, case, run_table, shift,
};
use serde_json::json;

const PLUS: Option<&str> = Some("care_refresh_plus");

fn ew() -> Req {
    Req::warranty(IN_PLUS)
}

fn cases() -> Vec<Case> {
    let mut rows = vec![
        case("approved: Mavic gimbal, normal use, US", ew())
            .passes(&[
                "EW-NO-PLUS",
                "EW-NOT-STARTED",
                "EW-EXPIRED",
                "EW-NOT-OFFERED",
                "EW-WITHDRAWN",
                "EW-CHANNEL",
                "EW-REGION-MISMATCH",
                "EW-MFG-DEFECT",
                "EW-CAUSE",
                "EW-PART",
                "EW-EXCLUDED",
                "EW-SHIP-LATE",
                "EW-OUTSIDE-COVERAGE",
                "EW-AREA",
            ])
            .plan(PLUS)
            .left_after(None)
            .pays(&[]),
        // EW-NO-PLUS
        case("no CR+ bound", ew().remove("plus"))
            .refuses(&["EW-NO-PLUS"])
            .plan(None),
        case("no plans at all", ew().remove("plus").remove("base_plan"))
            .refuses(&["EW-NO-PLUS"])
            .plan(None),
        case(
            "no CR+: region checks need CR+, so only the others run",
            ew().remove("plus")
                .set("product.region", "CA")
                .set("claim.service_region", "CA")
                .set("claim.cause", "collision"),
        )
        .refuses(&["EW-NO-PLUS", "EW-CAUSE"]),
        // EW-NOT-STARTED / EW-EXPIRED (edge days in rules_dates.rs)
        // SPEC example 09: the claim is under CR+ even before CR+ starts.
        case("during CR: not in advance", Req::warranty(IN_CR))
            .refuses(&["EW-NOT-STARTED"])
            .plan(PLUS),
        case("the day CR ends", Req::warranty(CR_ENDS))
            .passes(&["EW-NOT-STARTED"])
            .plan(PLUS),
        case("the day CR+ ends", Req::warranty(PLUS_ENDS))
            .refuses(&["EW-EXPIRED"])
            .plan(PLUS),
        case(
            "the day before CR+ ends",
            Req::warranty(&shift(PLUS_ENDS, -1)),
        )
        .passes(&["EW-EXPIRED"])
        .plan(PLUS),
        // EW-NOT-OFFERED: European variant
        case("CR+ in Italy", ew().all_regions("IT"))
            .refuses(&["EW-NOT-OFFERED"])
            .plan(PLUS),
        case("CR+ in Germany", ew().all_regions("DE")).refuses(&["EW-NOT-OFFERED"]),
        case("CR+ in the UK", ew().all_regions("GB")).refuses(&["EW-NOT-OFFERED"]),
        case("CR+ in Switzerland", ew().all_regions("CH")).refuses(&["EW-NOT-OFFERED"]),
        case("CR+ in Norway", ew().all_regions("NO")).refuses(&["EW-NOT-OFFERED"]),
        case(
            "product FR, CR+ DE: not offered, but no region mismatch",
            ew().all_regions("DE").set("product.region", "FR"),
        )
        .refuses(&["EW-NOT-OFFERED"])
        .passes(&["EW-REGION-MISMATCH"]),
        case("CR+ in Australia", ew().all_regions("AU")).passes(&["EW-NOT-OFFERED"]),
        case("CR+ in Mainland China", ew().all_regions("CN")).passes(&["EW-NOT-OFFERED"]),
        // EW-WITHDRAWN
        case("CR+ withdrawn", ew().set("plus.withdrawn", true)).refuses(&["EW-WITHDRAWN"]),
        case(
            "CR withdrawn does not matter",
            ew().set("base_plan.withdrawn", true),
        )
        .passes(&["EW-WITHDRAWN"]),
        // EW-CHANNEL
        case(
            "unofficial product",
            ew().set("product.channel", "unofficial"),
        )
        .refuses(&["EW-CHANNEL"]),
        case(
            "authorized dealer",
            ew().set("product.channel", "authorized"),
        )
        .passes(&["EW-CHANNEL"]),
        // EW-REGION-MISMATCH
        case("CA product, US CR+", ew().set("product.region", "CA"))
            .refuses(&["EW-REGION-MISMATCH"]),
        case("HK product, HK CR+, serviced in HK", ew().all_regions("HK"))
            .passes(&["EW-REGION-MISMATCH"]),
        // EW-MFG-DEFECT
        case(
            "manufacturing defect before CR+",
            ew().set("claim.manufacturing_defect_before_plus", true),
        )
        .refuses(&["EW-MFG-DEFECT"]),
        // EW-CAUSE
        case("normal use", ew().set("claim.cause", "normal_use")).passes(&["EW-CAUSE"]),
        // EW-SHIP-LATE
        case(
            "shipped 7 days after confirming",
            ew().set("claim.shipped", shift(IN_PLUS, 7)),
        )
        .passes(&["EW-SHIP-LATE"]),
        case(
            "shipped 8 days after confirming",
            ew().set("claim.shipped", shift(IN_PLUS, 8)),
        )
        .refuses(&["EW-SHIP-LATE"]),
        // EW-OUTSIDE-COVERAGE
        case("serviced in Japan", ew().set("claim.service_region", "JP"))
            .refuses(&["EW-OUTSIDE-COVERAGE"]),
        case("serviced in Japan, international model", {
            ew().model("DJI RS 2").set("claim.service_region", "JP")
        })
        .refuses(&["EW-OUTSIDE-COVERAGE"]),
        case("serviced in Korea", ew().all_regions("KR")).passes(&["EW-OUTSIDE-COVERAGE"]),
        // EW-AREA
        case(
            "US CR+ serviced in Canada",
            ew().set("claim.service_region", "CA"),
        )
        .refuses(&["EW-AREA"]),
        case(
            "US CR+ serviced in Canada, fees accepted: still refused",
            ew().set("claim.service_region", "CA")
                .set("claim.accepts_transregional_fees", true),
        )
        .refuses(&["EW-AREA"]),
        case(
            "Osmo Mobile 3 main body serviced in Taiwan",
            ew().model("Osmo Mobile 3")
                .parts(json!({"main_body": 1}))
                .set("claim.service_region", "TW"),
        )
        .refuses(&["EW-AREA"]),
        // Several at once, in spec order.
        case(
            "in CR+: withdrawn, and everything else",
            Req::warranty(IN_PLUS)
                .set("plus.withdrawn", true)
                .set("product.channel", "unofficial")
                .set("product.region", "CA")
                .set("claim.manufacturing_defect_before_plus", true)
                .set("claim.cause", "user_error")
                .parts(json!({"aircraft": 1}))
                .set("claim.exclusions", json!(["cosmetic_wear"]))
                .set("claim.submitted", shift(IN_PLUS, -8))
                .set("claim.service_region", "AU"),
        )
        .refuses(&[
            "EW-WITHDRAWN",
            "EW-CHANNEL",
            "EW-REGION-MISMATCH",
            "EW-MFG-DEFECT",
            "EW-CAUSE",
            "EW-PART",
            "EW-EXCLUDED",
            "EW-SHIP-LATE",
            "EW-AREA",
        ])
        .plan(PLUS),
        case(
            "European variant serviced outside coverage",
            ew().all_regions("NO").set("claim.service_region", "RU"),
        )
        .refuses(&["EW-NOT-OFFERED", "EW-OUTSIDE-COVERAGE"]),
        // Outside the CR+ window the claim-only checks still run. (Whether the
        // CR+ checks — withdrawn, region, defect, not offered — run there too
        // is not pinned here: SPEC §2 says "skipped" only for replacement.)
        case(
            "before CR+ starts: cause, part, exclusion, late, outside coverage",
            Req::warranty(IN_CR)
                .set("product.channel", "unofficial")
                .set("claim.cause", "drop_damage")
                .parts(json!({"battery": 1}))
                .set("claim.exclusions", json!(["defective_battery"]))
                .set("claim.submitted", shift(IN_CR, -8))
                .set("claim.service_region", "RU"),
        )
        .refuses(&[
            "EW-NOT-STARTED",
            "EW-CHANNEL",
            "EW-CAUSE",
            "EW-PART",
            "EW-EXCLUDED",
            "EW-SHIP-LATE",
            "EW-OUTSIDE-COVERAGE",
        ])
        .plan(PLUS),
        case(
            "after CR+ ends: cause and outside coverage",
            Req::warranty(PLUS_ENDS)
                .set("claim.cause", "accident")
                .set("claim.service_region", "JP"),
        )
        .refuses(&["EW-EXPIRED", "EW-CAUSE", "EW-OUTSIDE-COVERAGE"])
        .plan(PLUS),
    ];

    // EW-CAUSE: every cause other than normal use refuses.
    for cause in Cause::ALL.iter().filter(|c| **c != Cause::NormalUse) {
        rows.push(
            case(
                format!("cause {}", cause.code()),
                ew().set("claim.cause", cause.code()),
            )
            .refuses(&["EW-CAUSE"]),
        );
    }

    // EW-PART per series: one covered part and one not, each.
    let parts: &[(&str, &str, &str)] = &[
        ("DJI Mavic 3", "vision_system", "battery"),
        ("Mavic Pro", "esc", "aircraft"),
        ("Spark", "motor", "propellers"),
        ("Phantom 4 Advanced", "main_controller", "aircraft"),
        ("Osmo Action", "camera", "gimbal"),
        ("Osmo Pocket", "handle", "battery"),
        ("Osmo+", "gimbal", "main_body"),
        ("Osmo", "handle", "grip"),
        ("Osmo Mobile 3", "main_body", "battery"),
        ("Ronin-SC", "grip", "handle"),
        ("Inspire 2", "motor", "gimbal"),
        ("Zenmuse X5S", "camera", "vision_system"),
    ];
    for (model, good, bad) in parts {
        rows.push(
            case(
                format!("{model}: {good} is covered"),
                ew().model(model).parts(json!({*good: 1})),
            )
            .passes(&["EW-PART"]),
        );
        rows.push(
            case(
                format!("{model}: {bad} is not covered"),
                ew().model(model).parts(json!({*bad: 1})),
            )
            .refuses(&["EW-PART"]),
        );
    }

    // EW-EXCLUDED: each exclusion of the warranty list refuses; illegal_use is
    // on the replacement list only.
    let warranty_list = [
        "non_dji_product",
        "third_party_accessory",
        "parts_lost",
        "parts_stolen_or_discarded",
        "unsuitable_conditions",
        "airworthiness_violation",
        "not_per_manual",
        "unauthorized_repair",
        "modification_or_dismantling",
        "defective_battery",
        "cosmetic_wear",
        "disaster_or_war",
        "indirect_loss",
        "paid_enhancement",
        "personal_injury_or_property",
        "legal_fees",
    ];
    for e in Exclusion::ALL {
        let row = case(
            format!("exclusion {}", e.code()),
            ew().set("claim.exclusions", json!([e.code()])),
        );
        rows.push(if warranty_list.contains(&e.code()) {
            row.refuses(&["EW-EXCLUDED"])
        } else {
            row.passes(&["EW-EXCLUDED"])
        });
    }

    // International service: serviced in any CR+ region (EW-AREA passes).
    for (model, part) in [
        ("DJI OM 4", "main_body"),
        ("DJI RS 2", "gimbal"),
        ("DJI RSC 2", "grip"),
        ("DJI Pocket 2", "handle"),
    ] {
        for service in ["CA", "DE", "GB", "HK"] {
            rows.push(
                case(
                    format!("{model} serviced in {service}"),
                    ew().model(model)
                        .parts(json!({part: 1}))
                        .set("claim.service_region", service),
                )
                .passes(&["EW-AREA"])
                .pays(&[]),
            );
        }
    }
    rows
}

#[test]
fn warranty_table() {
    run_table(&cases());
}

#[test]
fn every_ew_rule_has_a_refusing_and_a_passing_row() {
    assert_family_covered("EW-", &cases());
}

#[test]
fn illegal_use_is_not_a_warranty_exclusion() {
    // EW-EXCLUDED: illegal use is on the replacement list only.
    let d = ew()
        .set("claim.exclusions", json!(["illegal_use"]))
        .decide();
    assert!(d.approved(), "{:?}", d.failed);
}
