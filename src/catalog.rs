//! The catalog and starting fee schedule, loaded from `assets/` (data, not code).
//!
//! Lookup order for the asset folder: `CAREDESK_ASSETS`, then `assets/` in the
//! working directory, then `assets/` beside the executable; when none has a
//! `catalog.json`, the copy built into the binary is used so that a lone
//! `caredesk` still works.

use crate::rules::codes::{Exclusion, ExclusionSet, Part, PartSet};
use crate::rules::ids::Interpretation;
use crate::rules::region::{Region, RegionSet, ServiceRegion};
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};

const BUILTIN_CATALOG: &str = include_str!("../assets/catalog.json");
const BUILTIN_REGIONS: &str = include_str!("../assets/regions.json");
const BUILTIN_FEES: &str = include_str!("../assets/fees.csv");

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

/// One row of the fee schedule: the fee for the n-th replacement of a model.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fee {
    pub model: String,
    pub replacement_number: u32,
    /// In minor units (cents), so money never goes through floating point.
    pub amount_cents: i64,
    pub currency: String,
}

#[derive(Debug, Clone)]
pub struct Catalog {
    pub series: Vec<Series>,
    pub models: Vec<Model>,
    model_index: HashMap<String, ModelId>,
    part_caps: [u32; Part::ALL.len()],
    pub replacement_exclusions: ExclusionSet,
    pub warranty_exclusions: ExclusionSet,
    pub never_send_back: Vec<String>,
    // Region sets are bit sets: the rules test them several times per decision.
    plus_regions: RegionSet,
    european_variant: RegionSet,
    pub european_replacement_cap: u32,
    eu_members: RegionSet,
    known_regions: RegionSet,
    /// Few (UK → GB, EL → GR): a list beats a map.
    aliases: Vec<(Region, Region)>,
    pub fees: Vec<Fee>,
    /// Where the catalog came from, for the settings panel.
    pub source: String,
}

