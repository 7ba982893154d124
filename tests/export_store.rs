//! Exports from a real store on both backends (demo data in a temp file or schema): CSV and JSON
//! read back to the claims the store holds, filters and single claims, the
//! PDF's text holds every refused claim's rule IDs and reasons, cancel and
//! bad targets leave nothing, paging past one page, and the expiring coverage
//! windows (30/60/90 days, `ends` in `(today, today + N]`).
//!
//! The PDF test needs `pdftotext` (poppler-utils) on PATH.

#[macro_use]
mod store_support;

use caredesk::desk::{
    ClaimColumn, ClaimFilter, ClaimSort, ClaimStatus, Desk as Store, NewBasePlan, NewProduct,
};
use caredesk::report::csv::ClaimCsvRow;
use caredesk::report::job::{ExportContent, ExportJob, ExportProgress};
use caredesk::report::json::ClaimsDocument;
use caredesk::report::source::{ClaimReports, ClaimSelection};
use caredesk::report::{ExportError, ExportFormat};
use caredesk::rules::{PlanKind, Region, RuleId, SalesChannel, Term};
use chrono::{Duration, NaiveDate};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::AtomicBool;
use store_support::{Backend, TestDb};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 6, 1).expect("date")
}

fn region(s: &str) -> Region {
    Region::parse_shape(s).expect("region")
}

/// A temp folder for exports and the database it goes with.
struct Scratch {
    dir: tempfile::TempDir,
    _db: TestDb,
}

impl Scratch {
    fn path(&self) -> &Path {
        self.dir.path()
    }
}

/// A demo database of `products` products on a backend.
fn demo(b: Backend, products: usize) -> (Scratch, Store) {
    let db = TestDb::new(b);
    let store = db.open();
    store
        .load_demo(products, today(), &|_| true)
        .expect("demo data");
    let dir = tempfile::tempdir().expect("temp dir");
    (Scratch { dir, _db: db }, store)
}

fn job(format: ExportFormat, target: &Path, content: ExportContent) -> ExportJob {
    ExportJob {
        format,
        target: target.to_path_buf(),
        content,
        as_of: today(),
        csv_bom: false,
    }
}

fn all_claims() -> ExportContent {
    ExportContent::Claims(ClaimSelection::default())
}

fn run(store: &Store, job: &ExportJob) -> Result<usize, ExportError> {
    job.run_with(store, &mut |_, _| true).map(|s| s.items)
}

fn csv_rows(path: &Path) -> Vec<ClaimCsvRow> {
    let mut rdr = csv::Reader::from_path(path).expect("csv opens");
    rdr.deserialize()
        .collect::<Result<_, _>>()
        .expect("csv rows")
}

