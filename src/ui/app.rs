//! `CareDeskApp`: owns the service handle (`Desk`), the persisted `State`
//! and the panels. Drawing collects `Command`s; `apply` carries them out once
//! per frame — the only place the database is read or written. What other
//! workstations commit arrives through the live-refresh watcher
//! (`desk::live`), which wakes the window; nothing polls every frame.

use crate::catalog::Catalog;
use crate::desk::live::{LiveEvent, Watch};
use crate::desk::{Change, Desk, Lookup, Role, Staff, StoreError};
use crate::report::job::{ExportContent, ExportJob, ExportProgress};
use crate::report::source::ClaimSelection;
use crate::rules::RuleId;
use crate::ui::claim_intake::ClaimIntakePanel;
use crate::ui::claims::{ClaimsPanel, PAGE};
use crate::ui::command::{self, Command, PinAction};
use crate::ui::coverage::CoveragePanel;
use crate::ui::lookup::LookupPanel;
use crate::ui::plan_status::PlanStatusPanel;
use crate::ui::sell_plus::SellPlusPanel;
use crate::ui::settings::SettingsPanel;
use crate::ui::{StartOptions, theme, widgets};
use chrono::NaiveDate;
use egui::{Key, RichText, Ui};
use serde::{Deserialize, Serialize};
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::{Arc, mpsc};

/// The panels, in the order of the side bar and of Ctrl+1 … Ctrl+7.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Panel {
    #[default]
    Lookup,
    Plans,
    Coverage,
    SellPlus,
    Intake,
    Claims,
    Settings,
}

impl Panel {
    pub const ALL: [Panel; 7] = [
        Panel::Lookup,
        Panel::Plans,
        Panel::Coverage,
        Panel::SellPlus,
        Panel::Intake,
        Panel::Claims,
        Panel::Settings,
    ];
    pub fn label(self) -> &'static str {
        match self {
            Panel::Lookup => "Serial lookup",
            Panel::Plans => "Plan status",
            Panel::Coverage => "Coverage",
            Panel::SellPlus => "Sell / bind CR+",
            Panel::Intake => "Claim intake",
            Panel::Claims => "Claims",
            Panel::Settings => "Settings",
        }
    }
    /// The short name `--panel` takes.
    pub fn name(self) -> &'static str {
        match self {
            Panel::Lookup => "lookup",
            Panel::Plans => "plans",
            Panel::Coverage => "coverage",
            Panel::SellPlus => "sell",
            Panel::Intake => "intake",
            Panel::Claims => "claims",
            Panel::Settings => "settings",
        }
    }
    pub fn from_name(name: &str) -> Option<Panel> {
        Panel::ALL.into_iter().find(|p| p.name() == name)
    }
}

/// What survives a restart (eframe storage).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct State {
    pub panel: Panel,
    /// Most recent first.
    pub recent: Vec<String>,
    /// Not kept across restarts: whoever starts CareDesk says who they are
    /// (or passes `--staff NAME`), so actions are never recorded under the
    /// previous person's name.
    #[serde(skip)]
    pub staff_id: Option<i64>,
    pub dark: bool,
    pub coverage: CoveragePanel,
}

const RECENT_MAX: usize = 12;

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
}

/// What every panel reads while drawing.
pub struct View<'a> {
    pub today: NaiveDate,
    pub catalog: &'a Catalog,
    pub product: Option<&'a Lookup>,
    pub staff: &'a [Staff],
    pub current_staff: Option<&'a Staff>,
    /// A background job is running.
    pub busy: bool,
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
    fn info(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            error: false,
            rules: Vec::new(),
        }
    }
    fn error(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            error: true,
            rules: Vec::new(),
        }
    }
}

/// Long work on its own thread, with a clone of the service handle.
struct Job {
    title: String,
    /// Fraction done, read from what the worker updates.
    progress: Box<dyn Fn() -> f32>,
    cancel: Arc<AtomicBool>,
    done: mpsc::Receiver<Result<String, String>>,
}

/// One page of the claims table to read.
struct PageRequest {
    filter: crate::desk::ClaimFilter,
    sort: crate::desk::ClaimSort,
    page: usize,
}

struct PageResult {
    filter: crate::desk::ClaimFilter,
    sort: crate::desk::ClaimSort,
    page: usize,
    rows: Result<Vec<crate::desk::ClaimRow>, String>,
}

/// A reader thread for the claims table (its own pooled connection).
struct PageLoader {
    requests: mpsc::Sender<PageRequest>,
    results: mpsc::Receiver<PageResult>,
}

impl PageLoader {
    fn start(desk: Desk) -> Option<PageLoader> {
        let (req_tx, req_rx) = mpsc::channel::<PageRequest>();
        let (res_tx, res_rx) = mpsc::channel();
        let spawned = std::thread::Builder::new()
            .name("claims-pages".into())
            .spawn(move || {
                while let Ok(r) = req_rx.recv() {
                    let rows = desk
                        .claims(&r.filter, r.sort, r.page * PAGE, PAGE)
                        .map_err(|e| e.to_string());
                    let done = PageResult {
                        filter: r.filter,
                        sort: r.sort,
                        page: r.page,
                        rows,
                    };
                    if res_tx.send(done).is_err() {
                        return;
                    }
                }
            });
        spawned.ok().map(|_| PageLoader {
            requests: req_tx,
            results: res_rx,
        })
    }
}

/// A step waiting for "Yes".
struct Confirmation {
    title: String,
    body: String,
    confirm_label: String,
    then: Command,
}

/// A supervisor action waiting for the PIN.
struct PinRequest {
    action: PinAction,
    pin: String,
    error: Option<String>,
}

