//! Fonts of the PDF documents, reusable by any document (claim reports,
//! receipts, labels).
//!
//! Text a built-in Helvetica can show (WinAnsi: ASCII, Western European
//! accents, typographic dashes and quotes) is drawn with it: every PDF reader
//! has it, it is not embedded, and documents in those languages stay small
//! and byte-for-byte reproducible. Any other text — Chinese, Korean, Arabic,
//! Cyrillic, Polish — is drawn with the workstation's fonts (`crate::fonts`)
//! and a subset of each face used is embedded as a CID font: a ToUnicode map
//! makes `pdftotext` and copy-paste give back exactly the characters stored.
//!
//! Glyphs are renumbered as they are first drawn (`subsetter`'s
//! `GlyphRemapper`), so pages can be written to the file at once while the
//! font subsets are written at the end of the document.
//!
//! Text in the installed faces is shaped (`harfrust`, the HarfBuzz port
//! egui uses too: Arabic letters join, lam-alef is one glyph) and laid out
//! by the Unicode bidirectional algorithm (`unicode-bidi`), so Arabic and
//! Hebrew read right to left.

use super::helvetica_widths::{BOLD_ASCII, BOLD_OTHER, REGULAR_ASCII, REGULAR_OTHER};
use crate::fonts::{self, FallbackFace, HanVariant};
use pdf_writer::{Chunk, Name, Ref, Str};
use std::collections::BTreeMap;
use std::io::Write;
use std::sync::OnceLock;
use subsetter::GlyphRemapper;

/// The two weights the documents use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Face {
    Regular,
    Bold,
}

/// An installed face, mapped into memory for the life of the process.
pub(crate) struct LoadedFace {
    pub(crate) family: String,
    data: &'static [u8],
    index: u32,
    face: ttf_parser::Face<'static>,
    /// The same face for the shaper (joining Arabic, ligatures, marks).
    shaping: harfrust::FontRef<'static>,
    shaper_data: harfrust::ShaperData,
    units_per_em: f32,
}

impl LoadedFace {
    fn load(f: &FallbackFace) -> Option<LoadedFace> {
        let file = std::fs::File::open(&f.path).ok()?;
        // SAFETY: font files are not modified while the desk runs; a font
        // replaced under a running program is the same hazard every program
        // that maps fonts (fontdb, browsers) accepts.
        let map = unsafe { memmap2::Mmap::map(&file) }.ok()?;
        // Loaded once per process and kept: leaking gives the `'static` data
        // the parsed face borrows.
        let data: &'static [u8] = Box::leak(Box::new(map));
        let face = ttf_parser::Face::parse(data, f.index).ok()?;
        let shaping = harfrust::FontRef::from_index(data, f.index).ok()?;
        Some(LoadedFace {
            family: f.family.clone(),
            data,
            index: f.index,
            units_per_em: f32::from(face.units_per_em()),
            shaper_data: harfrust::ShaperData::new(&shaping),
            shaping,
            face,
        })
    }

    fn glyph(&self, c: char) -> Option<u16> {
        self.face.glyph_index(c).map(|g| g.0)
    }

    /// Shapes `text` (one direction, one face): glyphs in visual order, each
    /// with the characters it stands for (empty for a second glyph of the
    /// same cluster) and its advance in 1/1000 em.
    fn shape(&self, text: &str, rtl: bool) -> Vec<Placed> {
        let shaper = self.shaper_data.shaper(&self.shaping).build();
        let mut buffer = harfrust::UnicodeBuffer::new();
        buffer.push_str(text);
        buffer.guess_segment_properties();
        buffer.set_direction(if rtl {
            harfrust::Direction::RightToLeft
        } else {
            harfrust::Direction::LeftToRight
        });
        let shaped = shaper.shape(buffer, harfrust::ShapeOptions::new());
        let infos = shaped.glyph_infos();
        let positions = shaped.glyph_positions();
        // A cluster's text runs from its start to the next cluster's start.
        let mut starts: Vec<usize> = infos.iter().map(|g| g.cluster as usize).collect();
        starts.sort_unstable();
        starts.dedup();
        let end_of = |start: usize| {
            starts
                .iter()
                .find(|&&s| s > start)
                .copied()
                .unwrap_or(text.len())
        };
        let mut seen = Vec::new();
        infos
            .iter()
            .zip(positions)
            .map(|(g, p)| {
                let start = g.cluster as usize;
                let chars = if seen.contains(&start) {
                    String::new()
                } else {
                    seen.push(start);
                    text.get(start..end_of(start))
                        .unwrap_or_default()
                        .to_owned()
                };
                Placed {
                    glyph: Glyph::Embedded {
                        face: usize::MAX,
                        gid: u16::try_from(g.glyph_id).unwrap_or(0),
                    },
                    chars,
                    advance: p.x_advance as f32 * 1000.0 / self.units_per_em,
                }
            })
            .collect()
    }

