//! A storage or service error in the desk's language (the window's status
//! line, the CLI's error line). `Display` stays English: logs, tests and
//! the audit trail read that. Texts the service layer wrote itself (an
//! `Invalid` reason, a backend's own words) are passed through as they are.

use super::StoreError;
use crate::tr;

impl StoreError {
    /// The error as a person at the desk reads it, in the desk's language.
    pub fn message(&self) -> String {
        match self {
            StoreError::Refused(d) => {
                let rules: Vec<String> = d
                    .failed
                    .iter()
                    .map(|r| format!("{} ({})", r.id(), r.reason()))
                    .collect();
                tr!("error-refused", rules = rules.join("; "))
            }
            StoreError::NotFound(what) => tr!("error-not-found", what = what.as_str()),
            StoreError::IllegalTransition { from, action } => tr!(
                "error-illegal-transition",
                status = from.label(),
                action = action.code()
            ),
            StoreError::NotAllowed(why) => tr!("error-not-allowed", why = why.as_str()),
            StoreError::CodeAlreadyUsed(code) => {
                tr!("error-code-already-used", code = code.as_str())
            }
            StoreError::SchemaTooNew { found, known } => {
                tr!("error-schema-too-new", found = *found, known = *known)
            }
            StoreError::Corrupt(what) => tr!("error-corrupt", what = what.as_str()),
            StoreError::Busy(db) => tr!("error-busy", database = db.as_str()),
            StoreError::Conflict(db) => tr!("error-conflict", database = db.as_str()),
            StoreError::ReadOnly(db) => tr!("error-read-only", database = db.as_str()),
            StoreError::DiskFull(db) => tr!("error-disk-full", database = db.as_str()),
            StoreError::ConnectionLost(db) => {
                tr!("error-connection-lost", database = db.as_str())
            }
            StoreError::CannotOpen(why) => tr!("error-cannot-open", why = why.as_str()),
            StoreError::Backend(why) => tr!("error-backend", why = why.as_str()),
            StoreError::Unfinished(what) => tr!("error-unfinished", what = *what),
            // Texts the service layer wrote itself, and variants without a
            // message of their own yet: as `Display` words them.
            _ => self.to_string(),
        }
    }
}
