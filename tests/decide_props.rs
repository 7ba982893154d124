//! Property tests: whatever arrives, the decision path never panics.
//! (a) arbitrary strings and JSON values; (b) valid requests mutated (fields
//! dropped, values of another type, random dates, codes and numbers); (c) the
//! binary, batched through `--jsonl`, exits 0 or 2 and agrees with the library.

mod common;

use caredesk::rules::{
    Cause, Exclusion, Part, RequestKind, SalesChannel, ServiceChannel, Term, decide, parse_request,
};
use common::{IN_CR, IN_PLUS, Req, catalog};
use proptest::prelude::*;
use proptest::test_runner::Config;
use serde_json::{Map, Value};
use std::io::Write;
use std::process::{Command, Stdio};

/// Cases per property, times `CAREDESK_PROP_SCALE` (default 1) for longer runs.
fn cases(n: u32) -> u32 {
    let scale: u32 = std::env::var("CAREDESK_PROP_SCALE")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1);
    n.saturating_mul(scale.max(1))
}

/// Words that make mutated requests likely to get deep into validation.
fn vocabulary() -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    words.extend(Part::ALL.iter().map(|c| c.code().to_owned()));
    words.extend(Cause::ALL.iter().map(|c| c.code().to_owned()));
    words.extend(Exclusion::ALL.iter().map(|c| c.code().to_owned()));
    words.extend(ServiceChannel::ALL.iter().map(|c| c.code().to_owned()));
    words.extend(SalesChannel::ALL.iter().map(|c| c.code().to_owned()));
    words.extend(Term::ALL.iter().map(|c| c.code().to_owned()));
    words.extend(RequestKind::ALL.iter().map(|c| c.code().to_owned()));
    words.extend(catalog().models.iter().map(|m| m.name.clone()));
    for r in [
        "US", "CA", "DE", "FR", "IT", "GB", "UK", "CH", "NO", "AU", "CN", "HK", "TW", "KR", "JP",
        "EU", "XX", "us", "U", "USA", "",
    ] {
        words.push(r.to_owned());
    }
    for d in [
        "2024-02-29",
        "2023-02-29",
        "2025-03-01",
        "2026-03-01",
        "0000-01-01",
        "9999-12-31",
        "2024-2-3",
        "2024-13-01",
        "2024-00-10",
    ] {
        words.push(d.to_owned());
    }
    for f in [
        "kind",
        "on",
        "product",
        "serial",
        "model",
        "channel",
        "region",
        "base_plan",
        "plus",
        "claim",
        "purchase",
        "parts",
        "exclusions",
        "request",
        "decision",
    ] {
        words.push(f.to_owned());
    }
    words
}

fn leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        (-3i64..6).prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_map(|f| serde_json::Number::from_f64(f)
            .map(Value::Number)
            .unwrap_or(Value::Null)),
        ".{0,12}".prop_map(Value::String),
        prop::sample::select(vocabulary()).prop_map(Value::String),
        date().prop_map(Value::String),
    ]
}

/// Dates of the right shape, often not real (month 13, day 31 of February).
fn date() -> impl Strategy<Value = String> {
    (0u32..10000, 0u32..14, 0u32..33).prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}"))
}

fn key() -> impl Strategy<Value = String> {
    prop_oneof![prop::sample::select(vocabulary()), "[a-z_]{0,8}"]
}

