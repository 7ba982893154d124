//! The service layer: every domain operation the window and the command
//! line carry out — lookup, CR+ sale and cards, claims and their lifecycle,
//! reopening, returns and withdrawals, fees and staff, import, demo data,
//! reports' queries and `migrate`.
//!
//! Each operation gathers the facts from storage, asks `crate::rules` to
//! decide, and asks storage to keep the outcome in one write transaction.
//! There is no SQL here: storage is the `crate::store::Storage` trait, the
//! same for SQLite and PostgreSQL. A [`Desk`] is a cheap handle (`Clone`,
//! `Send`, `Sync`): background threads — exports, demo loads, imports, the
//! claims-page reader, the live-refresh feed — take a clone of it, never a
//! file path.

mod advice;
mod appointments;
mod backup;
mod bounds;
mod claims;
mod customers;
mod demo;
mod fees;
mod history;
mod import;
mod intake;
mod lifecycle;
pub mod live;
mod migrate;
mod papers;
mod parcels;
mod plans;
mod privacy;
mod queue;
mod quotes;
mod reports;
mod search;
mod setup;
mod sign_in;
mod staff;
mod steps;
mod units;

pub use crate::store::chain::{Chain, ChainHead};
pub use crate::store::model::*;
pub use crate::store::ssc::{
    Appointment, AppointmentFields, AppointmentQuery, AppointmentStatus, RepairChoice,
};
pub use crate::store::{AdviceRecord, AdviceStepRecord, AdviceWords};
pub use crate::store::{
    Backend, Change, Location, OpenOptions, RecordCounts, Result, StoreError, overdue,
    waiting_for_product,
};
pub use crate::store::{
    ClaimHit, ClaimVisit, CustomerFields, CustomerRef, ErasureCounts, IntakeRecord, PhotoMeta,
    PhotoRow, ProductHit, ScrubReport, SignatureInfo,
};
pub use advice::AdvisedDecision;
pub use appointments::{
    APPOINTMENT_CSV_COLUMNS, CounterCounts, CounterDay, CounterSlot, check_fields, parse_slot,
};
pub use backup::{
    BACKUP_DIR, BackupInfo, DAILY_KEPT, DailyBackup, RestoreSummary, WEEKLY_KEPT, backups_to_keep,
};
pub use claims::ship_by;
pub use demo::{DEFAULT_PRODUCTS, DEMO_STAFF, DEMO_SUPERVISOR_PIN, MAX_DEMO_PRODUCTS};
pub use history::{ChainReport, HistoryReport, Tampering};
pub use import::PRODUCT_CSV_COLUMNS;
pub use lifecycle::{next_actions, transition};
pub use migrate::{MigrateSummary, migrate};
pub use quotes::{NewQuote, Quote, RepairOffer, RepairPrice, RepairSide, ReplacementSide};
pub use reports::ClaimForReport;
pub use setup::{DEFAULT_IDLE_LOCK_MINUTES, DatabaseKind, MAX_IDLE_LOCK_MINUTES};
pub use sign_in::{LOCK_MINUTES, MAX_PIN_LEN, MIN_PIN_DIGITS, SignedIn, WRONG_PINS_BEFORE_LOCK};
pub use steps::ReplacementUnit;
// The service visit (SPEC §6): customers, search, intake, privacy.
pub use crate::media::signature::Signature;
pub use crate::vocab::{Checklist, ChecklistItem};
pub use customers::{Customer, CustomerDetail};
pub use intake::{Intake, IntakeAttachments, IntakeCustomer, MAX_DESCRIPTION, StoredSignature};
pub use privacy::{
    CUSTOMER_DATA_FORMAT, CustomerData, CustomerEdit, CustomerProduct, ForgetReport,
};
pub use search::{CustomerHit, MIN_SEARCH_CHARS, SearchResults};

use crate::catalog::Catalog;
use crate::store::{self, Reads, Storage, Txn};
use chrono::{NaiveDate, NaiveDateTime, Utc};
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

/// The service handle: the catalog and the storage behind it.
#[derive(Clone)]
pub struct Desk {
    storage: Arc<dyn Storage>,
    catalog: Arc<Catalog>,
    /// "Today" when fixed (tests, demo data, a window showing another day);
    /// otherwise the local calendar day.
    today: Option<NaiveDate>,
}

impl std::fmt::Debug for Desk {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Desk")
            .field("backend", &self.storage.backend())
            .field("location", &self.storage.location())
            .finish()
    }
}

impl Desk {
    /// Opens the CareDesk database at `location`. Nothing is created: a
    /// missing file (or a PostgreSQL schema without CareDesk's tables) is
    /// `StoreError::NoDatabase` naming it, another program's SQLite file is
    /// `StoreError::NotCareDesk`.
    pub fn open(location: &Location, catalog: Arc<Catalog>) -> Result<Desk> {
        Self::open_with(location, catalog, OpenOptions::default())
    }

