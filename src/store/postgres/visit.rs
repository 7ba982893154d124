//! The service visit on PostgreSQL: customers, the intake, photos and
//! signatures (`store::visit`; the search is `search.rs`). `Reads`/`Txn`
//! delegate here.

use super::PgConn;
use super::reads::{Pg, execute, query, query_opt};
use crate::store::*;
use ::postgres::Row;
use chrono::NaiveDateTime;
use std::collections::HashMap;

pub(super) const CUSTOMER_COLUMNS: &str =
    "c.id, c.name, c.phone, c.email, c.address, c.lang, c.notes,
    c.search_key, c.created_at, c.created_by, c.updated_at, c.erased_at, c.erased_by";

pub(super) fn customer_row(r: &Row) -> Result<CustomerRow> {
    Ok(CustomerRow {
        id: r.try_get(0)?,
        name: r.try_get(1)?,
        phone: r.try_get(2)?,
        email: r.try_get(3)?,
        address: r.try_get(4)?,
        lang: r.try_get(5)?,
        notes: r.try_get(6)?,
        search_key: r.try_get(7)?,
        created_at: r.try_get(8)?,
        created_by: r.try_get(9)?,
        updated_at: r.try_get(10)?,
        erased_at: r.try_get(11)?,
        erased_by: r.try_get(12)?,
    })
}

fn rows<T>(rows: Vec<Row>, f: impl Fn(&Row) -> Result<T>) -> Result<Vec<T>> {
    rows.iter().map(f).collect()
}

pub(super) fn customer<T: PgConn + ?Sized>(
    t: &mut T,
    id: i64,
    lock: bool,
) -> Result<Option<CustomerRow>> {
    let sql = if lock {
        format!("SELECT {CUSTOMER_COLUMNS} FROM customers c WHERE c.id = $1 FOR UPDATE")
    } else {
        format!("SELECT {CUSTOMER_COLUMNS} FROM customers c WHERE c.id = $1")
    };
    query_opt(t, &sql, &[&id])?
        .map(|r| customer_row(&r))
        .transpose()
}

fn change_row(r: &Row) -> Result<CustomerChangeRow> {
    Ok(CustomerChangeRow {
        id: r.try_get(0)?,
        customer_id: r.try_get(1)?,
        at: r.try_get(2)?,
        staff_id: r.try_get(3)?,
        changes: r.try_get(4)?,
        redacted_at: r.try_get(5)?,
    })
}

pub(super) fn customer_changes<T: PgConn + ?Sized>(
    t: &mut T,
    customer_id: i64,
) -> Result<Vec<CustomerChangeRow>> {
    let r = query(
        t,
        "SELECT id, customer_id, at, staff_id, changes, redacted_at FROM customer_changes
         WHERE customer_id = $1 ORDER BY id",
        &[&customer_id],
    )?;
    rows(r, change_row)
}

pub(super) fn product_customer<T: PgConn + ?Sized>(
    t: &mut T,
    product_id: i64,
) -> Result<Option<i64>> {
    query_opt(
        t,
        "SELECT customer_id FROM product_customers WHERE product_id = $1",
        &[&product_id],
    )?
    .map(|r| Ok(r.try_get(0)?))
    .transpose()
}

pub(super) fn customer_product_ids<T: PgConn + ?Sized>(
    t: &mut T,
    customer_id: i64,
) -> Result<Vec<i64>> {
    let r = query(
        t,
        "SELECT product_id FROM product_customers WHERE customer_id = $1 ORDER BY product_id",
        &[&customer_id],
    )?;
    rows(r, |r| Ok(r.try_get(0)?))
}

pub(super) fn customer_claim_ids<T: PgConn + ?Sized>(
    t: &mut T,
    customer_id: i64,
) -> Result<Vec<String>> {
    let r = query(
        t,
        "SELECT claim_id FROM claim_intake WHERE customer_id = $1 ORDER BY claim_id",
        &[&customer_id],
    )?;
    rows(r, |r| Ok(r.try_get(0)?))
}

const INTAKE_COLUMNS: &str = "claim_id, customer_id, privacy_recorded_by, privacy_recorded_at,
    checklist, incomplete_confirmed, description, recorded_at, recorded_by";

