//! From the store to the report model: which claims an export covers, the
//! claims themselves read page by page, and the expiring coverage rows.

use super::{
    ClaimReport, CustomerReport, EventReport, ExpiringMeta, ExpiringPlanReport, ExportError,
    ParcelReport, PartQuantity, PlanReport, ProductReport, ReportMeta, RuleReason,
};
use crate::catalog::Catalog;
use crate::desk::{ClaimFilter, ClaimForReport, Desk, ExpiringPlan, StoreError};
use crate::i18n::Zone;
use crate::rules::plans::{base_status, plus_status};
use crate::tr;
use crate::vocab::codes::Verdict;
use chrono::{NaiveDate, NaiveDateTime};
use std::collections::VecDeque;

/// Claims read per store query while exporting.
pub const PAGE_SIZE: usize = 1000;

impl From<StoreError> for ExportError {
    fn from(e: StoreError) -> Self {
        ExportError::Source(e.to_string())
    }
}

/// Which claims an export covers: one claim, or every claim matching a filter
/// (the claims table's current filter).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ClaimSelection {
    pub filter: ClaimFilter,
    /// Just this claim id (the filter is then ignored).
    pub claim: Option<String>,
}

impl ClaimSelection {
    pub fn one(claim_id: &str) -> Self {
        ClaimSelection {
            filter: ClaimFilter::default(),
            claim: Some(claim_id.trim().to_ascii_uppercase()),
        }
    }

    pub fn filtered(filter: ClaimFilter) -> Self {
        ClaimSelection {
            filter,
            claim: None,
        }
    }

    /// The selection in words, for the report header (the desk's language;
    /// codes as they are).
    pub fn describe(&self) -> String {
        if let Some(id) = &self.claim {
            return tr!("report-filter-claim", claim = id.as_str());
        }
        let f = &self.filter;
        let mut parts = Vec::new();
        if let Some(s) = f.status {
            parts.push(tr!("report-filter-status", status = s.code()));
        }
        if let Some(k) = f.kind {
            parts.push(tr!("report-filter-kind", kind = k.code()));
        }
        let day = |d: NaiveDate| d.to_string();
        match (f.from, f.to) {
            (Some(a), Some(b)) => parts.push(tr!(
                "report-filter-decided-between",
                from = day(a),
                to = day(b)
            )),
            (Some(a), None) => parts.push(tr!("report-filter-decided-from", from = day(a))),
            (None, Some(b)) => parts.push(tr!("report-filter-decided-to", to = day(b))),
            (None, None) => {}
        }
        if let Some(s) = f.serial.as_deref().filter(|s| !s.trim().is_empty()) {
            parts.push(tr!("report-filter-serial", text = s.trim()));
        }
        if parts.is_empty() {
            tr!("report-filter-all")
        } else {
            parts.join(", ")
        }
    }

    fn only(&self) -> Option<&str> {
        self.claim.as_deref()
    }

    /// How many claims the export will hold. An unknown claim id is an error.
    pub fn count(&self, store: &Desk) -> Result<usize, ExportError> {
        match self.only() {
            Some(id) => {
                let page = store.claims_for_report(&ClaimFilter::default(), Some(id), None, 1)?;
                if page.is_empty() {
                    Err(ExportError::UnknownClaim(id.to_string()))
                } else {
                    Ok(1)
                }
            }
            None => Ok(store.count_claims(&self.filter)?),
        }
    }
}

/// The header of a claim export.
pub fn report_meta(catalog: &Catalog, selection: &ClaimSelection, as_of: NaiveDate) -> ReportMeta {
    ReportMeta {
        generated_at: rfc3339(chrono::Utc::now().naive_utc()),
        as_of,
        filter: selection.describe(),
        never_send_back: catalog.never_send_back_in(crate::i18n::current()),
        zone: Zone::Local,
    }
}

