//! The intake receipt (issue 13): one page the customer takes home, in their
//! language where the desk has it. The claim id as a Code 128 barcode, the
//! customer, the product and the parts received, the checklist and the
//! damage as described, the decision with its rule IDs and reasons (and,
//! when refused, what would make it approvable: SPEC §5), what the customer
//! pays, the day their parcel must leave by, what never to send, and their
//! signature.

use super::layout::{BODY, INK, LINE, Layout, MARGIN, MUTED, Page, REFUSED, SMALL};
use super::text::{Face, printable, wrap};
use crate::i18n;
use crate::media::barcode;
use crate::media::signature::Signature;
use crate::report::papers::Receipt;
use crate::tr_in;
use crate::vocab::codes::Charge;

/// At most this many lines of the damage description (the page is one page).
const DESCRIPTION_LINES: usize = 6;
/// One barcode module on the receipt, in points (0.35 mm).
const MODULE: f32 = 1.0;
const BAR_H: f32 = 38.0;

pub(super) fn receipt_page(l: &mut Layout, r: &Receipt) {
    let lang = r.lang;
    let printed = i18n::local_time(r.printed_at);
    l.start_page(
        &tr_in!(lang, "receipt-footer", claim = r.claim_id.as_str()),
        &tr_in!(lang, "receipt-title"),
        &tr_in!(lang, "receipt-subtitle", printed = printed),
        &r.claim_id,
    );
    head(l, r);
    customer(l, r);
    product(l, r);
    intake(l, r);
    decision(l, r);
    pays(l, r);
    never_send_back(l, r);
    signature(l, r);
}

/// The claim in one line on the left; its barcode on the right.
fn head(l: &mut Layout, r: &Receipt) {
    let lang = r.lang;
    let top = l.y;
    let right = l.right();
    let line1 = tr_in!(
        lang,
        "receipt-claim-line",
        kind = r.kind.service().label_in(lang),
        channel = r.channel.label_in(lang),
        region = r.service_region.as_str()
    );
    let line2 = tr_in!(
        lang,
        "receipt-dates-line",
        submitted = i18n::day(lang, r.submitted_on),
        status = r.status.label_in(lang)
    );
    let modules = barcode::code128(&r.claim_id).unwrap_or_default();
    let bar_w = modules.len() as f32 * MODULE;
    let text_w = l.content_w() - bar_w - 12.0;
    let system = l.system();
    let page = l.page();
    page.text(Face::Bold, 15.0, MARGIN, top - 16.0, INK, &r.claim_id);
    let mut y = top - 32.0;
    for line in wrap(system, Face::Regular, BODY, &line1, text_w)
        .into_iter()
        .chain(wrap(system, Face::Regular, BODY, &line2, text_w))
    {
        page.text(Face::Regular, BODY, MARGIN, y, MUTED, &line);
        y -= LINE;
    }
    draw_barcode(page, &modules, right - bar_w, top - BAR_H, MODULE, BAR_H);
    let id_w = super::text::width(system, Face::Regular, SMALL, &r.claim_id);
    page.text(
        Face::Regular,
        SMALL,
        right - bar_w / 2.0 - id_w / 2.0,
        top - BAR_H - 10.0,
        INK,
        &r.claim_id,
    );
    l.y = (top - BAR_H - 16.0).min(y);
}

/// Dark runs of `modules` as black bars from (`x`, `y`) upwards.
pub(super) fn draw_barcode(page: &mut Page, modules: &[bool], x: f32, y: f32, module: f32, h: f32) {
    let mut i = 0;
    while i < modules.len() {
        if modules[i] {
            let start = i;
            while i < modules.len() && modules[i] {
                i += 1;
            }
            let w = (i - start) as f32 * module;
            page.rect(x + start as f32 * module, y, w, h, (0.0, 0.0, 0.0));
        } else {
            i += 1;
        }
    }
}

fn customer(l: &mut Layout, r: &Receipt) {
    let lang = r.lang;
    l.heading(&tr_in!(lang, "receipt-customer"), 24.0);
    let Some(c) = &r.customer else {
        l.note(&tr_in!(lang, "receipt-no-customer"));
        return;
    };
    if c.erased {
        l.note(&tr_in!(lang, "customer-erased"));
        return;
    }
    let dash = || "\u{2014}".to_string();
    let labels = [
        tr_in!(lang, "receipt-name"),
        tr_in!(lang, "receipt-phone"),
        tr_in!(lang, "receipt-email"),
        tr_in!(lang, "receipt-address"),
    ];
    let values = [
        c.name.clone().unwrap_or_else(dash),
        c.phone.clone().unwrap_or_else(dash),
        c.email.clone().unwrap_or_else(dash),
        c.address
            .clone()
            .map(|a| a.replace('\n', ", "))
            .unwrap_or_else(dash),
    ];
    let pairs: Vec<(&str, String)> = labels.iter().map(String::as_str).zip(values).collect();
    l.fields(&pairs);
}

