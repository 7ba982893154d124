//! A customer's rights over their data (SPEC §6): to see everything held
//! about them (an export), and to be forgotten.
//!
//! Forgetting erases their personal fields everywhere they are kept — the
//! customer row and its search-index entry, the old → new values of their
//! edits, their signatures — and keeps the claims, decisions, events and the
//! audit log, which show the customer as "erased". The audit log never held
//! their personal data (entries name `customer:<id>`), so it stays
//! append-only and untouched; the erasure itself is audited. Then the
//! backend scrubs the freed space (`Storage::scrub_erased`): SQLite zeroes
//! deleted content (`secure_delete`) and checkpoints and truncates its WAL;
//! PostgreSQL rewrites the tables with `VACUUM FULL` (what it cannot reach
//! — WAL archives, backups, replicas — is said in the report and in
//! `docs/privacy.md`).

use super::customers::{Customer, subject};
use super::{Desk, Result, audit, now};
use crate::store::{
    Appointment, AppointmentQuery, AuditEntry, ClaimDetail, ErasureCounts, ProductRecord,
    ScrubReport, StoreError,
};
use crate::tr;
use chrono::NaiveDateTime;
use serde::Serialize;

/// The format tag of a customer-data export.
pub const CUSTOMER_DATA_FORMAT: &str = "caredesk.customer-data.v1";

/// One edit of the customer's fields.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CustomerEdit {
    pub at: NaiveDateTime,
    pub by: Option<String>,
    /// `[{"field", "old", "new"}]`; `None` once redacted.
    pub changes: Option<serde_json::Value>,
    pub redacted_at: Option<NaiveDateTime>,
}

/// A product linked to the customer.
#[derive(Clone, Debug, Serialize)]
pub struct CustomerProduct {
    #[serde(flatten)]
    pub product: ProductRecord,
}

/// Everything held about a customer: "export this customer's data".
#[derive(Clone, Debug, Serialize)]
pub struct CustomerData {
    pub format: &'static str,
    pub generated_at: NaiveDateTime,
    pub customer: Customer,
    /// Their edits with the old and new values.
    pub edits: Vec<CustomerEdit>,
    pub products: Vec<CustomerProduct>,
    /// Their claims with decisions, events, the intake record, photos'
    /// metadata and hashes, and whether they signed.
    pub claims: Vec<ClaimDetail>,
    /// Their Swift Service Center bookings (issue 14).
    pub appointments: Vec<Appointment>,
    /// Audit entries about them, their claims and their products.
    pub audit: Vec<AuditEntry>,
}

/// What forgetting a customer did.
#[derive(Clone, Debug, Serialize)]
pub struct ForgetReport {
    pub customer: Customer,
    /// Claims and products kept (they show the customer as erased).
    pub claims: usize,
    pub products: usize,
    pub erased: ErasureCounts,
    /// What was done so the freed space does not hold the old values.
    pub scrub: ScrubReport,
}

