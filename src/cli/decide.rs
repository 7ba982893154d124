//! `caredesk decide [--jsonl] [FILE|-]` — the rules' scriptable twin (SPEC §3).

use crate::catalog::Catalog;
use crate::rules::decide_json;
use anyhow::Context;
use std::io::Write;
use std::path::PathBuf;

#[derive(clap::Args, Debug)]
pub struct DecideArgs {
    /// One request per line in, one decision per line out (batch form).
    #[arg(long)]
    jsonl: bool,
    /// Request file; `-` or nothing reads standard input.
    file: Option<PathBuf>,
}

impl DecideArgs {
    pub fn run(self) -> anyhow::Result<i32> {
        let catalog = Catalog::load_default().context("catalog")?;
        let input = super::read_input(self.file.as_deref())?;
        if self.jsonl {
            return run_jsonl(&catalog, &input);
        }
        let decision = decide_json(&catalog, &input)?;
        let mut out = std::io::stdout().lock();
        serde_json::to_writer(&mut out, &decision)?;
        writeln!(out)?;
        Ok(0)
    }
}

/// Decides each line; a malformed line gets an error object in its place.
fn run_jsonl(catalog: &Catalog, input: &str) -> anyhow::Result<i32> {
    let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    let mut malformed = 0usize;
    for (i, line) in input.lines().enumerate() {
        match decide_json(catalog, line) {
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
