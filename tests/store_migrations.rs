//! Opening: migrations from an empty file, WAL, seeding, refusing newer schemas.

mod store_support;

use caredesk::store::schema::SCHEMA_VERSION;
use caredesk::store::{Store, StoreError};
use store_support::catalog;

#[test]
fn an_empty_file_is_migrated_and_seeded_with_the_fee_schedule() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nested/dir/new.sqlite3");
    let store = Store::open(&path, catalog()).unwrap();
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
    let again = Store::open(&path, catalog()).unwrap();
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
fn a_zero_byte_file_counts_as_empty() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("zero.sqlite3");
    std::fs::write(&path, b"").unwrap();
    let store = Store::open(&path, catalog()).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
}

#[test]
fn a_newer_database_is_refused_with_a_clear_message() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("future.sqlite3");
    drop(Store::open(&path, catalog()).unwrap());
    let raw = rusqlite::Connection::open(&path).unwrap();
    raw.pragma_update(None, "user_version", SCHEMA_VERSION + 5)
        .unwrap();
    drop(raw);
    let e = Store::open(&path, catalog()).unwrap_err();
    assert!(
        matches!(e, StoreError::SchemaTooNew { found, known } if found == SCHEMA_VERSION + 5 && known == SCHEMA_VERSION)
    );
    assert!(e.to_string().contains("newer than this CareDesk knows"));
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
    assert!(Store::open(&path, catalog()).is_err());
}

#[test]
fn resolve_path_prefers_the_flag() {
    let p = std::path::Path::new("/tmp/x.sqlite3");
    assert_eq!(Store::resolve_path(Some(p)), p);
    assert!(Store::default_path().ends_with("caredesk.sqlite3"));
}

#[test]
fn demo_data_is_deterministic_and_covers_every_status() {
    let today = store_support::d("2026-11-25");
    let dump = |path: &std::path::Path| {
        let mut s = Store::open(path, catalog()).unwrap();
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
    let dir = tempfile::tempdir().unwrap();
    let (a, ra) = dump(&dir.path().join("a.sqlite3"));
    let (b, rb) = dump(&dir.path().join("b.sqlite3"));
    assert_eq!(a, b);
    assert_eq!(ra, rb);
    assert_eq!(a.products, 50);
    assert!(a.claims >= 150, "{}", a.claims);
    assert!(
        a.staff
            .iter()
            .any(|s| s.name == "Dana Supervisor" && s.pin.as_deref() == Some("1234"))
    );
    assert!(!a.unused_card_codes.is_empty());
    use caredesk::store::ClaimStatus;
    for st in ClaimStatus::ALL
        .iter()
        .filter(|s| **s != ClaimStatus::Submitted)
    {
        assert!(ra.iter().any(|r| r.2 == *st), "no demo claim is {st}");
    }
    let s = Store::open(&dir.path().join("a.sqlite3"), catalog()).unwrap();
    assert!(
        s.verify_supervisor(s.staff_by_name("Dana Supervisor").unwrap().id, "1234")
            .is_ok()
    );
    // A cancelled load writes nothing.
    let mut c = Store::open(&dir.path().join("c.sqlite3"), catalog()).unwrap();
    let cancelled = c.load_demo(50, today, &|p| p < 0.5).unwrap();
    assert!(cancelled.cancelled);
    assert!(c.is_empty().unwrap());
}

#[test]
fn a_version_1_database_is_upgraded_and_its_claims_get_their_reasons() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v1.sqlite3");
    let mut raw = rusqlite::Connection::open(&path).unwrap();
    assert_eq!(caredesk::store::schema::migrate_to(&mut raw, 1).unwrap(), 0);
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

    let store = Store::open(&path, catalog()).unwrap();
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
    drop(Store::open(&plain, catalog()).unwrap());
    let bulk = dir.path().join("bulk.sqlite3");
    let mut s = Store::open(&bulk, catalog()).unwrap();
    let summary = s
        .load_demo(12_000, store_support::d("2026-11-25"), &|_| true)
        .unwrap();
    assert_eq!(summary.products, 12_000);
    assert_eq!(s.integrity_check().unwrap(), "ok");
    drop(s);
    assert_eq!(indexes(&plain), indexes(&bulk));
}

#[test]
fn first_start_loads_the_demo_once() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("first.sqlite3");
    let today = store_support::d("2026-11-25");
    let (store, summary) = Store::open_with_demo(&path, catalog(), today).unwrap();
    let summary = summary.expect("a new database gets demo data");
    assert_eq!(summary.products, 50);
    assert!(!store.is_empty().unwrap());
    drop(store);
    let (_, again) = Store::open_with_demo(&path, catalog(), today).unwrap();
    assert!(again.is_none(), "an existing database is left alone");
}
