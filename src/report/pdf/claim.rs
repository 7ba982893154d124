//! The pages of one claim, section by section: the band and status strip,
//! product, plans, claim and parts, decision, the advice shown when it was
//! decided (SPEC §5), what the customer pays, the
//! never-send-back checklist and the timeline.

use super::layout::{BODY, CONTENT_W, INK, Layout, MARGIN, MUTED, SMALL, col, col_titled};
use super::receipt::fit_strokes;
use super::text::{Face, fit};
use super::{day, generated_line, t, utc_moment, when, yes_no};
use crate::i18n::format::{offset_name, one_offset, time_in, wall_time_in};
use crate::i18n::{Lang, Zone};
use crate::report::{ClaimAttachments, ClaimReport, PlanReport, ReportMeta};
use crate::tr_in;
use crate::vocab::codes::{Charge, ClaimKind, Verdict};
use chrono::NaiveDateTime;

pub(super) fn claim_pages(
    l: &mut Layout,
    meta: &ReportMeta,
    c: &ClaimReport,
    attached: &ClaimAttachments,
) {
    let lang = l.lang();
    l.start_page(
        &tr_in!(lang, "claim-pdf-footer", claim = c.claim_id.as_str()),
        &tr_in!(lang, "claim-pdf-title"),
        &generated_line(lang, meta),
        &c.claim_id,
    );
    status_strip(l, c);
    customer(l, c);
    product(l, c);
    plans(l, &c.plans);
    claim_and_parts(l, c);
    decision(l, c);
    l.heading(t(lang, "claim-pdf-pays"), 30.0);
    for line in customer_pays(lang, c) {
        l.paragraph(Face::Regular, BODY, MARGIN, CONTENT_W, INK, &line);
    }
    quote(l, c, meta.zone);
    never_send_back(l, &meta.never_send_back);
    timeline(l, c, meta.zone);
    photos(l, attached);
    signature(l, attached, meta.zone);
}

/// Who the claim is for: their name, or "erased" once forgotten.
fn customer(l: &mut Layout, c: &ClaimReport) {
    let Some(who) = &c.customer else { return };
    let lang = l.lang();
    l.fields(&[
        (
            t(lang, "claim-pdf-customer"),
            who.name_or_erased().to_string(),
        ),
        (t(lang, "claim-pdf-customer-id"), who.id.to_string()),
    ]);
}

/// The photos of the damage, three to a row, each with its name and the
/// start of its SHA-256 (the original's, kept in the database).
fn photos(l: &mut Layout, attached: &ClaimAttachments) {
    if attached.photos.is_empty() {
        return;
    }
    let gap = 10.0;
    let cell_w = (CONTENT_W - 2.0 * gap) / 3.0;
    let max_h = 130.0;
    let caption_size = SMALL - 1.0;
    let lang = l.lang();
    l.heading(t(lang, "claim-pdf-photos"), max_h + 30.0);
    for row in attached.photos.chunks(3) {
        let pictures: Vec<Option<(String, f32, f32)>> = row
            .iter()
            .map(|p| {
                let img = image::load_from_memory(&p.thumbnail_png).ok()?.to_rgb8();
                let (w, h) = (img.width() as f32, img.height() as f32);
                if w <= 0.0 || h <= 0.0 {
                    return None;
                }
                let scale = (cell_w / w).min(max_h / h);
                let name = l.add_image(&img)?;
                Some((name, w * scale, h * scale))
            })
            .collect();
        let row_h = pictures
            .iter()
            .flatten()
            .map(|(_, _, h)| *h)
            .fold(20.0_f32, f32::max);
        let captions: Vec<String> = row
            .iter()
            .map(|photo| {
                let caption = tr_in!(
                    lang,
                    "claim-pdf-photo-caption",
                    name = photo.name.as_str(),
                    width = photo.width,
                    height = photo.height,
                    sha256 = photo.sha256.get(..12).unwrap_or(&photo.sha256)
                );
                fit(l.system(), Face::Regular, caption_size, &caption, cell_w)
            })
            .collect();
        l.ensure(row_h + 26.0);
        let top = l.y;
        let page = l.page();
        for (i, (picture, caption)) in pictures.iter().zip(&captions).enumerate() {
            let x = MARGIN + i as f32 * (cell_w + gap);
            match picture {
                Some((name, w, h)) => page.image(name, x, top - h, *w, *h),
                None => page.text(
                    Face::Regular,
                    SMALL,
                    x,
                    top - SMALL,
                    MUTED,
                    t(lang, "claim-pdf-photo-unreadable"),
                ),
            }
            page.text(
                Face::Regular,
                caption_size,
                x,
                top - row_h - 9.0,
                MUTED,
                caption,
            );
        }
        l.y = top - row_h - 18.0;
    }
}

