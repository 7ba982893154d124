//! The visit's scriptable twins through the real binary (issue 13):
//! `customer add|show|edit|export|forget`, `claim file --customer` with the
//! intake checklist and description, `claim photo add|list|get`,
//! `claim sign|signature`, `search`. JSON on stdout; exit 2 with one line on
//! stderr for bad input, and nothing written then. Every write signs a
//! person in (issue 15): Tia Tech with her PIN unless a test says otherwise.

mod cli_support;

use cli_support::{SUP_PIN, json, one_line_error};
use std::path::Path;
use std::process::Output;

/// Tia Tech's PIN (Pat Sup's is `SUP_PIN`).
const TECH_PIN: &str = "333333";

/// As Tia Tech (with her PIN unless `pin` says another); `--staff` in
/// `args` names someone else.
fn run(db: &Path, args: &[&str], pin: Option<&str>) -> Output {
    cli_support::as_person(db, args, "Tia Tech", pin.unwrap_or(TECH_PIN))
}

fn caredesk(db: &Path, args: &[&str]) -> Output {
    run(db, args, None)
}

fn audit_len(db: &Path) -> usize {
    cli_support::audit_len(db, "Tia Tech", TECH_PIN)
}

fn setup(dir: &Path) -> std::path::PathBuf {
    cli_support::counter(
        dir,
        "v.sqlite3",
        ("Tia Tech", "technician", TECH_PIN),
        "serial,model,channel,region,cr_term,cr_region,cr_starts,cr_ends,cr_replacements_total,cr_replacements_used\n\
         VISIT00000001,DJI Mavic 3,official,US,1y,US,2025-03-15,2026-03-15,2,0\n",
    )
}

const CLAIM: &str = r#"{"kind": "replacement", "service_region": "US", "channel": "express",
    "cause": "collision", "parts": {"aircraft": 1}, "submitted": "2025-06-01",
    "shipped": "2025-06-02", "privacy_accepted": true"#;

