//! Claims in flight (SPEC §6), on both backends: an approved replacement
//! claim holds its replacement (two intakes racing for the last one: exactly
//! one approved), deadlines and lapses (REP-SHIP-LATE, EW-SHIP-LATE),
//! receiving with the day the parcel was shipped, parcels, the work queues,
//! fees per model × service region × replacement number (and a missing fee
//! said to be missing), bounded days, and the claim id's year.
//!
//! "Today" is `store_support::TODAY` (2026-11-25) for every desk here.

#[macro_use]
mod store_support;

use caredesk::desk::{
    ClaimAction, ClaimFilter, ClaimKind, ClaimQueue, ClaimSort, ClaimStatus, Field, Money,
    NewBasePlan, NewProduct, OutOfBounds, ParcelDirection, ParcelInput, ProductStatus, StepRefused,
    StoreError,
};
use caredesk::rules::{PlanKind, RuleId, SalesChannel, ServiceChannel, Term};
use store_support::{Backend, Desk, PIN, TODAY, d, r, raw_exec, replacement, warranty};

const SERIAL: &str = "1SSDH7R00B0001";

/// A US Mavic 3 with a 1-year CR from 2026-03-01 with `used` of its two
/// replacements used.
fn mavic(b: Backend, used: u32) -> Desk {
    let desk = Desk::on(b);
    let starts = d("2026-03-01");
    desk.store
        .register_product(
            desk.tech,
            &NewProduct {
                serial: SERIAL.into(),
                model: "DJI Mavic 3".into(),
                channel: SalesChannel::Official,
                region: r("US"),
                base_plan: Some(NewBasePlan {
                    term: Term::OneYear,
                    region: r("US"),
                    starts,
                    ends: caredesk::rules::plans::add_months(starts, 12),
                    replacements_total: 2,
                    replacements_used: used,
                }),
            },
        )
        .expect("register");
    desk
}

/// An online replacement submitted on `on`; the customer has not shipped yet.
fn online(on: &str) -> caredesk::desk::ClaimInput {
    caredesk::desk::ClaimInput {
        shipped: None,
        ..replacement("US", ServiceChannel::Online, on)
    }
}

fn file(desk: &Desk, input: &caredesk::desk::ClaimInput) -> caredesk::desk::ClaimDetail {
    desk.store
        .file_claim(
            desk.tech,
            SERIAL,
            ClaimKind::Replacement,
            input,
            input.submitted,
        )
        .unwrap_or_else(|e| panic!("file claim: {e}"))
}

fn step(
    desk: &Desk,
    id: &str,
    action: ClaimAction,
) -> Result<caredesk::desk::ClaimDetail, StoreError> {
    desk.store.advance_claim(desk.tech, id, action, "")
}

fn left_today(desk: &Desk) -> u32 {
    desk.store
        .lookup(SERIAL, d(TODAY))
        .expect("lookup")
        .replacements_left_today
}

fn queue_ids(desk: &Desk, q: ClaimQueue) -> Vec<String> {
    desk.store
        .work_queue(
            q,
            d(TODAY),
            &ClaimFilter::default(),
            ClaimSort::default(),
            0,
            100,
        )
        .expect("work queue")
        .claims
        .into_iter()
        .map(|c| c.row.id)
        .collect()
}

// ------------------------------------------------------------ reservations

