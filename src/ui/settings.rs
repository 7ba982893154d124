//! Settings: who is working (recorded on every action), staff and roles, the
//! fee schedule (supervisor only, PIN asked), the database, demo data and
//! product import (background jobs), the theme.

use crate::desk::{FeeRow, Money, Role};
use crate::rules::Region;
use crate::tr;
use crate::ui::command::{Command, PinAction, StaffAction};
use crate::ui::outcome::Outcome;
use crate::ui::panel::PanelUi;
use crate::ui::view::View;
use crate::ui::widgets;
use egui::{RichText, Ui};

#[derive(Debug, Clone)]
pub struct SettingsPanel {
    pub new_staff: NewStaff,
    pub fees: FeeSchedule,
    /// How many products "Load demo data" adds.
    pub demo_products: usize,
    /// The idle lock being changed (minutes); `None`: as the database says.
    pub idle_lock: Option<u32>,
    /// A person's role or PIN being changed.
    pub manage: ManageStaff,
}

/// The form that changes a person's role or gives them a new PIN.
#[derive(Debug, Clone)]
pub struct ManageStaff {
    pub staff_id: Option<i64>,
    pub role: Role,
    pub pin: String,
}

impl Default for ManageStaff {
    fn default() -> Self {
        Self {
            staff_id: None,
            role: Role::Technician,
            pin: String::new(),
        }
    }
}

impl Default for SettingsPanel {
    fn default() -> Self {
        Self {
            new_staff: NewStaff::default(),
            fees: FeeSchedule::default(),
            demo_products: crate::desk::DEFAULT_PRODUCTS,
            idle_lock: None,
            manage: ManageStaff::default(),
        }
    }
}

/// The form that adds a staff member.
#[derive(Debug, Clone)]
pub struct NewStaff {
    pub name: String,
    pub role: Role,
    pub pin: String,
}

impl Default for NewStaff {
    fn default() -> Self {
        Self {
            name: String::new(),
            role: Role::Technician,
            pin: String::new(),
        }
    }
}

/// The fee schedule as last read, its filter, and the fee being edited.
#[derive(Debug, Clone, Default)]
pub struct FeeSchedule {
    pub rows: Vec<FeeRow>,
    pub filter: String,
    pub editing: Option<FeeEdit>,
}

/// One fee being changed.
#[derive(Debug, Clone, PartialEq)]
pub struct FeeEdit {
    pub model: String,
    pub region: Region,
    pub replacement_number: u32,
    /// The amount as typed.
    pub text: String,
    /// The text last refused as "not an amount": the message shows until
    /// the text changes.
    pub refused: Option<String>,
}

impl PanelUi for SettingsPanel {
    fn title() -> String {
        tr!("panel-settings")
    }

    fn ui(&mut self, ui: &mut Ui, view: &View<'_>) -> Vec<Command> {
        let Self {
            new_staff,
            fees,
            demo_products,
            idle_lock,
            manage,
        } = self;
        let mut out = Vec::new();
        ui.heading(Self::title());
        ui.columns(2, |cols| {
            // Scrolls on a short screen (1024×768): the database section and
            // the theme stay reachable.
            egui::ScrollArea::vertical()
                .id_salt("settings_left")
                .show(&mut cols[0], |ui| {
                    who_is_working(ui, view, &mut out);
                    new_staff.ui(ui, &mut out);
                    manage.ui(ui, view, &mut out);
                    idle_lock_ui(ui, view, idle_lock, &mut out);
                    database(ui, view, demo_products, &mut out);
                    widgets::section(ui, &tr!("settings-appearance"));
                    let theme = Command::ToggleTheme;
                    let text = if view.dark {
                        tr!("settings-use-light")
                    } else {
                        tr!("settings-use-dark")
                    };
                    if ui.button(text).clicked() {
                        out.push(theme);
                    }
                    language(ui, view, &mut out);
                });
            fees.ui(&mut cols[1], view, &mut out);
        });
        out
    }

    fn receive(&mut self, outcome: &Outcome) {
        match outcome {
            Outcome::FeesLoaded(rows) => self.fees.rows = rows.clone(),
            Outcome::StaffChanged => {
                self.new_staff = NewStaff::default();
                self.manage.pin.clear();
            }
            Outcome::IdleLockSet => self.idle_lock = None,
            _ => {}
        }
    }

    fn shown(&mut self) -> Vec<Command> {
        vec![Command::LoadFees]
    }
}

