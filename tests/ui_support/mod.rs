//! The counter the window tests start from: a real SQLite file with one
//! supervisor (Ana, PIN 246810, set up as a real
//! counter's first supervisor) and one Mavic 3 bought in the US under CR
//! (1-Year Plan, 100 days in, 2 replacements left), on a fixed day.

#![allow(dead_code)] // each test file uses what it needs

use caredesk::catalog::Catalog;
use caredesk::desk::{Desk, NewBasePlan, NewProduct};
use caredesk::rules::{Region, SalesChannel, Term};
use chrono::{Days, NaiveDate};
use std::path::Path;
use std::sync::Arc;

pub const SERIAL: &str = "1SSDH7R00A0001";

/// Ana's PIN.
pub const PIN: &str = "246810";

/// The day the window thinks it is.
pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 5, 2).unwrap()
}

/// The counter's database, created as `file` in `dir`.
pub fn counter_store(dir: &Path, file: &str) -> Desk {
    let catalog = Arc::new(Catalog::builtin().unwrap());
    let store = Desk::open_or_create_path(&dir.join(file), catalog).unwrap();
    let ana = store
        .set_up_real("Ana Supervisor", PIN)
        .unwrap()
        .staff()
        .clone();
    let us = Region::parse_shape("US").unwrap();
    store
        .register_product(
            ana.id,
            &NewProduct {
                serial: SERIAL.into(),
                model: "DJI Mavic 3".into(),
                channel: SalesChannel::Official,
                region: us,
                base_plan: Some(NewBasePlan {
                    term: Term::OneYear,
                    region: us,
                    starts: today() - Days::new(100),
                    ends: today() + Days::new(265),
                    replacements_total: 2,
                    replacements_used: 0,
                }),
            },
        )
        .unwrap();
    store
}

/// Adds the workstation's fallback fonts to a test window, as the real
/// window does once it has found them: the money of some regions ("₩") and
/// the customers' scripts need them (CI installs `fonts-noto-cjk`). Found
/// once per test binary.
pub fn workstation_fonts(ctx: &egui::Context) {
    use caredesk::fonts::HanVariant;
    use caredesk::ui::fonts;
    static LOADED: std::sync::OnceLock<fonts::Loaded> = std::sync::OnceLock::new();
    let loaded = LOADED.get_or_init(|| fonts::load(HanVariant::for_language("en")));
    fonts::apply(ctx, loaded);
}
