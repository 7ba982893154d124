//! The command line's own usage errors in the language asked for (issue
//! 16): clap words them in English, the desk in its six languages — the
//! flags, values and synopsis as typed, exit code 2 (bad input) either way.

use std::process::{Command, Output};

fn caredesk(args: &[&str], lang_env: Option<&str>) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_caredesk"));
    c.args(args).env_remove("CAREDESK_LANG");
    if let Some(l) = lang_env {
        c.env("CAREDESK_LANG", l);
    }
    c.output().expect("run caredesk")
}

fn usage_error(args: &[&str], lang_env: Option<&str>) -> String {
    let out = caredesk(args, lang_env);
    assert_eq!(out.status.code(), Some(2), "{args:?}: exit 2 (bad input)");
    assert!(
        out.stdout.is_empty(),
        "{args:?}: nothing on standard output"
    );
    String::from_utf8(out.stderr).expect("UTF-8")
}

#[test]
fn a_mistyped_subcommand_in_german_names_it_and_the_one_meant() {
    let e = usage_error(&["--lang", "de", "claim", "fil"], None);
    assert!(
        e.starts_with("Fehler: unbekannter Unterbefehl 'fil'"),
        "{e}"
    );
    assert!(
        e.contains("Tipp: ein ähnlicher Unterbefehl ist 'file'"),
        "{e}"
    );
    assert!(e.contains("Aufruf: caredesk claim"), "{e}");
    assert!(e.contains("Mehr dazu mit '--help'."), "{e}");
    assert!(!e.contains("error:") && !e.contains("Usage:"), "{e}");
}

#[test]
fn missing_arguments_in_korean_and_an_unknown_flag_in_traditional_chinese() {
    let e = usage_error(&["--lang", "ko", "claim", "file"], None);
    assert!(
        e.starts_with("오류: 다음 필수 인수가 없습니다: <SERIAL>, <FILE>"),
        "{e}"
    );
    assert!(
        e.contains("사용법: caredesk claim file <SERIAL> <FILE>"),
        "{e}"
    );
    // --lang after the subcommand, where the line stopped parsing.
    let e = usage_error(&["lookup", "--bogus", "--lang", "zh-Hant"], None);
    assert!(e.starts_with("錯誤：非預期的參數「--bogus」"), "{e}");
    assert!(e.contains("用法：caredesk lookup"), "{e}");
}

#[test]
fn a_bad_value_in_french_carries_the_reason_in_french() {
    let e = usage_error(&["--lang=fr", "export", "--format", "xyz"], None);
    assert!(
        e.starts_with("erreur : valeur 'xyz' invalide pour '--format"),
        "{e}"
    );
    assert!(
        e.contains("format \"xyz\" inconnu (attendu : csv, pdf ou json)"),
        "{e}"
    );
}

#[test]
fn the_language_can_come_from_the_environment() {
    let e = usage_error(&["decide", "--nope"], Some("zh-Hans"));
    assert!(e.starts_with("错误：意外的参数“--nope”"), "{e}");
}

#[test]
fn english_keeps_clap_s_own_words_and_help_is_not_an_error() {
    let e = usage_error(&["--lang", "en", "claim", "fil"], None);
    assert!(e.starts_with("error: unrecognized subcommand 'fil'"), "{e}");
    assert!(e.contains("Usage: caredesk claim"), "{e}");
    let help = caredesk(&["--lang", "de", "claim", "--help"], None);
    assert_eq!(help.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&help.stdout).contains("file"));
}
