//! `caredesk return-plus` and `caredesk withdraw` — ending plans.

use super::desk::{Session, day_or_today, finish};
use crate::rules::PlanKind;

#[derive(clap::Args, Debug)]
pub struct ReturnPlusArgs {
    serial: String,
    /// The product itself was returned under DJI's return policy.
    #[arg(long)]
    product_returned: bool,
    #[arg(long, value_name = "DATE")]
    on: Option<String>,
}

impl ReturnPlusArgs {
    pub fn run(self, desk: &Session<'_>) -> anyhow::Result<i32> {
        let on = day_or_today(self.on.as_deref())?;
        let store = desk.open_to_write()?;
        let actor = desk.sign_in(&store)?;
        finish(
            "return-plus",
            &format!("the CR+ return of {}", self.serial),
            store.return_plus(actor.id(), &self.serial, self.product_returned, on),
        )
    }
}

#[derive(clap::Args, Debug)]
pub struct WithdrawArgs {
    serial: String,
    /// care_refresh or care_refresh_plus.
    #[arg(long)]
    plan: String,
    #[arg(long, value_name = "DATE")]
    on: Option<String>,
}

impl WithdrawArgs {
    pub fn run(self, desk: &Session<'_>) -> anyhow::Result<i32> {
        let plan: PlanKind = self.plan.parse()?;
        let on = day_or_today(self.on.as_deref())?;
        let store = desk.open_to_write()?;
        let actor = desk.sign_in(&store)?;
        finish(
            "withdraw",
            &format!("the withdrawal of {}", self.serial),
            store.withdraw_plan(actor.id(), &self.serial, plan, on),
        )
    }
}
