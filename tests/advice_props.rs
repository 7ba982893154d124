//! SPEC §5 properties over random well-formed requests (every kind, every
//! model, regions inside and outside CR+, the European variant, random plan
//! dates around leap days, parcels shipped or not):
//! - one step per failing rule, in order, each naming its rule;
//! - applying the steps to the JSON request as SPEC §5's table says (written
//!   here independently of the crate's `apply`) and deciding again gives
//!   `after_steps`;
//! - `approved_through` is approved and the day after refused; `approvable_from`
//!   is approved and the day before refused;
//! - both windows equal a day-by-day search over the whole horizon (the crate
//!   computes them from boundary days only).

mod common;

use caredesk::i18n::Lang;
use caredesk::rules::{
    Cause, Exclusion, Part, ServiceChannel, decide_json, decide_json_advised, decide_on,
    parse_request,
};
use chrono::{Days, NaiveDate};
use common::catalog;
use proptest::prelude::*;
use proptest::test_runner::Config;
use serde_json::{Map, Value, json};

fn cases(n: u32) -> u32 {
    let scale: u32 = std::env::var("CAREDESK_PROP_SCALE")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1);
    n.saturating_mul(scale.max(1))
}

const REGIONS: &[&str] = &[
    "US", "CA", "DE", "FR", "IT", "IE", "GB", "CH", "NO", "AU", "CN", "HK", "TW", "KR", "JP", "NZ",
];

/// `None` mostly (the request's home region), else another region: random
/// regions alone would almost never agree, and approvals would be rare.
fn other_region() -> impl Strategy<Value = Option<&'static str>> {
    prop::option::weighted(0.2, prop::sample::select(REGIONS))
}

fn day(base: NaiveDate, offset: i64) -> NaiveDate {
    if offset >= 0 {
        base + Days::new(offset as u64)
    } else {
        base - Days::new(offset.unsigned_abs())
    }
}

