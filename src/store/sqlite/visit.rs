//! The service visit on SQLite: customers, the search, the intake, photos
//! and signatures (`store::visit`). `Reads`/`Txn` delegate here.

use super::rows::{Ts, parse_ts};
use crate::store::*;
use chrono::NaiveDateTime;
use rusqlite::{Connection, OptionalExtension, params};
use std::collections::HashMap;

const CUSTOMER_COLUMNS: &str = "c.id, c.name, c.phone, c.email, c.address, c.lang, c.notes,
    c.search_key, c.created_at, c.created_by, c.updated_at, c.erased_at, c.erased_by";

fn customer_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<CustomerRow> {
    Ok(CustomerRow {
        id: r.get(0)?,
        name: r.get(1)?,
        phone: r.get(2)?,
        email: r.get(3)?,
        address: r.get(4)?,
        lang: r.get(5)?,
        notes: r.get(6)?,
        search_key: r.get(7)?,
        created_at: r.get::<_, Ts>(8)?.0,
        created_by: r.get(9)?,
        updated_at: r.get::<_, Ts>(10)?.0,
        erased_at: r.get::<_, Option<Ts>>(11)?.map(|t| t.0),
        erased_by: r.get(12)?,
    })
}

/// `text` as one FTS5 phrase: the trigram tokenizer turns it into
/// consecutive trigrams, so the phrase matches exactly the rows holding it
/// as a substring (case-folded).
fn phrase(text: &str) -> String {
    format!("\"{}\"", text.replace('"', "\"\""))
}

pub(super) fn customer(c: &Connection, id: i64) -> Result<Option<CustomerRow>> {
    Ok(c.prepare_cached(&format!(
        "SELECT {CUSTOMER_COLUMNS} FROM customers c WHERE c.id = ?1"
    ))?
    .query_row([id], customer_row)
    .optional()?)
}

