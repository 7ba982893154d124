//! Claim reports as JSON: the claims with their decisions, plans and events.
//!
//! The document is `{"format": "caredesk.claim-report.v1", "meta": {…},
//! "claims": [ClaimReport, …], "count": N}`; it is written claim by claim (one
//! claim per line) so a large export never holds every claim in memory.
//! [`ClaimsDocument`] reads it back.

use super::{
    ClaimReport, ExpiringMeta, ExpiringPlanReport, ExportError, Progress, ReportMeta,
    csv::PROGRESS_EVERY,
};
use serde::{Deserialize, Serialize};
use std::io::Write;

pub const CLAIMS_FORMAT: &str = "caredesk.claim-report.v1";
pub const EXPIRING_FORMAT: &str = "caredesk.expiring-coverage.v1";

/// A claim-report JSON file, as written and as read back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClaimsDocument {
    pub format: String,
    pub meta: ReportMeta,
    pub claims: Vec<ClaimReport>,
    pub count: usize,
}

/// An expiring-coverage JSON file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExpiringDocument {
    pub format: String,
    pub meta: ExpiringMeta,
    pub plans: Vec<ExpiringPlanReport>,
}

/// Streams the claims into `out`. Returns the number of claims written.
pub fn write_claims<W, I>(
    mut out: W,
    meta: &ReportMeta,
    total: usize,
    claims: I,
    progress: Progress,
) -> Result<usize, ExportError>
where
    W: Write,
    I: IntoIterator<Item = Result<ClaimReport, ExportError>>,
{
    write!(out, "{{\"format\":")?;
    serde_json::to_writer(&mut out, CLAIMS_FORMAT)?;
    write!(out, ",\"meta\":")?;
    serde_json::to_writer(&mut out, meta)?;
    write!(out, ",\"claims\":[")?;
    let mut done = 0;
    for claim in claims {
        let claim = claim?;
        out.write_all(if done == 0 { b"\n" } else { b",\n" })?;
        serde_json::to_writer(&mut out, &claim)?;
        done += 1;
        if done % PROGRESS_EVERY == 0 && !progress(done, total.max(done)) {
            return Err(ExportError::Cancelled);
        }
    }
    writeln!(out, "\n],\"count\":{done}}}")?;
    out.flush()?;
    if !progress(done, total.max(done)) {
        return Err(ExportError::Cancelled);
    }
    Ok(done)
}

/// Writes the expiring coverage report.
pub fn write_expiring<W: Write>(
    mut out: W,
    meta: &ExpiringMeta,
    plans: &[ExpiringPlanReport],
) -> Result<usize, ExportError> {
    let doc = ExpiringDocument {
        format: EXPIRING_FORMAT.to_string(),
        meta: meta.clone(),
        plans: plans.to_vec(),
    };
    serde_json::to_writer_pretty(&mut out, &doc)?;
    writeln!(out)?;
    out.flush()?;
    Ok(plans.len())
}
