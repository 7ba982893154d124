//! The store's scriptable twins through the real binary: JSON on stdout,
//! one-line errors on stderr with exit 2, nothing written on failure.
//! Every write signs a person in (issue 15): the demo's technician, Tomas
//! (PIN 111111, as the README lists), unless a test says otherwise.

use std::path::Path;
use std::process::{Command, Output};

/// As Tomas Technician of a demo database.
fn caredesk(db: &Path, args: &[&str]) -> Output {
    caredesk_as(db, "Tomas Technician", "111111", args)
}

fn caredesk_as(db: &Path, staff: &str, pin: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_caredesk"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env_remove("CAREDESK_DB")
        .env("CAREDESK_STAFF", staff)
        .env("CAREDESK_PIN", pin)
        .env_remove("CAREDESK_NEW_PIN")
        .output()
        .expect("run caredesk")
}

/// A new real database with its first supervisor.
fn init(db: &Path, name: &str, pin: &str) {
    let o = Command::new(env!("CARGO_BIN_EXE_caredesk"))
        .arg("--db")
        .arg(db)
        .args(["--create", "staff", "init", name])
        .env_remove("CAREDESK_DB")
        .env("CAREDESK_NEW_PIN", pin)
        .output()
        .expect("run caredesk");
    json(&o);
}

fn json(o: &Output) -> serde_json::Value {
    assert!(
        o.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    serde_json::from_slice(&o.stdout).expect("JSON on stdout")
}

fn one_line_error(o: &Output) -> String {
    assert_eq!(
        o.status.code(),
        Some(2),
        "stdout: {}",
        String::from_utf8_lossy(&o.stdout)
    );
    let err = String::from_utf8_lossy(&o.stderr).to_string();
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    err
}

fn audit_len(db: &Path) -> usize {
    json(&caredesk(db, &["audit", "--limit", "100000"]))
        .as_array()
        .unwrap()
        .len()
}

#[test]
fn demo_then_lookup_prints_json() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("d.sqlite3");
    let out = json(&caredesk(
        &db,
        &["demo", "--products", "50", "--today", "2026-11-25"],
    ));
    assert_eq!(out["summary"]["products"], 50);
    let serial = out["summary"]["sample_serials"][0][1]
        .as_str()
        .unwrap()
        .to_owned();
    let l = json(&caredesk(&db, &["lookup", &serial, "--on", "2026-11-25"]));
    assert_eq!(l["product"]["serial"], serial.as_str());
    assert!(l["claims"].is_array());
    let claims = json(&caredesk(
        &db,
        &["claims", "--status", "closed", "--limit", "5"],
    ));
    assert_eq!(claims["claims"].as_array().unwrap().len(), 5);
    assert!(claims["total"].as_u64().unwrap() >= 5);
}

#[test]
fn unknown_serial_bad_code_and_bad_dates_exit_2_and_write_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("e.sqlite3");
    json(&caredesk(
        &db,
        &["demo", "--products", "5", "--today", "2026-11-25"],
    ));
    let before = audit_len(&db);
    let e = one_line_error(&caredesk(&db, &["lookup", "NOSUCHSERIAL"]));
    assert!(e.contains("NOSUCHSERIAL"), "{e}");
    let e = one_line_error(&caredesk(
        &db,
        &["card", "bind", "NOPE-0000", "1SAA0000000001"],
    ));
    assert!(e.contains("unknown activation code"), "{e}");
    one_line_error(&caredesk(
        &db,
        &["buy-plus", "NOSUCHSERIAL", "--region", "US"],
    ));
    one_line_error(&caredesk(&db, &["lookup", "X", "--on", "2026-13-01"]));
    one_line_error(&caredesk(
        &db,
        &["claim", "advance", "CL-2026-999999", "receive"],
    ));
    one_line_error(&caredesk(
        &db,
        &["claim", "advance", "CL-2026-000001", "fly_away"],
    ));
    one_line_error(&caredesk(
        &db,
        &[
            "--staff", "Nobody", "card", "add", "CRP-X-1", "--region", "US",
        ],
    ));
    assert_eq!(audit_len(&db), before, "nothing written");
}

