//! `caredesk appointment cancel` and `caredesk appointment no-show`.

use crate::cli::desk::{Session, print_json};

#[derive(clap::Args, Debug)]
pub struct CancelArgs {
    /// The appointment's number.
    id: i64,
    /// Why (kept in the audit log).
    #[arg(long, default_value = "")]
    note: String,
}

impl CancelArgs {
    pub fn run(self, desk: &Session<'_>) -> anyhow::Result<i32> {
        let store = desk.open()?;
        let actor = desk.actor(&store)?;
        print_json(&store.cancel_appointment(actor, self.id, &self.note)?)?;
        Ok(0)
    }
}

#[derive(clap::Args, Debug)]
pub struct NoShowArgs {
    /// The appointment's number.
    id: i64,
    #[arg(long, default_value = "")]
    note: String,
}

impl NoShowArgs {
    pub fn run(self, desk: &Session<'_>) -> anyhow::Result<i32> {
        let store = desk.open()?;
        let actor = desk.actor(&store)?;
        print_json(&store.no_show_appointment(actor, self.id, &self.note)?)?;
        Ok(0)
    }
}
