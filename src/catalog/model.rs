//! What the catalog holds, and the questions the rules and the store ask it.

use super::normalize_model;
use crate::vocab::codes::{ExclusionSet, Part, PartSet};
use crate::vocab::ids::Interpretation;
use crate::vocab::money::{Currency, Money};
use crate::vocab::region::{Region, RegionSet, ServiceRegion};
use std::collections::HashMap;

pub type SeriesId = usize;
pub type ModelId = usize;

#[derive(Debug, Clone)]
pub struct Series {
    pub name: String,
    /// Osmo Pocket, Osmo Action and Osmo Mobile count as "Osmo series" in the terms.
    pub osmo_family: bool,
    pub replacement_parts: PartSet,
    pub warranty_parts: PartSet,
    /// An Interpretation that shaped `replacement_parts`, shown where it applies.
    pub replacement_interpretation: Option<Interpretation>,
}

#[derive(Debug, Clone)]
pub struct Model {
    pub name: String,
    pub series: SeriesId,
    /// Products supporting the International Warranty Service.
    pub international_service: bool,
}

/// One row of the fee schedule: the fee for the n-th replacement of a model
/// in a service region, in that region's currency.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fee {
    pub model: String,
    /// A CR+ service region (`EU` for every member state).
    pub region: ServiceRegion,
    pub replacement_number: u32,
    /// In the minor units of `currency` (the `amount_cents` column of the
    /// store's fee schedule); [`Fee::amount`] is the same as [`Money`].
    pub amount_cents: i64,
    pub currency: String,
}

impl Fee {
    pub fn amount(&self) -> Money {
        Money {
            cents: self.amount_cents,
            currency: self.currency.clone(),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Catalog {
    pub series: Vec<Series>,
    pub models: Vec<Model>,
    pub(super) model_index: HashMap<String, ModelId>,
    pub(super) part_caps: [u32; Part::ALL.len()],
    pub replacement_exclusions: ExclusionSet,
    pub warranty_exclusions: ExclusionSet,
    /// What the customer must never send: codes the desk words in each
    /// language (`remote_controller`), or a custom catalog's own words.
    pub never_send_back: Vec<String>,
    // Region sets are bit sets: the rules test them several times per decision.
    pub(super) plus_regions: RegionSet,
    pub(super) european_variant: RegionSet,
    pub european_replacement_cap: u32,
    pub(super) eu_members: RegionSet,
    pub(super) known_regions: RegionSet,
    /// Few (UK → GB, EL → GR): a list beats a map.
    pub(super) aliases: Vec<(Region, Region)>,
    /// The currency fees are charged in, per CR+ service region (few: a list).
    pub(super) currencies: Vec<(ServiceRegion, Currency)>,
    pub fees: Vec<Fee>,
    /// Where the catalog came from, for the settings panel.
    pub source: String,
}

impl Catalog {
    /// The never-send-back list in `lang`: a code the desk has words for in
    /// its catalogue (`never-send-back-<code>`) in those, anything else as
    /// the catalog writes it.
    pub fn never_send_back_in(&self, lang: crate::i18n::Lang) -> Vec<String> {
        (self.never_send_back.iter())
            .map(|item| {
                let key = format!("never-send-back-{}", item.replace('_', "-"));
                if crate::i18n::has(crate::i18n::Lang::EN, &key) {
                    crate::i18n::text(lang, &key)
                } else {
                    item.clone()
                }
            })
            .collect()
    }

    /// Finds a model by name (case and spacing are forgiven).
    pub fn model_id(&self, name: &str) -> Option<ModelId> {
        // Fast path without allocating: the name exactly as the catalog spells it.
        if let Some(id) = self.models.iter().position(|m| m.name == name) {
            return Some(id);
        }
        self.model_index.get(&normalize_model(name)).copied()
    }

    pub fn model(&self, id: ModelId) -> &Model {
        &self.models[id]
    }

    pub fn series_of(&self, id: ModelId) -> &Series {
        &self.series[self.models[id].series]
    }

    /// Quantity cap per replacement for a part.
    pub fn part_cap(&self, part: Part) -> u32 {
        self.part_caps[part.index()]
    }

    /// A known region code (ISO 3166-1 alpha-2, `EU`, or an alias such as `UK`).
    pub fn region(&self, code: &str) -> Option<Region> {
        let r = Region::parse_shape(code)?;
        let r = self
            .aliases
            .iter()
            .find(|(from, _)| *from == r)
            .map_or(r, |(_, to)| *to);
        self.known_regions.contains(r).then_some(r)
    }

    /// The service region the rules compare (SPEC Interpretation: EU members → EU).
    pub fn service_region(&self, r: Region) -> ServiceRegion {
        if self.eu_members.contains(r) {
            Region::EU
        } else {
            r
        }
    }

    pub fn is_eu_member(&self, r: Region) -> bool {
        self.eu_members.contains(r)
    }

    /// CR+ is offered in this service region.
    pub fn is_plus_region(&self, sr: ServiceRegion) -> bool {
        self.plus_regions.contains(sr)
    }

    /// The European variant applies to CR+ bought in this service region.
    pub fn is_european_variant(&self, sr: ServiceRegion) -> bool {
        self.european_variant.contains(sr)
    }

    /// The fee for the n-th replacement of a model in a service region, from
    /// the starting schedule.
    pub fn starting_fee(
        &self,
        model: &str,
        region: ServiceRegion,
        replacement_number: u32,
    ) -> Option<&Fee> {
        self.fees.iter().find(|f| {
            f.model == model && f.region == region && f.replacement_number == replacement_number
        })
    }

    /// The currency replacement fees are charged in, in a CR+ service region
    /// (`regions.json`, `currencies`).
    pub fn currency_of(&self, sr: ServiceRegion) -> Option<Currency> {
        self.currencies
            .iter()
            .find(|(r, _)| *r == sr)
            .map(|(_, c)| *c)
    }

    pub fn plus_region_codes(&self) -> Vec<Region> {
        // RegionSet iterates in code order.
        self.plus_regions.iter().collect()
    }
}
