//! `caredesk migrate`: copies one database into another — a one-seat SQLite
//! file into PostgreSQL when a center outgrows it, or PostgreSQL into a
//! SQLite file to take a copy home — in one transaction, and verifies the
//! counts before committing. The target must be new and empty.

use super::{Result, StoreError};
use crate::store::{self, Location, OpenOptions, RecordCounts, Storage};

/// What a migration copied.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct MigrateSummary {
    pub from: String,
    pub to: String,
    pub copied: RecordCounts,
}

/// Copies every record of `from` into `to` (created when missing). Nothing
/// is written to `to` unless every record was copied and the counts on both
/// sides agree.
pub fn migrate(from: &Location, to: &Location) -> Result<MigrateSummary> {
    if from == to {
        return Err(StoreError::Invalid(crate::tr!("desk-err-migrate-same")));
    }
    let source = store::open(from, OpenOptions { create: false })?;
    // Opened without seeding: a new target is completely empty.
    let target = store::open(to, OpenOptions { create: true })?;
    let copied = copy(&*source, &*target)?;
    Ok(MigrateSummary {
        from: source.location(),
        to: target.location(),
        copied,
    })
}

/// The copy itself: a write transaction on the source holds its data still
/// (a consistent snapshot), one on the target receives everything.
pub fn copy(source: &dyn Storage, target: &dyn Storage) -> Result<RecordCounts> {
    store::write(source, |src| {
        let expected = src.counts()?;
        store::write(target, |dst| {
            let there = dst.counts()?;
            if there.total() > 0 {
                return Err(StoreError::Invalid(crate::tr!(
                    "desk-err-migrate-not-empty",
                    there = there.to_string()
                )));
            }
            let mut copied = RecordCounts::default();
            src.export(&mut |rec| {
                copied.add(&rec);
                dst.import(&rec)
            })?;
            dst.finish_import()?;
            let landed = dst.counts()?;
            if copied != expected || landed != expected {
                return Err(StoreError::Corrupt(format!(
                    "counts differ after copying; nothing was written (source: {expected}; read: {copied}; target: {landed})"
                )));
            }
            Ok(landed)
        })
    })
}
