//! A PDF written to its file as it is made: each page's content goes out as
//! soon as the page is full, so a report of 100,000 claims needs the memory
//! of one page plus a few bytes a page, not of the whole document.
//!
//! What is only known at the end is written at the end: the footers ("page N
//! of M", as a second content stream of each page), the font subsets, the page
//! objects and the page tree — which may put pages made last (a report's
//! summary) in front — the document information and the cross-reference
//! table. Objects are `pdf-writer` chunks; this file adds the byte offsets.

use super::font::DocFonts;
use crate::i18n::Lang;
use pdf_writer::{Chunk, Content, Name, Rect, Ref, TextStr};
use std::cell::RefCell;
use std::io::{self, Write};
use std::rc::Rc;

/// A finished page as the layout hands it over.
pub(crate) struct Page {
    pub(crate) content: Content,
    /// What the footer names (e.g. the claim id).
    pub(crate) footer: String,
    /// Width and height in points.
    pub(crate) size: (f32, f32),
}

/// Where a layout puts its finished pages.
pub(crate) trait PageSink {
    fn page(&mut self, page: Page);
    /// Writes an image XObject now; its resource name (`None` when a write
    /// failed: the document is lost anyway).
    fn image(&mut self, image: &image::RgbImage) -> Option<String>;
    /// Whether a write failed (the rest of the document is not worth making).
    fn failed(&self) -> bool;
    /// The language the document is written in (its words and `/Lang`).
    fn lang(&self) -> Lang;
}

/// What the document information dictionary says.
pub(crate) struct DocInfo<'a> {
    pub(crate) title: &'a str,
    /// When the document was made.
    pub(crate) created: chrono::DateTime<chrono::Utc>,
}

/// The page a footer is drawn on: what it names, its size, its number, and
/// the language of the document.
pub(crate) struct FooterOf<'a> {
    pub(crate) label: &'a str,
    pub(crate) lang: Lang,
    pub(crate) size: (f32, f32),
    pub(crate) n: usize,
    pub(crate) total: usize,
}

