//! Window speed, headless (egui_kittest, no GPU): the time of one frame of the
//! claims table with 100,000 claims while scrolling, of the claim-intake
//! form, and the cold start (open the database, build the app, first frame).
//! The database is built once through the store's own intake
//! (`file_claim`, one transaction each); `CAREDESK_BENCH_CLAIMS` sets the
//! number of claims (default 100,000).

use caredesk::catalog::Catalog;
use caredesk::desk::{ClaimFilter, ClaimInput, ClaimKind, Desk as Store, NewBasePlan, NewProduct};
use caredesk::rules::{Cause, Part, Region, SalesChannel, ServiceChannel, Term};
use caredesk::ui::{CareDeskApp, Command, Panel};
use chrono::{Days, NaiveDate};
use criterion::{Criterion, criterion_group, criterion_main};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

const PRODUCTS: usize = 1_000;
const STAFF: &str = "Bea Bench — Technician";

fn claims_wanted() -> usize {
    std::env::var("CAREDESK_BENCH_CLAIMS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000)
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 25).expect("date")
}

fn serial(i: usize) -> String {
    format!("1SBENCH{i:07}")
}

/// 1,000 Mavic 3 units under CR, and `n` claims spread over them (the first
/// few per unit approved, the rest refused: both kinds are kept).
fn build(path: &Path, catalog: Arc<Catalog>, n: usize) -> Store {
    let store = Store::open_or_create_path(path, catalog).expect("open");
    let actor = store
        .set_up_real("Bea Bench", "13579246")
        .expect("staff")
        .id();
    let us = Region::parse_shape("US").expect("US");
    for i in 0..PRODUCTS {
        store
            .register_product(
                actor,
                &NewProduct {
                    serial: serial(i),
                    model: "DJI Mavic 3".into(),
                    channel: SalesChannel::Official,
                    region: us,
                    base_plan: Some(NewBasePlan {
                        term: Term::TwoYear,
                        region: us,
                        starts: today() - Days::new(100),
                        ends: today() + Days::new(630),
                        replacements_total: 4,
                        replacements_used: 0,
                    }),
                },
            )
            .expect("product");
    }
    let input = ClaimInput {
        service_region: us,
        channel: ServiceChannel::Online,
        cause: Cause::Collision,
        parts: BTreeMap::from([(Part::Aircraft, 1)]),
        exclusions: vec![],
        submitted: today(),
        shipped: None,
        accepts_transregional_fees: false,
        manufacturing_defect_before_plus: false,
        privacy_accepted: true,
    };
    for i in 0..n {
        store
            .file_claim(
                actor,
                &serial(i % PRODUCTS),
                ClaimKind::Replacement,
                &input,
                today(),
            )
            .expect("claim");
    }
    store
}

fn harness(store: Store) -> Harness<'static, CareDeskApp> {
    let app = CareDeskApp::new_for_test(store, today());
    let mut h = Harness::builder()
        .with_size([1280.0, 800.0])
        .build_ui_state(|ui, app: &mut CareDeskApp| app.ui(ui), app);
    h.run();
    h
}

fn choose_staff(h: &mut Harness<'static, CareDeskApp>) {
    h.get_by_label(STAFF).click();
    h.run();
    assert!(h.state().current_staff().is_some());
}

fn wheel(dy: f32) -> egui::Event {
    egui::Event::MouseWheel {
        unit: egui::MouseWheelUnit::Point,
        delta: egui::vec2(0.0, dy),
        phase: egui::TouchPhase::Move,
        source: egui::MouseWheelSource::Unknown,
        modifiers: egui::Modifiers::NONE,
    }
}

fn app_benches(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("bench.sqlite3");
    let catalog = Arc::new(Catalog::builtin().expect("catalog"));
    let n = claims_wanted();
    let t = Instant::now();
    let store = build(&path, catalog.clone(), n);
    let total = store.count_claims(&ClaimFilter::default()).expect("count");
    eprintln!(
        "built a database with {total} claims in {:.1} s",
        t.elapsed().as_secs_f64()
    );

    // ---- the claims table, scrolling
    let mut h = harness(store);
    choose_staff(&mut h);
    h.state_mut().push(Command::ShowPanel(Panel::Claims));
    h.run();
    let t = Instant::now();
    while h.state().panels.claims.rows.total.is_none()
        || h.state().panels.claims.rows.pages.is_empty()
    {
        assert!(t.elapsed() < Duration::from_secs(60), "claims never loaded");
        std::thread::sleep(Duration::from_millis(10));
        h.step();
    }
    assert_eq!(h.state().panels.claims.rows.total, Some(total));
    h.hover_at(egui::pos2(640.0, 450.0));
    let mut frame = 0usize;
    c.bench_function(
        &format!("claims_table_frame_scrolling_{total}_claims"),
        |b| {
            b.iter(|| {
                // 300 points a frame, down for 3,000 frames then back up: deep
                // pages keep arriving from the loader thread while scrolling.
                let down = (frame / 3_000).is_multiple_of(2);
                frame += 1;
                h.event(wheel(if down { -300.0 } else { 300.0 }));
                h.step();
            })
        },
    );
    eprintln!(
        "scrolled {frame} frames; {} pages of claims loaded",
        h.state().panels.claims.rows.pages.len()
    );
    drop(h);

    // ---- the claim-intake form, filled in
    let mut h = harness(Store::open_path(&path, catalog.clone()).expect("reopen"));
    choose_staff(&mut h);
    h.state_mut()
        .push(Command::OpenProduct(serial(PRODUCTS - 1)));
    h.run();
    h.state_mut().push(Command::ShowPanel(Panel::Intake));
    h.run();
    h.get_by_label("Aircraft (product body)").click();
    h.run();
    c.bench_function("claim_intake_form_frame", |b| b.iter(|| h.step()));
    drop(h);

    // ---- cold start: open the database, build the app, draw the first frame
    let mut group = c.benchmark_group("cold_start");
    group.sample_size(20);
    group.bench_function(format!("open_app_first_frame_{total}_claims"), |b| {
        // The app is dropped outside the measurement (closing is not starting).
        b.iter_with_large_drop(|| {
            let store = Store::open_path(&path, catalog.clone()).expect("open");
            let app = CareDeskApp::new_for_test(store, today());
            let mut h = Harness::builder()
                .with_size([1280.0, 800.0])
                .build_ui_state(|ui, app: &mut CareDeskApp| app.ui(ui), app);
            h.step();
            h
        })
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5));
    targets = app_benches
}
criterion_main!(benches);
