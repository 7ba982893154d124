//! Appointments and quotes on PostgreSQL (issue 14). The trait methods in
//! `reads.rs` and `txn.rs` call these.

use super::PgConn;
use super::reads::{code, code_opt, execute, query, query_opt};
use crate::store::*;
use ::postgres::Row;
use chrono::{NaiveDate, NaiveDateTime};
use std::collections::HashMap;

const APPOINTMENT_SELECT: &str = "SELECT id, day, slot, store, customer_name, customer_phone,
    customer_email, serial, case_reference, case_text, status, customer_id, claim_id,
    checked_in_at, created_by, created_at, updated_at, erased_at FROM appointments";

fn appointment_row(r: &Row) -> Result<Appointment> {
    Ok(Appointment {
        id: r.try_get(0)?,
        fields: AppointmentFields {
            day: r.try_get(1)?,
            slot: r.try_get(2)?,
            store: r.try_get(3)?,
            customer_name: r.try_get(4)?,
            customer_phone: r.try_get(5)?,
            customer_email: r.try_get(6)?,
            serial: r.try_get(7)?,
            case_reference: r.try_get(8)?,
            case_text: r.try_get(9)?,
        },
        status: code(r, 10)?,
        customer_id: r.try_get(11)?,
        claim_id: r.try_get(12)?,
        checked_in_at: r.try_get(13)?,
        created_by: r.try_get(14)?,
        created_at: r.try_get(15)?,
        updated_at: r.try_get(16)?,
        erased_at: r.try_get(17)?,
    })
}

pub(super) fn appointments<T: PgConn + ?Sized>(
    t: &mut T,
    q: &AppointmentQuery,
) -> Result<Vec<Appointment>> {
    let sql = format!(
        "{APPOINTMENT_SELECT} WHERE ($1::date IS NULL OR day = $1)
            AND ($2::text IS NULL OR store = $2)
            AND ($3::text IS NULL OR serial = $3)
            AND ($4::text IS NULL OR status = $4)
            AND ($5::bigint IS NULL OR customer_id = $5)
            AND (NOT $6 OR (customer_id IS NULL AND erased_at IS NULL))
         ORDER BY day, slot, id"
    );
    let status = q.status.map(|s| s.code());
    query(
        t,
        &sql,
        &[
            &q.day,
            &q.store,
            &q.serial,
            &status,
            &q.customer,
            &q.unlinked,
        ],
    )?
    .iter()
    .map(appointment_row)
    .collect()
}

pub(super) fn appointment<T: PgConn + ?Sized>(t: &mut T, id: i64) -> Result<Option<Appointment>> {
    let sql = format!("{APPOINTMENT_SELECT} WHERE id = $1");
    query_opt(t, &sql, &[&id])?
        .as_ref()
        .map(appointment_row)
        .transpose()
}

pub(super) fn insert_appointment<T: PgConn + ?Sized>(
    t: &mut T,
    a: &AppointmentFields,
    customer: Option<i64>,
    by: i64,
    at: NaiveDateTime,
) -> Result<i64> {
    let rows = query(
        t,
        "INSERT INTO appointments (day, slot, store, customer_name, customer_phone,
            customer_email, serial, case_reference, case_text, status, customer_id,
            created_by, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'booked', $10, $11, $12, $12)
         RETURNING id",
        &[
            &a.day,
            &a.slot,
            &a.store,
            &a.customer_name,
            &a.customer_phone,
            &a.customer_email,
            &a.serial,
            &a.case_reference,
            &a.case_text,
            &customer,
            &by,
            &at,
        ],
    )?;
    let row = rows
        .first()
        .ok_or(StoreError::Unfinished("the appointment got no id"))?;
    Ok(row.try_get(0)?)
}

pub(super) fn update_appointment<T: PgConn + ?Sized>(
    t: &mut T,
    a: &Appointment,
    from: AppointmentStatus,
) -> Result<bool> {
    let f = &a.fields;
    let n = execute(
        t,
        "UPDATE appointments SET day = $2, slot = $3, store = $4, customer_name = $5,
            customer_phone = $6, customer_email = $7, serial = $8, case_reference = $9,
            case_text = $10, status = $11, customer_id = $12, claim_id = $13,
            checked_in_at = $14, updated_at = $15
         WHERE id = $1 AND status = $16 AND erased_at IS NULL",
        &[
            &a.id,
            &f.day,
            &f.slot,
            &f.store,
            &f.customer_name,
            &f.customer_phone,
            &f.customer_email,
            &f.serial,
            &f.case_reference,
            &f.case_text,
            &a.status.code(),
            &a.customer_id,
            &a.claim_id,
            &a.checked_in_at,
            &a.updated_at,
            &from.code(),
        ],
    )?;
    Ok(n == 1)
}