/// The customer's signature as drawn, or that it was erased.
fn signature(l: &mut Layout, attached: &ClaimAttachments, zone: Zone) {
    let Some(s) = &attached.signature else { return };
    let box_w = 220.0;
    let box_h = 60.0;
    let lang = l.lang();
    l.heading(t(lang, "claim-pdf-signature"), box_h + 16.0);
    let top = l.y;
    let at = time_in(s.signed_at, zone);
    let caption = if s.erased {
        tr_in!(lang, "claim-pdf-signature-erased", at = at)
    } else {
        tr_in!(
            lang,
            "claim-pdf-signed",
            at = at,
            who = s.recorded_by.as_str()
        )
    };
    let strokes = s
        .signature
        .as_ref()
        .map(|sig| fit_strokes(sig, MARGIN, top - box_h, box_w, box_h))
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
    l.y = top - box_h - 16.0;
}

/// The line under the band: kind, status and days.
fn status_strip(l: &mut Layout, c: &ClaimReport) {
    let lang = l.lang();
    let status_line = tr_in!(
        lang,
        "claim-pdf-status-line",
        kind = c.kind.service().label_in(lang),
        status = c.status.label_in(lang),
        submitted = c.submitted_on.format("%Y-%m-%d").to_string(),
        decided = day(c.decided_on)
    );
    l.paragraph(Face::Bold, 10.5, MARGIN, CONTENT_W, INK, &status_line);
    l.gap(2.0);
}

fn product(l: &mut Layout, c: &ClaimReport) {
    let lang = l.lang();
    l.heading(t(lang, "claim-pdf-product"), 40.0);
    let p = &c.product;
    let mut fields = vec![
        (t(lang, "claim-pdf-serial"), p.serial.clone()),
        (t(lang, "claim-pdf-model"), p.model.clone()),
        (t(lang, "claim-pdf-series"), p.series.clone()),
        (
            t(lang, "claim-pdf-bought-via"),
            p.channel.label_in(lang).to_string(),
        ),
        (t(lang, "claim-pdf-bought-in"), p.region.clone()),
        (
            t(lang, "claim-pdf-unit-status"),
            p.status.label_in(lang).to_string(),
        ),
        (
            t(lang, "claim-pdf-international"),
            yes_no(lang, p.international_service),
        ),
    ];
    if let Some(s) = &p.replaces {
        fields.push((t(lang, "claim-pdf-replaces"), s.clone()));
    }
    if let Some(s) = &p.replaced_by {
        fields.push((t(lang, "claim-pdf-replaced-by"), s.clone()));
    }
    l.fields(&fields);
}

fn plans(l: &mut Layout, plans: &[PlanReport]) {
    let lang = l.lang();
    l.heading(t(lang, "claim-pdf-plans"), 40.0);
    if plans.is_empty() {
        l.note(t(lang, "claim-pdf-no-plans"));
        return;
    }
    let rows: Vec<Vec<String>> = plans.iter().map(|p| plan_row(lang, p)).collect();
    l.table(
        &[
            col(t(lang, "claim-pdf-col-plan"), 128.0, true),
            col(t(lang, "claim-pdf-col-region"), 50.0, false),
            col(t(lang, "claim-pdf-col-starts"), 56.0, false),
            col(t(lang, "claim-pdf-col-valid-through"), 62.0, false),
            col(t(lang, "claim-pdf-col-replacements"), 80.0, true),
            col(t(lang, "claim-pdf-col-replacement"), 70.0, true),
            col(t(lang, "claim-pdf-col-ext-warranty"), 65.28, true),
        ],
        rows,
    );
}