fn intake_row(r: &Row) -> Result<ClaimIntakeRow> {
    Ok(ClaimIntakeRow {
        claim_id: r.try_get(0)?,
        customer_id: r.try_get(1)?,
        privacy_recorded_by: r.try_get(2)?,
        privacy_recorded_at: r.try_get(3)?,
        checklist: r.try_get(4)?,
        incomplete_confirmed: r.try_get(5)?,
        description: r.try_get(6)?,
        recorded_at: r.try_get(7)?,
        recorded_by: r.try_get(8)?,
    })
}

pub(super) fn claim_intake<T: PgConn + ?Sized>(
    t: &mut T,
    claim_id: &str,
) -> Result<Option<ClaimIntakeRow>> {
    query_opt(
        t,
        &format!("SELECT {INTAKE_COLUMNS} FROM claim_intake WHERE claim_id = $1"),
        &[&claim_id],
    )?
    .map(|r| intake_row(&r))
    .transpose()
}

pub(super) fn claim_customers<T: PgConn + ?Sized>(
    t: &mut T,
    ids: &[&str],
) -> Result<HashMap<String, CustomerRef>> {
    let mut out = HashMap::new();
    if ids.is_empty() {
        return Ok(out);
    }
    let ids: Vec<&str> = ids.to_vec();
    let r = query(
        t,
        "SELECT ci.claim_id, cu.id, cu.name, cu.erased_at IS NOT NULL
         FROM claim_intake ci JOIN customers cu ON cu.id = ci.customer_id
         WHERE ci.claim_id = ANY($1)",
        &[&ids],
    )?;
    for row in &r {
        out.insert(
            row.try_get(0)?,
            CustomerRef {
                id: row.try_get(1)?,
                name: row.try_get(2)?,
                erased: row.try_get(3)?,
            },
        );
    }
    Ok(out)
}

const PHOTO_COLUMNS: &str =
    "id, claim_id, name, mime, size, sha256, width, height, thumbnail, added_at, added_by";

fn photo_meta(r: &Row) -> Result<PhotoMeta> {
    let size: i64 = r.try_get(4)?;
    let width: i32 = r.try_get(6)?;
    let height: i32 = r.try_get(7)?;
    let bad = |what: &str| StoreError::Corrupt(format!("photo {what} out of range"));
    Ok(PhotoMeta {
        id: r.try_get(0)?,
        claim_id: r.try_get(1)?,
        name: r.try_get(2)?,
        mime: r.try_get(3)?,
        size: u64::try_from(size).map_err(|_| bad("size"))?,
        sha256: r.try_get(5)?,
        width: u32::try_from(width).map_err(|_| bad("width"))?,
        height: u32::try_from(height).map_err(|_| bad("height"))?,
        thumbnail_png: r.try_get(8)?,
        added_at: r.try_get(9)?,
        added_by: r.try_get(10)?,
    })
}

pub(super) fn photos<T: PgConn + ?Sized>(t: &mut T, claim_id: &str) -> Result<Vec<PhotoMeta>> {
    let r = query(
        t,
        &format!("SELECT {PHOTO_COLUMNS} FROM claim_photos WHERE claim_id = $1 ORDER BY id"),
        &[&claim_id],
    )?;
    rows(r, photo_meta)
}

pub(super) fn photo<T: PgConn + ?Sized>(t: &mut T, id: i64) -> Result<Option<PhotoRow>> {
    query_opt(
        t,
        &format!("SELECT {PHOTO_COLUMNS}, bytes FROM claim_photos WHERE id = $1"),
        &[&id],
    )?
    .map(|r| {
        Ok(PhotoRow {
            meta: photo_meta(&r)?,
            bytes: r.try_get(11)?,
        })
    })
    .transpose()
}

fn signature_row(r: &Row) -> Result<SignatureRow> {
    Ok(SignatureRow {
        claim_id: r.try_get(0)?,
        strokes: r.try_get(1)?,
        png: r.try_get(2)?,
        signed_at: r.try_get(3)?,
        recorded_by: r.try_get(4)?,
        erased_at: r.try_get(5)?,
    })
}

