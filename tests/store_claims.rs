//! Claim intake and every lifecycle step and refusal, on a real SQLite file.
//! Rules covered through the store: REP-PRIVACY, EW-NO-PLUS, RET-SERVICE-USED,
//! REP-NONE-LEFT (re-checked when the replacement ships).

#[macro_use]
mod store_support;

use caredesk::desk::{
    ClaimAction, ClaimColumn, ClaimFilter, ClaimKind, ClaimSort, ClaimStatus, Money, ProductStatus,
    StepRefused, StoreError,
};
use caredesk::rules::{PlanKind, RuleId, ServiceChannel, Term};
use store_support::{Backend, Desk, PIN, d, r, replacement, warranty};

const SERIAL: &str = "1SSDH7R00A0001";

fn desk_with_mavic(b: Backend) -> Desk {
    let mut desk = Desk::on(b);
    desk.product(SERIAL, "DJI Mavic 3", "US", Term::OneYear, "2025-03-15");
    desk
}

fn step(desk: &mut Desk, id: &str, action: ClaimAction) -> ClaimStatus {
    desk.store
        .advance_claim(desk.tech, id, action, "")
        .unwrap_or_else(|e| panic!("step on {id}: {e}"))
        .row
        .status
}

fn ship(serial: &str) -> ClaimAction {
    ClaimAction::ShipReplacement {
        new_serial: serial.into(),
    }
}

fn illegal(r: Result<caredesk::desk::ClaimDetail, StoreError>) -> bool {
    matches!(r, Err(StoreError::IllegalTransition { .. }))
}

fn approved_online_replacement_runs_its_whole_lifecycle(b: Backend) {
    let mut desk = desk_with_mavic(b);
    let input = replacement("US", ServiceChannel::Online, "2025-06-01");
    let c = desk.file_replacement(SERIAL, &input).unwrap();
    let id = c.row.id.clone();
    assert!(
        id.starts_with("CL-2026-") && id.len() == "CL-2026-000001".len(),
        "the year it was filed, not the submitted day's: {id}"
    );
    assert_eq!(c.row.status, ClaimStatus::Approved);
    assert_eq!(c.decision.plan, Some(PlanKind::CareRefresh));
    assert_eq!(c.row.replacement_number, Some(1));
    let fee = desk
        .store
        .catalog()
        .starting_fee("DJI Mavic 3", r("US"), 1)
        .unwrap()
        .clone();
    assert_eq!(
        c.row.fee,
        Some(Money {
            cents: fee.amount_cents,
            currency: fee.currency
        })
    );
    let steps: Vec<_> = c.events.iter().map(|e| (e.from, e.to)).collect();
    assert_eq!(
        steps,
        vec![
            (None, ClaimStatus::Submitted),
            (Some(ClaimStatus::Submitted), ClaimStatus::Approved)
        ]
    );
    assert_eq!(c.events[0].who, "Tess Tech");
    assert_eq!(c.next_actions, vec![ClaimAction::AwaitProduct]);

    assert_eq!(
        step(&mut desk, &id, ClaimAction::AwaitProduct),
        ClaimStatus::AwaitingProduct
    );
    assert_eq!(
        step(&mut desk, &id, ClaimAction::Receive { shipped: None }),
        ClaimStatus::Received
    );
    // Online does not ship on receipt.
    assert!(illegal(desk.store.advance_claim(
        desk.tech,
        &id,
        ship("NEW0000000001"),
        ""
    )));
    assert_eq!(
        step(&mut desk, &id, ClaimAction::Assess),
        ClaimStatus::Assessed
    );
    assert_eq!(
        step(&mut desk, &id, ship("new0000000001")),
        ClaimStatus::ReplacementShipped
    );
    assert_eq!(
        step(&mut desk, &id, ClaimAction::Close),
        ClaimStatus::Closed
    );
    assert!(illegal(desk.store.advance_claim(
        desk.tech,
        &id,
        ClaimAction::Close,
        ""
    )));

    // The old unit belongs to DJI; the new one has the same plans and counts.
    let old = desk.store.lookup(SERIAL, d("2025-06-10")).unwrap();
    assert_eq!(old.product.status, ProductStatus::Reclaimed);
    assert_eq!(old.product.replaced_by.as_deref(), Some("NEW0000000001"));
    assert!(old.replaceable_today.is_empty());
    let new = desk.store.lookup("NEW0000000001", d("2025-06-10")).unwrap();
    assert_eq!(new.product.replaces.as_deref(), Some(SERIAL));
    assert_eq!(new.product.model, "DJI Mavic 3");
    let (ob, nb) = (old.base.unwrap(), new.base.unwrap());
    assert_eq!((nb.starts, nb.ends), (ob.starts, ob.ends));
    assert_eq!(nb.replacements_used, 1);
    assert_eq!(new.replacements_left_today, 1);
    let detail = desk.store.claim(&id).unwrap();
    assert_eq!(
        detail.row.replacement_serial.as_deref(),
        Some("NEW0000000001")
    );
    assert_eq!(detail.events.len(), 7);

    // A claim on the old unit is refused; on the new one it is the 2nd replacement.
    let on_old = desk.store.file_claim(
        desk.tech,
        SERIAL,
        ClaimKind::Replacement,
        &input,
        d("2025-06-02"),
    );
    // Refused up front, typed, naming the serial that replaced it.
    match on_old {
        Err(StoreError::Reclaimed(r)) => {
            assert_eq!(r.serial, SERIAL);
            assert_eq!(r.replaced_by.as_deref(), Some("NEW0000000001"));
            assert!(r.to_string().contains("NEW0000000001"), "{r}");
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        desk.store.check_claimable(SERIAL),
        Err(StoreError::Reclaimed(_))
    ));
    desk.store.check_claimable("NEW0000000001").unwrap();
    let second = desk
        .store
        .file_claim(
            desk.tech,
            "NEW0000000001",
            ClaimKind::Replacement,
            &replacement("US", ServiceChannel::Express, "2025-07-01"),
            d("2025-07-01"),
        )
        .unwrap();
    assert_eq!(second.row.replacement_number, Some(2));
    assert!(second.row.id > id);
}