/// A plan's row of the plans table.
fn plan_row(lang: Lang, p: &PlanReport) -> Vec<String> {
    let plan = p.plan.label_in(lang);
    let name = match p.term {
        Some(term) => tr_in!(
            lang,
            "claim-pdf-plan-term",
            plan = plan,
            term = term.label_in(lang)
        ),
        None => plan.to_string(),
    };
    let name = if p.withdrawn {
        tr_in!(lang, "claim-pdf-plan-withdrawn", plan = name)
    } else {
        name
    };
    vec![
        name,
        format!("{} ({})", p.region, p.service_region),
        p.starts.format("%Y-%m-%d").to_string(),
        p.valid_through.format("%Y-%m-%d").to_string(),
        tr_in!(
            lang,
            "claim-pdf-replacements-used",
            used = p.replacements_used.to_string(),
            allowed = p.replacements_allowed.to_string(),
            left = p.replacements_left.to_string()
        ),
        p.replacement_service.label_in(lang).to_string(),
        p.extended_warranty
            .map_or("\u{2014}", |s| s.label_in(lang))
            .to_string(),
    ]
}

fn claim_and_parts(l: &mut Layout, c: &ClaimReport) {
    let lang = l.lang();
    l.heading(t(lang, "claim-pdf-claim-and-parts"), 40.0);
    if c.parts.is_empty() {
        l.note(t(lang, "claim-pdf-no-parts"));
    } else {
        let rows: Vec<Vec<String>> = c
            .parts
            .iter()
            .map(|p| {
                vec![
                    p.part.label_in(lang).to_string(),
                    p.part.code().to_string(),
                    p.quantity.to_string(),
                ]
            })
            .collect();
        l.table(
            &[
                col(t(lang, "claim-pdf-col-part"), 220.0, true),
                col(t(lang, "claim-pdf-col-code"), 180.0, false),
                col(t(lang, "claim-pdf-col-quantity"), 111.28, false),
            ],
            rows,
        );
    }
    l.gap(6.0);
    let exclusions = if c.exclusions.is_empty() {
        t(lang, "claim-pdf-exclusions-none").to_string()
    } else {
        c.exclusions
            .iter()
            .map(|e| e.label_in(lang))
            .collect::<Vec<_>>()
            .join("; ")
    };
    let transregional = t(
        lang,
        if c.accepts_transregional_fees {
            "claim-pdf-transregional-accepted"
        } else {
            "claim-pdf-transregional-not-accepted"
        },
    );
    l.fields(&[
        (
            t(lang, "claim-pdf-channel"),
            c.channel.label_in(lang).to_string(),
        ),
        (
            t(lang, "claim-pdf-service-region"),
            c.service_region.clone(),
        ),
        (
            t(lang, "claim-pdf-cause"),
            c.cause.label_in(lang).to_string(),
        ),
        (t(lang, "claim-pdf-shipped-on"), day(c.shipped_on)),
        (
            t(lang, "claim-pdf-privacy"),
            yes_no(lang, c.privacy_accepted),
        ),
        (
            t(lang, "claim-pdf-transregional"),
            transregional.to_string(),
        ),
    ]);
    l.fields(&[(t(lang, "claim-pdf-exclusions"), exclusions)]);
}

