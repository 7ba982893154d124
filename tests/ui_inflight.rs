//! Claims in flight in the window (SPEC §6), headless (egui_kittest, no
//! GPU), on a real temp SQLite database: the Claims panel's work queues with
//! their counts, deadlines and days left, lapsing an overdue claim
//! (REP-SHIP-LATE), receiving with the day the parcel was shipped (decided
//! again), parcels on the claim and in its timeline, the replacement's
//! serial checked before it ships, a reclaimed unit refused up front naming
//! its replacement, and a missing fee said to be missing until a supervisor
//! sets it.

mod ui_support;
use caredesk::catalog::Catalog;
use caredesk::desk::{
    ClaimAction, ClaimInput, ClaimKind, ClaimStatus, Desk as Store, NewBasePlan, NewProduct,
};
use caredesk::rules::{Cause, Part, Region, SalesChannel, ServiceChannel, Term};
use caredesk::ui::{CareDeskApp, Command, Panel};
use chrono::NaiveDate;
use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use std::collections::BTreeMap;
use std::sync::Arc;

const PIN: &str = "246802";

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
}

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

struct Fixture {
    _dir: tempfile::TempDir,
    path: std::path::PathBuf,
    store: Store,
    sup: i64,
}

/// A store with a supervisor and `serials` (US Mavic 3, CR from 2026-03-01).
fn fixture(serials: &[&str]) -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("inflight.sqlite3");
    let store = Store::open_or_create_path(&path, Arc::new(Catalog::builtin().unwrap()))
        .unwrap()
        .with_today(today());
    let sup = store.set_up_real("Ana Supervisor", PIN).unwrap().id();
    let us = Region::parse_shape("US").unwrap();
    for serial in serials {
        store
            .register_product(
                sup,
                &NewProduct {
                    serial: (*serial).into(),
                    model: "DJI Mavic 3".into(),
                    channel: SalesChannel::Official,
                    region: us,
                    base_plan: Some(NewBasePlan {
                        term: Term::OneYear,
                        region: us,
                        starts: d("2026-03-01"),
                        ends: d("2027-03-01"),
                        replacements_total: 2,
                        replacements_used: 0,
                    }),
                },
            )
            .unwrap();
    }
    Fixture {
        _dir: dir,
        path,
        store,
        sup,
    }
}

fn claim(channel: ServiceChannel, submitted: &str, shipped: Option<&str>) -> ClaimInput {
    ClaimInput {
        service_region: Region::parse_shape("US").unwrap(),
        channel,
        cause: Cause::Collision,
        parts: BTreeMap::from([(Part::Aircraft, 1)]),
        exclusions: vec![],
        submitted: d(submitted),
        shipped: shipped.map(d),
        accepts_transregional_fees: false,
        manufacturing_defect_before_plus: false,
        privacy_accepted: true,
    }
}

impl Fixture {
    fn file(&self, serial: &str, input: ClaimInput, steps: &[ClaimAction]) -> String {
        let id = self
            .store
            .file_claim(
                self.sup,
                serial,
                ClaimKind::Replacement,
                &input,
                input.submitted,
            )
            .unwrap()
            .row
            .id;
        for s in steps {
            self.store
                .advance_claim(self.sup, &id, s.clone(), "")
                .unwrap();
        }
        id
    }

    /// The window on this database, the supervisor working.
    fn window(&self) -> Harness<'static, CareDeskApp> {
        self.window_sized(1366.0, 768.0)
    }

    fn window_sized(&self, width: f32, height: f32) -> Harness<'static, CareDeskApp> {
        let store = Store::open_path(&self.path, Arc::new(Catalog::builtin().unwrap())).unwrap();
        let mut app = CareDeskApp::new_for_test(store, today());
        app.sign_in(self.sup, PIN).unwrap();
        let mut h = Harness::builder()
            .with_size([width, height])
            .with_context_setup(ui_support::workstation_fonts)
            .build_ui_state(|ui, app: &mut CareDeskApp| app.ui(ui), app);
        h.run();
        h
    }
}

