//! Coverage checklist: what the series' plans cover (parts with caps), which
//! apply today for the open product, what never to send back, and the
//! data-backup reminder.

use crate::catalog::{Catalog, SeriesId};
use crate::rules::Part;
use crate::ui::app::View;
use crate::ui::{theme, widgets};
use egui::{RichText, Ui};

/// The coverage panel. Without an open product the series is chosen here.
#[derive(Debug, Default, Clone, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct CoveragePanel {
    /// Series shown when no product is open.
    pub series: SeriesId,
}

impl CoveragePanel {
    pub fn ui(&mut self, ui: &mut Ui, view: &View<'_>) {
        let Self { series } = self;
        let catalog = view.catalog;
        let product = view.product;
        let shown = match product.and_then(|l| catalog.model_id(&l.product.model)) {
            Some(model) => {
                let m = catalog.model(model);
                ui.heading(format!(
                    "Coverage for {} ({} series)",
                    m.name, catalog.series[m.series].name
                ));
                m.series
            }
            None => {
                ui.heading("Coverage checklist");
                ui.horizontal(|ui| {
                    let l = ui.label("Series:");
                    egui::ComboBox::from_id_salt("coverage_series")
                        .selected_text(
                            catalog
                                .series
                                .get(*series)
                                .map(|s| s.name.as_str())
                                .unwrap_or("—"),
                        )
                        .show_ui(ui, |ui| {
                            for (i, s) in catalog.series.iter().enumerate() {
                                ui.selectable_value(series, i, &s.name);
                            }
                        })
                        .response
                        .labelled_by(l.id);
                    ui.label(
                        RichText::new("Open a product to see what applies today.")
                            .color(theme::muted(ui.visuals())),
                    );
                });
                (*series).min(catalog.series.len().saturating_sub(1))
            }
        };
        let Some(s) = catalog.series.get(shown) else {
            widgets::error_text(ui, "The catalog has no series.");
            return;
        };
        let today_rep = product.map(|l| l.replaceable_today.as_slice());
        let today_ew = product.map(|l| l.warranty_today.as_slice());

        ui.columns(2, |cols| {
            widgets::section(&mut cols[0], "Replacement service");
            part_table(
                &mut cols[0],
                catalog,
                "rep",
                s.replacement_parts.iter(),
                today_rep,
                true,
            );
            if let Some(i) = s.replacement_interpretation {
                widgets::interpretation_list(&mut cols[0], &[i]);
            }
            widgets::section(&mut cols[1], "Extended warranty (Care Refresh+)");
            part_table(
                &mut cols[1],
                catalog,
                "ew",
                s.warranty_parts.iter(),
                today_ew,
                false,
            );
            cols[1].label(
                RichText::new("Care Refresh+ bought in the EU, the UK, Switzerland or Norway has no extended warranty.")
                    .color(theme::muted(cols[1].visuals())),
            );
        });
        if let Some(l) = product {
            ui.add_space(4.0);
            let plan = match l.replacement_plan_today {
                Some(p) => format!("Replacement today is under {}.", p.label()),
                None => "No plan gives replacement service today.".to_owned(),
            };
            ui.label(plan);
        }

        ui.separator();
        ui.columns(2, |cols| {
            widgets::section(&mut cols[0], "Never send back");
            cols[0].label(
                RichText::new("Send only the parts to be replaced. The customer pays shipping for anything else sent.")
                    .color(theme::muted(cols[0].visuals())),
            );
            for item in &catalog.never_send_back {
                cols[0].label(format!("×  {item}"));
            }
            widgets::section(&mut cols[1], "Before the product leaves the counter");
            cols[1].label(
                RichText::new("Back up the customer's photos, videos and flight data, then delete personal data: the unit may not come back.")
                    .color(theme::warn(cols[1].visuals())),
            );
            cols[1].label("Remove the microSD card and hand it to the customer.");
        });
    }
}

/// Parts with their cap and, for an open product, whether they apply today.
fn part_table(
    ui: &mut Ui,
    catalog: &Catalog,
    id: &str,
    parts: impl Iterator<Item = Part>,
    today: Option<&[Part]>,
    show_caps: bool,
) {
    egui::Grid::new(("coverage_grid", id))
        .num_columns(3)
        .striped(true)
        .spacing([16.0, 4.0])
        .show(ui, |ui| {
            ui.label(RichText::new("Part").strong());
            ui.label(RichText::new(if show_caps { "At most" } else { "" }).strong());
            ui.label(RichText::new(if today.is_some() { "Today" } else { "" }).strong());
            ui.end_row();
            for part in parts {
                ui.label(part.label());
                if show_caps {
                    let cap = catalog.part_cap(part);
                    ui.label(if part == Part::Propellers {
                        format!("{cap} pairs")
                    } else {
                        cap.to_string()
                    });
                } else {
                    ui.label("");
                }
                match today {
                    Some(t) if t.contains(&part) => {
                        ui.label(RichText::new("covered").color(theme::ok(ui.visuals())));
                    }
                    Some(_) => {
                        ui.label(RichText::new("not today").color(theme::muted(ui.visuals())));
                    }
                    None => {
                        ui.label("");
                    }
                }
                ui.end_row();
            }
        });
}
