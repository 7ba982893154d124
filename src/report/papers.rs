//! The papers a customer takes home (issue 13): the intake receipt (one
//! A4 or Letter page, in the customer's language where the desk has it) and
//! the 62 mm box label. This is what they say, read through the `Desk`;
//! `pdf::receipt` and `pdf::label` lay them out, `write_receipt` and
//! `write_label` write them all or nothing.

use super::ExportError;
use super::atomic::write_atomically;
use crate::desk::{ClaimDetail, Customer, Desk, StoredSignature};
use crate::i18n::Lang;
use crate::media::barcode;
use crate::rules::advice::WireAdvice;
use crate::store::{ClaimKind, ClaimStatus, IntakeRecord, Money, StoreError};
use crate::vocab::ChecklistItem;
use crate::vocab::codes::{Charge, Part, PlanKind, ServiceChannel};
use chrono::{NaiveDate, NaiveDateTime};
use std::path::Path;

/// Paper sizes a receipt prints on.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Paper {
    #[default]
    A4,
    Letter,
}

impl Paper {
    /// Letter where it is the usual paper (the United States and Canada),
    /// A4 elsewhere.
    pub fn for_region(region: &str) -> Paper {
        match region {
            "US" | "CA" => Paper::Letter,
            _ => Paper::A4,
        }
    }

    /// Width and height in points.
    pub fn size(self) -> (f32, f32) {
        match self {
            Paper::A4 => (595.28, 841.89),
            Paper::Letter => (612.0, 792.0),
        }
    }
}

/// Everything the intake receipt shows.
#[derive(Clone, Debug)]
pub struct Receipt {
    /// The language it is written in: the customer's where the desk has it.
    pub lang: Lang,
    pub claim_id: String,
    pub kind: ClaimKind,
    pub status: ClaimStatus,
    pub channel: ServiceChannel,
    pub service_region: String,
    pub submitted_on: NaiveDate,
    pub decided_on: NaiveDate,
    /// `None`: filed without a customer.
    pub customer: Option<Customer>,
    pub serial: String,
    pub model: String,
    pub parts: Vec<(Part, u32)>,
    /// What the counter recorded (checklist, description, privacy).
    pub intake: Option<IntakeRecord>,
    pub privacy_accepted: bool,
    pub approved: bool,
    pub plan: Option<PlanKind>,
    /// Rule IDs with their reasons, as decided.
    pub rules: Vec<(String, String)>,
    /// SPEC §5 advice, for a refusal.
    pub advice: Option<WireAdvice>,
    pub customer_pays: Vec<Charge>,
    pub fee: Option<Money>,
    pub ship_by: Option<NaiveDate>,
    pub never_send_back: Vec<String>,
    pub signature: Option<StoredSignature>,
    pub photos: usize,
    pub printed_at: NaiveDateTime,
}

impl Receipt {
    /// The receipt of claim `id` as it stands now.
    pub fn of(desk: &Desk, id: &str) -> Result<Receipt, ExportError> {
        let detail = desk.claim(id).map_err(not_found(id))?;
        let claim_id = detail.row.id.clone();
        // The barcode must be printable before anything is laid out.
        barcode::code128(&claim_id).map_err(|e| ExportError::Invalid(e.to_string()))?;
        let customer = desk.claim_customer(&claim_id).map_err(source)?;
        let lang = customer
            .as_ref()
            .map_or_else(crate::i18n::current, Customer::papers_lang);
        let advice = desk.claim_advice(&claim_id, lang).map_err(source)?;
        let signature = desk.signature(&claim_id).map_err(source)?;
        let row = &detail.row;
        Ok(Receipt {
            lang,
            claim_id: claim_id.clone(),
            kind: row.kind,
            status: row.status,
            channel: row.channel,
            service_region: detail.input.service_region.to_string(),
            submitted_on: row.submitted_on,
            decided_on: row.decided_on,
            customer,
            serial: row.serial.clone(),
            model: row.model.clone(),
            parts: detail.input.parts.iter().map(|(p, q)| (*p, *q)).collect(),
            intake: detail.visit.intake.clone(),
            privacy_accepted: detail.input.privacy_accepted,
            approved: detail.decision.approved(),
            plan: detail.decision.plan,
            // The reasons in the receipt's language; a rule this desk does
            // not know keeps the words it was decided with.
            rules: (row.rules.iter())
                .zip(row.reasons.iter().chain(std::iter::repeat(&String::new())))
                .map(|(id, kept)| {
                    let reason = crate::rules::RuleId::from_id(id)
                        .map_or_else(|| kept.clone(), |r| r.reason_in(lang).to_owned());
                    (id.clone(), reason)
                })
                .collect(),
            advice,
            customer_pays: detail.decision.customer_pays.clone(),
            fee: row.fee.clone(),
            ship_by: ship_by(&detail),
            never_send_back: desk.catalog().never_send_back_in(lang),
            signature,
            photos: detail.visit.photos.len(),
            printed_at: chrono::Utc::now().naive_utc(),
        })
    }