    /// Advance of a glyph in 1/1000 em.
    fn advance(&self, gid: u16) -> f32 {
        let a = self
            .face
            .glyph_hor_advance(ttf_parser::GlyphId(gid))
            .unwrap_or(0);
        f32::from(a) * 1000.0 / self.units_per_em
    }

    fn postscript_name(&self) -> String {
        let name = self
            .face
            .names()
            .into_iter()
            .find(|n| n.name_id == ttf_parser::name_id::POST_SCRIPT_NAME)
            .and_then(|n| n.to_string())
            .unwrap_or_else(|| self.family.clone());
        name.chars().filter(|c| c.is_ascii_graphic()).collect()
    }
}

/// The installed fonts a document can fall back to, found once per process
/// (per Han variant) and shared by every export.
pub(crate) struct SystemFonts {
    regular: Vec<LoadedFace>,
    /// Bold faces; a script without one is drawn with the regular face.
    bold: Vec<LoadedFace>,
}

impl SystemFonts {
    /// The fonts for documents in a language with this Han variant.
    /// `CAREDESK_NO_FALLBACK_FONTS=1` turns fallbacks off (Helvetica only).
    pub(crate) fn get(han: HanVariant) -> &'static SystemFonts {
        static SETS: [OnceLock<SystemFonts>; 4] = [const { OnceLock::new() }; 4];
        let slot = match han {
            HanVariant::Simplified => 0,
            HanVariant::Traditional => 1,
            HanVariant::Japanese => 2,
            HanVariant::Korean => 3,
        };
        SETS[slot].get_or_init(|| {
            if std::env::var_os("CAREDESK_NO_FALLBACK_FONTS").is_some() {
                return SystemFonts::none();
            }
            let discovery = fonts::discover(&system_database(), han);
            let load = |faces: &[FallbackFace]| faces.iter().filter_map(LoadedFace::load).collect();
            SystemFonts {
                regular: load(&discovery.regular),
                bold: load(&discovery.bold),
            }
        })
    }

    /// No fallback fonts: only what Helvetica shows.
    pub(crate) fn none() -> SystemFonts {
        SystemFonts {
            regular: Vec::new(),
            bold: Vec::new(),
        }
    }

    /// The faces to try for a weight, best first.
    fn chain(&self, face: Face) -> impl Iterator<Item = (usize, &LoadedFace)> {
        let bold = match face {
            Face::Bold => self.bold.as_slice(),
            Face::Regular => &[],
        };
        // Indices: bold faces after the regular ones, so one number names a face.
        let n = self.regular.len();
        bold.iter()
            .enumerate()
            .map(move |(i, f)| (n + i, f))
            .chain(self.regular.iter().enumerate())
    }

    fn face(&self, i: usize) -> Option<&LoadedFace> {
        self.regular
            .get(i)
            .or_else(|| self.bold.get(i.checked_sub(self.regular.len())?))
    }

    /// The face (index) and glyph that draw `c`, if an installed face has it.
    fn find(&self, face: Face, c: char) -> Option<(usize, u16)> {
        self.chain(face)
            .find_map(|(i, f)| f.glyph(c).map(|g| (i, g)))
    }
}

/// Every installed font: the system's folders.
fn system_database() -> fontdb::Database {
    fonts::system_database()
}

