//! `caredesk appointment import FILE.csv` — all or nothing.

use crate::cli::desk::{Session, saved};
use crate::cli::import::MAX_IMPORT_BYTES;
use anyhow::Context;
use std::path::PathBuf;

#[derive(clap::Args, Debug)]
pub struct ImportArgs {
    /// CSV with a header row: day,slot,store,customer_name,customer_phone,
    /// customer_email,serial,case_reference,case_text (any order; day
    /// YYYY-MM-DD, slot HH:MM; the phone, email, serial, case_reference and
    /// case_text may be left out or empty). `-` reads standard input.
    file: PathBuf,
}

impl ImportArgs {
    pub fn run(self, desk: &Session<'_>) -> anyhow::Result<i32> {
        if desk.pin_stdin && self.file.as_os_str() == "-" {
            anyhow::bail!("the PIN and the CSV cannot both come from standard input");
        }
        let text = crate::cli::read_input(Some(&self.file), MAX_IMPORT_BYTES)?;
        let store = desk.open_to_write()?;
        let actor = desk.sign_in(&store)?;
        let list = store
            .import_appointments_csv(actor.id(), &text)
            .with_context(|| self.file.display().to_string())?;
        saved(
            "appointment import",
            &format!("{} appointments from {}", list.len(), self.file.display()),
            &serde_json::json!({ "imported": list.len(), "appointments": list }),
            0,
        )
    }
}
