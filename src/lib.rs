//! CareDesk: the service desk for DJI Care Refresh and Care Refresh+.
//!
//! Layers: `rules` (pure decisions) ← `catalog` (assets as data) ← `store`
//! (SQLite, the only SQL) ← front ends `ui` (egui) and `cli`.

pub mod catalog;
pub mod cli;
pub mod i18n;
pub mod report;
pub mod rules;
pub mod store;
pub mod terms;
pub mod ui;