/// WinAnsi (PDF Annex D) code of a character, for the built-in Helvetica.
pub(crate) fn win_ansi(c: char) -> Option<u8> {
    let code = u32::from(c);
    if (0x20..=0x7e).contains(&code) || (0xa0..=0xff).contains(&code) {
        return u8::try_from(code).ok();
    }
    let b = match c {
        '€' => 0x80,
        '‚' => 0x82,
        'ƒ' => 0x83,
        '„' => 0x84,
        '…' => 0x85,
        '†' => 0x86,
        '‡' => 0x87,
        'ˆ' => 0x88,
        '‰' => 0x89,
        'Š' => 0x8a,
        '‹' => 0x8b,
        'Œ' => 0x8c,
        'Ž' => 0x8e,
        '‘' => 0x91,
        '’' => 0x92,
        '“' => 0x93,
        '”' => 0x94,
        '•' => 0x95,
        '–' => 0x96,
        '—' => 0x97,
        '˜' => 0x98,
        '™' => 0x99,
        'š' => 0x9a,
        '›' => 0x9b,
        'œ' => 0x9c,
        'ž' => 0x9e,
        'Ÿ' => 0x9f,
        _ => return None,
    };
    Some(b)
}

/// Helvetica's width of a WinAnsi character in 1/1000 em.
fn helvetica_width(face: Face, c: char) -> f32 {
    let (ascii, other) = match face {
        Face::Regular => (&REGULAR_ASCII, REGULAR_OTHER),
        Face::Bold => (&BOLD_ASCII, BOLD_OTHER),
    };
    let code = u32::from(c);
    let w = if (32..=126).contains(&code) {
        ascii[(code - 32) as usize]
    } else {
        match other.binary_search_by_key(&c, |&(ch, _)| ch) {
            Ok(i) => other[i].1,
            Err(_) => ascii[usize::from(b'?' - 32)],
        }
    };
    f32::from(w)
}

/// Whether all of `text` is drawn with Helvetica.
fn all_win_ansi(text: &str) -> bool {
    text.chars().all(|c| win_ansi(c).is_some())
}

/// How one glyph is drawn.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Glyph {
    /// Built-in Helvetica, WinAnsi code.
    Builtin(u8),
    /// Installed face `face`, glyph id in that face.
    Embedded { face: usize, gid: u16 },
}

/// A glyph placed on the line.
#[derive(Debug, Clone, PartialEq)]
struct Placed {
    glyph: Glyph,
    /// The characters it stands for (what `pdftotext` gives back).
    chars: String,
    /// How far it moves the pen, in 1/1000 em.
    advance: f32,
}

impl SystemFonts {
    /// The glyphs that draw `text`, left to right as they go on the line.
    ///
    /// Helvetica when it can draw all of it. Otherwise the installed faces:
    /// the Unicode bidirectional algorithm splits the text into runs of one
    /// direction (Arabic and Hebrew right to left), each run is split where
    /// the face changes and shaped (`harfrust`: Arabic letters join, marks
    /// sit on their letters), right-to-left runs are laid out from their end.
    /// Helvetica draws what no installed face has; the first face's "missing
    /// glyph" box what nothing has, so the character still comes back out.
    fn place(&self, face: Face, text: &str) -> Vec<Placed> {
        if all_win_ansi(text) || self.regular.is_empty() {
            return text
                .chars()
                .map(|c| {
                    let b = win_ansi(c).unwrap_or(b'?');
                    let shown = if win_ansi(c).is_some() { c } else { '?' };
                    Placed {
                        glyph: Glyph::Builtin(b),
                        chars: c.to_string(),
                        advance: helvetica_width(face, shown),
                    }
                })
                .collect();
        }
        let info = unicode_bidi::BidiInfo::new(text, None);
        let mut out = Vec::new();
        for para in &info.paragraphs {
            let (levels, runs) = info.visual_runs(para, para.range.clone());
            for run in runs {
                let rtl = levels.get(run.start).is_some_and(|l| l.is_rtl());
                let mut segments = self.segments(face, &text[run]);
                if rtl {
                    segments.reverse();
                }
                for (fi, seg) in segments {
                    out.extend(self.place_segment(face, fi, seg, rtl));
                }
            }
        }
        out
    }

