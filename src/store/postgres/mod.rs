//! The PostgreSQL backend: one server, many workstations.
//!
//! - Connections: `postgres://user:password@host:port/db?sslmode=…` (also
//!   `PGPASSWORD` or `~/.pgpass` for the password, never printed); a small
//!   pool per process (`pool`). A connection idle for a while is checked
//!   before use, so a server restart costs no failed operation.
//! - Writes: every `write` is one SERIALIZABLE transaction; when the server
//!   reports a serialization failure or deadlock the closure runs again
//!   (a few times, with a short random pause), so check-then-write — a card
//!   binding once, a replacement counted once — holds across workstations
//!   exactly as under SQLite's single writer.
//! - Claim ids: a sequence per year (`claim_ids_2026`), unique across
//!   workstations without a shared counter row; a rolled-back filing leaves
//!   a gap, which is allowed.
//! - Append-only: triggers reject UPDATE, DELETE and TRUNCATE on
//!   `claim_events` and `audit_log`.
//! - Live: triggers `NOTIFY` on `caredesk:<schema>` when claims or units
//!   change; `changes()` LISTENs on its own connection.

mod config;
mod reads;
pub mod schema;
mod search;
mod ssc;
mod txn;
mod visit;

pub use config::redact_url;

use super::pool::{Pool, Pooled};
use super::{
    BUSY_TIMEOUT, Backend, Change, ChangeFeed, Health, OpenOptions, Reads, Result, Storage,
    StoreError, Txn,
};
use ::postgres::Client;
use ::postgres::error::SqlState;
use config::Target;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// Connections per process (the server's `max_connections` is shared by
/// every workstation: stay small).
const MAX_CONNECTIONS: usize = 6;

/// Tries of a write that keeps meeting serialization conflicts.
const WRITE_TRIES: u32 = 12;

/// A pooled connection unused this long is checked before use.
const CHECK_AFTER_IDLE: Duration = Duration::from_secs(2);

impl From<::postgres::Error> for StoreError {
    fn from(e: ::postgres::Error) -> Self {
        if let Some(db) = e.as_db_error() {
            let code = db.code();
            let text = db.message().to_owned();
            return if *code == SqlState::T_R_SERIALIZATION_FAILURE
                || *code == SqlState::T_R_DEADLOCK_DETECTED
            {
                StoreError::Conflict(text)
            } else if *code == SqlState::LOCK_NOT_AVAILABLE || *code == SqlState::QUERY_CANCELED {
                StoreError::Busy(text)
            } else if *code == SqlState::READ_ONLY_SQL_TRANSACTION
                || *code == SqlState::INSUFFICIENT_PRIVILEGE
            {
                StoreError::ReadOnly(text)
            } else if *code == SqlState::DISK_FULL {
                StoreError::DiskFull(text)
            } else if code.code().starts_with("08")
                || *code == SqlState::ADMIN_SHUTDOWN
                || *code == SqlState::CRASH_SHUTDOWN
                || *code == SqlState::CANNOT_CONNECT_NOW
            {
                StoreError::ConnectionLost(text)
            } else if code.code().starts_with("28") || *code == SqlState::INVALID_CATALOG_NAME {
                StoreError::CannotOpen(text)
            } else {
                StoreError::Backend(text)
            };
        }
        let mut text = e.to_string();
        let mut cause = std::error::Error::source(&e);
        while let Some(c) = cause {
            text = format!("{text}: {c}");
            cause = c.source();
        }
        if text.contains("password missing") {
            return StoreError::CannotOpen(
                "no password: give it in the URL, PGPASSWORD or ~/.pgpass".into(),
            );
        }
        if text.starts_with("invalid configuration") {
            return StoreError::CannotOpen(text);
        }
        let io = std::error::Error::source(&e)
            .is_some_and(|s| s.downcast_ref::<std::io::Error>().is_some());
        if e.is_closed()
            || io
            || text.starts_with("error connecting")
            || text.starts_with("error communicating")
            || text.starts_with("connection closed")
            || text.starts_with("timeout")
        {
            StoreError::ConnectionLost(text)
        } else {
            StoreError::Backend(text)
        }
    }
}

/// A pooled client, its prepared statements, and when it was last handed back.
pub(crate) struct PgClient {
    client: Client,
    cache: reads::StmtCache,
    used: Instant,
}

/// A CareDesk database on a PostgreSQL server.
pub struct PgStorage {
    target: Target,
    pool: Pool<PgClient>,
    created: bool,
    /// `lock_timeout` for writes, in milliseconds.
    busy_ms: AtomicU64,
    /// The schema holding CareDesk's tables (names the NOTIFY channel).
    schema: String,
}

impl std::fmt::Debug for PgStorage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PgStorage")
            .field("location", &self.target.display)
            .finish()
    }
}

