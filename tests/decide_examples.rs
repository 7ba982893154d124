//! The worked examples (SPEC §3) as golden files: request in, decision out,
//! both in-process (`rules::decide_json`) and through `caredesk decide`.
//! Every field is compared except the wording of `reasons`, which must instead
//! match `rules` one-for-one with each rule's own reason, and of the advice
//! steps' `text`, which must be a non-empty instruction (SPEC §5: free wording).
//! An example whose decision carries `advice` (08–11) is decided with
//! `--advise`; every other one also without, so the plain output has no advice.
//!
//! Sources: `tests/decide-examples/` (a copy, so a lone clone still tests), and
//! `../shared/decide-examples/` beside the crate when it exists, so examples
//! added there are picked up without copying.

mod common;

use caredesk::i18n::Lang;
use caredesk::rules::{RuleId, decide_json, decide_json_advised};
use serde_json::Value;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn example_files() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in [
        root.join("tests/decide-examples"),
        root.join("../shared/decide-examples"),
    ] {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        let mut found: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        found.sort();
        files.extend(found);
    }
    files
}

/// (name, request, expected decision) of every example file.
fn examples() -> Vec<(String, Value, Value)> {
    let files = example_files();
    assert!(
        files.len() >= 7,
        "expected the 7 worked examples, found {files:?}"
    );
    files
        .iter()
        .map(|path| {
            let text =
                std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let v: Value =
                serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let name = path.display().to_string();
            let req = v
                .get("request")
                .cloned()
                .unwrap_or_else(|| panic!("{name}: no request"));
            let dec = v
                .get("decision")
                .cloned()
                .unwrap_or_else(|| panic!("{name}: no decision"));
            (name, req, dec)
        })
        .collect()
}

/// Differences between a decision and the expected one, `reasons` wording aside.
fn compare(got: &Value, want: &Value) -> Vec<String> {
    let mut wrong = Vec::new();
    let (Some(g), Some(w)) = (got.as_object(), want.as_object()) else {
        return vec![format!("not objects: got {got}, want {want}")];
    };
    for (key, wv) in w {
        if key == "reasons" {
            continue;
        }
        if key == "advice" {
            wrong.extend(compare_advice(g.get(key), wv));
            continue;
        }
        match g.get(key) {
            Some(gv) if gv == wv => {}
            Some(gv) => wrong.push(format!("{key}: got {gv}, want {wv}")),
            None => wrong.push(format!("{key}: missing, want {wv}")),
        }
    }
    for key in g.keys() {
        if !w.contains_key(key) {
            wrong.push(format!("{key}: not in the expected decision ({})", g[key]));
        }
    }
    // reasons: one per rule, each the rule's own non-empty sentence.
    let rules = g
        .get("rules")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let reasons = g
        .get("reasons")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let want_reasons = w.get("reasons").and_then(Value::as_array).map(Vec::len);
    if Some(reasons.len()) != want_reasons {
        wrong.push(format!(
            "reasons: got {} sentences, the example has {want_reasons:?}",
            reasons.len()
        ));
    }
    if reasons.len() != rules.len() {
        wrong.push(format!(
            "{} reasons for {} rules",
            reasons.len(),
            rules.len()
        ));
    }
    for (rule, reason) in rules.iter().zip(&reasons) {
        let id = rule.as_str().unwrap_or_default();
        let Some(r) = RuleId::from_id(id) else {
            wrong.push(format!("unknown rule ID {rule}"));
            continue;
        };
        let text = reason.as_str().unwrap_or_default();
        if text.trim().is_empty() || text != r.reason() {
            wrong.push(format!(
                "reason for {id} is {reason}, want {:?}",
                r.reason()
            ));
        }
    }
    wrong
}

/// SPEC §5 advice: every field exact, each step's `text` non-empty.
fn compare_advice(got: Option<&Value>, want: &Value) -> Vec<String> {
    let Some(got) = got else {
        return vec![format!("advice: missing, want {want}")];
    };
    let mut wrong = Vec::new();
    let strip = |steps: &Value| -> Vec<Value> {
        steps
            .as_array()
            .cloned()
            .unwrap_or_default()
            .into_iter()
            .map(|mut s| {
                if let Some(o) = s.as_object_mut() {
                    o.remove("text");
                }
                s
            })
            .collect()
    };
    for (key, wv) in want.as_object().into_iter().flatten() {
        let gv = &got[key];
        let same = if key == "steps" {
            strip(gv) == strip(wv)
        } else {
            gv == wv
        };
        if !same {
            wrong.push(format!("advice.{key}: got {gv}, want {wv}"));
        }
    }
    for step in got["steps"].as_array().into_iter().flatten() {
        if step["text"].as_str().is_none_or(|t| t.trim().is_empty()) {
            wrong.push(format!("advice step without a text: {step}"));
        }
    }
    if got.as_object().map(|o| o.len()) != want.as_object().map(|o| o.len()) {
        wrong.push(format!("advice keys: got {got}, want {want}"));
    }
    wrong
}

