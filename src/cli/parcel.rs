//! `caredesk parcel add|list|update` — the parcels of a claim (SPEC §6):
//! inbound (the damaged unit or parts), outbound (the replacement, or the
//! repaired or returned unit), with carrier, tracking number and the days
//! shipped and received. Each change is an event of the claim's timeline.

use super::desk::{Session, day_or_today, print_json, saved};
use crate::desk::{ParcelDirection, ParcelInput};
use anyhow::anyhow;

#[derive(clap::Args, Debug)]
pub struct ParcelArgs {
    #[command(subcommand)]
    action: ParcelCmd,
}

#[derive(clap::Subcommand, Debug)]
enum ParcelCmd {
    /// Record a parcel of a claim; prints it with its id.
    ///
    /// E.g. `caredesk parcel add CL-2026-000123 --direction inbound
    /// --carrier UPS --tracking "1Z 999 AA1 01 2345 6784" --shipped
    /// 2026-11-20`. Tracking numbers are kept in capitals without spaces.
    /// Days are not in the future nor before the claim was submitted, and a
    /// parcel is not received before it was shipped. An inbound parcel's
    /// shipped day keeps a claim that is waiting for it from being overdue
    /// (when shipped by its deadline), and `claim advance ID receive` takes
    /// it when no --shipped is given.
    Add {
        claim: String,
        /// inbound (to the service center) or outbound (to the customer).
        #[arg(long)]
        direction: String,
        #[arg(long)]
        carrier: String,
        #[arg(long)]
        tracking: String,
        /// The day it was shipped (YYYY-MM-DD, from its tracking).
        #[arg(long, value_name = "DATE")]
        shipped: Option<String>,
        /// The day it was received.
        #[arg(long, value_name = "DATE")]
        received: Option<String>,
    },
    /// A claim's parcels, in the order recorded.
    List { claim: String },
    /// Set the days a parcel was shipped or received (from its tracking).
    Update {
        /// The parcel's id (from `parcel add` or `parcel list`).
        parcel: i64,
        #[arg(long, value_name = "DATE")]
        shipped: Option<String>,
        #[arg(long, value_name = "DATE")]
        received: Option<String>,
    },
}

fn day(s: Option<String>) -> anyhow::Result<Option<chrono::NaiveDate>> {
    s.map(|s| day_or_today(Some(&s))).transpose()
}

impl ParcelArgs {
    pub fn run(self, desk: &Session<'_>) -> anyhow::Result<i32> {
        match self.action {
            ParcelCmd::Add {
                claim,
                direction,
                carrier,
                tracking,
                shipped,
                received,
            } => {
                let input = ParcelInput {
                    direction: direction
                        .trim()
                        .parse::<ParcelDirection>()
                        .map_err(|e| anyhow!(e))?,
                    carrier,
                    tracking,
                    shipped_on: day(shipped)?,
                    received_on: day(received)?,
                };
                let store = desk.open_to_write()?;
                let actor = desk.sign_in(&store)?;
                let added = store.add_parcel(actor.id(), &claim, &input)?;
                return saved("parcel add", &format!("the parcel on {claim}"), &added, 0);
            }
            ParcelCmd::List { claim } => print_json(&desk.open()?.parcels(&claim)?)?,
            ParcelCmd::Update {
                parcel,
                shipped,
                received,
            } => {
                let (shipped, received) = (day(shipped)?, day(received)?);
                if shipped.is_none() && received.is_none() {
                    return Err(anyhow!("give --shipped DATE, --received DATE or both"));
                }
                let store = desk.open_to_write()?;
                let actor = desk.sign_in(&store)?;
                let updated = store.update_parcel(actor.id(), parcel, shipped, received)?;
                return saved("parcel update", &format!("parcel {parcel}"), &updated, 0);
            }
        }
        Ok(0)
    }
}
