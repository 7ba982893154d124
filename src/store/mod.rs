//! Storage: CareDesk's memory behind one trait, and the two backends that
//! keep it — an embedded SQLite file for one seat (`sqlite`) and a PostgreSQL
//! server for a center with many seats (`postgres`). This module and its
//! backends are the only place with SQL.
//!
//! The shape follows taskchampion's `Storage`/`StorageTxn`: typed reads
//! ([`Reads`]) and one write transaction ([`Txn`]) per domain operation,
//! handed to a closure by [`Storage::write`]. The service layer
//! (`crate::desk`) decides with the rules and asks storage to keep the
//! outcome; it never sees a row, a connection or a SQL error. Storage grows
//! by adding typed methods here and implementing them in both backends.
//!
//! Guarantees both backends give (the conformance tests run on both):
//! - every `write` is one transaction: it commits whole or leaves nothing;
//! - check-then-write is safe across workstations: SQLite takes the write
//!   lock first (`BEGIN IMMEDIATE`), PostgreSQL runs SERIALIZABLE and the
//!   backend re-runs the closure when the server reports a conflict;
//! - claim events and the audit log are append-only, enforced by triggers
//!   in the database itself;
//! - errors come back in plain words as [`StoreError`], whichever backend.

pub mod chain;
mod inflight;
pub mod model;
pub mod pool;
pub mod postgres;
mod records;
pub mod sqlite;
pub mod ssc;
mod visit;

pub use inflight::{overdue, waiting_for_product};
pub use model::*;
pub use records::*;
pub use ssc::*;
pub use visit::*;

use crate::rules::Decision;
use crate::tr;
use std::ffi::OsStr;
use std::fmt;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

// `StoreError::message`: the error in the desk's language.
mod message;

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// Environment variable naming the database (a file path or a `postgres://` URL).
pub const DB_ENV: &str = "CAREDESK_DB";

/// How long a writer waits for another workstation's transaction by default.
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// What went wrong, in words a person at the desk can act on. The domain
/// refusals come from the service layer; the storage failures are the same
/// whichever backend (no SQLite or PostgreSQL types in here).
#[derive(Debug)]
// Display is written by hand (not thiserror's `#[error]`) so that every
// message comes from the catalogue in the desk's language (issue 16).
pub enum StoreError {
    /// The rules refused: the decision carries every rule ID and reason.
    Refused(Decision),
    NotFound(String),
    /// No database where one was expected: nothing was created.
    NoDatabase(String),
    /// A SQLite file (or an empty file) that CareDesk did not make.
    NotCareDesk(String),
    /// The database failed its integrity check: it is open read-only.
    Damaged(String),
    /// Too many wrong PINs in a row: this person may not sign in until then.
    Locked {
        name: String,
        attempts: u32,
        until: chrono::NaiveDateTime,
    },
    Invalid(String),
    IllegalTransition {
        from: ClaimStatus,
        action: ClaimAction,
    },
    NotAllowed(String),
    /// The action needs the person's explicit confirmation first (filing a
    /// claim with the intake checklist incomplete): asked, never assumed.
    NeedsConfirmation(String),
    CodeAlreadyUsed(String),
    // Claims in flight (SPEC §6): typed, so the window can show each one
    // beside the field it is about and act on it.
    /// A reclaimed unit takes no claim or sale; names the serial that replaced it.
    Reclaimed(ReclaimedUnit),
    /// The fee schedule has no fee for this replacement; a supervisor sets it
    /// (PIN) before the approved claim can be filed.
    FeeMissing(FeeKey),
    /// A typed day or count outside the bounds of SPEC §6.
    OutOfBounds(OutOfBounds),
    /// A lifecycle step that cannot be taken now (lapse before the deadline,
    /// receive without the shipped day, a replacement serial already known).
    StepRefused(StepRefused),
    SchemaTooNew {
        found: u32,
        known: u32,
    },
    /// A stored value this program cannot read (hand-edited database?).
    Corrupt(String),
    /// Another workstation holds the lock longer than the busy timeout.
    Busy(String),
    /// Another workstation changed the same records at the same moment, more
    /// often than the backend retries.
    Conflict(String),
    ReadOnly(String),
    DiskFull(String),
    /// The database server went away (network, restart). Nothing of the
    /// failed operation was kept; the next operation reconnects.
    ConnectionLost(String),
    CannotOpen(String),
    /// Any other backend failure, in the backend's words.
    Backend(String),
    Io(std::io::Error),
    Unfinished(&'static str),
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use StoreError as E;
        let text = match self {
            E::Refused(d) => tr!("store-err-refused", reasons = refusal_text(d)),
            E::NotFound(what) => tr!("store-err-not-found", what = what.as_str()),
            E::NoDatabase(path) => tr!("store-err-no-database", path = path.as_str()),
            E::NotCareDesk(path) => tr!("store-err-not-caredesk", path = path.as_str()),
            E::Damaged(error) => tr!("store-err-damaged", error = error.as_str()),
            E::Locked {
                name,
                attempts,
                until,
            } => tr!(
                "store-err-locked",
                name = name.as_str(),
                attempts = attempts.to_string(),
                until = crate::i18n::local_time(*until)
            ),
            E::Invalid(m) | E::NeedsConfirmation(m) => return f.write_str(m),
            E::IllegalTransition { from, action } => tr!(
                "store-err-illegal-transition",
                status = from.label().to_lowercase(),
                action = action.to_string()
            ),
            E::NotAllowed(reason) => tr!("store-err-not-allowed", reason = reason.as_str()),
            E::CodeAlreadyUsed(code) => tr!("store-err-code-used", code = code.as_str()),
            E::Reclaimed(r) => return r.fmt(f),
            E::FeeMissing(k) => return k.fmt(f),
            E::OutOfBounds(o) => return o.fmt(f),
            E::StepRefused(s) => return s.fmt(f),
            E::SchemaTooNew { found, known } => tr!(
                "store-err-schema-too-new",
                found = found.to_string(),
                known = known.to_string()
            ),
            E::Corrupt(error) => tr!("store-err-corrupt", error = error.as_str()),
            E::Busy(db) => tr!("store-err-busy", db = db.as_str()),
            E::Conflict(db) => tr!("store-err-conflict", db = db.as_str()),
            E::ReadOnly(db) => tr!("store-err-read-only", db = db.as_str()),
            E::DiskFull(db) => tr!("store-err-disk-full", db = db.as_str()),
            E::ConnectionLost(db) => tr!("store-err-connection-lost", db = db.as_str()),
            E::CannotOpen(error) => tr!("store-err-cannot-open", error = error.as_str()),
            E::Backend(error) => tr!("store-err-backend", error = error.as_str()),
            E::Io(e) => return e.fmt(f),
            E::Unfinished(what) => tr!("store-err-unfinished", what = *what),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for StoreError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            StoreError::Io(e) => Some(e),
            _ => None,
        }
    }
}

