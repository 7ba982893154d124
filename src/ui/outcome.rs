//! What the app tells the panels after carrying out a command, or after
//! hearing from the database: results of reads, and what changed. The app
//! never writes into a panel's fields; it hands every panel each outcome
//! (`PanelUi::receive`) and each keeps what concerns it.

use crate::desk::{
    ClaimDetail, ClaimPreview, ClaimRow, CounterDay, FeeRow, QueueCounts, RepairOffer,
    ReplacementUnit, SearchHit,
};
use crate::rules::Decision;
use crate::ui::command::{ClaimQuery, ClaimRequest, PlusRequest};

/// A result or a change, for the panels.
#[derive(Debug, Clone)]
pub enum Outcome {
    /// What a search found (also after a scanned serial matched nothing exactly).
    SearchResults { query: String, hits: Vec<SearchHit> },
    /// The CR+ eligibility check for a sale.
    PlusPreview {
        request: PlusRequest,
        result: Result<Decision, String>,
    },
    /// The live decision of a claim form.
    ClaimPreview {
        request: ClaimRequest,
        result: Result<ClaimPreview, String>,
    },
    /// A claim was filed: the intake form starts afresh.
    ClaimFiled,
    /// A claim to show in the claims panel's detail. `fresh` when it is
    /// newly opened or moved on here (the note and serial typed for the
    /// previous step are cleared); not when it was read again.
    ClaimShown {
        detail: Box<ClaimDetail>,
        fresh: bool,
    },
    /// Claims were written (here or at another workstation): cached pages
    /// and counts are stale.
    ClaimsChanged,
    /// Another workstation changed this claim (`None`: some claim, it is not
    /// known which): a detail shown from before is stale.
    ClaimChangedElsewhere(Option<String>),
    /// How many claims a query selects.
    ClaimsCounted { query: ClaimQuery, total: usize },
    /// One page of the claims table.
    ClaimsPage {
        query: ClaimQuery,
        page: usize,
        rows: Vec<ClaimRow>,
    },
    /// The fee schedule, as read now.
    FeesLoaded(Vec<FeeRow>),
    /// How many claims each work queue holds today.
    QueuesCounted(QueueCounts),
    /// A parcel was recorded on a claim: its form starts afresh.
    ParcelAdded { claim_id: String },
    /// What shipping a scanned serial as a claim's replacement would record,
    /// or why it cannot ship.
    ReplacementChecked {
        claim_id: String,
        serial: String,
        result: Result<ReplacementUnit, String>,
    },
    /// A day at the counter, as read now.
    CounterDayLoaded(CounterDay),
    /// Appointments were written: the day shown is stale.
    AppointmentsChanged,
    /// The appointment form was saved: it starts afresh.
    AppointmentSaved,
    /// A claim's replacement-or-repair comparison.
    RepairOfferShown(Box<RepairOffer>),
}
