//! `caredesk decide` as a process (SPEC §3): exit 0 with a JSON decision for
//! approved and refused requests; exit 2 with one line on stderr and nothing on
//! stdout for every class of malformed input; FILE, `-` and stdin; `--jsonl`.

mod common;

use common::{IN_CR, IN_PLUS, Req};
use serde_json::{Value, json};
use std::io::Write;
use std::process::{Command, Output, Stdio};

fn caredesk(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_caredesk"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("caredesk runs");
    // A closed pipe (the child exiting early) is not this test's concern.
    let _ = child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes());
    child.wait_with_output().expect("caredesk finishes")
}

fn decide(stdin: &str) -> Output {
    caredesk(&["decide"], stdin)
}

fn stdout_json(out: &Output) -> Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not one JSON value ({e}): {}",
            String::from_utf8_lossy(&out.stdout)
        )
    })
}

/// Exit 2, nothing on stdout, exactly one non-empty line on stderr containing `hint`.
fn assert_malformed(what: &str, out: &Output, hint: &str) {
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        out.status.code(),
        Some(2),
        "{what}: exit code; stderr: {stderr}"
    );
    assert!(
        out.stdout.is_empty(),
        "{what}: stdout should be empty: {}",
        String::from_utf8_lossy(&out.stdout)
    );
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(
        lines.len(),
        1,
        "{what}: stderr should be one line: {stderr:?}"
    );
    assert!(!lines[0].trim().is_empty(), "{what}: empty error line");
    assert!(!stderr.contains("panicked"), "{what}: panicked: {stderr}");
    assert!(
        stderr.to_lowercase().contains(&hint.to_lowercase()),
        "{what}: error should mention {hint:?}: {stderr}"
    );
}

#[test]
fn approved_request_exits_0_with_a_decision() {
    let out = decide(&Req::replacement(IN_PLUS).text());
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stderr.is_empty());
    let d = stdout_json(&out);
    assert_eq!(d["decision"], "approved");
    assert_eq!(d["plan"], "care_refresh_plus");
    assert_eq!(d["rules"], json!([]));
    assert_eq!(d["reasons"], json!([]));
    assert_eq!(d["replacements_left_after"], 0);
    assert_eq!(d["customer_pays"], json!(["replacement_fee"]));
}

#[test]
fn refused_request_exits_0_with_rules_and_reasons() {
    // REP-PART, REP-PRIVACY
    let req = Req::replacement(IN_CR)
        .parts(json!({"main_controller": 1}))
        .set("claim.privacy_accepted", false);
    let out = decide(&req.text());
    assert_eq!(out.status.code(), Some(0));
    let d = stdout_json(&out);
    assert_eq!(d["decision"], "refused");
    assert_eq!(d["plan"], "care_refresh");
    assert_eq!(d["rules"], json!(["REP-PART", "REP-PRIVACY"]));
    assert_eq!(d["reasons"].as_array().map(Vec::len), Some(2));
    assert_eq!(d["customer_pays"], json!([]));
    assert_eq!(d["replacements_left_after"], 2);
}

#[test]
fn each_kind_decides_through_the_binary() {
    for (req, plan) in [
        (Req::purchase(), Value::Null),
        (Req::warranty(IN_PLUS), json!("care_refresh_plus")),
        (Req::plus_return(), Value::Null),
    ] {
        let out = decide(&req.text());
        assert_eq!(out.status.code(), Some(0));
        let d = stdout_json(&out);
        assert_eq!(d["decision"], "approved", "{d}");
        assert_eq!(d["plan"], plan);
        assert!(d.get("replacements_left_after").is_none(), "{d}");
    }
}

