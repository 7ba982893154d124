//! `caredesk migrate`: a one-seat SQLite database copied into PostgreSQL and
//! back, in one transaction, counts verified; everything reads back the
//! same, claim numbering and ids continue, PINs still verify; a non-empty
//! target is refused and left as it was.

mod store_support;

use caredesk::desk::{ClaimFilter, ClaimKind, ClaimSort, Desk as Service, Location, StoreError};
use caredesk::rules::ServiceChannel;
use std::process::Command;
use store_support::{Backend, TestDb, catalog, d, pg_enabled, replacement};

fn claims(s: &Service) -> Vec<caredesk::desk::ClaimDetail> {
    s.claims(&ClaimFilter::default(), ClaimSort::default(), 0, 100_000)
        .unwrap()
        .into_iter()
        .map(|r| s.claim(&r.id).unwrap())
        .collect()
}

fn same_claims(a: &Service, b: &Service) {
    let (ca, cb) = (claims(a), claims(b));
    assert_eq!(ca.len(), cb.len());
    for (x, y) in ca.iter().zip(&cb) {
        assert_eq!(x.row, y.row);
        assert_eq!(x.input, y.input);
        assert_eq!(x.events, y.events);
        assert_eq!(x.decision, y.decision);
        assert_eq!(x.product, y.product);
        assert_eq!(x.advice, y.advice);
    }
}

#[test]
fn sqlite_to_postgres_and_back_keeps_everything() {
    if !pg_enabled() {
        return;
    }
    let today = d("2026-11-25");
    let sqlite = TestDb::new(Backend::Sqlite);
    let source = sqlite.open();
    source.load_demo(60, today, &|_| true).unwrap();
    let source_counts = source.storage().read().unwrap().counts().unwrap();
    // Every demo claim was decided with its advice kept; it travels too.
    assert_eq!(source_counts.claim_advice, source_counts.claims);

    let pg = TestDb::new(Backend::Postgres);
    let summary = caredesk::desk::migrate(&sqlite.location, &pg.location).unwrap();
    assert_eq!(summary.copied, source_counts);
    assert!(!summary.to.contains(&store_support::pg_admin_url()));
    let target = pg.open();
    assert!(!target.was_created());
    assert_eq!(
        target.storage().read().unwrap().counts().unwrap(),
        source_counts
    );
    same_claims(&source, &target);
    assert_eq!(target.staff().unwrap(), source.staff().unwrap());
    assert_eq!(
        target.fee_schedule().unwrap(),
        source.fee_schedule().unwrap()
    );
    assert_eq!(
        target.audit_log(100_000).unwrap(),
        source.audit_log(100_000).unwrap()
    );
    let dana = target.staff_by_name("Dana Supervisor").unwrap();
    target
        .verify_supervisor(dana.id, caredesk::desk::DEMO_SUPERVISOR_PIN)
        .unwrap();
    // The hash chains travel with the rows: intact on PostgreSQL, same heads.
    let there = target.verify_history().unwrap();
    assert!(there.intact, "{:?}", there.problems);
    assert_eq!(there.chains, source.verify_history().unwrap().chains);
    assert!(target.is_demo().unwrap(), "the demo flag travels too");

    // Work goes on on PostgreSQL: the next claim number follows the copied
    // ones, new rows get new ids.
    let last = claims(&target)
        .iter()
        .map(|c| c.row.id.clone())
        .filter(|id| id.starts_with("CL-2026-"))
        .max()
        .unwrap();
    let serial = "MIGR00000001";
    target
        .register_product(
            dana.id,
            &caredesk::desk::NewProduct {
                serial: serial.into(),
                model: "DJI Mavic 3".into(),
                channel: caredesk::rules::SalesChannel::Official,
                region: store_support::r("US"),
                base_plan: Some(caredesk::desk::NewBasePlan {
                    term: caredesk::rules::Term::OneYear,
                    region: store_support::r("US"),
                    starts: d("2026-03-15"),
                    ends: d("2027-03-15"),
                    replacements_total: 2,
                    replacements_used: 0,
                }),
            },
        )
        .unwrap();
    let next = target
        .file_claim(
            dana.id,
            serial,
            ClaimKind::Replacement,
            &replacement("US", ServiceChannel::Online, "2026-11-20"),
            d("2026-11-20"),
        )
        .unwrap();
    assert!(next.row.id > last, "{} after {last}", next.row.id);
    let boss = target
        .sign_in(dana.id, caredesk::desk::DEMO_SUPERVISOR_PIN)
        .unwrap();
    let added = target
        .add_staff(
            &boss,
            "New After Migrate",
            caredesk::desk::Role::Technician,
            "24681357",
        )
        .unwrap();
    assert!(added.id > dana.id);

    // And back to a file, to take a copy home.
    let home = TestDb::new(Backend::Sqlite);
    let back = caredesk::desk::migrate(&pg.location, &home.location).unwrap();
    assert_eq!(back.copied.claims, source_counts.claims + 1);
    let copy = home.open();
    same_claims(&target, &copy);
    assert_eq!(copy.integrity_check().unwrap(), "ok");
    let home_history = copy.verify_history().unwrap();
    assert!(home_history.intact, "{:?}", home_history.problems);
    // Numbering continues there too.
    let after = copy
        .file_claim(
            dana.id,
            serial,
            ClaimKind::Replacement,
            &replacement("US", ServiceChannel::Online, "2026-11-21"),
            d("2026-11-21"),
        )
        .unwrap();
    assert!(after.row.id > next.row.id);
}

