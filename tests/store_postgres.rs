//! PostgreSQL only: the connection lost mid-shift (a loopback relay between
//! CareDesk and the server is cut and restored), passwords from the URL,
//! PGPASSWORD or ~/.pgpass and never printed, TLS per `sslmode`, and the
//! per-year claim-number sequences. The conformance suite (store_*.rs) runs
//! everything else on PostgreSQL too.

mod store_support;

use caredesk::desk::live::LiveEvent;
use caredesk::desk::{ClaimFilter, ClaimKind, Desk as Service, Location};
use caredesk::rules::{ServiceChannel, Term};
use caredesk::store::{self, NewAudit};
use std::process::Command;
use std::sync::mpsc;
use std::time::Duration;
use store_support::{Backend, Desk, Relay, TestDb, catalog, d, pg_enabled, replacement, via_port};

/// A desk whose connections go through a relay the test can cut.
fn desk_via_relay() -> (Desk, Service, Relay) {
    let desk = Desk::on(Backend::Postgres);
    let relay = Relay::to(store_support::pg_addr());
    let Location::Postgres(url) = &desk.db.location else {
        unreachable!()
    };
    let far = Service::open_or_create(&Location::Postgres(via_port(url, relay.port)), catalog())
        .expect("open through the relay");
    (desk, far, relay)
}

#[test]
fn a_lost_server_is_a_clear_error_nothing_half_written_and_the_desk_reconnects() {
    if !pg_enabled() {
        return;
    }
    let (mut desk, far, relay) = desk_via_relay();
    desk.product(
        "LOST00000001",
        "DJI Mavic 3",
        "US",
        Term::OneYear,
        "2025-03-15",
    );
    let input = replacement("US", ServiceChannel::Express, "2025-06-01");
    let file = |s: &Service| {
        s.file_claim(
            desk.tech,
            "LOST00000001",
            ClaimKind::Replacement,
            &input,
            d("2025-06-01"),
        )
    };
    file(&far).expect("filed while connected");
    assert_eq!(far.count_claims(&ClaimFilter::default()).unwrap(), 1);

    relay.cut();
    let e = far.lookup("LOST00000001", d("2025-06-02")).unwrap_err();
    assert!(e.is_connection_lost(), "{e:?}");
    let e = file(&far).unwrap_err();
    assert!(e.is_connection_lost(), "{e:?}");
    let text = e.to_string();
    assert!(
        text.contains("connection to the database server is lost")
            && text.contains("nothing was saved")
            && text.contains("reconnects"),
        "{text}"
    );
    assert!(!text.contains(&store_support::pg_admin_url()), "{text}");

    // The server is back: the next operations reconnect by themselves.
    relay.restore();
    assert_eq!(
        far.lookup("LOST00000001", d("2025-06-02"))
            .unwrap()
            .product
            .serial,
        "LOST00000001"
    );
    file(&far).expect("filed after reconnecting");
    // Exactly the two filings that were confirmed exist; the failed one left nothing.
    assert_eq!(desk.store.count_claims(&ClaimFilter::default()).unwrap(), 2);
}

#[test]
fn a_write_cut_off_mid_transaction_leaves_nothing_behind() {
    if !pg_enabled() {
        return;
    }
    let (desk, far, relay) = desk_via_relay();
    let before = desk.store.audit_log(10_000).unwrap().len();
    let entry = |what: &str| NewAudit {
        at: chrono::Utc::now().naive_utc(),
        staff_id: Some(desk.tech),
        action: what.into(),
        subject: "test".into(),
        details: serde_json::json!({}),
    };
    let mut cut = false;
    let r = store::write(far.storage(), |tx| {
        tx.audit(&entry("first half"))?;
        if !cut {
            cut = true;
            relay.cut();
        }
        tx.audit(&entry("second half"))
    });
    let e = r.unwrap_err();
    assert!(e.is_connection_lost(), "{e:?}");
    relay.restore();
    assert_eq!(
        desk.store.audit_log(10_000).unwrap().len(),
        before,
        "the first half was rolled back with the rest"
    );
    // And the same desk writes again once the server is back.
    store::write(far.storage(), |tx| tx.audit(&entry("after"))).unwrap();
    assert_eq!(desk.store.audit_log(10_000).unwrap().len(), before + 1);
}