#[test]
fn import_is_all_or_nothing_with_the_line_named() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("i.sqlite3");
    init(&db, "Ida Import", "314159");
    let caredesk = |db: &Path, args: &[&str]| caredesk_as(db, "Ida Import", "314159", args);
    let csv = dir.path().join("p.csv");
    std::fs::write(
        &csv,
        "serial,model,channel,region,cr_term,cr_region,cr_starts,cr_ends,cr_replacements_total,cr_replacements_used\n\
         CLI0000000001,DJI Mavic 3,official,US,1y,US,2025-03-15,2026-03-15,2,0\n\
         CLI0000000002,DJI Mavic 3,official,US,1y,US,2025-03-15,not-a-date,2,0\n",
    )
    .unwrap();
    let e = one_line_error(&caredesk(
        &db,
        &["import", "products", csv.to_str().unwrap()],
    ));
    assert!(e.contains("line 3") && e.contains("cr_ends"), "{e}");
    one_line_error(&caredesk(&db, &["lookup", "CLI0000000001"]));
    let missing = dir.path().join("missing.csv");
    one_line_error(&caredesk(
        &db,
        &["import", "products", missing.to_str().unwrap()],
    ));

    std::fs::write(
        &csv,
        "serial,model,channel,region,cr_term,cr_region,cr_starts,cr_ends,cr_replacements_total,cr_replacements_used\n\
         CLI0000000001,DJI Mavic 3,official,US,1y,US,2025-03-15,2026-03-15,2,0\n",
    )
    .unwrap();
    assert_eq!(
        json(&caredesk(
            &db,
            &["import", "products", csv.to_str().unwrap()]
        ))["imported"],
        1
    );
}

