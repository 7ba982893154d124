//! What the database subcommands share: opening the database (a file or a
//! `postgres://` URL) through the service layer, the acting staff member,
//! dates, and printing JSON.
//!
//! Exit codes: 0 done (JSON on stdout); 1 the rules refused (the decision as
//! JSON on stdout, the rule IDs and reasons on one stderr line, nothing
//! written); 2 bad input — unknown serial, code or claim, bad file, illegal
//! step, role or PIN refused (one stderr line, nothing written). A refused
//! *claim* is still a claim taken in: `claim file` exits 0 with it.

use crate::catalog::Catalog;
use crate::desk::{Desk, Location, Role, StoreError};
use crate::rules::request::parse_day;
use anyhow::{Context, anyhow};
use chrono::NaiveDate;
use std::io::Write;
use std::path::Path;
use std::sync::Arc;

/// Exit code when the rules refused (the decision is printed on stdout).
pub const EXIT_REFUSED: i32 = 1;

/// Environment variable holding the supervisor's PIN for scripted supervisor actions.
pub const PIN_ENV: &str = "CAREDESK_PIN";

/// Global options of the database subcommands.
pub struct Session<'a> {
    /// `--db PATH|URL`.
    pub db: Option<&'a Path>,
    pub staff: Option<&'a str>,
}

impl Session<'_> {
    /// `--db`, else `CAREDESK_DB`, else the default file.
    pub fn location(&self) -> Location {
        Location::resolve(self.db.map(Path::as_os_str))
    }

    pub fn open(&self) -> anyhow::Result<Desk> {
        let catalog = Catalog::load_default().context("catalog")?;
        let location = self.location();
        Desk::open(&location, Arc::new(catalog))
            .with_context(|| format!("cannot open database {}", location.describe()))
    }

    /// The staff member acting: `--staff NAME`, else the first technician,
    /// else the first staff member; on a database without staff, a
    /// technician named "CLI" is added so every action has a who.
    pub fn actor(&self, store: &Desk) -> anyhow::Result<i64> {
        if let Some(name) = self.staff {
            return Ok(store.staff_by_name(name)?.id);
        }
        let staff = store.staff()?;
        if let Some(s) = staff
            .iter()
            .find(|s| s.role == Role::Technician)
            .or(staff.first())
        {
            return Ok(s.id);
        }
        Ok(store.add_staff(None, "CLI", Role::Technician, None)?.id)
    }
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
    Ok(())
}

/// Maps a store outcome: a refusal prints the decision (stdout) and a one-line
/// reason (stderr) and exits 1; other errors go up (one line, exit 2).
pub fn finish<T: serde::Serialize>(cmd: &str, r: Result<T, StoreError>) -> anyhow::Result<i32> {
    match r {
        Ok(v) => {
            print_json(&v)?;
            Ok(0)
        }
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

/// The supervisor PIN: `--pin`, else `CAREDESK_PIN`.
pub fn pin(arg: Option<String>) -> anyhow::Result<String> {
    arg.or_else(|| std::env::var(PIN_ENV).ok())
        .ok_or_else(|| anyhow!("this needs the supervisor's PIN: --pin or {PIN_ENV}"))
}
