//! The box label (issue 13): 62 mm wide for a thermal roll (Brother DK
//! 62 mm continuous and alike), black only, no fills but the bars: the claim
//! id as a Code 128 barcode and in large type, the serial and model, the
//! parts inside, the customer's name and the days that matter.

use super::document::{DocWriter, PageSink};
use super::layout::Page;
use super::receipt::draw_barcode;
use super::text::{Face, fit, width};
use crate::media::barcode;
use crate::report::papers::Label;
use std::io::Write;
use std::rc::Rc;

/// 62 mm × 100 mm in points.
pub(super) const LABEL_SIZE: (f32, f32) = (62.0 * 72.0 / 25.4, 100.0 * 72.0 / 25.4);
const PAD: f32 = 8.0;
/// One barcode module: 2 dots of a 203 dpi thermal head.
const MODULE: f32 = 2.0 * 72.0 / 203.0;
const BLACK: (f32, f32, f32) = (0.0, 0.0, 0.0);

pub(super) fn label_page<W: Write>(doc: &mut DocWriter<W>, l: &Label) {
    let fonts = doc.fonts();
    let lang = doc.lang();
    let system = fonts.borrow().system();
    let (w, h) = LABEL_SIZE;
    let inner = w - 2.0 * PAD;
    let mut p = Page::new(l.claim_id.clone(), Rc::clone(&fonts), LABEL_SIZE);
    let mut y = h - PAD;

    let modules = barcode::code128(&l.claim_id).unwrap_or_default();
    // Narrow the module if a long id would not fit (never below 1 dot).
    let module = MODULE
        .min(inner / modules.len().max(1) as f32)
        .max(72.0 / 203.0);
    let bar_w = modules.len() as f32 * module;
    let bar_h = 54.0;
    draw_barcode(
        &mut p,
        &modules,
        (w - bar_w) / 2.0,
        y - bar_h,
        module,
        bar_h,
    );
    y -= bar_h + 16.0;

    let id_size = fitting_size(system, Face::Bold, &l.claim_id, inner, 15.0);
    let id_w = width(system, Face::Bold, id_size, &l.claim_id);
    p.text(Face::Bold, id_size, (w - id_w) / 2.0, y, BLACK, &l.claim_id);
    y -= 10.0;
    p.hline(PAD, w - PAD, y, BLACK, 0.8);
    y -= 14.0;

    let line = |p: &mut Page, face: Face, size: f32, text: &str, y: &mut f32| {
        let t = fit(system, face, size, text, inner);
        p.text(face, size, PAD, *y, BLACK, &t);
        *y -= size + 4.0;
    };
    line(
        &mut p,
        Face::Regular,
        7.0,
        &crate::tr_in!(lang, "label-serial"),
        &mut y,
    );
    line(&mut p, Face::Bold, 12.0, &l.serial, &mut y);
    line(&mut p, Face::Regular, 9.0, &l.model, &mut y);
    y -= 3.0;
    let parts: Vec<String> = l
        .parts
        .iter()
        .map(|(part, q)| format!("{} \u{00d7} {q}", part.code()))
        .collect();
    line(
        &mut p,
        Face::Regular,
        7.0,
        &crate::tr_in!(lang, "label-parts"),
        &mut y,
    );
    for chunk in parts.chunks(2) {
        line(&mut p, Face::Regular, 8.0, &chunk.join(", "), &mut y);
    }
    y -= 3.0;
    if let Some(name) = &l.customer {
        line(
            &mut p,
            Face::Regular,
            7.0,
            &crate::tr_in!(lang, "label-customer"),
            &mut y,
        );
        line(&mut p, Face::Bold, 9.0, name, &mut y);
    }
    let submitted = crate::tr_in!(
        lang,
        "label-submitted",
        date = l.submitted_on.format("%Y-%m-%d").to_string()
    );
    line(&mut p, Face::Regular, 8.0, &submitted, &mut y);
    if let Some(d) = l.ship_by {
        let by = crate::tr_in!(
            lang,
            "label-ship-by",
            date = d.format("%Y-%m-%d").to_string()
        );
        line(&mut p, Face::Bold, 9.0, &by, &mut y);
    }
    doc.page(p.into_document_page());
}

/// The largest size up to `max` at which `text` fits in `room` points.
fn fitting_size(
    system: &super::font::SystemFonts,
    face: Face,
    text: &str,
    room: f32,
    max: f32,
) -> f32 {
    let at_max = width(system, face, max, text);
    if at_max <= room || at_max <= 0.0 {
        max
    } else {
        (max * room / at_max).max(6.0)
    }
}

/// A label has no footer.
pub(super) fn no_footer(
    _: &mut super::font::DocFonts,
    _: &super::document::FooterOf<'_>,
) -> pdf_writer::Content {
    pdf_writer::Content::new()
}
