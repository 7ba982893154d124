//! `caredesk import products FILE.csv`: all or nothing.

use super::{Result, Store, StoreError};

impl Store {
    /// Imports products from CSV in one transaction; a bad row's error names
    /// its line and nothing of the file is imported. Returns the rows imported.
    pub fn import_products_csv(
        &mut self,
        actor: i64,
        csv_text: &str,
        progress: &dyn Fn(f32) -> bool,
    ) -> Result<usize> {
        let _ = (actor, csv_text, progress);
        Err(StoreError::Unfinished("CSV import"))
    }
}
