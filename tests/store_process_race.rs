//! Several *processes* (separate `caredesk` runs, as separate workstations
//! would be) racing on one database file: binding the same activation code,
//! completing the same replacement, and filing claims. Exactly one wins each
//! round; the counts never go wrong; no claim is lost or numbered twice. On
//! SQLite and on PostgreSQL. The in-process variant is `store_cards_race.rs`.

#[macro_use]
mod store_support;

use caredesk::desk::{ProductStatus, StoreError};
use caredesk::rules::Term;
use std::process::{Command, Output, Stdio};
use store_support::{Backend, Desk, d, r};

/// Processes per round.
const RACERS: usize = 4;

/// Rounds per race; `CAREDESK_STRESS_ROUNDS` runs longer.
fn rounds() -> usize {
    std::env::var("CAREDESK_STRESS_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .map(|n: usize| n.div_ceil(5))
        .unwrap_or(10)
}

/// Starts every command before waiting for any, so they run at once.
fn race(commands: Vec<Command>) -> Vec<Output> {
    let children: Vec<_> = commands
        .into_iter()
        .map(|mut c| {
            c.stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .expect("spawn caredesk")
        })
        .collect();
    children
        .into_iter()
        .map(|c| c.wait_with_output().expect("wait for caredesk"))
        .collect()
}

fn caredesk(desk: &Desk, args: &[&str]) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_caredesk"));
    c.arg("--db")
        .arg(desk.db.arg())
        .args(["--staff", "Sid SSC"])
        .env("CAREDESK_PIN", store_support::SSC_PIN)
        .args(args);
    c
}

fn winners(outputs: &[Output]) -> Vec<usize> {
    (0..outputs.len())
        .filter(|&i| outputs[i].status.success())
        .collect()
}

fn an_activation_code_binds_once_when_several_processes_race(b: Backend) {
    let mut desk = Desk::on(b);
    for round in 0..rounds() {
        let code = format!("PRACE-{round:04}");
        desk.store
            .add_activation_card(desk.tech, &code, r("US"))
            .unwrap();
        let serials: Vec<String> = (0..RACERS).map(|i| format!("PR{i}{round:07}")).collect();
        for s in &serials {
            desk.product(s, "DJI Mini 2", "US", Term::OneYear, "2025-03-15");
        }
        let outputs = race(
            serials
                .iter()
                .map(|s| caredesk(&desk, &["card", "bind", &code, s, "--on", "2025-05-01"]))
                .collect(),
        );
        let won = winners(&outputs);
        assert_eq!(
            won.len(),
            1,
            "round {round}: exactly one process binds the code: {outputs:?}"
        );
        for (i, out) in outputs.iter().enumerate() {
            if i == won[0] {
                continue;
            }
            let err = String::from_utf8_lossy(&out.stderr);
            assert_eq!(out.status.code(), Some(2), "round {round}: {err}");
            assert_eq!(err.trim().lines().count(), 1, "one-line error: {err}");
            assert!(err.contains(&code), "the refusal names the code: {err}");
        }
        // The card names the winner, and only the winner has CR+.
        let card = desk.store.activation_card(&code).unwrap();
        assert_eq!(card.bound_serial.as_deref(), Some(serials[won[0]].as_str()));
        for (i, s) in serials.iter().enumerate() {
            let plus = desk.store.lookup(s, d("2025-05-02")).unwrap().plus;
            assert_eq!(plus.is_some(), i == won[0], "round {round}: {s}");
        }
    }
}

fn completing_the_same_replacement_from_several_processes_counts_it_once(b: Backend) {
    let mut desk = Desk::on(b);
    for round in 0..rounds() {
        let serial = format!("PSHIP{round:07}");
        let id = desk.received_replacement(&serial);
        let new_serials: Vec<String> = (0..RACERS).map(|i| format!("PNEW{i}{round:07}")).collect();
        let outputs = race(
            new_serials
                .iter()
                .map(|n| {
                    caredesk(
                        &desk,
                        &[
                            "claim",
                            "advance",
                            &id,
                            "ship_replacement",
                            "--new-serial",
                            n,
                        ],
                    )
                })
                .collect(),
        );
        let won = winners(&outputs);
        assert_eq!(
            won.len(),
            1,
            "round {round}: exactly one process ships: {outputs:?}"
        );
        let old = desk.store.lookup(&serial, d("2025-06-02")).unwrap();
        assert_eq!(old.product.status, ProductStatus::Reclaimed);
        assert_eq!(
            old.base.unwrap().replacements_used,
            1,
            "round {round}: counted once"
        );
        assert_eq!(
            old.product.replaced_by.as_deref(),
            Some(new_serials[won[0]].as_str())
        );
        for (i, n) in new_serials.iter().enumerate() {
            if i != won[0] {
                assert!(
                    matches!(
                        desk.store.lookup(n, d("2025-06-02")),
                        Err(StoreError::NotFound(_))
                    ),
                    "round {round}: a losing serial {n} was created"
                );
            }
        }
    }
}

fn claims_filed_by_several_processes_at_once_are_all_kept_with_unique_ids(b: Backend) {
    let desk = Desk::on(b);
    let per: usize = 20;
    let outputs = race(
        (0..RACERS)
            .map(|_| caredesk(&desk, &["stress-claims", "--count", &per.to_string()]))
            .collect(),
    );
    for out in &outputs {
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let ids: Vec<String> = outputs
        .iter()
        .flat_map(|o| {
            String::from_utf8_lossy(&o.stdout)
                .lines()
                .map(str::to_owned)
                .collect::<Vec<_>>()
        })
        .collect();
    assert_eq!(ids.len(), RACERS * per, "every process printed every claim");
    let unique: std::collections::BTreeSet<&String> = ids.iter().collect();
    assert_eq!(unique.len(), ids.len(), "claim ids are unique: {ids:?}");
    assert_eq!(
        desk.store
            .count_claims(&caredesk::desk::ClaimFilter::default())
            .unwrap(),
        RACERS * per,
        "none lost, none extra"
    );
    for id in &ids {
        let c = desk.store.claim(id).unwrap();
        assert_eq!(c.events.len(), 2, "{id}: intake's two events");
    }
}

on_both_backends!(
    claims_filed_by_several_processes_at_once_are_all_kept_with_unique_ids,
    an_activation_code_binds_once_when_several_processes_race,
    completing_the_same_replacement_from_several_processes_counts_it_once,
);
