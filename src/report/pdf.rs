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

use super::text::{Face, fit, printable, width, wrap};
use super::{ClaimReport, ExpiringMeta, ExpiringPlanReport, ExportError, Progress, ReportMeta};
use super::{humanize, label_of};
use printpdf::{
    BuiltinFont, Color, Line, LinePoint, Mm, Op, PaintMode, PdfDocument, PdfFontHandle, PdfPage,
    PdfSaveOptions, Point, Pt, Rect, Rgb, TextItem, WindingOrder,
};
use std::collections::BTreeMap;
use std::io::Write;

/// The most claims one PDF export holds: the document is built in memory
/// (about 130 KB of memory a page), and nobody prints more than this anyway.
pub const MAX_CLAIMS: usize = 2_000;

// A4 in points.
const PAGE_W: f32 = 595.28;
const PAGE_H: f32 = 841.89;
const MARGIN: f32 = 42.0;
const CONTENT_W: f32 = PAGE_W - 2.0 * MARGIN;
const RIGHT: f32 = PAGE_W - MARGIN;
/// Content stays above this line; the footer lives below it.
const BOTTOM: f32 = 50.0;

const BODY: f32 = 9.5;
const SMALL: f32 = 8.0;
const LINE: f32 = 11.5;

type Rgbf = (f32, f32, f32);
const INK: Rgbf = (0.12, 0.14, 0.17);
const MUTED: Rgbf = (0.40, 0.43, 0.48);
const BAND: Rgbf = (0.11, 0.24, 0.37);
const BAND_TEXT: Rgbf = (1.0, 1.0, 1.0);
const BAND_SUB: Rgbf = (0.78, 0.85, 0.92);
const RULE: Rgbf = (0.80, 0.82, 0.85);
const TABLE_HEAD: Rgbf = (0.92, 0.94, 0.97);
const ZEBRA: Rgbf = (0.975, 0.98, 0.985);
const APPROVED: Rgbf = (0.09, 0.47, 0.24);
const REFUSED: Rgbf = (0.71, 0.14, 0.11);
const APPROVED_BG: Rgbf = (0.90, 0.96, 0.92);
const REFUSED_BG: Rgbf = (0.99, 0.92, 0.91);

fn color((r, g, b): Rgbf) -> Color {
    Color::Rgb(Rgb {
        r,
        g,
        b,
        icc_profile: None,
    })
}

fn font(face: Face) -> PdfFontHandle {
    PdfFontHandle::Builtin(match face {
        Face::Regular => BuiltinFont::Helvetica,
        Face::Bold => BuiltinFont::HelveticaBold,
    })
}

/// One page being drawn; `footer` names what the page is about.
struct Page {
    ops: Vec<Op>,
    footer: String,
}

impl Page {
    fn new(footer: String) -> Self {
        Page {
            ops: Vec::with_capacity(256),
            footer,
        }
    }

    fn text(&mut self, face: Face, size: f32, x: f32, y: f32, ink: Rgbf, s: &str) {
        if s.is_empty() {
            return;
        }
        self.ops.extend([
            Op::StartTextSection,
            Op::SetFont {
                font: font(face),
                size: Pt(size),
            },
            Op::SetFillColor { col: color(ink) },
            Op::SetTextCursor {
                pos: Point { x: Pt(x), y: Pt(y) },
            },
            Op::ShowText {
                items: vec![TextItem::Text(printable(s))],
            },
            Op::EndTextSection,
        ]);
    }

    fn text_right(&mut self, face: Face, size: f32, right: f32, y: f32, ink: Rgbf, s: &str) {
        let s = printable(s);
        let x = right - width(face, size, &s);
        self.text(face, size, x, y, ink, &s);
    }

    fn rect(&mut self, x: f32, y: f32, w: f32, h: f32, fill: Rgbf) {
        self.ops.extend([
            Op::SetFillColor { col: color(fill) },
            Op::DrawRectangle {
                rectangle: Rect {
                    x: Pt(x),
                    y: Pt(y),
                    width: Pt(w),
                    height: Pt(h),
                    mode: Some(PaintMode::Fill),
                    winding_order: Some(WindingOrder::NonZero),
                },
            },
        ]);
    }

