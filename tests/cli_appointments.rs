//! `caredesk appointment …` and `caredesk claim quote|choose` through the
//! real binary (issue 14): JSON on stdout, exit 2 with one stderr line and
//! nothing written on bad input. Every write signs a person in (issue 15):
//! Sid SSC, an SSC clerk, with his PIN; a wrong PIN writes nothing.

mod cli_support;

use cli_support::{json, one_line_error};
use std::path::Path;
use std::process::{Command, Output};

/// Sid SSC's PIN (Pat Sup's is `SUP_PIN`).
const SSC_PIN: &str = "555777";

/// As Sid SSC with `pin`.
fn as_sid(db: &Path, args: &[&str], pin: &str) -> Output {
    cli_support::as_person(db, args, "Sid SSC", pin)
}

fn caredesk(db: &Path, args: &[&str]) -> Output {
    as_sid(db, args, SSC_PIN)
}

fn audit_len(db: &Path) -> usize {
    cli_support::audit_len(db, "Sid SSC", SSC_PIN)
}

const SERIAL: &str = "1SSDH7R00A0001";

/// A database made for the test (`--create`): Pat Sup its first
/// supervisor, Sid SSC a clerk, one US Mavic 3 under CR from 2025-03-15.
fn with_product(dir: &Path) -> std::path::PathBuf {
    cli_support::counter(
        dir,
        "d.sqlite3",
        ("Sid SSC", "ssc", SSC_PIN),
        &format!(
            "serial,model,channel,region,cr_term,cr_starts,cr_ends,cr_replacements_total\n\
             {SERIAL},DJI Mavic 3,official,US,1y,2025-03-15,2026-03-15,2\n"
        ),
    )
}

#[test]
fn add_list_cancel_and_checkin_print_json() {
    let dir = tempfile::tempdir().unwrap();
    let db = with_product(dir.path());
    let a = json(&caredesk(
        &db,
        &[
            "appointment",
            "add",
            "--day",
            "2025-06-02",
            "--slot",
            "9:30",
            "--store",
            "Seoul SSC",
            "--name",
            "김민수",
            "--phone",
            "+82 10-5555-0101",
            "--email",
            "minsu@example.kr",
            "--case-ref",
            "SWS-7",
            "--case",
            "Gimbal broken",
        ],
    ));
    assert_eq!(a["status"], "booked");
    assert_eq!(a["slot"], "09:30");
    assert_eq!(a["customer_name"], "김민수");
    assert_eq!(a["customer_email"], "minsu@example.kr");
    assert!(a["serial"].is_null());
    // Nobody of that name and phone is known yet.
    assert!(a["customer_id"].is_null());
    let id = a["id"].as_i64().unwrap().to_string();
    let b = json(&caredesk(
        &db,
        &[
            "appointment",
            "add",
            "--day",
            "2025-06-02",
            "--slot",
            "09:30",
            "--store",
            "Seoul SSC",
            "--name",
            "Second",
        ],
    ));
    let b_id = b["id"].as_i64().unwrap().to_string();
    let day = json(&caredesk(
        &db,
        &[
            "appointment",
            "list",
            "--day",
            "2025-06-02",
            "--store",
            "Seoul SSC",
        ],
    ));
    assert_eq!(day["counts"]["total"], 2);
    // A past day: whoever is still booked is late.
    assert_eq!(day["counts"]["late"], 2);
    assert_eq!(day["appointments"][0]["late"], true);

    let c = json(&caredesk(
        &db,
        &["appointment", "cancel", &b_id, "--note", "called"],
    ));
    assert_eq!(c["status"], "cancelled");
    let before = audit_len(&db);
    let e = one_line_error(&caredesk(&db, &["appointment", "cancel", &b_id]));
    assert!(e.contains("cancelled"), "{e}");
    let e = one_line_error(&caredesk(&db, &["appointment", "checkin", &id]));
    assert!(e.contains("no serial"), "{e}");
    let e = one_line_error(&caredesk(
        &db,
        &["appointment", "checkin", &id, "--serial", "1SNOSUCH0001"],
    ));
    assert!(e.contains("1SNOSUCH0001"), "{e}");
    assert_eq!(audit_len(&db), before, "nothing written");

    let checked = json(&caredesk(
        &db,
        &[
            "appointment",
            "checkin",
            &id,
            "--serial",
            &SERIAL.to_lowercase(),
        ],
    ));
    assert_eq!(checked["status"], "checked_in");
    assert_eq!(checked["serial"], SERIAL);
    // Check-in made the customer's record from the booking, and the
    // product is theirs.
    let customer = checked["customer_id"].as_i64().expect("a customer record");
    let record = json(&caredesk(&db, &["customer", "show", &customer.to_string()]));
    assert_eq!(record["name"], "김민수");
    assert_eq!(record["phone"], "+82 10-5555-0101");
    assert_eq!(record["email"], "minsu@example.kr");
    assert_eq!(record["products"][0]["serial"], SERIAL);
    // The claim taken in afterwards, for that customer, is linked.
    let claim_file = dir.path().join("claim.json");
    std::fs::write(&claim_file, claim_json("ssc", "2025-06-02")).unwrap();
    let claim = json(&caredesk(
        &db,
        &[
            "claim",
            "file",
            SERIAL,
            claim_file.to_str().unwrap(),
            "--customer",
            &customer.to_string(),
        ],
    ));
    let claim_id = claim["row"]["id"].as_str().unwrap();
    assert_eq!(claim["visit"]["customer"]["id"], customer);
    let linked = json(&caredesk(
        &db,
        &["appointment", "checkin", &id, "--claim", claim_id],
    ));
    assert_eq!(linked["claim_id"], claim_id);
    let listed = json(&caredesk(
        &db,
        &["appointment", "list", "--all", "--status", "checked_in"],
    ));
    assert_eq!(listed["appointments"].as_array().unwrap().len(), 1);
    let bad = caredesk(&db, &["appointment", "list", "--status", "gone"]);
    assert!(one_line_error(&bad).contains("gone"));
    let theirs = json(&caredesk(
        &db,
        &["appointment", "list", "--customer", &customer.to_string()],
    ));
    assert_eq!(theirs["appointments"][0]["id"].to_string(), id);
}

