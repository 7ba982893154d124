//! `caredesk settings show|idle-lock` — settings kept in the database (the
//! same for every workstation).

use super::desk::{Session, print_json, saved};
use crate::desk::MAX_IDLE_LOCK_MINUTES;

#[derive(clap::Args, Debug)]
pub struct SettingsArgs {
    #[command(subcommand)]
    action: SettingsCmd,
}

#[derive(clap::Subcommand, Debug)]
enum SettingsCmd {
    /// The database: kind (demo or real), idle lock, last backup.
    Show,
    /// Minutes without input before the window locks (0: never; supervisor).
    IdleLock {
        #[arg(value_parser = clap::value_parser!(u32).range(0..=i64::from(MAX_IDLE_LOCK_MINUTES)))]
        minutes: u32,
    },
}

impl SettingsArgs {
    pub fn run(self, desk: &Session<'_>) -> anyhow::Result<i32> {
        match self.action {
            SettingsCmd::Show => {
                let store = desk.open()?;
                print_json(&serde_json::json!({
                    "database": store.location(),
                    "backend": store.backend(),
                    "schema_version": store.schema_version()?,
                    "kind": store.kind()?,
                    "demo": store.is_demo()?,
                    "idle_lock_minutes": store.idle_lock_minutes()?,
                    "last_backup": store.last_backup()?,
                }))?;
                Ok(0)
            }
            SettingsCmd::IdleLock { minutes } => {
                let store = desk.open_to_write()?;
                let by = desk.sign_in(&store)?;
                store.set_idle_lock_minutes(&by, minutes)?;
                saved(
                    "settings idle-lock",
                    "the idle lock",
                    &serde_json::json!({ "idle_lock_minutes": minutes }),
                    0,
                )
            }
        }
    }
}
