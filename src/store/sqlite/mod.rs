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
mod visit;

use super::pool::{Pool, Pooled};
use super::{
    BUSY_TIMEOUT, Backend, Change, ChangeFeed, Health, OpenOptions, Reads, Result, Storage,
    StoreError, Txn,
};
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
    /// Opened read-only because the file failed its integrity check.
    damaged: Option<String>,
}

impl std::fmt::Debug for SqliteStorage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SqliteStorage")
            .field("path", &self.path)
            .finish()
    }
}

/// Connects to a database file that exists (never creates one: a new file
/// is made, owner-only, by `create_private` first).
fn connect(path: &Path, read_only: bool) -> Result<Connection> {
    let conn = if read_only {
        Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?
    } else {
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        // WAL: readers never block the writer. FULL: each commit is synced
        // to the disk before it returns, so a claim id that was shown or
        // printed survives a power cut, not only a crash (NORMAL may lose
        // the last transactions then). BENCHMARKS.md has the cost.
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn
    };
    conn.busy_timeout(BUSY_TIMEOUT)?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    // Deleted and overwritten content is zeroed, free pages included: a
    // forgotten customer's old name must not linger in the file's free
    // space (SPEC §6; `visit::scrub_erased` then empties the WAL).
    conn.pragma_update(None, "secure_delete", "ON")?;
    Ok(conn)
}

/// What a file at a database path is.
#[derive(Debug, PartialEq, Eq)]
pub enum Identity {
    /// No file there.
    Missing,
    /// An empty file, or a SQLite database without any table.
    Empty,
    /// A CareDesk database (stamped, or made before the stamp existed).
    CareDesk,
    /// Something else: what it is, in words.
    Foreign(String),
}

/// Looks at the file at `path` without changing it.
pub fn identify(path: &Path) -> Result<Identity> {
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Identity::Missing),
        Err(e) => return Err(e.into()),
    };
    if !meta.is_file() {
        return Ok(Identity::Foreign("not a regular file".into()));
    }
    if meta.len() == 0 {
        return Ok(Identity::Empty);
    }
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let look = |conn: &Connection| -> rusqlite::Result<(i32, u32, Vec<String>)> {
        let app: i32 = conn.query_row("PRAGMA application_id", [], |r| r.get(0))?;
        let version: u32 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        let tables = conn
            .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")?
            .query_map([], |r| r.get::<_, String>(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok((app, version, tables))
    };
    let (app, version, tables) =
        match Connection::open_with_flags(path, flags).and_then(|c| look(&c)) {
            Ok(x) => x,
            Err(e) if e.sqlite_error_code() == Some(rusqlite::ErrorCode::NotADatabase) => {
                return Ok(Identity::Foreign("not a SQLite database".into()));
            }
            Err(e) => return Err(e.into()),
        };
    let has = |t: &str| tables.iter().any(|n| n == t);
    Ok(if app == schema::APPLICATION_ID {
        Identity::CareDesk
    } else if app == 0 && version >= 1 && has("claims") && has("staff") && has("audit_log") {
        // Made by a CareDesk from before the stamp; the next migration stamps it.
        Identity::CareDesk
    } else if app == 0 && version == 0 && tables.is_empty() {
        Identity::Empty
    } else {
        let names: Vec<&str> = tables.iter().take(4).map(String::as_str).collect();
        Identity::Foreign(format!(
            "a SQLite database of another program (application id {app:#x}, {} tables: {}{})",
            tables.len(),
            names.join(", "),
            if tables.len() > names.len() {
                ", …"
            } else {
                ""
            }
        ))
    })
}

/// Makes a new, empty database file readable and writable by its owner
/// only (it will hold customers' personal data); missing folders are made
/// owner-only too. SQLite gives its `-wal` and `-shm` files the same mode.
fn create_private(path: &Path) -> Result<()> {
    if let Some(dir) = path.parent()
        && !dir.as_os_str().is_empty()
        && !dir.is_dir()
    {
        let mut b = std::fs::DirBuilder::new();
        b.recursive(true);
        #[cfg(unix)]
        std::os::unix::fs::DirBuilderExt::mode(&mut b, 0o700);
        b.create(dir)?;
    }
    let mut o = std::fs::OpenOptions::new();
    o.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut o, 0o600);
    match o.open(path) {
        Ok(_) => Ok(()),
        // Another workstation made it a moment ago: open that one.
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(e.into()),
    }
}

impl SqliteStorage {
    /// Opens the CareDesk database in the file at `path` and brings its
    /// schema up to date, or makes a new one there (missing or empty file)
    /// when `options.create` allows. Another program's file is refused and
    /// left as it was.
    pub fn open_with(path: &Path, options: OpenOptions) -> Result<SqliteStorage> {
        let shown = || path.display().to_string();
        match identify(path)? {
            Identity::CareDesk => {}
            Identity::Missing if options.create => create_private(path)?,
            Identity::Missing => return Err(StoreError::NoDatabase(shown())),
            Identity::Empty if options.create => {}
            Identity::Empty => {
                return Err(StoreError::NoDatabase(format!(
                    "{} (the file is empty)",
                    shown()
                )));
            }
            Identity::Foreign(what) => {
                return Err(StoreError::NotCareDesk(format!("{} ({what})", shown())));
            }
        }
        let mut first = connect(path, false)?;
        let found = schema::migrate(&mut first)?;
        Ok(Self::with_pool(path, false, found == 0, None))
    }

