//! The claim at the counter (SPEC §6): filing with the customer, who
//! recorded their acceptance of the privacy policy and when (REP-PRIVACY),
//! the intake checklist and the damage description; photos of the damage,
//! at intake or later; the customer's signature.
//!
//! The claim itself is filed by `claims::file_claim_in`, unchanged; what the
//! counter adds is kept beside it (`claim_intake`, `claim_photos`,
//! `claim_signatures`) in the same transaction: the photos and the signature
//! taken before the claim existed are filed with it, all or nothing.

use super::customers::{Customer, add_in, link_in, usable_customer};
use super::{Desk, Result, audit, now};
use crate::media::photo::Photo;
use crate::media::signature::Signature;
use crate::store::{
    ClaimDetail, ClaimInput, ClaimIntakeRow, ClaimKind, ClaimVisit, CustomerFields, IntakeRecord,
    NewPhoto, PhotoMeta, PhotoRow, Reads, SignatureInfo, SignatureRow, StoreError, Txn,
};
use crate::tr;
use crate::vocab::Checklist;
use chrono::{NaiveDate, NaiveDateTime};
use serde::Serialize;
use std::collections::HashMap;
use std::sync::Arc;

/// The longest damage description kept, in characters.
pub const MAX_DESCRIPTION: usize = 4_000;

/// Who the claim is for: a customer found, or one created with the claim.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IntakeCustomer {
    Existing(i64),
    New(CustomerFields),
}

/// What the counter records with a claim besides the claim itself.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Intake {
    pub customer: Option<IntakeCustomer>,
    /// The ticked items of the intake checklist.
    pub checklist: Checklist,
    /// The damage (or, for the extended warranty, the fault) in the
    /// customer's words; kept exactly as typed.
    pub description: String,
    /// File even though the checklist is not complete or the description is
    /// empty: the person filing confirmed it (asked, never assumed).
    pub confirm_incomplete: bool,
}

impl Intake {
    /// What is incomplete, in words (empty when complete).
    pub fn missing(&self) -> Vec<String> {
        let lang = crate::i18n::current();
        let mut out = Vec::new();
        let missing = self.checklist.missing();
        if !missing.is_empty() {
            let items: Vec<String> = missing.into_iter().map(|i| i.short(lang)).collect();
            out.push(tr!("intake-not-ticked", items = items.join(", ")));
        }
        if self.description.trim().is_empty() {
            out.push(tr!("intake-no-description"));
        }
        out
    }
}

/// What the counter took before the claim existed, filed with it in its
/// transaction: photos of the damage (read and checked already, off the UI
/// thread) and the customer's signature.
#[derive(Clone, Debug, Default)]
pub struct IntakeAttachments {
    pub photos: Vec<Arc<Photo>>,
    pub signature: Option<Signature>,
}

/// The same photo twice in one filing is refused before anything is
/// written (the store would refuse the second inside the transaction).
fn same_photo_twice(photos: &[Arc<Photo>]) -> Result<()> {
    for (i, p) in photos.iter().enumerate() {
        if let Some(first) = photos[..i].iter().find(|q| q.sha256 == p.sha256) {
            return Err(StoreError::Invalid(tr!(
                "intake-photo-twice",
                name = first.name.as_str(),
                other = p.name.as_str()
            )));
        }
    }
    Ok(())
}

/// A signature checked before the transaction, with its strokes as kept.
struct CheckedSignature {
    signature: Signature,
    strokes: String,
}

fn check_signature(signature: &Signature) -> Result<CheckedSignature> {
    let signature = signature.clone().without_empty_strokes();
    signature
        .check()
        .map_err(|e| StoreError::Invalid(e.to_string()))?;
    let strokes = serde_json::to_string(&signature.strokes)
        .map_err(|e| StoreError::Invalid(e.to_string()))?;
    Ok(CheckedSignature { signature, strokes })
}

