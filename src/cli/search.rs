//! `caredesk search TEXT [--limit N]` — the top search: products, claims and
//! customers by any part (3 or more characters) of a serial, a claim id, or
//! a customer's name, phone or email. Prints JSON:
//! `{"query", "products": [...], "claims": [...], "customers": [...], "more"}`,
//! each kind best match first, at most `--limit` of each (`more` is true
//! when some kind had more). Fewer than 3 characters: exit 2.

use super::desk::{Session, print_json};

#[derive(clap::Args, Debug)]
pub struct SearchArgs {
    /// Any part of a serial, claim id, name, phone or email (3+ characters).
    text: String,
    /// At most this many hits of each kind.
    #[arg(long, default_value_t = 20)]
    limit: usize,
}

impl SearchArgs {
    pub fn run(self, desk: &Session<'_>) -> anyhow::Result<i32> {
        let store = desk.open()?;
        print_json(&store.find(&self.text, self.limit)?)?;
        Ok(0)
    }
}
