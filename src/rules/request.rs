//! The decision request: its JSON wire form (SPEC §3) and the validated
//! domain form the rules take. Validation turns every malformed input into a
//! typed `RequestError`; the rules never see unknown models or regions.

use crate::catalog::{Catalog, ModelId};
use crate::vocab::codes::{
    Cause, Exclusion, ExclusionSet, Part, RequestKind, SalesChannel, ServiceChannel, Term,
};
pub use crate::vocab::day::{Day, parse_day};
use crate::vocab::region::Region;
use chrono::NaiveDate;
use serde::{Deserialize, Deserializer, Serialize};
use std::collections::BTreeMap;

/// Why a request could not be decided (SPEC §3: exit 2).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RequestError {
    #[error("{0}")]
    Json(String),
    #[error("{field}: unknown model `{name}`")]
    UnknownModel { field: &'static str, name: String },
    #[error(
        "{field}: unknown region code `{code}` (expected an ISO 3166-1 alpha-2 code such as US or DE)"
    )]
    UnknownRegion { field: &'static str, code: String },
    #[error("missing field `{field}`: {why}")]
    Missing {
        field: &'static str,
        why: &'static str,
    },
    #[error("{field}: {why}")]
    Invalid { field: &'static str, why: String },
}

// ---------------------------------------------------------------- wire form

#[derive(Deserialize, Serialize, Debug, Clone)]
pub struct WireRequest {
    pub kind: RequestKind,
    pub on: Day,
    #[serde(deserialize_with = "object")]
    pub product: WireProduct,
    #[serde(default, deserialize_with = "optional_object")]
    pub base_plan: Option<WireBasePlan>,
    #[serde(default, deserialize_with = "optional_object")]
    pub plus: Option<WirePlus>,
    #[serde(default, deserialize_with = "optional_object")]
    pub purchase: Option<WirePurchase>,
    #[serde(default, deserialize_with = "optional_object")]
    pub claim: Option<WireClaim>,
    #[serde(default)]
    pub product_returned: Option<bool>,
}

/// Deserializes a struct from a JSON object only. serde's derived structs also
/// take a JSON array (fields by position), but SPEC §3 requests are objects with
/// named fields: `["replacement", …]` is malformed, not a request.
struct Object<T>(T);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Object<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        T::deserialize(StructAsMap(d)).map(Object)
    }
}

fn object<'de, D: Deserializer<'de>, T: Deserialize<'de>>(d: D) -> Result<T, D::Error> {
    Object::<T>::deserialize(d).map(|o| o.0)
}

fn optional_object<'de, D: Deserializer<'de>, T: Deserialize<'de>>(
    d: D,
) -> Result<Option<T>, D::Error> {
    Option::<Object<T>>::deserialize(d).map(|o| o.map(|o| o.0))
}

/// Forwards everything, except that a struct is asked for as a map.
struct StructAsMap<D>(D);

impl<'de, D: Deserializer<'de>> Deserializer<'de> for StructAsMap<D> {
    type Error = D::Error;
    fn deserialize_any<V: serde::de::Visitor<'de>>(self, v: V) -> Result<V::Value, D::Error> {
        self.0.deserialize_any(v)
    }
    fn deserialize_struct<V: serde::de::Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        v: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_map(v)
    }
    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes
        byte_buf option unit unit_struct newtype_struct seq tuple tuple_struct map enum
        identifier ignored_any
    }
}

#[derive(Deserialize, Serialize, Debug, Clone)]
pub struct WireProduct {
    pub serial: String,
    pub model: String,
    pub channel: SalesChannel,
    pub region: String,
}

#[derive(Deserialize, Serialize, Debug, Clone)]
pub struct WireBasePlan {
    pub term: Term,
    pub region: String,
    pub starts: Day,
    pub ends: Day,
    pub replacements_total: u32,
    pub replacements_used: u32,
    pub withdrawn: bool,
}

