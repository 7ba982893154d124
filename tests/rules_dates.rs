//! Edge days (SPEC §1 "Plans and dates", §2): half-open windows, CR → CR+ switch
//! on CR.ends, CR+ ending 12 calendar months later (leap days included), and
//! shipping deadlines. Rule IDs covered: REP-EXPIRED, REP-SHIP-LATE,
//! BUY-BASE-EXPIRED, EW-NOT-STARTED, EW-EXPIRED, EW-SHIP-LATE, REP-IN-ADVANCE.

mod common;

use caredesk::rules::plans::{add_months, plus_window};
use caredesk::rules::{Interpretation, parse_request};
use common::{CR_ENDS, CR_STARTS, Case, IN_CR, PLUS_ENDS, Req, case, catalog, run_table, shift};

const CR: Option<&str> = Some("care_refresh");
const PLUS: Option<&str> = Some("care_refresh_plus");

/// A replacement on `on` with CR `[starts, ends)`.
fn rep(on: &str, starts: &str, ends: &str) -> Req {
    Req::replacement(on)
        .set("base_plan.starts", starts)
        .set("base_plan.ends", ends)
}

#[test]
fn plan_in_effect_switches_on_cr_end() {
    let mut rows = Vec::new();
    for (delta, plan) in [(-1, CR), (0, PLUS), (1, PLUS)] {
        let on = shift(CR_ENDS, delta);
        rows.push(
            case(format!("CR.ends{delta:+}: with CR+"), Req::replacement(&on))
                .passes(&["REP-EXPIRED"])
                .plan(plan),
        );
    }
    for (delta, ok) in [(-1, true), (0, false), (1, false)] {
        let on = shift(CR_ENDS, delta);
        let row = case(
            format!("CR.ends{delta:+}: no CR+"),
            Req::replacement(&on).remove("plus"),
        );
        rows.push(if ok {
            row.passes(&["REP-EXPIRED"]).plan(CR)
        } else {
            row.refuses(&["REP-EXPIRED"]).plan(None)
        });
    }
    for (delta, ok) in [(-1, false), (0, true), (1, true)] {
        let on = shift(CR_STARTS, delta);
        let row = case(format!("CR.starts{delta:+}"), Req::replacement(&on));
        rows.push(if ok {
            row.passes(&["REP-EXPIRED"]).plan(CR)
        } else {
            row.refuses(&["REP-EXPIRED"]).plan(None)
        });
    }
    // CR+ ends 12 months after CR.ends, half-open.
    for (delta, ok) in [(-1, true), (0, false), (1, false)] {
        let on = shift(PLUS_ENDS, delta);
        let row = case(format!("CR+.ends{delta:+}"), Req::replacement(&on));
        rows.push(if ok {
            row.passes(&["REP-EXPIRED"]).plan(PLUS)
        } else {
            row.refuses(&["REP-EXPIRED"]).plan(None)
        });
    }
    // In advance: CR used up, the last day of CR vs the first day of CR+.
    rows.push(
        case(
            "CR used up, CR.ends-1",
            Req::replacement(&shift(CR_ENDS, -1)).set("base_plan.replacements_used", 2),
        )
        .refuses(&["REP-IN-ADVANCE"]),
    );
    rows.push(
        case(
            "CR used up, CR.ends",
            Req::replacement(CR_ENDS).set("base_plan.replacements_used", 2),
        )
        .passes(&["REP-IN-ADVANCE"])
        .plan(PLUS),
    );
    run_table(&rows);
}

