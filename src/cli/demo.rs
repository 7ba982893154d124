//! `caredesk demo [--products N] [--today DATE]` — deterministic demo data.

use super::desk::{Session, day_or_today, saved};
use crate::desk::MAX_DEMO_PRODUCTS;
use std::time::Instant;

#[derive(clap::Args, Debug)]
pub struct DemoArgs {
    /// How many demo products to add (at most 10,000,000).
    #[arg(long, default_value_t = 50,
          value_parser = clap::value_parser!(u64).range(0..=MAX_DEMO_PRODUCTS as u64))]
    products: u64,
    /// The day the demo is dated around (default: today).
    #[arg(long, value_name = "DATE")]
    today: Option<String>,
}

impl DemoArgs {
    pub fn run(self, desk: &Session<'_>) -> anyhow::Result<i32> {
        let today = day_or_today(self.today.as_deref())?;
        let products = usize::try_from(self.products)?;
        let store = desk.open_creating()?;
        let t = Instant::now();
        let summary = store.load_demo(products, today, &|_| true)?;
        let secs = t.elapsed().as_secs_f64();
        saved(
            "demo",
            &format!("demo data in {}", store.location()),
            &serde_json::json!({
                "database": store.location(),
                "demo": true,
                "seconds": (secs * 1000.0).round() / 1000.0,
                "summary": summary,
            }),
            0,
        )
    }
}
