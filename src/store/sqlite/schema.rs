//! Schema migrations: an ordered list, each applied in its own IMMEDIATE
//! transaction together with the new `PRAGMA user_version`. A database newer
//! than this list is refused (`StoreError::SchemaTooNew`).

use crate::store::StoreError;
use rusqlite::{Connection, TransactionBehavior};

/// One schema step: `sql` runs as a batch, then `upgrade` (data that needs
/// Rust, e.g. text from the rules), all inside the step's transaction.
struct Migration {
    sql: &'static str,
    upgrade: Option<Upgrade>,
}

type Upgrade = fn(&Connection) -> Result<(), StoreError>;

const MIGRATIONS: &[Migration] = &[
    Migration {
        sql: V1,
        upgrade: None,
    },
    Migration {
        sql: V2,
        upgrade: Some(backfill_reasons),
    },
    Migration {
        sql: FEES_BY_REGION,
        upgrade: None,
    },
    Migration {
        sql: PARCELS,
        upgrade: None,
    },
    Migration {
        sql: SHIP_BY,
        upgrade: None,
    },
    Migration {
        sql: CUSTOMERS,
        upgrade: None,
    },
    Migration {
        sql: CLAIM_INTAKE,
        upgrade: None,
    },
    Migration {
        sql: CLAIM_PHOTOS,
        upgrade: None,
    },
    Migration {
        sql: CLAIM_SIGNATURES,
        upgrade: None,
    },
    Migration {
        sql: SEARCH,
        upgrade: None,
    },
    Migration {
        sql: CLAIM_ADVICE,
        upgrade: None,
    },
    Migration {
        sql: SETTINGS,
        upgrade: None,
    },
    Migration {
        sql: SIGN_IN,
        upgrade: None,
    },
    Migration {
        sql: HASH_CHAIN,
        upgrade: Some(chain_existing_rows),
    },
    Migration {
        sql: CLAIMS_KEPT,
        upgrade: None,
    },
    Migration {
        sql: APPOINTMENTS,
        upgrade: None,
    },
    Migration {
        sql: QUOTES,
        upgrade: None,
    },
];

/// `PRAGMA application_id` of a CareDesk database ("CDSK"): a SQLite file
/// without it (and without CareDesk's tables) is someone else's.
pub const APPLICATION_ID: i32 = 0x4344_534B;

/// The schema version this program writes.
pub const SCHEMA_VERSION: u32 = MIGRATIONS.len() as u32;

