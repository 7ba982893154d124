//! The Swift Service Center day (issue 14) on both backends: appointments
//! booked, edited, cancelled, marked no-show and checked in, with the claim
//! taken in linked; overlapping slots at one counter; the CSV import all or
//! nothing; every step in the audit log. The claim filed at check-in is
//! decided by the rules like any other (REP-PRIVACY refuses it when the
//! privacy policy is not accepted, and it is still linked). A booking names
//! the customer record of the same name and phone or email; check-in finds
//! or makes it, the claim filed there is theirs, and forgetting them blanks
//! their bookings — also those made before their record existed, which
//! name them (SPEC §6).

#[macro_use]
mod store_support;

use caredesk::desk::{
    AppointmentFields, AppointmentQuery, AppointmentStatus, Checklist, ClaimKind, ClaimStatus,
    CustomerFields, Intake, IntakeAttachments, StoreError,
};
use caredesk::media::photo::Photo;
use caredesk::rules::{RuleId, ServiceChannel, Term};
use chrono::NaiveDateTime;
use std::sync::Arc;
use store_support::{Backend, Desk, PIN, d, png, replacement, signature};

const SERIAL: &str = "1SSDH7R00A0001";
const OTHER: &str = "1SSDH7R00A0002";
const THIRD: &str = "1SSDH7R00A0003";

fn desk(b: Backend) -> Desk {
    let mut desk = Desk::on(b);
    desk.product(SERIAL, "DJI Mavic 3", "US", Term::OneYear, "2025-03-15");
    desk.product(OTHER, "DJI Mavic 3", "US", Term::OneYear, "2025-03-15");
    desk
}

fn booking(slot: &str, name: &str, serial: Option<&str>) -> AppointmentFields {
    AppointmentFields {
        day: d("2025-06-02"),
        slot: slot.into(),
        store: "Los Angeles SSC".into(),
        customer_name: name.into(),
        customer_phone: "+1 213 555 0100".into(),
        customer_email: String::new(),
        serial: serial.map(str::to_owned),
        case_reference: "SWS-0001".into(),
        case_text: "Fell into the sea".into(),
    }
}

/// What the counter records at intake: the checklist ticked, the damage described.
fn intake() -> Intake {
    Intake {
        customer: None,
        checklist: Checklist::complete(),
        description: "Fell into the sea at Santa Monica.".into(),
        confirm_incomplete: false,
    }
}

fn at(s: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").expect("test time")
}

fn audit_actions(desk: &Desk) -> Vec<String> {
    desk.store
        .audit_log(100)
        .expect("audit")
        .into_iter()
        .filter(|e| e.subject.starts_with("appointment:"))
        .map(|e| e.action)
        .collect()
}

fn overlapping_slots_at_one_counter_are_kept_in_time_order(b: Backend) {
    let desk = desk(b);
    let later = desk
        .store
        .add_appointment(desk.ssc, &booking("10:00", "Later", None))
        .unwrap();
    let first = desk
        .store
        .add_appointment(
            desk.ssc,
            &booking("9:30", "First", Some(" 1ssdh7r00a0001 ")),
        )
        .unwrap();
    // The same slot twice at the same counter: allowed (two clerks, a queue).
    let same = desk
        .store
        .add_appointment(desk.ssc, &booking("09:30", "Same slot", None))
        .unwrap();
    assert_eq!(first.fields.slot, "09:30", "slot normalized");
    assert_eq!(
        first.fields.serial.as_deref(),
        Some(SERIAL),
        "serial normalized"
    );
    assert_eq!(first.status, AppointmentStatus::Booked);
    let day = desk
        .store
        .counter_day(
            d("2025-06-02"),
            Some("Los Angeles SSC"),
            at("2025-06-02 09:45"),
        )
        .unwrap();
    let ids: Vec<i64> = day.appointments.iter().map(|s| s.appointment.id).collect();
    assert_eq!(ids, vec![first.id, same.id, later.id]);
    let late: Vec<bool> = day.appointments.iter().map(|s| s.late).collect();
    assert_eq!(late, vec![true, true, false], "09:30 is late at 09:45");
    assert_eq!(day.counts.total, 3);
    assert_eq!(day.counts.late, 2);
    assert_eq!(day.counts.waiting, 3);
    // Another counter's day is apart.
    let other = desk
        .store
        .counter_day(d("2025-06-02"), Some("Munich SSC"), at("2025-06-02 09:45"))
        .unwrap();
    assert!(other.appointments.is_empty());
}

