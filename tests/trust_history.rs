//! Issue 15, tamper-evident history: the audit log and the claim events are
//! hash chains; `verify_history` (`caredesk audit verify`) finds a row
//! rewritten, removed or added past CareDesk, on a tampered copy; the
//! database itself refuses `INSERT OR REPLACE`, `DELETE` and `UPDATE` on
//! them, and deleting claims; rows from before the chains are chained by
//! the migration. On SQLite and PostgreSQL.

#[macro_use]
mod store_support;

use caredesk::desk::{Chain, ClaimKind, Desk as Service};
use caredesk::rules::ServiceChannel;
use caredesk::store::chain::{GENESIS, Link, link_hash};
use store_support::{Backend, Desk, TestDb, catalog, d, raw_exec, replacement};

/// A desk with a few claims (events) and audit entries.
fn desk_with_history(b: Backend) -> Desk {
    let mut desk = Desk::on(b);
    desk.product(
        "1SHIST0000001",
        "DJI Mavic 3",
        "US",
        caredesk::rules::Term::OneYear,
        "2025-03-15",
    );
    for day in ["2025-06-01", "2025-06-02", "2025-06-03"] {
        desk.store
            .file_claim(
                desk.tech,
                "1SHIST0000001",
                ClaimKind::Replacement,
                &replacement("US", ServiceChannel::Online, day),
                d(day),
            )
            .unwrap();
    }
    desk
}

/// A copy of the desk's database (a backup on SQLite, `migrate` into a new
/// schema on PostgreSQL) with the append-only triggers out of the way, as
/// someone at a SQL prompt with the owner's rights would have it.
fn tampered_copy(desk: &Desk, sql: &[&str]) -> (TestDb, Service) {
    let b = desk.db.backend();
    let copy = TestDb::new(b);
    match b {
        Backend::Sqlite => {
            let caredesk::desk::Location::Sqlite(path) = &copy.location else {
                unreachable!()
            };
            desk.store.backup(path).unwrap();
            for t in [
                "audit_log_no_update",
                "audit_log_no_delete",
                "claim_events_no_update",
                "claim_events_no_delete",
            ] {
                raw_exec(&copy, &format!("DROP TRIGGER {t}")).unwrap();
            }
        }
        Backend::Postgres => {
            caredesk::desk::migrate(&desk.db.location, &copy.location).unwrap();
            for t in ["audit_log", "claim_events"] {
                raw_exec(&copy, &format!("ALTER TABLE {t} DISABLE TRIGGER USER")).unwrap();
            }
        }
    }
    for s in sql {
        raw_exec(&copy, s).unwrap_or_else(|e| panic!("{s}: {e}"));
    }
    let store = copy.open();
    (copy, store)
}

fn max_id(desk: &Desk, table: &str) -> i64 {
    let rows = desk
        .store
        .storage()
        .read()
        .unwrap()
        .chain_rows(
            if table == "audit_log" {
                Chain::Audit
            } else {
                Chain::Events
            },
            0,
            100_000,
        )
        .unwrap();
    rows.last().unwrap().id
}

