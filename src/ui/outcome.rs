//! What the app tells the panels after carrying out a command, or after
//! hearing from the database: results of reads, and what changed. The app
//! never writes into a panel's fields; it hands every panel each outcome
//! (`PanelUi::receive`) and each keeps what concerns it.

use crate::desk::{
    AdvisedDecision, ClaimDetail, ClaimPreview, ClaimRow, CounterDay, Customer, CustomerDetail,
    CustomerHit, FeeRow, Field, QueueCounts, RepairOffer, ReplacementUnit, SearchHit,
    SearchResults,
};
use crate::media::photo::Photo;
use crate::rules::Decision;
use crate::ui::command::{ClaimQuery, ClaimRequest, CustomerForm, PlusRequest, ReturnRequest};
use std::sync::Arc;

/// A result or a change, for the panels.
#[derive(Debug, Clone)]
pub enum Outcome {
    /// What a search found (also after a scanned serial matched nothing exactly).
    SearchResults {
        query: String,
        hits: Vec<SearchHit>,
        /// The one search's products, claims and customers (3+ characters).
        found: Option<SearchResults>,
    },
    /// Customers a picker asked for.
    CustomersFound {
        query: String,
        hits: Vec<CustomerHit>,
    },
    /// A customer was added from a form (which selects it).
    CustomerAdded {
        customer: Customer,
        by: CustomerForm,
    },
    /// A claim's signature as kept (`None`: not signed).
    SignatureLoaded {
        claim: String,
        signature: Option<crate::desk::StoredSignature>,
    },
    /// A customer to show (opened, edited, or forgotten: `erased`).
    CustomerShown(Box<CustomerDetail>),
    /// A photo for the intake form, read and checked off the UI thread, with
    /// its thumbnail's pixels.
    PhotoReady {
        photo: Arc<Photo>,
        thumbnail: Arc<egui::ColorImage>,
    },
    /// The CR+ eligibility check for a sale, with its advice.
    PlusPreview {
        request: PlusRequest,
        result: Result<AdvisedDecision, String>,
    },
    /// The RET-* check for returning CR+, with its advice.
    ReturnPreview {
        request: ReturnRequest,
        result: Result<AdvisedDecision, String>,
    },
    /// The live decision of a claim form. A typed day out of bounds names
    /// its field (`field`), for the message to stand beside it.
    ClaimPreview {
        request: ClaimRequest,
        result: Result<ClaimPreview, String>,
        field: Option<Field>,
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
    /// A staff member was added, or their role or PIN changed: the forms
    /// start afresh.
    StaffChanged,
    /// The idle lock was changed.
    IdleLockSet,
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
    /// An appointment was checked in: claim intake starts with its
    /// customer's record and the case as they described it.
    CheckedIn {
        customer: Option<CustomerHit>,
        case: String,
    },
    /// A CR+ sale, card binding or card registration was carried out
    /// (`refusal: None`) or not: the form shows why beside itself.
    SaleAnswered {
        form: SaleForm,
        refusal: Option<Box<SaleRefusal>>,
    },
}

/// One of the sale panel's forms, as it stood when it was sent: its
/// refusal stands beside it while the form still says the same.
#[derive(Debug, Clone, PartialEq)]
pub enum SaleForm {
    /// Selling in the store, by serial.
    Store(PlusRequest),
    /// Binding an activation card (code and serial as sent, trimmed).
    Card { code: String, serial: String },
    /// Registering a new activation card (its code as sent, trimmed).
    NewCard { code: String },
}

/// Why a sale, binding or registration did not go through.
#[derive(Debug, Clone)]
pub struct SaleRefusal {
    /// What was not done, in words ("Card X was not bound").
    pub what: String,
    pub why: SaleRefusalWhy,
}

#[derive(Debug, Clone)]
pub enum SaleRefusalWhy {
    /// Refused by the BUY-* rules; `advised` with SPEC §5's steps and
    /// windows when the rules, asked again, give the same refusal.
    Rules {
        decision: Decision,
        advised: Option<Box<AdvisedDecision>>,
    },
    /// Anything else in plain words: an unknown or used code, a code that is
    /// not one, a reclaimed unit, nobody signed in.
    Error(String),
}