fn wants_advice(want: &Value) -> bool {
    want.get("advice").is_some()
}

#[test]
fn examples_in_process() {
    let mut failures = Vec::new();
    for (name, req, want) in examples() {
        let decided = if wants_advice(&want) {
            decide_json_advised(common::catalog(), &req.to_string(), Lang::EN)
        } else {
            decide_json(common::catalog(), &req.to_string())
        };
        match decided {
            Ok(d) => {
                let got = serde_json::to_value(&d).expect("decision serializes");
                let wrong = compare(&got, &want);
                if !wrong.is_empty() {
                    failures.push(format!("{name}: {}", wrong.join("; ")));
                }
            }
            Err(e) => failures.push(format!("{name}: rejected as malformed: {e}")),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn examples_through_the_binary() {
    let mut failures = Vec::new();
    for (name, req, want) in examples() {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_caredesk"));
        cmd.arg("decide");
        if wants_advice(&want) {
            cmd.arg("--advise");
        }
        let mut child = cmd
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("caredesk runs");
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(req.to_string().as_bytes())
            .expect("write request");
        let out = child.wait_with_output().expect("caredesk finishes");
        if out.status.code() != Some(0) {
            failures.push(format!(
                "{name}: exit {:?}: {}",
                out.status.code(),
                String::from_utf8_lossy(&out.stderr)
            ));
            continue;
        }
        let stdout = String::from_utf8_lossy(&out.stdout);
        let got: Value = match serde_json::from_str(&stdout) {
            Ok(v) => v,
            Err(e) => {
                failures.push(format!("{name}: stdout is not JSON ({e}): {stdout}"));
                continue;
            }
        };
        let wrong = compare(&got, &want);
        if !wrong.is_empty() {
            failures.push(format!("{name}: {}", wrong.join("; ")));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The binary also takes an example file as it is (`{"request", "decision"}`).
#[test]
fn example_file_path_is_accepted_as_is() {
    for path in example_files() {
        let file: Value =
            serde_json::from_str(&std::fs::read_to_string(&path).expect("read")).expect("json");
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_caredesk"));
        cmd.arg("decide");
        if wants_advice(&file["decision"]) {
            cmd.arg("--advise");
        }
        let out = cmd.arg(&path).output().expect("caredesk runs");
        assert_eq!(out.status.code(), Some(0), "{}", path.display());
        let v: Value = serde_json::from_slice(&out.stdout).expect("JSON decision");
        let wrong = compare(&v, &file["decision"]);
        assert!(wrong.is_empty(), "{}: {}", path.display(), wrong.join("; "));
    }
}

/// `--advise` adds the one key `advice` and changes nothing else; without it
/// the advice examples decide as the spec says, minus the advice.
#[test]
fn advise_adds_only_the_advice_key() {
    for (name, req, want) in examples() {
        let plain = decide_json(common::catalog(), &req.to_string()).expect("decides");
        let advised =
            decide_json_advised(common::catalog(), &req.to_string(), Lang::EN).expect("decides");
        let plain = serde_json::to_value(&plain).expect("json");
        let mut advised = serde_json::to_value(&advised).expect("json");
        assert!(
            plain.get("advice").is_none(),
            "{name}: advice without --advise"
        );
        let advice = advised
            .as_object_mut()
            .and_then(|o| o.remove("advice"))
            .unwrap_or_else(|| panic!("{name}: --advise gave no advice"));
        assert_eq!(plain, advised, "{name}: --advise changed the decision");
        let mut want = want.clone();
        if let Some(o) = want.as_object_mut() {
            o.remove("advice");
        }
        let wrong = compare(&plain, &want);
        assert!(wrong.is_empty(), "{name}: {}", wrong.join("; "));
        let steps = advice["steps"].as_array().map_or(0, Vec::len);
        let rules = plain["rules"].as_array().map_or(0, Vec::len);
        assert_eq!(steps, rules, "{name}: one step per failing rule");
    }
}
