//! `caredesk appointment import FILE.csv` — all or nothing.

use crate::cli::desk::{Session, print_json};
use anyhow::Context;
use std::path::PathBuf;

#[derive(clap::Args, Debug)]
pub struct ImportArgs {
    /// CSV with a header row: day,slot,store,customer_name,customer_phone,
    /// serial,case_reference,case_text (any order; day YYYY-MM-DD, slot
    /// HH:MM; serial, case_reference, case_text and customer_phone may be
    /// left out or empty). `-` reads standard input.
    file: PathBuf,
}

impl ImportArgs {
    pub fn run(self, desk: &Session<'_>) -> anyhow::Result<i32> {
        let text = crate::cli::read_input(Some(&self.file))?;
        let store = desk.open()?;
        let actor = desk.actor(&store)?;
        let list = store
            .import_appointments_csv(actor, &text)
            .with_context(|| self.file.display().to_string())?;
        print_json(&serde_json::json!({ "imported": list.len(), "appointments": list }))?;
        Ok(0)
    }
}