fn a_bad_booking_is_refused_and_nothing_is_kept(b: Backend) {
    let desk = desk(b);
    for (f, words) in [
        (booking("25:00", "X", None), "time slot"),
        (
            AppointmentFields {
                store: " ".into(),
                ..booking("09:00", "X", None)
            },
            "store",
        ),
        (booking("09:00", "  ", None), "name"),
        (booking("09:00", "X", Some("no!")), "serial"),
    ] {
        match desk.store.add_appointment(desk.ssc, &f) {
            Err(StoreError::Invalid(m)) => assert!(m.contains(words), "{m}"),
            other => panic!("expected Invalid about {words}, got {other:?}"),
        }
    }
    assert!(
        desk.store
            .appointments(&AppointmentQuery::default())
            .unwrap()
            .is_empty()
    );
}

fn edit_cancel_and_no_show_are_audited_and_final(b: Backend) {
    let desk = desk(b);
    let a = desk
        .store
        .add_appointment(desk.ssc, &booking("09:00", "Ana", None))
        .unwrap();
    let edited = desk
        .store
        .edit_appointment(desk.ssc, a.id, &booking("11:15", "Ana María", Some(OTHER)))
        .unwrap();
    assert_eq!(edited.fields.slot, "11:15");
    assert_eq!(edited.fields.customer_name, "Ana María");
    assert_eq!(edited.fields.serial.as_deref(), Some(OTHER));
    let cancelled = desk
        .store
        .cancel_appointment(desk.ssc, a.id, "called")
        .unwrap();
    assert_eq!(cancelled.status, AppointmentStatus::Cancelled);
    // A cancelled appointment takes no other step.
    for r in [
        desk.store.cancel_appointment(desk.ssc, a.id, ""),
        desk.store.no_show_appointment(desk.ssc, a.id, ""),
        desk.store.check_in_appointment(desk.ssc, a.id, None),
        desk.store
            .edit_appointment(desk.ssc, a.id, &booking("12:00", "Ana", None)),
    ] {
        assert!(matches!(r, Err(StoreError::Invalid(m)) if m.contains("cancelled")));
    }
    let b2 = desk
        .store
        .add_appointment(desk.ssc, &booking("10:00", "Ben", None))
        .unwrap();
    let ns = desk.store.no_show_appointment(desk.ssc, b2.id, "").unwrap();
    assert_eq!(ns.status, AppointmentStatus::NoShow);
    let day = desk
        .store
        .counter_day(d("2025-06-02"), None, at("2025-06-02 18:00"))
        .unwrap();
    assert_eq!(
        (day.counts.cancelled, day.counts.no_show, day.counts.late),
        (1, 1, 0)
    );
    let mut actions = audit_actions(&desk);
    actions.sort();
    assert_eq!(
        actions,
        vec![
            "appointment_add",
            "appointment_add",
            "appointment_cancel",
            "appointment_edit",
            "appointment_no_show"
        ]
    );
    assert!(matches!(
        desk.store.cancel_appointment(desk.ssc, 9999, ""),
        Err(StoreError::NotFound(_))
    ));
}

