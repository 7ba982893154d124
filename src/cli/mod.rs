//! Command-line front end: `caredesk` (the GUI) and its scriptable twins.
//! One file per subcommand; `main` only dispatches. Errors are reported here,
//! once, as one line on stderr with exit code 2.

mod appointment;
mod buy_plus;
mod card;
mod claim;
mod claim_quote;
mod decide;
mod demo;
mod desk;
mod export;
mod import;
mod lookup;
mod migrate;
mod parcel;
mod plan;
mod staff;
mod stress;

use clap::{Parser, Subcommand};
use std::path::PathBuf;

/// Exit code for bad input (SPEC §3, §4).
pub const EXIT_BAD_INPUT: i32 = 2;

#[derive(Parser, Debug)]
#[command(
    name = "caredesk",
    version,
    about = "Service desk for DJI Care Refresh and Care Refresh+"
)]
pub struct Cli {
    /// Database: a SQLite file, or a PostgreSQL server as
    /// postgres://user@host:port/dbname?sslmode=require (password from the
    /// URL, PGPASSWORD or ~/.pgpass). Default: a file in the user's data
    /// directory; also CAREDESK_DB.
    #[arg(long, global = true, value_name = "PATH|URL")]
    pub db: Option<PathBuf>,
    /// Staff member recorded on every action (default: the first technician).
    #[arg(long, global = true, value_name = "NAME")]
    pub staff: Option<String>,
    /// GUI: open this serial at start, as if scanned.
    #[arg(long, value_name = "SERIAL")]
    pub open: Option<String>,
    /// GUI: show this panel at start (lookup, plans, coverage, sell, intake, claims, settings, today).
    #[arg(long, value_name = "NAME")]
    pub panel: Option<String>,
    /// GUI: use the dark theme (`--dark`) or the light one (`--dark=false`) for this run.
    #[arg(long, value_name = "BOOL", num_args = 0..=1, default_missing_value = "true")]
    pub dark: Option<bool>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Decide one JSON request (SPEC §3); no database is used.
    Decide(decide::DecideArgs),
    /// Add deterministic demo data (products, plans, cards, staff, claims).
    ///
    /// Dated around --today: products across CR+ regions (EU members among
    /// them) and others, CR plans of both terms, CR+, activation cards (a few
    /// unused codes are printed), claims in every status, and the demo staff
    /// "Tomas Technician" (technician), "Sami SSC" (ssc) and "Dana Supervisor"
    /// (supervisor, PIN 1234).
    Demo(demo::DemoArgs),
    /// Look a serial up: product, plans, status, what is covered today (JSON).
    Lookup(lookup::LookupArgs),
    /// Bulk import (all or nothing).
    Import(import::ImportArgs),
    /// CR+ activation cards: add, bind, show.
    Card(card::CardArgs),
    /// Sell CR+ in the store by serial (BUY-* rules).
    BuyPlus(buy_plus::BuyPlusArgs),
    /// Return CR+ (RET-* rules).
    ReturnPlus(plan::ReturnPlusArgs),
    /// Record a confirmed withdrawal of a plan.
    Withdraw(plan::WithdrawArgs),
    /// One claim: file, show, advance, reopen.
    Claim(claim::ClaimArgs),
    /// List claims (JSON), newest first; `--queue` for a work queue
    /// (overdue, awaiting_product, received, assessed, ready_to_ship, open)
    /// with the counts of every queue and each claim's deadline.
    Claims(claim::ClaimsArgs),
    /// Parcels of a claim: add, list, update (carrier, tracking, days).
    Parcel(parcel::ParcelArgs),
    /// Staff: list, add.
    Staff(staff::StaffArgs),
    /// Replacement fee schedule per model × service region × replacement
    /// number: list, set (supervisor, `--region`).
    Fee(staff::FeeArgs),
    /// The audit log, newest first.
    Audit(staff::AuditArgs),
    /// Plans ending soon.
    Expiring(staff::ExpiringArgs),
    /// Swift Service Center appointments: add, list, cancel, no-show, checkin, import.
    Appointment(appointment::AppointmentArgs),
    /// Claim reports (or the expiring coverage report) to a CSV, PDF or JSON file.
    Export(export::ExportArgs),
    /// Copy a whole database into a new, empty one (SQLite → PostgreSQL or back).
    Migrate(migrate::MigrateArgs),
    /// Test helper: files claims one transaction at a time, printing each id.
    #[command(hide = true)]
    StressClaims(stress::StressArgs),
}