/// The desk's language: the system's, or one of the desk's files; applied at
/// once and kept.
fn language(ui: &mut Ui, view: &View<'_>, out: &mut Vec<Command>) {
    use crate::i18n::{self, Lang};
    widgets::section(ui, &tr!("settings-language"));
    let system = i18n::system().unwrap_or(Lang::EN);
    let follow = tr!("settings-language-system", language = system.name());
    let shown = view.lang.map_or_else(|| follow.clone(), Lang::name);
    let mut chosen = view.lang;
    ui.horizontal(|ui| {
        let l = ui.label(tr!("settings-language-label"));
        egui::ComboBox::from_id_salt("language")
            .selected_text(shown)
            .width(220.0)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut chosen, None, follow);
                for lang in Lang::all() {
                    ui.selectable_value(&mut chosen, Some(lang), lang.name());
                }
            })
            .response
            .labelled_by(l.id);
    });
    // `--lang` (or CAREDESK_LANG) chose another language for this run only.
    let effective = view.lang.unwrap_or(system);
    if i18n::current() != effective {
        widgets::hint(
            ui,
            &tr!(
                "settings-language-this-run",
                language = i18n::current().name()
            ),
        );
    }
    if chosen != view.lang {
        out.push(Command::SetLanguage(chosen));
    }
}

/// The staff list: a click switches person (their PIN is asked).
fn who_is_working(ui: &mut Ui, view: &View<'_>, out: &mut Vec<Command>) {
    widgets::section(ui, &tr!("settings-who-is-working"));
    widgets::hint(ui, &tr!("settings-switch-hint"));
    if view.staff.is_empty() {
        ui.label(tr!("settings-no-staff"));
    }
    for s in view.staff {
        let me = view.current_staff.map(|c| c.id) == Some(s.id);
        let text = tr!(
            "staff-name-role",
            name = s.name.as_str(),
            role = s.role.label()
        );
        if ui.radio(me, text).clicked() && !me {
            out.push(Command::SetStaff(s.id));
        }
    }
}

/// Minutes without input before every workstation locks (a supervisor's PIN).
fn idle_lock_ui(ui: &mut Ui, view: &View<'_>, editing: &mut Option<u32>, out: &mut Vec<Command>) {
    widgets::section(ui, &tr!("settings-idle-lock"));
    ui.horizontal(|ui| {
        let mut minutes = editing.unwrap_or(view.idle_lock_minutes);
        let l = ui.label(tr!("settings-idle-lock-minutes"));
        let r = ui
            .add(egui::DragValue::new(&mut minutes).range(0..=crate::desk::MAX_IDLE_LOCK_MINUTES))
            .labelled_by(l.id);
        if r.changed() {
            *editing = Some(minutes);
        }
        let changed = minutes != view.idle_lock_minutes;
        if ui
            .add_enabled(changed, egui::Button::new(tr!("settings-idle-lock-set")))
            .clicked()
        {
            out.push(Command::AskPin(PinAction::Staff(StaffAction::SetIdleLock(
                minutes,
            ))));
        }
    });
    widgets::hint(ui, &tr!("settings-idle-lock-hint"));
}

/// Where the database is, its last backup, demo data and product import.
fn database(ui: &mut Ui, view: &View<'_>, demo_products: &mut usize, out: &mut Vec<Command>) {
    widgets::section(ui, &tr!("settings-database"));
    ui.label(RichText::new(view.location).monospace());
    if view.demo {
        ui.label(RichText::new(tr!("settings-demo-database")).strong());
    }
    match view.last_backup {
        Some(b) => {
            let at = crate::i18n::local_time(b.at);
            ui.label(tr!("settings-last-backup", at = at));
            ui.label(
                RichText::new(b.file.display().to_string())
                    .monospace()
                    .small(),
            );
        }
        None => {
            let warn = crate::ui::theme::warn(ui.visuals());
            ui.label(RichText::new(tr!("settings-no-backup")).color(warn));
        }
    }
    ui.horizontal_wrapped(|ui| {
        widgets::hint(ui, &tr!("settings-other-database"));
        ui.label(RichText::new(tr!("settings-other-database-command")).monospace());
    });
    ui.horizontal(|ui| {
        let l = ui.label(tr!("settings-demo-products"));
        ui.add(egui::DragValue::new(demo_products).range(1..=100_000))
            .labelled_by(l.id);
        let load = Command::LoadDemo {
            products: *demo_products,
            confirmed: false,
        };
        let button = egui::Button::new(load.label().unwrap_or_default());
        if ui.add_enabled(!view.busy, button).clicked() {
            out.push(load);
        }
    });
    let import = Command::PickImportFile;
    let button = egui::Button::new(import.label().unwrap_or_default());
    if ui.add_enabled(!view.busy, button).clicked() {
        out.push(import);
    }
}

