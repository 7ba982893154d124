//! The Swift Service Center day (issue 14, SPEC §6): appointments the
//! customer booked on the Swift Service page, added by hand or imported from
//! the page's CSV export, edited, cancelled, marked no-show and checked in —
//! every step audited. Check-in finds or makes the customer's record and
//! takes the customer's claim in, linked to the appointment.
//!
//! A booking names its customer record when one matches (same name, and
//! the same phone or email); check-in finds or makes it, so forgetting the
//! customer (`privacy`) blanks their bookings too. The audit log never holds
//! a booking's personal data: entries name `appointment:<id>` and the
//! fields that changed.

use super::customers::{add_in, digits, link_in as link_owner, usable_customer};
use super::intake::{Filing, Intake, IntakeAttachments, file_intake_in};
use super::units::{check_serial, load_unit};
use super::{Desk, Result, audit, now};
use crate::store::{
    Appointment, AppointmentFields, AppointmentQuery, AppointmentStatus, ClaimDetail, ClaimInput,
    ClaimKind, CustomerFields, CustomerRow, Reads, StoreError, Txn,
};
use crate::tr;
use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use serde::Serialize;

/// How many customers whose phone or email contains the booking's are
/// looked at for the one that matches it.
const MATCH_CANDIDATES: usize = 500;

/// The columns of an appointments CSV (a header row is required; the order
/// is free; the phone, email, serial, case reference and case text may be
/// left out).
pub const APPOINTMENT_CSV_COLUMNS: &[&str] = &[
    "day",
    "slot",
    "store",
    "customer_name",
    "customer_phone",
    "customer_email",
    "serial",
    "case_reference",
    "case_text",
];

/// Today at one counter: the appointments in time order, with who is late.
#[derive(Clone, Debug, Serialize)]
pub struct CounterDay {
    pub day: NaiveDate,
    pub appointments: Vec<CounterSlot>,
    pub counts: CounterCounts,
}

/// One appointment of the day, and whether the customer is late (still
/// booked after the slot's start).
#[derive(Clone, Debug, Serialize)]
pub struct CounterSlot {
    #[serde(flatten)]
    pub appointment: Appointment,
    pub late: bool,
}

/// How the day stands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct CounterCounts {
    pub total: usize,
    /// Booked and not yet here (late ones included).
    pub waiting: usize,
    pub late: usize,
    pub checked_in: usize,
    pub no_show: usize,
    pub cancelled: usize,
}

/// `9:05` or `09:05` → `09:05`.
pub fn parse_slot(s: &str) -> Option<String> {
    let t = NaiveTime::parse_from_str(s.trim(), "%H:%M").ok()?;
    Some(t.format("%H:%M").to_string())
}

/// The booking's customer as a customer record's fields.
fn person(f: &AppointmentFields) -> CustomerFields {
    CustomerFields {
        name: f.customer_name.clone(),
        phone: Some(f.customer_phone.clone()),
        email: Some(f.customer_email.clone()),
        address: None,
        lang: None,
        notes: None,
    }
}

/// Trims and checks what a person typed (or a CSV row holds): the slot, the
/// counter, the serial, and the customer's name, phone and email as a
/// customer record takes them.
pub fn check_fields(f: &AppointmentFields) -> Result<AppointmentFields> {
    let slot = parse_slot(&f.slot)
        .ok_or_else(|| StoreError::Invalid(tr!("appointment-bad-slot", slot = f.slot.trim())))?;
    let store = f.store.trim().to_owned();
    if store.is_empty() {
        return Err(StoreError::Invalid(tr!("appointment-no-store")));
    }
    let customer = super::customers::clean(&person(f))?;
    let serial = match f.serial.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(s) => Some(check_serial(s)?),
    };
    Ok(AppointmentFields {
        day: f.day,
        slot,
        store,
        customer_name: customer.name,
        customer_phone: customer.phone.unwrap_or_default(),
        customer_email: customer.email.unwrap_or_default(),
        serial,
        case_reference: f.case_reference.trim().to_owned(),
        case_text: f.case_text.trim().to_owned(),
    })
}

