//! The layout engine of the PDF reports: A4 pages top to bottom, a header
//! band, headings, wrapped paragraphs, label/value fields, tables that repeat
//! their header on a new page, verdict labels and checklists, and the
//! "page N of M" footers. The documents (`claim`, `summary`, `expiring`) say
//! what goes on the pages; this says how it looks. Each full page goes to a
//! [`PageSink`] (the document being written) at once.

use super::document::{self, PageSink};
use super::font::{DocFonts, SystemFonts};
use super::text::{Face, fit, printable, width, wrap};
use crate::i18n::Lang;
use crate::tr_in;
use pdf_writer::Content;
use std::borrow::Cow;
use std::cell::RefCell;
use std::rc::Rc;

// A4 in points.
const PAGE_W: f32 = 595.28;
const PAGE_H: f32 = 841.89;
pub(super) const MARGIN: f32 = 42.0;
pub(super) const CONTENT_W: f32 = PAGE_W - 2.0 * MARGIN;
/// Content stays above this line; the footer lives below it.
const BOTTOM: f32 = 50.0;

pub(super) const BODY: f32 = 9.5;
pub(super) const SMALL: f32 = 8.0;
pub(super) const LINE: f32 = 11.5;

pub(super) type Rgbf = (f32, f32, f32);
pub(super) const INK: Rgbf = (0.12, 0.14, 0.17);
pub(super) const MUTED: Rgbf = (0.40, 0.43, 0.48);
const BAND: Rgbf = (0.11, 0.24, 0.37);
const BAND_TEXT: Rgbf = (1.0, 1.0, 1.0);
const BAND_SUB: Rgbf = (0.78, 0.85, 0.92);
const RULE: Rgbf = (0.80, 0.82, 0.85);
pub(super) const TABLE_HEAD: Rgbf = (0.92, 0.94, 0.97);
const ZEBRA: Rgbf = (0.975, 0.98, 0.985);
pub(super) const APPROVED: Rgbf = (0.09, 0.47, 0.24);
pub(super) const REFUSED: Rgbf = (0.71, 0.14, 0.11);
const APPROVED_BG: Rgbf = (0.90, 0.96, 0.92);
const REFUSED_BG: Rgbf = (0.99, 0.92, 0.91);

/// One page being drawn; `footer` names what the page is about.
pub(super) struct Page {
    content: Content,
    fonts: Rc<RefCell<DocFonts>>,
    footer: String,
    /// Width and height in points.
    size: (f32, f32),
}

impl Page {
    pub(super) fn new(footer: String, fonts: Rc<RefCell<DocFonts>>, size: (f32, f32)) -> Self {
        Page {
            content: Content::new(),
            fonts,
            footer,
            size,
        }
    }

    fn system(&self) -> &'static SystemFonts {
        self.fonts.borrow().system()
    }

    pub(super) fn text(&mut self, face: Face, size: f32, x: f32, y: f32, ink: Rgbf, s: &str) {
        if s.is_empty() {
            return;
        }
        let (r, g, b) = ink;
        self.content.begin_text();
        self.content.set_fill_rgb(r, g, b);
        self.content.next_line(x, y);
        self.fonts
            .borrow_mut()
            .show(&mut self.content, face, size, &printable(s));
        self.content.end_text();
    }

    pub(super) fn text_right(
        &mut self,
        face: Face,
        size: f32,
        right: f32,
        y: f32,
        ink: Rgbf,
        s: &str,
    ) {
        let s = printable(s);
        let x = right - width(self.system(), face, size, &s);
        self.text(face, size, x, y, ink, &s);
    }

    pub(super) fn rect(&mut self, x: f32, y: f32, w: f32, h: f32, fill: Rgbf) {
        let (r, g, b) = fill;
        self.content.set_fill_rgb(r, g, b);
        self.content.rect(x, y, w, h);
        self.content.fill_nonzero();
    }

    pub(super) fn box_outline(&mut self, x: f32, y: f32, w: f32, h: f32, ink: Rgbf) {
        let (r, g, b) = ink;
        self.content.set_stroke_rgb(r, g, b);
        self.content.set_line_width(0.8);
        self.content.rect(x, y, w, h);
        self.content.stroke();
    }

    pub(super) fn hline(&mut self, x1: f32, x2: f32, y: f32, ink: Rgbf, thickness: f32) {
        let (r, g, b) = ink;
        self.content.set_stroke_rgb(r, g, b);
        self.content.set_line_width(thickness);
        self.content.move_to(x1, y);
        self.content.line_to(x2, y);
        self.content.stroke();
    }

    /// A stroked line through `points` (a signature's stroke), round caps.
    pub(super) fn polyline(&mut self, points: &[(f32, f32)], thickness: f32, ink: Rgbf) {
        let Some(&(x0, y0)) = points.first() else {
            return;
        };
        let (r, g, b) = ink;
        self.content.set_stroke_rgb(r, g, b);
        self.content.set_line_width(thickness);
        self.content
            .set_line_cap(pdf_writer::types::LineCapStyle::RoundCap);
        self.content
            .set_line_join(pdf_writer::types::LineJoinStyle::RoundJoin);
        self.content.move_to(x0, y0);
        if points.len() == 1 {
            // A dot: a zero-length segment shows as a round cap.
            self.content.line_to(x0, y0);
        }
        for &(x, y) in &points[1..] {
            self.content.line_to(x, y);
        }
        self.content.stroke();
    }

    /// The image resource `name` (from [`Layout::add_image`]) drawn in the
    /// box at (`x`, `y`) (lower left), `w` × `h` points.
    pub(super) fn image(&mut self, name: &str, x: f32, y: f32, w: f32, h: f32) {
        self.content.save_state();
        self.content.transform([w, 0.0, 0.0, h, x, y]);
        self.content.x_object(pdf_writer::Name(name.as_bytes()));
        self.content.restore_state();
    }

    /// A tick box, with a check mark when `ticked`.
    pub(super) fn tick_box(&mut self, x: f32, y: f32, side: f32, ticked: bool, ink: Rgbf) {
        self.box_outline(x, y, side, side, ink);
        if ticked {
            self.polyline(
                &[
                    (x + side * 0.18, y + side * 0.5),
                    (x + side * 0.42, y + side * 0.2),
                    (x + side * 0.85, y + side * 0.85),
                ],
                1.3,
                ink,
            );
        }
    }

    pub(super) fn into_document_page(self) -> document::Page {
        document::Page {
            content: self.content,
            footer: self.footer,
            size: self.size,
        }
    }
}