fn express_ships_on_receipt_and_paid_repair_is_online_only(b: Backend) {
    let mut desk = desk_with_mavic(b);
    let express = desk
        .store
        .file_claim(
            desk.tech,
            SERIAL,
            ClaimKind::Replacement,
            &replacement("US", ServiceChannel::Express, "2025-06-01"),
            d("2025-06-01"),
        )
        .unwrap()
        .row
        .id;
    step(&mut desk, &express, ClaimAction::AwaitProduct);
    step(&mut desk, &express, ClaimAction::Receive { shipped: None });
    assert_eq!(
        step(&mut desk, &express, ship("EXPRESS00001")),
        ClaimStatus::ReplacementShipped
    );

    let online = desk
        .store
        .file_claim(
            desk.tech,
            "EXPRESS00001",
            ClaimKind::Replacement,
            &replacement("US", ServiceChannel::Online, "2025-07-01"),
            d("2025-07-01"),
        )
        .unwrap()
        .row
        .id;
    step(&mut desk, &online, ClaimAction::AwaitProduct);
    step(&mut desk, &online, ClaimAction::Receive { shipped: None });
    assert!(illegal(desk.store.advance_claim(
        desk.tech,
        &online,
        ClaimAction::Repair,
        ""
    )));
    step(&mut desk, &online, ClaimAction::Assess);
    assert_eq!(
        step(&mut desk, &online, ClaimAction::ChoosePaidRepair),
        ClaimStatus::PaidRepair
    );
    assert_eq!(
        step(&mut desk, &online, ClaimAction::Close),
        ClaimStatus::Closed
    );
    // A paid repair does not use a replacement.
    let l = desk.store.lookup("EXPRESS00001", d("2025-07-10")).unwrap();
    assert_eq!(l.base.unwrap().replacements_used, 1);
}

