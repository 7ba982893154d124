//! Counts for status lines, benchmarks and all-or-nothing checks.

use super::{Result, Store};

impl Store {
    /// Number of products (units) in the database, reclaimed ones included.
    pub fn count_products(&self) -> Result<u64> {
        let n: i64 = self
            .conn
            .query_row("SELECT COUNT(*) FROM products", [], |r| r.get(0))?;
        Ok(u64::try_from(n).unwrap_or(0))
    }
}