/// The verdict, every rule that refused with its reason, and the
/// interpretations that shaped the decision.
fn decision(l: &mut Layout, c: &ClaimReport) {
    let lang = l.lang();
    l.heading(t(lang, "claim-pdf-decision"), 60.0);
    let plan = match c.plan {
        Some(p) => tr_in!(lang, "claim-pdf-under-plan", plan = p.label_in(lang)),
        None => tr_in!(lang, "claim-pdf-no-plan-in-effect"),
    };
    if c.approved() {
        let line = match c.replacements_left_after {
            Some(n) => tr_in!(
                lang,
                "claim-pdf-approved-left",
                plan = plan,
                left = n.to_string()
            ),
            None => tr_in!(lang, "claim-pdf-approved-line", plan = plan),
        };
        l.verdict(true, t(lang, "claim-pdf-approved"), &line);
    } else {
        let line = tr_in!(
            lang,
            "claim-pdf-refused-line",
            plan = plan,
            rules = c.rules.len()
        );
        l.verdict(false, t(lang, "claim-pdf-refused"), &line);
        match &c.advice {
            // The reasons as shown when decided, naming what was observed.
            Some(a) if a.steps.len() == c.rules.len() => {
                let items: Vec<(&str, String)> = a
                    .steps
                    .iter()
                    .map(|s| {
                        let step = tr_in!(lang, "report-advice-step", text = s.text.as_str());
                        (s.rule.as_str(), format!("{} {step}", s.reason))
                    })
                    .collect();
                l.rule_list(items.iter().map(|(id, t)| (*id, t.as_str())), INK);
            }
            _ => l.rule_list(
                c.rules.iter().map(|r| (r.id.as_str(), r.reason.as_str())),
                INK,
            ),
        }
    }
    advice(l, c);
    if !c.interpretations.is_empty() {
        l.gap(4.0);
        l.paragraph(
            Face::Bold,
            SMALL + 0.5,
            MARGIN,
            CONTENT_W,
            MUTED,
            t(lang, "claim-pdf-interpretations"),
        );
        l.rule_list(
            c.interpretations
                .iter()
                .map(|r| (r.id.as_str(), r.reason.as_str())),
            MUTED,
        );
    }
}

/// SPEC §5 as shown when the claim was decided, after the rules: what the
/// steps together would give, and how long the decision holds or from when
/// it would be approved (one line, so a claim still fits its page).
fn advice(l: &mut Layout, c: &ClaimReport) {
    let Some(a) = &c.advice else {
        return;
    };
    let lang = l.lang();
    let mut line = String::new();
    if !c.approved()
        && a.steps
            .iter()
            .any(|s| s.remedy != crate::rules::Remedy::None.code())
    {
        line = match a.after_steps {
            Verdict::Approved => tr_in!(lang, "advice-after-steps-approved"),
            Verdict::Refused => tr_in!(lang, "advice-after-steps-refused"),
        };
        line.push(' ');
    }
    line.push_str(&a.window);
    l.gap(2.0);
    l.paragraph(Face::Bold, BODY, MARGIN, CONTENT_W, INK, &line);
}

fn customer_pays(lang: Lang, c: &ClaimReport) -> Vec<String> {
    if !c.approved() {
        return vec![tr_in!(lang, "claim-pdf-pays-refused")];
    }
    let mut lines: Vec<String> = c
        .customer_pays
        .iter()
        .map(|charge| match (charge, &c.fee) {
            (Charge::ReplacementFee, Some(fee)) => tr_in!(
                lang,
                "claim-pdf-fee",
                amount = crate::i18n::money(lang, fee)
            ),
            (Charge::ReplacementFee, None) => tr_in!(lang, "claim-pdf-fee-missing"),
            (Charge::TransregionalFees, _) => tr_in!(lang, "claim-pdf-transregional-fees"),
        })
        .collect();
    match c.kind {
        ClaimKind::ExtendedWarranty => {
            if lines.is_empty() {
                lines.push(tr_in!(lang, "claim-pdf-pays-nothing-warranty"));
            }
        }
        ClaimKind::Replacement => {
            if lines.is_empty() {
                lines.push(tr_in!(lang, "claim-pdf-pays-nothing"));
            }
            lines.push(tr_in!(lang, "claim-pdf-dji-pays-shipping"));
        }
    }
    lines
}