fn check_in_links_the_claim_taken_in(b: Backend) {
    let desk = desk(b);
    let a = desk
        .store
        .add_appointment(desk.ssc, &booking("09:00", "Chen", None))
        .unwrap();
    // No serial booked, none scanned: it cannot be checked in.
    assert!(matches!(
        desk.store.check_in_appointment(desk.ssc, a.id, None),
        Err(StoreError::Invalid(m)) if m.contains("no serial")
    ));
    // A serial the store does not know: nothing changes.
    assert!(matches!(
        desk.store
            .check_in_appointment(desk.ssc, a.id, Some("1SUNKNOWN0001")),
        Err(StoreError::NotFound(_))
    ));
    assert_eq!(
        desk.store.appointment(a.id).unwrap().status,
        AppointmentStatus::Booked
    );
    let input = replacement("US", ServiceChannel::Ssc, "2025-06-02");
    // The photo and the signature taken at the counter are filed with it.
    let photo = Photo::read("case.png", png(64, 48)).unwrap();
    let attached = IntakeAttachments {
        photos: vec![Arc::new(photo)],
        signature: Some(signature()),
    };
    let claim = desk
        .store
        .file_claim_at_check_in_with(
            desk.ssc,
            a.id,
            SERIAL,
            ClaimKind::Replacement,
            &input,
            d("2025-06-02"),
            &intake(),
            &attached,
        )
        .unwrap();
    assert_eq!(claim.row.status, ClaimStatus::Approved);
    let photos = desk.store.photos(&claim.row.id).unwrap();
    assert_eq!(photos.len(), 1);
    assert_eq!(photos[0].name, "case.png");
    let signed = desk.store.signature(&claim.row.id).unwrap().unwrap();
    assert_eq!(signed.signature.unwrap().strokes.len(), 2);
    let a = desk.store.appointment(a.id).unwrap();
    assert_eq!(a.status, AppointmentStatus::CheckedIn);
    assert_eq!(a.fields.serial.as_deref(), Some(SERIAL));
    assert_eq!(a.claim_id.as_deref(), Some(claim.row.id.as_str()));
    assert!(a.checked_in_at.is_some());
    // Linked once.
    assert!(matches!(
        desk.store.link_appointment_claim(desk.ssc, a.id, &claim.row.id),
        Err(StoreError::Invalid(m)) if m.contains("already linked")
    ));
    let mut actions = audit_actions(&desk);
    actions.sort();
    assert_eq!(
        actions,
        vec![
            "appointment_add",
            "appointment_check_in",
            "appointment_link_claim"
        ]
    );
}

fn a_refused_claim_at_check_in_is_linked_too_and_a_failed_one_leaves_the_booking(b: Backend) {
    let desk = desk(b);
    let a = desk
        .store
        .add_appointment(desk.ssc, &booking("09:00", "Dae", Some(SERIAL)))
        .unwrap();
    // A claim on another serial than the one checked in is not linked.
    let checked = desk
        .store
        .check_in_appointment(desk.ssc, a.id, None)
        .unwrap();
    assert_eq!(checked.status, AppointmentStatus::CheckedIn);
    let input = replacement("US", ServiceChannel::Ssc, "2025-06-02");
    let other = desk
        .store
        .file_claim(
            desk.tech,
            OTHER,
            ClaimKind::Replacement,
            &input,
            d("2025-06-02"),
        )
        .unwrap();
    assert!(matches!(
        desk.store.link_appointment_claim(desk.ssc, a.id, &other.row.id),
        Err(StoreError::Invalid(m)) if m.contains(OTHER)
    ));
    // REP-PRIVACY: refused, but taken in and linked.
    let mut no_privacy = input.clone();
    no_privacy.privacy_accepted = false;
    let claim = desk
        .store
        .file_claim_at_check_in(
            desk.ssc,
            a.id,
            SERIAL,
            ClaimKind::Replacement,
            &no_privacy,
            d("2025-06-02"),
            &intake(),
        )
        .unwrap();
    assert_eq!(claim.row.status, ClaimStatus::Refused);
    assert!(claim.decision.failed.contains(&RuleId::RepPrivacy));
    assert_eq!(
        desk.store.appointment(a.id).unwrap().claim_id.as_deref(),
        Some(claim.row.id.as_str())
    );
    // A second appointment whose claim cannot be filed (unknown serial) is
    // left booked: the check-in and the claim are one transaction.
    let c = desk
        .store
        .add_appointment(desk.ssc, &booking("10:00", "Eun", Some("1SUNKNOWN0001")))
        .unwrap();
    assert!(
        desk.store
            .file_claim_at_check_in(
                desk.ssc,
                c.id,
                "1SUNKNOWN0001",
                ClaimKind::Replacement,
                &input,
                d("2025-06-02"),
                &intake(),
            )
            .is_err()
    );
    assert_eq!(
        desk.store.appointment(c.id).unwrap().status,
        AppointmentStatus::Booked
    );
}

