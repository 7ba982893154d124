//! The six languages of the desk (issue 16): every message of `en.ftl` in
//! every language file and no other, with the same `$arguments` (read with
//! Fluent's own parser, select expressions included); every message formats
//! without an error in every language; nothing left in English in the CJK
//! files; locales map to the right file; rule reasons and advice come out
//! translated while codes and rule IDs stay as they are — in process and
//! through `caredesk decide --advise --lang`.

use caredesk::catalog::Catalog;
use caredesk::i18n::{self, Lang};
use caredesk::rules::{RuleId, decide_json_advised};
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use fluent_syntax::ast;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::process::{Command, Output};

/// `(tag, text)` of every file in `assets/i18n/`, sorted by tag.
fn files() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/i18n");
    let mut out: Vec<(String, String)> = std::fs::read_dir(&dir)
        .expect("assets/i18n")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .map(|p| {
            let tag = p.file_stem().and_then(|s| s.to_str()).unwrap_or_default();
            (tag.to_owned(), std::fs::read_to_string(&p).expect("read"))
        })
        .collect();
    out.sort();
    out
}

fn file(tag: &str) -> String {
    files()
        .into_iter()
        .find(|(t, _)| t == tag)
        .map(|(_, text)| text)
        .unwrap_or_else(|| panic!("no {tag}.ftl"))
}

/// message id → the variables its value uses, through Fluent's parser.
fn variables(text: &str) -> BTreeMap<String, BTreeSet<String>> {
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(r) => r,
        Err((_, errors)) => panic!("syntax errors: {errors:?}"),
    };
    let mut out = BTreeMap::new();
    for entry in resource.body {
        match entry {
            ast::Entry::Message(m) => {
                let mut vars = BTreeSet::new();
                if let Some(p) = &m.value {
                    pattern_vars(p, &mut vars);
                }
                for a in &m.attributes {
                    pattern_vars(&a.value, &mut vars);
                }
                let id = m.id.name.to_owned();
                assert!(out.insert(id.clone(), vars).is_none(), "`{id}` twice");
            }
            ast::Entry::Junk { content } => panic!("junk: {content}"),
            _ => {}
        }
    }
    out
}

fn pattern_vars(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for e in &p.elements {
        if let ast::PatternElement::Placeable { expression } = e {
            expression_vars(expression, out);
        }
    }
}

fn expression_vars(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                pattern_vars(&v.value, out);
            }
        }
        ast::Expression::Inline(i) => inline_vars(i, out),
    }
}

fn inline_vars(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, out);
            }
            for a in &arguments.named {
                inline_vars(&a.value, out);
            }
        }
        ast::InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for a in &arguments.positional {
                inline_vars(a, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, out),
        _ => {}
    }
}

const SIX: [(&str, &str); 6] = [
    ("en", "English"),
    ("de", "Deutsch"),
    ("fr", "Français"),
    ("ko", "한국어"),
    ("zh-Hans", "简体中文"),
    ("zh-Hant", "繁體中文"),
];

fn lang(tag: &str) -> Lang {
    Lang::all()
        .find(|l| l.tag() == tag)
        .unwrap_or_else(|| panic!("the desk has no {tag}"))
}

#[test]
fn the_desk_has_six_languages_named_in_their_own_words() {
    let tags: BTreeSet<&str> = Lang::all().map(Lang::tag).collect();
    for (tag, name) in SIX {
        assert!(tags.contains(tag), "{tag} missing from {tags:?}");
        assert_eq!(lang(tag).name(), name);
    }
    assert_eq!(Lang::all().next(), Some(Lang::EN));
}

