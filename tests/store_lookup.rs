//! Products, lookup, CR+ sale, returns and withdrawals on a real SQLite file.
//! Rules covered through the store: BUY-ONCE, BUY-BASE-TERM, BUY-REGION-MISMATCH,
//! BUY-BASE-EXPIRED, RET-PRODUCT-NOT-RETURNED, the European cap.

#[macro_use]
mod store_support;

use caredesk::desk::{NewProduct, PlanService, ProductStatus, StoreError};
use caredesk::rules::plans::ServiceState;
use caredesk::rules::{Part, PlanKind, RuleId, SalesChannel, Term};
use store_support::{Backend, Desk, d, r};

fn refused_with(e: StoreError) -> Vec<RuleId> {
    match e {
        StoreError::Refused(dec) => dec.failed,
        other => panic!("expected a refusal, got {other:?}"),
    }
}

fn lookup_shows_cr_status_valid_through_and_parts_covered_today(b: Backend) {
    let mut desk = Desk::on(b);
    desk.product(
        "1SSDH7R00A0001",
        "DJI Mavic 3",
        "US",
        Term::OneYear,
        "2025-03-15",
    );
    let l = desk
        .store
        .lookup("1ssdh7r00a0001 ", d("2025-06-01"))
        .unwrap();
    assert_eq!(l.product.serial, "1SSDH7R00A0001");
    assert_eq!(l.product.series, "Mavic");
    assert_eq!(l.product.status, ProductStatus::Active);
    let base = l.base.as_ref().unwrap();
    assert_eq!(base.valid_through, d("2026-03-14"));
    assert_eq!(base.replacements_left, 2);
    assert_eq!(base.replacement_service, ServiceState::Active);
    assert_eq!(l.replacement_plan_today, Some(PlanKind::CareRefresh));
    assert_eq!(l.replacements_left_today, 2);
    assert!(l.replaceable_today.contains(&Part::Aircraft));
    assert!(l.warranty_today.is_empty(), "CR has no extended warranty");
    assert!(l.plus.is_none() && !l.had_plus);

    let later = desk
        .store
        .lookup("1SSDH7R00A0001", d("2026-03-15"))
        .unwrap();
    assert_eq!(
        later.base.unwrap().replacement_service,
        ServiceState::Expired
    );
    assert!(later.replaceable_today.is_empty());
    assert_eq!(later.replacement_plan_today, None);
}

fn unknown_serial_is_not_found_and_duplicates_are_refused(b: Backend) {
    let mut desk = Desk::on(b);
    assert!(matches!(
        desk.store.lookup("NOPE0000", d("2025-01-01")),
        Err(StoreError::NotFound(_))
    ));
    desk.product(
        "1SAA0000000001",
        "DJI Mini 2",
        "US",
        Term::OneYear,
        "2025-01-01",
    );
    let again = desk.store.register_product(
        desk.tech,
        &NewProduct {
            serial: "1saa0000000001".into(),
            model: "DJI Mini 2".into(),
            channel: SalesChannel::Official,
            region: r("US"),
            base_plan: None,
        },
    );
    assert!(matches!(again, Err(StoreError::Invalid(m)) if m.contains("already exists")));
    let bad_model = desk.store.register_product(
        desk.tech,
        &NewProduct {
            serial: "1SAA0000000002".into(),
            model: "Mavic 9".into(),
            channel: SalesChannel::Official,
            region: r("US"),
            base_plan: None,
        },
    );
    assert!(matches!(bad_model, Err(StoreError::Invalid(m)) if m.contains("unknown model")));
}

fn buy_plus_binds_cr_plus_from_cr_expiry_for_twelve_months(b: Backend) {
    let mut desk = Desk::on(b);
    desk.product(
        "1SSDH7R00A0001",
        "DJI Mavic 3",
        "US",
        Term::OneYear,
        "2025-03-15",
    );
    let l = desk
        .store
        .buy_plus(desk.ssc, "1SSDH7R00A0001", r("US"), d("2025-06-01"))
        .unwrap();
    let plus = l.plus.as_ref().unwrap();
    assert_eq!(plus.starts, d("2026-03-15"));
    assert_eq!(plus.valid_through, d("2027-03-14"));
    assert_eq!(plus.replacement_service, ServiceState::NotStarted);
    assert!(l.had_plus);

    let in_plus = desk
        .store
        .lookup("1SSDH7R00A0001", d("2026-06-01"))
        .unwrap();
    assert_eq!(
        in_plus.replacement_plan_today,
        Some(PlanKind::CareRefreshPlus)
    );
    assert_eq!(in_plus.replacements_left_today, 1);
    assert!(in_plus.warranty_today.contains(&Part::Gimbal));

    // BUY-ONCE: a second sale is refused and writes nothing.
    let e = desk
        .store
        .buy_plus(desk.ssc, "1SSDH7R00A0001", r("US"), d("2025-07-01"))
        .unwrap_err();
    assert_eq!(refused_with(e), vec![RuleId::BuyOnce]);
}

