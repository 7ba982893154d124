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
            "manufacturing_defect_before_plus": false, "privacy_accepted": true,
            "checklist": ["data_backed_up", "microsd_removed", "only_parts_to_replace"],
            "description": "Crashed into a wall"}"#,
    )
    .unwrap();
    let c = json(&caredesk(
        &db,
        &["claim", "file", "CLI0000000002", claim.to_str().unwrap()],
    ));
    assert_eq!(c["row"]["status"], "approved");
    assert_eq!(c["decision"]["decision"], "approved");
    let id = c["row"]["id"].as_str().unwrap().to_owned();
    // The year it is filed (today), not the submitted day's.
    let year = chrono::Datelike::year(&chrono::Local::now().date_naive());
    assert_eq!(id, format!("CL-{year}-000001"));
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
            "--region",
            "US",
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
        &[
            "fee",
            "set",
            "DJI Mavic 3",
            "1",
            "1.00",
            "--region",
            "US",
            "--pin",
            "999999",
        ],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("unexpected argument '--pin'"));
    let e = one_line_error(&caredesk(
        &db,
        &["fee", "set", "DJI Mavic 3", "1", "1.00", "--region", "US"],
    ));
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

/// Days around the real today (the command line files and lapses on the
/// workstation's calendar day).
fn days_ago(n: i64) -> String {
    (chrono::Local::now().date_naive() - chrono::Duration::days(n))
        .format("%Y-%m-%d")
        .to_string()
}

/// Two US Mavic 3 units with a 1-year CR that started 100 days ago, in
/// a new real database whose first supervisor is named as the helper
/// `caredesk` signs in.
fn two_units_with_cr(dir: &Path, db: &Path) {
    init(db, "Tomas Technician", "111111");
    let starts = chrono::Local::now().date_naive() - chrono::Duration::days(100);
    let ends = caredesk::rules::plans::add_months(starts, 12);
    let csv = dir.join("units.csv");
    std::fs::write(
        &csv,
        format!(
            "serial,model,channel,region,cr_term,cr_region,cr_starts,cr_ends,cr_replacements_total,cr_replacements_used\n\
             LAPSE0000001,DJI Mavic 3,official,US,1y,US,{starts},{ends},2,0\n\
             LAPSE0000002,DJI Mavic 3,official,US,1y,US,{starts},{ends},2,0\n"
        ),
    )
    .unwrap();
    json(&caredesk(
        db,
        &["import", "products", csv.to_str().unwrap()],
    ));
}

/// An online replacement claim submitted `submitted`, the parcel not shipped yet.
fn file_online(dir: &Path, db: &Path, serial: &str, submitted: &str) -> serde_json::Value {
    let claim = dir.join(format!("claim-{serial}-{submitted}.json"));
    std::fs::write(
        &claim,
        format!(
            r#"{{"kind": "replacement", "service_region": "US", "channel": "online",
                "cause": "collision", "parts": {{"aircraft": 1}}, "exclusions": [],
                "submitted": "{submitted}", "accepts_transregional_fees": false,
                "manufacturing_defect_before_plus": false, "privacy_accepted": true,
                "checklist": ["data_backed_up", "microsd_removed", "only_parts_to_replace"],
                "description": "cracked arm"}}"#
        ),
    )
    .unwrap();
    caredesk_json(db, &["claim", "file", serial, claim.to_str().unwrap()])
}

fn caredesk_json(db: &Path, args: &[&str]) -> serde_json::Value {
    json(&caredesk(db, args))
}