/// SPEC §6 Interpretation: an approved replacement claim not closed holds
/// one replacement. With one left, the first claim is approved and holds
/// it; the next one is refused REP-NONE-LEFT; the lookup shows none left.
fn an_approved_claim_in_flight_holds_the_last_replacement(b: Backend) {
    let desk = mavic(b, 1);
    assert_eq!(left_today(&desk), 1);
    let first = file(&desk, &online("2026-11-20"));
    assert_eq!(
        first.row.status,
        ClaimStatus::Approved,
        "{:?}",
        first.decision.failed
    );
    assert_eq!(first.row.replacement_number, Some(2));
    let l = desk.store.lookup(SERIAL, d(TODAY)).unwrap();
    assert_eq!(l.replacements_left_today, 0, "held by {}", first.row.id);
    assert_eq!(l.replacements_held.len(), 1);
    assert_eq!(l.replacements_held[0].claim_id, first.row.id);
    assert_eq!(l.replacements_held[0].plan, PlanKind::CareRefresh);

    // The preview of the next claim names the hold and is refused.
    let preview = desk
        .store
        .preview_claim(
            SERIAL,
            ClaimKind::Replacement,
            &online("2026-11-24"),
            d("2026-11-24"),
        )
        .unwrap();
    assert_eq!(preview.replacements_held.len(), 1);
    assert!(
        preview.decision.failed.contains(&RuleId::RepNoneLeft),
        "{:?}",
        preview.decision.failed
    );
    let second = file(&desk, &online("2026-11-24"));
    assert_eq!(second.row.status, ClaimStatus::Refused);
    assert!(second.decision.failed.contains(&RuleId::RepNoneLeft));

    // A refused claim holds nothing; nothing was counted on the plan yet.
    let l = desk.store.lookup(SERIAL, d(TODAY)).unwrap();
    assert_eq!(l.base.unwrap().replacements_used, 1);
    assert_eq!(l.replacements_held.len(), 1);
}

