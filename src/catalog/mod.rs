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

/// Model names match forgiving case and spacing.
fn normalize_model(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}
