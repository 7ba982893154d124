//! Everything a person can ask the app to do, as one typed enum. Panels
//! return commands; the app drains them once a frame, after drawing
//! (`app/apply.rs`), so all store I/O happens in one place and never inside
//! layout code. The labels and keyboard shortcuts of the commands that have
//! them are here too, in one place (`Command::label`, `Command::shortcut`).

use crate::desk::{
    AppointmentFields, ClaimAction, ClaimFilter, ClaimInput, ClaimKind, ClaimSort, Money, NewQuote,
    ParcelInput, RepairChoice, Role,
};
use crate::report::ExportFormat;
use crate::report::job::{ExportContent, ExportJob};
use crate::rules::{PlanKind, Region};
use crate::tr;
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
    Confirm(Confirmation),
    /// Ask for the supervisor's PIN, then run the action with it.
    AskPin(PinAction),
    /// Run the pending supervisor action with the PIN typed in its dialog.
    RunWithPin,

    // ---- CR+ sale and plans
    /// Re-run the CR+ eligibility check for the sell panel (writes nothing).
    PreviewPlus(PlusRequest),
    /// Sell CR+ in the store and bind it to the serial.
    BuyPlus(PlusRequest),
    /// Bind CR+ with an activation card (code + serial).
    BindCard {
        code: String,
        serial: String,
        on: NaiveDate,
    },
    /// Register a new activation card.
    AddCard {
        code: String,
        region: Region,
    },
    /// Confirm the customer's withdrawal from a plan.
    WithdrawPlan {
        serial: String,
        plan: PlanKind,
    },
    /// Return CR+ (RET-* rules decide).
    ReturnPlus {
        serial: String,
        product_returned: bool,
    },

    // ---- claims
    /// Re-run the rules on the claim form (writes nothing).
    PreviewClaim(ClaimRequest),
    /// File the claim as the form stands (approved or refused, it is recorded).
    FileClaim(ClaimRequest),
    /// Show one claim with its timeline.
    OpenClaim(String),
    /// Read the shown claim again (another workstation changed it); what is
    /// typed in its form stays.
    ReloadClaim(String),
    /// Move a claim one step along its lifecycle.
    AdvanceClaim {
        id: String,
        action: ClaimAction,
        note: String,
    },
    /// Count the claims a filter selects (the table's length).
    CountClaims(ClaimQuery),
    /// Read one page of the claims table.
    LoadClaimsPage {
        query: ClaimQuery,
        page: usize,
    },
    /// Count the claims of every work queue (SPEC §6) as of today.
    CountQueues,
    /// Record a parcel of a claim (inbound or outbound).
    AddParcel {
        claim_id: String,
        input: ParcelInput,
    },
    /// Check a scanned replacement serial for a claim before it ships
    /// (same model, unknown to the store); writes nothing.
    CheckReplacementUnit {
        claim_id: String,
        serial: String,
    },

    // ---- the SSC day and the customer's choice (issue 14)
    /// Read a day's appointments (at one counter, or all).
    LoadCounterDay {
        day: NaiveDate,
        store: Option<String>,
    },
    /// Book an appointment by hand.
    AddAppointment(AppointmentFields),
    /// Change a booked appointment.
    EditAppointment {
        id: i64,
        fields: AppointmentFields,
    },
    /// Cancel a booked appointment.
    CancelAppointment {
        id: i64,
    },
    /// The customer did not come.
    NoShowAppointment {
        id: i64,
    },
    /// The customer is here: check in (with the serial scanned, or the one
    /// booked) and open claim intake for the product, pre-filled.
    CheckIn {
        id: i64,
        serial: Option<String>,
    },
    /// Pick a Swift Service CSV export, then import it (all or nothing).
    PickAppointmentImport,
    ImportAppointments(PathBuf),
    /// Read the replacement-or-repair comparison of a claim.
    LoadRepairOffer(String),
    /// Record the paid-repair quote of an assessed claim.
    QuoteRepair {
        id: String,
        quote: NewQuote,
    },
    /// Record the customer's choice.
    RecordChoice {
        id: String,
        choice: RepairChoice,
    },

    // ---- settings
    /// Choose who is working; recorded on every action.
    SetStaff(i64),
    /// Add a staff member.
    AddStaff {
        name: String,
        role: Role,
        pin: Option<String>,
    },
    /// Read the fee schedule (Settings lists it).
    LoadFees,

    // ---- long work (background thread with progress)
    /// Fill the database with demo products, plans and claims (asks first
    /// when the database is not empty, unless `confirmed`).
    LoadDemo {
        products: usize,
        confirmed: bool,
    },
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

