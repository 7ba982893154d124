//! `caredesk import products FILE.csv`: all or nothing.
//!
//! Columns (header row required, this order not required):
//! `serial,model,channel,region,cr_term,cr_region,cr_starts,cr_ends,cr_replacements_total,cr_replacements_used`.
//! The `cr_*` columns are all empty for a product without Care Refresh; `cr_region`
//! empty means the product's region; `cr_replacements_used` empty means 0.

use super::units::new_unit;
use super::{Desk, Result, audit, now};
use crate::rules::request::parse_day;
use crate::rules::{Region, SalesChannel, Term};
use crate::store::{NewBasePlan, NewProduct, StoreError};

/// The CSV columns, documented for `--help`.
pub const PRODUCT_CSV_COLUMNS: &[&str] = &[
    "serial",
    "model",
    "channel",
    "region",
    "cr_term",
    "cr_region",
    "cr_starts",
    "cr_ends",
    "cr_replacements_total",
    "cr_replacements_used",
];

#[derive(serde::Deserialize)]
struct Row {
    serial: String,
    model: String,
    channel: String,
    region: String,
    #[serde(default)]
    cr_term: String,
    #[serde(default)]
    cr_region: String,
    #[serde(default)]
    cr_starts: String,
    #[serde(default)]
    cr_ends: String,
    #[serde(default)]
    cr_replacements_total: String,
    #[serde(default)]
    cr_replacements_used: String,
}

fn region(catalog: &crate::catalog::Catalog, field: &str, v: &str) -> Result<Region, String> {
    catalog
        .region(v.trim())
        .ok_or_else(|| format!("{field}: unknown region code `{v}`"))
}

fn date(field: &str, v: &str) -> Result<chrono::NaiveDate, String> {
    parse_day(v.trim()).ok_or_else(|| format!("{field}: bad date `{v}` (expected YYYY-MM-DD)"))
}

fn count(field: &str, v: &str) -> Result<u32, String> {
    v.trim()
        .parse()
        .map_err(|_| format!("{field}: `{v}` is not a whole number"))
}

fn to_product(catalog: &crate::catalog::Catalog, r: &Row) -> Result<NewProduct, String> {
    let channel: SalesChannel = r
        .channel
        .trim()
        .parse()
        .map_err(|e| format!("channel: {e}"))?;
    let product_region = region(catalog, "region", &r.region)?;
    let cr = [
        &r.cr_term,
        &r.cr_starts,
        &r.cr_ends,
        &r.cr_replacements_total,
    ];
    let base_plan = if cr.iter().all(|v| v.trim().is_empty()) && r.cr_region.trim().is_empty() {
        None
    } else {
        if let Some(i) = cr.iter().position(|v| v.trim().is_empty()) {
            let names = ["cr_term", "cr_starts", "cr_ends", "cr_replacements_total"];
            return Err(format!(
                "{} is empty but other cr_ columns are filled (leave all cr_ columns empty for no plan)",
                names[i]
            ));
        }
        let term: Term = r
            .cr_term
            .trim()
            .parse()
            .map_err(|e| format!("cr_term: {e}"))?;
        Some(NewBasePlan {
            term,
            region: if r.cr_region.trim().is_empty() {
                product_region
            } else {
                region(catalog, "cr_region", &r.cr_region)?
            },
            starts: date("cr_starts", &r.cr_starts)?,
            ends: date("cr_ends", &r.cr_ends)?,
            replacements_total: count("cr_replacements_total", &r.cr_replacements_total)?,
            replacements_used: if r.cr_replacements_used.trim().is_empty() {
                0
            } else {
                count("cr_replacements_used", &r.cr_replacements_used)?
            },
        })
    };
    Ok(NewProduct {
        serial: r.serial.clone(),
        model: r.model.trim().to_owned(),
        channel,
        region: product_region,
        base_plan,
    })
}

impl Desk {
    /// Imports products from CSV in one transaction; a bad row's error names
    /// its line and nothing of the file is imported. Returns the rows imported.
    /// `progress` returning false cancels (nothing imported).
    pub fn import_products_csv(
        &self,
        actor: i64,
        csv_text: &str,
        progress: &dyn Fn(f32) -> bool,
    ) -> Result<usize> {
        let catalog = &*self.catalog;
        let reader = || {
            csv::ReaderBuilder::new()
                .trim(csv::Trim::All)
                .from_reader(csv_text.as_bytes())
        };
        let headers = reader()
            .headers()
            .map_err(|e| {
                StoreError::Invalid(crate::tr!(
                    "desk-err-line",
                    line = "1",
                    error = e.to_string()
                ))
            })?
            .clone();
        for required in &PRODUCT_CSV_COLUMNS[..4] {
            if !headers.iter().any(|h| h == *required) {
                return Err(StoreError::Invalid(crate::tr!(
                    "desk-err-import-no-column",
                    column = required.to_string(),
                    expected = PRODUCT_CSV_COLUMNS.join(",")
                )));
            }
        }
        if let Some(unknown) = headers.iter().find(|h| !PRODUCT_CSV_COLUMNS.contains(h)) {
            return Err(StoreError::Invalid(crate::tr!(
                "desk-err-import-unknown-column",
                column = unknown.to_string(),
                expected = PRODUCT_CSV_COLUMNS.join(",")
            )));
        }
        let total_bytes = csv_text.len().max(1) as f32;
        let n = self.write(|tx| {
            let mut reader = reader();
            let mut n = 0usize;
            for rec in reader.records() {
                let rec = rec.map_err(|e| {
                    let line = e.position().map_or(0, |p| p.line());
                    StoreError::Invalid(crate::tr!(
                        "desk-err-line",
                        line = line.to_string(),
                        error = e.to_string()
                    ))
                })?;
                let line = rec.position().map_or(0, |p| p.line());
                let at_line = |e: StoreError| match e {
                    StoreError::Invalid(m) => StoreError::Invalid(crate::tr!(
                        "desk-err-line",
                        line = line.to_string(),
                        error = m
                    )),
                    e => e,
                };
                let row: Row = rec.deserialize(Some(&headers)).map_err(|e| {
                    StoreError::Invalid(crate::tr!(
                        "desk-err-line",
                        line = line.to_string(),
                        error = e.to_string()
                    ))
                })?;
                let p = to_product(catalog, &row).map_err(|e| {
                    StoreError::Invalid(crate::tr!(
                        "desk-err-line",
                        line = line.to_string(),
                        error = e.to_string()
                    ))
                })?;
                let unit = new_unit(catalog, &p).map_err(at_line)?;
                tx.insert_units(std::slice::from_ref(&unit))
                    .map_err(at_line)?;
                n += 1;
                if n.is_multiple_of(10_000) {
                    let done = rec.position().map_or(0, |p| p.byte()) as f32 / total_bytes;
                    if !progress(done) {
                        return Err(StoreError::Invalid(crate::tr!("desk-err-import-cancelled")));
                    }
                }
            }
            audit(
                tx,
                Some(actor),
                now(),
                "import_products",
                "products",
                serde_json::json!({ "rows": n }),
            )?;
            Ok(n)
        })?;
        progress(1.0);
        Ok(n)
    }
}
