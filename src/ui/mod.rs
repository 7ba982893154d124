//! The desktop app: the counter and the workshop in one window.
//!
//! How it fits together (ARCHITECTURE.md has the map):
//! - `view.rs` — what a panel reads while drawing (`View`), the persisted
//!   `State`, the status line's `Message`, the `Clock`. Panels import this,
//!   never `app`.
//! - `command.rs` — every request a person can make, one typed `Command`
//!   enum, with its label and shortcut; `outcome.rs` — what the app tells the
//!   panels back (`Outcome`).
//! - `panel.rs` — the `PanelUi` trait and the `panels!` registry macro; the
//!   registry itself is below: one line a panel.
//! - `app/` — `CareDeskApp`: the frame and its chrome (`chrome.rs`),
//!   applying commands, the only place the service layer is called
//!   (`apply.rs`), background work (`jobs.rs`).
//! - `preview.rs` — the live decision beside a form; `widgets.rs` and
//!   `theme.rs` — what every panel draws with.
//!
//! Every text a person reads comes from the message catalogue (`tr!`,
//! `assets/i18n/en.ftl`); `tests/ui_strings.rs` keeps it that way.

pub mod advice;
pub mod app;
pub mod command;
pub mod outcome;
pub mod panel;
pub mod preview;
pub mod theme;
pub mod view;
pub mod visit;
pub mod widgets;

// The panels, one file each; their order in the side bar (and Ctrl+1 …) is
// the registry's below.
pub mod claim_intake;
pub mod claims;
pub mod coverage;
pub mod customers;
pub mod fonts;
pub mod lookup;
pub mod plan_status;
pub mod quote;
pub mod sell_plus;
pub mod settings;
pub mod today;

panel::panels! {
    // Panel id  => `--panel` name and field of `Panels`: its type
    Lookup => lookup: lookup::LookupPanel,
    Plans => plans: plan_status::PlanStatusPanel,
    Coverage => coverage: coverage::CoveragePanel,
    SellPlus => sell: sell_plus::SellPlusPanel,
    Intake => intake: claim_intake::ClaimIntakePanel,
    Claims => claims: claims::ClaimsPanel,
    Settings => settings: settings::SettingsPanel,
    Customers => customers: customers::CustomersPanel,
    Today => today: today::TodayPanel,
}

pub use app::CareDeskApp;
pub use command::Command;
pub use outcome::Outcome;
pub use panel::PanelUi;
pub use view::{Clock, Message, State, View};

use crate::tr;

/// How long the soundness check at start may take (`PRAGMA quick_check`).
const QUICK_CHECK_BUDGET: std::time::Duration = std::time::Duration::from_secs(3);

/// What the command line asks the window to show first (`--open`, `--panel`).
#[derive(Debug, Clone, Default)]
pub struct StartOptions {
    /// Open this serial at start, as if scanned.
    pub open: Option<String>,
    /// Show this panel at start (its short name, e.g. `claims`).
    pub panel: Option<Panel>,
    /// Force the dark or light theme for this run.
    pub dark: Option<bool>,
    /// Who is working (`--staff NAME`): chosen in the sign-in dialog, which
    /// still asks for their PIN.
    pub staff: Option<String>,
    /// A missing database may be made (the default path, or `--create`).
    pub create: bool,
    /// The language for this run (`--lang`, `CAREDESK_LANG`); otherwise the
    /// one chosen in Settings, else the system's.
    pub lang: Option<crate::i18n::Lang>,
    /// Set when this start created the database and filled it with demo data.
    pub demo_loaded: Option<crate::desk::DemoSummary>,
}

/// Opens the window on the database at `location` and runs until it closes.
pub fn run(location: crate::desk::Location, start: StartOptions) -> anyhow::Result<()> {
    use anyhow::Context as _;
    let catalog = std::sync::Arc::new(
        crate::catalog::Catalog::load_default().context(tr!("start-no-catalog"))?,
    );
    // A new database gets demo data, so a first start shows a working desk.
    let today = Clock::System.today();
    let (desk, demo_loaded) =
        crate::desk::Desk::open_with_demo(&location, start.create, catalog, today)
            .with_context(|| tr!("start-no-database", location = location.describe()))?;
    // The quick soundness check, bounded, before the window opens: a damaged
    // file is opened read-only and the window says so in a banner.
    let desk = match desk.check_health(QUICK_CHECK_BUDGET) {
        Ok(crate::desk::Health::Damaged(why)) => desk.read_only_because(&why).unwrap_or(desk),
        _ => desk,
    };
    let start = StartOptions {
        demo_loaded,
        ..start
    };
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title(tr!("app-title"))
            .with_app_id("caredesk")
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([1024.0, 640.0]),
        persist_window: true,
        ..Default::default()
    };
    eframe::run_native(
        "caredesk",
        options,
        Box::new(move |cc| Ok(Box::new(create(cc, desk, start)))),
    )
    .map_err(|e| anyhow::anyhow!(tr!("start-no-window", error = e.to_string())))
}

/// Builds the app when the window exists: the one place to set up the egui
/// context (theme, fonts) before the first frame.
fn create(
    cc: &eframe::CreationContext<'_>,
    desk: crate::desk::Desk,
    start: StartOptions,
) -> CareDeskApp {
    let state: Option<State> = cc
        .storage
        .and_then(|s| eframe::get_value(s, eframe::APP_KEY));
    // The language chosen in Settings, unless this run asks for another; set
    // before the fonts are looked for (the Han variant follows it).
    if start.lang.is_none()
        && let Some(lang) = state.as_ref().and_then(State::language)
    {
        crate::i18n::set_current(lang);
    }
    // Every script's fonts, found off the UI thread (issue 16).
    fonts::install(&cc.egui_ctx);
    CareDeskApp::new(
        desk,
        Clock::System,
        state.unwrap_or_default(),
        start,
        &cc.egui_ctx,
    )
}
