//! `caredesk staff list|init|add|role|pin`, `caredesk fee list|set`,
//! `caredesk audit [verify]`, `caredesk expiring` — the desk's housekeeping
//! twins.

use super::desk::{EXIT_REFUSED, Session, day_or_today, print_json, saved};
use crate::desk::{Money, Role};
use crate::rules::Region;
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
    /// The fee schedule: model × service region × replacement number, each
    /// in its region's currency.
    List {
        /// Only this service region (CN, HK, TW, KR, US, CA, EU, GB, CH, NO,
        /// AU; an EU member state stands for EU).
        #[arg(long)]
        region: Option<String>,
        /// Only this model.
        #[arg(long)]
        model: Option<String>,
    },
    /// Set a fee (a supervisor: --staff NAME, PIN asked, --pin-stdin or CAREDESK_PIN).
    ///
    /// E.g. `caredesk fee set "DJI Mavic 3" 4 329 --region GB`: the 4th
    /// replacement of a Mavic 3 serviced in the UK costs 329.00 GBP.
    Set {
        model: String,
        /// 1 to 4 (a 2-Year Plan has up to 4 replacements).
        replacement_number: u32,
        /// In the region's currency: `329`, `329.00`; `99000` for KRW.
        amount: String,
        /// The service region the fee is charged in (required).
        #[arg(long)]
        region: String,
        /// The region's currency (GBP for GB, EUR for EU, …); only needed
        /// to double-check it.
        #[arg(long)]
        currency: Option<String>,
    },
}

fn region(s: &str) -> anyhow::Result<Region> {
    Region::parse_shape(s.trim())
        .ok_or_else(|| anyhow!("`{s}` is not a region code such as GB or EU"))
}

impl FeeArgs {
    pub fn run(self, desk: &Session<'_>) -> anyhow::Result<i32> {
        match self.action {
            FeeCmd::List { region: r, model } => {
                let store = desk.open()?;
                let catalog = store.catalog();
                let r = r
                    .map(|r| region(&r).map(|r| catalog.service_region(r)))
                    .transpose()?;
                let model = model
                    .map(|m| {
                        catalog
                            .model_id(&m)
                            .map(|id| catalog.model(id).name.clone())
                            .ok_or_else(|| anyhow!("unknown model `{m}`"))
                    })
                    .transpose()?;
                let rows: Vec<_> = store
                    .fee_schedule()?
                    .into_iter()
                    .filter(|f| r.is_none_or(|r| f.region == r))
                    .filter(|f| model.as_ref().is_none_or(|m| &f.model == m))
                    .collect();
                print_json(&rows)?;
                Ok(0)
            }
            FeeCmd::Set {
                model,
                replacement_number,
                amount,
                region: r,
                currency,
            } => {
                let store = desk.open_to_write()?;
                let catalog = store.catalog();
                let r = catalog.service_region(region(&r)?);
                let currency = match (currency, catalog.currency_of(r)) {
                    (Some(c), _) => c.trim().to_ascii_uppercase(),
                    (None, Some(c)) => c.code().to_owned(),
                    (None, None) => {
                        return Err(anyhow!(
                            "{r} is not a Care Refresh+ service region with a fee currency"
                        ));
                    }
                };
                let money = Money::parse(&amount, &currency).map_err(|e| anyhow!(e))?;
                let (actor, pin) = desk.acting_with_pin(&store)?;
                store.set_fee(actor, &pin, &model, r, replacement_number, money.clone())?;
                saved(
                    "fee set",
                    &format!("the fee for {model} in {r} #{replacement_number}"),
                    &serde_json::json!({
                        "model": model, "region": r, "replacement_number": replacement_number,
                        "amount": money,
                    }),
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