/// Draws a page's footer once the page count is known.
pub(crate) type DrawFooter = fn(&mut DocFonts, &FooterOf<'_>) -> Content;

struct PageRecord {
    content: Ref,
    footer: String,
    size: (f32, f32),
    /// Goes before the pages that are not (a summary made after the body).
    front: bool,
}

/// Counts the bytes written, for the cross-reference table.
struct Counting<W> {
    inner: W,
    pos: u64,
}

impl<W: Write> Counting<W> {
    fn put(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.inner.write_all(bytes)?;
        self.pos += bytes.len() as u64;
        Ok(())
    }
}

/// A PDF being written to `W`.
pub(crate) struct DocWriter<W: Write> {
    out: Counting<W>,
    /// Byte offset of each object, by object number − 1 (None: not written).
    offsets: Vec<Option<u64>>,
    pages: Vec<PageRecord>,
    fonts: Rc<RefCell<DocFonts>>,
    /// Set by the first failed write; later writes are skipped.
    error: Option<io::Error>,
    /// The page tree's root, which every page names as its parent.
    root: Ref,
    resources: Ref,
    /// Whether pages now being added go in front.
    front: bool,
    /// Image XObjects by resource name.
    images: Vec<(String, Ref)>,
    /// The document's language: its words, and `/Lang` in the catalog.
    lang: Lang,
}

impl<W: Write> DocWriter<W> {
    pub(crate) fn new(out: W, fonts: Rc<RefCell<DocFonts>>, lang: Lang) -> io::Result<Self> {
        let mut out = Counting { inner: out, pos: 0 };
        // A binary comment after the header tells tools the file is binary.
        out.put(b"%PDF-1.7\n%\xc2\xa5\xc2\xb1\xc3\xab\n\n")?;
        let mut doc = DocWriter {
            out,
            offsets: Vec::new(),
            pages: Vec::new(),
            fonts,
            error: None,
            root: Ref::new(1),
            resources: Ref::new(1),
            front: false,
            images: Vec::new(),
            lang,
        };
        doc.root = doc.alloc();
        doc.resources = doc.alloc();
        Ok(doc)
    }

    pub(crate) fn fonts(&self) -> Rc<RefCell<DocFonts>> {
        Rc::clone(&self.fonts)
    }

    /// Pages added from now on go before the ones added so far.
    pub(crate) fn pages_in_front(&mut self) {
        self.front = true;
    }

    /// The first write error, if any (taken: reported once).
    pub(crate) fn take_error(&mut self) -> Option<io::Error> {
        self.error.take()
    }

    fn alloc(&mut self) -> Ref {
        self.offsets.push(None);
        // Object numbers are 1-based; a PDF holds far fewer than 2^31 objects.
        Ref::new(i32::try_from(self.offsets.len()).unwrap_or(i32::MAX))
    }

    /// Writes a chunk holding exactly one object.
    fn write(&mut self, chunk: &Chunk) -> io::Result<()> {
        if let Some(id) = chunk.refs().next()
            && let Some(slot) = usize::try_from(id.get() - 1)
                .ok()
                .and_then(|i| self.offsets.get_mut(i))
        {
            *slot = Some(self.out.pos);
        }
        self.out.put(chunk.as_bytes())?;
        self.out.put(b"\n")
    }

    fn stream(&mut self, data: &[u8]) -> io::Result<Ref> {
        let id = self.alloc();
        let packed = deflate_fast(data);
        let mut chunk = Chunk::new();
        chunk
            .stream(id, &packed)
            .filter(pdf_writer::Filter::FlateDecode);
        self.write(&chunk)?;
        Ok(id)
    }

    fn add(&mut self, page: Page) -> io::Result<()> {
        let content = self.stream(&page.content.finish())?;
        self.pages.push(PageRecord {
            content,
            footer: page.footer,
            size: page.size,
            front: self.front,
        });
        Ok(())
    }

    /// Ends the document: footers, fonts, page tree, information, xref.
    /// `footer` draws each page's footer.
    pub(crate) fn finish(
        mut self,
        info: &DocInfo<'_>,
        footer: DrawFooter,
    ) -> Result<W, super::ExportError> {
        if let Some(e) = self.error.take() {
            return Err(e.into());
        }
        let mut pages = std::mem::take(&mut self.pages);
        // Front pages first, each group in the order it was made.
        pages.sort_by_key(|p| !p.front);
        let total = pages.len();
        let mut page_ids = Vec::with_capacity(total);
        for (i, p) in pages.iter().enumerate() {
            let of = FooterOf {
                label: &p.footer,
                lang: self.lang,
                size: p.size,
                n: i + 1,
                total,
            };
            let drawn = footer(&mut self.fonts.borrow_mut(), &of);
            let foot = self.stream(&drawn.finish())?;
            let id = self.alloc();
            let mut chunk = Chunk::new();
            {
                let mut page = chunk.page(id);
                page.parent(self.root)
                    .media_box(Rect::new(0.0, 0.0, p.size.0, p.size.1));
                page.insert(Name(b"Contents"))
                    .array()
                    .items([p.content, foot]);
                page.pair(Name(b"Resources"), self.resources);
            }
            self.write(&chunk)?;
            page_ids.push(id);
        }

        // Fonts, then the one resource dictionary every page shares.
        let fonts = Rc::clone(&self.fonts);
        let fonts = fonts.borrow();
        let mut chunks = Vec::new();
        let entries = fonts
            .write(&mut || self.alloc(), &mut |chunk| {
                chunks.push(chunk);
                Ok(())
            })
            .map_err(|e| super::ExportError::Pdf(e.to_string()))?;
        for chunk in &chunks {
            self.write(chunk)?;
        }
        let mut chunk = Chunk::new();
        {
            let mut res = chunk.indirect(self.resources).dict();
            let mut font_dict = res.insert(Name(b"Font")).dict();
            for (name, id) in &entries {
                font_dict.pair(Name(name.as_bytes()), *id);
            }
            drop(font_dict);
            if !self.images.is_empty() {
                let mut xobjects = res.insert(Name(b"XObject")).dict();
                for (name, id) in &self.images {
                    xobjects.pair(Name(name.as_bytes()), *id);
                }
            }
        }
        self.write(&chunk)?;

        let mut chunk = Chunk::new();
        chunk
            .pages(self.root)
            .kids(page_ids.iter().copied())
            .count(i32::try_from(total).unwrap_or(i32::MAX));
        self.write(&chunk)?;

        let catalog = self.alloc();
        let mut chunk = Chunk::new();
        chunk
            .indirect(catalog)
            .start::<pdf_writer::writers::Catalog>()
            .pages(self.root)
            .lang(TextStr(self.lang.tag()));
        self.write(&chunk)?;

        let info_id = self.alloc();
        let mut chunk = Chunk::new();
        chunk
            .indirect(info_id)
            .start::<pdf_writer::writers::DocumentInfo>()
            .title(TextStr(info.title))
            .creator(TextStr("CareDesk"))
            .producer(TextStr("CareDesk"))
            .creation_date(pdf_date(info.created))
            .modified_date(pdf_date(info.created));
        self.write(&chunk)?;

        self.write_xref(catalog, info_id)?;
        self.out.inner.flush()?;
        Ok(self.out.inner)
    }

    fn write_xref(&mut self, catalog: Ref, info: Ref) -> io::Result<()> {
        let start = self.out.pos;
        let mut xref = format!("xref\n0 {}\n0000000000 65535 f\r\n", self.offsets.len() + 1);
        for offset in &self.offsets {
            match offset {
                Some(o) => xref.push_str(&format!("{o:010} 00000 n\r\n")),
                None => xref.push_str("0000000000 65535 f\r\n"),
            }
        }
        xref.push_str(&format!(
            "trailer\n<<\n  /Size {}\n  /Root {} 0 R\n  /Info {} 0 R\n>>\nstartxref\n{start}\n%%EOF\n",
            self.offsets.len() + 1,
            catalog.get(),
            info.get()
        ));
        self.out.put(xref.as_bytes())
    }
}

impl<W: Write> PageSink for DocWriter<W> {
    fn page(&mut self, page: Page) {
        if self.error.is_some() {
            return;
        }
        if let Err(e) = self.add(page) {
            self.error = Some(e);
        }
    }

    fn failed(&self) -> bool {
        self.error.is_some()
    }

    fn lang(&self) -> Lang {
        self.lang
    }

    fn image(&mut self, image: &image::RgbImage) -> Option<String> {
        if self.error.is_some() {
            return None;
        }
        let id = self.alloc();
        let packed = deflate_fast(image.as_raw());
        let mut chunk = Chunk::new();
        {
            let mut x = chunk.image_xobject(id, &packed);
            x.filter(pdf_writer::Filter::FlateDecode);
            x.width(i32::try_from(image.width()).unwrap_or(1));
            x.height(i32::try_from(image.height()).unwrap_or(1));
            x.color_space().device_rgb();
            x.bits_per_component(8);
        }
        if let Err(e) = self.write(&chunk) {
            self.error = Some(e);
            return None;
        }
        let name = format!("Im{}", self.images.len() + 1);
        self.images.push((name.clone(), id));
        Some(name)
    }
}

/// Page contents compress fast enough at the default level to stream
/// 100,000 pages; font files (once per document) use the best.
fn deflate_fast(data: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::ZlibEncoder::new(
        Vec::with_capacity(data.len() / 3),
        flate2::Compression::default(),
    );
    let _ = e.write_all(data);
    e.finish().unwrap_or_default()
}

fn pdf_date(t: chrono::DateTime<chrono::Utc>) -> pdf_writer::Date {
    use chrono::{Datelike, Timelike};
    let small = |v: u32| u8::try_from(v).unwrap_or(0);
    pdf_writer::Date::new(u16::try_from(t.year()).unwrap_or(0))
        .month(small(t.month()))
        .day(small(t.day()))
        .hour(small(t.hour()))
        .minute(small(t.minute()))
        .second(small(t.second()))
        .utc_offset_hour(0)
        .utc_offset_minute(0)
}
