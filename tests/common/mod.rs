//! Shared helpers for the rules tests: request builders (JSON built with
//! `serde_json::json!`, then parsed by the real `parse_request` against the
//! built-in catalog) and a table runner whose rows name the rule IDs they cover.
#![allow(dead_code)] // each test file uses a different part of this module

use caredesk::catalog::Catalog;
use caredesk::rules::{Decision, RuleId, decide, parse_request};
use serde_json::{Value, json};
use std::collections::BTreeSet;
use std::sync::OnceLock;

/// The catalog that ships in `assets/`, as built into the binary.
pub fn catalog() -> &'static Catalog {
    static CAT: OnceLock<Catalog> = OnceLock::new();
    CAT.get_or_init(|| Catalog::builtin().expect("built-in catalog loads"))
}

/// Base CR used by the builders: 1-Year Plan, `[2024-03-01, 2025-03-01)`,
/// so CR+ runs `[2025-03-01, 2026-03-01)`.
pub const CR_STARTS: &str = "2024-03-01";
pub const CR_ENDS: &str = "2025-03-01";
pub const PLUS_ENDS: &str = "2026-03-01";
/// A day inside CR, and a day inside CR+.
pub const IN_CR: &str = "2024-10-10";
pub const IN_PLUS: &str = "2025-06-10";

/// A request under construction. Paths are dotted (`claim.parts`).
#[derive(Clone, Debug)]
pub struct Req(pub Value);

impl Req {
    /// A CR+ purchase that is approved: US product, US CR with replacements left.
    pub fn purchase() -> Req {
        Req(json!({
            "kind": "plus_purchase",
            "on": "2024-10-10",
            "product": product("DJI Mavic 3", "US"),
            "base_plan": base_plan("US"),
            "purchase": {"region": "US"}
        }))
    }

    /// A replacement that is approved under the plan in effect on `on`
    /// (US, DJI Mavic 3, CR with 2 replacements none used, CR+ bound).
    pub fn replacement(on: &str) -> Req {
        Req(json!({
            "kind": "replacement",
            "on": on,
            "product": product("DJI Mavic 3", "US"),
            "base_plan": base_plan("US"),
            "plus": plus("US"),
            "claim": claim("US", "online", "collision", json!({"aircraft": 1}), on)
        }))
    }

    /// An extended-warranty repair that is approved (inside CR+, normal use, gimbal).
    pub fn warranty(on: &str) -> Req {
        Req(json!({
            "kind": "extended_warranty",
            "on": on,
            "product": product("DJI Mavic 3", "US"),
            "base_plan": base_plan("US"),
            "plus": plus("US"),
            "claim": claim("US", "online", "normal_use", json!({"gimbal": 1}), on)
        }))
    }

    /// A CR+ return that is approved: product returned, CR+ unused.
    pub fn plus_return() -> Req {
        Req(json!({
            "kind": "plus_return",
            "on": "2024-10-10",
            "product": product("DJI Mavic 3", "US"),
            "base_plan": base_plan("US"),
            "plus": plus("US"),
            "product_returned": true
        }))
    }

    /// Sets a value at a dotted path (creating objects on the way).
    pub fn set(mut self, path: &str, value: impl Into<Value>) -> Req {
        let mut cur = &mut self.0;
        let mut parts = path.split('.').peekable();
        while let Some(key) = parts.next() {
            if !cur.is_object() {
                *cur = json!({});
            }
            let obj = cur.as_object_mut().expect("object just made");
            if parts.peek().is_none() {
                obj.insert(key.to_owned(), value.into());
                break;
            }
            cur = obj.entry(key.to_owned()).or_insert_with(|| json!({}));
        }
        self
    }

    /// Removes the value at a dotted path, if present.
    pub fn remove(mut self, path: &str) -> Req {
        let (parent, leaf) = match path.rsplit_once('.') {
            Some((p, l)) => (Some(p), l),
            None => (None, path),
        };
        let target = match parent {
            Some(p) => p.split('.').try_fold(&mut self.0, |v, k| v.get_mut(k)),
            None => Some(&mut self.0),
        };
        if let Some(Value::Object(m)) = target {
            m.remove(leaf);
        }
        self
    }

    /// Sets every region of the request (product, plans, purchase, claim).
    pub fn all_regions(self, code: &str) -> Req {
        let mut r = self
            .set("product.region", code)
            .set("base_plan.region", code);
        if r.0.get("plus").is_some() {
            r = r.set("plus.region", code);
        }
        if r.0.get("purchase").is_some() {
            r = r.set("purchase.region", code);
        }
        if r.0.get("claim").is_some() {
            r = r.set("claim.service_region", code);
        }
        r
    }

    pub fn model(self, name: &str) -> Req {
        self.set("product.model", name)
    }

    pub fn parts(self, parts: Value) -> Req {
        self.set("claim.parts", parts)
    }

    pub fn text(&self) -> String {
        self.0.to_string()
    }

    /// Parses with the real validator and decides. Panics (a test failure) if
    /// the request is malformed: table rows are all well-formed.
    pub fn decide(&self) -> Decision {
        let req = parse_request(&self.text(), catalog())
            .unwrap_or_else(|e| panic!("request should be well-formed: {e}\n{}", self.0));
        decide(catalog(), &req)
    }
}

pub fn product(model: &str, region: &str) -> Value {
    json!({"serial": "1SSDH7R00A0001", "model": model, "channel": "official", "region": region})
}

pub fn base_plan(region: &str) -> Value {
    json!({"term": "1y", "region": region, "starts": CR_STARTS, "ends": CR_ENDS,
           "replacements_total": 2, "replacements_used": 0, "withdrawn": false})
}