#[derive(Deserialize, Serialize, Debug, Clone)]
pub struct WirePlus {
    pub region: String,
    pub bought: Day,
    pub replacements_used: u32,
    pub warranty_repairs_used: u32,
    pub withdrawn: bool,
}

#[derive(Deserialize, Serialize, Debug, Clone)]
pub struct WirePurchase {
    pub region: String,
}

#[derive(Deserialize, Serialize, Debug, Clone)]
pub struct WireClaim {
    pub service_region: String,
    pub channel: ServiceChannel,
    pub cause: Cause,
    #[serde(deserialize_with = "unique_parts")]
    pub parts: BTreeMap<Part, u32>,
    pub exclusions: Vec<Exclusion>,
    pub submitted: Day,
    #[serde(default)]
    pub shipped: Option<Day>,
    pub accepts_transregional_fees: bool,
    pub manufacturing_defect_before_plus: bool,
    pub privacy_accepted: bool,
}

/// `parts` as a JSON object whose keys are each given once: serde would keep
/// the last of `{"battery": 1, "battery": 3}` silently, and the person who
/// wrote it meant one of the two.
fn unique_parts<'de, D: Deserializer<'de>>(d: D) -> Result<BTreeMap<Part, u32>, D::Error> {
    struct V;
    impl<'de> serde::de::Visitor<'de> for V {
        type Value = BTreeMap<Part, u32>;
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("an object of part code → quantity")
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(
            self,
            mut m: A,
        ) -> Result<Self::Value, A::Error> {
            let mut parts = BTreeMap::new();
            while let Some((part, quantity)) = m.next_entry::<Part, u32>()? {
                if parts.insert(part, quantity).is_some() {
                    return Err(serde::de::Error::custom(format!(
                        "part `{part}` is given twice"
                    )));
                }
            }
            Ok(parts)
        }
    }
    d.deserialize_map(V)
}

// ---------------------------------------------------------------- domain form

/// The product a request is about.
#[derive(Debug, Clone, PartialEq)]
pub struct ProductFacts {
    pub serial: String,
    pub model: ModelId,
    pub channel: SalesChannel,
    pub region: Region,
}

/// The base Care Refresh plan. Validity is the half-open `[starts, ends)`.
#[derive(Debug, Clone, PartialEq)]
pub struct BasePlan {
    pub term: Term,
    pub region: Region,
    pub starts: NaiveDate,
    pub ends: NaiveDate,
    pub replacements_total: u32,
    pub replacements_used: u32,
    pub withdrawn: bool,
}

/// Care Refresh+ as bound to the product. Its window follows from the base plan.
#[derive(Debug, Clone, PartialEq)]
pub struct PlusPlan {
    pub region: Region,
    pub bought: NaiveDate,
    pub replacements_used: u32,
    pub warranty_repairs_used: u32,
    pub withdrawn: bool,
}

/// A replacement or extended-warranty claim as taken in.
#[derive(Debug, Clone, PartialEq)]
pub struct ClaimFacts {
    pub service_region: Region,
    pub channel: ServiceChannel,
    pub cause: Cause,
    pub parts: Vec<(Part, u32)>,
    pub exclusions: ExclusionSet,
    pub submitted: NaiveDate,
    pub shipped: Option<NaiveDate>,
    pub accepts_transregional_fees: bool,
    pub manufacturing_defect_before_plus: bool,
    pub privacy_accepted: bool,
}

/// A validated request: everything the rules need, nothing unknown.
#[derive(Debug, Clone, PartialEq)]
pub struct DecisionRequest {
    pub kind: RequestKind,
    pub on: NaiveDate,
    pub product: ProductFacts,
    pub base_plan: Option<BasePlan>,
    pub plus: Option<PlusPlan>,
    /// Region of the store or activation card CR+ is bought through.
    pub purchase_region: Option<Region>,
    pub claim: Option<ClaimFacts>,
    pub product_returned: bool,
}

