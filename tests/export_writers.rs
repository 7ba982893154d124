//! The claim-report writers on their own (no database): CSV and JSON read
//! back to the same claims, the PDF's extracted text holds the claim ids, rule
//! IDs (REP-PART, REP-SHIP-LATE) and their reasons, and a failed or cancelled
//! export leaves no file and an existing target untouched.
//!
//! The PDF test needs `pdftotext` (poppler-utils) on PATH and fails saying so
//! when it is missing.

mod export_support;

use caredesk::i18n::Zone;
use caredesk::report::csv::{CLAIM_COLUMNS, ClaimCsvRow, LIST_SEPARATOR, REASON_SEPARATOR};
use caredesk::report::json::{CLAIMS_FORMAT, ClaimsDocument};
use caredesk::report::{self, ClaimReport, ExportError, ReportMeta, atomic::write_atomically};
use caredesk::rules::ids::RuleId;
use export_support::{meta, sample_claims};
use std::path::{Path, PathBuf};

fn ok(claims: Vec<ClaimReport>) -> impl Iterator<Item = Result<ClaimReport, ExportError>> {
    claims.into_iter().map(Ok)
}

fn always(_: usize, _: usize) -> bool {
    true
}

pub fn pdftotext(pdf: &Path) -> String {
    let out = match std::process::Command::new("pdftotext")
        .arg("-layout")
        .arg(pdf)
        .arg("-")
        .output()
    {
        Ok(out) => out,
        Err(e) => panic!(
            "this test needs pdftotext from poppler-utils on PATH \
             (apt-get install poppler-utils): {e}"
        ),
    };
    assert!(
        out.status.success(),
        "pdftotext failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// pdftotext -layout breaks long reasons over lines and pads columns: compare
/// text with all runs of whitespace made single spaces.
fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn write(
    format: report::ExportFormat,
    target: &Path,
    claims: Vec<ClaimReport>,
) -> Result<u64, ExportError> {
    let total = claims.len();
    write_atomically(target, |out| {
        match format {
            report::ExportFormat::Csv => {
                report::csv::write_claims(out, total, ok(claims), &mut always)
            }
            report::ExportFormat::Json => {
                report::json::write_claims(out, &meta(), total, ok(claims), &mut always)
            }
            report::ExportFormat::Pdf => {
                report::pdf::write_claims(out, &meta(), total, ok(claims), &mut always)
            }
        }
        .map(|_| ())
    })
}

fn files_in(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    v.sort();
    v
}

#[test]
fn csv_round_trip_gives_the_same_claims() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("claims.csv");
    let claims = sample_claims();
    write(report::ExportFormat::Csv, &target, claims.clone()).unwrap();

    let mut rdr = csv::Reader::from_path(&target).unwrap();
    let header: Vec<String> = rdr.headers().unwrap().iter().map(str::to_string).collect();
    assert_eq!(header, CLAIM_COLUMNS);
    let rows: Vec<ClaimCsvRow> = rdr.deserialize().collect::<Result<_, _>>().unwrap();
    assert_eq!(rows.len(), claims.len());
    for (row, claim) in rows.iter().zip(&claims) {
        assert_eq!(row, &ClaimCsvRow::from_claim(claim));
        assert_eq!(row.claim_id, claim.claim_id);
        assert_eq!(row.serial, claim.product.serial);
        assert_eq!(row.decision, claim.decision.code());
        let ids: Vec<&str> = claim.rules.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(row.rule_id_list(), ids);
        let reasons: Vec<&str> = claim.rules.iter().map(|r| r.reason.as_str()).collect();
        assert_eq!(row.reason_list(), reasons);
    }
    // REP-PART and REP-SHIP-LATE on the refused claim, in the spec's order.
    assert_eq!(rows[0].rule_ids, "REP-PART; REP-SHIP-LATE");
    assert_eq!(rows[0].parts, "aircraft:1; motor:1");
    assert_eq!(rows[1].parts, "aircraft:1; propellers:2");
    assert_eq!(rows[1].fee, "79.00");
    assert_eq!(rows[1].fee_currency, "USD");
    assert_eq!(rows[1].customer_pays, "replacement_fee; transregional_fees");
    assert_eq!(rows[1].replacement_serial, "1SSDH7R00B0002");
    assert_eq!(rows[1].rule_ids, "");
    assert_eq!(rows[2].kind, "extended_warranty");
    assert!(LIST_SEPARATOR != REASON_SEPARATOR);
}

#[test]
fn csv_quotes_commas_quotes_and_newlines() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("claims.csv");
    let mut claims = sample_claims();
    claims[0].product.model = "Model, with \"quotes\"\nand a newline".into();
    write(report::ExportFormat::Csv, &target, claims.clone()).unwrap();
    let mut rdr = csv::Reader::from_path(&target).unwrap();
    let rows: Vec<ClaimCsvRow> = rdr.deserialize().collect::<Result<_, _>>().unwrap();
    assert_eq!(rows[0].model, claims[0].product.model);
    assert_eq!(rows.len(), 3);
}