/// Dates are TEXT `YYYY-MM-DD`, timestamps TEXT `YYYY-MM-DDTHH:MM:SS` (UTC).
/// CR+ belongs to a CR plan (`plus_plans.base_plan_id`), and units replacing
/// each other share the same CR plan row, so "the new serial is bound to the
/// same plans with the same validity" holds by construction.
const V1: &str = r#"
CREATE TABLE staff (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    role        TEXT NOT NULL CHECK (role IN ('technician','ssc','supervisor')),
    pin_hash    TEXT,
    created_at  TEXT NOT NULL
);
CREATE TABLE base_plans (
    id                  INTEGER PRIMARY KEY,
    term                TEXT NOT NULL CHECK (term IN ('1y','2y')),
    region              TEXT NOT NULL,
    starts              TEXT NOT NULL,
    ends                TEXT NOT NULL,
    replacements_total  INTEGER NOT NULL CHECK (replacements_total >= 0),
    replacements_used   INTEGER NOT NULL CHECK (replacements_used >= 0),
    withdrawn_on        TEXT,
    CHECK (ends > starts)
);
CREATE INDEX base_plans_ends ON base_plans(ends);
CREATE TABLE plus_plans (
    id                     INTEGER PRIMARY KEY,
    base_plan_id           INTEGER NOT NULL UNIQUE REFERENCES base_plans(id),
    region                 TEXT NOT NULL,
    bought                 TEXT NOT NULL,
    starts                 TEXT NOT NULL,
    ends                   TEXT NOT NULL,
    replacements_used      INTEGER NOT NULL DEFAULT 0 CHECK (replacements_used >= 0),
    warranty_repairs_used  INTEGER NOT NULL DEFAULT 0 CHECK (warranty_repairs_used >= 0),
    withdrawn_on           TEXT,
    returned_on            TEXT,
    card_code              TEXT,
    sold_by                INTEGER REFERENCES staff(id)
);
CREATE INDEX plus_plans_ends ON plus_plans(ends);
CREATE TABLE products (
    id            INTEGER PRIMARY KEY,
    serial        TEXT NOT NULL UNIQUE,
    model         TEXT NOT NULL,
    channel       TEXT NOT NULL CHECK (channel IN ('official','authorized','unofficial')),
    region        TEXT NOT NULL,
    status        TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active','reclaimed')),
    replaced_by   TEXT,
    replaces      TEXT,
    base_plan_id  INTEGER REFERENCES base_plans(id)
);
CREATE INDEX products_base_plan ON products(base_plan_id);
CREATE INDEX products_model ON products(model);
CREATE TABLE activation_cards (
    code          TEXT PRIMARY KEY,
    region        TEXT NOT NULL,
    bound_serial  TEXT,
    bound_on      TEXT,
    bound_by      INTEGER REFERENCES staff(id),
    added_at      TEXT NOT NULL
);
CREATE TABLE claim_counters (
    year  INTEGER PRIMARY KEY,
    last  INTEGER NOT NULL
);
CREATE TABLE claims (
    id                  TEXT PRIMARY KEY,
    product_id          INTEGER NOT NULL REFERENCES products(id),
    serial              TEXT NOT NULL,
    kind                TEXT NOT NULL CHECK (kind IN ('replacement','extended_warranty')),
    channel             TEXT NOT NULL,
    status              TEXT NOT NULL,
    approved            INTEGER NOT NULL,
    plan                TEXT,
    rules               TEXT NOT NULL,
    interpretations     TEXT NOT NULL,
    customer_pays       TEXT NOT NULL,
    replacements_left_after INTEGER,
    input               TEXT NOT NULL,
    submitted_on        TEXT NOT NULL,
    decided_on          TEXT NOT NULL,
    fee_cents           INTEGER,
    fee_currency        TEXT,
    replacement_number  INTEGER,
    replacement_serial  TEXT,
    created_by          INTEGER NOT NULL REFERENCES staff(id),
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL
);
CREATE INDEX claims_product ON claims(product_id);
CREATE INDEX claims_status ON claims(status);
CREATE INDEX claims_decided_on ON claims(decided_on);
CREATE TABLE claim_events (
    id           INTEGER PRIMARY KEY,
    claim_id     TEXT NOT NULL REFERENCES claims(id),
    at           TEXT NOT NULL,
    staff_id     INTEGER NOT NULL REFERENCES staff(id),
    from_status  TEXT,
    to_status    TEXT NOT NULL,
    note         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX claim_events_claim ON claim_events(claim_id);
CREATE TRIGGER claim_events_no_update BEFORE UPDATE ON claim_events
BEGIN SELECT RAISE(ABORT, 'claim events are append-only'); END;
CREATE TRIGGER claim_events_no_delete BEFORE DELETE ON claim_events
BEGIN SELECT RAISE(ABORT, 'claim events are append-only'); END;
CREATE TABLE fee_schedule (
    model               TEXT NOT NULL,
    replacement_number  INTEGER NOT NULL CHECK (replacement_number >= 1),
    amount_cents        INTEGER NOT NULL CHECK (amount_cents >= 0),
    currency            TEXT NOT NULL,
    PRIMARY KEY (model, replacement_number)
);
CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    staff_id  INTEGER REFERENCES staff(id),
    action    TEXT NOT NULL,
    subject   TEXT NOT NULL,
    details   TEXT NOT NULL
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
"#;

/// v2: the plain-language reasons are kept with each claim as they were
/// worded when it was decided.
const V2: &str = "ALTER TABLE claims ADD COLUMN reasons TEXT NOT NULL DEFAULT '[]';";

/// Fees per model × service region × replacement number (SPEC §6 "Fees").
/// The rows kept so far had no region; they are the region of their
/// currency (they were all USD: the US rows). The other regions' starting
/// fees come from the catalog, which the service layer seeds on its next
/// open (`upgrade_tasks`: the catalog is not the store's to read).
const FEES_BY_REGION: &str = r#"
CREATE TABLE fee_schedule_by_region (
    model               TEXT NOT NULL,
    region              TEXT NOT NULL,
    replacement_number  INTEGER NOT NULL CHECK (replacement_number >= 1),
    amount_cents        INTEGER NOT NULL CHECK (amount_cents >= 0),
    currency            TEXT NOT NULL,
    PRIMARY KEY (model, region, replacement_number)
);
INSERT INTO fee_schedule_by_region (model, region, replacement_number, amount_cents, currency)
SELECT model,
       CASE currency WHEN 'CNY' THEN 'CN' WHEN 'HKD' THEN 'HK' WHEN 'TWD' THEN 'TW'
            WHEN 'KRW' THEN 'KR' WHEN 'CAD' THEN 'CA' WHEN 'EUR' THEN 'EU' WHEN 'GBP' THEN 'GB'
            WHEN 'CHF' THEN 'CH' WHEN 'NOK' THEN 'NO' WHEN 'AUD' THEN 'AU' ELSE 'US' END,
       replacement_number, amount_cents, currency
FROM fee_schedule;
DROP TABLE fee_schedule;
ALTER TABLE fee_schedule_by_region RENAME TO fee_schedule;
CREATE TABLE upgrade_tasks (task TEXT PRIMARY KEY);
INSERT INTO upgrade_tasks (task) VALUES ('seed_regional_fees');
"#;

/// Parcels of a claim (SPEC §6 "Parcels"): the damaged unit coming in, the
/// replacement or repaired unit going out.
const PARCELS: &str = r#"
CREATE TABLE parcels (
    id           INTEGER PRIMARY KEY,
    claim_id     TEXT NOT NULL REFERENCES claims(id),
    direction    TEXT NOT NULL CHECK (direction IN ('inbound','outbound')),
    carrier      TEXT NOT NULL,
    tracking     TEXT NOT NULL,
    shipped_on   TEXT,
    received_on  TEXT,
    staff_id     INTEGER NOT NULL REFERENCES staff(id),
    recorded_at  TEXT NOT NULL,
    CHECK (received_on IS NULL OR shipped_on IS NULL OR received_on >= shipped_on)
);
CREATE INDEX parcels_claim ON parcels(claim_id);
CREATE INDEX parcels_tracking ON parcels(tracking);
"#;

/// The ship-by day of each claim and the day its parcel was shipped, beside
/// the claim for the work queues (SPEC §6 "Deadlines and lapses"). The days
/// are those of `rules::decide::ship_limit` (online and extended warranty 7,
/// express 3, SSC none); `tests/store_migrations.rs` checks the backfill
/// against it.
const SHIP_BY: &str = r#"
ALTER TABLE claims ADD COLUMN ship_by TEXT;
ALTER TABLE claims ADD COLUMN shipped_on TEXT;
UPDATE claims SET
    shipped_on = json_extract(input, '$.shipped'),
    ship_by = CASE
        WHEN kind = 'extended_warranty' THEN date(submitted_on, '+7 days')
        WHEN channel = 'online' THEN date(submitted_on, '+7 days')
        WHEN channel = 'express' THEN date(submitted_on, '+3 days')
    END;
"#;
/// The SPEC §5 advice shown when a claim was decided, one JSON document per
/// claim (`AdviceRecord`). A table of its own: claims decided before it have
/// no row, and nothing of the claims table's shape changes.
const CLAIM_ADVICE: &str = "CREATE TABLE claim_advice (
    claim_id  TEXT PRIMARY KEY REFERENCES claims(id),
    advice    TEXT NOT NULL
);";

