//! Serial lookup: the scanner field lives in the top bar (`app/chrome.rs`);
//! this panel searches by partial serial, model or claim id, and lists the
//! recent lookups and the open product at a glance.

use crate::desk::{SearchHit, SearchResults};
use crate::tr;
use crate::ui::command::Command;
use crate::ui::outcome::Outcome;
use crate::ui::panel::PanelUi;
use crate::ui::view::View;
use crate::ui::{Panel, widgets};
use egui::Ui;

#[derive(Debug, Default, Clone)]
pub struct LookupPanel {
    pub query: String,
    /// Hits for `searched_for`.
    pub hits: Vec<SearchHit>,
    pub searched_for: Option<String>,
    /// Customers and their claims found by the same text.
    pub found: Option<SearchResults>,
}

impl PanelUi for LookupPanel {
    fn title() -> String {
        tr!("panel-lookup")
    }

    fn ui(&mut self, ui: &mut Ui, view: &View<'_>) -> Vec<Command> {
        let mut out = Vec::new();
        let Self {
            query,
            hits,
            searched_for,
            found,
        } = self;
        ui.heading(Self::title());
        widgets::hint(
            ui,
            &tr!(
                "lookup-intro",
                keys = widgets::shortcut_text(ui.ctx(), &Command::FocusSerial),
                alt = ui
                    .ctx()
                    .format_shortcut(&crate::ui::command::keys::FOCUS_SERIAL_ALT)
            ),
        );
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            let l = ui.label(tr!("lookup-search-label"));
            let r = ui
                .add(
                    egui::TextEdit::singleline(query)
                        .hint_text(tr!("lookup-search-hint"))
                        .desired_width(340.0),
                )
                .labelled_by(l.id);
            let enter = r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            let search = Command::Search(query.trim().to_owned());
            if (ui.button(search.label().unwrap_or_default()).clicked() || enter)
                && !query.trim().is_empty()
            {
                out.push(search);
            }
        });
        ui.add_space(6.0);
        ui.columns(2, |cols| {
            results(&mut cols[0], searched_for.as_deref(), hits, &mut out);
            if let Some(f) = found {
                people(&mut cols[0], f, hits, &mut out);
            }
            recent(&mut cols[1], view, &mut out);
        });
        out
    }

    fn receive(&mut self, outcome: &Outcome) {
        if let Outcome::SearchResults { query, hits, found } = outcome {
            self.query = query.clone();
            self.hits = hits.clone();
            self.searched_for = Some(query.clone());
            self.found = found.clone();
        }
    }
}

fn results(ui: &mut Ui, searched_for: Option<&str>, hits: &[SearchHit], out: &mut Vec<Command>) {
    widgets::section(ui, &tr!("lookup-results"));
    match searched_for {
        None => widgets::hint(ui, &tr!("lookup-no-search-yet")),
        Some(q) if hits.is_empty() => {
            ui.label(tr!("lookup-nothing-matches", query = q));
        }
        Some(q) => {
            ui.label(tr!("lookup-matches", count = hits.len(), query = q));
            egui::ScrollArea::vertical()
                .id_salt("search_hits")
                .max_height(ui.available_height() - 8.0)
                .show(ui, |ui| {
                    for hit in hits {
                        hit_row(ui, hit, out);
                    }
                });
        }
    }
}

/// The customers found, and claims found by their customer's name.
fn people(ui: &mut Ui, found: &SearchResults, hits: &[SearchHit], out: &mut Vec<Command>) {
    widgets::section(ui, &tr!("lookup-customers"));
    if found.customers.is_empty() {
        widgets::hint(ui, &tr!("lookup-no-customers"));
    }
    for c in &found.customers {
        if ui.link(crate::ui::visit::hit_line(c)).clicked() {
            out.push(Command::OpenCustomer(c.id));
        }
    }
    let shown: Vec<&str> = hits.iter().filter_map(|h| h.claim_id.as_deref()).collect();
    let more: Vec<_> = found
        .claims
        .iter()
        .filter(|c| !shown.contains(&c.id.as_str()))
        .collect();
    if more.is_empty() {
        return;
    }
    widgets::section(ui, &tr!("lookup-customer-claims"));
    for c in more {
        ui.horizontal(|ui| {
            if ui.link(&c.id).clicked() {
                out.push(Command::OpenClaim(c.id.clone()));
            }
            let who = c
                .customer_name
                .clone()
                .unwrap_or_else(|| tr!("customer-erased"));
            ui.label(tr!(
                "lookup-claim-of",
                serial = c.serial.as_str(),
                customer = who
            ));
        });
    }
}

fn recent(ui: &mut Ui, view: &View<'_>, out: &mut Vec<Command>) {
    widgets::section(ui, &tr!("lookup-recent"));
    if view.recent.is_empty() {
        widgets::hint(ui, &tr!("lookup-recent-none"));
    }
    for serial in view.recent {
        if ui.link(serial).clicked() {
            out.push(Command::OpenProduct(serial.clone()));
        }
    }
    if !view.recent.is_empty()
        && ui
            .small_button(Command::ClearRecent.label().unwrap_or_default())
            .clicked()
    {
        out.push(Command::ClearRecent);
    }
    if let Some(l) = view.product {
        ui.add_space(10.0);
        widgets::section(ui, &tr!("lookup-open-product"));
        ui.label(tr!(
            "serial-and-model",
            serial = l.product.serial.as_str(),
            model = l.product.model.as_str()
        ));
        let show = Command::ShowPanel(Panel::Plans);
        let text = tr!(
            "button-with-shortcut",
            label = Panel::Plans.title(),
            keys = widgets::shortcut_text(ui.ctx(), &show)
        );
        if ui.button(text).clicked() {
            out.push(show);
        }
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