pub(super) fn signature<T: PgConn + ?Sized>(
    t: &mut T,
    claim_id: &str,
) -> Result<Option<SignatureRow>> {
    query_opt(
        t,
        "SELECT claim_id, strokes, png, signed_at, recorded_by, erased_at
         FROM claim_signatures WHERE claim_id = $1",
        &[&claim_id],
    )?
    .map(|r| signature_row(&r))
    .transpose()
}

pub(super) fn audit_about<T: PgConn + ?Sized>(
    t: &mut T,
    subjects: &[String],
) -> Result<Vec<AuditEntry>> {
    if subjects.is_empty() {
        return Ok(Vec::new());
    }
    let r = query(
        t,
        "SELECT a.id, a.at, COALESCE(s.name, 'system'), a.action, a.subject, a.details
         FROM audit_log a LEFT JOIN staff s ON s.id = a.staff_id
         WHERE a.subject = ANY($1) ORDER BY a.id",
        &[&subjects],
    )?;
    rows(r, |r| {
        let id: i64 = r.try_get(0)?;
        let details: &str = r.try_get(5)?;
        Ok(AuditEntry {
            id,
            at: r.try_get(1)?,
            who: r.try_get(2)?,
            action: r.try_get(3)?,
            subject: r.try_get(4)?,
            details: serde_json::from_str(details)
                .map_err(|e| StoreError::Corrupt(format!("audit {id}: {e}")))?,
        })
    })
}

// ------------------------------------------------------------------ writes

pub(super) fn insert_customers<T: PgConn + ?Sized>(
    t: &mut T,
    customers: &[NewCustomer],
) -> Result<Vec<i64>> {
    if customers.is_empty() {
        return Ok(Vec::new());
    }
    // One round trip for a batch (the benchmark adds 300,000).
    let col = |f: fn(&NewCustomer) -> Option<&str>| customers.iter().map(f).collect::<Vec<_>>();
    let r = query(
        t,
        "INSERT INTO customers (name, phone, email, address, lang, notes, search_key,
            created_at, created_by, updated_at)
         SELECT n, p, e, a, l, o, k, at, by, at
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[],
            $7::text[], $8::timestamp[], $9::bigint[]) WITH ORDINALITY AS x(n, p, e, a, l, o, k, at, by, i)
         ORDER BY i
         RETURNING id",
        &[
            &col(|c| Some(c.fields.name.as_str())),
            &col(|c| c.fields.phone.as_deref()),
            &col(|c| c.fields.email.as_deref()),
            &col(|c| c.fields.address.as_deref()),
            &col(|c| c.fields.lang.as_deref()),
            &col(|c| c.fields.notes.as_deref()),
            &col(|c| Some(c.search_key.as_str())),
            &customers.iter().map(|c| c.at).collect::<Vec<_>>(),
            &customers.iter().map(|c| c.by).collect::<Vec<_>>(),
        ],
    )?;
    let mut ids: Vec<i64> = rows(r, |r| Ok(r.try_get(0)?))?;
    // Identity values follow the insert order; RETURNING's order is not promised.
    ids.sort_unstable();
    Ok(ids)
}

pub(super) fn update_customer<T: PgConn + ?Sized>(
    t: &mut T,
    id: i64,
    f: &CustomerFields,
    search_key: &str,
    at: NaiveDateTime,
) -> Result<bool> {
    Ok(execute(
        t,
        "UPDATE customers SET name = $2, phone = $3, email = $4, address = $5, lang = $6,
            notes = $7, search_key = $8, updated_at = $9
         WHERE id = $1 AND erased_at IS NULL",
        &[
            &id,
            &f.name,
            &f.phone,
            &f.email,
            &f.address,
            &f.lang,
            &f.notes,
            &search_key,
            &at,
        ],
    )? == 1)
}

pub(super) fn insert_customer_change<T: PgConn + ?Sized>(
    t: &mut T,
    customer_id: i64,
    at: NaiveDateTime,
    staff_id: Option<i64>,
    changes: &str,
) -> Result<i64> {
    query(
        t,
        "INSERT INTO customer_changes (customer_id, at, staff_id, changes) VALUES ($1, $2, $3, $4)
         RETURNING id",
        &[&customer_id, &at, &staff_id, &changes],
    )?
    .first()
    .map(|r| r.try_get(0))
    .transpose()?
    .ok_or(StoreError::Unfinished("no id for the customer edit"))
}

