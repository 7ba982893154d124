//! `caredesk export` as a script uses it: files written on success, exit 2
//! with one line on stderr and nothing written for a bad folder, claim id,
//! date, status or database.

use std::path::Path;
use std::process::{Command, Output};

fn caredesk(db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_caredesk"))
        .arg("--db")
        .arg(db)
        .args(args)
        .output()
        .expect("caredesk runs")
}

fn demo_db(dir: &Path) -> std::path::PathBuf {
    let db = dir.join("desk.sqlite3");
    let out = caredesk(&db, &["demo", "--products", "200"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    db
}

fn assert_bad_input(out: &Output, mentions: &str) {
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.trim_end().lines().count(), 1, "one line: {err}");
    assert!(
        err.contains(mentions),
        "{err:?} should mention {mentions:?}"
    );
    assert!(out.stdout.is_empty());
}

fn first_claim_id(csv_path: &Path) -> String {
    let mut rdr = csv::Reader::from_path(csv_path).expect("csv");
    let row = rdr.records().next().expect("a row").expect("row");
    row[0].to_string()
}

#[test]
fn export_writes_csv_json_and_pdf() {
    let dir = tempfile::tempdir().expect("dir");
    let db = demo_db(dir.path());
    for format in ["csv", "json", "pdf"] {
        let target = dir.path().join(format!("claims.{format}"));
        let out = caredesk(
            &db,
            &[
                "export",
                "--format",
                format,
                "--out",
                target.to_str().expect("path"),
            ],
        );
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let summary: serde_json::Value = serde_json::from_slice(&out.stdout).expect("summary");
        assert_eq!(summary["format"], format);
        assert!(summary["items"].as_u64().expect("items") > 0);
        assert_eq!(
            summary["bytes"].as_u64(),
            Some(std::fs::metadata(&target).expect("file").len())
        );
    }
    let id = first_claim_id(&dir.path().join("claims.csv"));
    let one = dir.path().join("one.pdf");
    let out = caredesk(
        &db,
        &[
            "export",
            "--format",
            "pdf",
            "--out",
            one.to_str().expect("path"),
            "--claim",
            &id,
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let summary: serde_json::Value = serde_json::from_slice(&out.stdout).expect("summary");
    assert_eq!(summary["items"], 1);

    let refused = dir.path().join("refused.csv");
    let out = caredesk(
        &db,
        &[
            "export",
            "--format",
            "csv",
            "--out",
            refused.to_str().expect("path"),
            "--status",
            "refused",
            "--from",
            "2000-01-01",
            "--to",
            "2100-12-31",
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut rdr = csv::Reader::from_path(&refused).expect("csv");
    let rows: Vec<csv::StringRecord> = rdr.records().collect::<Result<_, _>>().expect("rows");
    assert!(!rows.is_empty());
    assert!(rows.iter().all(|r| &r[13] == "refused"));

    let expiring = dir.path().join("expiring.json");
    let out = caredesk(
        &db,
        &[
            "export",
            "--format",
            "json",
            "--out",
            expiring.to_str().expect("path"),
            "--expiring",
            "90",
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&expiring).expect("read")).expect("json");
    assert_eq!(doc["meta"]["within_days"], 90);
}

#[test]
fn bad_input_exits_2_and_writes_nothing() {
    let dir = tempfile::tempdir().expect("dir");
    let db = demo_db(dir.path());
    let out_dir = tempfile::tempdir().expect("out dir");
    let target = out_dir.path().join("claims.csv");
    let t = target.to_str().expect("path");

    let nowhere = out_dir.path().join("missing").join("claims.csv");
    assert_bad_input(
        &caredesk(
            &db,
            &[
                "export",
                "--format",
                "csv",
                "--out",
                nowhere.to_str().expect("path"),
            ],
        ),
        "does not exist",
    );
    assert_bad_input(
        &caredesk(
            &db,
            &[
                "export",
                "--format",
                "csv",
                "--out",
                t,
                "--claim",
                "CL-1999-000001",
            ],
        ),
        "no claim CL-1999-000001",
    );
    assert_bad_input(
        &caredesk(
            &db,
            &[
                "export",
                "--format",
                "csv",
                "--out",
                t,
                "--from",
                "2026-02-30",
            ],
        ),
        "bad --from date",
    );
    assert_bad_input(
        &caredesk(
            &db,
            &[
                "export",
                "--format",
                "csv",
                "--out",
                t,
                "--from",
                "2026-05-01",
                "--to",
                "2026-04-01",
            ],
        ),
        "is after --to",
    );
    assert_bad_input(
        &caredesk(
            &db,
            &["export", "--format", "csv", "--out", t, "--status", "lost"],
        ),
        "lost",
    );
    assert_bad_input(
        &caredesk(
            &out_dir.path().join("no.sqlite3"),
            &["export", "--format", "csv", "--out", t],
        ),
        "there is no CareDesk database",
    );
    assert_bad_input(
        &caredesk(
            &db,
            &[
                "export",
                "--format",
                "csv",
                "--out",
                out_dir.path().to_str().expect("path"),
            ],
        ),
        "is a folder",
    );
    // Unknown format: clap's own usage error, still exit 2.
    let out = caredesk(&db, &["export", "--format", "xls", "--out", t]);
    assert_eq!(out.status.code(), Some(2));
    let entries: Vec<_> = std::fs::read_dir(out_dir.path()).expect("dir").collect();
    assert!(entries.is_empty(), "nothing written: {entries:?}");
}

/// The claim report is for staff: its headings, labels, table columns and
/// footers are in the desk's language (`--lang`), not in English; codes,
/// rule IDs and the claims' own data stay as stored.
#[test]
fn the_claim_pdf_is_in_the_desks_language() {
    let dir = tempfile::tempdir().expect("dir");
    let db = demo_db(dir.path());
    let pdftotext = |pdf: &Path| {
        let out = Command::new("pdftotext")
            .arg(pdf)
            .arg("-")
            .output()
            .expect("this test needs pdftotext (poppler-utils) on PATH");
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let export = |lang: &str, name: &str| {
        let target = dir.path().join(name);
        let out = caredesk(
            &db,
            &[
                "--lang",
                lang,
                "export",
                "--format",
                "pdf",
                "--out",
                target.to_str().expect("path"),
            ],
        );
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        pdftotext(&target)
    };
    let english = export("en", "claims-en.pdf");
    let korean = export("ko", "claims-ko.pdf");
    let german = export("de", "claims-de.pdf");
    // The same claims in each (the ids are data).
    let ids = |text: &str| -> std::collections::BTreeSet<String> {
        text.split_whitespace()
            .filter(|w| w.starts_with("CL-"))
            .map(str::to_owned)
            .collect()
    };
    assert!(!ids(&english).is_empty(), "{english}");
    assert_eq!(ids(&english), ids(&korean));
    for (text, words) in [
        (
            &english,
            &[
                "CareDesk — Claim report",
                "At a glance",
                "Claims in this report",
                "Product",
                "Serial number",
                "Timeline",
                "When (UTC)",
                "page 1 of",
            ][..],
        ),
        (
            &korean,
            &[
                "CareDesk — 신청 보고서",
                "한눈에 보기",
                "이 보고서의 신청",
                "제품",
                "시리얼 번호",
                "처리 이력",
                "시각(UTC)",
                "쪽 중 1쪽",
            ][..],
        ),
        (
            &german,
            &[
                "CareDesk — Antragsbericht",
                "Auf einen Blick",
                "Anträge in diesem Bericht",
                "Produkt",
                "Seriennummer",
                "Verlauf",
                "Wann (UTC)",
                "Seite 1 von",
            ][..],
        ),
    ] {
        for w in words {
            assert!(text.contains(w), "{w:?} missing:\n{text}");
        }
    }
    for text in [&korean, &german] {
        for english in [
            "Claim report",
            "At a glance",
            "Serial number",
            "Timeline",
            "page 1 of",
            "Customer pays",
            "Never send back",
            "(continued)",
        ] {
            assert!(!text.contains(english), "{english:?} left in English");
        }
    }
}