fn audit_verify_finds_rewritten_removed_and_added_rows(b: Backend) {
    let desk = desk_with_history(b);
    let intact = desk.store.verify_history().unwrap();
    assert!(intact.intact, "{:?}", intact.problems);
    assert!(
        intact
            .chains
            .iter()
            .all(|c| c.rows >= 6 && c.head.len() == 64)
    );

    // Rewritten: the reason of a refusal changed after the fact.
    let (_c, copy) = tampered_copy(
        &desk,
        &["UPDATE audit_log SET subject = 'someone else' WHERE id = 3"],
    );
    let r = copy.verify_history().unwrap();
    assert!(!r.intact);
    assert_eq!(r.problems.len(), 1, "{:?}", r.problems);
    assert_eq!(
        (r.problems[0].chain, r.problems[0].id),
        (Chain::Audit, Some(3))
    );
    assert!(r.problems[0].what.contains("rewritten"));

    // Removed from the middle: the event after it no longer follows.
    let (_c, copy) = tampered_copy(&desk, &["DELETE FROM claim_events WHERE id = 2"]);
    let r = copy.verify_history().unwrap();
    assert!(!r.intact);
    assert!(
        r.problems.iter().any(|p| p.chain == Chain::Events
            && p.id == Some(3)
            && p.what.contains("does not follow")),
        "{:?}",
        r.problems
    );
    assert!(
        r.problems.iter().any(|p| p.id.is_none()),
        "the count differs too"
    );

    // Removed from the end: the head says so.
    let last = max_id(&desk, "audit_log");
    let (_c, copy) = tampered_copy(
        &desk,
        &[&format!("DELETE FROM audit_log WHERE id = {last}")],
    );
    let r = copy.verify_history().unwrap();
    assert!(
        r.problems
            .iter()
            .any(|p| p.chain == Chain::Audit && p.id.is_none() && p.what.contains("head counts")),
        "{:?}",
        r.problems
    );

    // Added at the end by someone who knows the hash recipe: the head says so.
    let rows = desk
        .store
        .storage()
        .read()
        .unwrap()
        .chain_rows(Chain::Audit, 0, 100_000)
        .unwrap();
    let prev = rows.last().unwrap().hash.clone();
    let id = last + 1;
    let at = chrono::NaiveDate::from_ymd_opt(2026, 1, 1)
        .unwrap()
        .and_hms_opt(0, 0, 0)
        .unwrap();
    let forged = link_hash(
        &prev,
        id,
        &Link::Audit {
            at,
            staff_id: None,
            action: "set_fee".into(),
            subject: "DJI Mavic 3 #1".into(),
            details: "{}".into(),
        },
    );
    let insert = format!(
        "INSERT INTO audit_log (id, at, staff_id, action, subject, details, prev_hash, hash)
         VALUES ({id}, '2026-01-01{sep}00:00:00', NULL, 'set_fee', 'DJI Mavic 3 #1', '{{}}', '{prev}', '{forged}')",
        sep = if b == Backend::Sqlite { "T" } else { " " }
    );
    let (_c, copy) = tampered_copy(&desk, &[&insert]);
    let r = copy.verify_history().unwrap();
    assert!(!r.intact, "an added row shows");
    assert!(
        r.problems.iter().all(|p| p.id.is_none()),
        "{:?}",
        r.problems
    );

    // Slipped in between, with a made-up hash: flagged where it is and after it.
    let (_c, copy) = tampered_copy(
        &desk,
        &[
            "UPDATE claim_events SET id = id + 100 WHERE id >= 3",
            &format!(
                "INSERT INTO claim_events (id, claim_id, at, staff_id, from_status, to_status, note, prev_hash, hash)
                 SELECT 3, claim_id, at, staff_id, from_status, to_status, 'slipped in', '{GENESIS}', '{GENESIS}'
                 FROM claim_events WHERE id = 2"
            ),
        ],
    );
    let r = copy.verify_history().unwrap();
    assert!(
        r.problems
            .iter()
            .any(|p| p.chain == Chain::Events && p.id == Some(3)),
        "{:?}",
        r.problems
    );
    // The original desk is untouched by all this.
    assert!(desk.store.verify_history().unwrap().intact);
}

fn replace_delete_and_update_on_history_and_claims_are_refused_in_the_database(b: Backend) {
    let desk = desk_with_history(b);
    let db = &desk.db;
    // The first claim (its id's year is the year it was filed).
    let first = desk
        .store
        .claims(&Default::default(), Default::default(), 0, 100_000)
        .unwrap()
        .into_iter()
        .map(|c| c.id)
        .min()
        .unwrap();
    let replace_claim =
        format!("INSERT OR REPLACE INTO claims SELECT * FROM claims WHERE id = '{first}'");
    let delete_claim = format!("DELETE FROM claims WHERE id = '{first}'");
    let update_claim =
        format!("UPDATE claims SET created_by = created_by + 1 WHERE id = '{first}'");
    let replace = match b {
        // REPLACE deletes the old row without firing delete triggers: a
        // BEFORE INSERT trigger refuses it.
        Backend::Sqlite => vec![
            "INSERT OR REPLACE INTO audit_log (id, at, staff_id, action, subject, details, prev_hash, hash)
             VALUES (1, '2020-01-01T00:00:00', NULL, 'x', 'y', '{}', '', '')",
            "REPLACE INTO claim_events (id, claim_id, at, staff_id, from_status, to_status, note)
             SELECT id, claim_id, at, staff_id, from_status, to_status, 'rewritten' FROM claim_events WHERE id = 1",
            replace_claim.as_str(),
        ],
        Backend::Postgres => vec![
            "INSERT INTO audit_log (id, at, staff_id, action, subject, details)
             VALUES (1, '2020-01-01', NULL, 'x', 'y', '{}')
             ON CONFLICT (id) DO UPDATE SET subject = 'y'",
            "INSERT INTO claim_events (id, claim_id, at, staff_id, from_status, to_status, note)
             SELECT id, claim_id, at, staff_id, from_status, to_status, 'rewritten' FROM claim_events WHERE id = 1
             ON CONFLICT (id) DO UPDATE SET note = excluded.note",
        ],
    };
    let before = desk.store.verify_history().unwrap();
    for sql in replace.iter().copied().chain([
        "UPDATE audit_log SET subject = 'x' WHERE id = 1",
        "DELETE FROM audit_log WHERE id = 1",
        "UPDATE claim_events SET note = 'x' WHERE id = 1",
        "DELETE FROM claim_events WHERE id = 1",
        delete_claim.as_str(),
        update_claim.as_str(),
        "DELETE FROM chain_heads",
    ]) {
        let e = raw_exec(db, sql).expect_err(sql);
        assert!(
            e.contains("append-only") || e.contains("never") || e.contains("kept"),
            "{sql}: {e}"
        );
    }
    let after = desk.store.verify_history().unwrap();
    assert_eq!(before, after, "nothing changed");
    assert!(after.intact);
    // The service still moves claims on (status updates are allowed).
    desk.store
        .advance_claim(
            desk.tech,
            "CL-2025-000001",
            caredesk::desk::ClaimAction::AwaitProduct,
            "",
        )
        .ok();
    assert!(desk.store.verify_history().unwrap().intact);
}

