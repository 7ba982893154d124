//! The customer's choice after the assessment (issue 14) on both backends:
//! the paid-repair quote of an assessed online or SSC replacement claim, the
//! replacement fee beside it with what each leaves, the choice and who
//! recorded it; an extended-warranty repair is free and takes no quote
//! (SPEC §2). Rules covered: EW-* approval makes the repair free.

#[macro_use]
mod store_support;

use caredesk::desk::{
    ClaimAction, ClaimKind, ClaimStatus, Money, NewQuote, RepairChoice, RepairPrice, StoreError,
};
use caredesk::rules::{PlanKind, ServiceChannel, Term};
use store_support::{Backend, Desk, d, r, replacement, warranty};

const SERIAL: &str = "1SSDH7R00A0001";
const TODAY: &str = "2025-06-05";

fn assessed(desk: &mut Desk, channel: ServiceChannel) -> String {
    desk.product(SERIAL, "DJI Mavic 3", "US", Term::OneYear, "2025-03-15");
    let input = replacement("US", channel, "2025-06-01");
    let id = desk.file_replacement(SERIAL, &input).unwrap().row.id;
    for a in [
        ClaimAction::AwaitProduct,
        ClaimAction::Receive { shipped: None },
    ] {
        desk.store.advance_claim(desk.tech, &id, a, "").unwrap();
    }
    if channel != ServiceChannel::Express {
        desk.store
            .advance_claim(desk.tech, &id, ClaimAction::Assess, "")
            .unwrap();
    }
    id
}

fn usd(cents: i64) -> Money {
    Money {
        cents,
        currency: "USD".into(),
    }
}

fn quote(cents: i64, until: Option<&str>) -> NewQuote {
    NewQuote {
        amount: usd(cents),
        covers: "front arm and motor".into(),
        valid_until: until.map(d),
    }
}

fn quote_sits_beside_the_replacement_fee_with_what_each_leaves(b: Backend) {
    let mut desk = Desk::on(b);
    let id = assessed(&mut desk, ServiceChannel::Online);
    let before = desk.store.repair_offer(&id, d(TODAY)).unwrap();
    assert_eq!(before.repair.price, RepairPrice::NotQuoted);
    assert!(before.can_quote && !before.can_choose);
    let offer = desk
        .store
        .quote_repair(
            desk.tech,
            &id.to_lowercase(),
            &quote(12_950, Some("2025-06-30")),
            d(TODAY),
        )
        .unwrap();
    let r = offer.replacement.as_ref().expect("a replacement side");
    let detail = desk.store.claim(&id).unwrap();
    assert_eq!(r.fee, detail.row.fee);
    assert!(r.fee.is_some());
    assert_eq!(r.plan, Some(PlanKind::CareRefresh));
    // CR 1y: 2 replacements; this one leaves 1, the repair leaves 2.
    assert_eq!(r.replacements_left_after, Some(1));
    assert_eq!(offer.repair.replacements_left_after, Some(2));
    assert_eq!(r.plan_valid_through, Some(d("2026-03-14")));
    assert_eq!(offer.repair.plan_valid_through, r.plan_valid_through);
    assert_eq!(r.warranty_through, None, "CR carries no extended warranty");
    assert_eq!(
        offer.repair.price,
        RepairPrice::Quoted {
            amount: usd(12_950)
        }
    );
    let q = offer.quote.as_ref().unwrap();
    assert_eq!(q.quoted_by, "Tess Tech");
    assert_eq!(q.covers, "front arm and motor");
    assert_eq!(q.valid_until, Some(d("2025-06-30")));
    assert!(q.choice.is_none() && offer.can_choose);
    // Re-quoted before the choice: the new amount replaces the old.
    let offer = desk
        .store
        .quote_repair(desk.tech, &id, &quote(9_900, None), d(TODAY))
        .unwrap();
    assert_eq!(
        offer.repair.price,
        RepairPrice::Quoted { amount: usd(9_900) }
    );
    let log = desk.store.audit_log(5).unwrap();
    assert_eq!(log[0].action, "quote_repair");
    assert_eq!(log[0].details["replaces"], "129.50 USD");
}

