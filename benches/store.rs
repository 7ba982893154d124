//! Store speed: lookup by serial in a large database, and claim intake
//! (decide + write). The database is built once with the demo generator;
//! `CAREDESK_BENCH_PRODUCTS` sets its size (default 1,000,000).

use caredesk::catalog::Catalog;
use caredesk::desk::{ClaimInput, ClaimKind, Desk as Store};
use caredesk::rules::{Cause, Part, ServiceChannel};
use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use std::collections::BTreeMap;
use std::hint::black_box;
use std::sync::Arc;
use std::time::Instant;

fn products() -> usize {
    std::env::var("CAREDESK_BENCH_PRODUCTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000_000)
}

fn store_benches(c: &mut Criterion) {
    let today = NaiveDate::from_ymd_opt(2026, 11, 25).expect("date");
    let dir = tempfile::tempdir().expect("temp dir");
    let catalog = Arc::new(Catalog::builtin().expect("catalog"));
    let store =
        Store::open_or_create_path(&dir.path().join("bench.sqlite3"), catalog).expect("open");
    let n = products();
    let t = Instant::now();
    let summary = store.load_demo(n, today, &|_| true).expect("demo");
    eprintln!(
        "built a {}-product database ({} claims) in {:.2} s",
        summary.products,
        summary.claims,
        t.elapsed().as_secs_f64()
    );

    // Serials spread over the whole table: every model tag, several prefixes.
    let mut serials = Vec::new();
    for a in b'A'..=b'Z' {
        for b in [b'A', b'B'] {
            for digit in 0..10 {
                let prefix = format!("1S{}{}0000{digit}", a as char, b as char);
                for hit in store.search(&prefix, 4).expect("search") {
                    serials.push(hit.serial);
                }
            }
        }
    }
    assert!(!serials.is_empty(), "no serials to look up");
    eprintln!("looking up {} distinct serials", serials.len());

    // Latency distribution (criterion reports the mean/median only): each
    // lookup timed on its own, cycling over the serials.
    let mut times: Vec<f64> = (0..20_000)
        .map(|k| {
            let t = Instant::now();
            black_box(
                store
                    .lookup(&serials[k % serials.len()], today)
                    .expect("lookup"),
            );
            t.elapsed().as_secs_f64() * 1e6
        })
        .collect();
    times.sort_by(f64::total_cmp);
    let pct = |p: f64| times[((times.len() - 1) as f64 * p).round() as usize];
    eprintln!(
        "lookup_by_serial_{n}_products latency over {} lookups: p50 {:.1} µs, p90 {:.1} µs, p99 {:.1} µs, max {:.1} µs",
        times.len(),
        pct(0.50),
        pct(0.90),
        pct(0.99),
        pct(1.0)
    );

    let mut i = 0usize;
    c.bench_function(&format!("lookup_by_serial_{n}_products"), |bench| {
        bench.iter(|| {
            i = (i + 1) % serials.len();
            black_box(store.lookup(&serials[i], today).expect("lookup"))
        })
    });

    let staff = store.staff_by_name("Tomas Technician").expect("staff").id;
    let input = ClaimInput {
        service_region: caredesk::rules::Region::parse_shape("US").expect("US"),
        channel: ServiceChannel::Online,
        cause: Cause::Collision,
        parts: BTreeMap::from([(Part::Battery, 1)]),
        exclusions: vec![],
        submitted: today,
        shipped: Some(today),
        accepts_transregional_fees: false,
        manufacturing_defect_before_plus: false,
        privacy_accepted: true,
    };
    let mut j = 0usize;
    c.bench_function("claim_intake_decide_and_write", |bench| {
        bench.iter(|| {
            j = (j + 1) % serials.len();
            // Reclaimed units refuse intake; use the ones still active.
            match store.file_claim(staff, &serials[j], ClaimKind::Replacement, &input, today) {
                Ok(c) => black_box(Some(c)),
                Err(_) => None,
            }
        })
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(50);
    targets = store_benches
}
criterion_main!(benches);
