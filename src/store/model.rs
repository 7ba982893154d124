//! Plain record types of the store: what the UI, the CLI and exports read.
//! No rusqlite here; the store maps rows to these (see `store::sql`).

use crate::rules::codes::{Cause, Exclusion, Part, PlanKind, SalesChannel, ServiceChannel, Term};
use crate::rules::plans::PlanStatus;
use crate::rules::request::{BasePlan, PlusPlan};
use crate::rules::{Decision, Region};
use crate::vocab::code_enum;
use crate::vocab::codes::UnknownCode;
use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

pub use super::inflight::{
    Deadline, FeeKey, Field, HeldReplacement, OutOfBounds, Parcel, ParcelInput, QueueCounts,
    QueueFilter, QueueRow, ReclaimedUnit, StepRefused, WorkQueue,
};
pub use crate::vocab::codes::{ClaimQueue, ParcelDirection};

// Codes the store shares with the reports and the app live in the vocabulary;
// money is the vocabulary's too.
pub use crate::vocab::codes::{ClaimKind, ClaimStatus, PlanService, ProductStatus};
pub use crate::vocab::money::Money;

code_enum! {
    /// A staff member's role. Supervisors edit fees and reopen claims.
    Role ("Role", key "role") {
        Technician => "technician";
        Ssc => "ssc";
        Supervisor => "supervisor";
    }
}

/// A step in a claim's lifecycle. `ShipReplacement` completes the replacement.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "action", rename_all = "snake_case")]
pub enum ClaimAction {
    AwaitProduct,
    /// The customer's parcel arrived. `shipped`: the day it was shipped, from
    /// its tracking; when absent, the day recorded on its inbound parcel or
    /// at intake. The claim is decided again with that day (SPEC §6).
    Receive {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        shipped: Option<NaiveDate>,
    },
    Assess,
    ShipReplacement {
        new_serial: String,
    },
    ChoosePaidRepair,
    Repair,
    /// An overdue claim is closed as refused (REP-SHIP-LATE / EW-SHIP-LATE),
    /// which releases the replacement it held. Only when overdue.
    Lapse,
    Close,
}

code_enum! {
    /// A [`ClaimAction`] without its data: the codes the CLI takes.
    ClaimActionCode ("claim action", key "claim-action") {
        AwaitProduct => "await_product";
        Receive => "receive";
        Assess => "assess";
        ShipReplacement => "ship_replacement";
        ChoosePaidRepair => "choose_paid_repair";
        Repair => "repair";
        Lapse => "lapse";
        Close => "close";
    }
}

impl ClaimAction {
    /// Action codes without their data, as the CLI takes them.
    pub const CODES: &[&str] = &{
        let mut codes = [""; ClaimActionCode::ALL.len()];
        let mut i = 0;
        while i < codes.len() {
            codes[i] = ClaimActionCode::ALL[i].code();
            i += 1;
        }
        codes
    };
    pub fn action_code(&self) -> ClaimActionCode {
        match self {
            ClaimAction::AwaitProduct => ClaimActionCode::AwaitProduct,
            ClaimAction::Receive { .. } => ClaimActionCode::Receive,
            ClaimAction::Assess => ClaimActionCode::Assess,
            ClaimAction::ShipReplacement { .. } => ClaimActionCode::ShipReplacement,
            ClaimAction::ChoosePaidRepair => ClaimActionCode::ChoosePaidRepair,
            ClaimAction::Repair => ClaimActionCode::Repair,
            ClaimAction::Lapse => ClaimActionCode::Lapse,
            ClaimAction::Close => ClaimActionCode::Close,
        }
    }
    pub fn code(&self) -> &'static str {
        self.action_code().code()
    }
    pub fn label(&self) -> &'static str {
        self.action_code().label()
    }
    /// Parses an action code; `ship_replacement` needs `new_serial`;
    /// `receive` takes the day the parcel was shipped.
    pub fn parse(
        code: &str,
        new_serial: Option<&str>,
        shipped: Option<NaiveDate>,
    ) -> Result<ClaimAction, String> {
        let code: ClaimActionCode = code.parse().map_err(|e: UnknownCode| e.to_string())?;
        if shipped.is_some() && code != ClaimActionCode::Receive {
            return Err(format!(
                "--shipped goes with receive, not with {}",
                code.code()
            ));
        }
        Ok(match code {
            ClaimActionCode::AwaitProduct => ClaimAction::AwaitProduct,
            ClaimActionCode::Receive => ClaimAction::Receive { shipped },
            ClaimActionCode::Assess => ClaimAction::Assess,
            ClaimActionCode::ShipReplacement => match new_serial {
                Some(s) if !s.trim().is_empty() => ClaimAction::ShipReplacement {
                    new_serial: s.trim().to_owned(),
                },
                _ => return Err("ship_replacement needs the new unit's serial".into()),
            },
            ClaimActionCode::ChoosePaidRepair => ClaimAction::ChoosePaidRepair,
            ClaimActionCode::Repair => ClaimAction::Repair,
            ClaimActionCode::Lapse => ClaimAction::Lapse,
            ClaimActionCode::Close => ClaimAction::Close,
        })
    }
}