#[test]
fn the_live_watcher_says_when_the_server_is_lost_and_back() {
    if !pg_enabled() {
        return;
    }
    let (_desk, far, relay) = desk_via_relay();
    let (tx, rx) = mpsc::channel();
    let _watch = far.watch(move |e| drop(tx.send(e))).unwrap();
    let next = |want: fn(&LiveEvent) -> bool| {
        // Bounded: the test ends even if the event never comes.
        for _ in 0..60 {
            match rx.recv_timeout(Duration::from_millis(500)) {
                Ok(e) if want(&e) => return e,
                _ => {}
            }
        }
        panic!("the watcher never reported it");
    };
    next(|e| *e == LiveEvent::Listening);
    relay.cut();
    next(|e| matches!(e, LiveEvent::Lost(_)));
    relay.restore();
    next(|e| *e == LiveEvent::Restored);
}

fn lookup_exit(url: &str, envs: &[(&str, &str)]) -> std::process::Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_caredesk"));
    c.args(["--db", url, "staff", "list"])
        .env_remove("PGPASSWORD")
        .env_remove("PGPASSFILE")
        .env("HOME", std::env::temp_dir().join("caredesk-no-home"));
    for (k, v) in envs {
        c.env(k, v);
    }
    c.output().expect("run caredesk")
}

#[test]
fn the_password_comes_from_the_url_pgpassword_or_pgpass_and_is_never_printed() {
    if !pg_enabled() {
        return;
    }
    let db = TestDb::new(Backend::Postgres);
    drop(db.open());
    let Location::Postgres(url) = &db.location else {
        unreachable!()
    };
    // postgres://user:PASSWORD@host:port/db?…
    let (scheme_user, rest) = url.split_once('@').expect("url with a password");
    let (scheme, user_pass) = scheme_user.split_once("://").unwrap();
    let (user, password) = user_pass.split_once(':').expect("user:password");
    let bare = format!("{scheme}://{user}@{rest}");

    let ok = lookup_exit(url, &[]);
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );

    let refused = lookup_exit(&bare, &[]);
    assert_eq!(refused.status.code(), Some(2));
    let err = String::from_utf8_lossy(&refused.stderr);
    assert!(err.contains("password"), "{err}");

    let with_env = lookup_exit(&bare, &[("PGPASSWORD", password)]);
    assert!(
        with_env.status.success(),
        "{}",
        String::from_utf8_lossy(&with_env.stderr)
    );

    let dir = tempfile::tempdir().unwrap();
    let pgpass = dir.path().join("pgpass");
    let addr = store_support::pg_addr();
    std::fs::write(
        &pgpass,
        format!("{}:{}:*:{user}:{password}\n", addr.ip(), addr.port()),
    )
    .unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&pgpass, std::fs::Permissions::from_mode(0o600)).unwrap();
    let with_file = lookup_exit(&bare, &[("PGPASSFILE", pgpass.to_str().unwrap())]);
    assert!(
        with_file.status.success(),
        "{}",
        String::from_utf8_lossy(&with_file.stderr)
    );
    // A pgpass file others can read is ignored, as libpq does.
    std::fs::set_permissions(&pgpass, std::fs::Permissions::from_mode(0o644)).unwrap();
    let loose = lookup_exit(&bare, &[("PGPASSFILE", pgpass.to_str().unwrap())]);
    assert_eq!(loose.status.code(), Some(2));

    // A wrong password: refused in words, the password nowhere in them.
    let wrong = url.replacen(password, "not-the-password", 1);
    let out = lookup_exit(&wrong, &[]);
    assert_eq!(out.status.code(), Some(2));
    for stream in [&out.stdout, &out.stderr, &ok.stdout, &ok.stderr] {
        let text = String::from_utf8_lossy(stream);
        assert!(
            !text.contains(password) && !text.contains("not-the-password"),
            "{text}"
        );
    }
}