pub fn plus(region: &str) -> Value {
    json!({"region": region, "bought": "2024-09-01", "replacements_used": 0,
           "warranty_repairs_used": 0, "withdrawn": false})
}

pub fn claim(region: &str, channel: &str, cause: &str, parts: Value, submitted: &str) -> Value {
    json!({"service_region": region, "channel": channel, "cause": cause, "parts": parts,
           "exclusions": [], "submitted": submitted,
           "accepts_transregional_fees": false, "manufacturing_defect_before_plus": false,
           "privacy_accepted": true})
}

/// `day` shifted by `delta` days, as `YYYY-MM-DD`.
pub fn shift(day: &str, delta: i64) -> String {
    let d = chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d").expect("test date");
    (d + chrono::Duration::days(delta))
        .format("%Y-%m-%d")
        .to_string()
}

// ---------------------------------------------------------------- tables

/// One row of a rules table: a request and the rule IDs it covers.
#[derive(Clone, Debug)]
pub struct Case {
    pub name: String,
    pub req: Req,
    /// Exactly the rule IDs the decision must list, in the spec's order.
    pub refuses: Vec<RuleId>,
    /// Rule IDs this row exercises at their passing side (must not be listed).
    pub passes: Vec<RuleId>,
    pub plan: Option<Option<&'static str>>,
    pub left_after: Option<Option<u32>>,
    pub pays: Option<Vec<&'static str>>,
}

fn ids(list: &[&str]) -> Vec<RuleId> {
    list.iter()
        .map(|id| RuleId::from_id(id).unwrap_or_else(|| panic!("`{id}` is not a rule ID")))
        .collect()
}

/// Starts a table row.
pub fn case(name: impl Into<String>, req: Req) -> Case {
    Case {
        name: name.into(),
        req,
        refuses: Vec::new(),
        passes: Vec::new(),
        plan: None,
        left_after: None,
        pays: None,
    }
}

impl Case {
    /// The decision must refuse with exactly these IDs, in this order.
    pub fn refuses(mut self, list: &[&str]) -> Case {
        self.refuses = ids(list);
        self
    }
    /// These IDs are exercised at their passing edge (and must not fail).
    pub fn passes(mut self, list: &[&str]) -> Case {
        self.passes = ids(list);
        self
    }
    pub fn plan(mut self, plan: Option<&'static str>) -> Case {
        self.plan = Some(plan);
        self
    }
    pub fn left_after(mut self, left: Option<u32>) -> Case {
        self.left_after = Some(left);
        self
    }
    pub fn pays(mut self, charges: &[&'static str]) -> Case {
        self.pays = Some(charges.to_vec());
        self
    }

    /// What is wrong with the decision for this row, if anything.
    fn check(&self) -> Option<String> {
        let d = self.req.decide();
        let w = d.to_wire();
        let mut wrong = Vec::new();
        if d.failed != self.refuses {
            wrong.push(format!(
                "rules: got {:?}, want {:?}",
                w.rules,
                self.refuses.iter().map(|r| r.id()).collect::<Vec<_>>()
            ));
        }
        for p in &self.passes {
            if d.failed.contains(p) {
                wrong.push(format!("{p} should pass"));
            }
        }
        if let Some(plan) = self.plan
            && w.plan != plan
        {
            wrong.push(format!("plan: got {:?}, want {plan:?}", w.plan));
        }
        if let Some(left) = self.left_after
            && w.replacements_left_after != left
        {
            wrong.push(format!(
                "replacements_left_after: got {:?}, want {left:?}",
                w.replacements_left_after
            ));
        }
        let pays = self.pays.clone().unwrap_or_default();
        if self.pays.is_some() || !self.refuses.is_empty() {
            // A refusal never charges anything.
            if w.customer_pays != pays {
                wrong.push(format!(
                    "customer_pays: got {:?}, want {pays:?}",
                    w.customer_pays
                ));
            }
        }
        if w.decision
            != if self.refuses.is_empty() {
                "approved"
            } else {
                "refused"
            }
        {
            wrong.push(format!("decision: got {}", w.decision));
        }
        if w.reasons.len() != w.rules.len() {
            wrong.push("reasons and rules differ in length".into());
        }
        (!wrong.is_empty()).then(|| format!("{}: {}", self.name, wrong.join("; ")))
    }
}

/// Runs every row and reports every failing row at once.
pub fn run_table(cases: &[Case]) {
    let failures: Vec<String> = cases.iter().filter_map(Case::check).collect();
    assert!(
        failures.is_empty(),
        "{} of {} rows failed:\n  {}",
        failures.len(),
        cases.len(),
        failures.join("\n  ")
    );
}

/// The rule IDs of one family (by ID prefix, e.g. `REP-`).
pub fn family(prefix: &str) -> Vec<RuleId> {
    RuleId::ALL
        .iter()
        .copied()
        .filter(|r| r.id().starts_with(prefix))
        .collect()
}

/// Every rule ID of the family has at least one refusing and one passing row.
pub fn assert_family_covered(prefix: &str, cases: &[Case]) {
    let refused: BTreeSet<RuleId> = cases.iter().flat_map(|c| c.refuses.clone()).collect();
    let passed: BTreeSet<RuleId> = cases.iter().flat_map(|c| c.passes.clone()).collect();
    let mut missing = Vec::new();
    for r in family(prefix) {
        if !refused.contains(&r) {
            missing.push(format!("{r} has no refusing row"));
        }
        if !passed.contains(&r) {
            missing.push(format!("{r} has no passing row"));
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

/// The prefixes of the four rule families; every rule ID has one of them,
/// so the four family coverage tests together cover `RuleId::ALL`.
pub const FAMILIES: &[&str] = &["BUY-", "REP-", "EW-", "RET-"];
