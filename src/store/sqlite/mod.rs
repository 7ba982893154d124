//! The SQLite backend: one file, WAL, foreign keys on, schema migrations
//! with a version (`schema`). One seat, or a few processes on one machine.
//!
//! Every write runs in one `IMMEDIATE` transaction, so two writers on the
//! same file serialize (`busy_timeout` makes the second wait), and each
//! check-then-write (a card binding once, a replacement counted once)
//! happens under the write lock.

mod reads;
pub mod rows;
pub mod schema;
mod ssc;
mod txn;

use super::pool::{Pool, Pooled};
use super::{BUSY_TIMEOUT, Backend, Change, ChangeFeed, Reads, Result, Storage, StoreError, Txn};
use rusqlite::{Connection, OpenFlags, TransactionBehavior};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};
use std::time::Duration;

/// Connections per process: the window, the claims reader, a background
/// job, the change feed, and room to spare.
const MAX_CONNECTIONS: usize = 8;

impl From<rusqlite::Error> for StoreError {
    /// SQLite's own words ("database is locked") tell a person neither what
    /// happened nor what to do; the common failures get plain words, and
    /// the original text stays at the end for support.
    fn from(e: rusqlite::Error) -> Self {
        use rusqlite::ErrorCode as C;
        let text = e.to_string();
        match e.sqlite_error_code() {
            Some(C::DatabaseBusy | C::DatabaseLocked) => StoreError::Busy(text),
            Some(C::ReadOnly) => StoreError::ReadOnly(text),
            Some(C::DiskFull) => StoreError::DiskFull(text),
            Some(C::CannotOpen) => StoreError::CannotOpen(format!(
                "the database file cannot be opened (database: {text})"
            )),
            Some(C::NotADatabase) => StoreError::CannotOpen(format!(
                "this file is not a CareDesk database (database: {text})"
            )),
            _ => StoreError::Backend(text),
        }
    }
}

/// A CareDesk database in one SQLite file.
pub struct SqliteStorage {
    path: PathBuf,
    pool: Pool<Connection>,
    created: bool,
    /// Busy timeout in milliseconds, applied to each connection handed out.
    busy_ms: AtomicU64,
    /// `max_page_count` cap (0: none), applied to each connection handed out.
    max_pages: AtomicI64,
}

impl std::fmt::Debug for SqliteStorage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SqliteStorage")
            .field("path", &self.path)
            .finish()
    }
}

fn connect(path: &Path, read_only: bool) -> Result<Connection> {
    let conn = if read_only {
        Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?
    } else {
        let conn = Connection::open(path)?;
        // WAL: readers never block the writer; NORMAL is durable in WAL mode
        // except for the last transactions on power loss (not on a crash).
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn
    };
    conn.busy_timeout(BUSY_TIMEOUT)?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    Ok(conn)
}

impl SqliteStorage {
    /// Opens (or creates) the file and brings its schema up to date.
    pub fn open(path: &Path) -> Result<SqliteStorage> {
        if let Some(dir) = path.parent()
            && !dir.as_os_str().is_empty()
        {
            std::fs::create_dir_all(dir)?;
        }
        let mut first = connect(path, false)?;
        let found = schema::migrate(&mut first)?;
        Ok(Self::with_pool(path, false, found == 0))
    }

    /// Opens an existing file for reading only (an archive copy, a share
    /// without write rights): every write fails with a read-only error.
    pub fn open_read_only(path: &Path) -> Result<SqliteStorage> {
        let conn = connect(path, true)?;
        let found = schema::version(&conn)?;
        if found > schema::SCHEMA_VERSION {
            return Err(StoreError::SchemaTooNew {
                found,
                known: schema::SCHEMA_VERSION,
            });
        }
        Ok(Self::with_pool(path, true, false))
    }