/// `caredesk claim advance ID lapse` (SPEC §6): exit 0 closing an overdue
/// claim as refused with REP-SHIP-LATE; exit 2 with one line and nothing
/// written when it is not overdue. `claims --queue` lists the work queues
/// with their counts; `receive --shipped` decides again; typed days out of
/// bounds are exit 2.
#[test]
fn lapse_receive_and_work_queues_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("lapse.sqlite3");
    two_units_with_cr(dir.path(), &db);

    // Submitted 10 days ago online: the parcel was due 3 days ago.
    let late = file_online(dir.path(), &db, "LAPSE0000001", &days_ago(10));
    assert_eq!(late["row"]["status"], "approved");
    assert_eq!(late["deadline"]["ship_by"], days_ago(3).as_str());
    assert_eq!(late["deadline"]["days_left"], -3);
    assert_eq!(late["deadline"]["overdue"], true);
    let late_id = late["row"]["id"].as_str().unwrap().to_owned();
    // Submitted yesterday: 6 days left.
    let fresh = file_online(dir.path(), &db, "LAPSE0000002", &days_ago(1));
    let fresh_id = fresh["row"]["id"].as_str().unwrap().to_owned();
    assert_eq!(fresh["deadline"]["days_left"], 6);

    let q = caredesk_json(&db, &["claims", "--queue", "overdue"]);
    assert_eq!(q["queue"], "overdue");
    assert_eq!(q["counts"]["overdue"], 1);
    assert_eq!(q["counts"]["awaiting_product"], 1);
    assert_eq!(q["counts"]["open"], 2);
    assert_eq!(q["claims"][0]["id"], late_id.as_str());
    let open = caredesk_json(&db, &["claims", "--queue", "open"]);
    assert_eq!(open["claims"][0]["id"], fresh_id.as_str(), "newest first");
    let e = one_line_error(&caredesk(&db, &["claims", "--queue", "someday"]));
    assert!(e.contains("someday"), "{e}");

    // Not overdue: exit 2, one line naming the deadline, nothing written.
    let before = audit_len(&db);
    let e = one_line_error(&caredesk(&db, &["claim", "advance", &fresh_id, "lapse"]));
    assert!(
        e.contains("not overdue") && e.contains(&days_ago(-6)),
        "{e}"
    );
    assert_eq!(audit_len(&db), before);

    let lapsed = caredesk_json(
        &db,
        &["claim", "advance", &late_id, "lapse", "--note", "no parcel"],
    );
    assert_eq!(lapsed["row"]["status"], "closed");
    assert_eq!(lapsed["row"]["approved"], false);
    assert_eq!(lapsed["decision"]["rules"][0], "REP-SHIP-LATE");
    assert_eq!(lapsed["decision"]["decision"], "refused");
    let note = lapsed["events"].as_array().unwrap().last().unwrap()["note"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(
        note.contains("REP-SHIP-LATE") && note.contains("no parcel"),
        "{note}"
    );
    one_line_error(&caredesk(&db, &["claim", "advance", &late_id, "lapse"]));
    assert_eq!(
        caredesk_json(&db, &["claims", "--queue", "overdue"])["total"],
        0
    );

    // Receive: the shipped day is asked for and decides again.
    json(&caredesk(
        &db,
        &["claim", "advance", &fresh_id, "await_product"],
    ));
    let before = audit_len(&db);
    let e = one_line_error(&caredesk(&db, &["claim", "advance", &fresh_id, "receive"]));
    assert!(e.contains("--shipped"), "{e}");
    one_line_error(&caredesk(
        &db,
        &[
            "claim",
            "advance",
            &fresh_id,
            "receive",
            "--shipped",
            &days_ago(-1),
        ],
    ));
    one_line_error(&caredesk(
        &db,
        &[
            "claim",
            "advance",
            &fresh_id,
            "receive",
            "--shipped",
            "yesterday",
        ],
    ));
    assert_eq!(audit_len(&db), before, "nothing written");
    let got = caredesk_json(
        &db,
        &[
            "claim",
            "advance",
            &fresh_id,
            "receive",
            "--shipped",
            &days_ago(0),
        ],
    );
    assert_eq!(got["row"]["status"], "received");
    assert_eq!(got["row"]["shipped_on"], days_ago(0).as_str());

    // Bounded days at intake: submitted tomorrow is exit 2, nothing filed.
    let before = audit_len(&db);
    let claim = dir.path().join("future.json");
    std::fs::write(
        &claim,
        format!(
            r#"{{"kind": "replacement", "service_region": "US", "channel": "online",
                "cause": "collision", "parts": {{"aircraft": 1}}, "exclusions": [],
                "submitted": "{}", "accepts_transregional_fees": false,
                "manufacturing_defect_before_plus": false, "privacy_accepted": true,
                "checklist": ["data_backed_up", "microsd_removed", "only_parts_to_replace"],
                "description": "cracked arm"}}"#,
            days_ago(-1)
        ),
    )
    .unwrap();
    let e = one_line_error(&caredesk(
        &db,
        &["claim", "file", "LAPSE0000002", claim.to_str().unwrap()],
    ));
    assert!(e.contains("claim.submitted") && e.contains("future"), "{e}");
    assert_eq!(audit_len(&db), before);
}