#[test]
fn every_language_has_exactly_the_english_keys_with_the_same_arguments() {
    let en = variables(&file("en"));
    assert!(en.len() > 500, "{}", en.len());
    let mut problems = Vec::new();
    for (tag, text) in files() {
        let theirs = variables(&text);
        for (key, args) in &en {
            match theirs.get(key) {
                None => problems.push(format!("{tag}.ftl lacks `{key}`")),
                Some(a) if a != args => {
                    problems.push(format!("{tag}.ftl `{key}`: {a:?}, English has {args:?}"));
                }
                Some(_) => {}
            }
        }
        for key in theirs.keys().filter(|k| !en.contains_key(*k)) {
            problems.push(format!("{tag}.ftl has `{key}`, which en.ftl does not"));
        }
    }
    // All at once: after a merge this is the list of messages to translate.
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Formats every message of every file with every argument it names set,
/// once to a word and once to a number (select expressions see both), and
/// fails on any Fluent error or a placeable left unfilled.
#[test]
fn every_message_formats_without_error_in_every_language() {
    for (tag, text) in files() {
        let resource = FluentResource::try_new(text.clone())
            .unwrap_or_else(|(_, e)| panic!("{tag}.ftl: {e:?}"));
        let mut bundle = FluentBundle::new(vec![tag.parse().expect("a BCP 47 tag")]);
        bundle.set_use_isolating(false);
        bundle
            .add_resource(resource)
            .unwrap_or_else(|e| panic!("{tag}.ftl: {e:?}"));
        for (key, vars) in variables(&text) {
            let message = bundle.get_message(&key).expect("parsed above");
            let pattern = message
                .value()
                .unwrap_or_else(|| panic!("{tag} `{key}` empty"));
            for value in [FluentValue::from("ARG"), FluentValue::from(3)] {
                let mut args = FluentArgs::new();
                for v in &vars {
                    args.set(v.clone(), value.clone());
                }
                let mut errors = Vec::new();
                let out = bundle.format_pattern(pattern, Some(&args), &mut errors);
                assert!(errors.is_empty(), "{tag} `{key}`: {errors:?}");
                assert!(!out.trim().is_empty(), "{tag} `{key}` is empty");
                assert!(!out.contains('{'), "{tag} `{key}`: {out}");
            }
        }
    }
}

/// Messages that read the same in every language: the product's name, a
/// command line, a command-line option, default file names, a photo's
/// technical caption (name, size, hash), a PDF footer naming the product.
const SAME_EVERYWHERE: &[&str] = &[
    "app-title",
    "pdf-footer",
    "app-what-staff-option",
    "settings-other-database-command",
    "app-customer-export-file",
    "app-receipt-file",
    "app-label-file",
    "claim-pdf-photo-caption",
    "claims-photo-hover",
];

/// In Chinese and Korean a message identical to the English one and holding
/// an English word was not translated (after a merge, the usual slip).
#[test]
fn nothing_is_left_in_english_in_chinese_and_korean() {
    let en = Lang::EN;
    let keys = variables(&file("en"));
    // Every argument as `1`, so only the message's own words remain.
    let render = |lang: Lang, key: &str, vars: &BTreeSet<String>| {
        let mut args = i18n::Args::new();
        for v in vars {
            args.set(v.clone(), 1);
        }
        i18n::text_with(lang, key, &args)
    };
    for tag in ["zh-Hans", "zh-Hant", "ko"] {
        let theirs = lang(tag);
        let mut left = Vec::new();
        for (key, vars) in &keys {
            if SAME_EVERYWHERE.contains(&key.as_str()) {
                continue;
            }
            let english = render(en, key, vars);
            let has_word = english
                .split(|c: char| !c.is_ascii_lowercase())
                .any(|w| w.len() >= 3);
            if has_word && render(theirs, key, vars) == english {
                left.push(key.clone());
            }
        }
        assert!(left.is_empty(), "{tag}: still English: {left:?}");
    }
    // German and French share words with English ("Status", "Collision"),
    // so only most of it must differ.
    for tag in ["de", "fr"] {
        let same = keys
            .iter()
            .filter(|(k, vars)| render(lang(tag), k, vars) == render(en, k, vars))
            .count();
        assert!(
            same * 10 < keys.len(),
            "{tag}: {same} of {} as in English",
            keys.len()
        );
    }
}

#[test]
fn locales_and_tags_pick_the_right_file() {
    for (locale, tag) in [
        ("zh_CN.UTF-8", "zh-Hans"),
        ("zh-SG", "zh-Hans"),
        ("zh", "zh-Hans"),
        ("zh-Hans-CN", "zh-Hans"),
        ("zh_TW.UTF-8", "zh-Hant"),
        ("zh-HK", "zh-Hant"),
        ("zh_MO", "zh-Hant"),
        ("zh-Hant", "zh-Hant"),
        ("ko_KR.UTF-8", "ko"),
        ("KO", "ko"),
        ("de_DE@euro", "de"),
        ("de-CH", "de"),
        ("fr_CA.UTF-8", "fr"),
        ("en_AU", "en"),
    ] {
        assert_eq!(
            Lang::from_locale(locale).map(Lang::tag),
            Some(tag),
            "{locale}"
        );
    }
    assert_eq!(Lang::from_locale("ja_JP.UTF-8"), None);
    // The first preferred locale the desk has wins; C stops the search
    // (it asks for untranslated text).
    assert_eq!(
        Lang::from_locales(["ja-JP", "ko-KR", "de-DE"]).map(Lang::tag),
        Some("ko")
    );
    assert_eq!(Lang::from_locales(["C", "ko-KR"]), None);
    assert_eq!(Lang::from_locales(["POSIX"]), None);
    assert_eq!(Lang::from_locales(Vec::<String>::new()), None);
    // What `--lang` accepts, and what it refuses with the list of tags.
    assert_eq!(i18n::choose(Some("zh-TW")).map(Lang::tag), Ok("zh-Hant"));
    let err = i18n::choose(Some("xx")).expect_err("unknown");
    for (tag, _) in SIX {
        assert!(err.to_string().contains(tag), "{err}");
    }
}

fn has_hangul(s: &str) -> bool {
    s.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c))
}

