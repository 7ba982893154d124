//! What the store keeps of a service visit (SPEC §6): customers and their
//! personal data, the link from products to their customer, what a claim
//! keeps of its intake (customer, who recorded the privacy acceptance, the
//! checklist, the damage description), photos of the damage and the
//! customer's signature. The same records for both backends.
//!
//! Personal data lives in exactly three places, so that forgetting a
//! customer can erase it: the `customers` row (with its search key and the
//! search index built from it), the old → new values of their edits
//! (`customer_changes`), and their signatures. The audit log names a
//! customer by id only.

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

/// A customer's personal fields, as a person enters them. Only `name` is
/// required; text is kept exactly as typed (surrounding spaces of the
/// one-line fields trimmed by the service).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CustomerFields {
    pub name: String,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    /// Postal address (several lines).
    #[serde(default)]
    pub address: Option<String>,
    /// Preferred language, a BCP 47 tag as given (`zh-Hant`, `ko`, `de`).
    #[serde(default)]
    pub lang: Option<String>,
    #[serde(default)]
    pub notes: Option<String>,
}

/// A customer as stored. Once erased every personal field is `None`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CustomerRow {
    pub id: i64,
    pub name: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub address: Option<String>,
    pub lang: Option<String>,
    pub notes: Option<String>,
    /// What the search index holds for the customer (the service makes it).
    pub search_key: Option<String>,
    pub created_at: NaiveDateTime,
    pub created_by: Option<i64>,
    pub updated_at: NaiveDateTime,
    pub erased_at: Option<NaiveDateTime>,
    pub erased_by: Option<i64>,
}

/// A new customer.
#[derive(Clone, Debug)]
pub struct NewCustomer {
    pub fields: CustomerFields,
    pub search_key: String,
    pub at: NaiveDateTime,
    pub by: Option<i64>,
}

/// The old → new values of one edit, kept beside the audit log (which names
/// the customer and the fields only). `changes` is `None` once redacted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CustomerChangeRow {
    pub id: i64,
    pub customer_id: i64,
    pub at: NaiveDateTime,
    pub staff_id: Option<i64>,
    /// JSON: `[{"field": "phone", "old": …, "new": …}, …]`.
    pub changes: Option<String>,
    pub redacted_at: Option<NaiveDateTime>,
}

/// The customer a product belongs to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProductCustomerRow {
    pub product_id: i64,
    pub customer_id: i64,
    pub linked_at: NaiveDateTime,
    pub linked_by: Option<i64>,
}

/// What a claim keeps of its intake at the counter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClaimIntakeRow {
    pub claim_id: String,
    pub customer_id: Option<i64>,
    /// Who recorded that the customer accepted the privacy policy, and when
    /// (REP-PRIVACY); `None` when it was not accepted.
    pub privacy_recorded_by: Option<i64>,
    pub privacy_recorded_at: Option<NaiveDateTime>,
    /// The ticked checklist items' codes, a JSON list.
    pub checklist: String,
    /// Filed with the checklist or description incomplete, confirmed by the person filing.
    pub incomplete_confirmed: bool,
    pub description: String,
    pub recorded_at: NaiveDateTime,
    pub recorded_by: i64,
}

/// A photo of the damage, without its bytes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PhotoMeta {
    pub id: i64,
    pub claim_id: String,
    /// The file's name as given.
    pub name: String,
    pub mime: String,
    /// Bytes of the original.
    pub size: u64,
    /// SHA-256 of the original bytes, lower-case hex.
    pub sha256: String,
    pub width: u32,
    pub height: u32,
    /// A PNG of at most 320 pixels on its longer side.
    #[serde(skip)]
    pub thumbnail_png: Vec<u8>,
    pub added_at: NaiveDateTime,
    pub added_by: i64,
}

/// A photo with its original bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PhotoRow {
    pub meta: PhotoMeta,
    pub bytes: Vec<u8>,
}

