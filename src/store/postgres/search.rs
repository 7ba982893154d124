//! The top search on PostgreSQL (issue 13): products, claims and customers
//! by any part (3+ characters) of a serial, a claim id or a customer's
//! search key, at most `limit` of each, in no particular order (the desk
//! ranks them). Fast at any size (`benches/search.rs`): no search reads a
//! large table through, whatever the part typed.
//!
//! Two ways to answer, the cheap one first:
//!
//! - **A sample**: the first [`SAMPLE_ROWS`] rows in the order of a hash of
//!   their id, read from an index that holds the searched text
//!   (`*_search_sample`, an index-only scan, the text tested with `strpos`:
//!   a millisecond or so). The order has nothing to do with the text, so
//!   the sample is a fair one wherever the matching rows lie in the table,
//!   and a common part (`000`, `SDH`, `example.`) has `limit` matches in
//!   it. The trigram index would first gather every row that may match (a
//!   million, for `000`) before returning the first; a scan in table
//!   order, the planner's choice when it guesses a part common, reads most
//!   of the table when the matching rows lie together at its end (serials
//!   loaded in order).
//! - **More of the sample** (up to `most_sampled` rows) when it held a few
//!   matches and the trigram index would gather many rows (more than 1 %
//!   of [`TELLING_ROWS`] hold the part's telling trigrams): rechecking
//!   tens of thousands of rows the index names costs more than reading on.
//! - **The trigram index** (GIN, `pg_trgm`) otherwise: the part is rare.
//!   The matches are a materialized CTE, which the planner plans to be
//!   read in full — through the index — and never as a scan that hopes to
//!   meet `limit` of them early (its guess for a part it cannot see in its
//!   statistics is 1 % of the table: the slow plans this replaces). The
//!   index is asked for the part's trigrams but those in more than half
//!   the rows ([`telling_pieces`]): `000` of a serial narrows nothing and
//!   would have the index walk a posting list of every row.
//!
//! `pg_trgm` makes trigrams of words (letters and digits) only: `L-2` of a
//! claim id or `1 1` of a phone would give none, and the index would name
//! every row. The indexes are therefore on a copy of the text with the
//! separators people type turned into letters nobody types ([`trgm_text!`],
//! the `SEARCH_ANY_PART` migration: `serial_trgm`, `id_trgm`,
//! `search_trgm`), and the part searched for is turned the same way by the
//! same SQL; `strpos` on the column itself keeps the answer exact.
//! Statements are prepared once per connection: each one's plan is fixed
//! by its shape, not by the part searched.

use super::PgConn;
use super::reads::{code, query};
use super::visit::{CUSTOMER_COLUMNS, customer_row};
use crate::store::*;
use ::postgres::Row;
use ::postgres::types::ToSql;

/// The separators people type in serials, claim ids, names, emails and
/// phones (space - @ . + _ ( ) / ' , &), as an SQL string's contents, and
/// the letters they become for the trigram index: Latin clicks and IPA
/// letters, which `pg_trgm` counts as word characters and nobody types.
/// `%` and `\` stay: they are `LIKE`'s own (a part's `_` is escaped, and
/// `\_` becomes `\ʔ`, still a literal).
macro_rules! trgm_separators {
    () => {
        " -@.+_()/'',&"
    };
}
macro_rules! trgm_letters {
    () => {
        "ǀǁǂǃʘʔʡʡʡʡʡʡ"
    };
}

/// `translate(TEXT, …)`: TEXT with its separators turned into letters, so
/// that every three characters make a trigram. The `*_trgm` columns of the
/// `SEARCH_ANY_PART` migration are this of the searched text.
macro_rules! trgm_text {
    ($text:literal) => {
        concat!(
            "translate(",
            $text,
            ", '",
            trgm_separators!(),
            "', '",
            trgm_letters!(),
            "')"
        )
    };
}
pub(super) use {trgm_letters, trgm_separators, trgm_text};

/// [`trgm_text!`] of an SQL expression.
fn trgm(text: &str) -> String {
    format!(trgm_text!("{}"), text)
}

/// How many rows the first sample holds: `limit` matches among them means
/// the part is in more than about `limit` / `SAMPLE_ROWS` of the table.
const SAMPLE_ROWS: i64 = 4_000;