#[test]
fn a_customer_from_add_to_forget_through_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let db = setup(dir.path());

    let c = json(&caredesk(
        &db,
        &[
            "customer",
            "add",
            "--name",
            "김민준",
            "--phone",
            "+82 10-1234-5678",
            "--email",
            "minjun@example.kr",
            "--address",
            "서울특별시 중구\n세종대로 110",
            "--lang",
            "ko",
        ],
    ));
    let id = c["id"].as_i64().unwrap();
    assert_eq!(c["name"], "김민준");
    assert_eq!(c["address"], "서울특별시 중구\n세종대로 110");
    let ids = id.to_string();

    // Bad input: one line, exit 2, nothing written.
    let before = audit_len(&db);
    let e = one_line_error(&caredesk(
        &db,
        &["customer", "add", "--name", "X", "--email", "nope"],
    ));
    assert!(e.contains("email"), "{e}");
    one_line_error(&caredesk(&db, &["customer", "show", "999"]));
    one_line_error(&caredesk(&db, &["search", "ab"]));
    assert_eq!(audit_len(&db), before);

    // Filing without the checklist is refused until confirmed.
    let claim = dir.path().join("claim.json");
    std::fs::write(&claim, format!("{CLAIM}}}")).unwrap();
    let e = one_line_error(&caredesk(
        &db,
        &[
            "claim",
            "file",
            "VISIT00000001",
            claim.to_str().unwrap(),
            "--customer",
            &ids,
        ],
    ));
    assert!(e.contains("--confirm-incomplete-checklist"), "{e}");
    assert!(e.contains("no description"), "{e}");
    assert_eq!(json(&caredesk(&db, &["claims"]))["total"], 0);
    assert_eq!(audit_len(&db), before);

    std::fs::write(
        &claim,
        format!(
            r#"{CLAIM}, "checklist": {{"data_backed_up": true, "microsd_removed": true,
                "only_parts_to_replace": true}}, "description": "프로펠러 파손, 짐벌 흔들림"}}"#
        ),
    )
    .unwrap();
    let filed = json(&caredesk(
        &db,
        &[
            "--staff",
            "Tia Tech",
            "claim",
            "file",
            "VISIT00000001",
            claim.to_str().unwrap(),
            "--customer",
            &ids,
        ],
    ));
    let claim_id = filed["row"]["id"].as_str().unwrap().to_owned();
    assert_eq!(filed["visit"]["customer"]["name"], "김민준");
    assert_eq!(filed["visit"]["intake"]["privacy_recorded_by"], "Tia Tech");
    assert_eq!(
        filed["visit"]["intake"]["checklist"]["microsd_removed"],
        true
    );
    assert_eq!(
        filed["visit"]["intake"]["description"],
        "프로펠러 파손, 짐벌 흔들림"
    );

    // A photo, then the same again (refused), then its bytes back.
    let img = image::RgbImage::from_fn(200, 150, |x, y| image::Rgb([x as u8, y as u8, 7]));
    let photo = dir.path().join("damage.jpg");
    img.save(&photo).unwrap();
    let added = json(&caredesk(
        &db,
        &["claim", "photo", "add", &claim_id, photo.to_str().unwrap()],
    ));
    assert_eq!(added["mime"], "image/jpeg");
    assert_eq!(added["width"], 200);
    let e = one_line_error(&caredesk(
        &db,
        &["claim", "photo", "add", &claim_id, photo.to_str().unwrap()],
    ));
    assert!(e.contains("already attached"), "{e}");
    let cut = dir.path().join("cut.jpg");
    let bytes = std::fs::read(&photo).unwrap();
    std::fs::write(&cut, &bytes[..bytes.len() / 2]).unwrap();
    let e = one_line_error(&caredesk(
        &db,
        &["claim", "photo", "add", &claim_id, cut.to_str().unwrap()],
    ));
    assert!(e.contains("damaged or incomplete"), "{e}");
    let list = json(&caredesk(&db, &["claim", "photo", "list", &claim_id]));
    assert_eq!(list.as_array().unwrap().len(), 1);
    let back = dir.path().join("back.jpg");
    let pid = added["id"].as_i64().unwrap().to_string();
    json(&caredesk(
        &db,
        &[
            "claim",
            "photo",
            "get",
            &pid,
            "--out",
            back.to_str().unwrap(),
        ],
    ));
    assert_eq!(std::fs::read(&back).unwrap(), bytes);

    // The signature.
    let sig = dir.path().join("sig.json");
    std::fs::write(
        &sig,
        r#"{"strokes": [[[0.1, 0.5], [0.3, 0.4]], [[0.6, 0.6]]]}"#,
    )
    .unwrap();
    let signed = json(&caredesk(
        &db,
        &["claim", "sign", &claim_id, sig.to_str().unwrap()],
    ));
    assert_eq!(signed["strokes"], 2);
    let shown = json(&caredesk(&db, &["claim", "signature", &claim_id]));
    assert_eq!(
        shown["signature"]["strokes"][0][1],
        serde_json::json!([0.3, 0.4])
    );

    // Search by any part: name, phone digits, serial, claim id.
    for (q, kind) in [
        ("김민준", "customers"),
        ("1012345678", "customers"),
        ("SIT000", "products"),
        (&claim_id[5..], "claims"),
    ] {
        let hits = json(&caredesk(&db, &["search", q]));
        assert_eq!(hits[kind].as_array().unwrap().len(), 1, "{q}: {hits}");
    }

    // Edit: only the given fields change; an empty value clears one.
    let edited = json(&caredesk(
        &db,
        &[
            "customer",
            "edit",
            &ids,
            "--phone",
            "+82 10-9999-0000",
            "--address",
            "",
        ],
    ));
    assert_eq!(edited["phone"], "+82 10-9999-0000");
    assert!(edited["address"].is_null());
    assert_eq!(edited["email"], "minjun@example.kr");
    let shown = json(&caredesk(&db, &["customer", "show", &ids]));
    assert_eq!(shown["claims"][0]["id"], claim_id.as_str());
    assert_eq!(shown["products"][0]["serial"], "VISIT00000001");

    // Export: one JSON file with everything.
    let out = dir.path().join("minjun.json");
    let e = json(&caredesk(
        &db,
        &["customer", "export", &ids, "--out", out.to_str().unwrap()],
    ));
    assert_eq!(e["claims"], 1);
    let data: serde_json::Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    assert_eq!(data["format"], "caredesk.customer-data.v1");
    assert_eq!(data["customer"]["name"], "김민준");
    assert_eq!(data["edits"][0]["changes"][0]["old"], "+82 10-1234-5678");
    assert_eq!(
        data["claims"][0]["visit"]["photos"][0]["sha256"],
        added["sha256"]
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&out).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "personal data is readable by its owner only");
    }

    // Forget: a supervisor with the PIN; anyone else is refused.
    let before = audit_len(&db);
    let e = one_line_error(&caredesk(&db, &["customer", "forget", &ids]));
    assert!(e.contains("supervisor"), "{e}");
    let e = one_line_error(&run(
        &db,
        &["--staff", "Pat Sup", "customer", "forget", &ids],
        Some("111111"),
    ));
    assert!(e.contains("PIN"), "{e}");
    // The refusals are audited: the technician's, and the wrong PIN (as a
    // wrong PIN towards Pat's lock, and as a refused forget).
    assert_eq!(audit_len(&db), before + 3, "the refusals are audited");
    let gone = json(&run(
        &db,
        &["--staff", "Pat Sup", "customer", "forget", &ids],
        Some(SUP_PIN),
    ));
    assert_eq!(gone["customer"]["erased"], true);
    assert!(gone["customer"]["name"].is_null());
    assert_eq!(gone["scrub"]["complete"], true);
    let claim = json(&caredesk(&db, &["claim", "show", &claim_id]));
    assert_eq!(claim["visit"]["customer"]["erased"], true);
    assert_eq!(claim["decision"]["decision"], "approved");
    assert!(
        json(&caredesk(&db, &["search", "김민준"]))["customers"]
            .as_array()
            .unwrap()
            .is_empty()
    );
    one_line_error(&caredesk(
        &db,
        &["customer", "edit", &ids, "--name", "Again"],
    ));
    // The claims export shows "erased".
    let csv = dir.path().join("claims.csv");
    json(&caredesk(
        &db,
        &["export", "--format", "csv", "--out", csv.to_str().unwrap()],
    ));
    let text = std::fs::read_to_string(&csv).unwrap();
    // The customer columns, then the quote's (issue 14: empty here).
    let quote_columns = ",".repeat(8);
    assert!(
        text.lines()
            .next()
            .unwrap()
            .contains(",customer_id,customer_name,quote_amount,")
    );
    assert!(
        text.lines()
            .nth(1)
            .unwrap()
            .ends_with(&format!(",{id},erased{quote_columns}")),
        "{text}"
    );
    // Nothing of them in the database file.
    let file = std::fs::read(&db).unwrap();
    for needle in ["김민준", "minjun@example.kr", "1234-5678", "9999-0000"] {
        assert!(
            !file.windows(needle.len()).any(|w| w == needle.as_bytes()),
            "{needle}"
        );
    }
}

