//! What the database subcommands share: opening the database (a file or a
//! `postgres://` URL) through the service layer, signing the acting person
//! in, dates, printing JSON, and the exit codes.
//!
//! Exit codes (every twin):
//! - 0 done (JSON on stdout);
//! - 1 refused by the rules (the decision, or the refused claim, as JSON on
//!   stdout; the rule IDs and reasons on one stderr line). `claim file` keeps
//!   a refused claim (it was taken in) and still exits 1;
//! - 2 bad input, nothing written: unknown serial, code or claim, bad file,
//!   illegal step, role or PIN refused, a locked person, no database;
//! - 3 the action WAS saved but its output could not be written (a full
//!   disk, a closed pipe): stderr names what was saved (the claim id), so a
//!   script does not do it twice.

use crate::catalog::Catalog;
use crate::desk::{Desk, Health, Location, OpenOptions, SignedIn, StoreError};
use crate::rules::request::parse_day;
use anyhow::{Context, anyhow, bail};
use chrono::NaiveDate;
use std::io::{BufRead, IsTerminal, Read, Write};
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

/// Exit code when the rules refused (the decision is printed on stdout).
pub const EXIT_REFUSED: i32 = 1;
/// Exit code when the action was saved but its output could not be written.
pub const EXIT_SAVED_OUTPUT_LOST: i32 = 3;

/// The acting person's PIN for scripts (as PostgreSQL tools take PGPASSWORD).
pub const PIN_ENV: &str = "CAREDESK_PIN";
/// The new PIN for `staff init|add|pin` in scripts.
pub const NEW_PIN_ENV: &str = "CAREDESK_NEW_PIN";

/// How long the quick soundness check may take before a write command.
const QUICK_CHECK_BUDGET: Duration = Duration::from_secs(3);

/// Global options of the database subcommands.
pub struct Session<'a> {
    /// `--db PATH|URL`.
    pub db: Option<&'a Path>,
    /// `--staff NAME` (or `CAREDESK_STAFF`).
    pub staff: Option<&'a str>,
    /// `--pin-stdin`: PINs come from standard input, one per line.
    pub pin_stdin: bool,
    /// `--create`: a missing database may be made.
    pub create: bool,
}

impl Session<'_> {
    /// `--db`, else `CAREDESK_DB`, else the default file; and whether it is
    /// the default file (which the first start may make).
    pub fn location(&self) -> (Location, bool) {
        let location = Location::resolve(self.db.map(Path::as_os_str));
        let default = location == Location::Sqlite(Location::default_path());
        (location, default)
    }

    fn open_as(&self, create: bool) -> anyhow::Result<Desk> {
        let catalog = Catalog::load_default().context("catalog")?;
        let (location, default) = self.location();
        Desk::open_with(
            &location,
            Arc::new(catalog),
            OpenOptions {
                create: create || default || self.create,
            },
        )
        .with_context(|| format!("cannot open database {}", location.describe()))
    }

    /// Opens the database to read it. A missing database is an error naming
    /// the path, unless it is the default path (first start) or `--create`.
    pub fn open(&self) -> anyhow::Result<Desk> {
        self.open_as(false)
    }

    /// Opens the database to change it: as `open`, then the quick soundness
    /// check; a damaged file is opened read-only, so the write fails with a
    /// plain message and nothing is written to it.
    pub fn open_to_write(&self) -> anyhow::Result<Desk> {
        checked(self.open_as(false)?)
    }

    /// Opens the database for a command that makes one (`demo`, `staff
    /// init`): a missing file is made.
    pub fn open_creating(&self) -> anyhow::Result<Desk> {
        checked(self.open_as(true)?)
    }

    /// Who is acting: `--staff NAME` (or `CAREDESK_STAFF`), signed in with
    /// their PIN (asked without echo in a terminal; `--pin-stdin` or
    /// `CAREDESK_PIN` for scripts). Never "the first technician".
    pub fn sign_in(&self, desk: &Desk) -> anyhow::Result<SignedIn> {
        let (id, name) = self.acting(desk)?;
        let pin = self.pin(&name)?;
        Ok(desk.sign_in(id, &pin)?)
    }

    /// The acting person's id and PIN, for the desk operations that check a
    /// supervisor's PIN themselves (`fee set`, `claim reopen`).
    pub fn acting_with_pin(&self, desk: &Desk) -> anyhow::Result<(i64, String)> {
        let (id, name) = self.acting(desk)?;
        Ok((id, self.pin(&name)?))
    }

    fn acting(&self, desk: &Desk) -> anyhow::Result<(i64, String)> {
        let Some(name) = self.staff.filter(|s| !s.trim().is_empty()) else {
            if desk.staff()?.is_empty() {
                bail!(
                    "this database has no staff yet: `caredesk staff init NAME` makes its first supervisor (or `caredesk demo` fills a demo database)"
                );
            }
            bail!(
                "who is acting? give --staff NAME (or CAREDESK_STAFF); the PIN is asked, or read with --pin-stdin or {PIN_ENV}"
            );
        };
        let staff = desk
            .staff_by_name(name)
            .map_err(|_| anyhow!("no staff member named `{name}` in this database"))?;
        Ok((staff.id, staff.name))
    }

    /// The acting person's PIN: the first line of stdin with `--pin-stdin`,
    /// else `CAREDESK_PIN`, else asked without echo in a terminal.
    fn pin(&self, name: &str) -> anyhow::Result<String> {
        if self.pin_stdin {
            return stdin_line("the PIN");
        }
        if let Some(p) = std::env::var_os(PIN_ENV) {
            return p
                .into_string()
                .map_err(|_| anyhow!("{PIN_ENV} is not text"));
        }
        if std::io::stdin().is_terminal() {
            return rpassword::prompt_password(format!("PIN for {name}: "))
                .context("cannot read the PIN from the terminal");
        }
        bail!(
            "{name}'s PIN is needed: run in a terminal to be asked, or give it on standard input with --pin-stdin, or in {PIN_ENV} (never on the command line)"
        )
    }

    /// A new PIN being set for `whose`: the next line of stdin with
    /// `--pin-stdin`, else `CAREDESK_NEW_PIN`, else asked twice in a terminal.
    pub fn new_pin(&self, whose: &str) -> anyhow::Result<String> {
        if self.pin_stdin {
            return stdin_line("the new PIN");
        }
        if let Some(p) = std::env::var_os(NEW_PIN_ENV) {
            return p
                .into_string()
                .map_err(|_| anyhow!("{NEW_PIN_ENV} is not text"));
        }
        if std::io::stdin().is_terminal() {
            let first = rpassword::prompt_password(format!("New PIN for {whose} (6+ digits): "))
                .context("cannot read the PIN from the terminal")?;
            let again = rpassword::prompt_password("The same PIN again: ")
                .context("cannot read the PIN from the terminal")?;
            if first != again {
                bail!("the two PINs differ; nothing was changed");
            }
            return Ok(first);
        }
        bail!(
            "a new PIN for {whose} is needed: run in a terminal to be asked, or give it on standard input with --pin-stdin, or in {NEW_PIN_ENV} (never on the command line)"
        )
    }
}