fn files_in(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("dir")
        .map(|e| e.expect("entry").path())
        .collect();
    v.sort();
    v
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn csv_export_reads_back_as_the_claims_in_the_store(b: Backend) {
    let (dir, store) = demo(b, 400);
    let target = dir.path().join("claims.csv");
    let n = run(&store, &job(ExportFormat::Csv, &target, all_claims())).expect("export");
    let rows = csv_rows(&target);
    let stored = store
        .claims(&ClaimFilter::default(), BY_ID, 0, 100_000)
        .expect("claims");
    assert!(stored.len() > 20, "demo data has claims");
    assert_eq!(n, stored.len());
    assert_eq!(rows.len(), stored.len());
    for (row, claim) in rows.iter().zip(&stored) {
        assert_eq!(row.claim_id, claim.id);
        assert_eq!(row.serial, claim.serial);
        assert_eq!(row.model, claim.model);
        assert_eq!(row.kind, claim.kind.code());
        assert_eq!(row.channel, claim.channel.code());
        assert_eq!(row.status, claim.status.code());
        assert_eq!(row.decision == "approved", claim.approved);
        assert_eq!(row.rule_id_list(), claim.rules);
        let reasons: Vec<&str> = claim
            .rules
            .iter()
            .map(|id| RuleId::from_id(id).expect("known rule").reason())
            .collect();
        assert_eq!(row.reason_list(), reasons);
        assert_eq!(row.submitted_on, claim.submitted_on.to_string());
        assert_eq!(row.decided_on, claim.decided_on.to_string());
        assert_eq!(
            row.fee,
            claim.fee.as_ref().map(|m| m.decimal()).unwrap_or_default()
        );
        assert_eq!(
            row.replacement_serial,
            claim.replacement_serial.clone().unwrap_or_default()
        );
    }
    // The details (events, parts) match the claim as the detail panel reads it.
    for row in rows.iter().take(40) {
        let detail = store.claim(&row.claim_id).expect("claim");
        assert_eq!(row.events, detail.events.len().to_string());
        let parts: Vec<String> = detail
            .input
            .parts
            .iter()
            .map(|(p, q)| format!("{}:{q}", p.code()))
            .collect();
        assert_eq!(row.parts, parts.join("; "));
        assert_eq!(row.product_status, detail.product.status.code());
    }
}

fn json_export_reads_back_with_decisions_and_events(b: Backend) {
    let (dir, store) = demo(b, 300);
    let target = dir.path().join("claims.json");
    run(&store, &job(ExportFormat::Json, &target, all_claims())).expect("export");
    let doc: ClaimsDocument =
        serde_json::from_str(&std::fs::read_to_string(&target).expect("read")).expect("json");
    assert_eq!(
        doc.count,
        store.count_claims(&ClaimFilter::default()).expect("count")
    );
    assert_eq!(doc.claims.len(), doc.count);
    assert_eq!(doc.meta.filter, "all claims");
    assert!(!doc.meta.never_send_back.is_empty());
    for c in &doc.claims {
        let d = store.claim(&c.claim_id).expect("claim");
        let rules: Vec<&str> = d.decision.failed.iter().map(|r| r.id()).collect();
        let got: Vec<&str> = c.rules.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(got, rules, "{}", c.claim_id);
        for r in &c.rules {
            let id = RuleId::from_id(&r.id).expect("rule");
            assert_eq!(r.reason, id.reason());
        }
        let interps: Vec<&str> = d.decision.interpretations.iter().map(|i| i.id()).collect();
        let got: Vec<&str> = c.interpretations.iter().map(|i| i.id.as_str()).collect();
        assert_eq!(got, interps);
        assert_eq!(c.approved(), d.decision.approved());
        assert_eq!(c.status, d.row.status);
        assert_eq!(c.product.serial, d.product.serial);
        assert_eq!(c.events.len(), d.events.len());
        for (e, de) in c.events.iter().zip(&d.events) {
            assert_eq!(e.to, de.to);
            assert_eq!(e.from, de.from);
            assert_eq!(e.who, de.who);
            assert_eq!(e.note, de.note);
        }
        assert_eq!(
            c.fee.as_ref().map(|f| f.cents),
            d.row.fee.as_ref().map(|m| m.cents)
        );
        // A claim's product has its CR, and CR+ when bound.
        assert!(c.plans.len() <= 2);
    }
}

/// Claim-id order, oldest first: the order exports are written in.
const BY_ID: ClaimSort = ClaimSort {
    column: ClaimColumn::Id,
    descending: false,
};

fn a_filtered_export_holds_exactly_the_matching_claims(b: Backend) {
    let (dir, store) = demo(b, 400);
    let filter = ClaimFilter {
        status: Some(ClaimStatus::Refused),
        ..ClaimFilter::default()
    };
    let expected = store.claims(&filter, BY_ID, 0, 100_000).expect("claims");
    assert!(!expected.is_empty(), "demo data has refused claims");
    let target = dir.path().join("refused.csv");
    let content = ExportContent::Claims(ClaimSelection::filtered(filter));
    run(&store, &job(ExportFormat::Csv, &target, content)).expect("export");
    let rows = csv_rows(&target);
    let ids: Vec<&str> = rows.iter().map(|r| r.claim_id.as_str()).collect();
    let want: Vec<&str> = expected.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, want);
    assert!(
        rows.iter()
            .all(|r| r.decision == "refused" && !r.rule_ids.is_empty())
    );

    // A date window (inclusive on both ends, on the decision date).
    let all = store
        .claims(&ClaimFilter::default(), BY_ID, 0, 100_000)
        .expect("claims");
    let from = all[all.len() / 3].decided_on;
    let to = all[2 * all.len() / 3].decided_on;
    let window = ClaimFilter {
        from: Some(from),
        to: Some(to),
        ..ClaimFilter::default()
    };
    run(
        &store,
        &job(
            ExportFormat::Csv,
            &target,
            ExportContent::Claims(ClaimSelection::filtered(window.clone())),
        ),
    )
    .expect("export");
    let rows = csv_rows(&target);
    assert_eq!(rows.len(), store.count_claims(&window).expect("count"));
    assert!(rows.iter().all(|r| {
        let d: NaiveDate = r.decided_on.parse().expect("date");
        from <= d && d <= to
    }));
}