fn import_is_all_or_nothing_and_a_bad_row_names_its_line(b: Backend) {
    let desk = desk(b);
    let good = "\u{feff}day,slot,store,customer_name,customer_phone,serial,case_reference,case_text\n\
        2025-06-02,09:00,Los Angeles SSC,Ana,+1 555,1SSDH7R00A0001,SWS-1,\"Gimbal, broken\"\n\
        2025-06-02,9:30,Los Angeles SSC,김민수,,,SWS-2,물에 빠짐\n";
    let bad = format!("{good}2025-06-31,10:00,Los Angeles SSC,Bad,,,SWS-3,\n");
    match desk.store.import_appointments_csv(desk.ssc, &bad) {
        Err(StoreError::Invalid(m)) => {
            assert!(m.starts_with("line 4:"), "{m}");
            assert!(m.contains("2025-06-31"), "{m}");
        }
        other => panic!("expected a line error, got {other:?}"),
    }
    let bad_slot = format!("{good}2025-06-02,noon,Los Angeles SSC,Bad,,,SWS-3,\n");
    assert!(matches!(
        desk.store.import_appointments_csv(desk.ssc, &bad_slot),
        Err(StoreError::Invalid(m)) if m.starts_with("line 4:") && m.contains("noon")
    ));
    assert!(matches!(
        desk.store.import_appointments_csv(desk.ssc, "day,slot,store,name\n"),
        Err(StoreError::Invalid(m)) if m.starts_with("line 1:")
    ));
    assert!(
        desk.store
            .appointments(&AppointmentQuery::default())
            .unwrap()
            .is_empty(),
        "nothing imported from a file with a bad row"
    );
    let list = desk.store.import_appointments_csv(desk.ssc, good).unwrap();
    assert_eq!(list.len(), 2);
    assert_eq!(list[0].fields.case_text, "Gimbal, broken");
    assert_eq!(list[1].fields.customer_name, "김민수");
    assert_eq!(list[1].fields.slot, "09:30");
    assert_eq!(list[1].fields.serial, None);
    let by_serial = desk
        .store
        .booked_for_serial("1ssdh7r00a0001", d("2025-06-02"))
        .unwrap()
        .expect("booked");
    assert_eq!(by_serial.id, list[0].id);
    let log = desk.store.audit_log(10).unwrap();
    assert_eq!(log[0].action, "appointment_import");
    assert_eq!(log[0].details["rows"], 2);
}

/// Mia, a customer the counter already knows.
fn mia(desk: &Desk) -> caredesk::desk::Customer {
    desk.store
        .add_customer(
            Some(desk.ssc),
            &CustomerFields {
                name: "Mia Booked".into(),
                phone: Some("+1 (213) 555-0100".into()),
                email: Some("mia@example.com".into()),
                address: None,
                lang: Some("en".into()),
                notes: None,
            },
        )
        .unwrap()
}

