//! No text a person reads in the window is written in the code (issue 16):
//! every one comes from the message catalogue, `tr!("key", name = value)`
//! with its English in `assets/i18n/en.ftl`, so translating the desk is
//! adding a file.
//!
//! The test reads every string literal in `src/ui/` (comments, attributes
//! and `#[cfg(test)]` code aside) and fails on one that has a letter in it,
//! unless it is
//! - the key of a `tr!` / `tr_in!` (checked against en.ftl instead, with the
//!   arguments the code passes, across all of `src/`),
//! - an id that egui hashes and never shows (`Id::unique(…)`, `id_salt(…)`,
//!   `Grid::new(…)`, a side panel's name, …) or a name the system sees (the
//!   thread's, the app id, a `cfg!` predicate),
//! - a format made only of placeholders and punctuation (`"{} · {}"`,
//!   `"%Y-%m-%d"`),
//! - or on the short allow-list below, each entry with its reason.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Literals with letters that are not words for a person, and why.
const ALLOWED: &[(&str, &str, &str)] = &[
    (
        "app/visit.rs",
        "json",
        "a file extension: the file dialog filters on it",
    ),
    (
        "app/visit.rs",
        "jpg",
        "a file extension: the file dialog filters on it",
    ),
    (
        "app/visit.rs",
        "jpeg",
        "a file extension: the file dialog filters on it",
    ),
    (
        "app/visit.rs",
        "png",
        "a file extension: the file dialog filters on it",
    ),
    (
        "app/visit.rs",
        "heic",
        "a file extension: the file dialog filters on it",
    ),
    (
        "app/visit.rs",
        "heif",
        "a file extension: the file dialog filters on it",
    ),
    (
        "app/visit.rs",
        "pdf",
        "a file extension: the file dialog filters on it",
    ),
    (
        "app/apply.rs",
        "csv",
        "a file extension: the file dialog filters on it",
    ),
    (
        "app/ssc.rs",
        "csv",
        "a file extension: the appointments import dialog filters on it",
    ),
    (
        "app/apply.rs",
        "DBUS_SESSION_BUS_ADDRESS",
        "an environment variable's name (is there a session bus for the file dialog)",
    ),
    (
        "fonts.rs",
        "CAREDESK_EXIT_AFTER_FIRST_FRAME",
        "an environment variable's name (the start-up benchmark)",
    ),
    (
        "fonts.rs",
        "CAREDESK_NO_FALLBACK_FONTS",
        "an environment variable's name",
    ),
    ("fonts.rs", "fonts", "a value of that variable"),
    (
        "fonts.rs",
        "caredesk: {line}",
        "the program's name before a line on stderr",
    ),
];

/// Calls whose string argument is an id or a system name, never shown.
const ID_CALLS: &[&str] = &[
    "Id::unique(",
    "IdSalt::new(",
    "id_salt(",
    "from_id_salt(",
    "Grid::new(",
    "Panel::top(",
    "Panel::bottom(",
    "Panel::left(",
    "Panel::right(",
    "Builder::new().name(",
    "with_app_id(",
    "run_native(",
    "on_begin_pass(",
    "on_end_pass(",
];

/// A string literal and where it stands.
#[derive(Debug, Clone)]
struct Literal {
    text: String,
    line: usize,
    /// Where it starts in `Source::code`.
    at: usize,
    in_attribute: bool,
}

/// A file with comments taken out and each literal replaced by `""`, and
/// its literals.
struct Source {
    code: String,
    literals: Vec<Literal>,
}

