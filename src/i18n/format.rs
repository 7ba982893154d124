//! Dates, numbers and money as a person reads them in a language, through
//! ICU4X with its CLDR data compiled in (`icu_datetime`, `icu_decimal`).
//!
//! Money: ICU4X's currency formatter is still in `icu_experimental`
//! ("all code in this crate is unstable", and its data pulls in
//! normalisation, case mapping and unit data). Here the number is formatted
//! by `icu_decimal` with the ISO 4217 minor units of the currency (KRW and
//! JPY none, CHF two: `vocab::money::Currency::minor_digits`), and the CLDR
//! currency symbol and its place for the desk's six languages come from a
//! small table ([`symbol`]): "US$79.00", "₩99,000", "79,00 €", "CHF 79.00".
//!
//! Functions take a [`Lang`] (a language the desk has messages for) or, with
//! `_in`, any BCP 47 tag (`zh-Hant`, `ko`, `de`): the six languages are
//! formatted right before their message files exist.
//!
//! Times: the store keeps every moment in UTC; a person reads it in the
//! workstation's time with its offset, `2026-11-26 15:42 UTC+08:00`
//! ([`local_time`], or [`time_in`] with a [`Zone`] for a fixed offset). The
//! numeric form reads the same in the six languages, sorts in a table column
//! and prints in the PDFs' built-in font; the offset says which clock it is
//! without a time-zone database (chrono's `Local` knows the offset of each
//! instant, summer time included, not the zone's name).

use super::Lang;
use crate::vocab::money::{Currency, Money};
use chrono::{Datelike, FixedOffset, NaiveDate, NaiveDateTime, Offset, TimeZone};
use fixed_decimal::Decimal;
use icu_datetime::DateTimeFormatter;
use icu_datetime::fieldsets::YMD;
use icu_decimal::DecimalFormatter;
use icu_locale_core::Locale;
use std::cell::RefCell;
use std::rc::Rc;

/// The formatters of one language, made once.
struct Formats {
    tag: String,
    /// The language of the symbol table (`en`, `zh-Hans`, `zh-Hant`, `ko`, `de`, `fr`).
    base: &'static str,
    dates: Option<DateTimeFormatter<YMD>>,
    numbers: Option<DecimalFormatter>,
}

/// The CLDR locale for a desk language tag. English is the international
/// English of CLDR (`en-001`): "15 March 2026", as the desk has always
/// written dates, for counters from Sydney to Munich.
fn locale(tag: &str) -> (Locale, &'static str) {
    let lower = tag.to_ascii_lowercase();
    let base = if lower.starts_with("zh") {
        if ["hant", "tw", "hk", "mo"]
            .iter()
            .any(|p| lower.split(['-', '_']).any(|s| s == *p))
        {
            "zh-Hant"
        } else {
            "zh-Hans"
        }
    } else if lower.starts_with("ko") {
        "ko"
    } else if lower.starts_with("de") {
        "de"
    } else if lower.starts_with("fr") {
        "fr"
    } else {
        "en"
    };
    let cldr = if base == "en" { "en-001" } else { base };
    let parsed = Locale::try_from_str(cldr).unwrap_or(Locale::UNKNOWN);
    (parsed, base)
}

thread_local! {
    /// The formatters made so far on this thread (ICU4X's are not `Sync`),
    /// one per language tag: a handful.
    static FORMATS: RefCell<Vec<Rc<Formats>>> = const { RefCell::new(Vec::new()) };
}

fn formats(tag: &str) -> Rc<Formats> {
    FORMATS.with(|all| {
        let mut all = all.borrow_mut();
        if let Some(f) = all.iter().find(|f| f.tag == tag) {
            return Rc::clone(f);
        }
        let (loc, base) = locale(tag);
        let f = Rc::new(Formats {
            tag: tag.to_owned(),
            base,
            dates: DateTimeFormatter::try_new((&loc).into(), YMD::long()).ok(),
            numbers: DecimalFormatter::try_new((&loc).into(), Default::default()).ok(),
        });
        all.push(Rc::clone(&f));
        f
    })
}

/// A day in words, e.g. `15 March 2026`, `2026年3月15日`, `15. März 2026`.
pub fn day(lang: Lang, d: NaiveDate) -> String {
    day_in(lang.tag(), d)
}

