//! Everything a person can ask the app to do, as one typed enum. Panels
//! return commands; `CareDeskApp::apply` carries them out after drawing, so
//! all store I/O happens in one place and never inside layout code.

use crate::desk::{ClaimAction, ClaimInput, ClaimKind, Money, Role};
use crate::report::ExportFormat;
use crate::report::job::{ExportContent, ExportJob};
use crate::rules::{PlanKind, Region};
use crate::ui::Panel;
use chrono::NaiveDate;
use egui::{Key, KeyboardShortcut, Modifiers};
use std::path::PathBuf;

/// A request from the UI to the app.
#[derive(Debug, Clone)]
pub enum Command {
    // ---- navigation
    /// Show a panel.
    ShowPanel(Panel),
    /// Put the keyboard focus in the serial field (scanner-ready).
    FocusSerial,
    /// Look a serial up and show its plans (the scanner's Enter).
    OpenProduct(String),
    /// Search by partial serial, model or claim id.
    Search(String),
    /// Forget the recent lookups.
    ClearRecent,
    /// Switch between the light and the dark theme.
    ToggleTheme,
    /// Ask before running `then` (irreversible or destructive steps).
    Confirm {
        title: String,
        body: String,
        confirm_label: String,
        then: Box<Command>,
    },
    /// Ask for the supervisor's PIN, then run the action with it.
    AskPin(PinAction),
    /// Run the pending supervisor action with the PIN typed in its dialog.
    RunWithPin,

    // ---- CR+ sale and plans
    /// Re-run the CR+ eligibility check for the sell panel (writes nothing).
    PreviewPlus {
        serial: String,
        purchase_region: Region,
        on: NaiveDate,
    },
    /// Sell CR+ in the store and bind it to the serial.
    BuyPlus {
        serial: String,
        purchase_region: Region,
        on: NaiveDate,
    },
    /// Bind CR+ with an activation card (code + serial).
    BindCard {
        code: String,
        serial: String,
        on: NaiveDate,
    },
    /// Register a new activation card.
    AddCard { code: String, region: Region },
    /// Confirm the customer's withdrawal from a plan.
    WithdrawPlan { serial: String, plan: PlanKind },
    /// Return CR+ (RET-* rules decide).
    ReturnPlus {
        serial: String,
        product_returned: bool,
    },

    // ---- claims
    /// Re-run the rules on the claim form (writes nothing).
    PreviewClaim {
        serial: String,
        kind: ClaimKind,
        input: ClaimInput,
        on: NaiveDate,
    },
    /// File the claim as the form stands (approved or refused, it is recorded).
    FileClaim {
        serial: String,
        kind: ClaimKind,
        input: ClaimInput,
        on: NaiveDate,
    },
    /// Show one claim with its timeline.
    OpenClaim(String),
    /// Move a claim one step along its lifecycle.
    AdvanceClaim {
        id: String,
        action: ClaimAction,
        note: String,
    },
    /// Load one page of the claims table.
    LoadClaimsPage(usize),
    /// Forget the cached claim pages (filter or sort changed).
    RefreshClaims,

    // ---- settings
    /// Choose who is working; recorded on every action.
    SetStaff(i64),
    /// Add a staff member.
    AddStaff {
        name: String,
        role: Role,
        pin: Option<String>,
    },

    // ---- long work (background thread with progress)
    /// Fill the database with demo products, plans and claims (asks first
    /// when the database is not empty, unless `confirmed`).
    LoadDemo { products: usize, confirmed: bool },
    /// Import products from a CSV file (all or nothing).
    ImportProducts(PathBuf),
    /// Pick a CSV file, then import it.
    PickImportFile,
    /// Choose where to save an export, then run it.
    PickExportFile {
        content: ExportContent,
        format: ExportFormat,
    },
    /// Run an export to a chosen file (background thread; the file appears
    /// complete or not at all).
    Export(ExportJob),
    /// Stop the running background job.
    CancelJob,
    /// Dismiss the status message.
    DismissMessage,
}

/// What a supervisor's PIN unlocks.
#[derive(Debug, Clone)]
pub enum PinAction {
    /// Change one fee of the fee schedule.
    SetFee {
        model: String,
        replacement_number: u32,
        amount: Money,
    },
    /// Reopen a refused (closed) claim with a note.
    ReopenClaim { id: String, note: String },
    /// Add a staff member with their PIN (a supervisor's action).
    AddStaff {
        name: String,
        role: Role,
        pin: String,
    },
}

impl PinAction {
    pub fn describe(&self) -> String {
        match self {
            PinAction::SetFee {
                model,
                replacement_number,
                amount,
            } => format!("Set the fee for {model}, replacement {replacement_number}, to {amount}."),
            PinAction::ReopenClaim { id, .. } => format!("Reopen claim {id}."),
            PinAction::AddStaff { name, role, .. } => {
                format!("Add {name} as {}.", role.label())
            }
        }
    }
}

/// The menu and shortcut table: one place for each entry's label and key.
pub struct MenuEntry {
    pub label: &'static str,
    pub shortcut: KeyboardShortcut,
}

pub const FOCUS_SERIAL: MenuEntry = MenuEntry {
    label: "Scan / look up serial",
    shortcut: KeyboardShortcut::new(Modifiers::COMMAND, Key::L),
};
/// F2 does the same as Ctrl+L (one hand on the scanner).
pub const FOCUS_SERIAL_F2: KeyboardShortcut = KeyboardShortcut::new(Modifiers::NONE, Key::F2);
pub const TOGGLE_THEME: MenuEntry = MenuEntry {
    label: "Dark / light theme",
    shortcut: KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::D),
};
pub const SUBMIT_FORM: MenuEntry = MenuEntry {
    label: "File the claim",
    shortcut: KeyboardShortcut::new(Modifiers::COMMAND, Key::Enter),
};

/// Ctrl+1 … Ctrl+7 switch panels, in `Panel::ALL` order.
pub fn panel_shortcut(index: usize) -> Option<KeyboardShortcut> {
    const KEYS: [Key; 7] = [
        Key::Num1,
        Key::Num2,
        Key::Num3,
        Key::Num4,
        Key::Num5,
        Key::Num6,
        Key::Num7,
    ];
    KEYS.get(index)
        .map(|k| KeyboardShortcut::new(Modifiers::COMMAND, *k))
}
