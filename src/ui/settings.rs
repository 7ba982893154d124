//! Settings: who is working (recorded on every action), staff and roles, the
//! fee schedule (supervisor only, PIN asked), the database, demo data and
//! product import (background jobs), the theme.

use crate::desk::{FeeRow, Money, Role};
use crate::ui::app::View;
use crate::ui::command::{Command, PinAction};
use crate::ui::{theme, widgets};
use egui::{RichText, Ui};

#[derive(Debug, Clone)]
pub struct SettingsPanel {
    pub new_name: String,
    pub new_role: Role,
    pub new_pin: String,
    /// Loaded by the app when the panel is shown.
    pub fees: Vec<FeeRow>,
    pub fee_filter: String,
    /// The fee being edited: (model, replacement number, amount text).
    pub editing: Option<(String, u32, String)>,
    pub demo_products: usize,
}

impl Default for SettingsPanel {
    fn default() -> Self {
        Self {
            new_name: String::new(),
            new_role: Role::Technician,
            new_pin: String::new(),
            fees: Vec::new(),
            fee_filter: String::new(),
            editing: None,
            demo_products: 50,
        }
    }
}

impl SettingsPanel {
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        view: &View<'_>,
        db_path: &str,
        dark: bool,
        out: &mut Vec<Command>,
    ) {
        let Self {
            new_name,
            new_role,
            new_pin,
            fees,
            fee_filter,
            editing,
            demo_products,
        } = self;
        ui.heading("Settings");
        ui.columns(2, |cols| {
            let ui = &mut cols[0];
            widgets::section(ui, "Who is working");
            if view.staff.is_empty() {
                ui.label("No staff yet: add the first person below (a supervisor, with a PIN).");
            }
            for s in view.staff {
                let me = view.current_staff.map(|c| c.id) == Some(s.id);
                let text = format!("{} — {}", s.name, s.role.label());
                if ui.radio(me, text).clicked() && !me {
                    out.push(Command::SetStaff(s.id));
                }
            }
            widgets::section(ui, "Add a staff member");
            egui::Grid::new("add_staff").num_columns(2).show(ui, |ui| {
                let l = ui.label("Name:");
                ui.add(egui::TextEdit::singleline(new_name).desired_width(200.0))
                    .labelled_by(l.id);
                ui.end_row();
                ui.label("Role:");
                ui.horizontal(|ui| {
                    for r in Role::ALL {
                        ui.selectable_value(new_role, *r, r.label());
                    }
                });
                ui.end_row();
                // Everyone has a personal PIN now (issue 15).
                let l = ui.label("Their PIN:");
                ui.add(
                    egui::TextEdit::singleline(new_pin)
                        .password(true)
                        .desired_width(120.0),
                )
                .labelled_by(l.id);
                ui.end_row();
                ui.label("");
                let ready =
                    !new_name.trim().is_empty() && new_pin.len() >= crate::desk::MIN_PIN_DIGITS;
                if ui
                    .add_enabled(ready, egui::Button::new("Add"))
                    .on_disabled_hover_text("A name and a PIN of 6 or more digits.")
                    .clicked()
                {
                    out.push(Command::AddStaff {
                        name: new_name.trim().to_owned(),
                        role: *new_role,
                        pin: Some(new_pin.clone()),
                    });
                    new_name.clear();
                    new_pin.clear();
                }
                ui.end_row();
            });

            widgets::section(ui, "Database");
            ui.label(RichText::new(db_path).monospace());
            ui.horizontal_wrapped(|ui| {
                ui.label(
                    RichText::new("To use another file, start with")
                        .color(theme::muted(ui.visuals())),
                );
                ui.label(RichText::new("caredesk --db PATH").monospace());
            });
            ui.horizontal(|ui| {
                let l = ui.label("Demo products:");
                ui.add(egui::DragValue::new(demo_products).range(1..=100_000))
                    .labelled_by(l.id);
                if ui
                    .add_enabled(!view.busy, egui::Button::new("Load demo data…"))
                    .clicked()
                {
                    out.push(Command::LoadDemo {
                        products: *demo_products,
                        confirmed: false,
                    });
                }
            });
            ui.horizontal(|ui| {
                if ui
                    .add_enabled(!view.busy, egui::Button::new("Import products from CSV…"))
                    .clicked()
                {
                    out.push(Command::PickImportFile);
                }
            });
            widgets::section(ui, "Appearance");
            ui.horizontal(|ui| {
                let text = if dark {
                    "Use the light theme"
                } else {
                    "Use the dark theme"
                };
                if ui.button(text).clicked() {
                    out.push(Command::ToggleTheme);
                }
            });

            let ui = &mut cols[1];
            widgets::section(ui, "Fee schedule");
            let supervisor = view
                .current_staff
                .is_some_and(|s| s.role == Role::Supervisor);
            if !supervisor {
                ui.label(
                    RichText::new("Only a supervisor can change fees.")
                        .color(theme::muted(ui.visuals())),
                );
            }
            ui.horizontal(|ui| {
                let l = ui.label("Model contains:");
                ui.add(egui::TextEdit::singleline(fee_filter).desired_width(160.0))
                    .labelled_by(l.id);
            });
            let needle = fee_filter.trim().to_lowercase();
            egui::ScrollArea::vertical()
                .id_salt("fees")
                .max_height(ui.available_height() - 8.0)
                .show(ui, |ui| {
                    egui::Grid::new("fee_grid")
                        .num_columns(4)
                        .striped(true)
                        .spacing([12.0, 4.0])
                        .show(ui, |ui| {
                            ui.strong("Model");
                            ui.strong("Replacement");
                            ui.strong("Fee");
                            ui.label("");
                            ui.end_row();
                            for f in fees.iter().filter(|f| {
                                needle.is_empty() || f.model.to_lowercase().contains(&needle)
                            }) {
                                ui.label(&f.model);
                                ui.label(format!("no. {}", f.replacement_number));
                                let this = editing.as_ref().is_some_and(|(m, n, _)| {
                                    *m == f.model && *n == f.replacement_number
                                });
                                if this {
                                    let mut save = false;
                                    let mut cancel = false;
                                    if let Some((_, _, text)) = editing.as_mut() {
                                        ui.horizontal(|ui| {
                                            let r = ui
                                                .add(
                                                    egui::TextEdit::singleline(text)
                                                        .desired_width(70.0),
                                                )
                                                .on_hover_text("New amount");
                                            ui.label(&f.amount.currency);
                                            save = r.lost_focus()
                                                && ui.input(|i| i.key_pressed(egui::Key::Enter));
                                        });
                                        ui.horizontal(|ui| {
                                            save |= ui.button("Save…").clicked();
                                            cancel = ui.button("Cancel").clicked();
                                        });
                                        if save {
                                            match crate::vocab::money::parse_amount(
                                                text.trim(),
                                                f.amount.minor_digits(),
                                            ) {
                                                Some(cents) => {
                                                    out.push(Command::AskPin(PinAction::SetFee {
                                                        model: f.model.clone(),
                                                        replacement_number: f.replacement_number,
                                                        amount: Money {
                                                            cents,
                                                            currency: f.amount.currency.clone(),
                                                        },
                                                    }))
                                                }
                                                None => widgets::error_text(ui, "not an amount"),
                                            }
                                        }
                                    }
                                    if cancel || save {
                                        *editing = None;
                                    }
                                } else {
                                    ui.label(f.amount.to_string());
                                    if supervisor && ui.small_button("Edit").clicked() {
                                        *editing = Some((
                                            f.model.clone(),
                                            f.replacement_number,
                                            f.amount.decimal(),
                                        ));
                                    } else if !supervisor {
                                        ui.label("");
                                    }
                                }
                                ui.end_row();
                            }
                        });
                });
        });
    }
}
