//! The SSC day in the window (issue 14), headless (egui_kittest) on a real
//! SQLite file: an SSC clerk starts on Today; scanning a booked serial
//! checks the customer in and opens claim intake pre-filled with the
//! customer and the product; the claim filed is linked to the appointment.
//! On an assessed online claim the replacement fee and the paid-repair
//! quote sit side by side; the customer's choice is recorded with who
//! recorded it. Rules covered: REP-PRIVACY (refuses until accepted).

use caredesk::desk::{
    AppointmentFields, AppointmentStatus, ChecklistItem, ClaimAction, ClaimKind, ClaimStatus,
    Desk as Store, RepairChoice, Role,
};
use caredesk::rules::{Cause, Part, Region, ServiceChannel};
use caredesk::ui::{CareDeskApp, Command, Panel};
use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use std::collections::BTreeMap;

mod ui_support;
use ui_support::{PIN, SERIAL, today};

/// Sid's PIN (an SSC clerk).
const SID_PIN: &str = "135790";

/// The counter (Ana, supervisor; the Mavic 3 under CR) and Sid, an SSC
/// clerk Ana added; returns the store, Sid's and Ana's ids.
fn store(dir: &tempfile::TempDir) -> (Store, i64, i64) {
    let store = ui_support::counter_store(dir.path(), "ssc.sqlite3");
    let ana = store.staff().unwrap()[0].id;
    let by = store.sign_in(ana, PIN).unwrap();
    let sid = store
        .add_staff(&by, "Sid Counter", Role::Ssc, SID_PIN)
        .unwrap();
    (store, sid.id, ana)
}

/// The window with `who` signed in.
fn window(store: &Store, who: i64, pin: &str, height: f32) -> Harness<'static, CareDeskApp> {
    let mut app = CareDeskApp::new_for_test(store.clone(), today());
    app.sign_in(who, pin).unwrap();
    let mut h = Harness::builder()
        .with_size([1280.0, height])
        // A grid that changes size (the claim's steps after a choice) takes
        // egui a few passes to settle.
        .with_max_steps(8)
        .build_ui_state(|ui, app: &mut CareDeskApp| app.ui(ui), app);
    h.run();
    h.run();
    h
}

fn booking(slot: &str, name: &str, serial: Option<&str>) -> AppointmentFields {
    AppointmentFields {
        day: today(),
        slot: slot.into(),
        store: "Los Angeles SSC".into(),
        customer_name: name.into(),
        customer_phone: "+1 213 555 0100".into(),
        customer_email: String::new(),
        serial: serial.map(str::to_owned),
        case_reference: "SWS-0009".into(),
        case_text: "Flew into a palm tree".into(),
    }
}

#[test]
fn an_ssc_clerk_starts_on_today_and_a_scan_checks_in_into_a_prefilled_intake() {
    let dir = tempfile::tempdir().unwrap();
    let (store, sid, _) = store(&dir);
    let booked = store
        .add_appointment(sid, &booking("09:00", "Mia Booked", Some(SERIAL)))
        .unwrap();
    store
        .add_appointment(sid, &booking("15:30", "Later Customer", None))
        .unwrap();
    let mut h = window(&store, sid, SID_PIN, 800.0);
    // An SSC clerk's day starts on Today: the day's appointments in time order.
    assert_eq!(h.state().state.panel, Panel::Today);
    h.get_by_label("Appointments on 2026-05-02");
    h.get_by_label("Mia Booked");
    h.get_by_label("Later Customer");
    // The test clock stands at noon: the 09:00 customer is late, the 15:30 one not.
    h.get_by_label("Late");
    h.get_by_label("1 late");
    h.get_by_label("2 still to come");

    // The scanner types the booked serial and presses Enter: checked in,
    // and claim intake opens on the product with the customer and case.
    let field = h.get_by_label("Serial");
    field.focus();
    field.type_text(&SERIAL.to_lowercase());
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(h.state().state.panel, Panel::Intake);
    assert_eq!(h.state().product.as_ref().unwrap().product.serial, SERIAL);
    assert_eq!(
        h.state().checking_in.as_ref().map(|a| a.id),
        Some(booked.id)
    );
    h.get_by_label_contains("Check-in: appointment");
    h.get_by_label("Customer: Mia Booked · +1 213 555 0100");
    h.get_by_label("Case SWS-0009: Flew into a palm tree");
    let checked = store.appointment(booked.id).unwrap();
    assert_eq!(checked.status, AppointmentStatus::CheckedIn);
    // Nobody of that name and phone was known: check-in made her record,
    // and the intake starts with it chosen and her case as the damage.
    let mia = checked.customer_id.expect("the customer's record");
    let intake = &h.state().panels.intake;
    assert_eq!(intake.customer.chosen_id(), Some(mia));
    assert_eq!(intake.description, "Flew into a palm tree");
    // The banner and the customer picker both name her.
    assert_eq!(
        h.get_all_by_label_contains("Mia Booked · +1 213 555 0100")
            .count(),
        2
    );

    // The form: a part, then the privacy policy (REP-PRIVACY until then),
    // and the intake checklist.
    h.get_by_label("Aircraft (product body)").click();
    h.run();
    h.get_by_label("REP-PRIVACY");
    for label in ["Accepted the DJI Privacy Policy"]
        .into_iter()
        .map(String::from)
        .chain(
            ChecklistItem::ALL
                .iter()
                .map(|i| i.text(caredesk::i18n::current())),
        )
    {
        h.get_by_label(&label).scroll_to_me();
        h.run();
        h.get_by_label(&label).click();
        h.run();
    }
    h.get_by_label("APPROVED");
    h.get_by_label_contains("File claim (approved)")
        .scroll_to_me();
    h.run();
    h.get_by_label_contains("File claim (approved)").click();
    h.run();
    assert_eq!(h.state().state.panel, Panel::Claims);
    let claim = h.state().panels.claims.open.as_ref().unwrap().row.clone();
    assert_eq!(claim.status, ClaimStatus::Approved);
    assert_eq!(
        claim.channel,
        ServiceChannel::Ssc,
        "intake's default at the counter"
    );
    let a = store.appointment(booked.id).unwrap();
    assert_eq!(a.claim_id.as_deref(), Some(claim.id.as_str()));
    assert!(h.state().checking_in.is_none());
    // The claim is hers, with the intake as taken.
    let filed = store.claim(&claim.id).unwrap();
    assert_eq!(filed.visit.customer.as_ref().map(|c| c.id), Some(mia));
    let kept = filed.visit.intake.expect("the intake record");
    assert!(kept.checklist_complete && !kept.incomplete_confirmed);
    assert_eq!(kept.description, "Flew into a palm tree");

    // Back on Today: checked in, with the claim.
    h.state_mut().push(Command::ShowPanel(Panel::Today));
    h.run();
    h.run();
    h.get_by_label("1 checked in");
    h.get_by_label(claim.id.as_str());
}

