//! What the desk writes on a claim's timeline ("taken in", "approved under
//! Care Refresh", "inbound parcel: UPS …"), kept as message keys with
//! language-neutral arguments, so the timeline reads in the language of
//! whoever opens it — the window, the claim PDF, the exports — not in the
//! language of the counter that wrote it. A person's own note is kept as
//! typed, after the desk's words.
//!
//! Kept in the event's `note` column as a marker character and JSON; a
//! note without the marker (a person's, or one written before) is shown as
//! it is.

use crate::i18n::{self, Lang};
use crate::vocab::codes::PlanKind;
use crate::vocab::money::Money;
use serde::{Deserialize, Serialize};

/// Starts a note the desk wrote (a control character nobody types).
const MARK: char = '\u{1}';

/// One sentence of the desk: a message key and its arguments as codes
/// (`plan`: a plan code, shown as its label; `amount`: minor units and
/// currency, shown as money; a parcel's `direction` as its code, which the
/// message selects on; days as `YYYY-MM-DD`, rule IDs as they are).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Words {
    #[serde(rename = "k")]
    pub key: String,
    #[serde(rename = "a", default)]
    pub args: Vec<(String, String)>,
}

impl Words {
    pub fn new(key: &str) -> Words {
        Words {
            key: key.to_owned(),
            args: Vec::new(),
        }
    }

    /// Adds an argument, as a code.
    #[must_use]
    pub fn arg(mut self, name: &str, value: impl Into<String>) -> Words {
        self.args.push((name.to_owned(), value.into()));
        self
    }

    /// An amount of money as an argument (shown as the reader's language
    /// writes money).
    #[must_use]
    pub fn amount(self, name: &str, m: &Money) -> Words {
        let value = format!("{} {}", m.cents, m.currency);
        self.arg(name, value)
    }

    fn shown(&self, lang: Lang) -> String {
        let values: Vec<(&str, String)> = (self.args.iter())
            .map(|(name, v)| (name.as_str(), shown_arg(name, v, lang)))
            .collect();
        let mut args = i18n::Args::new();
        for (name, v) in &values {
            args.set(*name, v.as_str());
        }
        i18n::text_with(lang, &self.key, &args)
    }
}

/// An argument as the reader reads it: codes become labels, amounts money.
fn shown_arg(name: &str, v: &str, lang: Lang) -> String {
    match name {
        "plan" => v
            .parse::<PlanKind>()
            .map_or_else(|_| v.to_owned(), |p| p.label_in(lang).to_owned()),
        "amount" => v
            .split_once(' ')
            .and_then(|(cents, currency)| {
                Some(Money {
                    cents: cents.parse().ok()?,
                    currency: currency.to_owned(),
                })
            })
            .map_or_else(|| v.to_owned(), |m| i18n::money(lang, &m)),
        _ => v.to_owned(),
    }
}

#[derive(Serialize, Deserialize)]
struct Kept {
    #[serde(rename = "w")]
    words: Vec<Words>,
    /// The person's own note.
    #[serde(rename = "n", default)]
    note: String,
}

/// The note to keep: the desk's sentences (one after the other), then the
/// person's own note. Only the person's note when the desk says nothing.
pub fn keep(words: Vec<Words>, note: &str) -> String {
    if words.is_empty() {
        return note.to_owned();
    }
    let kept = Kept {
        words,
        note: note.to_owned(),
    };
    match serde_json::to_string(&kept) {
        Ok(json) => format!("{MARK}{json}"),
        // (Strings and pairs of strings always serialize.)
        Err(_) => note.to_owned(),
    }
}

/// A kept note in words, in `lang`: the desk's sentences in that language,
/// then " — " and the person's note; any other note as it was written.
pub fn shown(kept: &str, lang: Lang) -> String {
    let Some(json) = kept.strip_prefix(MARK) else {
        return kept.to_owned();
    };
    let Ok(k) = serde_json::from_str::<Kept>(json) else {
        return kept.to_owned();
    };
    let desk: String = k.words.iter().map(|w| w.shown(lang)).collect();
    match (desk.is_empty(), k.note.is_empty()) {
        (_, true) => desk,
        (true, false) => k.note,
        (false, false) => format!("{desk} — {}", k.note),
    }
}

/// [`shown`] in the desk's current language.
pub fn shown_here(kept: &str) -> String {
    shown(kept, i18n::current())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lang(tag: &str) -> Lang {
        Lang::all().find(|l| l.tag() == tag).unwrap()
    }

    #[test]
    fn the_desk_s_words_read_in_the_reader_s_language_and_the_person_s_note_as_typed() {
        let kept = keep(
            vec![
                Words::new("event-parcel")
                    .arg("direction", "inbound")
                    .arg("carrier", "UPS")
                    .arg("tracking", "1Z999"),
                Words::new("event-parcel-shipped").arg("day", "2026-11-12"),
            ],
            "Karton beschädigt",
        );
        assert!(kept.starts_with(MARK), "{kept}");
        let en = shown(&kept, Lang::EN);
        assert_eq!(
            en,
            "inbound parcel: UPS 1Z999, shipped 2026-11-12 — Karton beschädigt"
        );
        let de = shown(&kept, lang("de"));
        assert!(de.ends_with(" — Karton beschädigt"), "{de}");
        assert!(
            de.contains("UPS 1Z999") && de.contains("2026-11-12"),
            "{de}"
        );
        assert_ne!(de, en);
        // A plan code becomes its label; an amount the language's money.
        let plan = keep(
            vec![Words::new("event-approved-under").arg("plan", "care_refresh_plus")],
            "",
        );
        assert_eq!(shown(&plan, Lang::EN), "approved under Care Refresh+");
        assert_eq!(shown(&plan, lang("zh-Hant")), "依 隨心換+ 核准");
        let m = Money {
            cents: 9800,
            currency: "USD".into(),
        };
        let paid = keep(
            vec![Words::new("event-paid-repair-chosen").amount("amount", &m)],
            "",
        );
        assert_eq!(
            shown(&paid, lang("de")),
            i18n::text_with(lang("de"), "event-paid-repair-chosen", &{
                let mut a = i18n::Args::new();
                a.set("amount", i18n::money(lang("de"), &m));
                a
            })
        );
    }

    #[test]
    fn a_note_the_desk_did_not_write_is_shown_as_it_is() {
        assert_eq!(shown("taken in", lang("ko")), "taken in");
        assert_eq!(shown("", lang("ko")), "");
        // Only the person's note: kept as typed, no marker.
        assert_eq!(keep(Vec::new(), "box dented"), "box dented");
        // A marker without the desk's JSON is text too.
        let odd = format!("{MARK}not json");
        assert_eq!(shown(&odd, Lang::EN), odd);
    }
}