fn json_value() -> impl Strategy<Value = Value> {
    leaf().prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((key(), inner), 0..6)
                .prop_map(|kv| Value::Object(kv.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

fn valid_requests() -> Vec<Value> {
    vec![
        Req::purchase().0,
        Req::replacement(IN_CR).0,
        Req::replacement(IN_PLUS).0,
        Req::replacement(IN_PLUS)
            .all_regions("DE")
            .set("claim.shipped", IN_PLUS)
            .0,
        Req::warranty(IN_PLUS).0,
        Req::plus_return().0,
    ]
}

#[derive(Clone, Debug)]
enum Mutation {
    Drop(usize),
    Set(usize, Value),
    AddField(usize, String, Value),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        any::<usize>().prop_map(Mutation::Drop),
        (any::<usize>(), leaf()).prop_map(|(i, v)| Mutation::Set(i, v)),
        (any::<usize>(), json_value()).prop_map(|(i, v)| Mutation::Set(i, v)),
        (any::<usize>(), key(), leaf()).prop_map(|(i, k, v)| Mutation::AddField(i, k, v)),
    ]
}

/// A valid request with 1–4 mutations applied.
fn mutated_request() -> impl Strategy<Value = Value> {
    (
        prop::sample::select(valid_requests()),
        prop::collection::vec(mutation(), 1..5),
    )
        .prop_map(|(mut v, ms)| {
            for m in ms {
                apply(&mut v, m);
            }
            v
        })
}

/// JSON pointers of every node below the root.
fn pointers(v: &Value, at: String, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            for (k, child) in m {
                let p = format!("{at}/{}", k.replace('~', "~0").replace('/', "~1"));
                out.push(p.clone());
                pointers(child, p, out);
            }
        }
        Value::Array(a) => {
            for (i, child) in a.iter().enumerate() {
                let p = format!("{at}/{i}");
                out.push(p.clone());
                pointers(child, p, out);
            }
        }
        _ => {}
    }
}

fn apply(v: &mut Value, m: Mutation) {
    let mut ps = Vec::new();
    pointers(v, String::new(), &mut ps);
    if ps.is_empty() {
        return;
    }
    let pick = |i: usize| ps[i % ps.len()].clone();
    match m {
        Mutation::Set(i, new) => {
            if let Some(slot) = v.pointer_mut(&pick(i)) {
                *slot = new;
            }
        }
        Mutation::Drop(i) => {
            let p = pick(i);
            let (parent, last) = p.rsplit_once('/').unwrap_or(("", &p));
            let last = last.replace("~1", "/").replace("~0", "~");
            match v.pointer_mut(parent) {
                Some(Value::Object(o)) => {
                    o.remove(&last);
                }
                Some(Value::Array(a)) => {
                    if let Ok(i) = last.parse::<usize>()
                        && i < a.len()
                    {
                        a.remove(i);
                    }
                }
                _ => {}
            }
        }
        Mutation::AddField(i, k, new) => {
            if let Some(Value::Object(o)) = v.pointer_mut(&pick(i)) {
                o.insert(k, new);
            }
        }
    }
}

/// Parses and, when well-formed, decides; checks the decision's invariants.
/// Returns the wire decision as JSON, or None when malformed.
fn decide_text(text: &str) -> Option<Value> {
    let req = parse_request(text, catalog()).ok()?;
    let d = decide(catalog(), &req);
    let w = d.to_wire();
    assert_eq!(w.reasons.len(), w.rules.len());
    assert_eq!(w.decision == "approved", w.rules.is_empty());
    if !d.approved() {
        assert!(w.customer_pays.is_empty(), "a refusal charges nothing");
    }
    let mut sorted = d.failed.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(sorted, d.failed, "rules listed once each, in spec order");
    Some(serde_json::to_value(&w).expect("decision serializes"))
}

proptest! {
    #![proptest_config(Config { cases: cases(2000), failure_persistence: None, ..Config::default() })]

    #[test]
    fn arbitrary_strings_never_panic(s in ".{0,300}") {
        decide_text(&s);
    }

    #[test]
    fn jsonish_strings_never_panic(s in r#"[{}\[\]":,. 0-9a-z_-]{0,200}"#) {
        decide_text(&s);
    }

    #[test]
    fn arbitrary_json_never_panics(v in json_value()) {
        decide_text(&v.to_string());
        // Also as the `request` of a worked-example wrapper.
        decide_text(&serde_json::json!({"request": v}).to_string());
    }

    #[test]
    fn mutated_requests_never_panic(v in mutated_request()) {
        decide_text(&v.to_string());
    }

    #[test]
    fn truncated_requests_never_panic(i in prop::sample::select(valid_requests()), cut in any::<usize>()) {
        let text = i.to_string();
        let mut cut = cut % (text.len() + 1);
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        prop_assert!(decide_text(&text[..cut]).is_none() || cut == text.len());
    }
}