pub(super) fn find_customers(
    c: &Connection,
    key: &str,
    digits: Option<&str>,
    limit: usize,
) -> Result<Vec<CustomerRow>> {
    let query = match digits {
        Some(d) if d != key => format!("{} OR {}", phrase(key), phrase(d)),
        _ => phrase(key),
    };
    let mut st = c.prepare_cached(&format!(
        "SELECT {CUSTOMER_COLUMNS} FROM customer_search s JOIN customers c ON c.id = s.rowid
         WHERE customer_search MATCH ?1 AND c.erased_at IS NULL LIMIT ?2"
    ))?;
    let rows = st.query_map(params![query, limit as i64], customer_row)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub(super) fn find_products(c: &Connection, text: &str, limit: usize) -> Result<Vec<ProductHit>> {
    let mut st = c.prepare_cached(
        "SELECT p.id, p.serial, p.model, p.status, pc.customer_id
         FROM product_search s JOIN products p ON p.id = s.rowid
         LEFT JOIN product_customers pc ON pc.product_id = p.id
         WHERE product_search MATCH ?1 LIMIT ?2",
    )?;
    let rows = st.query_map(params![phrase(text), limit as i64], |r| {
        Ok(ProductHit {
            id: r.get(0)?,
            serial: r.get(1)?,
            model: r.get(2)?,
            status: r.get(3)?,
            customer_id: r.get(4)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub(super) fn find_claims(c: &Connection, text: &str, limit: usize) -> Result<Vec<ClaimHit>> {
    let mut st = c.prepare_cached(
        "SELECT c.id, c.serial, p.model, c.kind, c.status, ci.customer_id, cu.name
         FROM claim_search s JOIN claims c ON c.id = s.claim_id
         JOIN products p ON p.id = c.product_id
         LEFT JOIN claim_intake ci ON ci.claim_id = c.id
         LEFT JOIN customers cu ON cu.id = ci.customer_id
         WHERE claim_search MATCH ?1 LIMIT ?2",
    )?;
    let rows = st.query_map(params![phrase(text), limit as i64], |r| {
        Ok(ClaimHit {
            id: r.get(0)?,
            serial: r.get(1)?,
            model: r.get(2)?,
            kind: r.get(3)?,
            status: r.get(4)?,
            customer_id: r.get(5)?,
            customer_name: r.get(6)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

fn change_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<CustomerChangeRow> {
    Ok(CustomerChangeRow {
        id: r.get(0)?,
        customer_id: r.get(1)?,
        at: r.get::<_, Ts>(2)?.0,
        staff_id: r.get(3)?,
        changes: r.get(4)?,
        redacted_at: r.get::<_, Option<Ts>>(5)?.map(|t| t.0),
    })
}

pub(super) fn customer_changes(c: &Connection, customer_id: i64) -> Result<Vec<CustomerChangeRow>> {
    let mut st = c.prepare_cached(
        "SELECT id, customer_id, at, staff_id, changes, redacted_at FROM customer_changes
         WHERE customer_id = ?1 ORDER BY id",
    )?;
    let rows = st.query_map([customer_id], change_row)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub(super) fn product_customer(c: &Connection, product_id: i64) -> Result<Option<i64>> {
    Ok(
        c.prepare_cached("SELECT customer_id FROM product_customers WHERE product_id = ?1")?
            .query_row([product_id], |r| r.get(0))
            .optional()?,
    )
}

pub(super) fn customer_product_ids(c: &Connection, customer_id: i64) -> Result<Vec<i64>> {
    let mut st = c.prepare_cached(
        "SELECT product_id FROM product_customers WHERE customer_id = ?1 ORDER BY product_id",
    )?;
    let rows = st.query_map([customer_id], |r| r.get(0))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub(super) fn customer_claim_ids(c: &Connection, customer_id: i64) -> Result<Vec<String>> {
    let mut st = c.prepare_cached(
        "SELECT claim_id FROM claim_intake WHERE customer_id = ?1 ORDER BY claim_id",
    )?;
    let rows = st.query_map([customer_id], |r| r.get(0))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

fn intake_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<ClaimIntakeRow> {
    Ok(ClaimIntakeRow {
        claim_id: r.get(0)?,
        customer_id: r.get(1)?,
        privacy_recorded_by: r.get(2)?,
        privacy_recorded_at: r.get::<_, Option<Ts>>(3)?.map(|t| t.0),
        checklist: r.get(4)?,
        incomplete_confirmed: r.get(5)?,
        description: r.get(6)?,
        recorded_at: r.get::<_, Ts>(7)?.0,
        recorded_by: r.get(8)?,
    })
}

const INTAKE_COLUMNS: &str = "claim_id, customer_id, privacy_recorded_by, privacy_recorded_at,
    checklist, incomplete_confirmed, description, recorded_at, recorded_by";

pub(super) fn claim_intake(c: &Connection, claim_id: &str) -> Result<Option<ClaimIntakeRow>> {
    Ok(c.prepare_cached(&format!(
        "SELECT {INTAKE_COLUMNS} FROM claim_intake WHERE claim_id = ?1"
    ))?
    .query_row([claim_id], intake_row)
    .optional()?)
}

pub(super) fn claim_customers(
    c: &Connection,
    ids: &[&str],
) -> Result<HashMap<String, CustomerRef>> {
    let mut out = HashMap::new();
    for chunk in ids.chunks(500) {
        let marks = vec!["?"; chunk.len()].join(",");
        let mut st = c.prepare_cached(&format!(
            "SELECT ci.claim_id, cu.id, cu.name, cu.erased_at IS NOT NULL
             FROM claim_intake ci JOIN customers cu ON cu.id = ci.customer_id
             WHERE ci.claim_id IN ({marks})"
        ))?;
        let rows = st.query_map(rusqlite::params_from_iter(chunk.iter()), |r| {
            Ok((
                r.get::<_, String>(0)?,
                CustomerRef {
                    id: r.get(1)?,
                    name: r.get(2)?,
                    erased: r.get(3)?,
                },
            ))
        })?;
        for row in rows {
            let (id, customer) = row?;
            out.insert(id, customer);
        }
    }
    Ok(out)
}

const PHOTO_COLUMNS: &str =
    "id, claim_id, name, mime, size, sha256, width, height, thumbnail, added_at, added_by";

fn photo_meta(r: &rusqlite::Row<'_>) -> rusqlite::Result<PhotoMeta> {
    Ok(PhotoMeta {
        id: r.get(0)?,
        claim_id: r.get(1)?,
        name: r.get(2)?,
        mime: r.get(3)?,
        size: r.get::<_, i64>(4)?.try_into().unwrap_or(0),
        sha256: r.get(5)?,
        width: r.get(6)?,
        height: r.get(7)?,
        thumbnail_png: r.get(8)?,
        added_at: r.get::<_, Ts>(9)?.0,
        added_by: r.get(10)?,
    })
}

pub(super) fn photos(c: &Connection, claim_id: &str) -> Result<Vec<PhotoMeta>> {
    let mut st = c.prepare_cached(&format!(
        "SELECT {PHOTO_COLUMNS} FROM claim_photos WHERE claim_id = ?1 ORDER BY id"
    ))?;
    let rows = st.query_map([claim_id], photo_meta)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub(super) fn photo(c: &Connection, id: i64) -> Result<Option<PhotoRow>> {
    Ok(c.prepare_cached(&format!(
        "SELECT {PHOTO_COLUMNS}, bytes FROM claim_photos WHERE id = ?1"
    ))?
    .query_row([id], |r| {
        Ok(PhotoRow {
            meta: photo_meta(r)?,
            bytes: r.get(11)?,
        })
    })
    .optional()?)
}

fn signature_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<SignatureRow> {
    Ok(SignatureRow {
        claim_id: r.get(0)?,
        strokes: r.get(1)?,
        png: r.get(2)?,
        signed_at: r.get::<_, Ts>(3)?.0,
        recorded_by: r.get(4)?,
        erased_at: r.get::<_, Option<Ts>>(5)?.map(|t| t.0),
    })
}

pub(super) fn signature(c: &Connection, claim_id: &str) -> Result<Option<SignatureRow>> {
    Ok(c.prepare_cached(
        "SELECT claim_id, strokes, png, signed_at, recorded_by, erased_at
         FROM claim_signatures WHERE claim_id = ?1",
    )?
    .query_row([claim_id], signature_row)
    .optional()?)
}

pub(super) fn audit_about(c: &Connection, subjects: &[String]) -> Result<Vec<AuditEntry>> {
    let mut out = Vec::new();
    for chunk in subjects.chunks(500) {
        let marks = vec!["?"; chunk.len()].join(",");
        let mut st = c.prepare_cached(&format!(
            "SELECT a.id, a.at, COALESCE(s.name, 'system'), a.action, a.subject, a.details
             FROM audit_log a LEFT JOIN staff s ON s.id = a.staff_id
             WHERE a.subject IN ({marks}) ORDER BY a.id"
        ))?;
        let rows = st.query_map(rusqlite::params_from_iter(chunk.iter()), |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, String>(5)?,
            ))
        })?;
        for row in rows {
            let (id, at, who, action, subject, details) = row?;
            out.push(AuditEntry {
                id,
                at: parse_ts(&at)?,
                who,
                action,
                subject,
                details: serde_json::from_str(&details)
                    .map_err(|e| StoreError::Corrupt(format!("audit {id}: {e}")))?,
            });
        }
    }
    out.sort_by_key(|a| a.id);
    Ok(out)
}

// ------------------------------------------------------------------ writes

pub(super) fn insert_customers(c: &Connection, customers: &[NewCustomer]) -> Result<Vec<i64>> {
    let mut st = c.prepare_cached(
        "INSERT INTO customers (name, phone, email, address, lang, notes, search_key,
            created_at, created_by, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?8)",
    )?;
    let mut ids = Vec::with_capacity(customers.len());
    for n in customers {
        let f = &n.fields;
        st.execute(params![
            f.name,
            f.phone,
            f.email,
            f.address,
            f.lang,
            f.notes,
            n.search_key,
            Ts(n.at),
            n.by
        ])?;
        ids.push(c.last_insert_rowid());
    }
    Ok(ids)
}

pub(super) fn update_customer(
    c: &Connection,
    id: i64,
    f: &CustomerFields,
    search_key: &str,
    at: NaiveDateTime,
) -> Result<bool> {
    Ok(c.prepare_cached(
        "UPDATE customers SET name = ?2, phone = ?3, email = ?4, address = ?5, lang = ?6,
            notes = ?7, search_key = ?8, updated_at = ?9
         WHERE id = ?1 AND erased_at IS NULL",
    )?
    .execute(params![
        id,
        f.name,
        f.phone,
        f.email,
        f.address,
        f.lang,
        f.notes,
        search_key,
        Ts(at)
    ])? == 1)
}

pub(super) fn insert_customer_change(
    c: &Connection,
    customer_id: i64,
    at: NaiveDateTime,
    staff_id: Option<i64>,
    changes: &str,
) -> Result<i64> {
    c.prepare_cached(
        "INSERT INTO customer_changes (customer_id, at, staff_id, changes) VALUES (?1, ?2, ?3, ?4)",
    )?
    .execute(params![customer_id, Ts(at), staff_id, changes])?;
    Ok(c.last_insert_rowid())
}

pub(super) fn link_product_customer(
    c: &Connection,
    product_id: i64,
    customer_id: i64,
    at: NaiveDateTime,
    by: Option<i64>,
) -> Result<bool> {
    Ok(c.prepare_cached(
        "INSERT INTO product_customers (product_id, customer_id, linked_at, linked_by)
         VALUES (?1, ?2, ?3, ?4) ON CONFLICT (product_id) DO NOTHING",
    )?
    .execute(params![product_id, customer_id, Ts(at), by])?
        == 1)
}

/// The new unit of a replacement belongs to the old unit's customer.
pub(super) fn carry_customer(c: &Connection, old_product: i64, new_product: i64) -> Result<()> {
    c.prepare_cached(
        "INSERT INTO product_customers (product_id, customer_id, linked_at, linked_by)
         SELECT ?2, customer_id, linked_at, linked_by FROM product_customers WHERE product_id = ?1",
    )?
    .execute(params![old_product, new_product])?;
    Ok(())
}

pub(super) fn insert_claim_intake(c: &Connection, i: &ClaimIntakeRow) -> Result<()> {
    c.prepare_cached(&format!(
        "INSERT INTO claim_intake ({INTAKE_COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"
    ))?
    .execute(params![
        i.claim_id,
        i.customer_id,
        i.privacy_recorded_by,
        i.privacy_recorded_at.map(Ts),
        i.checklist,
        i.incomplete_confirmed,
        i.description,
        Ts(i.recorded_at),
        i.recorded_by
    ])?;
    Ok(())
}

pub(super) fn insert_photo(c: &Connection, p: &NewPhoto) -> Result<Option<i64>> {
    let n = c
        .prepare_cached(
            "INSERT INTO claim_photos (claim_id, name, mime, size, sha256, width, height,
                thumbnail, added_at, added_by, bytes)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
             ON CONFLICT (claim_id, sha256) DO NOTHING",
        )?
        .execute(params![
            p.claim_id,
            p.name,
            p.mime,
            p.bytes.len() as i64,
            p.sha256,
            p.width,
            p.height,
            p.thumbnail_png,
            Ts(p.at),
            p.by,
            p.bytes
        ])?;
    Ok((n == 1).then(|| c.last_insert_rowid()))
}

pub(super) fn set_signature(c: &Connection, s: &SignatureRow) -> Result<()> {
    c.prepare_cached(
        "INSERT INTO claim_signatures (claim_id, strokes, png, signed_at, recorded_by, erased_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (claim_id) DO UPDATE SET strokes = excluded.strokes, png = excluded.png,
            signed_at = excluded.signed_at, recorded_by = excluded.recorded_by,
            erased_at = excluded.erased_at",
    )?
    .execute(params![
        s.claim_id,
        s.strokes,
        s.png,
        Ts(s.signed_at),
        s.recorded_by,
        s.erased_at.map(Ts)
    ])?;
    Ok(())
}

pub(super) fn erase_customer(
    c: &Connection,
    id: i64,
    at: NaiveDateTime,
    by: Option<i64>,
) -> Result<bool> {
    // The search trigger takes the old key out of the (secure-delete) index.
    Ok(c.prepare_cached(
        "UPDATE customers SET name = NULL, phone = NULL, email = NULL, address = NULL,
            lang = NULL, notes = NULL, search_key = NULL, updated_at = ?2, erased_at = ?2,
            erased_by = ?3
         WHERE id = ?1 AND erased_at IS NULL",
    )?
    .execute(params![id, Ts(at), by])?
        == 1)
}

pub(super) fn redact_customer_changes(
    c: &Connection,
    customer_id: i64,
    at: NaiveDateTime,
) -> Result<u64> {
    Ok(c.prepare_cached(
        "UPDATE customer_changes SET changes = NULL, redacted_at = ?2
         WHERE customer_id = ?1 AND redacted_at IS NULL",
    )?
    .execute(params![customer_id, Ts(at)])? as u64)
}

pub(super) fn erase_signatures_of(
    c: &Connection,
    customer_id: i64,
    at: NaiveDateTime,
) -> Result<u64> {
    Ok(c.prepare_cached(
        "UPDATE claim_signatures SET strokes = NULL, png = NULL, erased_at = ?2
         WHERE erased_at IS NULL
           AND claim_id IN (SELECT claim_id FROM claim_intake WHERE customer_id = ?1)",
    )?
    .execute(params![customer_id, Ts(at)])? as u64)
}

/// After an erasure: every page of the database file is current (the WAL
/// checkpointed into it) and the WAL truncated to nothing, so neither the
/// file's free space (zeroed by `secure_delete`) nor old WAL frames hold the
/// erased values. A reader holding an old snapshot can stop the truncation;
/// the report then says so.
pub(super) fn scrub_erased(c: &Connection) -> Result<ScrubReport> {
    let (busy, log, done): (i64, i64, i64) =
        c.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })?;
    let complete = busy == 0 && log <= 0 && done <= 0;
    let steps = vec![
        "deleted content zeroed in the database file (secure_delete)".to_owned(),
        if complete {
            "write-ahead log checkpointed and truncated".to_owned()
        } else if busy != 0 {
            "write-ahead log not emptied: another connection is reading; it is emptied at the next checkpoint with no reader".to_owned()
        } else {
            format!(
                "write-ahead log not emptied ({done} of {log} frames copied); it is emptied at the next checkpoint"
            )
        },
    ];
    Ok(ScrubReport { complete, steps })
}

// ----------------------------------------------------------------- migrate

pub(super) fn import(c: &Connection, r: &Record) -> Result<bool> {
    match r {
        Record::Customer(x) => {
            c.prepare_cached(
                "INSERT INTO customers (id, name, phone, email, address, lang, notes, search_key,
                    created_at, created_by, updated_at, erased_at, erased_by)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
            )?
            .execute(params![
                x.id,
                x.name,
                x.phone,
                x.email,
                x.address,
                x.lang,
                x.notes,
                x.search_key,
                Ts(x.created_at),
                x.created_by,
                Ts(x.updated_at),
                x.erased_at.map(Ts),
                x.erased_by
            ])?;
        }
        Record::CustomerChange(x) => {
            c.prepare_cached(
                "INSERT INTO customer_changes (id, customer_id, at, staff_id, changes, redacted_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )?
            .execute(params![
                x.id,
                x.customer_id,
                Ts(x.at),
                x.staff_id,
                x.changes,
                x.redacted_at.map(Ts)
            ])?;
        }
        Record::ProductCustomer(x) => {
            link_product_customer(c, x.product_id, x.customer_id, x.linked_at, x.linked_by)?;
        }
        Record::ClaimIntake(x) => insert_claim_intake(c, x)?,
        Record::Photo(x) => {
            let m = &x.meta;
            c.prepare_cached(
                "INSERT INTO claim_photos (id, claim_id, name, mime, size, sha256, width, height,
                    thumbnail, added_at, added_by, bytes)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
            )?
            .execute(params![
                m.id,
                m.claim_id,
                m.name,
                m.mime,
                m.size as i64,
                m.sha256,
                m.width,
                m.height,
                m.thumbnail_png,
                Ts(m.added_at),
                m.added_by,
                x.bytes
            ])?;
        }
        Record::Signature(x) => set_signature(c, x)?,
        _ => return Ok(false),
    }
    Ok(true)
}

/// The visit's records, after every other table (their parents come first).
pub(super) fn export(c: &Connection, sink: &mut dyn FnMut(Record) -> Result<()>) -> Result<()> {
    fn each<T>(
        c: &Connection,
        sql: &str,
        map: impl Fn(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
        wrap: impl Fn(T) -> Record,
        sink: &mut dyn FnMut(Record) -> Result<()>,
    ) -> Result<()> {
        let mut st = c.prepare(sql)?;
        let mut rows = st.query([])?;
        while let Some(r) = rows.next()? {
            sink(wrap(map(r)?))?;
        }
        Ok(())
    }
    each(
        c,
        &format!("SELECT {CUSTOMER_COLUMNS} FROM customers c ORDER BY c.id"),
        customer_row,
        |x| Record::Customer(Box::new(x)),
        sink,
    )?;
    each(
        c,
        "SELECT id, customer_id, at, staff_id, changes, redacted_at FROM customer_changes ORDER BY id",
        change_row,
        Record::CustomerChange,
        sink,
    )?;
    each(
        c,
        "SELECT product_id, customer_id, linked_at, linked_by FROM product_customers ORDER BY product_id",
        |r| {
            Ok(ProductCustomerRow {
                product_id: r.get(0)?,
                customer_id: r.get(1)?,
                linked_at: r.get::<_, Ts>(2)?.0,
                linked_by: r.get(3)?,
            })
        },
        Record::ProductCustomer,
        sink,
    )?;
    each(
        c,
        &format!("SELECT {INTAKE_COLUMNS} FROM claim_intake ORDER BY claim_id"),
        intake_row,
        |x| Record::ClaimIntake(Box::new(x)),
        sink,
    )?;
    each(
        c,
        &format!("SELECT {PHOTO_COLUMNS}, bytes FROM claim_photos ORDER BY id"),
        |r| {
            Ok(PhotoRow {
                meta: photo_meta(r)?,
                bytes: r.get(11)?,
            })
        },
        |x| Record::Photo(Box::new(x)),
        sink,
    )?;
    each(
        c,
        "SELECT claim_id, strokes, png, signed_at, recorded_by, erased_at
         FROM claim_signatures ORDER BY claim_id",
        signature_row,
        |x| Record::Signature(Box::new(x)),
        sink,
    )?;
    Ok(())
}

/// Rows of the visit's tables, for `counts`.
pub(super) fn counts(c: &Connection, into: &mut RecordCounts) -> Result<()> {
    let n = |sql: &str| -> Result<u64> {
        let v: i64 = c.query_row(sql, [], |r| r.get(0))?;
        Ok(u64::try_from(v).unwrap_or(0))
    };
    into.customers = n("SELECT COUNT(*) FROM customers")?;
    into.customer_changes = n("SELECT COUNT(*) FROM customer_changes")?;
    into.product_customers = n("SELECT COUNT(*) FROM product_customers")?;
    into.claim_intakes = n("SELECT COUNT(*) FROM claim_intake")?;
    into.photos = n("SELECT COUNT(*) FROM claim_photos")?;
    into.signatures = n("SELECT COUNT(*) FROM claim_signatures")?;
    Ok(())
}
