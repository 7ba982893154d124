//! Claim reports: what a report shows, and the writers that put it in a file
//! (CSV, JSON, PDF), always through [`atomic::write_atomically`] so a failed or
//! cancelled export never leaves a partial file behind.
//!
//! The report model is plain typed data (the vocabulary's codes, days, money;
//! no store or egui types): the store is mapped into it once (`source`), and
//! every writer reads the same thing. Its serde form *is* the JSON export, and
//! the CSV cells are the same codes, so a code enum's one spelling is what
//! every file shows; the PDF shows the codes' labels.
//!
//! A new report: its model here, a writer per format beside `csv::write_claims`
//! (`rg 'pub fn write_' src/report/`), and an `ExportContent` case in `job`.

pub mod atomic;
pub mod csv;
pub mod customer;
pub mod job;
pub mod json;
pub mod papers;
pub mod pdf;
pub mod source;

use crate::i18n::Zone;
use crate::rules::plans::{PlanStatus, ServiceState};
use crate::vocab::codes::{
    Cause, Charge, ClaimKind, ClaimStatus, Exclusion, ParcelDirection, Part, PlanKind, PlanService,
    ProductStatus, SalesChannel, ServiceChannel, Term, Verdict,
};
use crate::vocab::money::Money;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

/// Called as `progress(done, total)` while a writer works; returning `false`
/// cancels the export (the writer then fails with [`ExportError::Cancelled`]).
pub type Progress<'a> = &'a mut dyn FnMut(usize, usize) -> bool;

/// Why an export failed. Nothing was written to the target in every case.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("the folder {0} does not exist")]
    MissingFolder(PathBuf),
    #[error("{0} is a folder, not a file")]
    TargetIsFolder(PathBuf),
    /// A device, pipe, socket or link: an export is written only to a
    /// regular file (replacing `/dev/null` with a report must not happen).
    #[error("{path} is {kind}, not a regular file; an export is written only to a regular file")]
    NotARegularFile { path: PathBuf, kind: &'static str },
    #[error("cannot write {path}: {source}")]
    NotWritable {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("export cancelled")]
    Cancelled,
    #[error("no claim {0}")]
    UnknownClaim(String),
    #[error("{0}")]
    Invalid(String),
    #[error("CSV: {0}")]
    Csv(#[from] ::csv::Error),
    #[error("JSON: {0}")]
    Json(#[from] serde_json::Error),
    #[error("PDF: {0}")]
    Pdf(String),
    #[error(transparent)]
    Io(#[from] std::io::Error),
    #[error("reading the claims: {0}")]
    Source(String),
}

/// A rule ID (or interpretation ID) with its plain-language text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RuleReason {
    pub id: String,
    pub reason: String,
}

/// A requested part and how many.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartQuantity {
    pub part: Part,
    pub quantity: u32,
}

/// The product a claim is about, as it stands when the report is made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProductReport {
    pub serial: String,
    pub model: String,
    pub series: String,
    pub channel: SalesChannel,
    pub region: String,
    pub status: ProductStatus,
    /// The serial that replaced this unit, once reclaimed.
    pub replaced_by: Option<String>,
    /// The serial this unit replaced.
    pub replaces: Option<String>,
    pub international_service: bool,
}

/// One plan of the product with its validity, as of the report day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanReport {
    pub plan: PlanKind,
    /// CR's term; none for CR+.
    pub term: Option<Term>,
    pub region: String,
    pub service_region: String,
    pub starts: NaiveDate,
    /// Half-open end: the first day not covered.
    pub ends: NaiveDate,
    /// The last covered day (`ends − 1 day`), as staff read it.
    pub valid_through: NaiveDate,
    pub replacements_allowed: u32,
    pub replacements_used: u32,
    pub replacements_left: u32,
    pub withdrawn: bool,
    pub replacement_service: ServiceState,
    /// None where the plan has no extended warranty (CR).
    pub extended_warranty: Option<ServiceState>,
}

impl PlanReport {
    /// From the rules' plan status (the same numbers the lookup panel shows).
    pub fn from_status(status: &PlanStatus, term: Option<Term>) -> Self {
        PlanReport {
            plan: status.plan,
            term,
            region: status.region.clone(),
            service_region: status.service_region.clone(),
            starts: status.starts,
            ends: status.ends,
            valid_through: status.valid_through,
            replacements_allowed: status.replacements_allowed,
            replacements_used: status.replacements_used,
            replacements_left: status.replacements_left,
            withdrawn: status.withdrawn,
            replacement_service: status.replacement_service,
            extended_warranty: status.extended_warranty,
        }
    }
}