/// What the audit log keeps of a booking: no personal data (the customer
/// is named by their record's id).
fn audited(f: &AppointmentFields, customer: Option<i64>) -> serde_json::Value {
    serde_json::json!({
        "day": super::day(f.day), "slot": f.slot, "store": f.store, "serial": f.serial,
        "case_reference": f.case_reference, "customer": customer,
    })
}

/// The names of the fields an edit changes (never their values).
fn changed(old: &AppointmentFields, new: &AppointmentFields) -> Vec<&'static str> {
    [
        ("day", old.day != new.day),
        ("slot", old.slot != new.slot),
        ("store", old.store != new.store),
        ("customer_name", old.customer_name != new.customer_name),
        ("customer_phone", old.customer_phone != new.customer_phone),
        ("customer_email", old.customer_email != new.customer_email),
        ("serial", old.serial != new.serial),
        ("case_reference", old.case_reference != new.case_reference),
        ("case_text", old.case_text != new.case_text),
    ]
    .into_iter()
    .filter_map(|(name, differs)| differs.then_some(name))
    .collect()
}

/// The customer record a booking is for, if there is one: not forgotten,
/// the same name (ignoring case and surrounding spaces), and the same phone
/// (its digits) or email (ignoring case). The oldest, when several are.
fn matching_customer(r: &mut dyn Reads, f: &AppointmentFields) -> Result<Option<i64>> {
    let phone = digits(&f.customer_phone);
    let email = f.customer_email.trim().to_lowercase();
    let mut found = Vec::new();
    if phone.len() >= super::MIN_SEARCH_CHARS {
        found.extend(r.find_customers(&phone, Some(&phone), MATCH_CANDIDATES)?);
    }
    if email.chars().count() >= super::MIN_SEARCH_CHARS {
        found.extend(r.find_customers(&email, None, MATCH_CANDIDATES)?);
    }
    Ok(found
        .into_iter()
        .filter(|c| c.erased_at.is_none() && same_person(f, c))
        .map(|c| c.id)
        .min())
}

/// Whether a booking names this customer record: the same name, and the
/// same phone (its digits) or email.
fn same_person(f: &AppointmentFields, c: &CustomerRow) -> bool {
    let name = f.customer_name.trim().to_lowercase();
    let phone = digits(&f.customer_phone);
    let email = f.customer_email.trim().to_lowercase();
    let same_name = c.name.as_deref().map(|n| n.trim().to_lowercase()) == Some(name);
    let same_phone = !phone.is_empty() && c.phone.as_deref().map(digits).as_ref() == Some(&phone);
    let same_email = !email.is_empty()
        && c.email.as_deref().map(|e| e.trim().to_lowercase()).as_ref() == Some(&email);
    same_name && (same_phone || same_email)
}

/// The bookings no record was linked to that are this customer's (booked
/// before their record existed, never checked in): forgetting them blanks
/// these too, and their data export lists them.
pub(super) fn unlinked_bookings_of(r: &mut dyn Reads, c: &CustomerRow) -> Result<Vec<Appointment>> {
    Ok(r.appointments(&AppointmentQuery {
        unlinked: true,
        ..AppointmentQuery::default()
    })?
    .into_iter()
    .filter(|a| same_person(&a.fields, c))
    .collect())
}

/// The customer record of a booking being checked in: the one it names
/// (unless forgotten since), else the product's owner of the same name,
/// else one that matches, else a new record made from the booking.
fn customer_for_check_in(
    tx: &mut dyn Txn,
    actor: i64,
    a: &Appointment,
    product_id: i64,
    at: NaiveDateTime,
) -> Result<i64> {
    if let Some(id) = a.customer_id
        && usable_customer(tx, id).is_ok()
    {
        return Ok(id);
    }
    let name = a.fields.customer_name.trim().to_lowercase();
    if let Some(owner) = tx.product_customer(product_id)?
        && let Some(row) = tx.customer(owner)?
        && row.erased_at.is_none()
        && row.name.as_deref().map(|n| n.trim().to_lowercase()) == Some(name)
    {
        return Ok(owner);
    }
    if let Some(id) = matching_customer(tx, &a.fields)? {
        return Ok(id);
    }
    let fields = super::customers::clean(&person(&a.fields))?;
    add_in(tx, Some(actor), &fields, at)
}