#[test]
fn leap_day_cr_end() {
    // CR ends 2024-02-29 → CR+ ends 2025-02-28 (valid through 2025-02-27).
    let (s, e) = ("2023-02-28", "2024-02-29");
    let rows = vec![
        case("2024-02-28: last CR day", rep("2024-02-28", s, e)).plan(CR),
        case("2024-02-29: first CR+ day", rep("2024-02-29", s, e)).plan(PLUS),
        case("2025-02-27: last CR+ day", rep("2025-02-27", s, e))
            .passes(&["REP-EXPIRED"])
            .plan(PLUS),
        case("2025-02-28: CR+ ended", rep("2025-02-28", s, e))
            .refuses(&["REP-EXPIRED"])
            .plan(None),
        case("2025-03-01: CR+ ended", rep("2025-03-01", s, e))
            .refuses(&["REP-EXPIRED"])
            .plan(None),
        case(
            "warranty 2025-02-27",
            Req::warranty("2025-02-27")
                .set("base_plan.starts", s)
                .set("base_plan.ends", e),
        )
        .passes(&["EW-EXPIRED"])
        .plan(PLUS),
        case(
            "warranty 2025-02-28",
            Req::warranty("2025-02-28")
                .set("base_plan.starts", s)
                .set("base_plan.ends", e),
        )
        .refuses(&["EW-EXPIRED"]),
        case(
            "warranty 2024-02-28: not started",
            Req::warranty("2024-02-28")
                .set("base_plan.starts", s)
                .set("base_plan.ends", e),
        )
        .refuses(&["EW-NOT-STARTED"]),
        case(
            "warranty 2024-02-29: started",
            Req::warranty("2024-02-29")
                .set("base_plan.starts", s)
                .set("base_plan.ends", e),
        )
        .passes(&["EW-NOT-STARTED"]),
        // Bought on the leap day, the day before CR ends on 2024-03-01.
        case(
            "buy CR+ on 2024-02-29, CR ends 2024-03-01",
            Req::purchase()
                .set("on", "2024-02-29")
                .set("base_plan.starts", "2023-03-01")
                .set("base_plan.ends", "2024-03-01"),
        )
        .passes(&["BUY-BASE-EXPIRED"]),
        // A leap day inside CR+ (CR ends 2023-03-01 → CR+ to 2024-03-01).
        case(
            "2024-02-29 inside CR+",
            rep("2024-02-29", "2022-03-01", "2023-03-01"),
        )
        .plan(PLUS),
        // CR ending 28 Feb the year before a leap year: CR+ ends 28 Feb, not 29.
        case(
            "CR ends 2023-02-28: 2024-02-27 is the last CR+ day",
            rep("2024-02-27", "2022-02-28", "2023-02-28"),
        )
        .plan(PLUS),
        case(
            "CR ends 2023-02-28: 2024-02-28 is past CR+",
            rep("2024-02-28", "2022-02-28", "2023-02-28"),
        )
        .refuses(&["REP-EXPIRED"]),
    ];
    run_table(&rows);

    let req = parse_request(&rep("2024-10-10", s, e).text(), catalog()).expect("valid");
    let w = plus_window(req.base_plan.as_ref().expect("base plan"));
    assert_eq!(w.starts.to_string(), "2024-02-29");
    assert_eq!(w.ends.to_string(), "2025-02-28");
    assert_eq!(w.valid_through().to_string(), "2025-02-27");
}

#[test]
fn add_months_is_calendar_months() {
    let d = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date");
    assert_eq!(add_months(d("2024-02-29"), 12), d("2025-02-28"));
    assert_eq!(add_months(d("2023-02-28"), 12), d("2024-02-28"));
    assert_eq!(add_months(d("2024-01-31"), 12), d("2025-01-31"));
    assert_eq!(add_months(d("2025-03-01"), 12), d("2026-03-01"));
    assert_eq!(add_months(d("2024-12-31"), 12), d("2025-12-31"));
}

#[test]
fn buy_base_expired_edges() {
    let rows: Vec<Case> = [(-1, true), (0, false), (1, false)]
        .into_iter()
        .map(|(delta, ok)| {
            let row = case(
                format!("buy on CR.ends{delta:+}"),
                Req::purchase().set("on", shift(CR_ENDS, delta)),
            );
            if ok {
                row.passes(&["BUY-BASE-EXPIRED"])
            } else {
                row.refuses(&["BUY-BASE-EXPIRED"])
            }
        })
        .collect();
    run_table(&rows);
}

#[test]
fn warranty_window_edges() {
    let mut rows = Vec::new();
    for (delta, ok) in [(-1, false), (0, true), (1, true)] {
        let row = case(
            format!("EW on CR.ends{delta:+}"),
            Req::warranty(&shift(CR_ENDS, delta)),
        );
        rows.push(if ok {
            row.passes(&["EW-NOT-STARTED"]).plan(PLUS)
        } else {
            // SPEC example 09: under CR+ (bound) even before it starts.
            row.refuses(&["EW-NOT-STARTED"]).plan(PLUS)
        });
    }
    for (delta, ok) in [(-1, true), (0, false), (1, false)] {
        let row = case(
            format!("EW on CR+.ends{delta:+}"),
            Req::warranty(&shift(PLUS_ENDS, delta)),
        );
        rows.push(if ok {
            row.passes(&["EW-EXPIRED"]).plan(PLUS)
        } else {
            row.refuses(&["EW-EXPIRED"]).plan(PLUS)
        });
    }
    run_table(&rows);
}

