//! The window around the panels: the menu bar and the scanner field, the
//! side bar, the status line, the dialogs (who is working, confirmations,
//! the supervisor's PIN) and the keyboard shortcuts. Drawing only: what a
//! person asks for is returned as commands.

use super::CareDeskApp;
use crate::report::job::ExportContent;
use crate::report::source::ClaimSelection;
use crate::rules::RuleId;
use crate::tr;
use crate::ui::command::{Command, Confirmation, PinAction, keys};
use crate::ui::view::View;
use crate::ui::{Panel, theme, widgets};
use egui::{Key, RichText, Ui};

/// The dialogs that can be open (at most one shows at a time).
#[derive(Default)]
pub(super) struct Dialogs {
    /// Signing in: shown whenever staff exist and nobody is signed in (at
    /// start, after switching person, after the idle lock).
    pub sign_in: SignInDialog,
    /// A new database's first supervisor.
    pub setup: SetupDialog,
    /// A step waiting for "Yes".
    pub confirm: Option<Confirmation>,
    /// A supervisor action waiting for the PIN.
    pub pin: Option<PinRequest>,
    /// CareDesk's own file dialog (no native file dialog here).
    pub save: Option<SaveDialog>,
    /// The rule whose clause of the terms is shown (a window, not modal).
    pub clause: Option<RuleId>,
}

/// What CareDesk's own file dialog is for.
pub(crate) enum FilePurpose {
    /// Save an export.
    Export {
        content: ExportContent,
        format: crate::report::ExportFormat,
    },
    /// Import products from a CSV file.
    Import,
}

/// Who is signing in and the PIN typed so far.
#[derive(Default)]
pub(crate) struct SignInDialog {
    pub staff_id: Option<i64>,
    pub pin: String,
    /// Why the last PIN was refused (wrong, or the person is locked).
    pub error: Option<String>,
}

/// The first supervisor of a new database, as typed.
#[derive(Default)]
pub(super) struct SetupDialog {
    pub name: String,
    pub pin: String,
    pub pin_again: String,
    pub error: Option<String>,
}

/// A supervisor action, the supervisor who allows it and the PIN typed so far.
pub(super) struct PinRequest {
    pub action: PinAction,
    /// The supervisor whose PIN is asked: the signed-in person when a
    /// supervisor, else chosen in the dialog (a supervisor at the counter).
    pub supervisor: Option<i64>,
    pub pin: String,
    /// Why the last PIN was refused.
    pub error: Option<String>,
}

impl PinRequest {
    pub fn new(action: PinAction, supervisor: Option<i64>) -> Self {
        Self {
            action,
            supervisor,
            pin: String::new(),
            error: None,
        }
    }
}

/// CareDesk's own file dialog (no native one here): a folder and a file
/// name, to save an export to or to import from.
pub(crate) struct SaveDialog {
    pub purpose: FilePurpose,
    pub folder: String,
    pub name: String,
    /// Replace a file of that name.
    pub replace: bool,
    pub error: Option<String>,
}

/// How a dialog was answered this frame.
enum Answer {
    Yes,
    No,
}

impl CareDeskApp {
    /// The chrome and the shown panel; returns what was asked for.
    pub(super) fn draw(&mut self, ui: &mut Ui, ctx: &egui::Context) -> Vec<Command> {
        let mut out = Vec::new();
        self.banners(ui);
        egui::Panel::top("top_bar").show(ui, |ui| {
            self.menu_bar(ui, &mut out);
            self.scanner_row(ui, &mut out);
            ui.add_space(2.0);
        });
        egui::Panel::bottom("status_bar").show(ui, |ui| self.status_bar(ui, &mut out));
        egui::Panel::left("nav")
            .resizable(false)
            .exact_size(178.0)
            .show(ui, |ui| self.nav(ui, &mut out));
        egui::CentralPanel::default().show(ui, |ui| out.extend(self.central(ui)));
        self.clause_window(ctx);
        self.modals(ctx, &mut out);
        out
    }