/// The appointment, or `NotFound` naming it.
fn load(tx: &mut dyn Txn, id: i64) -> Result<Appointment> {
    tx.appointment(id)?
        .ok_or_else(|| StoreError::NotFound(tr!("appointment-not-found", id = id.to_string())))
}

/// Only a booked appointment changes (and none whose customer was
/// forgotten); anything else says what it is.
fn must_be_booked(a: &Appointment) -> Result<()> {
    if a.erased_at.is_some() {
        return Err(StoreError::Invalid(tr!(
            "appointment-erased",
            id = a.id.to_string()
        )));
    }
    if a.status == AppointmentStatus::Booked {
        return Ok(());
    }
    Err(StoreError::Invalid(tr!(
        "appointment-not-booked",
        id = a.id.to_string(),
        status = a.status.label().to_lowercase()
    )))
}

/// Writes a changed appointment if it is still as read; audits the step.
fn save(
    tx: &mut dyn Txn,
    actor: i64,
    a: &Appointment,
    from: AppointmentStatus,
    action: &str,
    details: serde_json::Value,
) -> Result<()> {
    if !tx.update_appointment(a, from)? {
        return Err(StoreError::Invalid(tr!(
            "appointment-changed-meanwhile",
            id = a.id.to_string()
        )));
    }
    audit(
        tx,
        Some(actor),
        a.updated_at,
        action,
        &format!("appointment:{}", a.id),
        details,
    )
}

/// Checks a booked appointment in (inside the caller's transaction): the
/// serial given, else the one booked, must be a product the store knows;
/// the customer's record is found or made (and owns the product if nobody
/// does yet).
fn check_in_in(
    tx: &mut dyn Txn,
    catalog: &crate::catalog::Catalog,
    actor: i64,
    id: i64,
    serial: Option<&str>,
    at: NaiveDateTime,
) -> Result<Appointment> {
    let mut a = load(tx, id)?;
    must_be_booked(&a)?;
    let serial = match serial.map(str::trim).filter(|s| !s.is_empty()) {
        Some(s) => check_serial(s)?,
        None => a.fields.serial.clone().ok_or_else(|| {
            StoreError::Invalid(tr!("appointment-no-serial", id = id.to_string()))
        })?,
    };
    let unit = load_unit(tx, catalog, &serial)?;
    let customer = customer_for_check_in(tx, actor, &a, unit.product.id, at)?;
    link_owner(
        tx,
        actor,
        unit.product.id,
        &unit.product.serial,
        customer,
        at,
    )?;
    a.fields.serial = Some(unit.product.serial.clone());
    a.customer_id = Some(customer);
    a.status = AppointmentStatus::CheckedIn;
    a.checked_in_at = Some(at);
    a.updated_at = at;
    save(
        tx,
        actor,
        &a,
        AppointmentStatus::Booked,
        "appointment_check_in",
        serde_json::json!({ "serial": unit.product.serial, "customer": customer }),
    )?;
    Ok(a)
}

/// Links a claim to a checked-in appointment of the same serial.
fn link_in(
    tx: &mut dyn Txn,
    actor: i64,
    id: i64,
    claim_id: &str,
    at: NaiveDateTime,
) -> Result<Appointment> {
    let mut a = load(tx, id)?;
    if a.status != AppointmentStatus::CheckedIn {
        return Err(StoreError::Invalid(tr!(
            "appointment-link-not-checked-in",
            id = id.to_string(),
            status = a.status.label().to_lowercase()
        )));
    }
    if let Some(linked) = &a.claim_id {
        return Err(StoreError::Invalid(tr!(
            "appointment-already-linked",
            id = id.to_string(),
            claim = linked.as_str()
        )));
    }
    let claim = tx.claim(claim_id)?.ok_or_else(|| {
        StoreError::NotFound(crate::tr!("desk-err-no-claim", id = claim_id.to_string()))
    })?;
    if a.fields.serial.as_deref() != Some(claim.row.serial.as_str()) {
        return Err(StoreError::Invalid(tr!(
            "appointment-claim-other-serial",
            claim = claim_id,
            serial = claim.row.serial.as_str(),
            id = id.to_string(),
            booked = a.fields.serial.as_deref().unwrap_or("—")
        )));
    }
    a.claim_id = Some(claim.row.id.clone());
    a.updated_at = at;
    save(
        tx,
        actor,
        &a,
        AppointmentStatus::CheckedIn,
        "appointment_link_claim",
        serde_json::json!({ "claim": claim.row.id }),
    )?;
    Ok(a)
}

