//! What kind of database this is, its first start, and the settings kept in
//! the database itself.
//!
//! A database is a **demo** database (demo staff with the PINs the README
//! publishes, demo cards and claims: `caredesk demo`, the window's first
//! start today) or a **real** one (set up with its first supervisor:
//! `caredesk staff init`, the window's first-start dialog later). Demo data
//! never goes into a real database. A new database that nobody has set up
//! yet is `New`: the first start asks which it is to be.

use super::sign_in::{SignedIn, check_new_pin, require_supervisor};
use super::staff::{hash_pin, still_supervisor};
use super::{Desk, Result, audit, now};
use crate::store::{NewStaff, Reads, Role, Setting, Staff, StoreError, Txn};

/// Minutes without input before the window locks, unless a supervisor
/// changes it.
pub const DEFAULT_IDLE_LOCK_MINUTES: u32 = 10;
/// The longest idle lock a supervisor can set (a working day).
pub const MAX_IDLE_LOCK_MINUTES: u32 = 480;

/// What a database holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DatabaseKind {
    /// Made, not set up yet: no staff, no data.
    New,
    /// Demo data only (the window shows a "DEMO DATA" banner).
    Demo,
    /// A service desk's own data.
    Real,
}

impl DatabaseKind {
    fn code(self) -> &'static str {
        match self {
            DatabaseKind::New => "new",
            DatabaseKind::Demo => "demo",
            DatabaseKind::Real => "real",
        }
    }
}

/// The kind as kept; a database with staff or products but no kind kept
/// (it cannot happen after the settings migration) counts as real.
pub(super) fn kind_in(r: &mut dyn Reads) -> Result<DatabaseKind> {
    Ok(match r.setting(Setting::DatabaseKind)?.as_deref() {
        Some("demo") => DatabaseKind::Demo,
        Some("real") => DatabaseKind::Real,
        _ if !r.is_empty()? || !r.staff()?.is_empty() => DatabaseKind::Real,
        _ => DatabaseKind::New,
    })
}

pub(super) fn set_kind(tx: &mut dyn Txn, kind: DatabaseKind) -> Result<()> {
    tx.set_setting(Setting::DatabaseKind, kind.code())
}

impl Desk {
    /// Demo, real, or new (not set up yet).
    pub fn kind(&self) -> Result<DatabaseKind> {
        kind_in(&mut *self.read()?)
    }

    /// A demo database: the window shows a "DEMO DATA" banner.
    pub fn is_demo(&self) -> Result<bool> {
        Ok(self.kind()? == DatabaseKind::Demo)
    }

    /// Nobody has set this database up yet: the first start asks whether it
    /// is to be a demo database (`load_demo`) or a real one
    /// (`set_up_real`, with its first supervisor).
    pub fn needs_setup(&self) -> Result<bool> {
        Ok(self.kind()? == DatabaseKind::New)
    }

    /// Sets a new database up as a real one with its first supervisor (and
    /// signs them in). Refused once there is any staff member, and on a
    /// demo database.
    pub fn set_up_real(&self, name: &str, pin: &str) -> Result<SignedIn> {
        let name = name.trim();
        if name.is_empty() {
            return Err(StoreError::Invalid(crate::tr!("desk-err-staff-name-empty")));
        }
        check_new_pin(pin)?;
        let hash = hash_pin(pin)?;
        let staff = self.write(|tx| {
            match kind_in(tx)? {
                DatabaseKind::Demo => {
                    return Err(StoreError::Invalid(crate::tr!("desk-err-setup-demo-db")));
                }
                DatabaseKind::Real if !tx.staff()?.is_empty() => {
                    return Err(StoreError::NotAllowed(crate::tr!(
                        "desk-err-setup-has-staff"
                    )));
                }
                _ => {}
            }
            let at = now();
            let Some(id) = tx.insert_staff(&NewStaff {
                name: name.to_owned(),
                role: Role::Supervisor,
                pin_hash: Some(hash.clone()),
                at,
            })?
            else {
                return Err(StoreError::Invalid(crate::tr!(
                    "desk-err-staff-exists",
                    name = name.to_string()
                )));
            };
            set_kind(tx, DatabaseKind::Real)?;
            audit(
                tx,
                Some(id),
                at,
                "set_up_real_database",
                name,
                serde_json::json!({ "role": Role::Supervisor }),
            )?;
            Ok(Staff {
                id,
                name: name.to_owned(),
                role: Role::Supervisor,
                has_pin: true,
                locked_until: None,
            })
        })?;
        Ok(SignedIn::new(staff))
    }

    /// Minutes without input after which the window locks (0: never).
    pub fn idle_lock_minutes(&self) -> Result<u32> {
        Ok(match self.read()?.setting(Setting::IdleLockMinutes)? {
            Some(v) => v.parse().map_err(|_| {
                StoreError::Corrupt(format!("idle lock setting `{v}` is not a number"))
            })?,
            None => DEFAULT_IDLE_LOCK_MINUTES,
        })
    }

    /// Sets the idle lock for every workstation (a supervisor's action).
    pub fn set_idle_lock_minutes(&self, by: &SignedIn, minutes: u32) -> Result<()> {
        if minutes > MAX_IDLE_LOCK_MINUTES {
            return Err(StoreError::Invalid(crate::tr!(
                "desk-err-idle-lock-range",
                max = MAX_IDLE_LOCK_MINUTES.to_string()
            )));
        }
        require_supervisor(by)?;
        self.write(|tx| {
            still_supervisor(tx, by)?;
            let old = tx.setting(Setting::IdleLockMinutes)?;
            tx.set_setting(Setting::IdleLockMinutes, &minutes.to_string())?;
            audit(
                tx,
                Some(by.id()),
                now(),
                "set_idle_lock",
                "settings",
                serde_json::json!({ "old": old, "new": minutes }),
            )
        })
    }
}
