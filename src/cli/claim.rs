//! `caredesk claim file|show|advance|reopen` and `caredesk claims`.

use super::desk::{Session, day_or_today, pin, print_json};
use crate::desk::{
    ClaimAction, ClaimColumn, ClaimFilter, ClaimInput, ClaimKind, ClaimSort, ClaimStatus,
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
    File {
        serial: String,
        file: PathBuf,
        #[arg(long, value_name = "DATE")]
        on: Option<String>,
    },
    /// Show a claim with its decision and timeline.
    Show { id: String },
    /// Take a lifecycle step: await_product, receive, assess, ship_replacement
    /// (needs --new-serial), choose_paid_repair, repair, close.
    Advance {
        id: String,
        action: String,
        #[arg(long)]
        new_serial: Option<String>,
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
                note,
            } => {
                let action =
                    ClaimAction::parse(&action, new_serial.as_deref()).map_err(|e| anyhow!(e))?;
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

#[derive(clap::Args, Debug)]
pub struct ClaimsArgs {
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
        };
        let store = desk.open()?;
        let sort = ClaimSort {
            column: ClaimColumn::Id,
            descending: true,
        };
        let total = store.count_claims(&filter)?;
        let rows = store.claims(&filter, sort, self.offset, self.limit)?;
        print_json(&serde_json::json!({ "total": total, "claims": rows }))?;
        Ok(0)
    }
}
