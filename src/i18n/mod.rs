//! The one place user-facing text comes from: Project Fluent message files,
//! one per language in `assets/i18n/` (`en.ftl`, …), built into the binary
//! (`build.rs` lists them, so adding a language is adding a file).
//!
//! Codes and rule IDs are never translated; only the words around them.
//! A message missing from a language falls back to English, and a key missing
//! from English shows as the key itself (a test keeps every key present).

pub use fluent_bundle::FluentArgs as Args;
pub mod format;
pub use format::{Zone, day, local_time, money};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentResource, FluentValue};
use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{OnceLock, PoisonError, RwLock};

/// `(language tag, file text)`, English first.
const FILES: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/i18n_files.rs"));

/// A language the desk has a message file for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Lang(usize);

struct Language {
    tag: &'static str,
    bundle: FluentBundle<FluentResource>,
}

fn catalogue() -> &'static [Language] {
    static CATALOGUE: OnceLock<Vec<Language>> = OnceLock::new();
    CATALOGUE.get_or_init(|| FILES.iter().map(|(tag, text)| load(tag, text)).collect())
}

fn load(tag: &'static str, text: &str) -> Language {
    // A syntax error in a shipped file drops only the broken entries (they fall
    // back to English); `tests/i18n.rs` keeps every file free of them.
    let resource = FluentResource::try_new(text.to_owned()).unwrap_or_else(|(res, _)| res);
    let id = tag.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Isolation marks (U+2068/U+2069) around arguments would end up in CLI
    // output, CSV files and PDFs; the texts are not mixed-direction templates.
    bundle.set_use_isolating(false);
    let _ = bundle.add_resource(resource);
    Language { tag, bundle }
}

impl Lang {
    /// English, the language every other one falls back to.
    pub const EN: Lang = Lang(0);

    pub fn all() -> impl Iterator<Item = Lang> {
        (0..catalogue().len()).map(Lang)
    }

    /// The BCP 47 tag of its file, e.g. `zh-Hant`.
    pub fn tag(self) -> &'static str {
        catalogue().get(self.0).map_or("en", |l| l.tag)
    }

    /// The language's own name for itself (`language-name` in its file).
    pub fn name(self) -> String {
        text(self, "language-name")
    }

    /// The best language for a locale or tag (`zh_TW.UTF-8`, `ko-KR`, `de`,
    /// `zh-Hans`), if the desk has one.
    pub fn from_locale(locale: &str) -> Option<Lang> {
        let tag = locale
            .split(['.', '@'])
            .next()
            .unwrap_or_default()
            .replace('_', "-")
            .to_ascii_lowercase();
        let mut parts = tag.split('-');
        let language = parts.next().unwrap_or_default();
        let rest: Vec<&str> = parts.collect();
        let wanted = if language == "zh" {
            let traditional = rest
                .iter()
                .any(|p| matches!(*p, "hant" | "tw" | "hk" | "mo"));
            if traditional { "zh-hant" } else { "zh-hans" }.to_owned()
        } else {
            language.to_owned()
        };
        Lang::all().find(|l| l.tag().eq_ignore_ascii_case(&wanted))
    }
}

/// The workstation's language: the first of the system's preferred locales
/// (`LC_ALL`/`LC_MESSAGES`/`LANG` on Unix, the user's UI languages on Windows
/// and macOS) the desk has a file for.
pub fn system() -> Option<Lang> {
    Lang::from_locales(sys_locale::get_locales())
}

/// A language asked for by name (`--lang`, `CAREDESK_LANG`) that the desk has
/// no file for.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown language `{asked}` (expected one of: {known})")]
pub struct UnknownLang {
    pub asked: String,
    pub known: String,
}

/// The language for a run: the one asked for (`--lang`, `CAREDESK_LANG`),
/// else the system's, else English.
pub fn choose(asked: Option<&str>) -> Result<Lang, UnknownLang> {
    match asked {
        Some(tag) => Lang::from_locale(tag.trim()).ok_or_else(|| UnknownLang {
            asked: tag.to_owned(),
            known: Lang::all().map(Lang::tag).collect::<Vec<_>>().join(", "),
        }),
        None => Ok(system().unwrap_or(Lang::EN)),
    }
}

