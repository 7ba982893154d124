//! Customers (SPEC §6, issue 13): find or add one, see their products and
//! claims, edit their fields (audited), export everything held about them,
//! and forget them (supervisor PIN, confirmed): their personal fields are
//! erased everywhere and the customer shows as "erased".

use crate::desk::CustomerDetail;
use crate::tr;
use crate::ui::command::{Command, Confirmation, CustomerForm, PinAction};
use crate::ui::outcome::Outcome;
use crate::ui::panel::PanelUi;
use crate::ui::view::View;
use crate::ui::visit::{CustomerEntry, CustomerPicker, note};
use crate::ui::widgets;
use egui::{RichText, Ui};

#[derive(Debug, Clone)]
pub struct CustomersPanel {
    pub picker: CustomerPicker,
    /// The customer shown, as last read.
    pub open: Option<CustomerDetail>,
    /// The open customer's fields as being edited.
    pub edit: CustomerEntry,
}

impl Default for CustomersPanel {
    fn default() -> Self {
        Self {
            picker: CustomerPicker::new(CustomerForm::Customers),
            open: None,
            edit: CustomerEntry::default(),
        }
    }
}

impl PanelUi for CustomersPanel {
    fn title() -> String {
        tr!("panel-customers")
    }

    fn ui(&mut self, ui: &mut Ui, view: &View<'_>) -> Vec<Command> {
        let mut out = Vec::new();
        ui.heading(Self::title());
        widgets::hint(ui, &tr!("customers-intro"));
        ui.columns(2, |cols| {
            egui::ScrollArea::vertical()
                .id_salt("customers_find")
                .show(&mut cols[0], |ui| {
                    self.picker.ui(ui, &mut out);
                    if let Some(c) = self.picker.chosen.take() {
                        out.push(Command::OpenCustomer(c.id));
                    }
                });
            egui::ScrollArea::vertical()
                .id_salt("customers_detail")
                .show(&mut cols[1], |ui| self.detail_ui(ui, view, &mut out));
        });
        out
    }

    fn receive(&mut self, outcome: &Outcome) {
        if let Outcome::CustomerShown(d) = outcome {
            self.edit = CustomerEntry::from_fields(&d.customer.fields());
            self.open = Some((**d).clone());
        }
        self.picker.receive(outcome);
    }
}

impl CustomersPanel {
    fn detail_ui(&mut self, ui: &mut Ui, view: &View<'_>, out: &mut Vec<Command>) {
        let Some(d) = &self.open else {
            widgets::hint(ui, &tr!("customers-none-open"));
            return;
        };
        let c = &d.customer;
        ui.heading(tr!("customers-heading", id = c.id, name = c.display_name()));
        if c.erased {
            let when = c.erased_at.map(crate::i18n::local_time).unwrap_or_default();
            ui.label(RichText::new(tr!("customer-erased")).strong().size(16.0));
            note(ui, &tr!("customers-erased-note", date = when), false);
        } else {
            self.edit.ui(ui, (CustomerForm::Customers, c.id));
            let fields = self.edit.fields();
            let changed = fields != c.fields();
            ui.horizontal(|ui| {
                let save = egui::Button::new(tr!("customers-save"));
                if ui
                    .add_enabled(changed && view.current_staff.is_some(), save)
                    .clicked()
                {
                    out.push(Command::EditCustomer { id: c.id, fields });
                }
                if changed && ui.button(tr!("customers-undo")).clicked() {
                    self.edit = CustomerEntry::from_fields(&c.fields());
                }
            });
            widgets::hint(
                ui,
                &tr!(
                    "customers-papers-language",
                    lang = c.papers_language.as_str()
                ),
            );
        }
        widgets::section(ui, &tr!("customers-products"));
        if d.products.is_empty() {
            widgets::hint(ui, &tr!("customers-no-products"));
        }
        for p in &d.products {
            ui.horizontal(|ui| {
                if ui.link(&p.serial).clicked() {
                    out.push(Command::OpenProduct(p.serial.clone()));
                }
                ui.label(&p.model);
            });
        }
        widgets::section(ui, &tr!("customers-claims"));
        if d.claims.is_empty() {
            widgets::hint(ui, &tr!("customers-no-claims"));
        }
        for r in &d.claims {
            ui.horizontal(|ui| {
                if ui.link(RichText::new(&r.id).monospace()).clicked() {
                    out.push(Command::OpenClaim(r.id.clone()));
                }
                ui.label(tr!(
                    "customers-claim-line",
                    serial = r.serial.as_str(),
                    status = r.status.label()
                ));
            });
        }
        if c.erased {
            return;
        }
        widgets::section(ui, &tr!("customers-privacy"));
        ui.horizontal_wrapped(|ui| {
            if ui.button(tr!("customers-export")).clicked() {
                out.push(Command::PickCustomerExport(c.id));
            }
            if ui.button(tr!("customers-forget")).clicked() {
                let name = c.display_name();
                out.push(Command::Confirm(Confirmation {
                    title: tr!("customers-forget-title"),
                    body: tr!("customers-forget-body", name = name.as_str(), id = c.id),
                    confirm_label: tr!("customers-forget-confirm"),
                    then: Box::new(Command::AskPin(PinAction::ForgetCustomer {
                        id: c.id,
                        name,
                    })),
                }));
            }
        });
    }
}