/// One entry of a claim's append-only timeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventReport {
    /// RFC 3339 timestamp as the store keeps it.
    pub at: String,
    pub who: String,
    /// The status before the event (none for filing).
    pub from: Option<ClaimStatus>,
    pub to: ClaimStatus,
    pub note: String,
}

/// A parcel of a claim: the damaged unit coming in, the replacement or the
/// repaired unit going out (SPEC §6).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ParcelReport {
    pub direction: ParcelDirection,
    pub carrier: String,
    pub tracking: String,
    pub shipped_on: Option<NaiveDate>,
    pub received_on: Option<NaiveDate>,
    /// When it was recorded (RFC 3339, UTC), and by whom.
    pub recorded_at: String,
    pub recorded_by: String,
}

/// Everything a claim report shows about one claim.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClaimReport {
    /// `CL-2026-000123`.
    pub claim_id: String,
    pub kind: ClaimKind,
    pub status: ClaimStatus,
    pub submitted_on: NaiveDate,
    /// The day the decision was made.
    pub decided_on: Option<NaiveDate>,
    pub decision: Verdict,
    /// Plan the decision was made under.
    pub plan: Option<PlanKind>,
    /// Every failing rule, in the spec's order, with its reason.
    pub rules: Vec<RuleReason>,
    /// Interpretations of the terms that shaped the decision.
    pub interpretations: Vec<RuleReason>,
    pub replacements_left_after: Option<u32>,
    pub channel: ServiceChannel,
    pub service_region: String,
    pub cause: Cause,
    pub parts: Vec<PartQuantity>,
    /// Exclusions observed.
    pub exclusions: Vec<Exclusion>,
    pub shipped_on: Option<NaiveDate>,
    pub accepts_transregional_fees: bool,
    pub privacy_accepted: bool,
    /// What the customer pays.
    pub customer_pays: Vec<Charge>,
    /// The replacement fee, when one applies.
    pub fee: Option<Money>,
    /// The serial of the unit shipped as the replacement.
    pub replacement_serial: Option<String>,
    pub product: ProductReport,
    pub plans: Vec<PlanReport>,
    pub events: Vec<EventReport>,
    /// The last day the customer's parcel could be shipped (none without a
    /// limit, as at a Swift Service Center).
    #[serde(default)]
    pub ship_by: Option<NaiveDate>,
    /// The claim's parcels, in the order recorded.
    #[serde(default)]
    pub parcels: Vec<ParcelReport>,
    /// Who the claim is for; `None` when it was filed without a customer.
    #[serde(default)]
    pub customer: Option<CustomerReport>,
    /// SPEC §5 advice as shown when the claim was decided: the reason of
    /// each failed rule naming what was observed, its step, the windows.
    /// `null` for claims decided before advice was kept.
    #[serde(default)]
    pub advice: Option<crate::store::AdviceRecord>,
    /// The paid-repair quote of an assessed claim and the customer's choice
    /// (issue 14); `null` when none was recorded.
    #[serde(default)]
    pub quote: Option<QuoteReport>,
}

/// A paid-repair quote and the customer's choice between it and the
/// replacement, with who recorded each.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuoteReport {
    pub amount: Money,
    /// What the repair covers.
    pub covers: String,
    pub valid_until: Option<NaiveDate>,
    pub quoted_by: String,
    /// RFC 3339 (UTC).
    pub quoted_at: String,
    pub choice: Option<crate::desk::RepairChoice>,
    pub choice_by: Option<String>,
    /// RFC 3339 (UTC).
    pub choice_at: Option<String>,
}

/// The customer of a claim in a report: their id and name, or only the id
/// and `erased: true` once they were forgotten (SPEC §6).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CustomerReport {
    pub id: i64,
    /// `None` once the customer was forgotten.
    pub name: Option<String>,
    pub erased: bool,
}

impl CustomerReport {
    /// The name, or `erased` (the marker exports write, never translated).
    pub fn name_or_erased(&self) -> &str {
        match &self.name {
            Some(n) if !self.erased => n,
            _ => ERASED,
        }
    }
}

