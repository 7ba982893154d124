//! Staff and their PINs (adding people, roles and PIN resets need a
//! signed-in supervisor), the audit log (the fee schedule is `fees`).

use super::sign_in::{SignedIn, check_new_pin, require_supervisor};
use super::{Desk, Result, audit, now};
use crate::store::{AuditEntry, NewStaff, Role, Staff, StoreError, Txn};

/// `NotAllowed` unless `by` is (still, inside this transaction) a supervisor.
pub(super) fn still_supervisor(tx: &mut dyn Txn, by: &SignedIn) -> Result<()> {
    match tx.sign_in_state(by.id())? {
        Some(s) if s.staff.role == Role::Supervisor => Ok(()),
        Some(s) => Err(StoreError::NotAllowed(crate::tr!(
            "desk-err-needs-supervisor-now",
            name = s.staff.name,
            role = s.staff.role.label().to_lowercase()
        ))),
        None => Err(StoreError::NotAllowed(crate::tr!(
            "desk-err-no-staff",
            id = by.id().to_string()
        ))),
    }
}

/// Hashes a PIN with Argon2 and a fresh salt.
pub(super) fn hash_pin(pin: &str) -> Result<String> {
    use argon2::password_hash::{PasswordHasher, SaltString};
    let salt = SaltString::encode_b64(&fresh_salt())
        .map_err(|e| StoreError::Invalid(crate::tr!("desk-err-salt", error = e.to_string())))?;
    argon2::Argon2::default()
        .hash_password(pin.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| StoreError::Invalid(crate::tr!("desk-err-hash", error = e.to_string())))
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
        self.read()?.staff_by_name(name)?.ok_or_else(|| {
            StoreError::NotFound(crate::tr!(
                "desk-err-staff-name-not-found",
                name = name.to_string()
            ))
        })
    }

    /// Adds a staff member with their personal PIN (6+ digits, kept as an
    /// Argon2 hash). Needs a signed-in supervisor.
    pub fn add_staff(&self, by: &SignedIn, name: &str, role: Role, pin: &str) -> Result<Staff> {
        let name = name.trim();
        if name.is_empty() {
            return Err(StoreError::Invalid(crate::tr!("desk-err-staff-name-empty")));
        }
        if name.chars().count() > 100 {
            return Err(StoreError::Invalid(crate::tr!(
                "desk-err-staff-name-long",
                max = "100"
            )));
        }
        check_new_pin(pin)?;
        require_supervisor(by)?;
        // Hashed before the transaction: Argon2 is deliberately slow.
        let hash = hash_pin(pin)?;
        let id = self.write(|tx| {
            still_supervisor(tx, by)?;
            let at = now();
            let Some(id) = tx.insert_staff(&NewStaff {
                name: name.to_owned(),
                role,
                pin_hash: Some(hash.clone()),
                at,
            })?
            else {
                return Err(StoreError::Invalid(crate::tr!(
                    "desk-err-staff-exists",
                    name = name.to_string()
                )));
            };
            audit(
                tx,
                Some(by.id()),
                at,
                "add_staff",
                name,
                serde_json::json!({ "role": role, "pin": true }),
            )?;
            Ok(id)
        })?;
        Ok(Staff {
            id,
            name: name.to_owned(),
            role,
            has_pin: true,
            locked_until: None,
        })
    }

    /// Changes a person's role (a supervisor's action). The last supervisor
    /// cannot be made something else: nobody could add staff any more.
    pub fn set_staff_role(&self, by: &SignedIn, staff_id: i64, role: Role) -> Result<Staff> {
        require_supervisor(by)?;
        self.write(|tx| {
            still_supervisor(tx, by)?;
            let Some(before) = tx.sign_in_state(staff_id)? else {
                return Err(StoreError::NotFound(crate::tr!(
                    "desk-err-staff-id-not-found",
                    id = staff_id.to_string()
                )));
            };
            let old = before.staff.role;
            if old == Role::Supervisor && role != Role::Supervisor {
                let supervisors = tx
                    .staff()?
                    .iter()
                    .filter(|s| s.role == Role::Supervisor)
                    .count();
                if supervisors <= 1 {
                    return Err(StoreError::Invalid(crate::tr!(
                        "desk-err-only-supervisor",
                        name = before.staff.name
                    )));
                }
            }
            tx.set_staff_role(staff_id, role)?;
            audit(
                tx,
                Some(by.id()),
                now(),
                "set_staff_role",
                &before.staff.name,
                serde_json::json!({ "old": old, "new": role }),
            )?;
            Ok(Staff {
                role,
                ..before.staff
            })
        })
    }

    /// Sets a new PIN: a supervisor for anyone (a reset, which also lifts a
    /// lock), anyone for themselves.
    pub fn set_staff_pin(&self, by: &SignedIn, staff_id: i64, pin: &str) -> Result<Staff> {
        check_new_pin(pin)?;
        if by.id() != staff_id {
            require_supervisor(by)?;
        }
        let hash = hash_pin(pin)?;
        self.write(|tx| {
            if by.id() != staff_id {
                still_supervisor(tx, by)?;
            }
            let Some(before) = tx.sign_in_state(staff_id)? else {
                return Err(StoreError::NotFound(crate::tr!(
                    "desk-err-staff-id-not-found",
                    id = staff_id.to_string()
                )));
            };
            tx.set_staff_pin(staff_id, &hash)?;
            let action = if by.id() == staff_id {
                "change_own_pin"
            } else {
                "reset_pin"
            };
            audit(
                tx,
                Some(by.id()),
                now(),
                action,
                &before.staff.name,
                serde_json::json!({ "was_locked": before.staff.locked_until.is_some() }),
            )?;
            Ok(Staff {
                has_pin: true,
                locked_until: None,
                ..before.staff
            })
        })
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