impl From<std::io::Error> for StoreError {
    fn from(e: std::io::Error) -> Self {
        StoreError::Io(e)
    }
}

fn refusal_text(d: &Decision) -> String {
    d.failed
        .iter()
        .map(|r| format!("{} ({})", r.id(), r.reason()))
        .collect::<Vec<_>>()
        .join("; ")
}

impl StoreError {
    /// The write lock was not obtained in time (another writer held it).
    pub fn is_busy(&self) -> bool {
        matches!(self, StoreError::Busy(_))
    }

    /// The database may not be written (opened read-only, or no rights).
    pub fn is_read_only(&self) -> bool {
        matches!(self, StoreError::ReadOnly(_))
    }

    /// The disk (or the database's size limit) is full.
    pub fn is_disk_full(&self) -> bool {
        matches!(self, StoreError::DiskFull(_))
    }

    /// The database server could not be reached.
    pub fn is_connection_lost(&self) -> bool {
        matches!(self, StoreError::ConnectionLost(_))
    }

    /// A sign-in or a supervisor's action was refused (wrong person, role,
    /// PIN, or locked out).
    pub fn is_not_allowed(&self) -> bool {
        matches!(self, StoreError::NotAllowed(_) | StoreError::Locked { .. })
    }
}

/// How to open a database.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct OpenOptions {
    /// Make a new database when there is none (a missing or empty SQLite
    /// file; a PostgreSQL schema without CareDesk's tables). Otherwise that
    /// is `StoreError::NoDatabase`, and nothing is created.
    pub create: bool,
}

/// Which backend keeps the data.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    pub fn label(self) -> &'static str {
        match self {
            Backend::Sqlite => "SQLite",
            Backend::Postgres => "PostgreSQL",
        }
    }
}

/// Where the database is: a SQLite file, or a PostgreSQL server by URL.
#[derive(Clone, PartialEq, Eq)]
pub enum Location {
    Sqlite(PathBuf),
    /// A `postgres://` or `postgresql://` URL (may hold a password: never print it).
    Postgres(String),
}

