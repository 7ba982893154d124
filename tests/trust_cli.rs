//! Issue 15 through the real binary: who is acting (no `--staff` → a clear
//! error; PINs never in argv; `--pin-stdin`), the right database or none,
//! demo apart, honest exit codes (refused claim → 1; saved but not printed
//! → 3 with the claim id), bounded input (`/dev/zero`, huge counts, date
//! overflow), one claim-shape check for `decide` and `claim file`, and
//! `audit verify`.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const TODAY: &str = "2026-11-25";

fn cmd(db: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_caredesk"));
    c.arg("--db")
        .arg(db)
        .env_remove("CAREDESK_DB")
        .env_remove("CAREDESK_STAFF")
        .env_remove("CAREDESK_PIN")
        .env_remove("CAREDESK_NEW_PIN")
        .stdin(Stdio::null());
    c
}

/// As Tomas Technician of the demo database (PIN 111111, as README lists).
fn as_tomas(db: &Path, args: &[&str]) -> Output {
    cmd(db)
        .args(args)
        .env("CAREDESK_STAFF", "Tomas Technician")
        .env("CAREDESK_PIN", "111111")
        .output()
        .unwrap()
}

fn exit(o: &Output) -> i32 {
    o.status.code().unwrap_or(-1)
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn demo(dir: &Path) -> PathBuf {
    let db = dir.join("demo.sqlite3");
    let o = cmd(&db)
        .args(["demo", "--products", "30", "--today", TODAY])
        .output()
        .unwrap();
    assert_eq!(exit(&o), 0, "{}", stderr(&o));
    db
}

fn claims_total(db: &Path) -> u64 {
    let o = cmd(db).args(["claims", "--limit", "1"]).output().unwrap();
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    v["total"].as_u64().unwrap()
}

/// A US Mavic 3 with CR from 2026-03-15, imported by Tomas.
fn sample_serial(db: &Path) -> String {
    let csv = db.with_extension("products.csv");
    std::fs::write(
        &csv,
        "serial,model,channel,region,cr_term,cr_region,cr_starts,cr_ends,cr_replacements_total,cr_replacements_used\n\
         1STRUST0000001,DJI Mavic 3,official,US,1y,US,2026-03-15,2027-03-15,2,0\n",
    )
    .unwrap();
    let o = as_tomas(db, &["import", "products", csv.to_str().unwrap()]);
    assert_eq!(exit(&o), 0, "{}", stderr(&o));
    "1STRUST0000001".into()
}

fn claim_file(dir: &Path, body: &str) -> PathBuf {
    let p = dir.join(format!("claim-{}.json", body.len()));
    std::fs::write(&p, body).unwrap();
    p
}

const CLEAN: &str = r#"{"kind": "replacement", "service_region": "US", "channel": "online",
    "cause": "collision", "parts": {"aircraft": 1}, "exclusions": [],
    "submitted": "2026-11-20", "shipped": "2026-11-21",
    "accepts_transregional_fees": false, "manufacturing_defect_before_plus": false,
    "privacy_accepted": true,
    "checklist": ["data_backed_up", "microsd_removed", "only_parts_to_replace"],
    "description": "cracked arm after a fall"}"#;