/// The quick soundness check before a write; a damaged SQLite file is
/// reopened read-only (writes then say so, and nothing is written).
fn checked(desk: Desk) -> anyhow::Result<Desk> {
    match desk.check_health(QUICK_CHECK_BUDGET)? {
        Health::Damaged(why) => {
            eprintln!(
                "caredesk: the database {} failed its integrity check ({why}); it is open read-only: restore a backup (caredesk restore FILE)",
                desk.location()
            );
            match desk.read_only_because(&why) {
                Ok(ro) => Ok(ro),
                Err(_) => Err(StoreError::Damaged(why).into()),
            }
        }
        Health::Sound | Health::Unchecked(_) => Ok(desk),
    }
}

/// One line of standard input (a PIN), at most a few hundred bytes.
fn stdin_line(what: &str) -> anyhow::Result<String> {
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .take(256)
        .read_line(&mut line)
        .with_context(|| format!("cannot read {what} from standard input"))?;
    if !line.ends_with('\n') && line.len() >= 256 {
        bail!("{what} on standard input is too long");
    }
    let pin = line.trim_end_matches(['\n', '\r']).to_owned();
    if pin.is_empty() {
        bail!("--pin-stdin: no {what} on standard input (one per line)");
    }
    Ok(pin)
}

/// `--on DATE`, or today.
pub fn day_or_today(on: Option<&str>) -> anyhow::Result<NaiveDate> {
    match on {
        Some(s) => parse_day(s).ok_or_else(|| anyhow!("bad date `{s}` (expected YYYY-MM-DD)")),
        None => Ok(chrono::Local::now().date_naive()),
    }
}

pub fn print_json<T: serde::Serialize>(v: &T) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    serde_json::to_writer_pretty(&mut out, v)?;
    writeln!(out)?;
    out.flush()?;
    Ok(())
}

/// Prints what a command saved; when that output cannot be written, says on
/// stderr what was saved and exits 3 (a script must not do it again).
pub fn saved<T: serde::Serialize>(cmd: &str, what: &str, v: &T, code: i32) -> anyhow::Result<i32> {
    match print_json(v) {
        Ok(()) => Ok(code),
        Err(e) => {
            eprintln!(
                "caredesk {cmd}: {what} was saved, but its output could not be written ({e:#}); do not repeat it"
            );
            Ok(EXIT_SAVED_OUTPUT_LOST)
        }
    }
}

/// Maps a store outcome: done → the JSON (exit 0, or 3 when it cannot be
/// written); a refusal prints the decision (stdout) and a one-line reason
/// (stderr) and exits 1 — nothing was written; other errors go up (exit 2).
pub fn finish<T: serde::Serialize>(
    cmd: &str,
    what: &str,
    r: Result<T, StoreError>,
) -> anyhow::Result<i32> {
    match r {
        Ok(v) => saved(cmd, what, &v, 0),
        Err(StoreError::Refused(d)) => {
            print_json(&d.to_wire())?;
            eprintln!(
                "caredesk {cmd}: {}",
                StoreError::Refused(d).to_string().replace('\n', " ")
            );
            Ok(EXIT_REFUSED)
        }
        Err(e) => Err(e.into()),
    }
}