#[test]
fn cards_claims_and_lifecycle_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c.sqlite3");
    init(&db, "Pat Sup", "999999");
    let csv = dir.path().join("p.csv");
    std::fs::write(
        &csv,
        "serial,model,channel,region,cr_term,cr_region,cr_starts,cr_ends,cr_replacements_total,cr_replacements_used\n\
         CLI0000000001,DJI Mavic 3,official,US,1y,US,2025-03-15,2026-03-15,2,0\n\
         CLI0000000002,DJI Mavic 3,official,US,1y,US,2025-03-15,2026-03-15,2,0\n",
    )
    .unwrap();
    json(&caredesk_as(
        &db,
        "Pat Sup",
        "999999",
        &["import", "products", csv.to_str().unwrap()],
    ));
    // The supervisor adds a technician, with the new PIN on stdin's second line.
    let mut add = Command::new(env!("CARGO_BIN_EXE_caredesk"))
        .arg("--db")
        .arg(&db)
        .args([
            "--staff",
            "Pat Sup",
            "--pin-stdin",
            "staff",
            "add",
            "Tomas Technician",
            "--role",
            "technician",
        ])
        .env_remove("CAREDESK_PIN")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    {
        use std::io::Write;
        add.stdin
            .take()
            .unwrap()
            .write_all(b"999999\n111111\n")
            .unwrap();
    }
    json(&add.wait_with_output().unwrap());
    json(&caredesk(
        &db,
        &["card", "add", "CRP-CLI-1", "--region", "US"],
    ));
    let l = json(&caredesk(
        &db,
        &[
            "card",
            "bind",
            "CRP-CLI-1",
            "CLI0000000001",
            "--on",
            "2025-05-01",
        ],
    ));
    assert_eq!(l["plus_sale"]["card_code"], "CRP-CLI-1");
    let e = one_line_error(&caredesk(
        &db,
        &[
            "card",
            "bind",
            "CRP-CLI-1",
            "CLI0000000002",
            "--on",
            "2025-05-01",
        ],
    ));
    assert!(e.contains("binds once"), "{e}");
    // A rules refusal: exit 1, decision on stdout, reason on stderr.
    let o = caredesk(
        &db,
        &[
            "buy-plus",
            "CLI0000000001",
            "--region",
            "US",
            "--on",
            "2025-05-02",
        ],
    );
    assert_eq!(o.status.code(), Some(1));
    let d: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(d["rules"][0], "BUY-ONCE");

    let claim = dir.path().join("claim.json");
    std::fs::write(
        &claim,
        r#"{"kind": "replacement", "service_region": "US", "channel": "express",
            "cause": "collision", "parts": {"aircraft": 1}, "exclusions": [],
            "submitted": "2025-06-01", "shipped": "2025-06-02",
            "accepts_transregional_fees": false,
            "manufacturing_defect_before_plus": false, "privacy_accepted": true}"#,
    )
    .unwrap();
    let c = json(&caredesk(
        &db,
        &["claim", "file", "CLI0000000002", claim.to_str().unwrap()],
    ));
    assert_eq!(c["row"]["status"], "approved");
    assert_eq!(c["decision"]["decision"], "approved");
    let id = c["row"]["id"].as_str().unwrap().to_owned();
    assert_eq!(id, "CL-2025-000001");
    one_line_error(&caredesk(&db, &["claim", "advance", &id, "close"]));
    for step in ["await_product", "receive"] {
        json(&caredesk(
            &db,
            &["claim", "advance", &id, step, "--note", "ok"],
        ));
    }
    one_line_error(&caredesk(
        &db,
        &["claim", "advance", &id, "ship_replacement"],
    ));
    let shipped = json(&caredesk(
        &db,
        &[
            "claim",
            "advance",
            &id,
            "ship_replacement",
            "--new-serial",
            "CLI0000000099",
        ],
    ));
    assert_eq!(shipped["row"]["status"], "replacement_shipped");
    let old = json(&caredesk(
        &db,
        &["lookup", "CLI0000000002", "--on", "2025-06-03"],
    ));
    assert_eq!(old["product"]["status"], "reclaimed");
    let shown = json(&caredesk(&db, &["claim", "show", &id]));
    assert_eq!(shown["events"].as_array().unwrap().len(), 5);

    // Supervisor-only: fee edit with the PIN from the environment.
    let fee = Command::new(env!("CARGO_BIN_EXE_caredesk"))
        .arg("--db")
        .arg(&db)
        .args([
            "--staff",
            "Pat Sup",
            "fee",
            "set",
            "DJI Mavic 3",
            "1",
            "88.00",
        ])
        .env("CAREDESK_PIN", "999999")
        .output()
        .unwrap();
    assert!(
        fee.status.success(),
        "{}",
        String::from_utf8_lossy(&fee.stderr)
    );
    // A PIN is never an argument (it would show in `ps`).
    let o = caredesk(
        &db,
        &["fee", "set", "DJI Mavic 3", "1", "1.00", "--pin", "999999"],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("unexpected argument '--pin'"));
    let e = one_line_error(&caredesk(&db, &["fee", "set", "DJI Mavic 3", "1", "1.00"]));
    assert!(e.contains("supervisor"), "{e}");

    // Malformed claim file: exit 2, field named, nothing filed.
    std::fs::write(&claim, r#"{"kind": "replacement", "service_region": "US"}"#).unwrap();
    let e = one_line_error(&caredesk(
        &db,
        &["claim", "file", "CLI0000000099", claim.to_str().unwrap()],
    ));
    assert!(e.contains("channel") || e.contains("missing"), "{e}");
    let all = json(&caredesk(&db, &["claims"]));
    assert_eq!(all["total"], 1);
}

#[test]
fn caredesk_db_names_the_database_when_no_flag_is_given() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("from-env.sqlite3");
    let o = Command::new(env!("CARGO_BIN_EXE_caredesk"))
        .args(["demo", "--products", "3", "--today", "2026-11-25"])
        .env("CAREDESK_DB", &db)
        .output()
        .unwrap();
    let out = json(&o);
    assert_eq!(out["database"], db.to_str().unwrap());
    assert!(db.is_file());
    // --db wins over the environment (--create: it is a new file).
    let other = dir.path().join("flag.sqlite3");
    let o = Command::new(env!("CARGO_BIN_EXE_caredesk"))
        .arg("--db")
        .arg(&other)
        .args(["--create", "staff", "list"])
        .env("CAREDESK_DB", &db)
        .output()
        .unwrap();
    assert_eq!(json(&o).as_array().unwrap().len(), 0);
    assert!(other.is_file());
}
