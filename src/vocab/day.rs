//! Calendar days as the API, the store and the forms spell them: exactly
//! `YYYY-MM-DD`.

use chrono::NaiveDate;
use serde::{Deserialize, Deserializer, Serialize};

/// A strict `YYYY-MM-DD` date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(pub NaiveDate);

impl<'de> Deserialize<'de> for Day {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = Day;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a date as YYYY-MM-DD")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Day, E> {
                parse_day(v).map(Day).ok_or_else(|| {
                    E::custom(format!(
                        "bad date `{v}` (expected a real date as YYYY-MM-DD)"
                    ))
                })
            }
        }
        d.deserialize_str(V)
    }
}

impl Serialize for Day {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&self.0.format("%Y-%m-%d"))
    }
}

/// Parses exactly `YYYY-MM-DD` (chrono alone also takes unpadded forms).
pub fn parse_day(v: &str) -> Option<NaiveDate> {
    let b = v.as_bytes();
    let shape = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !shape {
        return None;
    }
    NaiveDate::parse_from_str(v, "%Y-%m-%d").ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_padded_real_dates_parse() {
        assert_eq!(
            parse_day("2026-02-28"),
            NaiveDate::from_ymd_opt(2026, 2, 28)
        );
        for bad in [
            "2026-2-28",
            "2026-02-29",
            "26-02-28",
            "2026/02/28",
            "2026-02-28 ",
            "",
        ] {
            assert_eq!(parse_day(bad), None, "{bad:?}");
        }
    }
}
