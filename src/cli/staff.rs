//! `caredesk staff list|add`, `caredesk fee list|set`, `caredesk audit`,
//! `caredesk expiring` — the desk's housekeeping twins.

use super::desk::{Session, day_or_today, pin, print_json};
use crate::desk::{Money, Role};
use crate::rules::Region;
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
    /// Set a fee (supervisor: --staff NAME and --pin or CAREDESK_PIN).
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
        #[arg(long)]
        pin: Option<String>,
    },
}

fn region(s: &str) -> anyhow::Result<Region> {
    Region::parse_shape(s.trim())
        .ok_or_else(|| anyhow!("`{s}` is not a region code such as GB or EU"))
}

impl FeeArgs {
    pub fn run(self, desk: &Session<'_>) -> anyhow::Result<i32> {
        let store = desk.open()?;
        match self.action {
            FeeCmd::List { region: r, model } => {
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
                print_json(&rows)?
            }
            FeeCmd::Set {
                model,
                replacement_number,
                amount,
                region: r,
                currency,
                pin: p,
            } => {
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
                let p = pin(p)?;
                let actor = desk.actor(&store)?;
                store.set_fee(actor, &p, &model, r, replacement_number, money.clone())?;
                print_json(&serde_json::json!({
                    "model": model, "region": r, "replacement_number": replacement_number,
                    "amount": money,
                }))?;
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
