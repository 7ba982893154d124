//! `caredesk export`: claim reports (or the expiring coverage report) to a
//! CSV, PDF or JSON file. The file is written to a temporary file beside the
//! target and renamed when complete: a failed export leaves nothing behind.

use super::desk::{Session, day_or_today, saved};
use crate::desk::{ClaimFilter, ClaimKind, ClaimStatus};
use crate::report::ExportFormat;
use crate::report::atomic::check_target;
use crate::report::job::{ExportContent, ExportJob};
use crate::report::source::ClaimSelection;
use crate::rules::request::parse_day;
use anyhow::{Context, anyhow, bail};
use chrono::NaiveDate;
use std::io::IsTerminal;
use std::path::PathBuf;

#[derive(clap::Args, Debug)]
#[command(after_help = "\
Examples:
  caredesk export --format csv --out claims.csv
  caredesk export --format pdf --out CL-2026-000123.pdf --claim CL-2026-000123
  caredesk export --format json --out q1.json --from 2026-01-01 --to 2026-03-31 --status refused
  caredesk export --format csv --out expiring.csv --expiring 30
  caredesk export --format csv --bom --out claims-for-excel.csv

CSV columns and the JSON shape: docs/export-columns.md. --from/--to compare the
application date the claim was decided on (inclusive). With --expiring DAYS the
export is the expiring coverage report instead: plan services (CR/CR+
replacement service, CR+ extended warranty) whose validity ends within DAYS
days of --on (default today). Exit 2 with one line on stderr for a bad path,
folder, claim id, status or date; nothing is written then. --out must be a
regular file or nothing: a device (/dev/null), pipe, link or folder is
refused. A new file is readable by its owner only (reports hold customers'
data); an existing file keeps its permissions.")]
pub struct ExportArgs {
    /// Output format.
    #[arg(long, value_name = "csv|pdf|json")]
    format: ExportFormat,
    /// File to write (its folder must exist; an existing file is replaced only
    /// once the export is complete).
    #[arg(long, value_name = "PATH")]
    out: PathBuf,
    /// Just this claim (e.g. CL-2026-000123).
    #[arg(long, value_name = "ID", conflicts_with_all = ["from", "to", "status", "kind", "serial"])]
    claim: Option<String>,
    /// Claims decided on or after this day (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    from: Option<String>,
    /// Claims decided on or before this day (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    to: Option<String>,
    /// Claims with this status (submitted, approved, refused, awaiting_product,
    /// received, assessed, replacement_shipped, paid_repair, repaired, closed).
    #[arg(long, value_name = "S")]
    status: Option<String>,
    /// Claims of this kind (replacement, extended_warranty).
    #[arg(long, value_name = "KIND")]
    kind: Option<String>,
    /// Claims whose serial or id contains this text.
    #[arg(long, value_name = "TEXT")]
    serial: Option<String>,
    /// Export the expiring coverage report: services ending within DAYS days
    /// (30, 60 or 90 in the app).
    #[arg(long, value_name = "DAYS", conflicts_with_all = ["claim", "from", "to", "status", "kind", "serial"],
          value_parser = clap::value_parser!(u32).range(1..=3660))]
    expiring: Option<u32>,
    /// The day plan states and the expiring window are computed for (default today).
    #[arg(long, value_name = "DATE")]
    on: Option<String>,
    /// Start a CSV file with a UTF-8 byte-order mark, for Excel (which
    /// otherwise garbles Chinese and Korean). Without it: plain UTF-8.
    #[arg(long)]
    bom: bool,
}

fn date(arg: &str, v: Option<&str>) -> anyhow::Result<Option<NaiveDate>> {
    v.map(|s| parse_day(s).ok_or_else(|| anyhow!("bad {arg} date `{s}` (expected YYYY-MM-DD)")))
        .transpose()
}

impl ExportArgs {
    fn content(&self) -> anyhow::Result<ExportContent> {
        if let Some(days) = self.expiring {
            return Ok(ExportContent::Expiring { within_days: days });
        }
        if let Some(id) = &self.claim {
            if id.trim().is_empty() {
                bail!("--claim needs a claim id");
            }
            return Ok(ExportContent::Claims(ClaimSelection::one(id)));
        }
        let from = date("--from", self.from.as_deref())?;
        let to = date("--to", self.to.as_deref())?;
        if let (Some(a), Some(b)) = (from, to)
            && a > b
        {
            bail!("--from {a} is after --to {b}");
        }
        let status = self
            .status
            .as_deref()
            .map(|s| s.trim().parse::<ClaimStatus>().map_err(|e| anyhow!(e)))
            .transpose()?;
        let kind = self
            .kind
            .as_deref()
            .map(|s| s.trim().parse::<ClaimKind>().map_err(|e| anyhow!(e)))
            .transpose()?;
        Ok(ExportContent::Claims(ClaimSelection::filtered(
            ClaimFilter {
                status,
                kind,
                from,
                to,
                serial: self.serial.clone(),
                queue: None,
            },
        )))
    }

    pub fn run(self, desk: &Session<'_>) -> anyhow::Result<i32> {
        // Everything about the request is checked before the database is opened.
        let content = self.content()?;
        let as_of = day_or_today(self.on.as_deref())?;
        check_target(&self.out)?;
        let store = desk.open()?;
        let job = ExportJob {
            format: self.format,
            target: self.out.clone(),
            content,
            as_of,
            csv_bom: self.bom,
        };
        let tty = std::io::stderr().is_terminal();
        let mut last_percent = usize::MAX;
        let summary = job
            .run_with(&store, &mut |done, total| {
                if tty && total > 0 {
                    let percent = done * 100 / total;
                    if percent != last_percent {
                        last_percent = percent;
                        eprint!("\rexporting: {done} of {total} ({percent}%)");
                    }
                }
                true
            })
            .with_context(|| format!("{} not written", self.out.display()));
        if tty && last_percent != usize::MAX {
            eprintln!();
        }
        let summary = summary?;
        saved(
            "export",
            &format!("the export {}", summary.target.display()),
            &serde_json::json!({
                "format": summary.format,
                "out": summary.target,
                "items": summary.items,
                "bytes": summary.bytes,
            }),
            0,
        )
    }
}
