//! The top search at scale (issue 13 "Speed"): 1,000,000 products and
//! 300,000 customers; any substring (3 to 8 characters) of a serial, a claim
//! id, a customer's name, phone or email; p50/p90/p99/max of each kind and
//! of all, on SQLite (a file) and on PostgreSQL (loopback). Goal: p99 ≤ 20 ms
//! on each backend.
//!
//! Each query is a whole `Desk::find(text, 20)`: products, claims and
//! customers, up to 21 of each read (one more says "more"), ranked.
//!
//! PostgreSQL: `CAREDESK_BENCH_PG` (else `CAREDESK_TEST_PG`), a URL; the
//! bench works in a fresh schema and drops it. Sizes:
//! `CAREDESK_BENCH_PRODUCTS` (default 1,000,000), `CAREDESK_BENCH_CUSTOMERS`
//! (default 300,000), `CAREDESK_BENCH_QUERIES` per kind (default 2,000).
//!
//! While working on the queries: `CAREDESK_BENCH_ONLY=sqlite|postgres`
//! measures one backend; `CAREDESK_BENCH_PG_SCHEMA=NAME` loads the data
//! into that schema once, keeps it, and later runs search it again (with
//! the same sizes), so a changed query is measured in seconds. Drop it
//! when done (`DROP SCHEMA NAME CASCADE`). `CAREDESK_BENCH_SLOW_MS=N`
//! prints each query slower than N ms (kind, text, time) to stderr. The
//! numbers in `BENCHMARKS.md` come from one run of both backends on fresh
//! data.
//!
//! `cargo bench --bench search`

use caredesk::catalog::Catalog;
use caredesk::desk::{ClaimColumn, ClaimFilter, ClaimSort, CustomerFields, Desk, Location};
use chrono::NaiveDate;
use std::hint::black_box;
use std::sync::Arc;
use std::time::Instant;

fn env_usize(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// A small deterministic generator (xorshift), so every run searches the same.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a>(&mut self, v: &[&'a str]) -> &'a str {
        v[self.below(v.len())]
    }
}

const LATIN_FIRST: &[&str] = &[
    "Anna", "José", "Zoë", "Lukas", "Chloé", "Mateo", "Sofía", "Émile", "Jürgen", "Ingrid", "Noah",
    "Olivia", "Håkon", "Renée", "Liam", "Amélie", "Björn", "Inês", "Marco", "Ayşe",
];
const LATIN_LAST: &[&str] = &[
    "Müller",
    "García",
    "Smith",
    "Dubois",
    "Rossi",
    "Nowak",
    "Johansson",
    "O'Brien",
    "Fernández",
    "Schröder",
    "Lefèvre",
    "Kowalski",
    "Nguyễn",
    "Öztürk",
    "Brown",
    "Jensen",
    "Silva",
    "Łukasz",
];
const CJK_FAMILY: &[&str] = &[
    "王", "李", "張", "劉", "陳", "楊", "黃", "趙", "吳", "周", "林", "鄭",
];
const CJK_GIVEN: &[&str] = &[
    "小", "明", "華", "偉", "芳", "娜", "敏", "靜", "麗", "強", "磊", "軍", "洋", "勇", "艷", "傑",
];
const KO_FAMILY: &[&str] = &["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임"];
const KO_GIVEN: &[&str] = &[
    "민", "준", "서", "연", "지", "우", "현", "수", "하", "윤", "도", "은",
];
const DOMAINS: &[&str] = &[
    "example.com",
    "example.de",
    "example.kr",
    "example.tw",
    "mail.example.jp",
];

fn customer(rng: &mut Rng, n: usize) -> CustomerFields {
    let (name, local) = match rng.below(10) {
        0..=5 => {
            let (f, l) = (rng.pick(LATIN_FIRST), rng.pick(LATIN_LAST));
            (format!("{f} {l}"), format!("{}.{}", f, l).to_lowercase())
        }
        6..=7 => (
            format!(
                "{}{}{}",
                rng.pick(CJK_FAMILY),
                rng.pick(CJK_GIVEN),
                rng.pick(CJK_GIVEN)
            ),
            format!("user{}", rng.below(100_000)),
        ),
        _ => (
            format!(
                "{}{}{}",
                rng.pick(KO_FAMILY),
                rng.pick(KO_GIVEN),
                rng.pick(KO_GIVEN)
            ),
            format!("kim{}", rng.below(100_000)),
        ),
    };
    let local: String = local
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '.')
        .collect();
    CustomerFields {
        name,
        phone: Some(format!(
            "+{} {:03} {:04} {:04}",
            [1, 49, 82, 886, 61][rng.below(5)],
            rng.below(1000),
            rng.below(10_000),
            n % 10_000
        )),
        email: Some(format!("{local}{n}@{}", rng.pick(DOMAINS))),
        address: None,
        lang: None,
        notes: None,
    }
}

