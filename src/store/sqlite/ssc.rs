//! Appointments and quotes on SQLite (issue 14). The trait methods in
//! `reads.rs` and `txn.rs` call these.

use super::rows::{Day, Ts};
use crate::store::*;
use chrono::NaiveDateTime;
use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, params, params_from_iter};
use std::collections::HashMap;

const APPOINTMENT_COLUMNS: &str = "id, day, slot, store, customer_name, customer_phone,
    customer_email, serial, case_reference, case_text, status, customer_id, claim_id,
    checked_in_at, created_by, created_at, updated_at, erased_at";

fn appointment_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<(Appointment, String)> {
    let status: String = r.get(10)?;
    Ok((
        Appointment {
            id: r.get(0)?,
            fields: AppointmentFields {
                day: r.get::<_, Day>(1)?.0,
                slot: r.get(2)?,
                store: r.get(3)?,
                customer_name: r.get(4)?,
                customer_phone: r.get(5)?,
                customer_email: r.get(6)?,
                serial: r.get(7)?,
                case_reference: r.get(8)?,
                case_text: r.get(9)?,
            },
            status: AppointmentStatus::Booked,
            customer_id: r.get(11)?,
            claim_id: r.get(12)?,
            checked_in_at: r.get::<_, Option<Ts>>(13)?.map(|t| t.0),
            created_by: r.get(14)?,
            created_at: r.get::<_, Ts>(15)?.0,
            updated_at: r.get::<_, Ts>(16)?.0,
            erased_at: r.get::<_, Option<Ts>>(17)?.map(|t| t.0),
        },
        status,
    ))
}

fn with_status((mut a, status): (Appointment, String)) -> Result<Appointment> {
    a.status = parse_code("appointment status", &status)?;
    Ok(a)
}

pub(super) fn appointments(c: &Connection, q: &AppointmentQuery) -> Result<Vec<Appointment>> {
    let mut sql = format!("SELECT {APPOINTMENT_COLUMNS} FROM appointments WHERE 1 = 1");
    let mut args: Vec<Value> = Vec::new();
    let mut filter = |column: &str, v: Value| {
        args.push(v);
        sql.push_str(&format!(" AND {column} = ?{}", args.len()));
    };
    if let Some(d) = q.day {
        filter("day", Value::Text(super::rows::day(d)));
    }
    if let Some(s) = &q.store {
        filter("store", Value::Text(s.clone()));
    }
    if let Some(s) = &q.serial {
        filter("serial", Value::Text(s.clone()));
    }
    if let Some(s) = q.status {
        filter("status", Value::Text(s.code().to_owned()));
    }
    if let Some(id) = q.customer {
        filter("customer_id", Value::Integer(id));
    }
    if q.unlinked {
        sql.push_str(" AND customer_id IS NULL AND erased_at IS NULL");
    }
    sql.push_str(" ORDER BY day, slot, id");
    let rows = c
        .prepare(&sql)?
        .query_map(params_from_iter(args), appointment_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    rows.into_iter().map(with_status).collect()
}

pub(super) fn appointment(c: &Connection, id: i64) -> Result<Option<Appointment>> {
    c.prepare_cached(&format!(
        "SELECT {APPOINTMENT_COLUMNS} FROM appointments WHERE id = ?1"
    ))?
    .query_row(params![id], appointment_row)
    .optional()?
    .map(with_status)
    .transpose()
}

pub(super) fn insert_appointment(
    c: &Connection,
    a: &AppointmentFields,
    customer: Option<i64>,
    by: i64,
    at: NaiveDateTime,
) -> Result<i64> {
    c.prepare_cached(
        "INSERT INTO appointments (day, slot, store, customer_name, customer_phone,
            customer_email, serial, case_reference, case_text, status, customer_id,
            created_by, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 'booked', ?10, ?11, ?12, ?12)",
    )?
    .execute(params![
        Day(a.day),
        a.slot,
        a.store,
        a.customer_name,
        a.customer_phone,
        a.customer_email,
        a.serial,
        a.case_reference,
        a.case_text,
        customer,
        by,
        Ts(at)
    ])?;
    Ok(c.last_insert_rowid())
}

pub(super) fn update_appointment(
    c: &Connection,
    a: &Appointment,
    from: AppointmentStatus,
) -> Result<bool> {
    let f = &a.fields;
    let n = c
        .prepare_cached(
            "UPDATE appointments SET day = ?2, slot = ?3, store = ?4, customer_name = ?5,
                customer_phone = ?6, customer_email = ?7, serial = ?8, case_reference = ?9,
                case_text = ?10, status = ?11, customer_id = ?12, claim_id = ?13,
                checked_in_at = ?14, updated_at = ?15
             WHERE id = ?1 AND status = ?16 AND erased_at IS NULL",
        )?
        .execute(params![
            a.id,
            Day(f.day),
            f.slot,
            f.store,
            f.customer_name,
            f.customer_phone,
            f.customer_email,
            f.serial,
            f.case_reference,
            f.case_text,
            a.status.code(),
            a.customer_id,
            a.claim_id,
            a.checked_in_at.map(Ts),
            Ts(a.updated_at),
            from.code()
        ])?;
    Ok(n == 1)
}

