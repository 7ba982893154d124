//! Issue 16: every script survives an export (SPEC §6: names and notes
//! "print and display exactly as typed"). PDFs embed a subset of the
//! workstation's fonts and `pdftotext` gives back exactly the Unicode stored
//! (Chinese, Korean, German umlauts, Arabic); they carry a title, a creation
//! date and the document language. CSV for spreadsheets starts with a UTF-8
//! byte-order mark and reads back through Python's `csv` with `utf-8-sig`.
//!
//! Needs `pdftotext`/`pdfinfo`/`pdffonts` (poppler-utils), a CJK font
//! (`fonts-noto-cjk`), a font with Arabic (DejaVu Sans, `fonts-dejavu-core`)
//! and `python3` on PATH, as `.ci/run` installs.

mod export_support;

use caredesk::report::{self, ClaimReport};
use export_support::{meta, sample_claims};
use std::path::Path;
use std::process::Command;

/// What the customer and the staff typed, in every script the issue names.
const NAMES: &[&str] = &[
    "张伟 客户",
    "電話 陳大文",
    "김민준 고객",
    "Jürgen Müßig-Größe",
    "محمد",
    // Shaped: the letters join and lam-alef is one ligature glyph.
    "الكاميرا لا تعمل",
    "שלום דוד",
    "山田 はなこ",
    "Ольга Петрова",
];

fn unicode_claim() -> ClaimReport {
    let mut c = sample_claims().remove(0);
    c.events[0].who = "李娜".into();
    for (i, name) in NAMES.iter().enumerate() {
        let mut e = c.events[0].clone();
        e.note = (*name).to_string();
        e.at = format!("2026-05-02T10:{i:02}:00Z");
        c.events.push(e);
    }
    c
}

fn tool(name: &str, args: &[&str], pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("doc.pdf");
    std::fs::write(&path, pdf).expect("write pdf");
    let out = Command::new(name)
        .args(args)
        .arg(&path)
        .args(if name == "pdftotext" {
            &["-"][..]
        } else {
            &[][..]
        })
        .output()
        .unwrap_or_else(|e| panic!("this test needs {name} (poppler-utils) on PATH: {e}"));
    assert!(out.status.success(), "{name} failed: {out:?}");
    String::from_utf8(out.stdout).expect("utf-8 text")
}

fn pdf_of(claims: Vec<ClaimReport>) -> Vec<u8> {
    let mut out = Vec::new();
    let n = claims.len();
    report::pdf::write_claims(
        &mut out,
        &meta(),
        n,
        claims.into_iter().map(Ok),
        &mut |_, _| true,
    )
    .expect("pdf written");
    out
}

#[test]
fn pdftotext_gives_back_every_script_exactly() {
    let pdf = pdf_of(vec![unicode_claim()]);
    let text = tool("pdftotext", &[], &pdf);
    for name in NAMES.iter().chain(&["李娜"]) {
        assert!(
            text.lines().any(|l| l.contains(name)),
            "{name:?} is not in the extracted text:\n{text}"
        );
    }
    // The fonts drawing them are embedded subsets (a "+" in the name), not
    // substituted by the viewer.
    let fonts = tool("pdffonts", &[], &pdf);
    let embedded: Vec<&str> = fonts
        .lines()
        .skip(2)
        .filter(|l| l.contains("CID"))
        .collect();
    assert!(
        embedded.len() >= 2,
        "a CJK and an Arabic face should be embedded:\n{fonts}"
    );
    for l in &embedded {
        assert!(l.contains('+'), "not a subset: {l}");
        assert!(
            l.contains(" yes yes yes "),
            "not embedded with ToUnicode: {l}"
        );
    }
}

