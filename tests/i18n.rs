//! The message catalogue (`assets/i18n/*.ftl`): every file parses cleanly,
//! every language has every English key with the same `$arguments`, and
//! locales map to the language files the desk has.

use caredesk::i18n::{self, Lang};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// key → the `$arguments` its message uses, for one .ftl file.
fn messages(text: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in text.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if !line.starts_with(' ')
            && let Some((key, _)) = line.split_once('=')
        {
            current = Some(key.trim().to_owned());
            out.entry(key.trim().to_owned()).or_default();
        }
        if let Some(key) = &current {
            let args = out.entry(key.clone()).or_default();
            let mut rest = line;
            while let Some(at) = rest.find('$') {
                rest = &rest[at + 1..];
                let name: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                    .collect();
                args.insert(name);
            }
        }
    }
    out
}

fn files() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/i18n");
    let mut files: Vec<(String, String)> = std::fs::read_dir(&dir)
        .expect("assets/i18n")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .map(|p| {
            let tag = p
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or_default()
                .to_owned();
            (tag, std::fs::read_to_string(&p).expect("read"))
        })
        .collect();
    files.sort();
    files
}

#[test]
fn every_file_parses_without_errors() {
    for (tag, text) in files() {
        if let Err((_, errors)) = fluent_syntax::parser::parse(text.as_str()) {
            panic!("{tag}.ftl: {errors:?}");
        }
    }
}

#[test]
fn every_language_has_every_key_with_the_same_arguments() {
    let all = files();
    let en = all
        .iter()
        .find(|(t, _)| t == "en")
        .map(|(_, text)| messages(text))
        .expect("en.ftl");
    assert!(en.len() > 10);
    for (tag, text) in &all {
        let got = messages(text);
        for (key, args) in &en {
            let Some(theirs) = got.get(key) else {
                panic!("{tag}.ftl lacks `{key}`");
            };
            assert_eq!(theirs, args, "{tag}.ftl `{key}` arguments");
        }
        for key in got.keys() {
            assert!(
                en.contains_key(key),
                "{tag}.ftl has `{key}`, unknown to en.ftl"
            );
        }
    }
}

#[test]
fn the_binary_embeds_every_file_english_first() {
    let tags: Vec<&str> = Lang::all().map(Lang::tag).collect();
    assert_eq!(tags.first(), Some(&"en"));
    assert_eq!(tags.len(), files().len());
    for lang in Lang::all() {
        assert!(i18n::has(lang, "language-name"), "{}", lang.tag());
    }
}

#[test]
fn locales_map_to_languages_and_arguments_are_filled_in() {
    assert_eq!(Lang::from_locale("en_US.UTF-8"), Some(Lang::EN));
    assert_eq!(Lang::from_locale("EN"), Some(Lang::EN));
    assert_eq!(Lang::from_locale("xx_YY"), None);
    let t = i18n::text_with(Lang::EN, "advice-ship-by", &{
        let mut a = i18n::Args::new();
        a.set("date", "9 May 2026");
        a
    });
    assert_eq!(t, "The customer must ship the parts by 9 May 2026.");
    // A key no file has shows as itself rather than vanishing.
    assert_eq!(i18n::text(Lang::EN, "no-such-key"), "no-such-key");
}