#[test]
fn csv_of_no_claims_is_just_the_header() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("none.csv");
    write(report::ExportFormat::Csv, &target, vec![]).unwrap();
    let text = std::fs::read_to_string(&target).unwrap();
    assert_eq!(text.trim_end(), CLAIM_COLUMNS.join(","));
}

#[test]
fn json_round_trip_gives_the_same_claims() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("claims.json");
    let claims = sample_claims();
    write(report::ExportFormat::Json, &target, claims.clone()).unwrap();
    let doc: ClaimsDocument =
        serde_json::from_str(&std::fs::read_to_string(&target).unwrap()).unwrap();
    assert_eq!(doc.format, CLAIMS_FORMAT);
    assert_eq!(doc.count, 3);
    assert_eq!(doc.meta, meta());
    assert_eq!(doc.claims, claims);
    // Machine-readable details survive: rule IDs with reasons, events, dates.
    assert_eq!(doc.claims[0].rules[1].id, RuleId::RepShipLate.id());
    assert_eq!(doc.claims[0].rules[1].reason, RuleId::RepShipLate.reason());
    assert_eq!(doc.claims[0].events.len(), 3);

    // An empty export is still a valid document.
    write(report::ExportFormat::Json, &target, vec![]).unwrap();
    let doc: ClaimsDocument =
        serde_json::from_str(&std::fs::read_to_string(&target).unwrap()).unwrap();
    assert!(doc.claims.is_empty());
    assert_eq!(doc.count, 0);
}

#[test]
fn pdf_text_holds_claim_ids_rule_ids_and_reasons() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("claims.pdf");
    write(report::ExportFormat::Pdf, &target, sample_claims()).unwrap();
    let bytes = std::fs::read(&target).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    let text = squash(&pdftotext(&target));
    for id in ["CL-2026-000001", "CL-2026-000002", "CL-2026-000003"] {
        assert!(text.contains(id), "{id} missing from the PDF text");
    }
    for rule in [RuleId::RepPart, RuleId::RepShipLate] {
        assert!(text.contains(rule.id()), "{} missing", rule.id());
        assert!(
            text.contains(&squash(rule.reason())),
            "reason of {} missing",
            rule.id()
        );
    }
    for expected in [
        "Claim report summary",
        "REFUSED",
        "APPROVED",
        "Replacement fee: $79.00",
        "Never send back",
        "Remote controller",
        "Timeline",
        "INT-EUROPEAN-CAP",
        "Valid through",
        "2027-03-14",
        "page 1 of",
    ] {
        assert!(
            text.contains(expected),
            "{expected:?} missing from the PDF text"
        );
    }
}

#[test]
fn pdf_of_one_claim_has_no_cover_and_starts_with_the_claim() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("one.pdf");
    let claims = sample_claims().into_iter().take(1).collect();
    write(report::ExportFormat::Pdf, &target, claims).unwrap();
    let text = squash(&pdftotext(&target));
    assert!(!text.contains("Claim report summary"));
    assert!(text.contains("CL-2026-000001"));
    assert!(text.contains("page 1 of 1"));
}

/// The first claim's PDF with its times on `zone`'s clock, as text.
fn one_claim_pdf_in(zone: Zone, claim: ClaimReport) -> String {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("zoned.pdf");
    let meta = ReportMeta { zone, ..meta() };
    write_atomically(&target, |out| {
        report::pdf::write_claims(out, &meta, 1, ok(vec![claim]), &mut always).map(|_| ())
    })
    .unwrap();
    squash(&pdftotext(&target))
}