impl Desk {
    /// Everything held about a customer, for them to see. Reading it is
    /// audited (who looked at their data, and when).
    pub fn customer_data(&self, actor: i64, id: i64) -> Result<CustomerData> {
        let detail = self.customer_detail(id)?;
        let mut r = self.read()?;
        let names: std::collections::HashMap<i64, String> =
            r.staff()?.into_iter().map(|s| (s.id, s.name)).collect();
        let edits = r
            .customer_changes(id)?
            .into_iter()
            .map(|c| {
                let changes = c
                    .changes
                    .as_deref()
                    .map(serde_json::from_str)
                    .transpose()
                    .map_err(|e| StoreError::Corrupt(format!("customer edit {}: {e}", c.id)))?;
                Ok(CustomerEdit {
                    at: c.at,
                    by: c.staff_id.and_then(|s| names.get(&s).cloned()),
                    changes,
                    redacted_at: c.redacted_at,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        let claim_ids = r.customer_claim_ids(id)?;
        let mut subjects = vec![subject(id)];
        subjects.extend(claim_ids.iter().cloned());
        subjects.extend(detail.products.iter().map(|p| p.serial.clone()));
        let mut appointments = r.appointments(&AppointmentQuery {
            customer: Some(id),
            ..AppointmentQuery::default()
        })?;
        if let Some(row) = r.customer(id)?
            && row.erased_at.is_none()
        {
            appointments.extend(super::appointments::unlinked_bookings_of(&mut *r, &row)?);
            appointments.sort_by(|a, b| {
                (a.fields.day, &a.fields.slot, a.id).cmp(&(b.fields.day, &b.fields.slot, b.id))
            });
        }
        subjects.extend(appointments.iter().map(|a| format!("appointment:{}", a.id)));
        let audit_entries = r.audit_about(&subjects)?;
        drop(r);
        let claims = claim_ids
            .iter()
            .map(|c| self.claim(c))
            .collect::<Result<Vec<_>>>()?;

        self.write(|tx| {
            audit(
                tx,
                Some(actor),
                now(),
                "export_customer_data",
                &subject(id),
                serde_json::json!({ "customer": id, "claims": claim_ids.len() }),
            )
        })?;
        Ok(CustomerData {
            format: CUSTOMER_DATA_FORMAT,
            generated_at: now(),
            customer: detail.customer,
            edits,
            products: detail
                .products
                .into_iter()
                .map(|product| CustomerProduct { product })
                .collect(),
            claims,
            appointments,
            audit: audit_entries,
        })
    }

    /// Forgets a customer (supervisor and PIN): erases their personal
    /// fields everywhere, keeps their claims, decisions and events (showing
    /// "erased"), then scrubs the freed space. The front end confirms first.
    pub fn forget_customer(&self, supervisor: i64, pin: &str, id: i64) -> Result<ForgetReport> {
        self.supervisor_approves(supervisor, pin, "forget_customer", &subject(id))?;
        let (claims, products, erased) = self.write(|tx| {
            let row = tx.lock_customer(id)?.ok_or_else(|| {
                StoreError::NotFound(tr!("customer-not-found", id = id.to_string()))
            })?;
            if let Some(at) = row.erased_at {
                return Err(StoreError::Invalid(tr!(
                    "customer-is-erased",
                    id = id.to_string(),
                    date = super::day(at.date())
                )));
            }
            let at = now();
            let claims = tx.customer_claim_ids(id)?.len();
            let products = tx.customer_product_ids(id)?.len();
            let signatures_erased = tx.erase_signatures_of(id, at)?;
            let edits_redacted = tx.redact_customer_changes(id, at)?;
            // Bookings made before their record existed and never checked
            // in name them too: linked now, so they are blanked with the rest.
            for mut a in super::appointments::unlinked_bookings_of(tx, &row)? {
                let status = a.status;
                a.customer_id = Some(id);
                tx.update_appointment(&a, status)?;
            }
            let appointments_erased = tx.erase_appointments_of(id, at)?;
            if !tx.erase_customer(id, at, Some(supervisor))? {
                return Err(StoreError::Unfinished("the customer changed meanwhile"));
            }
            let erased = ErasureCounts {
                edits_redacted,
                signatures_erased,
                appointments_erased,
            };
            audit(
                tx,
                Some(supervisor),
                at,
                "forget_customer",
                &subject(id),
                serde_json::json!({
                    "customer": id, "claims": claims, "products": products,
                    "edits_redacted": edits_redacted, "signatures_erased": signatures_erased,
                    "appointments_erased": appointments_erased,
                }),
            )?;
            Ok((claims, products, erased))
        })?;
        // After the commit, outside any transaction.
        let scrub = self.storage.scrub_erased()?;
        Ok(ForgetReport {
            customer: self.customer(id)?,
            claims,
            products,
            erased,
            scrub,
        })
    }

    /// The one place a supervisor-only action of the visit is authorised:
    /// the supervisor's PIN, checked as every supervisor action is; a
    /// refusal is audited. (Sign-in is being reworked: adapt it here.)
    fn supervisor_approves(
        &self,
        supervisor: i64,
        pin: &str,
        action: &str,
        subject: &str,
    ) -> Result<()> {
        if let Err(e) = self.verify_supervisor(supervisor, pin) {
            self.audit_denied(supervisor, action, subject, &e)?;
            return Err(e);
        }
        Ok(())
    }
}
