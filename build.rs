//! Embeds every message file in `assets/i18n/` (one per language), so adding a
//! language is adding a file: the list is generated, not written by hand.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    // The variable as cargo sets it when the script runs, not as it was when
    // the script was compiled: a target directory copied from another
    // checkout must not embed that checkout's files.
    let root = std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default();
    let dir = Path::new(&root).join("assets/i18n");
    println!("cargo::rerun-if-changed={}", dir.display());
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .map(|rd| {
            rd.filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
                .collect()
        })
        .unwrap_or_default();
    // English first: it is the fallback every other language falls back to.
    files.sort_by_key(|p| (p.file_stem().is_none_or(|s| s != "en"), p.clone()));
    let mut out = String::from("&[\n");
    for f in &files {
        println!("cargo::rerun-if-changed={}", f.display());
        let lang = f.file_stem().and_then(|s| s.to_str()).unwrap_or_default();
        let _ = writeln!(out, "    ({lang:?}, include_str!({:?})),", f.display());
    }
    out.push(']');
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap_or_default()).join("i18n_files.rs");
    if let Err(e) = std::fs::write(&dest, out) {
        panic!("cannot write {}: {e}", dest.display());
    }
}