fn rfc3339(t: NaiveDateTime) -> String {
    t.format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// One store claim as a report. Plan states are computed for `as_of`.
pub fn claim_report(catalog: &Catalog, c: ClaimForReport, as_of: NaiveDate) -> ClaimReport {
    let mut plans = Vec::new();
    if let Some(base) = &c.base_plan {
        plans.push(PlanReport::from_status(
            &base_status(catalog, base, as_of),
            Some(base.term),
        ));
        if let Some(plus) = &c.plus_plan {
            plans.push(PlanReport::from_status(
                &plus_status(catalog, base, plus, as_of),
                None,
            ));
        }
    }
    let d = &c.decision;
    ClaimReport {
        claim_id: c.id,
        kind: c.kind,
        status: c.status,
        submitted_on: c.submitted_on,
        decided_on: Some(c.decided_on),
        decision: Verdict::of(d.approved()),
        plan: d.plan,
        rules: d
            .failed
            .iter()
            .map(|r| RuleReason {
                id: r.id().to_string(),
                reason: r.reason().to_string(),
            })
            .collect(),
        interpretations: d
            .interpretations
            .iter()
            .map(|i| RuleReason {
                id: i.id().to_string(),
                reason: i.text().to_string(),
            })
            .collect(),
        replacements_left_after: d.replacements_left_after,
        channel: c.input.channel,
        service_region: c.input.service_region.to_string(),
        cause: c.input.cause,
        parts: c
            .input
            .parts
            .iter()
            .map(|(&part, &quantity)| PartQuantity { part, quantity })
            .collect(),
        exclusions: c.input.exclusions,
        shipped_on: c.input.shipped,
        accepts_transregional_fees: c.input.accepts_transregional_fees,
        privacy_accepted: c.input.privacy_accepted,
        customer_pays: d.customer_pays.clone(),
        fee: c.fee,
        replacement_serial: c.replacement_serial,
        product: ProductReport {
            serial: c.product.serial,
            model: c.product.model,
            series: c.product.series,
            channel: c.product.channel,
            region: c.product.region.to_string(),
            status: c.product.status,
            replaced_by: c.product.replaced_by,
            replaces: c.product.replaces,
            international_service: c.product.international_service,
        },
        plans,
        events: c
            .events
            .into_iter()
            .map(|e| EventReport {
                at: rfc3339(e.at),
                who: e.who,
                from: e.from,
                to: e.to,
                note: e.note,
            })
            .collect(),
        ship_by: c.ship_by,
        parcels: c
            .parcels
            .into_iter()
            .map(|p| ParcelReport {
                direction: p.direction,
                carrier: p.carrier,
                tracking: p.tracking,
                shipped_on: p.shipped_on,
                received_on: p.received_on,
                recorded_at: rfc3339(p.recorded_at),
                recorded_by: p.recorded_by,
            })
            .collect(),
        customer: c.customer.map(|x| CustomerReport {
            id: x.id,
            name: x.name,
            erased: x.erased,
        }),
        // In the report's language (the desk's), whatever the counter's was.
        advice: c.advice.map(|a| a.in_lang(crate::i18n::current())),
        quote: c.quote.map(quote_report),
    }
}

/// A claim's paid-repair quote and the choice, as the report has them.
fn quote_report(q: crate::desk::Quote) -> crate::report::QuoteReport {
    crate::report::QuoteReport {
        amount: q.amount,
        covers: q.covers,
        valid_until: q.valid_until,
        quoted_by: q.quoted_by,
        quoted_at: rfc3339(q.quoted_at),
        choice: q.choice,
        choice_by: q.choice_by,
        choice_at: q.choice_at.map(rfc3339),
    }
}

/// The selected claims as reports, read from the store a page at a time.
pub struct ClaimReports<'a> {
    store: &'a Desk,
    selection: ClaimSelection,
    as_of: NaiveDate,
    after: Option<String>,
    page: VecDeque<ClaimReport>,
    page_size: usize,
    finished: bool,
}

impl<'a> ClaimReports<'a> {
    pub fn new(store: &'a Desk, selection: ClaimSelection, as_of: NaiveDate) -> Self {
        ClaimReports {
            store,
            selection,
            as_of,
            after: None,
            page: VecDeque::new(),
            page_size: PAGE_SIZE,
            finished: false,
        }
    }

    /// Claims read per store query (at least 1).
    pub fn with_page_size(mut self, page_size: usize) -> Self {
        self.page_size = page_size.max(1);
        self
    }

    fn fill(&mut self) -> Result<(), ExportError> {
        let page = self.store.claims_for_report(
            &self.selection.filter,
            self.selection.only(),
            self.after.as_deref(),
            self.page_size,
        )?;
        if page.len() < self.page_size {
            self.finished = true;
        }
        if let Some(last) = page.last() {
            self.after = Some(last.id.clone());
        }
        let catalog = self.store.catalog();
        self.page.extend(
            page.into_iter()
                .map(|c| claim_report(catalog, c, self.as_of)),
        );
        Ok(())
    }
}

impl Iterator for ClaimReports<'_> {
    type Item = Result<ClaimReport, ExportError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.page.is_empty()
            && !self.finished
            && let Err(e) = self.fill()
        {
            self.finished = true;
            return Some(Err(e));
        }
        self.page.pop_front().map(Ok)
    }
}

/// The expiring coverage report: plan services ending within `within_days`
/// of `today` (their `ends` in `(today, today + within_days]`).
pub fn expiring_reports(
    store: &Desk,
    today: NaiveDate,
    within_days: u32,
) -> Result<(ExpiringMeta, Vec<ExpiringPlanReport>), ExportError> {
    let plans = store.expiring_plans(today, within_days)?;
    let meta = ExpiringMeta {
        generated_at: rfc3339(chrono::Utc::now().naive_utc()),
        as_of: today,
        within_days,
        zone: Zone::Local,
    };
    Ok((meta, plans.into_iter().map(expiring_report).collect()))
}

fn expiring_report(p: ExpiringPlan) -> ExpiringPlanReport {
    ExpiringPlanReport {
        serial: p.serial,
        model: p.model,
        plan: p.plan,
        service: p.service,
        ends: p.ends,
        valid_through: p.valid_through,
        days_left: p.days_left,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::desk::{ClaimKind, ClaimStatus};

    #[test]
    fn selections_describe_themselves_for_the_report_header() {
        assert_eq!(ClaimSelection::default().describe(), "all claims");
        assert_eq!(
            ClaimSelection::one(" cl-2026-000123 ").describe(),
            "claim CL-2026-000123"
        );
        let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let sel = ClaimSelection::filtered(ClaimFilter {
            status: Some(ClaimStatus::Refused),
            kind: Some(ClaimKind::Replacement),
            from: Some(day("2026-01-01")),
            to: Some(day("2026-03-31")),
            serial: Some(" 1SS ".into()),
            queue: None,
        });
        assert_eq!(
            sel.describe(),
            "status refused, kind replacement, decided 2026-01-01 to 2026-03-31, serial or id containing \"1SS\""
        );
    }
}
