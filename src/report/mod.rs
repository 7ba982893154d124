//! Claim reports: what a report shows, and the writers that put it in a file
//! (CSV, JSON, PDF), always through [`atomic::write_atomically`] so a failed or
//! cancelled export never leaves a partial file behind.
//!
//! The report model is plain data (codes and dates, no store or egui types):
//! the store is mapped into it once, and every writer reads the same thing.

pub mod atomic;
pub mod csv;
mod helvetica_widths;
pub mod job;
pub mod json;
pub mod pdf;
pub mod source;
mod text;

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
    #[error(
        "a PDF export holds at most {max} claims and this one has {claims}; narrow the filter, or export CSV or JSON"
    )]
    TooLargeForPdf { claims: usize, max: usize },
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

/// An amount in minor units, so money never goes through floating point.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Amount {
    pub cents: i64,
    pub currency: String,
}

impl Amount {
    /// `79.00` (no currency).
    pub fn decimal(&self) -> String {
        crate::catalog::format_cents(self.cents)
    }
}

impl std::fmt::Display for Amount {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}", self.decimal(), self.currency)
    }
}

/// A requested part and how many.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartQuantity {
    /// Part code (`propellers`).
    pub part: String,
    pub quantity: u32,
}

/// The product a claim is about, as it stands when the report is made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProductReport {
    pub serial: String,
    pub model: String,
    pub series: String,
    /// Sales channel code (`official`, `authorized`, `unofficial`).
    pub channel: String,
    pub region: String,
    /// `active` or `reclaimed`.
    pub status: String,
    /// The serial that replaced this unit, once reclaimed.
    pub replaced_by: Option<String>,
    /// The serial this unit replaced.
    pub replaces: Option<String>,
    pub international_service: bool,
}

/// One plan of the product with its validity, as of the report day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanReport {
    /// `care_refresh` or `care_refresh_plus`.
    pub plan: String,
    /// CR term (`1y`, `2y`); none for CR+.
    pub term: Option<String>,
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
    /// Replacement service state code (`active`, `expired`, `used_up`, …).
    pub replacement_service: String,
    /// Extended warranty state code; none where the plan has none (CR).
    pub extended_warranty: Option<String>,
}

impl PlanReport {
    /// From the rules' plan status (the same numbers the lookup panel shows).
    pub fn from_status(status: &crate::rules::plans::PlanStatus, term: Option<&str>) -> Self {
        PlanReport {
            plan: status.plan.code().to_string(),
            term: term.map(str::to_string),
            region: status.region.clone(),
            service_region: status.service_region.clone(),
            starts: status.starts,
            ends: status.ends,
            valid_through: status.valid_through,
            replacements_allowed: status.replacements_allowed,
            replacements_used: status.replacements_used,
            replacements_left: status.replacements_left,
            withdrawn: status.withdrawn,
            replacement_service: status.replacement_service.code().to_string(),
            extended_warranty: status.extended_warranty.map(|s| s.code().to_string()),
        }
    }
}

/// One entry of a claim's append-only timeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventReport {
    /// RFC 3339 timestamp as the store keeps it.
    pub at: String,
    pub who: String,
    /// Claim status code before the event (none for filing).
    pub from: Option<String>,
    pub to: String,
    pub note: String,
}

/// Everything a claim report shows about one claim.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClaimReport {
    /// `CL-2026-000123`.
    pub claim_id: String,
    /// `replacement` or `extended_warranty`.
    pub kind: String,
    /// Claim status code (`submitted`, `approved`, … `closed`).
    pub status: String,
    pub submitted_on: NaiveDate,
    /// The day the decision was made.
    pub decided_on: Option<NaiveDate>,
    /// `approved` or `refused`.
    pub decision: String,
    /// Plan the decision was made under (`care_refresh`, `care_refresh_plus`).
    pub plan: Option<String>,
    /// Every failing rule, in the spec's order, with its reason.
    pub rules: Vec<RuleReason>,
    /// Interpretations of the terms that shaped the decision.
    pub interpretations: Vec<RuleReason>,
    pub replacements_left_after: Option<u32>,
    /// Service channel code (`online`, `express`, `ssc`).
    pub channel: String,
    pub service_region: String,
    /// Cause code (`collision`, `normal_use`, …).
    pub cause: String,
    pub parts: Vec<PartQuantity>,
    /// Exclusion codes observed.
    pub exclusions: Vec<String>,
    pub shipped_on: Option<NaiveDate>,
    pub accepts_transregional_fees: bool,
    pub privacy_accepted: bool,
    /// Charge codes the customer pays (`replacement_fee`, `transregional_fees`).
    pub customer_pays: Vec<String>,
    /// The replacement fee, when one applies.
    pub fee: Option<Amount>,
    /// The serial of the unit shipped as the replacement.
    pub replacement_serial: Option<String>,
    pub product: ProductReport,
    pub plans: Vec<PlanReport>,
    pub events: Vec<EventReport>,
}

impl ClaimReport {
    pub fn approved(&self) -> bool {
        self.decision == "approved"
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
}

/// One plan service that ends soon (the expiring coverage report).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExpiringPlanReport {
    pub serial: String,
    pub model: String,
    /// `care_refresh` or `care_refresh_plus`.
    pub plan: String,
    /// `replacement` or `extended_warranty`.
    pub service: String,
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
}

/// Output formats.
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
            other => Err(ExportError::Invalid(format!(
                "unknown format {other:?} (expected csv, pdf or json)"
            ))),
        }
    }
}

impl std::fmt::Display for ExportFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.extension())
    }
}

/// Human label for a code: the rules' label where the code is one of theirs,
/// otherwise the code with spaces (`awaiting_product` → `Awaiting product`).
pub fn label_of(code: &str) -> String {
    use crate::rules::codes::{
        Cause, Charge, Exclusion, Part, PlanKind, SalesChannel, ServiceChannel,
    };
    macro_rules! try_label {
        ($($t:ty),+) => {$(
            if let Ok(v) = code.parse::<$t>() {
                return v.label().to_string();
            }
        )+};
    }
    try_label!(
        Part,
        Cause,
        ServiceChannel,
        SalesChannel,
        Exclusion,
        PlanKind,
        Charge
    );
    humanize(code)
}

/// `awaiting_product` → `Awaiting product`.
pub fn humanize(code: &str) -> String {
    let spaced = code.replace('_', " ");
    let mut chars = spaced.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
