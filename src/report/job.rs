//! An export as one job: what to export, in which format, to which file. The
//! app runs it on a background thread (with a clone of the service handle),
//! watching [`ExportProgress`] and setting the cancel flag; the CLI runs it
//! in place. Either way the file appears complete or not at all.

use super::atomic::{check_target, write_atomically};
use super::source::{ClaimReports, ClaimSelection, expiring_reports, report_meta};
use super::{ClaimAttachments, ExportError, ExportFormat, Progress};
use crate::desk::Desk;
use chrono::NaiveDate;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

/// What an export holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExportContent {
    /// Claim reports: one claim, or the claims matching a filter.
    Claims(ClaimSelection),
    /// Plan services ending within this many days (30, 60 or 90 in the app).
    Expiring { within_days: u32 },
}

/// One export to run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportJob {
    pub format: ExportFormat,
    pub target: PathBuf,
    pub content: ExportContent,
    /// The day plan states and the expiring window are computed for (today).
    pub as_of: NaiveDate,
    /// Start a CSV file with a UTF-8 byte-order mark, so Excel reads Chinese
    /// and Korean right (the window's exports; `--bom` on the command line).
    pub csv_bom: bool,
}

/// Progress shared between the export thread and the UI.
#[derive(Debug, Default)]
pub struct ExportProgress {
    done: AtomicUsize,
    total: AtomicUsize,
}

impl ExportProgress {
    pub fn new() -> Arc<Self> {
        Arc::new(Self::default())
    }
    /// `(done, total)` claims; `total` is 0 until counted.
    pub fn get(&self) -> (usize, usize) {
        (
            self.done.load(Ordering::Relaxed),
            self.total.load(Ordering::Relaxed),
        )
    }
    /// Fraction done, for a progress bar.
    pub fn fraction(&self) -> f32 {
        let (done, total) = self.get();
        if total == 0 {
            0.0
        } else {
            (done as f32 / total as f32).min(1.0)
        }
    }
    fn set(&self, done: usize, total: usize) {
        self.total.store(total, Ordering::Relaxed);
        self.done.store(done, Ordering::Relaxed);
    }
}

/// What a finished export wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportSummary {
    pub format: ExportFormat,
    pub target: PathBuf,
    /// Claims (or expiring plan services) written.
    pub items: usize,
    pub bytes: u64,
}

impl ExportJob {
    /// A file name to offer in the save dialog, e.g. `claims-2026-11-25.csv`
    /// or `CL-2026-000123.pdf`.
    pub fn suggested_file_name(
        content: &ExportContent,
        format: ExportFormat,
        as_of: NaiveDate,
    ) -> String {
        let stem = match content {
            ExportContent::Claims(sel) => match &sel.claim {
                Some(id) => id.clone(),
                None => format!("claims-{as_of}"),
            },
            ExportContent::Expiring { within_days } => {
                format!("expiring-{within_days}-days-{as_of}")
            }
        };
        format!("{stem}.{}", format.extension())
    }

    /// Runs the job with a handle from the service (for a background
    /// thread: the handle reads on its own pooled connection). `cancel` set
    /// to true stops it with [`ExportError::Cancelled`]; nothing is left behind.
    pub fn run(
        self,
        desk: &Desk,
        progress: Arc<ExportProgress>,
        cancel: Arc<AtomicBool>,
    ) -> Result<ExportSummary, ExportError> {
        // Fail on a bad target before touching the database.
        check_target(&self.target)?;
        self.run_with(desk, &mut |done, total| {
            progress.set(done, total);
            !cancel.load(Ordering::Relaxed)
        })
    }

    /// Runs the job on an open store, reporting `progress(done, total)`;
    /// returning false from it cancels.
    pub fn run_with(&self, store: &Desk, progress: Progress) -> Result<ExportSummary, ExportError> {
        check_target(&self.target)?;
        let (items, bytes) = match &self.content {
            ExportContent::Claims(selection) => {
                let total = selection.count(store)?;
                if !progress(0, total) {
                    return Err(ExportError::Cancelled);
                }
                let meta = report_meta(store.catalog(), selection, self.as_of);
                let claims = ClaimReports::new(store, selection.clone(), self.as_of);
                let mut items = 0;
                let bytes = write_atomically(&self.target, |out| {
                    items = match self.format {
                        ExportFormat::Csv => {
                            if self.csv_bom {
                                super::csv::write_bom(out)?;
                            }
                            super::csv::write_claims(out, total, claims, progress)?
                        }
                        ExportFormat::Json => {
                            super::json::write_claims(out, &meta, total, claims, progress)?
                        }
                        ExportFormat::Pdf => {
                            let attachments = |id: &str| ClaimAttachments::of(store, id);
                            super::pdf::write_claims_attached(
                                out,
                                &meta,
                                total,
                                claims,
                                &attachments,
                                progress,
                            )?
                        }
                    };
                    Ok(())
                })?;
                (items, bytes)
            }
            ExportContent::Expiring { within_days } => {
                let (meta, plans) = expiring_reports(store, self.as_of, *within_days)?;
                if !progress(0, plans.len()) {
                    return Err(ExportError::Cancelled);
                }
                let bytes = write_atomically(&self.target, |out| {
                    match self.format {
                        ExportFormat::Csv => {
                            if self.csv_bom {
                                super::csv::write_bom(out)?;
                            }
                            super::csv::write_expiring(out, &meta, &plans)?
                        }
                        ExportFormat::Json => super::json::write_expiring(out, &meta, &plans)?,
                        ExportFormat::Pdf => super::pdf::write_expiring(out, &meta, &plans)?,
                    };
                    Ok(())
                })?;
                progress(plans.len(), plans.len());
                (plans.len(), bytes)
            }
        };
        Ok(ExportSummary {
            format: self.format,
            target: self.target.clone(),
            items,
            bytes,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggested_names_say_what_is_inside() {
        let day = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
        let all = ExportContent::Claims(ClaimSelection::default());
        assert_eq!(
            ExportJob::suggested_file_name(&all, ExportFormat::Csv, day),
            "claims-2026-11-25.csv"
        );
        let one = ExportContent::Claims(ClaimSelection::one("CL-2026-000123"));
        assert_eq!(
            ExportJob::suggested_file_name(&one, ExportFormat::Pdf, day),
            "CL-2026-000123.pdf"
        );
        let soon = ExportContent::Expiring { within_days: 60 };
        assert_eq!(
            ExportJob::suggested_file_name(&soon, ExportFormat::Json, day),
            "expiring-60-days-2026-11-25.json"
        );
    }
}
