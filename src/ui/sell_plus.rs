//! Sell / bind CR+: in the store by serial, or with an activation card. The
//! eligibility decision (BUY-* rule IDs and reasons) is shown before anything
//! is written; selling is enabled only when it is approved. A sale, binding
//! or registration that is refused (by the rules, an unknown or used code,
//! bad input) says so under the form that was sent, with the rule IDs,
//! reasons and advice, while the form still says the same.

use crate::desk::AdvisedDecision;
use crate::rules::Remedy;
use crate::tr;
use crate::ui::advice::{self, Advised};
use crate::ui::command::{Command, CustomerForm, PlusRequest};
use crate::ui::outcome::{Outcome, SaleForm, SaleRefusal, SaleRefusalWhy};
use crate::ui::panel::PanelUi;
use crate::ui::preview::LivePreview;
use crate::ui::view::View;
use crate::ui::visit::CustomerPicker;
use crate::ui::{theme, widgets};
use egui::Ui;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SellMode {
    #[default]
    InStore,
    ActivationCard,
}

#[derive(Debug, Clone)]
pub struct SellPlusPanel {
    pub mode: SellMode,
    pub store: StoreSale,
    pub card: CardBinding,
    pub new_card: NewCard,
    /// The serial the forms were prepared for.
    pub prepared_for: Option<String>,
    /// Who buys CR+ (the product becomes theirs when it belongs to nobody).
    pub customer: CustomerPicker,
    /// The last refusal, with the form it answers.
    pub refused: Option<(SaleForm, SaleRefusal)>,
}

impl Default for SellPlusPanel {
    fn default() -> Self {
        Self {
            mode: SellMode::default(),
            store: StoreSale::default(),
            card: CardBinding::default(),
            new_card: NewCard::default(),
            prepared_for: None,
            customer: CustomerPicker::new(CustomerForm::Sale),
            refused: None,
        }
    }
}

/// Selling in the store, by serial, with the live BUY-* check.
#[derive(Debug, Default, Clone)]
pub struct StoreSale {
    /// Region of the store CR+ is bought through.
    pub purchase_region: String,
    pub on: String,
    pub preview: LivePreview<PlusRequest, AdvisedDecision>,
}

/// Binding CR+ with an activation card.
#[derive(Debug, Default, Clone)]
pub struct CardBinding {
    pub code: String,
    pub serial: String,
}

/// Registering a new activation card.
#[derive(Debug, Default, Clone)]
pub struct NewCard {
    pub code: String,
    pub region: String,
}

impl PanelUi for SellPlusPanel {
    fn title() -> String {
        tr!("panel-sell")
    }

    fn ui(&mut self, ui: &mut Ui, view: &View<'_>) -> Vec<Command> {
        let serial = view.product.map(|l| l.product.serial.clone());
        if serial != self.prepared_for {
            self.prepare(view);
        }
        let Self {
            mode,
            store,
            card,
            new_card,
            prepared_for: _,
            customer,
            refused,
        } = self;
        let refused = refused.as_ref();
        let mut out = Vec::new();
        ui.heading(tr!("sell-heading"));
        ui.horizontal(|ui| {
            ui.selectable_value(mode, SellMode::InStore, tr!("sell-mode-store"));
            ui.selectable_value(mode, SellMode::ActivationCard, tr!("sell-mode-card"));
        });
        ui.separator();
        match mode {
            SellMode::InStore => match serial {
                Some(serial) => {
                    widgets::section(ui, &tr!("sell-customer"));
                    customer.ui(ui, &mut out);
                    ui.add_space(6.0);
                    store.ui(ui, view, serial, (customer.chosen_id(), refused), &mut out);
                }
                None => {
                    ui.label(tr!(
                        "sell-scan-first",
                        keys = widgets::shortcut_text(ui.ctx(), &Command::FocusSerial)
                    ));
                }
            },
            SellMode::ActivationCard => {
                card.ui(ui, view, refused, &mut out);
                ui.add_space(12.0);
                new_card.ui(ui, view, refused, &mut out);
            }
        }
        out
    }

    fn receive(&mut self, outcome: &Outcome) {
        match outcome {
            Outcome::PlusPreview { request, result } => {
                self.store.preview.answer(request.clone(), result.clone());
            }
            Outcome::SaleAnswered { form, refusal } => self.answered(form, refusal.as_deref()),
            _ => {}
        }
        self.customer.receive(outcome);
    }
}

