//! `fees.csv`: the starting fee schedule (model × replacement number →
//! amount and currency).

use super::model::{Fee, Model, ModelId};
use super::{CatalogError, normalize_model};
use crate::vocab::money::Money;
use std::collections::{HashMap, HashSet};

pub(super) fn parse_fees(
    file: &str,
    text: &str,
    index: &HashMap<String, ModelId>,
    models: &[Model],
) -> Result<Vec<Fee>, CatalogError> {
    let mut rdr = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let headers = rdr
        .headers()
        .map_err(|e| CatalogError::at(file, 1, e.to_string()))?
        .clone();
    let expected = ["model", "replacement_number", "amount", "currency"];
    if headers.iter().collect::<Vec<_>>() != expected {
        return Err(CatalogError::at(
            file,
            1,
            format!("header must be `{}`", expected.join(",")),
        ));
    }
    let mut fees = Vec::new();
    let mut seen = HashSet::new();
    for rec in rdr.records() {
        let rec = rec.map_err(|e| {
            let line = e.position().map(|p| p.line() as usize).unwrap_or(0);
            CatalogError::at(file, line, e.to_string())
        })?;
        let line = rec.position().map(|p| p.line() as usize).unwrap_or(0);
        let model = rec.get(0).unwrap_or_default();
        let Some(&mid) = index.get(&normalize_model(model)) else {
            return Err(CatalogError::at(
                file,
                line,
                format!("unknown model `{model}`"),
            ));
        };
        let n: u32 = rec
            .get(1)
            .unwrap_or_default()
            .parse()
            .ok()
            .filter(|n| *n >= 1)
            .ok_or_else(|| {
                CatalogError::at(
                    file,
                    line,
                    "replacement_number must be a whole number from 1",
                )
            })?;
        let amount = Money::parse(
            rec.get(2).unwrap_or_default(),
            rec.get(3).unwrap_or_default(),
        )
        .map_err(|e| CatalogError::at(file, line, e.to_string()))?;
        let name = models[mid].name.clone();
        if !seen.insert((mid, n)) {
            return Err(CatalogError::at(
                file,
                line,
                format!("fee for `{name}` replacement {n} is listed twice"),
            ));
        }
        fees.push(Fee {
            model: name,
            replacement_number: n,
            amount_cents: amount.cents,
            currency: amount.currency,
        });
    }
    Ok(fees)
}