/// A photo to keep (checked and decoded by the service first).
#[derive(Clone, Debug)]
pub struct NewPhoto {
    pub claim_id: String,
    pub name: String,
    pub mime: String,
    pub sha256: String,
    pub width: u32,
    pub height: u32,
    pub bytes: Vec<u8>,
    pub thumbnail_png: Vec<u8>,
    pub at: NaiveDateTime,
    pub by: i64,
}

/// The customer's signature on a claim. `strokes` and `png` are `None` once
/// the customer was forgotten (the claim still shows it was signed).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SignatureRow {
    pub claim_id: String,
    /// JSON: a list of strokes, each a list of `[x, y]` in `[0, 1]`.
    pub strokes: Option<String>,
    pub png: Option<Vec<u8>>,
    pub signed_at: NaiveDateTime,
    pub recorded_by: i64,
    pub erased_at: Option<NaiveDateTime>,
}

/// A product found by the search.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ProductHit {
    pub id: i64,
    pub serial: String,
    pub model: String,
    pub status: crate::vocab::codes::ProductStatus,
    pub customer_id: Option<i64>,
}

/// A claim found by the search.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ClaimHit {
    pub id: String,
    pub serial: String,
    pub model: String,
    pub kind: crate::vocab::codes::ClaimKind,
    pub status: crate::vocab::codes::ClaimStatus,
    pub customer_id: Option<i64>,
    /// `None` when the claim has no customer or the customer was forgotten.
    pub customer_name: Option<String>,
}

/// Who a claim is for, as reports show it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CustomerRef {
    pub id: i64,
    /// `None` once the customer was forgotten.
    pub name: Option<String>,
    pub erased: bool,
}

/// What erasing a customer changed, counted.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct ErasureCounts {
    /// Edits whose old → new values were redacted.
    pub edits_redacted: u64,
    pub signatures_erased: u64,
    /// Their bookings whose name, phone, email and case text were blanked
    /// (issue 14).
    pub appointments_erased: u64,
}

/// What was done after an erasure so freed space no longer holds the old
/// values, in the backend's terms (SQLite: the WAL checkpointed and
/// truncated; PostgreSQL: the tables rewritten by VACUUM FULL).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct ScrubReport {
    /// Everything the backend can do was done.
    pub complete: bool,
    /// What was done, and what could not be, in plain words.
    pub steps: Vec<String>,
}

/// What a claim holds of the visit, as the claim's detail shows it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct ClaimVisit {
    /// Who the claim is for (`erased` once forgotten).
    pub customer: Option<CustomerRef>,
    /// What was recorded at intake; `None` for a claim filed without
    /// (demo data, imports, older claims).
    pub intake: Option<IntakeRecord>,
    /// Photos of the damage (metadata, hash and thumbnail).
    pub photos: Vec<PhotoMeta>,
    pub signature: Option<SignatureInfo>,
}

/// What was recorded at intake, with staff by name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct IntakeRecord {
    /// Who recorded the customer's acceptance of the privacy policy, and
    /// when (REP-PRIVACY); `None` when it was not accepted.
    pub privacy_recorded_by: Option<String>,
    pub privacy_recorded_at: Option<NaiveDateTime>,
    pub checklist: crate::vocab::Checklist,
    pub checklist_complete: bool,
    /// Filed with the checklist or the description incomplete, confirmed.
    pub incomplete_confirmed: bool,
    /// The damage (or fault) as described at the counter.
    pub description: String,
    pub recorded_by: String,
    pub recorded_at: NaiveDateTime,
}

/// Whether and when the customer signed (the strokes themselves are read
/// with `Desk::signature`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SignatureInfo {
    pub signed_at: NaiveDateTime,
    pub recorded_by: String,
    pub strokes: usize,
    pub png: bool,
    /// The customer was forgotten: the signature itself is erased.
    pub erased: bool,
}