impl SellPlusPanel {
    /// Fresh forms for the open product (or none).
    fn prepare(&mut self, view: &View<'_>) {
        let serial = view.product.map(|l| l.product.serial.clone());
        self.store = StoreSale {
            purchase_region: view
                .product
                .map(|l| l.product.region.to_string())
                .unwrap_or_default(),
            on: widgets::iso(view.today),
            preview: LivePreview::default(),
        };
        self.card.serial = serial.clone().unwrap_or_default();
        self.prepared_for = serial;
        self.refused = None;
    }

    /// Keeps a refusal for its form; a form that went through forgets it
    /// (and a registered card's code is cleared for the next card).
    fn answered(&mut self, form: &SaleForm, refusal: Option<&SaleRefusal>) {
        match refusal {
            Some(r) => self.refused = Some((form.clone(), r.clone())),
            None => {
                if self.refused.as_ref().is_some_and(|(f, _)| f == form) {
                    self.refused = None;
                }
                if let SaleForm::NewCard { code } = form
                    && self.new_card.code.trim() == code
                {
                    self.new_card.code.clear();
                }
            }
        }
    }
}

/// The refusal of `form`, under it, while the form says what was sent:
/// the rules' decision with its advice (the steps' buttons only when
/// `steps`: they change this form), or the error in words. Returns the
/// remedies whose button was clicked.
fn refusal_ui(
    ui: &mut Ui,
    refused: Option<&(SaleForm, SaleRefusal)>,
    form: &SaleForm,
    steps: bool,
    out: &mut Vec<Command>,
) -> Vec<Remedy> {
    let Some((_, r)) = refused.filter(|(f, _)| f == form) else {
        return Vec::new();
    };
    ui.add_space(6.0);
    match &r.why {
        SaleRefusalWhy::Rules { decision, advised } => {
            widgets::error_text(ui, &tr!("app-refused", what = r.what.as_str()));
            let shown = Advised {
                decision,
                shown: advised.as_ref().map(|a| &a.shown),
                advice: advised.as_ref().filter(|_| steps).map(|a| &a.advice),
            };
            advice::decision_ui(ui, shown, out)
        }
        SaleRefusalWhy::Error(e) => {
            let text = tr!("app-failed", what = r.what.as_str(), error = e.as_str());
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.set_width(ui.available_width());
                widgets::decision_badge(ui, false);
                ui.add(
                    egui::Label::new(egui::RichText::new(text).color(theme::bad(ui.visuals())))
                        .wrap(),
                );
            });
            Vec::new()
        }
    }
}

impl StoreSale {
    /// Region and day, the live BUY-* check, the button.
    fn ui(
        &mut self,
        ui: &mut Ui,
        view: &View<'_>,
        serial: String,
        (customer, refused): (Option<i64>, Option<&(SaleForm, SaleRefusal)>),
        out: &mut Vec<Command>,
    ) {
        let Self {
            purchase_region,
            on,
            preview,
        } = self;
        ui.label(tr!("sell-product", serial = serial.as_str()));
        let region = ui
            .horizontal(|ui| {
                let l = ui.label(tr!("sell-store-region"));
                ui.add(
                    egui::TextEdit::singleline(purchase_region)
                        .desired_width(40.0)
                        .char_limit(2),
                )
                .labelled_by(l.id);
                let r = view.catalog.region(purchase_region.trim());
                if r.is_none() {
                    widgets::error_text(ui, &tr!("region-unknown-code"));
                }
                r
            })
            .inner;
        let day = widgets::date_field(ui, &tr!("sell-purchase-date"), on);
        let (Some(region), Some(on)) = (region, day) else {
            return;
        };
        let request = PlusRequest {
            serial,
            purchase_region: region,
            on,
        };
        if let Some(r) = preview.follow(Some(&request)) {
            out.push(Command::PreviewPlus(r));
        }
        widgets::section(ui, &tr!("sell-eligibility"));
        let mut applied = Vec::new();
        preview.ui(ui, Some(&request), |ui, a| {
            let advised = Advised {
                decision: &a.decision,
                shown: Some(&a.shown),
                advice: Some(&a.advice),
            };
            applied = advice::decision_ui(ui, advised, out);
        });
        for remedy in applied {
            if let Remedy::BuyIn(region) = remedy {
                // SPEC §5 `buy_in`: the sale goes through the product's region.
                *purchase_region = region.to_string();
            }
        }
        let approved = preview
            .current(Some(&request))
            .is_some_and(|a| a.decision.approved());
        ui.add_space(6.0);
        let enabled = approved && view.current_staff.is_some();
        if ui
            .add_enabled(enabled, egui::Button::new(tr!("sell-button")))
            .on_disabled_hover_text(tr!("sell-button-disabled"))
            .clicked()
        {
            out.push(Command::BuyPlus(request.clone(), customer));
        }
        for remedy in refusal_ui(ui, refused, &SaleForm::Store(request), true, out) {
            if let Remedy::BuyIn(region) = remedy {
                *purchase_region = region.to_string();
            }
        }
    }
}