/// A small lexer: enough of Rust's to find string literals (plain, raw,
/// byte), and tell char literals from lifetimes.
fn lex(text: &str) -> Source {
    let c: Vec<char> = text.chars().collect();
    let mut code = String::new();
    let mut literals = Vec::new();
    let (mut i, mut line) = (0, 1);
    let mut attribute_depth = 0usize;
    let ident = |ch: char| ch.is_alphanumeric() || ch == '_';
    while i < c.len() {
        let ch = c[i];
        let next = c.get(i + 1).copied();
        if ch == '/' && next == Some('/') {
            while i < c.len() && c[i] != '\n' {
                i += 1;
            }
            continue;
        }
        if ch == '/' && next == Some('*') {
            let mut depth = 0;
            while i < c.len() {
                if c[i] == '/' && c.get(i + 1) == Some(&'*') {
                    depth += 1;
                    i += 2;
                } else if c[i] == '*' && c.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    line += usize::from(c[i] == '\n');
                    i += 1;
                }
            }
            continue;
        }
        let prev_ident = i > 0 && ident(c[i - 1]);
        // Raw strings: r"…", r#"…"#, br"…".
        let raw_start = match (ch, next) {
            ('r', Some('"' | '#')) if !prev_ident => Some(i + 1),
            ('b', Some('r')) if !prev_ident && matches!(c.get(i + 2), Some('"' | '#')) => {
                Some(i + 2)
            }
            _ => None,
        };
        if let Some(mut j) = raw_start {
            let mut hashes = 0;
            while c.get(j) == Some(&'#') {
                hashes += 1;
                j += 1;
            }
            if c.get(j) == Some(&'"') {
                let start_line = line;
                let mut k = j + 1;
                let mut body = String::new();
                while let Some(&x) = c.get(k) {
                    if x == '"' && (0..hashes).all(|h| c.get(k + 1 + h) == Some(&'#')) {
                        k += 1 + hashes;
                        break;
                    }
                    line += usize::from(x == '\n');
                    body.push(x);
                    k += 1;
                }
                literals.push(Literal {
                    text: body,
                    line: start_line,
                    at: code.len(),
                    in_attribute: attribute_depth > 0,
                });
                code.push_str("\"\"");
                i = k;
                continue;
            }
        }
        if ch == '"' {
            let start_line = line;
            let mut k = i + 1;
            let mut body = String::new();
            while let Some(&x) = c.get(k) {
                if x == '\\' {
                    body.push(x);
                    if let Some(&y) = c.get(k + 1) {
                        body.push(y);
                    }
                    k += 2;
                    continue;
                }
                if x == '"' {
                    k += 1;
                    break;
                }
                line += usize::from(x == '\n');
                body.push(x);
                k += 1;
            }
            literals.push(Literal {
                text: body,
                line: start_line,
                at: code.len(),
                in_attribute: attribute_depth > 0,
            });
            code.push_str("\"\"");
            i = k;
            continue;
        }
        if ch == '\'' {
            // 'x', '\n', '\u{..}' are chars; 'a (no closing quote) a lifetime.
            if next == Some('\\') {
                let mut k = i + 2;
                while k < c.len() && c[k] != '\'' {
                    k += 1;
                }
                code.push_str("' '");
                i = k + 1;
                continue;
            }
            if c.get(i + 2) == Some(&'\'') {
                code.push_str("' '");
                i += 3;
                continue;
            }
        }
        if ch == '#' && (next == Some('[') || (next == Some('!') && c.get(i + 2) == Some(&'['))) {
            attribute_depth = 1;
            let skip = if next == Some('[') { 2 } else { 3 };
            code.extend(&c[i..i + skip]);
            i += skip;
            continue;
        }
        if attribute_depth > 0 {
            match ch {
                '[' => attribute_depth += 1,
                ']' => attribute_depth -= 1,
                _ => {}
            }
        }
        line += usize::from(ch == '\n');
        code.push(ch);
        i += 1;
    }
    Source { code, literals }
}

/// Byte ranges of `#[cfg(test)]` items (their braces) in lexed code.
fn test_ranges(code: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(at) = code[from..].find("#[cfg(test)]").map(|a| a + from) {
        let Some(open) = code[at..].find('{').map(|o| o + at) else {
            break;
        };
        let mut depth = 0;
        let mut end = code.len();
        for (k, ch) in code[open..].char_indices() {
            match ch {
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        end = open + k;
                        break;
                    }
                }
                _ => {}
            }
        }
        out.push((at, end));
        from = end;
    }
    out
}

/// The code just before a literal, without whitespace.
fn context(code: &str, at: usize) -> String {
    let start = code[..at]
        .char_indices()
        .rev()
        .nth(120)
        .map_or(0, |(k, _)| k);
    code[start..at]
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect()
}

