//! Signing in: every staff member has a personal PIN (6 or more digits,
//! kept as a salted Argon2 hash). Five wrong PINs in a row lock that person
//! for five minutes; the count and the lock are kept in the database (so a
//! second workstation or process cannot keep guessing) and every wrong PIN
//! and lock is in the audit log.
//!
//! A [`SignedIn`] is the proof that a PIN was checked: only this module
//! makes one, and what needs a supervisor takes one.

use super::{Desk, Result, audit, now};
use crate::store::{Role, SignInState, Staff, StoreError};
use chrono::NaiveDateTime;

/// The fewest digits a PIN has.
pub const MIN_PIN_DIGITS: usize = 6;
/// The most characters a PIN has (a bound on what is hashed).
pub const MAX_PIN_LEN: usize = 64;
/// Wrong PINs in a row that lock a person.
pub const WRONG_PINS_BEFORE_LOCK: u32 = 5;
/// How long the lock lasts.
pub const LOCK_MINUTES: i64 = 5;

/// A person whose PIN was checked (by [`Desk::sign_in`]). Cheap to keep
/// while they work; their role is checked again where it matters.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SignedIn {
    staff: Staff,
}

impl SignedIn {
    pub(super) fn new(staff: Staff) -> SignedIn {
        SignedIn { staff }
    }

    pub fn id(&self) -> i64 {
        self.staff.id
    }

    pub fn name(&self) -> &str {
        &self.staff.name
    }

    pub fn role(&self) -> Role {
        self.staff.role
    }

    pub fn staff(&self) -> &Staff {
        &self.staff
    }
}

/// Checks the shape of a new PIN: 6 to 64 digits.
pub(super) fn check_new_pin(pin: &str) -> Result<()> {
    let digits = pin.chars().count();
    if !(MIN_PIN_DIGITS..=MAX_PIN_LEN).contains(&digits) || !pin.bytes().all(|b| b.is_ascii_digit())
    {
        return Err(StoreError::Invalid(crate::tr!(
            "desk-err-pin-shape",
            min = MIN_PIN_DIGITS.to_string(),
            max = MAX_PIN_LEN.to_string()
        )));
    }
    Ok(())
}

/// Whether `pin` matches the stored Argon2 hash.
fn pin_matches(name: &str, hash: &str, pin: &str) -> Result<bool> {
    use argon2::password_hash::{PasswordHash, PasswordVerifier};
    if pin.len() > MAX_PIN_LEN {
        return Ok(false);
    }
    let parsed = PasswordHash::new(hash)
        .map_err(|e| StoreError::Corrupt(format!("PIN hash of {name}: {e}")))?;
    Ok(argon2::Argon2::default()
        .verify_password(pin.as_bytes(), &parsed)
        .is_ok())
}

fn locked(state: &SignInState, at: NaiveDateTime) -> Option<NaiveDateTime> {
    state.staff.locked_until.filter(|until| *until > at)
}

impl Desk {
    /// Signs a person in with their PIN, now.
    pub fn sign_in(&self, staff_id: i64, pin: &str) -> Result<SignedIn> {
        self.sign_in_at(staff_id, pin, now())
    }

    /// Signs a person in by name.
    pub fn sign_in_by_name(&self, name: &str, pin: &str) -> Result<SignedIn> {
        let id = self.staff_by_name(name)?.id;
        self.sign_in(id, pin)
    }

