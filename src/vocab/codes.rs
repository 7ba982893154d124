//! The fixed codes of SPEC §1 (parts, causes, channels, terms, exclusions),
//! the decision's (plan kinds, charges, verdicts) and the claim lifecycle's
//! (claim kinds and statuses, product statuses, plan services). They are the
//! vocabulary of the UI, the store, exports and the decision API, so each has
//! exactly one spelling and one label, given here.

use super::code_enum::code_enum;

/// A code that is not one of the known spellings.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {what} `{code}` (expected one of: {})", expected.join(", "))]
pub struct UnknownCode {
    /// What the code names, as the error says it ("part code").
    pub what: &'static str,
    pub code: String,
    pub expected: &'static [&'static str],
}

code_enum! {
    /// A part of a product, as the terms name them.
    Part ("part code") {
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
    Cause ("cause code") {
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
    ServiceChannel ("service channel code") {
        Online => "online", "Online (send to repair center)";
        Express => "express", "Express (replacement ships on receipt)";
        Ssc => "ssc", "Swift Service Center";
    }
}

code_enum! {
    /// Where the product was bought.
    SalesChannel ("sales channel code") {
        Official => "official", "DJI official";
        Authorized => "authorized", "Authorized dealer";
        Unofficial => "unofficial", "Unofficial channel";
    }
}

code_enum! {
    /// Term of the base Care Refresh plan.
    Term ("plan term code") {
        OneYear => "1y", "1-Year Plan";
        TwoYear => "2y", "2-Year Plan";
    }
}

code_enum! {
    /// Exclusions observed on a claim (union of the replacement and warranty lists;
    /// which list each belongs to is catalog data).
    Exclusion ("exclusion code") {
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
    RequestKind ("request kind code") {
        PlusPurchase => "plus_purchase", "Buy Care Refresh+";
        Replacement => "replacement", "Replacement";
        ExtendedWarranty => "extended_warranty", "Extended warranty repair";
        PlusReturn => "plus_return", "Return Care Refresh+";
    }
}

code_enum! {
    /// Which plan a decision was made under.
    PlanKind ("plan code") {
        CareRefresh => "care_refresh", "Care Refresh";
        CareRefreshPlus => "care_refresh_plus", "Care Refresh+";
    }
}

code_enum! {
    /// What the customer pays on an approved claim.
    Charge ("charge code") {
        ReplacementFee => "replacement_fee", "Replacement fee";
        TransregionalFees => "transregional_fees", "Transregional shipping, tax and fees";
    }
}

code_enum! {
    /// The outcome of a decision: SPEC §3's `decision` field.
    Verdict ("decision") {
        Approved => "approved", "Approved";
        Refused => "refused", "Refused";
    }
}

impl Verdict {
    pub fn of(approved: bool) -> Verdict {
        if approved {
            Verdict::Approved
        } else {
            Verdict::Refused
        }
    }
}

// The codes of claims and products as the store keeps them. Their unknown-code
// errors name the type (`unknown ClaimStatus `x``), as the CLI has always said.

code_enum! {
    /// What a claim asks for: one of the two services of a plan.
    ClaimKind ("ClaimKind") {
        Replacement => "replacement", "Replacement";
        ExtendedWarranty => "extended_warranty", "Extended warranty repair";
    }
}

impl ClaimKind {
    /// The plan service the claim is made under.
    pub fn service(self) -> PlanService {
        match self {
            ClaimKind::Replacement => PlanService::Replacement,
            ClaimKind::ExtendedWarranty => PlanService::ExtendedWarranty,
        }
    }
}

code_enum! {
    /// Where a claim stands (SPEC §4 lifecycle).
    ClaimStatus ("ClaimStatus") {
        Submitted => "submitted", "Submitted";
        Approved => "approved", "Approved";
        Refused => "refused", "Refused";
        AwaitingProduct => "awaiting_product", "Awaiting product";
        Received => "received", "Received";
        Assessed => "assessed", "Assessed";
        ReplacementShipped => "replacement_shipped", "Replacement shipped";
        PaidRepair => "paid_repair", "Paid repair";
        Repaired => "repaired", "Repaired";
        Closed => "closed", "Closed";
    }
}

code_enum! {
    /// A unit is `reclaimed` once a replacement took its place (it belongs to DJI).
    ProductStatus ("ProductStatus") {
        Active => "active", "Active";
        Reclaimed => "reclaimed", "Reclaimed";
    }
}

code_enum! {
    /// One of the two services a plan provides.
    PlanService ("plan service code") {
        Replacement => "replacement", "Replacement";
        ExtendedWarranty => "extended_warranty", "Extended warranty";
    }
}

code_enum! {
    /// Which way a parcel of a claim travels (SPEC §6 "Parcels").
    ParcelDirection ("parcel direction") {
        /// From the customer to the service center: the damaged unit or parts.
        Inbound => "inbound", "Inbound (damaged unit or parts)";
        /// Back to the customer: the replacement, or the repaired or returned unit.
        Outbound => "outbound", "Outbound (replacement or repaired unit)";
    }
}

code_enum! {
    /// The work queues of open claims (SPEC §6): what a counter has to do next.
    ClaimQueue ("claim queue") {
        /// Approved, the customer's parcel not shipped by its deadline.
        Overdue => "overdue", "Overdue";
        /// Approved, waiting for the customer's parcel (deadline not passed).
        AwaitingProduct => "awaiting_product", "Awaiting product";
        /// The parcel is in; the unit is to be assessed or repaired.
        Received => "received", "Received";
        /// Assessed; the customer chooses the replacement or a paid repair.
        Assessed => "assessed", "Assessed";
        /// A unit is to leave: an express replacement, or a repaired unit going back.
        ReadyToShip => "ready_to_ship", "Ready to ship";
        /// Every claim that is not closed.
        Open => "open", "All open";
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