/// Whether a widget takes clicks (not greyed out).
fn enabled(node: &egui_kittest::Node<'_>) -> bool {
    !node.accesskit_node().is_disabled()
}

fn open_detail(h: &Harness<'static, CareDeskApp>) -> caredesk::desk::ClaimDetail {
    h.state()
        .panels
        .claims
        .open
        .clone()
        .expect("a claim is open")
}

/// Types into a field found by its label (clicked first, its text replaced).
fn type_into(h: &mut Harness<'static, CareDeskApp>, label: &str, text: &str) {
    h.get_by_label(label).click();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::A);
    h.get_by_label(label).type_text(text);
    h.run();
}

#[test]
fn work_queue_counts_days_left_and_lapse_with_rep_ship_late() {
    let f = fixture(&["1SSDH7R00U0001", "1SSDH7R00U0002", "1SSDH7R00U0003"]);
    let overdue = f.file(
        "1SSDH7R00U0001",
        claim(ServiceChannel::Online, "2026-11-10", None),
        &[ClaimAction::AwaitProduct],
    );
    let awaiting = f.file(
        "1SSDH7R00U0002",
        claim(ServiceChannel::Online, "2026-11-23", None),
        &[ClaimAction::AwaitProduct],
    );
    let received = f.file(
        "1SSDH7R00U0003",
        claim(ServiceChannel::Online, "2026-11-20", Some("2026-11-21")),
        &[
            ClaimAction::AwaitProduct,
            ClaimAction::Receive { shipped: None },
        ],
    );
    let mut h = f.window();
    h.state_mut().push(Command::ShowPanel(Panel::Claims));
    h.run();
    h.run();
    // Every queue with its count; newest first in "All claims".
    h.get_by_label("Overdue (1)");
    h.get_by_label("Awaiting product (1)");
    h.get_by_label("Received (1)");
    h.get_by_label("Ready to ship (0)");
    h.get_by_label("All open (3)");
    let claims = &h.state().panels.claims;
    assert_eq!(claims.rows.total, Some(3));
    assert_eq!(claims.row(0).unwrap().id, received, "newest first");
    assert_eq!(claims.row(2).unwrap().id, overdue);
    // Days left and days late, in the table.
    h.get_by_label("8 days late");
    h.get_by_label("5 days left");

    h.get_by_label("Awaiting product (1)").click();
    h.run();
    h.run();
    assert_eq!(h.state().panels.claims.rows.total, Some(1));
    assert_eq!(h.state().panels.claims.row(0).unwrap().id, awaiting);

    h.get_by_label("Overdue (1)").click();
    h.run();
    h.run();
    assert_eq!(h.state().panels.claims.rows.total, Some(1));
    h.get_by_label(overdue.as_str()).click();
    h.run();
    let c = open_detail(&h);
    assert_eq!(c.row.id, overdue);
    h.get_by_label("Ship by 2026-11-17");
    h.get_by_label("overdue: 8 days late");
    // Lapse, confirmed first.
    h.get_by_label("Lapse (not shipped in time)").click();
    h.run();
    h.get_by_label("Lapse the claim");
    h.get_by_label("Lapse claim").click();
    h.run();
    h.run();
    let c = open_detail(&h);
    assert_eq!(c.row.status, ClaimStatus::Closed);
    assert_eq!(c.row.rules, vec!["REP-SHIP-LATE".to_owned()]);
    h.get_by_label("Overdue (0)");
    h.get_by_label("All open (2)");
    assert_eq!(h.state().panels.claims.rows.total, Some(0));
}