    fn with_pool(path: &Path, read_only: bool, created: bool) -> SqliteStorage {
        let p = path.to_owned();
        SqliteStorage {
            path: path.to_owned(),
            pool: Pool::new(
                MAX_CONNECTIONS,
                BUSY_TIMEOUT,
                move || connect(&p, read_only),
                |_| true,
            ),
            created,
            busy_ms: AtomicU64::new(BUSY_TIMEOUT.as_millis() as u64),
            max_pages: AtomicI64::new(0),
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// A connection with this storage's settings applied.
    fn checkout(&self) -> Result<Pooled<'_, Connection>> {
        let conn = self.pool.get()?;
        conn.busy_timeout(Duration::from_millis(self.busy_ms.load(Ordering::Relaxed)))?;
        let pages = self.max_pages.load(Ordering::Relaxed);
        if pages > 0 {
            conn.query_row(&format!("PRAGMA max_page_count = {pages}"), [], |_| Ok(()))?;
        }
        Ok(conn)
    }

    /// Caps the database at `pages` pages (SQLite `max_page_count`); writes
    /// beyond it fail as "disk full". Lets tests prove a full disk loses
    /// nothing; returns the cap SQLite applied (never below the current size).
    #[doc(hidden)]
    pub fn limit_pages(&self, pages: i64) -> Result<i64> {
        let conn = self.pool.get()?;
        let applied: i64 =
            conn.query_row(&format!("PRAGMA max_page_count = {pages}"), [], |r| {
                r.get(0)
            })?;
        self.max_pages.store(applied, Ordering::Relaxed);
        Ok(applied)
    }

    /// Pages in the database file now (SQLite `page_count`).
    #[doc(hidden)]
    pub fn page_count(&self) -> Result<i64> {
        Ok(self
            .checkout()?
            .query_row("PRAGMA page_count", [], |r| r.get(0))?)
    }
}

/// Reads on a pooled connection.
struct SqliteRead<'a> {
    conn: Pooled<'a, Connection>,
}

/// What the typed reads run on: a connection, or a transaction's.
pub(crate) trait Conn {
    fn c(&self) -> &Connection;
}

impl Conn for SqliteRead<'_> {
    fn c(&self) -> &Connection {
        &self.conn
    }
}

impl Storage for SqliteStorage {
    fn backend(&self) -> Backend {
        Backend::Sqlite
    }

    fn location(&self) -> String {
        self.path.display().to_string()
    }

    fn created(&self) -> bool {
        self.created
    }

    fn schema_version(&self) -> Result<u32> {
        schema::version(&*self.checkout()?)
    }

    fn read(&self) -> Result<Box<dyn Reads + '_>> {
        Ok(Box::new(reads::Db(SqliteRead {
            conn: self.checkout()?,
        })))
    }

    fn write(&self, work: &mut dyn FnMut(&mut dyn Txn) -> Result<()>) -> Result<()> {
        let mut conn = self.checkout()?;
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut t = reads::Db(txn::SqliteTxn { tx });
        // On an error the transaction is dropped, which rolls it back.
        work(&mut t)?;
        t.0.tx.commit()?;
        Ok(())
    }

    fn set_busy_timeout(&self, wait: Duration) -> Result<()> {
        self.busy_ms
            .store(wait.as_millis() as u64, Ordering::Relaxed);
        Ok(())
    }

    fn integrity_check(&self) -> Result<String> {
        Ok(self
            .checkout()?
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))?)
    }

    fn changes(&self) -> Result<Box<dyn ChangeFeed>> {
        let conn = connect(&self.path, true)?;
        let last = data_version(&conn)?;
        Ok(Box::new(SqliteFeed { conn, last }))
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn data_version(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row("PRAGMA data_version", [], |r| r.get(0))?)
}

/// SQLite has no notifications: `PRAGMA data_version` changes when another
/// connection commits, and checking it is cheap, so the feed checks it each
/// time it is asked (the app asks every second, never every frame).
struct SqliteFeed {
    conn: Connection,
    last: i64,
}

impl ChangeFeed for SqliteFeed {
    fn wait(&mut self, timeout: Duration) -> Result<Vec<Change>> {
        std::thread::sleep(timeout);
        let now = data_version(&self.conn)?;
        if now == self.last {
            return Ok(Vec::new());
        }
        self.last = now;
        Ok(vec![Change::Unknown])
    }
}