fn check_in_finds_or_makes_the_customer_and_files_the_claim_for_them(b: Backend) {
    let mut desk = desk(b);
    desk.product(THIRD, "DJI Mavic 3", "US", Term::OneYear, "2025-03-15");
    let mia = mia(&desk);
    let book = |f: AppointmentFields| desk.store.add_appointment(desk.ssc, &f).unwrap();
    // The same name (other case, spaces) and the same phone's digits.
    let a = book(booking("09:00", " mia booked ", Some(SERIAL)));
    assert_eq!(a.customer_id, Some(mia.id));
    // The same name and email, no phone.
    let by_email = book(AppointmentFields {
        customer_phone: String::new(),
        customer_email: "Mia@Example.com".into(),
        ..booking("09:15", "MIA BOOKED", None)
    });
    assert_eq!(by_email.customer_id, Some(mia.id));
    // The same name with another phone is not assumed to be her; nor is
    // another name on her phone.
    let other_phone = book(AppointmentFields {
        customer_phone: "+1 213 555 0199".into(),
        ..booking("09:30", "Mia Booked", None)
    });
    let namesake = book(booking("10:00", "Leo Booked", None));
    assert_eq!(
        (other_phone.customer_id, namesake.customer_id),
        (None, None)
    );

    // Check-in keeps the booking's record; the claim filed is hers, and
    // so is the product.
    let input = replacement("US", ServiceChannel::Ssc, "2025-06-02");
    let claim = desk
        .store
        .file_claim_at_check_in(
            desk.ssc,
            a.id,
            SERIAL,
            ClaimKind::Replacement,
            &input,
            d("2025-06-02"),
            &intake(),
        )
        .unwrap();
    assert_eq!(claim.visit.customer.as_ref().map(|c| c.id), Some(mia.id));
    let owned = |id: i64| -> Vec<String> {
        let detail = desk.store.customer_detail(id).unwrap();
        detail.products.into_iter().map(|p| p.serial).collect()
    };
    assert_eq!(owned(mia.id), [SERIAL]);
    // Her name with another phone, checked in with her product: the
    // product's owner of that name.
    let c = desk
        .store
        .check_in_appointment(desk.ssc, other_phone.id, Some(SERIAL))
        .unwrap();
    assert_eq!(c.customer_id, Some(mia.id));
    // Nobody matches Leo: a new record made from the booking, owning THIRD.
    let n = desk
        .store
        .check_in_appointment(desk.ssc, namesake.id, Some(THIRD))
        .unwrap();
    let leo = n.customer_id.expect("a record for Leo");
    assert_ne!(leo, mia.id);
    let record = desk.store.customer(leo).unwrap();
    assert_eq!(record.name.as_deref(), Some("Leo Booked"));
    assert_eq!(record.phone.as_deref(), Some("+1 213 555 0100"));
    assert_eq!(record.email, None);
    assert_eq!(owned(leo), [THIRD]);
    // The audit log names bookings and customers by number, never by
    // their personal data.
    for e in desk.store.audit_log(200).unwrap() {
        let details = e.details.to_string();
        for personal in ["Mia", "Leo", "555", "mia@", "Fell into"] {
            assert!(
                !details.contains(personal),
                "{} {}: {details}",
                e.action,
                e.subject
            );
        }
    }
}

fn forgetting_a_customer_blanks_their_bookings(b: Backend) {
    let desk = desk(b);
    // Booked before her record existed, never checked in: no record is
    // linked to it, yet it names her (her name and phone).
    let before = desk
        .store
        .add_appointment(desk.ssc, &booking("08:30", "Mia Booked", None))
        .unwrap();
    assert_eq!(before.customer_id, None);
    // A namesake with another phone is someone else.
    let mut other = booking("08:45", "Mia Booked", None);
    other.customer_phone = "+1 415 555 0199".into();
    let namesake = desk.store.add_appointment(desk.ssc, &other).unwrap();
    let mia = mia(&desk);
    let booked = desk
        .store
        .add_appointment(desk.ssc, &booking("09:00", "Mia Booked", Some(SERIAL)))
        .unwrap();
    let checked = desk
        .store
        .add_appointment(desk.ssc, &booking("09:30", "Mia Booked", Some(OTHER)))
        .unwrap();
    desk.store
        .check_in_appointment(desk.ssc, checked.id, None)
        .unwrap();
    let stranger = desk
        .store
        .add_appointment(desk.ssc, &booking("10:00", "Dae Kim", None))
        .unwrap();
    // What is held about her includes her bookings.
    let data = desk.store.customer_data(desk.sup, mia.id).unwrap();
    let ids: Vec<i64> = data.appointments.iter().map(|a| a.id).collect();
    assert_eq!(ids, [before.id, booked.id, checked.id]);
    let report = desk.store.forget_customer(desk.sup, PIN, mia.id).unwrap();
    assert_eq!(report.erased.appointments_erased, 3);
    for id in [before.id, booked.id, checked.id] {
        let a = desk.store.appointment(id).unwrap();
        assert!(a.erased_at.is_some());
        let f = &a.fields;
        assert_eq!(
            [
                &f.customer_name,
                &f.customer_phone,
                &f.customer_email,
                &f.case_text
            ],
            ["", "", "", ""].map(String::from).each_ref()
        );
        // What is not personal stays: the slot, the counter, the case number.
        assert_eq!(f.case_reference, "SWS-0001");
        assert_eq!(a.customer_id, Some(mia.id));
    }
    for (id, name) in [(stranger.id, "Dae Kim"), (namesake.id, "Mia Booked")] {
        let untouched = desk.store.appointment(id).unwrap();
        assert_eq!(untouched.fields.customer_name, name);
        assert!(untouched.erased_at.is_none());
        assert_eq!(untouched.customer_id, None);
    }
    // A forgotten customer's booking is not changed or checked in.
    for r in [
        desk.store.cancel_appointment(desk.ssc, booked.id, ""),
        desk.store.check_in_appointment(desk.ssc, booked.id, None),
    ] {
        assert!(
            matches!(&r, Err(StoreError::Invalid(m)) if m.contains("forgotten")),
            "{r:?}"
        );
    }
}