#[test]
fn check_in_without_a_booked_serial_needs_one_and_cancel_asks_first() {
    let dir = tempfile::tempdir().unwrap();
    let (store, sid, _) = store(&dir);
    let a = store
        .add_appointment(sid, &booking("16:00", "No Serial", None))
        .unwrap();
    let mut h = window(&store, sid, SID_PIN, 800.0);
    // No serial booked and none typed: "Check in" does nothing.
    h.get_by_label("Check in").click();
    h.run();
    assert_eq!(
        store.appointment(a.id).unwrap().status,
        AppointmentStatus::Booked
    );
    assert_eq!(h.state().state.panel, Panel::Today);
    // Cancel (under "More…") asks first; "Cancel the appointment" confirms.
    h.get_by_label("More…").click();
    h.run();
    h.get_by_label("Cancel…").click();
    h.run();
    h.get_by_label("Cancel the appointment?");
    h.get_by_label("Cancel the appointment").click();
    h.run();
    h.run();
    assert_eq!(
        store.appointment(a.id).unwrap().status,
        AppointmentStatus::Cancelled
    );
    h.get_by_label("1 cancelled");
}

/// An online replacement claim on SERIAL, assessed.
fn assessed_online(store: &Store, actor: i64) -> String {
    let input = caredesk::desk::ClaimInput {
        service_region: Region::parse_shape("US").unwrap(),
        channel: ServiceChannel::Online,
        cause: Cause::Collision,
        parts: BTreeMap::from([(Part::Aircraft, 1)]),
        exclusions: vec![],
        submitted: today(),
        shipped: Some(today()),
        accepts_transregional_fees: false,
        manufacturing_defect_before_plus: false,
        privacy_accepted: true,
    };
    let id = store
        .file_claim(actor, SERIAL, ClaimKind::Replacement, &input, today())
        .unwrap()
        .row
        .id;
    for a in [
        ClaimAction::AwaitProduct,
        ClaimAction::Receive { shipped: None },
        ClaimAction::Assess,
    ] {
        store.advance_claim(actor, &id, a, "").unwrap();
    }
    id
}

#[test]
fn the_claim_shows_fee_and_quote_side_by_side_and_records_the_choice() {
    let dir = tempfile::tempdir().unwrap();
    let (store, sid, ana) = store(&dir);
    let id = assessed_online(&store, sid);
    // A tall window: the claim detail shows the steps, the comparison, the
    // quote form and the timeline without scrolling.
    let mut h = window(&store, ana, PIN, 1600.0);
    h.state_mut().push(Command::OpenClaim(id.clone()));
    h.run();
    h.run();
    h.get_by_label("Replacement or paid repair");
    h.get_by_label("not quoted yet");
    // The old one-click paid repair is gone: it is chosen beside its quote.
    assert!(h.query_by_label("Customer chose paid repair").is_none());
    for (field, text) in [("Amount:", "149.5"), ("Covers:", "front arm, motor")] {
        h.get_by_label(field).click();
        h.run();
        h.get_by_label(field).type_text(text);
        h.run();
    }
    h.get_by_label("Record the quote").click();
    h.run();
    h.run();
    // The quote in the customer's money format, beside the fee.
    let quoted = caredesk::i18n::money(
        caredesk::i18n::current(),
        &caredesk::desk::Money {
            cents: 14_950,
            currency: "USD".into(),
        },
    );
    assert!(quoted.contains("149.50"), "{quoted}");
    h.get_by_label(&quoted);
    h.get_by_label("Covers: front arm, motor");
    h.get_by_label_contains("Quoted by Ana Supervisor");
    // What each leaves: this replacement leaves 1 of 2, the repair keeps 2.
    h.get_by_label("Replacements left after");
    h.get_by_label("1");
    h.get_by_label("2");
    h.get_by_label("Customer chose the paid repair").click();
    h.run();
    h.get_by_label("Paid repair?");
    h.get_by_label("Record the paid repair").click();
    h.run();
    h.run();
    let offer = store.repair_offer(&id, today()).unwrap();
    let q = offer.quote.unwrap();
    assert_eq!(q.choice, Some(RepairChoice::PaidRepair));
    assert_eq!(q.choice_by.as_deref(), Some("Ana Supervisor"));
    assert_eq!(offer.status, ClaimStatus::PaidRepair);
    h.get_by_label_contains("The customer chose: Paid repair (recorded by Ana Supervisor");
}
