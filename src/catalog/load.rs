//! Where the asset files come from.
//!
//! Lookup order for the asset folder: `CAREDESK_ASSETS`, then `assets/` in the
//! working directory, then `assets/` beside the executable; when none has a
//! `catalog.json`, the copy built into the binary is used so that a lone
//! `caredesk` still works.

use super::{Catalog, CatalogError};
use std::path::{Path, PathBuf};

const BUILTIN_CATALOG: &str = include_str!("../../assets/catalog.json");
const BUILTIN_REGIONS: &str = include_str!("../../assets/regions.json");
const BUILTIN_FEES: &str = include_str!("../../assets/fees.csv");

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
}
