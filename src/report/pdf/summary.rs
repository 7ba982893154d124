//! The cover pages of a multi-claim report: counts by decision, kind and
//! status, the rules that refused claims, and a table of the claims.

use super::layout::{
    APPROVED, BODY, CONTENT_W, INK, LINE, Layout, MARGIN, REFUSED, Rgbf, SMALL, TABLE_HEAD, col,
};
use super::text::Face;
use super::{generated_line, t};
use crate::i18n::Lang;
use crate::report::{ClaimReport, ReportMeta};
use crate::tr_in;
use crate::vocab::codes::{ClaimKind, ClaimStatus, Verdict};
use std::collections::BTreeMap;

/// What the cover keeps of each claim.
struct Summary {
    claim_id: String,
    submitted_on: String,
    serial: String,
    kind: ClaimKind,
    status: ClaimStatus,
    decision: Verdict,
    rules: Vec<String>,
}

/// The claims of a report, as the cover pages need them.
#[derive(Default)]
pub(super) struct Summaries {
    claims: Vec<Summary>,
    /// The reason of each rule that refused a claim, as first seen.
    rule_reasons: BTreeMap<String, String>,
}

impl Summaries {
    pub(super) fn add(&mut self, claim: ClaimReport) {
        for r in &claim.rules {
            self.rule_reasons
                .entry(r.id.clone())
                .or_insert_with(|| r.reason.clone());
        }
        self.claims.push(Summary {
            claim_id: claim.claim_id,
            submitted_on: claim.submitted_on.format("%Y-%m-%d").to_string(),
            serial: claim.product.serial,
            kind: claim.kind,
            status: claim.status,
            decision: claim.decision,
            rules: claim.rules.into_iter().map(|r| r.id).collect(),
        });
    }

    pub(super) fn count(&self) -> usize {
        self.claims.len()
    }

    /// The id of the first claim, for a one-claim document's title.
    pub(super) fn first_id(&self) -> Option<&str> {
        self.claims.first().map(|c| c.claim_id.as_str())
    }
}

pub(super) fn cover_pages(l: &mut Layout, meta: &ReportMeta, summaries: &Summaries) {
    let claims = &summaries.claims;
    let lang = l.lang();
    let count = tr_in!(lang, "claim-pdf-count", claims = claims.len());
    l.start_page(
        t(lang, "claim-pdf-summary-footer"),
        t(lang, "claim-pdf-title"),
        &generated_line(lang, meta),
        &count,
    );
    l.fields(&[
        (t(lang, "claim-pdf-claims"), claims.len().to_string()),
        (t(lang, "claim-pdf-filter"), meta.filter.clone()),
    ]);
    at_a_glance(l, claims);
    cited_rules(l, summaries);
    claims_table(l, claims);
}

/// One line of an at-a-glance count table.
struct Count {
    label: &'static str,
    ink: Rgbf,
    claims: usize,
}

