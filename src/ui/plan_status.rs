//! Plan status: CR and CR+ side by side, dates relative to today, what ended
//! each service and why, and the plan actions (withdrawal, returning CR+).

use crate::desk::AdvisedDecision;
use crate::desk::{Lookup, ProductStatus};
use crate::rules::PlanKind;
use crate::rules::plans::{PlanStatus, ServiceState};
use crate::tr;
use crate::ui::advice::{self, Advised};
use crate::ui::command::{Command, Confirmation, ReturnRequest};
use crate::ui::outcome::Outcome;
use crate::ui::panel::PanelUi;
use crate::ui::preview::LivePreview;
use crate::ui::view::View;
use crate::ui::{Panel, theme, widgets};
use chrono::NaiveDate;
use egui::{RichText, Ui};

#[derive(Debug, Default, Clone)]
pub struct PlanStatusPanel {
    /// "The product was returned under DJI's return policy" (for returning CR+).
    pub product_returned: bool,
    /// What the RET-* rules say about returning CR+ as it stands, live.
    pub return_preview: LivePreview<ReturnRequest, AdvisedDecision>,
}

impl PanelUi for PlanStatusPanel {
    fn title() -> String {
        tr!("panel-plans")
    }

    fn ui(&mut self, ui: &mut Ui, view: &View<'_>) -> Vec<Command> {
        let Self {
            product_returned,
            return_preview,
        } = self;
        let mut out = Vec::new();
        let Some(l) = view.product else {
            ui.heading(Self::title());
            ui.label(tr!(
                "plans-scan-first",
                keys = widgets::shortcut_text(ui.ctx(), &Command::FocusSerial)
            ));
            return out;
        };
        product_header(ui, l, &mut out);
        ui.separator();
        // Scrolls: the return decision and the unit's claims follow the plans.
        egui::ScrollArea::vertical()
            .id_salt("plans_scroll")
            .show(ui, |ui| {
                ui.columns(2, |cols| {
                    let base = l.base.as_ref();
                    plan_card(&mut cols[0], view, l, PlanKind::CareRefresh, base, &mut out);
                    let plus = l.plus.as_ref();
                    plan_card(
                        &mut cols[1],
                        view,
                        l,
                        PlanKind::CareRefreshPlus,
                        plus,
                        &mut out,
                    );
                });
                if l.plus.is_some() {
                    ui.separator();
                    let returnable = l
                        .plus_sale
                        .as_ref()
                        .is_some_and(|s| s.returned_on.is_none());
                    let request = returnable.then(|| ReturnRequest {
                        serial: l.product.serial.clone(),
                        product_returned: *product_returned,
                        on: view.today,
                    });
                    if let Some(r) = return_preview.follow(request.as_ref()) {
                        out.push(Command::PreviewReturn(r));
                    }
                    return_plus(ui, l, product_returned, &mut out);
                    if request.is_some() {
                        return_preview.ui(ui, request.as_ref(), |ui, a| {
                            let advised = Advised {
                                decision: &a.decision,
                                shown: Some(&a.shown),
                                advice: Some(&a.advice),
                            };
                            // No step of a return applies to a form field.
                            let _ = advice::decision_ui(ui, advised, &mut out);
                        });
                    }
                }
                if !l.claims.is_empty() {
                    ui.separator();
                    widgets::section(ui, &tr!("plans-claims-on-unit"));
                    for c in l.claims.iter().take(8) {
                        ui.horizontal(|ui| {
                            if ui.link(&c.id).clicked() {
                                out.push(Command::OpenClaim(c.id.clone()));
                            }
                            ui.label(tr!(
                                "plans-claim-line",
                                kind = c.kind.service().label(),
                                status = c.status.label(),
                                submitted = widgets::iso(c.submitted_on)
                            ));
                        });
                    }
                }
            });
        out
    }

    fn receive(&mut self, outcome: &Outcome) {
        if let Outcome::ReturnPreview { request, result } = outcome {
            self.return_preview.answer(request.clone(), result.clone());
        }
    }
}

fn return_plus(ui: &mut Ui, l: &Lookup, product_returned: &mut bool, out: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        ui.checkbox(product_returned, tr!("plans-product-returned"));
        if ui.button(tr!("plans-return-plus-button")).clicked() {
            out.push(Command::Confirm(Confirmation {
                title: tr!("plans-return-plus-title"),
                body: tr!("plans-return-plus-body", serial = l.product.serial.as_str()),
                confirm_label: tr!("plans-return-plus-confirm"),
                then: Box::new(Command::ReturnPlus {
                    serial: l.product.serial.clone(),
                    product_returned: *product_returned,
                }),
            }));
        }
    });
}

