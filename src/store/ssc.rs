//! Records of the Swift Service Center day (issue 14): appointments booked
//! on the Swift Service page, and the paid-repair quote an assessed claim is
//! offered with the customer's choice between it and the replacement.

use super::model::Money;
use crate::vocab::code_enum;
use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

code_enum! {
    /// Where an appointment stands. Only a `booked` one may be edited,
    /// cancelled, marked no-show or checked in.
    AppointmentStatus ("appointment status", key "appointment-status") {
        Booked => "booked";
        CheckedIn => "checked_in";
        Cancelled => "cancelled";
        NoShow => "no_show";
    }
}

code_enum! {
    /// What the customer chose after the assessment (terms, "Online
    /// Service": replacement service or paid repair service).
    RepairChoice ("repair choice", key "repair-choice") {
        Replacement => "replacement";
        PaidRepair => "paid_repair";
    }
}

/// What a person types for an appointment (added, edited or imported).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AppointmentFields {
    pub day: NaiveDate,
    /// Start of the time slot, `HH:MM` (24 h); sorts as text.
    pub slot: String,
    /// The SSC counter (store) the customer booked.
    pub store: String,
    pub customer_name: String,
    pub customer_phone: String,
    /// Empty when the booking gave none.
    #[serde(default)]
    pub customer_email: String,
    /// The product's serial; may be unknown until check-in.
    pub serial: Option<String>,
    /// The case number the customer recorded on the Swift Service page.
    pub case_reference: String,
    /// The case as the customer described it.
    pub case_text: String,
}

/// An appointment as stored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Appointment {
    pub id: i64,
    #[serde(flatten)]
    pub fields: AppointmentFields,
    pub status: AppointmentStatus,
    /// The customer record the booking is for: found when it was booked
    /// (same name, and the same phone or email), else found or created at
    /// check-in.
    pub customer_id: Option<i64>,
    /// The claim taken in at check-in.
    pub claim_id: Option<String>,
    pub checked_in_at: Option<NaiveDateTime>,
    pub created_by: i64,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    /// When the customer was forgotten (SPEC §6): their name, phone, email
    /// and the case as they described it are erased from the booking.
    pub erased_at: Option<NaiveDateTime>,
}

/// Which appointments a list shows; `None` means any.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AppointmentQuery {
    pub day: Option<NaiveDate>,
    pub store: Option<String>,
    /// Exact (normalized) serial.
    pub serial: Option<String>,
    pub status: Option<AppointmentStatus>,
    /// Only the bookings of this customer record.
    pub customer: Option<i64>,
    /// Only the bookings no customer record is linked to, not erased.
    pub unlinked: bool,
}

/// A claim's paid-repair quote and the customer's choice, as stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuoteRow {
    pub claim_id: String,
    pub amount: Money,
    /// What the repair covers, in the technician's words.
    pub covers: String,
    pub valid_until: Option<NaiveDate>,
    pub quoted_by: i64,
    pub quoted_at: NaiveDateTime,
    pub choice: Option<RepairChoice>,
    pub choice_by: Option<i64>,
    pub choice_at: Option<NaiveDateTime>,
}
