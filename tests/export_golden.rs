//! Export outputs pinned byte for byte: the CSV and JSON texts, the PDF bytes
//! of fixed reports, and the text `pdftotext` reads from the PDFs of the demo
//! data. Reshaping the report code must leave every one of them unchanged.
//!
//! The fixtures enter as JSON (the report model's own wire form), so this file
//! does not change when the model's Rust types do. To accept a deliberate
//! change of an output, run with `CAREDESK_BLESS=1` and review the diff of
//! `tests/export-golden/`.
//!
//! Needs `pdftotext` (poppler-utils) on PATH.

mod export_support;

use caredesk::report::{
    self, ClaimReport, ExpiringMeta, ExpiringPlanReport, ExportError, ReportMeta,
};
use export_support::{meta, sample_claims};
use std::path::{Path, PathBuf};
use std::process::Command;

fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/export-golden")
}

/// Compares `actual` with the golden file `name` (or writes it when blessing).
fn check(name: &str, actual: &[u8]) {
    let path = golden_dir().join(name);
    if std::env::var_os("CAREDESK_BLESS").is_some() {
        std::fs::create_dir_all(golden_dir()).expect("golden dir");
        std::fs::write(&path, actual).expect("write golden");
    }
    let expected = std::fs::read(&path)
        .unwrap_or_else(|e| panic!("golden file {} missing ({e})", path.display()));
    if expected != actual {
        let got = golden_dir().join(format!("{name}.actual"));
        let _ = std::fs::write(&got, actual);
        panic!(
            "{name} differs from its golden file; the new output is in {}",
            got.display()
        );
    }
}

fn pdftotext(pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("doc.pdf");
    std::fs::write(&path, pdf).expect("write pdf");
    let out = Command::new("pdftotext")
        .arg("-layout")
        .arg(&path)
        .arg("-")
        .output()
        .unwrap_or_else(|e| {
            panic!(
                "this test needs pdftotext from poppler-utils on PATH \
                 (apt-get install poppler-utils): {e}"
            )
        });
    assert!(out.status.success(), "pdftotext failed");
    String::from_utf8(out.stdout).expect("utf-8 text")
}

fn always(_: usize, _: usize) -> bool {
    true
}

/// A claim that reaches the corners the other fixtures leave out: exclusions,
/// a withdrawn 2-year plan, a used-up service, a reclaimed unit that itself
/// replaced another, no plan in effect, several interpretations.
const EDGE_CLAIM: &str = r#"{
  "claim_id": "CL-2026-000004", "kind": "replacement", "status": "refused",
  "submitted_on": "2026-08-01", "decided_on": null, "decision": "refused",
  "plan": null,
  "rules": [{"id": "REP-EXPIRED", "reason": "The application date is not within the validity period of the replacement service."},
            {"id": "REP-EXCLUDED", "reason": "The damage falls under an exclusion of the replacement service (for example loss, theft, unauthorized repair or use against the manual)."}],
  "interpretations": [{"id": "INT-EU-SERVICE-REGION", "reason": "All EU member states form one service region."},
                      {"id": "INT-OSMO-MOBILE-PARTS", "reason": "Osmo Mobile: main body and battery."}],
  "replacements_left_after": null, "channel": "express", "service_region": "EU",
  "cause": "water_damage",
  "parts": [{"part": "main_body", "quantity": 1}, {"part": "battery", "quantity": 1}],
  "exclusions": ["parts_lost", "unauthorized_repair", "illegal_use"],
  "shipped_on": null, "accepts_transregional_fees": false, "privacy_accepted": false,
  "customer_pays": [], "fee": null, "replacement_serial": null,
  "product": {"serial": "1SEDGE00000004", "model": "DJI OM 4", "series": "Osmo Mobile",
              "channel": "authorized", "region": "DE", "status": "reclaimed",
              "replaced_by": "1SEDGE00000005", "replaces": "1SEDGE00000003",
              "international_service": true},
  "plans": [{"plan": "care_refresh", "term": "2y", "region": "DE", "service_region": "EU",
             "starts": "2024-07-01", "ends": "2026-07-01", "valid_through": "2026-06-30",
             "replacements_allowed": 2, "replacements_used": 2, "replacements_left": 0,
             "withdrawn": true, "replacement_service": "withdrawn", "extended_warranty": null},
            {"plan": "care_refresh_plus", "term": null, "region": "FR", "service_region": "EU",
             "starts": "2026-07-01", "ends": "2027-07-01", "valid_through": "2027-06-30",
             "replacements_allowed": 1, "replacements_used": 1, "replacements_left": 0,
             "withdrawn": false, "replacement_service": "used_up", "extended_warranty": "not_offered"}],
  "events": [{"at": "2026-08-01T08:00:00Z", "who": "Chen SSC", "from": null, "to": "submitted", "note": ""},
             {"at": "2026-08-01T08:00:01Z", "who": "Chen SSC", "from": "submitted", "to": "refused", "note": "Water inside the handle."}]
}"#;

