//! Plan status: CR and CR+ side by side, dates relative to today, what ended
//! each service and why, and the plan actions (withdrawal, returning CR+).

use crate::desk::{Lookup, ProductStatus};
use crate::rules::PlanKind;
use crate::rules::plans::{PlanStatus, ServiceState};
use crate::ui::app::View;
use crate::ui::command::Command;
use crate::ui::{Panel, theme, widgets};
use chrono::NaiveDate;
use egui::{RichText, Ui};

#[derive(Debug, Default, Clone)]
pub struct PlanStatusPanel {
    /// "The product was returned under DJI's return policy" (for returning CR+).
    pub product_returned: bool,
}

impl PlanStatusPanel {
    pub fn ui(&mut self, ui: &mut Ui, view: &View<'_>, out: &mut Vec<Command>) {
        let Self { product_returned } = self;
        let Some(l) = view.product else {
            ui.heading("Plan status");
            ui.label("Scan or type a serial in the top bar (Ctrl+L) to see its plans.");
            return;
        };
        product_header(ui, l, out);
        ui.separator();
        let today = view.today;
        ui.columns(2, |cols| {
            plan_card(
                &mut cols[0],
                view,
                l,
                PlanKind::CareRefresh,
                l.base.as_ref(),
                today,
                out,
            );
            plan_card(
                &mut cols[1],
                view,
                l,
                PlanKind::CareRefreshPlus,
                l.plus.as_ref(),
                today,
                out,
            );
        });
        if l.plus.is_some() {
            ui.separator();
            ui.horizontal(|ui| {
                ui.checkbox(product_returned, "Product returned under DJI's return policy");
                if ui.button("Return Care Refresh+…").clicked() {
                    out.push(Command::Confirm {
                        title: "Return Care Refresh+".into(),
                        body: format!(
                            "Return Care Refresh+ of {}? The RET rules decide; a refusal is shown and nothing is changed.",
                            l.product.serial
                        ),
                        confirm_label: "Return CR+".into(),
                        then: Box::new(Command::ReturnPlus {
                            serial: l.product.serial.clone(),
                            product_returned: *product_returned,
                        }),
                    });
                }
            });
        }
        if !l.claims.is_empty() {
            ui.separator();
            widgets::section(ui, "Claims on this unit");
            for c in l.claims.iter().take(8) {
                ui.horizontal(|ui| {
                    if ui.link(&c.id).clicked() {
                        out.push(Command::OpenClaim(c.id.clone()));
                    }
                    ui.label(format!(
                        "{} · {} · submitted {}",
                        crate::ui::claim_intake::kind_label(c.kind),
                        c.status.label(),
                        widgets::iso(c.submitted_on)
                    ));
                });
            }
        }
    }
}

