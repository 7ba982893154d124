//! Command-line front end: `caredesk` (the GUI) and its scriptable twins.
//! One file per subcommand; `main` only dispatches. Errors are reported here,
//! once, as one line on stderr with exit code 2 (`desk.rs` has every code).

mod appointment;
mod backup;
mod buy_plus;
mod card;
mod claim;
mod claim_photo;
mod claim_quote;
mod customer;
mod decide;
mod demo;
mod desk;
mod export;
mod import;
mod lookup;
mod migrate;
mod parcel;
mod plan;
mod print;
mod search;
mod settings;
mod staff;
mod stress;
mod usage;

use clap::{Parser, Subcommand};
use std::path::PathBuf;

/// Exit code for bad input (SPEC §3, §4).
pub const EXIT_BAD_INPUT: i32 = 2;

/// The largest request, claim or other JSON file read (a real one is a few
/// hundred bytes).
pub const MAX_JSON_BYTES: u64 = 1 << 20;

#[derive(Parser, Debug)]
#[command(
    name = "caredesk",
    version,
    about = "Service desk for DJI Care Refresh and Care Refresh+",
    after_help = "\
Who is acting: every command that changes something signs a person in:
--staff NAME (or CAREDESK_STAFF) and their PIN, asked without echo in a
terminal; for scripts, --pin-stdin (one PIN per line on standard input) or
CAREDESK_PIN. A PIN is never given on the command line. Five wrong PINs lock
that person for 5 minutes.

Which database: --db PATH|URL, else CAREDESK_DB, else the default file in the
user's data directory. Only the default file, --create, `demo` and
`staff init` make a new database; any other missing file is an error naming
it. A SQLite file that is not CareDesk's is refused and left as it was.