pub(super) fn link_product_customer<T: PgConn + ?Sized>(
    t: &mut T,
    product_id: i64,
    customer_id: i64,
    at: NaiveDateTime,
    by: Option<i64>,
) -> Result<bool> {
    Ok(execute(
        t,
        "INSERT INTO product_customers (product_id, customer_id, linked_at, linked_by)
         VALUES ($1, $2, $3, $4) ON CONFLICT (product_id) DO NOTHING",
        &[&product_id, &customer_id, &at, &by],
    )? == 1)
}

/// The new unit of a replacement belongs to the old unit's customer.
pub(super) fn carry_customer<T: PgConn + ?Sized>(
    t: &mut T,
    old_product: i64,
    new_product: i64,
) -> Result<()> {
    execute(
        t,
        "INSERT INTO product_customers (product_id, customer_id, linked_at, linked_by)
         SELECT $2, customer_id, linked_at, linked_by FROM product_customers WHERE product_id = $1",
        &[&old_product, &new_product],
    )?;
    Ok(())
}

pub(super) fn insert_claim_intake<T: PgConn + ?Sized>(t: &mut T, i: &ClaimIntakeRow) -> Result<()> {
    execute(
        t,
        &format!(
            "INSERT INTO claim_intake ({INTAKE_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)"
        ),
        &[
            &i.claim_id,
            &i.customer_id,
            &i.privacy_recorded_by,
            &i.privacy_recorded_at,
            &i.checklist,
            &i.incomplete_confirmed,
            &i.description,
            &i.recorded_at,
            &i.recorded_by,
        ],
    )?;
    Ok(())
}

fn i32_of(n: u32) -> i32 {
    i32::try_from(n).unwrap_or(i32::MAX)
}

pub(super) fn insert_photo<T: PgConn + ?Sized>(t: &mut T, p: &NewPhoto) -> Result<Option<i64>> {
    query_opt(
        t,
        "INSERT INTO claim_photos (claim_id, name, mime, size, sha256, width, height,
            thumbnail, added_at, added_by, bytes)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
         ON CONFLICT (claim_id, sha256) DO NOTHING RETURNING id",
        &[
            &p.claim_id,
            &p.name,
            &p.mime,
            &(p.bytes.len() as i64),
            &p.sha256,
            &i32_of(p.width),
            &i32_of(p.height),
            &p.thumbnail_png,
            &p.at,
            &p.by,
            &p.bytes,
        ],
    )?
    .map(|r| Ok(r.try_get(0)?))
    .transpose()
}

pub(super) fn set_signature<T: PgConn + ?Sized>(t: &mut T, s: &SignatureRow) -> Result<()> {
    execute(
        t,
        "INSERT INTO claim_signatures (claim_id, strokes, png, signed_at, recorded_by, erased_at)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (claim_id) DO UPDATE SET strokes = excluded.strokes, png = excluded.png,
            signed_at = excluded.signed_at, recorded_by = excluded.recorded_by,
            erased_at = excluded.erased_at",
        &[
            &s.claim_id,
            &s.strokes,
            &s.png,
            &s.signed_at,
            &s.recorded_by,
            &s.erased_at,
        ],
    )?;
    Ok(())
}

pub(super) fn erase_customer<T: PgConn + ?Sized>(
    t: &mut T,
    id: i64,
    at: NaiveDateTime,
    by: Option<i64>,
) -> Result<bool> {
    Ok(execute(
        t,
        "UPDATE customers SET name = NULL, phone = NULL, email = NULL, address = NULL,
            lang = NULL, notes = NULL, search_key = NULL, updated_at = $2, erased_at = $2,
            erased_by = $3
         WHERE id = $1 AND erased_at IS NULL",
        &[&id, &at, &by],
    )? == 1)
}

pub(super) fn redact_customer_changes<T: PgConn + ?Sized>(
    t: &mut T,
    customer_id: i64,
    at: NaiveDateTime,
) -> Result<u64> {
    execute(
        t,
        "UPDATE customer_changes SET changes = NULL, redacted_at = $2
         WHERE customer_id = $1 AND redacted_at IS NULL",
        &[&customer_id, &at],
    )
}

