//! Opening: migrations from an empty database, WAL, seeding, refusing newer
//! schemas, demo data — on SQLite and (where not about the file) PostgreSQL.

#[macro_use]
mod store_support;

use caredesk::desk::{Desk as Store, Location, StoreError};
use caredesk::store::sqlite::schema::SCHEMA_VERSION;
use store_support::{Backend, TestDb, catalog, raw_exec};

#[test]
fn an_empty_file_is_migrated_and_seeded_with_the_fee_schedule() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nested/dir/new.sqlite3");
    let store = Store::open_or_create_path(&path, catalog()).unwrap();
    assert!(store.was_created());
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    assert!(store.is_empty().unwrap());
    assert_eq!(store.fee_schedule().unwrap().len(), catalog().fees.len());
    assert_eq!(store.integrity_check().unwrap(), "ok");
    drop(store);

    let raw = rusqlite::Connection::open(&path).unwrap();
    let mode: String = raw
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    drop(raw);

    // Reopening neither migrates nor seeds again.
    let again = Store::open_path(&path, catalog()).unwrap();
    assert!(!again.was_created());
    assert_eq!(again.fee_schedule().unwrap().len(), catalog().fees.len());
    assert_eq!(
        again
            .audit_log(100)
            .unwrap()
            .iter()
            .filter(|a| a.action == "seed_fees")
            .count(),
        1
    );
}

#[test]
fn a_zero_byte_file_becomes_a_database_only_when_asked() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("zero.sqlite3");
    std::fs::write(&path, b"").unwrap();
    let e = Store::open_path(&path, catalog()).unwrap_err();
    assert!(matches!(e, StoreError::NoDatabase(_)), "{e:?}");
    assert!(e.to_string().contains("the file is empty"), "{e}");
    assert_eq!(std::fs::metadata(&path).unwrap().len(), 0, "left as it was");
    let store = Store::open_or_create_path(&path, catalog()).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
}

fn a_newer_database_is_refused_with_a_clear_message(b: Backend) {
    let db = TestDb::new(b);
    drop(db.open());
    let known = match b {
        Backend::Sqlite => SCHEMA_VERSION,
        Backend::Postgres => caredesk::store::postgres::schema::SCHEMA_VERSION,
    };
    let sql = match b {
        Backend::Sqlite => format!("PRAGMA user_version = {}", known + 5),
        Backend::Postgres => format!("UPDATE caredesk_schema SET version = {}", known + 5),
    };
    raw_exec(&db, &sql).unwrap();
    let e = Store::open(&db.location, catalog()).unwrap_err();
    assert!(
        matches!(e, StoreError::SchemaTooNew { found, known: k } if found == known + 5 && k == known),
        "{e:?}"
    );
    assert!(e.to_string().contains("newer than this CareDesk knows"));
}

fn a_new_database_is_migrated_once_and_seeded_once(b: Backend) {
    let db = TestDb::new(b);
    let store = db.open();
    assert!(store.was_created());
    assert!(store.is_empty().unwrap());
    assert_eq!(store.fee_schedule().unwrap().len(), catalog().fees.len());
    assert_eq!(store.integrity_check().unwrap(), "ok");
    let version = store.schema_version().unwrap();
    assert!(version >= 1);
    drop(store);
    // Two workstations opening at once: both work, nothing is done twice.
    let (a, b2) = std::thread::scope(|s| {
        let a = s.spawn(|| db.open());
        let b2 = s.spawn(|| db.open());
        (a.join().unwrap(), b2.join().unwrap())
    });
    for again in [&a, &b2] {
        assert!(!again.was_created());
        assert_eq!(again.schema_version().unwrap(), version);
        assert_eq!(again.fee_schedule().unwrap().len(), catalog().fees.len());
    }
    let seeded = a
        .audit_log(100)
        .unwrap()
        .iter()
        .filter(|e| e.action == "seed_fees")
        .count();
    assert_eq!(seeded, 1);
}

#[test]
fn a_file_that_is_not_a_database_is_an_error_not_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("text.sqlite3");
    std::fs::write(
        &path,
        "this is not SQLite, just some text that is long enough to matter",
    )
    .unwrap();
    assert!(Store::open_path(&path, catalog()).is_err());
}

#[test]
fn resolve_prefers_the_flag_and_a_url_selects_postgres() {
    let p = std::ffi::OsStr::new("/tmp/x.sqlite3");
    assert_eq!(
        Location::resolve(Some(p)),
        Location::Sqlite("/tmp/x.sqlite3".into())
    );
    assert!(Location::default_path().ends_with("caredesk.sqlite3"));
    let url = "postgres://ann:s3cret@db.example/care?sslmode=require";
    let l = Location::resolve(Some(std::ffi::OsStr::new(url)));
    assert_eq!(l, Location::Postgres(url.into()));
    assert_eq!(l.backend(), caredesk::desk::Backend::Postgres);
    assert_eq!(
        l.describe(),
        "postgres://ann@db.example/care?sslmode=require",
        "never the password"
    );
    assert!(!format!("{l:?}").contains("s3cret"));
    assert!(matches!(
        Location::resolve(Some(std::ffi::OsStr::new("postgresql://db/care"))),
        Location::Postgres(_)
    ));
}