impl std::fmt::Debug for Location {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.describe())
    }
}

impl Location {
    /// A URL selects PostgreSQL; anything else is a SQLite file path.
    pub fn parse(s: &OsStr) -> Location {
        match s.to_str() {
            Some(u) if u.starts_with("postgres://") || u.starts_with("postgresql://") => {
                Location::Postgres(u.to_owned())
            }
            _ => Location::Sqlite(PathBuf::from(s)),
        }
    }

    /// `caredesk.sqlite3` in the user's data directory.
    pub fn default_path() -> PathBuf {
        directories::ProjectDirs::from("com", "CareDesk", "CareDesk")
            .map(|d| d.data_dir().join("caredesk.sqlite3"))
            .unwrap_or_else(|| PathBuf::from("caredesk.sqlite3"))
    }

    /// `--db PATH|URL`, else `CAREDESK_DB`, else the default file.
    pub fn resolve(cli: Option<&OsStr>) -> Location {
        if let Some(p) = cli.filter(|p| !p.is_empty()) {
            return Location::parse(p);
        }
        match std::env::var_os(DB_ENV) {
            Some(p) if !p.is_empty() => Location::parse(&p),
            _ => Location::Sqlite(Self::default_path()),
        }
    }

    /// For people and logs: the file path, or the server URL without its password.
    pub fn describe(&self) -> String {
        match self {
            Location::Sqlite(p) => p.display().to_string(),
            Location::Postgres(url) => postgres::redact_url(url),
        }
    }

    pub fn backend(&self) -> Backend {
        match self {
            Location::Sqlite(_) => Backend::Sqlite,
            Location::Postgres(_) => Backend::Postgres,
        }
    }
}

/// Opens (and migrates) the database at `location`; creates one only when
/// `options.create` says so.
pub fn open(location: &Location, options: OpenOptions) -> Result<Arc<dyn Storage>> {
    Ok(match location {
        Location::Sqlite(path) => Arc::new(sqlite::SqliteStorage::open_with(path, options)?),
        Location::Postgres(url) => Arc::new(postgres::PgStorage::open_with(url, options)?),
    })
}

/// A change another workstation (or this one) committed, for live refresh.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    /// This claim was filed or changed.
    Claim(String),
    /// Products, plans or cards changed.
    Units,
    /// Something changed; the backend cannot say what (or notifications
    /// were missed while reconnecting): refresh everything shown.
    Unknown,
}

/// Waits for committed changes (one dedicated connection).
pub trait ChangeFeed: Send {
    /// Blocks up to `timeout` and returns the changes seen (empty: none).
    fn wait(&mut self, timeout: Duration) -> Result<Vec<Change>>;
}

/// The database behind one trait. Implementations are cheap to share
/// between threads (`Arc<dyn Storage>`): they keep a small pool of
/// connections, so a background export reads while the window writes.
pub trait Storage: Send + Sync {
    fn backend(&self) -> Backend;

    /// Where the data is, for people: a path, or a URL without password.
    fn location(&self) -> String;

    /// This open created the schema (a new, empty database).
    fn created(&self) -> bool;

    fn schema_version(&self) -> Result<u32>;

    /// A connection for reads. Each read sees committed data.
    fn read(&self) -> Result<Box<dyn Reads + '_>>;

    /// Runs `work` in one write transaction and commits it, or rolls it
    /// back when `work` fails. The closure may run more than once (the
    /// PostgreSQL backend retries on a serialization conflict), so it must
    /// do nothing but read and write through the transaction.
    fn write(&self, work: &mut dyn FnMut(&mut dyn Txn) -> Result<()>) -> Result<()>;

    /// How long a write waits for another workstation's lock.
    fn set_busy_timeout(&self, wait: Duration) -> Result<()>;

    /// The backend's own soundness check: "ok" when sound.
    fn integrity_check(&self) -> Result<String>;

    /// A quick soundness check that gives up after `budget` (SQLite
    /// `PRAGMA quick_check`; PostgreSQL: the references CareDesk relies on).
    fn quick_check(&self, budget: Duration) -> Result<Health>;

    /// Why every write fails here, when this storage was opened read-only
    /// (damaged, or asked for).
    fn read_only_reason(&self) -> Option<String>;

