//! The command line's own usage errors (an unknown flag, a missing
//! argument, a bad value) in the desk's language: clap writes them in
//! English only, so outside English they are worded again from the error's
//! context through the catalogue. The flags, values and the synopsis stay as
//! typed; English keeps clap's own wording.

use crate::i18n::{self, Lang};
use crate::tr;
use clap::builder::StyledStr;
use clap::error::{ContextKind, ContextValue, ErrorFormatter, ErrorKind};

/// The language of a usage error: `--lang NAME` or `--lang=NAME` wherever it
/// is on the line (the line did not parse, so clap cannot say), else
/// `CAREDESK_LANG`, else the system's; an unknown name gives the system's.
pub fn language_of<S: AsRef<std::ffi::OsStr>>(args: &[S]) -> Lang {
    let mut asked = None;
    let mut args = args.iter().map(|a| a.as_ref().to_string_lossy());
    while let Some(a) = args.next() {
        if a == "--lang" {
            asked = args.next().map(|v| v.into_owned());
        } else if let Some(v) = a.strip_prefix("--lang=") {
            asked = Some(v.to_owned());
        }
    }
    let asked = super::asked_language(asked);
    i18n::choose(asked.as_deref())
        .or_else(|_| i18n::choose(None))
        .unwrap_or(Lang::EN)
}

/// Formats clap's errors in the desk's current language.
pub struct Localized;

fn text(v: Option<&ContextValue>) -> Option<String> {
    match v? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::Strings(v) => Some(v.join(", ")),
        ContextValue::StyledStr(s) => Some(s.to_string()),
        ContextValue::StyledStrs(v) => Some(
            v.iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", "),
        ),
        ContextValue::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// What went wrong, in words; `None` when the context does not say.
fn what(e: &clap::error::Error<Localized>) -> Option<String> {
    let get = |k| text(e.get(k));
    let arg = || get(ContextKind::InvalidArg);
    let value = || get(ContextKind::InvalidValue);
    Some(match e.kind() {
        ErrorKind::UnknownArgument => tr!("cli-usage-unknown-arg", arg = arg()?),
        ErrorKind::InvalidSubcommand => tr!(
            "cli-usage-unknown-subcommand",
            subcommand = get(ContextKind::InvalidSubcommand)?
        ),
        ErrorKind::MissingRequiredArgument => {
            tr!("cli-usage-missing", args = arg()?)
        }
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            let (arg, value) = (arg()?, value()?);
            let mut s = if value.is_empty() {
                tr!("cli-usage-no-value", arg = arg)
            } else {
                tr!("cli-usage-invalid-value", arg = arg, value = value)
            };
            if let Some(source) = std::error::Error::source(e) {
                s.push_str(&format!(": {source}"));
            }
            if let Some(values) = get(ContextKind::ValidValue) {
                s.push_str(&format!(
                    "\n  {}",
                    tr!("cli-usage-possible-values", values = values)
                ));
            }
            s
        }
        ErrorKind::ArgumentConflict => {
            let arg = arg()?;
            match get(ContextKind::PriorArg) {
                Some(other) if other == arg => tr!("cli-usage-twice", arg = arg),
                Some(other) => tr!("cli-usage-conflict", arg = arg, other = other),
                None => return None,
            }
        }
        ErrorKind::TooManyValues => tr!("cli-usage-too-many", arg = arg()?, value = value()?),
        ErrorKind::MissingSubcommand => {
            let mut s = tr!(
                "cli-usage-needs-subcommand",
                command = get(ContextKind::InvalidSubcommand)?
            );
            if let Some(values) = get(ContextKind::ValidSubcommand) {
                s.push_str(&format!(
                    "\n  {}",
                    tr!("cli-usage-subcommands", values = values)
                ));
            }
            s
        }
        _ => return None,
    })
}

impl ErrorFormatter for Localized {
    fn format_error(e: &clap::error::Error<Self>) -> StyledStr {
        let prefix = tr!("cli-usage-error");
        // "错误：" carries its own space.
        let gap = if prefix.ends_with('：') { "" } else { " " };
        let mut out = format!("{prefix}{gap}");
        match what(e) {
            Some(w) => out.push_str(&w),
            // A kind the catalogue does not word: clap's words for it.
            None => match (e.kind().as_str(), std::error::Error::source(e)) {
                (_, Some(source)) => out.push_str(&source.to_string()),
                (Some(kind), None) => out.push_str(kind),
                (None, None) => out.push_str(&format!("{:?}", e.kind())),
            },
        }
        for (kind, key) in [
            (
                ContextKind::SuggestedSubcommand,
                "cli-usage-similar-subcommand",
            ),
            (ContextKind::SuggestedArg, "cli-usage-similar-arg"),
            (ContextKind::SuggestedValue, "cli-usage-similar-value"),
        ] {
            if let Some(s) = text(e.get(kind)) {
                out.push_str(&format!("\n\n  {}", tr!(key, suggestion = s)));
            }
        }
        if let Some(usage) = text(e.get(ContextKind::Usage)) {
            let synopsis = usage.trim_start_matches("Usage:").trim_start();
            let title = tr!("cli-usage-usage");
            let gap = if title.ends_with('：') { "" } else { " " };
            out.push_str(&format!("\n\n{title}{gap}{synopsis}"));
        }
        out.push_str(&format!("\n\n{}\n", tr!("cli-usage-more-info")));
        StyledStr::from(out)
    }
}

/// Prints a usage error (or `--help`) as clap would, in the desk's
/// current language (see [`language_of`]) outside English.
pub fn print(e: clap::Error) {
    if i18n::current() == Lang::EN || !e.use_stderr() {
        let _ = e.print();
        return;
    }
    let _ = e.apply::<Localized>().print();
}
