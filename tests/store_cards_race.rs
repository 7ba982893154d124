//! Two workstations (separate connections on one file) racing: binding the
//! same activation code, and completing the same replacement. Many rounds;
//! exactly one wins each time and the counts never go wrong.

#[macro_use]
mod store_support;

use caredesk::desk::{ClaimAction, ProductStatus, StoreError};
use caredesk::rules::Term;
use std::sync::{Arc, Barrier};
use store_support::{Backend, Desk, d, r};

/// Rounds per race; `CAREDESK_STRESS_ROUNDS` runs longer (e.g. 5000).
fn rounds() -> usize {
    std::env::var("CAREDESK_STRESS_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(50)
}

fn an_activation_code_binds_once_even_when_two_desks_race(b: Backend) {
    let mut desk = Desk::on(b);
    for round in 0..rounds() {
        let code = format!("RACE-{round:04}");
        desk.store
            .add_activation_card(desk.tech, &code, r("US"))
            .unwrap();
        let serials = [format!("RACEA{round:07}"), format!("RACEB{round:07}")];
        for s in &serials {
            desk.product(s, "DJI Mini 2", "US", Term::OneYear, "2025-03-15");
        }
        let barrier = Arc::new(Barrier::new(2));
        let handles: Vec<_> = serials
            .iter()
            .map(|serial| {
                let store = desk.reopen();
                let (barrier, code, serial, who) =
                    (barrier.clone(), code.clone(), serial.clone(), desk.ssc);
                std::thread::spawn(move || {
                    barrier.wait();
                    store
                        .bind_activation_card(who, &code, &serial, d("2025-05-01"))
                        .map(|l| l.product.serial)
                })
            })
            .collect();
        let results: Vec<_> = handles.into_iter().map(|h| h.join().unwrap()).collect();
        let wins = results.iter().filter(|r| r.is_ok()).count();
        assert_eq!(wins, 1, "round {round}: {results:?}");
        let loser = results.iter().find(|r| r.is_err()).unwrap();
        assert!(
            matches!(loser, Err(StoreError::CodeAlreadyUsed(c)) if *c == code),
            "round {round}: {loser:?}"
        );
        // Exactly one of the two serials has CR+, and the card names it.
        let card = desk.store.activation_card(&code).unwrap();
        let winner = results.iter().find_map(|r| r.as_ref().ok()).unwrap();
        assert_eq!(card.bound_serial.as_ref(), Some(winner));
        let with_plus = serials
            .iter()
            .filter(|s| {
                desk.store
                    .lookup(s, d("2025-05-02"))
                    .unwrap()
                    .plus
                    .is_some()
            })
            .count();
        assert_eq!(with_plus, 1, "round {round}");
    }
}

fn unknown_and_used_codes_are_refused_clearly(b: Backend) {
    let mut desk = Desk::on(b);
    desk.product(
        "CARD00000001",
        "DJI Mini 2",
        "US",
        Term::OneYear,
        "2025-03-15",
    );
    desk.product(
        "CARD00000002",
        "DJI Mini 2",
        "US",
        Term::OneYear,
        "2025-03-15",
    );
    let e = desk
        .store
        .bind_activation_card(desk.ssc, "NOSUCH-1", "CARD00000001", d("2025-05-01"));
    assert!(matches!(e, Err(StoreError::NotFound(m)) if m.contains("NOSUCH-1")));
    desk.store
        .add_activation_card(desk.tech, "crp-0001", r("US"))
        .unwrap();
    let l = desk
        .store
        .bind_activation_card(desk.ssc, "CRP-0001", "CARD00000001", d("2025-05-01"))
        .unwrap();
    assert_eq!(l.plus_sale.unwrap().card_code.as_deref(), Some("CRP-0001"));
    let again =
        desk.store
            .bind_activation_card(desk.ssc, "CRP-0001", "CARD00000002", d("2025-05-01"));
    let Err(e) = again else { panic!("bound twice") };
    assert!(matches!(e, StoreError::CodeAlreadyUsed(_)));
    assert!(e.to_string().contains("binds once"));
    // A card from another region: the BUY-* rules apply with the card's region.
    desk.store
        .add_activation_card(desk.tech, "CRP-GB-1", r("GB"))
        .unwrap();
    let e = desk
        .store
        .bind_activation_card(desk.ssc, "CRP-GB-1", "CARD00000002", d("2025-05-01"));
    assert!(matches!(e, Err(StoreError::Refused(dec))
        if dec.failed == vec![caredesk::rules::RuleId::BuyRegionMismatch]));
    assert!(
        desk.store
            .activation_card("CRP-GB-1")
            .unwrap()
            .bound_serial
            .is_none()
    );
}

fn completing_the_same_replacement_twice_at_once_counts_it_once(b: Backend) {
    let mut desk = Desk::on(b);
    for round in 0..rounds() {
        let serial = format!("SHIP{round:08}");
        let id = desk.received_replacement(&serial);
        let barrier = Arc::new(Barrier::new(2));
        let handles: Vec<_> = ["X", "Y"]
            .into_iter()
            .map(|tag| {
                let store = desk.reopen();
                let (barrier, id, who) = (barrier.clone(), id.clone(), desk.tech);
                let new_serial = format!("NEW{tag}{round:08}");
                std::thread::spawn(move || {
                    barrier.wait();
                    store
                        .advance_claim(who, &id, ClaimAction::ShipReplacement { new_serial }, "")
                        .map(|c| c.row.replacement_serial)
                })
            })
            .collect();
        let results: Vec<_> = handles.into_iter().map(|h| h.join().unwrap()).collect();
        assert_eq!(
            results.iter().filter(|r| r.is_ok()).count(),
            1,
            "round {round}: {results:?}"
        );
        assert!(
            results
                .iter()
                .any(|r| matches!(r, Err(StoreError::IllegalTransition { .. })))
        );
        let old = desk.store.lookup(&serial, d("2025-06-02")).unwrap();
        assert_eq!(old.product.status, ProductStatus::Reclaimed);
        assert_eq!(old.base.unwrap().replacements_used, 1, "round {round}");
        let new_serial = old.product.replaced_by.unwrap();
        let loser = if new_serial.starts_with("NEWX") {
            "NEWY"
        } else {
            "NEWX"
        };
        assert!(matches!(
            desk.store
                .lookup(&format!("{loser}{round:08}"), d("2025-06-02")),
            Err(StoreError::NotFound(_))
        ));
    }
}

on_both_backends!(
    an_activation_code_binds_once_even_when_two_desks_race,
    unknown_and_used_codes_are_refused_clearly,
    completing_the_same_replacement_twice_at_once_counts_it_once,
);