#[test]
fn pdfs_carry_title_creation_date_and_language() {
    let pdf = pdf_of(vec![unicode_claim()]);
    let info = tool("pdfinfo", &["-isodates"], &pdf);
    assert!(
        info.lines()
            .any(|l| l.starts_with("Title:") && l.ends_with("CareDesk claim report CL-2026-000001")),
        "{info}"
    );
    // The creation date is when the export was made (the meta's generated_at).
    assert!(
        info.lines()
            .any(|l| l.starts_with("CreationDate:") && l.contains("2026-11-25T14:03:00")),
        "{info}"
    );
    let raw = String::from_utf8_lossy(&pdf);
    assert!(raw.contains("/Lang (en)"), "no /Lang in the catalog");
}

#[test]
fn a_claim_page_with_cjk_text_stays_small() {
    let pdf = pdf_of(vec![unicode_claim()]);
    let pages: usize = tool("pdfinfo", &[], &pdf)
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("page count");
    // Issue 16: at most 150 KB a claim page with CJK text (BENCHMARKS.md).
    eprintln!("{} bytes, {pages} page(s)", pdf.len());
    assert!(
        pdf.len() / pages <= 150 * 1024,
        "{} bytes for {pages} page(s)",
        pdf.len()
    );
}

// ------------------------------------------------------------ CSV

fn caredesk(db: &Path, args: &[&str]) {
    let out = Command::new(env!("CARGO_BIN_EXE_caredesk"))
        .arg("--db")
        .arg(db)
        .args(args)
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

#[test]
fn the_cli_writes_plain_utf8_unless_bom_is_given() {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("desk.sqlite3");
    caredesk(&db, &["demo", "--products", "10", "--today", "2026-11-25"]);
    for (bom, expiring) in [(false, false), (true, false), (false, true), (true, true)] {
        let out = dir.path().join(format!("out-{bom}-{expiring}.csv"));
        let mut args = vec![
            "export",
            "--format",
            "csv",
            "--out",
            out.to_str().expect("path"),
        ];
        if bom {
            args.push("--bom");
        }
        if expiring {
            args.extend(["--expiring", "90"]);
        }
        caredesk(&db, &args);
        let bytes = std::fs::read(&out).expect("exported");
        let header: &[u8] = if expiring { b"serial," } else { b"claim_id," };
        if bom {
            assert_eq!(&bytes[..3], b"\xEF\xBB\xBF", "BOM first");
            assert!(bytes[3..].starts_with(header));
        } else {
            assert!(bytes.starts_with(header), "no BOM without --bom");
        }
    }
}

#[test]
fn csv_with_a_bom_reads_back_through_python_utf8_sig() {
    let mut c = unicode_claim();
    c.product.model = "DJI Mavic 3 大疆御".into();
    c.rules[0].reason =
        "客户没有接受隐私政策 | 고객이 개인정보 처리방침에 동의하지 않았습니다".into();
    let mut bytes = Vec::new();
    report::csv::write_bom(&mut bytes).expect("bom");
    report::csv::write_claims(&mut bytes, 1, [Ok(c.clone())], &mut |_, _| true).expect("csv");
    assert!(bytes.starts_with(report::csv::BOM));

    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("claims.csv");
    std::fs::write(&path, &bytes).expect("write");
    // Excel's way in: the BOM says UTF-8; Python's utf-8-sig does the same.
    let script = "import csv, json, sys\n\
                  rows = list(csv.DictReader(open(sys.argv[1], encoding='utf-8-sig', newline='')))\n\
                  print(json.dumps(rows, ensure_ascii=False))";
    let out = Command::new("python3")
        .args(["-c", script])
        .arg(&path)
        .output()
        .unwrap_or_else(|e| panic!("this test needs python3 on PATH: {e}"));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let rows: Vec<serde_json::Map<String, serde_json::Value>> =
        serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(rows.len(), 1);
    // The first column name has no BOM glued to it.
    assert_eq!(rows[0]["claim_id"], c.claim_id.as_str());
    assert_eq!(rows[0]["model"], "DJI Mavic 3 大疆御");
    assert_eq!(
        rows[0]["reasons"].as_str().expect("reasons"),
        c.rules
            .iter()
            .map(|r| r.reason.as_str())
            .collect::<Vec<_>>()
            .join(" | ")
    );
}