#[test]
fn pdf_times_are_on_the_workstations_clock_with_its_offset() {
    // Kept in UTC (the JSON says 2026-05-02T09:12:00Z); printed in Hong Kong.
    let hong_kong = Zone::minutes_east(8 * 60).unwrap();
    let text = one_claim_pdf_in(hong_kong, sample_claims().remove(0));
    assert!(
        text.contains("Generated 2026-11-25 22:03 UTC+08:00"),
        "{text}"
    );
    assert!(text.contains("When (UTC+08:00)"), "{text}");
    assert!(text.contains("2026-05-02 17:12 Ana Technician"), "{text}");
    assert!(!text.contains("09:12"), "{text}");
    // The same claim printed on a UTC clock.
    let text = one_claim_pdf_in(Zone::utc(), sample_claims().remove(0));
    assert!(text.contains("Generated 2026-11-25 14:03 UTC"), "{text}");
    assert!(text.contains("When (UTC)"), "{text}");
    assert!(text.contains("2026-05-02 09:12 Ana Technician"), "{text}");
}

#[test]
fn pdf_time_west_of_utc_and_an_unreadable_time_kept_as_written() {
    let mut claim = sample_claims().remove(0);
    claim.events[1].at = "not a time".into();
    let text = one_claim_pdf_in(Zone::minutes_east(-(3 * 60 + 30)).unwrap(), claim);
    assert!(text.contains("When (UTC-03:30)"), "{text}");
    assert!(text.contains("2026-05-02 05:42 Ana Technician"), "{text}");
    assert!(text.contains("not a time"), "{text}");
}

#[test]
fn a_long_timeline_continues_on_a_new_page() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("long.pdf");
    let mut claim = sample_claims().remove(0);
    let event = claim.events[0].clone();
    claim.events = (0..80)
        .map(|i| report::EventReport {
            note: format!("Note number {i} about this claim."),
            ..event.clone()
        })
        .collect();
    write(report::ExportFormat::Pdf, &target, vec![claim]).unwrap();
    let text = squash(&pdftotext(&target));
    assert!(text.contains("(continued)"));
    assert!(text.contains("Note number 79 about this claim."));
    assert!(text.contains("page 2 of"));
}

#[test]
fn a_missing_folder_is_an_error_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("no-such-folder").join("claims.csv");
    let err = write(report::ExportFormat::Csv, &target, sample_claims()).unwrap_err();
    assert!(matches!(err, ExportError::MissingFolder(_)), "{err:?}");
    assert!(err.to_string().contains("does not exist"));
    assert!(files_in(dir.path()).is_empty());
}

#[test]
fn a_folder_as_target_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let err = write(report::ExportFormat::Json, dir.path(), sample_claims()).unwrap_err();
    assert!(matches!(err, ExportError::TargetIsFolder(_)), "{err:?}");
    assert!(files_in(dir.path()).is_empty());
}

#[test]
fn cancelling_midway_leaves_no_file_and_the_old_target_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("claims.csv");
    std::fs::write(&target, "the previous export\n").unwrap();
    // Enough claims for several progress calls; cancel at the second one.
    let many: Vec<ClaimReport> = (0..2000)
        .map(|i| {
            let mut c = sample_claims().remove(0);
            c.claim_id = format!("CL-2026-{i:06}");
            c
        })
        .collect();
    for format in report::ExportFormat::ALL {
        let mut calls = 0;
        let mut cancel_second = |_: usize, _: usize| {
            calls += 1;
            calls < 2
        };
        let claims = many.clone();
        let err = write_atomically(&target, |out| {
            match format {
                report::ExportFormat::Csv => {
                    report::csv::write_claims(out, 2000, ok(claims), &mut cancel_second)
                }
                report::ExportFormat::Json => {
                    report::json::write_claims(out, &meta(), 2000, ok(claims), &mut cancel_second)
                }
                report::ExportFormat::Pdf => {
                    report::pdf::write_claims(out, &meta(), 2000, ok(claims), &mut cancel_second)
                }
            }
            .map(|_| ())
        })
        .unwrap_err();
        assert!(matches!(err, ExportError::Cancelled), "{format}: {err:?}");
        assert_eq!(
            std::fs::read_to_string(&target).unwrap(),
            "the previous export\n"
        );
        assert_eq!(
            files_in(dir.path()),
            std::slice::from_ref(&target),
            "{format}: temp file left"
        );
    }
}

