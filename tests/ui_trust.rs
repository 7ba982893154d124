//! Issue 15 in the window (egui_kittest, headless, a real SQLite file):
//! nobody works without their PIN — at start, when switching person and
//! after the idle lock; five wrong PINs lock that person; a technician
//! cannot act as a supervisor without the supervisor's own PIN; a demo
//! database says DEMO DATA; a new database makes its first supervisor;
//! Export without a native file dialog opens CareDesk's own save dialog.

#[macro_use]
#[allow(unused_macros)]
mod store_support;

mod ui_support;
use caredesk::catalog::Catalog;
use caredesk::desk::{DatabaseKind, Desk as Store, Money, Role};
use caredesk::report::ExportFormat;
use caredesk::report::job::ExportContent;
use caredesk::ui::command::{PinAction, StaffAction};
use caredesk::ui::{CareDeskApp, Command, Panel};
use chrono::NaiveDate;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use std::sync::Arc;
use std::time::{Duration, Instant};
use store_support::{Desk, PIN, SSC_PIN, TECH_PIN};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
}

fn harness(store: Store) -> Harness<'static, CareDeskApp> {
    let app = CareDeskApp::new_for_test(store, today());
    let mut h = Harness::builder()
        .with_size([1280.0, 800.0])
        .with_context_setup(ui_support::workstation_fonts)
        .build_ui_state(|ui, app: &mut CareDeskApp| app.ui(ui), app);
    h.run();
    h
}

/// Chooses `who` in the sign-in dialog, types `pin`, presses Enter.
fn sign_in(h: &mut Harness<'static, CareDeskApp>, who: &str, pin: &str) {
    h.get_by_label(who).click();
    h.run();
    h.get_by_label("Your PIN:").type_text(pin);
    h.key_press(Key::Enter);
    h.run();
}

fn signed_in(h: &Harness<'static, CareDeskApp>) -> Option<String> {
    h.state().current_staff().map(|s| s.name.clone())
}

#[test]
fn the_window_asks_for_a_pin_at_start_and_five_wrong_ones_lock_that_person() {
    let desk = Desk::new();
    let mut h = harness(desk.store.clone());
    // Nobody is signed in; the dialog asks, and every action waits.
    h.get_by_label("Who is working?");
    assert!(h.state().is_locked());
    assert_eq!(signed_in(&h), None);

    // Wrong PINs: refused in the dialog with what is left before the lock.
    sign_in(&mut h, "Tess Tech — Technician", "000000");
    assert_eq!(signed_in(&h), None);
    h.get_by_label_contains("wrong PIN for Tess Tech (4 more wrong PIN(s)");
    for _ in 0..4 {
        h.get_by_label("Your PIN:").type_text("999999");
        h.key_press(Key::Enter);
        h.run();
    }
    h.get_by_label_contains("Tess Tech is locked after 5 wrong PINs");
    // Locked: even the right PIN is refused now (kept in the database).
    h.get_by_label("Your PIN:").type_text(TECH_PIN);
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(signed_in(&h), None);
    let tess = desk.store.staff_by_name("Tess Tech").unwrap();
    assert!(tess.locked_until.is_some(), "the lock is in the database");
    let audit = desk.store.audit_log(50).unwrap();
    assert!(audit.iter().any(|a| a.action == "staff_locked"));
    assert_eq!(
        audit.iter().filter(|a| a.action == "wrong_pin").count(),
        5,
        "every wrong PIN is audited"
    );

    // Someone else signs in with their own PIN.
    sign_in(&mut h, "Sid SSC — SSC clerk", SSC_PIN);
    assert_eq!(signed_in(&h).as_deref(), Some("Sid SSC"));
    h.get_by_label("Sid SSC (SSC clerk)");
}

