//! CareDesk: the service desk for DJI Care Refresh and Care Refresh+.
//!
//! Layers, each using only those before it: `vocab` (codes, IDs, regions,
//! days, money) ← `catalog` (assets as data) ← `rules` (pure decisions) ←
//! `store` (SQLite, the only SQL) ← `report` ← front ends `ui` (egui) and
//! `cli`. ARCHITECTURE.md has the map.

pub mod catalog;
pub mod cli;
pub mod fonts;
pub mod i18n;
pub mod report;
pub mod rules;
pub mod store;
pub mod terms;
pub mod ui;
pub mod vocab;