#[test]
fn every_write_signs_the_person_in_and_a_missing_database_is_not_made() {
    let dir = tempfile::tempdir().unwrap();
    let db = with_product(dir.path());
    let add = [
        "appointment",
        "add",
        "--slot",
        "10:00",
        "--store",
        "Munich SSC",
        "--name",
        "Jörg",
    ];
    // A wrong PIN: refused, nothing booked (only the refusal is on record).
    let e = one_line_error(&as_sid(&db, &add, "000000"));
    assert!(e.to_lowercase().contains("pin"), "{e}");
    let all = json(&caredesk(&db, &["appointment", "list", "--all"]));
    assert!(all["appointments"].as_array().unwrap().is_empty());
    let log = json(&caredesk(&db, &["audit", "--limit", "100000"]));
    let actions: Vec<&str> = log
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| e["action"].as_str())
        .collect();
    assert!(!actions.contains(&"appointment_add"), "{actions:?}");
    // Who is acting must be said.
    let o = Command::new(env!("CARGO_BIN_EXE_caredesk"))
        .arg("--db")
        .arg(&db)
        .args(add)
        .env_remove("CAREDESK_DB")
        .env_remove("CAREDESK_STAFF")
        .env("CAREDESK_PIN", SSC_PIN)
        .output()
        .unwrap();
    assert!(one_line_error(&o).contains("--staff"));
    // The booked appointment is Sid's.
    let a = json(&caredesk(&db, &add));
    let log = json(&caredesk(&db, &["audit", "--limit", "1"]));
    assert_eq!(log[0]["action"], "appointment_add");
    assert_eq!(log[0]["who"], "Sid SSC");
    assert_eq!(log[0]["subject"], format!("appointment:{}", a["id"]));
    // No database there: nothing is made (databases are created on purpose).
    let missing = dir.path().join("nothing-here.sqlite3");
    let e = one_line_error(&caredesk(&missing, &["appointment", "list"]));
    assert!(e.contains("nothing-here"), "{e}");
    assert!(!missing.exists());
}

fn claim_json(channel: &str, on: &str) -> String {
    format!(
        r#"{{"kind": "replacement", "service_region": "US", "channel": "{channel}",
            "cause": "collision", "parts": {{"aircraft": 1}}, "submitted": "{on}",
            "shipped": "{on}", "privacy_accepted": true,
            "checklist": ["data_backed_up", "microsd_removed", "only_parts_to_replace"],
            "description": "Flew into a wall"}}"#
    )
}

