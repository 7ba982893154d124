//! The hash chains over the audit log and the claim events: each row keeps
//! the SHA-256 of the row before it (`prev_hash`) and its own (`hash`, over
//! its columns and `prev_hash`), in id order. A row rewritten, removed or
//! slipped in between with SQL breaks the chain where it happened;
//! `chain_heads` holds the last hash and the row count of each chain, so a
//! row cut off the end shows too. Both backends compute the hashes here, on
//! the same canonical text, so a database copied with `migrate` verifies
//! the same on either.
//!
//! What it does not do: someone who rewrites a row *and* recomputes every
//! hash after it (and the head) is not detected from inside the database;
//! the head printed by `caredesk audit verify` (and kept with each backup)
//! is what an outside record compares against.

use chrono::NaiveDateTime;
use sha2::{Digest, Sha256};

/// The `prev_hash` of each chain's first row.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// Which chain.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Chain {
    /// `audit_log`.
    Audit,
    /// `claim_events`.
    Events,
}

impl Chain {
    pub const ALL: [Chain; 2] = [Chain::Audit, Chain::Events];

    /// The table, and the key of its row in `chain_heads`.
    pub fn table(self) -> &'static str {
        match self {
            Chain::Audit => "audit_log",
            Chain::Events => "claim_events",
        }
    }
}

/// The columns of one chained row, as stored (JSON columns as their text).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Link {
    Audit {
        at: NaiveDateTime,
        staff_id: Option<i64>,
        action: String,
        subject: String,
        details: String,
    },
    Event {
        claim_id: String,
        at: NaiveDateTime,
        staff_id: i64,
        from: Option<String>,
        to: String,
        note: String,
    },
}

/// One row of a chain as read back for verification.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChainRow {
    pub id: i64,
    pub prev_hash: String,
    pub hash: String,
    pub link: Link,
}

/// The last hash and the number of rows of a chain, as kept in `chain_heads`.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct ChainHead {
    pub rows: u64,
    pub hash: String,
}

impl ChainHead {
    pub fn empty() -> ChainHead {
        ChainHead {
            rows: 0,
            hash: GENESIS.to_owned(),
        }
    }
}

/// Timestamps hash as the SQLite backend stores them (whole seconds).
fn ts(t: &NaiveDateTime) -> String {
    t.format("%Y-%m-%dT%H:%M:%S").to_string()
}

/// The row's hash: SHA-256 (lower-case hex) of a JSON array of a version
/// tag, `prev_hash`, the id and every column. JSON makes the boundaries
/// between columns unambiguous (no `"a","bc"` = `"ab","c"`).
pub fn link_hash(prev_hash: &str, id: i64, link: &Link) -> String {
    let text = match link {
        Link::Audit {
            at,
            staff_id,
            action,
            subject,
            details,
        } => serde_json::json!([
            "caredesk-audit-1",
            prev_hash,
            id,
            ts(at),
            staff_id,
            action,
            subject,
            details
        ]),
        Link::Event {
            claim_id,
            at,
            staff_id,
            from,
            to,
            note,
        } => serde_json::json!([
            "caredesk-event-1",
            prev_hash,
            id,
            claim_id,
            ts(at),
            staff_id,
            from,
            to,
            note
        ]),
    }
    .to_string();
    hex(&Sha256::digest(text.as_bytes()))
}

fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        let _ = write!(s, "{b:02x}");
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at() -> NaiveDateTime {
        chrono::NaiveDate::from_ymd_opt(2026, 11, 25)
            .and_then(|d| d.and_hms_opt(9, 30, 0))
            .unwrap()
    }

    #[test]
    fn every_column_and_the_previous_hash_change_the_hash() {
        let a = Link::Audit {
            at: at(),
            staff_id: Some(1),
            action: "set_fee".into(),
            subject: "DJI Mavic 3 #1".into(),
            details: "{}".into(),
        };
        let h = link_hash(GENESIS, 1, &a);
        assert_eq!(h.len(), 64);
        assert_eq!(h, link_hash(GENESIS, 1, &a), "deterministic");
        assert_ne!(h, link_hash(GENESIS, 2, &a));
        assert_ne!(h, link_hash(&h, 1, &a));
        let Link::Audit { subject, .. } = &a else {
            unreachable!()
        };
        let mut b = a.clone();
        if let Link::Audit { subject: s, .. } = &mut b {
            *s = format!("{subject} ");
        }
        assert_ne!(h, link_hash(GENESIS, 1, &b));
        let mut c = a.clone();
        if let Link::Audit { staff_id, .. } = &mut c {
            *staff_id = None;
        }
        assert_ne!(h, link_hash(GENESIS, 1, &c));
    }
}