/// A claim's signature as kept.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct StoredSignature {
    /// `None` once the customer was forgotten.
    pub signature: Option<Signature>,
    pub signed_at: NaiveDateTime,
    pub recorded_by: String,
    pub erased: bool,
}

fn staff_names(r: &mut dyn Reads) -> Result<HashMap<i64, String>> {
    Ok(r.staff()?.into_iter().map(|s| (s.id, s.name)).collect())
}

fn name_of(names: &HashMap<i64, String>, id: i64) -> String {
    names
        .get(&id)
        .cloned()
        .unwrap_or_else(|| format!("staff #{id}"))
}

fn parse_checklist(claim: &str, json: &str) -> Result<Checklist> {
    serde_json::from_str(json)
        .map_err(|e| StoreError::Corrupt(format!("claim {claim} checklist: {e}")))
}

fn stroke_count(claim: &str, json: &str) -> Result<usize> {
    let strokes: Vec<Vec<[f32; 2]>> = serde_json::from_str(json)
        .map_err(|e| StoreError::Corrupt(format!("claim {claim} signature: {e}")))?;
    Ok(strokes.len())
}

/// The visit's part of a claim's detail.
pub(super) fn claim_visit(r: &mut dyn Reads, id: &str) -> Result<ClaimVisit> {
    let intake = r.claim_intake(id)?;
    let photos = r.photos(id)?;
    let signature = r.signature(id)?;
    if intake.is_none() && photos.is_empty() && signature.is_none() {
        return Ok(ClaimVisit::default());
    }
    let names = staff_names(r)?;
    let customer = r.claim_customers(&[id])?.remove(id);
    let intake = match intake {
        None => None,
        Some(i) => {
            let checklist = parse_checklist(id, &i.checklist)?;
            Some(IntakeRecord {
                privacy_recorded_by: i.privacy_recorded_by.map(|s| name_of(&names, s)),
                privacy_recorded_at: i.privacy_recorded_at,
                checklist_complete: checklist.is_complete(),
                checklist,
                incomplete_confirmed: i.incomplete_confirmed,
                description: i.description,
                recorded_by: name_of(&names, i.recorded_by),
                recorded_at: i.recorded_at,
            })
        }
    };
    let signature = match signature {
        None => None,
        Some(s) => Some(SignatureInfo {
            signed_at: s.signed_at,
            recorded_by: name_of(&names, s.recorded_by),
            strokes: match &s.strokes {
                Some(j) => stroke_count(id, j)?,
                None => 0,
            },
            png: s.png.is_some(),
            erased: s.erased_at.is_some(),
        }),
    };
    Ok(ClaimVisit {
        customer,
        intake,
        photos,
        signature,
    })
}

/// Checks a description: several lines, no other control characters.
fn clean_description(d: &str) -> Result<String> {
    if d.chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
    {
        return Err(StoreError::Invalid(tr!(
            "customer-field-control",
            field = "description"
        )));
    }
    if d.chars().count() > MAX_DESCRIPTION {
        return Err(StoreError::Invalid(tr!(
            "customer-field-too-long",
            field = "description",
            max = MAX_DESCRIPTION.to_string()
        )));
    }
    Ok(if d.trim().is_empty() {
        String::new()
    } else {
        d.to_owned()
    })
}

fn claim_exists(r: &mut dyn Reads, id: &str) -> Result<()> {
    match r.claim_state(id)? {
        Some(_) => Ok(()),
        None => Err(StoreError::NotFound(crate::tr!(
            "desk-err-no-claim",
            id = id.to_string()
        ))),
    }
}

/// An intake checked before its transaction: the description as kept,
/// whether it is incomplete (and so was confirmed), a new customer's fields.
pub(super) struct CheckedIntake<'a> {
    intake: &'a Intake,
    description: String,
    incomplete: bool,
    new_customer: Option<CustomerFields>,
    photos: Vec<Arc<Photo>>,
    signature: Option<CheckedSignature>,
}

