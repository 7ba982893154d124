//! Shared helpers for the store and service tests, on both backends: a real
//! SQLite file in a temp folder, or a fresh schema on a real PostgreSQL
//! server (`CAREDESK_TEST_PG`, a `postgres://` URL; `.ci/pg-start` starts a
//! throwaway one). Each PostgreSQL test gets its own schema, so tests run in
//! parallel; the schema is dropped when the test's database is.
//!
//! Without `CAREDESK_TEST_PG` the PostgreSQL tests FAIL, so CI never skips
//! them silently; a developer without PostgreSQL sets
//! `CAREDESK_TEST_PG_SKIP=1` to skip them (README, "Tests").
#![allow(dead_code)]

use caredesk::catalog::Catalog;
use caredesk::desk::Desk as Service;
use caredesk::desk::{ClaimAction, ClaimInput, ClaimKind, Location, NewBasePlan, NewProduct, Role};
use caredesk::rules::{Cause, Part, Region, SalesChannel, ServiceChannel, Term};
use chrono::NaiveDate;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, OnceLock};

/// The supervisor's PIN (Sue Supervisor).
pub const PIN: &str = "246810";
/// Tess Tech's and Sid SSC's PINs.
pub const TECH_PIN: &str = "135790";
pub const SSC_PIN: &str = "975310";

/// "Today" for the store and service tests: bounds on typed days, claim
/// ids' years, deadlines and lapses are judged on it.
pub const TODAY: &str = "2026-11-25";

/// The PostgreSQL server for tests.
pub const PG_ENV: &str = "CAREDESK_TEST_PG";
/// Set to 1 to skip the PostgreSQL tests (local runs without a server).
pub const PG_SKIP_ENV: &str = "CAREDESK_TEST_PG_SKIP";

pub fn catalog() -> Arc<Catalog> {
    static CAT: OnceLock<Arc<Catalog>> = OnceLock::new();
    CAT.get_or_init(|| Arc::new(Catalog::builtin().expect("built-in catalog")))
        .clone()
}

pub fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
}

pub fn r(s: &str) -> Region {
    Region::parse_shape(s).expect("test region")
}

/// Which backend a conformance test runs on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// Whether the PostgreSQL tests run: yes with `CAREDESK_TEST_PG`; skipped
/// only with the explicit opt-out; otherwise the test fails, loudly.
pub fn pg_enabled() -> bool {
    if std::env::var_os(PG_ENV).is_some_and(|v| !v.is_empty()) {
        return true;
    }
    if std::env::var(PG_SKIP_ENV).is_ok_and(|v| v == "1") {
        eprintln!("{PG_SKIP_ENV}=1: PostgreSQL test skipped");
        return false;
    }
    panic!(
        "{PG_ENV} is not set: the PostgreSQL tests need a server \
         (eval \"$(.ci/pg-start)\" starts a throwaway one), or set {PG_SKIP_ENV}=1 to skip them"
    );
}

/// The test server's URL (admin connection).
pub fn pg_admin_url() -> String {
    std::env::var(PG_ENV).expect("CAREDESK_TEST_PG")
}

/// Runs each listed test body (`fn name(b: Backend)`) on SQLite and on
/// PostgreSQL, as `sqlite::name` and `postgres::name`.
#[macro_export]
macro_rules! on_both_backends {
    ($($name:ident),+ $(,)?) => {
        mod sqlite {
            $(#[test]
            fn $name() {
                super::$name($crate::store_support::Backend::Sqlite)
            })+
        }
        mod postgres {
            $(#[test]
            fn $name() {
                if $crate::store_support::pg_enabled() {
                    super::$name($crate::store_support::Backend::Postgres)
                }
            })+
        }
    };
}

/// A fresh, empty database on a backend; removed when dropped.
pub struct TestDb {
    pub location: Location,
    dir: Option<tempfile::TempDir>,
    schema: Option<String>,
}

