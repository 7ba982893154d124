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

/// Source text of `src/` without `//` comment lines.
fn sources() -> Vec<(String, String)> {
    fn walk(dir: &Path, out: &mut Vec<(String, String)>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for e in entries.filter_map(Result::ok) {
            let p = e.path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs") {
                let text = std::fs::read_to_string(&p).expect("read");
                let code: Vec<&str> = text
                    .lines()
                    .filter(|l| !l.trim_start().starts_with("//"))
                    .collect();
                out.push((p.display().to_string(), code.join("\n")));
            }
        }
    }
    let mut out = Vec::new();
    walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut out);
    out
}

/// The quoted texts between `"` in a piece of code.
fn quoted(code: &str) -> Vec<&str> {
    code.split('"').skip(1).step_by(2).collect()
}

/// The message keys the vocabulary's macros make: `<key>-<code>` for every
/// `code_enum!`, `rule-<ID>` and `interpretation-<ID>`.
fn generated_keys() -> BTreeSet<String> {
    let mut keys = BTreeSet::new();
    for (_, code) in sources() {
        for (invocation, prefix) in [
            ("code_enum! {", None),
            ("rule_table! {", Some("rule")),
            ("interpretation_table! {", Some("interpretation")),
        ] {
            for block in code.split(invocation).skip(1) {
                let body = block.split("\n}").next().unwrap_or_default();
                let prefix = match prefix {
                    Some(p) => p.to_owned(),
                    None => {
                        let header = body.split_once("key \"").map(|(_, r)| r);
                        let p = header.and_then(|r| r.split_once('"')).map(|(p, _)| p);
                        p.expect("a code_enum! names its key prefix").to_owned()
                    }
                };
                for arm in body.split("=> \"").skip(1) {
                    let code = arm.split('"').next().unwrap_or_default();
                    keys.insert(format!("{prefix}-{code}"));
                }
            }
        }
    }
    keys
}

#[test]
fn every_code_label_rule_reason_and_interpretation_is_in_english() {
    let en = messages(&files().into_iter().find(|(t, _)| t == "en").expect("en").1);
    let keys = generated_keys();
    // 17 code enums, 38 rules, 4 interpretations at the time of writing.
    assert!(keys.len() > 120, "{keys:?}");
    for key in &keys {
        assert!(en.contains_key(key), "en.ftl lacks `{key}`");
        assert!(en[key].is_empty(), "`{key}` takes no arguments");
    }
    for r in caredesk::rules::RuleId::ALL {
        assert!(keys.contains(r.reason_key()));
        assert_ne!(r.reason(), r.reason_key(), "{}", r.id());
    }
    for i in caredesk::rules::Interpretation::ALL {
        assert!(keys.contains(i.text_key()));
        assert_ne!(i.text(), i.text_key(), "{}", i.id());
    }
    use caredesk::rules::{Cause, Part};
    assert_eq!(Part::Aircraft.label_key(), "part-aircraft");
    assert_eq!(Part::Aircraft.label(), "Aircraft (product body)");
    assert_eq!(
        Cause::NormalUse.label_in(Lang::EN),
        "Malfunction in normal use"
    );
    // Looked up once, then kept: the same text, not a new string each frame.
    assert!(std::ptr::eq(Part::Battery.label(), Part::Battery.label()));
    assert!(std::ptr::eq(
        caredesk::rules::RuleId::RepPart.reason(),
        caredesk::rules::RuleId::RepPart.reason_in(Lang::EN)
    ));
}

/// Messages written ahead of the code that will show them: SPEC §5's
/// "until when / from when" sentences, for the advice beside a decision in
/// the window and on the claim PDF (not drawn yet).
const NOT_YET_USED: &[&str] = &[
    "advice-after-steps-approved",
    "advice-after-steps-refused",
    "advice-approvable-from",
    "advice-approved-through",
    "advice-buy-until",
    "advice-never-approvable",
    "advice-ship-by",
];

#[test]
fn every_english_message_is_used() {
    let en = messages(&files().into_iter().find(|(t, _)| t == "en").expect("en").1);
    let mut generated = generated_keys();
    generated.extend(never_send_back_keys());
    let mut literals = BTreeSet::new();
    for (_, code) in sources() {
        literals.extend(quoted(&code).into_iter().map(str::to_owned));
    }
    let unused: Vec<&String> = en
        .keys()
        .filter(|k| !generated.contains(*k) && !literals.contains(*k))
        .filter(|k| !NOT_YET_USED.contains(&k.as_str()))
        .collect();
    assert!(
        unused.is_empty(),
        "en.ftl keys nothing asks for: {unused:?}"
    );
}

/// The keys of the built-in catalog's never-send-back codes
/// (`Catalog::never_send_back_in`).
fn never_send_back_keys() -> Vec<String> {
    let catalog = caredesk::catalog::Catalog::builtin().expect("the built-in catalog");
    catalog
        .never_send_back
        .iter()
        .map(|code| format!("never-send-back-{}", code.replace('_', "-")))
        .collect()
}

/// Every never-send-back code of the built-in catalog has words in every
/// language, which the receipt (in the customer's) and the window use.
#[test]
fn the_never_send_back_list_is_worded_in_every_language() {
    let keys = never_send_back_keys();
    assert_eq!(keys.len(), 6, "{keys:?}");
    let catalog = caredesk::catalog::Catalog::builtin().unwrap();
    for (tag, text) in files() {
        let m = messages(&text);
        for k in &keys {
            assert!(m.contains_key(k), "{tag}.ftl lacks `{k}`");
        }
        let lang = Lang::all().find(|l| l.tag() == tag).unwrap();
        let words = catalog.never_send_back_in(lang);
        assert!(words.iter().all(|w| !w.contains('_')), "{tag}: {words:?}");
    }
    let ko = Lang::all().find(|l| l.tag() == "ko").unwrap();
    assert_eq!(catalog.never_send_back_in(ko)[0], "조종기");
    assert_eq!(catalog.never_send_back_in(Lang::EN)[0], "Remote controller");
}