impl Intake {
    /// Checks what can be checked before the transaction: the description,
    /// the confirmation an incomplete intake needs, a new customer's fields,
    /// the signature drawn, no photo twice.
    pub(super) fn check_with(&self, attached: &IntakeAttachments) -> Result<CheckedIntake<'_>> {
        let signature = attached
            .signature
            .as_ref()
            .map(check_signature)
            .transpose()?;
        same_photo_twice(&attached.photos)?;
        let description = clean_description(&self.description)?;
        let missing = self.missing();
        if !missing.is_empty() && !self.confirm_incomplete {
            return Err(StoreError::NeedsConfirmation(tr!(
                "intake-incomplete",
                missing = missing.join("; ")
            )));
        }
        let new_customer = match &self.customer {
            Some(IntakeCustomer::New(f)) => Some(super::customers::clean(f)?),
            _ => None,
        };
        Ok(CheckedIntake {
            intake: self,
            description,
            incomplete: !missing.is_empty(),
            new_customer,
            photos: attached.photos.clone(),
            signature,
        })
    }
}

/// The claim a counter takes in: the product, the kind, the request, the
/// day it is decided for.
pub(super) struct Filing<'a> {
    pub serial: &'a str,
    pub kind: ClaimKind,
    pub input: &'a ClaimInput,
    pub on: NaiveDate,
}

/// Files a claim with its intake record, photos and signature inside the
/// caller's transaction
/// (see [`Desk::file_claim_at_intake`]); `customer` stands in when the
/// intake names none (the customer an appointment was checked in with).
/// Returns the claim's id.
pub(super) fn file_intake_in(
    tx: &mut dyn Txn,
    catalog: &crate::catalog::Catalog,
    (actor, at, today): (i64, NaiveDateTime, NaiveDate),
    f: &Filing<'_>,
    checked: &CheckedIntake<'_>,
    customer: Option<i64>,
) -> Result<String> {
    let intake = checked.intake;
    let input = f.input;
    let customer = match (&intake.customer, &checked.new_customer) {
        (Some(IntakeCustomer::Existing(c)), _) => Some(usable_customer(tx, *c)?.id),
        (Some(IntakeCustomer::New(_)), Some(fields)) => Some(add_in(tx, Some(actor), fields, at)?),
        _ => customer
            .map(|c| usable_customer(tx, c))
            .transpose()?
            .map(|c| c.id),
    };
    let (id, _) =
        super::claims::file_claim_in(tx, catalog, actor, f.serial, f.kind, input, f.on, at, today)?;
    let product_id = tx
        .claim_state(&id)?
        .ok_or(StoreError::Unfinished("the claim just filed is missing"))?
        .product_id;
    tx.insert_claim_intake(&ClaimIntakeRow {
        claim_id: id.clone(),
        customer_id: customer,
        privacy_recorded_by: input.privacy_accepted.then_some(actor),
        privacy_recorded_at: input.privacy_accepted.then_some(at),
        checklist: serde_json::to_string(&intake.checklist.codes()).unwrap_or_else(|_| "[]".into()),
        incomplete_confirmed: checked.incomplete,
        description: checked.description.clone(),
        recorded_at: at,
        recorded_by: actor,
    })?;
    if let Some(c) = customer {
        let serial = tx
            .unit_by_id(product_id)?
            .map(|u| u.product.serial)
            .unwrap_or_default();
        link_in(tx, actor, product_id, &serial, c, at)?;
    }
    audit(
        tx,
        Some(actor),
        at,
        "intake",
        &id,
        serde_json::json!({
            "customer": customer,
            "privacy_recorded": input.privacy_accepted,
            "checklist": intake.checklist.codes(),
            "incomplete_confirmed": checked.incomplete,
            "description": !checked.description.is_empty(),
        }),
    )?;
    for photo in &checked.photos {
        keep_photo(tx, actor, &id, photo, at)?;
    }
    if let Some(s) = &checked.signature {
        keep_signature(tx, actor, &id, s, at)?;
    }
    Ok(id)
}