/// How many of the sample's first rows tell which trigrams the table is
/// full of, and how many rows the index would gather.
const TELLING_ROWS: i64 = 200;

/// The trigram index is asked for these pieces of the part (in this
/// order, each trigram of them in at most half of `sample`), leaving out
/// the trigrams in more than half the rows (`000` and `A00` of
/// `1SPA0000123456`): for the index, whose work is the length of the
/// posting lists it walks, such a trigram narrows little and costs the
/// most. The trigrams kept make runs (`SNA00004` → `SNA0`, `004`); two
/// runs one trigram apart would overlap, so the more common of the two
/// trigrams beside the gap goes too. At least the rarest trigram is kept.
fn telling_pieces(text: &str, sample: &[String]) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    if chars.len() < 3 {
        return vec![text.to_owned()];
    }
    let windows: Vec<String> = chars.windows(3).map(|w| w.iter().collect()).collect();
    let rows: Vec<usize> = windows
        .iter()
        .map(|w| sample.iter().filter(|s| s.contains(w.as_str())).count())
        .collect();
    let half = sample.len() / 2;
    let mut keep: Vec<bool> = rows.iter().map(|&r| r <= half).collect();
    if !keep.contains(&true)
        && let Some(rarest) = (0..rows.len()).min_by_key(|&i| rows[i])
    {
        keep[rarest] = true;
    }
    for i in 0..windows.len().saturating_sub(2) {
        if keep[i] && !keep[i + 1] && keep[i + 2] {
            let commoner = if rows[i] > rows[i + 2] { i } else { i + 2 };
            keep[commoner] = false;
        }
    }
    let mut pieces = Vec::new();
    let mut i = 0;
    while i < windows.len() {
        if keep[i] {
            let start = i;
            while i + 1 < windows.len() && keep[i + 1] {
                i += 1;
            }
            pieces.push(chars[start..i + 3].iter().collect());
        }
        i += 1;
    }
    pieces
}

/// `LIKE '%a%b%'`: the pieces in this order, each taken literally.
fn like_of(pieces: &[String]) -> String {
    let mut p = String::from("%");
    for piece in pieces {
        for ch in piece.chars() {
            if matches!(ch, '%' | '_' | '\\') {
                p.push('\\');
            }
            p.push(ch);
        }
        p.push('%');
    }
    p
}

/// Whether `text` holds the pieces one after the other (`like_of`'s match).
fn holds_in_order(text: &str, pieces: &[String]) -> bool {
    let mut rest = text;
    for piece in pieces {
        match rest.find(piece.as_str()) {
            Some(at) => rest = &rest[at + piece.len()..],
            None => return false,
        }
    }
    true
}

/// One table's search for one or two parts (a customer's key and a
/// phone's digits). Its statements' parameters: the parts, the limit,
/// then the sample's offset and size (`sampled`) or each part's `LIKE`
/// pattern for the trigram index (`indexed`).
struct Search<'a> {
    parts: Vec<&'a str>,
    limit: i64,
    /// Matches among a stretch of the sample, with what is shown of them.
    sampled: String,
    /// The searched text of the sample's first rows.
    texts: String,
    /// Matches through the trigram index, with what is shown of them.
    indexed: String,
    /// The most rows the sample is read to, when the index would gather
    /// many (a part in more than 1 % of the rows).
    most_sampled: i64,
}