const EXPIRING: &str = r#"{
  "meta": {"generated_at": "2026-11-25T14:03:00Z", "as_of": "2026-11-25", "within_days": 60},
  "plans": [
    {"serial": "1SEXP000000001", "model": "DJI Mavic 3", "plan": "care_refresh",
     "service": "replacement", "ends": "2026-12-01", "valid_through": "2026-11-30", "days_left": 6},
    {"serial": "1SEXP000000002", "model": "DJI Mini 2", "plan": "care_refresh_plus",
     "service": "extended_warranty", "ends": "2027-01-20", "valid_through": "2027-01-19", "days_left": 56}
  ]
}"#;

fn claims() -> Vec<ClaimReport> {
    let mut claims = sample_claims();
    claims.push(serde_json::from_str(EDGE_CLAIM).expect("edge claim fixture"));
    claims
}

fn expiring() -> (ExpiringMeta, Vec<ExpiringPlanReport>) {
    #[derive(serde::Deserialize)]
    struct Fixture {
        meta: ExpiringMeta,
        plans: Vec<ExpiringPlanReport>,
    }
    let mut f: Fixture = serde_json::from_str(EXPIRING).expect("expiring fixture");
    // The pinned PDF shows times on a fixed clock, wherever it is made.
    f.meta.zone = caredesk::i18n::Zone::utc();
    (f.meta, f.plans)
}

type Writer = fn(&mut Vec<u8>, &ReportMeta, Vec<ClaimReport>) -> Result<usize, ExportError>;

fn csv(out: &mut Vec<u8>, _: &ReportMeta, c: Vec<ClaimReport>) -> Result<usize, ExportError> {
    report::csv::write_claims(out, c.len(), c.into_iter().map(Ok), &mut always)
}

fn json(out: &mut Vec<u8>, m: &ReportMeta, c: Vec<ClaimReport>) -> Result<usize, ExportError> {
    report::json::write_claims(out, m, c.len(), c.into_iter().map(Ok), &mut always)
}

fn pdf(out: &mut Vec<u8>, m: &ReportMeta, c: Vec<ClaimReport>) -> Result<usize, ExportError> {
    report::pdf::write_claims(out, m, c.len(), c.into_iter().map(Ok), &mut always)
}

fn written(writer: Writer, claims: Vec<ClaimReport>) -> Vec<u8> {
    let mut out = Vec::new();
    // The pinned PDFs show times on a fixed clock, wherever they are made.
    let meta = ReportMeta {
        zone: caredesk::i18n::Zone::utc(),
        ..meta()
    };
    writer(&mut out, &meta, claims).expect("written");
    out
}