/// Keeps a photo with claim `id`, audited; the same photo twice on one
/// claim is refused. Its id.
fn keep_photo(
    tx: &mut dyn Txn,
    actor: i64,
    id: &str,
    photo: &Photo,
    at: NaiveDateTime,
) -> Result<i64> {
    let Some(pid) = tx.insert_photo(&NewPhoto {
        claim_id: id.to_owned(),
        name: photo.name.clone(),
        mime: photo.format.mime().to_owned(),
        sha256: photo.sha256.clone(),
        width: photo.width,
        height: photo.height,
        bytes: photo.bytes.clone(),
        thumbnail_png: photo.thumbnail_png.clone(),
        at,
        by: actor,
    })?
    else {
        return Err(StoreError::Invalid(tr!(
            "photo-already-attached",
            name = photo.name.as_str(),
            claim = id
        )));
    };
    audit(
        tx,
        Some(actor),
        at,
        "attach_photo",
        id,
        serde_json::json!({
            "photo": pid, "sha256": photo.sha256, "bytes": photo.bytes.len(),
            "mime": photo.format.mime(),
        }),
    )?;
    Ok(pid)
}

/// Keeps the customer's signature with claim `id` (replacing an earlier
/// one, never an erased one), audited.
fn keep_signature(
    tx: &mut dyn Txn,
    actor: i64,
    id: &str,
    s: &CheckedSignature,
    at: NaiveDateTime,
) -> Result<()> {
    if let Some(kept) = tx.signature(id)?
        && kept.erased_at.is_some()
    {
        return Err(StoreError::Invalid(tr!("signature-erased", claim = id)));
    }
    tx.set_signature(&SignatureRow {
        claim_id: id.to_owned(),
        strokes: Some(s.strokes.clone()),
        png: s.signature.png.clone(),
        signed_at: at,
        recorded_by: actor,
        erased_at: None,
    })?;
    audit(
        tx,
        Some(actor),
        at,
        "sign_claim",
        id,
        serde_json::json!({
            "strokes": s.signature.strokes.len(),
            "png": s.signature.png.is_some(),
        }),
    )
}

impl Desk {
    /// Takes a claim in at the counter: the rules decide at once (as
    /// [`Desk::file_claim`]), and the claim keeps its customer (found, or
    /// created now), who recorded the privacy acceptance and when, the
    /// ticked checklist and the damage description — all in one
    /// transaction. With the checklist incomplete or no description the
    /// claim is filed only when `intake.confirm_incomplete` says the person
    /// confirmed it; otherwise `NeedsConfirmation` names what is missing.
    pub fn file_claim_at_intake(
        &self,
        actor: i64,
        serial: &str,
        kind: ClaimKind,
        input: &ClaimInput,
        on: NaiveDate,
        intake: &Intake,
    ) -> Result<ClaimDetail> {
        let none = IntakeAttachments::default();
        self.file_claim_at_intake_with(actor, serial, kind, input, on, intake, &none)
    }

    /// [`Desk::file_claim_at_intake`] with the photos and the signature
    /// taken at the counter, in the claim's own transaction: a photo or a
    /// signature that cannot be kept (the same photo twice, a refused
    /// write) files nothing — no claim, no customer, no photo.
    #[allow(clippy::too_many_arguments)]
    pub fn file_claim_at_intake_with(
        &self,
        actor: i64,
        serial: &str,
        kind: ClaimKind,
        input: &ClaimInput,
        on: NaiveDate,
        intake: &Intake,
        attached: &IntakeAttachments,
    ) -> Result<ClaimDetail> {
        let checked = intake.check_with(attached)?;
        let catalog = &*self.catalog;
        let today = self.today();
        let filing = Filing {
            serial,
            kind,
            input,
            on,
        };
        let id = self.write(|tx| {
            file_intake_in(tx, catalog, (actor, now(), today), &filing, &checked, None)
        })?;
        self.claim(&id)
    }

