//! `caredesk claim file|show|advance|reopen|photo|sign|signature` and
//! `caredesk claims`.

use super::desk::{Session, day_or_today, pin, print_json};
use crate::desk::{
    Checklist, ClaimAction, ClaimColumn, ClaimFilter, ClaimInput, ClaimKind, ClaimSort,
    ClaimStatus, Intake, IntakeCustomer, StoreError,
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
    /// "kind": "replacement" | "extended_warranty", optionally "on" (the
    /// application date; default --on, else claim.submitted), and the intake
    /// of SPEC §6: "checklist": {"data_backed_up": true, "microsd_removed":
    /// true, "only_parts_to_replace": true} (or a list of the ticked codes)
    /// and "description" (the damage, in the customer's words). With an item
    /// not ticked or no description the claim is refused (exit 2, nothing
    /// filed) unless --confirm-incomplete-checklist is given. When
    /// "privacy_accepted" is true the claim records who (--staff) recorded
    /// the acceptance and when.
    File {
        serial: String,
        file: PathBuf,
        #[arg(long, value_name = "DATE")]
        on: Option<String>,
        /// The customer the claim is for (`caredesk customer add` prints the id).
        #[arg(long, value_name = "ID")]
        customer: Option<i64>,
        /// File even though the intake checklist is incomplete or the
        /// description empty (the customer and the person filing confirmed).
        #[arg(long)]
        confirm_incomplete_checklist: bool,
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
    /// Reopen a refused claim (supervisor: --staff NAME and --pin or CAREDESK_PIN).
    Reopen {
        id: String,
        #[arg(long)]
        note: String,
        #[arg(long)]
        pin: Option<String>,
    },
    /// Photos of the damage: add, list, get.
    Photo {
        #[command(subcommand)]
        action: super::claim_photo::PhotoCmd,
    },
    /// Keep the customer's signature with a claim: FILE is JSON
    /// {"strokes": [[[x, y], …], …]}, points in [0, 1] (x right, y down).
    /// Signing again replaces it.
    Sign { id: String, file: PathBuf },
    /// Show a claim's signature (strokes), or null when unsigned.
    Signature { id: String },
}

#[derive(serde::Deserialize)]
struct ClaimFile {
    kind: ClaimKind,
    #[serde(default)]
    on: Option<String>,
    #[serde(default)]
    checklist: Option<Checklist>,
    #[serde(default)]
    description: Option<String>,
    #[serde(flatten)]
    claim: serde_json::Value,
}

impl ClaimArgs {
    pub fn run(self, desk: &Session<'_>) -> anyhow::Result<i32> {
        let store = desk.open()?;
        match self.action {
            ClaimCmd::File {
                serial,
                file,
                on,
                customer,
                confirm_incomplete_checklist,
            } => {
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
                let intake = Intake {
                    customer: customer.map(IntakeCustomer::Existing),
                    checklist: f.checklist.unwrap_or_default(),
                    description: f.description.unwrap_or_default(),
                    confirm_incomplete: confirm_incomplete_checklist,
                };
                let actor = desk.actor(&store)?;
                match store.file_claim_at_intake(actor, &serial, f.kind, &input, on, &intake) {
                    Ok(c) => print_json(&c)?,
                    Err(StoreError::NeedsConfirmation(why)) => {
                        return Err(anyhow!(crate::tr!(
                            "cli-confirm-incomplete",
                            why = why,
                            flag = "--confirm-incomplete-checklist"
                        )));
                    }
                    Err(e) => return Err(e.into()),
                }
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
            ClaimCmd::Photo { action } => action.run(desk, &store),
            ClaimCmd::Sign { id, file } => {
                let text = super::read_input(Some(&file))?;
                let signature: crate::desk::Signature = serde_path_to_error::deserialize(
                    &mut serde_json::Deserializer::from_str(&text),
                )
                .map_err(|e| anyhow!("{}: {}: {}", file.display(), e.path(), e.inner()))?;
                let actor = desk.actor(&store)?;
                store.sign_claim(actor, &id, &signature)?;
                print_json(&store.claim(&id)?.visit.signature)?;
                Ok(0)
            }
            ClaimCmd::Signature { id } => {
                print_json(&store.signature(&id)?)?;
                Ok(0)
            }
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