fn product_header(ui: &mut Ui, l: &Lookup, out: &mut Vec<Command>) {
    let p = &l.product;
    ui.horizontal_wrapped(|ui| {
        ui.heading(RichText::new(&p.serial).monospace().strong());
        let model = tr!(
            "plans-model-series",
            model = p.model.as_str(),
            series = p.series.as_str()
        );
        ui.label(RichText::new(model).size(16.0));
        match p.status {
            ProductStatus::Active => {
                ui.label(RichText::new(tr!("plans-unit-active")).color(theme::ok(ui.visuals())));
            }
            ProductStatus::Reclaimed => {
                ui.label(
                    RichText::new(tr!("plans-unit-reclaimed"))
                        .strong()
                        .color(theme::bad(ui.visuals())),
                );
            }
        }
    });
    ui.horizontal_wrapped(|ui| {
        ui.label(tr!(
            "plans-bought-in",
            region = p.region.to_string(),
            channel = p.channel.label()
        ));
        ui.label("·");
        ui.label(if p.international_service {
            tr!("plans-international-yes")
        } else {
            tr!("plans-international-no")
        });
        if let Some(new) = &p.replaced_by {
            ui.label(tr!("plans-replaced-by"));
            if ui.link(new).clicked() {
                out.push(Command::OpenProduct(new.clone()));
            }
        }
        if let Some(old) = &p.replaces {
            ui.label(tr!("plans-replaces"));
            if ui.link(old).clicked() {
                out.push(Command::OpenProduct(old.clone()));
            }
        }
    });
    ui.horizontal(|ui| {
        let mut go = |ui: &mut Ui, label: String, panel: Panel| {
            let show = Command::ShowPanel(panel);
            let keys = widgets::shortcut_text(ui.ctx(), &show);
            if ui
                .button(tr!("button-with-shortcut", label = label, keys = keys))
                .clicked()
            {
                out.push(show);
            }
        };
        go(ui, tr!("plans-take-claim"), Panel::Intake);
        go(ui, Panel::Coverage.title(), Panel::Coverage);
        if l.plus.is_none() {
            go(ui, Panel::SellPlus.title(), Panel::SellPlus);
        }
    });
}

fn state_text(ui: &mut Ui, label: &str, s: ServiceState) {
    let color = match s {
        ServiceState::Active => theme::ok(ui.visuals()),
        ServiceState::NotStarted => theme::warn(ui.visuals()),
        _ => theme::bad(ui.visuals()),
    };
    let why = match s {
        ServiceState::Active => tr!("service-active"),
        ServiceState::NotStarted => tr!("service-not-started"),
        ServiceState::Expired => tr!("service-expired"),
        ServiceState::UsedUp => tr!("service-used-up"),
        ServiceState::Withdrawn => tr!("service-withdrawn"),
        ServiceState::NotOffered => tr!("service-not-offered"),
    };
    ui.label(label);
    ui.label(RichText::new(why).color(color));
    ui.end_row();
}

fn plan_card(
    ui: &mut Ui,
    view: &View<'_>,
    l: &Lookup,
    kind: PlanKind,
    status: Option<&PlanStatus>,
    out: &mut Vec<Command>,
) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(RichText::new(kind.label()).strong().size(17.0));
        let Some(s) = status else {
            widgets::hint(ui, &tr!("plans-not-on-product"));
            if kind == PlanKind::CareRefreshPlus && l.had_plus {
                ui.label(tr!("plans-had-plus"));
            }
            return;
        };
        egui::Grid::new(("plan_grid", kind.code()))
            .num_columns(2)
            .spacing([12.0, 4.0])
            .show(ui, |ui| plan_grid(ui, l, kind, s, view.today));
        if s.european_cap {
            widgets::interpretation_list(ui, &[crate::rules::Interpretation::EuropeanCap]);
        }
        let withdraw = !s.withdrawn
            && view.current_staff.is_some()
            && ui
                .horizontal(|ui| ui.button(tr!("plans-withdraw-button", plan = kind.label())))
                .inner
                .clicked();
        if withdraw {
            out.push(Command::Confirm(Confirmation {
                title: tr!("plans-withdraw-title", plan = kind.label()),
                body: tr!(
                    "plans-withdraw-body",
                    plan = kind.label(),
                    serial = l.product.serial.as_str()
                ),
                confirm_label: tr!("plans-withdraw-confirm"),
                then: Box::new(Command::WithdrawPlan {
                    serial: l.product.serial.clone(),
                    plan: kind,
                }),
            }));
        }
    });
}

/// The facts of one plan, two columns.
fn plan_grid(ui: &mut Ui, l: &Lookup, kind: PlanKind, s: &PlanStatus, today: NaiveDate) {
    let row = |ui: &mut Ui, label: String, value: RichText| {
        ui.label(label);
        ui.label(value);
        ui.end_row();
    };
    if kind == PlanKind::CareRefresh
        && let Some(b) = &l.base_plan
    {
        row(ui, tr!("plans-term"), b.term.label().into());
    }
    if kind == PlanKind::CareRefreshPlus
        && let Some(p) = &l.plus_plan
    {
        row(ui, tr!("plans-bought"), widgets::iso(p.bought).into());
    }
    let region = if s.region == s.service_region {
        s.region.clone()
    } else {
        tr!(
            "plans-region-service-region",
            region = s.region.as_str(),
            service_region = s.service_region.as_str()
        )
    };
    row(ui, tr!("plans-region"), region.into());
    let starts = tr!(
        "plans-date-relative",
        date = widgets::iso(s.starts),
        relative = widgets::starts_text(s.starts, today)
    );
    row(ui, tr!("plans-starts"), starts.into());
    let near = s.ends > today && (s.ends - today).num_days() <= 30;
    let through = RichText::new(tr!(
        "plans-date-relative",
        date = widgets::iso(s.valid_through),
        relative = widgets::ends_text(s.ends, today)
    ));
    let through = if near {
        through.color(theme::warn(ui.visuals()))
    } else {
        through
    };
    row(ui, tr!("plans-valid-through"), through);
    let (used, left, allowed) = (
        s.replacements_used,
        s.replacements_left,
        s.replacements_allowed,
    );
    let replacements = if s.european_cap {
        tr!(
            "plans-replacements-european",
            used = used,
            left = left,
            allowed = allowed
        )
    } else {
        tr!(
            "plans-replacements",
            used = used,
            left = left,
            allowed = allowed
        )
    };
    row(ui, tr!("plans-replacements-label"), replacements.into());
    state_text(ui, &tr!("plans-replacement-service"), s.replacement_service);
    if let Some(ew) = s.extended_warranty {
        state_text(ui, &tr!("plans-extended-warranty"), ew);
    }
}