fn warranty_repair_counts_on_cr_plus_and_blocks_its_return(b: Backend) {
    let mut desk = desk_with_mavic(b);
    desk.store
        .buy_plus(desk.ssc, SERIAL, r("US"), d("2025-05-01"))
        .unwrap();
    let c = desk
        .store
        .file_claim(
            desk.tech,
            SERIAL,
            ClaimKind::ExtendedWarranty,
            &warranty("US", "2026-06-01"),
            d("2026-06-01"),
        )
        .unwrap();
    assert_eq!(
        c.row.status,
        ClaimStatus::Approved,
        "{:?}",
        c.decision.failed
    );
    assert_eq!(c.decision.plan, Some(PlanKind::CareRefreshPlus));
    assert_eq!(c.row.fee, None, "repair and labour are free");
    let id = c.row.id;
    step(&mut desk, &id, ClaimAction::AwaitProduct);
    step(&mut desk, &id, ClaimAction::Receive { shipped: None });
    assert!(illegal(desk.store.advance_claim(
        desk.tech,
        &id,
        ClaimAction::Assess,
        ""
    )));
    assert_eq!(
        step(&mut desk, &id, ClaimAction::Repair),
        ClaimStatus::Repaired
    );
    assert_eq!(
        step(&mut desk, &id, ClaimAction::Close),
        ClaimStatus::Closed
    );
    let l = desk.store.lookup(SERIAL, d("2026-06-10")).unwrap();
    assert_eq!(l.plus_plan.unwrap().warranty_repairs_used, 1);
    let e = desk
        .store
        .return_plus(desk.ssc, SERIAL, true, d("2026-06-11"))
        .unwrap_err();
    assert!(matches!(e, StoreError::Refused(dec) if dec.failed == vec![RuleId::RetServiceUsed]));
}

fn refused_claim_is_kept_closed_and_reopened_only_by_a_supervisor_with_pin(b: Backend) {
    let mut desk = desk_with_mavic(b);
    // EW-NO-PLUS: the warranty claim comes before CR+ is recorded.
    let c = desk
        .store
        .file_claim(
            desk.tech,
            SERIAL,
            ClaimKind::ExtendedWarranty,
            &warranty("US", "2026-04-01"),
            d("2026-04-01"),
        )
        .unwrap();
    assert_eq!(c.row.status, ClaimStatus::Refused);
    assert_eq!(c.row.rules, vec!["EW-NO-PLUS"]);
    assert_eq!(c.decision.failed, vec![RuleId::EwNoPlus]);
    let id = c.row.id;
    assert!(illegal(desk.store.advance_claim(
        desk.tech,
        &id,
        ClaimAction::AwaitProduct,
        ""
    )));
    assert_eq!(
        step(&mut desk, &id, ClaimAction::Close),
        ClaimStatus::Closed
    );

    let tech = desk
        .store
        .reopen_claim(desk.tech, PIN, &id, "CR+ was sold in January");
    assert!(matches!(tech, Err(StoreError::NotAllowed(_))));
    let wrong = desk
        .store
        .reopen_claim(desk.sup, "0000", &id, "CR+ was sold in January");
    assert!(matches!(wrong, Err(StoreError::NotAllowed(m)) if m.contains("wrong PIN")));
    let no_note = desk.store.reopen_claim(desk.sup, PIN, &id, "  ");
    assert!(matches!(no_note, Err(StoreError::Invalid(_))));
    assert_eq!(
        desk.store.claim(&id).unwrap().row.status,
        ClaimStatus::Closed
    );

    // The CR+ sale from January is recorded late; reopening decides again.
    desk.store
        .buy_plus(desk.ssc, SERIAL, r("US"), d("2026-01-05"))
        .unwrap();
    let re = desk
        .store
        .reopen_claim(desk.sup, PIN, &id, "CR+ was sold in January")
        .unwrap();
    assert_eq!(re.row.status, ClaimStatus::Approved);
    assert_eq!(
        re.row.decided_on,
        d("2026-04-01"),
        "decided on its original date"
    );
    let last: Vec<_> = re
        .events
        .iter()
        .rev()
        .take(2)
        .map(|e| (e.from, e.to, e.who.clone()))
        .collect();
    assert_eq!(
        last[1],
        (
            Some(ClaimStatus::Closed),
            ClaimStatus::Submitted,
            "Sue Supervisor".into()
        )
    );
    assert_eq!(last[0].1, ClaimStatus::Approved);
    assert!(
        re.events
            .iter()
            .any(|e| e.note.contains("CR+ was sold in January"))
    );
    assert!(
        desk.store
            .audit_log(5)
            .unwrap()
            .iter()
            .any(|a| a.action == "reopen_claim")
    );
    // An approved claim cannot be reopened.
    assert!(matches!(
        desk.store.reopen_claim(desk.sup, PIN, &id, "again"),
        Err(StoreError::NotAllowed(_))
    ));
}

