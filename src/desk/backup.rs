//! Backups of a SQLite database: `caredesk backup --out FILE` (SQLite's
//! online backup API: a consistent copy while others keep working), daily
//! backups with rotation (7 daily, 4 weekly) in a `backups` folder beside the
//! database, and `caredesk restore FILE` (integrity, schema and history of
//! the file checked first; the current database is copied aside before it
//! is replaced). A PostgreSQL database is backed up with the server's own
//! `pg_dump` (README, "Backups").

use super::sign_in::{SignedIn, require_supervisor};
use super::{Desk, Result, audit, now};
use crate::store::chain::Chain;
use crate::store::sqlite::{Identity, identify};
use crate::store::{RecordCounts, Setting, StoreError};
use chrono::{Datelike, NaiveDate, NaiveDateTime};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// The folder beside the database that daily backups go into.
pub const BACKUP_DIR: &str = "backups";
/// Daily backups kept: the newest seven.
pub const DAILY_KEPT: usize = 7;
/// Weekly backups kept after those: the newest of each of four weeks.
pub const WEEKLY_KEPT: usize = 4;

/// One backup made.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct BackupInfo {
    pub file: PathBuf,
    pub at: NaiveDateTime,
    pub bytes: u64,
    /// The last hash of the audit log and of the claim events in the copy:
    /// kept outside the database, they show later whether history changed.
    pub audit_head: String,
    pub events_head: String,
}

/// What a daily backup run did.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct DailyBackup {
    /// The backup made now (`None`: today's was there already).
    pub made: Option<BackupInfo>,
    pub kept: Vec<PathBuf>,
    pub removed: Vec<PathBuf>,
}

/// What a restore did.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct RestoreSummary {
    pub from: PathBuf,
    pub into: String,
    /// The database as it was before, copied aside.
    pub previous_copied_to: PathBuf,
    pub restored: RecordCounts,
}

/// Which of the backups dated `dates` the rotation keeps: the newest
/// [`DAILY_KEPT`], then the newest of each ISO week for the next
/// [`WEEKLY_KEPT`] weeks.
pub fn backups_to_keep(dates: &[NaiveDate]) -> BTreeSet<NaiveDate> {
    let mut newest_first: Vec<NaiveDate> = dates.to_vec();
    newest_first.sort_unstable_by(|a, b| b.cmp(a));
    newest_first.dedup();
    let mut keep: BTreeSet<NaiveDate> = newest_first.iter().take(DAILY_KEPT).copied().collect();
    let mut weeks = BTreeSet::new();
    for d in newest_first.iter().skip(DAILY_KEPT) {
        if weeks.len() == WEEKLY_KEPT {
            break;
        }
        let w = d.iso_week();
        if weeks.insert((w.year(), w.week())) {
            keep.insert(*d);
        }
    }
    keep
}

/// A regular file (or nothing) at `out`, in a folder that exists.
fn check_out(out: &Path) -> Result<PathBuf> {
    if let Ok(meta) = std::fs::symlink_metadata(out)
        && !meta.file_type().is_file()
    {
        return Err(StoreError::Invalid(crate::tr!(
            "desk-err-backup-not-file",
            path = out.display().to_string()
        )));
    }
    let folder = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if !folder.is_dir() {
        return Err(StoreError::Invalid(crate::tr!(
            "desk-err-backup-no-folder",
            path = folder.display().to_string()
        )));
    }
    Ok(folder)
}

fn private_dir(dir: &Path) -> Result<()> {
    let mut b = std::fs::DirBuilder::new();
    b.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut b, 0o700);
    b.create(dir)?;
    Ok(())
}

/// The date of a daily backup file `<stem>-YYYY-MM-DD.sqlite3`.
fn daily_date(stem: &str, name: &str) -> Option<NaiveDate> {
    let rest = name.strip_prefix(stem)?.strip_prefix('-')?;
    let day = rest.strip_suffix(".sqlite3")?;
    NaiveDate::parse_from_str(day, "%Y-%m-%d").ok()
}

