//! Claim reports as PDF: an A4 document a service center can hand over.
//!
//! One claim per page (a long timeline continues on the next page): product,
//! plans with validity, parts requested, the decision with every rule ID and
//! its reason, what the customer pays, the never-send-back checklist and the
//! event timeline. A multi-claim export starts with summary pages (counts by
//! status, decision and kind, the most cited rules, a table of the claims).
//! Every page has a footer "page N of M".
//!
//! Text uses the PDF built-in Helvetica faces: no font file to ship, and the
//! text extracts cleanly (`pdftotext`). Widths come from the Helvetica metrics
//! so wrapping is exact.
//!
//! - `layout`: the layout engine (pages, headings, fields, tables), with
//!   `text` (measuring and wrapping) and `helvetica_widths` (the metrics);
//! - `claim`: the pages of one claim, section by section;
//! - `summary`: the cover pages of a multi-claim report;
//! - `expiring`: the expiring coverage report.

mod claim;
mod expiring;
mod helvetica_widths;
mod layout;
mod summary;
mod text;

pub use expiring::write_expiring;

use super::{ClaimReport, ExportError, Progress, ReportMeta};
use layout::Layout;
use printpdf::{PdfDocument, PdfSaveOptions};
use std::io::Write;
use summary::Summaries;

/// The most claims one PDF export holds: the document is built in memory
/// (about 130 KB of memory a page), and nobody prints more than this anyway.
pub const MAX_CLAIMS: usize = 2_000;

/// Writes the claims as a PDF. Claims are laid out as they arrive; the cover
/// pages (for more than one claim) are put in front at the end.
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
    let mut body = Layout::new();
    let mut summaries = Summaries::default();
    for claim in claims {
        let claim = claim?;
        claim::claim_pages(&mut body, meta, &claim);
        summaries.add(claim);
        let done = summaries.count();
        if !progress(done, total.max(done)) {
            return Err(ExportError::Cancelled);
        }
    }
    let done = summaries.count();
    let mut all = Layout::new();
    if done != 1 {
        summary::cover_pages(&mut all, meta, &summaries);
    }
    all.pages.append(&mut body.pages);
    let doc = all.finish("CareDesk claim report");
    save(&doc, &mut out)?;
    Ok(done)
}

fn save<W: Write>(doc: &PdfDocument, out: &mut W) -> Result<(), ExportError> {
    let mut warnings = Vec::new();
    let bytes = doc.save(&PdfSaveOptions::default(), &mut warnings);
    if bytes.is_empty() {
        return Err(ExportError::Pdf("the PDF writer produced nothing".into()));
    }
    out.write_all(&bytes)?;
    out.flush()?;
    Ok(())
}

/// A day, or a dash for none.
fn day(d: Option<chrono::NaiveDate>) -> String {
    d.map(|d| d.format("%Y-%m-%d").to_string())
        .unwrap_or_else(|| "\u{2014}".to_string())
}

fn yes_no(b: bool) -> String {
    if b { "yes" } else { "no" }.to_string()
}

/// "2026-05-02T10:15:00Z" → "2026-05-02 10:15".
fn when(at: &str) -> String {
    match chrono::DateTime::parse_from_rfc3339(at) {
        Ok(t) => t.format("%Y-%m-%d %H:%M").to_string(),
        Err(_) => at.replace('T', " "),
    }
}

/// The band's subtitle of a claim report page.
fn generated_line(meta: &ReportMeta) -> String {
    format!(
        "Generated {} UTC \u{00b7} plan states as of {}",
        when(&meta.generated_at),
        meta.as_of.format("%Y-%m-%d")
    )
}
