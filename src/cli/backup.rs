//! `caredesk backup --out FILE | --daily` and `caredesk restore FILE`.

use super::desk::{Session, day_or_today, saved};
use std::path::PathBuf;

#[derive(clap::Args, Debug)]
#[command(after_help = "\
A SQLite database is copied with SQLite's online backup API: one consistent
snapshot while other workstations keep working. The copy is checked
(PRAGMA integrity_check) before it replaces --out, and is readable by its
owner only. --daily makes today's copy in the `backups` folder beside the
database unless there is one, and keeps 7 daily and 4 weekly copies.
A PostgreSQL database is backed up with the server's pg_dump (README).")]
pub struct BackupArgs {
    /// The file to write (a regular file or nothing; never a device, pipe,
    /// link or folder).
    #[arg(
        long,
        value_name = "FILE",
        required_unless_present = "daily",
        conflicts_with = "daily"
    )]
    out: Option<PathBuf>,
    /// Make today's backup in the backup folder and rotate (7 daily, 4 weekly).
    #[arg(long)]
    daily: bool,
    /// The day of a --daily backup (default: today).
    #[arg(long, value_name = "DATE", requires = "daily")]
    today: Option<String>,
}

impl BackupArgs {
    pub fn run(self, desk: &Session<'_>) -> anyhow::Result<i32> {
        let store = desk.open()?;
        if self.daily {
            let today = day_or_today(self.today.as_deref())?;
            let done = store.daily_backup(today)?;
            return saved("backup --daily", "today's backup", &done, 0);
        }
        let Some(out) = self.out else {
            anyhow::bail!("give --out FILE or --daily");
        };
        let info = store.backup(&out)?;
        saved("backup", &format!("the backup {}", out.display()), &info, 0)
    }
}

#[derive(clap::Args, Debug)]
#[command(after_help = "\
Replaces the whole database with FILE, a backup made by `caredesk backup`. A
supervisor's action (--staff NAME and their PIN). FILE must be a CareDesk
database that passes PRAGMA integrity_check, is not newer than this CareDesk,
and whose history chains are intact; the database as it is now is first
copied into the backup folder beside it (its name is printed). Other
workstations see the restored data at once. SQLite only: a PostgreSQL
database is restored with psql or pg_restore (README).")]
pub struct RestoreArgs {
    /// The backup file.
    file: PathBuf,
}

impl RestoreArgs {
    pub fn run(self, desk: &Session<'_>) -> anyhow::Result<i32> {
        let store = desk.open()?;
        let by = desk.sign_in(&store)?;
        let (_, summary) = store.restore(&by, &self.file)?;
        saved(
            "restore",
            &format!("the restore of {}", self.file.display()),
            &summary,
            0,
        )
    }
}