impl TestDb {
    pub fn new(b: Backend) -> TestDb {
        match b {
            Backend::Sqlite => {
                let dir = tempfile::tempdir().expect("temp dir");
                TestDb {
                    location: Location::Sqlite(dir.path().join("desk.sqlite3")),
                    dir: Some(dir),
                    schema: None,
                }
            }
            Backend::Postgres => {
                static N: AtomicU64 = AtomicU64::new(0);
                let schema = format!(
                    "t_{}_{}_{}",
                    std::process::id(),
                    N.fetch_add(1, Ordering::Relaxed),
                    std::time::SystemTime::now()
                        .duration_since(std::time::UNIX_EPOCH)
                        .map_or(0, |d| d.subsec_nanos())
                );
                let admin = pg_admin_url();
                let mut c = postgres::Client::connect(&admin, postgres::NoTls)
                    .expect("connect to CAREDESK_TEST_PG");
                c.batch_execute(&format!("CREATE SCHEMA {schema}"))
                    .expect("create test schema");
                let sep = if admin.contains('?') { '&' } else { '?' };
                TestDb {
                    location: Location::Postgres(format!(
                        "{admin}{sep}options=-csearch_path%3D{schema}"
                    )),
                    dir: None,
                    schema: Some(schema),
                }
            }
        }
    }

    /// The location as `--db` takes it.
    pub fn arg(&self) -> std::ffi::OsString {
        match &self.location {
            Location::Sqlite(p) => p.clone().into_os_string(),
            Location::Postgres(u) => u.into(),
        }
    }

    /// A folder for other files of the test.
    pub fn dir(&self) -> PathBuf {
        match &self.dir {
            Some(d) => d.path().to_owned(),
            None => std::env::temp_dir(),
        }
    }

    pub fn backend(&self) -> Backend {
        match self.location {
            Location::Sqlite(_) => Backend::Sqlite,
            Location::Postgres(_) => Backend::Postgres,
        }
    }

    /// The schema of a PostgreSQL test database.
    pub fn schema(&self) -> Option<&str> {
        self.schema.as_deref()
    }

    /// The desk on this database (made on first use), its "today" fixed to
    /// [`TODAY`].
    pub fn open(&self) -> Service {
        Service::open_or_create(&self.location, catalog())
            .expect("open test database")
            .with_today(d(TODAY))
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if let Some(schema) = &self.schema
            && let Ok(mut c) = postgres::Client::connect(&pg_admin_url(), postgres::NoTls)
        {
            let _ = c.batch_execute(&format!("DROP SCHEMA IF EXISTS {schema} CASCADE"));
        }
    }
}

/// A database in a fresh place, with a technician, an SSC clerk and a supervisor.
pub struct Desk {
    pub store: Service,
    pub tech: i64,
    pub ssc: i64,
    pub sup: i64,
    // Last: dropped after the service's connections.
    pub db: TestDb,
}

impl Desk {
    /// On SQLite (tests that are about the file itself).
    pub fn new() -> Desk {
        Desk::on(Backend::Sqlite)
    }

    pub fn on(b: Backend) -> Desk {
        let db = TestDb::new(b);
        let store = db.open();
        let boss = store
            .set_up_real("Sue Supervisor", PIN)
            .expect("first supervisor");
        let sup = boss.id();
        let tech = store
            .add_staff(&boss, "Tess Tech", Role::Technician, TECH_PIN)
            .expect("tech")
            .id;
        let ssc = store
            .add_staff(&boss, "Sid SSC", Role::Ssc, SSC_PIN)
            .expect("ssc")
            .id;
        Desk {
            store,
            tech,
            ssc,
            sup,
            db,
        }
    }

    /// The SQLite file (SQLite tests only).
    pub fn path(&self) -> PathBuf {
        match &self.db.location {
            Location::Sqlite(p) => p.clone(),
            Location::Postgres(_) => panic!("not a SQLite test"),
        }
    }

    /// Another connection on the same database (another workstation).
    pub fn reopen(&self) -> Service {
        self.db.open()
    }