#[test]
fn receiving_asks_the_shipped_day_and_decides_again() {
    let f = fixture(&["1SSDH7R00R0001", "1SSDH7R00R0002"]);
    let in_time = f.file(
        "1SSDH7R00R0001",
        claim(ServiceChannel::Online, "2026-11-20", None),
        &[ClaimAction::AwaitProduct],
    );
    let late = f.file(
        "1SSDH7R00R0002",
        claim(ServiceChannel::Express, "2026-11-20", None),
        &[ClaimAction::AwaitProduct],
    );
    let mut h = f.window();
    h.state_mut().push(Command::OpenClaim(in_time.clone()));
    h.run();
    h.get_by_label("The customer's parcel arrived");
    // No day yet: the step waits for it.
    assert!(
        !enabled(&h.get_by_label("Product received")),
        "receive needs the shipped day"
    );
    type_into(&mut h, "Shipped on (from its tracking):", "2026-11-24");
    h.get_by_label("Product received").click();
    h.run();
    let c = open_detail(&h);
    assert_eq!(c.row.status, ClaimStatus::Received);
    assert_eq!(c.row.shipped_on, Some(d("2026-11-24")));

    // Express: due 2026-11-23; shipped 2026-11-24 is late — asked first,
    // then refused on receipt with REP-SHIP-LATE.
    h.state_mut().push(Command::OpenClaim(late.clone()));
    h.run();
    type_into(&mut h, "Shipped on (from its tracking):", "2026-11-24");
    h.get_by_label("Product received").click();
    h.run();
    h.get_by_label("Shipped after the deadline");
    h.get_by_label("Receive and decide again").click();
    h.run();
    let c = open_detail(&h);
    assert_eq!(c.row.status, ClaimStatus::Refused);
    assert!(
        c.row.rules.contains(&"REP-SHIP-LATE".to_owned()),
        "{:?}",
        c.row.rules
    );
}

#[test]
fn parcels_are_recorded_on_the_claim_and_in_its_timeline() {
    let f = fixture(&["1SSDH7R00P0001"]);
    let id = f.file(
        "1SSDH7R00P0001",
        claim(ServiceChannel::Online, "2026-11-20", None),
        &[ClaimAction::AwaitProduct],
    );
    // Tall enough that the parcel form is in view without scrolling.
    let mut h = f.window_sized(1366.0, 1400.0);
    h.state_mut().push(Command::OpenClaim(id.clone()));
    h.run();
    h.get_by_label("No parcel recorded yet.");
    h.get_by_label("Record a parcel").click();
    h.run();
    assert!(!enabled(&h.get_by_label("Add parcel")));
    type_into(&mut h, "Carrier:", "UPS");
    type_into(&mut h, "Tracking number:", "1z 999 aa1");
    type_into(&mut h, "Shipped on:", "2026-11-30");
    h.get_by_label("Add parcel").click();
    h.run();
    // A day in the future is refused in plain words; nothing recorded.
    assert!(h.state().message.as_ref().unwrap().error);
    assert!(open_detail(&h).parcels.is_empty());
    type_into(&mut h, "Shipped on:", "2026-11-22");
    h.get_by_label("Add parcel").click();
    h.run();
    let c = open_detail(&h);
    assert_eq!(c.parcels.len(), 1);
    assert_eq!(c.parcels[0].tracking, "1Z999AA1");
    h.get_by_label("UPS 1Z999AA1");
    // In the parcel's row, and as the claim's deadline (shipped in time).
    assert_eq!(h.get_all_by_label("shipped 2026-11-22").count(), 2);
    assert!(c.events.iter().any(|e| e.note.contains("1Z999AA1")));
    // The form starts afresh; the receive form has the parcel's day.
    assert_eq!(h.state().panels.claims.step.parcel.tracking, "");
    assert_eq!(h.state().panels.claims.step.shipped, "");
    h.state_mut().push(Command::OpenClaim(id));
    h.run();
    assert_eq!(h.state().panels.claims.step.shipped, "2026-11-22");
}

