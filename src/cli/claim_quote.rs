//! `caredesk claim quote CLAIM --amount A --currency C [--note N]` and
//! `caredesk claim choose CLAIM replacement|paid_repair` (issue 14).

use super::desk::{Session, day_or_today, saved};
use crate::desk::{Money, NewQuote, RepairChoice};
use crate::rules::request::parse_day;
use anyhow::anyhow;

#[derive(clap::Args, Debug)]
pub struct QuoteArgs {
    /// The claim (assessed, online or SSC replacement).
    id: String,
    /// The repair's price, e.g. 129 or 129.50 (99000 for KRW).
    #[arg(long)]
    amount: String,
    /// ISO 4217 code, e.g. USD, EUR, KRW.
    #[arg(long)]
    currency: String,
    /// What the repair covers.
    #[arg(long, default_value = "")]
    note: String,
    /// The last day the quote holds (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    valid_until: Option<String>,
}

impl QuoteArgs {
    pub fn run(self, desk: &Session<'_>) -> anyhow::Result<i32> {
        let amount = Money::parse(self.amount.trim(), self.currency.trim())?;
        let valid_until = self
            .valid_until
            .map(|s| parse_day(&s).ok_or_else(|| anyhow!("bad date `{s}` (expected YYYY-MM-DD)")))
            .transpose()?;
        let quote = NewQuote {
            amount,
            covers: self.note,
            valid_until,
        };
        let today = day_or_today(None)?;
        let store = desk.open_to_write()?;
        let actor = desk.sign_in(&store)?;
        let offer = store.quote_repair(actor.id(), &self.id, &quote, today)?;
        saved(
            "claim quote",
            &format!("the quote on {}", self.id),
            &offer,
            0,
        )
    }
}

#[derive(clap::Args, Debug)]
pub struct ChooseArgs {
    /// The claim (assessed, with a quote).
    id: String,
    /// replacement or paid_repair (a paid repair moves the claim on).
    choice: String,
}

impl ChooseArgs {
    pub fn run(self, desk: &Session<'_>) -> anyhow::Result<i32> {
        let choice: RepairChoice = self.choice.parse().map_err(|e| anyhow!("{e}"))?;
        let today = day_or_today(None)?;
        let store = desk.open_to_write()?;
        let actor = desk.sign_in(&store)?;
        let offer = store.record_choice(actor.id(), &self.id, choice, today)?;
        saved(
            "claim choose",
            &format!("the choice on {}", self.id),
            &offer,
            0,
        )
    }
}
