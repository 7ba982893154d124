//! What storage reads and writes: typed records, the same for every
//! backend. The service layer turns them into the domain's views (`model`).

use super::model::{ClaimKind, ClaimRow, ClaimStatus, Money, ParcelDirection, ProductStatus, Role};
use crate::rules::Region;
use crate::rules::codes::{PlanKind, SalesChannel, ServiceChannel, Term, Verdict};
use chrono::{NaiveDate, NaiveDateTime};

/// A product as stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProductRow {
    pub id: i64,
    pub serial: String,
    pub model: String,
    pub channel: SalesChannel,
    pub region: Region,
    pub status: ProductStatus,
    pub replaced_by: Option<String>,
    pub replaces: Option<String>,
    /// The CR plan, shared by every unit of a replacement chain.
    pub base_plan_id: Option<i64>,
}

/// A CR plan as stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BaseRow {
    pub id: i64,
    pub term: Term,
    pub region: Region,
    pub starts: NaiveDate,
    pub ends: NaiveDate,
    pub replacements_total: u32,
    pub replacements_used: u32,
    pub withdrawn_on: Option<NaiveDate>,
}

/// A CR+ plan as stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlusRow {
    pub id: i64,
    pub region: Region,
    pub bought: NaiveDate,
    pub starts: NaiveDate,
    pub ends: NaiveDate,
    pub replacements_used: u32,
    pub warranty_repairs_used: u32,
    pub withdrawn_on: Option<NaiveDate>,
    pub returned_on: Option<NaiveDate>,
    pub card_code: Option<String>,
}

/// A product with its plans.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnitRecord {
    pub product: ProductRow,
    pub base: Option<BaseRow>,
    pub plus: Option<PlusRow>,
}

/// What the lifecycle needs of a stored claim.
#[derive(Clone, Debug)]
pub struct ClaimState {
    pub product_id: i64,
    pub kind: ClaimKind,
    pub channel: ServiceChannel,
    pub status: ClaimStatus,
    pub approved: bool,
    pub plan: Option<PlanKind>,
    /// The claim input as JSON (the service parses it).
    pub input: String,
    pub decided_on: NaiveDate,
    /// The customer's parcel: the last day to ship it, and when it was.
    pub ship_by: Option<NaiveDate>,
    pub shipped_on: Option<NaiveDate>,
}

/// A claim with the decision fields the table row does not carry.
#[derive(Clone, Debug)]
pub struct StoredClaim {
    pub row: ClaimRow,
    pub interpretations: Vec<String>,
    pub customer_pays: Vec<String>,
    pub replacements_left_after: Option<u32>,
    pub input: String,
    pub product_id: i64,
}

/// A claim with its unit and plans, for reports.
#[derive(Clone, Debug)]
pub struct ReportRecord {
    pub id: String,
    pub kind: ClaimKind,
    pub status: ClaimStatus,
    pub approved: bool,
    pub plan: Option<PlanKind>,
    pub rules: Vec<String>,
    pub interpretations: Vec<String>,
    pub customer_pays: Vec<String>,
    pub replacements_left_after: Option<u32>,
    pub input: String,
    pub submitted_on: NaiveDate,
    pub decided_on: NaiveDate,
    pub fee: Option<Money>,
    pub replacement_serial: Option<String>,
    pub ship_by: Option<NaiveDate>,
    pub unit: UnitRecord,
}

// ---------------------------------------------------------------- writes

#[derive(Clone, Debug)]
pub struct NewStaff {
    pub name: String,
    pub role: Role,
    pub pin_hash: Option<String>,
    pub at: NaiveDateTime,
}

/// A CR plan to keep with a new product.
#[derive(Clone, Debug)]
pub struct NewBase {
    pub term: Term,
    pub region: Region,
    pub starts: NaiveDate,
    pub ends: NaiveDate,
    pub replacements_total: u32,
    pub replacements_used: u32,
}

/// CR+ to bind to a CR plan (the rules approved it).
#[derive(Clone, Debug)]
pub struct NewPlus {
    pub region: Region,
    pub bought: NaiveDate,
    pub starts: NaiveDate,
    pub ends: NaiveDate,
    pub replacements_used: u32,
    pub warranty_repairs_used: u32,
    pub card_code: Option<String>,
    pub sold_by: Option<i64>,
}

