//! The store: CareDesk's memory in one SQLite database (SPEC §4), and the
//! domain operations the GUI and the CLI share. This module is the only place
//! with SQL; callers see plain records (`model`) and `StoreError`.
//!
//! Every write runs in one `IMMEDIATE` transaction, so two workstations on the
//! same file serialize their writes (`busy_timeout` makes the second wait), and
//! each check-then-write (a card binding once, a replacement counted once)
//! happens under the write lock. The rules decide (`crate::rules::decide`);
//! the store only gathers the facts from its rows and keeps the outcome.

mod claims;
mod demo;
mod import;
pub mod model;
mod plans;
mod report_queries;
pub mod schema;
mod sql;
mod stats;

pub use import::PRODUCT_CSV_COLUMNS;
pub use model::*;
pub use report_queries::ClaimForReport;

use crate::catalog::Catalog;
use crate::rules::Decision;
use chrono::{NaiveDateTime, Utc};
use rusqlite::{Connection, OptionalExtension, Transaction, TransactionBehavior, params};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// Environment variable naming the database file.
pub const DB_ENV: &str = "CAREDESK_DB";

/// How long a writer waits for another workstation's transaction.
const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The rules refused: the decision carries every rule ID and reason.
    #[error("refused: {}", refusal_text(.0))]
    Refused(Decision),
    #[error("not found: {0}")]
    NotFound(String),
    #[error("{0}")]
    Invalid(String),
    #[error("a claim that is {} cannot take the action `{}`", .from.label().to_lowercase(), .action)]
    IllegalTransition {
        from: ClaimStatus,
        action: ClaimAction,
    },
    #[error("not allowed: {0}")]
    NotAllowed(String),
    #[error("activation code {0} is already bound to a product; a code binds once")]
    CodeAlreadyUsed(String),
    #[error(
        "this database has schema version {found}, newer than this CareDesk knows ({known}); use a newer CareDesk"
    )]
    SchemaTooNew { found: u32, known: u32 },
    /// A stored value this program cannot read (hand-edited database?).
    #[error("database holds an unreadable value: {0}")]
    Corrupt(String),
    #[error("{}", sqlite_text(.0))]
    Sqlite(#[from] rusqlite::Error),
    #[error("{0}")]
    Io(#[from] std::io::Error),
    #[error("not finished yet: {0}")]
    Unfinished(&'static str),
}

fn refusal_text(d: &Decision) -> String {
    d.failed
        .iter()
        .map(|r| format!("{} ({})", r.id(), r.reason()))
        .collect::<Vec<_>>()
        .join("; ")
}

/// SQLite's own words ("database is locked") tell a person neither what
/// happened nor what to do; the common failures get plain words, and the
/// original text stays at the end for support.
fn sqlite_text(e: &rusqlite::Error) -> String {
    use rusqlite::ErrorCode as C;
    let plain = match e.sqlite_error_code() {
        Some(C::DatabaseBusy | C::DatabaseLocked) => {
            "the database is locked by another program or workstation; nothing was saved, try again"
        }
        Some(C::ReadOnly) => "the database is read-only here; nothing was saved",
        Some(C::DiskFull) => "the disk is full; nothing was saved, free some space and try again",
        Some(C::CannotOpen) => "the database file cannot be opened",
        Some(C::NotADatabase) => "this file is not a CareDesk database",
        _ => return format!("database: {e}"),
    };
    format!("{plain} (database: {e})")
}

impl StoreError {
    /// The write lock was not obtained in time (another writer held it).
    pub fn is_busy(&self) -> bool {
        matches!(self, StoreError::Sqlite(rusqlite::Error::SqliteFailure(e, _))
            if matches!(e.code, rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked))
    }

    /// The database may not be written (opened read-only, or read-only file).
    pub fn is_read_only(&self) -> bool {
        matches!(self, StoreError::Sqlite(e) if e.sqlite_error_code() == Some(rusqlite::ErrorCode::ReadOnly))
    }

    /// The disk (or the database's size limit) is full.
    pub fn is_disk_full(&self) -> bool {
        matches!(self, StoreError::Sqlite(e) if e.sqlite_error_code() == Some(rusqlite::ErrorCode::DiskFull))
    }
}

/// An open CareDesk database.
pub struct Store {
    conn: Connection,
    catalog: Arc<Catalog>,
    path: PathBuf,
    /// The file did not exist or had no schema when opened.
    created: bool,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("path", &self.path).finish()
    }
}

impl Store {
    /// Opens (or creates) a database: WAL, foreign keys, migrations; a new
    /// database gets the catalog's fee schedule.
    pub fn open(path: &Path, catalog: Arc<Catalog>) -> Result<Store> {
        if let Some(dir) = path.parent()
            && !dir.as_os_str().is_empty()
        {
            std::fs::create_dir_all(dir)?;
        }
        let mut conn = Connection::open(path)?;
        conn.busy_timeout(BUSY_TIMEOUT)?;
        // WAL: readers never block the writer; NORMAL is durable in WAL mode
        // except for the last transactions on power loss (not on a crash).
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        let found = schema::migrate(&mut conn)?;
        let mut store = Store {
            conn,
            catalog,
            path: path.to_owned(),
            created: found == 0,
        };
        if store.created {
            store.seed_fees()?;
        }
        Ok(store)
    }

    /// Opens an existing database for reading only (an archive copy, a share
    /// without write rights): every write fails with a read-only error.
    pub fn open_read_only(path: &Path, catalog: Arc<Catalog>) -> Result<Store> {
        use rusqlite::OpenFlags;
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        conn.busy_timeout(BUSY_TIMEOUT)?;
        let found = schema::version(&conn)?;
        if found > schema::SCHEMA_VERSION {
            return Err(StoreError::SchemaTooNew {
                found,
                known: schema::SCHEMA_VERSION,
            });
        }
        Ok(Store {
            conn,
            catalog,
            path: path.to_owned(),
            created: false,
        })
    }

    /// How long a write waits for another workstation's transaction before
    /// giving up with a "locked" error (default 10 s).
    pub fn set_busy_timeout(&mut self, wait: Duration) -> Result<()> {
        Ok(self.conn.busy_timeout(wait)?)
    }

    /// Caps the database at `pages` pages (SQLite `max_page_count`); writes
    /// beyond it fail as "disk full". Lets tests prove a full disk loses
    /// nothing; returns the cap SQLite applied (never below the current size).
    #[doc(hidden)]
    pub fn limit_pages(&self, pages: i64) -> Result<i64> {
        Ok(self
            .conn
            .query_row(&format!("PRAGMA max_page_count = {pages}"), [], |r| {
                r.get(0)
            })?)
    }

    /// Pages in the database file now (SQLite `page_count`).
    #[doc(hidden)]
    pub fn page_count(&self) -> Result<i64> {
        Ok(self.conn.query_row("PRAGMA page_count", [], |r| r.get(0))?)
    }

    /// `caredesk.sqlite3` in the user's data directory.
    pub fn default_path() -> PathBuf {
        directories::ProjectDirs::from("com", "CareDesk", "CareDesk")
            .map(|d| d.data_dir().join("caredesk.sqlite3"))
            .unwrap_or_else(|| PathBuf::from("caredesk.sqlite3"))
    }

    /// `--db PATH`, else `CAREDESK_DB`, else the default path.
    pub fn resolve_path(cli: Option<&Path>) -> PathBuf {
        if let Some(p) = cli {
            return p.to_owned();
        }
        match std::env::var_os(DB_ENV) {
            Some(p) if !p.is_empty() => PathBuf::from(p),
            _ => Self::default_path(),
        }
    }

    /// Opens the database and, on first start (no products yet), loads the
    /// demo data so a new user sees a working desk. Returns the summary when
    /// demo data was loaded.
    pub fn open_with_demo(
        path: &Path,
        catalog: Arc<Catalog>,
        today: chrono::NaiveDate,
    ) -> Result<(Store, Option<DemoSummary>)> {
        let mut store = Store::open(path, catalog)?;
        let summary = if store.created && store.is_empty()? {
            Some(store.load_demo(demo::DEFAULT_PRODUCTS, today, &|_| true)?)
        } else {
            None
        };
        Ok((store, summary))
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    pub fn catalog_arc(&self) -> Arc<Catalog> {
        self.catalog.clone()
    }

    /// The database was created by this `open`.
    pub fn was_created(&self) -> bool {
        self.created
    }

    pub fn schema_version(&self) -> Result<u32> {
        schema::version(&self.conn)
    }

    /// No products yet (first start → demo).
    pub fn is_empty(&self) -> Result<bool> {
        let any: Option<i64> = self
            .conn
            .query_row("SELECT id FROM products LIMIT 1", [], |r| r.get(0))
            .optional()?;
        Ok(any.is_none())
    }

    /// `PRAGMA integrity_check` — "ok" when the file is sound.
    pub fn integrity_check(&self) -> Result<String> {
        Ok(self
            .conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))?)
    }

    // ------------------------------------------------------------ helpers

    /// Starts the one write transaction of an operation.
    fn write(&mut self) -> Result<Transaction<'_>> {
        Ok(self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?)
    }

    fn seed_fees(&mut self) -> Result<()> {
        let catalog = self.catalog.clone();
        let tx = self.write()?;
        {
            let mut ins = tx.prepare(
                "INSERT OR IGNORE INTO fee_schedule (model, replacement_number, amount_cents, currency)
                 VALUES (?1, ?2, ?3, ?4)",
            )?;
            for f in &catalog.fees {
                ins.execute(params![
                    f.model,
                    f.replacement_number,
                    f.amount_cents,
                    f.currency
                ])?;
            }
        }
        audit(
            &tx,
            None,
            now(),
            "seed_fees",
            "fee_schedule",
            serde_json::json!({ "rows": catalog.fees.len(), "source": catalog.source }),
        )?;
        tx.commit()?;
        Ok(())
    }

    // ------------------------------------------------------------ staff

    pub fn staff(&self) -> Result<Vec<Staff>> {
        let mut st = self
            .conn
            .prepare("SELECT id, name, role, pin_hash IS NOT NULL FROM staff ORDER BY id")?;
        let rows = st.query_map([], sql::staff_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Finds a staff member by exact name.
    pub fn staff_by_name(&self, name: &str) -> Result<Staff> {
        self.conn
            .query_row(
                "SELECT id, name, role, pin_hash IS NOT NULL FROM staff WHERE name = ?1",
                [name],
                sql::staff_row,
            )
            .optional()?
            .ok_or_else(|| StoreError::NotFound(format!("staff member `{name}`")))
    }

    /// Adds a staff member. A supervisor needs a PIN (kept as an Argon2 hash).
    pub fn add_staff(
        &mut self,
        actor: Option<i64>,
        name: &str,
        role: Role,
        pin: Option<&str>,
    ) -> Result<Staff> {
        let name = name.trim();
        if name.is_empty() {
            return Err(StoreError::Invalid("staff name must not be empty".into()));
        }
        if role == Role::Supervisor && pin.is_none_or(|p| p.trim().chars().count() < 4) {
            return Err(StoreError::Invalid(
                "a supervisor needs a PIN of at least 4 characters".into(),
            ));
        }
        let hash = match pin {
            Some(p) if !p.is_empty() => Some(plans::hash_pin(p)?),
            _ => None,
        };
        let tx = self.write()?;
        let exists: Option<i64> = tx
            .query_row("SELECT id FROM staff WHERE name = ?1", [name], |r| r.get(0))
            .optional()?;
        if exists.is_some() {
            return Err(StoreError::Invalid(format!(
                "a staff member named `{name}` already exists"
            )));
        }
        let at = now();
        tx.execute(
            "INSERT INTO staff (name, role, pin_hash, created_at) VALUES (?1, ?2, ?3, ?4)",
            params![name, role, hash, sql::ts(at)],
        )?;
        let id = tx.last_insert_rowid();
        audit(
            &tx,
            actor,
            at,
            "add_staff",
            name,
            serde_json::json!({ "role": role, "pin": hash.is_some() }),
        )?;
        tx.commit()?;
        Ok(Staff {
            id,
            name: name.to_owned(),
            role,
            has_pin: hash.is_some(),
        })
    }

    /// Checks that `staff_id` is a supervisor and `pin` is theirs.
    pub fn verify_supervisor(&self, staff_id: i64, pin: &str) -> Result<()> {
        plans::verify_supervisor(&self.conn, staff_id, pin)
    }

    // ------------------------------------------------------------ fees

    pub fn fee_schedule(&self) -> Result<Vec<FeeRow>> {
        let mut st = self.conn.prepare(
            "SELECT model, replacement_number, amount_cents, currency FROM fee_schedule
             ORDER BY model, replacement_number",
        )?;
        let rows = st.query_map([], |r| {
            Ok(FeeRow {
                model: r.get(0)?,
                replacement_number: r.get(1)?,
                amount: Money {
                    cents: r.get(2)?,
                    currency: r.get(3)?,
                },
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Sets one fee (supervisor and PIN; audited with the old and new amount).
    pub fn set_fee(
        &mut self,
        supervisor: i64,
        pin: &str,
        model: &str,
        replacement_number: u32,
        amount: Money,
    ) -> Result<()> {
        let Some(model_id) = self.catalog.model_id(model) else {
            return Err(StoreError::Invalid(format!("unknown model `{model}`")));
        };
        let model = self.catalog.model(model_id).name.clone();
        if replacement_number == 0 {
            return Err(StoreError::Invalid("replacement number starts at 1".into()));
        }
        if amount.cents < 0 {
            return Err(StoreError::Invalid("a fee cannot be negative".into()));
        }
        if amount.currency.len() != 3 || !amount.currency.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(StoreError::Invalid(format!(
                "currency `{}` is not a three-letter code such as USD",
                amount.currency
            )));
        }
        if let Err(e) = plans::verify_supervisor(&self.conn, supervisor, pin) {
            self.audit_denied(
                supervisor,
                "set_fee",
                &format!("{model} #{replacement_number}"),
                &e,
            )?;
            return Err(e);
        }
        let tx = self.write()?;
        let old: Option<(i64, String)> = tx
            .query_row(
                "SELECT amount_cents, currency FROM fee_schedule WHERE model = ?1 AND replacement_number = ?2",
                params![model, replacement_number],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        tx.execute(
            "INSERT INTO fee_schedule (model, replacement_number, amount_cents, currency)
             VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (model, replacement_number)
             DO UPDATE SET amount_cents = excluded.amount_cents, currency = excluded.currency",
            params![model, replacement_number, amount.cents, amount.currency],
        )?;
        audit(
            &tx,
            Some(supervisor),
            now(),
            "set_fee",
            &format!("{model} #{replacement_number}"),
            serde_json::json!({
                "old": old.map(|(c, cur)| Money { cents: c, currency: cur }.to_string()),
                "new": amount.to_string(),
            }),
        )?;
        tx.commit()?;
        Ok(())
    }

    // ------------------------------------------------------------ audit

    /// Records a refused supervisor action (wrong role or PIN): the attempt
    /// is kept even though nothing else changes.
    fn audit_denied(
        &mut self,
        actor: i64,
        action: &str,
        subject: &str,
        why: &StoreError,
    ) -> Result<()> {
        let known: Option<i64> = self
            .conn
            .query_row("SELECT id FROM staff WHERE id = ?1", [actor], |r| r.get(0))
            .optional()?;
        let tx = self.write()?;
        audit(
            &tx,
            known,
            now(),
            &format!("denied_{action}"),
            subject,
            serde_json::json!({ "reason": why.to_string() }),
        )?;
        tx.commit()?;
        Ok(())
    }

    /// The latest audit entries, newest first.
    pub fn audit_log(&self, limit: usize) -> Result<Vec<AuditEntry>> {
        let mut st = self.conn.prepare(
            "SELECT a.id, a.at, COALESCE(s.name, 'system'), a.action, a.subject, a.details
             FROM audit_log a LEFT JOIN staff s ON s.id = a.staff_id
             ORDER BY a.id DESC LIMIT ?1",
        )?;
        let rows = st.query_map([limit as i64], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, String>(5)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (id, at, who, action, subject, details) = row?;
            out.push(AuditEntry {
                id,
                at: sql::parse_ts(&at)?,
                who,
                action,
                subject,
                details: serde_json::from_str(&details)
                    .map_err(|e| StoreError::Corrupt(format!("audit {id}: {e}")))?,
            });
        }
        Ok(out)
    }
}

/// The current time (UTC, whole seconds) for events and the audit log.
pub(crate) fn now() -> NaiveDateTime {
    let t = Utc::now().naive_utc();
    t - Duration::from_nanos(u64::from(chrono::Timelike::nanosecond(&t)))
}

/// Appends to the audit log inside the operation's transaction.
pub(crate) fn audit(
    conn: &Connection,
    actor: Option<i64>,
    at: NaiveDateTime,
    action: &str,
    subject: &str,
    details: serde_json::Value,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO audit_log (at, staff_id, action, subject, details) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![
        sql::ts(at),
        actor,
        action,
        subject,
        details.to_string()
    ])?;
    Ok(())
}