impl Search<'_> {
    fn params<'p>(&'p self, extra: &'p [&'p (dyn ToSql + Sync)]) -> Vec<&'p (dyn ToSql + Sync)> {
        let mut params: Vec<&(dyn ToSql + Sync)> = Vec::new();
        for part in &self.parts {
            params.push(part);
        }
        params.push(&self.limit);
        params.extend_from_slice(extra);
        params
    }

    fn sample<T: PgConn + ?Sized>(&self, t: &mut T, offset: i64, rows: i64) -> Result<Vec<Row>> {
        query(t, &self.sampled, &self.params(&[&offset, &rows]))
    }

    /// The sample first; more of it when the part is in many rows; else
    /// the trigram index.
    fn rows<T: PgConn + ?Sized>(&self, t: &mut T) -> Result<Vec<Row>> {
        let limit = self.limit;
        let mut found = self.sample(t, 0, SAMPLE_ROWS)?;
        if found.len() as i64 >= limit {
            return Ok(found);
        }
        let texts = query(t, &self.texts, &[])?
            .iter()
            .map(|r| r.try_get::<_, Option<String>>(0))
            .collect::<std::result::Result<Vec<_>, _>>()?;
        let texts: Vec<String> = texts.into_iter().flatten().collect();
        let pieces: Vec<Vec<String>> = self
            .parts
            .iter()
            .map(|p| telling_pieces(p, &texts))
            .collect();
        let gathered = texts
            .iter()
            .filter(|x| pieces.iter().any(|p| holds_in_order(x, p)))
            .count();
        // The index would gather more than 1 % of the rows, and the sample
        // read on to `rows` should hold `limit` matches: read on.
        let k = found.len() as i64;
        let rows = if k > 0 {
            (3 * limit * SAMPLE_ROWS / (2 * k)).min(self.most_sampled)
        } else {
            0
        };
        if gathered >= 2 && k * rows >= limit * SAMPLE_ROWS && rows > SAMPLE_ROWS {
            found.extend(self.sample(t, SAMPLE_ROWS, rows - SAMPLE_ROWS)?);
            if found.len() as i64 >= limit {
                found.truncate(limit as usize);
                return Ok(found);
            }
        }
        let likes: Vec<String> = pieces.iter().map(|p| like_of(p)).collect();
        let likes: Vec<&(dyn ToSql + Sync)> =
            likes.iter().map(|l| l as &(dyn ToSql + Sync)).collect();
        query(t, &self.indexed, &self.params(&likes))
    }
}

pub(super) fn find_products<T: PgConn + ?Sized>(
    t: &mut T,
    text: &str,
    limit: usize,
) -> Result<Vec<ProductHit>> {
    let found = "SELECT p.id, p.serial, p.model, p.status, pc.customer_id
         FROM m JOIN products p ON p.id = m.id
         LEFT JOIN product_customers pc ON pc.product_id = p.id";
    let search = Search {
        parts: vec![text],
        limit: limit as i64,
        sampled: format!(
            "WITH s AS (SELECT id, serial FROM products ORDER BY hashint8(id) OFFSET $3 LIMIT $4),
             m AS (SELECT id FROM s WHERE strpos(serial, $1) > 0 LIMIT $2)
             {found}"
        ),
        texts: format!("SELECT serial FROM products ORDER BY hashint8(id) LIMIT {TELLING_ROWS}"),
        indexed: format!(
            "WITH hits AS MATERIALIZED (
                 SELECT id FROM products WHERE serial_trgm LIKE {} AND strpos(serial, $1) > 0),
             m AS (SELECT id FROM hits LIMIT $2)
             {found}",
            trgm("$3")
        ),
        most_sampled: 32_000,
    };
    search
        .rows(t)?
        .iter()
        .map(|r| {
            Ok(ProductHit {
                id: r.try_get(0)?,
                serial: r.try_get(1)?,
                model: r.try_get(2)?,
                status: code(r, 3)?,
                customer_id: r.try_get(4)?,
            })
        })
        .collect()
}

pub(super) fn find_claims<T: PgConn + ?Sized>(
    t: &mut T,
    text: &str,
    limit: usize,
) -> Result<Vec<ClaimHit>> {
    let found = "SELECT c.id, c.serial, p.model, c.kind, c.status, ci.customer_id, cu.name
         FROM m JOIN claims c ON c.id = m.id JOIN products p ON p.id = c.product_id
         LEFT JOIN claim_intake ci ON ci.claim_id = c.id
         LEFT JOIN customers cu ON cu.id = ci.customer_id";
    let search = Search {
        parts: vec![text],
        limit: limit as i64,
        sampled: format!(
            "WITH s AS (SELECT id, serial FROM claims ORDER BY hashtext(id) OFFSET $3 LIMIT $4),
             m AS (SELECT id FROM s WHERE strpos(id, $1) > 0 OR strpos(serial, $1) > 0 LIMIT $2)
             {found}"
        ),
        texts: format!(
            "SELECT id || ' ' || serial FROM claims ORDER BY hashtext(id) LIMIT {TELLING_ROWS}"
        ),
        indexed: format!(
            "WITH hits AS MATERIALIZED (
                 SELECT id FROM claims
                 WHERE (id_trgm LIKE {like} AND strpos(id, $1) > 0)
                    OR (serial_trgm LIKE {like} AND strpos(serial, $1) > 0)),
             m AS (SELECT id FROM hits LIMIT $2)
             {found}",
            like = trgm("$3")
        ),
        most_sampled: 32_000,
    };
    search
        .rows(t)?
        .iter()
        .map(|r| {
            Ok(ClaimHit {
                id: r.try_get(0)?,
                serial: r.try_get(1)?,
                model: r.try_get(2)?,
                kind: code(r, 3)?,
                status: code(r, 4)?,
                customer_id: r.try_get(5)?,
                customer_name: r.try_get(6)?,
            })
        })
        .collect()
}

