//! `caredesk staff list|init|add|role|pin`, `caredesk fee list|set`,
//! `caredesk audit [verify]`, `caredesk expiring` — the desk's housekeeping
//! twins.

use super::desk::{EXIT_REFUSED, Session, day_or_today, print_json, saved};
use crate::desk::{Money, Role};
use crate::vocab::money::{minor_digits_of, parse_amount};
use anyhow::anyhow;

#[derive(clap::Args, Debug)]
#[command(after_help = "\
PINs are 6 or more digits and never given on the command line: the acting
person's PIN and a new PIN are asked in a terminal, or read from standard
input with --pin-stdin (the acting person's first, then the new one), or from
CAREDESK_PIN and CAREDESK_NEW_PIN.

Examples:
  caredesk --db shop.sqlite3 --create staff init \"Ana Supervisor\"
  caredesk --staff \"Ana Supervisor\" staff add \"Tom Tech\" --role technician
  printf '%s\\n%s\\n' \"$ANA_PIN\" \"$NEW_PIN\" | caredesk --staff \"Ana Supervisor\" --pin-stdin staff pin \"Tom Tech\"")]
pub struct StaffArgs {
    #[command(subcommand)]
    action: StaffCmd,
}

#[derive(clap::Subcommand, Debug)]
enum StaffCmd {
    List,
    /// Set up a new database as a real one with its first supervisor (makes
    /// the database file when it is missing).
    Init {
        name: String,
    },
    /// Add a staff member with their PIN (supervisor).
    Add {
        name: String,
        /// technician, ssc or supervisor.
        #[arg(long)]
        role: String,
    },
    /// Change a person's role (supervisor).
    Role {
        name: String,
        #[arg(long)]
        role: String,
    },
    /// Set a new PIN: a supervisor for anyone (this also lifts a lock), or
    /// anyone for themselves.
    Pin {
        name: String,
    },
}

impl StaffArgs {
    pub fn run(self, desk: &Session<'_>) -> anyhow::Result<i32> {
        match self.action {
            StaffCmd::List => {
                print_json(&desk.open()?.staff()?)?;
                Ok(0)
            }
            StaffCmd::Init { name } => {
                let pin = desk.new_pin(&name)?;
                let store = desk.open_creating()?;
                let who = store.set_up_real(&name, &pin)?;
                saved(
                    "staff init",
                    &format!("{} (first supervisor of {})", who.name(), store.location()),
                    who.staff(),
                    0,
                )
            }
            StaffCmd::Add { name, role } => {
                let role = role.parse::<Role>().map_err(|e| anyhow!(e))?;
                let store = desk.open_to_write()?;
                let by = desk.sign_in(&store)?;
                let pin = desk.new_pin(&name)?;
                let s = store.add_staff(&by, &name, role, &pin)?;
                saved("staff add", &format!("staff member {}", s.name), &s, 0)
            }
            StaffCmd::Role { name, role } => {
                let role = role.parse::<Role>().map_err(|e| anyhow!(e))?;
                let store = desk.open_to_write()?;
                let by = desk.sign_in(&store)?;
                let id = store.staff_by_name(&name)?.id;
                let s = store.set_staff_role(&by, id, role)?;
                saved("staff role", &format!("the role of {}", s.name), &s, 0)
            }
            StaffCmd::Pin { name } => {
                let store = desk.open_to_write()?;
                let by = desk.sign_in(&store)?;
                let id = store.staff_by_name(&name)?.id;
                let pin = desk.new_pin(&name)?;
                let s = store.set_staff_pin(&by, id, &pin)?;
                saved("staff pin", &format!("the PIN of {}", s.name), &s, 0)
            }
        }
    }
}

#[derive(clap::Args, Debug)]
pub struct FeeArgs {
    #[command(subcommand)]
    action: FeeCmd,
}

#[derive(clap::Subcommand, Debug)]
enum FeeCmd {
    List,
    /// Set a fee (a supervisor: --staff NAME, PIN asked, --pin-stdin or CAREDESK_PIN).
    Set {
        model: String,
        replacement_number: u32,
        amount: String,
        #[arg(long, default_value = "USD")]
        currency: String,
    },
}

impl FeeArgs {
    pub fn run(self, desk: &Session<'_>) -> anyhow::Result<i32> {
        match self.action {
            FeeCmd::List => {
                print_json(&desk.open()?.fee_schedule()?)?;
                Ok(0)
            }
            FeeCmd::Set {
                model,
                replacement_number,
                amount,
                currency,
            } => {
                let cents = parse_amount(&amount, minor_digits_of(&currency))
                    .ok_or_else(|| anyhow!("bad amount `{amount}` (expected e.g. 79.00)"))?;
                let store = desk.open_to_write()?;
                let (actor, pin) = desk.acting_with_pin(&store)?;
                store.set_fee(
                    actor,
                    &pin,
                    &model,
                    replacement_number,
                    Money { cents, currency },
                )?;
                saved(
                    "fee set",
                    &format!("the fee for {model} #{replacement_number}"),
                    &serde_json::json!({ "model": model, "replacement_number": replacement_number, "amount": amount }),
                    0,
                )
            }
        }
    }
}

#[derive(clap::Args, Debug)]
#[command(after_help = "\
`caredesk audit verify` walks the hash chains of the audit log and the claim
events and lists every row that was rewritten, removed or slipped in with SQL
(and rows cut off the end). Exit 0: intact; exit 1: tampering found (the
findings on stdout). Its `head` hashes, written down or kept with a backup,
show later whether the history was rewritten as a whole.")]
pub struct AuditArgs {
    #[command(subcommand)]
    action: Option<AuditCmd>,
    #[arg(long, default_value_t = 50)]
    limit: usize,
}

#[derive(clap::Subcommand, Debug)]
enum AuditCmd {
    /// Verify the hash chains of the audit log and the claim events.
    Verify,
}

impl AuditArgs {
    pub fn run(self, desk: &Session<'_>) -> anyhow::Result<i32> {
        let store = desk.open()?;
        match self.action {
            None => {
                print_json(&store.audit_log(self.limit.min(100_000))?)?;
                Ok(0)
            }
            Some(AuditCmd::Verify) => {
                let report = store.verify_history()?;
                print_json(&report)?;
                if report.intact {
                    Ok(0)
                } else {
                    eprintln!(
                        "caredesk audit verify: the history was changed past CareDesk ({} finding(s))",
                        report.problems.len()
                    );
                    Ok(EXIT_REFUSED)
                }
            }
        }
    }
}

#[derive(clap::Args, Debug)]
pub struct ExpiringArgs {
    /// Plans ending within this many days.
    #[arg(long, default_value_t = 30)]
    within: u32,
    #[arg(long, value_name = "DATE")]
    on: Option<String>,
}

impl ExpiringArgs {
    pub fn run(self, desk: &Session<'_>) -> anyhow::Result<i32> {
        let on = day_or_today(self.on.as_deref())?;
        print_json(&desk.open()?.expiring_plans(on, self.within)?)?;
        Ok(0)
    }
}
