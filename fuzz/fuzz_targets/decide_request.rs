//! The `caredesk decide` parser and rules on arbitrary bytes: never a panic;
//! every input is either a decision or a typed error (exit 0 or 2).
#![no_main]

use caredesk::catalog::Catalog;
use caredesk::rules::decide_json;
use libfuzzer_sys::fuzz_target;
use std::sync::LazyLock;

static CATALOG: LazyLock<Catalog> = LazyLock::new(|| Catalog::builtin().expect("built-in catalog"));

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(decision) = decide_json(&CATALOG, text) {
            // A decision is consistent: one reason per rule, approved iff none failed.
            assert_eq!(decision.rules.len(), decision.reasons.len());
            assert_eq!(decision.decision == "approved", decision.rules.is_empty());
        }
    }
});
