//! `caredesk claim file|show|advance|reopen` and `caredesk claims`
//! (with the work queues of SPEC §6: `caredesk claims --queue overdue`).

use super::desk::{Session, day_or_today, pin, print_json};
use crate::desk::{
    ClaimAction, ClaimColumn, ClaimFilter, ClaimInput, ClaimKind, ClaimQueue, ClaimSort,
    ClaimStatus,
};
use crate::rules::request::parse_day;
use anyhow::{Context, anyhow};
use std::path::PathBuf;

#[derive(clap::Args, Debug)]
pub struct ClaimArgs {
    #[command(subcommand)]
    action: ClaimCmd,
}

#[derive(clap::Subcommand, Debug)]
enum ClaimCmd {
    /// Take a claim in; the rules decide at once (refused claims are kept too).
    ///
    /// FILE is JSON: the `claim` object of the decide API plus
    /// "kind": "replacement" | "extended_warranty", and optionally "on"
    /// (the application date; default --on, else claim.submitted).
    ///
    /// Refused up front (exit 2, nothing written): a reclaimed unit (the
    /// message names the serial that replaced it); a submitted day in the
    /// future or before the product's Care Refresh starts; an application
    /// day before submitted or in the future; a shipped day in the future;
    /// an approved replacement whose fee is not in the schedule (a
    /// supervisor sets it: `caredesk fee set`). The claim id's year is the
    /// year it is filed. Approved replacement claims in flight hold their
    /// replacement: a new claim on the same unit (or its chain) is decided
    /// as if those were used (REP-NONE-LEFT, REP-IN-ADVANCE).
    File {
        serial: String,
        file: PathBuf,
        #[arg(long, value_name = "DATE")]
        on: Option<String>,
    },
    /// Show a claim with its decision and timeline.
    Show { id: String },
    /// Take a lifecycle step: await_product, receive, assess,
    /// ship_replacement (needs --new-serial), choose_paid_repair, repair,
    /// lapse, close.
    ///
    /// `receive --shipped DATE`: the day the customer's parcel was shipped,
    /// from its tracking (default: the day recorded on its inbound parcel or
    /// at intake; online, express and extended-warranty claims need one).
    /// The claim is decided again with that day: a parcel shipped after the
    /// deadline turns it refused on receipt (REP-SHIP-LATE / EW-SHIP-LATE),
    /// its replacement is released, and the unit goes back to the customer.
    ///
    /// `lapse`: closes an overdue claim (approved, parcel not shipped by its
    /// deadline) as refused with REP-SHIP-LATE / EW-SHIP-LATE, releasing its
    /// replacement; refused (exit 2) when the claim is not overdue.
    ///
    /// `ship_replacement --new-serial S [--new-model M]`: the new unit gets
    /// the old unit's model and plans; a serial already known, or another
    /// model than the old unit's, is refused.
    Advance {
        id: String,
        action: String,
        #[arg(long)]
        new_serial: Option<String>,
        /// With ship_replacement: the model the new unit was scanned as
        /// (checked to be the old unit's).
        #[arg(long, value_name = "MODEL")]
        new_model: Option<String>,
        /// With receive: the day the parcel was shipped (YYYY-MM-DD).
        #[arg(long, value_name = "DATE")]
        shipped: Option<String>,
        #[arg(long, default_value = "")]
        note: String,
    },
    /// Record the paid-repair quote of an assessed online or SSC replacement
    /// claim (replaced until the customer chooses).
    Quote(super::claim_quote::QuoteArgs),
    /// Record the customer's choice: replacement or paid_repair.
    Choose(super::claim_quote::ChooseArgs),
    /// Reopen a refused claim (supervisor: --staff NAME and --pin or CAREDESK_PIN).
    Reopen {
        id: String,
        #[arg(long)]
        note: String,
        #[arg(long)]
        pin: Option<String>,
    },
}

#[derive(serde::Deserialize)]
struct ClaimFile {
    kind: ClaimKind,
    #[serde(default)]
    on: Option<String>,
    #[serde(flatten)]
    claim: serde_json::Value,
}

