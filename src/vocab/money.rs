//! Money: an amount in the minor units of its currency (cents for USD, won
//! for KRW), so money never goes through floating point. The fee schedule,
//! the store, the reports and the app all use this one type.
//!
//! Three renderings, kept apart on purpose:
//! - [`Money::decimal`] is the plain machine form (`79.00`, `99000`): CSV
//!   cells, the text a fee editor starts from. It never changes with locale.
//! - `Display` / [`display`] (`79.00 USD`) is the language-neutral form with
//!   the ISO code: the audit log, logs and messages that must mean the same
//!   to everyone. It never changes with locale either.
//! - For a person in a language, `i18n::money(lang, &m)` (ICU4X:
//!   `US$79.00`, `₩99,000`, `79,00 CHF`); it lives in `i18n` because this
//!   vocabulary imports nothing of the crate.

use serde::{Deserialize, Serialize};
use std::fmt;

/// An ISO 4217 alphabetic currency code (`USD`, `KRW`).
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Currency([u8; 3]);

impl Currency {
    /// Three upper-case ASCII letters. Whether ISO 4217 lists the code is not
    /// checked: an unlisted code has two minor-unit digits, as most do.
    pub fn parse(code: &str) -> Option<Currency> {
        let b: [u8; 3] = code.as_bytes().try_into().ok()?;
        b.iter().all(u8::is_ascii_uppercase).then_some(Currency(b))
    }

    pub fn code(&self) -> &str {
        // Three ASCII letters by construction.
        std::str::from_utf8(&self.0).unwrap_or("???")
    }

    /// Digits after the decimal point (the ISO 4217 minor-unit exponent).
    pub fn minor_digits(self) -> u32 {
        match &self.0 {
            // ISO 4217 exponent 0.
            b"BIF" | b"CLP" | b"DJF" | b"GNF" | b"ISK" | b"JPY" | b"KMF" | b"KRW" | b"PYG"
            | b"RWF" | b"UGX" | b"UYI" | b"VND" | b"VUV" | b"XAF" | b"XOF" | b"XPF" => 0,
            // Exponent 3.
            b"BHD" | b"IQD" | b"JOD" | b"KWD" | b"LYD" | b"OMR" | b"TND" => 3,
            // Exponent 4.
            b"CLF" | b"UYW" => 4,
            // Everything else, USD, EUR, GBP, CHF, NOK, CNY, HKD, TWD, AUD, CAD among them.
            _ => 2,
        }
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl fmt::Debug for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Currency({})", self.code())
    }
}

/// Why a typed amount is not money.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MoneyError {
    #[error("currency `{0}` is not a three-letter code like USD")]
    Currency(String),
    #[error("amount `{amount}` is not a money amount like {example}")]
    Amount { amount: String, example: String },
}

/// An amount of money. The fields keep the names the store, the JSON outputs
/// and the callers have always used.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Money {
    /// In the minor units of `currency` (cents for USD, won for KRW).
    pub cents: i64,
    /// ISO 4217 code, as stored.
    pub currency: String,
}

impl Money {
    pub fn new(minor: i64, currency: Currency) -> Money {
        Money {
            cents: minor,
            currency: currency.code().to_owned(),
        }
    }

    /// Parses an amount as a person types it (`79`, `79.5`, `79.00`; `99000`
    /// for KRW) in `currency`.
    /// The amount is checked first (with two digits when the currency is
    /// malformed), so a row with both wrong names the amount, as fees.csv
    /// errors always have.
    pub fn parse(typed: &str, currency: &str) -> Result<Money, MoneyError> {
        let cur = Currency::parse(currency);
        let digits = cur.map_or(2, Currency::minor_digits);
        let minor = parse_amount(typed, digits).ok_or_else(|| MoneyError::Amount {
            amount: typed.to_owned(),
            example: example_amount(digits),
        })?;
        let cur = cur.ok_or_else(|| MoneyError::Currency(currency.to_owned()))?;
        Ok(Money::new(minor, cur))
    }

    /// Minor-unit digits of the currency (2 for a malformed stored code).
    pub fn minor_digits(&self) -> u32 {
        minor_digits_of(&self.currency)
    }

    /// The plain machine form, `79.00` (no currency, no grouping).
    pub fn decimal(&self) -> String {
        format_amount(self.cents, self.minor_digits())
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&display(self))
    }
}

/// Minor-unit digits of a currency code as stored or typed (2 when the code
/// is malformed: the store refuses such a code anyway).
pub fn minor_digits_of(currency: &str) -> u32 {
    Currency::parse(currency).map_or(2, Currency::minor_digits)
}

