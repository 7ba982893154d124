//! The desktop app: the counter and the workshop in one window (issue 4).
//!
//! `app.rs` owns the store and applies every `Command` in one place; each
//! panel lives in its own file and only returns commands. Shared widgets
//! (refusal box, decision badge, date field, relative dates) are in
//! `widgets.rs`; the look in `theme`.

pub mod app;
pub mod claim_intake;
pub mod claims;
pub mod command;
pub mod coverage;
pub mod fonts;
pub mod lookup;
pub mod plan_status;
pub mod sell_plus;
pub mod settings;
pub mod widgets;

pub use app::{CareDeskApp, Clock, Panel, State};
pub use command::Command;

/// What the command line asks the window to show first (`--open`, `--panel`).
#[derive(Debug, Clone, Default)]
pub struct StartOptions {
    /// Open this serial at start, as if scanned.
    pub open: Option<String>,
    /// Show this panel at start (its short name, e.g. `claims`).
    pub panel: Option<Panel>,
    /// Force the dark or light theme for this run.
    pub dark: Option<bool>,
    /// Who is working (`--staff NAME`); otherwise chosen in the window.
    pub staff: Option<String>,
    /// A missing database may be made (the default path, or `--create`).
    pub create: bool,
    /// Set when this start created the database and filled it with demo data.
    pub demo_loaded: Option<crate::desk::DemoSummary>,
}

/// Opens the window on the database at `location` and runs until it closes.
pub fn run(location: crate::desk::Location, start: StartOptions) -> anyhow::Result<()> {
    use anyhow::Context as _;
    let catalog = std::sync::Arc::new(
        crate::catalog::Catalog::load_default().context("cannot load the catalog")?,
    );
    // A new database gets demo data, so a first start shows a working desk.
    let today = Clock::System.today();
    let (store, demo_loaded) =
        crate::desk::Desk::open_with_demo(&location, start.create, catalog, today)
            .with_context(|| format!("cannot open the database {}", location.describe()))?;
    let start = StartOptions {
        demo_loaded,
        ..start
    };
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("CareDesk")
            .with_app_id("caredesk")
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([1024.0, 640.0]),
        persist_window: true,
        ..Default::default()
    };
    eframe::run_native(
        "caredesk",
        options,
        Box::new(move |cc| {
            // Every script's fonts, found off the UI thread (issue 16).
            fonts::install(&cc.egui_ctx);
            let state: Option<State> = cc
                .storage
                .and_then(|s| eframe::get_value(s, eframe::APP_KEY));
            Ok(Box::new(CareDeskApp::new(
                store,
                Clock::System,
                state.unwrap_or_default(),
                start,
                &cc.egui_ctx,
            )))
        }),
    )
    .map_err(|e| anyhow::anyhow!("cannot open the window: {e}"))
}

/// Colours and spacing shared by every panel.
pub mod theme {
    use egui::{Color32, Visuals};

    /// Applies the chosen theme and CareDesk's spacing (readable at 1280×800).
    pub fn apply(ctx: &egui::Context, dark: bool) {
        ctx.set_theme(if dark {
            egui::Theme::Dark
        } else {
            egui::Theme::Light
        });
        ctx.all_styles_mut(|s| {
            s.spacing.item_spacing = egui::vec2(8.0, 6.0);
            s.spacing.button_padding = egui::vec2(8.0, 4.0);
            s.spacing.interact_size.y = 24.0;
            if let Some(body) = s.text_styles.get_mut(&egui::TextStyle::Body) {
                body.size = 14.0;
            }
            if let Some(b) = s.text_styles.get_mut(&egui::TextStyle::Button) {
                b.size = 14.0;
            }
            if let Some(h) = s.text_styles.get_mut(&egui::TextStyle::Heading) {
                h.size = 20.0;
            }
        });
    }

    /// Green that reads on both backgrounds: approved, active.
    pub fn ok(v: &Visuals) -> Color32 {
        if v.dark_mode {
            Color32::from_rgb(0x5c, 0xd6, 0x7d)
        } else {
            Color32::from_rgb(0x1b, 0x7a, 0x3a)
        }
    }

    /// Red: refused, errors.
    pub fn bad(v: &Visuals) -> Color32 {
        if v.dark_mode {
            Color32::from_rgb(0xff, 0x7b, 0x72)
        } else {
            Color32::from_rgb(0xb3, 0x1d, 0x1d)
        }
    }

    /// Amber: warnings, things to watch (ends soon, not started).
    pub fn warn(v: &Visuals) -> Color32 {
        if v.dark_mode {
            Color32::from_rgb(0xf0, 0xc0, 0x4a)
        } else {
            Color32::from_rgb(0x9a, 0x5b, 0x00)
        }
    }

    /// Muted text: hints, secondary facts.
    pub fn muted(v: &Visuals) -> Color32 {
        v.weak_text_color()
    }
}