fn the_paid_repair_choice_is_recorded_with_who_and_moves_the_claim_on(b: Backend) {
    let mut desk = Desk::on(b);
    let id = assessed(&mut desk, ServiceChannel::Ssc);
    // No quote yet: no choice.
    assert!(matches!(
        desk.store.record_choice(desk.ssc, &id, RepairChoice::PaidRepair, d(TODAY)),
        Err(StoreError::Invalid(m)) if m.contains("no paid-repair quote")
    ));
    desk.store
        .quote_repair(desk.tech, &id, &quote(15_000, Some("2025-06-10")), d(TODAY))
        .unwrap();
    // An expired quote is not accepted for a paid repair.
    assert!(matches!(
        desk.store.record_choice(desk.ssc, &id, RepairChoice::PaidRepair, d("2025-06-11")),
        Err(StoreError::Invalid(m)) if m.contains("2025-06-10")
    ));
    let offer = desk
        .store
        .record_choice(desk.ssc, &id, RepairChoice::PaidRepair, d(TODAY))
        .unwrap();
    assert_eq!(offer.status, ClaimStatus::PaidRepair);
    let q = offer.quote.unwrap();
    assert_eq!(q.choice, Some(RepairChoice::PaidRepair));
    assert_eq!(q.choice_by.as_deref(), Some("Sid SSC"));
    assert!(q.choice_at.is_some());
    assert!(!offer.can_quote && !offer.can_choose);
    let events = desk.store.claim(&id).unwrap().events;
    let last = events.last().unwrap();
    assert_eq!(last.to, ClaimStatus::PaidRepair);
    assert!(last.note.contains("($150.00)"), "{}", last.note);
    // Recorded once; the quote no longer changes.
    assert!(matches!(
        desk.store
            .quote_repair(desk.tech, &id, &quote(1, None), d(TODAY)),
        Err(StoreError::Invalid(_))
    ));
    let actions: Vec<String> = desk
        .store
        .audit_log(3)
        .unwrap()
        .into_iter()
        .map(|e| e.action)
        .collect();
    assert_eq!(
        actions,
        vec!["choose_paid_repair", "record_choice", "quote_repair"]
    );
}

fn choosing_the_replacement_keeps_the_claim_assessed_until_it_ships(b: Backend) {
    let mut desk = Desk::on(b);
    let id = assessed(&mut desk, ServiceChannel::Online);
    desk.store
        .quote_repair(desk.tech, &id, &quote(15_000, None), d(TODAY))
        .unwrap();
    let offer = desk
        .store
        .record_choice(desk.ssc, &id, RepairChoice::Replacement, d(TODAY))
        .unwrap();
    assert_eq!(offer.status, ClaimStatus::Assessed);
    assert_eq!(offer.quote.unwrap().choice, Some(RepairChoice::Replacement));
    assert!(matches!(
        desk.store.record_choice(desk.ssc, &id, RepairChoice::PaidRepair, d(TODAY)),
        Err(StoreError::Invalid(m)) if m.contains("choice")
    ));
}

fn quotes_are_refused_where_there_is_no_choice(b: Backend) {
    let mut desk = Desk::on(b);
    // Express: no paid-repair branch (SPEC §4).
    let id = assessed(&mut desk, ServiceChannel::Express);
    assert!(matches!(
        desk.store.quote_repair(desk.tech, &id, &quote(100, None), d(TODAY)),
        Err(StoreError::Invalid(m)) if m.contains("express")
    ));
    // Not yet assessed.
    let input = replacement("US", ServiceChannel::Online, "2025-06-02");
    let fresh = desk.file_replacement(SERIAL, &input).unwrap();
    assert!(matches!(
        desk.store.quote_repair(desk.tech, &fresh.row.id, &quote(100, None), d(TODAY)),
        Err(StoreError::Invalid(m)) if m.contains("assessed")
    ));
    // Bad amounts and expired quotes.
    assert!(matches!(
        desk.store.quote_repair(desk.tech, &id, &quote(0, None), d(TODAY)),
        Err(StoreError::Invalid(m)) if m.contains("more than zero")
    ));
    assert!(matches!(
        desk.store.quote_repair(desk.tech, &id, &quote(100, Some("2025-06-01")), d(TODAY)),
        Err(StoreError::Invalid(m)) if m.contains("expired")
    ));
    assert!(matches!(
        desk.store
            .quote_repair(desk.tech, "CL-2025-999999", &quote(100, None), d(TODAY)),
        Err(StoreError::NotFound(_))
    ));
}