fn refused_at_intake_stores_rules_and_reasons(b: Backend) {
    let desk = desk_with_mavic(b);
    let mut input = replacement("US", ServiceChannel::Online, "2025-06-01");
    input.privacy_accepted = false;
    let c = desk.file_replacement(SERIAL, &input).unwrap();
    assert_eq!(c.decision.failed, vec![RuleId::RepPrivacy]);
    assert_eq!(
        c.row.reasons,
        vec![RuleId::RepPrivacy.reason()],
        "reasons are kept"
    );
    assert_eq!(c.row.fee, None);
    assert!(c.events[1].note.contains("REP-PRIVACY"));
    let json = serde_json::to_value(&c).unwrap();
    assert_eq!(json["decision"]["decision"], "refused");
    assert_eq!(json["decision"]["rules"][0], "REP-PRIVACY");
    assert!(json["decision"]["reasons"][0].as_str().unwrap().len() > 10);
}

fn shipping_to_an_existing_serial_is_refused_and_changes_nothing(b: Backend) {
    let mut desk = desk_with_mavic(b);
    desk.product(
        "TAKEN0000001",
        "DJI Mavic 3",
        "US",
        Term::OneYear,
        "2025-03-15",
    );
    let id = desk
        .store
        .file_claim(
            desk.tech,
            SERIAL,
            ClaimKind::Replacement,
            &replacement("US", ServiceChannel::Express, "2025-06-01"),
            d("2025-06-01"),
        )
        .unwrap()
        .row
        .id;
    step(&mut desk, &id, ClaimAction::AwaitProduct);
    step(&mut desk, &id, ClaimAction::Receive { shipped: None });
    let e = desk
        .store
        .advance_claim(desk.tech, &id, ship("TAKEN0000001"), "");
    assert!(
        matches!(&e, Err(StoreError::StepRefused(StepRefused::SerialKnown { serial })) if serial == "TAKEN0000001"),
        "{e:?}"
    );
    let l = desk.store.lookup(SERIAL, d("2025-06-02")).unwrap();
    assert_eq!(l.product.status, ProductStatus::Active);
    assert_eq!(l.base.unwrap().replacements_used, 0);
    assert_eq!(
        desk.store.claim(&id).unwrap().row.status,
        ClaimStatus::Received
    );
}

fn intake_sees_replacements_used_across_the_chain(b: Backend) {
    let mut desk = Desk::on(b);
    // CR 1y with 2 replacements; two claims approved while both were left,
    // then the first ships twice over a chain: the second finds none left.
    desk.product(
        "CHAIN0000001",
        "DJI Mini 2",
        "US",
        Term::OneYear,
        "2025-03-15",
    );
    let mut serial = "CHAIN0000001".to_string();
    for n in 2..=3 {
        let id = desk
            .store
            .file_claim(
                desk.tech,
                &serial,
                ClaimKind::Replacement,
                &replacement("US", ServiceChannel::Express, "2025-06-01"),
                d("2025-06-01"),
            )
            .unwrap()
            .row
            .id;
        step(&mut desk, &id, ClaimAction::AwaitProduct);
        step(&mut desk, &id, ClaimAction::Receive { shipped: None });
        let new = format!("CHAIN000000{n}");
        step(&mut desk, &id, ship(&new));
        serial = new;
    }
    let third = desk
        .store
        .file_claim(
            desk.tech,
            &serial,
            ClaimKind::Replacement,
            &replacement("US", ServiceChannel::Express, "2025-06-01"),
            d("2025-06-01"),
        )
        .unwrap();
    assert_eq!(third.decision.failed, vec![RuleId::RepNoneLeft]);
    let l = desk.store.lookup(&serial, d("2025-06-02")).unwrap();
    assert_eq!(l.base.unwrap().replacements_used, 2);
}