/// A substring of 3 to 8 characters of `s` (all of it when shorter).
fn part(rng: &mut Rng, s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    if chars.len() <= 3 {
        return s.to_owned();
    }
    let len = 3 + rng.below(6.min(chars.len() - 2));
    let len = len.min(chars.len());
    let start = rng.below(chars.len() - len + 1);
    chars[start..start + len].iter().collect()
}

struct Kind {
    name: &'static str,
    times: Vec<f64>,
}

fn pct(times: &mut [f64], p: f64) -> f64 {
    times.sort_by(f64::total_cmp);
    times[((times.len() - 1) as f64 * p).round() as usize]
}

fn measure(
    backend: &'static str,
    location: &Location,
    products: usize,
    customers: usize,
    per_kind: usize,
    after_load: &dyn Fn(),
) -> Vec<String> {
    let today = NaiveDate::from_ymd_opt(2026, 11, 25).expect("date");
    let catalog = Arc::new(Catalog::builtin().expect("catalog"));
    let desk = Desk::open_or_create(location, catalog).expect("open");
    // A kept schema (CAREDESK_BENCH_PG_SCHEMA) already holds the data.
    let loaded = desk.find("1SA", 1).is_ok_and(|h| !h.products.is_empty());
    let t = Instant::now();
    let made = if loaded {
        products
    } else {
        let summary = desk.load_demo(products, today, &|_| true).expect("demo");
        eprintln!("{backend}: {} claims", summary.claims);
        summary.products
    };
    let build_products = t.elapsed().as_secs_f64();
    let mut rng = Rng(0x5EA5C4);
    let mut people = Vec::with_capacity(customers);
    let t = Instant::now();
    let mut batch = Vec::new();
    for n in 0..customers {
        let c = customer(&mut rng, n);
        people.push(c.clone());
        batch.push(c);
        if batch.len() == 10_000 || n + 1 == customers {
            if !loaded {
                desk.add_customers(None, &batch).expect("customers");
            }
            batch.clear();
        }
    }
    let build_customers = t.elapsed().as_secs_f64();
    eprintln!(
        "{backend}: {made} products in {build_products:.1} s, {customers} customers in {build_customers:.1} s{}",
        if loaded {
            " (kept from an earlier run)"
        } else {
            ""
        }
    );
    // What the server's autovacuum does after a bulk load (PostgreSQL 13+
    // vacuums a table after many inserts, and analyzes it): statistics for
    // the planner, and the visibility map the search's index-only scans
    // of its sample read without visiting the table.
    after_load();

    // What to search for: parts of real serials, claim ids, names, phones, emails.
    let serials: Vec<String> = (0..per_kind)
        .map(|_| {
            let id = 1 + rng.below(made) as i64;
            format!("{id:010}")
        })
        .collect();
    // Demo serials end in their ten-digit number.
    let serials: Vec<String> = serials
        .iter()
        .filter_map(|number| {
            let hits = desk.find(number, 1).ok()?;
            hits.products.first().map(|p| p.serial.clone())
        })
        .collect();
    assert!(!serials.is_empty(), "no serials to search for");
    let claim_ids: Vec<String> = desk
        .claims(
            &ClaimFilter::default(),
            ClaimSort {
                column: ClaimColumn::Id,
                descending: false,
            },
            0,
            100_000,
        )
        .expect("claims")
        .into_iter()
        .map(|c| c.id)
        .collect();
    let mut queries: Vec<(usize, String)> = Vec::new();
    for _ in 0..per_kind {
        let serial = &serials[rng.below(serials.len())];
        queries.push((0, part(&mut rng, serial)));
        let claim = &claim_ids[rng.below(claim_ids.len())];
        queries.push((1, part(&mut rng, claim)));
        let p = &people[rng.below(people.len())];
        queries.push((2, part(&mut rng, &p.name)));
        queries.push((3, part(&mut rng, p.phone.as_deref().unwrap_or_default())));
        queries.push((4, part(&mut rng, p.email.as_deref().unwrap_or_default())));
    }
    // The search takes 3+ characters: a two-character Chinese name, or a
    // customer without a phone or email, gives no query of that kind (a
    // part that starts or ends with a space counts without it).
    queries.retain(|(_, q)| q.trim().chars().count() >= 3);
    // Warm up (caches, the server's plans), then time each search.
    for (_, q) in queries.iter().take(500) {
        let _ = desk.find(q, 20);
    }
    let mut kinds: Vec<Kind> = ["serial", "claim id", "name", "phone", "email"]
        .iter()
        .map(|name| Kind {
            name,
            times: Vec::new(),
        })
        .collect();
    let mut all = Vec::new();
    let slow_ms = std::env::var("CAREDESK_BENCH_SLOW_MS")
        .ok()
        .and_then(|v| v.parse::<f64>().ok());
    let mut refused = 0;
    let mut found = 0;
    for (kind, q) in &queries {
        let t = Instant::now();
        let r = desk.find(q, 20);
        let ms = t.elapsed().as_secs_f64() * 1e3;
        match black_box(r) {
            Ok(hits) => {
                found += usize::from(
                    !(hits.products.is_empty()
                        && hits.claims.is_empty()
                        && hits.customers.is_empty()),
                );
            }
            Err(_) => refused += 1,
        }
        if slow_ms.is_some_and(|slow| ms > slow) {
            eprintln!("slow: {} {q:?} {ms:.2} ms", kinds[*kind].name);
        }
        kinds[*kind].times.push(ms);
        all.push(ms);
    }
    assert_eq!(refused, 0, "every query has 3+ characters");
    assert_eq!(
        found,
        queries.len(),
        "every query is a part of something stored"
    );
    let mut rows = Vec::new();
    for k in &mut kinds {
        rows.push(format!(
            "| {backend} | {} | {} | {:.2} ms | {:.2} ms | **{:.2} ms** | {:.2} ms |",
            k.name,
            k.times.len(),
            pct(&mut k.times, 0.5),
            pct(&mut k.times, 0.9),
            pct(&mut k.times, 0.99),
            pct(&mut k.times, 1.0)
        ));
    }
    rows.push(format!(
        "| {backend} | **all** (build: {products} products {build_products:.0} s, {customers} customers {build_customers:.0} s) | {} | {:.2} ms | {:.2} ms | **{:.2} ms** | {:.2} ms |",
        all.len(),
        pct(&mut all, 0.5),
        pct(&mut all, 0.9),
        pct(&mut all, 0.99),
        pct(&mut all, 1.0)
    ));
    rows
}

