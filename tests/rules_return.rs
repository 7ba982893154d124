//! Returning CR+ (SPEC §2 "Returning CR+"): RET-PRODUCT-NOT-RETURNED,
//! RET-SERVICE-USED. Also checks that the four family tables together cover
//! every rule ID of the spec.

mod common;

use caredesk::rules::RuleId;
use common::{Case, FAMILIES, Req, assert_family_covered, case, run_table};

fn cases() -> Vec<Case> {
    let r = Req::plus_return;
    vec![
        case("product returned, CR+ unused", r())
            .passes(&["RET-PRODUCT-NOT-RETURNED", "RET-SERVICE-USED"])
            .plan(None)
            .left_after(None)
            .pays(&[]),
        case("product not returned", r().set("product_returned", false))
            .refuses(&["RET-PRODUCT-NOT-RETURNED"]),
        case("CR+ replacement used", r().set("plus.replacements_used", 1))
            .refuses(&["RET-SERVICE-USED"]),
        case(
            "CR+ extended-warranty repair used",
            r().set("plus.warranty_repairs_used", 1),
        )
        .refuses(&["RET-SERVICE-USED"]),
        case(
            "CR replacements used do not count against returning CR+",
            r().set("base_plan.replacements_used", 2),
        )
        .passes(&["RET-SERVICE-USED"]),
        case(
            "not returned and used: both, in order",
            r().set("product_returned", false)
                .set("plus.replacements_used", 1)
                .set("plus.warranty_repairs_used", 2),
        )
        .refuses(&["RET-PRODUCT-NOT-RETURNED", "RET-SERVICE-USED"]),
        case("without the base plan", r().remove("base_plan"))
            .passes(&["RET-PRODUCT-NOT-RETURNED", "RET-SERVICE-USED"]),
    ]
}

#[test]
fn return_table() {
    run_table(&cases());
}

#[test]
fn every_ret_rule_has_a_refusing_and_a_passing_row() {
    assert_family_covered("RET-", &cases());
}

/// The coverage tests of rules_purchase, rules_replacement, rules_warranty and
/// this file each cover one family; together they cover `RuleId::ALL` only if
/// every rule ID belongs to one of the four families.
#[test]
fn every_rule_id_belongs_to_a_covered_family() {
    let orphans: Vec<&str> = RuleId::ALL
        .iter()
        .map(|r| r.id())
        .filter(|id| !FAMILIES.iter().any(|f| id.starts_with(f)))
        .collect();
    assert!(
        orphans.is_empty(),
        "rule IDs without a family table: {orphans:?}"
    );
    // The spec's IDs, listed here so a renamed or dropped rule is noticed.
    let spec = [
        "BUY-NO-BASE",
        "BUY-BASE-TERM",
        "BUY-BASE-EXPIRED",
        "BUY-NO-REPLACEMENT-LEFT",
        "BUY-ONCE",
        "BUY-REGION-UNSUPPORTED",
        "BUY-REGION-MISMATCH",
        "BUY-CHANNEL",
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
        "RET-PRODUCT-NOT-RETURNED",
        "RET-SERVICE-USED",
    ];
    let ours: Vec<&str> = RuleId::ALL.iter().map(|r| r.id()).collect();
    assert_eq!(
        ours, spec,
        "RuleId::ALL must be the spec's IDs in the spec's order"
    );
    for r in RuleId::ALL {
        assert!(!r.reason().trim().is_empty(), "{r} has no reason");
    }
}

/// The table runner itself: a row expecting the wrong rule fails the table.
#[test]
#[should_panic(expected = "rows failed")]
fn table_runner_reports_a_wrong_row() {
    run_table(&[case("deliberately wrong", Req::plus_return()).refuses(&["RET-SERVICE-USED"])]);
}