#[test]
fn a_target_that_holds_data_is_refused_and_left_as_it_was() {
    let source = TestDb::new(Backend::Sqlite);
    source
        .open()
        .load_demo(5, d("2026-11-25"), &|_| true)
        .unwrap();
    let mut targets = vec![TestDb::new(Backend::Sqlite)];
    if pg_enabled() {
        targets.push(TestDb::new(Backend::Postgres));
    }
    for target in &targets {
        let t = target.open(); // a new database seeds its fee schedule
        let before = t.storage().read().unwrap().counts().unwrap();
        let e = caredesk::desk::migrate(&source.location, &target.location).unwrap_err();
        assert!(
            matches!(&e, StoreError::Invalid(m) if m.contains("not empty")),
            "{e:?}"
        );
        assert_eq!(t.storage().read().unwrap().counts().unwrap(), before);
    }
    // The same database on both sides, or a missing source: refused.
    let e = caredesk::desk::migrate(&source.location, &source.location).unwrap_err();
    assert!(e.to_string().contains("same database"), "{e}");
    let missing = Location::Sqlite(source.dir().join("nope.sqlite3"));
    let fresh = TestDb::new(Backend::Sqlite);
    assert!(matches!(
        caredesk::desk::migrate(&missing, &fresh.location),
        Err(StoreError::NoDatabase(_))
    ));
    let _ = catalog();
}

#[test]
fn the_cli_migrates_and_prints_what_it_copied() {
    if !pg_enabled() {
        return;
    }
    let source = TestDb::new(Backend::Sqlite);
    source
        .open()
        .load_demo(10, d("2026-11-25"), &|_| true)
        .unwrap();
    let products = source.open().count_products().unwrap();
    let pg = TestDb::new(Backend::Postgres);
    let out = Command::new(env!("CARGO_BIN_EXE_caredesk"))
        .arg("migrate")
        .arg("--from")
        .arg(source.arg())
        .arg("--to")
        .arg(pg.arg())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        v["copied"]["products"], products,
        "10 demo products and their replacements"
    );
    let password = pg.arg().into_string().unwrap();
    let password = password
        .split_once("://")
        .unwrap()
        .1
        .split_once('@')
        .unwrap()
        .0;
    let printed = String::from_utf8_lossy(&out.stdout);
    assert!(
        !printed.contains(password.split_once(':').unwrap().1),
        "{printed}"
    );
    // Again into the same, now full, database: exit 2, one line.
    let again = Command::new(env!("CARGO_BIN_EXE_caredesk"))
        .arg("migrate")
        .arg("--from")
        .arg(source.arg())
        .arg("--to")
        .arg(pg.arg())
        .output()
        .unwrap();
    assert_eq!(again.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&again.stderr).contains("not empty"));
}