/// Whether the literal is the key of a `tr!` / `tr_in!`.
fn is_key(ctx: &str) -> bool {
    let macro_named = |m: &str| {
        ctx.strip_suffix(m)
            .is_some_and(|before| !before.ends_with(|c: char| c.is_alphanumeric() || c == '_'))
    };
    if macro_named("tr!(") {
        return true;
    }
    // tr_in!(lang, "key" …: one top-level comma after `tr_in!(`.
    let Some(at) = ctx.rfind("tr_in!(") else {
        return false;
    };
    if ctx[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_') {
        return false;
    }
    let inside = &ctx[at + "tr_in!(".len()..];
    let mut depth = 0i32;
    let mut commas = 0;
    for ch in inside.chars() {
        match ch {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth -= 1,
            ',' if depth == 0 => commas += 1,
            _ => {}
        }
        if depth < 0 {
            return false;
        }
    }
    inside.ends_with(',') && commas == 1 && !inside.contains('"')
}

fn is_id(ctx: &str) -> bool {
    if ctx.ends_with("target_os=") || ctx.ends_with("feature=") {
        return true; // a `cfg!` predicate
    }
    let ctx = ctx.trim_end_matches('(');
    ID_CALLS
        .iter()
        .any(|call| ctx.ends_with(call.trim_end_matches('(')))
}

/// What is left of a literal once placeholders (`{…}`, `%Y`) and escapes
/// (`\n`) are taken out: a person reads it if it has a letter.
fn has_words(text: &str) -> bool {
    let mut out = String::new();
    let mut chars = text.chars().peekable();
    while let Some(ch) = chars.next() {
        match ch {
            '{' => {
                for x in chars.by_ref() {
                    if x == '}' {
                        break;
                    }
                }
            }
            '%' | '\\' => {
                chars.next();
            }
            _ => out.push(ch),
        }
    }
    out.chars().any(char::is_alphabetic)
}

/// The names of the arguments a `tr!` passes, from the code after its key.
fn arguments(code: &str, after_key: usize) -> BTreeSet<String> {
    let rest = &code[after_key..];
    let mut names = BTreeSet::new();
    let mut depth = 0i32;
    let bytes: Vec<char> = rest.chars().collect();
    let mut k = 0;
    while k < bytes.len() {
        match bytes[k] {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => {
                depth -= 1;
                if depth < 0 {
                    break;
                }
            }
            ',' if depth == 0 => {
                let tail: String = bytes[k + 1..].iter().collect();
                let tail = tail.trim_start();
                let name: String = tail
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                let after = tail[name.len()..].trim_start();
                if !name.is_empty() && after.starts_with('=') && !after.starts_with("==") {
                    names.insert(name);
                }
            }
            _ => {}
        }
        k += 1;
    }
    names
}

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return out;
    };
    for e in entries.filter_map(Result::ok) {
        let p = e.path();
        if p.is_dir() {
            out.extend(rust_files(&p));
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
    out.sort();
    out
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Literals a person would read, as `file:line "text"`.
fn shown_literals(name: &str, text: &str) -> Vec<String> {
    let src = lex(text);
    let tests = test_ranges(&src.code);
    src.literals
        .iter()
        .filter(|l| !l.in_attribute)
        .filter(|l| !tests.iter().any(|(a, b)| (*a..*b).contains(&l.at)))
        .filter(|l| has_words(&l.text))
        .filter(|l| {
            let ctx = context(&src.code, l.at);
            !is_key(&ctx) && !is_id(&ctx)
        })
        .filter(|l| {
            !ALLOWED
                .iter()
                .any(|(file, text, _)| name.ends_with(file) && l.text == *text)
        })
        .map(|l| format!("{name}:{} \"{}\"", l.line, l.text))
        .collect()
}

/// key → its `$arguments`, from en.ftl.
fn english() -> BTreeMap<String, BTreeSet<String>> {
    let text = std::fs::read_to_string(root().join("assets/i18n/en.ftl")).expect("en.ftl");
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut current = None;
    for line in text.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if !line.starts_with(' ')
            && let Some((key, _)) = line.split_once('=')
        {
            current = Some(key.trim().to_owned());
        }
        let Some(key) = &current else { continue };
        let args = out.entry(key.clone()).or_default();
        let mut rest = line;
        while let Some(at) = rest.find('$') {
            rest = &rest[at + 1..];
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '-')
                .collect();
            args.insert(name);
        }
    }
    out
}

