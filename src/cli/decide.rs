//! `caredesk decide [--jsonl] [--advise] [FILE|-]` — the rules' scriptable
//! twin (SPEC §3), with SPEC §5 advice on request.

use crate::catalog::Catalog;
use crate::i18n;
use crate::rules::{RequestError, WireDecision, decide_json, decide_json_advised};
use anyhow::Context;
use std::io::Write;
use std::path::PathBuf;

#[derive(clap::Args, Debug)]
pub struct DecideArgs {
    /// One request per line in, one decision per line out (batch form).
    #[arg(long)]
    jsonl: bool,
    /// Add SPEC §5 `advice` to each decision: a step per failing rule, the
    /// decision after the steps, and the days the decision holds or turns.
    #[arg(long)]
    advise: bool,
    /// Request file; `-` or nothing reads standard input.
    file: Option<PathBuf>,
}

impl DecideArgs {
    pub fn run(self) -> anyhow::Result<i32> {
        let catalog = Catalog::load_default().context("catalog")?;
        let input = super::read_input(self.file.as_deref())?;
        let decide = |text: &str| -> Result<WireDecision, RequestError> {
            if self.advise {
                decide_json_advised(&catalog, text, i18n::current())
            } else {
                decide_json(&catalog, text)
            }
        };
        if self.jsonl {
            return run_jsonl(&input, decide);
        }
        let decision = decide(&input)?;
        let mut out = std::io::stdout().lock();
        serde_json::to_writer(&mut out, &decision)?;
        writeln!(out)?;
        Ok(0)
    }
}

/// Decides each line; a malformed line gets an error object in its place.
fn run_jsonl(
    input: &str,
    decide: impl Fn(&str) -> Result<WireDecision, RequestError>,
) -> anyhow::Result<i32> {
    let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    let mut malformed = 0usize;
    for (i, line) in input.lines().enumerate() {
        match decide(line) {
            Ok(d) => serde_json::to_writer(&mut out, &d)?,
            Err(e) => {
                malformed += 1;
                let err = serde_json::json!({ "error": format!("line {}: {e}", i + 1) });
                serde_json::to_writer(&mut out, &err)?;
            }
        }
        out.write_all(b"\n")?;
    }
    out.flush()?;
    if malformed > 0 {
        eprintln!("caredesk decide: {malformed} malformed line(s)");
        return Ok(super::EXIT_BAD_INPUT);
    }
    Ok(0)
}
