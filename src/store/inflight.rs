//! Claims in flight (SPEC §6): the ship-by deadline and the work queues,
//! parcels, the fee schedule's key, and the desk's typed refusals — values
//! the window shows beside a field or in a list, the command line prints as
//! JSON or one line, and the tests match on.
//!
//! Which claims are overdue or in which queue is decided here once
//! ([`overdue`], [`ClaimQueue`]'s `holds`); each backend's SQL mirrors it and
//! the conformance tests check that both agree with it.

use super::model::{ClaimKind, ClaimRow, ClaimStatus};
use crate::rules::Region;
use crate::rules::codes::{PlanKind, ServiceChannel, Term};
use crate::tr;
pub use crate::vocab::codes::{ClaimQueue, ParcelDirection};
use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};
use std::fmt;

// ---------------------------------------------------------------- deadlines

/// The customer's parcel is still awaited: approved, not received yet.
pub fn waiting_for_product(status: ClaimStatus) -> bool {
    matches!(status, ClaimStatus::Approved | ClaimStatus::AwaitingProduct)
}

/// SPEC §6: an approved claim still waiting for the customer's parcel after
/// its ship-by day is overdue. A parcel shipped in time (its tracking's day
/// recorded) is not overdue while it travels; one shipped late is.
pub fn overdue(
    approved: bool,
    status: ClaimStatus,
    ship_by: Option<NaiveDate>,
    shipped_on: Option<NaiveDate>,
    as_of: NaiveDate,
) -> bool {
    approved
        && waiting_for_product(status)
        && ship_by.is_some_and(|by| shipped_on.unwrap_or(as_of) > by)
}

/// A claim's ship-by deadline as of a day (SPEC §6 "Deadlines and lapses").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Deadline {
    /// The last day the customer's parcel may leave: 7 natural days after
    /// submitting (online, extended warranty), 3 (express).
    pub ship_by: NaiveDate,
    /// The day `days_left` and `overdue` are for.
    pub as_of: NaiveDate,
    /// Days from `as_of` to `ship_by`: 0 means ship today, negative means
    /// that many days late.
    pub days_left: i64,
    /// The day the parcel was shipped, from its tracking, once known.
    pub shipped_on: Option<NaiveDate>,
    /// Still waiting for the parcel, past `ship_by` (lapse allowed).
    pub overdue: bool,
}

impl Deadline {
    /// The deadline of a listed claim (`None`: no deadline, e.g. SSC).
    pub fn of(row: &ClaimRow, as_of: NaiveDate) -> Option<Deadline> {
        let ship_by = row.ship_by?;
        Some(Deadline {
            ship_by,
            as_of,
            days_left: (ship_by - as_of).num_days(),
            shipped_on: row.shipped_on,
            overdue: overdue(row.approved, row.status, row.ship_by, row.shipped_on, as_of),
        })
    }
}

// ---------------------------------------------------------------- queues

impl ClaimQueue {
    /// Whether a claim belongs in this queue on `as_of`. The backends' SQL
    /// says the same (`Reads::claims` with a queue filter).
    pub fn holds(self, row: &ClaimRow, as_of: NaiveDate) -> bool {
        let late = overdue(row.approved, row.status, row.ship_by, row.shipped_on, as_of);
        let express_replacement =
            row.kind == ClaimKind::Replacement && row.channel == ServiceChannel::Express;
        match self {
            ClaimQueue::Overdue => late,
            ClaimQueue::AwaitingProduct => row.approved && waiting_for_product(row.status) && !late,
            ClaimQueue::Received => row.status == ClaimStatus::Received && !express_replacement,
            ClaimQueue::Assessed => row.status == ClaimStatus::Assessed,
            ClaimQueue::ReadyToShip => {
                (row.status == ClaimStatus::Received && express_replacement)
                    || matches!(row.status, ClaimStatus::Repaired | ClaimStatus::PaidRepair)
            }
            ClaimQueue::Open => row.status != ClaimStatus::Closed,
        }
    }
}