/// Parses one JSON request. Accepts the bare request, or a worked example
/// (`{"request": …, "decision": …}`) so the shared examples can be fed as they are.
pub fn parse_request(text: &str, catalog: &Catalog) -> Result<DecisionRequest, RequestError> {
    let wire: WireRequest = match serde_json::from_str::<Object<WireRequest>>(text) {
        Ok(w) => w.0,
        Err(first) => {
            if let Ok(v) = serde_json::from_str::<serde_json::Value>(text)
                && let Some(inner) = v.get("request").filter(|_| v.get("kind").is_none())
            {
                return parse_value(inner.clone(), catalog);
            }
            return Err(json_error(text, first));
        }
    };
    validate(wire, catalog)
}

fn parse_value(v: serde_json::Value, catalog: &Catalog) -> Result<DecisionRequest, RequestError> {
    let wire: Object<WireRequest> = serde_path_to_error::deserialize(v)
        .map_err(|e| RequestError::Json(describe(e.path().to_string(), e.inner().to_string())))?;
    validate(wire.0, catalog)
}

/// Re-parses with path tracking so the one-line error names the field.
fn json_error(text: &str, plain: serde_json::Error) -> RequestError {
    if plain.is_syntax() || plain.is_eof() {
        return RequestError::Json(format!("not valid JSON: {plain}"));
    }
    let mut de = serde_json::Deserializer::from_str(text);
    match serde_path_to_error::deserialize::<_, Object<WireRequest>>(&mut de) {
        Err(e) => RequestError::Json(describe(e.path().to_string(), e.inner().to_string())),
        Ok(_) => RequestError::Json(plain.to_string()),
    }
}

fn describe(path: String, msg: String) -> String {
    // serde names the Rust type it wanted ("struct WireClaim"); say what it is on the wire.
    let msg = match msg.find("expected struct Wire") {
        Some(at) => {
            let rest = &msg[at + "expected struct Wire".len()..];
            let end = rest
                .find(|c: char| !c.is_ascii_alphanumeric())
                .unwrap_or(rest.len());
            format!("{}expected a JSON object{}", &msg[..at], &rest[end..])
        }
        None => msg,
    };
    // serde's "missing field `x`" names only the leaf; prefix the parent path.
    if path.is_empty() || path == "." {
        msg
    } else {
        format!("{path}: {msg}")
    }
}

fn region(catalog: &Catalog, field: &'static str, code: &str) -> Result<Region, RequestError> {
    catalog
        .region(code)
        .ok_or_else(|| RequestError::UnknownRegion {
            field,
            code: code.to_owned(),
        })
}

/// Checks what serde cannot: catalog names, region codes, and which sections each kind needs.
pub fn validate(w: WireRequest, catalog: &Catalog) -> Result<DecisionRequest, RequestError> {
    let product = product_facts(&w.product, catalog)?;
    let base_plan = w.base_plan.map(|b| base_plan(b, catalog)).transpose()?;
    let plus = match w.plus {
        None => None,
        Some(p) => Some(PlusPlan {
            region: region(catalog, "plus.region", &p.region)?,
            bought: p.bought.0,
            replacements_used: p.replacements_used,
            warranty_repairs_used: p.warranty_repairs_used,
            withdrawn: p.withdrawn,
        }),
    };
    let purchase_region = match &w.purchase {
        None => None,
        Some(p) => Some(region(catalog, "purchase.region", &p.region)?),
    };
    let claim = w.claim.map(|c| claim_facts(c, catalog)).transpose()?;
    let req = DecisionRequest {
        kind: w.kind,
        on: w.on.0,
        product,
        base_plan,
        plus,
        purchase_region,
        claim,
        product_returned: w.product_returned.unwrap_or(false),
    };
    required_sections(&req, w.product_returned.is_some())?;
    Ok(req)
}

fn product_facts(p: &WireProduct, catalog: &Catalog) -> Result<ProductFacts, RequestError> {
    let model = catalog
        .model_id(&p.model)
        .ok_or_else(|| RequestError::UnknownModel {
            field: "product.model",
            name: p.model.clone(),
        })?;
    if p.serial.trim().is_empty() {
        return Err(RequestError::Invalid {
            field: "product.serial",
            why: "must not be empty".into(),
        });
    }
    Ok(ProductFacts {
        serial: p.serial.trim().to_owned(),
        model,
        channel: p.channel,
        region: region(catalog, "product.region", &p.region)?,
    })
}