#[test]
fn malformed_inputs_exit_2_with_one_line() {
    let base = || Req::replacement(IN_CR);
    let cases: Vec<(&str, String, &str)> = vec![
        ("not JSON", "this is not json".into(), "JSON"),
        (
            "truncated JSON",
            r#"{"kind": "replacement", "on": "#.into(),
            "JSON",
        ),
        ("empty input", String::new(), "JSON"),
        ("only whitespace", "  \n ".into(), "JSON"),
        ("a JSON array", "[1, 2]".into(), ""),
        ("a JSON string", "\"replacement\"".into(), ""),
        (
            "unknown kind",
            base().set("kind", "refund").text(),
            "refund",
        ),
        (
            "unknown model",
            base().model("DJI Mavic 9").text(),
            "DJI Mavic 9",
        ),
        (
            "unknown part",
            base().parts(json!({"wing": 1})).text(),
            "wing",
        ),
        (
            "unknown exclusion",
            base().set("claim.exclusions", json!(["bad_luck"])).text(),
            "bad_luck",
        ),
        (
            "unknown cause",
            base().set("claim.cause", "gremlins").text(),
            "gremlins",
        ),
        (
            "unknown sales channel",
            base().set("product.channel", "grey_market").text(),
            "grey_market",
        ),
        (
            "unknown service channel",
            base().set("claim.channel", "courier").text(),
            "courier",
        ),
        (
            "unknown plan term",
            base().set("base_plan.term", "3y").text(),
            "3y",
        ),
        (
            "unknown region code",
            base().set("product.region", "XX").text(),
            "XX",
        ),
        (
            "three-letter region",
            base().set("claim.service_region", "USA").text(),
            "USA",
        ),
        (
            "empty region",
            base().set("base_plan.region", "").text(),
            "region",
        ),
        (
            "bad date 2024-02-30",
            base().set("on", "2024-02-30").text(),
            "2024-02-30",
        ),
        (
            "bad date 2023-02-29",
            base().set("on", "2023-02-29").text(),
            "2023-02-29",
        ),
        (
            "unpadded date 2024-2-3",
            base().set("on", "2024-2-3").text(),
            "2024-2-3",
        ),
        (
            "slashed date",
            base().set("claim.submitted", "2024/02/03").text(),
            "2024/02/03",
        ),
        (
            "date with time",
            base().set("on", "2024-02-03T10:00:00").text(),
            "date",
        ),
        ("date as a number", base().set("on", 20240203).text(), "on"),
        ("missing kind", base().remove("kind").text(), "kind"),
        ("missing on", base().remove("on").text(), "on"),
        (
            "missing product",
            base().remove("product").text(),
            "product",
        ),
        (
            "missing product.model",
            base().remove("product.model").text(),
            "model",
        ),
        (
            "missing product.serial",
            base().remove("product.serial").text(),
            "serial",
        ),
        (
            "empty product.serial",
            base().set("product.serial", "  ").text(),
            "serial",
        ),
        (
            "missing claim for replacement",
            base().remove("claim").text(),
            "claim",
        ),
        (
            "missing claim for extended warranty",
            Req::warranty(IN_PLUS).remove("claim").text(),
            "claim",
        ),
        (
            "missing claim.privacy_accepted",
            base().remove("claim.privacy_accepted").text(),
            "privacy_accepted",
        ),
        (
            "missing base_plan.withdrawn",
            base().remove("base_plan.withdrawn").text(),
            "withdrawn",
        ),
        (
            "missing purchase for plus_purchase",
            Req::purchase().remove("purchase").text(),
            "purchase",
        ),
        (
            "missing plus for plus_return",
            Req::plus_return().remove("plus").text(),
            "plus",
        ),
        (
            "missing product_returned for plus_return",
            Req::plus_return().remove("product_returned").text(),
            "product_returned",
        ),
        (
            "negative quantity",
            base().parts(json!({"aircraft": -1})).text(),
            "aircraft",
        ),
        (
            "non-integer quantity",
            base().parts(json!({"aircraft": 1.5})).text(),
            "aircraft",
        ),
        (
            "quantity as a string",
            base().parts(json!({"aircraft": "1"})).text(),
            "aircraft",
        ),
        (
            "quantity too large",
            base().parts(json!({"aircraft": 1u64 << 40})).text(),
            "aircraft",
        ),
        (
            "negative replacements_used",
            base().set("base_plan.replacements_used", -1).text(),
            "replacements_used",
        ),
        (
            "boolean as a string",
            base().set("claim.privacy_accepted", "yes").text(),
            "privacy_accepted",
        ),
        (
            "CR ends before it starts",
            base().set("base_plan.ends", "2024-01-01").text(),
            "base_plan",
        ),
        (
            "parts as a list",
            base().parts(json!(["aircraft"])).text(),
            "parts",
        ),
        // A request is an object with named fields, never fields by position.
        (
            "request as an array",
            json!(["plus_purchase", "2024-07-01",
                   {"serial": "A1", "model": "Spark", "channel": "official", "region": "US"},
                   null, null, {"region": "US"}, null, null])
            .to_string(),
            "object",
        ),
        (
            "product as an array",
            base()
                .set("product", json!(["A1", "Spark", "official", "US"]))
                .text(),
            "product",
        ),
        (
            "claim as an array",
            base().set("claim", json!(["US", "online"])).text(),
            "claim",
        ),
        (
            "base_plan as an array",
            base().set("base_plan", json!(["1y", "US"])).text(),
            "base_plan",
        ),
        (
            "purchase as an array",
            Req::purchase().set("purchase", json!(["US"])).text(),
            "purchase",
        ),
        (
            "request wrapper holding an array",
            json!({"request": [1]}).to_string(),
            "object",
        ),
    ];
    for (what, input, hint) in &cases {
        let out = decide(input);
        assert_malformed(what, &out, hint);
    }
}

