//! `caredesk decide [--jsonl] [--advise] [FILE|-]` — the rules' scriptable
//! twin (SPEC §3), with SPEC §5 advice on request.

use crate::catalog::Catalog;
use crate::i18n;
use crate::rules::{RequestError, WireDecision, decide_json, decide_json_advised};
use anyhow::{Context, bail};
use std::io::{BufRead, Read, Write};
use std::path::{Path, PathBuf};

/// The largest request (or `--jsonl` line) read: a real one is a few hundred
/// bytes; without a bound `decide -` fed from a runaway pipe grows forever.
pub const MAX_REQUEST_BYTES: u64 = 1 << 20;

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
        let source = open_source(self.file.as_deref())?;
        let decide = |text: &str| -> Result<WireDecision, RequestError> {
            if self.advise {
                decide_json_advised(&catalog, text, i18n::current())
            } else {
                decide_json(&catalog, text)
            }
        };
        if self.jsonl {
            return run_jsonl(source, decide);
        }
        let input = read_bounded(source)?;
        let decision = decide(&input)?;
        let mut out = std::io::stdout().lock();
        serde_json::to_writer(&mut out, &decision)?;
        writeln!(out)?;
        Ok(0)
    }
}

/// The request file, or standard input for `-` or nothing.
fn open_source(file: Option<&Path>) -> anyhow::Result<Box<dyn BufRead>> {
    Ok(match file {
        Some(p) if p.as_os_str() != "-" => Box::new(std::io::BufReader::new(
            std::fs::File::open(p).with_context(|| format!("cannot read {}", p.display()))?,
        )),
        _ => Box::new(std::io::stdin().lock()),
    })
}

/// One request, refused past `MAX_REQUEST_BYTES` without reading further.
fn read_bounded(source: impl Read) -> anyhow::Result<String> {
    let mut bytes = Vec::new();
    source
        .take(MAX_REQUEST_BYTES + 1)
        .read_to_end(&mut bytes)
        .context("cannot read the request")?;
    if bytes.len() as u64 > MAX_REQUEST_BYTES {
        bail!("the request is larger than {MAX_REQUEST_BYTES} bytes; a request is one JSON object");
    }
    String::from_utf8(bytes).context("the request is not UTF-8 text")
}

/// The next line into `buf`, kept only up to `MAX_REQUEST_BYTES` (`Err` says
/// why it cannot be a request); `None` at the end of the input.
fn next_line(source: &mut impl BufRead, buf: &mut Vec<u8>) -> Option<Result<(), String>> {
    buf.clear();
    let mut too_long = false;
    let mut any = false;
    loop {
        let chunk = match source.fill_buf() {
            Ok(c) => c,
            Err(e) => return Some(Err(format!("cannot read: {e}"))),
        };
        if chunk.is_empty() {
            return any.then(|| line_result(buf, too_long));
        }
        any = true;
        let newline = chunk.iter().position(|b| *b == b'\n');
        let take = newline.map_or(chunk.len(), |at| at + 1);
        if !too_long {
            buf.extend_from_slice(&chunk[..take]);
            let len = buf.len() - usize::from(newline.is_some());
            if len as u64 > MAX_REQUEST_BYTES {
                too_long = true;
                buf.clear();
            }
        }
        source.consume(take);
        if newline.is_some() {
            return Some(line_result(buf, too_long));
        }
    }
}

fn line_result(buf: &mut Vec<u8>, too_long: bool) -> Result<(), String> {
    if too_long {
        return Err(format!("longer than {MAX_REQUEST_BYTES} bytes"));
    }
    while buf.last().is_some_and(|b| *b == b'\n' || *b == b'\r') {
        buf.pop();
    }
    std::str::from_utf8(buf)
        .map(|_| ())
        .map_err(|_| "not UTF-8 text".to_owned())
}

/// Decides each line as it arrives (memory stays bounded however long the
/// stream); a malformed line gets an error object in its place.
fn run_jsonl(
    mut source: impl BufRead,
    decide: impl Fn(&str) -> Result<WireDecision, RequestError>,
) -> anyhow::Result<i32> {
    let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    let mut malformed = 0usize;
    let mut buf = Vec::with_capacity(1024);
    let mut i = 0usize;
    while let Some(read) = next_line(&mut source, &mut buf) {
        i += 1;
        let decided = read.and_then(|()| {
            let line = std::str::from_utf8(&buf).unwrap_or_default();
            decide(line).map_err(|e| e.to_string())
        });
        match decided {
            Ok(d) => serde_json::to_writer(&mut out, &d)?,
            Err(e) => {
                malformed += 1;
                let err = serde_json::json!({ "error": format!("line {i}: {e}") });
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