pub(super) fn find_customers<T: PgConn + ?Sized>(
    t: &mut T,
    key: &str,
    digits: Option<&str>,
    limit: usize,
) -> Result<Vec<CustomerRow>> {
    let mut parts = vec![key];
    parts.extend(digits.filter(|d| *d != key));
    let n = parts.len();
    let holds = |i: usize| format!("strpos(search_key, ${i}) > 0");
    let any = (1..=n).map(holds).collect::<Vec<_>>().join(" OR ");
    let indexed_any = (1..=n)
        .map(|i| {
            format!(
                "(search_trgm LIKE {} AND {})",
                trgm(&format!("${}", n + 1 + i)),
                holds(i)
            )
        })
        .collect::<Vec<_>>()
        .join(" OR ");
    let (limit_at, offset_at, rows_at) = (n + 1, n + 2, n + 3);
    let found = format!("SELECT {CUSTOMER_COLUMNS} FROM m JOIN customers c ON c.id = m.id");
    let search = Search {
        parts,
        limit: limit as i64,
        sampled: format!(
            "WITH s AS (SELECT id, search_key FROM customers ORDER BY hashint8(id)
                        OFFSET ${offset_at} LIMIT ${rows_at}),
             m AS (SELECT id FROM s WHERE {any} LIMIT ${limit_at})
             {found}"
        ),
        texts: format!(
            "SELECT search_key FROM customers ORDER BY hashint8(id) LIMIT {TELLING_ROWS}"
        ),
        indexed: format!(
            "WITH hits AS MATERIALIZED (SELECT id FROM customers WHERE {indexed_any}),
             m AS (SELECT id FROM hits LIMIT ${limit_at})
             {found}"
        ),
        most_sampled: 24_000,
    };
    search.rows(t)?.iter().map(customer_row).collect()
}

#[cfg(test)]
mod tests {
    use super::{holds_in_order, like_of, telling_pieces};

    fn strings(rows: &[&str]) -> Vec<String> {
        rows.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn the_telling_pieces_leave_out_the_trigrams_most_rows_have() {
        let serials = strings(&[
            "1SNA0000400001",
            "1SPA0000123456",
            "1SDA0000654321",
            "1SPA0000777777",
        ]);
        // `A00` and `000` are in every serial: only `SNA`'s trigrams and
        // `004` narrow.
        assert_eq!(telling_pieces("SNA00004", &serials), ["SNA0", "004"]);
        // Half the serials are `1SPA…`: not more than half, so kept.
        assert_eq!(telling_pieces("1SPA00", &serials), ["1SPA0"]);
        // Every trigram common: the rarest is asked for all the same.
        assert_eq!(telling_pieces("A0000", &serials), ["A00"]);
        // Rare trigrams all kept, in one run.
        assert_eq!(telling_pieces("abcdefg", &[]), ["abcdefg"]);
        // Two runs a trigram apart would overlap: the commoner side goes.
        let rows = strings(&["xbcdx", "xbcdx", "xbcdx", "xcdex"]);
        assert_eq!(telling_pieces("abcdef", &rows), ["abc", "def"]);
        assert_eq!(telling_pieces("ab", &[]), ["ab"]);
    }

    #[test]
    fn the_pieces_are_a_like_pattern_every_match_of_the_part_meets() {
        let pieces = strings(&["SNA0", "004"]);
        assert_eq!(like_of(&pieces), "%SNA0%004%");
        assert_eq!(like_of(&strings(&["a_b%c\\"])), "%a\\_b\\%c\\\\%");
        assert!(holds_in_order("1SNA0000400001", &pieces));
        assert!(!holds_in_order("1S004SNA00", &pieces));
        assert!(!holds_in_order("1SNA004", &strings(&["SNA0", "A004"])));
    }
}
