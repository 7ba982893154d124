//! The one macro behind every code enum: a closed set of codes, each with its
//! wire spelling (API, database, exports) and the label a person reads.
//!
//! ```ignore
//! code_enum! {
//!     /// Cause of damage reported for a claim.
//!     Cause ("cause code", key "cause") {
//!         UserError => "user_error";
//!         NormalUse => "normal_use";
//!     }
//! }
//! ```
//! The first text in parentheses names the code in an unknown-code error
//! ("unknown cause code `x` (expected one of: …)"); `key` is the prefix of
//! the labels' message keys: the label of `normal_use` is `cause-normal_use`
//! in `assets/i18n/en.ftl` (and every other language's file). Each enum gets
//! `ALL`, `code()`, `label()` (in the desk's language), `label_in(lang)`,
//! `label_key()`, `index()`, `Display` (the code), `FromStr` (with
//! [`UnknownCode`](super::codes::UnknownCode)) and serde as the code.
//! Find them all with `rg 'code_enum!' src/`; `tests/i18n.rs` checks that
//! every label key is in the English file.

/// Declares a code enum; see the module docs.
macro_rules! code_enum {
    (
        $(#[$meta:meta])*
        $name:ident ($what:literal, key $prefix:literal) {
            $($(#[$vmeta:meta])* $variant:ident => $code:literal;)+
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($(#[$vmeta])* $variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// The code used in the API, the store and exports.
            pub const fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }
            /// The message key of the label, `<key>-<code>`.
            pub const fn label_key(self) -> &'static str {
                match self { $($name::$variant => concat!($prefix, "-", $code)),+ }
            }
            /// What a person reads in the window and on paper, in the desk's
            /// language (cheap: formatted once per language, then kept).
            pub fn label(self) -> &'static str {
                $crate::i18n::static_text($crate::i18n::current(), self.label_key())
            }
            /// The label in a given language (a document printed in the
            /// customer's language).
            pub fn label_in(self, lang: $crate::i18n::Lang) -> &'static str {
                $crate::i18n::static_text(lang, self.label_key())
            }
            /// Position in `ALL`; used for bit sets.
            pub const fn index(self) -> usize { self as usize }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.code())
            }
        }

        impl ::std::str::FromStr for $name {
            type Err = $crate::vocab::codes::UnknownCode;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s {
                    $($code => Ok($name::$variant),)+
                    _ => Err($crate::vocab::codes::UnknownCode {
                        what: $what,
                        code: s.to_owned(),
                        expected: &[$($code),+],
                    }),
                }
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.code())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                struct V;
                impl ::serde::de::Visitor<'_> for V {
                    type Value = $name;
                    fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                        write!(f, "one of {}", [$($code),+].join(", "))
                    }
                    fn visit_str<E: ::serde::de::Error>(self, v: &str) -> Result<$name, E> {
                        v.parse().map_err(|e: $crate::vocab::codes::UnknownCode| E::custom(e))
                    }
                }
                d.deserialize_str(V)
            }
        }
    };
}

pub(crate) use code_enum;