#[test]
fn the_replacement_serial_is_scanned_and_checked_before_it_ships() {
    let f = fixture(&["1SSDH7R00S0001", "1SSDH7R00S0002"]);
    let id = f.file(
        "1SSDH7R00S0001",
        claim(ServiceChannel::Express, "2026-11-22", Some("2026-11-22")),
        &[
            ClaimAction::AwaitProduct,
            ClaimAction::Receive { shipped: None },
        ],
    );
    let mut h = f.window();
    h.state_mut().push(Command::OpenClaim(id.clone()));
    h.run();
    assert!(!enabled(&h.get_by_label("Ship replacement…")));
    // A serial the store knows is refused, said beside the field.
    type_into(&mut h, "New unit serial:", "1SSDH7R00S0002");
    h.key_press(Key::Enter);
    h.run();
    h.run();
    h.get_by_label_contains("1SSDH7R00S0002 is already known to CareDesk");
    assert!(!enabled(&h.get_by_label("Ship replacement…")));
    // A new serial: checked, shown, then shipped after confirmation.
    type_into(&mut h, "New unit serial:", "1SSDH7R00S0009");
    h.get_by_label("Check").click();
    h.run();
    h.run();
    h.get_by_label("1SSDH7R00S0009 ships as a DJI Mavic 3 and replaces 1SSDH7R00S0001.");
    h.get_by_label("Ship replacement…").click();
    h.run();
    h.get_by_label("Complete the replacement");
    h.get_by_label("Ship replacement").click();
    h.run();
    let c = open_detail(&h);
    assert_eq!(c.row.status, ClaimStatus::ReplacementShipped);
    assert_eq!(c.row.replacement_serial.as_deref(), Some("1SSDH7R00S0009"));

    // The old unit is refused up front at intake, naming its replacement.
    h.state_mut()
        .push(Command::OpenProduct("1SSDH7R00S0001".into()));
    h.state_mut().push(Command::ShowPanel(Panel::Intake));
    h.run();
    h.run();
    h.get_by_label_contains("it was replaced by 1SSDH7R00S0009");
    assert!(
        h.query_by_label_contains("File claim").is_none(),
        "no form to fill"
    );
    h.get_by_label("Open 1SSDH7R00S0009").click();
    h.run();
    assert_eq!(
        h.state().product.as_ref().unwrap().product.serial,
        "1SSDH7R00S0009"
    );
}

#[test]
fn a_missing_fee_is_said_and_a_supervisor_sets_it_before_filing() {
    let f = fixture(&["1SSDH7R00F0001"]);
    rusqlite::Connection::open(&f.path)
        .unwrap()
        .execute(
            "DELETE FROM fee_schedule WHERE model = 'DJI Mavic 3' AND region = 'US' AND replacement_number = 1",
            [],
        )
        .unwrap();
    let mut h = f.window();
    h.state_mut()
        .push(Command::OpenProduct("1SSDH7R00F0001".into()));
    h.run();
    h.state_mut().push(Command::ShowPanel(Panel::Intake));
    h.run();
    {
        let intake = &mut h.state_mut().panels.intake;
        intake.quantities[Part::Aircraft.index()] = 1;
        intake.privacy_accepted = true;
        intake.channel = ServiceChannel::Online;
    }
    h.run();
    h.run();
    h.get_by_label("APPROVED");
    h.get_by_label_contains("No replacement fee for DJI Mavic 3 in US, replacement no. 1");
    assert!(
        !enabled(&h.get_by_label_contains("File claim (approved)")),
        "not filed until the fee is set"
    );
    type_into(&mut h, "Fee in US:", "175");
    h.get_by_label("Set fee… (PIN)").click();
    h.run();
    h.get_by_label("Supervisor PIN");
    h.get_by_label("PIN:").type_text(PIN);
    h.key_press(Key::Enter);
    h.run();
    h.run();
    h.run();
    assert!(h.query_by_label_contains("No replacement fee").is_none());
    h.get_by_label("Replacement fee: $175.00 (replacement no. 1)");
    h.get_by_label_contains("File claim (approved)").click();
    h.run();
    // Nothing of the intake checklist is ticked: the window asks first.
    h.get_by_label("File anyway").click();
    h.run();
    let c = open_detail(&h);
    assert!(c.row.approved);
    assert_eq!(c.row.fee.as_ref().map(|m| m.cents), Some(17_500));
}