/// Customers and their personal data (SPEC §6). Personal fields are NULL
/// once the customer is forgotten (the CHECKs hold that); the old → new
/// values of edits live in `customer_changes`, beside the audit log (which
/// names the customer by id only), so that erasure can redact them.
const CUSTOMERS: &str = r#"
CREATE TABLE customers (
    id          INTEGER PRIMARY KEY,
    name        TEXT,
    phone       TEXT,
    email       TEXT,
    address     TEXT,
    lang        TEXT,
    notes       TEXT,
    search_key  TEXT,
    created_at  TEXT NOT NULL,
    created_by  INTEGER REFERENCES staff(id),
    updated_at  TEXT NOT NULL,
    erased_at   TEXT,
    erased_by   INTEGER REFERENCES staff(id),
    CHECK ((erased_at IS NULL) = (name IS NOT NULL)),
    CHECK (erased_at IS NULL OR (phone IS NULL AND email IS NULL AND address IS NULL
        AND lang IS NULL AND notes IS NULL AND search_key IS NULL))
);
CREATE TABLE customer_changes (
    id           INTEGER PRIMARY KEY,
    customer_id  INTEGER NOT NULL REFERENCES customers(id),
    at           TEXT NOT NULL,
    staff_id     INTEGER REFERENCES staff(id),
    changes      TEXT,
    redacted_at  TEXT,
    CHECK (redacted_at IS NULL OR changes IS NULL)
);
CREATE INDEX customer_changes_customer ON customer_changes(customer_id);
CREATE TABLE product_customers (
    product_id   INTEGER PRIMARY KEY REFERENCES products(id),
    customer_id  INTEGER NOT NULL REFERENCES customers(id),
    linked_at    TEXT NOT NULL,
    linked_by    INTEGER REFERENCES staff(id)
);
CREATE INDEX product_customers_customer ON product_customers(customer_id);
"#;