    /// Copies the whole database into a new file at `target`, consistently,
    /// while others keep working (SQLite's online backup API).
    fn backup_to(&self, target: &std::path::Path) -> Result<()>;

    /// Replaces the whole database with the one in the file `source`
    /// (already checked by the caller), in one step other connections see.
    fn restore_from(&self, source: &std::path::Path) -> Result<()>;

    /// A feed of committed changes for live refresh (its own connection).
    fn changes(&self) -> Result<Box<dyn ChangeFeed>>;

    /// After personal data was erased (a customer forgotten): makes the
    /// space it was freed from unreadable as far as the backend allows, and
    /// says what was done. Runs outside any transaction.
    fn scrub_erased(&self) -> Result<ScrubReport>;

    /// Backend-specific knobs for tests and tools (`downcast_ref`).
    fn as_any(&self) -> &dyn std::any::Any;
}

/// Typed reads. Both a read connection and a write transaction offer them
/// (inside a transaction they see its own writes).
pub trait Reads {
    /// No products yet (first start → demo).
    fn is_empty(&mut self) -> Result<bool>;
    fn count_products(&mut self) -> Result<u64>;
    /// The highest product id (0 when none): demo serials continue after it.
    fn max_product_id(&mut self) -> Result<i64>;
    fn count_cards(&mut self) -> Result<u64>;

    /// A unit (product and its plans) by normalized serial.
    fn unit_by_serial(&mut self, serial: &str) -> Result<Option<UnitRecord>>;
    fn unit_by_id(&mut self, id: i64) -> Result<Option<UnitRecord>>;
    fn product_exists(&mut self, serial: &str) -> Result<bool>;
    /// The serial that replaced this one.
    fn replaced_by(&mut self, serial: &str) -> Result<Option<String>>;
    /// Claims of a product and of every unit sharing its CR plan, newest first.
    fn chain_claims(&mut self, product_id: i64, base_plan_id: Option<i64>)
    -> Result<Vec<ClaimRow>>;
    /// A unit with the claims of its chain: what a lookup shows. A backend
    /// across a network does it in one round trip.
    fn unit_with_claims(&mut self, serial: &str) -> Result<Option<(UnitRecord, Vec<ClaimRow>)>> {
        let Some(unit) = self.unit_by_serial(serial)? else {
            return Ok(None);
        };
        let claims = self.chain_claims(unit.product.id, unit.product.base_plan_id)?;
        Ok(Some((unit, claims)))
    }

    /// Approved replacement claims of a product's chain (every unit sharing
    /// its CR plan) that hold a replacement ([`ClaimStatus::holds_replacement`]),
    /// by claim id.
    fn held_replacements(
        &mut self,
        product_id: i64,
        base_plan_id: Option<i64>,
    ) -> Result<Vec<HeldReplacement>>;

    /// Claims whose id starts with `prefix` (upper case), by id.
    fn search_claims(&mut self, prefix: &str, limit: usize) -> Result<Vec<SearchHit>>;
    /// Products whose serial starts with `prefix` (upper case), by serial.
    fn search_serials(&mut self, prefix: &str, limit: usize) -> Result<Vec<SearchHit>>;
    fn serials_of_model(&mut self, model: &str, limit: usize) -> Result<Vec<SearchHit>>;

    fn staff(&mut self) -> Result<Vec<Staff>>;
    fn staff_by_name(&mut self, name: &str) -> Result<Option<Staff>>;
    /// A staff member with the stored PIN hash (for verification only).
    fn staff_credentials(&mut self, id: i64) -> Result<Option<(Staff, Option<String>)>>;

    /// The fee schedule, by model, region and replacement number.
    fn fee_schedule(&mut self) -> Result<Vec<FeeRow>>;
    /// The fee of the n-th replacement of a model in a service region.
    fn fee(
        &mut self,
        model: &str,
        region: crate::rules::Region,
        replacement_number: u32,
    ) -> Result<Option<Money>>;
    /// The latest audit entries, newest first.
    fn audit_log(&mut self, limit: usize) -> Result<Vec<AuditEntry>>;

    /// What signing in needs of a person: the PIN hash, wrong PINs in a
    /// row, and the lock.
    fn sign_in_state(&mut self, staff_id: i64) -> Result<Option<SignInState>>;
    /// A setting kept in the database.
    fn setting(&mut self, key: Setting) -> Result<Option<String>>;
    /// The last hash and row count of a chain, as kept (`None`: not kept).
    fn chain_head(&mut self, chain: chain::Chain) -> Result<Option<chain::ChainHead>>;
    /// Up to `limit` rows of a chain with an id above `after`, in id order.
    fn chain_rows(
        &mut self,
        chain: chain::Chain,
        after: i64,
        limit: usize,
    ) -> Result<Vec<chain::ChainRow>>;