    /// Opens the database at `location`, or makes a new one there (the
    /// default path on first start, `--create`, tests).
    pub fn open_or_create(location: &Location, catalog: Arc<Catalog>) -> Result<Desk> {
        Self::open_with(location, catalog, OpenOptions { create: true })
    }

    /// Opens as `options` say; a new database gets the catalog's fee schedule.
    pub fn open_with(
        location: &Location,
        catalog: Arc<Catalog>,
        options: OpenOptions,
    ) -> Result<Desk> {
        let desk = Desk {
            storage: store::open(location, options)?,
            catalog,
            today: None,
        };
        if desk.storage.created() {
            desk.seed_fees()?;
        } else {
            desk.run_upgrade_tasks()?;
        }
        Ok(desk)
    }

    /// Opens, then runs the quick soundness check (at most `budget`); a
    /// SQLite file that fails it is opened again read-only, so nothing is
    /// written to a damaged file: every write then says so in plain words.
    /// The window runs this off its UI thread.
    pub fn open_checked(
        location: &Location,
        catalog: Arc<Catalog>,
        options: OpenOptions,
        budget: Duration,
    ) -> Result<(Desk, Health)> {
        let desk = Self::open_with(location, catalog, options)?;
        let health = desk.check_health(budget)?;
        if let Health::Damaged(why) = &health
            && let Location::Sqlite(_) = location
        {
            return Ok((desk.read_only_because(why)?, health));
        }
        Ok((desk, health))
    }

    /// `PRAGMA quick_check` (SQLite) or the reference check (PostgreSQL),
    /// giving up after `budget` (`Health::Unchecked`).
    pub fn check_health(&self, budget: Duration) -> Result<Health> {
        self.storage.quick_check(budget)
    }

    /// The same SQLite file opened read-only because it is damaged: every
    /// write fails with `StoreError::Damaged(why)`.
    pub fn read_only_because(&self, why: &str) -> Result<Desk> {
        let Some(path) = self.sqlite_path() else {
            return Err(StoreError::Invalid(crate::tr!("desk-err-read-only-sqlite")));
        };
        Ok(Desk {
            storage: Arc::new(store::sqlite::SqliteStorage::open_read_only_because(
                &path,
                Some(why.to_owned()),
            )?),
            catalog: self.catalog.clone(),
            today: self.today,
        })
    }

    /// Why writes fail here, when the database was opened read-only
    /// because it is damaged (for a banner).
    pub fn read_only_reason(&self) -> Option<String> {
        self.storage.read_only_reason()
    }

    /// Opens an existing SQLite file (nothing is created).
    pub fn open_path(path: &Path, catalog: Arc<Catalog>) -> Result<Desk> {
        Self::open(&Location::Sqlite(path.to_owned()), catalog)
    }

    /// Opens a SQLite file, or makes a new database there.
    pub fn open_or_create_path(path: &Path, catalog: Arc<Catalog>) -> Result<Desk> {
        Self::open_or_create(&Location::Sqlite(path.to_owned()), catalog)
    }

    /// Opens an existing SQLite file for reading only: every write fails
    /// with a read-only error.
    pub fn open_read_only(path: &Path, catalog: Arc<Catalog>) -> Result<Desk> {
        Ok(Desk {
            storage: Arc::new(store::sqlite::SqliteStorage::open_read_only(path)?),
            catalog,
            today: None,
        })
    }

    /// The window's start today: opens the database (making it only when
    /// `create`: the default path, or `--create`) and, when this open made
    /// it, fills it as a *demo* database, so a new user sees a working desk
    /// (flagged demo: `Desk::kind`). A real database is set up with its
    /// first supervisor instead (`caredesk staff init`, or
    /// `Desk::set_up_real` from the window's first-start dialog). Returns
    /// the summary when demo data was loaded.
    pub fn open_with_demo(
        location: &Location,
        create: bool,
        catalog: Arc<Catalog>,
        today: NaiveDate,
    ) -> Result<(Desk, Option<DemoSummary>)> {
        let desk = Desk::open_with(location, catalog, OpenOptions { create })?;
        let summary = if desk.was_created() && desk.is_empty()? {
            Some(desk.load_demo(DEFAULT_PRODUCTS, today, &|_| true)?)
        } else {
            None
        };
        Ok((desk, summary))
    }

    /// The SQLite file behind this desk (`None` on PostgreSQL).
    pub fn sqlite_path(&self) -> Option<std::path::PathBuf> {
        self.storage
            .as_any()
            .downcast_ref::<store::sqlite::SqliteStorage>()
            .map(|s| s.path().to_owned())
    }

