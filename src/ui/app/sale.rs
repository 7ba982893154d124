//! Carrying out the CR+ sale panel's commands: selling in the store,
//! binding an activation card, registering a card. Whatever the answer, the
//! form hears it (`Outcome::SaleAnswered`): a refusal — the BUY-* rules with
//! their advice, an unknown or used code, bad input — stands beside the form
//! that was sent, not only in the status line.

use super::CareDeskApp;
use crate::desk::{AdvisedDecision, StoreError};
use crate::rules::{Decision, Region};
use crate::tr;
use crate::ui::Panel;
use crate::ui::command::PlusRequest;
use crate::ui::outcome::{Outcome, SaleForm, SaleRefusal, SaleRefusalWhy};
use chrono::NaiveDate;

impl CareDeskApp {
    pub(super) fn buy_plus(&mut self, r: PlusRequest, customer: Option<i64>) {
        let form = SaleForm::Store(r.clone());
        let what = tr!("app-what-plus-not-bound");
        let Some(actor) = self.sale_actor(&form, &what) else {
            return;
        };
        match self
            .desk
            .buy_plus_for(actor, &r.serial, r.purchase_region, r.on, customer)
        {
            Ok(l) => {
                self.sale_done(form);
                self.info_text(tr!("app-plus-sold", serial = r.serial.as_str()));
                self.product = Some(l);
                self.state.panel = Panel::Plans;
            }
            Err(e) => {
                let advised = |app: &Self, d: &Decision| {
                    app.advise_sale(&r.serial, r.purchase_region, r.on, d)
                };
                self.sale_failed(form, what, e, advised);
            }
        }
    }

    pub(super) fn bind_card(&mut self, code: &str, serial: &str, on: NaiveDate) {
        let form = SaleForm::Card {
            code: code.to_owned(),
            serial: serial.to_owned(),
        };
        let what = tr!("app-what-card-not-bound", code = code);
        let Some(actor) = self.sale_actor(&form, &what) else {
            return;
        };
        match self.desk.bind_activation_card(actor, code, serial, on) {
            Ok(l) => {
                self.sale_done(form);
                self.info_text(tr!("app-card-bound", code = code, serial = serial));
                self.remember(serial);
                self.product = Some(l);
                self.state.panel = Panel::Plans;
            }
            Err(e) => {
                // The rules decided with the card's region.
                let advised = |app: &Self, d: &Decision| {
                    let card = app.desk.activation_card(code).ok()?;
                    app.advise_sale(serial, card.region, on, d)
                };
                self.sale_failed(form, what, e, advised);
            }
        }
    }

    pub(super) fn add_card(&mut self, code: &str, region: Region) {
        let form = SaleForm::NewCard {
            code: code.to_owned(),
        };
        let what = tr!("app-what-card-not-registered");
        let Some(actor) = self.sale_actor(&form, &what) else {
            return;
        };
        match self.desk.add_activation_card(actor, code, region) {
            Ok(()) => {
                self.sale_done(form);
                self.info_text(tr!(
                    "app-card-registered",
                    code = code,
                    region = region.to_string()
                ));
            }
            Err(e) => self.sale_failed(form, what, e, |_, _| None),
        }
    }

    /// Who is working, or the refusal beside the form when nobody is.
    fn sale_actor(&mut self, form: &SaleForm, what: &str) -> Option<i64> {
        let actor = self.actor();
        if actor.is_none()
            && let Some(m) = &self.message
        {
            let refusal = SaleRefusal {
                what: what.to_owned(),
                why: SaleRefusalWhy::Error(m.text.clone()),
            };
            self.deliver(Outcome::SaleAnswered {
                form: form.clone(),
                refusal: Some(Box::new(refusal)),
            });
        }
        actor
    }

    /// The form's sale went through: it forgets an earlier refusal.
    fn sale_done(&mut self, form: SaleForm) {
        self.deliver(Outcome::SaleAnswered {
            form,
            refusal: None,
        });
    }

    /// A refusal or failure: beside the form, with the BUY-* advice
    /// (`advised`) when the rules refused, and in the status line.
    fn sale_failed(
        &mut self,
        form: SaleForm,
        what: String,
        e: StoreError,
        advised: impl FnOnce(&Self, &Decision) -> Option<AdvisedDecision>,
    ) {
        let why = match &e {
            StoreError::Refused(d) => SaleRefusalWhy::Rules {
                advised: advised(self, d).map(Box::new),
                decision: d.clone(),
            },
            other => SaleRefusalWhy::Error(other.message()),
        };
        let refusal = SaleRefusal {
            what: what.clone(),
            why,
        };
        self.deliver(Outcome::SaleAnswered {
            form,
            refusal: Some(Box::new(refusal)),
        });
        self.fail(&what, e);
    }

    /// SPEC §5 advice on a refused sale: the rules asked again for the same
    /// serial, region and day, kept only when they refuse for the same rules
    /// (the product may have changed in between).
    fn advise_sale(
        &self,
        serial: &str,
        region: Region,
        on: NaiveDate,
        refused: &Decision,
    ) -> Option<AdvisedDecision> {
        let a = self.desk.preview_plus_advised(serial, region, on).ok()?;
        (a.decision.failed == refused.failed).then_some(a)
    }
}
