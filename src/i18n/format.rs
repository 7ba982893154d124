//! Dates as a person reads them in a language.
//!
//! TODO(issue 16): locale data (ICU4X) for every language; until then the
//! English long form is used everywhere.

use super::Lang;
use chrono::NaiveDate;

/// A day in words, e.g. `15 March 2026`.
pub fn day(_lang: Lang, d: NaiveDate) -> String {
    d.format("%-d %B %Y").to_string()
}
