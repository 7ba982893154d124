//! `caredesk appointment cancel` and `caredesk appointment no-show`.

use crate::cli::desk::{Session, saved};

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
        let store = desk.open_to_write()?;
        let actor = desk.sign_in(&store)?;
        let a = store.cancel_appointment(actor.id(), self.id, &self.note)?;
        saved(
            "appointment cancel",
            &format!("the cancelling of appointment {}", a.id),
            &a,
            0,
        )
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
        let store = desk.open_to_write()?;
        let actor = desk.sign_in(&store)?;
        let a = store.no_show_appointment(actor.id(), self.id, &self.note)?;
        saved(
            "appointment no-show",
            &format!("the no-show of appointment {}", a.id),
            &a,
            0,
        )
    }
}
