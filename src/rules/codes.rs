//! The fixed codes of SPEC §1 (parts, causes, channels, terms, exclusions).
//! They are the vocabulary of the UI, the store, exports and the decision API,
//! so each has exactly one spelling, given here.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// Declares a code enum with its wire spelling and a human label.
macro_rules! code_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $code:literal, $label:literal;)+ }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// The code used in the API, the store and exports.
            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }
            /// What a person reads in the window.
            pub fn label(self) -> &'static str {
                match self { $($name::$variant => $label),+ }
            }
            /// Position in `ALL`; used for bit sets.
            pub fn index(self) -> usize { self as usize }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.write_str(self.code()) }
        }

        impl FromStr for $name {
            type Err = UnknownCode;
            fn from_str(s: &str) -> Result<Self, UnknownCode> {
                match s {
                    $($code => Ok($name::$variant),)+
                    _ => Err(UnknownCode { what: stringify!($name), code: s.to_owned(),
                        expected: &[$($code),+] }),
                }
            }
        }

        impl Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.code())
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                struct V;
                impl serde::de::Visitor<'_> for V {
                    type Value = $name;
                    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                        write!(f, "one of {}", [$($code),+].join(", "))
                    }
                    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<$name, E> {
                        v.parse().map_err(|e: UnknownCode| E::custom(e))
                    }
                }
                d.deserialize_str(V)
            }
        }
    };
}

/// A code that is not one of the known spellings.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {} code `{code}` (expected one of: {})", human(what), expected.join(", "))]
pub struct UnknownCode {
    pub what: &'static str,
    pub code: String,
    pub expected: &'static [&'static str],
}

fn human(what: &str) -> &'static str {
    match what {
        "Part" => "part",
        "Cause" => "cause",
        "ServiceChannel" => "service channel",
        "SalesChannel" => "sales channel",
        "Term" => "plan term",
        "Exclusion" => "exclusion",
        "RequestKind" => "request kind",
        _ => "",
    }
}

code_enum! {
    /// A part of a product, as the terms name them.
    Part {
        Aircraft => "aircraft", "Aircraft (product body)";
        Gimbal => "gimbal", "Gimbal";
        Camera => "camera", "Camera";
        Propellers => "propellers", "Propellers (pairs)";
        Battery => "battery", "Battery";
        Grip => "grip", "Grip";
        Handle => "handle", "Handle";
        MainBody => "main_body", "Main body";
        MainController => "main_controller", "Main controller";
        Motor => "motor", "Motor";
        Esc => "esc", "ESC";
        VisionSystem => "vision_system", "Vision system";
    }
}

code_enum! {
    /// Cause of damage reported for a claim.
    Cause {
        UserError => "user_error", "User error";
        SignalInterference => "signal_interference", "Signal interference";
        Collision => "collision", "Collision";
        WaterDamage => "water_damage", "Water damage";
        DropDamage => "drop_damage", "Drop damage";
        Accident => "accident", "Accident";
        NormalUse => "normal_use", "Malfunction in normal use";
    }
}

code_enum! {
    /// How the damaged product reaches DJI.
    ServiceChannel {
        Online => "online", "Online (send to repair center)";
        Express => "express", "Express (replacement ships on receipt)";
        Ssc => "ssc", "Swift Service Center";
    }
}

code_enum! {
    /// Where the product was bought.
    SalesChannel {
        Official => "official", "DJI official";
        Authorized => "authorized", "Authorized dealer";
        Unofficial => "unofficial", "Unofficial channel";
    }
}

code_enum! {
    /// Term of the base Care Refresh plan.
    Term {
        OneYear => "1y", "1-Year Plan";
        TwoYear => "2y", "2-Year Plan";
    }
}

