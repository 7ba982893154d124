//! Issue 15, the right database or none, and demo data apart: a missing file
//! is an error naming it (nothing is created unless asked); another
//! program's SQLite file is refused and left as it was; a new file is
//! owner-only; writes are synced (`synchronous=FULL`); a damaged file opens
//! read-only with a plain message; demo data goes only into a demo database.

#[macro_use]
mod store_support;

use caredesk::desk::{DatabaseKind, Desk as Service, Health, Location, OpenOptions, StoreError};
use std::time::Duration;
use store_support::{Backend, Desk, TestDb, catalog, d};

fn file_digest(p: &std::path::Path) -> Vec<u8> {
    std::fs::read(p).unwrap()
}

#[test]
fn a_missing_file_is_an_error_naming_it_and_nothing_is_created() {
    let dir = tempfile::tempdir().unwrap();
    let typo = dir.path().join("mnt/share/caredsk.sqlite3");
    let e = Service::open_path(&typo, catalog()).unwrap_err();
    assert!(matches!(e, StoreError::NoDatabase(_)), "{e:?}");
    assert!(e.to_string().contains(&typo.display().to_string()), "{e}");
    assert!(e.to_string().contains("--create"), "{e}");
    assert!(
        !typo.exists() && !typo.parent().unwrap().exists(),
        "nothing made"
    );
    // Read-only opening too.
    assert!(Service::open_read_only(&typo, catalog()).is_err());
    assert!(!typo.exists());
    // Asked for: made, owner-only, with owner-only folders.
    let made = Service::open_or_create_path(&typo, catalog()).unwrap();
    assert!(made.was_created());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&typo), 0o600, "the database holds customers' data");
        assert_eq!(mode(typo.parent().unwrap()), 0o700);
        let wal = typo.with_extension("sqlite3-wal");
        made.count_products().unwrap();
        if wal.exists() {
            assert_eq!(mode(&wal), 0o600, "SQLite gives the WAL the file's mode");
        }
    }
}

#[test]
fn a_sqlite_file_of_another_program_is_refused_and_left_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let foreign = dir.path().join("notes.db");
    {
        let c = rusqlite::Connection::open(&foreign).unwrap();
        c.execute_batch(
            "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT);
             INSERT INTO notes (text) VALUES ('not a CareDesk database');",
        )
        .unwrap();
    }
    let before = file_digest(&foreign);
    for create in [false, true] {
        let e = Service::open_with(
            &Location::Sqlite(foreign.clone()),
            catalog(),
            OpenOptions { create },
        )
        .unwrap_err();
        assert!(matches!(e, StoreError::NotCareDesk(_)), "{e:?}");
        assert!(e.to_string().contains("not a CareDesk database"), "{e}");
        assert!(e.to_string().contains("notes"), "says what it is: {e}");
    }
    assert_eq!(file_digest(&foreign), before, "not migrated, not touched");
    let c = rusqlite::Connection::open(&foreign).unwrap();
    let tables: i64 = c
        .query_row(
            "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(tables, 1);
}

#[test]
fn every_commit_is_synced_to_the_disk() {
    let desk = Desk::new();
    let sqlite = desk
        .store
        .storage()
        .as_any()
        .downcast_ref::<caredesk::store::sqlite::SqliteStorage>()
        .unwrap();
    assert_eq!(sqlite.synchronous().unwrap(), 2, "synchronous=FULL");
}