impl PgStorage {
    /// Connects, brings the schema up to date (refusing a newer one), or
    /// makes CareDesk's tables in a schema without them.
    pub fn open(url: &str) -> Result<PgStorage> {
        Self::open_with(url, OpenOptions { create: true })
    }

    /// Connects and brings the schema up to date (refusing a newer one); a
    /// schema without CareDesk's tables gets them only when
    /// `options.create` allows.
    pub fn open_with(url: &str, options: OpenOptions) -> Result<PgStorage> {
        let target = Target::parse(url)?;
        let mut first = target.connect()?;
        if !options.create && schema::version(&mut first)? == 0 {
            return Err(StoreError::NoDatabase(format!(
                "{} (no CareDesk tables in its schema)",
                target.display
            )));
        }
        let found = schema::migrate(&mut first)?;
        let schema: String = first
            .query_one(
                "SELECT n.nspname::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE c.oid = to_regclass('claims')",
                &[],
            )?
            .get(0);
        let connect_to = target.clone();
        let pool = Pool::new(
            MAX_CONNECTIONS,
            BUSY_TIMEOUT,
            move || {
                Ok(PgClient {
                    client: connect_to.connect()?,
                    cache: reads::StmtCache::default(),
                    used: Instant::now(),
                })
            },
            |c| {
                c.used = Instant::now();
                !c.client.is_closed()
            },
        );
        Ok(PgStorage {
            target,
            pool,
            created: found == 0,
            busy_ms: AtomicU64::new(BUSY_TIMEOUT.as_millis() as u64),
            schema,
        })
    }

    /// A live connection: one idle for a while is checked first, and a
    /// dead one (server restarted, network dropped) replaced.
    fn checkout(&self) -> Result<Pooled<'_, PgClient>> {
        for _ in 0..=MAX_CONNECTIONS {
            let mut c = self.pool.get()?;
            if c.client.is_closed() {
                c.discard();
                continue;
            }
            if c.used.elapsed() >= CHECK_AFTER_IDLE
                && c.client.is_valid(Duration::from_secs(5)).is_err()
            {
                c.discard();
                continue;
            }
            return Ok(c);
        }
        // Every pooled connection was dead: the next one is new.
        self.pool.clear_idle();
        self.pool.get()
    }

    /// Whether this desk's connections to the server are encrypted.
    pub fn ssl_in_use(&self) -> Result<bool> {
        let mut c = self.checkout()?;
        let row = c.client.query_opt(
            "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()",
            &[],
        )?;
        Ok(match row {
            Some(r) => r.try_get(0)?,
            None => false,
        })
    }

    /// The schema holding the tables.
    pub fn schema(&self) -> &str {
        &self.schema
    }

    /// Closes every idle pooled connection (tests: simulate a restart).
    #[doc(hidden)]
    pub fn drop_idle_connections(&self) {
        self.pool.clear_idle();
    }

    fn channel(&self) -> String {
        format!("caredesk:{}", self.schema)
    }

    fn try_write(
        &self,
        pooled: &mut PgClient,
        work: &mut dyn FnMut(&mut dyn Txn) -> Result<()>,
        began: &mut bool,
    ) -> Result<()> {
        let PgClient { client, cache, .. } = pooled;
        let tx = client
            .build_transaction()
            .isolation_level(::postgres::IsolationLevel::Serializable)
            .start()?;
        *began = true;
        let mut t = reads::Pg(txn::PgTxn { tx, cache });
        let ms = self.busy_ms.load(Ordering::Relaxed);
        // The chain heads first, before the first query takes the
        // transaction's snapshot: writers take turns here, so every append
        // to the audit log and the claim events sees the head the writer
        // before it left (a lock taken later would leave the snapshot stale).
        t.0.tx.batch_execute(&format!(
            "SET LOCAL lock_timeout = {ms}; LOCK TABLE chain_heads IN EXCLUSIVE MODE"
        ))?;
        // On an error the transaction is dropped, which rolls it back.
        work(&mut t)?;
        t.0.tx.commit()?;
        Ok(())
    }
}

/// What the typed reads run on: a pooled client, or a transaction, with
/// the connection's prepared statements.
pub(crate) trait PgConn {
    type C: ::postgres::GenericClient;
    fn parts(&mut self) -> (&mut Self::C, &mut reads::StmtCache);
}

struct PgRead<'a> {
    client: Pooled<'a, PgClient>,
}

impl PgConn for PgRead<'_> {
    type C = Client;
    fn parts(&mut self) -> (&mut Client, &mut reads::StmtCache) {
        let p = &mut *self.client;
        (&mut p.client, &mut p.cache)
    }
}