#[test]
fn switching_person_asks_for_the_new_persons_pin() {
    let desk = Desk::new();
    let mut h = harness(desk.store.clone());
    sign_in(&mut h, "Tess Tech — Technician", TECH_PIN);
    assert_eq!(signed_in(&h).as_deref(), Some("Tess Tech"));

    // Settings: a click on another name signs Tess out and asks Sid's PIN.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num7);
    h.run();
    assert_eq!(h.state().state.panel, Panel::Settings);
    h.get_all_by_label("Sid SSC — SSC clerk")
        .next()
        .unwrap()
        .click();
    h.run();
    assert_eq!(signed_in(&h), None, "nobody acts until Sid's PIN is typed");
    h.get_by_label("Who is working?");
    // Tess's PIN does not sign Sid in.
    h.get_by_label("Your PIN:").type_text(TECH_PIN);
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(signed_in(&h), None);
    h.get_by_label_contains("wrong PIN for Sid SSC");
    h.get_by_label("Your PIN:").type_text(SSC_PIN);
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(signed_in(&h).as_deref(), Some("Sid SSC"));
}

#[test]
fn the_window_locks_when_idle_and_the_same_pin_opens_it_with_the_work_kept() {
    let desk = Desk::new();
    let mut h = harness(desk.store.clone());
    sign_in(&mut h, "Tess Tech — Technician", TECH_PIN);
    // Something typed, not yet sent.
    h.get_by_label("Serial").type_text("1SSDH7R0");
    h.run();

    // Not yet: 9 minutes without input (the default lock is 10).
    let later = |m: u64| Instant::now() + Duration::from_secs(60 * m);
    assert!(!h.state_mut().check_idle(later(9)));
    assert!(h.state_mut().check_idle(later(11)));
    h.run();
    assert!(h.state().is_locked());
    h.get_by_label("Who is working?");
    h.get_by_label_contains("Locked after 10 minutes without use");
    assert_eq!(h.state().serial_input, "1SSDH7R0", "what was typed stays");
    // Tess is offered; her PIN alone opens the window again.
    h.get_by_label("Your PIN:").type_text(TECH_PIN);
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(signed_in(&h).as_deref(), Some("Tess Tech"));

    // Ctrl+Shift+L locks at once.
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::L);
    h.run();
    assert!(h.state().is_locked());
    h.get_by_label("Your PIN:").type_text(TECH_PIN);
    h.key_press(Key::Enter);
    h.run();

    // A supervisor sets the idle lock in Settings (0: never), with their PIN.
    h.state_mut()
        .push(Command::AskPin(PinAction::Staff(StaffAction::SetIdleLock(
            0,
        ))));
    h.run();
    h.get_by_label("Supervisor PIN");
    h.get_by_label("PIN:").type_text(PIN);
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(desk.store.idle_lock_minutes().unwrap(), 0);
    assert!(!h.state_mut().check_idle(later(600)), "0 never locks");
}

#[test]
fn a_technician_cannot_act_as_a_supervisor_without_the_supervisors_pin() {
    let desk = Desk::new();
    let fee = desk.store.fee_schedule().unwrap()[0].clone();
    let mut h = harness(desk.store.clone());
    sign_in(&mut h, "Tess Tech — Technician", TECH_PIN);
    let new_amount = Money {
        cents: fee.amount.cents + 100,
        currency: fee.amount.currency.clone(),
    };
    h.state_mut().push(Command::AskPin(PinAction::SetFee {
        model: fee.model.clone(),
        region: fee.region,
        replacement_number: fee.replacement_number,
        amount: new_amount.clone(),
    }));
    h.run();
    h.get_by_label("Supervisor PIN");
    h.get_by_label_contains("This needs a supervisor");
    // Tess's own PIN is not a supervisor's.
    h.get_by_label("PIN:").type_text(TECH_PIN);
    h.key_press(Key::Enter);
    h.run();
    h.get_by_label_contains("wrong PIN for Sue Supervisor");
    let unchanged = desk.store.fee_schedule().unwrap()[0].clone();
    assert_eq!(unchanged.amount, fee.amount, "nothing changed");
    // The supervisor types theirs: done, recorded under the supervisor.
    h.get_by_label("PIN:").type_text(PIN);
    h.key_press(Key::Enter);
    h.run();
    let msg = h.state().message.clone().unwrap();
    assert!(!msg.error, "{}", msg.text);
    let now = desk.store.fee_schedule().unwrap()[0].clone();
    assert_eq!(now.amount, new_amount);
    // Tess is still the one signed in.
    assert_eq!(signed_in(&h).as_deref(), Some("Tess Tech"));

    // Adding staff from Settings asks a supervisor's PIN too.
    h.state_mut().push(Command::AddStaff {
        name: "Eve".into(),
        role: Role::Supervisor,
        pin: "000000".into(),
    });
    h.run();
    h.get_by_label("Supervisor PIN");
    h.key_press(Key::Escape);
    h.run();
    assert!(desk.store.staff_by_name("Eve").is_err(), "nobody added");
}