#[test]
fn a_damaged_database_opens_read_only_with_a_plain_message() {
    let mut desk = Desk::new();
    for i in 0..300 {
        desk.product(
            &format!("1SDMG{i:09}"),
            "DJI Mavic 3",
            "US",
            caredesk::rules::Term::OneYear,
            "2025-03-15",
        );
    }
    let path = desk.path();
    let loc = desk.db.location.clone();
    drop(desk.store);
    // The WAL is folded into the file when the last connection closes;
    // then a page in the middle of the products table is overwritten.
    {
        let c = rusqlite::Connection::open(&path).unwrap();
        c.execute_batch("PRAGMA wal_checkpoint(TRUNCATE)").unwrap();
        let page: i64 = c
            .query_row(
                "SELECT rootpage FROM sqlite_master WHERE name = 'products'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        let size: i64 = c.query_row("PRAGMA page_size", [], |r| r.get(0)).unwrap();
        drop(c);
        use std::io::{Seek, SeekFrom, Write};
        let mut f = std::fs::OpenOptions::new().write(true).open(&path).unwrap();
        f.seek(SeekFrom::Start(((page - 1) * size + 8) as u64))
            .unwrap();
        f.write_all(&[0xFF; 64]).unwrap();
    }
    let (ro, health) = Service::open_checked(
        &loc,
        catalog(),
        OpenOptions::default(),
        Duration::from_secs(30),
    )
    .unwrap();
    let Health::Damaged(why) = &health else {
        panic!("expected damage, got {health:?}")
    };
    assert!(!why.is_empty());
    assert_eq!(ro.read_only_reason().as_deref(), Some(why.as_str()));
    let before = std::fs::read(&path).unwrap();
    let e = ro
        .add_activation_card(1, "CRP-DMG-1", store_support::r("US"))
        .unwrap_err();
    assert!(matches!(e, StoreError::Damaged(_)), "{e:?}");
    assert!(e.to_string().contains("read-only"), "{e}");
    assert!(e.to_string().contains("restore a backup"), "{e}");
    assert_eq!(std::fs::read(&path).unwrap(), before, "nothing written");
    drop(desk.db);
}

fn a_schema_or_file_without_caredesk_is_not_made_unless_asked(b: Backend) {
    let db = TestDb::new(b);
    let e = Service::open(&db.location, catalog()).unwrap_err();
    assert!(matches!(e, StoreError::NoDatabase(_)), "{e:?}");
    let made = Service::open_or_create(&db.location, catalog()).unwrap();
    assert!(made.was_created());
    drop(made);
    let again = Service::open(&db.location, catalog()).unwrap();
    assert!(!again.was_created());
}

fn demo_data_goes_only_into_a_demo_database(b: Backend) {
    let today = d("2026-11-25");
    // A real database: refused, nothing added (the attack of the issue:
    // a supervisor with a published PIN, cards with published codes).
    let desk = Desk::on(b);
    assert_eq!(desk.store.kind().unwrap(), DatabaseKind::Real);
    let before = desk.store.storage().read().unwrap().counts().unwrap();
    let e = desk.store.load_demo(20, today, &|_| true).unwrap_err();
    assert!(e.is_not_allowed(), "{e:?}");
    assert!(e.to_string().contains("real data"), "{e}");
    assert_eq!(
        desk.store.storage().read().unwrap().counts().unwrap(),
        before
    );
    assert!(desk.store.staff_by_name("Dana Supervisor").is_err());
    // A new database becomes a demo one, and can be filled again.
    let db = TestDb::new(b);
    let demo = db.open();
    assert!(!demo.is_demo().unwrap());
    assert_eq!(demo.load_demo(10, today, &|_| true).unwrap().products, 10);
    assert!(demo.is_demo().unwrap());
    let after_first = demo.count_products().unwrap();
    // (Replacement claims add the replacement units too, hence not 10.)
    assert!(after_first >= 10, "{after_first}");
    assert_eq!(demo.load_demo(10, today, &|_| true).unwrap().products, 10);
    assert!(demo.count_products().unwrap() >= after_first + 10);
    // Its staff sign in with the PINs the README lists.
    for (name, _, pin) in caredesk::desk::DEMO_STAFF {
        let id = demo.staff_by_name(name).unwrap().id;
        demo.sign_in(id, pin.unwrap()).unwrap();
    }
    // Bounded: no demo of 2^64 products.
    assert!(matches!(
        demo.load_demo(usize::MAX, today, &|_| true),
        Err(StoreError::Invalid(_))
    ));
}

on_both_backends!(
    a_schema_or_file_without_caredesk_is_not_made_unless_asked,
    demo_data_goes_only_into_a_demo_database,
);

/// `expiring --within 100000000` panicked on date overflow.
#[test]
fn a_window_past_the_calendar_is_an_error_not_a_panic() {
    let desk = Desk::new();
    let e = desk
        .store
        .expiring_plans(d("2026-11-25"), 100_000_000)
        .unwrap_err();
    assert!(
        e.to_string().contains("past the end of the calendar"),
        "{e}"
    );
    assert!(desk.store.expiring_plans(d("2026-11-25"), 3660).is_ok());
}