fn one_claim_exports_alone_and_an_unknown_claim_writes_nothing(b: Backend) {
    let (dir, store) = demo(b, 200);
    let first = store
        .claims(&ClaimFilter::default(), BY_ID, 0, 1)
        .expect("claims")
        .remove(0);
    let target = dir.path().join("one.json");
    let content = ExportContent::Claims(ClaimSelection::one(&first.id.to_lowercase()));
    run(&store, &job(ExportFormat::Json, &target, content)).expect("export");
    let doc: ClaimsDocument =
        serde_json::from_str(&std::fs::read_to_string(&target).expect("read")).expect("json");
    assert_eq!(doc.claims.len(), 1);
    assert_eq!(doc.claims[0].claim_id, first.id);
    assert_eq!(doc.meta.filter, format!("claim {}", first.id));

    let missing = dir.path().join("missing.pdf");
    let content = ExportContent::Claims(ClaimSelection::one("CL-1999-000001"));
    let err = run(&store, &job(ExportFormat::Pdf, &missing, content)).unwrap_err();
    assert!(matches!(err, ExportError::UnknownClaim(_)), "{err:?}");
    assert!(!missing.exists());
}

fn pdf_text_holds_each_refused_claim_with_its_rule_ids_and_reasons(b: Backend) {
    let (dir, store) = demo(b, 300);
    let filter = ClaimFilter {
        status: Some(ClaimStatus::Refused),
        ..ClaimFilter::default()
    };
    let refused = store.claims(&filter, BY_ID, 0, 100_000).expect("claims");
    assert!(!refused.is_empty());
    let target = dir.path().join("refused.pdf");
    let content = ExportContent::Claims(ClaimSelection::filtered(filter));
    run(&store, &job(ExportFormat::Pdf, &target, content)).expect("export");
    let out = std::process::Command::new("pdftotext")
        .arg("-layout")
        .arg(&target)
        .arg("-")
        .output()
        .unwrap_or_else(|e| {
            panic!(
                "this test needs pdftotext from poppler-utils (apt-get install poppler-utils): {e}"
            )
        });
    assert!(out.status.success());
    let text = squash(&String::from_utf8_lossy(&out.stdout));
    assert!(text.contains("Claim report summary"));
    for claim in &refused {
        assert!(text.contains(&claim.id), "{} missing", claim.id);
        assert!(text.contains(&claim.serial), "{} missing", claim.serial);
        for id in &claim.rules {
            let rule = RuleId::from_id(id).expect("rule");
            assert!(text.contains(rule.id()), "{id} missing");
            assert!(
                text.contains(&squash(rule.reason())),
                "reason of {id} missing"
            );
        }
    }
}

fn cancel_and_bad_targets_leave_nothing_behind(b: Backend) {
    let (dir, store) = demo(b, 300);
    let out_dir = tempfile::tempdir().expect("dir");
    let target = out_dir.path().join("claims.csv");
    std::fs::write(&target, "older export\n").expect("write");

    // Cancelled from the app: the flag is set while the job runs.
    let cancel = Arc::new(AtomicBool::new(true));
    let err = job(ExportFormat::Csv, &target, all_claims())
        .run(&store, ExportProgress::new(), cancel)
        .unwrap_err();
    assert!(matches!(err, ExportError::Cancelled), "{err:?}");

    // Cancelled midway, after the first progress report with claims done.
    for format in ExportFormat::ALL {
        let err = job(*format, &target, all_claims())
            .run_with(&store, &mut |done, _| done == 0)
            .unwrap_err();
        assert!(matches!(err, ExportError::Cancelled), "{format}: {err:?}");
    }
    assert_eq!(
        std::fs::read_to_string(&target).expect("read"),
        "older export\n"
    );
    assert_eq!(files_in(out_dir.path()), std::slice::from_ref(&target));

    // A missing folder: an error before anything is read.
    let nowhere = out_dir.path().join("no-such-folder").join("claims.pdf");
    let err = job(ExportFormat::Pdf, &nowhere, all_claims())
        .run(
            &store,
            ExportProgress::new(),
            Arc::new(AtomicBool::new(false)),
        )
        .unwrap_err();
    assert!(matches!(err, ExportError::MissingFolder(_)), "{err:?}");
    assert!(!nowhere.exists());

    // And a run from the app's side that completes reports its progress.
    let progress = ExportProgress::new();
    let done = job(
        ExportFormat::Json,
        &dir.path().join("ok.json"),
        all_claims(),
    )
    .run(&store, progress.clone(), Arc::new(AtomicBool::new(false)))
    .expect("export");
    assert_eq!(progress.get(), (done.items, done.items));
    assert!(done.bytes > 0);
}