/// A work queue as a claims-list filter: which queue, on which day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QueueFilter {
    pub queue: ClaimQueue,
    /// The day "overdue" is judged on (today at the counter).
    pub as_of: NaiveDate,
}

/// How many claims each work queue holds on a day.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct QueueCounts {
    pub overdue: usize,
    pub awaiting_product: usize,
    pub received: usize,
    pub assessed: usize,
    pub ready_to_ship: usize,
    /// Every claim that is not closed.
    pub open: usize,
}

impl QueueCounts {
    pub fn get(&self, q: ClaimQueue) -> usize {
        match q {
            ClaimQueue::Overdue => self.overdue,
            ClaimQueue::AwaitingProduct => self.awaiting_product,
            ClaimQueue::Received => self.received,
            ClaimQueue::Assessed => self.assessed,
            ClaimQueue::ReadyToShip => self.ready_to_ship,
            ClaimQueue::Open => self.open,
        }
    }

    pub fn set(&mut self, q: ClaimQueue, n: usize) {
        match q {
            ClaimQueue::Overdue => self.overdue = n,
            ClaimQueue::AwaitingProduct => self.awaiting_product = n,
            ClaimQueue::Received => self.received = n,
            ClaimQueue::Assessed => self.assessed = n,
            ClaimQueue::ReadyToShip => self.ready_to_ship = n,
            ClaimQueue::Open => self.open = n,
        }
    }
}

/// One claim of a work queue, with its deadline as of the queue's day.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct QueueRow {
    #[serde(flatten)]
    pub row: ClaimRow,
    pub deadline: Option<Deadline>,
}

/// A page of a work queue and the counts of every queue (for the tabs).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct WorkQueue {
    pub queue: ClaimQueue,
    pub as_of: NaiveDate,
    pub counts: QueueCounts,
    /// Claims in this queue (all pages).
    pub total: usize,
    pub claims: Vec<QueueRow>,
}

// ---------------------------------------------------------------- holds

/// An approved replacement claim not yet shipped or closed: it holds one
/// replacement of the plan it was approved under (SPEC §6 Interpretation).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct HeldReplacement {
    pub claim_id: String,
    pub plan: PlanKind,
}

impl ClaimStatus {
    /// An approved replacement claim in this status holds its replacement:
    /// from approval until the replacement ships (then it is counted on the
    /// plan) or the customer takes a paid repair, lapses or closes.
    pub fn holds_replacement(self) -> bool {
        matches!(
            self,
            ClaimStatus::Approved
                | ClaimStatus::AwaitingProduct
                | ClaimStatus::Received
                | ClaimStatus::Assessed
        )
    }
}

// ---------------------------------------------------------------- parcels

/// A parcel of a claim: the damaged unit coming in, the replacement or the
/// repaired unit going out.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Parcel {
    pub id: i64,
    pub claim_id: String,
    pub direction: ParcelDirection,
    pub carrier: String,
    pub tracking: String,
    /// The day it was shipped (from its tracking).
    pub shipped_on: Option<NaiveDate>,
    pub received_on: Option<NaiveDate>,
    pub recorded_at: NaiveDateTime,
    pub recorded_by: String,
}

/// A parcel as a person records it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ParcelInput {
    pub direction: ParcelDirection,
    pub carrier: String,
    pub tracking: String,
    #[serde(default)]
    pub shipped_on: Option<NaiveDate>,
    #[serde(default)]
    pub received_on: Option<NaiveDate>,
}

// ---------------------------------------------------------------- fees

/// Where a fee sits in the schedule: model × service region × replacement number.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct FeeKey {
    pub model: String,
    pub region: Region,
    pub replacement_number: u32,
}

impl fmt::Display for FeeKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&tr!(
            "fee-missing",
            model = self.model.clone(),
            region = self.region.to_string(),
            number = self.replacement_number
        ))
    }
}