fn an_extended_warranty_repair_is_free_and_takes_no_quote(b: Backend) {
    let mut desk = Desk::on(b);
    desk.product(SERIAL, "DJI Mavic 3", "US", Term::OneYear, "2025-03-15");
    desk.store
        .buy_plus(desk.ssc, SERIAL, r("US"), d("2025-05-01"))
        .unwrap();
    // The extended warranty starts when CR ends.
    let c = desk
        .store
        .file_claim(
            desk.tech,
            SERIAL,
            ClaimKind::ExtendedWarranty,
            &warranty("US", "2026-06-01"),
            d("2026-06-01"),
        )
        .unwrap();
    assert!(c.row.approved, "{:?}", c.decision.failed);
    let offer = desk.store.repair_offer(&c.row.id, d("2026-06-01")).unwrap();
    assert_eq!(offer.repair.price, RepairPrice::Free);
    assert!(offer.replacement.is_none());
    assert!(offer.repair.warranty_through.is_some());
    assert!(!offer.can_quote);
    assert!(matches!(
        desk.store.quote_repair(desk.tech, &c.row.id, &quote(100, None), d("2026-06-01")),
        Err(StoreError::Invalid(m)) if m.contains("free")
    ));
}

on_both_backends!(
    quote_sits_beside_the_replacement_fee_with_what_each_leaves,
    the_paid_repair_choice_is_recorded_with_who_and_moves_the_claim_on,
    choosing_the_replacement_keeps_the_claim_assessed_until_it_ships,
    quotes_are_refused_where_there_is_no_choice,
    an_extended_warranty_repair_is_free_and_takes_no_quote,
);

/// `migrate` carries appointments and quotes (with the choice) both ways:
/// SQLite → PostgreSQL → a new SQLite file, ids and who recorded them kept.
#[test]
fn migrate_keeps_appointments_and_quotes() {
    if !store_support::pg_enabled() {
        return;
    }
    let mut desk = Desk::on(Backend::Sqlite);
    let id = assessed(&mut desk, ServiceChannel::Online);
    desk.store
        .quote_repair(desk.tech, &id, &quote(12_000, Some("2025-06-30")), d(TODAY))
        .unwrap();
    desk.store
        .record_choice(desk.ssc, &id, RepairChoice::Replacement, d(TODAY))
        .unwrap();
    let booked = desk
        .store
        .add_appointment(
            desk.ssc,
            &caredesk::desk::AppointmentFields {
                day: d("2025-06-02"),
                slot: "10:30".into(),
                store: "Seoul SSC".into(),
                customer_name: "김민수".into(),
                customer_phone: String::new(),
                customer_email: String::new(),
                serial: Some(SERIAL.into()),
                case_reference: "SWS-1".into(),
                case_text: String::new(),
            },
        )
        .unwrap();
    let source = desk.store.storage().read().unwrap().counts().unwrap();
    assert_eq!((source.appointments, source.claim_quotes), (1, 1));
    let pg = store_support::TestDb::new(Backend::Postgres);
    let summary = caredesk::desk::migrate(&desk.db.location, &pg.location).unwrap();
    assert_eq!(summary.copied, source);
    let home = store_support::TestDb::new(Backend::Sqlite);
    caredesk::desk::migrate(&pg.location, &home.location).unwrap();
    for db in [&pg, &home] {
        let copy = db.open();
        assert_eq!(copy.appointment(booked.id).unwrap(), booked);
        assert_eq!(
            copy.repair_offer(&id, d(TODAY)).unwrap(),
            desk.store.repair_offer(&id, d(TODAY)).unwrap()
        );
        // The next appointment continues after the copied ids.
        let next = copy.add_appointment(desk.ssc, &booked.fields).unwrap();
        assert!(next.id > booked.id);
    }
}
