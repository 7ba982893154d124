//! Both backends in one run (issue 10 "Speed"):
//! - lookup by serial in a 1,000,000-product database: p50/p90/p99/max of
//!   20,000 single lookups on SQLite (a file) and on PostgreSQL (loopback);
//! - 8 `caredesk` processes filing claims at once (`stress-claims`): claims
//!   per second, and every claim a process reported is in the database
//!   (none lost, none numbered twice).
//!
//! PostgreSQL: `CAREDESK_BENCH_PG` (else `CAREDESK_TEST_PG`), a URL; the
//! bench works in a fresh schema and drops it. Sizes:
//! `CAREDESK_BENCH_PRODUCTS` (default 1,000,000), `CAREDESK_BENCH_CLAIMS`
//! per process (default 250).
//!
//! `cargo bench --bench backends`

use caredesk::catalog::Catalog;
use caredesk::desk::{ClaimFilter, Desk, Location};
use chrono::NaiveDate;
use std::collections::BTreeSet;
use std::hint::black_box;
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::Instant;

const FILERS: usize = 8;

fn env_usize(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

struct Figures {
    backend: &'static str,
    build_s: f64,
    p50: f64,
    p90: f64,
    p99: f64,
    max: f64,
    claims: usize,
    filing_s: f64,
    lost: usize,
}

fn measure(backend: &'static str, location: &Location, products: usize, per: usize) -> Figures {
    let today = NaiveDate::from_ymd_opt(2026, 11, 25).expect("date");
    let catalog = Arc::new(Catalog::builtin().expect("catalog"));
    let desk = Desk::open_or_create(location, catalog).expect("open");
    let t = Instant::now();
    let summary = desk.load_demo(products, today, &|_| true).expect("demo");
    let build_s = t.elapsed().as_secs_f64();
    eprintln!(
        "{backend}: built a {}-product database ({} claims) in {build_s:.1} s",
        summary.products, summary.claims
    );

    // Serials spread over the whole table: every model tag, several prefixes.
    let mut serials = Vec::new();
    for a in b'A'..=b'Z' {
        for b in [b'A', b'B'] {
            for digit in 0..10 {
                let prefix = format!("1S{}{}0000{digit}", a as char, b as char);
                for hit in desk.search(&prefix, 4).expect("search") {
                    serials.push(hit.serial);
                }
            }
        }
    }
    assert!(!serials.is_empty(), "no serials to look up");
    // Warm up (caches, prepared statements), then time each lookup.
    for s in &serials {
        black_box(desk.lookup(s, today).expect("lookup"));
    }
    let mut times: Vec<f64> = (0..20_000)
        .map(|k| {
            let t = Instant::now();
            black_box(
                desk.lookup(&serials[k % serials.len()], today)
                    .expect("lookup"),
            );
            t.elapsed().as_secs_f64() * 1e6
        })
        .collect();
    times.sort_by(f64::total_cmp);
    let pct = |p: f64| times[((times.len() - 1) as f64 * p).round() as usize];

    // 8 processes filing claims at once.
    let before = desk.count_claims(&ClaimFilter::default()).expect("count");
    let db = match location {
        Location::Sqlite(p) => p.clone().into_os_string(),
        Location::Postgres(u) => u.into(),
    };
    let t = Instant::now();
    let children: Vec<_> = (0..FILERS)
        .map(|_| {
            Command::new(env!("CARGO_BIN_EXE_caredesk"))
                .arg("--db")
                .arg(&db)
                // The demo's technician, signed in as every CLI write is.
                .args(["--staff", "Tomas Technician"])
                .env("CAREDESK_PIN", "111111")
                .args(["stress-claims", "--count", &per.to_string()])
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .expect("spawn caredesk")
        })
        .collect();
    let outputs: Vec<_> = children
        .into_iter()
        .map(|c| c.wait_with_output().expect("wait"))
        .collect();
    let filing_s = t.elapsed().as_secs_f64();
    let mut ids = Vec::new();
    for o in &outputs {
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        ids.extend(
            String::from_utf8_lossy(&o.stdout)
                .lines()
                .map(str::to_owned),
        );
    }
    let unique: BTreeSet<&String> = ids.iter().collect();
    assert_eq!(unique.len(), ids.len(), "a claim id was handed out twice");
    let after = desk.count_claims(&ClaimFilter::default()).expect("count");
    let lost = ids.iter().filter(|id| desk.claim(id).is_err()).count()
        + (FILERS * per).saturating_sub(after - before);
    Figures {
        backend,
        build_s,
        p50: pct(0.50),
        p90: pct(0.90),
        p99: pct(0.99),
        max: pct(1.0),
        claims: ids.len(),
        filing_s,
        lost,
    }
}

fn main() {
    let products = env_usize("CAREDESK_BENCH_PRODUCTS", 1_000_000);
    let per = env_usize("CAREDESK_BENCH_CLAIMS", 250);
    let mut figures = Vec::new();

    let dir = tempfile::tempdir().expect("temp dir");
    figures.push(measure(
        "SQLite (file)",
        &Location::Sqlite(dir.path().join("bench.sqlite3")),
        products,
        per,
    ));

    let pg = std::env::var("CAREDESK_BENCH_PG")
        .or_else(|_| std::env::var("CAREDESK_TEST_PG"))
        .ok();
    match pg {
        None => eprintln!("CAREDESK_BENCH_PG / CAREDESK_TEST_PG not set: PostgreSQL not measured"),
        Some(admin) => {
            let schema = format!("bench_{}", std::process::id());
            let mut c = postgres::Client::connect(&admin, postgres::NoTls).expect("connect");
            c.batch_execute(&format!("CREATE SCHEMA {schema}"))
                .expect("schema");
            let sep = if admin.contains('?') { '&' } else { '?' };
            let url = format!("{admin}{sep}options=-csearch_path%3D{schema}");
            figures.push(measure(
                "PostgreSQL (loopback)",
                &Location::Postgres(url),
                products,
                per,
            ));
            c.batch_execute(&format!("DROP SCHEMA {schema} CASCADE"))
                .expect("drop schema");
        }
    }

    println!(
        "\n| backend | build {products} products | lookup p50 | p90 | p99 | max | {FILERS} processes filing | claims/s | lost |"
    );
    println!("|:--|--:|--:|--:|--:|--:|--:|--:|--:|");
    for f in &figures {
        println!(
            "| {} | {:.1} s | {:.0} µs | {:.0} µs | {:.0} µs | {:.0} µs | {} claims in {:.2} s | {:.0} | {} |",
            f.backend,
            f.build_s,
            f.p50,
            f.p90,
            f.p99,
            f.max,
            f.claims,
            f.filing_s,
            f.claims as f64 / f.filing_s,
            f.lost
        );
    }
}