pub struct CareDeskApp {
    pub desk: Desk,
    pub state: State,
    clock: Clock,
    /// The open product.
    pub product: Option<Lookup>,
    pub staff: Vec<Staff>,
    /// The scanner field.
    pub serial_input: String,
    focus_serial: bool,
    pub lookup: LookupPanel,
    pub plans: PlanStatusPanel,
    pub intake: ClaimIntakePanel,
    pub sell: SellPlusPanel,
    pub claims: ClaimsPanel,
    pub settings: SettingsPanel,
    commands: Vec<Command>,
    confirm: Option<Confirmation>,
    pin: Option<PinRequest>,
    pub message: Option<Message>,
    job: Option<Job>,
    /// Reads claim pages on its own connection (None in tests: read in place).
    pages: Option<PageLoader>,
    /// Live refresh: the watcher (stops when dropped) and what it reports.
    live: Option<(Watch, mpsc::Receiver<LiveEvent>)>,
    test_mode: bool,
    theme_applied: Option<bool>,
}

impl CareDeskApp {
    pub fn new(
        store: Desk,
        clock: Clock,
        state: State,
        start: StartOptions,
        ctx: &egui::Context,
    ) -> Self {
        let mut app = Self::build(store, clock, state, false);
        if let Some(dark) = start.dark {
            app.state.dark = dark;
        }
        if let Some(name) = &start.staff {
            match app.desk.staff_by_name(name) {
                Ok(s) => app.state.staff_id = Some(s.id),
                Err(e) => app.fail(&format!("--staff {name}"), e),
            }
        }
        if let Some(serial) = start.open {
            app.commands.push(Command::OpenProduct(serial));
        }
        // Through the command, so the panel's data is loaded as on a click.
        app.commands
            .push(Command::ShowPanel(start.panel.unwrap_or(app.state.panel)));
        if let Some(demo) = &start.demo_loaded {
            let pins: Vec<String> = demo
                .staff
                .iter()
                .filter_map(|s| s.pin.as_ref().map(|pin| format!("{} (PIN {pin})", s.name)))
                .collect();
            app.message = Some(Message::info(format!(
                "New database: demo data loaded ({} products, {} claims). Demo supervisor: {}.",
                demo.products,
                demo.claims,
                pins.join(", ")
            )));
        } else if app.desk.is_empty().unwrap_or(false) {
            app.message = Some(Message::info(
                "This database is empty: load demo data or import products in Settings (Ctrl+7).",
            ));
        }
        theme::apply(ctx, app.state.dark);
        app.theme_applied = Some(app.state.dark);
        app.pages = PageLoader::start(app.desk.clone());
        app.start_live(ctx);
        app
    }

    /// Headless app for tests: fixed day, light theme, no animation, no
    /// background reader or watcher (`start_live` turns the watcher on).
    pub fn new_for_test(desk: Desk, today: NaiveDate) -> Self {
        Self::build(desk, Clock::Fixed(today), State::default(), true)
    }

    /// Starts the live-refresh watcher: another workstation's filing or
    /// step shows in the claims list and the open claim within a second.
    pub fn start_live(&mut self, ctx: &egui::Context) {
        let (tx, rx) = mpsc::channel();
        let ctx = ctx.clone();
        match self.desk.watch(move |e| {
            if tx.send(e).is_ok() {
                ctx.request_repaint();
            }
        }) {
            Ok(w) => self.live = Some((w, rx)),
            Err(e) => {
                self.message = Some(Message::error(format!(
                    "Live refresh is off ({e}); other workstations' changes show when you reopen a view."
                )))
            }
        }
    }

    fn build(desk: Desk, clock: Clock, state: State, test_mode: bool) -> Self {
        let mut app = Self {
            desk,
            state,
            clock,
            product: None,
            staff: Vec::new(),
            serial_input: String::new(),
            focus_serial: true,
            lookup: LookupPanel::default(),
            plans: PlanStatusPanel::default(),
            intake: ClaimIntakePanel::default(),
            sell: SellPlusPanel::default(),
            claims: ClaimsPanel::default(),
            settings: SettingsPanel::default(),
            commands: Vec::new(),
            confirm: None,
            pin: None,
            message: None,
            job: None,
            pages: None,
            live: None,
            test_mode,
            theme_applied: None,
        };
        app.reload_staff();
        if app.state.panel == Panel::Settings {
            app.reload_fees();
        }
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
        if self.test_mode && self.theme_applied.is_none() {
            ctx.all_styles_mut(|s| s.animation_time = 0.0);
        }
        if self.theme_applied != Some(self.state.dark) {
            theme::apply(&ctx, self.state.dark);
            self.theme_applied = Some(self.state.dark);
        }
        self.shortcuts(&ctx);

        let mut out = Vec::new();
        egui::Panel::top("top_bar").show(ui, |ui| self.top_bar(ui, &mut out));
        egui::Panel::bottom("status_bar").show(ui, |ui| self.status_bar(ui, &mut out));
        egui::Panel::left("nav")
            .resizable(false)
            .exact_size(178.0)
            .show(ui, |ui| self.nav(ui, &mut out));
        egui::CentralPanel::default().show(ui, |ui| self.central(ui, &mut out));
        self.modals(&ctx, &mut out);

        self.commands.append(&mut out);
        let commands = std::mem::take(&mut self.commands);
        let any = !commands.is_empty();
        for c in commands {
            self.apply(c);
        }
        self.poll_job(&ctx);
        self.poll_pages(&ctx);
        self.poll_live();
        if any {
            // Results of this frame's commands show on the next one.
            ctx.request_repaint();
        }
    }

    fn modal_open(&self) -> bool {
        self.confirm.is_some() || self.pin.is_some() || self.needs_staff()
    }