pub(super) fn erase_signatures_of<T: PgConn + ?Sized>(
    t: &mut T,
    customer_id: i64,
    at: NaiveDateTime,
) -> Result<u64> {
    execute(
        t,
        "UPDATE claim_signatures SET strokes = NULL, png = NULL, erased_at = $2
         WHERE erased_at IS NULL
           AND claim_id IN (SELECT claim_id FROM claim_intake WHERE customer_id = $1)",
        &[&customer_id, &at],
    )
}

/// How long the scrub waits for transactions older than the erasure.
const OLDER_TRANSACTIONS_WAIT: std::time::Duration = std::time::Duration::from_secs(10);

/// `VACUUM FULL` copies a dead row still visible to a transaction that began
/// before the erasure committed (another seat's open transaction): wait,
/// bounded, until none of this database's client transactions is that old.
/// Returns how many are still open (0: the rewrite drops every erased row).
/// Sessions of other roles show no `xact_start` without `pg_read_all_stats`
/// and are not waited for.
fn wait_for_older_transactions(c: &mut ::postgres::Client) -> Result<i64> {
    let since: chrono::DateTime<chrono::Utc> =
        c.query_one("SELECT clock_timestamp()", &[])?.try_get(0)?;
    let deadline = std::time::Instant::now() + OLDER_TRANSACTIONS_WAIT;
    loop {
        let open: i64 = c
            .query_one(
                "SELECT count(*) FROM pg_stat_activity
                 WHERE datname = current_database() AND pid <> pg_backend_pid()
                   AND backend_type = 'client backend' AND backend_xmin IS NOT NULL
                   AND xact_start < $1",
                &[&since],
            )?
            .try_get(0)?;
        if open == 0 || std::time::Instant::now() >= deadline {
            return Ok(open);
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}

/// The tables that held a forgotten customer's values, rewritten.
const SCRUBBED_TABLES: &str = "customers, customer_changes, claim_signatures, appointments";

/// After an erasure: the rows that held the old values are dead tuples in
/// their pages (and their index entries). `VACUUM FULL` writes each table
/// and its indexes anew, so no page of the database holds them any more; it
/// locks those tables for the seconds it takes. What stays outside
/// CareDesk's reach: the write-ahead log until the server recycles it
/// (`CHECKPOINT` is tried; it needs the `pg_checkpoint` role), WAL
/// archives, base backups and replicas, and the file system's free blocks.
pub(super) fn scrub_erased(c: &mut ::postgres::Client) -> Result<ScrubReport> {
    let mut steps = Vec::new();
    let mut complete = true;
    let older = wait_for_older_transactions(c)?;
    if older > 0 {
        complete = false;
        steps.push(format!(
            "{older} transaction(s) open since before the erasure may still read the old rows, so the rewrite keeps them: forget the customer again later to rewrite once more"
        ));
    }
    match c.batch_execute(&format!("VACUUM FULL {SCRUBBED_TABLES}")) {
        Ok(()) => steps.push(format!(
            "tables rewritten without the erased rows ({SCRUBBED_TABLES})"
        )),
        Err(e) => {
            complete = false;
            steps.push(format!(
                "tables not rewritten ({}); ask the database administrator to run VACUUM FULL {SCRUBBED_TABLES}",
                StoreError::from(e)
            ));
        }
    }
    match c.batch_execute("CHECKPOINT") {
        Ok(()) => steps.push("checkpoint taken: old write-ahead log segments can be recycled".into()),
        Err(_) => steps.push(
            "no checkpoint (this user lacks the pg_checkpoint role): the server recycles the write-ahead log on its own schedule".into(),
        ),
    }
    steps.push(
        "not reached from here: WAL archives, base backups and replicas keep their copies until they expire".into(),
    );
    Ok(ScrubReport { complete, steps })
}

// ----------------------------------------------------------------- migrate

pub(super) fn import<T: PgConn + ?Sized>(t: &mut T, r: &Record) -> Result<()> {
    match r {
        Record::Customer(x) => {
            execute(
                t,
                "INSERT INTO customers (id, name, phone, email, address, lang, notes, search_key,
                    created_at, created_by, updated_at, erased_at, erased_by)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
                &[
                    &x.id,
                    &x.name,
                    &x.phone,
                    &x.email,
                    &x.address,
                    &x.lang,
                    &x.notes,
                    &x.search_key,
                    &x.created_at,
                    &x.created_by,
                    &x.updated_at,
                    &x.erased_at,
                    &x.erased_by,
                ],
            )?;
        }
        Record::CustomerChange(x) => {
            execute(
                t,
                "INSERT INTO customer_changes (id, customer_id, at, staff_id, changes, redacted_at)
                 VALUES ($1, $2, $3, $4, $5, $6)",
                &[
                    &x.id,
                    &x.customer_id,
                    &x.at,
                    &x.staff_id,
                    &x.changes,
                    &x.redacted_at,
                ],
            )?;
        }
        Record::ProductCustomer(x) => {
            link_product_customer(t, x.product_id, x.customer_id, x.linked_at, x.linked_by)?;
        }
        Record::ClaimIntake(x) => insert_claim_intake(t, x)?,
        Record::Photo(x) => {
            let m = &x.meta;
            execute(
                t,
                "INSERT INTO claim_photos (id, claim_id, name, mime, size, sha256, width, height,
                    thumbnail, added_at, added_by, bytes)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
                &[
                    &m.id,
                    &m.claim_id,
                    &m.name,
                    &m.mime,
                    &(m.size as i64),
                    &m.sha256,
                    &i32_of(m.width),
                    &i32_of(m.height),
                    &m.thumbnail_png,
                    &m.added_at,
                    &m.added_by,
                    &x.bytes,
                ],
            )?;
        }
        Record::Signature(x) => set_signature(t, x)?,
        _ => {}
    }
    Ok(())
}

