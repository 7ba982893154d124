//! Issue 15, backups: the rotation (7 daily, 4 weekly) on fixed dates; a
//! backup taken while another process files claims, then restored and
//! compared; a restore refuses a file that is not a sound CareDesk backup;
//! on PostgreSQL, the pg_dump/psql round trip the README documents.

#[macro_use]
mod store_support;

use caredesk::desk::{DAILY_KEPT, Desk as Service, StoreError, WEEKLY_KEPT, backups_to_keep};
use chrono::{Days, NaiveDate};
use std::collections::BTreeSet;
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use store_support::{Backend, Desk, PIN, catalog, d};

#[test]
fn the_rotation_keeps_seven_daily_and_four_weekly() {
    // A backup every day from 2026-09-01 to 2026-11-25 (a Wednesday).
    let first = d("2026-09-01");
    let days: Vec<NaiveDate> = (0..86).map(|i| first + Days::new(i)).collect();
    let keep = backups_to_keep(&days);
    let expected: BTreeSet<NaiveDate> = [
        // The seven newest.
        "2026-11-25",
        "2026-11-24",
        "2026-11-23",
        "2026-11-22",
        "2026-11-21",
        "2026-11-20",
        "2026-11-19",
        // The newest of each of the four ISO weeks before: the rest of the
        // week of 16 Nov (Mon 16 – Wed 18), then the Sundays before.
        "2026-11-18",
        "2026-11-15",
        "2026-11-08",
        "2026-11-01",
    ]
    .iter()
    .map(|s| d(s))
    .collect();
    assert_eq!(keep, expected);
    assert_eq!(keep.len(), DAILY_KEPT + WEEKLY_KEPT);
    // Gaps (a closed shop) do not lose the old weeks.
    let sparse = [
        d("2026-11-25"),
        d("2026-10-01"),
        d("2026-09-30"),
        d("2026-08-01"),
    ];
    assert_eq!(backups_to_keep(&sparse).len(), 4);
    assert!(backups_to_keep(&[]).is_empty());
}

#[test]
fn daily_backups_run_once_a_day_and_rotate_on_disk() {
    let desk = Desk::new();
    let dir = desk.store.backup_dir().unwrap();
    let first = d("2026-09-01");
    for i in 0..40 {
        let today = first + Days::new(i);
        let run = desk.store.daily_backup(today).unwrap();
        assert!(run.made.is_some(), "{today}: made");
        let again = desk.store.daily_backup(today).unwrap();
        assert!(again.made.is_none(), "once a day");
    }
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let keep = backups_to_keep(&(0..40).map(|i| first + Days::new(i)).collect::<Vec<_>>());
    let expected: Vec<String> = keep
        .iter()
        .map(|day| format!("desk-{day}.sqlite3"))
        .collect();
    assert_eq!(names, expected);
    // "Last backup" for Settings.
    let last = desk.store.last_backup().unwrap().unwrap();
    assert!(last.file.ends_with("desk-2026-10-10.sqlite3"), "{last:?}");
    assert_eq!(last.audit_head.len(), 64);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&last.file).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
}

fn claim_ids(s: &Service) -> Vec<String> {
    s.claims(&Default::default(), Default::default(), 0, 1_000_000)
        .unwrap()
        .into_iter()
        .map(|r| r.id)
        .collect()
}

