//! Buying CR+ (SPEC §2 "Buying CR+"): BUY-NO-BASE, BUY-BASE-TERM,
//! BUY-BASE-EXPIRED, BUY-NO-REPLACEMENT-LEFT, BUY-ONCE, BUY-REGION-UNSUPPORTED,
//! BUY-REGION-MISMATCH, BUY-CHANNEL.

mod common;

use common::{CR_ENDS, Case, Req, assert_family_covered, case, plus, run_table, shift};

fn cases() -> Vec<Case> {
    let p = Req::purchase;
    vec![
        case("approved: US product, US CR 1y, bought in US", p())
            .passes(&[
                "BUY-NO-BASE",
                "BUY-BASE-TERM",
                "BUY-BASE-EXPIRED",
                "BUY-NO-REPLACEMENT-LEFT",
                "BUY-ONCE",
                "BUY-REGION-UNSUPPORTED",
                "BUY-REGION-MISMATCH",
                "BUY-CHANNEL",
            ])
            .plan(None)
            .left_after(None)
            .pays(&[]),
        // BUY-NO-BASE
        case("no CR plan", p().remove("base_plan")).refuses(&["BUY-NO-BASE"]),
        // BUY-BASE-TERM
        case("CR is the 2-Year Plan", p().set("base_plan.term", "2y")).refuses(&["BUY-BASE-TERM"]),
        case("CR is the 1-Year Plan", p().set("base_plan.term", "1y")).passes(&["BUY-BASE-TERM"]),
        // BUY-BASE-EXPIRED: on ≥ CR.ends
        case(
            "bought the day before CR ends",
            p().set("on", shift(CR_ENDS, -1)),
        )
        .passes(&["BUY-BASE-EXPIRED"]),
        case("bought the day CR ends", p().set("on", CR_ENDS)).refuses(&["BUY-BASE-EXPIRED"]),
        case(
            "bought the day after CR ends",
            p().set("on", shift(CR_ENDS, 1)),
        )
        .refuses(&["BUY-BASE-EXPIRED"]),
        // BUY-NO-REPLACEMENT-LEFT
        case(
            "CR has one replacement left",
            p().set("base_plan.replacements_used", 1),
        )
        .passes(&["BUY-NO-REPLACEMENT-LEFT"]),
        case(
            "CR replacements used up",
            p().set("base_plan.replacements_used", 2),
        )
        .refuses(&["BUY-NO-REPLACEMENT-LEFT"]),
        case("CR over-used", p().set("base_plan.replacements_used", 5))
            .refuses(&["BUY-NO-REPLACEMENT-LEFT"]),
        // BUY-ONCE
        case("product already had CR+", p().set("plus", plus("US"))).refuses(&["BUY-ONCE"]),
        // BUY-REGION-UNSUPPORTED
        case("bought in Japan (not a CR+ region)", p().all_regions("JP"))
            .refuses(&["BUY-REGION-UNSUPPORTED"])
            .passes(&["BUY-REGION-MISMATCH"]),
        case(
            "bought in Japan for a US product",
            p().set("purchase.region", "JP"),
        )
        .refuses(&["BUY-REGION-UNSUPPORTED", "BUY-REGION-MISMATCH"]),
        case("bought in Norway", p().all_regions("NO")).passes(&["BUY-REGION-UNSUPPORTED"]),
        case("bought in Switzerland", p().all_regions("CH")).passes(&["BUY-REGION-UNSUPPORTED"]),
        case("bought in the EU (Italy)", p().all_regions("IT")).passes(&["BUY-REGION-UNSUPPORTED"]),
        case("bought in Australia", p().all_regions("AU")).passes(&["BUY-REGION-UNSUPPORTED"]),
        // BUY-REGION-MISMATCH compares service regions
        case(
            "US product, CR+ bought in Canada",
            p().set("purchase.region", "CA"),
        )
        .refuses(&["BUY-REGION-MISMATCH"]),
        case(
            "product bought in France, CR+ in Germany (one EU service region)",
            p().all_regions("FR").set("purchase.region", "DE"),
        )
        .passes(&["BUY-REGION-MISMATCH", "BUY-REGION-UNSUPPORTED"]),
        case(
            "product bought in Germany, CR+ in the UK",
            p().all_regions("DE").set("purchase.region", "GB"),
        )
        .refuses(&["BUY-REGION-MISMATCH"]),
        case(
            "UK is an alias of GB",
            p().all_regions("GB").set("purchase.region", "UK"),
        )
        .passes(&["BUY-REGION-MISMATCH"]),
        case("lower-case region codes", p().all_regions("us"))
            .passes(&["BUY-REGION-MISMATCH", "BUY-REGION-UNSUPPORTED"]),
        case(
            "Hong Kong product, CR+ in Mainland China",
            p().all_regions("HK").set("purchase.region", "CN"),
        )
        .refuses(&["BUY-REGION-MISMATCH"]),
        // BUY-CHANNEL
        case(
            "unofficial channel",
            p().set("product.channel", "unofficial"),
        )
        .refuses(&["BUY-CHANNEL"]),
        case(
            "authorized dealer",
            p().set("product.channel", "authorized"),
        )
        .passes(&["BUY-CHANNEL"]),
        case("DJI official", p().set("product.channel", "official")).passes(&["BUY-CHANNEL"]),
        // Several at once, listed in spec order.
        case(
            "no CR, had CR+, bought abroad, unofficial",
            p().remove("base_plan")
                .set("plus", plus("US"))
                .set("purchase.region", "CA")
                .set("product.channel", "unofficial"),
        )
        .refuses(&[
            "BUY-NO-BASE",
            "BUY-ONCE",
            "BUY-REGION-MISMATCH",
            "BUY-CHANNEL",
        ]),
        case(
            "2y, expired, used up, unsupported region, unofficial",
            p().set("base_plan.term", "2y")
                .set("on", shift(CR_ENDS, 30))
                .set("base_plan.replacements_used", 2)
                .set("plus", plus("US"))
                .set("purchase.region", "BR")
                .set("product.channel", "unofficial"),
        )
        .refuses(&[
            "BUY-BASE-TERM",
            "BUY-BASE-EXPIRED",
            "BUY-NO-REPLACEMENT-LEFT",
            "BUY-ONCE",
            "BUY-REGION-UNSUPPORTED",
            "BUY-REGION-MISMATCH",
            "BUY-CHANNEL",
        ]),
    ]
}

#[test]
fn purchase_table() {
    run_table(&cases());
}

#[test]
fn every_buy_rule_has_a_refusing_and_a_passing_row() {
    assert_family_covered("BUY-", &cases());
}

#[test]
fn every_purchase_model_can_buy() {
    // Catalog-driven: every model in the built-in catalog is a valid product.
    let rows: Vec<Case> = common::catalog()
        .models
        .iter()
        .map(|m| {
            case(
                format!("{} buys CR+", m.name),
                Req::purchase().model(&m.name),
            )
        })
        .collect();
    run_table(&rows);
}