/// The identity columns of the visit's tables (their sequences continue
/// after the copied ids).
pub(super) const IDENTITY_TABLES: &[&str] = &["customers", "customer_changes", "claim_photos"];

use super::txn::each;

/// The visit's records, after every other table (their parents come first).
pub(super) fn export<T: PgConn + ?Sized>(
    t: &mut T,
    sink: &mut dyn FnMut(Record) -> Result<()>,
) -> Result<()> {
    each(
        t,
        &format!("SELECT {CUSTOMER_COLUMNS} FROM customers c ORDER BY c.id"),
        sink,
        |r| Ok(Record::Customer(Box::new(customer_row(r)?))),
    )?;
    each(
        t,
        "SELECT id, customer_id, at, staff_id, changes, redacted_at FROM customer_changes ORDER BY id",
        sink,
        |r| Ok(Record::CustomerChange(change_row(r)?)),
    )?;
    each(
        t,
        "SELECT product_id, customer_id, linked_at, linked_by FROM product_customers ORDER BY product_id",
        sink,
        |r| {
            Ok(Record::ProductCustomer(ProductCustomerRow {
                product_id: r.try_get(0)?,
                customer_id: r.try_get(1)?,
                linked_at: r.try_get(2)?,
                linked_by: r.try_get(3)?,
            }))
        },
    )?;
    each(
        t,
        &format!("SELECT {INTAKE_COLUMNS} FROM claim_intake ORDER BY claim_id"),
        sink,
        |r| Ok(Record::ClaimIntake(Box::new(intake_row(r)?))),
    )?;
    each(
        t,
        &format!("SELECT {PHOTO_COLUMNS}, bytes FROM claim_photos ORDER BY id"),
        sink,
        |r| {
            Ok(Record::Photo(Box::new(PhotoRow {
                meta: photo_meta(r)?,
                bytes: r.try_get(11)?,
            })))
        },
    )?;
    each(
        t,
        "SELECT claim_id, strokes, png, signed_at, recorded_by, erased_at
         FROM claim_signatures ORDER BY claim_id",
        sink,
        |r| Ok(Record::Signature(Box::new(signature_row(r)?))),
    )?;
    Ok(())
}

/// Rows of the visit's tables, for `counts`.
pub(super) fn counts<C: PgConn>(t: &mut Pg<C>, into: &mut RecordCounts) -> Result<()> {
    let mut n = |sql: &str| -> Result<u64> {
        let r = query(t, sql, &[])?;
        let v: i64 = r.first().map_or(Ok(0), |r| r.try_get(0))?;
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
