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
    Part ("part code", key "part") {
        Aircraft => "aircraft";
        Gimbal => "gimbal";
        Camera => "camera";
        Propellers => "propellers";
        Battery => "battery";
        Grip => "grip";
        Handle => "handle";
        MainBody => "main_body";
        MainController => "main_controller";
        Motor => "motor";
        Esc => "esc";
        VisionSystem => "vision_system";
    }
}

code_enum! {
    /// Cause of damage reported for a claim.
    Cause ("cause code", key "cause") {
        UserError => "user_error";
        SignalInterference => "signal_interference";
        Collision => "collision";
        WaterDamage => "water_damage";
        DropDamage => "drop_damage";
        Accident => "accident";
        NormalUse => "normal_use";
    }
}

code_enum! {
    /// How the damaged product reaches DJI.
    ServiceChannel ("service channel code", key "service-channel") {
        Online => "online";
        Express => "express";
        Ssc => "ssc";
    }
}

code_enum! {
    /// Where the product was bought.
    SalesChannel ("sales channel code", key "sales-channel") {
        Official => "official";
        Authorized => "authorized";
        Unofficial => "unofficial";
    }
}

code_enum! {
    /// Term of the base Care Refresh plan.
    Term ("plan term code", key "term") {
        OneYear => "1y";
        TwoYear => "2y";
    }
}

code_enum! {
    /// Exclusions observed on a claim (union of the replacement and warranty lists;
    /// which list each belongs to is catalog data).
    Exclusion ("exclusion code", key "exclusion") {
        NonDjiProduct => "non_dji_product";
        ThirdPartyAccessory => "third_party_accessory";
        PartsLost => "parts_lost";
        PartsStolenOrDiscarded => "parts_stolen_or_discarded";
        UnauthorizedRepair => "unauthorized_repair";
        NotPerManual => "not_per_manual";
        IllegalUse => "illegal_use";
        DisasterOrWar => "disaster_or_war";
        PaidEnhancement => "paid_enhancement";
        IndirectLoss => "indirect_loss";
        PersonalInjuryOrProperty => "personal_injury_or_property";
        LegalFees => "legal_fees";
        UnsuitableConditions => "unsuitable_conditions";
        AirworthinessViolation => "airworthiness_violation";
        ModificationOrDismantling => "modification_or_dismantling";
        DefectiveBattery => "defective_battery";
        CosmeticWear => "cosmetic_wear";
    }
}

code_enum! {
    /// What a decision request asks.
    RequestKind ("request kind code", key "request-kind") {
        PlusPurchase => "plus_purchase";
        Replacement => "replacement";
        ExtendedWarranty => "extended_warranty";
        PlusReturn => "plus_return";
    }
}

code_enum! {
    /// Which plan a decision was made under.
    PlanKind ("plan code", key "plan") {
        CareRefresh => "care_refresh";
        CareRefreshPlus => "care_refresh_plus";
    }
}

code_enum! {
    /// What the customer pays on an approved claim.
    Charge ("charge code", key "charge") {
        ReplacementFee => "replacement_fee";
        TransregionalFees => "transregional_fees";
    }
}

code_enum! {
    /// The outcome of a decision: SPEC §3's `decision` field.
    Verdict ("decision", key "verdict") {
        Approved => "approved";
        Refused => "refused";
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
    ClaimKind ("ClaimKind", key "claim-kind") {
        Replacement => "replacement";
        ExtendedWarranty => "extended_warranty";
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
    ClaimStatus ("ClaimStatus", key "claim-status") {
        Submitted => "submitted";
        Approved => "approved";
        Refused => "refused";
        AwaitingProduct => "awaiting_product";
        Received => "received";
        Assessed => "assessed";
        ReplacementShipped => "replacement_shipped";
        PaidRepair => "paid_repair";
        Repaired => "repaired";
        Closed => "closed";
    }
}

code_enum! {
    /// A unit is `reclaimed` once a replacement took its place (it belongs to DJI).
    ProductStatus ("ProductStatus", key "product-status") {
        Active => "active";
        Reclaimed => "reclaimed";
    }
}

code_enum! {
    /// One of the two services a plan provides.
    PlanService ("plan service code", key "plan-service") {
        Replacement => "replacement";
        ExtendedWarranty => "extended_warranty";
    }
}

code_enum! {
    /// Which way a parcel of a claim travels (SPEC §6 "Parcels").
    ParcelDirection ("parcel direction", key "parcel-direction") {
        /// From the customer to the service center: the damaged unit or parts.
        Inbound => "inbound";
        /// Back to the customer: the replacement, or the repaired or returned unit.
        Outbound => "outbound";
    }
}

code_enum! {
    /// The work queues of open claims (SPEC §6): what a counter has to do next.
    ClaimQueue ("claim queue", key "claim-queue") {
        /// Approved, the customer's parcel not shipped by its deadline.
        Overdue => "overdue";
        /// Approved, waiting for the customer's parcel (deadline not passed).
        AwaitingProduct => "awaiting_product";
        /// The parcel is in; the unit is to be assessed or repaired.
        Received => "received";
        /// Assessed; the customer chooses the replacement or a paid repair.
        Assessed => "assessed";
        /// A unit is to leave: an express replacement, or a repaired unit going back.
        ReadyToShip => "ready_to_ship";
        /// Every claim that is not closed.
        Open => "open";
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