    /// Splits `text` where the face that draws it changes: `Some(face)` for
    /// an installed face, `None` for Helvetica or nothing.
    fn segments<'t>(&self, face: Face, text: &'t str) -> Vec<(Option<usize>, &'t str)> {
        let mut out: Vec<(Option<usize>, &str)> = Vec::new();
        let mut start = 0;
        let mut current: Option<Option<usize>> = None;
        for (i, c) in text.char_indices() {
            // Spaces and marks go with what surrounds them.
            let fi = if c.is_whitespace() && current.is_some() {
                current.flatten()
            } else {
                self.find(face, c).map(|(fi, _)| fi)
            };
            if current.is_some_and(|cur| cur != fi) {
                out.push((current.flatten(), &text[start..i]));
                start = i;
            }
            current = Some(fi);
        }
        if start < text.len() {
            out.push((current.flatten(), &text[start..]));
        }
        out
    }

    fn place_segment(&self, face: Face, fi: Option<usize>, seg: &str, rtl: bool) -> Vec<Placed> {
        if let Some(loaded) = fi.and_then(|fi| self.face(fi).map(|f| (fi, f))) {
            let (fi, f) = loaded;
            return f
                .shape(seg, rtl)
                .into_iter()
                .map(|mut p| {
                    if let Glyph::Embedded { gid, .. } = p.glyph {
                        p.glyph = Glyph::Embedded { face: fi, gid };
                    }
                    // Readers put right-to-left glyphs back in the order typed
                    // by reversing their characters, a ligature's too (lam-alef
                    // "لا"): its text is kept reversed so it comes back right.
                    if rtl && p.chars.chars().nth(1).is_some() {
                        p.chars = p.chars.chars().rev().collect();
                    }
                    p
                })
                .collect();
        }
        let mut placed: Vec<Placed> = seg
            .chars()
            .map(|c| match win_ansi(c) {
                Some(b) => Placed {
                    glyph: Glyph::Builtin(b),
                    chars: c.to_string(),
                    advance: helvetica_width(face, c),
                },
                None => Placed {
                    glyph: Glyph::Embedded { face: 0, gid: 0 },
                    chars: c.to_string(),
                    advance: self.face(0).map_or(0.0, |f| f.advance(0)),
                },
            })
            .collect();
        if rtl {
            placed.reverse();
        }
        placed
    }

    /// Width of `text` in points at `size`.
    pub(crate) fn width(&self, face: Face, size: f32, text: &str) -> f32 {
        let units: f32 = self.place(face, text).iter().map(|p| p.advance).sum();
        units * size / 1000.0
    }
}

/// An embedded face as one document uses it.
struct UsedFace {
    /// Resource name, `/E0`, `/E1`, …
    name: String,
    remapper: GlyphRemapper,
    /// New glyph id → the characters it stands for and its width.
    glyphs: BTreeMap<u16, (String, f32)>,
}

/// The fonts of one document: which faces and glyphs it used, so their
/// subsets can be written at its end.
pub(crate) struct DocFonts {
    system: &'static SystemFonts,
    used: BTreeMap<usize, UsedFace>,
}

/// Resource names of the built-in faces.
const HELVETICA: &str = "F1";
const HELVETICA_BOLD: &str = "F2";

impl DocFonts {
    pub(crate) fn new(system: &'static SystemFonts) -> Self {
        DocFonts {
            system,
            used: BTreeMap::new(),
        }
    }