    /// Signs a person in as of `at` (tests step the clock past a lock).
    /// A wrong PIN is counted and audited; the fifth in a row locks the
    /// person until `at` + 5 minutes (`StoreError::Locked`), and while
    /// locked even the right PIN is refused.
    pub fn sign_in_at(&self, staff_id: i64, pin: &str, at: NaiveDateTime) -> Result<SignedIn> {
        let Some(state) = self.read()?.sign_in_state(staff_id)? else {
            return Err(StoreError::NotAllowed(crate::tr!(
                "desk-err-no-staff",
                id = staff_id.to_string()
            )));
        };
        let name = state.staff.name.clone();
        if let Some(until) = locked(&state, at) {
            self.write(|tx| {
                audit(
                    tx,
                    Some(staff_id),
                    at,
                    "sign_in_while_locked",
                    &name,
                    serde_json::json!({ "locked_until": super::ts(until) }),
                )
            })?;
            return Err(StoreError::Locked {
                name,
                attempts: WRONG_PINS_BEFORE_LOCK,
                until,
            });
        }
        let Some(hash) = &state.pin_hash else {
            return Err(StoreError::NotAllowed(crate::tr!(
                "desk-err-no-pin",
                name = name.to_string()
            )));
        };
        // Argon2 is deliberately slow: outside any transaction.
        if pin_matches(&name, hash, pin)? {
            // Someone else's wrong guesses may have locked the person while
            // this PIN was checked: a lock wins.
            let Some(now_state) = self.read()?.sign_in_state(staff_id)? else {
                return Err(StoreError::NotAllowed(crate::tr!(
                    "desk-err-no-staff",
                    id = staff_id.to_string()
                )));
            };
            if let Some(until) = locked(&now_state, at) {
                return Err(StoreError::Locked {
                    name,
                    attempts: WRONG_PINS_BEFORE_LOCK,
                    until,
                });
            }
            if now_state.wrong_pins > 0 || now_state.staff.locked_until.is_some() {
                self.write(|tx| tx.clear_wrong_pins(staff_id))?;
            }
            let mut staff = now_state.staff;
            staff.locked_until = None;
            return Ok(SignedIn::new(staff));
        }
        let lock_until = at + chrono::Duration::minutes(LOCK_MINUTES);
        let (wrong, lock) = self.write(|tx| {
            let (wrong, lock) =
                tx.record_wrong_pin(staff_id, WRONG_PINS_BEFORE_LOCK, lock_until)?;
            audit(
                tx,
                Some(staff_id),
                at,
                "wrong_pin",
                &name,
                serde_json::json!({ "wrong_pins_in_a_row": wrong }),
            )?;
            if let Some(until) = lock {
                audit(
                    tx,
                    Some(staff_id),
                    at,
                    "staff_locked",
                    &name,
                    serde_json::json!({
                        "locked_until": super::ts(until),
                        "minutes": LOCK_MINUTES,
                    }),
                )?;
            }
            Ok((wrong, lock))
        })?;
        match lock {
            Some(until) => Err(StoreError::Locked {
                name,
                attempts: wrong,
                until,
            }),
            None => Err(StoreError::NotAllowed(crate::tr!(
                "desk-err-wrong-pin",
                name = name.to_string(),
                left = WRONG_PINS_BEFORE_LOCK.saturating_sub(wrong).to_string(),
                minutes = LOCK_MINUTES.to_string()
            ))),
        }
    }

    /// Signs a supervisor in: `NotAllowed` unless `staff_id` is a supervisor
    /// whose PIN is `pin` (wrong PINs count towards the lock).
    pub fn sign_in_supervisor(&self, staff_id: i64, pin: &str) -> Result<SignedIn> {
        let who = self.sign_in(staff_id, pin)?;
        require_supervisor(&who)?;
        Ok(who)
    }

    /// `NotAllowed` unless `staff_id` is a supervisor whose PIN is `pin`.
    pub fn verify_supervisor(&self, staff_id: i64, pin: &str) -> Result<()> {
        self.sign_in_supervisor(staff_id, pin).map(|_| ())
    }
}

/// `NotAllowed` unless the person is a supervisor.
pub(super) fn require_supervisor(who: &SignedIn) -> Result<()> {
    if who.role() == Role::Supervisor {
        return Ok(());
    }
    Err(StoreError::NotAllowed(crate::tr!(
        "desk-err-needs-supervisor",
        name = who.name().to_string(),
        role = who.role().label().to_lowercase()
    )))
}