impl ClaimArgs {
    pub fn run(self, desk: &Session<'_>) -> anyhow::Result<i32> {
        let store = desk.open()?;
        match self.action {
            ClaimCmd::File { serial, file, on } => {
                let text = super::read_input(Some(&file))?;
                let f: ClaimFile =
                    serde_json::from_str(&text).with_context(|| format!("{}", file.display()))?;
                let input: ClaimInput = serde_path_to_error::deserialize(f.claim).map_err(|e| {
                    anyhow!("{}: claim.{}: {}", file.display(), e.path(), e.inner())
                })?;
                let on = match on.or(f.on) {
                    Some(s) => day_or_today(Some(&s))?,
                    None => input.submitted,
                };
                let actor = desk.actor(&store)?;
                print_json(&store.file_claim(actor, &serial, f.kind, &input, on)?)?;
                Ok(0)
            }
            ClaimCmd::Show { id } => {
                print_json(&store.claim(&id)?)?;
                Ok(0)
            }
            ClaimCmd::Advance {
                id,
                action,
                new_serial,
                new_model,
                shipped,
                note,
            } => {
                let shipped = shipped.map(|s| day_or_today(Some(&s))).transpose()?;
                let action = ClaimAction::parse(&action, new_serial.as_deref(), shipped)
                    .map_err(|e| anyhow!(e))?;
                if let Some(model) = &new_model {
                    let ClaimAction::ShipReplacement { new_serial } = &action else {
                        return Err(anyhow!("--new-model goes with ship_replacement"));
                    };
                    store.check_replacement_unit(&id, new_serial, Some(model))?;
                }
                let actor = desk.actor(&store)?;
                super::desk::finish(
                    "claim advance",
                    store.advance_claim(actor, &id, action, &note),
                )
            }
            ClaimCmd::Reopen { id, note, pin: p } => {
                let p = pin(p)?;
                let actor = desk.actor(&store)?;
                print_json(&store.reopen_claim(actor, &p, &id, &note)?)?;
                Ok(0)
            }
            ClaimCmd::Quote(a) => a.run(desk, &store),
            ClaimCmd::Choose(a) => a.run(desk, &store),
        }
    }
}

/// `caredesk claims`: the claims list, newest first.
///
/// With `--queue`, a work queue of SPEC §6 as of `--on` (default today):
/// overdue (approved, the customer's parcel not shipped by its deadline),
/// awaiting_product, received, assessed, ready_to_ship, open (every claim
/// not closed). The output then holds the counts of every queue and each
/// claim's deadline: {"queue", "as_of", "counts": {…}, "total", "claims":
/// [{…claim, "deadline": {"ship_by", "days_left", "overdue", …}}]}.
#[derive(clap::Args, Debug)]
pub struct ClaimsArgs {
    /// A work queue: overdue, awaiting_product, received, assessed,
    /// ready_to_ship, open.
    #[arg(long)]
    queue: Option<String>,
    /// The day the queue is judged on (default today).
    #[arg(long, value_name = "DATE")]
    on: Option<String>,
    /// Oldest first (default: newest first).
    #[arg(long)]
    oldest_first: bool,
    /// Only claims in this status.
    #[arg(long)]
    status: Option<String>,
    /// replacement or extended_warranty.
    #[arg(long)]
    kind: Option<String>,
    /// Part of a serial or claim id.
    #[arg(long)]
    serial: Option<String>,
    /// Application date from (inclusive).
    #[arg(long, value_name = "DATE")]
    from: Option<String>,
    /// Application date to (inclusive).
    #[arg(long, value_name = "DATE")]
    to: Option<String>,
    #[arg(long, default_value_t = 50)]
    limit: usize,
    #[arg(long, default_value_t = 0)]
    offset: usize,
}

fn date(s: Option<String>) -> anyhow::Result<Option<chrono::NaiveDate>> {
    s.map(|s| parse_day(&s).ok_or_else(|| anyhow!("bad date `{s}` (expected YYYY-MM-DD)")))
        .transpose()
}

impl ClaimsArgs {
    pub fn run(self, desk: &Session<'_>) -> anyhow::Result<i32> {
        let filter = ClaimFilter {
            status: self
                .status
                .map(|s| s.parse::<ClaimStatus>())
                .transpose()
                .map_err(|e| anyhow!(e))?,
            kind: self
                .kind
                .map(|s| s.parse::<ClaimKind>())
                .transpose()
                .map_err(|e| anyhow!(e))?,
            from: date(self.from)?,
            to: date(self.to)?,
            serial: self.serial,
            queue: None,
        };
        let queue = self
            .queue
            .map(|q| q.trim().parse::<ClaimQueue>())
            .transpose()
            .map_err(|e| anyhow!(e))?;
        if self.on.is_some() && queue.is_none() {
            return Err(anyhow!("--on goes with --queue"));
        }
        let as_of = day_or_today(self.on.as_deref())?;
        let store = desk.open()?;
        let sort = ClaimSort {
            column: ClaimColumn::Id,
            descending: !self.oldest_first,
        };
        if let Some(q) = queue {
            let page = store.work_queue(q, as_of, &filter, sort, self.offset, self.limit)?;
            print_json(&page)?;
            return Ok(0);
        }
        let total = store.count_claims(&filter)?;
        let rows = store.claims(&filter, sort, self.offset, self.limit)?;
        print_json(&serde_json::json!({ "total": total, "claims": rows }))?;
        Ok(0)
    }
}