impl Desk {
    fn sqlite_only(&self, what: &str) -> Result<PathBuf> {
        self.sqlite_path().ok_or_else(|| {
            StoreError::Invalid(crate::tr!(
                "desk-err-backup-postgres",
                what = what.to_string()
            ))
        })
    }

    /// Copies the whole database into `out` (a new file, or a regular file
    /// it replaces once the copy is complete and checked), owner-only,
    /// while others keep working.
    pub fn backup(&self, out: &Path) -> Result<BackupInfo> {
        self.sqlite_only("backup")?;
        let folder = check_out(out)?;
        let temp = tempfile::Builder::new()
            .prefix(".caredesk-backup-")
            .suffix(".part")
            .tempfile_in(&folder)?;
        self.storage.backup_to(temp.path())?;
        let (audit_head, events_head) = {
            let copy = Desk::open_read_only(temp.path(), self.catalog.clone())?;
            let sound = copy.integrity_check()?;
            if sound != "ok" {
                return Err(StoreError::Damaged(format!(
                    "the copy failed its integrity check: {sound}"
                )));
            }
            let mut r = copy.read()?;
            let head = |r: &mut dyn crate::store::Reads, c| -> Result<String> {
                Ok(r.chain_head(c)?.map(|h| h.hash).unwrap_or_default())
            };
            (head(&mut *r, Chain::Audit)?, head(&mut *r, Chain::Events)?)
        };
        let bytes = temp.as_file().metadata()?.len();
        temp.persist(out).map_err(|e| StoreError::Io(e.error))?;
        let info = BackupInfo {
            file: out.to_path_buf(),
            at: now(),
            bytes,
            audit_head,
            events_head,
        };
        // Remembered for Settings; a read-only (damaged) database still
        // gets its backup, only not the note.
        let note = serde_json::to_string(&info).unwrap_or_default();
        match self.write(|tx| tx.set_setting(Setting::LastBackup, &note)) {
            Ok(()) | Err(StoreError::Damaged(_) | StoreError::ReadOnly(_)) => {}
            Err(e) => return Err(e),
        }
        Ok(info)
    }

    /// The last backup made of this database (for Settings).
    pub fn last_backup(&self) -> Result<Option<BackupInfo>> {
        let Some(text) = self.read()?.setting(Setting::LastBackup)? else {
            return Ok(None);
        };
        serde_json::from_str(&text)
            .map(Some)
            .map_err(|e| StoreError::Corrupt(format!("last backup note: {e}")))
    }

    /// Where daily backups go: `backups/` beside the database file.
    pub fn backup_dir(&self) -> Option<PathBuf> {
        let path = self.sqlite_path()?;
        let parent = path.parent().filter(|p| !p.as_os_str().is_empty());
        Some(parent.unwrap_or(Path::new(".")).join(BACKUP_DIR))
    }

    /// Today's backup, unless there is one already, then the rotation
    /// (7 daily, 4 weekly). The app calls it at start and once a day; so
    /// can a scheduled `caredesk backup --daily`.
    pub fn daily_backup(&self, today: NaiveDate) -> Result<DailyBackup> {
        let db = self.sqlite_only("backup")?;
        let Some(dir) = self.backup_dir() else {
            return Err(StoreError::Invalid(crate::tr!("desk-err-backup-no-dir")));
        };
        private_dir(&dir)?;
        let stem = db.file_stem().map_or_else(
            || "caredesk".to_owned(),
            |s| s.to_string_lossy().into_owned(),
        );
        let mut existing: Vec<(NaiveDate, PathBuf)> = Vec::new();
        for entry in std::fs::read_dir(&dir)? {
            let entry = entry?;
            let name = entry.file_name().to_string_lossy().into_owned();
            if let Some(d) = daily_date(&stem, &name)
                && entry.file_type()?.is_file()
            {
                existing.push((d, entry.path()));
            }
        }
        let mut out = DailyBackup::default();
        if !existing.iter().any(|(d, _)| *d == today) {
            let file = dir.join(format!("{stem}-{}.sqlite3", today.format("%Y-%m-%d")));
            out.made = Some(self.backup(&file)?);
            existing.push((today, file));
        }
        let dates: Vec<NaiveDate> = existing.iter().map(|(d, _)| *d).collect();
        let keep = backups_to_keep(&dates);
        existing.sort();
        for (d, path) in existing {
            if keep.contains(&d) {
                out.kept.push(path);
            } else {
                std::fs::remove_file(&path)?;
                out.removed.push(path);
            }
        }
        Ok(out)
    }