    /// The customer a claim is for.
    pub fn claim_customer(&self, claim_id: &str) -> Result<Option<Customer>> {
        let id = super::claims::normalize_id(claim_id);
        let mut r = self.read()?;
        claim_exists(&mut *r, &id)?;
        match r.claim_intake(&id)?.and_then(|i| i.customer_id) {
            Some(c) => Ok(r.customer(c)?.map(Customer::from_row)),
            None => Ok(None),
        }
    }

    /// Attaches a photo of the damage to a claim, at intake or later. The
    /// photo is checked and decoded first (JPEG or PNG, at most 20 MB;
    /// HEIC is refused with what to do; a corrupt file is refused), which
    /// takes a moment for a large photo: call it off the UI thread. The same
    /// photo twice on one claim is refused.
    pub fn attach_photo(
        &self,
        actor: i64,
        claim_id: &str,
        name: &str,
        bytes: Vec<u8>,
    ) -> Result<PhotoMeta> {
        let id = super::claims::normalize_id(claim_id);
        claim_exists(&mut *self.read()?, &id)?;
        let photo = Photo::read(name, bytes).map_err(|e| StoreError::Invalid(e.to_string()))?;
        self.attach_read_photo(actor, &id, &photo)
    }

    /// [`Desk::attach_photo`] for a photo already checked and decoded (the
    /// window reads it off the UI thread as soon as it is picked, to show
    /// its thumbnail before the claim is filed).
    pub fn attach_read_photo(
        &self,
        actor: i64,
        claim_id: &str,
        photo: &Photo,
    ) -> Result<PhotoMeta> {
        let id = super::claims::normalize_id(claim_id);
        let photo_id = self.write(|tx| {
            claim_exists(tx, &id)?;
            keep_photo(tx, actor, &id, photo, now())
        })?;
        self.read()?
            .photos(&id)?
            .into_iter()
            .find(|p| p.id == photo_id)
            .ok_or(StoreError::Unfinished("the photo just kept is missing"))
    }

    /// A claim's photos (metadata, hash, thumbnail), in the order added.
    pub fn photos(&self, claim_id: &str) -> Result<Vec<PhotoMeta>> {
        let id = super::claims::normalize_id(claim_id);
        let mut r = self.read()?;
        claim_exists(&mut *r, &id)?;
        r.photos(&id)
    }

    /// One photo with its original bytes.
    pub fn photo(&self, photo_id: i64) -> Result<PhotoRow> {
        self.read()?
            .photo(photo_id)?
            .ok_or_else(|| StoreError::NotFound(tr!("photo-not-found", id = photo_id.to_string())))
    }

    /// Keeps the customer's signature with a claim (replacing an earlier one).
    pub fn sign_claim(&self, actor: i64, claim_id: &str, signature: &Signature) -> Result<()> {
        let id = super::claims::normalize_id(claim_id);
        let signature = check_signature(signature)?;
        self.write(|tx| {
            claim_exists(tx, &id)?;
            keep_signature(tx, actor, &id, &signature, now())
        })
    }

    /// A claim's signature, if the customer signed.
    pub fn signature(&self, claim_id: &str) -> Result<Option<StoredSignature>> {
        let id = super::claims::normalize_id(claim_id);
        let mut r = self.read()?;
        claim_exists(&mut *r, &id)?;
        let Some(s) = r.signature(&id)? else {
            return Ok(None);
        };
        let names = staff_names(&mut *r)?;
        let signature = match &s.strokes {
            Some(j) => Some(Signature {
                strokes: serde_json::from_str(j)
                    .map_err(|e| StoreError::Corrupt(format!("claim {id} signature: {e}")))?,
                png: s.png.clone(),
            }),
            None => None,
        };
        Ok(Some(StoredSignature {
            signature,
            signed_at: s.signed_at,
            recorded_by: name_of(&names, s.recorded_by),
            erased: s.erased_at.is_some(),
        }))
    }
}
