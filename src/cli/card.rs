//! `caredesk card add|bind|show` — CR+ activation cards.

use super::desk::{Session, day_or_today, finish, print_json, saved};
use crate::rules::Region;
use anyhow::anyhow;

#[derive(clap::Args, Debug)]
pub struct CardArgs {
    #[command(subcommand)]
    action: CardAction,
}

#[derive(clap::Subcommand, Debug)]
enum CardAction {
    /// Add an unused activation card sold in a region.
    Add {
        code: String,
        #[arg(long)]
        region: String,
    },
    /// Bind a card to a serial (BUY-* rules; a code binds once).
    Bind {
        code: String,
        serial: String,
        /// Purchase date (default: today).
        #[arg(long, value_name = "DATE")]
        on: Option<String>,
        /// The customer binding it: the product is linked to them.
        #[arg(long, value_name = "ID")]
        customer: Option<i64>,
    },
    /// Show a card.
    Show { code: String },
    /// List cards, unused first.
    List {
        #[arg(long, default_value_t = 50)]
        limit: usize,
    },
}

pub(super) fn region(s: &str) -> anyhow::Result<Region> {
    Region::parse_shape(s).ok_or_else(|| anyhow!("`{s}` is not a two-letter region code"))
}

impl CardArgs {
    pub fn run(self, desk: &Session<'_>) -> anyhow::Result<i32> {
        match self.action {
            CardAction::Add { code, region: r } => {
                let r = region(&r)?;
                let store = desk.open_to_write()?;
                let actor = desk.sign_in(&store)?;
                store.add_activation_card(actor.id(), &code, r)?;
                saved(
                    "card add",
                    &format!("activation card {code}"),
                    &store.activation_card(&code)?,
                    0,
                )
            }
            CardAction::Bind {
                code,
                serial,
                on,
                customer,
            } => {
                let on = day_or_today(on.as_deref())?;
                let store = desk.open_to_write()?;
                let actor = desk.sign_in(&store)?;
                finish(
                    "card bind",
                    &format!("the binding of {code} to {serial}"),
                    store.bind_activation_card_for(actor.id(), &code, &serial, on, customer),
                )
            }
            CardAction::List { limit } => {
                print_json(&desk.open()?.activation_cards(limit.min(100_000))?)?;
                Ok(0)
            }
            CardAction::Show { code } => {
                print_json(&desk.open()?.activation_card(&code)?)?;
                Ok(0)
            }
        }
    }
}