#[test]
fn the_acting_person_is_named_and_signed_in_never_guessed() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path());
    let before = claims_total(&db);
    // No --staff: a clear error, not "the first technician".
    let o = cmd(&db)
        .args(["card", "add", "CRP-NEW-1", "--region", "US"])
        .env("CAREDESK_PIN", "111111")
        .output()
        .unwrap();
    assert_eq!(exit(&o), 2);
    assert!(
        stderr(&o).contains("who is acting? give --staff NAME"),
        "{}",
        stderr(&o)
    );
    // A wrong PIN: refused (exit 2), nothing written.
    let o = cmd(&db)
        .args([
            "--staff",
            "Tomas Technician",
            "card",
            "add",
            "CRP-NEW-1",
            "--region",
            "US",
        ])
        .env("CAREDESK_PIN", "000000")
        .output()
        .unwrap();
    assert_eq!(exit(&o), 2);
    assert!(
        stderr(&o).contains("wrong PIN for Tomas Technician"),
        "{}",
        stderr(&o)
    );
    // No PIN and no terminal: says how to give one, never asks for argv.
    let o = cmd(&db)
        .args([
            "--staff",
            "Tomas Technician",
            "card",
            "add",
            "CRP-NEW-1",
            "--region",
            "US",
        ])
        .output()
        .unwrap();
    assert_eq!(exit(&o), 2);
    assert!(stderr(&o).contains("--pin-stdin"), "{}", stderr(&o));
    // --pin is gone from every command.
    for args in [
        &[
            "staff",
            "add",
            "Eve",
            "--role",
            "supervisor",
            "--pin",
            "000000",
        ][..],
        &["fee", "set", "DJI Mavic 3", "1", "0", "--pin", "123456"],
        &[
            "claim",
            "reopen",
            "CL-2026-000001",
            "--note",
            "x",
            "--pin",
            "123456",
        ],
    ] {
        let o = as_tomas(&db, args);
        assert_eq!(exit(&o), 2, "{args:?}");
        assert!(
            stderr(&o).contains("unexpected argument '--pin'"),
            "{}",
            stderr(&o)
        );
    }
    // The issue's attack: a technician adds a supervisor. Refused.
    let mut c = cmd(&db)
        .args([
            "--staff",
            "Tomas Technician",
            "--pin-stdin",
            "staff",
            "add",
            "Eve",
            "--role",
            "supervisor",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    c.stdin
        .take()
        .unwrap()
        .write_all(b"111111\n000000\n")
        .unwrap();
    let o = c.wait_with_output().unwrap();
    assert_eq!(exit(&o), 2);
    assert!(stderr(&o).contains("needs a supervisor"), "{}", stderr(&o));
    // With --pin-stdin the card is added as Tomas.
    let mut c = cmd(&db)
        .args([
            "--staff",
            "Tomas Technician",
            "--pin-stdin",
            "card",
            "add",
            "CRP-NEW-1",
            "--region",
            "US",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    c.stdin.take().unwrap().write_all(b"111111\n").unwrap();
    let o = c.wait_with_output().unwrap();
    assert_eq!(exit(&o), 0, "{}", stderr(&o));
    assert_eq!(claims_total(&db), before);
    // Five wrong PINs lock Sami for five minutes, from any process.
    for _ in 0..5 {
        cmd(&db)
            .args([
                "--staff",
                "Sami SSC",
                "card",
                "add",
                "CRP-NEW-2",
                "--region",
                "US",
            ])
            .env("CAREDESK_PIN", "999999")
            .output()
            .unwrap();
    }
    let o = cmd(&db)
        .args([
            "--staff",
            "Sami SSC",
            "card",
            "add",
            "CRP-NEW-2",
            "--region",
            "US",
        ])
        .env("CAREDESK_PIN", "222222")
        .output()
        .unwrap();
    assert_eq!(exit(&o), 2);
    assert!(
        stderr(&o).contains("is locked after 5 wrong PINs"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn only_the_default_path_or_create_makes_a_database() {
    let dir = tempfile::tempdir().unwrap();
    let typo = dir.path().join("unmounted/share/desk.sqlite3");
    // Read-only commands too.
    for args in [
        &["lookup", "1SX"][..],
        &["claims"],
        &["staff", "list"],
        &["audit", "verify"],
    ] {
        let o = cmd(&typo).args(args).output().unwrap();
        assert_eq!(exit(&o), 2, "{args:?}");
        assert!(
            stderr(&o).contains(&typo.display().to_string()),
            "{}",
            stderr(&o)
        );
        assert!(!typo.exists() && !typo.parent().unwrap().exists());
    }
    // A first supervisor makes a real database where asked.
    let real = dir.path().join("real.sqlite3");
    let o = cmd(&real)
        .args(["--create", "staff", "init", "Ana Admin"])
        .env("CAREDESK_NEW_PIN", "192837")
        .output()
        .unwrap();
    assert_eq!(exit(&o), 0, "{}", stderr(&o));
    let o = cmd(&real).args(["settings", "show"]).output().unwrap();
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["kind"], "real");
    assert_eq!(v["demo"], false);
    // `demo` refuses it and changes nothing.
    let o = cmd(&real)
        .args(["demo", "--products", "5"])
        .output()
        .unwrap();
    assert_eq!(exit(&o), 2);
    assert!(stderr(&o).contains("holds real data"), "{}", stderr(&o));
    let o = cmd(&real).args(["staff", "list"]).output().unwrap();
    let staff: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(
        staff.as_array().unwrap().len(),
        1,
        "no demo staff slipped in"
    );
    // A demo database says so.
    let db = demo(dir.path());
    let o = cmd(&db).args(["settings", "show"]).output().unwrap();
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["demo"], true);
}

#[test]
fn exit_codes_tell_refused_from_saved_but_not_printed() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path());
    let serial = sample_serial(&db);
    // A refusal by the rules: the claim is kept and printed, exit 1.
    let refused = claim_file(
        dir.path(),
        &CLEAN.replace("\"privacy_accepted\": true", "\"privacy_accepted\": false"),
    );
    let before = claims_total(&db);
    let o = as_tomas(
        &db,
        &[
            "claim",
            "file",
            &serial,
            refused.to_str().unwrap(),
            "--on",
            "2026-11-20",
        ],
    );
    assert_eq!(exit(&o), 1, "{}", stderr(&o));
    let c: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(c["decision"]["decision"], "refused");
    let id = c["row"]["id"].as_str().unwrap().to_owned();
    assert!(
        stderr(&o).contains(&id) && stderr(&o).contains("REP-PRIVACY"),
        "{}",
        stderr(&o)
    );
    assert_eq!(claims_total(&db), before + 1);

    // Saved but the output could not be written (> /dev/full): exit 3 with
    // the claim id on stderr, and the claim is there — a script retrying on
    // 2 would not file it twice.
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    let clean = claim_file(dir.path(), CLEAN);
    let o = cmd(&db)
        .args([
            "claim",
            "file",
            &serial,
            clean.to_str().unwrap(),
            "--on",
            "2026-11-20",
        ])
        .env("CAREDESK_STAFF", "Tomas Technician")
        .env("CAREDESK_PIN", "111111")
        .stdout(full)
        .stderr(Stdio::piped())
        .output()
        .unwrap();
    assert_eq!(exit(&o), 3, "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains("was saved, but its output could not be written"),
        "{err}"
    );
    let saved_id = err
        .split_whitespace()
        .find(|w| w.starts_with("CL-"))
        .unwrap()
        .trim_end_matches(|c: char| !c.is_ascii_digit())
        .to_owned();
    let o = cmd(&db)
        .args(["claim", "show", &saved_id])
        .output()
        .unwrap();
    assert_eq!(exit(&o), 0, "the claim {saved_id} is there");
    assert_eq!(claims_total(&db), before + 2);
}

#[test]
fn input_is_bounded_and_checked_like_decide() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path());
    let serial = sample_serial(&db);
    let before = claims_total(&db);
    // /dev/zero as the claim file: a clear error at once, not a process
    // that grows until it is killed.
    let o = as_tomas(&db, &["claim", "file", &serial, "/dev/zero"]);
    assert_eq!(exit(&o), 2);
    assert!(
        stderr(&o).contains("larger than 1048576 bytes"),
        "{}",
        stderr(&o)
    );
    // A huge demo: refused by clap's range before anything happens.
    for n in ["18446744073709551615", "18446744073709551616", "10000001"] {
        let o = cmd(&db).args(["demo", "--products", n]).output().unwrap();
        assert_eq!(exit(&o), 2, "{n}");
    }
    // Date overflow: an error, not a panic.
    let o = cmd(&db)
        .args(["expiring", "--within", "100000000"])
        .output()
        .unwrap();
    assert_eq!(exit(&o), 2);
    assert!(
        stderr(&o).contains("past the end of the calendar"),
        "{}",
        stderr(&o)
    );
    // One shape check for `claim file` and `decide`: duplicate part keys,
    // no part, shipped before submitted.
    let dup = claim_file(
        dir.path(),
        &CLEAN.replace(r#"{"aircraft": 1}"#, r#"{"aircraft": 1, "aircraft": 2}"#),
    );
    let o = as_tomas(&db, &["claim", "file", &serial, dup.to_str().unwrap()]);
    assert_eq!(exit(&o), 2);
    assert!(stderr(&o).contains("given twice"), "{}", stderr(&o));
    for (body, says) in [
        (
            CLEAN.replace(r#"{"aircraft": 1}"#, r#"{"aircraft": 0}"#),
            "name at least one part",
        ),
        (
            CLEAN.replace("\"shipped\": \"2026-11-21\"", "\"shipped\": \"2026-11-19\""),
            "is before claim.submitted",
        ),
    ] {
        let f = claim_file(dir.path(), &body);
        let o = as_tomas(&db, &["claim", "file", &serial, f.to_str().unwrap()]);
        assert_eq!(exit(&o), 2, "{body}");
        assert!(stderr(&o).contains(says), "{}", stderr(&o));
        // `decide` says the same of the same claim.
        let claim: serde_json::Value = serde_json::from_str(&body).unwrap();
        let mut claim = claim.as_object().unwrap().clone();
        claim.remove("kind");
        // The intake (checklist, description) is the counter's, not the rules'.
        claim.remove("checklist");
        claim.remove("description");
        let req = serde_json::json!({
            "kind": "replacement", "on": "2026-11-20",
            "product": {"serial": serial, "model": "DJI Mavic 3", "channel": "official", "region": "US"},
            "base_plan": {"term": "1y", "region": "US", "starts": "2026-03-15", "ends": "2027-03-15",
                          "replacements_total": 2, "replacements_used": 0, "withdrawn": false},
            "claim": claim,
        });
        let mut d = Command::new(env!("CARGO_BIN_EXE_caredesk"))
            .args(["decide", "-"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        d.stdin
            .take()
            .unwrap()
            .write_all(req.to_string().as_bytes())
            .unwrap();
        let o = d.wait_with_output().unwrap();
        assert_eq!(exit(&o), 2);
        assert!(stderr(&o).contains(says), "decide: {}", stderr(&o));
    }
    assert_eq!(claims_total(&db), before, "nothing filed");
    // An import file past its bound (a sparse file: no disk used).
    let big = dir.path().join("big.csv");
    std::fs::File::create(&big)
        .unwrap()
        .set_len(300 << 20)
        .unwrap();
    let o = as_tomas(&db, &["import", "products", big.to_str().unwrap()]);
    assert_eq!(exit(&o), 2);
    assert!(stderr(&o).contains("larger than"), "{}", stderr(&o));
}

#[test]
fn exports_and_backups_refuse_devices_and_audit_verify_exits_1_on_tampering() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path());
    for args in [
        &["export", "--format", "csv", "--out", "/dev/null"][..],
        &["backup", "--out", "/dev/null"],
    ] {
        let o = cmd(&db).args(args).output().unwrap();
        assert_eq!(exit(&o), 2, "{args:?}");
        assert!(stderr(&o).contains("not a regular file"), "{}", stderr(&o));
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
    }
    let o = cmd(&db).args(["audit", "verify"]).output().unwrap();
    assert_eq!(exit(&o), 0, "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["intact"], true);
    // A backup, tampered with SQL: `audit verify` on it exits 1.
    let copy = dir.path().join("copy.sqlite3");
    let o = cmd(&db)
        .args(["backup", "--out", copy.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(exit(&o), 0, "{}", stderr(&o));
    rusqlite::Connection::open(&copy)
        .unwrap()
        .execute_batch(
            "DROP TRIGGER claim_events_no_update; UPDATE claim_events SET note = 'all fine' WHERE id = 5;",
        )
        .unwrap();
    let o = cmd(&copy).args(["audit", "verify"]).output().unwrap();
    assert_eq!(exit(&o), 1);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["problems"][0]["id"], 5);
    assert_eq!(v["problems"][0]["chain"], "events");
}
