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

/// A set of region codes, one bit per two-letter code (26 × 26 bits). The rules
/// ask "is this an EU member / a CR+ region" several times per decision; a bit
/// test is much cheaper than hashing, and iteration comes out sorted.
#[derive(Clone, Default, PartialEq, Eq, Hash)]
pub struct RegionSet([u64; 11]);

impl RegionSet {
    /// Bit position of a code; `None` cannot happen for a parsed `Region`, but
    /// an out-of-range code is simply never a member rather than a panic.
    fn slot(r: Region) -> Option<usize> {
        let a = r.0[0].checked_sub(b'A').filter(|a| *a < 26)?;
        let b = r.0[1].checked_sub(b'A').filter(|b| *b < 26)?;
        Some(usize::from(a) * 26 + usize::from(b))
    }

    pub fn insert(&mut self, r: Region) {
        if let Some(s) = Self::slot(r) {
            self.0[s / 64] |= 1 << (s % 64);
        }
    }

    pub fn contains(&self, r: Region) -> bool {
        Self::slot(r).is_some_and(|s| self.0[s / 64] & (1 << (s % 64)) != 0)
    }

    /// The members in code order.
    pub fn iter(&self) -> impl Iterator<Item = Region> + '_ {
        (0..26 * 26usize)
            .filter(move |s| self.0[s / 64] & (1 << (s % 64)) != 0)
            .map(|s| Region([b'A' + (s / 26) as u8, b'A' + (s % 26) as u8]))
    }
}

impl FromIterator<Region> for RegionSet {
    fn from_iter<I: IntoIterator<Item = Region>>(iter: I) -> Self {
        let mut s = RegionSet::default();
        for r in iter {
            s.insert(r);
        }
        s
    }
}

impl fmt::Debug for RegionSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn region_set_membership_and_order() {
        let codes = ["ZZ", "AA", "US", "EU", "GB", "AZ", "ZA"];
        let set: RegionSet = codes
            .iter()
            .filter_map(|c| Region::parse_shape(c))
            .collect();
        for c in codes {
            assert!(set.contains(Region::parse_shape(c).expect("shape")), "{c}");
        }
        for c in ["CA", "AB", "ZY", "DE"] {
            assert!(!set.contains(Region::parse_shape(c).expect("shape")), "{c}");
        }
        let listed: Vec<String> = set.iter().map(|r| r.to_string()).collect();
        assert_eq!(listed, ["AA", "AZ", "EU", "GB", "US", "ZA", "ZZ"]);
        assert!(RegionSet::default().iter().next().is_none());
    }
}