#[derive(Clone, Debug)]
pub struct NewCard {
    pub code: String,
    pub region: Region,
    pub bound_serial: Option<String>,
    pub bound_on: Option<NaiveDate>,
    pub bound_by: Option<i64>,
    pub added_at: NaiveDateTime,
}

/// A product with its CR plan; demo data may add CR+ and the card it came on.
#[derive(Clone, Debug)]
pub struct NewUnit {
    /// Normalized and checked by the service.
    pub serial: String,
    /// The catalog's spelling.
    pub model: String,
    pub channel: SalesChannel,
    pub region: Region,
    pub base: Option<NewBase>,
    /// Only with `base`: inserted after it, then `card` before it.
    pub plus: Option<NewPlus>,
    pub card: Option<NewCard>,
}

/// A decision as kept with a claim.
#[derive(Clone, Debug)]
pub struct DecisionRecord {
    pub status: ClaimStatus,
    pub approved: bool,
    pub plan: Option<PlanKind>,
    pub rules: Vec<String>,
    pub reasons: Vec<String>,
    pub interpretations: Vec<String>,
    pub customer_pays: Vec<String>,
    pub replacements_left_after: Option<u32>,
    pub fee: Option<Money>,
    pub replacement_number: Option<u32>,
}

/// SPEC §5 advice as the desk showed it when the claim was decided, kept
/// with the claim (the claim detail, the claim PDF and the JSON export show
/// it; the words are those of that day, as with `reasons`).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct AdviceRecord {
    /// One per failed rule, in the decision's order.
    pub steps: Vec<AdviceStepRecord>,
    /// The decision with every step applied.
    pub after_steps: Verdict,
    /// Approved: the last day it stays approved (`None`: through the horizon).
    pub approved_through: Option<NaiveDate>,
    /// Refused: the first later day it would be approved, as it stands.
    pub approvable_from: Option<NaiveDate>,
    /// The windows in words ("The customer must ship the parts by 9 May 2026.").
    pub window: String,
    /// The same words in the desk's other languages, by language tag, so a
    /// claim decided at an English counter reads in German at another (the
    /// fields above are in the language of the counter that decided it).
    /// Empty for claims decided before the words were kept in every language.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub other_languages: std::collections::BTreeMap<String, AdviceWords>,
}

/// An [`AdviceRecord`]'s words in one language.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct AdviceWords {
    /// Each step's reason, in the steps' order.
    pub reasons: Vec<String>,
    /// Each step's text, in the steps' order.
    pub texts: Vec<String>,
    pub window: String,
}

impl AdviceRecord {
    /// The words in `lang` when they were kept in it, else as decided; the
    /// result carries no other languages.
    pub fn in_lang(&self, lang: crate::i18n::Lang) -> AdviceRecord {
        let mut out = AdviceRecord {
            steps: self.steps.clone(),
            after_steps: self.after_steps,
            approved_through: self.approved_through,
            approvable_from: self.approvable_from,
            window: self.window.clone(),
            other_languages: Default::default(),
        };
        let Some(w) = self.other_languages.get(lang.tag()) else {
            return out;
        };
        // Kept words that do not match the steps (a damaged record) are not
        // used: the words as decided stay.
        if w.reasons.len() != out.steps.len() || w.texts.len() != out.steps.len() {
            return out;
        }
        for ((step, reason), text) in out.steps.iter_mut().zip(&w.reasons).zip(&w.texts) {
            step.reason.clone_from(reason);
            step.text.clone_from(text);
        }
        out.window.clone_from(&w.window);
        out
    }
}

/// One failed rule: its reason with the facts of the request, and its step.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct AdviceStepRecord {
    /// The rule ID (`REP-PART`).
    pub rule: String,
    /// The reason, naming what was observed (the exclusion, the parts, the days).
    pub reason: String,
    /// The SPEC §5 remedy code (`remove_parts`, `wait`, `none`, …).
    pub remedy: String,
    /// What the person at the counter tells the customer.
    pub text: String,
}

#[derive(Clone, Debug)]
pub struct NewClaim {
    pub id: String,
    pub product_id: i64,
    pub serial: String,
    pub kind: ClaimKind,
    pub channel: ServiceChannel,
    pub input: String,
    pub submitted_on: NaiveDate,
    pub decided_on: NaiveDate,
    pub decision: DecisionRecord,
    /// The last day the customer's parcel may be shipped, if limited.
    pub ship_by: Option<NaiveDate>,
    /// The day it was shipped, when known at intake.
    pub shipped_on: Option<NaiveDate>,
    pub created_by: i64,
    pub at: NaiveDateTime,
}