    /// Replaces this database with the backup in `from` (a supervisor's
    /// action). The file is checked first — a CareDesk database, sound
    /// (`PRAGMA integrity_check`), not newer than this CareDesk, its history
    /// intact — and the database as it is now is copied aside into the
    /// backup folder. Other workstations see the restored data at once.
    /// Returns a fresh handle on the restored (and migrated) database.
    pub fn restore(&self, by: &SignedIn, from: &Path) -> Result<(Desk, RestoreSummary)> {
        require_supervisor(by)?;
        let db = self.sqlite_only("restore")?;
        match identify(from)? {
            Identity::CareDesk => {}
            Identity::Missing => {
                return Err(StoreError::NotFound(crate::tr!(
                    "desk-err-no-file",
                    path = from.display().to_string()
                )));
            }
            Identity::Empty => {
                return Err(StoreError::NotCareDesk(format!(
                    "{} (the file is empty)",
                    from.display()
                )));
            }
            Identity::Foreign(what) => {
                return Err(StoreError::NotCareDesk(format!(
                    "{} ({what})",
                    from.display()
                )));
            }
        }
        let restored = {
            let backup = Desk::open_read_only(from, self.catalog.clone())?;
            let sound = backup.integrity_check()?;
            if sound != "ok" {
                return Err(StoreError::Damaged(format!(
                    "{} failed its integrity check: {sound}",
                    from.display()
                )));
            }
            // A backup from before the chains existed has no heads (its rows
            // are chained when the restored file is migrated).
            let chained = matches!(backup.read()?.chain_head(Chain::Audit), Ok(Some(_)));
            if chained {
                let history = backup.verify_history()?;
                if !history.intact {
                    let first = history
                        .problems
                        .first()
                        .map(|p| format!("{:?} row {:?}: {}", p.chain, p.id, p.what))
                        .unwrap_or_default();
                    return Err(StoreError::Invalid(crate::tr!(
                        "desk-err-history-altered",
                        path = from.display().to_string(),
                        first = first.to_string()
                    )));
                }
            }
            backup.read()?.counts()?
        };
        let dir = self.backup_dir().unwrap_or_else(|| PathBuf::from("."));
        private_dir(&dir)?;
        let stem = db.file_stem().map_or_else(
            || "caredesk".to_owned(),
            |s| s.to_string_lossy().into_owned(),
        );
        let aside = dir.join(format!(
            "{stem}-before-restore-{}.sqlite3",
            now().format("%Y-%m-%dT%H-%M-%S")
        ));
        // A damaged database cannot take the note of its last backup, but
        // its pages are still copied aside.
        self.backup(&aside)?;
        self.storage.restore_from(from)?;
        let fresh = Desk::open(&crate::store::Location::Sqlite(db), self.catalog.clone())?;
        let who = by.name().to_owned();
        let from_text = from.display().to_string();
        let aside_text = aside.display().to_string();
        fresh.write(|tx| {
            audit(
                tx,
                None,
                now(),
                "restore",
                &from_text,
                serde_json::json!({ "by": who, "previous_copied_to": aside_text }),
            )
        })?;
        let summary = RestoreSummary {
            from: from.to_path_buf(),
            into: fresh.location(),
            previous_copied_to: aside,
            restored,
        };
        Ok((fresh, summary))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn daily_file_names_are_read_back() {
        assert_eq!(
            daily_date("caredesk", "caredesk-2026-11-25.sqlite3"),
            Some(d("2026-11-25"))
        );
        assert_eq!(
            daily_date("caredesk", "caredesk-before-restore-x.sqlite3"),
            None
        );
        assert_eq!(daily_date("caredesk", "other-2026-11-25.sqlite3"), None);
    }
}