/// What exports write for a forgotten customer's name.
pub const ERASED: &str = "erased";

impl ClaimReport {
    pub fn approved(&self) -> bool {
        self.decision == Verdict::Approved
    }
}

/// What a claim PDF shows besides the report model: the photos of the
/// damage (their thumbnails) and the customer's signature. Not part of the
/// CSV or JSON exports (the JSON names the customer; photos are files).
#[derive(Debug, Clone, Default)]
pub struct ClaimAttachments {
    pub photos: Vec<AttachedPhoto>,
    pub signature: Option<crate::desk::StoredSignature>,
}

/// One photo of the damage as a claim PDF prints it.
#[derive(Debug, Clone)]
pub struct AttachedPhoto {
    pub name: String,
    pub sha256: String,
    /// The original's size in pixels.
    pub width: u32,
    pub height: u32,
    /// A PNG of at most 320 pixels a side.
    pub thumbnail_png: Vec<u8>,
}

impl ClaimAttachments {
    /// The photos and signature of claim `id` (nothing when it has none).
    pub fn of(desk: &crate::desk::Desk, id: &str) -> Result<ClaimAttachments, ExportError> {
        let source = |e: crate::store::StoreError| ExportError::Source(e.to_string());
        let photos = desk
            .photos(id)
            .map_err(source)?
            .into_iter()
            .map(|p| AttachedPhoto {
                name: p.name,
                sha256: p.sha256,
                width: p.width,
                height: p.height,
                thumbnail_png: p.thumbnail_png,
            })
            .collect();
        let signature = desk.signature(id).map_err(source)?;
        Ok(ClaimAttachments { photos, signature })
    }
}

/// What a whole export is about: printed on the PDF cover and in the JSON header.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportMeta {
    /// When the export was made (RFC 3339, UTC).
    pub generated_at: String,
    /// The day plan states are computed for.
    pub as_of: NaiveDate,
    /// The filter in words ("all claims", "status approved, 2026-01-01 to 2026-03-31").
    pub filter: String,
    /// The never-send-back checklist (catalog data).
    pub never_send_back: Vec<String>,
    /// The clock the PDF shows times on: the workstation's unless fixed (a
    /// test). Not part of the JSON, which keeps UTC.
    #[serde(skip)]
    pub zone: Zone,
}

/// One plan service that ends soon (the expiring coverage report).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExpiringPlanReport {
    pub serial: String,
    pub model: String,
    pub plan: PlanKind,
    pub service: PlanService,
    /// Half-open end: the first day not covered.
    pub ends: NaiveDate,
    pub valid_through: NaiveDate,
    /// Days from the report day to `ends` (1 = the report day is the last covered day).
    pub days_left: i64,
}

/// Header of the expiring coverage report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExpiringMeta {
    pub generated_at: String,
    pub as_of: NaiveDate,
    pub within_days: u32,
    /// As [`ReportMeta::zone`].
    #[serde(skip)]
    pub zone: Zone,
}

/// Output formats. Not a `code_enum!`: it is a command-line and dialog
/// choice, never stored, and it parses case-insensitively (`--format PDF`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ExportFormat {
    Csv,
    Pdf,
    Json,
}

impl ExportFormat {
    pub const ALL: &'static [ExportFormat] =
        &[ExportFormat::Csv, ExportFormat::Pdf, ExportFormat::Json];
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Csv => "csv",
            ExportFormat::Pdf => "pdf",
            ExportFormat::Json => "json",
        }
    }
    pub fn label(self) -> &'static str {
        match self {
            ExportFormat::Csv => "CSV (spreadsheet)",
            ExportFormat::Pdf => "PDF (printable report)",
            ExportFormat::Json => "JSON (machine-readable)",
        }
    }
}

impl std::str::FromStr for ExportFormat {
    type Err = ExportError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "csv" => Ok(ExportFormat::Csv),
            "pdf" => Ok(ExportFormat::Pdf),
            "json" => Ok(ExportFormat::Json),
            other => Err(ExportError::Invalid(crate::tr!(
                "export-unknown-format",
                format = format!("{other:?}")
            ))),
        }
    }
}

impl std::fmt::Display for ExportFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.extension())
    }
}