fn reading_page_by_page_gives_every_claim_once_in_order(b: Backend) {
    let (dir, store) = demo(b, 400);
    let all = store
        .claims(&ClaimFilter::default(), BY_ID, 0, 100_000)
        .expect("claims");
    assert!(all.len() > 3 * 7);
    // Small pages, so the keyset paging crosses many page boundaries.
    for page_size in [1, 7, all.len(), all.len() + 1] {
        let ids: Vec<String> = ClaimReports::new(&store, ClaimSelection::default(), today())
            .with_page_size(page_size)
            .map(|c| c.expect("claim").claim_id)
            .collect();
        let want: Vec<String> = all.iter().map(|c| c.id.clone()).collect();
        assert_eq!(ids, want, "page size {page_size}");
    }
    // The job reports progress from (0, total) to (total, total).
    let total = all.len();
    let target = dir.path().join("all.csv");
    let mut calls = Vec::new();
    let summary = job(ExportFormat::Csv, &target, all_claims())
        .run_with(&store, &mut |done, total| {
            calls.push((done, total));
            true
        })
        .expect("export");
    assert_eq!(summary.items, total);
    assert_eq!(calls.first(), Some(&(0, total)));
    assert_eq!(calls.last(), Some(&(total, total)));
}

// ------------------------------------------------------------- expiring

/// Registers a US DJI Mavic 3 with a CR 1-Year Plan ending on `ends`.
fn product_with_cr(store: &Store, actor: i64, serial: &str, reg: &str, ends: NaiveDate) {
    store
        .register_product(
            actor,
            &NewProduct {
                serial: serial.into(),
                model: "DJI Mavic 3".into(),
                channel: SalesChannel::Official,
                region: region(reg),
                base_plan: Some(NewBasePlan {
                    term: Term::OneYear,
                    region: region(reg),
                    starts: ends - Duration::days(365),
                    ends,
                    replacements_total: 2,
                    replacements_used: 0,
                }),
            },
        )
        .expect("register");
}

fn expiring_serials(store: &Store, dir: &Path, days: u32) -> Vec<(String, String, String, String)> {
    let target = dir.join(format!("expiring-{days}.csv"));
    run(
        store,
        &job(
            ExportFormat::Csv,
            &target,
            ExportContent::Expiring { within_days: days },
        ),
    )
    .expect("export");
    let mut rdr = csv::Reader::from_path(&target).expect("csv");
    assert_eq!(
        rdr.headers().expect("header").iter().collect::<Vec<_>>(),
        caredesk::report::csv::EXPIRING_COLUMNS
    );
    rdr.records()
        .map(|r| {
            let r = r.expect("row");
            (
                r[0].to_string(),
                format!("{}/{}", &r[2], &r[3]),
                r[5].to_string(),
                r[6].to_string(),
            )
        })
        .collect()
}

