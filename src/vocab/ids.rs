//! Every rule of SPEC §2, in the spec's order, and the interpretations of the
//! terms. This is the only place a rule ID is spelled. The plain-language
//! reason a person at the counter reads to the customer is in the message
//! catalogue (`rule-<ID>` in `assets/i18n/en.ftl`), as is each
//! interpretation's text (`interpretation-<ID>`).

use std::fmt;

macro_rules! rule_table {
    ($($variant:ident => $id:literal;)+) => {
        /// A rule that can refuse a request. Declaration order is the spec's order,
        /// which is the order refusals are listed in.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum RuleId { $($variant),+ }

        impl RuleId {
            pub const ALL: &'static [RuleId] = &[$(RuleId::$variant),+];
            /// The stable ID, e.g. `REP-SHIP-LATE`.
            pub fn id(self) -> &'static str {
                match self { $(RuleId::$variant => $id),+ }
            }
            /// The message key of the reason, `rule-<ID>`.
            pub const fn reason_key(self) -> &'static str {
                match self { $(RuleId::$variant => concat!("rule-", $id)),+ }
            }
            /// The reason, in plain words, citing the terms, in the desk's language.
            pub fn reason(self) -> &'static str {
                self.reason_in($crate::i18n::current())
            }
            /// The reason in a given language (a customer's document).
            pub fn reason_in(self, lang: $crate::i18n::Lang) -> &'static str {
                $crate::i18n::static_text(lang, self.reason_key())
            }
            pub fn from_id(id: &str) -> Option<RuleId> {
                match id { $($id => Some(RuleId::$variant),)+ _ => None }
            }
        }
    };
}

rule_table! {
    BuyNoBase => "BUY-NO-BASE";
    BuyBaseTerm => "BUY-BASE-TERM";
    BuyBaseExpired => "BUY-BASE-EXPIRED";
    BuyNoReplacementLeft => "BUY-NO-REPLACEMENT-LEFT";
    BuyOnce => "BUY-ONCE";
    BuyRegionUnsupported => "BUY-REGION-UNSUPPORTED";
    BuyRegionMismatch => "BUY-REGION-MISMATCH";
    BuyChannel => "BUY-CHANNEL";

    RepExpired => "REP-EXPIRED";
    RepInAdvance => "REP-IN-ADVANCE";
    RepNoneLeft => "REP-NONE-LEFT";
    RepWithdrawn => "REP-WITHDRAWN";
    RepChannel => "REP-CHANNEL";
    RepRegionMismatch => "REP-REGION-MISMATCH";
    RepMfgDefect => "REP-MFG-DEFECT";
    RepPart => "REP-PART";
    RepPartQty => "REP-PART-QTY";
    RepExcluded => "REP-EXCLUDED";
    RepShipLate => "REP-SHIP-LATE";
    RepOutsideCoverage => "REP-OUTSIDE-COVERAGE";
    RepTransregional => "REP-TRANSREGIONAL";
    RepPrivacy => "REP-PRIVACY";

    EwNoPlus => "EW-NO-PLUS";
    EwNotStarted => "EW-NOT-STARTED";
    EwExpired => "EW-EXPIRED";
    EwNotOffered => "EW-NOT-OFFERED";
    EwWithdrawn => "EW-WITHDRAWN";
    EwChannel => "EW-CHANNEL";
    EwRegionMismatch => "EW-REGION-MISMATCH";
    EwMfgDefect => "EW-MFG-DEFECT";
    EwCause => "EW-CAUSE";
    EwPart => "EW-PART";
    EwExcluded => "EW-EXCLUDED";
    EwShipLate => "EW-SHIP-LATE";
    EwOutsideCoverage => "EW-OUTSIDE-COVERAGE";
    EwArea => "EW-AREA";

    RetProductNotReturned => "RET-PRODUCT-NOT-RETURNED";
    RetServiceUsed => "RET-SERVICE-USED";
}

impl fmt::Display for RuleId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

macro_rules! interpretation_table {
    ($($variant:ident => $id:literal;)+) => {
        /// A reading of the terms where they are ambiguous (SPEC "Interpretation").
        /// Decisions list the ones that shaped them, so the app can show them.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Interpretation { $($variant),+ }

        impl Interpretation {
            pub const ALL: &'static [Interpretation] = &[$(Interpretation::$variant),+];
            pub fn id(self) -> &'static str {
                match self { $(Interpretation::$variant => $id),+ }
            }
            /// The message key of the text, `interpretation-<ID>`.
            pub const fn text_key(self) -> &'static str {
                match self { $(Interpretation::$variant => concat!("interpretation-", $id)),+ }
            }
            /// What the reading is, in plain words, in the desk's language.
            pub fn text(self) -> &'static str {
                self.text_in($crate::i18n::current())
            }
            /// The text in a given language (a customer's document).
            pub fn text_in(self, lang: $crate::i18n::Lang) -> &'static str {
                $crate::i18n::static_text(lang, self.text_key())
            }
            pub fn from_id(id: &str) -> Option<Interpretation> {
                match id { $($id => Some(Interpretation::$variant),)+ _ => None }
            }
        }
    };
}

interpretation_table! {
    EuServiceRegion => "INT-EU-SERVICE-REGION";
    EuropeanCap => "INT-EUROPEAN-CAP";
    OsmoMobileParts => "INT-OSMO-MOBILE-PARTS";
    SscNoShipDeadline => "INT-SSC-NO-SHIP-DEADLINE";
}