on_both_backends!(
    audit_verify_finds_rewritten_removed_and_added_rows,
    replace_delete_and_update_on_history_and_claims_are_refused_in_the_database,
);

/// Rows written before the chains existed are chained in id order when the
/// database is opened by this CareDesk (SQLite: a version-2 file; the
/// PostgreSQL migration does the same, below).
#[test]
fn rows_from_before_the_chain_are_chained_by_the_migration() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v2.sqlite3");
    let mut raw = rusqlite::Connection::open(&path).unwrap();
    caredesk::store::sqlite::schema::migrate_to(&mut raw, 2).unwrap();
    raw.execute_batch(
        "INSERT INTO staff (id, name, role, created_at) VALUES (1, 'Old Tech', 'technician', '2025-01-01T00:00:00');
         INSERT INTO audit_log (at, staff_id, action, subject, details) VALUES
           ('2025-01-01T00:00:00', NULL, 'seed_fees', 'fee_schedule', '{}'),
           ('2025-01-02T00:00:00', 1, 'load_demo', 'demo', '{}'),
           ('2025-01-03T00:00:00', 1, 'add_staff', 'Old Tech', '{}');",
    )
    .unwrap();
    drop(raw);
    let store = Service::open_path(&path, catalog()).unwrap();
    let r = store.verify_history().unwrap();
    assert!(r.intact, "{:?}", r.problems);
    // The three old rows, and what the later migrations audited (the
    // regional fee schedule), all in one chain.
    let audited = store.audit_log(1000).unwrap().len() as u64;
    assert!(audited >= 3);
    assert_eq!(r.chains[0].rows, audited);
    // A database that had demo data loaded is a demo database.
    assert!(store.is_demo().unwrap());
}

#[test]
fn postgres_rows_from_before_the_chain_are_chained_by_the_migration() {
    if !store_support::pg_enabled() {
        return;
    }
    let db = TestDb::new(Backend::Postgres);
    let caredesk::desk::Location::Postgres(url) = &db.location else {
        unreachable!()
    };
    let mut c = ::postgres::Client::connect(url, ::postgres::NoTls).unwrap();
    caredesk::store::postgres::schema::migrate_to(&mut c, 1).unwrap();
    c.batch_execute(
        "INSERT INTO staff (id, name, role, created_at) VALUES (1, 'Old Tech', 'technician', '2025-01-01');
         INSERT INTO audit_log (at, staff_id, action, subject, details) VALUES
           ('2025-01-01', NULL, 'seed_fees', 'fee_schedule', '{}'),
           ('2025-01-03', 1, 'add_staff', 'Old Tech', '{}');",
    )
    .unwrap();
    drop(c);
    let store = Service::open(&db.location, catalog()).unwrap();
    let r = store.verify_history().unwrap();
    assert!(r.intact, "{:?}", r.problems);
    let audited = store.audit_log(1000).unwrap().len() as u64;
    assert!(audited >= 2);
    assert_eq!(r.chains[0].rows, audited);
    assert!(
        !store.is_demo().unwrap(),
        "staff but no demo load: a real database"
    );
    assert_eq!(store.kind().unwrap(), caredesk::desk::DatabaseKind::Real);
}