/// What a claim keeps of its intake: its customer, who recorded the privacy
/// acceptance and when (REP-PRIVACY), the checklist, the damage description.
const CLAIM_INTAKE: &str = r#"
CREATE TABLE claim_intake (
    claim_id              TEXT PRIMARY KEY REFERENCES claims(id),
    customer_id           INTEGER REFERENCES customers(id),
    privacy_recorded_by   INTEGER REFERENCES staff(id),
    privacy_recorded_at   TEXT,
    checklist             TEXT NOT NULL DEFAULT '[]',
    incomplete_confirmed  INTEGER NOT NULL DEFAULT 0,
    description           TEXT NOT NULL DEFAULT '',
    recorded_at           TEXT NOT NULL,
    recorded_by           INTEGER NOT NULL REFERENCES staff(id)
);
CREATE INDEX claim_intake_customer ON claim_intake(customer_id);
"#;

/// Photos of the damage, in the database so a backup holds them. The
/// original bytes come last in the row: listing a claim's photos reads
/// their thumbnails without walking the originals' overflow pages.
const CLAIM_PHOTOS: &str = r#"
CREATE TABLE claim_photos (
    id         INTEGER PRIMARY KEY,
    claim_id   TEXT NOT NULL REFERENCES claims(id),
    name       TEXT NOT NULL,
    mime       TEXT NOT NULL CHECK (mime IN ('image/jpeg','image/png')),
    size       INTEGER NOT NULL CHECK (size > 0),
    sha256     TEXT NOT NULL,
    width      INTEGER NOT NULL,
    height     INTEGER NOT NULL,
    thumbnail  BLOB NOT NULL,
    added_at   TEXT NOT NULL,
    added_by   INTEGER NOT NULL REFERENCES staff(id),
    bytes      BLOB NOT NULL,
    UNIQUE (claim_id, sha256),
    CHECK (size = length(bytes))
);
"#;