fn product(l: &mut Layout, r: &Receipt) {
    let lang = r.lang;
    l.heading(&tr_in!(lang, "receipt-product"), 24.0);
    let parts: Vec<String> = r
        .parts
        .iter()
        .map(|(p, q)| format!("{} \u{00d7} {q}", r.part_name(*p)))
        .collect();
    let labels = [
        tr_in!(lang, "receipt-model"),
        tr_in!(lang, "receipt-serial"),
        tr_in!(lang, "receipt-parts"),
    ];
    let pairs = vec![
        (labels[0].as_str(), r.model.clone()),
        (labels[1].as_str(), r.serial.clone()),
    ];
    l.fields(&pairs);
    l.fields(&[(labels[2].as_str(), parts.join("; "))]);
}

fn intake(l: &mut Layout, r: &Receipt) {
    let lang = r.lang;
    l.heading(&tr_in!(lang, "receipt-intake"), 30.0);
    let Some(items) = r.checklist() else {
        l.note(&tr_in!(lang, "receipt-no-intake"));
        return;
    };
    let w = l.content_w();
    for (text, ticked) in items {
        let lines = wrap(l.system(), Face::Regular, BODY, &printable(&text), w - 16.0);
        l.ensure(LINE * lines.len() as f32 + 2.0);
        let top = l.y;
        let page = l.page();
        page.tick_box(MARGIN, top - BODY - 0.5, 8.5, ticked, INK);
        for (k, line) in lines.iter().enumerate() {
            page.text(
                Face::Regular,
                BODY,
                MARGIN + 15.0,
                top - BODY - k as f32 * LINE,
                INK,
                line,
            );
        }
        l.y -= LINE * lines.len() as f32 + 2.0;
    }
    let Some(intake) = &r.intake else { return };
    if intake.incomplete_confirmed {
        l.paragraph(
            Face::Regular,
            SMALL,
            MARGIN,
            w,
            REFUSED,
            &tr_in!(lang, "receipt-incomplete-confirmed"),
        );
    }
    let description = if intake.description.trim().is_empty() {
        tr_in!(lang, "receipt-no-description")
    } else {
        intake.description.clone()
    };
    l.gap(3.0);
    l.paragraph(
        Face::Bold,
        SMALL,
        MARGIN,
        w,
        MUTED,
        &tr_in!(lang, "receipt-description"),
    );
    let mut lines = wrap(l.system(), Face::Regular, BODY, &printable(&description), w);
    if lines.len() > DESCRIPTION_LINES {
        lines.truncate(DESCRIPTION_LINES);
        if let Some(last) = lines.last_mut() {
            last.push_str(" \u{2026}");
        }
    }
    for line in lines {
        l.paragraph(Face::Regular, BODY, MARGIN, w, INK, &line);
    }
    let privacy = match (&intake.privacy_recorded_by, intake.privacy_recorded_at) {
        (Some(by), Some(at)) => tr_in!(
            lang,
            "receipt-privacy-recorded",
            who = by.as_str(),
            at = i18n::local_time(at)
        ),
        _ if r.privacy_accepted => tr_in!(lang, "receipt-privacy-accepted"),
        _ => tr_in!(lang, "receipt-privacy-not-accepted"),
    };
    l.paragraph(Face::Regular, SMALL, MARGIN, w, MUTED, &privacy);
}

fn decision(l: &mut Layout, r: &Receipt) {
    let lang = r.lang;
    l.heading(&tr_in!(lang, "receipt-decision"), 40.0);
    let plan = match r.plan {
        Some(p) => tr_in!(lang, "receipt-under-plan", plan = p.label_in(lang)),
        None => tr_in!(lang, "receipt-no-plan"),
    };
    let decided = tr_in!(
        lang,
        "receipt-decided-on",
        day = i18n::day(lang, r.decided_on)
    );
    if r.approved {
        l.verdict(
            true,
            &tr_in!(lang, "receipt-approved"),
            &format!("{plan} \u{00b7} {decided}"),
        );
        return;
    }
    l.verdict(
        false,
        &tr_in!(lang, "receipt-refused"),
        &format!("{plan} \u{00b7} {decided}"),
    );
    l.rule_list(
        r.rules.iter().map(|(id, why)| (id.as_str(), why.as_str())),
        INK,
    );
    let Some(advice) = &r.advice else { return };
    l.gap(2.0);
    let w = l.content_w();
    l.paragraph(
        Face::Bold,
        BODY,
        MARGIN,
        w,
        INK,
        &tr_in!(lang, "receipt-advice"),
    );
    l.rule_list(advice.steps.iter().map(|s| (s.rule, s.text.as_str())), INK);
    let after = if advice.after_steps == "approved" {
        tr_in!(lang, "advice-after-steps-approved")
    } else {
        tr_in!(lang, "advice-after-steps-refused")
    };
    let from = advice
        .approvable_from
        .as_deref()
        .and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        .map(|d| {
            format!(
                " {}",
                tr_in!(lang, "advice-approvable-from", date = i18n::day(lang, d))
            )
        })
        .unwrap_or_default();
    l.paragraph(
        Face::Regular,
        BODY,
        MARGIN,
        w,
        MUTED,
        &format!("{after}{from}"),
    );
}