/// Two workstations take a claim on the same unit with one replacement
/// left at the same moment: exactly one is approved (REP-NONE-LEFT for the
/// other), on both backends.
fn two_intakes_racing_for_the_last_replacement_approve_exactly_one(b: Backend) {
    let desk = mavic(b, 1);
    let stations = [desk.reopen(), desk.reopen()];
    let tech = desk.tech;
    let barrier = std::sync::Barrier::new(2);
    let results: Vec<caredesk::desk::ClaimDetail> = std::thread::scope(|s| {
        let handles: Vec<_> = stations
            .iter()
            .map(|st| {
                let barrier = &barrier;
                s.spawn(move || {
                    let input = online("2026-11-24");
                    barrier.wait();
                    st.file_claim(
                        tech,
                        SERIAL,
                        ClaimKind::Replacement,
                        &input,
                        input.submitted,
                    )
                    .expect("file claim")
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("thread"))
            .collect()
    });
    let approved: Vec<_> = results.iter().filter(|c| c.row.approved).collect();
    assert_eq!(approved.len(), 1, "exactly one approved: {results:#?}");
    let refused = results.iter().find(|c| !c.row.approved).unwrap();
    assert_eq!(refused.decision.failed, vec![RuleId::RepNoneLeft]);
    assert_eq!(left_today(&desk), 0);
}

// ------------------------------------------------------------ deadlines

/// An online claim submitted 2026-11-10 must ship by 2026-11-17; on
/// 2026-11-25 it is overdue (8 days late), in the overdue queue, and a
/// person may lapse it: closed as refused with REP-SHIP-LATE, the held
/// replacement released.
fn an_overdue_claim_lapses_with_rep_ship_late_and_releases_its_replacement(b: Backend) {
    let desk = mavic(b, 1);
    let late = file(&desk, &online("2026-11-10"));
    let id = late.row.id.clone();
    let dl = late.deadline.expect("an online claim has a deadline");
    assert_eq!(dl.ship_by, d("2026-11-17"));
    assert_eq!(dl.days_left, -8);
    assert!(dl.overdue);
    assert!(late.next_actions.contains(&ClaimAction::Lapse));
    assert_eq!(left_today(&desk), 0, "held while in flight");

    // A claim still in time cannot lapse (and loses nothing trying).
    let mut other = mavic(b, 0);
    other.product(
        "1SSDH7R00B0002",
        "DJI Mavic 3",
        "US",
        Term::OneYear,
        "2026-03-01",
    );
    let fresh = other
        .store
        .file_claim(
            other.tech,
            "1SSDH7R00B0002",
            ClaimKind::Replacement,
            &online("2026-11-22"),
            d("2026-11-22"),
        )
        .unwrap();
    assert_eq!(fresh.deadline.unwrap().days_left, 4);
    assert!(!fresh.next_actions.contains(&ClaimAction::Lapse));
    match step(&other, &fresh.row.id, ClaimAction::Lapse) {
        Err(StoreError::StepRefused(StepRefused::NotOverdue { ship_by, as_of, .. })) => {
            assert_eq!(ship_by, Some(d("2026-11-29")));
            assert_eq!(as_of, d(TODAY));
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(
        other.store.claim(&fresh.row.id).unwrap().row.status,
        ClaimStatus::Approved
    );

    assert_eq!(queue_ids(&desk, ClaimQueue::Overdue), vec![id.clone()]);
    assert!(queue_ids(&desk, ClaimQueue::AwaitingProduct).is_empty());
    let lapsed = step(&desk, &id, ClaimAction::Lapse).unwrap();
    assert_eq!(lapsed.row.status, ClaimStatus::Closed);
    assert!(!lapsed.row.approved);
    assert_eq!(lapsed.decision.failed, vec![RuleId::RepShipLate]);
    assert_eq!(lapsed.row.rules, vec!["REP-SHIP-LATE".to_owned()]);
    let last = lapsed.events.last().unwrap();
    assert!(
        last.note.contains("REP-SHIP-LATE") && last.note.contains("2026-11-17"),
        "{}",
        last.note
    );
    assert_eq!(left_today(&desk), 1, "released");
    assert!(queue_ids(&desk, ClaimQueue::Overdue).is_empty());
    // Nothing changes state by itself, and a closed claim does not lapse twice.
    assert!(matches!(
        step(&desk, &id, ClaimAction::Lapse),
        Err(StoreError::IllegalTransition { .. })
    ));
}

/// The extended warranty's deadline lapses with EW-SHIP-LATE.
fn an_overdue_warranty_claim_lapses_with_ew_ship_late(b: Backend) {
    let mut desk = Desk::on(b);
    desk.product(SERIAL, "DJI Mavic 3", "US", Term::OneYear, "2025-06-01");
    desk.store
        .buy_plus(desk.ssc, SERIAL, r("US"), d("2025-07-01"))
        .unwrap();
    let input = caredesk::desk::ClaimInput {
        shipped: None,
        ..warranty("US", "2026-11-12")
    };
    let c = desk
        .store
        .file_claim(
            desk.tech,
            SERIAL,
            ClaimKind::ExtendedWarranty,
            &input,
            input.submitted,
        )
        .unwrap();
    assert_eq!(
        c.row.status,
        ClaimStatus::Approved,
        "{:?}",
        c.decision.failed
    );
    assert_eq!(c.deadline.unwrap().ship_by, d("2026-11-19"));
    let lapsed = step(&desk, &c.row.id, ClaimAction::Lapse).unwrap();
    assert_eq!(lapsed.row.status, ClaimStatus::Closed);
    assert_eq!(lapsed.decision.failed, vec![RuleId::EwShipLate]);
}

/// Receiving asks the day the parcel was shipped and decides again: in
/// time, it goes on; shipped late, it is refused on receipt with
/// REP-SHIP-LATE and the held replacement is released. Without any
/// shipped day, receive is refused and nothing changes.
fn receiving_decides_again_with_the_day_the_parcel_was_shipped(b: Backend) {
    let mut desk = mavic(b, 0);
    let a = file(&desk, &online("2026-11-10")).row.id;
    step(&desk, &a, ClaimAction::AwaitProduct).unwrap();
    match step(&desk, &a, ClaimAction::Receive { shipped: None }) {
        Err(StoreError::StepRefused(StepRefused::ShippedDayNeeded { claim_id })) => {
            assert_eq!(claim_id, a)
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(
        desk.store.claim(&a).unwrap().row.status,
        ClaimStatus::AwaitingProduct
    );
    // A shipped day in the future is refused, naming the field.
    match step(
        &desk,
        &a,
        ClaimAction::Receive {
            shipped: Some(d("2026-11-26")),
        },
    ) {
        Err(StoreError::OutOfBounds(e)) => assert_eq!(e.field(), Field::Shipped),
        other => panic!("{other:?}"),
    }
    // Shipped in time (the deadline is 2026-11-17): received, still approved.
    let ok = step(
        &desk,
        &a,
        ClaimAction::Receive {
            shipped: Some(d("2026-11-16")),
        },
    )
    .unwrap();
    assert_eq!(ok.row.status, ClaimStatus::Received);
    assert!(ok.row.approved);
    assert_eq!(ok.row.shipped_on, Some(d("2026-11-16")));

    // Another unit: shipped a day late → refused on receipt.
    desk.product(
        "1SSDH7R00B0003",
        "DJI Mavic 3",
        "US",
        Term::OneYear,
        "2026-03-01",
    );
    let b_id = desk
        .store
        .file_claim(
            desk.tech,
            "1SSDH7R00B0003",
            ClaimKind::Replacement,
            &online("2026-11-10"),
            d("2026-11-10"),
        )
        .unwrap()
        .row
        .id;
    let held = |desk: &Desk| {
        desk.store
            .lookup("1SSDH7R00B0003", d(TODAY))
            .unwrap()
            .replacements_held
            .len()
    };
    assert_eq!(held(&desk), 1);
    step(&desk, &b_id, ClaimAction::AwaitProduct).unwrap();
    let refused = step(
        &desk,
        &b_id,
        ClaimAction::Receive {
            shipped: Some(d("2026-11-18")),
        },
    )
    .unwrap();
    assert_eq!(refused.row.status, ClaimStatus::Refused);
    assert!(!refused.row.approved);
    assert!(
        refused.decision.failed.contains(&RuleId::RepShipLate),
        "{:?}",
        refused.decision.failed
    );
    assert_eq!(held(&desk), 0, "a refused claim holds nothing");
    assert!(
        refused
            .events
            .iter()
            .any(|e| e.note.contains("REP-SHIP-LATE"))
    );
}

// ------------------------------------------------------------ parcels

/// Parcels: carrier and tracking (kept in capitals without spaces), days
/// bounded, each one an event of the timeline; an inbound parcel shipped by
/// the deadline keeps the claim out of "overdue"; receive takes its day
/// and marks it received.
fn parcels_are_kept_bounded_and_shown_in_the_timeline(b: Backend) {
    let desk = mavic(b, 0);
    let id = file(&desk, &online("2026-11-10")).row.id;
    step(&desk, &id, ClaimAction::AwaitProduct).unwrap();
    assert_eq!(queue_ids(&desk, ClaimQueue::Overdue), vec![id.clone()]);

    let inbound = |tracking: &str, shipped: Option<&str>, received: Option<&str>| ParcelInput {
        direction: ParcelDirection::Inbound,
        carrier: "  UPS ".into(),
        tracking: tracking.into(),
        shipped_on: shipped.map(d),
        received_on: received.map(d),
    };
    // Refused, nothing written: bad tracking, a day in the future, before
    // submitted, received before shipped, an unknown claim.
    assert!(matches!(
        desk.store
            .add_parcel(desk.tech, &id, &inbound("1Z 99?", None, None)),
        Err(StoreError::Invalid(_))
    ));
    match desk
        .store
        .add_parcel(desk.tech, &id, &inbound("1Z999", Some("2026-11-30"), None))
    {
        Err(StoreError::OutOfBounds(e)) => assert_eq!(e.field(), Field::ParcelShipped),
        other => panic!("{other:?}"),
    }
    match desk
        .store
        .add_parcel(desk.tech, &id, &inbound("1Z999", Some("2026-11-01"), None))
    {
        Err(StoreError::OutOfBounds(OutOfBounds::BeforeSubmitted { .. })) => {}
        other => panic!("{other:?}"),
    }
    match desk.store.add_parcel(
        desk.tech,
        &id,
        &inbound("1Z999", Some("2026-11-15"), Some("2026-11-14")),
    ) {
        Err(StoreError::OutOfBounds(OutOfBounds::ReceivedBeforeShipped { .. })) => {}
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        desk.store
            .add_parcel(desk.tech, "CL-2026-999999", &inbound("1Z999", None, None)),
        Err(StoreError::NotFound(_))
    ));
    assert!(desk.store.parcels(&id).unwrap().is_empty());

    // Shipped 2026-11-16, by the 2026-11-17 deadline: not overdue while it travels.
    let p = desk
        .store
        .add_parcel(
            desk.tech,
            &id,
            &inbound("1z 999 aa1 01", Some("2026-11-16"), None),
        )
        .unwrap();
    assert_eq!(p.carrier, "UPS");
    assert_eq!(p.tracking, "1Z999AA101");
    assert_eq!(p.direction, ParcelDirection::Inbound);
    assert!(matches!(
        desk.store
            .add_parcel(desk.tech, &id, &inbound("1Z999AA101", None, None)),
        Err(StoreError::Invalid(_))
    ));
    assert!(queue_ids(&desk, ClaimQueue::Overdue).is_empty());
    assert_eq!(
        queue_ids(&desk, ClaimQueue::AwaitingProduct),
        vec![id.clone()]
    );
    let c = desk.store.claim(&id).unwrap();
    assert!(!c.deadline.unwrap().overdue);
    assert!(!c.next_actions.contains(&ClaimAction::Lapse));
    assert!(
        c.events.iter().any(|e| e.note.contains("1Z999AA101")),
        "{:?}",
        c.events
    );

    // Receive takes the parcel's shipped day and marks it received today.
    let r = step(&desk, &id, ClaimAction::Receive { shipped: None }).unwrap();
    assert_eq!(r.row.status, ClaimStatus::Received);
    assert_eq!(r.row.shipped_on, Some(d("2026-11-16")));
    assert_eq!(r.parcels.len(), 1);
    assert_eq!(r.parcels[0].received_on, Some(d(TODAY)));

    // The outbound parcel; its days set later from its tracking.
    let out = desk
        .store
        .add_parcel(
            desk.tech,
            &id,
            &ParcelInput {
                direction: ParcelDirection::Outbound,
                carrier: "DHL Express".into(),
                tracking: "JD0146000033".into(),
                shipped_on: None,
                received_on: None,
            },
        )
        .unwrap();
    let out = desk
        .store
        .update_parcel(desk.tech, out.id, Some(d("2026-11-24")), None)
        .unwrap();
    assert_eq!(out.shipped_on, Some(d("2026-11-24")));
    assert!(matches!(
        desk.store
            .update_parcel(desk.tech, out.id, None, Some(d("2026-11-23"))),
        Err(StoreError::OutOfBounds(
            OutOfBounds::ReceivedBeforeShipped { .. }
        ))
    ));
    let c = desk.store.claim(&id).unwrap();
    assert_eq!(c.parcels.len(), 2);
    assert_eq!(c.parcels[1].direction, ParcelDirection::Outbound);
    assert!(
        c.events
            .iter()
            .filter(|e| e.note.contains("JD0146000033"))
            .count()
            >= 2
    );
}

// ------------------------------------------------------------ queues

/// The work queues hold what a counter must do next, newest first by
/// default, with the counts of every queue.
fn work_queues_count_and_list_newest_first(b: Backend) {
    let mut desk = Desk::on(b);
    let serials = [
        "1SSDH7R00Q0001",
        "1SSDH7R00Q0002",
        "1SSDH7R00Q0003",
        "1SSDH7R00Q0004",
    ];
    for s in serials {
        desk.product(s, "DJI Mavic 3", "US", Term::OneYear, "2026-03-01");
    }
    let file_on = |desk: &Desk, serial: &str, input: caredesk::desk::ClaimInput| {
        desk.store
            .file_claim(
                desk.tech,
                serial,
                ClaimKind::Replacement,
                &input,
                input.submitted,
            )
            .unwrap()
            .row
            .id
    };
    let overdue = file_on(&desk, serials[0], online("2026-11-01"));
    let awaiting = file_on(&desk, serials[1], online("2026-11-23"));
    let received = file_on(
        &desk,
        serials[2],
        replacement("US", ServiceChannel::Online, "2026-11-20"),
    );
    step(&desk, &received, ClaimAction::AwaitProduct).unwrap();
    step(&desk, &received, ClaimAction::Receive { shipped: None }).unwrap();
    let express = file_on(
        &desk,
        serials[3],
        replacement("US", ServiceChannel::Express, "2026-11-21"),
    );
    step(&desk, &express, ClaimAction::AwaitProduct).unwrap();
    step(&desk, &express, ClaimAction::Receive { shipped: None }).unwrap();

    let page = desk
        .store
        .work_queue(
            ClaimQueue::Open,
            d(TODAY),
            &ClaimFilter::default(),
            ClaimSort::default(),
            0,
            100,
        )
        .unwrap();
    assert_eq!(page.counts.overdue, 1);
    assert_eq!(page.counts.awaiting_product, 1);
    assert_eq!(page.counts.received, 1);
    assert_eq!(page.counts.assessed, 0);
    assert_eq!(
        page.counts.ready_to_ship, 1,
        "an express replacement ships on receipt"
    );
    assert_eq!(page.counts.open, 4);
    assert_eq!(page.total, 4);
    let ids: Vec<_> = page.claims.iter().map(|c| c.row.id.clone()).collect();
    assert_eq!(
        ids,
        vec![
            express.clone(),
            received.clone(),
            awaiting.clone(),
            overdue.clone()
        ],
        "newest first"
    );
    let dl = page.claims[3].deadline.unwrap();
    assert!(dl.overdue);
    assert_eq!(dl.days_left, (d("2026-11-08") - d(TODAY)).num_days());
    assert_eq!(queue_ids(&desk, ClaimQueue::Overdue), vec![overdue]);
    assert_eq!(
        queue_ids(&desk, ClaimQueue::AwaitingProduct),
        vec![awaiting]
    );
    assert_eq!(
        queue_ids(&desk, ClaimQueue::Received),
        vec![received.clone()]
    );
    assert_eq!(queue_ids(&desk, ClaimQueue::ReadyToShip), vec![express]);
    step(&desk, &received, ClaimAction::Assess).unwrap();
    assert_eq!(queue_ids(&desk, ClaimQueue::Assessed), vec![received]);
    // Every claim is in the queue the pure rule (ClaimQueue::holds) says.
    for q in ClaimQueue::ALL {
        for c in desk
            .store
            .work_queue(
                *q,
                d(TODAY),
                &ClaimFilter::default(),
                ClaimSort::default(),
                0,
                100,
            )
            .unwrap()
            .claims
        {
            assert!(q.holds(&c.row, d(TODAY)), "{q:?} {}", c.row.id);
        }
    }
}

// ------------------------------------------------------------ fees

/// The fee comes from the claim's service region in its currency: GBP in
/// GB, EUR for an EU member state, KRW in KR.
fn fees_are_per_model_region_and_replacement_number(b: Backend) {
    let mut desk = Desk::on(b);
    for (serial, region) in [
        ("1SSDH7R00F00GB", "GB"),
        ("1SSDH7R00F00DE", "DE"),
        ("1SSDH7R00F00KR", "KR"),
    ] {
        desk.product(serial, "DJI Mavic 3", region, Term::OneYear, "2026-03-01");
    }
    let expected = |region: &str, n: u32| {
        desk.store
            .catalog()
            .starting_fee("DJI Mavic 3", r(region), n)
            .expect("catalog fee")
            .amount()
    };
    for (serial, region, service, currency) in [
        ("1SSDH7R00F00GB", "GB", "GB", "GBP"),
        ("1SSDH7R00F00DE", "EU", "DE", "EUR"),
        ("1SSDH7R00F00KR", "KR", "KR", "KRW"),
    ] {
        let input = replacement(service, ServiceChannel::Online, "2026-11-20");
        let c = desk
            .store
            .file_claim(
                desk.tech,
                serial,
                ClaimKind::Replacement,
                &input,
                input.submitted,
            )
            .unwrap();
        assert!(c.row.approved, "{serial}: {:?}", c.decision.failed);
        let fee = c.row.fee.clone().expect("a replacement fee");
        assert_eq!(fee.currency, currency, "{serial}");
        assert_eq!(fee, expected(region, 1), "{serial}");
        assert_eq!(
            desk.store.fee("DJI Mavic 3", r(service), 1).unwrap(),
            Some(fee)
        );
    }
    // A fee is in its region's currency.
    assert!(matches!(
        desk.store.set_fee(
            desk.sup,
            PIN,
            "DJI Mavic 3",
            r("GB"),
            1,
            Money { cents: 100, currency: "USD".into() }
        ),
        Err(StoreError::Invalid(m)) if m.contains("GBP")
    ));
}

/// A fee missing from the schedule is said to be missing (model, region,
/// replacement number); the approved replacement is not filed until a
/// supervisor sets it with the PIN.
fn a_missing_fee_is_named_and_blocks_filing_until_a_supervisor_sets_it(b: Backend) {
    let desk = mavic(b, 0);
    raw_exec(
        &desk.db,
        "DELETE FROM fee_schedule WHERE model = 'DJI Mavic 3' AND region = 'US' AND replacement_number = 1",
    )
    .expect("delete the fee");
    let input = online("2026-11-20");
    let p = desk
        .store
        .preview_claim(SERIAL, ClaimKind::Replacement, &input, input.submitted)
        .unwrap();
    assert!(p.decision.approved());
    assert_eq!(p.fee, None);
    let key = p.fee_missing.clone().expect("said to be missing");
    assert_eq!(
        (key.model.as_str(), key.region, key.replacement_number),
        ("DJI Mavic 3", r("US"), 1)
    );
    let text = key.to_string();
    assert!(
        text.contains("DJI Mavic 3") && text.contains("US") && text.contains("supervisor"),
        "{text}"
    );
    match desk.store.file_claim(
        desk.tech,
        SERIAL,
        ClaimKind::Replacement,
        &input,
        input.submitted,
    ) {
        Err(StoreError::FeeMissing(k)) => assert_eq!(k, key),
        other => panic!("{other:?}"),
    }
    assert_eq!(
        desk.store.count_claims(&ClaimFilter::default()).unwrap(),
        0,
        "nothing filed"
    );
    // A technician cannot set it; the supervisor with the PIN can.
    let fee = Money {
        cents: 17_500,
        currency: "USD".into(),
    };
    assert!(matches!(
        desk.store
            .set_fee(desk.tech, PIN, "DJI Mavic 3", r("US"), 1, fee.clone()),
        Err(StoreError::NotAllowed(_))
    ));
    desk.store
        .set_fee(desk.sup, PIN, "DJI Mavic 3", r("US"), 1, fee.clone())
        .unwrap();
    let c = file(&desk, &input);
    assert!(c.row.approved);
    assert_eq!(c.row.fee, Some(fee));
}

// ------------------------------------------------------------ bounds

/// Typed days are bounded: submitted not in the future and not before CR
/// starts; the application day not before submitted. A plan runs at most
/// its term with at most its replacements. The claim id's year is the year
/// it is filed.
fn typed_days_are_bounded_and_the_claim_id_has_the_filing_year(b: Backend) {
    let mut desk = Desk::on(b);
    desk.product(SERIAL, "DJI Mavic 3", "US", Term::TwoYear, "2025-03-01");
    let try_file = |input: &caredesk::desk::ClaimInput, on: &str| {
        desk.store
            .file_claim(desk.tech, SERIAL, ClaimKind::Replacement, input, d(on))
    };
    match try_file(&online("2026-11-26"), "2026-11-26") {
        Err(StoreError::OutOfBounds(e @ OutOfBounds::InFuture { .. })) => {
            assert_eq!(e.field(), Field::Submitted);
            assert!(e.to_string().contains("2026-11-26"), "{e}");
        }
        other => panic!("{other:?}"),
    }
    match try_file(&online("2025-02-28"), "2025-02-28") {
        Err(StoreError::OutOfBounds(OutOfBounds::BeforeCr { cr_starts, .. })) => {
            assert_eq!(cr_starts, d("2025-03-01"))
        }
        other => panic!("{other:?}"),
    }
    match try_file(&online("2026-11-20"), "2026-11-19") {
        Err(StoreError::OutOfBounds(e)) => assert_eq!(e.field(), Field::AppliedOn),
        other => panic!("{other:?}"),
    }
    match try_file(&online("9999-01-01"), "9999-01-01") {
        Err(StoreError::OutOfBounds(_)) => {}
        other => panic!("{other:?}"),
    }
    assert_eq!(desk.store.count_claims(&ClaimFilter::default()).unwrap(), 0);
    // Submitted in 2025, filed on 2026-11-25: a 2026 id.
    let c = try_file(
        &replacement("US", ServiceChannel::Ssc, "2025-12-30"),
        "2025-12-30",
    )
    .unwrap();
    assert!(c.row.id.starts_with("CL-2026-"), "{}", c.row.id);

    let plan = |term: Term, starts: &str, ends: &str, total: u32| NewProduct {
        serial: "1SSDH7R00B0009".into(),
        model: "DJI Mavic 3".into(),
        channel: SalesChannel::Official,
        region: r("US"),
        base_plan: Some(NewBasePlan {
            term,
            region: r("US"),
            starts: d(starts),
            ends: d(ends),
            replacements_total: total,
            replacements_used: 0,
        }),
    };
    let refused = |p: NewProduct| match desk.store.register_product(desk.tech, &p) {
        Err(StoreError::OutOfBounds(e)) => e,
        other => panic!("{other:?}"),
    };
    assert!(matches!(
        refused(plan(Term::OneYear, "2026-01-01", "2027-06-01", 2)),
        OutOfBounds::LongerThanTerm { .. }
    ));
    assert!(matches!(
        refused(plan(Term::OneYear, "2026-01-01", "2027-01-01", 3)),
        OutOfBounds::TooManyReplacements { max: 2, .. }
    ));
    assert!(matches!(
        refused(plan(Term::TwoYear, "2026-01-01", "2028-01-01", 5)),
        OutOfBounds::TooManyReplacements { max: 4, .. }
    ));
    desk.store
        .register_product(
            desk.tech,
            &plan(Term::TwoYear, "2026-01-01", "2028-01-01", 4),
        )
        .unwrap();
}

// ------------------------------------------------------------ reclaimed units

/// A reclaimed unit is refused up front, naming its replacement; the
/// replacement's serial is checked before it ships (same model, unknown).
fn a_reclaimed_unit_is_refused_up_front_naming_its_replacement(b: Backend) {
    let mut desk = Desk::on(b);
    let id = desk.received_replacement(SERIAL);
    desk.product(
        "1SSDH7R00K0001",
        "DJI Mavic 3",
        "US",
        Term::OneYear,
        "2025-03-15",
    );
    match desk
        .store
        .check_replacement_unit(&id, "1SSDH7R00K0001", None)
    {
        Err(StoreError::StepRefused(StepRefused::SerialKnown { serial })) => {
            assert_eq!(serial, "1SSDH7R00K0001")
        }
        other => panic!("{other:?}"),
    }
    match desk
        .store
        .check_replacement_unit(&id, "1SSDH7R00N0001", Some("DJI Mini 3 Pro"))
    {
        Err(StoreError::StepRefused(StepRefused::OtherModel { expected, .. })) => {
            assert_eq!(expected, "DJI Mavic 3")
        }
        other => panic!("{other:?}"),
    }
    let unit = desk
        .store
        .check_replacement_unit(&id, " 1ssdh7r00n0001 ", Some("dji mavic 3"))
        .unwrap();
    assert_eq!(unit.serial, "1SSDH7R00N0001");
    assert_eq!(unit.replaces, SERIAL);
    step(
        &desk,
        &id,
        ClaimAction::ShipReplacement {
            new_serial: unit.serial.clone(),
        },
    )
    .unwrap();
    let old = desk.store.lookup(SERIAL, d(TODAY)).unwrap();
    assert_eq!(old.product.status, ProductStatus::Reclaimed);
    match desk.store.check_claimable(SERIAL) {
        Err(StoreError::Reclaimed(r)) => {
            assert_eq!(r.replaced_by.as_deref(), Some("1SSDH7R00N0001"));
            assert!(r.to_string().contains("1SSDH7R00N0001"), "{r}");
        }
        other => panic!("{other:?}"),
    }
    desk.store.check_claimable("1SSDH7R00N0001").unwrap();
}

on_both_backends!(
    an_approved_claim_in_flight_holds_the_last_replacement,
    two_intakes_racing_for_the_last_replacement_approve_exactly_one,
    an_overdue_claim_lapses_with_rep_ship_late_and_releases_its_replacement,
    an_overdue_warranty_claim_lapses_with_ew_ship_late,
    receiving_decides_again_with_the_day_the_parcel_was_shipped,
    parcels_are_kept_bounded_and_shown_in_the_timeline,
    work_queues_count_and_list_newest_first,
    fees_are_per_model_region_and_replacement_number,
    a_missing_fee_is_named_and_blocks_filing_until_a_supervisor_sets_it,
    typed_days_are_bounded_and_the_claim_id_has_the_filing_year,
    a_reclaimed_unit_is_refused_up_front_naming_its_replacement,
);