// ---------------------------------------------------------------- refusals

/// A reclaimed unit takes no claim and no sale: it belongs to DJI.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ReclaimedUnit {
    pub serial: String,
    /// The serial that replaced it.
    pub replaced_by: Option<String>,
    /// The unit of the chain in service now (the last replacement).
    pub in_service: Option<String>,
}

impl fmt::Display for ReclaimedUnit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match (&self.replaced_by, &self.in_service) {
            (Some(by), Some(now)) if now != by => tr!(
                "unit-reclaimed-chain",
                serial = self.serial.clone(),
                replaced_by = by.clone(),
                in_service = now.clone()
            ),
            (Some(by), _) => tr!(
                "unit-reclaimed",
                serial = self.serial.clone(),
                replaced_by = by.clone()
            ),
            (None, _) => tr!("unit-reclaimed-unknown", serial = self.serial.clone()),
        };
        f.write_str(&text)
    }
}

/// The field a bounds error is about, named as the API and files name it
/// (`claim.submitted`, `cr_ends`): the window puts the message beside it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(into = "&'static str")]
pub enum Field {
    Submitted,
    AppliedOn,
    Shipped,
    ParcelShipped,
    ParcelReceived,
    CrEnds,
    CrReplacementsTotal,
}

impl Field {
    pub fn code(self) -> &'static str {
        match self {
            Field::Submitted => "claim.submitted",
            Field::AppliedOn => "on",
            Field::Shipped => "claim.shipped",
            Field::ParcelShipped => "parcel.shipped_on",
            Field::ParcelReceived => "parcel.received_on",
            Field::CrEnds => "cr_ends",
            Field::CrReplacementsTotal => "cr_replacements_total",
        }
    }
}

impl From<Field> for &'static str {
    fn from(f: Field) -> &'static str {
        f.code()
    }
}

/// A day or count a person typed that the desk does not accept (SPEC §6
/// "Dates a person types are bounded"). `caredesk decide` has no such
/// bounds: it decides any well-formed request.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "bound", rename_all = "snake_case")]
pub enum OutOfBounds {
    /// After today.
    InFuture {
        field: Field,
        day: NaiveDate,
        today: NaiveDate,
    },
    /// A claim submitted before the product's Care Refresh starts.
    BeforeCr {
        field: Field,
        day: NaiveDate,
        cr_starts: NaiveDate,
    },
    /// Before the claim was submitted.
    BeforeSubmitted {
        field: Field,
        day: NaiveDate,
        submitted: NaiveDate,
    },
    /// A parcel received before it was shipped.
    ReceivedBeforeShipped {
        shipped: NaiveDate,
        received: NaiveDate,
    },
    /// A plan running past its term (1y: 12 months, 2y: 24 months).
    LongerThanTerm {
        term: Term,
        starts: NaiveDate,
        ends: NaiveDate,
        latest_end: NaiveDate,
    },
    /// More replacements than the term has (1y: 2, 2y: 4).
    TooManyReplacements { term: Term, total: u32, max: u32 },
}

impl OutOfBounds {
    /// The field to show the message beside.
    pub fn field(&self) -> Field {
        match self {
            OutOfBounds::InFuture { field, .. }
            | OutOfBounds::BeforeCr { field, .. }
            | OutOfBounds::BeforeSubmitted { field, .. } => *field,
            OutOfBounds::ReceivedBeforeShipped { .. } => Field::ParcelReceived,
            OutOfBounds::LongerThanTerm { .. } => Field::CrEnds,
            OutOfBounds::TooManyReplacements { .. } => Field::CrReplacementsTotal,
        }
    }
}