/// A fresh demo books a day at the counters (issue 14): six bookings today
/// and two tomorrow across the seven SSCs, names in their scripts, each but
/// one bringing a product of the demo that is in service, so scanning it
/// checks the booking in.
fn a_fresh_demo_books_a_day_at_the_counters(b: Backend) {
    let db = store_support::TestDb::new(b);
    let desk = db.open();
    let today = d(store_support::TODAY);
    let summary = desk.load_demo(300, today, &|_| true).unwrap();
    assert_eq!(summary.appointments, 8);
    let on = |day| {
        desk.appointments(&AppointmentQuery {
            day: Some(day),
            ..Default::default()
        })
        .unwrap()
    };
    let todays = on(today);
    let tomorrows = on(today.succ_opt().unwrap());
    assert_eq!((todays.len(), tomorrows.len()), (6, 2));
    let names: Vec<&str> = todays
        .iter()
        .map(|a| a.fields.customer_name.as_str())
        .collect();
    assert!(
        names.contains(&"陳大文") && names.contains(&"김민준"),
        "{names:?}"
    );
    let stores: std::collections::BTreeSet<&str> = (todays.iter().chain(&tomorrows))
        .map(|a| a.fields.store.as_str())
        .collect();
    assert_eq!(stores.len(), 7, "{stores:?}");
    assert!(todays.iter().all(|a| a.status == AppointmentStatus::Booked));
    assert_eq!(
        (todays.iter().chain(&tomorrows))
            .filter(|a| a.fields.serial.is_none())
            .count(),
        1
    );
    for a in &todays {
        let serial = a.fields.serial.as_deref().expect("brings a product");
        let l = desk.lookup(serial, today).unwrap();
        assert!(l.base.is_some(), "{serial}: a CR plan");
    }
    let clerk = desk
        .staff()
        .unwrap()
        .into_iter()
        .find(|s| s.name == "Sami SSC")
        .unwrap()
        .id;
    let first = &todays[0];
    let checked = desk.check_in_appointment(clerk, first.id, None).unwrap();
    assert_eq!(checked.status, AppointmentStatus::CheckedIn);
}

on_both_backends!(
    overlapping_slots_at_one_counter_are_kept_in_time_order,
    a_bad_booking_is_refused_and_nothing_is_kept,
    edit_cancel_and_no_show_are_audited_and_final,
    check_in_links_the_claim_taken_in,
    a_refused_claim_at_check_in_is_linked_too_and_a_failed_one_leaves_the_booking,
    import_is_all_or_nothing_and_a_bad_row_names_its_line,
    check_in_finds_or_makes_the_customer_and_files_the_claim_for_them,
    forgetting_a_customer_blanks_their_bookings,
    a_fresh_demo_books_a_day_at_the_counters,
);
