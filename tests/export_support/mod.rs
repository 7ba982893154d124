//! Report fixtures shared by the export tests: claims built from the real
//! rule texts, so the reasons checked are the ones the app prints.
#![allow(dead_code)]

use caredesk::desk::{AdviceRecord, AdviceStepRecord};
use caredesk::report::{
    ClaimReport, EventReport, ParcelReport, PartQuantity, PlanReport, ProductReport, QuoteReport,
    ReportMeta, RuleReason,
};
use caredesk::rules::plans::ServiceState;
use caredesk::vocab::{
    Cause, Charge, ClaimKind, ClaimStatus, Interpretation, Money, ParcelDirection, Part, PlanKind,
    ProductStatus, RuleId, SalesChannel, ServiceChannel, Term, Verdict,
};
use chrono::NaiveDate;

pub fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("fixture date")
}

pub fn rule(r: RuleId) -> RuleReason {
    RuleReason {
        id: r.id().to_string(),
        reason: r.reason().to_string(),
    }
}

pub fn meta() -> ReportMeta {
    ReportMeta {
        generated_at: "2026-11-25T14:03:00Z".into(),
        as_of: day("2026-11-25"),
        filter: "all claims".into(),
        never_send_back: vec![
            "Remote controller".into(),
            "The battery that came in the combo".into(),
            "Batteries bought separately".into(),
            "Other DJI accessories".into(),
            "Third-party accessories".into(),
            "The microSD card (back it up and delete personal data first)".into(),
        ],
        // The workstation's clock, as a JSON export read back has.
        zone: caredesk::i18n::Zone::Local,
    }
}

fn plans() -> Vec<PlanReport> {
    vec![
        PlanReport {
            plan: PlanKind::CareRefresh,
            term: Some(Term::OneYear),
            region: "US".into(),
            service_region: "US".into(),
            starts: day("2025-03-15"),
            ends: day("2026-03-15"),
            valid_through: day("2026-03-14"),
            replacements_allowed: 2,
            replacements_used: 2,
            replacements_left: 0,
            withdrawn: false,
            replacement_service: ServiceState::Expired,
            extended_warranty: None,
        },
        PlanReport {
            plan: PlanKind::CareRefreshPlus,
            term: None,
            region: "US".into(),
            service_region: "US".into(),
            starts: day("2026-03-15"),
            ends: day("2027-03-15"),
            valid_through: day("2027-03-14"),
            replacements_allowed: 1,
            replacements_used: 0,
            replacements_left: 1,
            withdrawn: false,
            replacement_service: ServiceState::Active,
            extended_warranty: Some(ServiceState::Active),
        },
    ]
}