#[test]
fn import_is_all_or_nothing_through_the_binary() {
    let dir = tempfile::tempdir().unwrap();
    let db = with_product(dir.path());
    let header = "day,slot,store,customer_name,customer_phone,serial,case_reference,case_text\n";
    let bad = dir.path().join("bad.csv");
    std::fs::write(
        &bad,
        format!(
            "{header}2025-06-02,09:00,Munich SSC,Jörg,,{SERIAL},SWS-1,\n\
             2025-06-02,9h,Munich SSC,Zoë,,,SWS-2,\n"
        ),
    )
    .unwrap();
    let before = audit_len(&db);
    let e = one_line_error(&caredesk(
        &db,
        &["appointment", "import", bad.to_str().unwrap()],
    ));
    assert!(e.contains("line 3"), "{e}");
    assert_eq!(audit_len(&db), before);
    let none = json(&caredesk(&db, &["appointment", "list", "--all"]));
    assert!(none["appointments"].as_array().unwrap().is_empty());
    let good = dir.path().join("good.csv");
    std::fs::write(
        &good,
        format!(
            "{header}2025-06-02,09:00,Munich SSC,Jörg,,{SERIAL},SWS-1,\n\
             2025-06-02,9:15,Munich SSC,Zoë,,,SWS-2,\n"
        ),
    )
    .unwrap();
    let out = json(&caredesk(
        &db,
        &["appointment", "import", good.to_str().unwrap()],
    ));
    assert_eq!(out["imported"], 2);
    assert_eq!(out["appointments"][1]["slot"], "09:15");
}

#[test]
fn claim_quote_and_choose_print_the_offer() {
    let dir = tempfile::tempdir().unwrap();
    let db = with_product(dir.path());
    let claim_file = dir.path().join("claim.json");
    std::fs::write(&claim_file, claim_json("online", "2025-06-01")).unwrap();
    let claim = json(&caredesk(
        &db,
        &["claim", "file", SERIAL, claim_file.to_str().unwrap()],
    ));
    let id = claim["row"]["id"].as_str().unwrap().to_owned();
    // Not assessed yet: bad input, nothing written.
    let before = audit_len(&db);
    let e = one_line_error(&caredesk(
        &db,
        &[
            "claim",
            "quote",
            &id,
            "--amount",
            "129",
            "--currency",
            "USD",
        ],
    ));
    assert!(e.contains("assessed"), "{e}");
    assert_eq!(audit_len(&db), before);
    for step in ["await_product", "receive", "assess"] {
        json(&caredesk(&db, &["claim", "advance", &id, step]));
    }
    let e = one_line_error(&caredesk(
        &db,
        &[
            "claim",
            "quote",
            &id,
            "--amount",
            "12x",
            "--currency",
            "USD",
        ],
    ));
    assert!(e.contains("12x"), "{e}");
    let e = one_line_error(&caredesk(
        &db,
        &[
            "claim",
            "quote",
            &id,
            "--amount",
            "129",
            "--currency",
            "usd",
        ],
    ));
    assert!(e.contains("usd"), "{e}");
    let offer = json(&caredesk(
        &db,
        &[
            "claim",
            "quote",
            &id,
            "--amount",
            "129.5",
            "--currency",
            "USD",
            "--note",
            "arm and motor",
        ],
    ));
    assert_eq!(offer["repair"]["price"]["kind"], "quoted");
    assert_eq!(offer["repair"]["price"]["amount"]["cents"], 12950);
    assert_eq!(offer["quote"]["covers"], "arm and motor");
    assert_eq!(offer["replacement"]["replacements_left_after"], 1);
    assert_eq!(offer["repair"]["replacements_left_after"], 2);
    let chosen = json(&caredesk(&db, &["claim", "choose", &id, "paid_repair"]));
    assert_eq!(chosen["status"], "paid_repair");
    assert_eq!(chosen["quote"]["choice"], "paid_repair");
    assert!(chosen["quote"]["choice_by"].is_string());
    let e = one_line_error(&caredesk(&db, &["claim", "choose", &id, "repair"]));
    assert!(e.contains("repair"), "{e}");
}