impl ManageStaff {
    /// A person, their role and a new PIN; each change asks a supervisor's PIN.
    fn ui(&mut self, ui: &mut Ui, view: &View<'_>, out: &mut Vec<Command>) {
        let Self {
            staff_id,
            role,
            pin,
        } = self;
        widgets::section(ui, &tr!("settings-manage-staff"));
        let chosen = staff_id.and_then(|id| view.staff.iter().find(|s| s.id == id));
        let shown = chosen.map_or_else(|| tr!("settings-choose-person"), |s| s.name.clone());
        let l = ui.label(tr!("settings-person"));
        egui::ComboBox::from_id_salt("manage_staff")
            .selected_text(shown)
            .show_ui(ui, |ui| {
                for s in view.staff {
                    let text = tr!(
                        "staff-name-role",
                        name = s.name.as_str(),
                        role = s.role.label()
                    );
                    if ui.selectable_label(*staff_id == Some(s.id), text).clicked() {
                        *staff_id = Some(s.id);
                        *role = s.role;
                        pin.clear();
                    }
                }
            })
            .response
            .labelled_by(l.id);
        let Some(person) = chosen else {
            return;
        };
        if let Some(until) = person.locked_until {
            let at = crate::i18n::format::local_clock(until);
            widgets::error_text(ui, &tr!("settings-person-locked", until = at));
        }
        ui.horizontal(|ui| {
            for r in Role::ALL {
                ui.selectable_value(role, *r, r.label());
            }
            if ui
                .add_enabled(
                    *role != person.role,
                    egui::Button::new(tr!("settings-set-role")),
                )
                .clicked()
            {
                out.push(Command::AskPin(PinAction::Staff(StaffAction::SetRole {
                    staff_id: person.id,
                    name: person.name.clone(),
                    role: *role,
                })));
            }
        });
        ui.horizontal(|ui| {
            let l = ui.label(tr!("settings-new-pin"));
            ui.add(
                egui::TextEdit::singleline(pin)
                    .password(true)
                    .desired_width(120.0),
            )
            .labelled_by(l.id);
            let ok = pin.chars().count() >= crate::desk::MIN_PIN_DIGITS
                && pin.chars().all(|c| c.is_ascii_digit());
            if ui
                .add_enabled(ok, egui::Button::new(tr!("settings-reset-pin")))
                .clicked()
            {
                out.push(Command::AskPin(PinAction::Staff(StaffAction::ResetPin {
                    staff_id: person.id,
                    name: person.name.clone(),
                    pin: pin.clone(),
                })));
            }
        });
    }
}

impl NewStaff {
    fn ui(&mut self, ui: &mut Ui, out: &mut Vec<Command>) {
        let Self { name, role, pin } = self;
        widgets::section(ui, &tr!("settings-add-staff"));
        egui::Grid::new("add_staff").num_columns(2).show(ui, |ui| {
            let l = ui.label(tr!("settings-name"));
            ui.add(egui::TextEdit::singleline(name).desired_width(200.0))
                .labelled_by(l.id);
            ui.end_row();
            ui.label(tr!("settings-role"));
            ui.horizontal(|ui| {
                for r in Role::ALL {
                    ui.selectable_value(role, *r, r.label());
                }
            });
            ui.end_row();
            // Everyone has their own PIN (6 or more digits).
            let l = ui.label(tr!("settings-pin"));
            ui.add(
                egui::TextEdit::singleline(pin)
                    .password(true)
                    .desired_width(120.0),
            )
            .labelled_by(l.id);
            ui.end_row();
            ui.label("");
            let pin_ok = pin.chars().count() >= crate::desk::MIN_PIN_DIGITS
                && pin.chars().all(|c| c.is_ascii_digit());
            let ready = !name.trim().is_empty() && pin_ok;
            if ui
                .add_enabled(ready, egui::Button::new(tr!("settings-add")))
                .on_disabled_hover_text(tr!(
                    "settings-add-disabled",
                    digits = crate::desk::MIN_PIN_DIGITS
                ))
                .clicked()
            {
                // A supervisor's PIN is asked next; the form clears once added.
                out.push(Command::AddStaff {
                    name: name.trim().to_owned(),
                    role: *role,
                    pin: pin.clone(),
                });
            }
            ui.end_row();
        });
    }
}