/// The customer's signature on a claim: strokes (points in [0, 1]) and,
/// optionally, a rendered PNG; erased with the customer.
const CLAIM_SIGNATURES: &str = r#"
CREATE TABLE claim_signatures (
    claim_id     TEXT PRIMARY KEY REFERENCES claims(id),
    strokes      TEXT,
    png          BLOB,
    signed_at    TEXT NOT NULL,
    recorded_by  INTEGER NOT NULL REFERENCES staff(id),
    erased_at    TEXT,
    CHECK (erased_at IS NULL OR (strokes IS NULL AND png IS NULL))
);
"#;

/// The top search: any part (3+ characters) of a serial, a claim id or a
/// customer's name, phone or email, through FTS5 trigram indexes kept in
/// step by triggers. Products and customers are indexed from their own
/// rows (external content: the index holds no second copy of the text);
/// claims, whose rowid is not stable, keep their id and serial in theirs.
/// The customers' index is in secure-delete mode: deleting a customer's
/// entry removes its trigrams, so a forgotten customer leaves no trace in it.
const SEARCH: &str = r#"
CREATE VIRTUAL TABLE product_search USING fts5(
    serial, content='products', content_rowid='id', tokenize='trigram');
INSERT INTO product_search(product_search) VALUES ('rebuild');
CREATE TRIGGER product_search_insert AFTER INSERT ON products BEGIN
    INSERT INTO product_search(rowid, serial) VALUES (new.id, new.serial);
END;
CREATE TRIGGER product_search_delete AFTER DELETE ON products BEGIN
    INSERT INTO product_search(product_search, rowid, serial) VALUES ('delete', old.id, old.serial);
END;
CREATE TRIGGER product_search_update AFTER UPDATE OF serial ON products BEGIN
    INSERT INTO product_search(product_search, rowid, serial) VALUES ('delete', old.id, old.serial);
    INSERT INTO product_search(rowid, serial) VALUES (new.id, new.serial);
END;

CREATE VIRTUAL TABLE claim_search USING fts5(claim_id, serial, tokenize='trigram');
INSERT INTO claim_search(claim_id, serial) SELECT id, serial FROM claims;
CREATE TRIGGER claim_search_insert AFTER INSERT ON claims BEGIN
    INSERT INTO claim_search(claim_id, serial) VALUES (new.id, new.serial);
END;

CREATE VIRTUAL TABLE customer_search USING fts5(
    search_key, content='customers', content_rowid='id', tokenize='trigram');
INSERT INTO customer_search(customer_search, rank) VALUES ('secure-delete', 1);
INSERT INTO customer_search(customer_search) VALUES ('rebuild');
CREATE TRIGGER customer_search_insert AFTER INSERT ON customers BEGIN
    INSERT INTO customer_search(rowid, search_key) VALUES (new.id, new.search_key);
END;
CREATE TRIGGER customer_search_delete AFTER DELETE ON customers BEGIN
    INSERT INTO customer_search(customer_search, rowid, search_key)
        VALUES ('delete', old.id, old.search_key);
END;
CREATE TRIGGER customer_search_update AFTER UPDATE OF search_key ON customers BEGIN
    INSERT INTO customer_search(customer_search, rowid, search_key)
        VALUES ('delete', old.id, old.search_key);
    INSERT INTO customer_search(rowid, search_key) VALUES (new.id, new.search_key);
END;
"#;

/// A bulk load into a fresh database indexes the serials once at the end
/// (`rebuild`) instead of row by row.
pub(super) const BULK_SEARCH_DROP: &str = "DROP TRIGGER product_search_insert;";
pub(super) const BULK_SEARCH_CREATE: &str =
    "INSERT INTO product_search(product_search) VALUES ('rebuild');
CREATE TRIGGER product_search_insert AFTER INSERT ON products BEGIN
    INSERT INTO product_search(rowid, serial) VALUES (new.id, new.serial);
