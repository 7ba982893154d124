//! `caredesk claim file|show|advance|reopen|photo|sign|signature` and
//! `caredesk claims` (with the work queues of SPEC §6: `caredesk claims
//! --queue overdue`).

use super::desk::{EXIT_REFUSED, Session, day_or_today, print_json, saved};
use crate::desk::{
    Checklist, ClaimAction, ClaimColumn, ClaimFilter, ClaimInput, ClaimKind, ClaimQueue, ClaimSort,
    ClaimStatus, Intake, IntakeAttachments, IntakeCustomer, StoreError,
};
use crate::rules::request::parse_day;
use anyhow::{Context, anyhow};
use std::path::PathBuf;
use std::sync::Arc;

#[derive(clap::Args, Debug)]
pub struct ClaimArgs {
    #[command(subcommand)]
    action: ClaimCmd,
}

#[derive(clap::Subcommand, Debug)]
enum ClaimCmd {
    /// Take a claim in; the rules decide at once (refused claims are kept too).
    ///
    /// FILE is JSON (at most 1 MiB; `-` reads standard input): the `claim`
    /// object of the decide API plus "kind": "replacement" |
    /// "extended_warranty", optionally "on" (the application date; default
    /// --on, else claim.submitted), and the intake
    /// of SPEC §6: "checklist": {"data_backed_up": true, "microsd_removed":
    /// true, "only_parts_to_replace": true} (or a list of the ticked codes)
    /// and "description" (the damage, in the customer's words). With an item
    /// not ticked or no description the claim is refused (exit 2, nothing
    /// filed) unless --confirm-incomplete-checklist is given. When
    /// "privacy_accepted" is true the claim records who (--staff) recorded
    /// the acceptance and when. Its shape is checked as `caredesk decide`
    /// checks it. Exit 0: approved; exit 1: refused by the rules (the claim
    /// is kept and printed; the rule IDs on stderr); exit 3: the claim was
    /// filed but could not be printed (its id is on stderr).
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
    ///
    /// `--photo FILE` (again for more): photos of the damage taken at
    /// intake, kept with the claim in its transaction — a photo that is not
    /// a JPEG or PNG, over 20 MB, damaged or given twice files nothing
    /// (exit 2).
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
        /// A photo of the damage (JPEG or PNG, at most 20 MB), kept with
        /// the claim; repeat for more.
        #[arg(long = "photo", value_name = "FILE")]
        photos: Vec<PathBuf>,
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
    /// Reopen a refused claim (a supervisor: --staff NAME, PIN asked,
    /// --pin-stdin or CAREDESK_PIN).
    Reopen {
        id: String,
        #[arg(long)]
        note: String,
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

/// `claim file`: the claim JSON and the photos read and checked, then the
/// claim filed with its intake record and photos in one transaction.
fn file_claim(
    desk: &Session<'_>,
    serial: &str,
    file: &std::path::Path,
    on: Option<String>,
    customer: Option<i64>,
    confirm_incomplete_checklist: bool,
    photos: &[PathBuf],
) -> anyhow::Result<i32> {
    if desk.pin_stdin && file.as_os_str() == "-" {
        anyhow::bail!(
            "the PIN and the claim cannot both come from standard input: give the claim as a file"
        );
    }
    let text = super::read_input(Some(file), super::MAX_JSON_BYTES)?;
    super::reject_duplicate_keys(&text).with_context(|| format!("{}", file.display()))?;
    let f: ClaimFile =
        serde_json::from_str(&text).with_context(|| format!("{}", file.display()))?;
    let input: ClaimInput = serde_path_to_error::deserialize(f.claim)
        .map_err(|e| anyhow!("{}: claim.{}: {}", file.display(), e.path(), e.inner()))?;
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
    let attached = IntakeAttachments {
        photos: photos
            .iter()
            .map(|p| super::claim_photo::read_photo(p).map(Arc::new))
            .collect::<anyhow::Result<_>>()?,
        signature: None,
    };
    let store = desk.open_to_write()?;
    let actor = desk.sign_in(&store)?;
    let claim = match store.file_claim_at_intake_with(
        actor.id(),
        serial,
        f.kind,
        &input,
        on,
        &intake,
        &attached,
    ) {
        Ok(c) => c,
        Err(StoreError::NeedsConfirmation(why)) => {
            return Err(anyhow!(crate::tr!(
                "cli-confirm-incomplete",
                why = why,
                flag = "--confirm-incomplete-checklist"
            )));
        }
        Err(e) => return Err(e.into()),
    };
    let id = claim.row.id.clone();
    if claim.decision.approved() {
        return saved("claim file", &format!("claim {id}"), &claim, 0);
    }
    let rules: Vec<&str> = claim.decision.failed.iter().map(|r| r.id()).collect();
    let code = saved("claim file", &format!("claim {id}"), &claim, EXIT_REFUSED)?;
    if code == EXIT_REFUSED {
        eprintln!(
            "caredesk claim file: {id} was taken in and refused by the rules: {}",
            rules.join(", ")
        );
    }
    Ok(code)
}

impl ClaimArgs {
    pub fn run(self, desk: &Session<'_>) -> anyhow::Result<i32> {
        match self.action {
            ClaimCmd::File {
                serial,
                file,
                on,
                customer,
                confirm_incomplete_checklist,
                photos,
            } => file_claim(
                desk,
                &serial,
                &file,
                on,
                customer,
                confirm_incomplete_checklist,
                &photos,
            ),
            ClaimCmd::Show { id } => {
                print_json(&desk.open()?.claim(&id)?)?;
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
                let store = desk.open_to_write()?;
                if let Some(model) = &new_model {
                    let ClaimAction::ShipReplacement { new_serial } = &action else {
                        return Err(anyhow!("--new-model goes with ship_replacement"));
                    };
                    store.check_replacement_unit(&id, new_serial, Some(model))?;
                }
                let actor = desk.sign_in(&store)?;
                super::desk::finish(
                    "claim advance",
                    &format!("the step of claim {id}"),
                    store.advance_claim(actor.id(), &id, action, &note),
                )
            }
            ClaimCmd::Reopen { id, note } => {
                let store = desk.open_to_write()?;
                let (actor, pin) = desk.acting_with_pin(&store)?;
                let d = store.reopen_claim(actor, &pin, &id, &note)?;
                saved("claim reopen", &format!("the reopening of {id}"), &d, 0)
            }
            ClaimCmd::Photo { action } => action.run(desk),
            ClaimCmd::Sign { id, file } => sign(desk, &id, &file),
            ClaimCmd::Signature { id } => {
                print_json(&desk.open()?.signature(&id)?)?;
                Ok(0)
            }
            ClaimCmd::Quote(a) => a.run(desk),
            ClaimCmd::Choose(a) => a.run(desk),
        }
    }
}

/// `claim sign`: keeps the customer's signature (strokes as JSON) with the claim.
fn sign(desk: &Session<'_>, id: &str, file: &std::path::Path) -> anyhow::Result<i32> {
    if desk.pin_stdin && file.as_os_str() == "-" {
        anyhow::bail!(
            "the PIN and the signature cannot both come from standard input: give the signature as a file"
        );
    }
    let text = super::read_input(Some(file), super::MAX_JSON_BYTES)?;
    let signature: crate::desk::Signature =
        serde_path_to_error::deserialize(&mut serde_json::Deserializer::from_str(&text))
            .map_err(|e| anyhow!("{}: {}: {}", file.display(), e.path(), e.inner()))?;
    let store = desk.open_to_write()?;
    let actor = desk.sign_in(&store)?;
    store.sign_claim(actor.id(), id, &signature)?;
    saved(
        "claim sign",
        &format!("the signature of {id}"),
        &store.claim(id)?.visit.signature,
        0,
    )
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