fn base_plan(b: WireBasePlan, catalog: &Catalog) -> Result<BasePlan, RequestError> {
    if b.ends.0 <= b.starts.0 {
        return Err(RequestError::Invalid {
            field: "base_plan.ends",
            why: format!(
                "must be after base_plan.starts ({} is not after {})",
                b.ends.0, b.starts.0
            ),
        });
    }
    Ok(BasePlan {
        term: b.term,
        region: region(catalog, "base_plan.region", &b.region)?,
        starts: b.starts.0,
        ends: b.ends.0,
        replacements_total: b.replacements_total,
        replacements_used: b.replacements_used,
        withdrawn: b.withdrawn,
    })
}

/// What makes a claim a claim, whoever files it (`caredesk decide` and the
/// store alike): at least one part asked for, and a parcel not shipped before
/// the claim was submitted. Dates are otherwise any real dates here; the
/// bounds on what a person files into the store (SPEC §6) are the desk's.
pub fn check_claim_shape(
    parts: &[(Part, u32)],
    submitted: NaiveDate,
    shipped: Option<NaiveDate>,
) -> Result<(), RequestError> {
    if parts.iter().all(|(_, q)| *q == 0) {
        return Err(RequestError::Invalid {
            field: "claim.parts",
            why: "name at least one part with a quantity of 1 or more".into(),
        });
    }
    if let Some(shipped) = shipped
        && shipped < submitted
    {
        return Err(RequestError::Invalid {
            field: "claim.shipped",
            why: format!("{shipped} is before claim.submitted ({submitted})"),
        });
    }
    Ok(())
}

fn claim_facts(c: WireClaim, catalog: &Catalog) -> Result<ClaimFacts, RequestError> {
    let parts: Vec<(Part, u32)> = c.parts.into_iter().collect();
    check_claim_shape(&parts, c.submitted.0, c.shipped.map(|d| d.0))?;
    Ok(ClaimFacts {
        service_region: region(catalog, "claim.service_region", &c.service_region)?,
        channel: c.channel,
        cause: c.cause,
        parts,
        exclusions: c.exclusions.into_iter().collect(),
        submitted: c.submitted.0,
        shipped: c.shipped.map(|d| d.0),
        accepts_transregional_fees: c.accepts_transregional_fees,
        manufacturing_defect_before_plus: c.manufacturing_defect_before_plus,
        privacy_accepted: c.privacy_accepted,
    })
}

/// The sections each kind of request needs.
fn required_sections(req: &DecisionRequest, returned_given: bool) -> Result<(), RequestError> {
    match req.kind {
        RequestKind::PlusPurchase if req.purchase_region.is_none() => {
            return Err(RequestError::Missing {
                field: "purchase",
                why: "a plus_purchase request names the region CR+ is bought in",
            });
        }
        RequestKind::Replacement | RequestKind::ExtendedWarranty => {
            if req.claim.is_none() {
                return Err(RequestError::Missing {
                    field: "claim",
                    why: "a claim request needs the claim",
                });
            }
            if req.plus.is_some() && req.base_plan.is_none() {
                return Err(RequestError::Missing {
                    field: "base_plan",
                    why: "CR+ starts on the day Care Refresh (1-Year Plan) expires, so a request with plus needs base_plan",
                });
            }
        }
        RequestKind::PlusReturn => {
            if req.plus.is_none() {
                return Err(RequestError::Missing {
                    field: "plus",
                    why: "a plus_return request needs the CR+ being returned",
                });
            }
            if !returned_given {
                return Err(RequestError::Missing {
                    field: "product_returned",
                    why: "a plus_return request says whether the product was returned",
                });
            }
        }
        _ => {}
    }
    Ok(())
}