#[derive(Clone, Debug)]
pub struct NewEvent {
    pub claim_id: String,
    pub at: NaiveDateTime,
    pub staff_id: i64,
    pub from: Option<ClaimStatus>,
    pub to: ClaimStatus,
    pub note: String,
}

/// A parcel to record with a claim.
#[derive(Clone, Debug)]
pub struct NewParcel {
    pub claim_id: String,
    pub direction: ParcelDirection,
    pub carrier: String,
    pub tracking: String,
    pub shipped_on: Option<NaiveDate>,
    pub received_on: Option<NaiveDate>,
    pub staff_id: i64,
    pub at: NaiveDateTime,
}

#[derive(Clone, Debug)]
pub struct NewAudit {
    pub at: NaiveDateTime,
    pub staff_id: Option<i64>,
    pub action: String,
    pub subject: String,
    pub details: serde_json::Value,
}

impl NewEvent {
    /// The columns the event's chain hash covers.
    pub fn link(&self) -> super::chain::Link {
        super::chain::Link::Event {
            claim_id: self.claim_id.clone(),
            at: self.at,
            staff_id: self.staff_id,
            from: self.from.map(|s| s.code().to_owned()),
            to: self.to.code().to_owned(),
            note: self.note.clone(),
        }
    }
}

impl NewAudit {
    /// The columns the entry's chain hash covers (details as stored: JSON text).
    pub fn link(&self) -> super::chain::Link {
        super::chain::Link::Audit {
            at: self.at,
            staff_id: self.staff_id,
            action: self.action.clone(),
            subject: self.subject.clone(),
            details: self.details.to_string(),
        }
    }
}

// ---------------------------------------------------------------- migrate

/// One stored record, every column, ids kept: what `caredesk migrate`
/// copies from one backend to the other. JSON columns travel as their text.
#[derive(Clone, Debug, PartialEq)]
pub enum Record {
    Staff {
        id: i64,
        name: String,
        role: Role,
        pin_hash: Option<String>,
        created_at: NaiveDateTime,
    },
    BasePlan(BaseRow),
    PlusPlan {
        base_plan_id: i64,
        plus: PlusRow,
        sold_by: Option<i64>,
    },
    Product(ProductRow),
    Card {
        code: String,
        region: Region,
        bound_serial: Option<String>,
        bound_on: Option<NaiveDate>,
        bound_by: Option<i64>,
        added_at: NaiveDateTime,
    },
    /// The last claim number handed out for a year.
    ClaimCounter {
        year: i32,
        last: i64,
    },
    Claim(Box<ClaimRecord>),
    /// A claim's advice (`claim_advice`), the JSON text as stored.
    ClaimAdvice {
        claim_id: String,
        advice: String,
    },
    Event {
        id: i64,
        claim_id: String,
        at: NaiveDateTime,
        staff_id: i64,
        from: Option<ClaimStatus>,
        to: ClaimStatus,
        note: String,
        prev_hash: String,
        hash: String,
    },
    Fee {
        model: String,
        region: Region,
        replacement_number: u32,
        amount: Money,
    },
    Parcel(ParcelRecord),
    /// An SSC appointment, id kept (issue 14).
    Appointment(Box<super::ssc::Appointment>),
    /// A claim's paid-repair quote and the customer's choice (issue 14).
    Quote(super::ssc::QuoteRow),
    /// The data upgrades still pending (`Reads::upgrade_tasks`): a copy
    /// has the same ones as its source.
    UpgradeTasks(Vec<String>),
    Audit {
        id: i64,
        at: NaiveDateTime,
        staff_id: Option<i64>,
        action: String,
        subject: String,
        details: String,
        prev_hash: String,
        hash: String,
    },
    /// A setting kept in the database (key as stored).
    Setting {
        key: String,
        value: String,
    },
    // The service visit (`visit`), after every table above.
    Customer(Box<super::CustomerRow>),
    CustomerChange(super::CustomerChangeRow),
    ProductCustomer(super::ProductCustomerRow),
    ClaimIntake(Box<super::ClaimIntakeRow>),
    Photo(Box<super::PhotoRow>),
    Signature(Box<super::SignatureRow>),
}