#[test]
fn a_demo_database_says_demo_data_and_a_real_one_does_not() {
    let dir = tempfile::tempdir().unwrap();
    let catalog = Arc::new(Catalog::builtin().unwrap());
    let demo = Store::open_or_create_path(&dir.path().join("demo.sqlite3"), catalog).unwrap();
    demo.load_demo(20, today(), &|_| true).unwrap();
    let h = harness(demo);
    h.get_by_label_contains("DEMO DATA");

    let real = Desk::new();
    let h = harness(real.store.clone());
    assert!(h.query_by_label_contains("DEMO DATA").is_none());
}

#[test]
fn a_new_database_makes_its_first_supervisor_in_the_window() {
    let dir = tempfile::tempdir().unwrap();
    let catalog = Arc::new(Catalog::builtin().unwrap());
    let store = Store::open_or_create_path(&dir.path().join("new.sqlite3"), catalog).unwrap();
    let mut h = harness(store.clone());
    h.get_by_label("A new database");
    let type_into = |h: &mut Harness<'static, CareDeskApp>, field: &str, text: &str| {
        h.get_by_label(field).click();
        h.run();
        h.key_press_modifiers(Modifiers::COMMAND, Key::A);
        h.get_by_label(field).type_text(text);
        h.run();
    };
    type_into(&mut h, "Name:", "Mina Supervisor");
    type_into(&mut h, "PIN:", "24681357");
    type_into(&mut h, "PIN again:", "24681358");
    h.get_by_label("Make the first supervisor").click();
    h.run();
    h.get_by_label_contains("The two PINs differ");
    assert!(store.staff().unwrap().is_empty());
    type_into(&mut h, "PIN:", "24681357");
    type_into(&mut h, "PIN again:", "24681357");
    h.get_by_label("Make the first supervisor").click();
    h.run();
    assert_eq!(signed_in(&h).as_deref(), Some("Mina Supervisor"));
    assert_eq!(store.kind().unwrap(), DatabaseKind::Real);
    // A second start asks for her PIN like everyone's.
    let h = harness(store);
    h.get_by_label("Who is working?");
}

#[cfg(unix)]
#[test]
fn export_without_a_native_dialog_opens_caredesks_own_save_dialog() {
    use std::os::unix::fs::PermissionsExt;
    let desk = Desk::new();
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(desk.store.clone());
    sign_in(&mut h, "Sid SSC — SSC clerk", SSC_PIN);
    let content = ExportContent::Expiring { within_days: 90 };
    h.state_mut().push(Command::PickExportFile {
        content: content.clone(),
        format: ExportFormat::Csv,
    });
    h.run();
    // Never nothing: the app's own dialog, with a file name suggested.
    h.get_by_label("Save the CSV export");
    let missing = dir.path().join("no-such-folder");
    h.get_by_label("Folder:").click();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.get_by_label("Folder:")
        .type_text(missing.to_str().unwrap());
    h.run();
    h.get_by_label("Save").click();
    h.run();
    h.get_by_label_contains("There is no folder");
    h.get_by_label("Folder:").click();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.get_by_label("Folder:")
        .type_text(dir.path().to_str().unwrap());
    h.get_by_label("File name:").click();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.get_by_label("File name:").type_text("expiring");
    h.run();
    h.get_by_label("Save").click();
    h.run();
    let ctx = h.ctx.clone();
    h.state_mut().wait_for_job(&ctx);
    h.run();
    let msg = h.state().message.clone().unwrap();
    assert!(!msg.error, "{}", msg.text);
    let file = dir.path().join("expiring.csv");
    assert!(file.is_file(), "the extension is added");
    let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "personal data: owner only");

    // The same name again: not replaced unless ticked.
    h.state_mut().push(Command::PickExportFile {
        content,
        format: ExportFormat::Csv,
    });
    h.run();
    h.get_by_label("Folder:").click();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.get_by_label("Folder:")
        .type_text(dir.path().to_str().unwrap());
    h.get_by_label("File name:").click();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.get_by_label("File name:").type_text("expiring.csv");
    h.run();
    h.get_by_label("Save").click();
    h.run();
    h.get_by_label_contains("expiring.csv exists there");
    // Cancel says so: nothing happens silently.
    h.get_by_label("Cancel").click();
    h.run();
    h.get_by_label_contains("Cancelled: nothing was written or imported.");
}