    /// Activation cards, unused first, then by code.
    fn activation_cards(&mut self, limit: usize) -> Result<Vec<ActivationCard>>;
    fn activation_card(&mut self, code: &str) -> Result<Option<ActivationCard>>;

    /// What the lifecycle needs of a claim.
    fn claim_state(&mut self, id: &str) -> Result<Option<ClaimState>>;
    fn claim(&mut self, id: &str) -> Result<Option<StoredClaim>>;
    fn claim_events(&mut self, id: &str) -> Result<Vec<ClaimEvent>>;
    /// A page of the claims table.
    fn claims(
        &mut self,
        filter: &ClaimFilter,
        sort: ClaimSort,
        offset: usize,
        limit: usize,
    ) -> Result<Vec<ClaimRow>>;
    fn count_claims(&mut self, filter: &ClaimFilter) -> Result<usize>;
    /// How many claims each work queue holds on `as_of` (one query).
    fn queue_counts(&mut self, as_of: chrono::NaiveDate) -> Result<QueueCounts>;
    /// A claim's parcels, in the order recorded.
    fn parcels(&mut self, claim_id: &str) -> Result<Vec<Parcel>>;
    fn parcel(&mut self, id: i64) -> Result<Option<Parcel>>;
    /// The parcels of the given claims, in the order recorded.
    fn parcels_of(
        &mut self,
        ids: &[&str],
    ) -> Result<std::collections::HashMap<String, Vec<Parcel>>>;
    /// Data upgrades a migration left for the service layer (they need the
    /// catalog), e.g. `seed_regional_fees`.
    fn upgrade_tasks(&mut self) -> Result<Vec<String>>;
    /// Up to `limit` claims for reports, in claim-id order after `after`
    /// (keyset paging), matching `filter` or only the claim `only`.
    fn claims_for_report(
        &mut self,
        filter: &ClaimFilter,
        only: Option<&str>,
        after: Option<&str>,
        limit: usize,
    ) -> Result<Vec<ReportRecord>>;
    /// The timelines of the given claims, in event order.
    fn events_of(
        &mut self,
        ids: &[&str],
    ) -> Result<std::collections::HashMap<String, Vec<ClaimEvent>>>;

    /// The advice kept with the given claims (claims decided before advice
    /// was kept have none).
    fn advice_of(
        &mut self,
        ids: &[&str],
    ) -> Result<std::collections::HashMap<String, AdviceRecord>>;

    /// CR plans of active units ending in `(after, until]`: serial, model, ends.
    fn expiring_base(
        &mut self,
        after: chrono::NaiveDate,
        until: chrono::NaiveDate,
    ) -> Result<Vec<(String, String, chrono::NaiveDate)>>;
    /// CR+ of active units ending in `(after, until]`: serial, model, ends, region.
    fn expiring_plus(
        &mut self,
        after: chrono::NaiveDate,
        until: chrono::NaiveDate,
    ) -> Result<Vec<(String, String, chrono::NaiveDate, crate::rules::Region)>>;

    // The service visit (`visit`): customers, intake, photos, signatures.

    fn customer(&mut self, id: i64) -> Result<Option<CustomerRow>>;
    /// Customers (not erased) whose search key contains `key` (lower case)
    /// or, when given, `digits`; at most `limit`, in no particular order.
    fn find_customers(
        &mut self,
        key: &str,
        digits: Option<&str>,
        limit: usize,
    ) -> Result<Vec<CustomerRow>>;
    /// Products whose serial contains `text` (upper case); at most `limit`.
    fn find_products(&mut self, text: &str, limit: usize) -> Result<Vec<ProductHit>>;
    /// Claims whose id or serial contains `text` (upper case); at most `limit`.
    fn find_claims(&mut self, text: &str, limit: usize) -> Result<Vec<ClaimHit>>;
    /// A customer's edits with their old → new values, oldest first.
    fn customer_changes(&mut self, customer_id: i64) -> Result<Vec<CustomerChangeRow>>;
    /// The customer a product belongs to.
    fn product_customer(&mut self, product_id: i64) -> Result<Option<i64>>;
    /// The products linked to a customer, by id.
    fn customer_product_ids(&mut self, customer_id: i64) -> Result<Vec<i64>>;
    /// The claims filed for a customer, by id.
    fn customer_claim_ids(&mut self, customer_id: i64) -> Result<Vec<String>>;
    fn claim_intake(&mut self, claim_id: &str) -> Result<Option<ClaimIntakeRow>>;
    /// The customer of each given claim that has one.
    fn claim_customers(
        &mut self,
        ids: &[&str],
    ) -> Result<std::collections::HashMap<String, CustomerRef>>;
    /// A claim's photos without their bytes, in the order they were added.
    fn photos(&mut self, claim_id: &str) -> Result<Vec<PhotoMeta>>;
    fn photo(&mut self, id: i64) -> Result<Option<PhotoRow>>;
    fn signature(&mut self, claim_id: &str) -> Result<Option<SignatureRow>>;
    /// Audit entries whose subject is one of `subjects`, oldest first.
    fn audit_about(&mut self, subjects: &[String]) -> Result<Vec<AuditEntry>>;

