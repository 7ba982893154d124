//! Sell / bind CR+: in the store by serial, or with an activation card. The
//! eligibility decision (BUY-* rule IDs and reasons) is shown before anything
//! is written; binding is enabled only when it is approved.

use crate::rules::Decision;
use crate::ui::app::View;
use crate::ui::command::Command;
use crate::ui::{theme, widgets};
use egui::{RichText, Ui};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SellMode {
    #[default]
    InStore,
    ActivationCard,
}

#[derive(Debug, Default, Clone)]
pub struct SellPlusPanel {
    pub mode: SellMode,
    /// Region of the store (or card) CR+ is bought through.
    pub purchase_region: String,
    pub on: String,
    pub card_code: String,
    pub card_serial: String,
    pub new_card_code: String,
    pub new_card_region: String,
    /// The serial the form was prepared for.
    pub prepared_for: Option<String>,
    /// Eligibility for `preview_key` (set by the app).
    pub preview: Option<Result<Decision, String>>,
    pub preview_key: Option<(String, String, String)>,
    requested_key: Option<(String, String, String)>,
}

impl SellPlusPanel {
    pub fn ui(&mut self, ui: &mut Ui, view: &View<'_>, out: &mut Vec<Command>) {
        ui.heading("Sell / bind Care Refresh+");
        let serial = view.product.map(|l| l.product.serial.clone());
        if serial != self.prepared_for {
            self.prepared_for = serial.clone();
            self.on = widgets::iso(view.today);
            self.purchase_region = view
                .product
                .map(|l| l.product.region.to_string())
                .unwrap_or_default();
            self.card_serial = serial.clone().unwrap_or_default();
            self.preview = None;
            self.preview_key = None;
            self.requested_key = None;
        }
        let Self {
            mode,
            purchase_region,
            on,
            card_code,
            card_serial,
            new_card_code,
            new_card_region,
            prepared_for: _,
            preview,
            preview_key,
            requested_key,
        } = self;
        ui.horizontal(|ui| {
            ui.selectable_value(mode, SellMode::InStore, "In the store, by serial");
            ui.selectable_value(mode, SellMode::ActivationCard, "With an activation card");
        });
        ui.separator();
        match mode {
            SellMode::InStore => {
                let Some(serial) = serial else {
                    ui.label("Scan or type a serial in the top bar (Ctrl+L) first.");
                    return;
                };
                ui.label(format!("Product: {serial}"));
                let region = ui
                    .horizontal(|ui| {
                        let l = ui.label("Bought through a store in region:");
                        ui.add(
                            egui::TextEdit::singleline(purchase_region)
                                .desired_width(40.0)
                                .char_limit(2),
                        )
                        .labelled_by(l.id);
                        let r = view.catalog.region(purchase_region.trim());
                        if r.is_none() {
                            widgets::error_text(ui, "unknown region code");
                        }
                        r
                    })
                    .inner;
                let day = widgets::date_field(ui, "Purchase date:", on);
                let (Some(region), Some(day)) = (region, day) else {
                    return;
                };
                let key = (serial.clone(), region.to_string(), widgets::iso(day));
                if requested_key.as_ref() != Some(&key) {
                    *requested_key = Some(key.clone());
                    out.push(Command::PreviewPlus {
                        serial: serial.clone(),
                        purchase_region: region,
                        on: day,
                    });
                }
                widgets::section(ui, "Eligibility");
                let fresh = preview_key.as_ref() == Some(&key);
                match preview {
                    Some(Ok(d)) => widgets::decision_box(ui, d),
                    Some(Err(e)) => widgets::error_text(ui, e),
                    None => {
                        ui.label("Checking…");
                    }
                }
                let approved = fresh && matches!(preview, Some(Ok(d)) if d.approved());
                ui.add_space(6.0);
                let enabled = approved && view.current_staff.is_some();
                if ui
                    .add_enabled(enabled, egui::Button::new("Sell and bind Care Refresh+"))
                    .on_disabled_hover_text(
                        "Enabled when the eligibility check approves and a staff member is chosen.",
                    )
                    .clicked()
                {
                    out.push(Command::BuyPlus {
                        serial,
                        purchase_region: region,
                        on: day,
                    });
                }
            }
            SellMode::ActivationCard => {
                egui::Grid::new("card_grid").num_columns(2).show(ui, |ui| {
                    let l = ui.label("Activation code:");
                    let r1 = ui
                        .add(egui::TextEdit::singleline(card_code).desired_width(220.0))
                        .labelled_by(l.id);
                    ui.end_row();
                    let l = ui.label("Serial:");
                    let r2 = ui
                        .add(egui::TextEdit::singleline(card_serial).desired_width(220.0))
                        .labelled_by(l.id);
                    ui.end_row();
                    let enter = (r1.lost_focus() || r2.lost_focus())
                        && ui.input(|i| i.key_pressed(egui::Key::Enter));
                    ui.label("");
                    let ready = !card_code.trim().is_empty()
                        && !card_serial.trim().is_empty()
                        && view.current_staff.is_some();
                    let clicked = ui
                        .add_enabled(ready, egui::Button::new("Bind the card"))
                        .clicked();
                    if ready && (clicked || enter) {
                        out.push(Command::BindCard {
                            code: card_code.trim().to_owned(),
                            serial: card_serial.trim().to_owned(),
                            on: view.today,
                        });
                    }
                    ui.end_row();
                });
                ui.label(
                    RichText::new("A code binds once. The BUY rules decide with the card's region; a refusal lists them here.")
                        .color(theme::muted(ui.visuals())),
                );
                ui.add_space(12.0);
                egui::CollapsingHeader::new("Register a new activation card").show(ui, |ui| {
                    ui.horizontal(|ui| {
                        let l = ui.label("Code:");
                        ui.add(egui::TextEdit::singleline(new_card_code).desired_width(180.0))
                            .labelled_by(l.id);
                        let l = ui.label("Region:");
                        ui.add(
                            egui::TextEdit::singleline(new_card_region)
                                .desired_width(40.0)
                                .char_limit(2),
                        )
                        .labelled_by(l.id);
                        let region = view.catalog.region(new_card_region.trim());
                        let ready = region.is_some()
                            && !new_card_code.trim().is_empty()
                            && view.current_staff.is_some();
                        if ui
                            .add_enabled(ready, egui::Button::new("Register"))
                            .clicked()
                            && let Some(region) = region
                        {
                            out.push(Command::AddCard {
                                code: new_card_code.trim().to_owned(),
                                region,
                            });
                            new_card_code.clear();
                        }
                    });
                });
            }
        }
    }
}
