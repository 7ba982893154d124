//! The asset loaders (catalog.json, regions.json, fees.csv) on arbitrary
//! text: a broken file is an error naming the file and line, never a panic.
#![no_main]

use caredesk::catalog::{Catalog, CatalogError};
use libfuzzer_sys::fuzz_target;

const CATALOG: &str = include_str!("../../assets/catalog.json");
const REGIONS: &str = include_str!("../../assets/regions.json");
const FEES: &str = include_str!("../../assets/fees.csv");

fuzz_target!(|data: &[u8]| {
    let Some((&which, rest)) = data.split_first() else { return };
    let Ok(text) = std::str::from_utf8(rest) else { return };
    // Replace one of the three files with the fuzzed text, keep the others valid.
    let (c, r, f) = match which % 3 {
        0 => (text, REGIONS, FEES),
        1 => (CATALOG, text, FEES),
        _ => (CATALOG, REGIONS, text),
    };
    match Catalog::from_texts(("catalog.json", c), ("regions.json", r), ("fees.csv", f), "fuzz".into()) {
        Ok(_) => {}
        Err(CatalogError::Invalid { file, .. }) => assert!(file.ends_with(".json") || file.ends_with(".csv")),
        Err(CatalogError::Io { .. }) => unreachable!("no I/O when loading from texts"),
    }
});
