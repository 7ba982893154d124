//! The Swift Service Center day (issue 14, SPEC §6): appointments the
//! customer booked on the Swift Service page, added by hand or imported from
//! the page's CSV export, edited, cancelled, marked no-show and checked in —
//! every step audited. Check-in takes the customer's claim in and links it
//! to the appointment.

use super::intake::{Filing, Intake, file_intake_in};
use super::units::{check_serial, load_unit};
use super::{Desk, Result, audit, now};
use crate::store::{
    Appointment, AppointmentFields, AppointmentQuery, AppointmentStatus, ClaimDetail, ClaimInput,
    ClaimKind, StoreError, Txn,
};
use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use serde::Serialize;

/// The columns of an appointments CSV (a header row is required; the order
/// is free; `serial`, `case_reference` and `case_text` may be left out).
pub const APPOINTMENT_CSV_COLUMNS: &[&str] = &[
    "day",
    "slot",
    "store",
    "customer_name",
    "customer_phone",
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

/// Trims and checks what a person typed (or a CSV row holds).
pub fn check_fields(f: &AppointmentFields) -> Result<AppointmentFields> {
    let slot = parse_slot(&f.slot).ok_or_else(|| {
        StoreError::Invalid(format!(
            "time slot `{}` is not a time like 09:30",
            f.slot.trim()
        ))
    })?;
    let store = f.store.trim().to_owned();
    if store.is_empty() {
        return Err(StoreError::Invalid(
            "the store (SSC counter) is empty".into(),
        ));
    }
    let customer_name = f.customer_name.trim().to_owned();
    if customer_name.is_empty() {
        return Err(StoreError::Invalid("the customer's name is empty".into()));
    }
    let serial = match f.serial.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(s) => Some(check_serial(s)?),
    };
    Ok(AppointmentFields {
        day: f.day,
        slot,
        store,
        customer_name,
        customer_phone: f.customer_phone.trim().to_owned(),
        serial,
        case_reference: f.case_reference.trim().to_owned(),
        case_text: f.case_text.trim().to_owned(),
    })
}

/// The appointment, or `NotFound` naming it.
fn load(tx: &mut dyn Txn, id: i64) -> Result<Appointment> {
    tx.appointment(id)?
        .ok_or_else(|| StoreError::NotFound(format!("no appointment {id}")))
}