    pub(crate) fn system(&self) -> &'static SystemFonts {
        self.system
    }

    /// Appends the operators that show `text` at the current text position
    /// (inside `BT … ET`), switching fonts where the glyphs need it. Where a
    /// shaped advance differs from the glyph's own width (kerning, joined
    /// forms) the pen is moved by the difference.
    pub(crate) fn show(
        &mut self,
        content: &mut pdf_writer::Content,
        face: Face,
        size: f32,
        text: &str,
    ) {
        let placed = self.system.place(face, text);
        let mut font = None;
        self.emit(content, face, size, &placed, &mut font);
    }

    fn emit(
        &mut self,
        content: &mut pdf_writer::Content,
        face: Face,
        size: f32,
        placed: &[Placed],
        current: &mut Option<String>,
    ) {
        let system = self.system;
        // (font resource name, glyph bytes, adjustment after it)
        let mut items: Vec<(String, Vec<u8>, f32)> = Vec::new();
        for p in placed {
            let (font, bytes, own) = match p.glyph {
                Glyph::Builtin(b) => {
                    let name = match face {
                        Face::Regular => HELVETICA,
                        Face::Bold => HELVETICA_BOLD,
                    };
                    (name.to_owned(), vec![b], p.advance)
                }
                Glyph::Embedded { face: fi, gid } => {
                    let own = system.face(fi).map_or(0.0, |f| f.advance(gid));
                    let next = self.used.len();
                    let used = self.used.entry(fi).or_insert_with(|| UsedFace {
                        name: format!("E{next}"),
                        remapper: GlyphRemapper::new(),
                        glyphs: BTreeMap::new(),
                    });
                    let new = used.remapper.remap(gid);
                    let entry = used
                        .glyphs
                        .entry(new)
                        .or_insert_with(|| (String::new(), own));
                    // The first text drawn with a glyph is what it stands for
                    // (a glyph shared by two characters keeps the first).
                    if entry.0.is_empty() {
                        entry.0.push_str(&p.chars);
                    }
                    (used.name.clone(), new.to_be_bytes().to_vec(), own)
                }
            };
            // TJ numbers are in thousandths of an em, positive to the left.
            let adjust = own - p.advance;
            match items.last_mut() {
                Some(last) if last.0 == font && last.2.abs() < 0.01 => {
                    last.1.extend_from_slice(&bytes);
                    last.2 = adjust;
                }
                _ => items.push((font, bytes, adjust)),
            }
        }
        let mut i = 0;
        while i < items.len() {
            let font = items[i].0.as_str();
            if current.as_deref() != Some(font) {
                content.set_font(Name(font.as_bytes()), size);
                *current = Some(font.to_owned());
            }
            // One TJ for the items of this font in a row.
            let mut j = i;
            while j < items.len() && items[j].0 == font {
                j += 1;
            }
            if j - i == 1 && items[i].2.abs() < 0.01 {
                content.show(Str(&items[i].1));
            } else {
                let mut tj = content.show_positioned();
                let mut arr = tj.items();
                for (_, bytes, adjust) in &items[i..j] {
                    arr.show(Str(bytes));
                    if adjust.abs() >= 0.01 {
                        arr.adjust(*adjust);
                    }
                }
            }
            i = j;
        }
    }

    /// Writes the fonts (the built-in ones and a subset of each embedded
    /// face) and returns the `/Font` resource entries.
    pub(crate) fn write(
        &self,
        alloc: &mut dyn FnMut() -> Ref,
        out: &mut dyn FnMut(Chunk) -> std::io::Result<()>,
    ) -> Result<Vec<(String, Ref)>, FontError> {
        let mut entries = Vec::new();
        for (name, base) in [(HELVETICA, "Helvetica"), (HELVETICA_BOLD, "Helvetica-Bold")] {
            let id = alloc();
            let mut chunk = Chunk::new();
            chunk
                .type1_font(id)
                .base_font(Name(base.as_bytes()))
                .encoding_predefined(Name(b"WinAnsiEncoding"));
            out(chunk)?;
            entries.push((name.to_owned(), id));
        }
        for (&fi, used) in &self.used {
            let Some(face) = self.system.face(fi) else {
                continue;
            };
            let id = write_embedded(face, used, alloc, out)?;
            entries.push((used.name.clone(), id));
        }
        Ok(entries)
    }
}

