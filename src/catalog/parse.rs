//! `catalog.json` and `regions.json` into the catalog model. Every error names
//! the file and a line, so whoever edits the assets can find the mistake.

use super::fees::parse_fees;
use super::model::{Catalog, Model, ModelId, Series};
use super::{CatalogError, normalize_model};
use crate::vocab::codes::{Exclusion, Part, UnknownCode};
use crate::vocab::ids::Interpretation;
use crate::vocab::money::Currency;
use crate::vocab::region::{Region, RegionSet};
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};

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
    /// CR+ service region → ISO 4217 code of its fees.
    #[serde(default)]
    currencies: BTreeMap<String, String>,
    iso_3166_alpha2: Vec<String>,
}

/// One asset file: its name (for errors) and its text.
#[derive(Clone, Copy)]
struct Asset<'a> {
    file: &'a str,
    text: &'a str,
}

impl Asset<'_> {
    fn error_at(&self, needle: &str, message: impl Into<String>) -> CatalogError {
        CatalogError::at(self.file, line_of(self.text, needle), message)
    }

    fn json<T: serde::de::DeserializeOwned>(&self) -> Result<T, CatalogError> {
        serde_json::from_str(self.text)
            .map_err(|e| CatalogError::at(self.file, e.line(), e.to_string()))
    }
}

/// Finds the line of the first occurrence of `needle` in `text` (1-based), so
/// a semantic error in a JSON asset still names a line.
fn line_of(text: &str, needle: &str) -> usize {
    text.find(needle)
        .map(|pos| text[..pos].matches('\n').count() + 1)
        .unwrap_or(1)
}

/// The region sets of `regions.json`.
struct Regions {
    known: RegionSet,
    plus: RegionSet,
    european: RegionSet,
    eu_members: RegionSet,
    aliases: Vec<(Region, Region)>,
    european_replacement_cap: u32,
    currencies: Vec<(Region, Currency)>,
}

impl Catalog {
    pub fn from_texts(
        (cat_file, cat_text): (&str, &str),
        (reg_file, reg_text): (&str, &str),
        (fee_file, fee_text): (&str, &str),
        source: String,
    ) -> Result<Catalog, CatalogError> {
        let cat = Asset {
            file: cat_file,
            text: cat_text,
        };
        let reg = Asset {
            file: reg_file,
            text: reg_text,
        };
        let cf: CatalogFile = cat.json()?;
        let rf: RegionsFile = reg.json()?;

        let (series, series_index) = parse_series(cat, cf.series)?;
        let (models, model_index) = parse_models(cat, cf.models, &series_index)?;
        let part_caps = parse_caps(cat, &cf.quantity_caps)?;
        let regions = parse_regions(reg, rf)?;
        let fees = parse_fees(
            fee_file,
            fee_text,
            &model_index,
            &models,
            &|r| {
                let r = if regions.eu_members.contains(r) {
                    Region::EU
                } else {
                    r
                };
                regions.plus.contains(r).then_some(r)
            },
            &regions.currencies,
        )?;

        Ok(Catalog {
            series,
            models,
            model_index,
            part_caps,
            replacement_exclusions: cf.replacement_exclusions.into_iter().collect(),
            warranty_exclusions: cf.warranty_exclusions.into_iter().collect(),
            never_send_back: cf.never_send_back,
            plus_regions: regions.plus,
            european_variant: regions.european,
            european_replacement_cap: regions.european_replacement_cap,
            eu_members: regions.eu_members,
            known_regions: regions.known,
            aliases: regions.aliases,
            currencies: regions.currencies,
            fees,
            source,
        })
    }
}

fn parse_series(
    cat: Asset<'_>,
    files: Vec<SeriesFile>,
) -> Result<(Vec<Series>, HashMap<String, usize>), CatalogError> {
    let mut series = Vec::new();
    let mut index = HashMap::new();
    for s in files {
        let named = format!("\"{}\"", s.name);
        if index.insert(s.name.clone(), series.len()).is_some() {
            return Err(cat.error_at(&named, format!("series `{}` is listed twice", s.name)));
        }
        let replacement_interpretation = match s.replacement_interpretation {
            None => None,
            Some(id) => Some(
                Interpretation::from_id(&id)
                    .ok_or_else(|| cat.error_at(&id, format!("unknown interpretation `{id}`")))?,
            ),
        };
        series.push(Series {
            name: s.name,
            osmo_family: s.osmo_family,
            replacement_parts: s.replacement_parts.into_iter().collect(),
            warranty_parts: s.warranty_parts.into_iter().collect(),
            replacement_interpretation,
        });
    }
    Ok((series, index))
}

