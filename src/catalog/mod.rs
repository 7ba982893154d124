//! The catalog and starting fee schedule: data from `assets/`, not code.
//!
//! - `model`: what the catalog is (series, models, fees, region sets) and the
//!   questions the rules ask of it;
//! - `load`: where the asset files come from (folder lookup, built-in copy);
//! - `parse`: `catalog.json` and `regions.json` into the model, with errors
//!   naming the file and line; `fees`: `fees.csv`.
//!
//! The catalog speaks the vocabulary (`crate::vocab`) and nothing above it:
//! the rules take a `Catalog` as a value.

mod fees;
mod load;
mod model;
mod parse;

pub use model::{Catalog, Fee, Model, ModelId, Series, SeriesId};

/// A broken asset file: names the file and the line.
#[derive(Debug, thiserror::Error)]
pub enum CatalogError {
    #[error("{file}: line {line}: {message}")]
    Invalid {
        file: String,
        line: usize,
        message: String,
    },
    #[error("{file}: cannot read: {source}")]
    Io {
        file: String,
        source: std::io::Error,
    },
}

impl CatalogError {
    fn at(file: &str, line: usize, message: impl Into<String>) -> Self {
        CatalogError::Invalid {
            file: file.to_owned(),
            line,
            message: message.into(),
        }
    }
}

/// Parses `79`, `79.5` or `79.00` into hundredths. Kept for callers written
/// before `vocab::money`; it assumes two decimals whatever the currency, so
/// new code uses [`Money::parse`](crate::vocab::money::Money::parse).
pub fn parse_amount_cents(s: &str) -> Option<i64> {
    crate::vocab::money::parse_amount(s, 2)
}

/// Formats hundredths as `79.00`. Kept for callers written before
/// `vocab::money`; new code uses [`Money::decimal`](crate::vocab::money::Money::decimal).
pub fn format_cents(cents: i64) -> String {
    crate::vocab::money::format_amount(cents, 2)
}

/// Model names match forgiving case and spacing.
fn normalize_model(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}
