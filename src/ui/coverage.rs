//! Coverage checklist: what the series' plans cover (parts with caps), which
//! apply today for the open product, what never to send back, and the
//! data-backup reminder.

use crate::catalog::{Catalog, SeriesId};
use crate::rules::Part;
use crate::tr;
use crate::ui::command::Command;
use crate::ui::panel::PanelUi;
use crate::ui::view::View;
use crate::ui::{theme, widgets};
use egui::{RichText, Ui};

/// The coverage panel. Without an open product the series is chosen here
/// (and kept across restarts).
#[derive(Debug, Default, Clone)]
pub struct CoveragePanel {
    /// Series shown when no product is open.
    pub series: SeriesId,
}

impl PanelUi for CoveragePanel {
    fn title() -> String {
        tr!("panel-coverage")
    }

    fn ui(&mut self, ui: &mut Ui, view: &View<'_>) -> Vec<Command> {
        let Self { series } = self;
        let catalog = view.catalog;
        let product = view.product;
        let shown = match product.and_then(|l| catalog.model_id(&l.product.model)) {
            Some(model) => {
                let m = catalog.model(model);
                ui.heading(tr!(
                    "coverage-for-model",
                    model = m.name.as_str(),
                    series = catalog.series[m.series].name.as_str()
                ));
                m.series
            }
            None => {
                choose_series(ui, catalog, series);
                (*series).min(catalog.series.len().saturating_sub(1))
            }
        };
        let Some(s) = catalog.series.get(shown) else {
            widgets::error_text(ui, &tr!("coverage-no-series"));
            return Vec::new();
        };
        let today_rep = product.map(|l| l.replaceable_today.as_slice());
        let today_ew = product.map(|l| l.warranty_today.as_slice());

        ui.columns(2, |cols| {
            let ui = &mut cols[0];
            widgets::section(ui, &tr!("coverage-replacement"));
            let parts = s.replacement_parts.iter();
            part_table(ui, catalog, parts, today_rep, true);
            if let Some(i) = s.replacement_interpretation {
                widgets::interpretation_list(ui, &[i]);
            }
            let ui = &mut cols[1];
            widgets::section(ui, &tr!("coverage-warranty"));
            let parts = s.warranty_parts.iter();
            part_table(ui, catalog, parts, today_ew, false);
            widgets::hint(ui, &tr!("coverage-no-warranty-in-europe"));
        });
        if let Some(l) = product {
            ui.add_space(4.0);
            ui.label(match l.replacement_plan_today {
                Some(p) => tr!("coverage-replacement-today", plan = p.label()),
                None => tr!("coverage-no-replacement-today"),
            });
        }
        ui.separator();
        ui.columns(2, |cols| {
            let ui = &mut cols[0];
            widgets::section(ui, &tr!("coverage-never-send-back"));
            widgets::hint(ui, &tr!("coverage-send-only-parts"));
            for item in catalog.never_send_back_in(crate::i18n::current()) {
                ui.label(tr!("coverage-never-item", item = item));
            }
            let ui = &mut cols[1];
            widgets::section(ui, &tr!("coverage-before-leaving"));
            let warn = theme::warn(ui.visuals());
            ui.label(RichText::new(tr!("coverage-back-up")).color(warn));
            ui.label(tr!("coverage-microsd"));
        });
        Vec::new()
    }

    fn save(&self) -> Option<String> {
        Some(self.series.to_string())
    }

    fn restore(&mut self, saved: &str) {
        if let Ok(series) = saved.parse() {
            self.series = series;
        }
    }
}

/// The series picker shown when no product is open.
fn choose_series(ui: &mut Ui, catalog: &Catalog, series: &mut SeriesId) {
    ui.heading(tr!("coverage-checklist"));
    ui.horizontal(|ui| {
        let l = ui.label(tr!("coverage-series-label"));
        let current = catalog
            .series
            .get(*series)
            .map_or_else(|| "—".to_owned(), |s| s.name.clone());
        egui::ComboBox::from_id_salt("coverage_series")
            .selected_text(current)
            .show_ui(ui, |ui| {
                for (i, s) in catalog.series.iter().enumerate() {
                    ui.selectable_value(series, i, &s.name);
                }
            })
            .response
            .labelled_by(l.id);
        widgets::hint(ui, &tr!("coverage-open-product-hint"));
    });
}

/// Parts with their cap and, for an open product, whether they apply today.
fn part_table(
    ui: &mut Ui,
    catalog: &Catalog,
    parts: impl Iterator<Item = Part>,
    today: Option<&[Part]>,
    show_caps: bool,
) {
    egui::Grid::new(("coverage_grid", show_caps))
        .num_columns(3)
        .striped(true)
        .spacing([16.0, 4.0])
        .show(ui, |ui| {
            ui.label(RichText::new(tr!("coverage-part")).strong());
            let caps = if show_caps {
                tr!("coverage-at-most")
            } else {
                String::new()
            };
            ui.label(RichText::new(caps).strong());
            let today_head = if today.is_some() {
                tr!("coverage-today")
            } else {
                String::new()
            };
            ui.label(RichText::new(today_head).strong());
            ui.end_row();
            for part in parts {
                ui.label(part.label());
                let cap = catalog.part_cap(part);
                ui.label(match (show_caps, part) {
                    (false, _) => String::new(),
                    (true, Part::Propellers) => tr!("coverage-pairs", cap = cap),
                    (true, _) => cap.to_string(),
                });
                match today {
                    Some(t) if t.contains(&part) => {
                        let ok = theme::ok(ui.visuals());
                        ui.label(RichText::new(tr!("coverage-covered")).color(ok));
                    }
                    Some(_) => widgets::hint(ui, &tr!("coverage-not-today")),
                    None => {
                        ui.label("");
                    }
                }
                ui.end_row();
            }
        });
}
