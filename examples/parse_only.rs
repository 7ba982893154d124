//! The floor for `caredesk decide --jsonl`: only parse each line of a JSONL
//! file, as serde_json would for any consumer, and decide nothing.
//!
//! parse_only FILE [wire|value]
//! - `wire` (default): into the typed `WireRequest` the decision path parses into;
//! - `value`: into an untyped `serde_json::Value` (a generic JSON reader).

use caredesk::rules::request::WireRequest;

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let path = args
        .next()
        .ok_or_else(|| anyhow::anyhow!("usage: parse_only FILE [wire|value]"))?;
    let mode = args.next().unwrap_or_else(|| "wire".into());
    let text = std::fs::read_to_string(&path)?;
    let mut ok = 0usize;
    for line in text.lines() {
        let parsed = match mode.as_str() {
            "value" => serde_json::from_str::<serde_json::Value>(line).is_ok(),
            _ => serde_json::from_str::<WireRequest>(line).is_ok(),
        };
        ok += usize::from(parsed);
    }
    eprintln!("{ok} lines parsed");
    Ok(())
}