impl CardBinding {
    /// Code and serial, and the button.
    fn ui(
        &mut self,
        ui: &mut Ui,
        view: &View<'_>,
        refused: Option<&(SaleForm, SaleRefusal)>,
        out: &mut Vec<Command>,
    ) {
        let Self { code, serial } = self;
        egui::Grid::new("card_grid").num_columns(2).show(ui, |ui| {
            let l = ui.label(tr!("sell-card-code"));
            let r1 = ui
                .add(egui::TextEdit::singleline(code).desired_width(220.0))
                .labelled_by(l.id);
            ui.end_row();
            let l = ui.label(tr!("sell-card-serial"));
            let r2 = ui
                .add(egui::TextEdit::singleline(serial).desired_width(220.0))
                .labelled_by(l.id);
            ui.end_row();
            let enter = (r1.lost_focus() || r2.lost_focus())
                && ui.input(|i| i.key_pressed(egui::Key::Enter));
            ui.label("");
            let ready = !code.trim().is_empty()
                && !serial.trim().is_empty()
                && view.current_staff.is_some();
            let clicked = ui
                .add_enabled(ready, egui::Button::new(tr!("sell-card-bind")))
                .clicked();
            if ready && (clicked || enter) {
                out.push(Command::BindCard {
                    code: code.trim().to_owned(),
                    serial: serial.trim().to_owned(),
                    on: view.today,
                });
            }
            ui.end_row();
        });
        let sent = SaleForm::Card {
            code: code.trim().to_owned(),
            serial: serial.trim().to_owned(),
        };
        // A card's region is its own: its steps are words, not buttons.
        let _ = refusal_ui(ui, refused, &sent, false, out);
        widgets::hint(ui, &tr!("sell-card-hint"));
    }
}

impl NewCard {
    /// Code and region, in a section that opens on demand.
    fn ui(
        &mut self,
        ui: &mut Ui,
        view: &View<'_>,
        refused: Option<&(SaleForm, SaleRefusal)>,
        out: &mut Vec<Command>,
    ) {
        let Self { code, region } = self;
        egui::CollapsingHeader::new(tr!("sell-register-heading"))
            .id_salt("register_card")
            .show(ui, |ui| {
                ui.horizontal(|ui| {
                    let l = ui.label(tr!("sell-register-code"));
                    ui.add(egui::TextEdit::singleline(code).desired_width(180.0))
                        .labelled_by(l.id);
                    let l = ui.label(tr!("sell-register-region"));
                    ui.add(
                        egui::TextEdit::singleline(region)
                            .desired_width(40.0)
                            .char_limit(2),
                    )
                    .labelled_by(l.id);
                    let known = view.catalog.region(region.trim());
                    let ready =
                        known.is_some() && !code.trim().is_empty() && view.current_staff.is_some();
                    if ui
                        .add_enabled(ready, egui::Button::new(tr!("sell-register-button")))
                        .clicked()
                        && let Some(region) = known
                    {
                        // Cleared once it is registered (`SellPlusPanel::answered`).
                        out.push(Command::AddCard {
                            code: code.trim().to_owned(),
                            region,
                        });
                    }
                });
                let sent = SaleForm::NewCard {
                    code: code.trim().to_owned(),
                };
                let _ = refusal_ui(ui, refused, &sent, false, out);
            });
    }
}