/// A column of a table: its title, width and how its cells are drawn.
pub(super) struct Column {
    title: Cow<'static, str>,
    width: f32,
    /// Wrap the cell (otherwise it is shortened with an ellipsis).
    wrap: bool,
}

pub(super) const fn col(title: &'static str, width: f32, wrap: bool) -> Column {
    Column {
        title: Cow::Borrowed(title),
        width,
        wrap,
    }
}

/// [`col`] with a title made while writing (one that names a time zone).
pub(super) fn col_titled(title: String, width: f32, wrap: bool) -> Column {
    Column {
        title: Cow::Owned(title),
        width,
        wrap,
    }
}

/// Lays pages out top to bottom, starting a new page when one is full and
/// handing the full one to the sink.
pub(super) struct Layout<'s> {
    sink: &'s mut dyn PageSink,
    fonts: Rc<RefCell<DocFonts>>,
    system: &'static SystemFonts,
    current: Option<Page>,
    /// Pages started so far.
    pub(super) started: usize,
    pub(super) y: f32,
    /// Footer label and running header of the current document part.
    part: String,
    continued: String,
    /// Page width and height in points (A4 unless made `with_size`).
    size: (f32, f32),
}

impl<'s> Layout<'s> {
    pub(super) fn new(sink: &'s mut dyn PageSink, fonts: Rc<RefCell<DocFonts>>) -> Self {
        Self::with_size(sink, fonts, (PAGE_W, PAGE_H))
    }

    /// A layout of pages `size` points wide and high (e.g. US Letter).
    pub(super) fn with_size(
        sink: &'s mut dyn PageSink,
        fonts: Rc<RefCell<DocFonts>>,
        size: (f32, f32),
    ) -> Self {
        let system = fonts.borrow().system();
        Layout {
            sink,
            fonts,
            system,
            current: None,
            started: 0,
            y: size.1,
            part: String::new(),
            continued: String::new(),
            size,
        }
    }

    /// The width between the margins.
    pub(super) fn content_w(&self) -> f32 {
        self.size.0 - 2.0 * MARGIN
    }

    /// The right margin's x.
    pub(super) fn right(&self) -> f32 {
        self.size.0 - MARGIN
    }

