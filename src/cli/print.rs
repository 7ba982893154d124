//! `caredesk print receipt|label CLAIM --out FILE` — the papers a customer
//! takes home (issue 13) as PDF: the intake receipt (one A4 or Letter page,
//! in the customer's language where the desk has it) and the 62 mm box
//! label, both with the claim id as a Code 128 barcode. Written atomically
//! (a temporary file beside FILE, renamed when complete). Prints JSON
//! `{"claim", "paper", "out", "bytes", "lang"}`. Exit 2 with one line on
//! stderr for an unknown claim or a bad path; nothing is written then.

use super::desk::{Session, print_json};
use crate::report::papers::{Paper, write_label, write_receipt};
use serde_json::json;
use std::path::PathBuf;

#[derive(clap::Args, Debug)]
#[command(after_help = "\
Examples:
  caredesk print receipt CL-2026-000123 --out receipt.pdf
  caredesk print receipt CL-2026-000123 --out receipt.pdf --paper letter
  caredesk print label CL-2026-000123 --out label.pdf")]
pub struct PrintArgs {
    #[command(subcommand)]
    what: PrintCmd,
}

#[derive(clap::Subcommand, Debug)]
enum PrintCmd {
    /// The intake receipt: customer, product and parts, checklist, decision
    /// with rule IDs, reasons and advice, fee, ship-by day, never-send-back
    /// list, signature; the claim id as a barcode.
    Receipt {
        /// The claim id, e.g. CL-2026-000123.
        claim: String,
        /// PDF file to write.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// Paper size.
        #[arg(long, value_enum, default_value_t = Paper::A4)]
        paper: Paper,
    },
    /// The box label: 62 mm wide (thermal printer), the claim id as a
    /// barcode, serial, model, parts inside.
    Label {
        /// The claim id, e.g. CL-2026-000123.
        claim: String,
        /// PDF file to write.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
}

impl PrintArgs {
    pub fn run(self, desk: &Session<'_>) -> anyhow::Result<i32> {
        let store = desk.open()?;
        let (paper, claim, out, bytes, lang) = match self.what {
            PrintCmd::Receipt { claim, out, paper } => {
                let (r, bytes) = write_receipt(&store, &claim, paper, &out)?;
                ("receipt", r.claim_id, out, bytes, r.lang.tag())
            }
            PrintCmd::Label { claim, out } => {
                let (l, bytes) = write_label(&store, &claim, &out)?;
                (
                    "label",
                    l.claim_id,
                    out,
                    bytes,
                    crate::i18n::current().tag(),
                )
            }
        };
        print_json(&json!({
            "claim": claim,
            "paper": paper,
            "out": out,
            "bytes": bytes,
            "lang": lang,
        }))?;
        Ok(0)
    }
}