/// A refused replacement citing two rules, an approved one with a fee and a
/// replacement serial, and an approved extended warranty repair.
pub fn sample_claims() -> Vec<ClaimReport> {
    let product = ProductReport {
        serial: "1SSDH7R00A0001".into(),
        model: "DJI Mavic 3".into(),
        series: "Mavic".into(),
        channel: SalesChannel::Official,
        region: "US".into(),
        status: ProductStatus::Active,
        replaced_by: None,
        replaces: None,
        international_service: false,
    };
    let refused = ClaimReport {
        claim_id: "CL-2026-000001".into(),
        customer: None,
        kind: ClaimKind::Replacement,
        status: ClaimStatus::Closed,
        submitted_on: day("2026-05-02"),
        decided_on: Some(day("2026-05-02")),
        decision: Verdict::Refused,
        plan: Some(PlanKind::CareRefreshPlus),
        rules: vec![rule(RuleId::RepPart), rule(RuleId::RepShipLate)],
        interpretations: vec![],
        replacements_left_after: None,
        channel: ServiceChannel::Online,
        service_region: "US".into(),
        cause: Cause::Collision,
        parts: vec![
            PartQuantity {
                part: Part::Aircraft,
                quantity: 1,
            },
            PartQuantity {
                part: Part::Motor,
                quantity: 1,
            },
        ],
        exclusions: vec![],
        shipped_on: Some(day("2026-05-12")),
        accepts_transregional_fees: false,
        privacy_accepted: true,
        customer_pays: vec![],
        fee: None,
        replacement_serial: None,
        product: product.clone(),
        plans: plans(),
        events: vec![
            EventReport {
                at: "2026-05-02T09:12:00Z".into(),
                who: "Ana Technician".into(),
                from: None,
                to: ClaimStatus::Submitted,
                note: "Walk-in, crashed into a tree; \"motor grinding\", propellers cracked."
                    .into(),
            },
            EventReport {
                at: "2026-05-02T09:12:01Z".into(),
                who: "Ana Technician".into(),
                from: Some(ClaimStatus::Submitted),
                to: ClaimStatus::Refused,
                note: String::new(),
            },
            EventReport {
                at: "2026-05-02T09:13:00Z".into(),
                who: "Ana Technician".into(),
                from: Some(ClaimStatus::Refused),
                to: ClaimStatus::Closed,
                note: "Customer informed, copy of this report handed over.".into(),
            },
        ],
        ship_by: Some(day("2026-05-09")),
        parcels: vec![],
        advice: Some(AdviceRecord {
            steps: vec![
                AdviceStepRecord {
                    rule: "REP-PART".into(),
                    reason: format!(
                        "{} Not covered for the Mavic series: Motor.",
                        RuleId::RepPart.reason()
                    ),
                    remedy: "remove_parts".into(),
                    text: "Remove Motor from the claim: not replaceable for the Mavic series."
                        .into(),
                },
                AdviceStepRecord {
                    rule: "REP-SHIP-LATE".into(),
                    reason: format!(
                        "{} The parcel left 10 days after the request of 2 May 2026 (at most 7).",
                        RuleId::RepShipLate.reason()
                    ),
                    remedy: "none".into(),
                    text: "The parts were not shipped within 7 days of submitting, so this request has lapsed; a new request must be shipped in time.".into(),
                },
            ],
            after_steps: Verdict::Refused,
            approved_through: None,
            approvable_from: None,
            window: "Not approvable on any day in the next three years as it stands.".into(),
            other_languages: Default::default(),
        }),
        quote: None,
    };
    let approved = ClaimReport {
        claim_id: "CL-2026-000002".into(),
        customer: None,
        kind: ClaimKind::Replacement,
        status: ClaimStatus::ReplacementShipped,
        decision: Verdict::Approved,
        rules: vec![],
        interpretations: vec![RuleReason {
            id: Interpretation::EuropeanCap.id().into(),
            reason: Interpretation::EuropeanCap.text().into(),
        }],
        replacements_left_after: Some(0),
        parts: vec![
            PartQuantity {
                part: Part::Aircraft,
                quantity: 1,
            },
            PartQuantity {
                part: Part::Propellers,
                quantity: 2,
            },
        ],
        customer_pays: vec![Charge::ReplacementFee, Charge::TransregionalFees],
        fee: Some(Money {
            cents: 7900,
            currency: "USD".into(),
        }),
        replacement_serial: Some("1SSDH7R00B0002".into()),
        accepts_transregional_fees: true,
        advice: Some(AdviceRecord {
            steps: vec![],
            after_steps: Verdict::Approved,
            approved_through: Some(day("2026-06-08")),
            approvable_from: None,
            window: "The customer must ship the parts by 8 June 2026.".into(),
            other_languages: Default::default(),
        }),
        product: ProductReport {
            serial: "1SSDH7R00A0002".into(),
            status: ProductStatus::Reclaimed,
            replaced_by: Some("1SSDH7R00B0002".into()),
            ..product.clone()
        },
        events: vec![
            EventReport {
                at: "2026-06-01T10:00:00Z".into(),
                who: "Ben SSC".into(),
                from: None,
                to: ClaimStatus::Submitted,
                note: String::new(),
            },
            EventReport {
                at: "2026-06-01T10:00:01Z".into(),
                who: "Ben SSC".into(),
                from: Some(ClaimStatus::Submitted),
                to: ClaimStatus::Approved,
                note: String::new(),
            },
            EventReport {
                at: "2026-06-03T16:30:00Z".into(),
                who: "Ben SSC".into(),
                from: Some(ClaimStatus::Assessed),
                to: ClaimStatus::ReplacementShipped,
                note: "New unit 1SSDH7R00B0002 bound to the same plans.".into(),
            },
        ],
        submitted_on: day("2026-06-01"),
        decided_on: Some(day("2026-06-01")),
        ship_by: Some(day("2026-06-08")),
        parcels: vec![
            ParcelReport {
                direction: ParcelDirection::Inbound,
                carrier: "UPS".into(),
                tracking: "1Z999AA10123456784".into(),
                shipped_on: Some(day("2026-06-02")),
                received_on: Some(day("2026-06-03")),
                recorded_at: "2026-06-02T08:00:00Z".into(),
                recorded_by: "Ben SSC".into(),
            },
            ParcelReport {
                direction: ParcelDirection::Outbound,
                carrier: "DHL Express".into(),
                tracking: "JD014600006281230704".into(),
                shipped_on: Some(day("2026-06-03")),
                received_on: None,
                recorded_at: "2026-06-03T16:31:00Z".into(),
                recorded_by: "Ben SSC".into(),
            },
        ],
        // Offered a paid repair after the assessment; chose the replacement.
        quote: Some(QuoteReport {
            amount: Money {
                cents: 14950,
                currency: "USD".into(),
            },
            covers: "Front-left arm and motor".into(),
            valid_until: Some(day("2026-06-15")),
            quoted_by: "Tess Tech".into(),
            quoted_at: "2026-06-02T09:00:00Z".into(),
            choice: Some(caredesk::desk::RepairChoice::Replacement),
            choice_by: Some("Ben SSC".into()),
            choice_at: Some("2026-06-02T11:30:00Z".into()),
        }),
        ..refused.clone()
    };
    let warranty = ClaimReport {
        claim_id: "CL-2026-000003".into(),
        customer: None,
        kind: ClaimKind::ExtendedWarranty,
        status: ClaimStatus::AwaitingProduct,
        decision: Verdict::Approved,
        rules: vec![],
        cause: Cause::NormalUse,
        parts: vec![PartQuantity {
            part: Part::Gimbal,
            quantity: 1,
        }],
        customer_pays: vec![],
        shipped_on: None,
        // Decided before the desk kept advice.
        advice: None,
        submitted_on: day("2026-07-20"),
        decided_on: Some(day("2026-07-20")),
        ship_by: Some(day("2026-07-27")),
        events: vec![EventReport {
            at: "2026-07-20T11:00:00Z".into(),
            who: "Ana Technician".into(),
            from: None,
            to: ClaimStatus::Approved,
            note: "Gimbal drifts in normal use.".into(),
        }],
        ..refused.clone()
    };
    vec![refused, approved, warranty]
}
