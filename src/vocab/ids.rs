//! Every rule of SPEC §2, in the spec's order, each next to the plain-language
//! reason a person at the counter reads to the customer. This is the only place
//! a rule ID is spelled.

use std::fmt;

macro_rules! rule_table {
    ($($variant:ident => $id:literal, $reason:literal;)+) => {
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
            /// The reason, in plain words, citing the terms.
            pub fn reason(self) -> &'static str {
                match self { $(RuleId::$variant => $reason),+ }
            }
            pub fn from_id(id: &str) -> Option<RuleId> {
                match id { $($id => Some(RuleId::$variant),)+ _ => None }
            }
        }
    };
}

rule_table! {
    BuyNoBase => "BUY-NO-BASE",
        "The product has no DJI Care Refresh (1-Year Plan); Care Refresh+ can only be bought for a product that has one.";
    BuyBaseTerm => "BUY-BASE-TERM",
        "The product has DJI Care Refresh (2-Year Plan); Care Refresh+ is not supported for the 2-Year Plan.";
    BuyBaseExpired => "BUY-BASE-EXPIRED",
        "DJI Care Refresh has already expired; Care Refresh+ must be bought before it expires.";
    BuyNoReplacementLeft => "BUY-NO-REPLACEMENT-LEFT",
        "DJI Care Refresh has no product replacement left; Care Refresh+ needs at least one replacement left on it.";
    BuyOnce => "BUY-ONCE",
        "This product (or a unit it replaced) has already had Care Refresh+; each product is eligible only once.";
    BuyRegionUnsupported => "BUY-REGION-UNSUPPORTED",
        "Care Refresh+ is not offered in the region it is being bought in.";
    BuyRegionMismatch => "BUY-REGION-MISMATCH",
        "Care Refresh+ and the product must be bought in the same country or region (service region).";
    BuyChannel => "BUY-CHANNEL",
        "Care Refresh+ can only be bound to a product bought from DJI official or authorized channels.";

    RepExpired => "REP-EXPIRED",
        "The application date is not within the validity period of the replacement service.";
    RepInAdvance => "REP-IN-ADVANCE",
        "Care Refresh has no replacement left, and the Care Refresh+ replacement service cannot be used in advance, before Care Refresh expires.";
    RepNoneLeft => "REP-NONE-LEFT",
        "The replacement times of the plan in effect have been used up.";
    RepWithdrawn => "REP-WITHDRAWN",
        "The customer's withdrawal from the plan in effect has been confirmed, so its replacement service has ended.";
    RepChannel => "REP-CHANNEL",
        "The product was not bought from DJI official or authorized channels.";
    RepRegionMismatch => "REP-REGION-MISMATCH",
        "The plan and the product were bought in different countries or regions, so the service cannot be used.";
    RepMfgDefect => "REP-MFG-DEFECT",
        "The out-of-warranty product was found to have a manufacturing defect before Care Refresh+ took effect, so Care Refresh+ cannot be used for it.";
    RepPart => "REP-PART",
        "A requested part is not covered by the replacement service for this product series.";
    RepPartQty => "REP-PART-QTY",
        "Too many of a part were requested: at most one product body, gimbal or battery, and at most two pairs of propellers per replacement.";
    RepExcluded => "REP-EXCLUDED",
        "The damage falls under an exclusion of the replacement service (for example loss, theft, unauthorized repair or use against the manual).";
    RepShipLate => "REP-SHIP-LATE",
        "The parts were not shipped within 7 natural days of submitting the Online request, or within 3 days for Express.";
    RepOutsideCoverage => "REP-OUTSIDE-COVERAGE",
        "The service was applied for outside the coverage area: Care Refresh+ service is not offered in that region.";
    RepTransregional => "REP-TRANSREGIONAL",
        "The service was applied for outside the plan's service area; it can go ahead only if the customer pays the transregional shipping, tax and other fees.";
    RepPrivacy => "REP-PRIVACY",
        "The customer has not accepted the DJI Privacy Policy, which is required before applying for replacement service.";

    EwNoPlus => "EW-NO-PLUS",
        "The product has no Care Refresh+ bound, which is what provides the extended warranty.";
    EwNotStarted => "EW-NOT-STARTED",
        "The extended warranty starts when Care Refresh (1-Year Plan) expires and cannot be used in advance.";
    EwExpired => "EW-EXPIRED",
        "The application date is past the validity period of the extended warranty service.";
    EwNotOffered => "EW-NOT-OFFERED",
        "Care Refresh+ in EU countries, the UK, Switzerland and Norway provides replacement service only, with no extended warranty.";
    EwWithdrawn => "EW-WITHDRAWN",
        "The customer's withdrawal from Care Refresh+ has been confirmed, so its extended warranty has ended.";
    EwChannel => "EW-CHANNEL",
        "The product was not bought from DJI official or authorized channels.";
    EwRegionMismatch => "EW-REGION-MISMATCH",
        "Care Refresh+ and the product were bought in different countries or regions, so the service cannot be used.";
    EwMfgDefect => "EW-MFG-DEFECT",
        "The out-of-warranty product was found to have a manufacturing defect before Care Refresh+ took effect, so Care Refresh+ cannot be used for it.";
    EwCause => "EW-CAUSE",
        "The extended warranty covers malfunctions in normal use only, not damage from user error or accidents.";
    EwPart => "EW-PART",
        "A part is not covered by the extended warranty for this product series.";
    EwExcluded => "EW-EXCLUDED",
        "The malfunction falls under an exclusion of the extended warranty (for example modification, a defective battery, cosmetic wear or use against the manual).";
    EwShipLate => "EW-SHIP-LATE",
        "The parts were not shipped within 7 natural days of confirming the extended warranty service.";
    EwOutsideCoverage => "EW-OUTSIDE-COVERAGE",
        "The service was applied for outside the coverage area: Care Refresh+ service is not offered in that region.";
    EwArea => "EW-AREA",
        "This product has no international warranty service, so the extended warranty is only available where Care Refresh+ was bought (paying fees does not change this).";

    RetProductNotReturned => "RET-PRODUCT-NOT-RETURNED",
        "Care Refresh+ can only be returned when the product itself was returned under DJI's return policy (Care Refresh is returned first, then Care Refresh+).";
    RetServiceUsed => "RET-SERVICE-USED",
        "Care Refresh+ cannot be returned once its replacement service or extended warranty service has been used.";
}

