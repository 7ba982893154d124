//! `caredesk staff list|add`, `caredesk fee list|set`, `caredesk audit`,
//! `caredesk expiring` — the desk's housekeeping twins.

use super::desk::{Session, day_or_today, pin, print_json};
use crate::desk::{Money, Role};
use crate::vocab::money::{minor_digits_of, parse_amount};
use anyhow::anyhow;

#[derive(clap::Args, Debug)]
pub struct StaffArgs {
    #[command(subcommand)]
    action: StaffCmd,
}

#[derive(clap::Subcommand, Debug)]
enum StaffCmd {
    List,
    /// Add a staff member (role technician, ssc or supervisor; a supervisor needs --pin).
    Add {
        name: String,
        #[arg(long)]
        role: String,
        #[arg(long)]
        pin: Option<String>,
    },
}

impl StaffArgs {
    pub fn run(self, desk: &Session<'_>) -> anyhow::Result<i32> {
        let store = desk.open()?;
        match self.action {
            StaffCmd::List => print_json(&store.staff()?)?,
            StaffCmd::Add { name, role, pin } => {
                let role = role.parse::<Role>().map_err(|e| anyhow!(e))?;
                let actor = if store.staff()?.is_empty() {
                    None
                } else {
                    Some(desk.actor(&store)?)
                };
                print_json(&store.add_staff(actor, &name, role, pin.as_deref())?)?
            }
        }
        Ok(0)
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
    /// Set a fee (supervisor: --staff NAME and --pin or CAREDESK_PIN).
    Set {
        model: String,
        replacement_number: u32,
        amount: String,
        #[arg(long, default_value = "USD")]
        currency: String,
        #[arg(long)]
        pin: Option<String>,
    },
}

impl FeeArgs {
    pub fn run(self, desk: &Session<'_>) -> anyhow::Result<i32> {
        let store = desk.open()?;
        match self.action {
            FeeCmd::List => print_json(&store.fee_schedule()?)?,
            FeeCmd::Set {
                model,
                replacement_number,
                amount,
                currency,
                pin: p,
            } => {
                let cents = parse_amount(&amount, minor_digits_of(&currency))
                    .ok_or_else(|| anyhow!("bad amount `{amount}` (expected e.g. 79.00)"))?;
                let p = pin(p)?;
                let actor = desk.actor(&store)?;
                store.set_fee(
                    actor,
                    &p,
                    &model,
                    replacement_number,
                    Money { cents, currency },
                )?;
                print_json(
                    &serde_json::json!({ "model": model, "replacement_number": replacement_number, "amount": amount }),
                )?;
            }
        }
        Ok(0)
    }
}

#[derive(clap::Args, Debug)]
pub struct AuditArgs {
    #[arg(long, default_value_t = 50)]
    limit: usize,
}

impl AuditArgs {
    pub fn run(self, desk: &Session<'_>) -> anyhow::Result<i32> {
        print_json(&desk.open()?.audit_log(self.limit)?)?;
        Ok(0)
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