// ---- wire formats of the asset files ----

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CatalogFile {
    #[serde(rename = "_about", default)]
    _about: Option<String>,
    series: Vec<SeriesFile>,
    models: Vec<ModelFile>,
    quantity_caps: BTreeMap<String, u32>,
    replacement_exclusions: Vec<Exclusion>,
    warranty_exclusions: Vec<Exclusion>,
    never_send_back: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SeriesFile {
    name: String,
    osmo_family: bool,
    replacement_parts: Vec<Part>,
    warranty_parts: Vec<Part>,
    #[serde(default)]
    replacement_interpretation: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ModelFile {
    name: String,
    series: String,
    international_service: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RegionsFile {
    #[serde(rename = "_about", default)]
    _about: Option<String>,
    plus_regions: Vec<String>,
    european_variant: Vec<String>,
    european_replacement_cap: u32,
    eu_members: Vec<String>,
    #[serde(default)]
    aliases: BTreeMap<String, String>,
    iso_3166_alpha2: Vec<String>,
}

fn json_error(file: &str, e: serde_json::Error) -> CatalogError {
    CatalogError::at(file, e.line(), e.to_string())
}

/// Finds the line of the first occurrence of `needle` in `text` (1-based), so
/// a semantic error in a JSON asset still names a line.
fn line_of(text: &str, needle: &str) -> usize {
    text.find(needle)
        .map(|pos| text[..pos].matches('\n').count() + 1)
        .unwrap_or(1)
}

impl Catalog {
    /// The catalog built into the binary.
    pub fn builtin() -> Result<Catalog, CatalogError> {
        Self::from_texts(
            ("catalog.json", BUILTIN_CATALOG),
            ("regions.json", BUILTIN_REGIONS),
            ("fees.csv", BUILTIN_FEES),
            "built-in".into(),
        )
    }

    /// Loads the catalog from a folder holding catalog.json, regions.json, fees.csv.
    pub fn load_dir(dir: &Path) -> Result<Catalog, CatalogError> {
        let read = |name: &str| -> Result<(String, String), CatalogError> {
            let path = dir.join(name);
            let label = path.display().to_string();
            std::fs::read_to_string(&path)
                .map(|t| (label.clone(), t))
                .map_err(|source| CatalogError::Io {
                    file: label,
                    source,
                })
        };
        let (cf, ct) = read("catalog.json")?;
        let (rf, rt) = read("regions.json")?;
        let (ff, ft) = read("fees.csv")?;
        Self::from_texts(
            (&cf, &ct),
            (&rf, &rt),
            (&ff, &ft),
            dir.display().to_string(),
        )
    }

    /// The folder the app and CLI load assets from, if any (see module docs).
    pub fn asset_dir() -> Option<PathBuf> {
        if let Some(dir) = std::env::var_os("CAREDESK_ASSETS") {
            return Some(PathBuf::from(dir));
        }
        let cwd = PathBuf::from("assets");
        if cwd.join("catalog.json").is_file() {
            return Some(cwd);
        }
        let exe = std::env::current_exe().ok()?;
        let beside = exe.parent()?.join("assets");
        beside.join("catalog.json").is_file().then_some(beside)
    }

    /// Loads from `asset_dir()`, or the built-in copy.
    pub fn load_default() -> Result<Catalog, CatalogError> {
        match Self::asset_dir() {
            Some(dir) => Self::load_dir(&dir),
            None => Self::builtin(),
        }
    }

    pub fn from_texts(
        (cat_file, cat_text): (&str, &str),
        (reg_file, reg_text): (&str, &str),
        (fee_file, fee_text): (&str, &str),
        source: String,
    ) -> Result<Catalog, CatalogError> {
        let cf: CatalogFile =
            serde_json::from_str(cat_text).map_err(|e| json_error(cat_file, e))?;
        let rf: RegionsFile =
            serde_json::from_str(reg_text).map_err(|e| json_error(reg_file, e))?;

        let mut series = Vec::new();
        let mut series_index = HashMap::new();
        for s in cf.series {
            let line = line_of(cat_text, &format!("\"{}\"", s.name));
            if series_index.insert(s.name.clone(), series.len()).is_some() {
                return Err(CatalogError::at(
                    cat_file,
                    line,
                    format!("series `{}` is listed twice", s.name),
                ));
            }
            let replacement_interpretation = match s.replacement_interpretation {
                None => None,
                Some(id) => Some(Interpretation::from_id(&id).ok_or_else(|| {
                    CatalogError::at(
                        cat_file,
                        line_of(cat_text, &id),
                        format!("unknown interpretation `{id}`"),
                    )
                })?),
            };
            series.push(Series {
                name: s.name,
                osmo_family: s.osmo_family,
                replacement_parts: s.replacement_parts.into_iter().collect(),
                warranty_parts: s.warranty_parts.into_iter().collect(),
                replacement_interpretation,
            });
        }

        let mut models = Vec::new();
        let mut model_index = HashMap::new();
        for m in cf.models {
            let line = line_of(cat_text, &format!("\"name\": \"{}\"", m.name));
            let Some(&sid) = series_index.get(&m.series) else {
                return Err(CatalogError::at(
                    cat_file,
                    line,
                    format!("model `{}` names unknown series `{}`", m.name, m.series),
                ));
            };
            if model_index
                .insert(normalize_model(&m.name), models.len())
                .is_some()
            {
                return Err(CatalogError::at(
                    cat_file,
                    line,
                    format!("model `{}` is listed twice", m.name),
                ));
            }
            models.push(Model {
                name: m.name,
                series: sid,
                international_service: m.international_service,
            });
        }

        let default_cap = *cf.quantity_caps.get("_default").unwrap_or(&1);
        let mut part_caps = [default_cap; Part::ALL.len()];
        for (code, cap) in &cf.quantity_caps {
            if code == "_default" {
                continue;
            }
            let part: Part = code
                .parse()
                .map_err(|e: crate::rules::codes::UnknownCode| {
                    CatalogError::at(
                        cat_file,
                        line_of(cat_text, &format!("\"{code}\"")),
                        e.to_string(),
                    )
                })?;
            part_caps[part.index()] = *cap;
        }

        let region_list = |field: &str, codes: &[String]| -> Result<Vec<Region>, CatalogError> {
            codes
                .iter()
                .map(|c| {
                    Region::parse_shape(c).ok_or_else(|| {
                        CatalogError::at(
                            reg_file,
                            line_of(reg_text, &format!("\"{field}\"")),
                            format!("{field}: `{c}` is not a two-letter region code"),
                        )
                    })
                })
                .collect()
        };
        let known: RegionSet = region_list("iso_3166_alpha2", &rf.iso_3166_alpha2)?
            .into_iter()
            .collect();
        let plus_regions: RegionSet = region_list("plus_regions", &rf.plus_regions)?
            .into_iter()
            .collect();
        let european: RegionSet = region_list("european_variant", &rf.european_variant)?
            .into_iter()
            .collect();
        let eu_members: RegionSet = region_list("eu_members", &rf.eu_members)?
            .into_iter()
            .collect();
        let mut aliases: Vec<(Region, Region)> = Vec::new();
        for (from, to) in &rf.aliases {
            let pair = region_list("aliases", &[from.clone(), to.clone()])?;
            // Later entries win, as map inserts did.
            aliases.retain(|(f, _)| *f != pair[0]);
            aliases.push((pair[0], pair[1]));
        }
        if let Some(bad) = european.iter().find(|r| !plus_regions.contains(*r)) {
            return Err(CatalogError::at(
                reg_file,
                line_of(reg_text, "\"european_variant\""),
                format!("european_variant: `{bad}` is not in plus_regions"),
            ));
        }

        let fees = parse_fees(fee_file, fee_text, &model_index, &models)?;

        Ok(Catalog {
            series,
            models,
            model_index,
            part_caps,
            replacement_exclusions: cf.replacement_exclusions.into_iter().collect(),
            warranty_exclusions: cf.warranty_exclusions.into_iter().collect(),
            never_send_back: cf.never_send_back,
            plus_regions,
            european_variant: european,
            european_replacement_cap: rf.european_replacement_cap,
            eu_members,
            known_regions: known,
            aliases,
            fees,
            source,
        })
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

    /// The fee for the n-th replacement of a model, from the starting schedule.
    pub fn starting_fee(&self, model: &str, replacement_number: u32) -> Option<&Fee> {
        self.fees
            .iter()
            .find(|f| f.model == model && f.replacement_number == replacement_number)
    }

    pub fn plus_region_codes(&self) -> Vec<Region> {
        // RegionSet iterates in code order.
        self.plus_regions.iter().collect()
    }
}

fn normalize_model(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Parses a money amount like `79`, `79.5` or `79.00` into cents.
pub fn parse_amount_cents(s: &str) -> Option<i64> {
    let s = s.trim();
    let (whole, frac) = match s.split_once('.') {
        Some((w, f)) => (w, f),
        None => (s, ""),
    };
    if whole.is_empty()
        || !whole.bytes().all(|b| b.is_ascii_digit())
        || frac.len() > 2
        || !frac.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let whole: i64 = whole.parse().ok()?;
    let frac: i64 = if frac.is_empty() {
        0
    } else {
        format!("{frac:0<2}").parse().ok()?
    };
    whole.checked_mul(100)?.checked_add(frac)
}

/// Formats cents as `79.00`.
pub fn format_cents(cents: i64) -> String {
    let sign = if cents < 0 { "-" } else { "" };
    format!("{sign}{}.{:02}", cents.abs() / 100, cents.abs() % 100)
}

fn parse_fees(
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
        let amount = rec.get(2).unwrap_or_default();
        let amount_cents = parse_amount_cents(amount).ok_or_else(|| {
            CatalogError::at(
                file,
                line,
                format!("amount `{amount}` is not a money amount like 79.00"),
            )
        })?;
        let currency = rec.get(3).unwrap_or_default();
        if currency.len() != 3 || !currency.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(CatalogError::at(
                file,
                line,
                format!("currency `{currency}` is not a three-letter code like USD"),
            ));
        }
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
            amount_cents,
            currency: currency.to_owned(),
        });
    }
    Ok(fees)
}