/// One `caredesk decide --jsonl` run over many lines.
fn run_jsonl(lines: &[String]) -> (Option<i32>, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_caredesk"))
        .args(["decide", "--jsonl"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("caredesk runs");
    let mut input = lines.join("\n");
    input.push('\n');
    let mut stdin = child.stdin.take().expect("stdin");
    // Write from a thread: the child may fill its stdout pipe before we finish.
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(input.as_bytes());
    });
    let out = child.wait_with_output().expect("caredesk finishes");
    let _ = writer.join();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// A line the JSONL reader sees as one line.
fn one_line(s: String) -> String {
    s.replace(['\n', '\r'], " ")
}

proptest! {
    #![proptest_config(Config { cases: cases(8), failure_persistence: None, ..Config::default() })]

    #[test]
    fn binary_batches_exit_0_or_2_and_agree_with_the_library(
        mutated in prop::collection::vec(mutated_request(), 64),
        arbitrary in prop::collection::vec(json_value(), 8),
        junk in prop::collection::vec(".{0,80}", 8),
    ) {
        let lines: Vec<String> = mutated
            .iter()
            .chain(&arbitrary)
            .map(Value::to_string)
            .chain(junk.into_iter().map(one_line))
            .collect();
        let (code, stdout, stderr) = run_jsonl(&lines);
        prop_assert!(!stderr.contains("panicked"), "panic: {}", stderr);
        let out: Vec<&str> = stdout.lines().collect();
        prop_assert_eq!(out.len(), lines.len(), "one output line per input line");
        let mut malformed = false;
        for (i, (line, got)) in lines.iter().zip(&out).enumerate() {
            let got: Value = serde_json::from_str(got).expect("each output line is JSON");
            match decide_text(line) {
                Some(want) => prop_assert_eq!(got, want, "line {}", i + 1),
                None => {
                    malformed = true;
                    let err = got["error"].as_str().unwrap_or_default();
                    let prefix = format!("line {}: ", i + 1);
                    prop_assert!(err.starts_with(&prefix), "{}", err);
                }
            }
        }
        prop_assert_eq!(code, Some(if malformed { 2 } else { 0 }));
    }
}

proptest! {
    #![proptest_config(Config { cases: cases(24), failure_persistence: None, ..Config::default() })]

    #[test]
    fn binary_single_requests_exit_0_or_2(v in mutated_request()) {
        let mut child = Command::new(env!("CARGO_BIN_EXE_caredesk"))
            .arg("decide")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("caredesk runs");
        let text = v.to_string();
        let _ = child.stdin.take().expect("stdin").write_all(text.as_bytes());
        let out = child.wait_with_output().expect("caredesk finishes");
        let stderr = String::from_utf8_lossy(&out.stderr);
        prop_assert!(!stderr.contains("panicked"), "panic: {}", stderr);
        match decide_text(&text) {
            Some(want) => {
                prop_assert_eq!(out.status.code(), Some(0));
                let got: Value = serde_json::from_slice(&out.stdout).expect("JSON decision");
                prop_assert_eq!(got, want);
            }
            None => {
                prop_assert_eq!(out.status.code(), Some(2));
                prop_assert!(out.stdout.is_empty());
                prop_assert_eq!(stderr.lines().count(), 1, "{}", stderr);
            }
        }
    }
}

/// The mutations must not all be rejected up front, or (b) would never reach
/// the rules: a fair share of mutated requests is still well-formed.
#[test]
fn mutated_requests_often_reach_the_rules() {
    use proptest::strategy::ValueTree;
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let strategy = mutated_request();
    let total = 1000;
    let decided = (0..total)
        .filter(|_| {
            let v = strategy
                .new_tree(&mut runner)
                .expect("strategy generates")
                .current();
            decide_text(&v.to_string()).is_some()
        })
        .count();
    assert!(
        decided * 10 >= total,
        "only {decided} of {total} mutated requests were well-formed"
    );
}