fn expiring_coverage_windows_are_half_open_at_30_60_90_days(b: Backend) {
    let db = TestDb::new(b);
    let store = db.open();
    let dir = tempfile::tempdir().expect("dir");
    let actor = store
        .set_up_real("Tess Tech", "135790")
        .expect("staff")
        .id();
    let t = today();
    // CR ends (first day not covered) at today + N.
    for n in [0, 1, 30, 31, 60, 61, 90, 91] {
        product_with_cr(
            &store,
            actor,
            &format!("1SEXP{n:09}"),
            "US",
            t + Duration::days(n),
        );
    }
    // CR+ (US: replacement and extended warranty) ending at today + 75; and
    // a European CR+ (replacement only) ending at today + 45. CR+ runs 12
    // months from CR's end, so CR ended about 9 and 10.5 months ago.
    let us_cr_ends = t + Duration::days(75) - chrono::Months::new(12);
    product_with_cr(&store, actor, "1SEXPPLUSUS01", "US", us_cr_ends);
    store
        .buy_plus(
            actor,
            "1SEXPPLUSUS01",
            region("US"),
            us_cr_ends - Duration::days(30),
        )
        .expect("CR+ sold");
    let de_cr_ends = t + Duration::days(45) - chrono::Months::new(12);
    product_with_cr(&store, actor, "1SEXPPLUSDE01", "DE", de_cr_ends);
    store
        .buy_plus(
            actor,
            "1SEXPPLUSDE01",
            region("DE"),
            de_cr_ends - Duration::days(30),
        )
        .expect("CR+ sold");
    // A withdrawn CR ending at today + 10 is not reported.
    product_with_cr(
        &store,
        actor,
        "1SEXPWITHDRAWN",
        "US",
        t + Duration::days(10),
    );
    store
        .withdraw_plan(
            actor,
            "1SEXPWITHDRAWN",
            PlanKind::CareRefresh,
            t - Duration::days(1),
        )
        .expect("withdrawn");

    let serials = |days| -> Vec<String> {
        let mut v: Vec<String> = expiring_serials(&store, dir.path(), days)
            .into_iter()
            .map(|(s, plan, _, _)| format!("{s} {plan}"))
            .collect();
        v.sort();
        v
    };
    let cr = |n: u32| format!("1SEXP{n:09} care_refresh/replacement");
    assert_eq!(serials(30), vec![cr(1), cr(30)]);
    assert_eq!(
        serials(60),
        vec![
            cr(1),
            cr(30),
            cr(31),
            cr(60),
            "1SEXPPLUSDE01 care_refresh_plus/replacement".to_string(),
        ]
    );
    assert_eq!(
        serials(90),
        vec![
            cr(1),
            cr(30),
            cr(31),
            cr(60),
            cr(61),
            cr(90),
            "1SEXPPLUSDE01 care_refresh_plus/replacement".to_string(),
            "1SEXPPLUSUS01 care_refresh_plus/extended_warranty".to_string(),
            "1SEXPPLUSUS01 care_refresh_plus/replacement".to_string(),
        ]
    );
    // valid_through is the day before ends; days_left counts to ends.
    let rows = expiring_serials(&store, dir.path(), 30);
    let first = rows.iter().find(|r| r.0 == "1SEXP000000001").expect("row");
    assert_eq!(
        first.2,
        t.to_string(),
        "valid through today: the last covered day"
    );
    assert_eq!(first.3, "1");

    // JSON and PDF of the same window hold the same plans.
    let json = dir.path().join("expiring.json");
    run(
        &store,
        &job(
            ExportFormat::Json,
            &json,
            ExportContent::Expiring { within_days: 30 },
        ),
    )
    .expect("json");
    let doc: caredesk::report::json::ExpiringDocument =
        serde_json::from_str(&std::fs::read_to_string(&json).expect("read")).expect("parse");
    assert_eq!(doc.meta.within_days, 30);
    assert_eq!(doc.plans.len(), 2);
    let pdf = dir.path().join("expiring.pdf");
    let n = run(
        &store,
        &job(
            ExportFormat::Pdf,
            &pdf,
            ExportContent::Expiring { within_days: 90 },
        ),
    )
    .expect("pdf");
    assert_eq!(n, 9);
    assert!(std::fs::read(&pdf).expect("pdf").starts_with(b"%PDF-"));
}

on_both_backends!(
    csv_export_reads_back_as_the_claims_in_the_store,
    json_export_reads_back_with_decisions_and_events,
    a_filtered_export_holds_exactly_the_matching_claims,
    one_claim_exports_alone_and_an_unknown_claim_writes_nothing,
    pdf_text_holds_each_refused_claim_with_its_rule_ids_and_reasons,
    cancel_and_bad_targets_leave_nothing_behind,
    reading_page_by_page_gives_every_claim_once_in_order,
    expiring_coverage_windows_are_half_open_at_30_60_90_days,
);
