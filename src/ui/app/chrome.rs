//! The window around the panels: the menu bar and the scanner field, the
//! side bar, the status line, the dialogs (who is working, confirmations,
//! the supervisor's PIN) and the keyboard shortcuts. Drawing only: what a
//! person asks for is returned as commands.

use super::CareDeskApp;
use crate::report::job::ExportContent;
use crate::report::source::ClaimSelection;
use crate::tr;
use crate::ui::command::{Command, Confirmation, PinAction, keys};
use crate::ui::view::View;
use crate::ui::{Panel, theme, widgets};
use egui::{Key, RichText, Ui};

/// The dialogs that can be open (at most one shows at a time).
#[derive(Default)]
pub(super) struct Dialogs {
    /// A step waiting for "Yes".
    pub confirm: Option<Confirmation>,
    /// A supervisor action waiting for the PIN.
    pub pin: Option<PinRequest>,
}

/// A supervisor action and the PIN typed for it so far.
pub(super) struct PinRequest {
    pub action: PinAction,
    pub pin: String,
    /// Why the last PIN was refused.
    pub error: Option<String>,
}

impl PinRequest {
    pub fn new(action: PinAction) -> Self {
        Self {
            action,
            pin: String::new(),
            error: None,
        }
    }
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
        self.modals(ctx, &mut out);
        out
    }

    fn modal_open(&self) -> bool {
        self.dialogs.confirm.is_some() || self.dialogs.pin.is_some() || self.needs_staff()
    }

    /// The current staff member is chosen at start (once staff exist).
    fn needs_staff(&self) -> bool {
        !self.staff.is_empty() && self.current_staff().is_none()
    }

    /// The window-wide shortcuts (a panel's own, like Ctrl+Enter in claim
    /// intake, are the panel's). None while a dialog is open.
    pub(super) fn shortcuts(&mut self, ctx: &egui::Context) {
        if self.modal_open() {
            return;
        }
        let mut commands = vec![Command::FocusSerial, Command::ToggleTheme];
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
                self.focus_serial = true;
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
            widgets::rule_list(ui, &m.rules, &[]);
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
            busy: self.background.busy(),
            checking_in: self.checking_in.as_ref(),
        };
        self.panels.get_mut(self.state.panel).ui(ui, &view)
    }

    fn modals(&mut self, ctx: &egui::Context, out: &mut Vec<Command>) {
        if self.needs_staff() {
            self.choose_staff(ctx, out);
        } else if self.dialogs.confirm.is_some() {
            self.confirm_dialog(ctx, out);
        } else if self.dialogs.pin.is_some() {
            self.pin_dialog(ctx, out);
        }
    }

    fn choose_staff(&self, ctx: &egui::Context, out: &mut Vec<Command>) {
        egui::Modal::new(egui::Id::unique("choose_staff")).show(ctx, |ui| {
            ui.set_width(360.0);
            ui.heading(tr!("staff-dialog-title"));
            ui.label(tr!("staff-dialog-body"));
            for s in &self.staff {
                let text = tr!(
                    "staff-name-role",
                    name = s.name.as_str(),
                    role = s.role.label()
                );
                if ui.button(text).clicked() {
                    out.push(Command::SetStaff(s.id));
                }
            }
        });
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
        let Some(p) = &mut self.dialogs.pin else {
            return;
        };
        let mut answer = None;
        egui::Modal::new(egui::Id::unique("pin")).show(ctx, |ui| {
            ui.set_width(380.0);
            ui.heading(tr!("pin-title"));
            ui.label(p.action.describe());
            let l = ui.label(tr!("pin-label"));
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
                if ui.button(tr!("dialog-ok")).clicked() {
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