/// A step that waits for "Yes" in a dialog.
#[derive(Debug, Clone)]
pub struct Confirmation {
    pub title: String,
    pub body: String,
    pub confirm_label: String,
    pub then: Box<Command>,
}

/// What a claim form asks the rules: the request of its live decision and
/// of its filing.
#[derive(Debug, Clone, PartialEq)]
pub struct ClaimRequest {
    pub serial: String,
    pub kind: ClaimKind,
    pub input: ClaimInput,
    pub on: NaiveDate,
}

/// A CR+ sale in the store, as the sell panel stands.
#[derive(Debug, Clone, PartialEq)]
pub struct PlusRequest {
    pub serial: String,
    /// Region of the store CR+ is bought through.
    pub purchase_region: Region,
    pub on: NaiveDate,
}

/// Which claims the table lists, in which order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ClaimQuery {
    pub filter: ClaimFilter,
    pub sort: ClaimSort,
}

/// What a supervisor's PIN unlocks.
#[derive(Debug, Clone)]
pub enum PinAction {
    /// Change one fee of the fee schedule.
    SetFee {
        model: String,
        region: crate::rules::Region,
        replacement_number: u32,
        amount: Money,
    },
    /// Reopen a refused (closed) claim with a note.
    ReopenClaim { id: String, note: String },
}

impl PinAction {
    /// What the PIN is asked for, in the dialog.
    pub fn describe(&self) -> String {
        match self {
            PinAction::SetFee {
                model,
                region,
                replacement_number,
                amount,
            } => tr!(
                "pin-set-fee",
                model = model.as_str(),
                region = region.to_string(),
                number = *replacement_number,
                amount = amount.to_string()
            ),
            PinAction::ReopenClaim { id, .. } => tr!("pin-reopen-claim", id = id.as_str()),
        }
    }
}

/// The keyboard shortcuts, one table.
pub mod keys {
    use super::*;

    pub const FOCUS_SERIAL: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::L);
    /// F2 does the same as Ctrl+L (one hand on the scanner).
    pub const FOCUS_SERIAL_ALT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::NONE, Key::F2);
    pub const TOGGLE_THEME: KeyboardShortcut =
        KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::D);
    pub const FILE_CLAIM: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Enter);

    /// Ctrl+1 … Ctrl+9 show the panels, in the registry's order.
    pub fn panel(panel: Panel) -> Option<KeyboardShortcut> {
        const KEYS: [Key; 9] = [
            Key::Num1,
            Key::Num2,
            Key::Num3,
            Key::Num4,
            Key::Num5,
            Key::Num6,
            Key::Num7,
            Key::Num8,
            Key::Num9,
        ];
        KEYS.get(panel.index())
            .map(|k| KeyboardShortcut::new(Modifiers::COMMAND, *k))
    }
}

impl Command {
    /// The keyboard shortcut that issues this command, if it has one.
    pub fn shortcut(&self) -> Option<KeyboardShortcut> {
        match self {
            Command::FocusSerial => Some(keys::FOCUS_SERIAL),
            Command::ToggleTheme => Some(keys::TOGGLE_THEME),
            Command::ShowPanel(p) => keys::panel(*p),
            Command::FileClaim(_) => Some(keys::FILE_CLAIM),
            _ => None,
        }
    }

    /// The label of the menu entry or button that issues this command, for
    /// the commands that have one fixed label (others are labelled where
    /// they are offered: a confirmation names its own step).
    pub fn label(&self) -> Option<String> {
        Some(match self {
            Command::ShowPanel(p) => p.title(),
            Command::FocusSerial => tr!("command-focus-serial"),
            Command::ToggleTheme => tr!("command-toggle-theme"),
            Command::ClearRecent => tr!("command-clear-recent"),
            Command::Search(_) => tr!("command-search"),
            Command::OpenProduct(_) => tr!("command-open-product"),
            Command::LoadDemo { .. } => tr!("command-load-demo"),
            Command::PickImportFile => tr!("command-import-products"),
            Command::CancelJob => tr!("command-cancel-job"),
            Command::DismissMessage => tr!("command-dismiss"),
            _ => return None,
        })
    }

    /// `label` with a fallback, for a button that must say something.
    pub fn button_text(&self) -> String {
        self.label().unwrap_or_default()
    }
}