#[test]
fn a_failing_source_leaves_no_file() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("claims.json");
    let claims = sample_claims()
        .into_iter()
        .map(Ok)
        .chain(std::iter::once(Err(ExportError::Source(
            "disk I/O error".into(),
        ))));
    let err = write_atomically(&target, |out| {
        report::json::write_claims(out, &meta(), 4, claims, &mut always).map(|_| ())
    })
    .unwrap_err();
    assert!(matches!(err, ExportError::Source(_)));
    assert!(files_in(dir.path()).is_empty());
}

#[cfg(unix)]
#[test]
fn an_unwritable_folder_is_an_error() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let locked = dir.path().join("locked");
    std::fs::create_dir(&locked).unwrap();
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o555)).unwrap();
    // root ignores folder modes; /sys refuses new files even to root.
    let probe = locked.join("probe");
    let enforced = std::fs::write(&probe, b"x").is_err();
    let _ = std::fs::remove_file(&probe);
    let folder = if enforced {
        locked.clone()
    } else {
        PathBuf::from("/sys")
    };
    let before = files_in(&folder);
    let err = write(
        report::ExportFormat::Csv,
        &folder.join("claims.csv"),
        sample_claims(),
    )
    .unwrap_err();
    assert!(matches!(err, ExportError::NotWritable { .. }), "{err:?}");
    assert!(err.to_string().starts_with("cannot write"), "{err}");
    assert_eq!(files_in(&folder), before);
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o755)).unwrap();
}

/// Issue 15: a report holds customers' data. A new file is owner-only; an
/// existing one keeps its permissions (a 0600 file is never widened).
#[cfg(unix)]
#[test]
fn a_new_export_is_owner_only_and_a_replaced_one_keeps_its_mode() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    let target = dir.path().join("claims.csv");
    write(report::ExportFormat::Csv, &target, sample_claims()).unwrap();
    assert_eq!(mode(&target), 0o600);
    assert_eq!(files_in(dir.path()), std::slice::from_ref(&target));
    for kept in [0o600, 0o640] {
        std::fs::set_permissions(&target, std::fs::Permissions::from_mode(kept)).unwrap();
        write(report::ExportFormat::Json, &target, sample_claims()).unwrap();
        assert_eq!(mode(&target), kept, "an existing {kept:o} target keeps it");
    }
}

/// Issue 15: `export --out /dev/null` as root replaced the device node; a
/// pipe, a link or a folder were replaced too. Each is refused, before
/// anything is written, and left as it was.
#[cfg(unix)]
#[test]
fn a_target_that_is_not_a_regular_file_is_refused_and_left_alone() {
    use std::os::unix::fs::FileTypeExt;
    let dir = tempfile::tempdir().unwrap();
    // A device: /dev/null (the tests run as root in CI).
    let null = Path::new("/dev/null");
    let e = write(report::ExportFormat::Csv, null, sample_claims()).unwrap_err();
    assert!(
        matches!(&e, ExportError::NotARegularFile { kind, .. } if kind.contains("device")),
        "{e:?}"
    );
    assert!(e.to_string().contains("not a regular file"), "{e}");
    assert!(
        std::fs::symlink_metadata(null)
            .unwrap()
            .file_type()
            .is_char_device()
    );
    // A named pipe.
    let fifo = dir.path().join("pipe.csv");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo runs");
    assert!(made.success());
    let e = write(report::ExportFormat::Csv, &fifo, sample_claims()).unwrap_err();
    assert!(
        matches!(&e, ExportError::NotARegularFile { kind, .. } if kind.contains("pipe")),
        "{e:?}"
    );
    assert!(
        std::fs::symlink_metadata(&fifo)
            .unwrap()
            .file_type()
            .is_fifo()
    );
    // A symbolic link (even to a regular file).
    let real = dir.path().join("real.csv");
    std::fs::write(&real, "keep me").unwrap();
    let link = dir.path().join("link.csv");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    let e = write(report::ExportFormat::Csv, &link, sample_claims()).unwrap_err();
    assert!(
        matches!(&e, ExportError::NotARegularFile { kind, .. } if kind.contains("link")),
        "{e:?}"
    );
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(std::fs::read_to_string(&real).unwrap(), "keep me");
    // A folder.
    let e = write(report::ExportFormat::Csv, dir.path(), sample_claims()).unwrap_err();
    assert!(matches!(e, ExportError::TargetIsFolder(_)), "{e:?}");
    // Nothing else was written anywhere.
    let mut names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["link.csv", "pipe.csv", "real.csv"]);
}

