//! `caredesk import products FILE.csv` — all or nothing.

use super::desk::{Session, saved};
use anyhow::Context;
use std::path::PathBuf;

/// The largest CSV file imported at once (about two million products).
pub const MAX_IMPORT_BYTES: u64 = 256 << 20;

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
    /// empty cr_replacements_used = 0. At most 256 MiB per file.
    Products { file: PathBuf },
}

impl ImportArgs {
    pub fn run(self, desk: &Session<'_>) -> anyhow::Result<i32> {
        let ImportWhat::Products { file } = self.what;
        if desk.pin_stdin && file.as_os_str() == "-" {
            anyhow::bail!("the PIN and the CSV cannot both come from standard input");
        }
        let text = super::read_input(Some(&file), MAX_IMPORT_BYTES)?;
        let store = desk.open_to_write()?;
        let actor = desk.sign_in(&store)?;
        let n = store
            .import_products_csv(actor.id(), &text, &|_| true)
            .with_context(|| file.display().to_string())?;
        saved(
            "import products",
            &format!("{n} products from {}", file.display()),
            &serde_json::json!({ "imported": n }),
            0,
        )
    }
}