/// `caredesk parcel add|list|update`: exit 0 with the parcel as JSON;
/// exit 2 with one line and nothing written for a bad direction, tracking
/// or day, an unknown claim or a parcel recorded twice.
#[test]
fn parcels_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("parcels.sqlite3");
    two_units_with_cr(dir.path(), &db);
    let c = file_online(dir.path(), &db, "LAPSE0000001", &days_ago(5));
    let id = c["row"]["id"].as_str().unwrap().to_owned();
    let add = |extra: &[&str]| {
        let mut args = vec!["parcel", "add", id.as_str(), "--carrier", "UPS"];
        args.extend_from_slice(extra);
        caredesk(&db, &args)
    };

    let before = audit_len(&db);
    for bad in [
        &["--direction", "sideways", "--tracking", "1Z1"][..],
        &["--direction", "inbound", "--tracking", "1Z 1?"],
        &[
            "--direction",
            "inbound",
            "--tracking",
            "1Z1",
            "--shipped",
            &days_ago(-1),
        ],
        &[
            "--direction",
            "inbound",
            "--tracking",
            "1Z1",
            "--shipped",
            &days_ago(9),
        ],
        &[
            "--direction",
            "inbound",
            "--tracking",
            "1Z1",
            "--shipped",
            &days_ago(2),
            "--received",
            &days_ago(3),
        ],
        &[
            "--direction",
            "inbound",
            "--tracking",
            "1Z1",
            "--shipped",
            "2026-02-30",
        ],
    ] {
        one_line_error(&add(bad));
    }
    one_line_error(&caredesk(
        &db,
        &[
            "parcel",
            "add",
            "CL-2020-000001",
            "--direction",
            "inbound",
            "--carrier",
            "UPS",
            "--tracking",
            "1Z1",
        ],
    ));
    assert_eq!(audit_len(&db), before, "nothing written");

    let p = json(&add(&[
        "--direction",
        "inbound",
        "--tracking",
        "1z 999 aa1",
        "--shipped",
        &days_ago(2),
    ]));
    assert_eq!(p["tracking"], "1Z999AA1");
    assert_eq!(p["direction"], "inbound");
    assert_eq!(p["shipped_on"], days_ago(2).as_str());
    let e = one_line_error(&add(&["--direction", "inbound", "--tracking", "1Z999AA1"]));
    assert!(e.contains("1Z999AA1"), "{e}");

    let list = caredesk_json(&db, &["parcel", "list", &id]);
    assert_eq!(list.as_array().unwrap().len(), 1);
    let pid = p["id"].as_i64().unwrap().to_string();
    one_line_error(&caredesk(&db, &["parcel", "update", &pid]));
    let u = caredesk_json(&db, &["parcel", "update", &pid, "--received", &days_ago(0)]);
    assert_eq!(u["received_on"], days_ago(0).as_str());

    // On the claim and in its timeline.
    let show = caredesk_json(&db, &["claim", "show", &id]);
    assert_eq!(show["parcels"][0]["tracking"], "1Z999AA1");
    assert!(
        show["events"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["note"].as_str().unwrap_or("").contains("1Z999AA1")),
        "{show}"
    );
}