    /// The clause of the terms a rule rests on, with the rule's reason.
    fn clause_window(&mut self, ctx: &egui::Context) {
        let Some(rule) = self.dialogs.clause else {
            return;
        };
        let mut open = true;
        egui::Window::new(tr!("clause-title", rule = rule.id()))
            .id(egui::Id::unique("clause_window"))
            .open(&mut open)
            .collapsible(false)
            .resizable(true)
            .default_width(520.0)
            // Beside the decision, not over the menu: centred near the top.
            .pivot(egui::Align2::CENTER_TOP)
            .default_pos(ctx.content_rect().center_top() + egui::vec2(0.0, 90.0))
            .max_height(ctx.content_rect().height() * 0.7)
            .show(ctx, |ui| {
                ui.label(RichText::new(rule.reason()).strong());
                ui.add_space(4.0);
                egui::ScrollArea::vertical().show(ui, |ui| match &self.terms {
                    Ok(terms) => {
                        let clauses = terms.clauses(rule);
                        if clauses.is_empty() {
                            widgets::hint(ui, &tr!("clause-none"));
                        }
                        for c in clauses {
                            let last = c.first_line + c.lines.len().saturating_sub(1);
                            let lines = if last == c.first_line {
                                tr!("clause-line", line = last)
                            } else {
                                tr!("clause-lines", first = c.first_line, last = last)
                            };
                            widgets::hint(ui, &lines);
                            ui.label(c.lines.join("\n"));
                            ui.add_space(6.0);
                        }
                    }
                    Err(e) => {
                        widgets::error_text(ui, &tr!("clause-unreadable", error = e.as_str()))
                    }
                });
            });
        if !open || (!self.modal_open() && ctx.input(|i| i.key_pressed(Key::Escape))) {
            self.dialogs.clause = None;
        }
    }

    fn modal_open(&self) -> bool {
        self.dialogs.confirm.is_some()
            || self.dialogs.pin.is_some()
            || self.dialogs.save.is_some()
            || self.is_locked()
    }

    /// "DEMO DATA" on a demo database; "read-only" on a damaged one.
    fn banners(&self, ui: &mut Ui) {
        let bar = |ui: &mut Ui, id: egui::Id, fill: egui::Color32, text: String| {
            egui::Panel::top(id)
                .frame(egui::Frame::new().fill(fill).inner_margin(4.0))
                .show(ui, |ui| {
                    ui.vertical_centered(|ui| {
                        ui.label(RichText::new(text).strong().color(egui::Color32::WHITE));
                    });
                });
        };
        if self.demo {
            let fill = egui::Color32::from_rgb(0xB0, 0x4A, 0x00);
            bar(
                ui,
                egui::Id::unique("demo_banner"),
                fill,
                tr!("banner-demo"),
            );
        }
        if let Some(why) = &self.read_only {
            let fill = egui::Color32::from_rgb(0x9B, 0x1C, 0x1C);
            bar(
                ui,
                egui::Id::unique("read_only_banner"),
                fill,
                tr!("banner-read-only", why = why.as_str()),
            );
        }
    }

    /// The window-wide shortcuts (a panel's own, like Ctrl+Enter in claim
    /// intake, are the panel's). None while a dialog is open.
    pub(super) fn shortcuts(&mut self, ctx: &egui::Context) {
        if self.modal_open() {
            return;
        }
        self.scan_anywhere(ctx);
        // Ctrl+Shift+L before Ctrl+L: egui matches a shortcut ignoring an
        // extra Shift, so the longer one is asked first.
        let mut commands = vec![Command::Lock, Command::FocusSerial, Command::ToggleTheme];
        commands.extend(Panel::ALL.map(Command::ShowPanel));
        ctx.input_mut(|i| {
            if i.consume_shortcut(&keys::FOCUS_SERIAL_ALT) {
                self.commands.push(Command::FocusSerial);
            }
            for c in commands {
                if let Some(s) = c.shortcut()
                    && i.consume_shortcut(&s)
                {
                    self.commands.push(c);
                }
            }
        });
    }

