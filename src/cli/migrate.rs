//! `caredesk migrate --from A --to B`: copies a whole database into a new,
//! empty one — a one-seat SQLite file into PostgreSQL, or PostgreSQL into a
//! SQLite file — in one transaction, verifying the counts before it commits.

use super::desk::print_json;
use crate::desk::Location;
use std::ffi::OsString;

#[derive(clap::Args, Debug)]
pub struct MigrateArgs {
    /// The database to copy: a SQLite file or a postgres:// URL.
    #[arg(long, value_name = "PATH|URL")]
    from: OsString,
    /// Where to copy it: a new file or an empty PostgreSQL database.
    #[arg(long, value_name = "PATH|URL")]
    to: OsString,
}

impl MigrateArgs {
    pub fn run(self) -> anyhow::Result<i32> {
        let summary =
            crate::desk::migrate(&Location::parse(&self.from), &Location::parse(&self.to))?;
        print_json(&summary)?;
        Ok(0)
    }
}