    /// Opens the file, or makes a new database there: for tests and tools
    /// that pick a fresh path themselves.
    pub fn open(path: &Path) -> Result<SqliteStorage> {
        Self::open_with(path, OpenOptions { create: true })
    }

    /// Opens an existing file for reading only (an archive copy, a share
    /// without write rights): every write fails with a read-only error.
    pub fn open_read_only(path: &Path) -> Result<SqliteStorage> {
        Self::open_read_only_because(path, None)
    }

    /// Opens an existing CareDesk file for reading only; with a reason
    /// (it failed its integrity check), every write fails with `Damaged`.
    pub fn open_read_only_because(path: &Path, damaged: Option<String>) -> Result<SqliteStorage> {
        match identify(path)? {
            Identity::CareDesk => {}
            Identity::Missing | Identity::Empty => {
                return Err(StoreError::NoDatabase(path.display().to_string()));
            }
            Identity::Foreign(what) => {
                return Err(StoreError::NotCareDesk(format!(
                    "{} ({what})",
                    path.display()
                )));
            }
        }
        let conn = connect(path, true)?;
        let found = schema::version(&conn)?;
        if found > schema::SCHEMA_VERSION {
            return Err(StoreError::SchemaTooNew {
                found,
                known: schema::SCHEMA_VERSION,
            });
        }
        Ok(Self::with_pool(path, true, false, damaged))
    }

    fn with_pool(
        path: &Path,
        read_only: bool,
        created: bool,
        damaged: Option<String>,
    ) -> SqliteStorage {
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
            damaged,
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

    /// `PRAGMA synchronous` of the connections handed out (2: FULL).
    #[doc(hidden)]
    pub fn synchronous(&self) -> Result<i64> {
        Ok(self
            .checkout()?
            .query_row("PRAGMA synchronous", [], |r| r.get(0))?)
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
        if let Some(why) = &self.damaged {
            return Err(StoreError::Damaged(why.clone()));
        }
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

    fn quick_check(&self, budget: Duration) -> Result<Health> {
        // A connection of its own: interrupting it cannot touch anyone's work.
        let conn = connect(&self.path, true)?;
        let handle = conn.get_interrupt_handle();
        let (done, finished) = std::sync::mpsc::channel::<()>();
        let timer = std::thread::spawn(move || {
            if let Err(std::sync::mpsc::RecvTimeoutError::Timeout) = finished.recv_timeout(budget) {
                handle.interrupt();
            }
        });
        // At most 20 findings: enough to say what is wrong.
        let found: rusqlite::Result<Vec<String>> = conn
            .prepare("PRAGMA quick_check(20)")
            .and_then(|mut st| st.query_map([], |r| r.get(0))?.collect());
        drop(done);
        let _ = timer.join();
        Ok(match found {
            Ok(rows) if rows.len() == 1 && rows[0] == "ok" => Health::Sound,
            Ok(rows) => Health::Damaged(rows.join("; ")),
            Err(e) if e.sqlite_error_code() == Some(rusqlite::ErrorCode::OperationInterrupted) => {
                Health::Unchecked(format!(
                    "the check did not finish within {} s",
                    budget.as_secs_f32()
                ))
            }
            Err(e)
                if matches!(
                    e.sqlite_error_code(),
                    Some(rusqlite::ErrorCode::DatabaseCorrupt | rusqlite::ErrorCode::NotADatabase)
                ) =>
            {
                Health::Damaged(e.to_string())
            }
            Err(e) => return Err(e.into()),
        })
    }

    fn read_only_reason(&self) -> Option<String> {
        self.damaged.clone()
    }

    fn backup_to(&self, target: &Path) -> Result<()> {
        let src = self.checkout()?;
        let mut dst = Connection::open_with_flags(
            target,
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_CREATE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        copy_all(&src, &mut dst)?;
        // A backup is one self-contained file (no -wal beside it).
        dst.pragma_update(None, "journal_mode", "DELETE")?;
        Ok(())
    }

    fn restore_from(&self, source: &Path) -> Result<()> {
        // A damaged file is written too: restoring is the way out of it.
        let src = Connection::open_with_flags(
            source,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        let mut dst = connect(&self.path, false)?;
        dst.busy_timeout(Duration::from_millis(self.busy_ms.load(Ordering::Relaxed)))?;
        copy_all(&src, &mut dst)?;
        // Connections in the pool saw the old file; new ones see the new.
        self.pool.clear_idle();
        Ok(())
    }

    fn scrub_erased(&self) -> Result<super::ScrubReport> {
        visit::scrub_erased(&*self.checkout()?)
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

/// Every page of `src` into `dst` in one step: one read transaction on the
/// source (in WAL mode it blocks no writer, and it is a consistent
/// snapshot); the destination is written under its own write lock.
fn copy_all(src: &Connection, dst: &mut Connection) -> Result<()> {
    use rusqlite::backup::{Backup, StepResult};
    let backup = Backup::new(src, dst)?;
    for _ in 0..1_000 {
        match backup.step(-1)? {
            StepResult::Done => return Ok(()),
            // Locked for a moment by a writer of the destination: try again.
            StepResult::Busy | StepResult::Locked | StepResult::More => {
                std::thread::sleep(Duration::from_millis(20));
            }
            _ => std::thread::sleep(Duration::from_millis(20)),
        }
    }
    Err(StoreError::Busy(
        "the backup could not take the database for a moment".into(),
    ))
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
