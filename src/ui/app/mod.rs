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
mod sale;
mod ssc;
mod visit;

use crate::desk::{Appointment, BackupInfo, Desk, Lookup, Role, Staff, StoreError};
use crate::tr;
use crate::ui::command::Command;
use crate::ui::outcome::Outcome;
use crate::ui::view::{Clock, Message, State};
use crate::ui::{Panel, Panels, StartOptions, theme};
use chrono::NaiveDate;
use egui::Ui;
use std::time::{Duration, Instant};

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
    /// What the last scan found when it opened nothing (an unknown serial),
    /// shown beside the serial field until the next scan.
    pub scan_notice: Option<String>,
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
    /// Fixed theme, no animation, no native file dialogs (CareDesk's own
    /// save dialog instead).
    test_mode: bool,
    theme_applied: Option<bool>,
    /// The database holds demo data (a banner says so).
    demo: bool,
    /// Minutes without input before the window locks (0: never).
    idle_lock_minutes: u32,
    /// When a person last pressed a key, clicked or moved the pointer.
    last_input: Instant,
    /// The last backup of this database (Settings shows it).
    last_backup: Option<BackupInfo>,
    /// Why the database is read-only (damaged), for the banner.
    read_only: Option<String>,
    /// Who signed in last in this window: someone else signing in starts
    /// afresh (an SSC clerk on Today), the same person after a lock goes on.
    last_signed_in: Option<i64>,
    /// The window's context, for threads that wake it (photo readers).
    ctx: Option<egui::Context>,
    /// The terms and which clause each rule rests on (the clause window).
    terms: Result<crate::terms::Terms, String>,
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
            // Chosen in the sign-in dialog; the PIN is still asked.
            match app.desk.staff_by_name(name) {
                Ok(s) => app.dialogs.sign_in.staff_id = Some(s.id),
                Err(e) => app.fail(&tr!("app-what-staff-option", name = name.as_str()), e),
            }
        }
        if let Some(serial) = start.open {
            app.commands.push(Command::OpenProduct(serial));
        }
        // Through the command, so the panel's data is loaded as on a click.
        let panel = start.panel.unwrap_or(app.state.panel);
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
        app.start_daily_backup();
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
            scan_notice: None,
            panels: Panels::default(),
            commands: Vec::new(),
            dialogs: chrome::Dialogs::default(),
            message: None,
            background: jobs::Background::default(),
            location,
            test_mode,
            theme_applied: None,
            demo: false,
            idle_lock_minutes: crate::desk::DEFAULT_IDLE_LOCK_MINUTES,
            last_input: Instant::now(),
            last_backup: None,
            read_only: None,
            last_signed_in: None,
            ctx: None,
            terms: crate::terms::Terms::load_default().map_err(|e| e.to_string()),
        };
        app.read_only = app.desk.read_only_reason();
        for panel in Panel::ALL {
            if let Some(saved) = app.state.panels.get(panel.name()) {
                app.panels.get_mut(panel).restore(saved);
            }
        }
        app.reload_staff();
        app.reload_database_facts();
        app
    }

    pub fn today(&self) -> NaiveDate {
        self.clock.today()
    }

    /// The rule whose clause of the terms is shown, if any.
    pub fn shown_clause(&self) -> Option<crate::rules::RuleId> {
        self.dialogs.clause
    }

    pub fn current_staff(&self) -> Option<&Staff> {
        let id = self.state.staff_id?;
        self.staff.iter().find(|s| s.id == id)
    }

    /// Photos are being read or kept off the UI thread.
    pub fn reading_photos(&self) -> bool {
        self.background.reading_photos()
    }

    /// Queues a command as if a widget had returned it.
    pub fn push(&mut self, c: Command) {
        self.commands.push(c);
    }

    /// Signs a person in with their PIN: the one way `state.staff_id` is
    /// set. A wrong PIN counts towards that person's lock (five in a row:
    /// five minutes), kept in the database.
    pub fn sign_in(&mut self, staff_id: i64, pin: &str) -> Result<(), StoreError> {
        let who = self.desk.sign_in(staff_id, pin)?;
        self.state.staff_id = Some(who.id());
        self.dialogs.sign_in = chrome::SignInDialog::default();
        self.last_input = Instant::now();
        self.focus_serial = true;
        self.reload_staff();
        // SSC counter staff start their day from today's appointments
        // (through the command, so the day is read as on a click).
        let someone_else = self.last_signed_in.replace(who.id()) != Some(who.id());
        if someone_else && self.current_staff().is_some_and(|s| s.role == Role::Ssc) {
            self.commands.push(Command::ShowPanel(Panel::Today));
        }
        Ok(())
    }

    /// Nobody is signed in now; the sign-in dialog offers the person who
    /// was, so they only type their PIN to go on. What is typed in the
    /// panels stays.
    pub fn lock(&mut self) {
        let was = self.state.staff_id.take();
        self.dialogs.pin = None;
        self.dialogs.confirm = None;
        self.dialogs.sign_in = chrome::SignInDialog {
            staff_id: was,
            ..chrome::SignInDialog::default()
        };
    }

    /// Whether the window is locked (staff exist and nobody is signed in).
    pub fn is_locked(&self) -> bool {
        !self.staff.is_empty() && self.current_staff().is_none()
    }

    /// Locks the window when nobody has touched it for the idle-lock time,
    /// as of `now`; returns whether it locked. Called every frame (tests
    /// pass a later `now` instead of waiting).
    pub fn check_idle(&mut self, now: Instant) -> bool {
        let Some(limit) = self.idle_limit() else {
            return false;
        };
        if self.state.staff_id.is_some() && now.saturating_duration_since(self.last_input) >= limit
        {
            self.lock();
            self.message = Some(crate::ui::Message::info(tr!(
                "app-locked-idle",
                minutes = self.idle_lock_minutes
            )));
            return true;
        }
        false
    }

    fn idle_limit(&self) -> Option<Duration> {
        (self.idle_lock_minutes > 0)
            .then(|| Duration::from_secs(60 * u64::from(self.idle_lock_minutes)))
    }

    /// Notes input this frame, locks when idle too long, and makes sure a
    /// frame comes when the idle time will be up (no input, no repaint
    /// otherwise).
    fn watch_idle(&mut self, ctx: &egui::Context) {
        let touched = ctx.input(|i| {
            i.events.iter().any(|e| {
                matches!(
                    e,
                    egui::Event::Key { .. }
                        | egui::Event::Text(_)
                        | egui::Event::PointerButton { .. }
                        | egui::Event::PointerMoved(_)
                        | egui::Event::MouseWheel { .. }
                        | egui::Event::Paste(_)
                )
            })
        });
        let now = Instant::now();
        if touched {
            self.last_input = now;
        }
        self.check_idle(now);
        if let Some(limit) = self.idle_limit()
            && self.state.staff_id.is_some()
        {
            let left = limit.saturating_sub(now.saturating_duration_since(self.last_input));
            ctx.request_repaint_after(left + Duration::from_millis(50));
        }
    }

    /// Demo or real, the idle lock and the last backup, as the database says.
    pub(super) fn reload_database_facts(&mut self) {
        self.demo = self.desk.is_demo().unwrap_or(false);
        if let Ok(m) = self.desk.idle_lock_minutes() {
            self.idle_lock_minutes = m;
        }
        self.last_backup = self.desk.last_backup().ok().flatten();
    }

    /// The whole window, for eframe and for kittest alike.
    pub fn ui(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        if self.ctx.is_none() {
            self.ctx = Some(ctx.clone());
        }
        self.set_up_frame(&ctx);
        self.watch_idle(&ctx);
        let dropped = crate::ui::visit::dropped_photos(&ctx);
        // A locked window takes no photos: nobody is signed in to keep them.
        if !self.is_locked() {
            self.dropped(dropped);
        }
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