fn demo_data_is_deterministic_and_covers_every_status(b: Backend) {
    let today = store_support::d("2026-11-25");
    let dump = |db: &TestDb| {
        let s = db.open();
        let summary = s.load_demo(50, today, &|_| true).unwrap();
        let rows = s
            .claims(&Default::default(), Default::default(), 0, 10_000)
            .unwrap();
        (
            summary,
            rows.into_iter()
                .map(|r| (r.id, r.serial, r.status, r.rules))
                .collect::<Vec<_>>(),
        )
    };
    let (da, db2) = (TestDb::new(b), TestDb::new(b));
    let (a, ra) = dump(&da);
    let (bb, rb) = dump(&db2);
    assert_eq!(a, bb);
    assert_eq!(ra, rb);
    assert_eq!(a.products, 50);
    assert!(a.claims >= 150, "{}", a.claims);
    assert!(a.staff.iter().any(|s| s.name == "Dana Supervisor"
        && s.pin.as_deref() == Some(caredesk::desk::DEMO_SUPERVISOR_PIN)));
    assert!(!a.unused_card_codes.is_empty());
    use caredesk::desk::ClaimStatus;
    for st in ClaimStatus::ALL
        .iter()
        .filter(|s| **s != ClaimStatus::Submitted)
    {
        assert!(ra.iter().any(|r| r.2 == *st), "no demo claim is {st}");
    }
    let s = da.open();
    assert!(
        s.verify_supervisor(
            s.staff_by_name("Dana Supervisor").unwrap().id,
            caredesk::desk::DEMO_SUPERVISOR_PIN
        )
        .is_ok()
    );
    // A cancelled load writes nothing.
    let dc = TestDb::new(b);
    let c = dc.open();
    let cancelled = c.load_demo(50, today, &|p| p < 0.5).unwrap();
    assert!(cancelled.cancelled);
    assert!(c.is_empty().unwrap());
}

#[test]
fn a_version_1_database_is_upgraded_and_its_claims_get_their_reasons() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v1.sqlite3");
    let mut raw = rusqlite::Connection::open(&path).unwrap();
    assert_eq!(
        caredesk::store::sqlite::schema::migrate_to(&mut raw, 1).unwrap(),
        0
    );
    let input = serde_json::to_string(&store_support::replacement(
        "US",
        caredesk::rules::ServiceChannel::Online,
        "2025-06-01",
    ))
    .unwrap();
    raw.execute_batch(
        "INSERT INTO staff (id, name, role, created_at) VALUES (1, 'Old Tech', 'technician', '2025-01-01T00:00:00');
         INSERT INTO products (id, serial, model, channel, region) VALUES (1, 'OLD000000001', 'DJI Mini 2', 'official', 'US');",
    )
    .unwrap();
    raw.execute(
        "INSERT INTO claims (id, product_id, serial, kind, channel, status, approved, plan, rules,
            interpretations, customer_pays, replacements_left_after, input, submitted_on, decided_on,
            created_by, created_at, updated_at)
         VALUES ('CL-2025-000001', 1, 'OLD000000001', 'replacement', 'online', 'refused', 0, NULL,
            '[\"REP-EXPIRED\"]', '[]', '[]', 0, ?1, '2025-06-01', '2025-06-01', 1,
            '2025-06-01T10:00:00', '2025-06-01T10:00:00')",
        [input],
    )
    .unwrap();
    drop(raw);

    let store = Store::open_path(&path, catalog()).unwrap();
    assert!(!store.was_created());
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    let c = store.claim("CL-2025-000001").unwrap();
    assert_eq!(
        c.row.reasons,
        vec![caredesk::rules::RuleId::RepExpired.reason()]
    );
    assert_eq!(c.decision.failed, vec![caredesk::rules::RuleId::RepExpired]);
}

#[test]
fn a_bulk_demo_load_leaves_the_same_indexes_as_a_new_database() {
    let dir = tempfile::tempdir().unwrap();
    let indexes = |path: &std::path::Path| {
        let raw = rusqlite::Connection::open(path).unwrap();
        let mut st = raw
            .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name")
            .unwrap();
        st.query_map([], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, Option<String>>(1)?))
        })
        .unwrap()
        .collect::<Result<Vec<_>, _>>()
        .unwrap()
    };
    let plain = dir.path().join("plain.sqlite3");
    drop(Store::open_or_create_path(&plain, catalog()).unwrap());
    let bulk = dir.path().join("bulk.sqlite3");
    let s = Store::open_or_create_path(&bulk, catalog()).unwrap();
    let summary = s
        .load_demo(12_000, store_support::d("2026-11-25"), &|_| true)
        .unwrap();
    assert_eq!(summary.products, 12_000);
    assert_eq!(s.integrity_check().unwrap(), "ok");
    drop(s);
    assert_eq!(indexes(&plain), indexes(&bulk));
}

fn first_start_loads_the_demo_once(b: Backend) {
    let db = TestDb::new(b);
    let today = store_support::d("2026-11-25");
    let (store, summary) = Store::open_with_demo(&db.location, true, catalog(), today).unwrap();
    let summary = summary.expect("a new database gets demo data");
    assert_eq!(summary.products, 50);
    assert!(!store.is_empty().unwrap());
    assert!(
        store.is_demo().unwrap(),
        "the first start's database is a demo one"
    );
    drop(store);
    let (_, again) = Store::open_with_demo(&db.location, true, catalog(), today).unwrap();
    assert!(again.is_none(), "an existing database is left alone");
}

on_both_backends!(
    a_newer_database_is_refused_with_a_clear_message,
    a_new_database_is_migrated_once_and_seeded_once,
    demo_data_is_deterministic_and_covers_every_status,
    first_start_loads_the_demo_once,
);