/// Issue 15: an export killed mid-way left `.part` files with customers'
/// data behind. The next export in that folder removes them; one that a
/// running export holds (locked) is left alone.
#[test]
fn leftover_part_files_are_removed_by_the_next_export() {
    let dir = tempfile::tempdir().unwrap();
    let stale = dir.path().join(".caredesk-export-AbC123.part");
    std::fs::write(&stale, "serial,name\n1SX,Ann\n").unwrap();
    let busy = dir.path().join(".caredesk-export-Busy99.part");
    let held = std::fs::File::create(&busy).unwrap();
    held.lock().unwrap();
    let unrelated = dir.path().join("notes.part");
    std::fs::write(&unrelated, "mine").unwrap();
    let target = dir.path().join("claims.csv");
    write(report::ExportFormat::Csv, &target, sample_claims()).unwrap();
    assert!(!stale.exists(), "a crashed export's leftover is removed");
    assert!(busy.exists(), "a running export's file is kept");
    assert!(unrelated.exists(), "other files are not touched");
    drop(held);
    // A failing export leaves nothing of its own behind either (and, the
    // other export being over, its file went at this export's start).
    let e = write_atomically(&dir.path().join("fails.csv"), |_| {
        Err(ExportError::Source("the database went away".into()))
    })
    .unwrap_err();
    assert!(matches!(e, ExportError::Source(_)));
    assert!(!dir.path().join("fails.csv").exists());
    assert!(!busy.exists());
    assert_eq!(caredesk::report::atomic::remove_leftovers(dir.path()), 0);
    let mut names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["claims.csv", "notes.part"]);
}

/// Issue 15 "No arbitrary caps": a PDF of more claims than the old in-memory
/// limit (2,000) is written page by page, each claim on its page, the summary
/// in front, every page numbered "page N of M".
#[test]
fn a_pdf_of_more_claims_than_the_old_cap_is_complete() {
    const N: usize = 2_100;
    let one = sample_claims().remove(0);
    let claims = (0..N).map(|i| {
        let mut c = one.clone();
        c.claim_id = format!("CL-2026-{:06}", i + 1);
        Ok(c)
    });
    let dir = tempfile::tempdir().expect("dir");
    let target = dir.path().join("many.pdf");
    let mut reports = 0;
    write_atomically(&target, |out| {
        report::pdf::write_claims(out, &meta(), N, claims, &mut |done, total| {
            assert_eq!(total, N);
            reports = done;
            true
        })?;
        Ok(())
    })
    .expect("written");
    assert_eq!(reports, N, "progress reaches every claim");
    let text = pdftotext(&target);
    let pages = text.matches("page 1 of ").count();
    assert_eq!(pages, 1, "one first page");
    let total: usize = text
        .split("page 1 of ")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|n| n.parse().ok())
        .expect("page count");
    assert!(total > N, "{total} pages for {N} claims and the summary");
    assert!(text.contains(&format!("page {total} of {total}")));
    // The summary lists every claim; every claim has its own page.
    for id in ["CL-2026-000001", "CL-2026-001050", "CL-2026-002100"] {
        assert!(
            text.matches(&format!("Claim report {id}")).count() >= 1,
            "{id} has no page"
        );
    }
    let summary = text.find("Claims in this report").expect("summary");
    let first_claim = text
        .find("CareDesk \u{2014} Claim report CL-2026-000001")
        .expect("first claim page");
    assert!(summary < first_claim, "the summary comes first");
}