impl Lang {
    /// The first of a list of preferred locales (most preferred first) the
    /// desk has a file for. `C` or `POSIX` ends the search: that locale
    /// asks for untranslated text, whatever follows it.
    pub fn from_locales<S: AsRef<str>>(locales: impl IntoIterator<Item = S>) -> Option<Lang> {
        for locale in locales {
            let locale = locale.as_ref();
            let name = locale.split(['.', '@']).next().unwrap_or_default();
            if name == "C" || name == "POSIX" {
                return None;
            }
            if let Some(lang) = Lang::from_locale(locale) {
                return Some(lang);
            }
        }
        None
    }
}

static CURRENT: AtomicUsize = AtomicUsize::new(0);

/// The language of the desk's own words (the window, the CLI's messages).
pub fn current() -> Lang {
    Lang(CURRENT.load(Ordering::Relaxed))
}

pub fn set_current(lang: Lang) {
    CURRENT.store(lang.0, Ordering::Relaxed);
}

/// A message without arguments.
pub fn text(lang: Lang, key: &str) -> String {
    lookup(lang, key, None).into_owned()
}

/// A message with arguments (`$name` in the file).
pub fn text_with(lang: Lang, key: &str, args: &Args<'_>) -> String {
    lookup(lang, key, Some(args)).into_owned()
}

/// A message without arguments whose key is fixed in the program (the label
/// of a code, a rule's reason, an interpretation's text), as a `&'static str`.
///
/// These are looked up every frame and in every export, so each (language,
/// key) is formatted once and the text kept for the life of the program: the
/// keys are a fixed set, so what is kept is bounded (a few kilobytes a
/// language). A later lookup is one read-locked map probe.
pub fn static_text(lang: Lang, key: &'static str) -> &'static str {
    type Cache = RwLock<HashMap<(Lang, &'static str), &'static str>>;
    static CACHE: OnceLock<Cache> = OnceLock::new();
    let cache = CACHE.get_or_init(Cache::default);
    let read = cache.read().unwrap_or_else(PoisonError::into_inner);
    if let Some(text) = read.get(&(lang, key)) {
        return text;
    }
    drop(read);
    let text: &'static str = match lookup(lang, key, None) {
        Cow::Borrowed(key) => key,
        Cow::Owned(text) => Box::leak(text.into_boxed_str()),
    };
    let mut write = cache.write().unwrap_or_else(PoisonError::into_inner);
    // Another thread may have formatted it meanwhile: keep the first.
    write.entry((lang, key)).or_insert(text)
}

/// Whether a language's own file has the message (no fallback).
pub fn has(lang: Lang, key: &str) -> bool {
    catalogue()
        .get(lang.0)
        .is_some_and(|l| l.bundle.has_message(key))
}

fn lookup<'a>(lang: Lang, key: &'a str, args: Option<&Args<'_>>) -> Cow<'a, str> {
    let all = catalogue();
    let order = [lang.0, Lang::EN.0];
    for lang in order {
        let Some(language) = all.get(lang) else {
            continue;
        };
        let Some(pattern) = language.bundle.get_message(key).and_then(|m| m.value()) else {
            continue;
        };
        let mut errors = Vec::new();
        let out = language.bundle.format_pattern(pattern, args, &mut errors);
        return Cow::Owned(out.into_owned());
    }
    Cow::Borrowed(key)
}

/// Makes a Fluent argument from a string or a number.
pub fn arg<'a>(v: impl Into<FluentValue<'a>>) -> FluentValue<'a> {
    v.into()
}

/// `tr!("key")` or `tr!("key", name = value, …)`: a message in the desk's
/// current language.
#[macro_export]
macro_rules! tr {
    ($key:expr) => {
        $crate::i18n::text($crate::i18n::current(), $key)
    };
    ($key:expr, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::Args::new();
        $(args.set(stringify!($name), $crate::i18n::arg($value));)+
        $crate::i18n::text_with($crate::i18n::current(), $key, &args)
    }};
}

/// `tr_in!(lang, "key", name = value, …)`: a message in a given language
/// (a customer's receipt, a CLI run with `--lang`).
#[macro_export]
macro_rules! tr_in {
    ($lang:expr, $key:expr) => {
        $crate::i18n::text($lang, $key)
    };
    ($lang:expr, $key:expr, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::Args::new();
        $(args.set(stringify!($name), $crate::i18n::arg($value));)+
        $crate::i18n::text_with($lang, $key, &args)
    }};
}
