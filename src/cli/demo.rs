//! `caredesk demo [--products N] [--today DATE]` — deterministic demo data.

use super::desk::{Session, day_or_today, print_json};
use std::time::Instant;

#[derive(clap::Args, Debug)]
pub struct DemoArgs {
    /// How many demo products to add.
    #[arg(long, default_value_t = 50)]
    products: usize,
    /// The day the demo is dated around (default: today).
    #[arg(long, value_name = "DATE")]
    today: Option<String>,
}

impl DemoArgs {
    pub fn run(self, desk: &Session<'_>) -> anyhow::Result<i32> {
        let today = day_or_today(self.today.as_deref())?;
        let store = desk.open()?;
        let t = Instant::now();
        let summary = store.load_demo(self.products, today, &|_| true)?;
        let secs = t.elapsed().as_secs_f64();
        print_json(&serde_json::json!({
            "database": store.location(),
            "seconds": (secs * 1000.0).round() / 1000.0,
            "summary": summary,
        }))?;
        Ok(0)
    }
}