/// [`day`] for any language tag.
pub fn day_in(tag: &str, d: NaiveDate) -> String {
    let date = u8::try_from(d.month())
        .ok()
        .zip(u8::try_from(d.day()).ok())
        .and_then(|(month, day)| icu_datetime::input::Date::try_new_iso(d.year(), month, day).ok());
    match (&formats(tag).dates, date) {
        (Some(f), Some(date)) => f.format(&date).to_string(),
        _ => d.format("%-d %B %Y").to_string(),
    }
}

/// The clock a moment is shown on.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Zone {
    /// The workstation's (the `TZ` variable, else the system's setting), with
    /// the offset each moment had there: summer time is shown as it was.
    #[default]
    Local,
    /// A fixed offset from UTC (tests; a document made for another place).
    Fixed(FixedOffset),
}

impl Zone {
    /// UTC itself.
    pub fn utc() -> Zone {
        Zone::Fixed(chrono::Utc.fix())
    }

    /// A fixed offset of `minutes` east of UTC (west when negative); `None`
    /// beyond ±24 hours.
    pub fn minutes_east(minutes: i32) -> Option<Zone> {
        FixedOffset::east_opt(minutes.checked_mul(60)?).map(Zone::Fixed)
    }

    /// The offset this clock had at the moment `utc`.
    pub fn offset_at(self, utc: NaiveDateTime) -> FixedOffset {
        match self {
            Zone::Local => chrono::Local.offset_from_utc_datetime(&utc).fix(),
            Zone::Fixed(offset) => offset,
        }
    }
}

/// A moment kept in UTC as a person reads it on `zone`'s clock, to the
/// minute, with the offset: `2026-11-26 15:42 UTC+08:00`, `2026-11-26
/// 07:42 UTC`, `2026-07-01 09:30 UTC-07:00`.
pub fn time_in(utc: NaiveDateTime, zone: Zone) -> String {
    let offset = zone.offset_at(utc);
    format!("{} {}", wall_time_in(utc, zone), offset_name(offset))
}

/// What `zone`'s clock read at a moment, without naming the clock:
/// `2026-11-26 15:42`. For a column whose heading names the offset.
pub fn wall_time_in(utc: NaiveDateTime, zone: Zone) -> String {
    (utc + zone.offset_at(utc))
        .format("%Y-%m-%d %H:%M")
        .to_string()
}

/// Only the time of day of a moment (today's lock, a job's end), on
/// `zone`'s clock: `15:42 UTC+08:00`.
pub fn clock_in(utc: NaiveDateTime, zone: Zone) -> String {
    let offset = zone.offset_at(utc);
    let there = utc + offset;
    format!("{} {}", there.format("%H:%M"), offset_name(offset))
}

/// The one offset `zone`'s clock had at every one of `moments` (`None`
/// when there are none, or summer time began or ended between them): a
/// list of times can name its clock once, in its heading.
pub fn one_offset(
    moments: impl IntoIterator<Item = NaiveDateTime>,
    zone: Zone,
) -> Option<FixedOffset> {
    let mut offsets = moments.into_iter().map(|t| zone.offset_at(t));
    let first = offsets.next()?;
    offsets.all(|o| o == first).then_some(first)
}

/// [`time_in`] on the workstation's clock.
pub fn local_time(utc: NaiveDateTime) -> String {
    time_in(utc, Zone::Local)
}

/// [`clock_in`] on the workstation's clock.
pub fn local_clock(utc: NaiveDateTime) -> String {
    clock_in(utc, Zone::Local)
}

/// `UTC`, `UTC+08:00`, `UTC-03:30` (ISO 8601's offset after "UTC", in
/// ASCII so that it prints in every font).
pub fn offset_name(offset: FixedOffset) -> String {
    let secs = offset.local_minus_utc();
    if secs == 0 {
        return "UTC".to_owned();
    }
    let sign = if secs < 0 { '-' } else { '+' };
    let minutes = secs.unsigned_abs() / 60;
    format!("UTC{sign}{:02}:{:02}", minutes / 60, minutes % 60)
}