/// Drops a bench schema when dropped (at the end, or when a run panics).
struct DropSchema {
    admin: String,
    schema: String,
}

impl Drop for DropSchema {
    fn drop(&mut self) {
        let dropped = postgres::Client::connect(&self.admin, postgres::NoTls).and_then(|mut c| {
            c.batch_execute(&format!("DROP SCHEMA IF EXISTS {} CASCADE", self.schema))
        });
        if let Err(e) = dropped {
            eprintln!("schema {} not dropped: {e}", self.schema);
        }
    }
}

fn main() {
    let products = env_usize("CAREDESK_BENCH_PRODUCTS", 1_000_000);
    let customers = env_usize("CAREDESK_BENCH_CUSTOMERS", 300_000);
    let per_kind = env_usize("CAREDESK_BENCH_QUERIES", 2_000);
    let only = std::env::var("CAREDESK_BENCH_ONLY").unwrap_or_default();
    let mut rows = Vec::new();

    let dir = tempfile::tempdir().expect("temp dir");
    if only != "postgres" {
        rows.extend(measure(
            "SQLite (file)",
            &Location::Sqlite(dir.path().join("search.sqlite3")),
            products,
            customers,
            per_kind,
            &|| {},
        ));
    }

    let pg = std::env::var("CAREDESK_BENCH_PG")
        .or_else(|_| std::env::var("CAREDESK_TEST_PG"))
        .ok()
        .filter(|_| only != "sqlite");
    match pg {
        None => eprintln!("CAREDESK_BENCH_PG / CAREDESK_TEST_PG not set: PostgreSQL not measured"),
        Some(admin) => {
            let kept = std::env::var("CAREDESK_BENCH_PG_SCHEMA").ok();
            let schema = kept
                .clone()
                .unwrap_or_else(|| format!("bench_search_{}", std::process::id()));
            let mut c = postgres::Client::connect(&admin, postgres::NoTls).expect("connect");
            c.batch_execute(&format!("CREATE SCHEMA IF NOT EXISTS {schema}"))
                .expect("schema");
            // The shared server keeps no gigabytes of ours, even when a run fails.
            let _drop = (kept.is_none()).then(|| DropSchema {
                admin: admin.clone(),
                schema: schema.clone(),
            });
            let sep = if admin.contains('?') { '&' } else { '?' };
            let url = format!("{admin}{sep}options=-csearch_path%3D{schema}");
            let analyze = || {
                let mut a = postgres::Client::connect(&admin, postgres::NoTls).expect("connect");
                // VACUUM runs alone, not in a multi-statement string.
                a.batch_execute(&format!("SET search_path TO {schema}"))
                    .expect("search path");
                a.batch_execute("VACUUM ANALYZE").expect("vacuum");
            };
            rows.extend(measure(
                "PostgreSQL (loopback)",
                &Location::Postgres(url),
                products,
                customers,
                per_kind,
                &analyze,
            ));
        }
    }

    println!("\n| backend | search by | queries | p50 | p90 | p99 | max |");
    println!("|:--|:--|--:|--:|--:|--:|--:|");
    for r in rows {
        println!("{r}");
    }
}
