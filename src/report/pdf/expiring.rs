//! The expiring coverage report: one table of the plan services ending soon.

use super::document::DocInfo;
use super::layout::{self, Layout, col};
use super::{created, document_lang, start_document, when};
use crate::report::{ExpiringMeta, ExpiringPlanReport, ExportError};
use std::io::Write;
use std::rc::Rc;

/// The expiring coverage report as a PDF table.
pub fn write_expiring<W: Write>(
    out: W,
    meta: &ExpiringMeta,
    plans: &[ExpiringPlanReport],
) -> Result<usize, ExportError> {
    let mut doc = start_document(out)?;
    let fonts = doc.fonts();
    let mut l = Layout::new(&mut doc, Rc::clone(&fonts));
    let subtitle = format!(
        "Generated {} \u{00b7} services ending from {} up to {} days later",
        when(&meta.generated_at, meta.zone),
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
                    p.plan.label().to_string(),
                    p.service.label().to_string(),
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
            rows,
        );
    }
    l.finish();
    let info = DocInfo {
        title: "CareDesk expiring coverage",
        lang: document_lang(),
        created: created(&meta.generated_at),
    };
    doc.finish(&info, layout::footer)?;
    Ok(plans.len())
}
