//! Generates typical `caredesk decide --jsonl` input: one request per line, a
//! deterministic mix of all four kinds, approved and refused, across models,
//! regions and dates. Used by `benches/decide_vs_jq.sh` and `benches/rules.rs`.
//!
//! cargo run --release --example gen_requests -- 200000 > /tmp/req.jsonl

use caredesk::catalog::Catalog;
use serde_json::{Value, json};
use std::io::{BufWriter, Write};

/// A small deterministic generator (xorshift64*), so runs are comparable.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
    /// True with probability `p` percent.
    fn chance(&mut self, p: u64) -> bool {
        self.next() % 100 < p
    }
}

const REGIONS: &[&str] = &[
    "US", "US", "US", "CA", "CN", "HK", "TW", "KR", "AU", "DE", "FR", "IT", "ES", "NL", "GB", "CH",
    "NO",
];
const CAUSES: &[&str] = &[
    "user_error",
    "signal_interference",
    "collision",
    "water_damage",
    "drop_damage",
    "accident",
    "normal_use",
];
const CHANNELS: &[&str] = &["online", "express", "ssc"];
const EXCLUSIONS: &[&str] = &[
    "parts_lost",
    "not_per_manual",
    "cosmetic_wear",
    "illegal_use",
];

fn day(base: chrono::NaiveDate, offset: i64) -> String {
    (base + chrono::Duration::days(offset))
        .format("%Y-%m-%d")
        .to_string()
}

/// One typical request; `i` picks the kind so the mix is even.
fn request(rng: &mut Rng, cat: &Catalog, i: usize) -> Value {
    let model = &cat.models[rng.below(cat.models.len())];
    let series = &cat.series[model.series];
    let region = *rng.pick(REGIONS);
    let starts = chrono::NaiveDate::from_ymd_opt(2022, 1, 1).unwrap_or_default()
        + chrono::Duration::days(rng.below(900) as i64);
    let ends = starts
        .checked_add_months(chrono::Months::new(12))
        .unwrap_or(starts);
    let base_used = if rng.chance(70) { 0 } else { 1 + rng.below(2) };
    let serial = format!("{:014X}", rng.next() >> 8);
    let product_region = if rng.chance(95) {
        region
    } else {
        *rng.pick(REGIONS)
    };
    let mut req = json!({
        "kind": "replacement",
        "on": "",
        "product": {"serial": serial, "model": model.name,
                    "channel": if rng.chance(97) { "official" } else { "unofficial" },
                    "region": product_region},
        "base_plan": {"term": if rng.chance(95) { "1y" } else { "2y" }, "region": region,
                      "starts": day(starts, 0), "ends": day(ends, 0),
                      "replacements_total": 2, "replacements_used": base_used,
                      "withdrawn": rng.chance(2)},
    });
    let with_plus = rng.chance(80);
    if with_plus {
        req["plus"] = json!({"region": region, "bought": day(starts, 200),
                             "replacements_used": usize::from(rng.chance(15)),
                             "warranty_repairs_used": usize::from(rng.chance(10)),
                             "withdrawn": rng.chance(2)});
    }
    let on_offset = rng.below(730) as i64;
    let on = day(starts, on_offset);
    req["on"] = json!(on);
    match i % 4 {
        0 => {
            req["kind"] = json!("plus_purchase");
            req["on"] = json!(day(starts, rng.below(400) as i64));
            if rng.chance(85) {
                req.as_object_mut().map(|o| o.remove("plus"));
            }
            req["purchase"] =
                json!({"region": if rng.chance(90) { region } else { *rng.pick(REGIONS) }});
        }
        1 | 2 => {
            let warranty = i % 4 == 2;
            req["kind"] = json!(if warranty {
                "extended_warranty"
            } else {
                "replacement"
            });
            let pool: Vec<_> = if warranty {
                series.warranty_parts.iter().collect()
            } else {
                series.replacement_parts.iter().collect()
            };
            let mut parts = serde_json::Map::new();
            for _ in 0..1 + rng.below(2) {
                let part = if rng.chance(92) && !pool.is_empty() {
                    rng.pick(&pool).code()
                } else {
                    "battery"
                };
                let qty = if part == "propellers" {
                    1 + rng.below(2)
                } else {
                    1
                };
                parts.insert(part.to_owned(), json!(qty));
            }
            let submitted = day(starts, on_offset - rng.below(3) as i64);
            let mut claim = json!({
                "service_region": if rng.chance(93) { region } else { *rng.pick(REGIONS) },
                "channel": *rng.pick(CHANNELS),
                "cause": if warranty && rng.chance(85) { "normal_use" } else { *rng.pick(CAUSES) },
                "parts": parts,
                "exclusions": if rng.chance(5) { json!([*rng.pick(EXCLUSIONS)]) } else { json!([]) },
                "submitted": submitted,
                "accepts_transregional_fees": rng.chance(50),
                "manufacturing_defect_before_plus": rng.chance(2),
                "privacy_accepted": rng.chance(98),
            });
            if rng.chance(60) {
                claim["shipped"] = json!(day(starts, on_offset + rng.below(5) as i64));
            }
            req["claim"] = claim;
        }
        _ => {
            req["kind"] = json!("plus_return");
            if req.get("plus").is_none() {
                req["plus"] = json!({"region": region, "bought": day(starts, 100),
                                     "replacements_used": 0, "warranty_repairs_used": 0,
                                     "withdrawn": false});
            }
            req["product_returned"] = json!(rng.chance(60));
        }
    }
    req
}

/// `n` typical requests as JSON lines (also used by the criterion bench).
pub fn requests(cat: &Catalog, n: usize, seed: u64) -> Vec<String> {
    let mut rng = Rng(seed | 1);
    (0..n)
        .map(|i| request(&mut rng, cat, i).to_string())
        .collect()
}

fn main() -> anyhow::Result<()> {
    let n: usize = match std::env::args().nth(1) {
        Some(a) => a
            .parse()
            .map_err(|_| anyhow::anyhow!("usage: gen_requests COUNT"))?,
        None => 200_000,
    };
    let cat = Catalog::builtin()?;
    let mut out = BufWriter::new(std::io::stdout().lock());
    let mut rng = Rng(0x5EED_CA2E_DE5C);
    for i in 0..n {
        serde_json::to_writer(&mut out, &request(&mut rng, &cat, i))?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(())
}