impl fmt::Display for ClaimAction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Staff {
    pub id: i64,
    pub name: String,
    pub role: Role,
    /// A personal PIN is set (only its salted Argon2 hash is kept).
    pub has_pin: bool,
    /// Locked out after too many wrong PINs, until then (UTC).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub locked_until: Option<NaiveDateTime>,
}

/// What signing in needs of a person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SignInState {
    pub staff: Staff,
    pub pin_hash: Option<String>,
    /// Wrong PINs in a row since the last right one (or the last lock).
    pub wrong_pins: u32,
}

/// A setting kept in the database itself (the same for every workstation).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Setting {
    /// `demo` or `real` (absent: a new database nobody has set up yet).
    DatabaseKind,
    /// Minutes without input after which the window locks (0: never).
    IdleLockMinutes,
    /// The last backup made: JSON `{at, file}`.
    LastBackup,
}

impl Setting {
    pub fn key(self) -> &'static str {
        match self {
            Setting::DatabaseKind => "database_kind",
            Setting::IdleLockMinutes => "idle_lock_minutes",
            Setting::LastBackup => "last_backup",
        }
    }
}

/// The outcome of a quick soundness check.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "health", content = "detail", rename_all = "snake_case")]
pub enum Health {
    /// The check passed.
    Sound,
    /// The check found damage (its first findings).
    Damaged(String),
    /// The check did not finish within its time (a very large database):
    /// nothing is known either way.
    Unchecked(String),
}

/// A CR plan as registered with a product.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewBasePlan {
    pub term: Term,
    pub region: Region,
    pub starts: NaiveDate,
    pub ends: NaiveDate,
    pub replacements_total: u32,
    #[serde(default)]
    pub replacements_used: u32,
}

/// A product to register.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewProduct {
    pub serial: String,
    pub model: String,
    pub channel: SalesChannel,
    pub region: Region,
    pub base_plan: Option<NewBasePlan>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ProductRecord {
    pub id: i64,
    pub serial: String,
    pub model: String,
    pub series: String,
    pub channel: SalesChannel,
    pub region: Region,
    pub status: ProductStatus,
    /// The serial that replaced this unit (when reclaimed).
    pub replaced_by: Option<String>,
    /// The serial this unit replaced.
    pub replaces: Option<String>,
    pub international_service: bool,
}

/// How CR+ came to the product.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PlusSale {
    pub bought: NaiveDate,
    pub region: Region,
    /// The activation card's code, when bound with a card.
    pub card_code: Option<String>,
    pub returned_on: Option<NaiveDate>,
}

/// Everything the lookup panel and `caredesk lookup` show for a serial.
#[derive(Clone, Debug, Serialize)]
pub struct Lookup {
    pub product: ProductRecord,
    /// CR status on the lookup day.
    pub base: Option<PlanStatus>,
    /// CR+ status on the lookup day.
    pub plus: Option<PlanStatus>,
    #[serde(skip)]
    pub base_plan: Option<BasePlan>,
    #[serde(skip)]
    pub plus_plan: Option<PlusPlan>,
    pub plus_sale: Option<PlusSale>,
    /// Parts a replacement may cover today (empty when no plan is in effect
    /// or it has no replacement left).
    pub replaceable_today: Vec<Part>,
    /// Parts the extended warranty covers today (empty when not in effect).
    pub warranty_today: Vec<Part>,
    /// The plan a replacement would be made under today.
    pub replacement_plan_today: Option<PlanKind>,
    /// Replacements left on the plan in effect today (European cap
    /// included), less those held by approved claims in flight.
    pub replacements_left_today: u32,
    /// Approved replacement claims of the unit's chain not yet shipped or
    /// closed: each holds one replacement (SPEC §6 Interpretation).
    pub replacements_held: Vec<HeldReplacement>,
    /// The product, or a unit it replaced, already had CR+ (BUY-ONCE).
    pub had_plus: bool,
    pub claims: Vec<ClaimRow>,
}

