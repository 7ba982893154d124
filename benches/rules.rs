//! Speed of the rules core (issue 2 "Speed"): decisions per second on typical
//! requests, in-process, and the whole parse + decide + print path from JSON.
//! Figures are recorded in BENCHMARKS.md ("Rules and decide").
//!
//! cargo bench --bench rules

use caredesk::catalog::Catalog;
use caredesk::rules::{decide, decide_json, parse_request};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;

#[path = "../examples/gen_requests.rs"]
#[allow(dead_code)] // its `main` is for the example binary
mod gen_requests;

const BATCH: usize = 1000;

fn bench_rules(c: &mut Criterion) {
    let cat = Catalog::builtin().expect("built-in catalog");
    let lines = gen_requests::requests(&cat, BATCH, 0x5EED);
    let parsed: Vec<_> = lines
        .iter()
        .map(|l| parse_request(l, &cat).expect("typical requests are well-formed"))
        .collect();

    let mut g = c.benchmark_group("rules");
    g.throughput(Throughput::Elements(BATCH as u64));
    g.bench_function("decide (parsed requests)", |b| {
        b.iter(|| {
            for req in &parsed {
                black_box(decide(&cat, black_box(req)));
            }
        })
    });
    g.bench_function("decide + to_wire", |b| {
        b.iter(|| {
            for req in &parsed {
                black_box(decide(&cat, black_box(req)).to_wire());
            }
        })
    });
    g.bench_function("parse_request (JSON text)", |b| {
        b.iter(|| {
            for l in &lines {
                black_box(parse_request(black_box(l), &cat).ok());
            }
        })
    });
    g.bench_function("decide_json (parse + decide)", |b| {
        b.iter(|| {
            for l in &lines {
                black_box(decide_json(&cat, black_box(l)).ok());
            }
        })
    });
    g.bench_function("decide_json + serialize line", |b| {
        let mut out = Vec::with_capacity(1 << 20);
        b.iter(|| {
            out.clear();
            for l in &lines {
                if let Ok(d) = decide_json(&cat, black_box(l)) {
                    serde_json::to_writer(&mut out, &d).expect("write to Vec");
                    out.push(b'\n');
                }
            }
            black_box(out.len())
        })
    });
    g.bench_function("serde_json::Value parse only (floor)", |b| {
        b.iter(|| {
            for l in &lines {
                black_box(serde_json::from_str::<serde_json::Value>(black_box(l)).ok());
            }
        })
    });
    g.bench_function("WireRequest parse only (floor)", |b| {
        b.iter(|| {
            for l in &lines {
                black_box(
                    serde_json::from_str::<caredesk::rules::request::WireRequest>(black_box(l))
                        .ok(),
                );
            }
        })
    });
    g.finish();
}

criterion_group!(benches, bench_rules);
criterion_main!(benches);
