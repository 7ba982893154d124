//! `caredesk customer add|show|edit|export|forget` — customers and their
//! personal data (SPEC §6).
//!
//! `add` prints the new customer as JSON (with its `id`); `show` the
//! customer with their products and claims; `edit` changes the fields given
//! (an empty value clears a field, except the name) and prints the
//! customer; `export` writes everything held about them to one JSON file;
//! `forget` (supervisor) erases their personal fields everywhere and prints
//! what was done. Exit 2 with one line on stderr for bad input, an unknown
//! or forgotten customer, or a refused PIN; nothing is written then.

use super::desk::{Session, print_json, saved};
use crate::desk::CustomerFields;
use crate::report::customer::write_customer_data;
use anyhow::Context;
use std::path::PathBuf;

#[derive(clap::Args, Debug)]
pub struct CustomerArgs {
    #[command(subcommand)]
    action: CustomerCmd,
}

/// The personal fields a command may set.
#[derive(clap::Args, Debug, Default)]
struct Fields {
    /// Phone number (digits, spaces and + - ( ) . /).
    #[arg(long)]
    phone: Option<String>,
    /// Email address.
    #[arg(long)]
    email: Option<String>,
    /// Postal address (use a line break or ", " between lines).
    #[arg(long)]
    address: Option<String>,
    /// Preferred language, a language tag such as zh-Hant, ko or de.
    #[arg(long, value_name = "TAG")]
    lang: Option<String>,
    /// Notes (free text).
    #[arg(long)]
    notes: Option<String>,
}

#[derive(clap::Subcommand, Debug)]
enum CustomerCmd {
    /// Add a customer; prints it as JSON with its new `id`.
    Add {
        /// Full name, as the customer writes it (any script).
        #[arg(long)]
        name: String,
        #[command(flatten)]
        fields: Fields,
    },
    /// Show a customer with their products and claims (JSON).
    Show { id: i64 },
    /// Change a customer's fields: only those given change; an empty value
    /// clears a field. Audited (the log names the fields; the old and new
    /// values are kept beside it until the customer is forgotten).
    Edit {
        id: i64,
        #[arg(long)]
        name: Option<String>,
        #[command(flatten)]
        fields: Fields,
    },
    /// Write everything held about a customer to one JSON file (theirs to
    /// see): the customer, their edits, products, claims with decisions,
    /// events, intake, photos' metadata and hashes, signatures' presence,
    /// and the audit entries about them. Readable by its owner only.
    Export {
        id: i64,
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Forget a customer (a supervisor: --staff NAME, PIN asked,
    /// --pin-stdin or CAREDESK_PIN): their personal fields are erased everywhere and the
    /// freed space scrubbed; claims, decisions and events stay, showing
    /// "erased". Cannot be undone.
    Forget { id: i64 },
}

/// `Some("")` clears a field; `None` leaves it.
fn apply(current: Option<String>, given: Option<String>) -> Option<String> {
    match given {
        None => current,
        Some(v) if v.trim().is_empty() => None,
        Some(v) => Some(v),
    }
}

impl CustomerArgs {
    pub fn run(self, desk: &Session<'_>) -> anyhow::Result<i32> {
        match self.action {
            CustomerCmd::Add { name, fields } => {
                let store = desk.open_to_write()?;
                let actor = desk.sign_in(&store)?;
                let f = CustomerFields {
                    name,
                    phone: fields.phone,
                    email: fields.email,
                    address: fields.address,
                    lang: fields.lang,
                    notes: fields.notes,
                };
                let c = store.add_customer(Some(actor.id()), &f)?;
                return saved("customer add", &format!("customer #{}", c.id), &c, 0);
            }
            CustomerCmd::Show { id } => print_json(&desk.open()?.customer_detail(id)?)?,
            CustomerCmd::Edit { id, name, fields } => {
                let store = desk.open_to_write()?;
                let current = store.customer(id)?.fields();
                let f = CustomerFields {
                    name: name.unwrap_or(current.name),
                    phone: apply(current.phone, fields.phone),
                    email: apply(current.email, fields.email),
                    address: apply(current.address, fields.address),
                    lang: apply(current.lang, fields.lang),
                    notes: apply(current.notes, fields.notes),
                };
                let actor = desk.sign_in(&store)?;
                let c = store.edit_customer(actor.id(), id, &f)?;
                return saved("customer edit", &format!("customer #{id}"), &c, 0);
            }
            CustomerCmd::Export { id, out } => {
                crate::report::atomic::check_target(&out)?;
                let store = desk.open_to_write()?;
                let actor = desk.sign_in(&store)?;
                let data = store.customer_data(actor.id(), id)?;
                let bytes = write_customer_data(&out, &data)
                    .with_context(|| format!("cannot write {}", out.display()))?;
                print_json(&serde_json::json!({
                    "customer": id,
                    "out": out,
                    "bytes": bytes,
                    "claims": data.claims.len(),
                    "products": data.products.len(),
                    "audit_entries": data.audit.len(),
                }))?;
            }
            CustomerCmd::Forget { id } => {
                let store = desk.open_to_write()?;
                let (actor, pin) = desk.acting_with_pin(&store)?;
                let done = store.forget_customer(actor, &pin, id)?;
                return saved(
                    "customer forget",
                    &format!("forgetting customer #{id}"),
                    &done,
                    0,
                );
            }
        }
        Ok(0)
    }
}