END;";

/// Appointments at a Swift Service Center counter (issue 14): the slot is
/// `HH:MM`, the serial may be unknown until check-in, the claim taken in at
/// check-in is linked, and so is the customer record (found when booked, or
/// found or made at check-in). Forgetting the customer blanks their name,
/// phone, email and case text here (`erased_at`), as in `customers`.
const APPOINTMENTS: &str = r#"
CREATE TABLE appointments (
    id              INTEGER PRIMARY KEY,
    day             TEXT NOT NULL,
    slot            TEXT NOT NULL,
    store           TEXT NOT NULL,
    customer_name   TEXT NOT NULL,
    customer_phone  TEXT NOT NULL,
    customer_email  TEXT NOT NULL DEFAULT '',
    serial          TEXT,
    case_reference  TEXT NOT NULL DEFAULT '',
    case_text       TEXT NOT NULL DEFAULT '',
    status          TEXT NOT NULL CHECK (status IN ('booked','checked_in','cancelled','no_show')),
    customer_id     INTEGER REFERENCES customers(id),
    claim_id        TEXT REFERENCES claims(id),
    checked_in_at   TEXT,
    created_by      INTEGER NOT NULL REFERENCES staff(id),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    erased_at       TEXT,
    CHECK (erased_at IS NULL OR (customer_name = '' AND customer_phone = ''
        AND customer_email = '' AND case_text = ''))
);
CREATE INDEX appointments_day ON appointments(day, slot);
CREATE INDEX appointments_serial ON appointments(serial);
CREATE INDEX appointments_customer ON appointments(customer_id);
"#;

/// A paid-repair quote on an assessed claim and the customer's choice
/// between it and the replacement (issue 14), one per claim.
const QUOTES: &str = r#"
CREATE TABLE claim_quotes (
    claim_id      TEXT PRIMARY KEY REFERENCES claims(id),
    amount_cents  INTEGER NOT NULL CHECK (amount_cents >= 0),
    currency      TEXT NOT NULL,
    covers        TEXT NOT NULL DEFAULT '',
    valid_until   TEXT,
    quoted_by     INTEGER NOT NULL REFERENCES staff(id),
    quoted_at     TEXT NOT NULL,
    choice        TEXT CHECK (choice IN ('replacement','paid_repair')),
    choice_by     INTEGER REFERENCES staff(id),
    choice_at     TEXT
);
"#;

fn backfill_reasons(conn: &Connection) -> Result<(), StoreError> {
    let rows: Vec<(String, String)> = conn
        .prepare("SELECT id, rules FROM claims")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?;
    let mut upd = conn.prepare("UPDATE claims SET reasons = ?2 WHERE id = ?1")?;
    for (id, rules) in rows {
        let ids: Vec<String> = serde_json::from_str(&rules)
            .map_err(|e| StoreError::Corrupt(format!("claim {id} rules: {e}")))?;
        let reasons: Vec<&str> = ids
            .iter()
            .map(|r| crate::rules::RuleId::from_id(r).map_or("", |r| r.reason()))
            .collect();
        upd.execute(rusqlite::params![
            id,
            serde_json::to_string(&reasons).unwrap_or_else(|_| "[]".into())
        ])?;
    }
    Ok(())
}

/// Settings kept in the database (not per workstation): whether it is a
/// demo database, the idle lock, the last backup. An existing database is
/// classified once: one that had demo data loaded is a demo database (its
/// demo staff's PINs are published), one with staff or products a real one.
const SETTINGS: &str = "
CREATE TABLE settings (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);
INSERT INTO settings (key, value)
SELECT 'database_kind',
       CASE WHEN EXISTS (SELECT 1 FROM audit_log WHERE action = 'load_demo') THEN 'demo' ELSE 'real' END
WHERE EXISTS (SELECT 1 FROM staff) OR EXISTS (SELECT 1 FROM products);
";

