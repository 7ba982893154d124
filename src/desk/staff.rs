//! Staff and supervisor PINs, the audit log (the fee schedule is `fees`).

use super::{Desk, Result, audit, now};
use crate::store::{AuditEntry, NewStaff, Role, Staff, StoreError};

/// Hashes a supervisor PIN with Argon2 and a fresh salt.
pub(super) fn hash_pin(pin: &str) -> Result<String> {
    use argon2::password_hash::{PasswordHasher, SaltString};
    let salt = SaltString::encode_b64(&fresh_salt())
        .map_err(|e| StoreError::Invalid(format!("cannot make a salt: {e}")))?;
    argon2::Argon2::default()
        .hash_password(pin.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| StoreError::Invalid(format!("cannot hash the PIN: {e}")))
}

/// 16 unpredictable bytes from the OS-seeded hasher keys (no extra crate).
fn fresh_salt() -> [u8; 16] {
    use std::hash::{BuildHasher, Hasher};
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let mut out = [0u8; 16];
    for chunk in out.chunks_mut(8) {
        let mut h = std::collections::hash_map::RandomState::new().build_hasher();
        h.write_u64(COUNTER.fetch_add(1, Ordering::Relaxed));
        h.write_u128(
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos()),
        );
        chunk.copy_from_slice(&h.finish().to_le_bytes());
    }
    out
}

impl Desk {
    pub fn staff(&self) -> Result<Vec<Staff>> {
        self.read()?.staff()
    }

    /// Finds a staff member by exact name.
    pub fn staff_by_name(&self, name: &str) -> Result<Staff> {
        self.read()?
            .staff_by_name(name)?
            .ok_or_else(|| StoreError::NotFound(format!("staff member `{name}`")))
    }

    /// Adds a staff member. A supervisor needs a PIN (kept as an Argon2 hash).
    pub fn add_staff(
        &self,
        actor: Option<i64>,
        name: &str,
        role: Role,
        pin: Option<&str>,
    ) -> Result<Staff> {
        let name = name.trim();
        if name.is_empty() {
            return Err(StoreError::Invalid("staff name must not be empty".into()));
        }
        if role == Role::Supervisor && pin.is_none_or(|p| p.trim().chars().count() < 4) {
            return Err(StoreError::Invalid(
                "a supervisor needs a PIN of at least 4 characters".into(),
            ));
        }
        // Hashed before the transaction: Argon2 is deliberately slow.
        let hash = match pin {
            Some(p) if !p.is_empty() => Some(hash_pin(p)?),
            _ => None,
        };
        let id = self.write(|tx| {
            let at = now();
            let Some(id) = tx.insert_staff(&NewStaff {
                name: name.to_owned(),
                role,
                pin_hash: hash.clone(),
                at,
            })?
            else {
                return Err(StoreError::Invalid(format!(
                    "a staff member named `{name}` already exists"
                )));
            };
            audit(
                tx,
                actor,
                at,
                "add_staff",
                name,
                serde_json::json!({ "role": role, "pin": hash.is_some() }),
            )?;
            Ok(id)
        })?;
        Ok(Staff {
            id,
            name: name.to_owned(),
            role,
            has_pin: hash.is_some(),
        })
    }

    /// `NotAllowed` unless `staff_id` is a supervisor whose PIN is `pin`.
    pub fn verify_supervisor(&self, staff_id: i64, pin: &str) -> Result<()> {
        use argon2::password_hash::{PasswordHash, PasswordVerifier};
        let Some((staff, hash)) = self.read()?.staff_credentials(staff_id)? else {
            return Err(StoreError::NotAllowed(format!(
                "no staff member {staff_id}"
            )));
        };
        let name = staff.name;
        if staff.role != Role::Supervisor {
            return Err(StoreError::NotAllowed(format!(
                "{name} is a {}; this needs a supervisor",
                staff.role.label().to_lowercase()
            )));
        }
        let Some(hash) = hash else {
            return Err(StoreError::NotAllowed(format!("{name} has no PIN set")));
        };
        let parsed = PasswordHash::new(&hash)
            .map_err(|e| StoreError::Corrupt(format!("PIN hash of {name}: {e}")))?;
        argon2::Argon2::default()
            .verify_password(pin.as_bytes(), &parsed)
            .map_err(|_| StoreError::NotAllowed(format!("wrong PIN for {name}")))
    }

    /// Records a refused supervisor action (wrong role or PIN): the attempt
    /// is kept even though nothing else changes.
    pub(super) fn audit_denied(
        &self,
        actor: i64,
        action: &str,
        subject: &str,
        why: &StoreError,
    ) -> Result<()> {
        let known = self.read()?.staff_credentials(actor)?.map(|(s, _)| s.id);
        self.write(|tx| {
            audit(
                tx,
                known,
                now(),
                &format!("denied_{action}"),
                subject,
                serde_json::json!({ "reason": why.to_string() }),
            )
        })
    }

    /// The latest audit entries, newest first.
    pub fn audit_log(&self, limit: usize) -> Result<Vec<AuditEntry>> {
        self.read()?.audit_log(limit)
    }
}