fn shipping_rechecks_the_plan_in_effect(b: Backend) {
    let mut desk = desk_with_mavic(b);
    let id = desk
        .store
        .file_claim(
            desk.tech,
            SERIAL,
            ClaimKind::Replacement,
            &replacement("US", ServiceChannel::Express, "2025-06-01"),
            d("2025-06-01"),
        )
        .unwrap()
        .row
        .id;
    step(&mut desk, &id, ClaimAction::AwaitProduct);
    step(&mut desk, &id, ClaimAction::Receive { shipped: None });
    // The customer's withdrawal is confirmed before the replacement ships.
    desk.store
        .withdraw_plan(desk.ssc, SERIAL, PlanKind::CareRefresh, d("2025-06-02"))
        .unwrap();
    let e = desk
        .store
        .advance_claim(desk.tech, &id, ship("NEVER0000001"), "");
    assert!(matches!(e, Err(StoreError::Refused(dec)) if dec.failed == vec![RuleId::RepWithdrawn]));
    assert!(matches!(
        desk.store.lookup("NEVER0000001", d("2025-06-02")),
        Err(StoreError::NotFound(_))
    ));
    assert_eq!(
        desk.store.claim(&id).unwrap().row.status,
        ClaimStatus::Received
    );
}

fn fee_edits_need_a_supervisor_pin_and_are_audited(b: Backend) {
    let desk = desk_with_mavic(b);
    let fee = |cents| Money {
        cents,
        currency: "USD".into(),
    };
    // A technician with their own right PIN: not a supervisor.
    assert!(matches!(
        desk.store
            .set_fee(desk.tech, store_support::TECH_PIN, "DJI Mavic 3", r("US"), 1, fee(9900)),
        Err(StoreError::NotAllowed(m)) if m.contains("needs a supervisor")
    ));
    assert!(matches!(
        desk.store
            .set_fee(desk.sup, "111111", "DJI Mavic 3", r("US"), 1, fee(9900)),
        Err(StoreError::NotAllowed(_))
    ));
    desk.store
        .set_fee(desk.sup, PIN, "dji mavic 3", r("US"), 1, fee(9900))
        .unwrap();
    let row = desk
        .store
        .fee_schedule()
        .unwrap()
        .into_iter()
        .find(|f| f.model == "DJI Mavic 3" && f.region == r("US") && f.replacement_number == 1)
        .unwrap();
    assert_eq!(row.amount.to_string(), "99.00 USD");
    let audit = desk.store.audit_log(4).unwrap();
    assert_eq!(
        audit[3].action, "denied_set_fee",
        "refused attempts are audited"
    );
    assert_eq!(audit[3].who, "Tess Tech");
    // The wrong PIN counts towards the lock (issue 15) and is audited as such.
    assert_eq!(audit[2].action, "wrong_pin");
    assert_eq!(audit[2].who, "Sue Supervisor");
    assert_eq!(audit[1].action, "denied_set_fee");
    assert!(
        audit[1].details["reason"]
            .as_str()
            .unwrap()
            .contains("wrong PIN")
    );
    assert_eq!(audit[0].action, "set_fee");
    assert_eq!(audit[0].who, "Sue Supervisor");
    assert_eq!(audit[0].details["new"], "99.00 USD");
    let c = desk
        .store
        .preview_claim(
            SERIAL,
            ClaimKind::Replacement,
            &replacement("US", ServiceChannel::Online, "2025-06-01"),
            d("2025-06-01"),
        )
        .unwrap();
    assert_eq!(c.fee, Some(fee(9900)));
}