#[test]
fn the_scanner_finds_what_a_person_reads_and_nothing_else() {
    let sample = r##"
        //! ui.label("a doc comment");
        #[derive(Debug)]
        #[doc = "an attribute"]
        fn draw(ui: &mut Ui, lang: Lang) {
            ui.label("Shown to a person");
            ui.heading(format!("Claim {id} filed", id = 1));
            ui.label(tr!("key-one", name = x, count = n));
            ui.label(tr_in!(lang, "key-two"));
            egui::Grid::new(("a_grid", 1)).show(ui, |ui| {});
            ui.push_id(egui::Id::unique("an_id"), |_| {});
            ui.label("{} · {}");
            let mac = cfg!(target_os = "macos");
            ui.label(r#"Raw "words""#);
            let c = '"';
            let s: &'static str = "after a lifetime";
            /* ui.label("in a block comment") */
        }
        #[cfg(test)]
        mod tests {
            fn t() { assert_eq!(x, "expected words"); }
        }
    "##;
    let found = shown_literals("sample.rs", sample);
    let texts: Vec<&str> = found
        .iter()
        .map(|f| f.split_once(' ').map_or("", |(_, t)| t))
        .collect();
    assert_eq!(
        texts,
        vec![
            "\"Shown to a person\"",
            "\"Claim {id} filed\"",
            "\"Raw \"words\"\"",
            "\"after a lifetime\"",
        ],
        "{found:#?}"
    );
    let src = lex(sample);
    let key = src
        .literals
        .iter()
        .find(|l| l.text == "key-one")
        .expect("key literal");
    assert!(is_key(&context(&src.code, key.at)));
    assert!(!is_key("letx=include_str!("), "another macro ending in tr!");
    let names: Vec<String> = arguments(&src.code, key.at + 2).into_iter().collect();
    assert_eq!(names, ["count", "name"]);
}

#[test]
fn no_text_in_src_ui_is_outside_the_message_catalogue() {
    let files = rust_files(&root().join("src/ui"));
    assert!(files.len() >= 15, "src/ui has its files: {files:?}");
    let mut found = Vec::new();
    let mut literals = 0;
    for f in &files {
        let text = std::fs::read_to_string(f).expect("read");
        literals += lex(&text).literals.len();
        let name = f.strip_prefix(root()).unwrap_or(f).display().to_string();
        found.extend(shown_literals(&name, &text));
    }
    assert!(
        literals > 300,
        "the scanner reads the literals ({literals})"
    );
    assert!(
        found.is_empty(),
        "text a person reads, written in the code instead of assets/i18n/en.ftl \
         (use tr!(\"key\", name = value)):\n{}",
        found.join("\n")
    );
}

#[test]
fn every_key_the_code_asks_for_is_in_english_with_the_arguments_it_passes() {
    let en = english();
    let mut problems = Vec::new();
    let mut keys = 0;
    for f in rust_files(&root().join("src")) {
        let text = std::fs::read_to_string(&f).expect("read");
        let src = lex(&text);
        let name = f.strip_prefix(root()).unwrap_or(&f).display().to_string();
        for l in &src.literals {
            if !is_key(&context(&src.code, l.at)) {
                continue;
            }
            keys += 1;
            let passed = arguments(&src.code, l.at + 2);
            match en.get(&l.text) {
                None => problems.push(format!("{name}:{} `{}` is not in en.ftl", l.line, l.text)),
                Some(wanted) if *wanted != passed => problems.push(format!(
                    "{name}:{} `{}` passes {passed:?}, en.ftl uses {wanted:?}",
                    l.line, l.text
                )),
                Some(_) => {}
            }
        }
    }
    assert!(keys > 300, "the scanner finds the keys ({keys})");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
