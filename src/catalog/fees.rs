//! `fees.csv`: the starting fee schedule (model × service region ×
//! replacement number → amount in that region's currency).
//!
//! Header `model,region,replacement_number,amount,currency`. A file with the
//! older header `model,replacement_number,amount,currency` (before fees were
//! per region) is still read: its rows were US dollars, so they are the `US`
//! rows.

use super::model::{Fee, Model, ModelId};
use super::{CatalogError, normalize_model};
use crate::vocab::money::{Currency, Money};
use crate::vocab::region::{Region, ServiceRegion};
use std::collections::{HashMap, HashSet};

const HEADER: [&str; 5] = [
    "model",
    "region",
    "replacement_number",
    "amount",
    "currency",
];
const OLD_HEADER: [&str; 4] = ["model", "replacement_number", "amount", "currency"];

/// A region code of the file as the CR+ service region it names, if it is one.
pub(super) type ServiceRegionOf<'a> = &'a dyn Fn(Region) -> Option<ServiceRegion>;

pub(super) fn parse_fees(
    file: &str,
    text: &str,
    index: &HashMap<String, ModelId>,
    models: &[Model],
    service_region: ServiceRegionOf<'_>,
    currencies: &[(ServiceRegion, Currency)],
) -> Result<Vec<Fee>, CatalogError> {
    let mut rdr = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let headers = rdr
        .headers()
        .map_err(|e| CatalogError::at(file, 1, e.to_string()))?
        .clone();
    let columns: Vec<&str> = headers.iter().collect();
    let with_region = if columns == HEADER {
        true
    } else if columns == OLD_HEADER {
        false
    } else {
        return Err(CatalogError::at(
            file,
            1,
            format!("header must be `{}`", HEADER.join(",")),
        ));
    };
    let mut fees = Vec::new();
    let mut seen = HashSet::new();
    for rec in rdr.records() {
        let rec = rec.map_err(|e| {
            let line = e.position().map(|p| p.line() as usize).unwrap_or(0);
            CatalogError::at(file, line, e.to_string())
        })?;
        let line = rec.position().map(|p| p.line() as usize).unwrap_or(0);
        let at = |message: String| CatalogError::at(file, line, message);
        let cell = |i: usize| rec.get(i).unwrap_or_default();
        // Cells after `model` shift by one when the file names regions.
        let shift = usize::from(with_region);
        let model = cell(0);
        let Some(&mid) = index.get(&normalize_model(model)) else {
            return Err(at(format!("unknown model `{model}`")));
        };
        let region = if with_region {
            let code = cell(1);
            Region::parse_shape(code)
                .and_then(service_region)
                .ok_or_else(|| {
                    at(format!(
                        "region `{code}` is not a Care Refresh+ service region (CN, HK, TW, KR, US, CA, EU, GB, CH, NO, AU)"
                    ))
                })?
        } else {
            Region::parse_shape("US").ok_or_else(|| at("no US region".into()))?
        };
        let n: u32 = cell(1 + shift)
            .parse()
            .ok()
            .filter(|n| *n >= 1)
            .ok_or_else(|| at("replacement_number must be a whole number from 1".into()))?;
        let amount =
            Money::parse(cell(2 + shift), cell(3 + shift)).map_err(|e| at(e.to_string()))?;
        if let Some((_, want)) = currencies.iter().find(|(r, _)| *r == region)
            && want.code() != amount.currency
        {
            return Err(at(format!(
                "fees in {region} are in {want}, not {}",
                amount.currency
            )));
        }
        let name = models[mid].name.clone();
        if !seen.insert((mid, region, n)) {
            return Err(at(format!(
                "fee for `{name}` in {region}, replacement {n}, is listed twice"
            )));
        }
        fees.push(Fee {
            model: name,
            region,
            replacement_number: n,
            amount_cents: amount.cents,
            currency: amount.currency,
        });
    }
    Ok(fees)
}
