//! `caredesk buy-plus SERIAL --region R [--on DATE] [--customer ID]` — sell
//! CR+ in the store (to a customer: the product is linked to them).

use super::desk::{Session, day_or_today, finish};

#[derive(clap::Args, Debug)]
pub struct BuyPlusArgs {
    serial: String,
    /// Region of the store selling CR+.
    #[arg(long)]
    region: String,
    /// Purchase date (default: today).
    #[arg(long, value_name = "DATE")]
    on: Option<String>,
    /// The customer buying it: the product is linked to them.
    #[arg(long, value_name = "ID")]
    customer: Option<i64>,
}

impl BuyPlusArgs {
    pub fn run(self, desk: &Session<'_>) -> anyhow::Result<i32> {
        let region = super::card::region(&self.region)?;
        let on = day_or_today(self.on.as_deref())?;
        let store = desk.open_to_write()?;
        let actor = desk.sign_in(&store)?;
        finish(
            "buy-plus",
            &format!("CR+ for {}", self.serial),
            store.buy_plus_for(actor.id(), &self.serial, region, on, self.customer),
        )
    }
}