fn claim_events_are_append_only(b: Backend) {
    let desk = desk_with_mavic(b);
    desk.store
        .file_claim(
            desk.tech,
            SERIAL,
            ClaimKind::Replacement,
            &replacement("US", ServiceChannel::Online, "2025-06-01"),
            d("2025-06-01"),
        )
        .unwrap();
    // Enforced by the database itself, whoever writes: triggers.
    let raw = |sql: &str| store_support::raw_exec(&desk.db, sql);
    let upd = raw("UPDATE claim_events SET note = 'edited'");
    assert!(upd.unwrap_err().contains("append-only"));
    let del = raw("DELETE FROM claim_events");
    assert!(del.unwrap_err().contains("append-only"));
    let upd = raw("UPDATE audit_log SET action = 'edited'");
    assert!(upd.unwrap_err().contains("append-only"));
    let del = raw("DELETE FROM audit_log");
    assert!(del.unwrap_err().contains("append-only"));
    if b == Backend::Postgres {
        let t = raw("TRUNCATE claim_events CASCADE");
        assert!(t.unwrap_err().contains("append-only"));
    }
    // Appending still works.
    assert!(!desk.store.audit_log(1000).unwrap().is_empty());
}

fn claims_list_filters_sorts_and_pages(b: Backend) {
    let mut desk = desk_with_mavic(b);
    desk.product(
        "OTHER0000001",
        "DJI Mini 2",
        "US",
        Term::OneYear,
        "2025-03-15",
    );
    let mut refused = replacement("US", ServiceChannel::Online, "2025-06-01");
    refused.privacy_accepted = false;
    for (serial, input) in [
        (
            SERIAL,
            replacement("US", ServiceChannel::Online, "2025-06-01"),
        ),
        (SERIAL, refused.clone()),
        ("OTHER0000001", refused),
    ] {
        desk.store
            .file_claim(
                desk.tech,
                serial,
                ClaimKind::Replacement,
                &input,
                d("2025-06-01"),
            )
            .unwrap();
    }
    let all = ClaimFilter::default();
    assert_eq!(desk.store.count_claims(&all).unwrap(), 3);
    let refused_only = ClaimFilter {
        status: Some(ClaimStatus::Refused),
        ..Default::default()
    };
    assert_eq!(desk.store.count_claims(&refused_only).unwrap(), 2);
    let other = ClaimFilter {
        serial: Some("other".into()),
        ..Default::default()
    };
    let rows = desk
        .store
        .claims(&other, ClaimSort::default(), 0, 10)
        .unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].serial, "OTHER0000001");
    let sort = ClaimSort {
        column: ClaimColumn::Id,
        descending: true,
    };
    let page = desk.store.claims(&all, sort, 1, 1).unwrap();
    assert_eq!(page.len(), 1);
    assert!(page[0].id.ends_with("000002"));
    let none = ClaimFilter {
        from: Some(d("2025-06-02")),
        ..Default::default()
    };
    assert_eq!(desk.store.count_claims(&none).unwrap(), 0);
}

on_both_backends!(
    approved_online_replacement_runs_its_whole_lifecycle,
    express_ships_on_receipt_and_paid_repair_is_online_only,
    warranty_repair_counts_on_cr_plus_and_blocks_its_return,
    refused_claim_is_kept_closed_and_reopened_only_by_a_supervisor_with_pin,
    refused_at_intake_stores_rules_and_reasons,
    shipping_to_an_existing_serial_is_refused_and_changes_nothing,
    intake_sees_replacements_used_across_the_chain,
    shipping_rechecks_the_plan_in_effect,
    fee_edits_need_a_supervisor_pin_and_are_audited,
    claim_events_are_append_only,
    claims_list_filters_sorts_and_pages,
);