fn has_han(s: &str) -> bool {
    s.chars().any(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c))
}

/// SPEC §5 example 08: a refused replacement (REP-PART, REP-PART-QTY,
/// REP-OUTSIDE-COVERAGE, REP-PRIVACY) with a step for each rule.
fn example_08() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/decide-examples/08-advice-counter-steps.json");
    let example: Value =
        serde_json::from_str(&std::fs::read_to_string(path).expect("example 08")).expect("JSON");
    example["request"].to_string()
}

#[test]
fn reasons_and_advice_come_out_in_chinese_and_korean_with_the_same_codes() {
    let catalog = Catalog::builtin().expect("catalog");
    let request = example_08();
    let en = decide_json_advised(&catalog, &request, Lang::EN).expect("decided");
    let en_json = serde_json::to_value(&en).expect("json");
    let rules = [
        "REP-PART",
        "REP-PART-QTY",
        "REP-OUTSIDE-COVERAGE",
        "REP-PRIVACY",
    ];
    assert_eq!(en.rules, rules);
    for (tag, script) in [("zh-Hans", has_han as fn(&str) -> bool), ("ko", has_hangul)] {
        let lang = lang(tag);
        // A rule reason.
        for id in rules {
            let rule = RuleId::ALL.iter().find(|r| r.id() == id).expect("rule");
            let reason = rule.reason_in(lang);
            assert!(script(reason), "{tag} {id}: {reason}");
            assert_ne!(reason, rule.reason_in(Lang::EN));
        }
        // The advice steps: the same rules and remedies, the text translated.
        let wire = decide_json_advised(&catalog, &request, lang).expect("decided");
        let json = serde_json::to_value(&wire).expect("json");
        let steps = json["advice"]["steps"].as_array().expect("steps");
        assert_eq!(steps.len(), rules.len());
        for (i, step) in steps.iter().enumerate() {
            let text = step["text"].as_str().expect("text");
            assert!(script(text), "{tag} step {i}: {text}");
            let english = &en_json["advice"]["steps"][i];
            assert_ne!(step["text"], english["text"]);
            let mut codes = step.clone();
            let mut english_codes = english.clone();
            codes["text"] = Value::Null;
            english_codes["text"] = Value::Null;
            assert_eq!(codes, english_codes, "{tag} step {i}");
        }
        // REP-PART's step names the part in the language, not as its code.
        let part = caredesk::rules::Part::Grip.label_in(lang);
        assert!(steps[0]["text"].as_str().unwrap_or_default().contains(part));
        assert_eq!(json["advice"]["after_steps"], "approved");
    }
}

// ---- the command line

fn caredesk(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_caredesk"));
    // Only what each case sets: no language from the machine running the tests.
    for v in ["CAREDESK_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"] {
        cmd.env_remove(v);
    }
    cmd.args(args).envs(env.iter().copied());
    cmd.output().expect("caredesk runs")
}

fn decide(args: &[&str], env: &[(&str, &str)]) -> Value {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("request.json");
    std::fs::write(&path, example_08()).expect("write");
    let path = path.to_str().expect("utf-8 path");
    let mut all = vec!["decide", "--advise"];
    all.extend_from_slice(args);
    all.push(path);
    let out = caredesk(&all, env);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("one JSON decision")
}

/// The decision with its words taken out: what scripts read.
fn codes(mut v: Value) -> Value {
    v["reasons"] = Value::Null;
    for step in v["advice"]["steps"].as_array_mut().expect("steps") {
        step["text"] = Value::Null;
    }
    v
}