    /// The customer's name, "erased" once forgotten, or none.
    pub fn customer_name(&self) -> Option<String> {
        self.customer.as_ref().map(|c| match &c.name {
            Some(n) if !c.erased => n.clone(),
            _ => crate::tr_in!(self.lang, "customer-erased"),
        })
    }

    pub fn part_name(&self, p: Part) -> String {
        p.label_in(self.lang).to_owned()
    }

    /// The checklist items with whether each was ticked (`None`: no intake
    /// record was kept with the claim).
    pub fn checklist(&self) -> Option<Vec<(String, bool)>> {
        let intake = self.intake.as_ref()?;
        Some(
            ChecklistItem::ALL
                .iter()
                .map(|i| (i.text(self.lang), intake.checklist.is_ticked(*i)))
                .collect(),
        )
    }
}

/// What the box label shows.
#[derive(Clone, Debug)]
pub struct Label {
    pub claim_id: String,
    pub serial: String,
    pub model: String,
    pub parts: Vec<(Part, u32)>,
    pub submitted_on: NaiveDate,
    pub ship_by: Option<NaiveDate>,
    /// The customer's name ("erased" once forgotten).
    pub customer: Option<String>,
}

impl Label {
    pub fn of(desk: &Desk, id: &str) -> Result<Label, ExportError> {
        let r = Receipt::of(desk, id)?;
        let customer = r.customer_name();
        Ok(Label {
            claim_id: r.claim_id,
            serial: r.serial,
            model: r.model,
            parts: r.parts,
            submitted_on: r.submitted_on,
            ship_by: r.ship_by,
            customer,
        })
    }
}

/// The day the customer's parcel must leave by (SPEC §6), for an approved
/// claim still waiting for it; `None` otherwise (refused, shipped, or no
/// limit as at a Swift Service Center).
fn ship_by(detail: &ClaimDetail) -> Option<NaiveDate> {
    let row = &detail.row;
    let waiting = matches!(
        row.status,
        ClaimStatus::Approved | ClaimStatus::AwaitingProduct
    );
    (row.approved && waiting && row.shipped_on.is_none() && detail.input.shipped.is_none())
        .then_some(row.ship_by)
        .flatten()
}

fn not_found(id: &str) -> impl Fn(StoreError) -> ExportError + '_ {
    move |e| match e {
        StoreError::NotFound(_) => ExportError::UnknownClaim(id.trim().to_string()),
        other => ExportError::Source(other.to_string()),
    }
}

fn source(e: StoreError) -> ExportError {
    ExportError::Source(e.to_string())
}

/// Writes claim `id`'s intake receipt to `target` (all or nothing).
pub fn write_receipt(
    desk: &Desk,
    id: &str,
    paper: Paper,
    target: &Path,
) -> Result<(Receipt, u64), ExportError> {
    let receipt = Receipt::of(desk, id)?;
    let bytes = write_atomically(target, |out| {
        super::pdf::write_receipt(out, &receipt, paper)
    })?;
    Ok((receipt, bytes))
}

/// Writes claim `id`'s box label to `target` (all or nothing).
pub fn write_label(desk: &Desk, id: &str, target: &Path) -> Result<(Label, u64), ExportError> {
    let label = Label::of(desk, id)?;
    let bytes = write_atomically(target, |out| super::pdf::write_label(out, &label))?;
    Ok((label, bytes))
}