#[test]
fn a_backup_taken_while_another_process_writes_restores_exactly() {
    let desk = Desk::new();
    let db = desk.path();
    let dir = desk.db.dir();
    // Another workstation files claims, one transaction each.
    let mut writer = Command::new(env!("CARGO_BIN_EXE_caredesk"))
        .arg("--db")
        .arg(&db)
        .args([
            "--staff",
            "Sue Supervisor",
            "stress-claims",
            "--count",
            "400",
        ])
        .env("CAREDESK_PIN", PIN)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(writer.stdout.take().unwrap()).lines();
    // Some claims in, then the backup while it keeps going.
    for _ in 0..50 {
        lines.next().unwrap().unwrap();
    }
    let out = dir.join("mid-shift.sqlite3");
    let info = desk.store.backup(&out).unwrap();
    assert!(info.bytes > 0);
    let printed: Vec<String> = lines.map_while(Result::ok).collect();
    assert!(writer.wait().unwrap().success());
    // The copy is sound, consistent, and holds a prefix of the claims.
    let copy = Service::open_read_only(&out, catalog()).unwrap();
    assert_eq!(copy.integrity_check().unwrap(), "ok");
    assert!(copy.verify_history().unwrap().intact);
    let in_copy = claim_ids(&copy);
    let now = claim_ids(&desk.store);
    assert!(
        in_copy.len() >= 50 && in_copy.len() <= now.len(),
        "{}",
        in_copy.len()
    );
    assert!(in_copy.iter().all(|id| now.contains(id)));
    assert!(now.len() >= 50 + printed.len());
    drop(copy);

    // Restore it (a supervisor's action): the database is the copy again,
    // and what was there before is kept aside.
    let sup = desk.store.sign_in(desk.sup, PIN).unwrap();
    let (restored, summary) = desk.store.restore(&sup, &out).unwrap();
    assert_eq!(claim_ids(&restored), in_copy);
    assert_eq!(summary.restored.claims as usize, in_copy.len());
    assert!(restored.verify_history().unwrap().intact);
    assert_eq!(restored.integrity_check().unwrap(), "ok");
    let aside = Service::open_read_only(&summary.previous_copied_to, catalog()).unwrap();
    assert_eq!(
        claim_ids(&aside),
        now,
        "the state before the restore is kept"
    );
    // Other handles on the file see the restored data at once.
    assert_eq!(claim_ids(&desk.reopen()), in_copy);
    assert_eq!(
        restored.audit_log(1).unwrap()[0].action,
        "restore",
        "the restore is in the restored history"
    );
}

#[test]
fn a_restore_refuses_a_file_that_is_not_a_sound_caredesk_backup() {
    let desk = Desk::new();
    let dir = desk.db.dir();
    let sup = desk.store.sign_in(desk.sup, PIN).unwrap();
    let tech = desk
        .store
        .sign_in(desk.tech, store_support::TECH_PIN)
        .unwrap();
    let before = claim_ids(&desk.store);
    let staff_before = desk.store.staff().unwrap();
    let good = dir.join("good.sqlite3");
    desk.store.backup(&good).unwrap();
    // Only a supervisor restores.
    assert!(
        desk.store
            .restore(&tech, &good)
            .unwrap_err()
            .is_not_allowed()
    );
    // Text, another program's database, an empty file, a missing file.
    let text = dir.join("text.sqlite3");
    std::fs::write(&text, "just some text, long enough to be read as a header").unwrap();
    let foreign = dir.join("foreign.sqlite3");
    rusqlite::Connection::open(&foreign)
        .unwrap()
        .execute_batch("CREATE TABLE t (x)")
        .unwrap();
    let empty = dir.join("empty.sqlite3");
    std::fs::write(&empty, "").unwrap();
    for bad in [&text, &foreign, &empty] {
        let e = desk.store.restore(&sup, bad).unwrap_err();
        assert!(matches!(e, StoreError::NotCareDesk(_)), "{bad:?}: {e:?}");
    }
    assert!(
        desk.store
            .restore(&sup, &dir.join("missing.sqlite3"))
            .is_err()
    );
    // A newer schema.
    let newer = dir.join("newer.sqlite3");
    std::fs::copy(&good, &newer).unwrap();
    rusqlite::Connection::open(&newer)
        .unwrap()
        .execute_batch("PRAGMA user_version = 999")
        .unwrap();
    let e = desk.store.restore(&sup, &newer).unwrap_err();
    assert!(matches!(e, StoreError::SchemaTooNew { .. }), "{e:?}");
    // Altered history.
    let altered = dir.join("altered.sqlite3");
    std::fs::copy(&good, &altered).unwrap();
    rusqlite::Connection::open(&altered)
        .unwrap()
        .execute_batch(
            "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET subject = 'x' WHERE id = 2;",
        )
        .unwrap();
    let e = desk.store.restore(&sup, &altered).unwrap_err();
    assert!(e.to_string().contains("altered"), "{e}");
    // The database is as it was.
    assert_eq!(claim_ids(&desk.store), before);
    assert_eq!(desk.store.staff().unwrap(), staff_before);
}