/// Sign-in: wrong PINs in a row, and until when a person is locked out.
const SIGN_IN: &str = "
ALTER TABLE staff ADD COLUMN failed_pins INTEGER NOT NULL DEFAULT 0 CHECK (failed_pins >= 0);
ALTER TABLE staff ADD COLUMN locked_until TEXT;
";

/// The audit log and the claim events as hash chains (`store::chain`),
/// their heads, and `INSERT OR REPLACE` refused on them: REPLACE deletes
/// the old row without firing the delete triggers (unless
/// `recursive_triggers` is on), so a BEFORE INSERT trigger refuses an
/// insert whose id exists before the conflict is resolved.
const HASH_CHAIN: &str = "
ALTER TABLE audit_log ADD COLUMN prev_hash TEXT NOT NULL DEFAULT '';
ALTER TABLE audit_log ADD COLUMN hash TEXT NOT NULL DEFAULT '';
ALTER TABLE claim_events ADD COLUMN prev_hash TEXT NOT NULL DEFAULT '';
ALTER TABLE claim_events ADD COLUMN hash TEXT NOT NULL DEFAULT '';
CREATE TABLE chain_heads (
    chain  TEXT PRIMARY KEY,
    rows   INTEGER NOT NULL,
    hash   TEXT NOT NULL
);
CREATE TRIGGER chain_heads_no_delete BEFORE DELETE ON chain_heads
BEGIN SELECT RAISE(ABORT, 'the chain heads are kept'); END;
CREATE TRIGGER chain_heads_no_replace BEFORE INSERT ON chain_heads
WHEN EXISTS (SELECT 1 FROM chain_heads WHERE chain = NEW.chain)
BEGIN SELECT RAISE(ABORT, 'the chain heads are kept'); END;
CREATE TRIGGER audit_log_no_replace BEFORE INSERT ON audit_log
WHEN EXISTS (SELECT 1 FROM audit_log WHERE id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER claim_events_no_replace BEFORE INSERT ON claim_events
WHEN EXISTS (SELECT 1 FROM claim_events WHERE id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'claim events are append-only'); END;
";

/// Rows written before the chain existed are chained in id order (the
/// append-only triggers step aside inside this one transaction).
fn chain_existing_rows(conn: &Connection) -> Result<(), StoreError> {
    use crate::store::chain::{Chain, GENESIS, Link, link_hash};
    use crate::store::sqlite::rows::Ts;
    conn.execute_batch("DROP TRIGGER audit_log_no_update; DROP TRIGGER claim_events_no_update;")?;
    for chain in Chain::ALL {
        let mut prev = GENESIS.to_owned();
        let mut rows = 0u64;
        let links: Vec<(i64, Link)> = match chain {
            Chain::Audit => conn
                .prepare(
                    "SELECT id, at, staff_id, action, subject, details FROM audit_log ORDER BY id",
                )?
                .query_map([], |r| {
                    Ok((
                        r.get(0)?,
                        Link::Audit {
                            at: r.get::<_, Ts>(1)?.0,
                            staff_id: r.get(2)?,
                            action: r.get(3)?,
                            subject: r.get(4)?,
                            details: r.get(5)?,
                        },
                    ))
                })?
                .collect::<Result<_, _>>()?,
            Chain::Events => conn
                .prepare(
                    "SELECT id, claim_id, at, staff_id, from_status, to_status, note
                     FROM claim_events ORDER BY id",
                )?
                .query_map([], |r| {
                    Ok((
                        r.get(0)?,
                        Link::Event {
                            claim_id: r.get(1)?,
                            at: r.get::<_, Ts>(2)?.0,
                            staff_id: r.get(3)?,
                            from: r.get(4)?,
                            to: r.get(5)?,
                            note: r.get(6)?,
                        },
                    ))
                })?
                .collect::<Result<_, _>>()?,
        };
        let mut upd = conn.prepare(&format!(
            "UPDATE {} SET prev_hash = ?2, hash = ?3 WHERE id = ?1",
            chain.table()
        ))?;
        for (id, link) in links {
            let hash = link_hash(&prev, id, &link);
            upd.execute(rusqlite::params![id, prev, hash])?;
            prev = hash;
            rows += 1;
        }
        conn.execute(
            "INSERT INTO chain_heads (chain, rows, hash) VALUES (?1, ?2, ?3)",
            rusqlite::params![chain.table(), rows as i64, prev],
        )?;
    }
    conn.execute_batch(
        "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
         BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
         CREATE TRIGGER claim_events_no_update BEFORE UPDATE ON claim_events
         BEGIN SELECT RAISE(ABORT, 'claim events are append-only'); END;",
    )?;
    Ok(())
}

/// Claims are never deleted or replaced, and who took one in, when, for
/// which product and of which kind never changes (its status and decision
/// move on through the service).
const CLAIMS_KEPT: &str = "
CREATE TRIGGER claims_no_delete BEFORE DELETE ON claims
BEGIN SELECT RAISE(ABORT, 'claims are never deleted'); END;
CREATE TRIGGER claims_no_replace BEFORE INSERT ON claims
WHEN EXISTS (SELECT 1 FROM claims WHERE id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'a claim is never replaced'); END;
CREATE TRIGGER claims_keep_origin BEFORE UPDATE OF id, product_id, kind, created_by, created_at ON claims
WHEN NEW.id IS NOT OLD.id OR NEW.product_id IS NOT OLD.product_id OR NEW.kind IS NOT OLD.kind
  OR NEW.created_by IS NOT OLD.created_by OR NEW.created_at IS NOT OLD.created_at
BEGIN SELECT RAISE(ABORT, 'who took a claim in, when, for which product and of which kind never changes'); END;
";

/// Secondary indexes a bulk load into a fresh database drops and rebuilds
/// (building an index once, sorted, beats a million random inserts).
/// Same definitions as in V1.
pub(super) const BULK_INDEXES_DROP: &str = "DROP INDEX products_base_plan;
DROP INDEX products_model;
DROP INDEX base_plans_ends;
DROP INDEX plus_plans_ends;";
pub(super) const BULK_INDEXES_CREATE: &str =
    "CREATE INDEX products_base_plan ON products(base_plan_id);
CREATE INDEX products_model ON products(model);
CREATE INDEX base_plans_ends ON base_plans(ends);
CREATE INDEX plus_plans_ends ON plus_plans(ends);";

/// Reads the schema version.
pub fn version(conn: &Connection) -> Result<u32, StoreError> {
    Ok(conn.query_row("PRAGMA user_version", [], |r| r.get::<_, u32>(0))?)
}

/// Brings the schema up to `SCHEMA_VERSION`; returns the version found first.
pub fn migrate(conn: &mut Connection) -> Result<u32, StoreError> {
    migrate_to(conn, SCHEMA_VERSION)
}

/// Brings the schema up to `target` (tests build old versions with it).
#[doc(hidden)]
pub fn migrate_to(conn: &mut Connection, target: u32) -> Result<u32, StoreError> {
    let found = version(conn)?;
    if found > SCHEMA_VERSION {
        return Err(StoreError::SchemaTooNew {
            found,
            known: SCHEMA_VERSION,
        });
    }
    for (i, m) in MIGRATIONS
        .iter()
        .enumerate()
        .skip(found as usize)
        .take(target.saturating_sub(found) as usize)
    {
        let to = i as u32 + 1;
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        // Another process may have migrated while we waited for the lock.
        if version(&tx)? >= to {
            continue;
        }
        tx.execute_batch(m.sql)?;
        if let Some(upgrade) = m.upgrade {
            upgrade(&tx)?;
        }
        // user_version lives in the database header: it commits with the step.
        tx.pragma_update(None, "user_version", to)?;
        tx.pragma_update(None, "application_id", APPLICATION_ID)?;
        tx.commit()?;
    }
    Ok(found)
}