    pub(super) fn system(&self) -> &'static SystemFonts {
        self.system
    }

    /// The language of the document being laid out.
    pub(super) fn lang(&self) -> Lang {
        self.sink.lang()
    }

    pub(super) fn page(&mut self) -> &mut Page {
        let fonts = &self.fonts;
        let size = self.size;
        self.current
            .get_or_insert_with(|| Page::new(String::new(), Rc::clone(fonts), size))
    }

    /// Makes `p` the page being drawn; the previous one is done.
    fn push(&mut self, p: Page) {
        if let Some(done) = self.current.replace(p) {
            self.sink.page(done.into_document_page());
        }
        self.started += 1;
    }

    /// Adds an image to the document (written at once); its resource name.
    pub(super) fn add_image(&mut self, image: &image::RgbImage) -> Option<String> {
        self.sink.image(image)
    }

    /// Whether writing the document failed.
    pub(super) fn failed(&self) -> bool {
        self.sink.failed()
    }

    /// Hands the page being drawn to the sink (the document is done with it).
    pub(super) fn finish(mut self) {
        if let Some(done) = self.current.take() {
            self.sink.page(done.into_document_page());
        }
    }

    /// Starts a page with the full header band.
    pub(super) fn start_page(&mut self, footer: &str, title: &str, subtitle: &str, right: &str) {
        self.part = footer.to_string();
        self.continued = tr_in!(self.lang(), "pdf-continued", title = title, what = right);
        let mut p = Page::new(footer.to_string(), Rc::clone(&self.fonts), self.size);
        let band_h = 58.0;
        p.rect(0.0, self.size.1 - band_h, self.size.0, band_h, BAND);
        p.text(
            Face::Bold,
            17.0,
            MARGIN,
            self.size.1 - 27.0,
            BAND_TEXT,
            title,
        );
        p.text(
            Face::Regular,
            8.5,
            MARGIN,
            self.size.1 - 43.0,
            BAND_SUB,
            subtitle,
        );
        p.text_right(
            Face::Bold,
            15.0,
            self.right(),
            self.size.1 - 27.0,
            BAND_TEXT,
            right,
        );
        self.push(p);
        self.y = self.size.1 - band_h - 18.0;
    }

    /// Makes room for `h` points, continuing on a new page if needed.
    pub(super) fn ensure(&mut self, h: f32) {
        if self.y - h >= BOTTOM {
            return;
        }
        let mut p = Page::new(self.part.clone(), Rc::clone(&self.fonts), self.size);
        let band_h = 30.0;
        p.rect(0.0, self.size.1 - band_h, self.size.0, band_h, BAND);
        p.text(
            Face::Bold,
            10.5,
            MARGIN,
            self.size.1 - 19.5,
            BAND_TEXT,
            &self.continued,
        );
        self.push(p);
        self.y = self.size.1 - band_h - 20.0;
    }

    pub(super) fn gap(&mut self, h: f32) {
        self.y -= h;
    }

    /// A section heading, kept with at least `keep` points of what follows.
    pub(super) fn heading(&mut self, title: &str, keep: f32) {
        self.ensure(26.0 + keep);
        self.gap(5.0);
        let y = self.y - 11.0;
        let right = self.right();
        let page = self.page();
        page.text(Face::Bold, 11.5, MARGIN, y, BAND, title);
        page.hline(MARGIN, right, y - 4.5, BAND, 0.9);
        self.y = y - 13.0;
    }

    /// A paragraph wrapped to `w` points at `x`.
    pub(super) fn paragraph(
        &mut self,
        face: Face,
        size: f32,
        x: f32,
        w: f32,
        ink: Rgbf,
        text: &str,
    ) {
        for line in wrap(self.system, face, size, &printable(text), w) {
            self.ensure(LINE);
            let y = self.y - size;
            self.page().text(face, size, x, y, ink, &line);
            self.y -= LINE.max(size + 3.0);
        }
    }

    /// A muted full-width line, for a section with nothing to list.
    pub(super) fn note(&mut self, text: &str) {
        self.paragraph(Face::Regular, BODY, MARGIN, self.content_w(), MUTED, text);
    }

    /// Label/value pairs in two columns.
    pub(super) fn fields(&mut self, pairs: &[(&str, String)]) {
        let half = self.content_w() / 2.0;
        let label_w = 92.0;
        for row in pairs.chunks(2) {
            let lines: Vec<Vec<String>> = row
                .iter()
                .map(|(_, v)| {
                    wrap(
                        self.system,
                        Face::Regular,
                        BODY,
                        &printable(v),
                        half - label_w - 10.0,
                    )
                })
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
    /// Rows are laid out as they come, so a table of 100,000 claims never
    /// holds more than one row's cells.
    pub(super) fn table(
        &mut self,
        columns: &[Column],
        rows: impl IntoIterator<Item = Vec<String>>,
    ) {
        let pad = 4.0;
        let size = BODY - 1.0;
        let row_line = LINE - 1.5;
        let (content_w, right) = (self.content_w(), self.right());
        let head = |l: &mut Layout| {
            let top = l.y;
            let page = l.page();
            page.rect(MARGIN, top - 16.0, content_w, 16.0, TABLE_HEAD);
            let mut x = MARGIN + pad;
            for c in columns {
                page.text(Face::Bold, SMALL, x, top - 11.0, INK, &c.title);
                x += c.width;
            }
            l.y -= 16.0;
        };
        let system = self.system;
        let lay_out = |row: Vec<String>| -> Vec<Vec<String>> {
            columns
                .iter()
                .zip(row)
                .map(|(c, v)| {
                    let v = printable(&v);
                    if c.wrap {
                        wrap(system, Face::Regular, size, &v, c.width - 2.0 * pad)
                    } else {
                        vec![fit(system, Face::Regular, size, &v, c.width - 2.0 * pad)]
                    }
                })
                .collect()
        };
        let height = |row: &Vec<Vec<String>>| {
            row.iter().map(Vec::len).max().unwrap_or(1).max(1) as f32 * row_line + 4.0
        };
        let mut cells = rows.into_iter().map(lay_out).peekable();
        // Keep the header with the first row.
        self.ensure(16.0 + cells.peek().map(height).unwrap_or(0.0));
        head(self);
        for (r, row) in cells.enumerate() {
            let h = height(&row);
            let before = self.started;
            self.ensure(h);
            if self.started != before {
                head(self);
            }
            let top = self.y;
            let page = self.page();
            if r % 2 == 1 {
                page.rect(MARGIN, top - h, content_w, h, ZEBRA);
            }
            let mut x = MARGIN + pad;
            for (c, lines) in columns.iter().zip(&row) {
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
            page.hline(MARGIN, right, top - h, RULE, 0.5);
            self.y -= h;
        }
    }

    /// A coloured label, like `REFUSED`, with text after it.
    pub(super) fn verdict(&mut self, approved: bool, label: &str, after: &str) {
        self.ensure(26.0);
        let (fg, bg) = if approved {
            (APPROVED, APPROVED_BG)
        } else {
            (REFUSED, REFUSED_BG)
        };
        let top = self.y;
        let w = width(self.system, Face::Bold, 12.0, label) + 16.0;
        let page = self.page();
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

    /// Rule IDs in bold with their reasons wrapped beside them.
    pub(super) fn rule_list<'a>(
        &mut self,
        items: impl Iterator<Item = (&'a str, &'a str)>,
        ink: Rgbf,
    ) {
        let id_w = 150.0;
        for (id, reason) in items {
            let lines = wrap(
                self.system,
                Face::Regular,
                BODY,
                &printable(reason),
                self.content_w() - id_w,
            );
            self.ensure(LINE * lines.len().max(1) as f32 + 4.0);
            let top = self.y;
            let page = self.page();
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
            self.y -= LINE * lines.len().max(1) as f32 + 4.0;
        }
    }

    /// Boxes to tick, in two columns.
    pub(super) fn checklist(&mut self, items: &[String]) {
        let half = self.content_w() / 2.0;
        for pair in items.chunks(2) {
            let lines: Vec<Vec<String>> = pair
                .iter()
                .map(|s| wrap(self.system, Face::Regular, BODY, &printable(s), half - 24.0))
                .collect();
            let n = lines.iter().map(Vec::len).max().unwrap_or(1).max(1);
            let h = n as f32 * LINE + 4.0;
            self.ensure(h);
            let top = self.y;
            let page = self.page();
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
            self.y -= h;
        }
    }
}

/// The footer of page `n` of `total`: a rule, what the page is about, and
/// "page N of M", in the document's language. Drawn when the document ends
/// and the count is known.
pub(super) fn footer(fonts: &mut DocFonts, of: &document::FooterOf<'_>) -> Content {
    let system = fonts.system();
    let right = of.size.0 - MARGIN;
    let mut c = Content::new();
    let (r, g, b) = RULE;
    c.set_stroke_rgb(r, g, b);
    c.set_line_width(0.6);
    c.move_to(MARGIN, BOTTOM - 12.0);
    c.line_to(right, BOTTOM - 12.0);
    c.stroke();
    let mut text = |c: &mut Content, x: f32, s: &str| {
        let (r, g, b) = MUTED;
        c.begin_text();
        c.set_fill_rgb(r, g, b);
        c.next_line(x, BOTTOM - 24.0);
        fonts.show(c, Face::Regular, SMALL, &printable(s));
        c.end_text();
    };
    text(
        &mut c,
        MARGIN,
        &tr_in!(of.lang, "pdf-footer", what = of.label),
    );
    let page = tr_in!(
        of.lang,
        "pdf-footer-page",
        n = of.n.to_string(),
        total = of.total.to_string()
    );
    let x = right - width(system, Face::Regular, SMALL, &page);
    text(&mut c, x, &page);
    c
}