impl fmt::Display for RuleId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

macro_rules! interpretation_table {
    ($($variant:ident => $id:literal, $text:literal;)+) => {
        /// A reading of the terms where they are ambiguous (SPEC "Interpretation").
        /// Decisions list the ones that shaped them, so the app can show them.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Interpretation { $($variant),+ }

        impl Interpretation {
            pub const ALL: &'static [Interpretation] = &[$(Interpretation::$variant),+];
            pub fn id(self) -> &'static str {
                match self { $(Interpretation::$variant => $id),+ }
            }
            pub fn text(self) -> &'static str {
                match self { $(Interpretation::$variant => $text),+ }
            }
            pub fn from_id(id: &str) -> Option<Interpretation> {
                match id { $($id => Some(Interpretation::$variant),)+ _ => None }
            }
        }
    };
}

interpretation_table! {
    EuServiceRegion => "INT-EU-SERVICE-REGION",
        "All EU member states form one service region, EU: a product bought in France and a plan bought in Germany are in the same service region.";
    EuropeanCap => "INT-EUROPEAN-CAP",
        "European variant (EU, UK, Switzerland, Norway): at most three replacements in the two years of Care Refresh plus Care Refresh+, so Care Refresh+ allows 3 minus the replacements used under Care Refresh. Elsewhere Care Refresh+ allows exactly one.";
    OsmoMobileParts => "INT-OSMO-MOBILE-PARTS",
        "Osmo Mobile: the replacement service covers the main body and the battery (the terms' \"camera and battery\" for the Osmo series does not fit a phone gimbal).";
    SscNoShipDeadline => "INT-SSC-NO-SHIP-DEADLINE",
        "A Swift Service Center appointment has no shipping deadline: the terms set one only for Online (7 natural days) and Express (3 days) requests.";
}