fn product_header(ui: &mut Ui, l: &Lookup, out: &mut Vec<Command>) {
    let p = &l.product;
    ui.horizontal_wrapped(|ui| {
        ui.heading(RichText::new(&p.serial).monospace().strong());
        ui.label(RichText::new(format!("{} · {} series", p.model, p.series)).size(16.0));
        match p.status {
            ProductStatus::Active => {
                ui.label(RichText::new("active").color(theme::ok(ui.visuals())));
            }
            ProductStatus::Reclaimed => {
                ui.label(
                    RichText::new("reclaimed — belongs to DJI")
                        .strong()
                        .color(theme::bad(ui.visuals())),
                );
            }
        }
    });
    ui.horizontal_wrapped(|ui| {
        ui.label(format!("Bought in {} · {}", p.region, p.channel.label()));
        ui.label("·");
        ui.label(if p.international_service {
            "International service: yes"
        } else {
            "International service: no"
        });
        if let Some(new) = &p.replaced_by {
            ui.label("· replaced by");
            if ui.link(new).clicked() {
                out.push(Command::OpenProduct(new.clone()));
            }
        }
        if let Some(old) = &p.replaces {
            ui.label("· replaces");
            if ui.link(old).clicked() {
                out.push(Command::OpenProduct(old.clone()));
            }
        }
    });
    ui.horizontal(|ui| {
        if ui.button("Take in a claim (Ctrl+5)").clicked() {
            out.push(Command::ShowPanel(Panel::Intake));
        }
        if ui.button("Coverage (Ctrl+3)").clicked() {
            out.push(Command::ShowPanel(Panel::Coverage));
        }
        if l.plus.is_none() && ui.button("Sell / bind CR+ (Ctrl+4)").clicked() {
            out.push(Command::ShowPanel(Panel::SellPlus));
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
        ServiceState::Active => "active".to_owned(),
        ServiceState::NotStarted => "not started (cannot be used in advance)".into(),
        ServiceState::Expired => "ended: validity reached".into(),
        ServiceState::UsedUp => "ended: replacements used up".into(),
        ServiceState::Withdrawn => "ended: withdrawal confirmed".into(),
        ServiceState::NotOffered => "not offered (European variant)".into(),
    };
    ui.label(label);
    ui.label(RichText::new(why).color(color));
    ui.end_row();
}

#[allow(clippy::too_many_arguments)]
fn plan_card(
    ui: &mut Ui,
    view: &View<'_>,
    l: &Lookup,
    kind: PlanKind,
    status: Option<&PlanStatus>,
    today: NaiveDate,
    out: &mut Vec<Command>,
) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(RichText::new(kind.label()).strong().size(17.0));
        let Some(s) = status else {
            ui.label(RichText::new("Not on this product.").color(theme::muted(ui.visuals())));
            if kind == PlanKind::CareRefreshPlus && l.had_plus {
                ui.label("A unit this one replaced already had Care Refresh+ (BUY-ONCE).");
            }
            return;
        };
        egui::Grid::new(("plan_grid", kind.code()))
            .num_columns(2)
            .spacing([12.0, 4.0])
            .show(ui, |ui| {
                if kind == PlanKind::CareRefresh
                    && let Some(b) = &l.base_plan
                {
                    ui.label("Term:");
                    ui.label(b.term.label());
                    ui.end_row();
                }
                if kind == PlanKind::CareRefreshPlus
                    && let Some(p) = &l.plus_plan
                {
                    ui.label("Bought:");
                    ui.label(widgets::iso(p.bought));
                    ui.end_row();
                }
                ui.label("Region:");
                ui.label(if s.region == s.service_region {
                    s.region.clone()
                } else {
                    format!("{} (service region {})", s.region, s.service_region)
                });
                ui.end_row();
                ui.label("Starts:");
                ui.label(format!(
                    "{}  ({})",
                    widgets::iso(s.starts),
                    widgets::starts_text(s.starts, today)
                ));
                ui.end_row();
                ui.label("Valid through:");
                let near = s.ends > today && (s.ends - today).num_days() <= 30;
                let text = format!(
                    "{}  ({})",
                    widgets::iso(s.valid_through),
                    widgets::ends_text(s.ends, today)
                );
                ui.label(if near {
                    RichText::new(text).color(theme::warn(ui.visuals()))
                } else {
                    RichText::new(text)
                });
                ui.end_row();
                ui.label("Replacements:");
                let cap = if s.european_cap { " (European cap)" } else { "" };
                ui.label(format!(
                    "{} used, {} left of {}{cap}",
                    s.replacements_used, s.replacements_left, s.replacements_allowed
                ));
                ui.end_row();
                state_text(ui, "Replacement service:", s.replacement_service);
                if let Some(ew) = s.extended_warranty {
                    state_text(ui, "Extended warranty:", ew);
                }
            });
        if s.european_cap {
            widgets::interpretation_list(ui, &[crate::rules::Interpretation::EuropeanCap]);
        }
        let withdraw = !s.withdrawn
            && view.current_staff.is_some()
            && ui
                .horizontal(|ui| ui.button(format!("Confirm withdrawal from {}…", kind.label())))
                .inner
                .clicked();
        if withdraw {
                out.push(Command::Confirm {
                    title: format!("Withdraw from {}", kind.label()),
                    body: format!(
                        "Confirm the customer's withdrawal from {} on {}? Its services end today and this cannot be undone.",
                        kind.label(),
                        l.product.serial
                    ),
                    confirm_label: "Confirm withdrawal".into(),
                    then: Box::new(Command::WithdrawPlan {
                        serial: l.product.serial.clone(),
                        plan: kind,
                    }),
                });
        }
    });
}