pub(super) fn erase_appointments_of(
    c: &Connection,
    customer: i64,
    at: NaiveDateTime,
) -> Result<u64> {
    let n = c
        .prepare_cached(
            "UPDATE appointments SET customer_name = '', customer_phone = '',
                customer_email = '', case_text = '', erased_at = ?2
             WHERE customer_id = ?1 AND erased_at IS NULL",
        )?
        .execute(params![customer, Ts(at)])?;
    Ok(n as u64)
}

const QUOTE_COLUMNS: &str = "claim_id, amount_cents, currency, covers, valid_until, quoted_by,
    quoted_at, choice, choice_by, choice_at";

fn quote_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<(QuoteRow, Option<String>)> {
    Ok((
        QuoteRow {
            claim_id: r.get(0)?,
            amount: Money {
                cents: r.get(1)?,
                currency: r.get(2)?,
            },
            covers: r.get(3)?,
            valid_until: r.get::<_, Option<Day>>(4)?.map(|d| d.0),
            quoted_by: r.get(5)?,
            quoted_at: r.get::<_, Ts>(6)?.0,
            choice: None,
            choice_by: r.get(8)?,
            choice_at: r.get::<_, Option<Ts>>(9)?.map(|t| t.0),
        },
        r.get::<_, Option<String>>(7)?,
    ))
}

fn with_choice((mut q, choice): (QuoteRow, Option<String>)) -> Result<QuoteRow> {
    q.choice = choice
        .map(|c| parse_code("repair choice", &c))
        .transpose()?;
    Ok(q)
}

pub(super) fn quote(c: &Connection, claim_id: &str) -> Result<Option<QuoteRow>> {
    c.prepare_cached(&format!(
        "SELECT {QUOTE_COLUMNS} FROM claim_quotes WHERE claim_id = ?1"
    ))?
    .query_row(params![claim_id], quote_row)
    .optional()?
    .map(with_choice)
    .transpose()
}

pub(super) fn quotes_of(c: &Connection, ids: &[&str]) -> Result<HashMap<String, QuoteRow>> {
    let mut out = HashMap::new();
    // SQLite takes at most 32,766 parameters; stay far below.
    for chunk in ids.chunks(500) {
        let marks = vec!["?"; chunk.len()].join(",");
        let rows = c
            .prepare_cached(&format!(
                "SELECT {QUOTE_COLUMNS} FROM claim_quotes WHERE claim_id IN ({marks})"
            ))?
            .query_map(params_from_iter(chunk.iter()), quote_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        for row in rows {
            let q = with_choice(row)?;
            out.insert(q.claim_id.clone(), q);
        }
    }
    Ok(out)
}

pub(super) fn save_quote(c: &Connection, q: &QuoteRow) -> Result<()> {
    c.prepare_cached(
        "INSERT INTO claim_quotes (claim_id, amount_cents, currency, covers, valid_until,
            quoted_by, quoted_at, choice, choice_by, choice_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
         ON CONFLICT (claim_id) DO UPDATE SET amount_cents = excluded.amount_cents,
            currency = excluded.currency, covers = excluded.covers,
            valid_until = excluded.valid_until, quoted_by = excluded.quoted_by,
            quoted_at = excluded.quoted_at, choice = excluded.choice,
            choice_by = excluded.choice_by, choice_at = excluded.choice_at",
    )?
    .execute(params![
        q.claim_id,
        q.amount.cents,
        q.amount.currency,
        q.covers,
        q.valid_until.map(Day),
        q.quoted_by,
        Ts(q.quoted_at),
        q.choice.map(|c| c.code()),
        q.choice_by,
        q.choice_at.map(Ts)
    ])?;
    Ok(())
}

/// Every quote, for `migrate`.
pub(super) fn all_quotes(c: &Connection) -> Result<Vec<QuoteRow>> {
    let rows = c
        .prepare(&format!(
            "SELECT {QUOTE_COLUMNS} FROM claim_quotes ORDER BY claim_id"
        ))?
        .query_map([], quote_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    rows.into_iter().map(with_choice).collect()
}

/// `migrate`: one appointment as exported, id kept.
pub(super) fn import_appointment(c: &Connection, a: &Appointment) -> Result<()> {
    let f = &a.fields;
    c.prepare_cached(
        "INSERT INTO appointments (id, day, slot, store, customer_name, customer_phone,
            customer_email, serial, case_reference, case_text, status, customer_id, claim_id,
            checked_in_at, created_by, created_at, updated_at, erased_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,
            ?18)",
    )?
    .execute(params![
        a.id,
        Day(f.day),
        f.slot,
        f.store,
        f.customer_name,
        f.customer_phone,
        f.customer_email,
        f.serial,
        f.case_reference,
        f.case_text,
        a.status.code(),
        a.customer_id,
        a.claim_id,
        a.checked_in_at.map(Ts),
        a.created_by,
        Ts(a.created_at),
        Ts(a.updated_at),
        a.erased_at.map(Ts)
    ])?;
    Ok(())
}
