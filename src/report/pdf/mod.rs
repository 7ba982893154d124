//! Claim reports as PDF: an A4 document a service center can hand over.
//!
//! One claim per page (a long timeline continues on the next page): product,
//! plans with validity, parts requested, the decision with every rule ID and
//! its reason, what the customer pays, the never-send-back checklist and the
//! event timeline. A multi-claim export starts with summary pages (counts by
//! status, decision and kind, the most cited rules, a table of the claims).
//! Every page has a footer "page N of M".
//!
//! Text a built-in Helvetica can show is drawn with it; anything else
//! (Chinese, Korean, Arabic, …) with the workstation's fonts, a subset of
//! each embedded (`font`), so `pdftotext` gives back exactly what was stored.
//! The document is written as it is laid out (`document`): any number of
//! claims, in the memory of a page or two plus the summary's short list.
//! The information dictionary carries the title and the creation time, the
//! catalog the document's language (`/Lang`).
//!
//! - `document`: the PDF file written page by page (objects, page tree,
//!   information, cross-references);
//! - `font`: Helvetica or embedded subsets of the workstation's fonts, per
//!   character (reusable by every document);
//! - `layout`: the layout engine (pages, headings, fields, tables), with
//!   `text` (measuring and wrapping) and `helvetica_widths` (the metrics);
//! - `claim`: the pages of one claim, section by section;
//! - `summary`: the cover pages of a multi-claim report;
//! - `expiring`: the expiring coverage report.

mod claim;
mod document;
mod expiring;
mod font;
mod helvetica_widths;
mod label;
mod layout;
mod receipt;
mod summary;
mod text;

pub use expiring::write_expiring;

use super::{ClaimAttachments, ClaimReport, ExportError, Progress, ReportMeta};
use crate::fonts::HanVariant;
use crate::i18n::format::time_in;
use crate::i18n::{Lang, Zone};
use crate::tr_in;
use document::{DocInfo, DocWriter, PageSink};
use font::{DocFonts, SystemFonts};
use layout::Layout;
use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;
use summary::Summaries;

/// Starts a document in the desk's language (the reports and the box label
/// are for staff), with the fallback fonts for it.
fn start_document<W: Write>(out: W) -> Result<DocWriter<W>, ExportError> {
    start_document_in(out, crate::i18n::current())
}

/// Starts a document in language `lang`: its words (headings, labels,
/// footers) and `/Lang`.
fn start_document_in<W: Write>(out: W, lang: Lang) -> Result<DocWriter<W>, ExportError> {
    let system = SystemFonts::get(HanVariant::for_language(lang.tag()));
    let fonts = Rc::new(RefCell::new(DocFonts::new(system)));
    Ok(DocWriter::new(out, fonts, lang)?)
}

/// The creation time: when the export was made (`generated_at`), so the
/// information dictionary agrees with what the pages say.
fn created(generated_at: &str) -> chrono::DateTime<chrono::Utc> {
    chrono::DateTime::parse_from_rfc3339(generated_at)
        .map(|t| t.with_timezone(&chrono::Utc))
        .unwrap_or_else(|_| chrono::Utc::now())
}

/// Writes the claims as a PDF, page by page as they arrive (any number of
/// claims). The summary pages (for more than one claim) are laid out at the
/// end and put in front.
pub fn write_claims<W, I>(
    out: W,
    meta: &ReportMeta,
    total: usize,
    claims: I,
    progress: Progress,
) -> Result<usize, ExportError>
where
    W: Write,
    I: IntoIterator<Item = Result<ClaimReport, ExportError>>,
{
    let none = |_: &str| Ok(ClaimAttachments::default());
    write_claims_attached(out, meta, total, claims, &none, progress)
}

