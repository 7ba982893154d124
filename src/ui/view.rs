//! The types every panel and the app share: what a panel reads while drawing
//! (`View`), what survives a restart (`State`), the status line (`Message`)
//! and where "today" comes from (`Clock`).

use crate::catalog::Catalog;
use crate::desk::{Appointment, Lookup, Staff};
use crate::rules::RuleId;
use crate::ui::Panel;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What every panel reads while drawing. Built fresh each frame from the
/// app's state; panels change nothing through it (they return commands).
pub struct View<'a> {
    pub today: NaiveDate,
    pub catalog: &'a Catalog,
    /// The open product (the last serial scanned).
    pub product: Option<&'a Lookup>,
    pub staff: &'a [Staff],
    /// Who is signed in (their PIN checked); `None` until then.
    pub current_staff: Option<&'a Staff>,
    /// Recent lookups, most recent first.
    pub recent: &'a [String],
    /// Where the database is, in words (a path or a server).
    pub location: &'a str,
    /// The dark theme is on.
    pub dark: bool,
    /// The language chosen in Settings; `None` follows the system's.
    pub lang: Option<crate::i18n::Lang>,
    /// A background job is running.
    /// Photos are being read or kept (a claim filed with them): the
    /// intake is not filed again meanwhile.
    pub photos_busy: bool,
    pub busy: bool,
    /// The appointment being checked in: claim intake shows its customer
    /// and case, and the claim filed is linked to it.
    pub checking_in: Option<&'a Appointment>,
    /// The database is a demo one (the window shows a banner).
    pub demo: bool,
    /// Minutes without input before the window locks (0: never).
    pub idle_lock_minutes: u32,
    /// The last backup of this database, when one was made.
    pub last_backup: Option<&'a crate::desk::BackupInfo>,
}

/// What survives a restart (eframe storage).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct State {
    pub panel: Panel,
    /// Most recent first.
    pub recent: Vec<String>,
    /// Who is signed in. Set only by a checked PIN (`CareDeskApp::sign_in`)
    /// and never kept across restarts: whoever starts CareDesk signs in, so
    /// actions are never recorded under the previous person's name.
    #[serde(skip)]
    pub staff_id: Option<i64>,
    pub dark: bool,
    /// What each panel keeps (`PanelUi::save`), by the panel's name.
    pub panels: BTreeMap<String, String>,
    /// The language chosen in Settings (its tag, e.g. `zh-Hant`); `None`
    /// follows the system's.
    pub lang: Option<String>,
}

impl State {
    /// The language chosen in Settings, if the desk still has it.
    pub fn language(&self) -> Option<crate::i18n::Lang> {
        self.lang
            .as_deref()
            .and_then(crate::i18n::Lang::from_locale)
    }
}

/// How many recent lookups are kept.
pub const RECENT_MAX: usize = 12;

/// Where "today" comes from: the wall clock, or a fixed day in tests.
#[derive(Debug, Clone, Copy)]
pub enum Clock {
    System,
    Fixed(NaiveDate),
}

impl Clock {
    pub fn today(&self) -> NaiveDate {
        match self {
            Clock::System => chrono::Local::now().date_naive(),
            Clock::Fixed(d) => *d,
        }
    }

    /// The local time of day too (a fixed day is at noon): who is late.
    pub fn now(&self) -> chrono::NaiveDateTime {
        match self {
            Clock::System => chrono::Local::now().naive_local(),
            Clock::Fixed(d) => d.and_time(chrono::NaiveTime::MIN) + chrono::Duration::hours(12),
        }
    }
}

/// The message line at the bottom of the window.
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    pub text: String,
    pub error: bool,
    /// Rule IDs of a refusal, shown with their reasons.
    pub rules: Vec<RuleId>,
}

impl Message {
    pub fn info(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            error: false,
            rules: Vec::new(),
        }
    }

    pub fn error(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            error: true,
            rules: Vec::new(),
        }
    }
}