    /// The same desk with "today" fixed to `day`: the bounds on typed dates,
    /// the claim id's year, deadlines and lapses are judged on it.
    pub fn with_today(mut self, day: NaiveDate) -> Desk {
        self.today = Some(day);
        self
    }

    /// Today at the counter: the fixed day, else the local calendar day.
    pub fn today(&self) -> NaiveDate {
        self.today
            .unwrap_or_else(|| chrono::Local::now().date_naive())
    }

    /// The storage behind this desk (for tools and backend-specific tests).
    pub fn storage(&self) -> &dyn Storage {
        &*self.storage
    }

    pub fn backend(&self) -> Backend {
        self.storage.backend()
    }

    /// Where the data is: a file path, or a server URL without its password.
    pub fn location(&self) -> String {
        self.storage.location()
    }

    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    pub fn catalog_arc(&self) -> Arc<Catalog> {
        self.catalog.clone()
    }

    /// The database was created by this open.
    pub fn was_created(&self) -> bool {
        self.storage.created()
    }

    pub fn schema_version(&self) -> Result<u32> {
        self.storage.schema_version()
    }

    /// No products yet (first start → demo).
    pub fn is_empty(&self) -> Result<bool> {
        self.read()?.is_empty()
    }

    /// Number of products (units), reclaimed ones included.
    pub fn count_products(&self) -> Result<u64> {
        self.read()?.count_products()
    }

    /// The backend's soundness check: "ok" when sound.
    pub fn integrity_check(&self) -> Result<String> {
        self.storage.integrity_check()
    }

    /// How long a write waits for another workstation (default 10 s).
    pub fn set_busy_timeout(&self, wait: Duration) -> Result<()> {
        self.storage.set_busy_timeout(wait)
    }

    // ------------------------------------------------------------ helpers

    fn read(&self) -> Result<Box<dyn Reads + '_>> {
        self.storage.read()
    }

    /// Runs `work` in one write transaction (it may run again on a conflict).
    fn write<T>(&self, work: impl FnMut(&mut dyn Txn) -> Result<T>) -> Result<T> {
        store::write(&*self.storage, work)
    }

    /// A new database gets the catalog's starting fee schedule.
    fn seed_fees(&self) -> Result<()> {
        let catalog = self.catalog.clone();
        self.write(|tx| {
            // Done here: the migration's task to seed regional fees too.
            tx.finish_upgrade_task(fees::SEED_REGIONAL_FEES)?;
            fees::seed_missing(tx, &catalog)?;
            audit(
                tx,
                None,
                now(),
                "seed_fees",
                "fee_schedule",
                serde_json::json!({ "rows": catalog.fees.len(), "source": catalog.source }),
            )
        })
    }

    /// Data upgrades a schema migration left to the service layer, done
    /// once (by whichever workstation opens the database first).
    fn run_upgrade_tasks(&self) -> Result<()> {
        let pending = self.read()?.upgrade_tasks()?;
        if pending.is_empty() {
            return Ok(());
        }
        let catalog = self.catalog.clone();
        let done = self.write(|tx| {
            if tx.finish_upgrade_task(fees::SEED_REGIONAL_FEES)? {
                let added = fees::seed_missing(tx, &catalog)?;
                audit(
                    tx,
                    None,
                    now(),
                    "seed_fees",
                    "fee_schedule",
                    serde_json::json!({
                        "rows": added, "source": catalog.source,
                        "why": "fees per service region (schema upgrade)",
                    }),
                )?;
            }
            Ok(())
        });
        match done {
            // A database this workstation may only read: the next one that
            // may write does it.
            Err(e) if e.is_read_only() => Ok(()),
            other => other,
        }
    }
}

/// The current time (UTC, whole seconds) for events and the audit log.
pub(crate) fn now() -> NaiveDateTime {
    let t = Utc::now().naive_utc();
    t - Duration::from_nanos(u64::from(chrono::Timelike::nanosecond(&t)))
}

/// `YYYY-MM-DDTHH:MM:SS`, as the audit details spell times (UTC).
pub(crate) fn ts(t: NaiveDateTime) -> String {
    t.format("%Y-%m-%dT%H:%M:%S").to_string()
}

/// `YYYY-MM-DD`, as the audit details spell dates.
pub(crate) fn day(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

/// Appends to the audit log inside the operation's transaction.
pub(crate) fn audit(
    tx: &mut dyn Txn,
    actor: Option<i64>,
    at: NaiveDateTime,
    action: &str,
    subject: &str,
    details: serde_json::Value,
) -> Result<()> {
    tx.audit(&store::NewAudit {
        at,
        staff_id: actor,
        action: action.to_owned(),
        subject: subject.to_owned(),
        details,
    })
}