fn parse_models(
    cat: Asset<'_>,
    files: Vec<ModelFile>,
    series_index: &HashMap<String, usize>,
) -> Result<(Vec<Model>, HashMap<String, ModelId>), CatalogError> {
    let mut models = Vec::new();
    let mut index = HashMap::new();
    for m in files {
        let named = format!("\"name\": \"{}\"", m.name);
        let Some(&sid) = series_index.get(&m.series) else {
            return Err(cat.error_at(
                &named,
                format!("model `{}` names unknown series `{}`", m.name, m.series),
            ));
        };
        if index
            .insert(normalize_model(&m.name), models.len())
            .is_some()
        {
            return Err(cat.error_at(&named, format!("model `{}` is listed twice", m.name)));
        }
        models.push(Model {
            name: m.name,
            series: sid,
            international_service: m.international_service,
        });
    }
    Ok((models, index))
}

fn parse_caps(
    cat: Asset<'_>,
    caps: &BTreeMap<String, u32>,
) -> Result<[u32; Part::ALL.len()], CatalogError> {
    let default_cap = *caps.get("_default").unwrap_or(&1);
    let mut part_caps = [default_cap; Part::ALL.len()];
    for (code, cap) in caps {
        if code == "_default" {
            continue;
        }
        let part: Part = code
            .parse()
            .map_err(|e: UnknownCode| cat.error_at(&format!("\"{code}\""), e.to_string()))?;
        part_caps[part.index()] = *cap;
    }
    Ok(part_caps)
}

fn parse_regions(reg: Asset<'_>, rf: RegionsFile) -> Result<Regions, CatalogError> {
    let region_list = |field: &str, codes: &[String]| -> Result<Vec<Region>, CatalogError> {
        codes
            .iter()
            .map(|c| {
                Region::parse_shape(c).ok_or_else(|| {
                    reg.error_at(
                        &format!("\"{field}\""),
                        format!("{field}: `{c}` is not a two-letter region code"),
                    )
                })
            })
            .collect()
    };
    let set = |field: &str, codes: &[String]| -> Result<RegionSet, CatalogError> {
        Ok(region_list(field, codes)?.into_iter().collect())
    };
    let known = set("iso_3166_alpha2", &rf.iso_3166_alpha2)?;
    let plus = set("plus_regions", &rf.plus_regions)?;
    let european = set("european_variant", &rf.european_variant)?;
    let eu_members = set("eu_members", &rf.eu_members)?;
    let mut aliases: Vec<(Region, Region)> = Vec::new();
    for (from, to) in &rf.aliases {
        let pair = region_list("aliases", &[from.clone(), to.clone()])?;
        // Later entries win, as map inserts did.
        aliases.retain(|(f, _)| *f != pair[0]);
        aliases.push((pair[0], pair[1]));
    }
    let mut currencies = Vec::new();
    for (code, cur) in &rf.currencies {
        let r = region_list("currencies", std::slice::from_ref(code))?[0];
        if !plus.contains(r) {
            return Err(reg.error_at(
                "\"currencies\"",
                format!("currencies: `{r}` is not in plus_regions"),
            ));
        }
        let c = Currency::parse(cur).ok_or_else(|| {
            reg.error_at(
                "\"currencies\"",
                format!("currencies: `{cur}` is not a three-letter currency code like USD"),
            )
        })?;
        currencies.push((r, c));
    }
    if let Some(bad) = european.iter().find(|r| !plus.contains(*r)) {
        return Err(reg.error_at(
            "\"european_variant\"",
            format!("european_variant: `{bad}` is not in plus_regions"),
        ));
    }
    Ok(Regions {
        known,
        plus,
        european,
        eu_members,
        aliases,
        european_replacement_cap: rf.european_replacement_cap,
        currencies,
    })
}
