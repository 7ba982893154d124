//! When the database cannot be written — locked by another program, opened
//! read-only, or the disk full — a write fails with a typed error in plain
//! words, leaves nothing half-written, and the store (and the window) keep
//! working once the cause is gone. (The atomic export writer's "no partial
//! file" guarantee is covered in tests/export_writers.rs.)

mod store_support;

use caredesk::desk::{ClaimFilter, ClaimKind, Desk as Store, NewProduct, StoreError};
use caredesk::rules::{ServiceChannel, Term};
use caredesk::store::sqlite::SqliteStorage;
use std::time::Duration;
use store_support::{Desk, catalog, d, r, replacement};

fn bare_product(serial: &str) -> NewProduct {
    NewProduct {
        serial: serial.into(),
        model: "DJI Mini 2".into(),
        channel: caredesk::rules::SalesChannel::Official,
        region: r("US"),
        base_plan: None,
    }
}

/// The SQLite backend behind a desk (page caps are SQLite's).
fn sqlite(store: &Store) -> &SqliteStorage {
    store
        .storage()
        .as_any()
        .downcast_ref::<SqliteStorage>()
        .expect("a SQLite desk")
}

fn claims(store: &Store) -> usize {
    store.count_claims(&ClaimFilter::default()).unwrap()
}

/// "Another program": a plain SQLite connection holding the write lock.
fn lock(desk: &Desk) -> rusqlite::Connection {
    let other = rusqlite::Connection::open(desk.path()).unwrap();
    other.execute_batch("BEGIN EXCLUSIVE").unwrap();
    other
}

#[test]
fn a_database_locked_by_another_program_is_a_clear_error_and_writes_nothing() {
    let mut desk = Desk::new();
    desk.product("LOCK0001", "DJI Mavic 3", "US", Term::OneYear, "2025-03-15");
    // A short wait keeps the test quick; the desk default is 10 s.
    desk.store
        .set_busy_timeout(Duration::from_millis(200))
        .unwrap();
    let before = claims(&desk.store);
    let other = lock(&desk);

    let e = desk
        .store
        .register_product(desk.tech, &bare_product("LOCK0002"))
        .unwrap_err();
    assert!(e.is_busy(), "{e:?}");
    assert!(
        e.to_string()
            .contains("locked by another program or workstation; nothing was saved, try again"),
        "{e}"
    );
    let input = replacement("US", ServiceChannel::Express, "2025-06-01");
    let e = desk
        .store
        .file_claim(
            desk.tech,
            "LOCK0001",
            ClaimKind::Replacement,
            &input,
            d("2025-06-01"),
        )
        .unwrap_err();
    assert!(e.is_busy(), "{e:?}");

    // Reading still works while the other program holds the lock (WAL).
    assert!(matches!(
        desk.store.lookup("LOCK0002", d("2025-06-01")),
        Err(StoreError::NotFound(_))
    ));
    assert_eq!(claims(&desk.store), before);

    // The lock released, the same writes succeed.
    other.execute_batch("COMMIT").unwrap();
    drop(other);
    desk.store
        .register_product(desk.tech, &bare_product("LOCK0002"))
        .unwrap();
    desk.store
        .file_claim(
            desk.tech,
            "LOCK0001",
            ClaimKind::Replacement,
            &input,
            d("2025-06-01"),
        )
        .unwrap();
    assert_eq!(claims(&desk.store), before + 1);
    assert_eq!(desk.store.integrity_check().unwrap(), "ok");
}

#[test]
fn a_read_only_database_refuses_writes_clearly_and_changes_nothing() {
    let mut desk = Desk::new();
    desk.product("READ0001", "DJI Mavic 3", "US", Term::OneYear, "2025-03-15");
    // Tests run as root, so chmod would not stop a write; SQLite's read-only
    // open does.
    let ro = Store::open_read_only(&desk.path(), catalog()).unwrap();
    let before = claims(&ro);

    let e = ro
        .register_product(desk.tech, &bare_product("READ0002"))
        .unwrap_err();
    assert!(e.is_read_only(), "{e:?}");
    assert!(
        e.to_string()
            .contains("the database is read-only here; nothing was saved"),
        "{e}"
    );
    let input = replacement("US", ServiceChannel::Express, "2025-06-01");
    let e = ro
        .file_claim(
            desk.tech,
            "READ0001",
            ClaimKind::Replacement,
            &input,
            d("2025-06-01"),
        )
        .unwrap_err();
    assert!(e.is_read_only(), "{e:?}");
    let e = ro
        .add_activation_card(desk.ssc, "RO-CARD-1", r("US"))
        .unwrap_err();
    assert!(e.is_read_only(), "{e:?}");

    // Reads still work, and nothing changed.
    assert_eq!(
        ro.lookup("READ0001", d("2025-06-01"))
            .unwrap()
            .product
            .serial,
        "READ0001"
    );
    assert!(matches!(
        ro.lookup("READ0002", d("2025-06-01")),
        Err(StoreError::NotFound(_))
    ));
    assert_eq!(claims(&ro), before);
    assert_eq!(claims(&desk.store), before);

    // A writable connection on the same file keeps working.
    desk.store
        .register_product(desk.tech, &bare_product("READ0002"))
        .unwrap();
    assert_eq!(
        ro.lookup("READ0002", d("2025-06-01"))
            .unwrap()
            .product
            .serial,
        "READ0002"
    );
}