code_enum! {
    /// Exclusions observed on a claim (union of the replacement and warranty lists;
    /// which list each belongs to is catalog data).
    Exclusion {
        NonDjiProduct => "non_dji_product", "Damage to a non-DJI product";
        ThirdPartyAccessory => "third_party_accessory", "Used with an unauthorized non-DJI product, accessory or software";
        PartsLost => "parts_lost", "Covered parts are lost";
        PartsStolenOrDiscarded => "parts_stolen_or_discarded", "Covered parts stolen, looted or discarded";
        UnauthorizedRepair => "unauthorized_repair", "Damage from unauthorized repair";
        NotPerManual => "not_per_manual", "Installed, used or operated against the user manual";
        IllegalUse => "illegal_use", "Used for illegal activities";
        DisasterOrWar => "disaster_or_war", "Natural disaster, war, riot or terrorism";
        PaidEnhancement => "paid_enhancement", "Paid technical enhancement";
        IndirectLoss => "indirect_loss", "Indirect loss or anticipated profit";
        PersonalInjuryOrProperty => "personal_injury_or_property", "Personal injury or property loss";
        LegalFees => "legal_fees", "Litigation, arbitration or legal fees";
        UnsuitableConditions => "unsuitable_conditions", "Flown in unsuitable conditions";
        AirworthinessViolation => "airworthiness_violation", "Airworthiness requirements violated";
        ModificationOrDismantling => "modification_or_dismantling", "Modified or dismantled";
        DefectiveBattery => "defective_battery", "Damage from a defective battery";
        CosmeticWear => "cosmetic_wear", "Cosmetic wear that does not affect performance";
    }
}

code_enum! {
    /// What a decision request asks.
    RequestKind {
        PlusPurchase => "plus_purchase", "Buy Care Refresh+";
        Replacement => "replacement", "Replacement";
        ExtendedWarranty => "extended_warranty", "Extended warranty repair";
        PlusReturn => "plus_return", "Return Care Refresh+";
    }
}

code_enum! {
    /// Which plan a decision was made under.
    PlanKind {
        CareRefresh => "care_refresh", "Care Refresh";
        CareRefreshPlus => "care_refresh_plus", "Care Refresh+";
    }
}

code_enum! {
    /// What the customer pays on an approved claim.
    Charge {
        ReplacementFee => "replacement_fee", "Replacement fee";
        TransregionalFees => "transregional_fees", "Transregional shipping, tax and fees";
    }
}

/// A small set of codes stored as bits (all code enums have < 32 variants).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct CodeSet<T> {
    bits: u32,
    _marker: std::marker::PhantomData<T>,
}

pub type PartSet = CodeSet<Part>;
pub type ExclusionSet = CodeSet<Exclusion>;

pub trait Coded: Copy + 'static {
    const ALL_CODES: &'static [Self];
    fn bit(self) -> u32;
}

macro_rules! coded {
    ($($t:ty),+) => {$(
        impl Coded for $t {
            const ALL_CODES: &'static [Self] = <$t>::ALL;
            fn bit(self) -> u32 { 1 << self.index() }
        }
    )+};
}
coded!(Part, Exclusion, Cause);

impl<T: Coded> CodeSet<T> {
    pub const fn empty() -> Self {
        Self {
            bits: 0,
            _marker: std::marker::PhantomData,
        }
    }
    pub fn insert(&mut self, v: T) {
        self.bits |= v.bit();
    }
    pub fn contains(&self, v: T) -> bool {
        self.bits & v.bit() != 0
    }
    pub fn is_empty(&self) -> bool {
        self.bits == 0
    }
    pub fn intersects(&self, other: &Self) -> bool {
        self.bits & other.bits != 0
    }
    pub fn iter(&self) -> impl Iterator<Item = T> + '_ {
        T::ALL_CODES.iter().copied().filter(|v| self.contains(*v))
    }
}

impl<T: Coded> FromIterator<T> for CodeSet<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        let mut s = Self::empty();
        for v in iter {
            s.insert(v);
        }
        s
    }
}