fn buy_plus_refusals_name_their_rules_and_write_nothing(b: Backend) {
    let mut desk = Desk::on(b);
    desk.product(
        "2YEAR0000001",
        "DJI Air 2S",
        "US",
        Term::TwoYear,
        "2025-01-10",
    );
    desk.product(
        "1YEAR0000001",
        "DJI Air 2S",
        "US",
        Term::OneYear,
        "2025-01-10",
    );
    let e = desk
        .store
        .buy_plus(desk.ssc, "2YEAR0000001", r("US"), d("2025-02-01"))
        .unwrap_err();
    assert_eq!(refused_with(e), vec![RuleId::BuyBaseTerm]);
    let e = desk
        .store
        .buy_plus(desk.ssc, "1YEAR0000001", r("GB"), d("2025-06-01"))
        .unwrap_err();
    assert_eq!(refused_with(e), vec![RuleId::BuyRegionMismatch]);
    let e = desk
        .store
        .buy_plus(desk.ssc, "1YEAR0000001", r("US"), d("2026-01-10"))
        .unwrap_err();
    assert_eq!(refused_with(e), vec![RuleId::BuyBaseExpired]);
    // The preview agrees and nothing was bound.
    let p = desk
        .store
        .preview_plus_purchase("1YEAR0000001", r("US"), d("2025-02-01"))
        .unwrap();
    assert!(p.approved());
    assert!(
        desk.store
            .lookup("1YEAR0000001", d("2025-02-01"))
            .unwrap()
            .plus
            .is_none()
    );
}

fn european_variant_caps_replacements_at_three_over_cr_and_cr_plus(b: Backend) {
    let mut desk = Desk::on(b);
    desk.product(
        "EU00000000001",
        "DJI Mavic 3",
        "DE",
        Term::OneYear,
        "2025-03-15",
    );
    desk.store
        .buy_plus(desk.ssc, "EU00000000001", r("FR"), d("2025-04-01"))
        .unwrap();
    let l = desk.store.lookup("EU00000000001", d("2026-04-01")).unwrap();
    let plus = l.plus.unwrap();
    assert!(plus.european_cap);
    assert_eq!(plus.replacements_allowed, 3, "3 − 0 used under CR");
    assert_eq!(plus.extended_warranty, Some(ServiceState::NotOffered));
    assert!(l.warranty_today.is_empty());
}

fn withdrawal_ends_the_service_and_is_recorded_once(b: Backend) {
    let mut desk = Desk::on(b);
    desk.product(
        "WD00000000001",
        "DJI Mini 2",
        "US",
        Term::OneYear,
        "2025-03-15",
    );
    let l = desk
        .store
        .withdraw_plan(
            desk.tech,
            "WD00000000001",
            PlanKind::CareRefresh,
            d("2025-05-01"),
        )
        .unwrap();
    assert_eq!(l.base.unwrap().replacement_service, ServiceState::Withdrawn);
    assert!(l.replaceable_today.is_empty());
    assert_eq!(l.replacements_left_today, 0);
    let again = desk.store.withdraw_plan(
        desk.tech,
        "WD00000000001",
        PlanKind::CareRefresh,
        d("2025-05-02"),
    );
    assert!(matches!(again, Err(StoreError::Invalid(_))));
    assert!(
        desk.store
            .audit_log(10)
            .unwrap()
            .iter()
            .any(|a| a.action == "withdraw_plan")
    );
}

fn returning_cr_plus_needs_the_product_returned(b: Backend) {
    let mut desk = Desk::on(b);
    desk.product(
        "RET0000000001",
        "DJI Mini 2",
        "US",
        Term::OneYear,
        "2025-03-15",
    );
    desk.store
        .buy_plus(desk.ssc, "RET0000000001", r("US"), d("2025-04-01"))
        .unwrap();
    let e = desk
        .store
        .return_plus(desk.ssc, "RET0000000001", false, d("2025-04-10"))
        .unwrap_err();
    assert_eq!(refused_with(e), vec![RuleId::RetProductNotReturned]);
    let l = desk
        .store
        .return_plus(desk.ssc, "RET0000000001", true, d("2025-04-10"))
        .unwrap();
    assert_eq!(l.plus_sale.unwrap().returned_on, Some(d("2025-04-10")));
    assert!(l.plus.unwrap().withdrawn);
    assert!(l.base.unwrap().withdrawn, "CR is returned first, then CR+");
    // BUY-ONCE still sees the returned CR+.
    let e = desk
        .store
        .buy_plus(desk.ssc, "RET0000000001", r("US"), d("2025-04-11"))
        .unwrap_err();
    assert!(refused_with(e).contains(&RuleId::BuyOnce));
}

fn expiring_plans_and_search(b: Backend) {
    let mut desk = Desk::on(b);
    desk.product(
        "EXP0000000001",
        "DJI Mini 2",
        "US",
        Term::OneYear,
        "2025-03-15",
    );
    desk.product(
        "EXP0000000002",
        "DJI RS 2",
        "US",
        Term::OneYear,
        "2025-09-15",
    );
    let soon = desk.store.expiring_plans(d("2026-03-01"), 30).unwrap();
    assert_eq!(soon.len(), 1);
    assert_eq!(soon[0].serial, "EXP0000000001");
    assert_eq!(soon[0].service, PlanService::Replacement);
    assert_eq!(soon[0].days_left, 14);
    assert_eq!(soon[0].valid_through, d("2026-03-14"));

    let hits = desk.store.search("exp00", 10).unwrap();
    assert_eq!(hits.len(), 2);
    let by_model = desk.store.search("DJI RS 2", 10).unwrap();
    assert_eq!(by_model[0].serial, "EXP0000000002");
}

on_both_backends!(
    lookup_shows_cr_status_valid_through_and_parts_covered_today,
    unknown_serial_is_not_found_and_duplicates_are_refused,
    buy_plus_binds_cr_plus_from_cr_expiry_for_twelve_months,
    buy_plus_refusals_name_their_rules_and_write_nothing,
    european_variant_caps_replacements_at_three_over_cr_and_cr_plus,
    withdrawal_ends_the_service_and_is_recorded_once,
    returning_cr_plus_needs_the_product_returned,
    expiring_plans_and_search,
);