#[test]
fn tls_is_used_when_sslmode_asks_for_it() {
    if !pg_enabled() {
        return;
    }
    // .ci/pg-start turns TLS on with a throwaway certificate (CAREDESK_TEST_PG_CERT).
    let Some(cert) = std::env::var_os("CAREDESK_TEST_PG_CERT") else {
        eprintln!("CAREDESK_TEST_PG_CERT not set: the server has no TLS; skipped");
        return;
    };
    let db = TestDb::new(Backend::Postgres);
    let Location::Postgres(url) = &db.location else {
        unreachable!()
    };
    let ssl_of = |extra: &str| -> Result<bool, String> {
        let s = Service::open_or_create(&Location::Postgres(format!("{url}&{extra}")), catalog())
            .map_err(|e| e.to_string())?;
        // The desk's own session: is it encrypted?
        let storage = s
            .storage()
            .as_any()
            .downcast_ref::<caredesk::store::postgres::PgStorage>()
            .unwrap();
        storage.ssl_in_use().map_err(|e| e.to_string())
    };
    assert_eq!(ssl_of("sslmode=disable"), Ok(false));
    assert_eq!(ssl_of("sslmode=require"), Ok(true));
    let cert = cert.to_str().unwrap();
    assert_eq!(
        ssl_of(&format!("sslmode=verify-full&sslrootcert={cert}")),
        Ok(true)
    );
    // Verification against a root that did not sign the server's fails.
    if let Some(other) = std::env::var_os("CAREDESK_TEST_PG_OTHER_CERT") {
        let e = ssl_of(&format!(
            "sslmode=verify-full&sslrootcert={}",
            other.to_str().unwrap()
        ));
        assert!(e.is_err(), "{e:?}");
    }
}

#[test]
fn claim_numbers_are_unique_per_year_across_workstations() {
    if !pg_enabled() {
        return;
    }
    let mut desk = Desk::on(Backend::Postgres);
    desk.product(
        "SEQ000000001",
        "DJI Mavic 3",
        "US",
        Term::TwoYear,
        "2025-03-15",
    );
    // A claim's id has the year it is filed: two workstations on either
    // side of New Year's night.
    let others: Vec<Service> = (0..4)
        .map(|i| {
            desk.reopen().with_today(d(if i % 2 == 0 {
                "2025-12-31"
            } else {
                "2026-01-02"
            }))
        })
        .collect();
    let ids: Vec<String> = std::thread::scope(|s| {
        let handles: Vec<_> = others
            .iter()
            .enumerate()
            .map(|(i, o)| {
                let tech = desk.tech;
                s.spawn(move || {
                    (0..10)
                        .map(|k| {
                            let on = if i % 2 == 0 || k % 2 == 0 {
                                "2025-12-30"
                            } else {
                                "2026-01-02"
                            };
                            o.file_claim(
                                tech,
                                "SEQ000000001",
                                ClaimKind::Replacement,
                                &replacement("US", ServiceChannel::Online, on),
                                d(on),
                            )
                            .expect("file")
                            .row
                            .id
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap())
            .collect()
    });
    let unique: std::collections::BTreeSet<&String> = ids.iter().collect();
    assert_eq!(unique.len(), 40, "{ids:?}");
    for year in ["2025", "2026"] {
        let mut n: Vec<u32> = ids
            .iter()
            .filter(|id| id.starts_with(&format!("CL-{year}-")))
            .map(|id| id[8..].parse().unwrap())
            .collect();
        n.sort();
        assert_eq!(n.len(), 20);
        assert!(n[0] >= 1, "{year}: {n:?}");
    }
}