    /// Rows per kind of record, for `migrate`'s verification.
    fn counts(&mut self) -> Result<RecordCounts>;
    /// Every record, parents before children, for `migrate`.
    fn export(&mut self, sink: &mut dyn FnMut(Record) -> Result<()>) -> Result<()>;

    /// Appointments matching `q`, by day, slot and id.
    fn appointments(&mut self, q: &AppointmentQuery) -> Result<Vec<Appointment>>;
    fn appointment(&mut self, id: i64) -> Result<Option<Appointment>>;
    /// A claim's paid-repair quote and the customer's choice.
    fn quote(&mut self, claim_id: &str) -> Result<Option<QuoteRow>>;
    /// The quotes of the given claims (those that have one), for reports.
    fn quotes_of(&mut self, ids: &[&str]) -> Result<std::collections::HashMap<String, QuoteRow>>;
}

/// The write side of one transaction.
pub trait Txn: Reads {
    /// The claim's state, locked against concurrent steps until commit.
    fn lock_claim(&mut self, id: &str) -> Result<Option<ClaimState>>;
    /// Intake and re-decisions: the claims' write lock, taken before
    /// anything is read, so two intakes racing for a unit's last replacement
    /// are decided one after the other, the second seeing the first's hold.
    /// Called first in the transaction (PostgreSQL takes its snapshot after
    /// the lock then); SQLite holds the database's write lock already.
    fn lock_claims_for_intake(&mut self) -> Result<()>;
    /// An activation card's region and bound serial, locked until commit.
    fn lock_card(&mut self, code: &str) -> Result<Option<(crate::rules::Region, Option<String>)>>;

    /// Adds a staff member; `None` when the name is taken.
    fn insert_staff(&mut self, s: &NewStaff) -> Result<Option<i64>>;
    /// Changes a person's role; false when there is no such person.
    fn set_staff_role(&mut self, staff_id: i64, role: Role) -> Result<bool>;
    /// Sets a person's PIN hash and lifts any lock; false when there is no
    /// such person.
    fn set_staff_pin(&mut self, staff_id: i64, pin_hash: &str) -> Result<bool>;
    /// Counts one wrong PIN; at `limit` in a row the person is locked until
    /// `lock_until` and the count starts again. Returns the count and the lock.
    fn record_wrong_pin(
        &mut self,
        staff_id: i64,
        limit: u32,
        lock_until: chrono::NaiveDateTime,
    ) -> Result<(u32, Option<chrono::NaiveDateTime>)>;
    /// A right PIN: the count of wrong ones starts again.
    fn clear_wrong_pins(&mut self, staff_id: i64) -> Result<()>;
    /// Keeps a setting.
    fn set_setting(&mut self, key: Setting, value: &str) -> Result<()>;
    /// Adds products with their CR plan (and CR+ and card, for demo data);
    /// returns the product ids. A serial that exists is `Invalid`, naming it.
    fn insert_units(&mut self, units: &[NewUnit]) -> Result<Vec<i64>>;
    /// Binds CR+ to a CR plan.
    fn insert_plus(&mut self, base_plan_id: i64, plus: &NewPlus) -> Result<()>;
    /// Adds a card; false when the code exists.
    fn insert_card(&mut self, card: &NewCard) -> Result<bool>;
    /// Binds a free card; false when it was bound meanwhile.
    fn bind_card(
        &mut self,
        code: &str,
        serial: &str,
        on: chrono::NaiveDate,
        by: i64,
    ) -> Result<bool>;
    /// CR+ returned on `on` (and withdrawn from then); CR withdrawn too.
    fn return_plus(
        &mut self,
        plus_id: i64,
        base_plan_id: Option<i64>,
        on: chrono::NaiveDate,
    ) -> Result<()>;
    /// Withdraws a plan; false when it was already withdrawn.
    fn withdraw(
        &mut self,
        plan: crate::rules::PlanKind,
        plan_id: i64,
        on: chrono::NaiveDate,
    ) -> Result<bool>;
    /// Counts one replacement on the plan.
    fn count_replacement(&mut self, plan: crate::rules::PlanKind, plan_id: i64) -> Result<()>;
    fn count_warranty_repair(&mut self, plus_id: i64) -> Result<()>;
    /// The new unit of a replacement: same model, channel, region and CR plan.
    fn insert_replacement_unit(&mut self, old: &ProductRow, new_serial: &str) -> Result<i64>;
    /// Marks an active unit reclaimed; false when it was not active.
    fn reclaim(&mut self, product_id: i64, replaced_by: &str) -> Result<bool>;

