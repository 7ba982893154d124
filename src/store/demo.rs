//! Deterministic demo data (`caredesk demo`, first start of the app).

use super::model::*;
use super::{Result, Store, StoreError};
use chrono::NaiveDate;

/// Products a first start loads.
pub const DEFAULT_PRODUCTS: usize = 50;

impl Store {
    /// Adds `products` demo products with plans, cards, staff and claims,
    /// dated relative to `today`. `progress` gets 0.0..=1.0; returning false cancels
    /// (nothing is written).
    pub fn load_demo(
        &mut self,
        products: usize,
        today: NaiveDate,
        progress: &dyn Fn(f32) -> bool,
    ) -> Result<DemoSummary> {
        let _ = (products, today, progress);
        Err(StoreError::Unfinished("demo data"))
    }
}