/// Books checked `fields` inside the caller's transaction, for the customer
/// record that matches them; audited. The appointment's id.
pub(super) fn book_in(
    tx: &mut dyn Txn,
    actor: i64,
    f: &AppointmentFields,
    at: NaiveDateTime,
) -> Result<i64> {
    let customer = matching_customer(tx, f)?;
    let id = tx.insert_appointment(f, customer, actor, at)?;
    audit(
        tx,
        Some(actor),
        at,
        "appointment_add",
        &format!("appointment:{id}"),
        audited(f, customer),
    )?;
    Ok(id)
}

impl Desk {
    /// Books an appointment by hand (for the customer record that matches
    /// it, if one does).
    pub fn add_appointment(&self, actor: i64, fields: &AppointmentFields) -> Result<Appointment> {
        let f = check_fields(fields)?;
        let id = self.write(|tx| book_in(tx, actor, &f, now()))?;
        self.appointment(id)
    }

    /// Changes a booked appointment's day, slot, store, customer, serial or case.
    pub fn edit_appointment(
        &self,
        actor: i64,
        id: i64,
        fields: &AppointmentFields,
    ) -> Result<Appointment> {
        let f = check_fields(fields)?;
        self.write(|tx| {
            let mut a = load(tx, id)?;
            must_be_booked(&a)?;
            let fields = changed(&a.fields, &f);
            // Another name, phone or email may be another customer.
            if fields.iter().any(|c| c.starts_with("customer_")) {
                a.customer_id = matching_customer(tx, &f)?;
            }
            a.fields = f.clone();
            a.updated_at = now();
            save(
                tx,
                actor,
                &a,
                AppointmentStatus::Booked,
                "appointment_edit",
                serde_json::json!({ "changed": fields, "customer": a.customer_id }),
            )?;
            Ok(a)
        })
    }

    /// Cancels a booked appointment (the customer called, say).
    pub fn cancel_appointment(&self, actor: i64, id: i64, note: &str) -> Result<Appointment> {
        self.close_appointment(actor, id, AppointmentStatus::Cancelled, note)
    }

    /// The customer did not come.
    pub fn no_show_appointment(&self, actor: i64, id: i64, note: &str) -> Result<Appointment> {
        self.close_appointment(actor, id, AppointmentStatus::NoShow, note)
    }

    fn close_appointment(
        &self,
        actor: i64,
        id: i64,
        to: AppointmentStatus,
        note: &str,
    ) -> Result<Appointment> {
        let action = match to {
            AppointmentStatus::NoShow => "appointment_no_show",
            _ => "appointment_cancel",
        };
        self.write(|tx| {
            let mut a = load(tx, id)?;
            must_be_booked(&a)?;
            a.status = to;
            a.updated_at = now();
            save(
                tx,
                actor,
                &a,
                AppointmentStatus::Booked,
                action,
                serde_json::json!({ "note": note.trim() }),
            )?;
            Ok(a)
        })
    }

    /// The customer is here: the appointment is checked in with the
    /// product's serial (given, else the one booked; the store must know
    /// it), and with the customer's record — the one the booking names,
    /// else the product's owner of that name, else one with the same name
    /// and phone or email, else a new one made from the booking.
    pub fn check_in_appointment(
        &self,
        actor: i64,
        id: i64,
        serial: Option<&str>,
    ) -> Result<Appointment> {
        let catalog = &*self.catalog;
        self.write(|tx| check_in_in(tx, catalog, actor, id, serial, now()))
    }

    /// Links a claim already taken in to a checked-in appointment.
    pub fn link_appointment_claim(
        &self,
        actor: i64,
        id: i64,
        claim_id: &str,
    ) -> Result<Appointment> {
        let claim_id = super::claims::normalize_id(claim_id);
        self.write(|tx| link_in(tx, actor, id, &claim_id, now()))
    }