/// Runs the command line; returns the process exit code.
pub fn main() -> i32 {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            // --help and --version are not errors.
            let code = if e.use_stderr() { EXIT_BAD_INPUT } else { 0 };
            let _ = e.print();
            return code;
        }
    };
    match cli.command {
        Some(Command::Decide(args)) => report("decide", args.run()),
        Some(cmd) => {
            let desk = desk::Session {
                db: cli.db.as_deref(),
                staff: cli.staff.as_deref(),
            };
            run_store_command(cmd, &desk)
        }
        None => report(
            "app",
            run_gui(cli.db, cli.staff, cli.open, cli.panel, cli.dark).map(|()| 0),
        ),
    }
}

/// Runs a subcommand that uses the database.
fn run_store_command(cmd: Command, desk: &desk::Session<'_>) -> i32 {
    match cmd {
        Command::Decide(args) => report("decide", args.run()),
        Command::Demo(a) => report("demo", a.run(desk)),
        Command::Lookup(a) => report("lookup", a.run(desk)),
        Command::Import(a) => report("import", a.run(desk)),
        Command::Card(a) => report("card", a.run(desk)),
        Command::BuyPlus(a) => report("buy-plus", a.run(desk)),
        Command::ReturnPlus(a) => report("return-plus", a.run(desk)),
        Command::Withdraw(a) => report("withdraw", a.run(desk)),
        Command::Claim(a) => report("claim", a.run(desk)),
        Command::Claims(a) => report("claims", a.run(desk)),
        Command::Parcel(a) => report("parcel", a.run(desk)),
        Command::Staff(a) => report("staff", a.run(desk)),
        Command::Fee(a) => report("fee", a.run(desk)),
        Command::Audit(a) => report("audit", a.run(desk)),
        Command::Expiring(a) => report("expiring", a.run(desk)),
        Command::Export(a) => report("export", a.run(desk)),
        Command::Appointment(a) => report("appointment", a.run(desk)),
        Command::Migrate(a) => report("migrate", a.run()),
        Command::StressClaims(a) => report("stress-claims", a.run(desk)),
    }
}

/// `caredesk` with no subcommand: the desktop app.
fn run_gui(
    db: Option<PathBuf>,
    staff: Option<String>,
    open: Option<String>,
    panel: Option<String>,
    dark: Option<bool>,
) -> anyhow::Result<()> {
    let panel = match panel {
        None => None,
        Some(name) => Some(crate::ui::Panel::from_name(&name).ok_or_else(|| {
            anyhow::anyhow!(
                "unknown panel `{name}` (expected one of: {})",
                crate::ui::Panel::ALL.map(|p| p.name()).join(", ")
            )
        })?),
    };
    let location = crate::desk::Location::resolve(db.as_deref().map(std::path::Path::as_os_str));
    crate::ui::run(
        location,
        crate::ui::StartOptions {
            open,
            panel,
            dark,
            staff,
            demo_loaded: None,
        },
    )
}

/// Prints an error as one line and maps it to the exit code.
fn report(cmd: &str, result: anyhow::Result<i32>) -> i32 {
    match result {
        Ok(code) => code,
        Err(e) => {
            let msg = format!("{e:#}").replace('\n', " ");
            eprintln!("caredesk {cmd}: {msg}");
            EXIT_BAD_INPUT
        }
    }
}

/// Reads a FILE argument, or stdin for `-` or none.
pub(crate) fn read_input(file: Option<&std::path::Path>) -> anyhow::Result<String> {
    use anyhow::Context;
    use std::io::Read;
    match file {
        Some(p) if p.as_os_str() != "-" => {
            std::fs::read_to_string(p).with_context(|| format!("cannot read {}", p.display()))
        }
        _ => {
            let mut s = String::new();
            std::io::stdin()
                .read_to_string(&mut s)
                .context("cannot read standard input")?;
            Ok(s)
        }
    }
}
