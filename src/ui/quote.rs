//! Replacement or paid repair (issue 14), in the open claim's detail: the
//! replacement fee and the paid-repair quote side by side with what each
//! leaves (replacements left after, how long the plan and the extended
//! warranty run), the quote form, and the customer's choice with who
//! recorded it. An extended-warranty repair shows "free" (SPEC §2).

use crate::desk::{
    ClaimDetail, Money, NewQuote, Quote, RepairChoice, RepairOffer, RepairPrice, ReplacementSide,
};
use crate::tr;
use crate::ui::command::{Command, Confirmation, SscCommand};
use crate::ui::outcome::Outcome;
use crate::ui::view::View;
use crate::ui::{theme, widgets};
use chrono::NaiveDate;
use egui::{RichText, Ui};

/// The comparison as last read, and the quote being typed.
#[derive(Debug, Default, Clone)]
pub struct QuoteBox {
    pub offer: Option<RepairOffer>,
    /// The claim whose comparison was asked for.
    pub requested: Option<String>,
    pub amount: String,
    pub currency: String,
    pub covers: String,
    pub valid_until: String,
}

impl QuoteBox {
    pub fn receive(&mut self, outcome: &Outcome) {
        match outcome {
            Outcome::RepairOfferShown(o)
                if self.requested.as_deref() == Some(o.claim_id.as_str()) =>
            {
                self.offer = Some((**o).clone());
            }
            // The claim moved on or was read again: so may its offer.
            Outcome::ClaimShown { detail, fresh } => {
                self.requested = None;
                if *fresh && self.offer.as_ref().map(|o| &o.claim_id) != Some(&detail.row.id) {
                    let currency = std::mem::take(&mut self.currency);
                    *self = QuoteBox {
                        currency,
                        ..QuoteBox::default()
                    };
                }
            }
            _ => {}
        }
    }

    pub fn ui(&mut self, ui: &mut Ui, view: &View<'_>, c: &ClaimDetail, out: &mut Vec<Command>) {
        if self.requested.as_deref() != Some(c.row.id.as_str()) {
            self.requested = Some(c.row.id.clone());
            out.push(Command::Ssc(SscCommand::LoadRepairOffer(c.row.id.clone())));
        }
        let Some(offer) = self.offer.clone().filter(|o| o.claim_id == c.row.id) else {
            return;
        };
        if !c.row.approved {
            return;
        }
        let Some(replacement) = &offer.replacement else {
            // Extended warranty: free, nothing to choose.
            widgets::section(ui, &tr!("quote-heading-warranty"));
            ui.label(
                RichText::new(tr!("quote-free"))
                    .color(theme::ok(ui.visuals()))
                    .strong(),
            );
            if let Some(until) = offer.repair.warranty_through {
                widgets::hint(
                    ui,
                    &tr!("quote-warranty-through", date = widgets::iso(until)),
                );
            }
            return;
        };
        if !offer.can_quote && offer.quote.is_none() {
            return;
        }
        widgets::section(ui, &tr!("quote-heading"));
        compare(ui, replacement, &offer);
        if let Some(q) = &offer.quote {
            quote_facts(ui, q);
        }
        let can_act = view.current_staff.is_some();
        if offer.can_choose {
            self.choice_buttons(ui, &offer, can_act, out);
        }
        if offer.can_quote {
            self.form(ui, view, &offer, replacement.fee.as_ref(), can_act, out);
        }
    }

    fn choice_buttons(
        &self,
        ui: &mut Ui,
        offer: &RepairOffer,
        can_act: bool,
        out: &mut Vec<Command>,
    ) {
        let id = offer.claim_id.clone();
        ui.horizontal_wrapped(|ui| {
            if ui
                .add_enabled(can_act, egui::Button::new(tr!("quote-choose-replacement")))
                .clicked()
            {
                out.push(Command::Ssc(SscCommand::RecordChoice {
                    id: id.clone(),
                    choice: RepairChoice::Replacement,
                }));
            }
            if ui
                .add_enabled(can_act, egui::Button::new(tr!("quote-choose-repair")))
                .clicked()
            {
                let amount = match &offer.repair.price {
                    RepairPrice::Quoted { amount } => widgets::money(amount),
                    _ => String::new(),
                };
                out.push(Command::Confirm(Confirmation {
                    title: tr!("quote-choose-repair-title"),
                    body: tr!(
                        "quote-choose-repair-body",
                        id = id.as_str(),
                        amount = amount
                    ),
                    confirm_label: tr!("quote-choose-repair-confirm"),
                    then: Box::new(Command::Ssc(SscCommand::RecordChoice {
                        id: id.clone(),
                        choice: RepairChoice::PaidRepair,
                    })),
                }));
            }
        });
    }