/// A partial-match result of the search box.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SearchHit {
    pub serial: String,
    pub model: String,
    /// Set when the hit is a claim id.
    pub claim_id: Option<String>,
}

/// The claim fields a person enters (the `claim` object of the decide API).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClaimInput {
    pub service_region: Region,
    pub channel: ServiceChannel,
    pub cause: Cause,
    pub parts: BTreeMap<Part, u32>,
    #[serde(default)]
    pub exclusions: Vec<Exclusion>,
    pub submitted: NaiveDate,
    #[serde(default)]
    pub shipped: Option<NaiveDate>,
    #[serde(default)]
    pub accepts_transregional_fees: bool,
    #[serde(default)]
    pub manufacturing_defect_before_plus: bool,
    pub privacy_accepted: bool,
}

/// What intake would decide, before anything is written.
#[derive(Clone, Debug)]
pub struct ClaimPreview {
    pub decision: Decision,
    /// The replacement fee from the schedule (model × service region ×
    /// replacement number).
    pub fee: Option<Money>,
    /// The schedule has no fee for this replacement: never silently
    /// omitted; an approved replacement is not filed until a supervisor
    /// sets it (`StoreError::FeeMissing`).
    pub fee_missing: Option<FeeKey>,
    /// The n-th replacement of the product across CR and CR+.
    pub replacement_number: Option<u32>,
    /// Replacements held by other claims in flight, counted as used.
    pub replacements_held: Vec<HeldReplacement>,
    /// The last day the customer's parcel may be shipped, if there is a limit.
    pub ship_by: Option<NaiveDate>,
    /// SPEC §5: the step for each failed rule and the windows.
    pub advice: crate::rules::Advice,
    /// The advice in words, as kept with the claim when it is filed.
    pub shown: super::AdviceRecord,
}

/// One line of the claims table.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ClaimRow {
    pub id: String,
    pub serial: String,
    pub model: String,
    pub kind: ClaimKind,
    pub channel: ServiceChannel,
    pub status: ClaimStatus,
    pub approved: bool,
    pub plan: Option<PlanKind>,
    pub rules: Vec<String>,
    pub submitted_on: NaiveDate,
    /// The application date the rules decided on.
    pub decided_on: NaiveDate,
    pub updated_at: NaiveDateTime,
    pub fee: Option<Money>,
    pub replacement_number: Option<u32>,
    pub replacement_serial: Option<String>,
    /// The plain-language reasons of `rules`, as worded when decided.
    pub reasons: Vec<String>,
    /// The last day the customer's parcel may be shipped (none: no limit,
    /// as at a Swift Service Center).
    pub ship_by: Option<NaiveDate>,
    /// The day the customer's parcel was shipped, once known.
    pub shipped_on: Option<NaiveDate>,
}

/// One step of a claim's timeline (append-only).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ClaimEvent {
    pub at: NaiveDateTime,
    pub who: String,
    pub from: Option<ClaimStatus>,
    pub to: ClaimStatus,
    /// As kept: the desk's words as keys (`vocab::event_note`), then the
    /// person's note; the service gives it in words (`in_words`).
    pub note: String,
}

impl ClaimEvent {
    /// The note in the desk's current language.
    #[must_use]
    pub fn in_words(mut self) -> ClaimEvent {
        self.note = crate::vocab::event_note::shown_here(&self.note);
        self
    }
}

/// A claim with everything the detail panel and PDF export show.
#[derive(Clone, Debug, Serialize)]
pub struct ClaimDetail {
    pub row: ClaimRow,
    pub input: ClaimInput,
    #[serde(serialize_with = "serialize_decision")]
    pub decision: Decision,
    pub product: ProductRecord,
    pub events: Vec<ClaimEvent>,
    /// The ship-by deadline as of today (none without a limit).
    pub deadline: Option<Deadline>,
    pub parcels: Vec<Parcel>,
    /// Steps the lifecycle allows now (`lapse` only when overdue).
    pub next_actions: Vec<ClaimAction>,
    /// The customer, intake record, photos and signature (SPEC §6).
    pub visit: super::ClaimVisit,
    /// The advice shown when it was decided (none for claims decided
    /// before advice was kept).
    pub advice: Option<super::AdviceRecord>,
}