/// A whole number with the language's grouping: `1,234,567`, `1.234.567`.
pub fn number_in(tag: &str, n: i64) -> String {
    decimal_in(tag, n, 0)
}

/// A number of `minor` units with `digits` decimals, e.g. `7900`, 2 → `79.00`
/// (`79,00` in German).
fn decimal_in(tag: &str, minor: i64, digits: u32) -> String {
    let mut d = Decimal::from(minor);
    d.multiply_pow10(-(i16::try_from(digits).unwrap_or(0)));
    match &formats(tag).numbers {
        Some(f) => f.format(&d).to_string(),
        None => d.to_string(),
    }
}

/// Money as a person reads it in a language: the currency's symbol there,
/// its ISO 4217 decimals and the language's separators.
pub fn money(lang: Lang, m: &Money) -> String {
    money_in(lang.tag(), m)
}

/// [`money`] for any language tag.
pub fn money_in(tag: &str, m: &Money) -> String {
    let f = formats(tag);
    // |i64::MIN| does not fit: such an amount is not money anyone is charged.
    let amount = decimal_in(
        tag,
        m.cents.checked_abs().unwrap_or(i64::MAX),
        m.minor_digits(),
    );
    let sign = if m.cents < 0 { "-" } else { "" };
    let sym = Currency::parse(&m.currency)
        .and_then(|c| symbol(f.base, c))
        .unwrap_or(m.currency.as_str());
    if symbol_after(f.base) {
        // CLDR "#,##0.00 ¤" with a no-break space.
        format!("{sign}{amount}\u{a0}{sym}")
    } else {
        // CLDR "¤#,##0.00"; a symbol ending in a letter ("CHF") is kept apart
        // from the digits (CLDR currency spacing).
        let gap = if sym.chars().last().is_some_and(char::is_alphabetic) {
            "\u{a0}"
        } else {
            ""
        };
        format!("{sign}{sym}{gap}{amount}")
    }
}

/// Whether the language writes the symbol after the amount.
fn symbol_after(base: &str) -> bool {
    matches!(base, "de" | "fr")
}

