//! The intake checklist of SPEC §6 (from the terms): what is checked before a
//! unit is taken in or shipped, ticked at the counter and kept with the claim.
//!
//! A checklist is the set of ticked items. Its JSON form is an object with
//! every item and whether it is ticked (`{"data_backed_up": true,
//! "microsd_removed": false, "only_parts_to_replace": true}`), so a file shows
//! what was *not* ticked too; reading also takes a list of the ticked codes.

use super::code_enum::code_enum;
use crate::i18n::Lang;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

code_enum! {
    /// One item of the intake checklist.
    ChecklistItem ("checklist item", key "checklist-item") {
        /// The customer backed up and deleted the personal data on the unit
        /// (photos, videos, flight data, third-party software).
        DataBackedUp => "data_backed_up";
        /// The microSD card is removed and handed back.
        MicrosdRemoved => "microsd_removed";
        /// Only the parts to be replaced are sent: never the remote controller,
        /// the combo's or separately bought batteries, other DJI accessories
        /// or third-party accessories.
        OnlyPartsToReplace => "only_parts_to_replace";
    }
}

impl ChecklistItem {
    /// The full sentence for the person at the counter and the customer's
    /// receipt, in `lang` (message `checklist-<code>`).
    pub fn text(self, lang: Lang) -> String {
        let key = match self {
            ChecklistItem::DataBackedUp => "checklist-data-backed-up",
            ChecklistItem::MicrosdRemoved => "checklist-microsd-removed",
            ChecklistItem::OnlyPartsToReplace => "checklist-only-parts-to-replace",
        };
        crate::i18n::text(lang, key)
    }

    /// A few words naming the item (message `checklist-short-<code>`).
    pub fn short(self, lang: Lang) -> String {
        let key = match self {
            ChecklistItem::DataBackedUp => "checklist-short-data-backed-up",
            ChecklistItem::MicrosdRemoved => "checklist-short-microsd-removed",
            ChecklistItem::OnlyPartsToReplace => "checklist-short-only-parts-to-replace",
        };
        crate::i18n::text(lang, key)
    }
}

/// The ticked items of an intake checklist.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Checklist(BTreeSet<ChecklistItem>);

impl Checklist {
    /// Every item ticked.
    pub fn complete() -> Checklist {
        Checklist(ChecklistItem::ALL.iter().copied().collect())
    }

    pub fn of(items: impl IntoIterator<Item = ChecklistItem>) -> Checklist {
        Checklist(items.into_iter().collect())
    }

    pub fn tick(&mut self, item: ChecklistItem, ticked: bool) {
        if ticked {
            self.0.insert(item);
        } else {
            self.0.remove(&item);
        }
    }

    pub fn is_ticked(&self, item: ChecklistItem) -> bool {
        self.0.contains(&item)
    }

    pub fn is_complete(&self) -> bool {
        ChecklistItem::ALL.iter().all(|i| self.0.contains(i))
    }

    /// The ticked items, in the checklist's order.
    pub fn ticked(&self) -> Vec<ChecklistItem> {
        self.0.iter().copied().collect()
    }

    /// The items not ticked, in the checklist's order.
    pub fn missing(&self) -> Vec<ChecklistItem> {
        ChecklistItem::ALL
            .iter()
            .copied()
            .filter(|i| !self.0.contains(i))
            .collect()
    }

    /// The ticked codes as stored (a JSON list).
    pub fn codes(&self) -> Vec<String> {
        self.0.iter().map(|i| i.code().to_owned()).collect()
    }
}

impl Serialize for Checklist {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let all: BTreeMap<&str, bool> = ChecklistItem::ALL
            .iter()
            .map(|i| (i.code(), self.0.contains(i)))
            .collect();
        all.serialize(s)
    }
}

impl<'de> Deserialize<'de> for Checklist {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Form {
            Ticks(BTreeMap<String, bool>),
            Codes(Vec<String>),
        }
        let parse = |code: &str| {
            code.parse::<ChecklistItem>()
                .map_err(serde::de::Error::custom)
        };
        match Form::deserialize(d)? {
            Form::Ticks(m) => {
                let mut c = Checklist::default();
                for (code, ticked) in m {
                    c.tick(parse(&code)?, ticked);
                }
                Ok(c)
            }
            Form::Codes(v) => v
                .iter()
                .map(|c| parse(c))
                .collect::<Result<_, _>>()
                .map(Checklist),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_checklist_reads_ticks_or_codes_and_writes_every_item() {
        let c: Checklist =
            serde_json::from_str(r#"{"data_backed_up": true, "microsd_removed": false}"#).unwrap();
        assert_eq!(c.ticked(), vec![ChecklistItem::DataBackedUp]);
        assert_eq!(
            c.missing(),
            vec![
                ChecklistItem::MicrosdRemoved,
                ChecklistItem::OnlyPartsToReplace
            ]
        );
        assert_eq!(
            serde_json::to_value(&c).unwrap(),
            serde_json::json!({"data_backed_up": true, "microsd_removed": false,
                               "only_parts_to_replace": false})
        );
        let all: Checklist = serde_json::from_str(
            r#"["data_backed_up", "microsd_removed", "only_parts_to_replace"]"#,
        )
        .unwrap();
        assert!(all.is_complete());
        assert_eq!(all, Checklist::complete());
        let e = serde_json::from_str::<Checklist>(r#"{"battery_charged": true}"#).unwrap_err();
        assert!(e.to_string().contains("unknown checklist item"), "{e}");
    }
}