fn pays(l: &mut Layout, r: &Receipt) {
    let lang = r.lang;
    l.heading(&tr_in!(lang, "receipt-pays"), 24.0);
    let w = l.content_w();
    let mut lines = Vec::new();
    if !r.approved {
        lines.push(tr_in!(lang, "receipt-pays-nothing-refused"));
    } else {
        for charge in &r.customer_pays {
            lines.push(match (charge, &r.fee) {
                (Charge::ReplacementFee, Some(fee)) => tr_in!(
                    lang,
                    "receipt-fee",
                    amount = i18n::money(lang, fee),
                    currency = fee.currency.as_str()
                ),
                (Charge::ReplacementFee, None) => tr_in!(lang, "receipt-fee-missing"),
                (Charge::TransregionalFees, _) => tr_in!(lang, "receipt-transregional"),
            });
        }
        if lines.is_empty() {
            lines.push(tr_in!(lang, "receipt-pays-nothing"));
        }
    }
    if let Some(d) = r.ship_by {
        lines.push(tr_in!(lang, "receipt-ship-by", date = i18n::day(lang, d)));
    }
    for (i, line) in lines.iter().enumerate() {
        let face = if i == lines.len() - 1 && r.ship_by.is_some() {
            Face::Bold
        } else {
            Face::Regular
        };
        l.paragraph(face, BODY, MARGIN, w, INK, line);
    }
}

fn never_send_back(l: &mut Layout, r: &Receipt) {
    if r.never_send_back.is_empty() {
        return;
    }
    let lang = r.lang;
    l.heading(&tr_in!(lang, "receipt-never-send-back"), 24.0);
    let w = l.content_w();
    let text = r.never_send_back.join(" \u{00b7} ");
    l.paragraph(Face::Regular, SMALL + 0.5, MARGIN, w, INK, &text);
}

/// The signature box: the strokes scaled into it, who signed and when.
fn signature(l: &mut Layout, r: &Receipt) {
    let lang = r.lang;
    let box_w = 240.0;
    let box_h = 64.0;
    l.heading(&tr_in!(lang, "receipt-signature"), box_h + 14.0);
    l.ensure(box_h + 14.0);
    let top = l.y;
    let caption = match &r.signature {
        None => tr_in!(lang, "receipt-not-signed"),
        Some(s) if s.erased => tr_in!(lang, "customer-erased"),
        Some(s) => tr_in!(
            lang,
            "receipt-signed-at",
            at = i18n::local_time(s.signed_at)
        ),
    };
    let strokes = r
        .signature
        .as_ref()
        .and_then(|s| s.signature.as_ref())
        .map(|s| fit_strokes(s, MARGIN, top - box_h, box_w, box_h))
        .unwrap_or_default();
    let page = l.page();
    page.hline(MARGIN, MARGIN + box_w, top - box_h, MUTED, 0.6);
    for stroke in &strokes {
        page.polyline(stroke, 1.2, INK);
    }
    page.text(
        Face::Regular,
        SMALL,
        MARGIN,
        top - box_h - 10.0,
        MUTED,
        &caption,
    );
    l.y = top - box_h - 14.0;
}

/// A signature's strokes (normalised, y down) in a box of the page (y up),
/// keeping the pad's proportions and its place in the pad.
pub(super) fn fit_strokes(s: &Signature, x: f32, y: f32, w: f32, h: f32) -> Vec<Vec<(f32, f32)>> {
    // The pad's aspect, fitted into the box.
    let a = crate::media::signature::PAD_ASPECT;
    let (pw, ph) = if w / h > a { (h * a, h) } else { (w, w / a) };
    s.strokes
        .iter()
        .map(|stroke| {
            stroke
                .iter()
                .map(|[sx, sy]| (x + sx * pw, y + (1.0 - sy) * ph))
                .collect()
        })
        .collect()
}