fn iso(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

impl fmt::Display for OutOfBounds {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            OutOfBounds::InFuture { field, day, today } => tr!(
                "bound-in-future",
                field = field.code(),
                day = iso(*day),
                today = iso(*today)
            ),
            OutOfBounds::BeforeCr {
                field,
                day,
                cr_starts,
            } => tr!(
                "bound-before-cr",
                field = field.code(),
                day = iso(*day),
                starts = iso(*cr_starts)
            ),
            OutOfBounds::BeforeSubmitted {
                field,
                day,
                submitted,
            } => tr!(
                "bound-before-submitted",
                field = field.code(),
                day = iso(*day),
                submitted = iso(*submitted)
            ),
            OutOfBounds::ReceivedBeforeShipped { shipped, received } => tr!(
                "bound-received-before-shipped",
                shipped = iso(*shipped),
                received = iso(*received)
            ),
            OutOfBounds::LongerThanTerm {
                term,
                starts,
                ends,
                latest_end,
            } => tr!(
                "bound-longer-than-term",
                term = term.label(),
                starts = iso(*starts),
                ends = iso(*ends),
                latest = iso(*latest_end)
            ),
            OutOfBounds::TooManyReplacements { term, total, max } => tr!(
                "bound-too-many-replacements",
                term = term.label(),
                total = *total,
                max = *max
            ),
        };
        f.write_str(&text)
    }
}

/// Why a lifecycle step of SPEC §6 cannot be taken now.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "why", rename_all = "snake_case")]
pub enum StepRefused {
    /// `lapse` on a claim that is not overdue.
    NotOverdue {
        claim_id: String,
        ship_by: Option<NaiveDate>,
        as_of: NaiveDate,
    },
    /// `receive` without the day the parcel was shipped (online, express,
    /// extended warranty: the deadline is judged on it).
    ShippedDayNeeded { claim_id: String },
    /// The replacement's serial is already in the store.
    SerialKnown { serial: String },
    /// The replacement was scanned as another model than the unit it replaces.
    OtherModel {
        serial: String,
        model: String,
        expected: String,
    },
}

impl fmt::Display for StepRefused {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            StepRefused::NotOverdue {
                claim_id,
                ship_by: Some(by),
                as_of,
            } => tr!(
                "lapse-not-overdue",
                id = claim_id.clone(),
                ship_by = iso(*by),
                today = iso(*as_of)
            ),
            StepRefused::NotOverdue { claim_id, .. } => {
                tr!("lapse-no-deadline", id = claim_id.clone())
            }
            StepRefused::ShippedDayNeeded { claim_id } => {
                tr!("receive-needs-shipped", id = claim_id.clone())
            }
            StepRefused::SerialKnown { serial } => {
                tr!("replacement-serial-known", serial = serial.clone())
            }
            StepRefused::OtherModel {
                serial,
                model,
                expected,
            } => tr!(
                "replacement-other-model",
                serial = serial.clone(),
                model = model.clone(),
                expected = expected.clone()
            ),
        };
        f.write_str(&text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("day")
    }

    #[test]
    fn refusals_read_as_sentences_naming_what_to_do() {
        let r = ReclaimedUnit {
            serial: "OLD0001".into(),
            replaced_by: Some("NEW0001".into()),
            in_service: Some("NEW0002".into()),
        };
        let text = r.to_string();
        assert!(
            text.contains("OLD0001") && text.contains("NEW0002"),
            "{text}"
        );
        let key = FeeKey {
            model: "DJI Mavic 3".into(),
            region: Region::parse_shape("GB").expect("GB"),
            replacement_number: 4,
        };
        let text = key.to_string();
        assert!(
            text.contains("DJI Mavic 3") && text.contains("GB") && text.contains('4'),
            "{text}"
        );
        let b = OutOfBounds::InFuture {
            field: Field::Submitted,
            day: day("2026-12-01"),
            today: day("2026-11-25"),
        };
        assert_eq!(b.field().code(), "claim.submitted");
        assert_eq!(
            b.to_string(),
            "claim.submitted: 2026-12-01 is in the future (today is 2026-11-25)."
        );
    }
}