/// The paid-repair quote beside the replacement fee, what each leaves, and
/// the customer's choice with who recorded it (issue 14).
fn quote(l: &mut Layout, c: &ClaimReport, zone: Zone) {
    let Some(q) = &c.quote else { return };
    let lang = l.lang();
    let money = |m: &crate::vocab::money::Money| crate::i18n::money(lang, m);
    // RFC 3339 in the model; on paper in the zone the timeline is in.
    let at = |t: &str| {
        chrono::DateTime::parse_from_rfc3339(t)
            .map_or_else(|_| t.to_owned(), |t| time_in(t.naive_utc(), zone))
    };
    l.heading(&tr_in!(lang, "claim-pdf-quote"), 60.0);
    let fee = c
        .fee
        .as_ref()
        .map_or_else(|| tr_in!(lang, "claim-pdf-quote-no-fee"), money);
    let left = |n: Option<u32>| n.map_or_else(|| "\u{2014}".to_string(), |n| n.to_string());
    let replacement = tr_in!(
        lang,
        "claim-pdf-quote-side",
        amount = fee,
        left = left(c.replacements_left_after)
    );
    let repair = tr_in!(
        lang,
        "claim-pdf-quote-side",
        amount = money(&q.amount),
        left = left(c.replacements_left_after.map(|n| n + 1))
    );
    let valid = q.valid_until.map_or_else(
        || tr_in!(lang, "claim-pdf-quote-not-stated"),
        |d| d.format("%Y-%m-%d").to_string(),
    );
    let choice = match (&q.choice, &q.choice_by, &q.choice_at) {
        (Some(choice), Some(who), Some(t)) => tr_in!(
            lang,
            "claim-pdf-quote-chosen",
            choice = choice.label(),
            who = who.as_str(),
            at = at(t)
        ),
        _ => tr_in!(lang, "claim-pdf-quote-not-chosen"),
    };
    let quoted = tr_in!(
        lang,
        "claim-pdf-quoted",
        who = q.quoted_by.as_str(),
        at = at(&q.quoted_at)
    );
    l.fields(&[
        (
            tr_in!(lang, "claim-pdf-quote-replacement").as_str(),
            replacement,
        ),
        (tr_in!(lang, "claim-pdf-quote-repair").as_str(), repair),
        (
            tr_in!(lang, "claim-pdf-quote-covers").as_str(),
            q.covers.clone(),
        ),
        (tr_in!(lang, "claim-pdf-quote-valid-until").as_str(), valid),
        (tr_in!(lang, "claim-pdf-quoted-by").as_str(), quoted),
        (tr_in!(lang, "claim-pdf-quote-choice").as_str(), choice),
    ]);
}

fn never_send_back(l: &mut Layout, items: &[String]) {
    if items.is_empty() {
        return;
    }
    let lang = l.lang();
    l.heading(
        t(lang, "claim-pdf-never-send-back"),
        30.0 + 14.0 * items.len().div_ceil(2) as f32,
    );
    l.paragraph(
        Face::Regular,
        BODY,
        MARGIN,
        CONTENT_W,
        INK,
        t(lang, "claim-pdf-never-send-back-intro"),
    );
    l.gap(3.0);
    l.checklist(items);
}

fn timeline(l: &mut Layout, c: &ClaimReport, zone: Zone) {
    let lang = l.lang();
    l.heading(t(lang, "claim-pdf-timeline"), 40.0);
    if c.events.is_empty() {
        l.note(t(lang, "claim-pdf-no-events"));
        return;
    }
    // The heading names the clock when every event was on the same offset
    // (one line per event); across a change of summer time each time names
    // its own, under it.
    let moments: Vec<Option<NaiveDateTime>> = c.events.iter().map(|e| utc_moment(&e.at)).collect();
    let one_offset = one_offset(moments.iter().flatten().copied(), zone);
    let when_column = match one_offset {
        Some(o) => col_titled(
            tr_in!(lang, "claim-pdf-col-when", zone = offset_name(o)),
            78.0,
            true,
        ),
        None => col(t(lang, "claim-pdf-col-when-plain"), 78.0, true),
    };
    let rows: Vec<Vec<String>> = c
        .events
        .iter()
        .zip(&moments)
        .map(|(e, t)| {
            vec![
                match (t, one_offset) {
                    (Some(t), Some(_)) => wall_time_in(*t, zone),
                    _ => when(&e.at, zone),
                },
                e.who.clone(),
                e.from
                    .map(|s| s.label_in(lang).to_string())
                    .unwrap_or_default(),
                e.to.label_in(lang).to_string(),
                e.note.clone(),
            ]
        })
        .collect();
    l.table(
        &[
            when_column,
            col(t(lang, "claim-pdf-col-who"), 80.0, true),
            col(t(lang, "claim-pdf-col-from"), 96.0, true),
            col(t(lang, "claim-pdf-col-to"), 96.0, true),
            col(t(lang, "claim-pdf-col-note"), 161.28, true),
        ],
        rows,
    );
}