    /// A US Mavic 3 with CR from 2025-03-15 and an approved express
    /// replacement claim (filed 2025-06-01) brought to `received`, ready to
    /// ship. Returns the claim id.
    /// Files a replacement claim of `serial` as the technician, decided on
    /// the day it was submitted.
    pub fn file_replacement(
        &self,
        serial: &str,
        input: &ClaimInput,
    ) -> Result<caredesk::desk::ClaimDetail, caredesk::desk::StoreError> {
        self.store.file_claim(
            self.tech,
            serial,
            ClaimKind::Replacement,
            input,
            input.submitted,
        )
    }

    pub fn received_replacement(&mut self, serial: &str) -> String {
        self.product(serial, "DJI Mavic 3", "US", Term::OneYear, "2025-03-15");
        let input = replacement("US", ServiceChannel::Express, "2025-06-01");
        let id = self
            .store
            .file_claim(
                self.tech,
                serial,
                ClaimKind::Replacement,
                &input,
                d("2025-06-01"),
            )
            .expect("file claim")
            .row
            .id;
        for a in [
            ClaimAction::AwaitProduct,
            ClaimAction::Receive { shipped: None },
        ] {
            self.store
                .advance_claim(self.tech, &id, a, "")
                .expect("advance");
        }
        id
    }

    /// A product with CR bought `starts` (1y: 2 replacements; 2y: 4).
    pub fn product(&mut self, serial: &str, model: &str, region: &str, term: Term, starts: &str) {
        let starts = d(starts);
        let months = if term == Term::OneYear { 12 } else { 24 };
        self.store
            .register_product(
                self.tech,
                &NewProduct {
                    serial: serial.into(),
                    model: model.into(),
                    channel: SalesChannel::Official,
                    region: r(region),
                    base_plan: Some(NewBasePlan {
                        term,
                        region: r(region),
                        starts,
                        ends: caredesk::rules::plans::add_months(starts, months),
                        replacements_total: if term == Term::OneYear { 2 } else { 4 },
                        replacements_used: 0,
                    }),
                },
            )
            .expect("register product");
    }
}

/// A clean replacement claim (collision, aircraft) submitted and shipped on `on`.
pub fn replacement(region: &str, channel: ServiceChannel, on: &str) -> ClaimInput {
    ClaimInput {
        service_region: r(region),
        channel,
        cause: Cause::Collision,
        parts: BTreeMap::from([(Part::Aircraft, 1)]),
        exclusions: vec![],
        submitted: d(on),
        shipped: Some(d(on)),
        accepts_transregional_fees: false,
        manufacturing_defect_before_plus: false,
        privacy_accepted: true,
    }
}

/// A clean extended-warranty claim (normal use, gimbal).
pub fn warranty(region: &str, on: &str) -> ClaimInput {
    ClaimInput {
        service_region: r(region),
        channel: ServiceChannel::Online,
        cause: Cause::NormalUse,
        parts: BTreeMap::from([(Part::Gimbal, 1)]),
        exclusions: vec![],
        submitted: d(on),
        shipped: Some(d(on)),
        accepts_transregional_fees: false,
        manufacturing_defect_before_plus: false,
        privacy_accepted: true,
    }
}

/// Runs one statement straight on the database, past CareDesk (another
/// program, or someone at a SQL prompt): returns the rows changed or the
/// database's error text.
pub fn raw_exec(db: &TestDb, sql: &str) -> Result<u64, String> {
    match &db.location {
        Location::Sqlite(p) => {
            let c = rusqlite::Connection::open(p).map_err(|e| e.to_string())?;
            c.execute(sql, [])
                .map(|n| n as u64)
                .map_err(|e| e.to_string())
        }
        Location::Postgres(url) => {
            let mut c =
                postgres::Client::connect(url, postgres::NoTls).map_err(|e| e.to_string())?;
            c.execute(sql, &[]).map_err(|e| {
                e.as_db_error()
                    .map_or_else(|| e.to_string(), |d| d.message().to_owned())
            })
        }
    }
}

/// A TCP relay on loopback between CareDesk and the test server, that the
/// test can cut (every connection dropped, new ones refused) and restore:
/// the database server "goes away" mid-shift and comes back. Only
/// 127.0.0.1 is involved.
pub struct Relay {
    pub port: u16,
    up: Arc<std::sync::atomic::AtomicBool>,
    live: Arc<std::sync::Mutex<Vec<std::net::TcpStream>>>,
}