#[test]
fn reads_a_file_dash_and_stdin() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("request.json");
    let req = Req::replacement(IN_PLUS).text();
    std::fs::write(&path, &req).expect("write request");
    let path_str = path.to_str().expect("utf-8 path");

    let from_file = caredesk(&["decide", path_str], "");
    let from_dash = caredesk(&["decide", "-"], &req);
    let from_stdin = caredesk(&["decide"], &req);
    for (how, out) in [
        ("FILE", &from_file),
        ("-", &from_dash),
        ("stdin", &from_stdin),
    ] {
        assert_eq!(
            out.status.code(),
            Some(0),
            "{how}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(stdout_json(out)["decision"], "approved", "{how}");
    }
    assert_eq!(from_file.stdout, from_stdin.stdout);
    assert_eq!(from_dash.stdout, from_stdin.stdout);

    let missing = dir.path().join("nope.json");
    let out = caredesk(&["decide", missing.to_str().expect("utf-8")], "");
    assert_malformed("missing file", &out, "nope.json");
}

#[test]
fn jsonl_all_good_exits_0_in_order() {
    let lines = [
        Req::replacement(IN_PLUS).text(),
        Req::replacement(IN_CR)
            .set("claim.privacy_accepted", false)
            .text(),
        Req::purchase().set("base_plan.term", "2y").text(),
        Req::warranty(IN_PLUS).text(),
        Req::plus_return().set("product_returned", false).text(),
    ];
    let input = lines.join("\n") + "\n";
    for args in [&["decide", "--jsonl"][..], &["decide", "--jsonl", "-"][..]] {
        let out = caredesk(args, &input);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let text = String::from_utf8(out.stdout).expect("utf-8");
        let got: Vec<Value> = text
            .lines()
            .map(|l| serde_json::from_str(l).expect("one JSON decision per line"))
            .collect();
        let rules: Vec<Value> = got.iter().map(|d| d["rules"].clone()).collect();
        assert_eq!(
            rules,
            vec![
                json!([]),
                json!(["REP-PRIVACY"]),
                json!(["BUY-BASE-TERM"]),
                json!([]),
                json!(["RET-PRODUCT-NOT-RETURNED"]),
            ]
        );
        // Each line's decision is the one `decide` gives for it alone.
        for (line, d) in lines.iter().zip(&got) {
            assert_eq!(&stdout_json(&decide(line)), d);
        }
    }
}

