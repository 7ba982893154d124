//! Settings: who is working (recorded on every action), staff and roles, the
//! fee schedule (supervisor only, PIN asked), the database, demo data and
//! product import (background jobs), the theme.

use crate::desk::{FeeRow, Money, Role};
use crate::rules::Region;
use crate::tr;
use crate::ui::command::{Command, PinAction};
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
}

impl Default for SettingsPanel {
    fn default() -> Self {
        Self {
            new_staff: NewStaff::default(),
            fees: FeeSchedule::default(),
            demo_products: crate::desk::DEFAULT_PRODUCTS,
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
        } = self;
        let mut out = Vec::new();
        ui.heading(Self::title());
        ui.columns(2, |cols| {
            let ui = &mut cols[0];
            who_is_working(ui, view, &mut out);
            new_staff.ui(ui, &mut out);
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
            fees.ui(&mut cols[1], view, &mut out);
        });
        out
    }

    fn receive(&mut self, outcome: &Outcome) {
        if let Outcome::FeesLoaded(rows) = outcome {
            self.fees.rows = rows.clone();
        }
    }

    fn shown(&mut self) -> Vec<Command> {
        vec![Command::LoadFees]
    }
}

/// The staff list: a click chooses who is working.
fn who_is_working(ui: &mut Ui, view: &View<'_>, out: &mut Vec<Command>) {
    widgets::section(ui, &tr!("settings-who-is-working"));
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

/// Where the database is, demo data and product import.
fn database(ui: &mut Ui, view: &View<'_>, demo_products: &mut usize, out: &mut Vec<Command>) {
    widgets::section(ui, &tr!("settings-database"));
    ui.label(RichText::new(view.location).monospace());
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
            let supervisor = *role == Role::Supervisor;
            if supervisor {
                let l = ui.label(tr!("settings-pin"));
                ui.add(
                    egui::TextEdit::singleline(pin)
                        .password(true)
                        .desired_width(120.0),
                )
                .labelled_by(l.id);
                ui.end_row();
            }
            ui.label("");
            let ready = !name.trim().is_empty() && (!supervisor || pin.len() >= 4);
            if ui
                .add_enabled(ready, egui::Button::new(tr!("settings-add")))
                .on_disabled_hover_text(tr!("settings-add-disabled"))
                .clicked()
            {
                out.push(Command::AddStaff {
                    name: name.trim().to_owned(),
                    role: *role,
                    pin: supervisor.then(|| pin.clone()),
                });
                name.clear();
                pin.clear();
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
            ui.label(f.amount.to_string());
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