impl FeeSchedule {
    fn ui(&mut self, ui: &mut Ui, view: &View<'_>, out: &mut Vec<Command>) {
        let Self {
            rows,
            filter,
            editing,
        } = self;
        widgets::section(ui, &tr!("settings-fee-schedule"));
        let supervisor = view
            .current_staff
            .is_some_and(|s| s.role == Role::Supervisor);
        if !supervisor {
            widgets::hint(ui, &tr!("settings-fees-supervisor-only"));
        }
        ui.horizontal(|ui| {
            let l = ui.label(tr!("settings-fee-filter"));
            ui.add(egui::TextEdit::singleline(filter).desired_width(160.0))
                .labelled_by(l.id);
        });
        let needle = filter.trim().to_lowercase();
        egui::ScrollArea::vertical()
            .id_salt("fees")
            .max_height(ui.available_height() - 8.0)
            .show(ui, |ui| {
                egui::Grid::new("fee_grid")
                    .num_columns(4)
                    .striped(true)
                    .spacing([12.0, 4.0])
                    .show(ui, |ui| {
                        ui.strong(tr!("settings-fee-model"));
                        ui.strong(tr!("settings-fee-replacement"));
                        ui.strong(tr!("settings-fee-amount"));
                        ui.label("");
                        ui.end_row();
                        let shown = rows.iter().filter(|f| {
                            needle.is_empty() || f.model.to_lowercase().contains(&needle)
                        });
                        for f in shown {
                            fee_row(ui, f, supervisor, editing, out);
                        }
                    });
            });
    }
}

/// One fee: its amount, or the edit field when it is being changed.
fn fee_row(
    ui: &mut Ui,
    f: &FeeRow,
    supervisor: bool,
    editing: &mut Option<FeeEdit>,
    out: &mut Vec<Command>,
) {
    ui.label(&f.model);
    ui.label(tr!(
        "settings-fee-number",
        region = f.region.to_string(),
        number = f.replacement_number
    ));
    let this = editing.as_ref().is_some_and(|e| {
        e.model == f.model && e.region == f.region && e.replacement_number == f.replacement_number
    });
    match editing {
        Some(edit) if this => {
            if fee_edit(ui, f, edit, out) {
                *editing = None;
            }
        }
        _ => {
            ui.label(widgets::money(&f.amount));
            if supervisor && ui.small_button(tr!("settings-fee-edit")).clicked() {
                *editing = Some(FeeEdit {
                    model: f.model.clone(),
                    region: f.region,
                    replacement_number: f.replacement_number,
                    text: f.amount.decimal(),
                    refused: None,
                });
            } else if !supervisor {
                ui.label("");
            }
        }
    }
    ui.end_row();
}

/// The amount field with Save and Cancel. A text that is not an amount is
/// refused with a message that stays until the text changes. Returns
/// whether the edit is over (saved or cancelled).
fn fee_edit(ui: &mut Ui, f: &FeeRow, edit: &mut FeeEdit, out: &mut Vec<Command>) -> bool {
    let mut save = false;
    let mut cancel = false;
    ui.vertical(|ui| {
        ui.horizontal(|ui| {
            let r = ui
                .add(egui::TextEdit::singleline(&mut edit.text).desired_width(70.0))
                .on_hover_text(tr!("settings-fee-new-amount"));
            ui.label(&f.amount.currency);
            save = r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        });
        if edit.refused.as_deref() == Some(edit.text.as_str()) {
            widgets::error_text(ui, &tr!("settings-fee-not-an-amount"));
        }
    });
    ui.horizontal(|ui| {
        save |= ui.button(tr!("settings-fee-save")).clicked();
        cancel = ui.button(tr!("settings-fee-cancel")).clicked();
    });
    if cancel {
        return true;
    }
    if !save {
        return false;
    }
    let digits = f.amount.minor_digits();
    match crate::vocab::money::parse_amount(edit.text.trim(), digits) {
        Some(cents) => {
            out.push(Command::AskPin(PinAction::SetFee {
                model: f.model.clone(),
                region: f.region,
                replacement_number: f.replacement_number,
                amount: Money {
                    cents,
                    currency: f.amount.currency.clone(),
                },
            }));
            true
        }
        None => {
            edit.refused = Some(edit.text.clone());
            false
        }
    }
}