/// Why a font could not be embedded.
#[derive(Debug, thiserror::Error)]
pub(crate) enum FontError {
    #[error("cannot subset the font {family}: {reason}")]
    Subset { family: String, reason: String },
    #[error(transparent)]
    Io(#[from] std::io::Error),
}

fn deflate(data: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    // Writing to a Vec cannot fail.
    let _ = e.write_all(data);
    e.finish().unwrap_or_default()
}

/// A subset tag (six capital letters, PDF 9.6.4) from the glyphs kept, so the
/// same document gives the same bytes.
fn subset_tag(used: &UsedFace) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for (g, (s, _)) in &used.glyphs {
        for b in g.to_be_bytes().iter().chain(s.as_bytes()) {
            h = (h ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    (0..6)
        .map(|i| char::from(b'A' + ((h >> (i * 5)) % 26) as u8))
        .collect()
}

/// One embedded face: Type0 font, CID font, descriptor, font file, ToUnicode.
fn write_embedded(
    face: &LoadedFace,
    used: &UsedFace,
    alloc: &mut dyn FnMut() -> Ref,
    out: &mut dyn FnMut(Chunk) -> std::io::Result<()>,
) -> Result<Ref, FontError> {
    let subset_err = |reason: String| FontError::Subset {
        family: face.family.clone(),
        reason,
    };
    let subset = subsetter::subset(face.data, face.index, &used.remapper)
        .map_err(|e| subset_err(e.to_string()))?;
    let parsed = ttf_parser::RawFace::parse(&subset, 0).map_err(|e| subset_err(e.to_string()))?;
    let cff = parsed.table(ttf_parser::Tag::from_bytes(b"CFF "));

    let base = format!("{}+{}", subset_tag(used), face.postscript_name());
    let base = Name(base.as_bytes());
    let (type0, cid, descriptor, file, cmap) = (alloc(), alloc(), alloc(), alloc(), alloc());
    let system_info = pdf_writer::types::SystemInfo {
        registry: Str(b"Adobe"),
        ordering: Str(b"Identity"),
        supplement: 0,
    };

    let mut chunk = Chunk::new();
    chunk
        .type0_font(type0)
        .base_font(base)
        .encoding_predefined(Name(b"Identity-H"))
        .descendant_font(cid)
        .to_unicode(cmap);
    out(chunk)?;

    let mut chunk = Chunk::new();
    {
        let mut font = chunk.cid_font(cid);
        font.subtype(if cff.is_some() {
            pdf_writer::types::CidFontType::Type0
        } else {
            pdf_writer::types::CidFontType::Type2
        })
        .base_font(base)
        .system_info(system_info)
        .font_descriptor(descriptor)
        .default_width(0.0);
        if cff.is_none() {
            font.cid_to_gid_map_predefined(Name(b"Identity"));
        }
        let mut widths = font.widths();
        for (&g, (_, w)) in &used.glyphs {
            widths.consecutive(g, [w.round()]);
        }
    }
    out(chunk)?;

    let f = &face.face;
    let scale = |v: i16| f32::from(v) * 1000.0 / face.units_per_em;
    let bbox = f.global_bounding_box();
    let mut chunk = Chunk::new();
    {
        let mut d = chunk.font_descriptor(descriptor);
        d.name(base)
            .flags(pdf_writer::types::FontFlags::SYMBOLIC)
            .bbox(pdf_writer::Rect::new(
                scale(bbox.x_min),
                scale(bbox.y_min),
                scale(bbox.x_max),
                scale(bbox.y_max),
            ))
            .italic_angle(0.0)
            .ascent(scale(f.ascender()))
            .descent(scale(f.descender()))
            .cap_height(scale(f.capital_height().unwrap_or(f.ascender())))
            .stem_v(80.0);
        if cff.is_some() {
            d.font_file3(file);
        } else {
            d.font_file2(file);
        }
    }
    out(chunk)?;

    let mut chunk = Chunk::new();
    match cff {
        Some(cff) => {
            let data = deflate(cff);
            chunk
                .stream(file, &data)
                .filter(pdf_writer::Filter::FlateDecode)
                .pair(Name(b"Subtype"), Name(b"CIDFontType0C"));
            out(chunk)?;
        }
        None => {
            let data = deflate(&subset);
            chunk
                .stream(file, &data)
                .filter(pdf_writer::Filter::FlateDecode);
            out(chunk)?;
        }
    }

    let mut map = pdf_writer::types::UnicodeCmap::<u16>::new(Name(b"Custom"), system_info);
    for (&g, (chars, _)) in &used.glyphs {
        map.pair_with_multiple(g, chars.chars());
    }
    let data = deflate(&map.finish());
    let mut chunk = Chunk::new();
    chunk
        .cmap(cmap, &data)
        .filter(pdf_writer::Filter::FlateDecode);
    out(chunk)?;
    Ok(type0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn win_ansi_covers_western_text_only() {
        for c in "Müller Straße café — 79.00 € · “quoted” …".chars() {
            assert!(win_ansi(c).is_some(), "{c:?}");
        }
        for c in "张김Łő→".chars() {
            assert_eq!(win_ansi(c), None, "{c:?}");
        }
    }

    #[test]
    fn helvetica_text_measures_as_before() {
        let none = Box::leak(Box::new(SystemFonts::none()));
        // Helvetica: 'i' is 222/1000 em, 'W' 944/1000 em, the em dash 1000.
        assert!((none.width(Face::Regular, 10.0, "i") - 2.22).abs() < 1e-4);
        assert!((none.width(Face::Regular, 10.0, "W") - 9.44).abs() < 1e-4);
        assert!((none.width(Face::Regular, 10.0, "\u{2014}") - 10.0).abs() < 1e-4);
        assert!(none.width(Face::Bold, 10.0, "abc") > none.width(Face::Regular, 10.0, "abc"));
    }
}