impl Relay {
    pub fn to(target: std::net::SocketAddr) -> Relay {
        use std::net::{Shutdown, TcpListener, TcpStream};
        use std::sync::atomic::AtomicBool;
        let listener = TcpListener::bind("127.0.0.1:0").expect("relay port");
        let port = listener.local_addr().expect("relay addr").port();
        let up = Arc::new(AtomicBool::new(true));
        let live: Arc<std::sync::Mutex<Vec<TcpStream>>> = Arc::default();
        let (u, l) = (up.clone(), live.clone());
        std::thread::spawn(move || {
            for client in listener.incoming() {
                let Ok(client) = client else { continue };
                if !u.load(Ordering::SeqCst) {
                    let _ = client.shutdown(Shutdown::Both);
                    continue;
                }
                let Ok(server) = TcpStream::connect(target) else {
                    continue;
                };
                let pipe = |mut from: TcpStream, mut to: TcpStream| {
                    std::thread::spawn(move || {
                        let _ = std::io::copy(&mut from, &mut to);
                        let _ = from.shutdown(Shutdown::Both);
                        let _ = to.shutdown(Shutdown::Both);
                    });
                };
                if let (Ok(c2), Ok(s2), Ok(c3), Ok(s3)) = (
                    client.try_clone(),
                    server.try_clone(),
                    client.try_clone(),
                    server.try_clone(),
                ) {
                    l.lock().unwrap().extend([c3, s3]);
                    pipe(c2, server);
                    pipe(s2, client);
                }
            }
        });
        Relay { port, up, live }
    }

    /// The server is gone: live connections drop, new ones are refused.
    pub fn cut(&self) {
        self.up.store(false, Ordering::SeqCst);
        for s in self.live.lock().unwrap().drain(..) {
            let _ = s.shutdown(std::net::Shutdown::Both);
        }
    }

    /// The server is back.
    pub fn restore(&self) {
        self.up.store(true, Ordering::SeqCst);
    }
}

/// The test server's address (from `CAREDESK_TEST_PG`).
pub fn pg_addr() -> std::net::SocketAddr {
    let url = pg_admin_url();
    let after_at = url.rsplit_once('@').map_or(url.as_str(), |(_, h)| h);
    let hostport = after_at
        .split(['/', '?'])
        .next()
        .unwrap_or("127.0.0.1:5432");
    use std::net::ToSocketAddrs;
    hostport
        .to_socket_addrs()
        .expect("server address")
        .next()
        .expect("server address")
}

/// `url` with its host and port replaced by 127.0.0.1:`port`.
pub fn via_port(url: &str, port: u16) -> String {
    let addr = pg_addr();
    url.replacen(&format!(":{}/", addr.port()), &format!(":{port}/"), 1)
}

/// A customer's signature: two strokes.
pub fn signature() -> caredesk::desk::Signature {
    caredesk::desk::Signature {
        strokes: vec![
            vec![[0.05, 0.6], [0.1, 0.4], [0.2, 0.55], [0.31, 0.42]],
            vec![[0.5, 0.5], [0.95, 0.45]],
        ],
        png: None,
    }
}

/// A real PNG, made here.
pub fn png(w: u32, h: u32) -> Vec<u8> {
    let img = image::RgbImage::from_fn(w, h, |x, y| image::Rgb([(x * 4) as u8, (y * 5) as u8, 90]));
    let mut out = std::io::Cursor::new(Vec::new());
    img.write_to(&mut out, image::ImageFormat::Png).unwrap();
    out.into_inner()
}

/// A real JPEG, made here.
pub fn jpeg(w: u32, h: u32) -> Vec<u8> {
    let img = image::RgbImage::from_fn(w, h, |x, y| {
        image::Rgb([(x % 256) as u8, (y % 256) as u8, 128])
    });
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 85)
        .encode_image(&img)
        .unwrap();
    out
}
