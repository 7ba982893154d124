//! Serial lookup: the scanner field lives in the top bar (see `app.rs`); this
//! panel searches by partial serial, model or claim id, and lists the recent
//! lookups and the open product at a glance.

use crate::desk::SearchHit;
use crate::ui::app::View;
use crate::ui::command::Command;
use crate::ui::{theme, widgets};
use egui::{RichText, Ui};

#[derive(Debug, Default, Clone)]
pub struct LookupPanel {
    pub query: String,
    /// Hits for `searched_for` (set by the app).
    pub hits: Vec<SearchHit>,
    pub searched_for: Option<String>,
}

impl LookupPanel {
    pub fn ui(&mut self, ui: &mut Ui, view: &View<'_>, recent: &[String], out: &mut Vec<Command>) {
        let Self {
            query,
            hits,
            searched_for,
        } = self;
        ui.heading("Serial lookup");
        ui.label(
            RichText::new("Scan a serial into the field at the top (Ctrl+L or F2 puts the cursor there); Enter opens the product.")
                .color(theme::muted(ui.visuals())),
        );
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            let l = ui.label("Search:");
            let r = ui
                .add(
                    egui::TextEdit::singleline(query)
                        .hint_text("part of a serial, a model, or a claim id")
                        .desired_width(340.0),
                )
                .labelled_by(l.id);
            let enter = r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            if (ui.button("Search").clicked() || enter) && !query.trim().is_empty() {
                out.push(Command::Search(query.trim().to_owned()));
            }
        });
        ui.add_space(6.0);
        ui.columns(2, |cols| {
            let ui = &mut cols[0];
            widgets::section(ui, "Results");
            match searched_for {
                None => {
                    ui.label(RichText::new("No search yet.").color(theme::muted(ui.visuals())));
                }
                Some(q) if hits.is_empty() => {
                    ui.label(format!("Nothing matches “{q}”."));
                }
                Some(q) => {
                    ui.label(format!("{} match(es) for “{q}”:", hits.len()));
                    egui::ScrollArea::vertical()
                        .id_salt("search_hits")
                        .max_height(ui.available_height() - 8.0)
                        .show(ui, |ui| {
                            for hit in hits.iter() {
                                hit_row(ui, hit, out);
                            }
                        });
                }
            }
            let ui = &mut cols[1];
            widgets::section(ui, "Recent lookups");
            if recent.is_empty() {
                ui.label(RichText::new("None yet.").color(theme::muted(ui.visuals())));
            }
            for serial in recent {
                if ui.link(serial).clicked() {
                    out.push(Command::OpenProduct(serial.clone()));
                }
            }
            if !recent.is_empty() && ui.small_button("Clear the list").clicked() {
                out.push(Command::ClearRecent);
            }
            if let Some(l) = view.product {
                ui.add_space(10.0);
                widgets::section(ui, "Open product");
                ui.label(format!("{} — {}", l.product.serial, l.product.model));
                if ui.button("Plan status (Ctrl+2)").clicked() {
                    out.push(Command::ShowPanel(crate::ui::Panel::Plans));
                }
            }
        });
    }
}

fn hit_row(ui: &mut Ui, hit: &SearchHit, out: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        if ui.link(&hit.serial).clicked() {
            out.push(Command::OpenProduct(hit.serial.clone()));
        }
        ui.label(&hit.model);
        if let Some(claim) = &hit.claim_id
            && ui.link(claim).clicked()
        {
            out.push(Command::OpenClaim(claim.clone()));
        }
    });
}