    /// The next claim number of the year (unique across workstations; gaps allowed).
    fn next_claim_number(&mut self, year: i32) -> Result<i64>;
    fn insert_claim(&mut self, c: &NewClaim) -> Result<()>;
    /// Moves a claim on, if it is still in `from`; false otherwise.
    fn set_claim_status(
        &mut self,
        id: &str,
        from: ClaimStatus,
        to: ClaimStatus,
        at: chrono::NaiveDateTime,
    ) -> Result<bool>;
    fn set_replacement_serial(&mut self, id: &str, serial: &str) -> Result<()>;
    /// The customer's parcel was shipped on `shipped_on`: kept in the claim
    /// input (`input`, the new JSON) and beside it for the work queues.
    fn set_claim_shipped(
        &mut self,
        id: &str,
        input: &str,
        shipped_on: chrono::NaiveDate,
        at: chrono::NaiveDateTime,
    ) -> Result<()>;
    /// Marks a claim changed (its parcels), for lists and live refresh.
    fn touch_claim(&mut self, id: &str, at: chrono::NaiveDateTime) -> Result<()>;
    /// Records a parcel; returns its id.
    fn insert_parcel(&mut self, p: &NewParcel) -> Result<i64>;
    /// Sets a parcel's shipped and received days.
    fn set_parcel_days(
        &mut self,
        id: i64,
        shipped_on: Option<chrono::NaiveDate>,
        received_on: Option<chrono::NaiveDate>,
    ) -> Result<bool>;
    /// Marks an upgrade task done; false when another workstation did it.
    fn finish_upgrade_task(&mut self, task: &str) -> Result<bool>;
    /// Keeps a new decision for a reopened claim.
    fn redecide_claim(
        &mut self,
        id: &str,
        d: &DecisionRecord,
        at: chrono::NaiveDateTime,
    ) -> Result<()>;
    /// Keeps the advice shown when the claim was decided (replacing the
    /// advice of an earlier decision of a reopened claim).
    fn set_claim_advice(&mut self, id: &str, advice: &AdviceRecord) -> Result<()>;
    /// Appends to a claim's timeline (append-only).
    fn append_event(&mut self, e: &NewEvent) -> Result<()>;
    /// Appends to the audit log (append-only).
    fn audit(&mut self, a: &NewAudit) -> Result<()>;

    /// Adds a fee unless that model, region and number has one.
    fn seed_fee(&mut self, f: &FeeRow) -> Result<()>;
    /// Sets a fee; returns the amount it replaced.
    fn set_fee(&mut self, f: &FeeRow) -> Result<Option<Money>>;

    // The service visit (`visit`).

