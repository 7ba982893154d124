//! CareDesk: the service desk for DJI Care Refresh and Care Refresh+.
//!
//! Layers, each using only those before it: `vocab` (codes, IDs, regions,
//! days, money) ← `catalog` (assets as data) ← `rules` (pure decisions) ←
//! `desk` (the service layer: every domain operation) ← `store` (the storage
//! trait and its SQLite and PostgreSQL backends, the only SQL); `report`, and
//! the front ends `ui` (egui) and `cli`, call `desk`. ARCHITECTURE.md has the map.

pub mod catalog;
pub mod cli;
pub mod desk;
pub mod fonts;
pub mod i18n;
pub mod media;
pub mod report;
pub mod rules;
pub mod store;
pub mod terms;
pub mod ui;
pub mod vocab;