    /// A barcode scanner types fast and ends with Enter: what is typed while
    /// no text field has the keyboard (a button, a list, nothing focused)
    /// goes to the serial field, and Enter opens it. A text field being
    /// typed in keeps its keys.
    fn scan_anywhere(&mut self, ctx: &egui::Context) {
        if ctx.egui_wants_keyboard_input() {
            return;
        }
        let mut typed = String::new();
        let mut enter = false;
        ctx.input_mut(|i| {
            i.events.retain(|e| match e {
                egui::Event::Text(t) if !enter => {
                    typed.push_str(t);
                    false
                }
                egui::Event::Key {
                    key: Key::Enter,
                    pressed: true,
                    modifiers,
                    ..
                } if modifiers.is_none() && !typed.trim().is_empty() => {
                    enter = true;
                    false
                }
                _ => true,
            });
        });
        if typed.is_empty() {
            return;
        }
        self.serial_input.push_str(&typed);
        if enter {
            let serial = self.serial_input.trim().to_owned();
            self.commands.push(Command::OpenProduct(serial));
        } else {
            self.focus_serial = true;
        }
    }

    fn menu_bar(&mut self, ui: &mut Ui, out: &mut Vec<Command>) {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button(tr!("menu-file"), |ui| self.file_menu(ui, out));
            ui.menu_button(tr!("menu-view"), |ui| view_menu(ui, out));
            ui.menu_button(tr!("menu-help"), help_menu);
        });
    }

    fn file_menu(&mut self, ui: &mut Ui, out: &mut Vec<Command>) {
        let busy = self.background.busy();
        let load = Command::LoadDemo {
            products: self.panels.settings.demo_products,
            confirmed: false,
        };
        for c in [load, Command::PickImportFile] {
            let button = egui::Button::new(c.label().unwrap_or_default());
            if ui.add_enabled(!busy, button).clicked() {
                out.push(c);
            }
        }
        let claims = ExportContent::Claims(ClaimSelection::filtered(self.panels.claims.filter()));
        widgets::export_menu(ui, &tr!("menu-export-claims"), claims, busy, out);
        ui.menu_button(tr!("menu-export-expiring"), |ui| {
            for days in [30u32, 60, 90] {
                let label = tr!("menu-expiring-within", days = days);
                let content = ExportContent::Expiring { within_days: days };
                widgets::export_menu(ui, &label, content, busy, out);
            }
        });
        ui.separator();
        if ui.button(tr!("menu-quit")).clicked() {
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }

    /// The scanner field, the open product, today and who is working.
    fn scanner_row(&mut self, ui: &mut Ui, out: &mut Vec<Command>) {
        ui.horizontal(|ui| {
            let l = ui.label(RichText::new(tr!("scanner-label")).strong());
            let r = ui
                .add(
                    egui::TextEdit::singleline(&mut self.serial_input)
                        .id(egui::Id::unique("serial_field"))
                        .hint_text(tr!("scanner-hint"))
                        .font(egui::FontId::monospace(16.0))
                        .margin(egui::vec2(6.0, 4.0))
                        .desired_width(280.0),
                )
                .labelled_by(l.id);
            if (r.has_focus() || r.lost_focus()) && ui.input(|i| i.key_pressed(Key::Escape)) {
                // Esc clears the field and keeps it scanner-ready.
                self.serial_input.clear();
                self.scan_notice = None;
                self.focus_serial = true;
            }
            if let Some(notice) = &self.scan_notice {
                widgets::error_text(ui, notice);
            }
            if self.focus_serial && !self.modal_open() {
                r.request_focus();
                self.focus_serial = false;
            }
            let enter = r.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
            let open = Command::OpenProduct(self.serial_input.trim().to_owned());
            if (ui.button(open.label().unwrap_or_default()).clicked() || enter)
                && !self.serial_input.trim().is_empty()
            {
                out.push(open);
            }
            if let Some(l) = &self.product {
                ui.separator();
                ui.label(RichText::new(&l.product.serial).monospace().strong());
                ui.label(&l.product.model);
                if l.product.status == crate::desk::ProductStatus::Reclaimed {
                    let bad = theme::bad(ui.visuals());
                    ui.label(RichText::new(tr!("scanner-reclaimed")).color(bad));
                }
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                self.today_and_staff(ui, out);
            });
        });
    }

    fn today_and_staff(&self, ui: &mut Ui, out: &mut Vec<Command>) {
        let today = tr!("scanner-today", date = widgets::iso(self.today()));
        widgets::hint(ui, &today);
        ui.separator();
        if self.current_staff().is_some() {
            let lock = Command::Lock;
            let keys = widgets::shortcut_text(ui.ctx(), &lock);
            if ui
                .button(lock.button_text())
                .on_hover_text(tr!("scanner-lock-hover", keys = keys))
                .clicked()
            {
                out.push(lock);
            }
        }
        match self.current_staff() {
            Some(s) => {
                let who = tr!(
                    "scanner-staff",
                    name = s.name.as_str(),
                    role = s.role.label()
                );
                if ui
                    .link(who)
                    .on_hover_text(tr!("scanner-staff-hover"))
                    .clicked()
                {
                    out.push(Command::ShowPanel(Panel::Settings));
                }
            }
            None => {
                let warn = theme::warn(ui.visuals());
                ui.label(RichText::new(tr!("scanner-no-staff")).color(warn));
            }
        }
    }

    fn status_bar(&mut self, ui: &mut Ui, out: &mut Vec<Command>) {
        if let Some(job) = self.background.job() {
            ui.horizontal(|ui| {
                ui.label(&job.title);
                ui.add(
                    egui::ProgressBar::new(job.fraction())
                        .show_percentage()
                        .desired_width(300.0),
                );
                if ui
                    .button(Command::CancelJob.label().unwrap_or_default())
                    .clicked()
                {
                    out.push(Command::CancelJob);
                }
            });
        }
        let Some(m) = &self.message else {
            widgets::hint(ui, &tr!("status-ready"));
            return;
        };
        ui.horizontal_wrapped(|ui| {
            let color = if m.error {
                theme::bad(ui.visuals())
            } else {
                ui.visuals().text_color()
            };
            ui.label(RichText::new(&m.text).color(color));
            let dismiss = Command::DismissMessage;
            if ui
                .small_button("×")
                .on_hover_text(dismiss.label().unwrap_or_default())
                .clicked()
            {
                out.push(dismiss);
            }
        });
        if !m.rules.is_empty() {
            widgets::rule_list(ui, &m.rules, &[], out);
        }
    }

    /// The side bar: one entry a panel, in the registry's order.
    fn nav(&mut self, ui: &mut Ui, out: &mut Vec<Command>) {
        ui.add_space(6.0);
        for p in Panel::ALL {
            let selected = self.state.panel == p;
            let show = Command::ShowPanel(p);
            let button = egui::Button::selectable(selected, p.title())
                .shortcut_text(widgets::shortcut_text(ui.ctx(), &show));
            let r = ui.add_sized([ui.available_width(), 30.0], button);
            if r.clicked() && !selected {
                out.push(show);
            }
        }
    }

    /// The shown panel, drawn with a view of the rest of the app.
    fn central(&mut self, ui: &mut Ui) -> Vec<Command> {
        // Built from the fields (not methods) so the panels stay borrowable.
        let view = View {
            today: self.clock.today(),
            catalog: self.desk.catalog(),
            product: self.product.as_ref(),
            staff: &self.staff,
            current_staff: self
                .state
                .staff_id
                .and_then(|id| self.staff.iter().find(|s| s.id == id)),
            recent: &self.state.recent,
            location: &self.location,
            dark: self.state.dark,
            lang: self.state.language(),
            busy: self.background.busy(),
            photos_busy: self.background.reading_photos(),
            checking_in: self.checking_in.as_ref(),
            demo: self.demo,
            idle_lock_minutes: self.idle_lock_minutes,
            last_backup: self.last_backup.as_ref(),
        };
        self.panels.get_mut(self.state.panel).ui(ui, &view)
    }

    fn modals(&mut self, ctx: &egui::Context, out: &mut Vec<Command>) {
        if self.staff.is_empty() && self.desk.needs_setup().unwrap_or(false) {
            self.setup_dialog(ctx, out);
        } else if self.is_locked() {
            self.sign_in_dialog(ctx, out);
        } else if self.dialogs.confirm.is_some() {
            self.confirm_dialog(ctx, out);
        } else if self.dialogs.pin.is_some() {
            self.pin_dialog(ctx, out);
        } else if self.dialogs.save.is_some() {
            self.save_dialog(ctx, out);
        }
    }

    /// Who is working, with their PIN: at start, when switching person and
    /// after the idle lock. No way round it but a right PIN.
    fn sign_in_dialog(&mut self, ctx: &egui::Context, out: &mut Vec<Command>) {
        let staff = &self.staff;
        let d = &mut self.dialogs.sign_in;
        let mut go = false;
        egui::Modal::new(egui::Id::unique("sign_in")).show(ctx, |ui| {
            ui.set_width(400.0);
            ui.heading(tr!("staff-dialog-title"));
            ui.label(tr!("staff-dialog-body"));
            ui.add_space(4.0);
            for s in staff {
                let text = tr!(
                    "staff-name-role",
                    name = s.name.as_str(),
                    role = s.role.label()
                );
                let chosen = d.staff_id == Some(s.id);
                if ui.radio(chosen, text).clicked() && !chosen {
                    d.staff_id = Some(s.id);
                    d.pin.clear();
                    d.error = None;
                }
            }
            if d.staff_id.is_some() {
                ui.add_space(4.0);
                let l = ui.label(tr!("sign-in-pin"));
                let r = ui
                    .add(
                        egui::TextEdit::singleline(&mut d.pin)
                            .id(egui::Id::unique("sign_in_pin"))
                            .password(true)
                            .desired_width(160.0),
                    )
                    .labelled_by(l.id);
                if !r.has_focus() && !r.lost_focus() {
                    r.request_focus();
                }
                go |= r.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
            }
            if let Some(e) = &d.error {
                widgets::error_text(ui, e);
            }
            let ready = d.staff_id.is_some() && !d.pin.is_empty();
            go |= ui
                .add_enabled(ready, egui::Button::new(tr!("sign-in-button")))
                .clicked();
            go &= ready;
        });
        if go {
            out.push(Command::SignIn);
        }
    }

    /// A new, empty database: its first supervisor (name and PIN), or demo data.
    fn setup_dialog(&mut self, ctx: &egui::Context, out: &mut Vec<Command>) {
        let d = &mut self.dialogs.setup;
        let busy = self.background.busy();
        let demo_products = self.panels.settings.demo_products;
        egui::Modal::new(egui::Id::unique("first_start")).show(ctx, |ui| {
            ui.set_width(440.0);
            ui.heading(tr!("setup-title"));
            ui.label(tr!("setup-body"));
            egui::Grid::new("setup_grid").num_columns(2).show(ui, |ui| {
                let l = ui.label(tr!("settings-name"));
                ui.add(egui::TextEdit::singleline(&mut d.name).desired_width(220.0))
                    .labelled_by(l.id);
                ui.end_row();
                let l = ui.label(tr!("setup-pin"));
                ui.add(
                    egui::TextEdit::singleline(&mut d.pin)
                        .password(true)
                        .desired_width(160.0),
                )
                .labelled_by(l.id);
                ui.end_row();
                let l = ui.label(tr!("setup-pin-again"));
                ui.add(
                    egui::TextEdit::singleline(&mut d.pin_again)
                        .password(true)
                        .desired_width(160.0),
                )
                .labelled_by(l.id);
                ui.end_row();
            });
            if let Some(e) = &d.error {
                widgets::error_text(ui, e);
            }
            ui.horizontal(|ui| {
                let ready = !d.name.trim().is_empty() && !d.pin.is_empty();
                if ui
                    .add_enabled(ready && !busy, egui::Button::new(tr!("setup-button")))
                    .clicked()
                {
                    out.push(Command::SetUpFirstSupervisor);
                }
                let demo = Command::LoadDemo {
                    products: demo_products,
                    confirmed: false,
                };
                if ui
                    .add_enabled(!busy, egui::Button::new(tr!("setup-demo")))
                    .clicked()
                {
                    out.push(demo);
                }
            });
        });
    }

    /// CareDesk's own file dialog: a folder (the documents folder at first)
    /// and a file name; Save runs the export, Import the import.
    fn save_dialog(&mut self, ctx: &egui::Context, out: &mut Vec<Command>) {
        let Some(d) = &mut self.dialogs.save else {
            return;
        };
        let mut answer = None;
        egui::Modal::new(egui::Id::unique("save_dialog")).show(ctx, |ui| {
            ui.set_width(520.0);
            let export = match &d.purpose {
                FilePurpose::Export { format, .. } => {
                    let name = format.extension().to_uppercase();
                    ui.heading(tr!("save-title", format = name));
                    widgets::hint(ui, &widgets::format_name(*format));
                    true
                }
                FilePurpose::Import => {
                    ui.heading(tr!("open-title"));
                    false
                }
            };
            widgets::hint(ui, &tr!("save-no-native"));
            egui::Grid::new("save_grid").num_columns(2).show(ui, |ui| {
                let l = ui.label(tr!("save-folder"));
                ui.add(egui::TextEdit::singleline(&mut d.folder).desired_width(380.0))
                    .labelled_by(l.id);
                ui.end_row();
                let l = ui.label(tr!("save-name"));
                ui.add(egui::TextEdit::singleline(&mut d.name).desired_width(380.0))
                    .labelled_by(l.id);
                ui.end_row();
            });
            if export {
                ui.checkbox(&mut d.replace, tr!("save-replace"));
            }
            if let Some(e) = &d.error {
                widgets::error_text(ui, e);
            }
            ui.horizontal(|ui| {
                let go = if export {
                    tr!("save-button")
                } else {
                    tr!("open-button")
                };
                if ui.button(RichText::new(go).strong()).clicked() {
                    answer = Some(Answer::Yes);
                }
                if ui.button(tr!("dialog-cancel")).clicked() {
                    answer = Some(Answer::No);
                }
            });
        });
        match answer.or_else(|| dialog_keys(ctx)) {
            Some(Answer::Yes) => out.push(Command::UseFileHere),
            Some(Answer::No) => {
                self.dialogs.save = None;
                self.message = Some(crate::ui::Message::info(tr!("save-cancelled")));
            }
            None => {}
        }
    }

    fn confirm_dialog(&mut self, ctx: &egui::Context, out: &mut Vec<Command>) {
        let Some(c) = &self.dialogs.confirm else {
            return;
        };
        let mut answer = None;
        egui::Modal::new(egui::Id::unique("confirm")).show(ctx, |ui| {
            ui.set_width(440.0);
            ui.heading(&c.title);
            ui.add_space(4.0);
            ui.label(&c.body);
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                let yes = ui.button(RichText::new(&c.confirm_label).strong());
                if ui.button(tr!("dialog-cancel")).clicked() {
                    answer = Some(Answer::No);
                }
                if yes.clicked() {
                    answer = Some(Answer::Yes);
                }
            });
            widgets::hint(ui, &tr!("dialog-keys"));
        });
        match answer.or_else(|| dialog_keys(ctx)) {
            Some(Answer::Yes) => {
                if let Some(c) = self.dialogs.confirm.take() {
                    out.push(*c.then);
                }
            }
            Some(Answer::No) => {
                self.dialogs.confirm = None;
                self.message = Some(crate::ui::Message::info(tr!("dialog-cancelled")));
            }
            None => {}
        }
    }

    fn pin_dialog(&mut self, ctx: &egui::Context, out: &mut Vec<Command>) {
        let supervisors: Vec<(i64, String)> = self
            .staff
            .iter()
            .filter(|s| s.role == crate::desk::Role::Supervisor)
            .map(|s| (s.id, s.name.clone()))
            .collect();
        let me_supervisor = self
            .current_staff()
            .is_some_and(|s| s.role == crate::desk::Role::Supervisor);
        let Some(p) = &mut self.dialogs.pin else {
            return;
        };
        let mut answer = None;
        egui::Modal::new(egui::Id::unique("pin")).show(ctx, |ui| {
            ui.set_width(400.0);
            ui.heading(tr!("pin-title"));
            ui.label(p.action.describe());
            if !me_supervisor {
                // A clerk or technician: a supervisor at the counter allows it
                // with their own PIN.
                widgets::hint(ui, &tr!("pin-supervisor-needed"));
                for (id, name) in &supervisors {
                    let chosen = p.supervisor == Some(*id);
                    if ui.radio(chosen, name.as_str()).clicked() && !chosen {
                        p.supervisor = Some(*id);
                        p.pin.clear();
                        p.error = None;
                    }
                }
                if supervisors.is_empty() {
                    widgets::error_text(ui, &tr!("pin-no-supervisor"));
                }
            }
            let l = ui.label(tr!("pin-label"));
            let r = ui
                .add(
                    egui::TextEdit::singleline(&mut p.pin)
                        .id(egui::Id::unique("supervisor_pin"))
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
                let ready = p.supervisor.is_some() && !p.pin.is_empty();
                if ui
                    .add_enabled(ready, egui::Button::new(tr!("dialog-ok")))
                    .clicked()
                {
                    answer = Some(Answer::Yes);
                }
                if ui.button(tr!("dialog-cancel")).clicked() {
                    answer = Some(Answer::No);
                }
            });
        });
        match answer.or_else(|| dialog_keys(ctx)) {
            Some(Answer::Yes) => out.push(Command::RunWithPin),
            Some(Answer::No) => {
                self.dialogs.pin = None;
                self.message = Some(crate::ui::Message::info(tr!("dialog-cancelled")));
            }
            None => {}
        }
    }
}