#[test]
fn a_full_disk_fails_one_write_cleanly_and_keeps_every_committed_one() {
    let mut desk = Desk::new();
    desk.product("FULL0001", "DJI Mavic 3", "US", Term::OneYear, "2025-03-15");
    // SQLite's page cap stands in for a full disk (SQLITE_FULL).
    let pages = sqlite(&desk.store).page_count().unwrap();
    assert_eq!(
        sqlite(&desk.store).limit_pages(pages + 4).unwrap(),
        pages + 4
    );

    let input = replacement("US", ServiceChannel::Express, "2025-06-01");
    let mut committed = 0;
    let err = loop {
        // After two approvals the claims are refused, but still kept: each
        // one writes a claim, its events and an audit row.
        match desk.store.file_claim(
            desk.tech,
            "FULL0001",
            ClaimKind::Replacement,
            &input,
            d("2025-06-01"),
        ) {
            Ok(_) => committed += 1,
            Err(e) => break e,
        }
        assert!(committed < 10_000, "the page cap never filled");
    };
    assert!(err.is_disk_full(), "{err:?}");
    assert!(
        err.to_string()
            .contains("the disk is full; nothing was saved, free some space and try again"),
        "{err}"
    );
    assert!(
        committed > 0,
        "at least one claim fit before the disk filled"
    );
    // The failed transaction left nothing: the claims are exactly the committed ones.
    assert_eq!(claims(&desk.store), committed);
    assert_eq!(desk.store.integrity_check().unwrap(), "ok");
    let e = desk
        .store
        .register_product(desk.tech, &bare_product("FULL0002"))
        .and_then(|_| {
            // Small rows may still fit in free space; keep writing until full.
            (0..10_000).try_for_each(|i| {
                desk.store
                    .register_product(desk.tech, &bare_product(&format!("FULLX{i:05}")))
                    .map(drop)
            })
        })
        .unwrap_err();
    assert!(e.is_disk_full(), "{e:?}");

    // Space freed (cap lifted): the same write succeeds, and a fresh
    // connection sees a sound file with every committed claim.
    sqlite(&desk.store).limit_pages(1 << 30).unwrap();
    desk.store
        .file_claim(
            desk.tech,
            "FULL0001",
            ClaimKind::Replacement,
            &input,
            d("2025-06-01"),
        )
        .unwrap();
    let other = desk.reopen();
    assert_eq!(claims(&other), committed + 1);
    assert_eq!(other.integrity_check().unwrap(), "ok");
}

#[test]
fn the_window_shows_a_locked_database_in_plain_words_and_the_same_action_works_after() {
    use caredesk::ui::{CareDeskApp, Command, Panel};
    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable;

    let today = d("2026-05-02");
    let mut desk = Desk::new();
    desk.product(
        "1SSDH7R00A0001",
        "DJI Mavic 3",
        "US",
        Term::OneYear,
        "2026-01-22",
    );
    let store = desk.reopen();
    store.set_busy_timeout(Duration::from_millis(200)).unwrap();
    let app = CareDeskApp::new_for_test(store, today);
    let mut h = Harness::builder()
        .with_size([1280.0, 800.0])
        .build_ui_state(|ui, app: &mut CareDeskApp| app.ui(ui), app);
    h.run();
    h.get_by_label("Tess Tech — Technician").click();
    h.run();
    h.get_by_label("Your PIN:")
        .type_text(store_support::TECH_PIN);
    h.key_press(egui::Key::Enter);
    h.run();
    assert!(h.state().current_staff().is_some());
    h.state_mut()
        .push(Command::OpenProduct("1SSDH7R00A0001".into()));
    h.run();
    h.state_mut().push(Command::ShowPanel(Panel::Intake));
    h.run();
    h.get_by_label("Aircraft (product body)").click();
    h.run();
    h.get_by_label("Accepted the DJI Privacy Policy")
        .scroll_to_me();
    h.run();
    h.get_by_label("Accepted the DJI Privacy Policy").click();
    h.run();
    h.get_by_label("APPROVED");

    // Another program holds the write lock: filing fails, the window says why.
    let other = lock(&desk);
    h.get_by_label_contains("File claim (approved)").click();
    h.run();
    // Nothing of the intake checklist is ticked: the window asks first.
    h.get_by_label("File anyway").click();
    h.run();
    let msg = h.state().message.clone().expect("an error is shown");
    assert!(msg.error, "{msg:?}");
    assert!(
        msg.text.contains("locked by another program") && msg.text.contains("nothing was saved"),
        "{msg:?}"
    );
    h.get_by_label_contains("locked by another program");
    assert_eq!(
        h.state().state.panel,
        Panel::Intake,
        "the form stays filled in"
    );
    assert_eq!(claims(&desk.store), 0);

    // Lock released: the same click files the claim.
    other.execute_batch("COMMIT").unwrap();
    drop(other);
    h.get_by_label_contains("File claim (approved)").click();
    h.run();
    // Nothing of the intake checklist is ticked: the window asks first.
    h.get_by_label("File anyway").click();
    h.run();
    assert_eq!(h.state().state.panel, Panel::Claims);
    assert!(h.state().panels.claims.open.is_some());
    assert_eq!(claims(&desk.store), 1);
}
