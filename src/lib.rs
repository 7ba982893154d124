//! CareDesk: the service desk for DJI Care Refresh and Care Refresh+.
//!
//! Layers: `rules` (pure decisions) ← `catalog` (assets as data) ← `desk`
//! (the service layer: every domain operation) ← `store` (the storage trait
//! and its SQLite and PostgreSQL backends, the only SQL); the front ends `ui`
//! (egui) and `cli` call `desk` only. See ARCHITECTURE.md.

pub mod catalog;
pub mod cli;
pub mod desk;
pub mod report;
pub mod rules;
pub mod store;
pub mod ui;