/// Only a booked appointment changes; anything else says what it is.
fn must_be_booked(a: &Appointment, step: &str) -> Result<()> {
    if a.status == AppointmentStatus::Booked {
        return Ok(());
    }
    Err(StoreError::Invalid(format!(
        "appointment {} is {}: it cannot be {step}",
        a.id,
        a.status.label().to_lowercase()
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
        return Err(StoreError::Invalid(format!(
            "appointment {} was changed at another workstation; nothing was saved, look again",
            a.id
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
/// serial given, else the one booked, must be a product the store knows.
fn check_in_in(
    tx: &mut dyn Txn,
    catalog: &crate::catalog::Catalog,
    actor: i64,
    id: i64,
    serial: Option<&str>,
    at: NaiveDateTime,
) -> Result<Appointment> {
    let mut a = load(tx, id)?;
    must_be_booked(&a, "checked in")?;
    let serial = match serial.map(str::trim).filter(|s| !s.is_empty()) {
        Some(s) => check_serial(s)?,
        None => a.fields.serial.clone().ok_or_else(|| {
            StoreError::Invalid(format!(
                "appointment {id} has no serial yet: scan or type the product's serial to check it in"
            ))
        })?,
    };
    let unit = load_unit(tx, catalog, &serial)?;
    a.fields.serial = Some(unit.product.serial.clone());
    a.status = AppointmentStatus::CheckedIn;
    a.checked_in_at = Some(at);
    a.updated_at = at;
    save(
        tx,
        actor,
        &a,
        AppointmentStatus::Booked,
        "appointment_check_in",
        serde_json::json!({ "serial": unit.product.serial }),
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
        return Err(StoreError::Invalid(format!(
            "appointment {id} is {}: check it in before linking a claim",
            a.status.label().to_lowercase()
        )));
    }
    if let Some(linked) = &a.claim_id {
        return Err(StoreError::Invalid(format!(
            "appointment {id} is already linked to claim {linked}"
        )));
    }
    let claim = tx
        .claim(claim_id)?
        .ok_or_else(|| StoreError::NotFound(format!("no claim `{claim_id}`")))?;
    if a.fields.serial.as_deref() != Some(claim.row.serial.as_str()) {
        return Err(StoreError::Invalid(format!(
            "claim {claim_id} is for {}, appointment {id} for {}",
            claim.row.serial,
            a.fields.serial.as_deref().unwrap_or("(no serial)")
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

impl Desk {
    /// Books an appointment by hand.
    pub fn add_appointment(&self, actor: i64, fields: &AppointmentFields) -> Result<Appointment> {
        let f = check_fields(fields)?;
        let id = self.write(|tx| {
            let at = now();
            let id = tx.insert_appointment(&f, actor, at)?;
            audit(
                tx,
                Some(actor),
                at,
                "appointment_add",
                &format!("appointment:{id}"),
                serde_json::to_value(&f).unwrap_or_default(),
            )?;
            Ok(id)
        })?;
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
            must_be_booked(&a, "edited")?;
            let before = serde_json::to_value(&a.fields).unwrap_or_default();
            a.fields = f.clone();
            a.updated_at = now();
            let after = serde_json::to_value(&a.fields).unwrap_or_default();
            save(
                tx,
                actor,
                &a,
                AppointmentStatus::Booked,
                "appointment_edit",
                serde_json::json!({ "before": before, "after": after }),
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
        let (step, action) = match to {
            AppointmentStatus::NoShow => ("marked no-show", "appointment_no_show"),
            _ => ("cancelled", "appointment_cancel"),
        };
        self.write(|tx| {
            let mut a = load(tx, id)?;
            must_be_booked(&a, step)?;
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
    /// product's serial (given, else the one booked; the store must know it).
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
    /// (checking the appointment in first if it is still booked).
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
        let checked = intake.check()?;
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
            if load(tx, id)?.status == AppointmentStatus::Booked {
                check_in_in(tx, catalog, actor, id, Some(serial), at)?;
            }
            let claim_id =
                file_intake_in(tx, catalog, (actor, at, today), &filing, &checked, None)?;
            link_in(tx, actor, id, &claim_id, at)?;
            Ok(claim_id)
        })?;
        self.claim(&claim_id)
    }

    pub fn appointment(&self, id: i64) -> Result<Appointment> {
        self.read()?
            .appointment(id)?
            .ok_or_else(|| StoreError::NotFound(format!("no appointment {id}")))
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
                ids.push(tx.insert_appointment(f, actor, at)?);
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
                r.appointment(id)?
                    .ok_or_else(|| StoreError::NotFound(format!("no appointment {id}")))
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
    serial: String,
    #[serde(default)]
    case_reference: String,
    #[serde(default)]
    case_text: String,
}

/// Every row checked before anything is written; errors name the line.
fn parse_csv(text: &str) -> Result<Vec<AppointmentFields>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| StoreError::Invalid(format!("line 1: {e}")))?
        .clone();
    let expected = APPOINTMENT_CSV_COLUMNS.join(",");
    for required in &APPOINTMENT_CSV_COLUMNS[..4] {
        if !headers.iter().any(|h| h == *required) {
            return Err(StoreError::Invalid(format!(
                "line 1: the header has no `{required}` column (expected: {expected})"
            )));
        }
    }
    if let Some(unknown) = headers
        .iter()
        .find(|h| !APPOINTMENT_CSV_COLUMNS.contains(h))
    {
        return Err(StoreError::Invalid(format!(
            "line 1: unknown column `{unknown}` (expected: {expected})"
        )));
    }
    let mut out = Vec::new();
    for rec in reader.records() {
        let rec = rec.map_err(|e| {
            let line = e.position().map_or(0, |p| p.line());
            StoreError::Invalid(format!("line {line}: {e}"))
        })?;
        let line = rec.position().map_or(0, |p| p.line());
        let at_line = |m: String| StoreError::Invalid(format!("line {line}: {m}"));
        let row: CsvRow = rec
            .deserialize(Some(&headers))
            .map_err(|e| at_line(e.to_string()))?;
        let day = crate::vocab::parse_day(&row.day)
            .ok_or_else(|| at_line(format!("day: bad date `{}` (expected YYYY-MM-DD)", row.day)))?;
        let fields = AppointmentFields {
            day,
            slot: row.slot,
            store: row.store,
            customer_name: row.customer_name,
            customer_phone: row.customer_phone,
            serial: Some(row.serial),
            case_reference: row.case_reference,
            case_text: row.case_text,
        };
        out.push(check_fields(&fields).map_err(|e| match e {
            StoreError::Invalid(m) => at_line(m),
            e => e,
        })?);
    }
    if out.is_empty() {
        return Err(StoreError::Invalid(
            "the file has no appointments (only a header, or nothing)".into(),
        ));
    }
    Ok(out)
}