/// REP-SHIP-LATE: express 3 days ok / 4 late, online 7 ok / 8 late, measured
/// to `shipped`, or to `on` when not shipped yet. SSC has no deadline.
#[test]
fn replacement_shipping_deadlines() {
    let mut rows = Vec::new();
    for (channel, limit) in [("express", 3), ("online", 7)] {
        for days in [0, limit - 1, limit, limit + 1, limit + 20] {
            let late = days > limit;
            // Measured to `shipped` (application date stays the submit day).
            let shipped = case(
                format!("{channel} shipped after {days} days"),
                Req::replacement(IN_CR)
                    .set("claim.channel", channel)
                    .set("claim.shipped", shift(IN_CR, days)),
            );
            // Not shipped yet: measured to `on`.
            let pending = case(
                format!("{channel} not shipped, {days} days on"),
                Req::replacement(IN_CR)
                    .set("claim.channel", channel)
                    .set("claim.submitted", shift(IN_CR, -days)),
            );
            for row in [shipped, pending] {
                rows.push(if late {
                    row.refuses(&["REP-SHIP-LATE"])
                } else {
                    row.passes(&["REP-SHIP-LATE"]).pays(&["replacement_fee"])
                });
            }
        }
        // Shipped in time but asked about much later: `shipped` is what counts.
        rows.push(
            case(
                format!("{channel} shipped on day {limit}, decided 30 days on"),
                Req::replacement(IN_CR)
                    .set("claim.channel", channel)
                    .set("claim.submitted", shift(IN_CR, -30))
                    .set("claim.shipped", shift(IN_CR, limit - 30)),
            )
            .passes(&["REP-SHIP-LATE"]),
        );
    }
    for days in [0, 8, 60] {
        rows.push(
            case(
                format!("ssc shipped after {days} days"),
                Req::replacement(IN_CR)
                    .set("claim.channel", "ssc")
                    .set("claim.shipped", shift(IN_CR, days)),
            )
            .passes(&["REP-SHIP-LATE"]),
        );
    }
    // Across a leap day: 2024-02-26 + 3 = 2024-02-29.
    rows.push(
        case(
            "express across the leap day, 3 days",
            Req::replacement("2024-04-01")
                .set("claim.channel", "express")
                .set("claim.submitted", "2024-02-26")
                .set("claim.shipped", "2024-02-29"),
        )
        .passes(&["REP-SHIP-LATE"]),
    );
    rows.push(
        case(
            "express across the leap day, 4 days",
            Req::replacement("2024-04-01")
                .set("claim.channel", "express")
                .set("claim.submitted", "2024-02-26")
                .set("claim.shipped", "2024-03-01"),
        )
        .refuses(&["REP-SHIP-LATE"]),
    );
    run_table(&rows);

    let d = Req::replacement(IN_CR).set("claim.channel", "ssc").decide();
    assert!(
        d.interpretations
            .contains(&Interpretation::SscNoShipDeadline)
    );
}

/// EW-SHIP-LATE: 7 natural days of confirming, to `shipped` or to `on`.
#[test]
fn warranty_shipping_deadline() {
    let on = "2025-06-10";
    let mut rows = Vec::new();
    for days in [0, 6, 7, 8, 30] {
        let late = days > 7;
        let shipped = case(
            format!("shipped after {days} days"),
            Req::warranty(on).set("claim.shipped", shift(on, days)),
        );
        let pending = case(
            format!("not shipped, {days} days on"),
            Req::warranty(on).set("claim.submitted", shift(on, -days)),
        );
        for row in [shipped, pending] {
            rows.push(if late {
                row.refuses(&["EW-SHIP-LATE"])
            } else {
                row.passes(&["EW-SHIP-LATE"])
            });
        }
    }
    run_table(&rows);
}