    fn form(
        &mut self,
        ui: &mut Ui,
        view: &View<'_>,
        offer: &RepairOffer,
        fee: Option<&Money>,
        can_act: bool,
        out: &mut Vec<Command>,
    ) {
        if self.currency.is_empty()
            && let Some(fee) = fee
        {
            self.currency.clone_from(&fee.currency);
        }
        let title = if offer.quote.is_some() {
            tr!("quote-form-replace")
        } else {
            tr!("quote-form-new")
        };
        egui::CollapsingHeader::new(title)
            .id_salt("quote_form")
            .default_open(offer.quote.is_none())
            .show(ui, |ui| {
                ui.horizontal(|ui| {
                    let l = ui.label(tr!("quote-amount"));
                    ui.add(egui::TextEdit::singleline(&mut self.amount).desired_width(90.0))
                        .labelled_by(l.id);
                    let l = ui.label(tr!("quote-currency"));
                    ui.add(
                        egui::TextEdit::singleline(&mut self.currency)
                            .desired_width(44.0)
                            .char_limit(3),
                    )
                    .labelled_by(l.id);
                });
                ui.horizontal(|ui| {
                    let l = ui.label(tr!("quote-covers"));
                    ui.add(
                        egui::TextEdit::singleline(&mut self.covers)
                            .hint_text(tr!("quote-covers-hint"))
                            .desired_width(260.0),
                    )
                    .labelled_by(l.id);
                });
                ui.horizontal(|ui| {
                    let l = ui.label(tr!("quote-valid-until-label"));
                    ui.add(
                        egui::TextEdit::singleline(&mut self.valid_until)
                            .hint_text(tr!("date-hint"))
                            .desired_width(100.0)
                            .char_limit(10),
                    )
                    .labelled_by(l.id);
                });
                let until = match self.valid_until.trim() {
                    "" => Ok(None),
                    t => crate::vocab::parse_day(t)
                        .filter(|d| *d >= view.today)
                        .map(Some)
                        .ok_or(()),
                };
                if until.is_err() {
                    widgets::error_text(ui, &tr!("quote-valid-until-bad"));
                }
                let amount = Money::parse(
                    self.amount.trim(),
                    self.currency.trim().to_uppercase().as_str(),
                );
                if !self.amount.trim().is_empty()
                    && let Err(e) = &amount
                {
                    widgets::error_text(ui, &e.to_string());
                }
                let quote = match (amount, until) {
                    (Ok(amount), Ok(valid_until)) if amount.cents > 0 => Some(NewQuote {
                        amount,
                        covers: self.covers.trim().to_owned(),
                        valid_until,
                    }),
                    _ => None,
                };
                if ui
                    .add_enabled(
                        can_act && quote.is_some(),
                        egui::Button::new(tr!("quote-record")),
                    )
                    .clicked()
                    && let Some(quote) = quote
                {
                    out.push(Command::Ssc(SscCommand::QuoteRepair {
                        id: offer.claim_id.clone(),
                        quote,
                    }));
                    self.amount.clear();
                    self.covers.clear();
                    self.valid_until.clear();
                }
            });
    }
}

fn count(n: Option<u32>) -> String {
    n.map_or_else(|| "—".to_owned(), |n| n.to_string())
}

fn date(d: Option<NaiveDate>) -> String {
    d.map_or_else(|| "—".to_owned(), widgets::iso)
}

/// Replacement and paid repair side by side: what the customer pays and
/// what each leaves.
fn compare(ui: &mut Ui, replacement: &ReplacementSide, offer: &RepairOffer) {
    egui::Grid::new("quote_compare")
        .num_columns(3)
        .striped(true)
        .spacing([14.0, 4.0])
        .show(ui, |ui| {
            ui.label("");
            ui.label(RichText::new(tr!("quote-col-replacement")).strong());
            ui.label(RichText::new(tr!("quote-col-repair")).strong());
            ui.end_row();
            ui.label(tr!("quote-row-pays"));
            ui.label(match &replacement.fee {
                Some(fee) => widgets::money(fee),
                None => tr!("quote-no-fee"),
            });
            ui.label(match &offer.repair.price {
                RepairPrice::Quoted { amount } => widgets::money(amount),
                RepairPrice::Free => tr!("quote-free"),
                RepairPrice::NotQuoted => tr!("quote-not-quoted"),
            });
            ui.end_row();
            ui.label(tr!("quote-row-left"));
            ui.label(count(replacement.replacements_left_after));
            ui.label(count(offer.repair.replacements_left_after));
            ui.end_row();
            ui.label(tr!("quote-row-plan"));
            ui.label(date(replacement.plan_valid_through));
            ui.label(date(offer.repair.plan_valid_through));
            ui.end_row();
            if replacement.warranty_through.is_some() {
                ui.label(tr!("quote-row-warranty"));
                ui.label(date(replacement.warranty_through));
                ui.label(date(offer.repair.warranty_through));
                ui.end_row();
            }
        });
}

/// Who quoted, until when, what it covers, and the choice if recorded.
fn quote_facts(ui: &mut Ui, q: &Quote) {
    let mut facts = tr!(
        "quote-recorded-by",
        who = q.quoted_by.as_str(),
        at = crate::i18n::local_time(q.quoted_at)
    );
    if let Some(until) = q.valid_until {
        facts.push_str(" · ");
        facts.push_str(&tr!("quote-valid-until", date = widgets::iso(until)));
    }
    widgets::hint(ui, &facts);
    if !q.covers.is_empty() {
        ui.label(tr!("quote-covers-text", covers = q.covers.as_str()));
    }
    if let (Some(choice), Some(who)) = (q.choice, &q.choice_by) {
        let at = q.choice_at.map(crate::i18n::local_time).unwrap_or_default();
        ui.label(
            RichText::new(tr!(
                "quote-choice",
                choice = choice.label(),
                who = who.as_str(),
                at = at
            ))
            .strong(),
        );
    }
}