#[test]
fn filing_with_the_checklist_incomplete_when_confirmed() {
    let dir = tempfile::tempdir().unwrap();
    let db = setup(dir.path());
    let claim = dir.path().join("claim.json");
    std::fs::write(
        &claim,
        format!(r#"{CLAIM}, "checklist": ["data_backed_up"], "description": "cracked arm"}}"#),
    )
    .unwrap();
    let e = one_line_error(&caredesk(
        &db,
        &["claim", "file", "VISIT00000001", claim.to_str().unwrap()],
    ));
    assert!(e.contains("microSD card removed"), "{e}");
    let c = json(&caredesk(
        &db,
        &[
            "claim",
            "file",
            "VISIT00000001",
            claim.to_str().unwrap(),
            "--confirm-incomplete-checklist",
        ],
    ));
    assert_eq!(c["visit"]["intake"]["incomplete_confirmed"], true);
    assert_eq!(c["visit"]["intake"]["checklist_complete"], false);
    assert!(c["visit"]["customer"].is_null());
    // An unknown checklist item is bad input, named.
    std::fs::write(
        &claim,
        format!(r#"{CLAIM}, "checklist": ["battery_charged"], "description": "x"}}"#),
    )
    .unwrap();
    let e = one_line_error(&caredesk(
        &db,
        &["claim", "file", "VISIT00000001", claim.to_str().unwrap()],
    ));
    assert!(e.contains("battery_charged"), "{e}");
}

/// `claim file --photo FILE`: the photos taken at intake are filed with the
/// claim in its transaction; a damaged one, or the same one twice, files
/// nothing (exit 2, no claim, no audit entry).
#[test]
fn filing_with_photos_keeps_them_or_files_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = setup(dir.path());
    let claim = dir.path().join("claim.json");
    std::fs::write(
        &claim,
        format!(r#"{CLAIM}, "checklist": [], "description": "cracked arm"}}"#),
    )
    .unwrap();
    let img = image::RgbImage::from_fn(160, 120, |x, y| image::Rgb([x as u8, y as u8, 40]));
    let photo = dir.path().join("arm.jpg");
    img.save(&photo).unwrap();
    let close = dir.path().join("close.png");
    img.save(&close).unwrap();
    let cut = dir.path().join("cut.jpg");
    let bytes = std::fs::read(&photo).unwrap();
    std::fs::write(&cut, &bytes[..bytes.len() / 2]).unwrap();
    let file = |photos: &[&Path]| {
        let mut args = vec![
            "claim",
            "file",
            "VISIT00000001",
            claim.to_str().unwrap(),
            "--confirm-incomplete-checklist",
        ];
        for p in photos {
            args.extend(["--photo", p.to_str().unwrap()]);
        }
        caredesk(&db, &args)
    };
    let audit = audit_len(&db);
    let e = one_line_error(&file(&[&photo, &cut]));
    assert!(
        e.contains("cut.jpg") && e.contains("damaged or incomplete"),
        "{e}"
    );
    let e = one_line_error(&file(&[&photo, &photo]));
    assert!(e.contains("arm.jpg and arm.jpg are the same photo"), "{e}");
    assert_eq!(audit_len(&db), audit, "nothing written");
    let claims = json(&caredesk(&db, &["claims"]));
    assert_eq!(claims["total"], 0, "{claims}");

    let c = json(&file(&[&photo, &close]));
    let photos = c["visit"]["photos"].as_array().unwrap();
    let names: Vec<&str> = photos.iter().map(|p| p["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["arm.jpg", "close.png"]);
    assert_eq!(photos[1]["mime"], "image/png");
}

/// `caredesk print receipt|label CLAIM --out FILE`: the papers through the
/// binary; the barcode itself is scanned back in `tests/papers.rs`.
#[test]
fn printing_the_receipt_and_the_label() {
    let dir = tempfile::tempdir().unwrap();
    let db = setup(dir.path());
    let claim = dir.path().join("claim.json");
    std::fs::write(
        &claim,
        format!(
            r#"{CLAIM}, "checklist": {{"data_backed_up": true, "microsd_removed": true,
                "only_parts_to_replace": true}}, "description": "cracked arm"}}"#
        ),
    )
    .unwrap();
    let filed = json(&caredesk(
        &db,
        &["claim", "file", "VISIT00000001", claim.to_str().unwrap()],
    ));
    let id = filed["row"]["id"].as_str().unwrap().to_owned();
    let out = dir.path().join("receipt.pdf");
    let printed = json(&caredesk(
        &db,
        &[
            "print",
            "receipt",
            &id.to_lowercase(),
            "--out",
            out.to_str().unwrap(),
            "--paper",
            "letter",
        ],
    ));
    assert_eq!(printed["claim"], id.as_str());
    assert_eq!(printed["paper"], "receipt");
    assert_eq!(
        printed["bytes"].as_u64().unwrap(),
        std::fs::metadata(&out).unwrap().len()
    );
    assert!(std::fs::read(&out).unwrap().starts_with(b"%PDF-"));
    let label = dir.path().join("label.pdf");
    let printed = json(&caredesk(
        &db,
        &["print", "label", &id, "--out", label.to_str().unwrap()],
    ));
    assert_eq!(printed["paper"], "label");
    assert!(std::fs::read(&label).unwrap().starts_with(b"%PDF-"));

    // An unknown claim or a missing folder: exit 2, one line, nothing written.
    let none = dir.path().join("none.pdf");
    let e = one_line_error(&caredesk(
        &db,
        &[
            "print",
            "receipt",
            "CL-2025-999999",
            "--out",
            none.to_str().unwrap(),
        ],
    ));
    assert!(e.contains("CL-2025-999999"), "{e}");
    let nowhere = dir.path().join("no-such-folder").join("l.pdf");
    one_line_error(&caredesk(
        &db,
        &["print", "label", &id, "--out", nowhere.to_str().unwrap()],
    ));
    assert!(!none.exists());
    // A paper size it does not know: clap's usage error, exit 2.
    let o = caredesk(
        &db,
        &[
            "print",
            "receipt",
            &id,
            "--out",
            none.to_str().unwrap(),
            "--paper",
            "a3",
        ],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("a3"));
    assert!(!none.exists());
}