/// Claims counted by `key`, listed in the order of the codes' spelling.
fn tally<T: Copy>(
    claims: &[Summary],
    key: impl Fn(&Summary) -> T,
    code: fn(T) -> &'static str,
    show: impl Fn(T) -> (&'static str, Rgbf),
) -> Vec<Count> {
    let mut counts: BTreeMap<&'static str, (T, usize)> = BTreeMap::new();
    for c in claims {
        let k = key(c);
        counts.entry(code(k)).or_insert((k, 0)).1 += 1;
    }
    counts
        .into_values()
        .map(|(k, claims)| {
            let (label, ink) = show(k);
            Count { label, ink, claims }
        })
        .collect()
}

/// Three small count tables side by side: by decision, kind and status.
fn at_a_glance(l: &mut Layout, claims: &[Summary]) {
    let lang = l.lang();
    let by_decision = tally(
        claims,
        |c| c.decision,
        Verdict::code,
        |v| {
            let ink = match v {
                Verdict::Approved => APPROVED,
                Verdict::Refused => REFUSED,
            };
            (v.label_in(lang), ink)
        },
    );
    let by_kind = tally(
        claims,
        |c| c.kind,
        ClaimKind::code,
        |k| (k.service().label_in(lang), INK),
    );
    let by_status = tally(
        claims,
        |c| c.status,
        ClaimStatus::code,
        |s| {
            let ink = match s {
                ClaimStatus::Approved => APPROVED,
                ClaimStatus::Refused => REFUSED,
                _ => INK,
            };
            (s.label_in(lang), ink)
        },
    );

    l.heading(t(lang, "claim-pdf-at-a-glance"), 80.0);
    let groups: [(&str, &Vec<Count>); 3] = [
        (t(lang, "claim-pdf-col-decision"), &by_decision),
        (t(lang, "claim-pdf-col-kind"), &by_kind),
        (t(lang, "claim-pdf-col-status"), &by_status),
    ];
    let col_w = CONTENT_W / 3.0;
    let rows = groups.iter().map(|(_, g)| g.len()).max().unwrap_or(0);
    let h = 16.0 + rows as f32 * LINE + 4.0;
    l.ensure(h);
    let top = l.y;
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
            t(lang, "claim-pdf-claims"),
        );
        for (k, count) in group.iter().enumerate() {
            let y = top - 16.0 - BODY - 2.0 - k as f32 * LINE;
            page.text(Face::Regular, BODY, x + 4.0, y, count.ink, count.label);
            let n = count.claims.to_string();
            page.text_right(Face::Bold, BODY, x + col_w - 14.0, y, INK, &n);
        }
    }
    l.y -= h;
}

/// The rules that refused claims, most cited first.
fn cited_rules(l: &mut Layout, summaries: &Summaries) {
    let mut cited: BTreeMap<&str, usize> = BTreeMap::new();
    for c in &summaries.claims {
        for r in &c.rules {
            *cited.entry(r.as_str()).or_default() += 1;
        }
    }
    if cited.is_empty() {
        return;
    }
    let mut cited: Vec<(&str, usize)> = cited.into_iter().collect();
    cited.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let lang = l.lang();
    l.heading(t(lang, "claim-pdf-cited-rules"), 40.0);
    let rows: Vec<Vec<String>> = cited
        .iter()
        .map(|(id, n)| {
            vec![
                id.to_string(),
                n.to_string(),
                summaries.rule_reasons.get(*id).cloned().unwrap_or_default(),
            ]
        })
        .collect();
    l.table(
        &[
            col(t(lang, "claim-pdf-col-rule"), 130.0, false),
            col(t(lang, "claim-pdf-claims"), 45.0, false),
            col(t(lang, "claim-pdf-col-reason"), 336.28, true),
        ],
        rows,
    );
}

/// Kind for narrow columns.
fn short_kind(lang: Lang, kind: ClaimKind) -> &'static str {
    match kind {
        ClaimKind::Replacement => t(lang, "claim-pdf-kind-replacement"),
        ClaimKind::ExtendedWarranty => t(lang, "claim-pdf-kind-warranty"),
    }
}

fn claims_table(l: &mut Layout, claims: &[Summary]) {
    let lang = l.lang();
    l.heading(t(lang, "claim-pdf-claims-heading"), 40.0);
    if claims.is_empty() {
        l.note(t(lang, "claim-pdf-no-claims"));
        return;
    }
    let rows = claims.iter().map(|c| {
        vec![
            c.claim_id.clone(),
            c.submitted_on.clone(),
            c.serial.clone(),
            short_kind(lang, c.kind).to_string(),
            c.status.label_in(lang).to_string(),
            c.decision.label_in(lang).to_string(),
            c.rules.join(", "),
        ]
    });
    l.table(
        &[
            col(t(lang, "claim-pdf-col-claim"), 78.0, false),
            col(t(lang, "claim-pdf-col-submitted"), 54.0, false),
            col(t(lang, "claim-pdf-col-serial"), 80.0, false),
            col(t(lang, "claim-pdf-col-kind"), 60.0, false),
            col(t(lang, "claim-pdf-col-status"), 62.0, true),
            col(t(lang, "claim-pdf-col-decision"), 46.0, false),
            col(t(lang, "claim-pdf-col-rules"), 131.28, true),
        ],
        rows,
    );
}
