//! `CareDeskApp`: owns the service handle (`Desk`), the persisted `State`,
//! the panels and the window's own state (the open product, the scanner
//! field, dialogs, the status line).
//!
//! One frame: the chrome and the shown panel are drawn and return commands
//! (`chrome.rs`); the commands are carried out (`apply.rs`, the only place
//! the service layer is called) and their results handed to the panels as
//! `Outcome`s; then background work is polled (`jobs.rs`): exports, demo
//! data and imports on their own threads, the claims-page reader, and the
//! live-refresh watcher, which wakes the window when another workstation
//! commits — nothing polls the database every frame.

mod apply;
mod chrome;
mod jobs;
mod ssc;

use crate::desk::{Appointment, Desk, Lookup, Staff};
use crate::tr;
use crate::ui::command::Command;
use crate::ui::outcome::Outcome;
use crate::ui::view::{Clock, Message, State};
use crate::ui::{Panel, Panels, StartOptions, theme};
use chrono::NaiveDate;
use egui::Ui;

pub struct CareDeskApp {
    pub desk: Desk,
    pub state: State,
    clock: Clock,
    /// The open product.
    pub product: Option<Lookup>,
    /// The appointment checked in whose claim intake is open.
    pub checking_in: Option<Appointment>,
    pub staff: Vec<Staff>,
    /// The scanner field.
    pub serial_input: String,
    focus_serial: bool,
    /// Every panel; the registry's `Panels`.
    pub panels: Panels,
    /// Commands waiting for the end of the frame.
    commands: Vec<Command>,
    dialogs: chrome::Dialogs,
    /// The status line.
    pub message: Option<Message>,
    background: jobs::Background,
    /// Where the database is, in words (Settings shows it).
    location: String,
    /// Fixed theme, no animation, no file dialogs.
    test_mode: bool,
    theme_applied: Option<bool>,
}

impl CareDeskApp {
    /// The app in a window: the start options applied, the claims reader and
    /// the live-refresh watcher started.
    pub fn new(
        desk: Desk,
        clock: Clock,
        state: State,
        start: StartOptions,
        ctx: &egui::Context,
    ) -> Self {
        let mut app = Self::build(desk, clock, state, false);
        if let Some(dark) = start.dark {
            app.state.dark = dark;
        }
        if let Some(name) = &start.staff {
            match app.desk.staff_by_name(name) {
                Ok(s) => app.state.staff_id = Some(s.id),
                Err(e) => app.fail(&tr!("app-what-staff-option", name = name.as_str()), e),
            }
        }
        if let Some(serial) = start.open {
            app.commands.push(Command::OpenProduct(serial));
        }
        // Through the command, so the panel's data is loaded as on a click.
        // SSC counter staff start their day from today's appointments.
        let ssc = app
            .current_staff()
            .is_some_and(|s| s.role == crate::desk::Role::Ssc);
        let panel = start
            .panel
            .unwrap_or(if ssc { Panel::Today } else { app.state.panel });
        app.commands.push(Command::ShowPanel(panel));
        if let Some(demo) = &start.demo_loaded {
            let pins: Vec<String> = demo
                .staff
                .iter()
                .filter_map(|s| {
                    let pin = s.pin.as_deref()?;
                    Some(tr!("app-demo-pin", name = s.name.as_str(), pin = pin))
                })
                .collect();
            app.message = Some(Message::info(tr!(
                "app-demo-loaded",
                products = demo.products,
                claims = demo.claims,
                supervisors = pins.join(", ")
            )));
        } else if app.desk.is_empty().unwrap_or(false) {
            let keys = crate::ui::widgets::shortcut_text(ctx, &Command::ShowPanel(Panel::Settings));
            app.message = Some(Message::info(tr!("app-empty-database", keys = keys)));
        }
        theme::apply(ctx, app.state.dark);
        app.theme_applied = Some(app.state.dark);
        app.background.start_pages(&app.desk);
        app.start_live(ctx);
        app
    }

    /// Headless app for tests: fixed day, light theme, no animation, no
    /// background reader (pages are read in place) or watcher (`start_live`
    /// turns it on), no file dialogs.
    pub fn new_for_test(desk: Desk, today: NaiveDate) -> Self {
        // The service layer judges deadlines and typed days on the same day.
        let desk = desk.with_today(today);
        Self::build(desk, Clock::Fixed(today), State::default(), true)
    }

    fn build(desk: Desk, clock: Clock, state: State, test_mode: bool) -> Self {
        let location = desk.location();
        let mut app = Self {
            desk,
            state,
            clock,
            product: None,
            checking_in: None,
            staff: Vec::new(),
            serial_input: String::new(),
            focus_serial: true,
            panels: Panels::default(),
            commands: Vec::new(),
            dialogs: chrome::Dialogs::default(),
            message: None,
            background: jobs::Background::default(),
            location,
            test_mode,
            theme_applied: None,
        };
        for panel in Panel::ALL {
            if let Some(saved) = app.state.panels.get(panel.name()) {
                app.panels.get_mut(panel).restore(saved);
            }
        }
        app.reload_staff();
        app
    }

    pub fn today(&self) -> NaiveDate {
        self.clock.today()
    }

    pub fn current_staff(&self) -> Option<&Staff> {
        let id = self.state.staff_id?;
        self.staff.iter().find(|s| s.id == id)
    }

    /// Queues a command as if a widget had returned it.
    pub fn push(&mut self, c: Command) {
        self.commands.push(c);
    }

    /// The whole window, for eframe and for kittest alike.
    pub fn ui(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        self.set_up_frame(&ctx);
        self.shortcuts(&ctx);
        let mut out = self.draw(ui, &ctx);
        self.commands.append(&mut out);
        // Drained once per frame; what applying them asks next waits for the
        // next frame (asked for below), so a frame's work stays bounded.
        let commands = std::mem::take(&mut self.commands);
        let any = !commands.is_empty();
        for c in commands {
            self.apply(c);
        }
        self.poll_background(&ctx);
        if any {
            ctx.request_repaint();
        }
    }

    /// The theme as chosen (fixed to light in tests, where animation is off too).
    fn set_up_frame(&mut self, ctx: &egui::Context) {
        if self.test_mode && self.theme_applied.is_none() {
            ctx.all_styles_mut(|s| s.animation_time = 0.0);
        }
        if self.theme_applied != Some(self.state.dark) {
            theme::apply(ctx, self.state.dark);
            self.theme_applied = Some(self.state.dark);
        }
    }

    /// Hands a result or a change to every panel.
    fn deliver(&mut self, outcome: Outcome) {
        self.panels.receive(&outcome);
    }

    /// What each panel keeps across restarts, into the persisted state.
    fn save_panels(&mut self) {
        for panel in Panel::ALL {
            match self.panels.get(panel).save() {
                Some(saved) => self.state.panels.insert(panel.name().to_owned(), saved),
                None => self.state.panels.remove(panel.name()),
            };
        }
    }
}

impl eframe::App for CareDeskApp {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        CareDeskApp::ui(self, ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        self.save_panels();
        eframe::set_value(storage, eframe::APP_KEY, &self.state);
    }
}