    /// The customer, locked against concurrent edits until commit.
    fn lock_customer(&mut self, id: i64) -> Result<Option<CustomerRow>>;
    /// Adds customers; returns their ids in order.
    fn insert_customers(&mut self, customers: &[NewCustomer]) -> Result<Vec<i64>>;
    /// Replaces the personal fields of a customer not erased; false otherwise.
    fn update_customer(
        &mut self,
        id: i64,
        fields: &CustomerFields,
        search_key: &str,
        at: chrono::NaiveDateTime,
    ) -> Result<bool>;
    /// Keeps the old → new values of an edit; returns its id.
    fn insert_customer_change(
        &mut self,
        customer_id: i64,
        at: chrono::NaiveDateTime,
        staff_id: Option<i64>,
        changes: &str,
    ) -> Result<i64>;
    /// Links a product to its customer; false when it is linked already.
    fn link_product_customer(
        &mut self,
        product_id: i64,
        customer_id: i64,
        at: chrono::NaiveDateTime,
        by: Option<i64>,
    ) -> Result<bool>;
    fn insert_claim_intake(&mut self, intake: &ClaimIntakeRow) -> Result<()>;
    /// Keeps a photo; `None` when the same photo (SHA-256) is on the claim already.
    fn insert_photo(&mut self, photo: &NewPhoto) -> Result<Option<i64>>;
    /// Keeps the claim's signature, replacing an earlier one.
    fn set_signature(&mut self, signature: &SignatureRow) -> Result<()>;
    /// Erases a customer's personal fields and search key; false when
    /// there is no such customer or it was erased already.
    fn erase_customer(
        &mut self,
        id: i64,
        at: chrono::NaiveDateTime,
        by: Option<i64>,
    ) -> Result<bool>;
    /// Redacts the old → new values of a customer's edits; returns how many.
    fn redact_customer_changes(
        &mut self,
        customer_id: i64,
        at: chrono::NaiveDateTime,
    ) -> Result<u64>;
    /// Erases the signatures on a customer's claims; returns how many.
    fn erase_signatures_of(&mut self, customer_id: i64, at: chrono::NaiveDateTime) -> Result<u64>;

    /// Many rows into a new database follow: the backend may defer index
    /// upkeep until `bulk_load(false)` (same transaction).
    fn bulk_load(&mut self, starting: bool) -> Result<()>;

    /// `migrate`: one record as exported, ids kept.
    fn import(&mut self, r: &Record) -> Result<()>;
    /// `migrate`: after the last record (id sequences continue after the copies).
    fn finish_import(&mut self) -> Result<()>;

    /// Books an appointment for `customer` (when one was found); returns its id.
    fn insert_appointment(
        &mut self,
        a: &AppointmentFields,
        customer: Option<i64>,
        by: i64,
        at: chrono::NaiveDateTime,
    ) -> Result<i64>;
    /// Writes an appointment's fields, customer and state, if it is still
    /// in `from`; false otherwise (changed meanwhile, or gone).
    fn update_appointment(&mut self, a: &Appointment, from: AppointmentStatus) -> Result<bool>;
    /// Erases a forgotten customer's name, phone, email and case text from
    /// their bookings; returns how many.
    fn erase_appointments_of(&mut self, customer_id: i64, at: chrono::NaiveDateTime)
    -> Result<u64>;
    /// Keeps a claim's quote and choice (replacing the one stored).
    fn save_quote(&mut self, q: &QuoteRow) -> Result<()>;
}

/// Runs `work` in one write transaction and returns what it made.
pub fn write<T>(
    storage: &dyn Storage,
    mut work: impl FnMut(&mut dyn Txn) -> Result<T>,
) -> Result<T> {
    let mut out = None;
    storage.write(&mut |tx| {
        out = Some(work(tx)?);
        Ok(())
    })?;
    out.ok_or(StoreError::Unfinished("the write produced nothing"))
}

/// A JSON list column (`["REP-PART", …]`), the same text in both backends.
pub(crate) fn json_list(v: &[String]) -> String {
    serde_json::to_string(v).unwrap_or_else(|_| "[]".into())
}

/// An advice column's text (the same in both backends).
pub(crate) fn advice_json(a: &AdviceRecord) -> Result<String> {
    serde_json::to_string(a).map_err(|e| StoreError::Invalid(format!("advice: {e}")))
}

pub(crate) fn parse_advice(id: &str, text: &str) -> Result<AdviceRecord> {
    serde_json::from_str(text).map_err(|e| StoreError::Corrupt(format!("claim {id} advice: {e}")))
}

pub(crate) fn parse_json_list(what: &str, text: &str) -> Result<Vec<String>> {
    serde_json::from_str(text).map_err(|e| StoreError::Corrupt(format!("{what}: {e}")))
}

/// Parses a stored code (`replacement`, `approved`, …).
pub(crate) fn parse_code<T: std::str::FromStr>(what: &str, s: &str) -> Result<T>
where
    T::Err: std::fmt::Display,
{
    s.parse::<T>()
        .map_err(|e| StoreError::Corrupt(format!("{what}: {e}")))
}