    /// The current staff member is chosen at start (once staff exist).
    fn needs_staff(&self) -> bool {
        !self.staff.is_empty() && self.current_staff().is_none()
    }

    fn shortcuts(&mut self, ctx: &egui::Context) {
        if self.modal_open() {
            return;
        }
        let mut cmds = Vec::new();
        ctx.input_mut(|i| {
            if i.consume_shortcut(&command::FOCUS_SERIAL.shortcut)
                || i.consume_shortcut(&command::FOCUS_SERIAL_F2)
            {
                cmds.push(Command::FocusSerial);
            }
            if i.consume_shortcut(&command::TOGGLE_THEME.shortcut) {
                cmds.push(Command::ToggleTheme);
            }
            for (n, p) in Panel::ALL.iter().enumerate() {
                if let Some(s) = command::panel_shortcut(n)
                    && i.consume_shortcut(&s)
                {
                    cmds.push(Command::ShowPanel(*p));
                }
            }
        });
        self.commands.extend(cmds);
    }

    // ------------------------------------------------------------ drawing

    fn top_bar(&mut self, ui: &mut Ui, out: &mut Vec<Command>) {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| {
                let busy = self.job.is_some();
                if ui
                    .add_enabled(!busy, egui::Button::new("Load demo data…"))
                    .clicked()
                {
                    out.push(Command::LoadDemo {
                        products: self.settings.demo_products,
                        confirmed: false,
                    });
                }
                if ui
                    .add_enabled(!busy, egui::Button::new("Import products from CSV…"))
                    .clicked()
                {
                    out.push(Command::PickImportFile);
                }
                let busy = self.job.is_some();
                crate::ui::claims::export_menu(
                    ui,
                    "Export claims (table filter)",
                    ExportContent::Claims(ClaimSelection::filtered(self.claims.filter())),
                    busy,
                    out,
                );
                ui.menu_button("Export expiring plans", |ui| {
                    for days in [30u32, 60, 90] {
                        crate::ui::claims::export_menu(
                            ui,
                            &format!("Ending within {days} days"),
                            ExportContent::Expiring { within_days: days },
                            busy,
                            out,
                        );
                    }
                });
                ui.separator();
                if ui.button("Quit").clicked() {
                    ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
                }
            });
            ui.menu_button("View", |ui| {
                for (n, p) in Panel::ALL.iter().enumerate() {
                    let mut b = egui::Button::new(p.label());
                    if let Some(s) = command::panel_shortcut(n) {
                        b = b.shortcut_text(ui.ctx().format_shortcut(&s));
                    }
                    if ui.add(b).clicked() {
                        out.push(Command::ShowPanel(*p));
                    }
                }
                ui.separator();
                let b = egui::Button::new(command::FOCUS_SERIAL.label).shortcut_text(format!(
                    "{} / F2",
                    ui.ctx().format_shortcut(&command::FOCUS_SERIAL.shortcut)
                ));
                if ui.add(b).clicked() {
                    out.push(Command::FocusSerial);
                }
                let b = egui::Button::new(command::TOGGLE_THEME.label)
                    .shortcut_text(ui.ctx().format_shortcut(&command::TOGGLE_THEME.shortcut));
                if ui.add(b).clicked() {
                    out.push(Command::ToggleTheme);
                }
            });
            ui.menu_button("Help", |ui| {
                ui.label("Scan a serial: the product opens at once.");
                ui.label("Ctrl+L or F2: cursor to the serial field");
                ui.label("Ctrl+1 … Ctrl+7: switch panels");
                ui.label("Ctrl+Enter: file the claim (claim intake)");
                ui.label("Enter: confirm a dialog · Esc: cancel it");
                ui.label("Ctrl+Shift+D: dark / light theme");
            });
        });
        ui.horizontal(|ui| {
            let l = ui.label(RichText::new("Serial").strong());
            let r = ui
                .add(
                    egui::TextEdit::singleline(&mut self.serial_input)
                        .id(egui::Id::unique("serial_field"))
                        .hint_text("scan or type a serial, Enter")
                        .font(egui::FontId::monospace(16.0))
                        .margin(egui::vec2(6.0, 4.0))
                        .desired_width(280.0),
                )
                .labelled_by(l.id);
            if (r.has_focus() || r.lost_focus()) && ui.input(|i| i.key_pressed(Key::Escape)) {
                // Esc clears the field and keeps it scanner-ready.
                self.serial_input.clear();
                self.focus_serial = true;
            }
            if self.focus_serial && !self.modal_open() {
                r.request_focus();
                self.focus_serial = false;
            }
            let enter = r.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
            if (ui.button("Open").clicked() || enter) && !self.serial_input.trim().is_empty() {
                out.push(Command::OpenProduct(self.serial_input.trim().to_owned()));
            }
            if let Some(l) = &self.product {
                ui.separator();
                ui.label(RichText::new(&l.product.serial).monospace().strong());
                ui.label(&l.product.model);
                if l.product.status == crate::desk::ProductStatus::Reclaimed {
                    ui.label(RichText::new("reclaimed").color(theme::bad(ui.visuals())));
                }
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                ui.label(
                    RichText::new(format!("Today {}", widgets::iso(self.today())))
                        .color(theme::muted(ui.visuals())),
                );
                ui.separator();
                match self.current_staff() {
                    Some(s) => {
                        if ui
                            .link(format!("{} ({})", s.name, s.role.label()))
                            .on_hover_text("Change who is working (Settings)")
                            .clicked()
                        {
                            out.push(Command::ShowPanel(Panel::Settings));
                        }
                    }
                    None => {
                        ui.label(RichText::new("no staff chosen").color(theme::warn(ui.visuals())));
                    }
                }
            });
        });
        ui.add_space(2.0);
    }

    fn status_bar(&mut self, ui: &mut Ui, out: &mut Vec<Command>) {
        if let Some(job) = &self.job {
            ui.horizontal(|ui| {
                ui.label(&job.title);
                let p = (job.progress)();
                ui.add(
                    egui::ProgressBar::new(p)
                        .show_percentage()
                        .desired_width(300.0),
                );
                if ui.button("Cancel").clicked() {
                    out.push(Command::CancelJob);
                }
            });
        }
        match &self.message {
            Some(m) => {
                ui.horizontal_wrapped(|ui| {
                    let color = if m.error {
                        theme::bad(ui.visuals())
                    } else {
                        ui.visuals().text_color()
                    };
                    ui.label(RichText::new(&m.text).color(color));
                    if ui.small_button("×").on_hover_text("Dismiss").clicked() {
                        out.push(Command::DismissMessage);
                    }
                });
                if !m.rules.is_empty() {
                    widgets::rule_list(ui, &m.rules, &[]);
                }
            }
            None => {
                ui.label(RichText::new("Ready.").color(theme::muted(ui.visuals())));
            }
        }
    }

    fn nav(&mut self, ui: &mut Ui, out: &mut Vec<Command>) {
        ui.add_space(6.0);
        for (n, p) in Panel::ALL.iter().enumerate() {
            let selected = self.state.panel == *p;
            let r = ui.add_sized(
                [ui.available_width(), 30.0],
                egui::Button::selectable(selected, p.label())
                    .shortcut_text(format!("Ctrl+{}", n + 1)),
            );
            if r.clicked() && !selected {
                out.push(Command::ShowPanel(*p));
            }
        }
    }

    fn central(&mut self, ui: &mut Ui, out: &mut Vec<Command>) {
        // Split borrows: panels are drawn with a view of the rest of the app.
        let view = View {
            today: self.clock.today(),
            catalog: self.desk.catalog(),
            product: self.product.as_ref(),
            staff: &self.staff,
            current_staff: self
                .state
                .staff_id
                .and_then(|id| self.staff.iter().find(|s| s.id == id)),
            busy: self.job.is_some(),
        };
        match self.state.panel {
            Panel::Lookup => self.lookup.ui(ui, &view, &self.state.recent, out),
            Panel::Plans => self.plans.ui(ui, &view, out),
            Panel::Coverage => self.state.coverage.ui(ui, &view),
            Panel::SellPlus => self.sell.ui(ui, &view, out),
            Panel::Intake => self.intake.ui(ui, &view, out),
            Panel::Claims => self.claims.ui(ui, &view, out),
            Panel::Settings => {
                let path = self.desk.location();
                self.settings.ui(ui, &view, &path, self.state.dark, out)
            }
        }
    }

    fn modals(&mut self, ctx: &egui::Context, out: &mut Vec<Command>) {
        if self.needs_staff() {
            egui::Modal::new(egui::Id::unique("choose_staff")).show(ctx, |ui| {
                ui.set_width(360.0);
                ui.heading("Who is working?");
                ui.label("Every action is recorded with your name.");
                for s in &self.staff {
                    if ui
                        .button(format!("{} — {}", s.name, s.role.label()))
                        .clicked()
                    {
                        out.push(Command::SetStaff(s.id));
                    }
                }
            });
            return;
        }
        if let Some(c) = &self.confirm {
            let mut decided: Option<bool> = None;
            egui::Modal::new(egui::Id::unique("confirm")).show(ctx, |ui| {
                ui.set_width(440.0);
                ui.heading(&c.title);
                ui.add_space(4.0);
                ui.label(&c.body);
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    let yes = ui.button(RichText::new(&c.confirm_label).strong());
                    if ui.button("Cancel").clicked() {
                        decided = Some(false);
                    }
                    if yes.clicked() {
                        decided = Some(true);
                    }
                });
                ui.label(
                    RichText::new("Enter confirms · Esc cancels").color(theme::muted(ui.visuals())),
                );
            });
            ctx.input_mut(|i| {
                if i.consume_key(egui::Modifiers::NONE, Key::Escape) {
                    decided = Some(false);
                } else if i.consume_key(egui::Modifiers::NONE, Key::Enter) {
                    decided = Some(true);
                }
            });
            match decided {
                Some(true) => {
                    if let Some(c) = self.confirm.take() {
                        out.push(c.then);
                    }
                }
                Some(false) => {
                    self.confirm = None;
                    self.message = Some(Message::info("Cancelled; nothing was changed."));
                }
                None => {}
            }
            return;
        }
        if let Some(p) = &mut self.pin {
            let mut decided: Option<bool> = None;
            egui::Modal::new(egui::Id::unique("pin")).show(ctx, |ui| {
                ui.set_width(380.0);
                ui.heading("Supervisor PIN");
                ui.label(p.action.describe());
                let l = ui.label("PIN:");
                let r = ui
                    .add(
                        egui::TextEdit::singleline(&mut p.pin)
                            .password(true)
                            .desired_width(160.0),
                    )
                    .labelled_by(l.id);
                if !r.has_focus() && !r.lost_focus() {
                    r.request_focus();
                }
                if let Some(e) = &p.error {
                    widgets::error_text(ui, e);
                }
                ui.horizontal(|ui| {
                    if ui.button("OK").clicked() {
                        decided = Some(true);
                    }
                    if ui.button("Cancel").clicked() {
                        decided = Some(false);
                    }
                });
            });
            ctx.input_mut(|i| {
                if i.consume_key(egui::Modifiers::NONE, Key::Escape) {
                    decided = Some(false);
                } else if i.consume_key(egui::Modifiers::NONE, Key::Enter) {
                    decided = Some(true);
                }
            });
            match decided {
                Some(true) => out.push(Command::RunWithPin),
                Some(false) => {
                    self.pin = None;
                    self.message = Some(Message::info("Cancelled; nothing was changed."));
                }
                None => {}
            }
        }
    }

    // ------------------------------------------------------------ commands

    /// Carries out one command. The only place the store is used.
    pub fn apply(&mut self, command: Command) {
        let today = self.today();
        match command {
            Command::ShowPanel(p) => {
                self.state.panel = p;
                if p == Panel::Settings {
                    self.reload_fees();
                }
            }
            Command::FocusSerial => self.focus_serial = true,
            Command::OpenProduct(serial) => self.open_product(&serial),
            Command::Search(q) => match self.desk.search(&q, 500) {
                Ok(hits) => {
                    self.lookup.query = q.clone();
                    self.lookup.hits = hits;
                    self.lookup.searched_for = Some(q);
                    self.state.panel = Panel::Lookup;
                }
                Err(e) => self.fail("Search failed", e),
            },
            Command::ClearRecent => self.state.recent.clear(),
            Command::ToggleTheme => self.state.dark = !self.state.dark,
            Command::Confirm {
                title,
                body,
                confirm_label,
                then,
            } => {
                self.confirm = Some(Confirmation {
                    title,
                    body,
                    confirm_label,
                    then: *then,
                })
            }
            Command::AskPin(action) => {
                self.pin = Some(PinRequest {
                    action,
                    pin: String::new(),
                    error: None,
                })
            }
            Command::RunWithPin => self.run_with_pin(),
            Command::PreviewPlus {
                serial,
                purchase_region,
                on,
            } => {
                let r = self
                    .desk
                    .preview_plus_purchase(&serial, purchase_region, on)
                    .map_err(|e| e.to_string());
                self.sell.preview = Some(r);
                self.sell.preview_key =
                    Some((serial, purchase_region.to_string(), widgets::iso(on)));
            }
            Command::BuyPlus {
                serial,
                purchase_region,
                on,
            } => {
                let Some(actor) = self.actor() else { return };
                match self.desk.buy_plus(actor, &serial, purchase_region, on) {
                    Ok(l) => {
                        self.message = Some(Message::info(format!(
                            "Care Refresh+ sold and bound to {serial}."
                        )));
                        self.product = Some(l);
                        self.state.panel = Panel::Plans;
                    }
                    Err(e) => self.fail("Care Refresh+ was not bound", e),
                }
            }
            Command::BindCard { code, serial, on } => {
                let Some(actor) = self.actor() else { return };
                match self.desk.bind_activation_card(actor, &code, &serial, on) {
                    Ok(l) => {
                        self.message = Some(Message::info(format!(
                            "Activation card {code} bound: Care Refresh+ is on {serial}."
                        )));
                        self.remember(&serial);
                        self.product = Some(l);
                        self.state.panel = Panel::Plans;
                    }
                    Err(e) => self.fail(&format!("Card {code} was not bound"), e),
                }
            }
            Command::AddCard { code, region } => {
                let Some(actor) = self.actor() else { return };
                match self.desk.add_activation_card(actor, &code, region) {
                    Ok(()) => {
                        self.message = Some(Message::info(format!(
                            "Activation card {code} ({region}) registered."
                        )))
                    }
                    Err(e) => self.fail("The card was not registered", e),
                }
            }
            Command::WithdrawPlan { serial, plan } => {
                let Some(actor) = self.actor() else { return };
                match self.desk.withdraw_plan(actor, &serial, plan, today) {
                    Ok(l) => {
                        self.message = Some(Message::info(format!(
                            "Withdrawal from {} confirmed for {serial}.",
                            plan.label()
                        )));
                        self.product = Some(l);
                    }
                    Err(e) => self.fail("The withdrawal was not recorded", e),
                }
            }
            Command::ReturnPlus {
                serial,
                product_returned,
            } => {
                let Some(actor) = self.actor() else { return };
                match self
                    .desk
                    .return_plus(actor, &serial, product_returned, today)
                {
                    Ok(l) => {
                        self.message = Some(Message::info(format!(
                            "Care Refresh+ of {serial} returned."
                        )));
                        self.product = Some(l);
                    }
                    Err(e) => self.fail("Care Refresh+ was not returned", e),
                }
            }
            Command::PreviewClaim {
                serial,
                kind,
                input,
                on,
            } => {
                let key = crate::ui::claim_intake::form_key(&serial, kind, &input, on);
                let r = self
                    .desk
                    .preview_claim(&serial, kind, &input, on)
                    .map_err(|e| e.to_string());
                self.intake.preview = Some(r);
                self.intake.preview_key = Some(key);
            }
            Command::FileClaim {
                serial,
                kind,
                input,
                on,
            } => {
                let Some(actor) = self.actor() else { return };
                match self.desk.file_claim(actor, &serial, kind, &input, on) {
                    Ok(detail) => {
                        let verdict = if detail.row.approved {
                            "approved"
                        } else {
                            "refused"
                        };
                        self.message = Some(Message::info(format!(
                            "Claim {} filed: {verdict}.",
                            detail.row.id
                        )));
                        self.intake = ClaimIntakePanel::default();
                        self.claims.invalidate();
                        self.claims.open = Some(detail);
                        self.refresh_product();
                        self.state.panel = Panel::Claims;
                    }
                    Err(e) => self.fail("The claim was not filed", e),
                }
            }
            Command::OpenClaim(id) => match self.desk.claim(&id) {
                Ok(d) => {
                    self.claims.open = Some(d);
                    self.claims.note.clear();
                    self.claims.new_serial.clear();
                    self.state.panel = Panel::Claims;
                }
                Err(e) => self.fail(&format!("Cannot open claim {id}"), e),
            },
            Command::AdvanceClaim { id, action, note } => {
                let Some(actor) = self.actor() else { return };
                let label = action.label();
                match self.desk.advance_claim(actor, &id, action, &note) {
                    Ok(d) => {
                        self.message = Some(Message::info(format!(
                            "{id}: {label} — now {}.",
                            d.row.status.label().to_lowercase()
                        )));
                        self.claims.open = Some(d);
                        self.claims.note.clear();
                        self.claims.new_serial.clear();
                        self.claims.invalidate();
                        self.refresh_product();
                    }
                    Err(e) => self.fail(&format!("{id} was not changed"), e),
                }
            }
            Command::LoadClaimsPage(page) => {
                let Some((filter, sort)) = self.claims.applied.clone() else {
                    return;
                };
                if let Some(loader) = &self.pages {
                    // Off the UI thread: a deep page under an unindexed sort can
                    // take a while on 100,000 claims; rows show "…" until it lands.
                    if loader
                        .requests
                        .send(PageRequest { filter, sort, page })
                        .is_err()
                    {
                        self.message = Some(Message::error(
                            "The claims reader stopped; restart CareDesk.",
                        ));
                    }
                    return;
                }
                match self.desk.claims(&filter, sort, page * PAGE, PAGE) {
                    Ok(rows) => {
                        self.claims.pages.insert(page, rows);
                    }
                    Err(e) => self.fail("Cannot read the claims", e),
                }
            }
            Command::RefreshClaims => {
                let Some((filter, _)) = self.claims.applied.clone() else {
                    return;
                };
                match self.desk.count_claims(&filter) {
                    Ok(n) => self.claims.total = Some(n),
                    Err(e) => self.fail("Cannot count the claims", e),
                }
            }
            Command::SetStaff(id) => {
                self.state.staff_id = Some(id);
                self.focus_serial = true;
                if let Some(s) = self.current_staff() {
                    self.message = Some(Message::info(format!(
                        "{} is working; every action is recorded with this name.",
                        s.name
                    )));
                }
            }
            Command::AddStaff { name, role, pin } => {
                let pin = pin.unwrap_or_default();
                if !self.staff.is_empty() {
                    // Adding a person needs the supervisor's own PIN (issue 15).
                    self.pin = Some(PinRequest {
                        action: PinAction::AddStaff { name, role, pin },
                        pin: String::new(),
                        error: None,
                    });
                    return;
                }
                // The first person of a new database: its first supervisor.
                match self.desk.set_up_real(&name, &pin) {
                    Ok(s) => {
                        self.message = Some(Message::info(format!(
                            "{} added as {}.",
                            s.name(),
                            s.role().label()
                        )));
                        self.reload_staff();
                        self.state.staff_id = Some(s.id());
                    }
                    Err(e) => self.fail("The staff member was not added", e),
                }
            }
            Command::LoadDemo {
                products,
                confirmed,
            } => {
                let empty = self.desk.is_empty().unwrap_or(false);
                if !empty && !confirmed {
                    self.confirm = Some(Confirmation {
                        title: "Load demo data".into(),
                        body: format!(
                            "This database already holds products. Add {products} demo products, plans and claims to it anyway?"
                        ),
                        confirm_label: "Add demo data".into(),
                        then: Command::LoadDemo {
                            products,
                            confirmed: true,
                        },
                    });
                } else {
                    self.start_demo(products);
                }
            }
            Command::PickImportFile => {
                if self.test_mode {
                    return;
                }
                if let Some(path) = rfd::FileDialog::new()
                    .add_filter("CSV", &["csv"])
                    .set_title("Import products")
                    .pick_file()
                {
                    self.apply(Command::ImportProducts(path));
                }
            }
            Command::ImportProducts(path) => self.start_import(path),
            Command::PickExportFile { content, format } => {
                if self.test_mode {
                    return;
                }
                let name = ExportJob::suggested_file_name(&content, format, today);
                if let Some(target) = rfd::FileDialog::new()
                    .set_title("Export")
                    .set_file_name(name)
                    .add_filter(format.label(), &[format.extension()])
                    .save_file()
                {
                    self.start_export(ExportJob {
                        format,
                        target,
                        content,
                        as_of: today,
                        // For spreadsheets: Excel needs the mark to read UTF-8.
                        csv_bom: true,
                    });
                }
            }
            Command::Export(job) => self.start_export(job),
            Command::CancelJob => {
                if let Some(j) = &self.job {
                    j.cancel.store(true, Ordering::Relaxed);
                }
            }
            Command::DismissMessage => self.message = None,
        }
    }

    fn actor(&mut self) -> Option<i64> {
        if self.current_staff().is_none() {
            self.message = Some(Message::error(
                "Choose who is working first (Settings, Ctrl+7): every action is recorded with a name.",
            ));
            return None;
        }
        self.state.staff_id
    }

    /// Shows an error in the window, in plain words, with rule IDs for refusals.
    fn fail(&mut self, what: &str, e: StoreError) {
        self.message = Some(match e {
            StoreError::Refused(d) => Message {
                text: format!("{what}: refused under the terms."),
                error: true,
                rules: d.failed,
            },
            other => Message::error(format!("{what}: {other}.")),
        });
    }

    fn remember(&mut self, serial: &str) {
        self.state.recent.retain(|s| s != serial);
        self.state.recent.insert(0, serial.to_owned());
        self.state.recent.truncate(RECENT_MAX);
    }

    fn open_product(&mut self, serial: &str) {
        let serial = serial.trim();
        match self.desk.lookup(serial, self.today()) {
            Ok(l) => {
                let serial = l.product.serial.clone();
                self.remember(&serial);
                self.product = Some(l);
                self.serial_input.clear();
                self.focus_serial = true;
                if matches!(
                    self.state.panel,
                    Panel::Lookup | Panel::Claims | Panel::Settings
                ) {
                    self.state.panel = Panel::Plans;
                }
                self.message = None;
            }
            Err(StoreError::NotFound(_)) => {
                let hits = self.desk.search(serial, 500).unwrap_or_default();
                if let [hit] = hits.as_slice() {
                    // One match: a scanned claim slip opens the claim, a
                    // shortened serial opens the product.
                    match hit.claim_id.clone() {
                        Some(id) => {
                            self.serial_input.clear();
                            self.apply(Command::OpenClaim(id));
                        }
                        None => {
                            let s = hit.serial.clone();
                            self.open_product(&s);
                        }
                    }
                    return;
                }
                self.message = Some(Message::error(if hits.is_empty() {
                    format!(
                        "No product has the serial “{serial}”, and nothing partially matches it."
                    )
                } else {
                    format!(
                        "No product has the serial “{serial}”; {} partial match(es) are listed under Serial lookup.",
                        hits.len()
                    )
                }));
                self.lookup.query = serial.to_owned();
                self.lookup.hits = hits;
                self.lookup.searched_for = Some(serial.to_owned());
                self.state.panel = Panel::Lookup;
                // Ready for the next scan; the message says what was scanned.
                self.serial_input.clear();
                self.focus_serial = true;
            }
            Err(e) => self.fail(&format!("Cannot look up {serial}"), e),
        }
    }

    fn refresh_product(&mut self) {
        let Some(serial) = self.product.as_ref().map(|l| l.product.serial.clone()) else {
            return;
        };
        match self.desk.lookup(&serial, self.today()) {
            Ok(l) => self.product = Some(l),
            Err(e) => self.fail(&format!("Cannot refresh {serial}"), e),
        }
    }

    fn reload_staff(&mut self) {
        match self.desk.staff() {
            Ok(s) => self.staff = s,
            Err(e) => self.fail("Cannot read the staff list", e),
        }
    }

    fn reload_fees(&mut self) {
        match self.desk.fee_schedule() {
            Ok(f) => self.settings.fees = f,
            Err(e) => self.fail("Cannot read the fee schedule", e),
        }
    }

    fn run_with_pin(&mut self) {
        let Some(req) = self.pin.take() else { return };
        let Some(me) = self.current_staff().cloned() else {
            self.message = Some(Message::error("Choose who is working first."));
            return;
        };
        if me.role != Role::Supervisor {
            self.message = Some(Message::error(format!(
                "{} is not a supervisor: only a supervisor can do this.",
                me.name
            )));
            return;
        }
        let result = match &req.action {
            PinAction::SetFee {
                model,
                replacement_number,
                amount,
            } => self
                .desk
                .set_fee(me.id, &req.pin, model, *replacement_number, amount.clone())
                .map(|()| {
                    format!("Fee for {model}, replacement {replacement_number}, set to {amount}.")
                }),
            PinAction::AddStaff { name, role, pin } => self
                .desk
                .sign_in_supervisor(me.id, &req.pin)
                .and_then(|by| self.desk.add_staff(&by, name, *role, pin))
                .map(|s| format!("{} added as {}.", s.name, s.role.label())),
            PinAction::ReopenClaim { id, note } => {
                self.desk.reopen_claim(me.id, &req.pin, id, note).map(|d| {
                    let msg = format!("{id} reopened.");
                    self.claims.open = Some(d);
                    self.claims.invalidate();
                    msg
                })
            }
        };
        match result {
            Ok(msg) => {
                self.message = Some(Message::info(msg));
                self.reload_fees();
                self.reload_staff();
            }
            Err(StoreError::NotAllowed(why)) => {
                // Wrong PIN: ask again, in the dialog.
                self.pin = Some(PinRequest {
                    action: req.action,
                    pin: String::new(),
                    error: Some(format!("Not allowed: {why}.")),
                });
            }
            Err(e) => self.fail("Not done", e),
        }
    }

    // ------------------------------------------------------------ background jobs

    fn start_job(
        &mut self,
        title: String,
        work: impl FnOnce(&Desk, &dyn Fn(f32) -> bool) -> Result<String, StoreError> + Send + 'static,
    ) {
        let desk = self.desk.clone();
        let progress = Arc::new(AtomicU32::new(0));
        let cancel = Arc::new(AtomicBool::new(false));
        let (p, c) = (progress.clone(), cancel.clone());
        let shown = progress.clone();
        self.spawn_job(
            title,
            Box::new(move || shown.load(Ordering::Relaxed) as f32 / 1000.0),
            cancel,
            move || {
                let report = |f: f32| {
                    p.store((f.clamp(0.0, 1.0) * 1000.0) as u32, Ordering::Relaxed);
                    !c.load(Ordering::Relaxed)
                };
                work(&desk, &report).map_err(|e| e.to_string())
            },
        );
    }

    /// Runs `work` on its own thread; the status bar shows `progress` and Cancel.
    fn spawn_job(
        &mut self,
        title: String,
        progress: Box<dyn Fn() -> f32>,
        cancel: Arc<AtomicBool>,
        work: impl FnOnce() -> Result<String, String> + Send + 'static,
    ) {
        if self.job.is_some() {
            self.message = Some(Message::error(
                "Another job is running; wait for it or cancel it.",
            ));
            return;
        }
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let _ = tx.send(work());
        });
        self.job = Some(Job {
            title,
            progress,
            cancel,
            done: rx,
        });
    }

    fn start_export(&mut self, job: ExportJob) {
        let desk = self.desk.clone();
        let progress = ExportProgress::new();
        let cancel = Arc::new(AtomicBool::new(false));
        let target = job.target.display().to_string();
        let (p, c) = (progress.clone(), cancel.clone());
        self.spawn_job(
            format!("Exporting to {target}…"),
            Box::new(move || progress.fraction()),
            cancel,
            move || {
                job.run(&desk, p, c)
                    .map(|s| {
                        format!(
                            "Exported {} item(s) as {} to {} ({} KB).",
                            s.items,
                            s.format.extension().to_uppercase(),
                            s.target.display(),
                            s.bytes.div_ceil(1024)
                        )
                    })
                    .map_err(|e| format!("export failed ({e}); no file was written"))
            },
        );
    }

    fn start_demo(&mut self, products: usize) {
        let today = self.today();
        self.start_job(
            format!("Loading {products} demo products…"),
            move |store, progress| {
                let s = store.load_demo(products, today, progress)?;
                Ok(if s.cancelled {
                    "Demo data cancelled; nothing was added.".to_owned()
                } else {
                    format!(
                        "Demo data loaded: {} products, {} claims, {} activation cards.",
                        s.products, s.claims, s.cards
                    )
                })
            },
        );
    }

    fn start_import(&mut self, path: std::path::PathBuf) {
        let Some(actor) = self.actor() else { return };
        let name = path.display().to_string();
        self.start_job(format!("Importing {name}…"), move |store, progress| {
            let text = std::fs::read_to_string(&path)?;
            let n = store.import_products_csv(actor, &text, progress)?;
            Ok(format!("Imported {n} products from {}.", path.display()))
        });
    }

    /// Waits for the running job in tests (the UI never blocks on it).
    pub fn wait_for_job(&mut self, ctx: &egui::Context) {
        while self.job.is_some() {
            std::thread::sleep(std::time::Duration::from_millis(20));
            self.poll_job(ctx);
        }
    }

    pub fn job_running(&self) -> bool {
        self.job.is_some()
    }

    fn poll_pages(&mut self, ctx: &egui::Context) {
        let Some(loader) = &self.pages else { return };
        let mut pending = !self.claims.requested.is_empty();
        while let Ok(r) = loader.results.try_recv() {
            // A page for an old filter or sort is dropped.
            if self.claims.applied.as_ref() == Some(&(r.filter.clone(), r.sort)) {
                match r.rows {
                    Ok(rows) => {
                        self.claims.pages.insert(r.page, rows);
                    }
                    Err(e) => {
                        self.message = Some(Message::error(format!("Cannot read the claims: {e}.")))
                    }
                }
            }
            pending = true;
        }
        let waiting = self
            .claims
            .requested
            .iter()
            .any(|p| !self.claims.pages.contains_key(p));
        if pending && waiting {
            ctx.request_repaint_after(std::time::Duration::from_millis(30));
        } else if pending {
            ctx.request_repaint();
        }
    }

    /// What the live-refresh watcher reported since the last frame: reload
    /// what shows changed data (the claims list, the open claim, the open
    /// product), and say when the database connection is lost or back.
    fn poll_live(&mut self) {
        let Some((_, rx)) = &self.live else { return };
        let events: Vec<LiveEvent> = rx.try_iter().collect();
        let mut claims_changed = false;
        let mut open_changed = false;
        let mut units_changed = false;
        for e in events {
            match e {
                LiveEvent::Changed(changes) => {
                    let open = self.claims.open.as_ref().map(|d| d.row.id.as_str());
                    for c in &changes {
                        match c {
                            Change::Claim(id) => {
                                claims_changed = true;
                                units_changed = true;
                                open_changed |= open == Some(id.as_str());
                            }
                            Change::Units => units_changed = true,
                            Change::Unknown => {
                                claims_changed = true;
                                open_changed = true;
                                units_changed = true;
                            }
                        }
                    }
                }
                LiveEvent::Lost(why) => {
                    self.message = Some(Message::error(format!(
                        "The connection to the database is lost ({why}). CareDesk reconnects by itself; until then nothing can be saved."
                    )))
                }
                LiveEvent::Restored => {
                    self.message = Some(Message::info("Connected to the database again."))
                }
                LiveEvent::Listening => {}
            }
        }
        if claims_changed {
            self.claims.invalidate();
        }
        if open_changed && let Some(id) = self.claims.open.as_ref().map(|d| d.row.id.clone()) {
            // Only the shown detail is replaced; what the person is typing stays.
            if let Ok(d) = self.desk.claim(&id) {
                self.claims.open = Some(d);
            }
        }
        if units_changed
            && let Some(serial) = self.product.as_ref().map(|l| l.product.serial.clone())
            && let Ok(l) = self.desk.lookup(&serial, self.today())
        {
            self.product = Some(l);
        }
    }

    fn poll_job(&mut self, ctx: &egui::Context) {
        let Some(job) = &self.job else { return };
        match job.done.try_recv() {
            Ok(result) => {
                self.job = None;
                self.message = Some(match result {
                    Ok(m) => Message::info(m),
                    Err(e) => Message::error(format!("The job stopped: {e}.")),
                });
                self.reload_staff();
                self.claims.invalidate();
                self.refresh_product();
            }
            Err(mpsc::TryRecvError::Empty) => {
                ctx.request_repaint_after(std::time::Duration::from_millis(100));
            }
            Err(mpsc::TryRecvError::Disconnected) => {
                self.job = None;
                self.message = Some(Message::error("The job ended without a result."));
            }
        }
    }
}

impl eframe::App for CareDeskApp {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        CareDeskApp::ui(self, ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, eframe::APP_KEY, &self.state);
    }
}
