//! Everything a person can ask the app to do, as one typed enum. Panels
//! return commands; the app drains them once a frame, after drawing
//! (`app/apply.rs`), so all store I/O happens in one place and never inside
//! layout code. The labels and keyboard shortcuts of the commands that have
//! them are here too, in one place (`Command::label`, `Command::shortcut`).

use crate::desk::{
    AppointmentFields, ClaimAction, ClaimFilter, ClaimInput, ClaimKind, ClaimSort, CustomerFields,
    Intake, IntakeAttachments, Money, NewQuote, ParcelInput, RepairChoice, Role, Signature,
};
use crate::report::ExportFormat;
use crate::report::job::{ExportContent, ExportJob};
use crate::rules::{PlanKind, Region, RuleId};
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
    /// Show the desk in this language from now on, and keep the choice;
    /// `None` follows the system's language again.
    SetLanguage(Option<crate::i18n::Lang>),
    /// Ask before running `then` (irreversible or destructive steps).
    Confirm(Confirmation),
    /// Ask for the supervisor's PIN, then run the action with it.
    AskPin(PinAction),
    /// Run the pending supervisor action with the PIN typed in its dialog.
    RunWithPin,

    // ---- CR+ sale and plans
    /// Re-run the CR+ eligibility check for the sell panel (writes nothing).
    PreviewPlus(PlusRequest),
    /// Sell CR+ in the store and bind it to the serial (for a customer,
    /// whose product it becomes when it belongs to nobody yet).
    BuyPlus(PlusRequest, Option<i64>),
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
    /// File the claim with what the counter recorded: the customer, the
    /// checklist and description, the signature and the photos.
    FileIntake(Box<IntakeFiling>),
    /// Pick photo files (JPEG/PNG), then read them off the UI thread.
    PickPhotos(PhotoTarget),
    /// Read photos (picked or dropped on the window) off the UI thread: for
    /// the intake form, or attached to a filed claim.
    LoadPhotos {
        target: PhotoTarget,
        files: Vec<PhotoFile>,
    },
    /// Read a claim's signature to draw it.
    LoadSignature(String),
    /// Keep the customer's signature with a filed claim.
    SignClaim { id: String, signature: Signature },
    /// Choose where to save a claim's receipt or box label, then print it.
    PickPrint { claim: String, paper: PaperKind },
    /// Write a claim's receipt or box label to a PDF file.
    Print {
        claim: String,
        paper: PaperKind,
        target: PathBuf,
    },

    // ---- customers
    /// Find customers by any part of a name, phone or email (a picker's list).
    FindCustomers(String),
    /// Add a customer; `by` says which form asked (it selects the new one).
    AddCustomer {
        fields: CustomerFields,
        by: CustomerForm,
    },
    /// Show a customer with their products and claims.
    OpenCustomer(i64),
    /// Change a customer's fields (audited).
    EditCustomer { id: i64, fields: CustomerFields },
    /// Choose where to save everything held about a customer, then write it.
    PickCustomerExport(i64),

    /// Count the claims a filter selects (the table's length).
    CountClaims(ClaimQuery),
    /// Read one page of the claims table.
    LoadClaimsPage { query: ClaimQuery, page: usize },
    /// Count the claims of every work queue (SPEC §6) as of today.
    CountQueues,
    /// Record a parcel of a claim (inbound or outbound).
    AddParcel {
        claim_id: String,
        input: ParcelInput,
    },
    /// Check a scanned replacement serial for a claim before it ships
    /// (same model, unknown to the store); writes nothing.
    CheckReplacementUnit { claim_id: String, serial: String },

    // ---- the SSC day and the customer's choice (issue 14)
    /// Appointments, check-in, the paid-repair quote and the choice
    /// (`app/ssc.rs` carries them out).
    Ssc(SscCommand),

    // ---- who is working
    /// Ask for this person's PIN to sign them in (switching person).
    SetStaff(i64),
    /// Check the PIN typed in the sign-in dialog for the person chosen there.
    SignIn,
    /// Lock the window now: the next action needs a PIN again.
    Lock,
    /// Set a new database up as a real one with its first supervisor (the
    /// name and PIN typed in the first-start dialog).
    SetUpFirstSupervisor,

    // ---- settings
    /// Add a staff member (a supervisor's PIN is asked first).
    AddStaff {
        name: String,
        role: Role,
        pin: String,
    },
    /// Read the fee schedule (Settings lists it).
    LoadFees,

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
    /// Export to (or import from) the file named in CareDesk's own file dialog.
    UseFileHere,
    /// Stop the running background job.
    CancelJob,
    /// Dismiss the status message.
    DismissMessage,
    /// Show the clause of the terms a rule rests on (a window beside the panel).
    ShowClause(RuleId),
    /// Re-run the RET-* rules for returning CR+ (writes nothing).
    PreviewReturn(ReturnRequest),
}