#[test]
fn a_backup_is_written_only_to_a_regular_file() {
    let desk = Desk::new();
    let dir = desk.db.dir();
    for bad in [std::path::PathBuf::from("/dev/null"), dir.clone()] {
        let e = desk.store.backup(&bad).unwrap_err();
        assert!(e.to_string().contains("not a regular file"), "{bad:?}: {e}");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        assert!(
            std::fs::metadata("/dev/null")
                .unwrap()
                .file_type()
                .is_char_device()
        );
        let link = dir.join("link.sqlite3");
        std::os::unix::fs::symlink("/etc/hostname", &link).unwrap();
        assert!(desk.store.backup(&link).is_err());
    }
    let pg_like = desk.store.backup(&dir.join("no/such/folder/x.sqlite3"));
    assert!(pg_like.is_err());
}

/// PostgreSQL is backed up with the server's own tools (README, "Backups"):
/// `pg_dump` of the CareDesk schema, then `psql` into an empty server gives
/// back every claim and an intact history.
#[test]
fn postgres_round_trips_through_pg_dump_and_psql() {
    if !store_support::pg_enabled() {
        return;
    }
    let bin = std::path::Path::new("/usr/lib/postgresql/15/bin");
    let tool = |name: &str| {
        let p = bin.join(name);
        if p.exists() {
            p
        } else {
            std::path::PathBuf::from(name)
        }
    };
    let desk = Desk::on(Backend::Postgres);
    desk.store
        .set_idle_lock_minutes(&desk.store.sign_in(desk.sup, PIN).unwrap(), 7)
        .unwrap();
    let mut desk = desk;
    desk.received_replacement("1SPGDUMP00001");
    let before = claim_ids(&desk.store);
    let history = desk.store.verify_history().unwrap();
    let schema = desk.db.schema().unwrap().to_owned();
    let admin = store_support::pg_admin_url();
    let dump = tempfile::NamedTempFile::new().unwrap();
    let out = Command::new(tool("pg_dump"))
        .args([
            "--no-owner",
            "--no-privileges",
            "--schema",
            &schema,
            "--file",
        ])
        .arg(dump.path())
        .arg(&admin)
        .output()
        .expect("pg_dump runs (postgresql-client)");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // The server loses the schema; psql brings it back.
    drop(desk.store);
    let mut c = postgres::Client::connect(&admin, postgres::NoTls).unwrap();
    c.batch_execute(&format!("DROP SCHEMA {schema} CASCADE"))
        .unwrap();
    let out = Command::new(tool("psql"))
        .args([
            "--quiet",
            "--set",
            "ON_ERROR_STOP=1",
            "--single-transaction",
            "--file",
        ])
        .arg(dump.path())
        .arg(&admin)
        .output()
        .expect("psql runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let back = Service::open(&desk.db.location, catalog()).unwrap();
    assert_eq!(claim_ids(&back), before);
    assert_eq!(back.verify_history().unwrap(), history);
    assert_eq!(back.idle_lock_minutes().unwrap(), 7);
    // Work goes on: the sequences and the chains continue.
    back.sign_in(desk.tech, store_support::TECH_PIN).unwrap();
    let mut cont = Desk {
        store: back,
        tech: desk.tech,
        ssc: desk.ssc,
        sup: desk.sup,
        db: desk.db,
    };
    cont.received_replacement("1SPGDUMP00002");
    assert!(cont.store.verify_history().unwrap().intact);
}
