//! Export speed: 100,000 claims to CSV (and JSON) from a real store, 1,000
//! claims to PDF, and the CSV writer alone. Run with `cargo bench --bench
//! export`. The databases are built once (demo data plus claims filed
//! through the store's own intake, so every claim has a real decision and
//! events) and kept in `target/bench-data/` (or `$CAREDESK_BENCH_DIR`).

use caredesk::catalog::Catalog;
use caredesk::desk::{ClaimFilter, ClaimInput, ClaimKind, Desk as Store, NewBasePlan, NewProduct};
use caredesk::report::job::{ExportContent, ExportJob};
use caredesk::report::source::ClaimSelection;
use caredesk::report::{ExportFormat, csv as report_csv};
use caredesk::rules::{Cause, Part, Region, SalesChannel, ServiceChannel, Term};
use chrono::{Duration, NaiveDate};
use criterion::{Criterion, criterion_group, criterion_main};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 6, 1).unwrap_or_default()
}

fn bench_dir() -> PathBuf {
    let dir = std::env::var_os("CAREDESK_BENCH_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench-data"));
    std::fs::create_dir_all(&dir).expect("bench data folder");
    dir
}

const MODELS: &[&str] = &[
    "DJI Mavic 3",
    "DJI Air 2S",
    "DJI Mini 2",
    "Phantom 4 Pro V2.0",
    "DJI RS 2",
    "Osmo Action",
    "DJI Pocket 2",
    "Inspire 2",
];
const REGIONS: &[&str] = &["US", "DE", "GB", "CN", "AU", "FR", "CA", "JP"];

/// A database with at least `claims` claims (built once, then reused).
fn database(name: &str, claims: usize) -> PathBuf {
    let path = bench_dir().join(name);
    let catalog = Arc::new(Catalog::builtin().expect("catalog"));
    let store = Store::open_or_create_path(&path, catalog).expect("open bench database");
    let have = store.count_claims(&ClaimFilter::default()).expect("count");
    if have >= claims {
        return path;
    }
    eprintln!("building {} with {claims} claims (once)…", path.display());
    if store.is_empty().expect("empty?") {
        store.load_demo(2_000, today(), &|_| true).expect("demo");
    }
    // The demo's technician files the bench claims.
    let actor = store.staff_by_name("Tomas Technician").expect("staff").id;
    // Products with long CR 2-Year Plans in several regions; claims on them
    // come out approved, refused for parts, regions, exclusions, lateness…
    let mut serials = Vec::new();
    for i in 0..400 {
        let serial = format!("1SBENCH{i:07}");
        let region = Region::parse_shape(REGIONS[i % REGIONS.len()]).expect("region");
        let _ = store.register_product(
            actor,
            &NewProduct {
                serial: serial.clone(),
                model: MODELS[i % MODELS.len()].into(),
                channel: if i.is_multiple_of(17) {
                    SalesChannel::Unofficial
                } else {
                    SalesChannel::Official
                },
                region,
                base_plan: Some(NewBasePlan {
                    term: Term::TwoYear,
                    region,
                    starts: today() - Duration::days(200),
                    ends: today() + Duration::days(530),
                    replacements_total: 1_000_000,
                    replacements_used: 0,
                }),
            },
        );
        serials.push((serial, region));
    }
    let parts: &[&[(Part, u32)]] = &[
        &[(Part::Aircraft, 1)],
        &[(Part::Gimbal, 1), (Part::Propellers, 2)],
        &[(Part::Camera, 1)],
        &[(Part::Battery, 1), (Part::Propellers, 3)],
        &[(Part::Grip, 1)],
    ];
    let mut n = have;
    let mut i = 0usize;
    while n < claims {
        let (serial, region) = &serials[i % serials.len()];
        let on = today() - Duration::days((i % 150) as i64);
        let input = ClaimInput {
            service_region: if i.is_multiple_of(23) {
                Region::parse_shape("BR").expect("region")
            } else {
                *region
            },
            channel: [
                ServiceChannel::Online,
                ServiceChannel::Express,
                ServiceChannel::Ssc,
            ][i % 3],
            cause: [Cause::Collision, Cause::WaterDamage, Cause::DropDamage][i % 3],
            parts: parts[i % parts.len()]
                .iter()
                .copied()
                .collect::<BTreeMap<_, _>>(),
            exclusions: vec![],
            submitted: on,
            shipped: Some(on + Duration::days((i % 9) as i64)),
            accepts_transregional_fees: false,
            manufacturing_defect_before_plus: false,
            privacy_accepted: !i.is_multiple_of(31),
        };
        store
            .file_claim(actor, serial, ClaimKind::Replacement, &input, on)
            .expect("claim filed");
        n += 1;
        i += 1;
        if n.is_multiple_of(10_000) {
            eprintln!("  {n} claims");
        }
    }
    path
}

fn export_job(format: ExportFormat, target: &Path) -> ExportJob {
    ExportJob {
        format,
        target: target.to_path_buf(),
        content: ExportContent::Claims(ClaimSelection::default()),
        as_of: today(),
        csv_bom: false,
    }
}

fn exports(c: &mut Criterion) {
    let catalog = Arc::new(Catalog::builtin().expect("catalog"));
    let out = tempfile::tempdir().expect("out dir");

    let big = database("export-100k.sqlite3", 100_000);
    let store = Store::open_path(&big, catalog.clone()).expect("open");
    let total = store.count_claims(&ClaimFilter::default()).expect("count");
    let mut group = c.benchmark_group("export");
    group.sample_size(10);
    group.measurement_time(std::time::Duration::from_secs(20));
    group.bench_function(format!("csv_{total}_claims_from_store"), |b| {
        let target = out.path().join("claims.csv");
        b.iter(|| {
            export_job(ExportFormat::Csv, &target)
                .run_with(&store, &mut |_, _| true)
                .expect("export")
        })
    });
    group.bench_function(format!("json_{total}_claims_from_store"), |b| {
        let target = out.path().join("claims.json");
        b.iter(|| {
            export_job(ExportFormat::Json, &target)
                .run_with(&store, &mut |_, _| true)
                .expect("export")
        })
    });
    // The CSV writer alone, on claims already in memory.
    let claims: Vec<_> =
        caredesk::report::source::ClaimReports::new(&store, ClaimSelection::default(), today())
            .collect::<Result<_, _>>()
            .expect("claims");
    group.bench_function(format!("csv_writer_{total}_claims_in_memory"), |b| {
        b.iter(|| {
            report_csv::write_claims(
                std::io::sink(),
                claims.len(),
                claims.iter().cloned().map(Ok),
                &mut |_, _| true,
            )
            .expect("csv")
        })
    });
    drop(claims);

    let small = database("export-1k.sqlite3", 1_000);
    let store = Store::open_path(&small, catalog).expect("open");
    let total = store.count_claims(&ClaimFilter::default()).expect("count");
    group.bench_function(format!("pdf_{total}_claims_from_store"), |b| {
        let target = out.path().join("claims.pdf");
        b.iter(|| {
            export_job(ExportFormat::Pdf, &target)
                .run_with(&store, &mut |_, _| true)
                .expect("export")
        })
    });
    group.finish();
}

criterion_group!(benches, exports);
criterion_main!(benches);