impl Storage for PgStorage {
    fn backend(&self) -> Backend {
        Backend::Postgres
    }

    fn location(&self) -> String {
        self.target.display.clone()
    }

    fn created(&self) -> bool {
        self.created
    }

    fn schema_version(&self) -> Result<u32> {
        schema::version(&mut self.checkout()?.client)
    }

    fn read(&self) -> Result<Box<dyn Reads + '_>> {
        Ok(Box::new(reads::Pg(PgRead {
            client: self.checkout()?,
        })))
    }

    fn write(&self, work: &mut dyn FnMut(&mut dyn Txn) -> Result<()>) -> Result<()> {
        let mut tries = 0;
        loop {
            tries += 1;
            let mut client = self.checkout()?;
            let mut began = false;
            match self.try_write(&mut client, work, &mut began) {
                Ok(()) => return Ok(()),
                Err(StoreError::Conflict(_)) if tries < WRITE_TRIES => {
                    // Let the other transaction finish; spread the retries.
                    let jitter = u64::from(std::process::id() % 7 + tries * 3);
                    std::thread::sleep(Duration::from_millis(jitter));
                }
                // Lost before anything was sent: safe to run on a new connection.
                Err(StoreError::ConnectionLost(_)) if !began && tries < 3 => client.discard(),
                Err(e) => {
                    if e.is_connection_lost() {
                        client.discard();
                    }
                    return Err(e);
                }
            }
        }
    }

    fn set_busy_timeout(&self, wait: Duration) -> Result<()> {
        self.busy_ms
            .store(wait.as_millis().max(1) as u64, Ordering::Relaxed);
        Ok(())
    }

    fn integrity_check(&self) -> Result<String> {
        // The server keeps its own files sound; check what CareDesk relies on.
        let mut c = self.checkout()?;
        let row = c.client.query_one(
            "SELECT
                (SELECT COUNT(*) FROM products p LEFT JOIN base_plans b ON b.id = p.base_plan_id
                  WHERE p.base_plan_id IS NOT NULL AND b.id IS NULL)
              + (SELECT COUNT(*) FROM claims c LEFT JOIN products p ON p.id = c.product_id
                  WHERE p.id IS NULL)",
            &[],
        )?;
        let broken: i64 = row.get(0);
        Ok(if broken == 0 {
            "ok".into()
        } else {
            format!("{broken} rows refer to missing rows")
        })
    }

    fn quick_check(&self, _budget: Duration) -> Result<Health> {
        // The server keeps its own pages sound; check CareDesk's references.
        let found = self.integrity_check()?;
        Ok(if found == "ok" {
            Health::Sound
        } else {
            Health::Damaged(found)
        })
    }

    fn read_only_reason(&self) -> Option<String> {
        None
    }

    fn backup_to(&self, _target: &std::path::Path) -> Result<()> {
        Err(StoreError::Invalid(
            "a PostgreSQL database is backed up with the server's own tools: pg_dump (README, \"Backups\")".into(),
        ))
    }

    fn restore_from(&self, _source: &std::path::Path) -> Result<()> {
        Err(StoreError::Invalid(
            "a PostgreSQL database is restored with the server's own tools: psql or pg_restore (README, \"Backups\")".into(),
        ))
    }

    fn scrub_erased(&self) -> Result<super::ScrubReport> {
        visit::scrub_erased(&mut self.checkout()?.client)
    }

    fn changes(&self) -> Result<Box<dyn ChangeFeed>> {
        let mut client = self.target.connect()?;
        let channel = self.channel();
        client.batch_execute(&format!("LISTEN \"{}\"", channel.replace('"', "\"\"")))?;
        Ok(Box::new(PgFeed { client }))
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// `LISTEN` on a connection of its own.
struct PgFeed {
    client: Client,
}

fn change(payload: &str) -> Change {
    match payload.strip_prefix("claim:") {
        Some(id) => Change::Claim(id.to_owned()),
        None if payload == "units" => Change::Units,
        None => Change::Unknown,
    }
}

impl ChangeFeed for PgFeed {
    fn wait(&mut self, timeout: Duration) -> Result<Vec<Change>> {
        use ::postgres::fallible_iterator::FallibleIterator;
        let mut out = Vec::new();
        {
            let mut n = self.client.notifications();
            let first = n.timeout_iter(timeout).next()?;
            if let Some(first) = first {
                out.push(change(first.payload()));
                // Whatever else has arrived, without waiting.
                let mut more = n.iter();
                while let Some(next) = more.next()? {
                    out.push(change(next.payload()));
                }
            }
        }
        if out.is_empty() && self.client.is_closed() {
            return Err(StoreError::ConnectionLost(
                "the notification connection closed".into(),
            ));
        }
        out.dedup();
        Ok(out)
    }
}