/// Every column of a claim.
#[derive(Clone, Debug, PartialEq)]
pub struct ClaimRecord {
    pub id: String,
    pub product_id: i64,
    pub serial: String,
    pub kind: ClaimKind,
    pub channel: ServiceChannel,
    pub status: ClaimStatus,
    pub approved: bool,
    pub plan: Option<PlanKind>,
    pub rules: String,
    pub interpretations: String,
    pub customer_pays: String,
    pub replacements_left_after: Option<u32>,
    pub input: String,
    pub submitted_on: NaiveDate,
    pub decided_on: NaiveDate,
    pub fee: Option<Money>,
    pub replacement_number: Option<u32>,
    pub replacement_serial: Option<String>,
    pub created_by: i64,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    pub reasons: String,
    pub ship_by: Option<NaiveDate>,
    pub shipped_on: Option<NaiveDate>,
}

/// Every column of a parcel.
#[derive(Clone, Debug, PartialEq)]
pub struct ParcelRecord {
    pub id: i64,
    pub claim_id: String,
    pub direction: ParcelDirection,
    pub carrier: String,
    pub tracking: String,
    pub shipped_on: Option<NaiveDate>,
    pub received_on: Option<NaiveDate>,
    pub staff_id: i64,
    pub recorded_at: NaiveDateTime,
}

/// Rows of each kind, compared after `migrate` copies them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct RecordCounts {
    pub staff: u64,
    pub base_plans: u64,
    pub plus_plans: u64,
    pub products: u64,
    pub activation_cards: u64,
    pub claims: u64,
    pub claim_events: u64,
    pub claim_advice: u64,
    pub fee_schedule: u64,
    pub audit_log: u64,
    pub parcels: u64,
    pub customers: u64,
    pub customer_changes: u64,
    pub product_customers: u64,
    pub claim_intakes: u64,
    pub photos: u64,
    pub signatures: u64,
    pub appointments: u64,
    pub claim_quotes: u64,
}

impl RecordCounts {
    /// Counts one record.
    pub fn add(&mut self, r: &Record) {
        match r {
            Record::Staff { .. } => self.staff += 1,
            Record::BasePlan(_) => self.base_plans += 1,
            Record::PlusPlan { .. } => self.plus_plans += 1,
            Record::Product(_) => self.products += 1,
            Record::Card { .. } => self.activation_cards += 1,
            Record::ClaimCounter { .. } | Record::UpgradeTasks(_) => {}
            Record::Claim(_) => self.claims += 1,
            Record::ClaimAdvice { .. } => self.claim_advice += 1,
            Record::Event { .. } => self.claim_events += 1,
            Record::Fee { .. } => self.fee_schedule += 1,
            Record::Parcel(_) => self.parcels += 1,
            Record::Appointment(_) => self.appointments += 1,
            Record::Quote(_) => self.claim_quotes += 1,
            Record::Audit { .. } => self.audit_log += 1,
            Record::Setting { .. } => {}
            Record::Customer(_) => self.customers += 1,
            Record::CustomerChange(_) => self.customer_changes += 1,
            Record::ProductCustomer(_) => self.product_customers += 1,
            Record::ClaimIntake(_) => self.claim_intakes += 1,
            Record::Photo(_) => self.photos += 1,
            Record::Signature(_) => self.signatures += 1,
        }
    }

    pub fn total(&self) -> u64 {
        self.staff
            + self.base_plans
            + self.plus_plans
            + self.products
            + self.activation_cards
            + self.claims
            + self.claim_events
            + self.claim_advice
            + self.fee_schedule
            + self.audit_log
            + self.parcels
            + self.customers
            + self.customer_changes
            + self.product_customers
            + self.claim_intakes
            + self.photos
            + self.signatures
            + self.appointments
            + self.claim_quotes
    }
}

impl std::fmt::Display for RecordCounts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} staff, {} CR plans, {} CR+ plans, {} products, {} cards, {} claims, {} claim events, {} claim advice, {} fees, {} audit entries, {} parcels, {} customers, {} customer edits, {} product owners, {} claim intakes, {} photos, {} signatures, {} appointments, {} quotes",
            self.staff,
            self.base_plans,
            self.plus_plans,
            self.products,
            self.activation_cards,
            self.claims,
            self.claim_events,
            self.claim_advice,
            self.fee_schedule,
            self.audit_log,
            self.parcels,
            self.customers,
            self.customer_changes,
            self.product_customers,
            self.claim_intakes,
            self.photos,
            self.signatures,
            self.appointments,
            self.claim_quotes
        )
    }
}