/// The CLDR (v46) currency symbol of the currencies of the CR+ regions (and
/// JPY) in the desk's languages; `None` for other currencies (shown by code).
pub fn symbol(base: &str, c: Currency) -> Option<&'static str> {
    let code = c.code();
    let row: &[(&str, &str)] = match base {
        "zh-Hans" => &[
            ("USD", "US$"),
            ("CNY", "¥"),
            ("JPY", "JP¥"),
            ("KRW", "￦"),
            ("AUD", "AU$"),
        ],
        "zh-Hant" => &[
            ("USD", "US$"),
            ("TWD", "$"),
            ("JPY", "¥"),
            ("KRW", "￦"),
            ("AUD", "AU$"),
        ],
        "ko" => &[("USD", "US$"), ("JPY", "JP¥"), ("AUD", "AU$")],
        "de" => &[("AUD", "AU$")],
        "fr" => &[
            ("USD", "$US"),
            ("GBP", "£GB"),
            ("CAD", "$CA"),
            ("AUD", "$AU"),
            ("CNY", "CNY"),
            ("TWD", "TWD"),
            ("JPY", "JPY"),
        ],
        _ => &[],
    };
    if let Some((_, s)) = row.iter().find(|(k, _)| *k == code) {
        return Some(s);
    }
    // What most of the six languages agree on.
    let s = match code {
        "USD" => "$",
        "EUR" => "€",
        "GBP" => "£",
        "JPY" => "¥",
        "CNY" => "CN¥",
        "HKD" => "HK$",
        "TWD" => "NT$",
        "KRW" => "₩",
        "CAD" => "CA$",
        "AUD" => "A$",
        "CHF" => "CHF",
        "NOK" => "NOK",
        _ => return None,
    };
    Some(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(minor: i64, cur: &str) -> Money {
        Money::new(minor, Currency::parse(cur).expect("code"))
    }

    #[test]
    fn days_follow_the_language() {
        let d = NaiveDate::from_ymd_opt(2026, 3, 15).unwrap();
        assert_eq!(day_in("en", d), "15 March 2026");
        assert_eq!(day_in("zh-Hans", d), "2026年3月15日");
        assert_eq!(day_in("zh-Hant", d), "2026年3月15日");
        assert_eq!(day_in("ko", d), "2026년 3월 15일");
        assert_eq!(day_in("de", d), "15. März 2026");
        assert_eq!(day_in("fr", d), "15 mars 2026");
    }

    fn utc(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S").unwrap()
    }

    #[test]
    fn times_are_read_on_the_clock_of_the_zone_with_its_offset() {
        let t = utc("2026-11-26T07:42:31");
        let hong_kong = Zone::minutes_east(8 * 60).unwrap();
        assert_eq!(time_in(t, hong_kong), "2026-11-26 15:42 UTC+08:00");
        assert_eq!(clock_in(t, hong_kong), "15:42 UTC+08:00");
        assert_eq!(time_in(t, Zone::utc()), "2026-11-26 07:42 UTC");
        assert_eq!(clock_in(t, Zone::utc()), "07:42 UTC");
        assert_eq!(wall_time_in(t, hong_kong), "2026-11-26 15:42");
        assert_eq!(offset_name(hong_kong.offset_at(t)), "UTC+08:00");
        let later = utc("2026-12-01T00:00:00");
        assert_eq!(
            one_offset([t, later], hong_kong),
            hong_kong.offset_at(t).into()
        );
        assert_eq!(one_offset([], hong_kong), None);
        // The day changes with the clock: late evening in Los Angeles (PST)
        // is the next morning in UTC.
        let los_angeles = Zone::minutes_east(-8 * 60).unwrap();
        assert_eq!(
            time_in(utc("2026-11-27T03:05:00"), los_angeles),
            "2026-11-26 19:05 UTC-08:00"
        );
        let adelaide = Zone::minutes_east(10 * 60 + 30).unwrap();
        assert_eq!(time_in(t, adelaide), "2026-11-26 18:12 UTC+10:30");
        let st_johns = Zone::minutes_east(-(3 * 60 + 30)).unwrap();
        assert_eq!(time_in(t, st_johns), "2026-11-26 04:12 UTC-03:30");
    }

    #[test]
    fn the_workstation_clock_gives_each_moment_its_own_offset() {
        // Whatever zone this machine is in, a moment is shown with the
        // offset it had then (summer time in Munich, Sydney, Los Angeles).
        for t in [utc("2026-01-15T12:00:00"), utc("2026-07-15T12:00:00")] {
            let offset = chrono::Local.offset_from_utc_datetime(&t).fix();
            assert_eq!(local_time(t), time_in(t, Zone::Fixed(offset)));
            assert_eq!(local_clock(t), clock_in(t, Zone::Fixed(offset)));
        }
    }

    #[test]
    fn numbers_group_as_the_language_does() {
        assert_eq!(number_in("en", 1_234_567), "1,234,567");
        assert_eq!(number_in("de", 1_234_567), "1.234.567");
        assert_eq!(number_in("fr", 1_234_567), "1\u{202f}234\u{202f}567");
        assert_eq!(number_in("ko", 1_234_567), "1,234,567");
    }

    #[test]
    fn money_has_the_currency_decimals_and_symbol() {
        // KRW and JPY have no minor unit, CHF two.
        assert_eq!(money_in("ko", &m(99_000, "KRW")), "₩99,000");
        assert_eq!(money_in("en", &m(12_000, "JPY")), "¥12,000");
        assert_eq!(money_in("de", &m(7_900, "CHF")), "79,00\u{a0}CHF");
        assert_eq!(money_in("en", &m(7_900, "CHF")), "CHF\u{a0}79.00");
        assert_eq!(money_in("en", &m(7_900, "USD")), "$79.00");
        assert_eq!(money_in("zh-Hans", &m(7_900, "USD")), "US$79.00");
        assert_eq!(money_in("zh-Hans", &m(52_900, "CNY")), "¥529.00");
        assert_eq!(money_in("zh-Hant", &m(159_000, "TWD")), "$1,590.00");
        assert_eq!(money_in("fr", &m(123_456, "EUR")), "1\u{202f}234,56\u{a0}€");
        assert_eq!(money_in("de", &m(123_456, "EUR")), "1.234,56\u{a0}€");
        assert_eq!(money_in("en", &m(-505, "GBP")), "-£5.05");
    }
}