fn iso(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

fn parse(d: &str) -> NaiveDate {
    NaiveDate::parse_from_str(d, "%Y-%m-%d").expect("a date")
}

prop_compose! {
    fn base_plan(home: &'static str)(
        start in 0i64..1600,
        two_year in any::<bool>(),
        // Plans that end on a leap day or its neighbours come up often.
        leap in any::<bool>(),
        region in other_region(),
        total in 1u32..4,
        used in 0u32..4,
        withdrawn in prop::bool::weighted(0.1),
    ) -> Value {
        let origin = NaiveDate::from_ymd_opt(2022, 1, 1).expect("date");
        let starts = if leap {
            NaiveDate::from_ymd_opt(2023, 2, 28).expect("date") + Days::new((start % 3) as u64)
        } else {
            day(origin, start)
        };
        let months = if two_year { 24 } else { 12 };
        let ends = starts.checked_add_months(chrono::Months::new(months)).expect("date");
        json!({"term": if two_year { "2y" } else { "1y" }, "region": region.unwrap_or(home),
               "starts": iso(starts), "ends": iso(ends),
               "replacements_total": total, "replacements_used": used.min(total),
               "withdrawn": withdrawn})
    }
}

prop_compose! {
    fn plus_plan(home: &'static str)(
        region in other_region(),
        used in 0u32..3,
        repairs in 0u32..2,
        withdrawn in prop::bool::weighted(0.1),
    ) -> Value {
        json!({"region": region.unwrap_or(home), "bought": "2023-06-01", "replacements_used": used,
               "warranty_repairs_used": repairs, "withdrawn": withdrawn})
    }
}

prop_compose! {
    fn claim(on: NaiveDate, home: &'static str)(
        region in other_region(),
        channel in prop::sample::select(ServiceChannel::ALL),
        cause in prop::sample::select(Cause::ALL),
        parts in prop::collection::btree_map(prop::sample::select(Part::ALL), 0u32..4, 1..4),
        exclusions in prop::collection::vec(prop::sample::select(Exclusion::ALL), 0..2)
            .prop_filter_map("mostly none", |e| Some(if e.len() == 1 { vec![] } else { e })),
        submitted_before in 0i64..12,
        shipped_after in prop::option::of(0i64..12),
        fees in any::<bool>(),
        defect in prop::bool::weighted(0.1),
        privacy in prop::bool::weighted(0.8),
    ) -> Value {
        let submitted = day(on, -submitted_before);
        let mut parts: Map<String, Value> =
            parts.into_iter().map(|(p, q)| (p.code().to_owned(), json!(q))).collect();
        // At least one part is really asked for.
        if parts.values().all(|q| q == &json!(0)) {
            parts.insert("camera".into(), json!(1));
        }
        let mut c = json!({"service_region": region.unwrap_or(home), "channel": channel.code(),
            "cause": cause.code(), "parts": parts,
            "exclusions": exclusions.iter().map(|e| e.code()).collect::<Vec<_>>(),
            "submitted": iso(submitted), "accepts_transregional_fees": fees,
            "manufacturing_defect_before_plus": defect, "privacy_accepted": privacy});
        if let Some(after) = shipped_after {
            c["shipped"] = json!(iso(day(submitted, after)));
        }
        c
    }
}

/// A well-formed request of any kind, with an application day near the plans.
fn request() -> impl Strategy<Value = Value> {
    let models: Vec<String> = catalog().models.iter().map(|m| m.name.clone()).collect();
    prop_oneof![
        prop::sample::select(REGIONS).prop_flat_map(move |home| request_in(home, models.clone())),
        approvable(),
    ]
}

/// Requests that are approved on some day: one home region, official,
/// a covered part, normal use; only the day, the channel, the parcel and the
/// plans' dates and counts vary. They make the windows come up often.
fn approvable() -> impl Strategy<Value = Value> {
    let models: Vec<String> = catalog().models.iter().map(|m| m.name.clone()).collect();
    (
        prop::sample::select(REGIONS),
        prop::sample::select(models),
        prop::sample::select(vec!["plus_purchase", "replacement", "extended_warranty"]),
        base_plan("US"),
        any::<bool>(),
        // Before CR starts a quarter of the time: `wait` and its window.
        prop_oneof![1 => -60i64..0, 3 => 0i64..800],
        prop::sample::select(ServiceChannel::ALL),
        0i64..10,
        prop::option::of(0i64..10),
    )
        .prop_map(
            |(home, model, kind, mut base, with_plus, on_offset, channel, before, shipped)| {
                base["region"] = json!(home);
                base["withdrawn"] = json!(false);
                let starts = parse(base["starts"].as_str().expect("starts"));
                let on = day(starts, on_offset);
                let id = catalog().model_id(&model).expect("catalog model");
                let series = catalog().series_of(id);
                let covered = if kind == "extended_warranty" {
                    series.warranty_parts
                } else {
                    series.replacement_parts
                };
                let part = covered.iter().next().unwrap_or(Part::Camera);
                let submitted = day(on, -before);
                let mut claim = json!({"service_region": home, "channel": channel.code(),
                    "cause": "normal_use", "parts": {part.code(): 1}, "exclusions": [],
                    "submitted": iso(submitted), "accepts_transregional_fees": false,
                    "manufacturing_defect_before_plus": false, "privacy_accepted": true});
                if let Some(after) = shipped {
                    claim["shipped"] = json!(iso(day(submitted, after)));
                }
                let mut r = json!({"kind": kind, "on": iso(on),
                    "product": {"serial": "PROP0002", "model": model, "channel": "official",
                                "region": home},
                    "base_plan": base});
                if kind == "plus_purchase" {
                    r["purchase"] = json!({"region": home});
                } else {
                    r["claim"] = claim;
                    if with_plus || kind == "extended_warranty" {
                        r["plus"] = json!({"region": home, "bought": "2023-06-01",
                            "replacements_used": 0, "warranty_repairs_used": 0,
                            "withdrawn": false});
                    }
                }
                r
            },
        )
}

fn request_in(home: &'static str, models: Vec<String>) -> impl Strategy<Value = Value> {
    (
        prop::sample::select(vec![
            "plus_purchase",
            "replacement",
            "replacement",
            "extended_warranty",
            "plus_return",
        ]),
        prop::sample::select(models),
        other_region(),
        prop::sample::select(vec!["official", "official", "authorized", "unofficial"]),
        prop::option::weighted(0.9, base_plan(home)),
        prop::option::weighted(0.6, plus_plan(home)),
        -400i64..900,
        other_region(),
        any::<bool>(),
    )
        .prop_flat_map(
            move |(kind, model, region, channel, base, plus, on_offset, buy, returned)| {
                let region = region.unwrap_or(home);
                let buy = buy.unwrap_or(home);
                let starts = base
                    .as_ref()
                    .map(|b| parse(b["starts"].as_str().expect("starts")))
                    .unwrap_or(NaiveDate::from_ymd_opt(2024, 1, 1).expect("date"));
                let on = day(starts, on_offset);
                claim(on, home).prop_map(move |claim| {
                    let mut r = json!({"kind": kind, "on": iso(on),
                        "product": {"serial": "PROP0001", "model": model, "channel": channel,
                                    "region": region}});
                    let plus = if base.is_some() { plus.clone() } else { None };
                    if let Some(b) = &base {
                        r["base_plan"] = b.clone();
                    }
                    match kind {
                        "plus_purchase" => {
                            r["purchase"] = json!({"region": buy});
                            if let Some(p) = plus {
                                r["plus"] = p;
                            }
                        }
                        "plus_return" => {
                            r["plus"] = plus.unwrap_or_else(|| {
                                json!({"region": region, "bought": "2023-06-01",
                                   "replacements_used": 0, "warranty_repairs_used": 0,
                                   "withdrawn": false})
                            });
                            r["product_returned"] = json!(returned);
                            if base.is_none() {
                                r["base_plan"] = json!({"term": "1y", "region": region,
                                    "starts": "2023-01-01", "ends": "2024-01-01",
                                    "replacements_total": 2, "replacements_used": 0,
                                    "withdrawn": false});
                            }
                        }
                        _ => {
                            if let Some(p) = plus {
                                r["plus"] = p;
                            }
                            r["claim"] = claim;
                        }
                    }
                    r
                })
            },
        )
}

/// SPEC §5's table, applied to the JSON request.
fn apply_steps(req: &Value, steps: &[Value]) -> Value {
    let mut r = req.clone();
    let mut removed: Vec<String> = Vec::new();
    let mut on = req["on"].as_str().expect("on").to_owned();
    for s in steps {
        match s["remedy"].as_str().expect("remedy") {
            "none" => {}
            "accept_privacy" => r["claim"]["privacy_accepted"] = json!(true),
            "accept_transregional_fees" => r["claim"]["accepts_transregional_fees"] = json!(true),
            "remove_parts" => removed.extend(
                s["parts"]
                    .as_array()
                    .expect("parts list")
                    .iter()
                    .map(|p| p.as_str().expect("code").to_owned()),
            ),
            "reduce_parts" => {
                for (code, cap) in s["parts"].as_object().expect("parts object") {
                    r["claim"]["parts"][code] = cap.clone();
                }
            }
            "wait" => {
                let from = s["from"].as_str().expect("from").to_owned();
                if from > on {
                    on = from;
                }
            }
            "service_in" => r["claim"]["service_region"] = s["region"].clone(),
            "buy_in" => r["purchase"]["region"] = s["region"].clone(),
            "return_product" => r["product_returned"] = json!(true),
            other => panic!("unknown remedy {other}"),
        }
    }
    if let Some(parts) = r["claim"]["parts"].as_object_mut() {
        for code in &removed {
            parts.remove(code);
        }
    }
    r["on"] = json!(on);
    r
}

proptest! {
    #![proptest_config(Config { cases: cases(512), ..Config::default() })]

    #[test]
    fn steps_after_steps_and_windows_hold(req in request()) {
        let text = req.to_string();
        let wire = decide_json_advised(catalog(), &text, Lang::EN).expect("well-formed");
        let got = serde_json::to_value(&wire).expect("json");
        let advice = &got["advice"];
        let steps = advice["steps"].as_array().cloned().unwrap_or_default();

        // One step per failing rule, in the decision's order.
        let rules: Vec<&str> = got["rules"].as_array().expect("rules").iter()
            .map(|r| r.as_str().expect("id")).collect();
        let step_rules: Vec<&str> = steps.iter().map(|s| s["rule"].as_str().expect("rule")).collect();
        prop_assert_eq!(&rules, &step_rules);
        for s in &steps {
            prop_assert!(s["text"].as_str().is_some_and(|t| !t.trim().is_empty()), "{}", s);
        }

        // after_steps: apply per SPEC §5 and decide again.
        let fixed = apply_steps(&req, &steps);
        let redecided = decide_json(catalog(), &fixed.to_string());
        // Removing every part can leave a claim with none: decide the pure rules then.
        let after = match redecided {
            Ok(d) => d.decision,
            Err(_) => {
                let parsed = parse_request(&text, catalog()).expect("well-formed");
                let d = caredesk::rules::decide(catalog(), &parsed);
                let a = caredesk::rules::advise(catalog(), &parsed, &d);
                let (f, on) = caredesk::rules::advice::apply(&parsed, &a.steps);
                if decide_on(catalog(), &f, on).approved() { "approved" } else { "refused" }
            }
        };
        prop_assert_eq!(advice["after_steps"].as_str(), Some(after), "fixed: {}", fixed);

        // Windows against a day-by-day search of the whole horizon.
        let on = parse(req["on"].as_str().expect("on"));
        let parsed = parse_request(&text, catalog()).expect("well-formed");
        let approved_on = |d: NaiveDate| decide_on(catalog(), &parsed, d).approved();
        let approved = got["decision"] == "approved";
        let horizon = on + Days::new(1095);
        let mut flip = None;
        let mut d = on;
        while d < horizon {
            d = d + Days::new(1);
            if approved_on(d) != approved {
                flip = Some(d);
                break;
            }
        }
        let want_through = if approved { flip.map(|f| iso(f - Days::new(1))) } else { None };
        let want_from = if approved { None } else { flip.map(iso) };
        prop_assert_eq!(advice["approved_through"].as_str().map(str::to_owned), want_through.clone());
        prop_assert_eq!(advice["approvable_from"].as_str().map(str::to_owned), want_from.clone());

        if let Some(through) = want_through {
            let t = parse(&through);
            prop_assert!(approved_on(t));
            prop_assert!(!approved_on(t + Days::new(1)));
        }
        if let Some(from) = want_from {
            let f = parse(&from);
            prop_assert!(approved_on(f));
            prop_assert!(!approved_on(f - Days::new(1)));
        }
    }
}

/// The generator is not vacuous: among its requests, approvals, both windows
/// and every remedy occur (a property that never meets them proves nothing).
#[test]
fn generator_reaches_every_remedy_and_window() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let strategy = request();
    let (mut approved, mut through, mut from) = (0, 0, 0);
    let mut remedies = std::collections::BTreeSet::new();
    for _ in 0..3000 {
        let req = strategy.new_tree(&mut runner).expect("a request").current();
        let wire = decide_json_advised(catalog(), &req.to_string(), Lang::EN).expect("decides");
        let v = serde_json::to_value(&wire).expect("json");
        approved += usize::from(v["decision"] == "approved");
        through += usize::from(v["advice"]["approved_through"].is_string());
        from += usize::from(v["advice"]["approvable_from"].is_string());
        for s in v["advice"]["steps"].as_array().into_iter().flatten() {
            remedies.insert(s["remedy"].as_str().unwrap_or_default().to_owned());
        }
    }
    eprintln!("approved {approved} through {through} from {from} remedies {remedies:?}");
    assert!(approved > 150, "only {approved} of 3000 approved");
    assert!(
        through > 50 && from > 50,
        "windows: {through} through, {from} from"
    );
    let all = [
        "none",
        "accept_privacy",
        "remove_parts",
        "reduce_parts",
        "accept_transregional_fees",
        "wait",
        "service_in",
        "buy_in",
        "return_product",
    ];
    for r in all {
        assert!(
            remedies.contains(r),
            "no request got remedy {r}: {remedies:?}"
        );
    }
}
