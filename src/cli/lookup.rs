//! `caredesk lookup SERIAL [--on DATE]` — product, plans with status and
//! valid-through, replacements left, parts covered today (JSON).

use super::desk::{Session, day_or_today, print_json};

#[derive(clap::Args, Debug)]
pub struct LookupArgs {
    serial: String,
    /// Look the serial up as of this day (default: today).
    #[arg(long, value_name = "DATE")]
    on: Option<String>,
}

impl LookupArgs {
    pub fn run(self, desk: &Session<'_>) -> anyhow::Result<i32> {
        let on = day_or_today(self.on.as_deref())?;
        let store = desk.open()?;
        print_json(&store.lookup(&self.serial, on)?)?;
        Ok(0)
    }
}