fn words(v: &Value) -> Vec<String> {
    let mut out: Vec<String> = v["reasons"]
        .as_array()
        .expect("reasons")
        .iter()
        .map(|r| r.as_str().unwrap_or_default().to_owned())
        .collect();
    for step in v["advice"]["steps"].as_array().expect("steps") {
        out.push(step["text"].as_str().unwrap_or_default().to_owned());
    }
    out
}

#[test]
fn decide_lang_ko_keeps_the_codes_and_translates_the_words() {
    let en = decide(&["--lang", "en"], &[]);
    let ko = decide(&["--lang", "ko"], &[]);
    assert_eq!(codes(ko.clone()), codes(en.clone()));
    assert_eq!(
        ko["rules"],
        serde_json::json!([
            "REP-PART",
            "REP-PART-QTY",
            "REP-OUTSIDE-COVERAGE",
            "REP-PRIVACY"
        ])
    );
    assert_eq!(ko["decision"], "refused");
    assert_eq!(ko["advice"]["steps"][0]["remedy"], "remove_parts");
    assert_eq!(
        ko["advice"]["steps"][0]["parts"],
        serde_json::json!(["grip"])
    );
    let (en_words, ko_words) = (words(&en), words(&ko));
    assert_eq!(en_words.len(), 8);
    for (e, k) in en_words.iter().zip(&ko_words) {
        assert!(has_hangul(k), "{k}");
        assert!(!has_hangul(e), "{e}");
    }
    // The reasons are the catalogue's, rule by rule.
    let rep_part = RuleId::ALL
        .iter()
        .find(|r| r.id() == "REP-PART")
        .expect("rule");
    assert_eq!(ko["reasons"][0], rep_part.reason_in(lang("ko")));
    assert_eq!(en["reasons"][0], rep_part.reason_in(Lang::EN));
}

#[test]
fn the_language_comes_from_lang_then_caredesk_lang_then_the_system() {
    let hant = decide(&["--lang", "zh-Hant"], &[]);
    assert!(words(&hant).iter().all(|w| has_han(w)));
    // The variable, like the flag.
    assert_eq!(decide(&[], &[("CAREDESK_LANG", "zh_TW")]), hant);
    // The flag wins over the variable.
    assert_eq!(
        decide(&["--lang", "zh-Hant"], &[("CAREDESK_LANG", "de")]),
        hant
    );
    // Neither: the system's locale; C (or nothing) is English.
    let ko = decide(&[], &[("LANG", "ko_KR.UTF-8")]);
    assert!(words(&ko).iter().all(|w| has_hangul(w)));
    let en = decide(&[], &[("LANG", "C.UTF-8")]);
    assert_eq!(en, decide(&["--lang", "en"], &[]));
    assert_eq!(decide(&[], &[]), en);
    let de = decide(&[], &[("LC_ALL", "de_DE.UTF-8"), ("LANG", "ko_KR.UTF-8")]);
    assert_eq!(de, decide(&["--lang", "de"], &[]));
    assert_eq!(codes(de), codes(en));
}

#[test]
fn an_unknown_language_is_bad_input() {
    for (args, env) in [
        (vec!["--lang", "tlh", "decide"], vec![]),
        (vec!["decide"], vec![("CAREDESK_LANG", "tlh")]),
    ] {
        let out = caredesk(&args, &env);
        assert_eq!(out.status.code(), Some(2));
        assert!(out.stdout.is_empty());
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.contains("tlh") && err.contains("zh-Hant"), "{err}");
    }
}

/// A service-layer error on the CLI's error line follows `--lang` too
/// (exit 2, one line, nothing on stdout); the serial stays as typed. (The
/// detail the service layer words itself is still English.)
#[test]
fn cli_errors_follow_lang() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("desk.sqlite3");
    let db = db.to_str().expect("utf-8 path");
    let line = |lang: &str| {
        let out = caredesk(
            &["--db", db, "--create", "--lang", lang, "lookup", "NOSUCH1"],
            &[],
        );
        assert_eq!(out.status.code(), Some(2));
        assert!(out.stdout.is_empty());
        let err = String::from_utf8_lossy(&out.stderr).into_owned();
        assert_eq!(err.lines().count(), 1, "{err}");
        err
    };
    assert_eq!(
        line("en").trim(),
        "caredesk lookup: not found: no product with serial `NOSUCH1`"
    );
    let ko = line("ko");
    assert!(ko.contains("NOSUCH1") && has_hangul(&ko), "{ko}");
    assert!(ko.starts_with("caredesk lookup: 찾을 수 없음: "), "{ko}");
    let hant = line("zh-Hant");
    assert!(hant.contains("NOSUCH1") && has_han(&hant), "{hant}");
}