/// [`write_claims`] with each claim's photos and signature, read by
/// `attachments` as its page is laid out (so a large export holds one
/// claim's pictures at a time).
pub fn write_claims_attached<W, I>(
    out: W,
    meta: &ReportMeta,
    total: usize,
    claims: I,
    attachments: &dyn Fn(&str) -> Result<ClaimAttachments, ExportError>,
    progress: Progress,
) -> Result<usize, ExportError>
where
    W: Write,
    I: IntoIterator<Item = Result<ClaimReport, ExportError>>,
{
    let mut doc = start_document(out)?;
    let lang = doc.lang();
    let fonts = doc.fonts();
    let mut summaries = Summaries::default();
    let mut body = Layout::new(&mut doc, Rc::clone(&fonts));
    for claim in claims {
        let claim = claim?;
        let attached = attachments(&claim.claim_id)?;
        claim::claim_pages(&mut body, meta, &claim, &attached);
        summaries.add(claim);
        let done = summaries.count();
        if !progress(done, total.max(done)) {
            return Err(ExportError::Cancelled);
        }
        if body.failed() {
            break;
        }
    }
    body.finish();
    if let Some(e) = doc.take_error() {
        return Err(e.into());
    }
    let done = summaries.count();
    if done != 1 {
        doc.pages_in_front();
        let mut cover = Layout::new(&mut doc, Rc::clone(&fonts));
        summary::cover_pages(&mut cover, meta, &summaries);
        cover.finish();
    }
    let title = match (done, summaries.first_id()) {
        (1, Some(id)) => tr_in!(lang, "claim-pdf-doc-title-one", claim = id),
        _ => tr_in!(lang, "claim-pdf-doc-title"),
    };
    let info = DocInfo {
        title: &title,
        created: created(&meta.generated_at),
    };
    doc.finish(&info, layout::footer)?;
    Ok(done)
}

/// Writes a claim's intake receipt: one page of `paper`, in the receipt's
/// language.
pub fn write_receipt<W: Write>(
    out: W,
    receipt: &crate::report::papers::Receipt,
    paper: crate::report::papers::Paper,
) -> Result<(), ExportError> {
    let mut doc = start_document_in(out, receipt.lang)?;
    let fonts = doc.fonts();
    let mut l = Layout::with_size(&mut doc, Rc::clone(&fonts), paper.size());
    receipt::receipt_page(&mut l, receipt);
    l.finish();
    if let Some(e) = doc.take_error() {
        return Err(e.into());
    }
    let title = crate::tr_in!(
        receipt.lang,
        "receipt-pdf-title",
        claim = receipt.claim_id.as_str()
    );
    let info = DocInfo {
        title: &title,
        created: chrono::Utc::now(),
    };
    doc.finish(&info, layout::footer)?;
    Ok(())
}

/// Writes a claim's box label: one 62 mm × 100 mm page.
pub fn write_label<W: Write>(
    out: W,
    label: &crate::report::papers::Label,
) -> Result<(), ExportError> {
    let mut doc = start_document(out)?;
    label::label_page(&mut doc, label);
    if let Some(e) = doc.take_error() {
        return Err(e.into());
    }
    let title = tr_in!(
        doc.lang(),
        "label-pdf-title",
        claim = label.claim_id.as_str()
    );
    let info = DocInfo {
        title: &title,
        created: chrono::Utc::now(),
    };
    doc.finish(&info, label::no_footer)?;
    Ok(())
}

/// A day, or a dash for none.
fn day(d: Option<chrono::NaiveDate>) -> String {
    d.map(|d| d.format("%Y-%m-%d").to_string())
        .unwrap_or_else(|| "\u{2014}".to_string())
}

/// A message whose key is fixed in the program, in language `lang` (a
/// heading, a field's label, a column's title).
fn t(lang: Lang, key: &'static str) -> &'static str {
    crate::i18n::static_text(lang, key)
}

fn yes_no(lang: Lang, b: bool) -> String {
    tr_in!(lang, if b { "pdf-yes" } else { "pdf-no" })
}

/// "2026-05-02T10:15:00Z" → "2026-05-02 18:15 UTC+08:00" on `zone`'s clock.
fn when(at: &str, zone: Zone) -> String {
    match utc_moment(at) {
        Some(t) => time_in(t, zone),
        None => at.replace('T', " "),
    }
}

/// An RFC 3339 time of the report as a moment in UTC.
fn utc_moment(at: &str) -> Option<chrono::NaiveDateTime> {
    chrono::DateTime::parse_from_rfc3339(at)
        .ok()
        .map(|t| t.naive_utc())
}

/// The band's subtitle of a claim report page.
fn generated_line(lang: Lang, meta: &ReportMeta) -> String {
    tr_in!(
        lang,
        "claim-pdf-generated",
        at = when(&meta.generated_at, meta.zone),
        day = meta.as_of.format("%Y-%m-%d").to_string()
    )
}