    /// Takes the claim of an appointment in with its intake record (as
    /// [`Desk::file_claim_at_intake`]) and links it, in one transaction
    /// (checking the appointment in first if it is still booked). An intake
    /// that names no customer is for the appointment's.
    #[allow(clippy::too_many_arguments)]
    pub fn file_claim_at_check_in(
        &self,
        actor: i64,
        id: i64,
        serial: &str,
        kind: ClaimKind,
        input: &ClaimInput,
        on: NaiveDate,
        intake: &Intake,
    ) -> Result<ClaimDetail> {
        let none = IntakeAttachments::default();
        self.file_claim_at_check_in_with(actor, id, serial, kind, input, on, intake, &none)
    }

    /// [`Desk::file_claim_at_check_in`] with the photos and the signature
    /// taken at the counter, filed in the claim's transaction (as
    /// [`Desk::file_claim_at_intake_with`]).
    #[allow(clippy::too_many_arguments)]
    pub fn file_claim_at_check_in_with(
        &self,
        actor: i64,
        id: i64,
        serial: &str,
        kind: ClaimKind,
        input: &ClaimInput,
        on: NaiveDate,
        intake: &Intake,
        attached: &IntakeAttachments,
    ) -> Result<ClaimDetail> {
        let checked = intake.check_with(attached)?;
        let catalog = &*self.catalog;
        let today = self.today();
        let filing = Filing {
            serial,
            kind,
            input,
            on,
        };
        let claim_id = self.write(|tx| {
            let at = now();
            let mut a = load(tx, id)?;
            if a.status == AppointmentStatus::Booked {
                a = check_in_in(tx, catalog, actor, id, Some(serial), at)?;
            }
            let claim_id = file_intake_in(
                tx,
                catalog,
                (actor, at, today),
                &filing,
                &checked,
                a.customer_id,
            )?;
            link_in(tx, actor, id, &claim_id, at)?;
            Ok(claim_id)
        })?;
        self.claim(&claim_id)
    }

    pub fn appointment(&self, id: i64) -> Result<Appointment> {
        self.read()?
            .appointment(id)?
            .ok_or_else(|| StoreError::NotFound(tr!("appointment-not-found", id = id.to_string())))
    }

    /// Appointments by day, slot and id.
    pub fn appointments(&self, q: &AppointmentQuery) -> Result<Vec<Appointment>> {
        let q = AppointmentQuery {
            serial: q.serial.as_deref().map(super::units::normalize_serial),
            store: q.store.as_deref().map(|s| s.trim().to_owned()),
            ..q.clone()
        };
        self.read()?.appointments(&q)
    }

    /// The day at the counter (`store`, or every counter): appointments in
    /// time order; a booked one whose slot began before `at` is late.
    pub fn counter_day(
        &self,
        day: NaiveDate,
        store: Option<&str>,
        at: NaiveDateTime,
    ) -> Result<CounterDay> {
        let list = self.appointments(&AppointmentQuery {
            day: Some(day),
            store: store.map(str::to_owned),
            ..AppointmentQuery::default()
        })?;
        // A past day's booked appointments are all late; a future day's none.
        let now = match day.cmp(&at.date()) {
            std::cmp::Ordering::Less => "24:00".to_owned(),
            std::cmp::Ordering::Equal => at.time().format("%H:%M").to_string(),
            std::cmp::Ordering::Greater => String::new(),
        };
        let mut counts = CounterCounts::default();
        let appointments = list
            .into_iter()
            .map(|a| {
                let late = a.status == AppointmentStatus::Booked && a.fields.slot < now;
                counts.total += 1;
                counts.late += usize::from(late);
                match a.status {
                    AppointmentStatus::Booked => counts.waiting += 1,
                    AppointmentStatus::CheckedIn => counts.checked_in += 1,
                    AppointmentStatus::NoShow => counts.no_show += 1,
                    AppointmentStatus::Cancelled => counts.cancelled += 1,
                }
                CounterSlot {
                    appointment: a,
                    late,
                }
            })
            .collect();
        Ok(CounterDay {
            day,
            appointments,
            counts,
        })
    }

