//! Live refresh on both backends: what another workstation commits reaches
//! this one's watcher (PostgreSQL LISTEN/NOTIFY; SQLite's data_version,
//! checked each second), and the window shows it — the claims list and the
//! open claim — without anyone clicking.

#[macro_use]
mod store_support;

use caredesk::desk::live::LiveEvent;
use caredesk::desk::{Change, ClaimAction, ClaimKind, ClaimStatus};
use caredesk::rules::{ServiceChannel, Term};
use std::sync::mpsc;
use std::time::Duration;
use store_support::{Backend, Desk, d, replacement};

/// Waits (bounded) for an event the test wants.
fn wait_for(rx: &mpsc::Receiver<LiveEvent>, want: impl Fn(&LiveEvent) -> bool) -> bool {
    for _ in 0..40 {
        if let Ok(e) = rx.recv_timeout(Duration::from_millis(500))
            && want(&e)
        {
            return true;
        }
    }
    false
}

fn another_workstations_filing_and_step_reach_the_watcher(b: Backend) {
    let mut desk = Desk::on(b);
    desk.product(
        "LIVE00000001",
        "DJI Mavic 3",
        "US",
        Term::OneYear,
        "2025-03-15",
    );
    let (tx, rx) = mpsc::channel();
    let _watch = desk.store.watch(move |e| drop(tx.send(e))).unwrap();
    assert!(wait_for(&rx, |e| *e == LiveEvent::Listening));

    let other = desk.reopen();
    let id = other
        .file_claim(
            desk.tech,
            "LIVE00000001",
            ClaimKind::Replacement,
            &replacement("US", ServiceChannel::Online, "2025-06-01"),
            d("2025-06-01"),
        )
        .unwrap()
        .row
        .id;
    let about = |e: &LiveEvent, id: &str| match e {
        LiveEvent::Changed(c) => c
            .iter()
            .any(|c| *c == Change::Claim(id.to_owned()) || *c == Change::Unknown),
        _ => false,
    };
    assert!(wait_for(&rx, |e| about(e, &id)), "the filing was reported");
    other
        .advance_claim(desk.tech, &id, ClaimAction::AwaitProduct, "")
        .unwrap();
    assert!(wait_for(&rx, |e| about(e, &id)), "the step was reported");
}

fn the_window_shows_another_workstations_claim_and_step_by_itself(b: Backend) {
    use caredesk::ui::{CareDeskApp, Command, Panel};
    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable;

    let mut desk = Desk::on(b);
    desk.product(
        "LIVE00000002",
        "DJI Mavic 3",
        "US",
        Term::OneYear,
        "2025-03-15",
    );
    let other = desk.reopen();
    let file = || {
        other
            .file_claim(
                desk.tech,
                "LIVE00000002",
                ClaimKind::Replacement,
                &replacement("US", ServiceChannel::Online, "2025-06-01"),
                d("2025-06-01"),
            )
            .unwrap()
            .row
            .id
    };
    let first = file();
    let app = CareDeskApp::new_for_test(desk.reopen(), d("2025-06-02"));
    let mut h = Harness::builder()
        .with_size([1280.0, 800.0])
        .build_ui_state(|ui, app: &mut CareDeskApp| app.ui(ui), app);
    h.run();
    h.get_by_label("Tess Tech — Technician").click();
    h.run();
    let ctx = h.ctx.clone();
    h.state_mut().start_live(&ctx);
    // From here on the watcher wakes the window: frames are stepped, not
    // run until they settle.
    h.state_mut().push(Command::ShowPanel(Panel::Claims));
    h.run_steps(3);
    h.state_mut().push(Command::OpenClaim(first.clone()));
    h.run_steps(3);
    let listed = |h: &Harness<'_, CareDeskApp>, id: &str| {
        h.state()
            .panels
            .claims
            .rows
            .pages
            .values()
            .flatten()
            .any(|r| r.id == id)
    };
    assert!(listed(&h, &first));

    // Another workstation files a claim and moves the open one on.
    let second = file();
    other
        .advance_claim(desk.tech, &first, ClaimAction::AwaitProduct, "")
        .unwrap();
    // Frames as the window would draw them when woken; bounded wait.
    let mut seen = false;
    for _ in 0..60 {
        std::thread::sleep(Duration::from_millis(100));
        h.run_steps(3);
        let open_now = h
            .state()
            .panels
            .claims
            .open
            .as_ref()
            .is_some_and(|c| c.row.status == ClaimStatus::AwaitingProduct);
        if listed(&h, &second) && open_now {
            seen = true;
            break;
        }
    }
    assert!(
        seen,
        "the claims list shows {second} and the open claim is awaiting the product"
    );
}

on_both_backends!(
    another_workstations_filing_and_step_reach_the_watcher,
    the_window_shows_another_workstations_claim_and_step_by_itself,
);
