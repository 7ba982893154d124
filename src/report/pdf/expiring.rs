//! The expiring coverage report: one table of the plan services ending soon.

use super::document::DocInfo;
use super::document::PageSink;
use super::layout::{self, Layout, col};
use super::{created, start_document, t, when};
use crate::report::{ExpiringMeta, ExpiringPlanReport, ExportError};
use crate::tr_in;
use std::io::Write;
use std::rc::Rc;

/// The expiring coverage report as a PDF table.
pub fn write_expiring<W: Write>(
    out: W,
    meta: &ExpiringMeta,
    plans: &[ExpiringPlanReport],
) -> Result<usize, ExportError> {
    let mut doc = start_document(out)?;
    let lang = doc.lang();
    let fonts = doc.fonts();
    let mut l = Layout::new(&mut doc, Rc::clone(&fonts));
    let subtitle = tr_in!(
        lang,
        "expiring-pdf-generated",
        at = when(&meta.generated_at, meta.zone),
        from = meta.as_of.format("%Y-%m-%d").to_string(),
        days = meta.within_days.to_string()
    );
    let days = meta.within_days.to_string();
    l.start_page(
        &tr_in!(lang, "expiring-pdf-footer", days = days.as_str()),
        t(lang, "expiring-pdf-title"),
        &subtitle,
        &tr_in!(lang, "expiring-pdf-next", days = days.as_str()),
    );
    if plans.is_empty() {
        l.note(t(lang, "expiring-pdf-none"));
    } else {
        let rows: Vec<Vec<String>> = plans
            .iter()
            .map(|p| {
                vec![
                    p.serial.clone(),
                    p.model.clone(),
                    p.plan.label_in(lang).to_string(),
                    p.service.label_in(lang).to_string(),
                    p.valid_through.format("%Y-%m-%d").to_string(),
                    p.ends.format("%Y-%m-%d").to_string(),
                    p.days_left.to_string(),
                ]
            })
            .collect();
        l.table(
            &[
                col(t(lang, "claim-pdf-col-serial"), 86.0, false),
                col(t(lang, "claim-pdf-model"), 96.0, false),
                col(t(lang, "claim-pdf-col-plan"), 70.0, false),
                col(t(lang, "expiring-pdf-col-service"), 90.0, false),
                col(t(lang, "claim-pdf-col-valid-through"), 64.0, false),
                col(t(lang, "expiring-pdf-col-ends"), 60.0, false),
                col(t(lang, "expiring-pdf-col-days-left"), 45.28, false),
            ],
            rows,
        );
    }
    l.finish();
    let info = DocInfo {
        title: t(lang, "expiring-pdf-doc-title"),
        created: created(&meta.generated_at),
    };
    doc.finish(&info, layout::footer)?;
    Ok(plans.len())
}