/// The SSC day's requests (issue 14).
#[derive(Debug, Clone)]
pub enum SscCommand {
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
}

/// Returning CR+ as the plan panel stands.
#[derive(Debug, Clone, PartialEq)]
pub struct ReturnRequest {
    pub serial: String,
    pub product_returned: bool,
    pub on: NaiveDate,
}

/// A claim as the intake form files it.
#[derive(Debug, Clone)]
pub struct IntakeFiling {
    pub request: ClaimRequest,
    pub intake: Intake,
    /// The signature and the photos (read and checked already, off the UI
    /// thread), filed with the claim.
    pub attached: IntakeAttachments,
}

/// Where photos being read go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PhotoTarget {
    /// The intake form (the claim is not filed yet).
    Intake,
    /// A filed claim.
    Claim(String),
}

/// A photo file to read: a path, or the bytes a drop carried.
#[derive(Debug, Clone)]
pub struct PhotoFile {
    pub name: String,
    pub path: Option<PathBuf>,
    pub bytes: Option<std::sync::Arc<[u8]>>,
}

/// The papers a claim prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PaperKind {
    Receipt,
    Label,
}

/// The forms that find or add a customer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CustomerForm {
    Intake,
    Sale,
    Customers,
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
    /// Staff and the settings that bind every workstation.
    Staff(StaffAction),
    /// Forget a customer: their personal fields erased everywhere.
    ForgetCustomer { id: i64, name: String },
}

/// The staff actions a supervisor's PIN unlocks (carried out as the
/// supervisor signed in with it).
#[derive(Debug, Clone)]
pub enum StaffAction {
    /// Add a staff member with their own PIN.
    AddStaff {
        name: String,
        role: Role,
        pin: String,
    },
    /// Minutes without input before every workstation's window locks.
    SetIdleLock(u32),
    /// Change a person's role.
    SetRole {
        staff_id: i64,
        name: String,
        role: Role,
    },
    /// Give a person a new PIN (also lifts a lock).
    ResetPin {
        staff_id: i64,
        name: String,
        pin: String,
    },
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
                amount = crate::ui::widgets::money(amount)
            ),
            PinAction::ReopenClaim { id, .. } => tr!("pin-reopen-claim", id = id.as_str()),
            PinAction::Staff(StaffAction::AddStaff { name, role, .. }) => {
                tr!("pin-add-staff", name = name.as_str(), role = role.label())
            }
            PinAction::Staff(StaffAction::SetIdleLock(minutes)) => {
                tr!("pin-set-idle-lock", minutes = *minutes)
            }
            PinAction::Staff(StaffAction::SetRole { name, role, .. }) => {
                tr!("pin-set-role", name = name.as_str(), role = role.label())
            }
            PinAction::Staff(StaffAction::ResetPin { name, .. }) => {
                tr!("pin-reset-pin", name = name.as_str())
            }
            PinAction::ForgetCustomer { id, name } => {
                tr!("pin-forget-customer", id = *id, name = name.as_str())
            }
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
    /// Lock the window when stepping away from the counter.
    pub const LOCK: KeyboardShortcut =
        KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::L);

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
            Command::Lock => Some(keys::LOCK),
            Command::ShowPanel(p) => keys::panel(*p),
            Command::FileClaim(_) | Command::FileIntake(_) => Some(keys::FILE_CLAIM),
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
            Command::Lock => tr!("command-lock"),
            _ => return None,
        })
    }

    /// `label` with a fallback, for a button that must say something.
    pub fn button_text(&self) -> String {
        self.label().unwrap_or_default()
    }
}