Exit codes: 0 done (JSON on stdout); 1 refused by the rules (the decision, or
the refused claim, on stdout; the rule IDs on stderr; `claim file` keeps a
refused claim and exits 1); 2 bad input or refused PIN/role, nothing written
(one line on stderr); 3 the action was saved but its output could not be
written (stderr names what was saved, e.g. the claim id: do not repeat it)."
)]
pub struct Cli {
    /// Database: a SQLite file, or a PostgreSQL server as
    /// postgres://user@host:port/dbname?sslmode=require (password from the
    /// URL, PGPASSWORD or ~/.pgpass). Default: a file in the user's data
    /// directory; also CAREDESK_DB.
    #[arg(long, global = true, value_name = "PATH|URL")]
    pub db: Option<PathBuf>,
    /// Make a new database at --db when there is none (otherwise a missing
    /// file is an error).
    #[arg(long, global = true)]
    pub create: bool,
    /// The person acting, signed in with their PIN (also CAREDESK_STAFF).
    #[arg(long, global = true, value_name = "NAME", env = "CAREDESK_STAFF")]
    pub staff: Option<String>,
    /// Read PINs from standard input, one per line: the acting person's,
    /// then a new one where a command sets one (else CAREDESK_PIN and
    /// CAREDESK_NEW_PIN, else asked in a terminal).
    #[arg(long, global = true)]
    pub pin_stdin: bool,
    /// Language of the words shown (reasons, advice, messages): en, zh-Hans,
    /// zh-Hant, ko, de or fr (a locale such as ko_KR or zh-TW also does).
    /// Default: CAREDESK_LANG, else the language chosen in the window's
    /// Settings (the window only), else the system's. JSON codes and rule IDs
    /// never change with it.
    #[arg(long, global = true, value_name = "TAG")]
    pub lang: Option<String>,
    /// GUI: open this serial at start, as if scanned.
    #[arg(long, value_name = "SERIAL")]
    pub open: Option<String>,
    /// GUI: show this panel at start (lookup, plans, coverage, sell, intake, claims, settings, customers, today).
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
    /// Make or fill a demo database (products, plans, cards, staff, claims).
    ///
    /// Only into a new or a demo database: a database holding real data is
    /// refused and left as it was. A missing --db file is made. Dated around
    /// --today: products across CR+ regions (EU members among them) and
    /// others, CR plans of both terms, CR+, activation cards (a few unused
    /// codes are printed), claims in every status, and the demo staff
    /// "Tomas Technician" (technician, PIN 111111), "Sami SSC" (ssc, PIN
    /// 222222) and "Dana Supervisor" (supervisor, PIN 123456).
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
    /// Customers: add, show, edit, export their data, forget them (supervisor).
    Customer(customer::CustomerArgs),
    /// Find products, claims and customers by any part (3+ characters) of a
    /// serial, claim id, name, phone or email (JSON hits).
    Search(search::SearchArgs),
    /// Print a claim's papers as PDF: the intake receipt or the 62 mm box label.
    Print(print::PrintArgs),
    /// Parcels of a claim: add, list, update (carrier, tracking, days).
    Parcel(parcel::ParcelArgs),
    /// Staff: list, init (the first supervisor), add, role, pin.
    Staff(staff::StaffArgs),
    /// Replacement fee schedule per model × service region × replacement
    /// number: list, set (supervisor, `--region`).
    Fee(staff::FeeArgs),
    /// The audit log, newest first; `audit verify` checks its hash chain.
    Audit(staff::AuditArgs),
    /// Settings kept in the database: show, idle-lock (supervisor).
    Settings(settings::SettingsArgs),
    /// Copy the whole database to a file while others keep working (SQLite).
    Backup(backup::BackupArgs),
    /// Replace the database with a backup file (supervisor; SQLite).
    Restore(backup::RestoreArgs),
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

/// The language asked for: `--lang`, else `CAREDESK_LANG` when set.
fn asked_language(flag: Option<String>) -> Option<String> {
    flag.or_else(|| {
        std::env::var("CAREDESK_LANG")
            .ok()
            .filter(|s| !s.trim().is_empty())
    })
}

/// Runs the command line; returns the process exit code.
pub fn main() -> i32 {
    // Before parsing: clap's value parsers word their errors (a bad
    // `--format`) while the line is parsed.
    crate::i18n::set_current(usage::language_of(&std::env::args_os().collect::<Vec<_>>()));
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            // --help and --version are not errors.
            let code = if e.use_stderr() { EXIT_BAD_INPUT } else { 0 };
            usage::print(e);
            return code;
        }
    };
    // The desk's words in the language asked for (or the system's) from here
    // on; an unknown name is bad input, before anything is done.
    let asked = asked_language(cli.lang.clone());
    let lang = match crate::i18n::choose(asked.as_deref()) {
        Ok(lang) => lang,
        Err(e) => {
            eprintln!("caredesk: {e}");
            return EXIT_BAD_INPUT;
        }
    };
    crate::i18n::set_current(lang);
    match cli.command {
        Some(Command::Decide(args)) => report("decide", args.run()),
        Some(cmd) => {
            let desk = desk::Session {
                db: cli.db.as_deref(),
                staff: cli.staff.as_deref(),
                pin_stdin: cli.pin_stdin,
                create: cli.create,
            };
            run_store_command(cmd, &desk)
        }
        None => report(
            "app",
            run_gui(
                cli.db,
                cli.create,
                cli.staff,
                cli.open,
                cli.panel,
                cli.dark,
                asked.map(|_| lang),
            )
            .map(|()| 0),
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
        Command::Customer(a) => report("customer", a.run(desk)),
        Command::Search(a) => report("search", a.run(desk)),
        Command::Print(a) => report("print", a.run(desk)),
        Command::Parcel(a) => report("parcel", a.run(desk)),
        Command::Staff(a) => report("staff", a.run(desk)),
        Command::Fee(a) => report("fee", a.run(desk)),
        Command::Audit(a) => report("audit", a.run(desk)),
        Command::Settings(a) => report("settings", a.run(desk)),
        Command::Backup(a) => report("backup", a.run(desk)),
        Command::Restore(a) => report("restore", a.run(desk)),
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
    create: bool,
    staff: Option<String>,
    open: Option<String>,
    panel: Option<String>,
    dark: Option<bool>,
    lang: Option<crate::i18n::Lang>,
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
    // Only the default file (first start) or --create makes a new database.
    let create =
        create || location == crate::desk::Location::Sqlite(crate::desk::Location::default_path());
    crate::ui::run(
        location,
        crate::ui::StartOptions {
            open,
            panel,
            dark,
            staff,
            create,
            lang,
            demo_loaded: None,
        },
    )
}

/// Prints an error as one line and maps it to the exit code.
fn report(cmd: &str, result: anyhow::Result<i32>) -> i32 {
    match result {
        Ok(code) => code,
        Err(e) => {
            let msg = error_line(&e).replace('\n', " ");
            eprintln!("caredesk {cmd}: {msg}");
            EXIT_BAD_INPUT
        }
    }
}

/// An error and its causes, `: `-joined as `{:#}` prints them, with the
/// service layer's errors in the desk's language (`--lang`).
fn error_line(e: &anyhow::Error) -> String {
    e.chain()
        .map(
            |cause| match cause.downcast_ref::<crate::store::StoreError>() {
                Some(store) => store.message(),
                None => cause.to_string(),
            },
        )
        .collect::<Vec<_>>()
        .join(": ")
}

/// Reads a FILE argument, or stdin for `-` or none, refusing more than
/// `max` bytes without reading further (`/dev/zero` is an error, not a
/// process that grows until it is killed).
pub(crate) fn read_input(file: Option<&std::path::Path>, max: u64) -> anyhow::Result<String> {
    use anyhow::Context;
    use std::io::Read;
    let (name, source): (String, Box<dyn Read>) = match file {
        Some(p) if p.as_os_str() != "-" => {
            let f =
                std::fs::File::open(p).with_context(|| format!("cannot read {}", p.display()))?;
            // A regular file says its size: no need to read past the bound.
            if f.metadata().is_ok_and(|m| m.is_file() && m.len() > max) {
                anyhow::bail!(
                    "{} is larger than {max} bytes; nothing was read from it",
                    p.display()
                );
            }
            (p.display().to_string(), Box::new(f))
        }
        _ => ("standard input".into(), Box::new(std::io::stdin().lock())),
    };
    let mut bytes = Vec::new();
    source
        .take(max + 1)
        .read_to_end(&mut bytes)
        .with_context(|| format!("cannot read {name}"))?;
    if bytes.len() as u64 > max {
        anyhow::bail!("{name} is larger than {max} bytes; nothing was read from it");
    }
    String::from_utf8(bytes).with_context(|| format!("{name} is not UTF-8 text"))
}

/// Refuses JSON text in which an object gives the same key twice (serde
/// would keep the last one silently; the person meant one of them).
pub(crate) fn reject_duplicate_keys(text: &str) -> anyhow::Result<()> {
    use serde::de::{Deserializer, MapAccess, SeqAccess, Visitor};
    struct Unique;
    impl<'de> serde::de::DeserializeSeed<'de> for Unique {
        type Value = ();
        fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
            d.deserialize_any(Unique)
        }
    }
    impl<'de> Visitor<'de> for Unique {
        type Value = ();
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("JSON")
        }
        fn visit_bool<E>(self, _: bool) -> Result<(), E> {
            Ok(())
        }
        fn visit_i64<E>(self, _: i64) -> Result<(), E> {
            Ok(())
        }
        fn visit_u64<E>(self, _: u64) -> Result<(), E> {
            Ok(())
        }
        fn visit_f64<E>(self, _: f64) -> Result<(), E> {
            Ok(())
        }
        fn visit_str<E>(self, _: &str) -> Result<(), E> {
            Ok(())
        }
        fn visit_unit<E>(self) -> Result<(), E> {
            Ok(())
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut a: A) -> Result<(), A::Error> {
            while a.next_element_seed(Unique)?.is_some() {}
            Ok(())
        }
        fn visit_map<A: MapAccess<'de>>(self, mut m: A) -> Result<(), A::Error> {
            let mut seen = std::collections::HashSet::new();
            while let Some(key) = m.next_key::<String>()? {
                if !seen.insert(key.clone()) {
                    return Err(serde::de::Error::custom(format!(
                        "the key `{key}` is given twice"
                    )));
                }
                m.next_value_seed(Unique)?;
            }
            Ok(())
        }
    }
    let mut de = serde_json::Deserializer::from_str(text);
    serde::de::DeserializeSeed::deserialize(Unique, &mut de).map_err(|e| anyhow::anyhow!("{e}"))
}