#[test]
fn jsonl_from_a_file_with_malformed_lines() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("requests.jsonl");
    let input = [
        Req::replacement(IN_PLUS).text(),
        "not json".to_owned(),
        Req::purchase().text(),
        Req::replacement(IN_CR).model("DJI Mavic 9").text(),
        Req::replacement(IN_CR).set("on", "2024-02-30").text(),
        Req::warranty(IN_PLUS)
            .set("claim.cause", "collision")
            .text(),
    ]
    .join("\n");
    std::fs::write(&path, &input).expect("write");
    let out = caredesk(&["decide", "--jsonl", path.to_str().expect("utf-8")], "");
    assert_eq!(out.status.code(), Some(2));
    let text = String::from_utf8(out.stdout).expect("utf-8");
    let got: Vec<Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).expect("each output line is JSON"))
        .collect();
    assert_eq!(got.len(), 6, "one output line per input line: {text}");
    assert_eq!(got[0]["decision"], "approved");
    assert_eq!(got[2]["decision"], "approved");
    assert_eq!(got[5]["rules"], json!(["EW-CAUSE"]));
    for (n, i) in [(2, 1), (4, 3), (5, 4)] {
        let err = got[i]["error"]
            .as_str()
            .unwrap_or_else(|| panic!("line {n}: {}", got[i]));
        assert!(err.starts_with(&format!("line {n}: ")), "{err}");
        assert_eq!(got[i].as_object().map(|o| o.len()), Some(1), "only `error`");
    }
    assert!(
        got[3]["error"]
            .as_str()
            .unwrap_or_default()
            .contains("DJI Mavic 9")
    );
    assert!(
        got[4]["error"]
            .as_str()
            .unwrap_or_default()
            .contains("2024-02-30")
    );
    assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"));
}

#[test]
fn jsonl_malformed_last_line_still_exits_2_after_all_output() {
    let input = format!("{}\n{{\"kind\":", Req::purchase().text());
    let out = caredesk(&["decide", "--jsonl"], &input);
    assert_eq!(out.status.code(), Some(2));
    let text = String::from_utf8(out.stdout).expect("utf-8");
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 2);
    assert!(lines[1].contains("line 2: "), "{}", lines[1]);
}

#[test]
fn jsonl_empty_input_exits_0_with_no_output() {
    let out = caredesk(&["decide", "--jsonl"], "");
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty());
}

#[test]
fn jsonl_crlf_lines() {
    let input = format!(
        "{}\r\n{}\r\n",
        Req::purchase().text(),
        Req::plus_return().text()
    );
    let out = caredesk(&["decide", "--jsonl"], &input);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 2);
}

#[test]
fn unknown_flag_exits_2() {
    let out = caredesk(&["decide", "--frobnicate"], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
}

/// Issue 15 "Bounded and consistent input": a claim is validated as `claim
/// file` validates it — at least one part, each part once, shipped not before
/// submitted — while any real dates are still decided.
#[test]
fn claim_shape_is_checked_like_claim_file() {
    let dup = Req::replacement(IN_CR)
        .text()
        .replace(r#""aircraft":1"#, r#""aircraft":1,"aircraft":2"#);
    assert!(dup.contains(r#""aircraft":1,"aircraft":2"#), "{dup}");
    assert_malformed("duplicate part", &decide(&dup), "given twice");
    assert_malformed(
        "no part",
        &decide(&Req::replacement(IN_CR).parts(json!({})).text()),
        "at least one part",
    );
    assert_malformed(
        "only zero quantities",
        &decide(&Req::replacement(IN_CR).parts(json!({"aircraft": 0})).text()),
        "at least one part",
    );
    assert_malformed(
        "shipped before submitted",
        &decide(
            &Req::replacement(IN_CR)
                .set("claim.shipped", common::shift(IN_CR, -1))
                .text(),
        ),
        "claim.shipped",
    );
    // Any real dates are decided: a claim before CR starts is REP-EXPIRED.
    let early = Req::replacement("2001-01-01");
    let out = decide(&early.text());
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(stdout_json(&out)["rules"][0], "REP-EXPIRED");
}

/// A request, or a `--jsonl` line, longer than 1 MiB is refused without
/// reading the rest; the lines around an overlong one are still decided.
#[test]
fn input_is_bounded() {
    let out = Command::new(env!("CARGO_BIN_EXE_caredesk"))
        .args(["decide", "/dev/zero"])
        .output()
        .expect("caredesk runs");
    assert_malformed("endless input", &out, "larger than");

    let good = Req::replacement(IN_PLUS).text();
    let long = format!("{{\"pad\": \"{}\"}}", "x".repeat(1 << 20));
    let input = format!("{good}\n{long}\n{good}\n");
    let out = caredesk(&["decide", "--jsonl"], &input);
    assert_eq!(out.status.code(), Some(2));
    let lines: Vec<Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("json line"))
        .collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["decision"], "approved");
    assert!(
        lines[1]["error"]
            .as_str()
            .is_some_and(|e| e.starts_with("line 2: longer than")),
        "{}",
        lines[1]
    );
    assert_eq!(lines[2]["decision"], "approved");
}