#[test]
fn import_without_a_native_dialog_opens_caredesks_own_file_dialog() {
    let desk = Desk::new();
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("products.csv");
    std::fs::write(
        &csv,
        "serial,model,channel,region\n1SIMPORT0000001,DJI Mavic 3,official,US\n",
    )
    .unwrap();
    let mut h = harness(desk.store.clone());
    sign_in(&mut h, "Sid SSC — SSC clerk", SSC_PIN);
    h.state_mut().push(Command::PickImportFile);
    h.run();
    h.get_by_label("Import products from a CSV file");
    for (field, text) in [
        ("Folder:", dir.path().to_str().unwrap()),
        ("File name:", "nothing-here.csv"),
    ] {
        h.get_by_label(field).click();
        h.key_press_modifiers(Modifiers::COMMAND, Key::A);
        h.get_by_label(field).type_text(text);
        h.run();
    }
    h.get_by_label("Import").click();
    h.run();
    h.get_by_label_contains("There is no file nothing-here.csv");
    h.get_by_label("File name:").click();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.get_by_label("File name:").type_text("products.csv");
    h.run();
    h.get_by_label("Import").click();
    h.run();
    let ctx = h.ctx.clone();
    h.state_mut().wait_for_job(&ctx);
    h.run();
    let msg = h.state().message.clone().unwrap();
    assert!(!msg.error, "{}", msg.text);
    assert!(desk.store.lookup("1SIMPORT0000001", today()).is_ok());
}

#[test]
fn a_supervisor_gives_a_locked_out_person_a_new_pin_in_settings() {
    let desk = Desk::new();
    for _ in 0..5 {
        let _ = desk.store.sign_in(desk.tech, "000000");
    }
    assert!(desk.store.sign_in(desk.tech, TECH_PIN).is_err(), "locked");
    let mut h = harness(desk.store.clone());
    sign_in(&mut h, "Sue Supervisor — Supervisor", PIN);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num7);
    h.run();
    // Tess chosen under "Roles and PINs" (the combo box's choice).
    h.state_mut().panels.settings.manage.staff_id = Some(desk.tech);
    h.state_mut().panels.settings.manage.role = Role::Technician;
    h.run();
    h.get_by_label_contains("Locked after wrong PINs until");
    h.get_by_label("New PIN:").click();
    h.run();
    h.get_by_label("New PIN:").type_text("86420864");
    h.run();
    h.get_by_label("Set new PIN (supervisor)").click();
    h.run();
    h.get_by_label("Supervisor PIN");
    h.get_by_label_contains("Give Tess Tech a new PIN");
    h.get_by_label("PIN:").type_text(PIN);
    h.key_press(Key::Enter);
    h.run();
    let msg = h.state().message.clone().unwrap();
    assert!(!msg.error, "{}", msg.text);
    // The lock is lifted and the old PIN is gone.
    assert!(desk.store.sign_in(desk.tech, TECH_PIN).is_err());
    desk.store.sign_in(desk.tech, "86420864").unwrap();
    assert!(
        h.state().panels.settings.manage.pin.is_empty(),
        "form cleared"
    );
}