/// The decision as SPEC §3 prints it, plus the interpretations that shaped it.
pub fn serialize_decision<S: serde::Serializer>(d: &Decision, s: S) -> Result<S::Ok, S::Error> {
    #[derive(Serialize)]
    struct View<'a> {
        #[serde(flatten)]
        wire: crate::rules::WireDecision,
        interpretations: Vec<InterpretationView<'a>>,
    }
    #[derive(Serialize)]
    struct InterpretationView<'a> {
        id: &'a str,
        text: &'a str,
    }
    View {
        wire: d.to_wire(),
        interpretations: d
            .interpretations
            .iter()
            .map(|i| InterpretationView {
                id: i.id(),
                text: i.text(),
            })
            .collect(),
    }
    .serialize(s)
}

/// Which claims a list shows. Every field narrows; `None` means any.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ClaimFilter {
    pub status: Option<ClaimStatus>,
    pub kind: Option<ClaimKind>,
    /// Application date from (inclusive).
    pub from: Option<NaiveDate>,
    /// Application date to (inclusive).
    pub to: Option<NaiveDate>,
    /// Substring of the serial or the claim id.
    pub serial: Option<String>,
    /// Only the claims of a work queue (SPEC §6).
    pub queue: Option<QueueFilter>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ClaimColumn {
    #[default]
    Id,
    Serial,
    Model,
    Kind,
    Status,
    Decided,
    Updated,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ClaimSort {
    pub column: ClaimColumn,
    pub descending: bool,
}

impl Default for ClaimSort {
    /// Newest first: the claim just taken in is at the top.
    fn default() -> Self {
        ClaimSort {
            column: ClaimColumn::Id,
            descending: true,
        }
    }
}

/// One fee of the schedule: model × service region × replacement number.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FeeRow {
    pub model: String,
    /// A CR+ service region (`EU` for the member states).
    pub region: Region,
    pub replacement_number: u32,
    /// In the region's currency.
    pub amount: Money,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ExpiringPlan {
    pub serial: String,
    pub model: String,
    pub plan: PlanKind,
    pub service: PlanService,
    pub ends: NaiveDate,
    pub valid_through: NaiveDate,
    pub days_left: i64,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct AuditEntry {
    pub id: i64,
    pub at: NaiveDateTime,
    pub who: String,
    pub action: String,
    pub subject: String,
    pub details: serde_json::Value,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ActivationCard {
    pub code: String,
    pub region: Region,
    pub bound_serial: Option<String>,
    pub bound_on: Option<NaiveDate>,
    pub bound_by: Option<String>,
}

/// What `load_demo` made, for the first-start banner and `caredesk demo`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct DemoSummary {
    pub products: usize,
    pub base_plans: usize,
    pub plus_plans: usize,
    pub cards: usize,
    pub claims: usize,
    /// Swift Service Center bookings (today and tomorrow).
    pub appointments: usize,
    /// A few unused activation codes to try.
    pub unused_card_codes: Vec<String>,
    /// Sample serials: one per interesting situation.
    pub sample_serials: Vec<(String, String)>,
    /// Staff names, roles and demo PINs.
    pub staff: Vec<DemoStaff>,
    pub cancelled: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DemoStaff {
    pub name: String,
    pub role: Role,
    pub pin: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn claim_actions_have_one_spelling_in_code_parse_and_json() {
        for &code in ClaimActionCode::ALL {
            let action = ClaimAction::parse(code.code(), Some("1SNEW0000000001"), None)
                .expect("known action");
            assert_eq!(action.action_code(), code);
            let json = serde_json::to_value(&action).expect("json");
            assert_eq!(json["action"], code.code());
        }
        assert_eq!(ClaimAction::CODES.len(), ClaimActionCode::ALL.len());
        assert_eq!(
            ClaimAction::parse("fly", None, None).unwrap_err(),
            "unknown claim action `fly` (expected one of: await_product, receive, assess, \
             ship_replacement, choose_paid_repair, repair, lapse, close)"
        );
        let day = NaiveDate::from_ymd_opt(2026, 11, 20).expect("day");
        assert_eq!(
            ClaimAction::parse("receive", None, Some(day)),
            Ok(ClaimAction::Receive { shipped: Some(day) })
        );
        assert!(ClaimAction::parse("close", None, Some(day)).is_err());
        // An older `{"action": "receive"}` still reads.
        let old: ClaimAction = serde_json::from_str(r#"{"action":"receive"}"#).expect("json");
        assert_eq!(old, ClaimAction::Receive { shipped: None });
    }
}