    fn box_outline(&mut self, x: f32, y: f32, w: f32, h: f32, ink: Rgbf) {
        self.ops.extend([
            Op::SetOutlineColor { col: color(ink) },
            Op::SetOutlineThickness { pt: Pt(0.8) },
            Op::DrawRectangle {
                rectangle: Rect {
                    x: Pt(x),
                    y: Pt(y),
                    width: Pt(w),
                    height: Pt(h),
                    mode: Some(PaintMode::Stroke),
                    winding_order: Some(WindingOrder::NonZero),
                },
            },
        ]);
    }

    fn hline(&mut self, x1: f32, x2: f32, y: f32, ink: Rgbf, thickness: f32) {
        let p = |x| LinePoint {
            p: Point { x: Pt(x), y: Pt(y) },
            bezier: false,
        };
        self.ops.extend([
            Op::SetOutlineColor { col: color(ink) },
            Op::SetOutlineThickness { pt: Pt(thickness) },
            Op::DrawLine {
                line: Line {
                    points: vec![p(x1), p(x2)],
                    is_closed: false,
                },
            },
        ]);
    }
}

/// A column of a table: its title, width and how its cells are drawn.
struct Column {
    title: &'static str,
    width: f32,
    /// Wrap the cell (otherwise it is shortened with an ellipsis).
    wrap: bool,
}

const fn col(title: &'static str, width: f32, wrap: bool) -> Column {
    Column { title, width, wrap }
}

/// Lays pages out top to bottom, starting a new page when one is full.
struct Layout {
    pages: Vec<Page>,
    y: f32,
    /// Footer label and running header of the current document part.
    part: String,
    continued: String,
}

impl Layout {
    fn new() -> Self {
        Layout {
            pages: Vec::new(),
            y: PAGE_H,
            part: String::new(),
            continued: String::new(),
        }
    }