pub(super) fn erase_appointments_of<T: PgConn + ?Sized>(
    t: &mut T,
    customer: i64,
    at: NaiveDateTime,
) -> Result<u64> {
    execute(
        t,
        "UPDATE appointments SET customer_name = '', customer_phone = '',
            customer_email = '', case_text = '', erased_at = $2
         WHERE customer_id = $1 AND erased_at IS NULL",
        &[&customer, &at],
    )
}

const QUOTE_SELECT: &str = "SELECT claim_id, amount_cents, currency, covers, valid_until,
    quoted_by, quoted_at, choice, choice_by, choice_at FROM claim_quotes";

fn quote_row(r: &Row) -> Result<QuoteRow> {
    Ok(QuoteRow {
        claim_id: r.try_get(0)?,
        amount: Money {
            cents: r.try_get(1)?,
            currency: r.try_get(2)?,
        },
        covers: r.try_get(3)?,
        valid_until: r.try_get::<_, Option<NaiveDate>>(4)?,
        quoted_by: r.try_get(5)?,
        quoted_at: r.try_get(6)?,
        choice: code_opt(r, 7)?,
        choice_by: r.try_get(8)?,
        choice_at: r.try_get(9)?,
    })
}

pub(super) fn quote<T: PgConn + ?Sized>(t: &mut T, claim_id: &str) -> Result<Option<QuoteRow>> {
    let sql = format!("{QUOTE_SELECT} WHERE claim_id = $1");
    query_opt(t, &sql, &[&claim_id])?
        .as_ref()
        .map(quote_row)
        .transpose()
}

pub(super) fn quotes_of<T: PgConn + ?Sized>(
    t: &mut T,
    ids: &[&str],
) -> Result<HashMap<String, QuoteRow>> {
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    let ids: Vec<&str> = ids.to_vec();
    let sql = format!("{QUOTE_SELECT} WHERE claim_id = ANY($1)");
    query(t, &sql, &[&ids])?
        .iter()
        .map(|r| quote_row(r).map(|q| (q.claim_id.clone(), q)))
        .collect()
}

pub(super) fn save_quote<T: PgConn + ?Sized>(t: &mut T, q: &QuoteRow) -> Result<()> {
    let choice = q.choice.map(|c| c.code());
    execute(
        t,
        "INSERT INTO claim_quotes (claim_id, amount_cents, currency, covers, valid_until,
            quoted_by, quoted_at, choice, choice_by, choice_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
         ON CONFLICT (claim_id) DO UPDATE SET amount_cents = excluded.amount_cents,
            currency = excluded.currency, covers = excluded.covers,
            valid_until = excluded.valid_until, quoted_by = excluded.quoted_by,
            quoted_at = excluded.quoted_at, choice = excluded.choice,
            choice_by = excluded.choice_by, choice_at = excluded.choice_at",
        &[
            &q.claim_id,
            &q.amount.cents,
            &q.amount.currency,
            &q.covers,
            &q.valid_until,
            &q.quoted_by,
            &q.quoted_at,
            &choice,
            &q.choice_by,
            &q.choice_at,
        ],
    )?;
    Ok(())
}

/// Every quote, for `migrate`.
pub(super) fn all_quotes<T: PgConn + ?Sized>(t: &mut T) -> Result<Vec<QuoteRow>> {
    let sql = format!("{QUOTE_SELECT} ORDER BY claim_id");
    query(t, &sql, &[])?.iter().map(quote_row).collect()
}

/// `migrate`: one appointment as exported, id kept.
pub(super) fn import_appointment<T: PgConn + ?Sized>(t: &mut T, a: &Appointment) -> Result<()> {
    let f = &a.fields;
    execute(
        t,
        "INSERT INTO appointments (id, day, slot, store, customer_name, customer_phone,
            customer_email, serial, case_reference, case_text, status, customer_id, claim_id,
            checked_in_at, created_by, created_at, updated_at, erased_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17,
            $18)",
        &[
            &a.id,
            &f.day,
            &f.slot,
            &f.store,
            &f.customer_name,
            &f.customer_phone,
            &f.customer_email,
            &f.serial,
            &f.case_reference,
            &f.case_text,
            &a.status.code(),
            &a.customer_id,
            &a.claim_id,
            &a.checked_in_at,
            &a.created_by,
            &a.created_at,
            &a.updated_at,
            &a.erased_at,
        ],
    )?;
    Ok(())
}