/// Money in the language-neutral form, `79.00 USD` (see the module docs;
/// `i18n::money` is the localized one).
pub fn display(m: &Money) -> String {
    format!("{} {}", m.decimal(), m.currency)
}

/// Parses `79`, `79.5` or `79.00` into minor units with `digits` decimals
/// (at most that many digits after the point; no sign, no grouping).
pub fn parse_amount(s: &str, digits: u32) -> Option<i64> {
    let s = s.trim();
    let (whole, frac) = s.split_once('.').unwrap_or((s, ""));
    let all_digits = |t: &str| t.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() || !all_digits(whole) || frac.len() > digits as usize || !all_digits(frac) {
        return None;
    }
    let scale = 10i64.checked_pow(digits)?;
    let whole: i64 = whole.parse().ok()?;
    let frac: i64 = if frac.is_empty() {
        0
    } else {
        // "5" of "79.5" is 50 cents: pad to the currency's digits.
        format!("{frac:0<width$}", width = digits as usize)
            .parse()
            .ok()?
    };
    whole.checked_mul(scale)?.checked_add(frac)
}

/// Minor units as a plain decimal with `digits` decimals: `7900` → `79.00`.
pub fn format_amount(minor: i64, digits: u32) -> String {
    let sign = if minor < 0 { "-" } else { "" };
    let abs = minor.unsigned_abs();
    if digits == 0 {
        return format!("{sign}{abs}");
    }
    let scale = 10u64.pow(digits);
    format!(
        "{sign}{}.{:0width$}",
        abs / scale,
        abs % scale,
        width = digits as usize
    )
}

/// An amount to show in "like 79.00" hints.
fn example_amount(digits: u32) -> String {
    format_amount(79 * 10i64.pow(digits), digits)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minor_units_follow_iso_4217() {
        let digits = |c: &str| Currency::parse(c).expect("code").minor_digits();
        assert_eq!(digits("USD"), 2);
        assert_eq!(digits("TWD"), 2);
        assert_eq!(digits("CHF"), 2);
        assert_eq!(digits("NOK"), 2);
        assert_eq!(digits("KRW"), 0);
        assert_eq!(digits("JPY"), 0);
        assert_eq!(digits("KWD"), 3);
        for bad in ["usd", "US", "USDT", "U$D", ""] {
            assert_eq!(Currency::parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn typed_amounts_parse_in_the_currency_minor_units() {
        let parse = |t: &str, c: &str| Money::parse(t, c).map(|m| m.cents);
        assert_eq!(parse("79", "USD"), Ok(7900));
        assert_eq!(parse("79.5", "USD"), Ok(7950));
        assert_eq!(parse(" 79.05 ", "USD"), Ok(7905));
        assert_eq!(parse("99000", "KRW"), Ok(99000));
        assert_eq!(parse("1.250", "KWD"), Ok(1250));
        assert!(matches!(
            parse("79.001", "USD"),
            Err(MoneyError::Amount { .. })
        ));
        let err = Money::parse("990.5", "KRW").unwrap_err();
        assert_eq!(
            err.to_string(),
            "amount `990.5` is not a money amount like 79"
        );
        for bad in ["", ".5", "-1", "7,900", "1e3", "99999999999999999999"] {
            assert!(parse(bad, "USD").is_err(), "{bad:?}");
        }
        assert!(matches!(parse("79", "usd"), Err(MoneyError::Currency(_))));
    }

    #[test]
    fn amounts_display_with_the_currency_digits() {
        let usd = Money::parse("79", "USD").unwrap();
        assert_eq!(usd.decimal(), "79.00");
        assert_eq!(usd.to_string(), "79.00 USD");
        let krw = Money::parse("99000", "KRW").unwrap();
        assert_eq!(krw.to_string(), "99000 KRW");
        assert_eq!(format_amount(-5, 2), "-0.05");
        assert_eq!(format_amount(1250, 3), "1.250");
        assert_eq!(format_amount(i64::MIN, 2), "-92233720368547758.08");
    }

    #[test]
    fn parsing_what_was_displayed_gives_the_same_money() {
        for (minor, cur) in [(0, "USD"), (7905, "USD"), (99000, "KRW"), (1, "KWD")] {
            let m = Money {
                cents: minor,
                currency: cur.into(),
            };
            assert_eq!(Money::parse(&m.decimal(), cur), Ok(m));
        }
    }
}
