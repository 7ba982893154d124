//! `caredesk import products FILE.csv` — all or nothing.

use super::desk::{Session, print_json};
use anyhow::Context;
use std::path::PathBuf;

#[derive(clap::Args, Debug)]
pub struct ImportArgs {
    #[command(subcommand)]
    what: ImportWhat,
}

#[derive(clap::Subcommand, Debug)]
enum ImportWhat {
    /// Import products from CSV (all or nothing; a bad row names its line).
    ///
    /// Header row with the columns:
    /// serial,model,channel,region,cr_term,cr_region,cr_starts,cr_ends,cr_replacements_total,cr_replacements_used
    /// — channel is official|authorized|unofficial; cr_term is 1y|2y; dates
    /// YYYY-MM-DD (CR valid in [cr_starts, cr_ends)); leave every cr_ column
    /// empty for a product without Care Refresh; empty cr_region = region;
    /// empty cr_replacements_used = 0.
    Products { file: PathBuf },
}

impl ImportArgs {
    pub fn run(self, desk: &Session<'_>) -> anyhow::Result<i32> {
        let ImportWhat::Products { file } = self.what;
        let text = std::fs::read_to_string(&file)
            .with_context(|| format!("cannot read {}", file.display()))?;
        let store = desk.open()?;
        let actor = desk.actor(&store)?;
        let n = store
            .import_products_csv(actor, &text, &|_| true)
            .with_context(|| file.display().to_string())?;
        print_json(&serde_json::json!({ "imported": n }))?;
        Ok(0)
    }
}
