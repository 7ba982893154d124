//! Shared helpers for the tests that run the real binary on a database of
//! their own: a person signed in by name and PIN (issue 15), a counter made
//! through the command line (Pat Sup its first supervisor, one clerk, the
//! products of a CSV), and the checks of what a command printed.

#![allow(dead_code)] // each test file uses what it needs

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// Pat Sup's PIN, the counter's first supervisor.
pub const SUP_PIN: &str = "999999";

/// `caredesk --db DB ARGS` as `who` with `pin` (no new PIN, no default
/// database from the environment).
pub fn as_person(db: &Path, args: &[&str], who: &str, pin: &str) -> Output {
    Command::new(env!("CARGO_BIN_EXE_caredesk"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env_remove("CAREDESK_DB")
        .env_remove("CAREDESK_NEW_PIN")
        .env("CAREDESK_STAFF", who)
        .env("CAREDESK_PIN", pin)
        .output()
        .expect("run caredesk")
}

/// A command that sets a new PIN (`staff init|add`), as Pat Sup.
pub fn with_new_pin(db: &Path, args: &[&str], pin: &str, new_pin: &str) -> Output {
    Command::new(env!("CARGO_BIN_EXE_caredesk"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env_remove("CAREDESK_DB")
        .env("CAREDESK_STAFF", "Pat Sup")
        .env("CAREDESK_PIN", pin)
        .env("CAREDESK_NEW_PIN", new_pin)
        .output()
        .expect("run caredesk")
}

/// What a successful command printed, as JSON.
pub fn json(o: &Output) -> serde_json::Value {
    assert!(
        o.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    serde_json::from_slice(&o.stdout).expect("JSON on stdout")
}

/// Bad input: exit 2, nothing on stdout, one line on stderr (returned).
pub fn one_line_error(o: &Output) -> String {
    assert_eq!(
        o.status.code(),
        Some(2),
        "stdout: {}",
        String::from_utf8_lossy(&o.stdout)
    );
    assert!(o.stdout.is_empty());
    let err = String::from_utf8_lossy(&o.stderr).to_string();
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    err
}

/// How many entries the audit log holds, as `who` reads it.
pub fn audit_len(db: &Path, who: &str, pin: &str) -> usize {
    json(&as_person(db, &["audit", "--limit", "100000"], who, pin))
        .as_array()
        .unwrap()
        .len()
}

/// A new database `file` in `dir` made through the command line
/// (`--create`): Pat Sup its first supervisor, `clerk` (name, role, PIN)
/// added by him, and the products of `products_csv` imported by the clerk.
pub fn counter(dir: &Path, file: &str, clerk: (&str, &str, &str), products_csv: &str) -> PathBuf {
    let db = dir.join(file);
    let csv = dir.join("products.csv");
    std::fs::write(&csv, products_csv).unwrap();
    json(&with_new_pin(
        &db,
        &["--create", "staff", "init", "Pat Sup"],
        "",
        SUP_PIN,
    ));
    let (name, role, pin) = clerk;
    json(&with_new_pin(
        &db,
        &["staff", "add", name, "--role", role],
        SUP_PIN,
        pin,
    ));
    json(&as_person(
        &db,
        &["import", "products", csv.to_str().unwrap()],
        name,
        pin,
    ));
    db
}
