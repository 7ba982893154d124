//! Command-line front end: `caredesk` (the GUI) and its scriptable twins.
//! One file per subcommand; `main` only dispatches. Errors are reported here,
//! once, as one line on stderr with exit code 2.

mod decide;

use clap::{Parser, Subcommand};
use std::path::PathBuf;

/// Exit code for bad input (SPEC §3, §4).
pub const EXIT_BAD_INPUT: i32 = 2;

#[derive(Parser, Debug)]
#[command(
    name = "caredesk",
    version,
    about = "Service desk for DJI Care Refresh and Care Refresh+"
)]
pub struct Cli {
    /// Database file (default: the user's data directory; also CAREDESK_DB).
    #[arg(long, global = true, value_name = "PATH")]
    pub db: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Decide one JSON request (SPEC §3); no database is used.
    Decide(decide::DecideArgs),
}

/// Runs the command line; returns the process exit code.
pub fn main() -> i32 {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            // --help and --version are not errors.
            let code = if e.use_stderr() { EXIT_BAD_INPUT } else { 0 };
            let _ = e.print();
            return code;
        }
    };
    match cli.command {
        Some(Command::Decide(args)) => report("decide", args.run()),
        None => {
            eprintln!("caredesk: the desktop app is not built yet; use `caredesk decide`");
            EXIT_BAD_INPUT
        }
    }
}

/// Prints an error as one line and maps it to the exit code.
fn report(cmd: &str, result: anyhow::Result<i32>) -> i32 {
    match result {
        Ok(code) => code,
        Err(e) => {
            let msg = format!("{e:#}").replace('\n', " ");
            eprintln!("caredesk {cmd}: {msg}");
            EXIT_BAD_INPUT
        }
    }
}

/// Reads a FILE argument, or stdin for `-` or none.
pub(crate) fn read_input(file: Option<&std::path::Path>) -> anyhow::Result<String> {
    use anyhow::Context;
    use std::io::Read;
    match file {
        Some(p) if p.as_os_str() != "-" => {
            std::fs::read_to_string(p).with_context(|| format!("cannot read {}", p.display()))
        }
        _ => {
            let mut s = String::new();
            std::io::stdin()
                .read_to_string(&mut s)
                .context("cannot read standard input")?;
            Ok(s)
        }
    }
}
