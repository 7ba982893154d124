//! The one search over products, claims and customers: any part (3 or
//! more characters) of a serial, a claim id, or a customer's name, phone or
//! email. The backends answer from trigram indexes (SQLite FTS5 `trigram`,
//! PostgreSQL `pg_trgm`), kept in step with every write, so a search is
//! fast whatever the size of the database (`benches/search.rs`).
//!
//! Matching is by substring, case-insensitive (names and emails are kept in
//! lower case in the index), accents and scripts as typed. A phone number
//! matches as typed or by its digits alone (`555 0100` finds
//! `+1 (555) 010-0`… as `5550100`).

use super::customers::digits;
use super::{Desk, Result};
use crate::store::{ClaimHit, ProductHit, StoreError};
use crate::tr;
use serde::Serialize;

/// The fewest characters a search takes (one trigram).
pub const MIN_SEARCH_CHARS: usize = 3;

/// A customer found by the search (no address or notes).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CustomerHit {
    pub id: i64,
    pub name: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub lang: Option<String>,
}

impl From<&super::customers::Customer> for CustomerHit {
    /// A customer record as a hit (chosen on a form without searching).
    fn from(c: &super::customers::Customer) -> CustomerHit {
        CustomerHit {
            id: c.id,
            name: c.name.clone(),
            phone: c.phone.clone(),
            email: c.email.clone(),
            lang: c.lang.clone(),
        }
    }
}

/// What the search found, each kind best match first: exact, then
/// starting with the text, then containing it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct SearchResults {
    pub query: String,
    pub products: Vec<ProductHit>,
    pub claims: Vec<ClaimHit>,
    pub customers: Vec<CustomerHit>,
    /// Some kind had more matches than `limit`: type more to narrow it.
    pub more: bool,
}

/// 0 exact, 1 starts with, 2 contains (case-insensitive).
fn closeness(text: &str, query: &str) -> u8 {
    let text = text.to_lowercase();
    if text == query {
        0
    } else if text.starts_with(query) {
        1
    } else {
        2
    }
}

/// Whether the text looks like (part of) a phone number.
fn phone_like(q: &str) -> bool {
    q.chars()
        .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '+' | '-' | '(' | ')' | '.' | '/'))
}

impl Desk {
    /// Finds products, claims and customers by any part of a serial, claim
    /// id, name, phone or email; at most `limit` of each kind. Fewer than
    /// three characters is refused (`Invalid`).
    pub fn find(&self, text: &str, limit: usize) -> Result<SearchResults> {
        let q: String = text.chars().filter(|c| !c.is_control()).collect();
        let q = q.trim();
        if q.chars().count() < MIN_SEARCH_CHARS {
            return Err(StoreError::Invalid(tr!(
                "search-too-short",
                min = MIN_SEARCH_CHARS.to_string()
            )));
        }
        let limit = limit.max(1);
        let lower = q.to_lowercase();
        let upper = q.to_uppercase();
        let number = digits(q);
        let by_digits = (phone_like(q) && number.len() >= MIN_SEARCH_CHARS).then_some(number);

        let mut r = self.read()?;
        // One more than shown says whether there is more.
        let mut products = r.find_products(&upper, limit + 1)?;
        let mut claims = r.find_claims(&upper, limit + 1)?;
        let mut customers = r.find_customers(&lower, by_digits.as_deref(), limit + 1)?;
        let more = products.len() > limit || claims.len() > limit || customers.len() > limit;

        products.sort_by(|a, b| {
            (closeness(&a.serial, &lower), &a.serial)
                .cmp(&(closeness(&b.serial, &lower), &b.serial))
        });
        products.truncate(limit);
        claims.sort_by(|a, b| {
            let rank = |c: &ClaimHit| closeness(&c.id, &lower).min(closeness(&c.serial, &lower));
            (rank(a), &a.id).cmp(&(rank(b), &b.id))
        });
        claims.truncate(limit);
        customers.sort_by(|a, b| {
            let rank = |c: &crate::store::CustomerRow| {
                [&c.name, &c.email, &c.phone]
                    .iter()
                    .filter_map(|v| v.as_deref())
                    .map(|v| closeness(v, &lower))
                    .min()
                    .unwrap_or(2)
            };
            (rank(a), &a.name, a.id).cmp(&(rank(b), &b.name, b.id))
        });
        customers.truncate(limit);
        Ok(SearchResults {
            query: q.to_owned(),
            products,
            claims,
            customers: customers
                .into_iter()
                .map(|c| CustomerHit {
                    id: c.id,
                    name: c.name,
                    phone: c.phone,
                    email: c.email,
                    lang: c.lang,
                })
                .collect(),
            more,
        })
    }
}
