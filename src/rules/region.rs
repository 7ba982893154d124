//! Region codes. A `Region` is an ISO 3166-1 alpha-2 code (or `EU`); a
//! `ServiceRegion` is what the rules compare (EU members fold into `EU`).

use serde::{Deserialize, Serialize};
use std::fmt;

/// An upper-case two-letter region code, as bought or serviced in.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Region([u8; 2]);

impl Region {
    /// The one service region of all EU member states.
    pub const EU: Region = Region(*b"EU");

    /// Parses the *shape* of a code (two ASCII letters, any case). Whether the
    /// code is known is the catalog's business (`Catalog::region`).
    pub fn parse_shape(s: &str) -> Option<Region> {
        let b = s.as_bytes();
        if b.len() == 2 && b.iter().all(u8::is_ascii_alphabetic) {
            Some(Region([
                b[0].to_ascii_uppercase(),
                b[1].to_ascii_uppercase(),
            ]))
        } else {
            None
        }
    }

    pub fn as_str(&self) -> &str {
        // Always two ASCII letters by construction.
        std::str::from_utf8(&self.0).unwrap_or("??")
    }
}

impl fmt::Display for Region {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for Region {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Region({})", self.as_str())
    }
}

impl Serialize for Region {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Region {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Region::parse_shape(&s).ok_or_else(|| {
            serde::de::Error::custom(format!("`{s}` is not a two-letter region code"))
        })
    }
}

/// The region the rules compare: a CR+ region code, `EU` for any EU member
/// state, or the plain code of a region CR+ is not offered in.
pub type ServiceRegion = Region;