/// Enter answers a dialog yes, Esc no.
fn dialog_keys(ctx: &egui::Context) -> Option<Answer> {
    ctx.input_mut(|i| {
        if i.consume_key(egui::Modifiers::NONE, Key::Escape) {
            Some(Answer::No)
        } else if i.consume_key(egui::Modifiers::NONE, Key::Enter) {
            Some(Answer::Yes)
        } else {
            None
        }
    })
}

/// The panels (with their shortcuts), the serial field and the theme.
fn view_menu(ui: &mut Ui, out: &mut Vec<Command>) {
    let entry = |ui: &mut Ui, c: Command, keys: String, out: &mut Vec<Command>| {
        let b = egui::Button::new(c.label().unwrap_or_default()).shortcut_text(keys);
        if ui.add(b).clicked() {
            out.push(c);
        }
    };
    for p in Panel::ALL {
        let c = Command::ShowPanel(p);
        let keys = widgets::shortcut_text(ui.ctx(), &c);
        entry(ui, c, keys, out);
    }
    ui.separator();
    let focus = Command::FocusSerial;
    let keys = tr!(
        "shortcut-or",
        first = widgets::shortcut_text(ui.ctx(), &focus),
        second = ui.ctx().format_shortcut(&keys::FOCUS_SERIAL_ALT)
    );
    entry(ui, focus, keys, out);
    let theme = Command::ToggleTheme;
    let keys = widgets::shortcut_text(ui.ctx(), &theme);
    entry(ui, theme, keys, out);
}

/// What the keys do, from the shortcut table.
fn help_menu(ui: &mut Ui) {
    let ctx = ui.ctx().clone();
    let key = |s: &egui::KeyboardShortcut| ctx.format_shortcut(s);
    let first = Panel::ALL.first().and_then(|p| keys::panel(*p));
    let last = Panel::ALL.last().and_then(|p| keys::panel(*p));
    ui.label(tr!("help-scan"));
    ui.label(tr!(
        "help-focus-serial",
        keys = key(&keys::FOCUS_SERIAL),
        alt = key(&keys::FOCUS_SERIAL_ALT)
    ));
    if let (Some(first), Some(last)) = (first, last) {
        ui.label(tr!("help-panels", first = key(&first), last = key(&last)));
    }
    ui.label(tr!("help-file-claim", keys = key(&keys::FILE_CLAIM)));
    ui.label(tr!("help-dialogs"));
    ui.label(tr!("help-theme", keys = key(&keys::TOGGLE_THEME)));
}