    /// The first booked appointment of `day` for this serial (a scan at the
    /// counter checks it in).
    pub fn booked_for_serial(&self, serial: &str, day: NaiveDate) -> Result<Option<Appointment>> {
        Ok(self
            .appointments(&AppointmentQuery {
                day: Some(day),
                serial: Some(serial.to_owned()),
                status: Some(AppointmentStatus::Booked),
                ..AppointmentQuery::default()
            })?
            .into_iter()
            .next())
    }

    /// Imports appointments from the Swift Service page's CSV export in one
    /// transaction: a bad row's error names its line and nothing is imported.
    pub fn import_appointments_csv(&self, actor: i64, csv_text: &str) -> Result<Vec<Appointment>> {
        let rows = parse_csv(csv_text)?;
        let ids = self.write(|tx| {
            let at = now();
            let mut ids = Vec::with_capacity(rows.len());
            for f in &rows {
                let customer = matching_customer(tx, f)?;
                ids.push(tx.insert_appointment(f, customer, actor, at)?);
            }
            audit(
                tx,
                Some(actor),
                at,
                "appointment_import",
                "appointments",
                serde_json::json!({ "rows": ids.len(), "ids": ids }),
            )?;
            Ok(ids)
        })?;
        let mut r = self.read()?;
        ids.into_iter()
            .map(|id| {
                r.appointment(id)?.ok_or_else(|| {
                    StoreError::NotFound(tr!("appointment-not-found", id = id.to_string()))
                })
            })
            .collect()
    }
}

#[derive(serde::Deserialize)]
struct CsvRow {
    day: String,
    slot: String,
    store: String,
    customer_name: String,
    #[serde(default)]
    customer_phone: String,
    #[serde(default)]
    customer_email: String,
    #[serde(default)]
    serial: String,
    #[serde(default)]
    case_reference: String,
    #[serde(default)]
    case_text: String,
}

/// A CSV error at `line` (1 is the header).
fn at_line(line: u64, error: impl std::fmt::Display) -> StoreError {
    StoreError::Invalid(tr!(
        "appointment-csv-line",
        line = line.to_string(),
        error = error.to_string()
    ))
}

/// The header names the four columns a booking needs and no unknown one.
fn check_header(headers: &csv::StringRecord) -> Result<()> {
    let expected = APPOINTMENT_CSV_COLUMNS.join(",");
    for required in &APPOINTMENT_CSV_COLUMNS[..4] {
        if !headers.iter().any(|h| h == *required) {
            return Err(at_line(
                1,
                tr!(
                    "appointment-csv-missing-column",
                    column = *required,
                    expected = expected.as_str()
                ),
            ));
        }
    }
    if let Some(unknown) = headers
        .iter()
        .find(|h| !APPOINTMENT_CSV_COLUMNS.contains(h))
    {
        return Err(at_line(
            1,
            tr!(
                "appointment-csv-unknown-column",
                column = unknown,
                expected = expected.as_str()
            ),
        ));
    }
    Ok(())
}

/// Every row checked before anything is written; errors name the line.
fn parse_csv(text: &str) -> Result<Vec<AppointmentFields>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let headers = reader.headers().map_err(|e| at_line(1, e))?.clone();
    check_header(&headers)?;
    let mut out = Vec::new();
    for rec in reader.records() {
        let rec = rec.map_err(|e| at_line(e.position().map_or(0, |p| p.line()), &e))?;
        let line = rec.position().map_or(0, |p| p.line());
        let row: CsvRow = rec
            .deserialize(Some(&headers))
            .map_err(|e| at_line(line, e))?;
        let day = crate::vocab::parse_day(&row.day)
            .ok_or_else(|| at_line(line, tr!("appointment-csv-bad-day", day = row.day.as_str())))?;
        let fields = AppointmentFields {
            day,
            slot: row.slot,
            store: row.store,
            customer_name: row.customer_name,
            customer_phone: row.customer_phone,
            customer_email: row.customer_email,
            serial: Some(row.serial),
            case_reference: row.case_reference,
            case_text: row.case_text,
        };
        out.push(check_fields(&fields).map_err(|e| match e {
            StoreError::Invalid(m) => at_line(line, m),
            e => e,
        })?);
    }
    if out.is_empty() {
        return Err(StoreError::Invalid(tr!("appointment-csv-empty")));
    }
    Ok(out)
}