    fn page(&mut self) -> &mut Page {
        if self.pages.is_empty() {
            self.pages.push(Page::new(String::new()));
        }
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    /// Starts a page with the full header band.
    fn start_page(&mut self, footer: &str, title: &str, subtitle: &str, right: &str) {
        self.part = footer.to_string();
        self.continued = format!("{title} \u{2014} {right} (continued)");
        let mut p = Page::new(footer.to_string());
        let band_h = 58.0;
        p.rect(0.0, PAGE_H - band_h, PAGE_W, band_h, BAND);
        p.text(Face::Bold, 17.0, MARGIN, PAGE_H - 27.0, BAND_TEXT, title);
        p.text(
            Face::Regular,
            8.5,
            MARGIN,
            PAGE_H - 43.0,
            BAND_SUB,
            subtitle,
        );
        p.text_right(Face::Bold, 15.0, RIGHT, PAGE_H - 27.0, BAND_TEXT, right);
        self.pages.push(p);
        self.y = PAGE_H - band_h - 18.0;
    }

    /// Makes room for `h` points, continuing on a new page if needed.
    fn ensure(&mut self, h: f32) {
        if self.y - h >= BOTTOM {
            return;
        }
        let mut p = Page::new(self.part.clone());
        let band_h = 30.0;
        p.rect(0.0, PAGE_H - band_h, PAGE_W, band_h, BAND);
        p.text(
            Face::Bold,
            10.5,
            MARGIN,
            PAGE_H - 19.5,
            BAND_TEXT,
            &self.continued,
        );
        self.pages.push(p);
        self.y = PAGE_H - band_h - 20.0;
    }

    fn gap(&mut self, h: f32) {
        self.y -= h;
    }

    /// A section heading, kept with at least `keep` points of what follows.
    fn heading(&mut self, title: &str, keep: f32) {
        self.ensure(26.0 + keep);
        self.gap(5.0);
        let y = self.y - 11.0;
        let page = self.page();
        page.text(Face::Bold, 11.5, MARGIN, y, BAND, title);
        page.hline(MARGIN, RIGHT, y - 4.5, BAND, 0.9);
        self.y = y - 13.0;
    }

    /// A paragraph wrapped to `w` points at `x`.
    fn paragraph(&mut self, face: Face, size: f32, x: f32, w: f32, ink: Rgbf, text: &str) {
        for line in wrap(face, size, &printable(text), w) {
            self.ensure(LINE);
            let y = self.y - size;
            self.page().text(face, size, x, y, ink, &line);
            self.y -= LINE.max(size + 3.0);
        }
    }

    /// A muted full-width line, for a section with nothing to list.
    fn note(&mut self, text: &str) {
        self.paragraph(Face::Regular, BODY, MARGIN, CONTENT_W, MUTED, text);
    }

    /// Label/value pairs in two columns.
    fn fields(&mut self, pairs: &[(&str, String)]) {
        let half = CONTENT_W / 2.0;
        let label_w = 92.0;
        for row in pairs.chunks(2) {
            let lines: Vec<Vec<String>> = row
                .iter()
                .map(|(_, v)| wrap(Face::Regular, BODY, &printable(v), half - label_w - 10.0))
                .collect();
            let n = lines.iter().map(Vec::len).max().unwrap_or(1).max(1);
            let h = n as f32 * LINE + 2.0;
            self.ensure(h);
            let top = self.y;
            let page = self.page();
            for (i, ((label, _), value_lines)) in row.iter().zip(&lines).enumerate() {
                let x = MARGIN + i as f32 * half;
                page.text(Face::Regular, SMALL, x, top - BODY, MUTED, label);
                for (k, l) in value_lines.iter().enumerate() {
                    page.text(
                        Face::Regular,
                        BODY,
                        x + label_w,
                        top - BODY - k as f32 * LINE,
                        INK,
                        l,
                    );
                }
            }
            self.y -= h;
        }
    }

    /// A table with a shaded header row (repeated on continuation pages).
    fn table(&mut self, columns: &[Column], rows: &[Vec<String>]) {
        let pad = 4.0;
        let size = BODY - 1.0;
        let row_line = LINE - 1.5;
        let head = |l: &mut Layout| {
            let top = l.y;
            let page = l.page();
            page.rect(MARGIN, top - 16.0, CONTENT_W, 16.0, TABLE_HEAD);
            let mut x = MARGIN + pad;
            for c in columns {
                page.text(Face::Bold, SMALL, x, top - 11.0, INK, c.title);
                x += c.width;
            }
            l.y -= 16.0;
        };
        let cells: Vec<Vec<Vec<String>>> = rows
            .iter()
            .map(|row| {
                columns
                    .iter()
                    .zip(row)
                    .map(|(c, v)| {
                        let v = printable(v);
                        if c.wrap {
                            wrap(Face::Regular, size, &v, c.width - 2.0 * pad)
                        } else {
                            vec![fit(Face::Regular, size, &v, c.width - 2.0 * pad)]
                        }
                    })
                    .collect()
            })
            .collect();
        let height = |row: &Vec<Vec<String>>| {
            row.iter().map(Vec::len).max().unwrap_or(1).max(1) as f32 * row_line + 4.0
        };
        // Keep the header with the first row.
        self.ensure(16.0 + cells.first().map(height).unwrap_or(0.0));
        head(self);
        for (r, row) in cells.iter().enumerate() {
            let h = height(row);
            let before = self.pages.len();
            self.ensure(h);
            if self.pages.len() != before {
                head(self);
            }
            let top = self.y;
            let page = self.page();
            if r % 2 == 1 {
                page.rect(MARGIN, top - h, CONTENT_W, h, ZEBRA);
            }
            let mut x = MARGIN + pad;
            for (c, lines) in columns.iter().zip(row) {
                for (k, l) in lines.iter().enumerate() {
                    page.text(
                        Face::Regular,
                        size,
                        x,
                        top - size - 1.5 - k as f32 * row_line,
                        INK,
                        l,
                    );
                }
                x += c.width;
            }
            page.hline(MARGIN, RIGHT, top - h, RULE, 0.5);
            self.y -= h;
        }
    }

    /// A coloured label, like `REFUSED`, with text after it.
    fn verdict(&mut self, approved: bool, label: &str, after: &str) {
        self.ensure(26.0);
        let (fg, bg) = if approved {
            (APPROVED, APPROVED_BG)
        } else {
            (REFUSED, REFUSED_BG)
        };
        let top = self.y;
        let page = self.page();
        let w = width(Face::Bold, 12.0, label) + 16.0;
        page.rect(MARGIN, top - 20.0, w, 20.0, bg);
        page.rect(MARGIN, top - 20.0, 3.0, 20.0, fg);
        page.text(Face::Bold, 12.0, MARGIN + 9.0, top - 14.5, fg, label);
        page.text(
            Face::Regular,
            BODY,
            MARGIN + w + 10.0,
            top - 14.0,
            INK,
            after,
        );
        self.y -= 28.0;
    }

    /// Adds "page N of M" footers and builds the document.
    fn finish(self, title: &str) -> PdfDocument {
        let total = self.pages.len();
        let mut doc = PdfDocument::new(title);
        let pages = self
            .pages
            .into_iter()
            .enumerate()
            .map(|(i, mut p)| {
                p.hline(MARGIN, RIGHT, BOTTOM - 12.0, RULE, 0.6);
                let label = format!("CareDesk \u{2014} {}", p.footer);
                p.text(Face::Regular, SMALL, MARGIN, BOTTOM - 24.0, MUTED, &label);
                let n = format!("page {} of {}", i + 1, total);
                p.text_right(Face::Regular, SMALL, RIGHT, BOTTOM - 24.0, MUTED, &n);
                PdfPage::new(Mm(210.0), Mm(297.0), p.ops)
            })
            .collect();
        doc.with_pages(pages);
        doc
    }
}

/// What the cover keeps of each claim.
struct Summary {
    claim_id: String,
    submitted_on: String,
    serial: String,
    kind: String,
    status: String,
    decision: String,
    rules: Vec<String>,
}

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
    let mut summaries = Vec::new();
    let mut rule_reasons: BTreeMap<String, String> = BTreeMap::new();
    for claim in claims {
        let claim = claim?;
        claim_pages(&mut body, meta, &claim);
        for r in &claim.rules {
            rule_reasons
                .entry(r.id.clone())
                .or_insert_with(|| r.reason.clone());
        }
        summaries.push(Summary {
            claim_id: claim.claim_id,
            submitted_on: claim.submitted_on.format("%Y-%m-%d").to_string(),
            serial: claim.product.serial,
            kind: claim.kind,
            status: claim.status,
            decision: claim.decision,
            rules: claim.rules.into_iter().map(|r| r.id).collect(),
        });
        let done = summaries.len();
        if !progress(done, total.max(done)) {
            return Err(ExportError::Cancelled);
        }
    }
    let done = summaries.len();
    let mut all = Layout::new();
    if done != 1 {
        cover_pages(&mut all, meta, &summaries, &rule_reasons);
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

fn claim_pages(l: &mut Layout, meta: &ReportMeta, c: &ClaimReport) {
    let subtitle = format!(
        "Generated {} UTC \u{00b7} plan states as of {}",
        when(&meta.generated_at),
        meta.as_of.format("%Y-%m-%d")
    );
    l.start_page(
        &format!("Claim report {}", c.claim_id),
        "CareDesk \u{2014} Claim report",
        &subtitle,
        &c.claim_id,
    );

    // Status strip under the band.
    let approved = c.approved();
    let status_line = format!(
        "{} claim \u{00b7} status: {} \u{00b7} submitted {} \u{00b7} decided {}",
        humanize(&c.kind),
        humanize(&c.status),
        c.submitted_on.format("%Y-%m-%d"),
        day(c.decided_on)
    );
    l.paragraph(Face::Bold, 10.5, MARGIN, CONTENT_W, INK, &status_line);
    l.gap(2.0);

    l.heading("Product", 40.0);
    let mut product = vec![
        ("Serial number", c.product.serial.clone()),
        ("Model", c.product.model.clone()),
        ("Series", c.product.series.clone()),
        ("Bought via", label_of(&c.product.channel)),
        ("Bought in", c.product.region.clone()),
        ("Unit status", humanize(&c.product.status)),
        (
            "International service",
            yes_no(c.product.international_service),
        ),
    ];
    if let Some(s) = &c.product.replaces {
        product.push(("Replaces unit", s.clone()));
    }
    if let Some(s) = &c.product.replaced_by {
        product.push(("Replaced by", s.clone()));
    }
    l.fields(&product);

    l.heading("Plans", 40.0);
    if c.plans.is_empty() {
        l.note("No Care Refresh plan on this product.");
    } else {
        let rows: Vec<Vec<String>> = c
            .plans
            .iter()
            .map(|p| {
                let name = match &p.term {
                    Some(t) => format!("{} ({})", label_of(&p.plan), label_of_term(t)),
                    None => label_of(&p.plan),
                };
                let name = if p.withdrawn {
                    format!("{name}, withdrawn")
                } else {
                    name
                };
                vec![
                    name,
                    format!("{} ({})", p.region, p.service_region),
                    p.starts.format("%Y-%m-%d").to_string(),
                    p.valid_through.format("%Y-%m-%d").to_string(),
                    format!(
                        "{} of {} used, {} left",
                        p.replacements_used, p.replacements_allowed, p.replacements_left
                    ),
                    humanize(&p.replacement_service),
                    p.extended_warranty
                        .as_deref()
                        .map(humanize)
                        .unwrap_or_else(|| "\u{2014}".into()),
                ]
            })
            .collect();
        l.table(
            &[
                col("Plan", 128.0, true),
                col("Region", 50.0, false),
                col("Starts", 56.0, false),
                col("Valid through", 62.0, false),
                col("Replacements", 80.0, true),
                col("Replacement", 70.0, true),
                col("Ext. warranty", 65.28, true),
            ],
            &rows,
        );
    }

    l.heading("Claim and parts requested", 40.0);
    if c.parts.is_empty() {
        l.note("No parts listed.");
    } else {
        let rows: Vec<Vec<String>> = c
            .parts
            .iter()
            .map(|p| vec![label_of(&p.part), p.part.clone(), p.quantity.to_string()])
            .collect();
        l.table(
            &[
                col("Part", 220.0, true),
                col("Code", 180.0, false),
                col("Quantity", 111.28, false),
            ],
            &rows,
        );
    }
    l.gap(6.0);
    let exclusions = if c.exclusions.is_empty() {
        "none".to_string()
    } else {
        c.exclusions
            .iter()
            .map(|e| label_of(e))
            .collect::<Vec<_>>()
            .join("; ")
    };
    l.fields(&[
        ("Service channel", label_of(&c.channel)),
        ("Service region", c.service_region.clone()),
        ("Cause", label_of(&c.cause)),
        ("Parts shipped on", day(c.shipped_on)),
        ("Privacy accepted", yes_no(c.privacy_accepted)),
        (
            "Transregional fees",
            if c.accepts_transregional_fees {
                "accepted".to_string()
            } else {
                "not accepted".to_string()
            },
        ),
    ]);
    l.fields(&[("Exclusions observed", exclusions)]);

    l.heading("Decision", 60.0);
    let plan = c
        .plan
        .as_deref()
        .map(|p| format!("under {}", label_of(p)))
        .unwrap_or_else(|| "no plan in effect".to_string());
    let left = c
        .replacements_left_after
        .map(|n| format!(" \u{00b7} replacements left after this claim: {n}"))
        .unwrap_or_default();
    if approved {
        l.verdict(
            true,
            "APPROVED",
            &format!("{plan}{left} \u{00b7} no rule refused this claim"),
        );
    } else {
        let n = c.rules.len();
        let what = if n == 1 {
            "1 rule refused this claim".to_string()
        } else {
            format!("{n} rules refused this claim")
        };
        l.verdict(false, "REFUSED", &format!("{plan} \u{00b7} {what}"));
        rule_list(
            l,
            c.rules.iter().map(|r| (r.id.as_str(), r.reason.as_str())),
            INK,
        );
    }
    if !c.interpretations.is_empty() {
        l.gap(4.0);
        l.paragraph(
            Face::Bold,
            SMALL + 0.5,
            MARGIN,
            CONTENT_W,
            MUTED,
            "Interpretations of the terms applied",
        );
        rule_list(
            l,
            c.interpretations
                .iter()
                .map(|r| (r.id.as_str(), r.reason.as_str())),
            MUTED,
        );
    }

    l.heading("Customer pays", 30.0);
    for line in customer_pays(c) {
        l.paragraph(Face::Regular, BODY, MARGIN, CONTENT_W, INK, &line);
    }

    let items = &meta.never_send_back;
    if !items.is_empty() {
        l.heading(
            "Never send back",
            30.0 + 14.0 * items.len().div_ceil(2) as f32,
        );
        l.paragraph(
            Face::Regular,
            BODY,
            MARGIN,
            CONTENT_W,
            INK,
            "Send back only the parts to be replaced; the customer pays the shipping of anything else:",
        );
        l.gap(3.0);
        checklist(l, items);
    }

    l.heading("Timeline", 40.0);
    if c.events.is_empty() {
        l.note("No events recorded.");
    } else {
        let rows: Vec<Vec<String>> = c
            .events
            .iter()
            .map(|e| {
                vec![
                    when(&e.at),
                    e.who.clone(),
                    e.from.as_deref().map(humanize).unwrap_or_default(),
                    humanize(&e.to),
                    e.note.clone(),
                ]
            })
            .collect();
        l.table(
            &[
                col("When (UTC)", 78.0, false),
                col("Who", 80.0, true),
                col("From", 96.0, true),
                col("To", 96.0, true),
                col("Note", 161.28, true),
            ],
            &rows,
        );
    }
}

/// Kind for narrow columns.
fn short_kind(kind: &str) -> String {
    match kind {
        "extended_warranty" => "Warranty".to_string(),
        other => humanize(other),
    }
}

fn label_of_term(t: &str) -> String {
    t.parse::<crate::rules::codes::Term>()
        .map(|t| t.label().to_string())
        .unwrap_or_else(|_| t.to_string())
}

/// Rule IDs in bold with their reasons wrapped beside them.
fn rule_list<'a>(l: &mut Layout, items: impl Iterator<Item = (&'a str, &'a str)>, ink: Rgbf) {
    let id_w = 150.0;
    for (id, reason) in items {
        let lines = wrap(Face::Regular, BODY, &printable(reason), CONTENT_W - id_w);
        l.ensure(LINE * lines.len().max(1) as f32 + 4.0);
        let top = l.y;
        let page = l.page();
        page.text(Face::Bold, BODY, MARGIN, top - BODY, ink, id);
        for (k, line) in lines.iter().enumerate() {
            page.text(
                Face::Regular,
                BODY,
                MARGIN + id_w,
                top - BODY - k as f32 * LINE,
                ink,
                line,
            );
        }
        l.y -= LINE * lines.len().max(1) as f32 + 4.0;
    }
}

fn customer_pays(c: &ClaimReport) -> Vec<String> {
    if !c.approved() {
        return vec!["Nothing: the claim was refused.".to_string()];
    }
    let mut lines = Vec::new();
    for charge in &c.customer_pays {
        let line = match (charge.as_str(), &c.fee) {
            ("replacement_fee", Some(fee)) => format!("Replacement fee: {fee}"),
            ("replacement_fee", None) => {
                "Replacement fee: per the fee schedule (no amount recorded)".to_string()
            }
            ("transregional_fees", _) => {
                "Transregional shipping, tax and other fees, as quoted (the customer accepted them)"
                    .to_string()
            }
            (other, _) => label_of(other),
        };
        lines.push(line);
    }
    if c.kind == "extended_warranty" {
        if lines.is_empty() {
            lines.push("Nothing: repair and labour are free under the extended warranty.".into());
        }
    } else {
        if lines.is_empty() {
            lines.push("Nothing.".into());
        }
        lines.push("DJI pays the two-way shipping within the service area.".into());
    }
    lines
}

/// Boxes to tick, in two columns.
fn checklist(l: &mut Layout, items: &[String]) {
    let half = CONTENT_W / 2.0;
    for pair in items.chunks(2) {
        let lines: Vec<Vec<String>> = pair
            .iter()
            .map(|s| wrap(Face::Regular, BODY, &printable(s), half - 24.0))
            .collect();
        let n = lines.iter().map(Vec::len).max().unwrap_or(1).max(1);
        let h = n as f32 * LINE + 4.0;
        l.ensure(h);
        let top = l.y;
        let page = l.page();
        for (i, item_lines) in lines.iter().enumerate() {
            let x = MARGIN + i as f32 * half;
            page.box_outline(x, top - BODY - 0.5, 8.5, 8.5, INK);
            for (k, line) in item_lines.iter().enumerate() {
                page.text(
                    Face::Regular,
                    BODY,
                    x + 15.0,
                    top - BODY - k as f32 * LINE,
                    INK,
                    line,
                );
            }
        }
        l.y -= h;
    }
}

fn cover_pages(
    l: &mut Layout,
    meta: &ReportMeta,
    claims: &[Summary],
    rule_reasons: &BTreeMap<String, String>,
) {
    let subtitle = format!(
        "Generated {} UTC \u{00b7} plan states as of {}",
        when(&meta.generated_at),
        meta.as_of.format("%Y-%m-%d")
    );
    let count = match claims.len() {
        1 => "1 claim".to_string(),
        n => format!("{n} claims"),
    };
    l.start_page(
        "Claim report summary",
        "CareDesk \u{2014} Claim report",
        &subtitle,
        &count,
    );
    l.fields(&[
        ("Claims", claims.len().to_string()),
        ("Filter", meta.filter.clone()),
    ]);

    let tally = |key: &dyn Fn(&Summary) -> String| -> Vec<(String, usize)> {
        let mut m: BTreeMap<String, usize> = BTreeMap::new();
        for c in claims {
            *m.entry(key(c)).or_default() += 1;
        }
        m.into_iter().collect()
    };
    let by_decision = tally(&|c| c.decision.clone());
    let by_kind = tally(&|c| c.kind.clone());
    let by_status = tally(&|c| c.status.clone());

    // Three small count tables side by side.
    l.heading("At a glance", 80.0);
    let groups: [(&str, &Vec<(String, usize)>); 3] = [
        ("Decision", &by_decision),
        ("Kind", &by_kind),
        ("Status", &by_status),
    ];
    let col_w = CONTENT_W / 3.0;
    let rows = groups.iter().map(|(_, g)| g.len()).max().unwrap_or(0);
    let h = 16.0 + rows as f32 * LINE + 4.0;
    l.ensure(h);
    let top = l.y;
    {
        let page = l.page();
        for (i, (title, group)) in groups.iter().enumerate() {
            let x = MARGIN + i as f32 * col_w;
            page.rect(x, top - 16.0, col_w - 10.0, 16.0, TABLE_HEAD);
            page.text(Face::Bold, SMALL, x + 4.0, top - 11.0, INK, title);
            page.text_right(
                Face::Bold,
                SMALL,
                x + col_w - 14.0,
                top - 11.0,
                INK,
                "Claims",
            );
            for (k, (name, n)) in group.iter().enumerate() {
                let y = top - 16.0 - BODY - 2.0 - k as f32 * LINE;
                let ink = match name.as_str() {
                    "approved" => APPROVED,
                    "refused" => REFUSED,
                    _ => INK,
                };
                page.text(Face::Regular, BODY, x + 4.0, y, ink, &humanize(name));
                page.text_right(Face::Bold, BODY, x + col_w - 14.0, y, INK, &n.to_string());
            }
        }
    }
    l.y -= h;

    let mut cited: BTreeMap<&str, usize> = BTreeMap::new();
    for c in claims {
        for r in &c.rules {
            *cited.entry(r.as_str()).or_default() += 1;
        }
    }
    if !cited.is_empty() {
        let mut cited: Vec<(&str, usize)> = cited.into_iter().collect();
        cited.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        l.heading("Rules that refused claims", 40.0);
        let rows: Vec<Vec<String>> = cited
            .iter()
            .map(|(id, n)| {
                vec![
                    id.to_string(),
                    n.to_string(),
                    rule_reasons.get(*id).cloned().unwrap_or_default(),
                ]
            })
            .collect();
        l.table(
            &[
                col("Rule", 130.0, false),
                col("Claims", 45.0, false),
                col("Reason", 336.28, true),
            ],
            &rows,
        );
    }

    l.heading("Claims in this report", 40.0);
    if claims.is_empty() {
        l.note("No claim matches the filter.");
        return;
    }
    let rows: Vec<Vec<String>> = claims
        .iter()
        .map(|c| {
            vec![
                c.claim_id.clone(),
                c.submitted_on.clone(),
                c.serial.clone(),
                short_kind(&c.kind),
                humanize(&c.status),
                humanize(&c.decision),
                c.rules.join(", "),
            ]
        })
        .collect();
    l.table(
        &[
            col("Claim", 78.0, false),
            col("Submitted", 54.0, false),
            col("Serial", 80.0, false),
            col("Kind", 60.0, false),
            col("Status", 62.0, true),
            col("Decision", 46.0, false),
            col("Rules", 131.28, true),
        ],
        &rows,
    );
}

/// The expiring coverage report as a PDF table.
pub fn write_expiring<W: Write>(
    mut out: W,
    meta: &ExpiringMeta,
    plans: &[ExpiringPlanReport],
) -> Result<usize, ExportError> {
    let mut l = Layout::new();
    let subtitle = format!(
        "Generated {} UTC \u{00b7} services ending from {} up to {} days later",
        when(&meta.generated_at),
        meta.as_of.format("%Y-%m-%d"),
        meta.within_days
    );
    l.start_page(
        &format!("Expiring coverage, next {} days", meta.within_days),
        "CareDesk \u{2014} Expiring coverage",
        &subtitle,
        &format!("next {} days", meta.within_days),
    );
    if plans.is_empty() {
        l.note("No replacement service or extended warranty ends in this window.");
    } else {
        let rows: Vec<Vec<String>> = plans
            .iter()
            .map(|p| {
                vec![
                    p.serial.clone(),
                    p.model.clone(),
                    label_of(&p.plan),
                    humanize(&p.service),
                    p.valid_through.format("%Y-%m-%d").to_string(),
                    p.ends.format("%Y-%m-%d").to_string(),
                    p.days_left.to_string(),
                ]
            })
            .collect();
        l.table(
            &[
                col("Serial", 86.0, false),
                col("Model", 96.0, false),
                col("Plan", 70.0, false),
                col("Service", 90.0, false),
                col("Valid through", 64.0, false),
                col("Ends", 60.0, false),
                col("Days left", 45.28, false),
            ],
            &rows,
        );
    }
    let doc = l.finish("CareDesk expiring coverage");
    save(&doc, &mut out)?;
    Ok(plans.len())
}