#[test]
fn claim_writers_give_the_pinned_bytes() {
    check("writers-claims.csv", &written(csv, claims()));
    check("writers-claims.json", &written(json, claims()));
    let many = written(pdf, claims());
    check("writers-claims.pdf", &many);
    check("writers-claims.pdf.txt", pdftotext(&many).as_bytes());
    let edge = claims().split_off(3);
    let one = written(pdf, edge);
    check("writers-one-claim.pdf", &one);
    check("writers-one-claim.pdf.txt", pdftotext(&one).as_bytes());
}

#[test]
fn expiring_writers_give_the_pinned_bytes() {
    let (meta, plans) = expiring();
    let mut out = Vec::new();
    report::csv::write_expiring(&mut out, &meta, &plans).expect("csv");
    check("writers-expiring.csv", &out);
    let mut out = Vec::new();
    report::json::write_expiring(&mut out, &meta, &plans).expect("json");
    check("writers-expiring.json", &out);
    let mut out = Vec::new();
    report::pdf::write_expiring(&mut out, &meta, &plans).expect("pdf");
    check("writers-expiring.pdf", &out);
    check("writers-expiring.pdf.txt", pdftotext(&out).as_bytes());
}

// ------------------------------------------------------------ the demo data

const TODAY: &str = "2026-11-25";

fn caredesk(db: &Path, args: &[&str]) {
    let out = Command::new(env!("CARGO_BIN_EXE_caredesk"))
        .arg("--db")
        .arg(db)
        .args(args)
        // The PDFs show times on the workstation's clock: pin it.
        .env("TZ", "UTC")
        .env(
            "CAREDESK_ASSETS",
            Path::new(env!("CARGO_MANIFEST_DIR")).join("assets"),
        )
        .output()
        .expect("caredesk runs");
    assert!(
        out.status.success(),
        "caredesk {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The export's only time-dependent parts: when it was generated.
fn without_generation_time(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        if let Some(at) = line.find("\"generated_at\":") {
            // Compact (`"generated_at":"…"`) or pretty (`"generated_at": "…"`).
            let key_end = at + "\"generated_at\":".len();
            let value = key_end + usize::from(line[key_end..].starts_with(' ')) + 1;
            let end = value + line[value..].find('"').expect("closing quote");
            out.push_str(&line[..value]);
            out.push_str("(now)");
            out.push_str(&line[end..]);
        } else if let Some(at) = line.find("Generated ") {
            let end = line[at..].find(" UTC").expect("UTC") + at;
            out.push_str(&line[..at]);
            out.push_str("Generated (now)");
            out.push_str(&line[end..]);
        } else {
            out.push_str(line);
        }
    }
    out
}

#[test]
fn demo_exports_through_the_cli_give_the_pinned_text() {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("desk.sqlite3");
    caredesk(&db, &["demo", "--products", "20", "--today", TODAY]);
    let exports: &[(&str, &[&str])] = &[
        ("demo-all.csv", &[]),
        ("demo-warranty.json", &["--kind", "extended_warranty"]),
        ("demo-warranty.pdf", &["--kind", "extended_warranty"]),
        ("demo-shipped.json", &["--status", "replacement_shipped"]),
        ("demo-shipped.pdf", &["--status", "replacement_shipped"]),
        ("demo-expiring-90.csv", &["--expiring", "90"]),
        ("demo-expiring-90.json", &["--expiring", "90"]),
        ("demo-expiring-90.pdf", &["--expiring", "90"]),
    ];
    for (name, filter) in exports {
        let format = name.rsplit('.').next().expect("extension");
        let target = dir.path().join(name);
        let mut args = vec![
            "export",
            "--format",
            format,
            "--out",
            target.to_str().expect("path"),
            "--on",
            TODAY,
        ];
        args.extend_from_slice(filter);
        caredesk(&db, &args);
        let bytes = std::fs::read(&target).expect("exported");
        if format == "pdf" {
            let text = without_generation_time(&pdftotext(&bytes));
            check(&format!("{name}.txt"), text.as_bytes());
        } else {
            let text = String::from_utf8(bytes).expect("utf-8");
            check(name, without_generation_time(&text).as_bytes());
        }
    }
}
