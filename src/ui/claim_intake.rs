//! Claim intake: replacement or extended warranty. The form enforces the
//! quantity caps; the decision (rule IDs, reasons, Interpretations, what the
//! customer pays) updates live as the form changes, from the same rules the
//! store applies when the claim is filed.

use crate::desk::{ClaimInput, ClaimKind, ClaimPreview};
use crate::rules::{Cause, Exclusion, Part, ServiceChannel};
use crate::ui::app::View;
use crate::ui::command::{Command, SUBMIT_FORM};
use crate::ui::{theme, widgets};
use chrono::NaiveDate;
use egui::{RichText, Ui};
use std::hash::{Hash, Hasher};

pub fn kind_label(kind: ClaimKind) -> &'static str {
    match kind {
        ClaimKind::Replacement => "Replacement",
        ClaimKind::ExtendedWarranty => "Extended warranty",
    }
}

/// Identifies a form state, so the rules run only when the form changes.
pub fn form_key(serial: &str, kind: ClaimKind, input: &ClaimInput, on: NaiveDate) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    (serial, kind, format!("{input:?}"), on).hash(&mut h);
    h.finish()
}

/// The claim form and its live decision.
#[derive(Debug, Clone)]
pub struct ClaimIntakePanel {
    pub kind: ClaimKind,
    pub channel: ServiceChannel,
    pub cause: Cause,
    /// Quantity per part (index = `Part::index`); 0 = not requested.
    pub quantities: [u32; Part::ALL.len()],
    pub exclusions: Vec<Exclusion>,
    /// Application date (`on`), YYYY-MM-DD.
    pub on: String,
    pub submitted: String,
    pub shipped_yet: bool,
    pub shipped: String,
    pub service_region: String,
    pub accepts_transregional_fees: bool,
    pub manufacturing_defect_before_plus: bool,
    pub privacy_accepted: bool,
    /// The serial the form was prepared for; a new product resets the form.
    pub prepared_for: Option<String>,
    /// The latest decision for the form as it stood at `preview_key`.
    pub preview: Option<Result<ClaimPreview, String>>,
    pub preview_key: Option<u64>,
    requested_key: Option<u64>,
}

impl Default for ClaimIntakePanel {
    fn default() -> Self {
        Self {
            kind: ClaimKind::Replacement,
            channel: ServiceChannel::Ssc,
            cause: Cause::Collision,
            quantities: [0; Part::ALL.len()],
            exclusions: Vec::new(),
            on: String::new(),
            submitted: String::new(),
            shipped_yet: false,
            shipped: String::new(),
            service_region: String::new(),
            accepts_transregional_fees: false,
            manufacturing_defect_before_plus: false,
            privacy_accepted: false,
            prepared_for: None,
            preview: None,
            preview_key: None,
            requested_key: None,
        }
    }
}

/// Why the form cannot be turned into a claim yet (shown under the form).
fn form_problem(form: &ClaimIntakePanel, view: &View<'_>) -> Option<String> {
    if crate::rules::request::parse_day(form.on.trim()).is_none() {
        return Some("The application date is not a date (YYYY-MM-DD).".into());
    }
    if crate::rules::request::parse_day(form.submitted.trim()).is_none() {
        return Some("The submitted date is not a date (YYYY-MM-DD).".into());
    }
    if form.shipped_yet && crate::rules::request::parse_day(form.shipped.trim()).is_none() {
        return Some("The shipped date is not a date (YYYY-MM-DD).".into());
    }
    if view.catalog.region(form.service_region.trim()).is_none() {
        return Some(format!(
            "`{}` is not a known region code (two letters, e.g. US or DE).",
            form.service_region.trim()
        ));
    }
    if form.quantities.iter().all(|q| *q == 0) {
        return Some("Tick at least one part.".into());
    }
    None
}

impl ClaimIntakePanel {
    /// Prepares a fresh form for a product (dates today, service region = plan's).
    pub fn prepare(&mut self, serial: &str, region: &str, today: NaiveDate) {
        *self = Self {
            on: widgets::iso(today),
            submitted: widgets::iso(today),
            shipped: widgets::iso(today),
            service_region: region.to_owned(),
            prepared_for: Some(serial.to_owned()),
            ..Self::default()
        };
    }

    /// The exclusions that belong to the chosen kind's list.
    fn exclusion_list(&self, view: &View<'_>) -> Vec<Exclusion> {
        let set = match self.kind {
            ClaimKind::Replacement => &view.catalog.replacement_exclusions,
            ClaimKind::ExtendedWarranty => &view.catalog.warranty_exclusions,
        };
        set.iter().collect()
    }

    /// The form as the store's claim input, or None while it is incomplete.
    pub fn to_input(&self, view: &View<'_>) -> Option<(ClaimInput, NaiveDate)> {
        if form_problem(self, view).is_some() {
            return None;
        }
        let on = crate::rules::request::parse_day(self.on.trim())?;
        let allowed = self.exclusion_list(view);
        let input = ClaimInput {
            service_region: view.catalog.region(self.service_region.trim())?,
            channel: self.channel,
            cause: self.cause,
            parts: Part::ALL
                .iter()
                .filter(|p| self.quantities[p.index()] > 0)
                .map(|p| (*p, self.quantities[p.index()]))
                .collect(),
            exclusions: self
                .exclusions
                .iter()
                .copied()
                .filter(|e| allowed.contains(e))
                .collect(),
            submitted: crate::rules::request::parse_day(self.submitted.trim())?,
            shipped: if self.shipped_yet {
                crate::rules::request::parse_day(self.shipped.trim())
            } else {
                None
            },
            accepts_transregional_fees: self.accepts_transregional_fees,
            manufacturing_defect_before_plus: self.manufacturing_defect_before_plus,
            privacy_accepted: self.privacy_accepted,
        };
        Some((input, on))
    }

    pub fn ui(&mut self, ui: &mut Ui, view: &View<'_>, out: &mut Vec<Command>) {
        let Some(lookup) = view.product else {
            ui.heading("Claim intake");
            ui.label("Scan or type a serial in the top bar first (Ctrl+L).");
            return;
        };
        let serial = lookup.product.serial.clone();
        if self.prepared_for.as_deref() != Some(serial.as_str()) {
            let region = lookup
                .plus_plan
                .as_ref()
                .map(|p| p.region.to_string())
                .or_else(|| lookup.base_plan.as_ref().map(|b| b.region.to_string()))
                .unwrap_or_else(|| lookup.product.region.to_string());
            self.prepare(&serial, &region, view.today);
        }
        let series = view
            .catalog
            .model_id(&lookup.product.model)
            .map(|m| view.catalog.series_of(m).clone());

        ui.horizontal(|ui| {
            ui.heading(format!("Claim intake — {serial}"));
            ui.label(
                RichText::new(format!(
                    "{} · {}",
                    lookup.product.model, lookup.product.region
                ))
                .color(theme::muted(ui.visuals())),
            );
        });
        if lookup.product.status == crate::desk::ProductStatus::Reclaimed {
            widgets::error_text(
                ui,
                "This unit was reclaimed by DJI after a replacement; take claims on the replacement unit.",
            );
        }

        let input = self.to_input(view);
        let key = input
            .as_ref()
            .map(|(i, on)| form_key(&serial, self.kind, i, *on));
        if key.is_some() && key != self.requested_key {
            self.requested_key = key;
            if let Some((input, on)) = input.clone() {
                out.push(Command::PreviewClaim {
                    serial: serial.clone(),
                    kind: self.kind,
                    input,
                    on,
                });
            }
        }
        if key.is_none() {
            self.requested_key = None;
        }

        ui.columns(2, |cols| {
            egui::ScrollArea::vertical()
                .id_salt("intake_form")
                .show(&mut cols[0], |ui| {
                    self.form_ui(ui, view, series.as_ref());
                });
            egui::ScrollArea::vertical()
                .id_salt("intake_decision")
                .show(&mut cols[1], |ui| {
                    self.decision_ui(ui, view, key, input.as_ref(), &serial, out);
                });
        });
    }

    fn form_ui(&mut self, ui: &mut Ui, view: &View<'_>, series: Option<&crate::catalog::Series>) {
        let Self {
            kind,
            channel,
            cause,
            quantities,
            exclusions,
            on,
            submitted,
            shipped_yet,
            shipped,
            service_region,
            accepts_transregional_fees,
            manufacturing_defect_before_plus,
            privacy_accepted,
            prepared_for: _,
            preview: _,
            preview_key: _,
            requested_key: _,
        } = self;

        ui.horizontal(|ui| {
            ui.label("Service:");
            ui.selectable_value(kind, ClaimKind::Replacement, "Replacement");
            ui.selectable_value(kind, ClaimKind::ExtendedWarranty, "Extended warranty");
        });
        egui::Grid::new("intake_grid")
            .num_columns(2)
            .spacing([12.0, 6.0])
            .show(ui, |ui| {
                let l = ui.label("Channel:");
                egui::ComboBox::from_id_salt("intake_channel")
                    .width(260.0)
                    .selected_text(channel.label())
                    .show_ui(ui, |ui| {
                        for c in ServiceChannel::ALL {
                            ui.selectable_value(channel, *c, c.label());
                        }
                    })
                    .response
                    .labelled_by(l.id);
                ui.end_row();
                let l2 = ui.label("Cause:");
                egui::ComboBox::from_id_salt("intake_cause")
                    .width(260.0)
                    .selected_text(cause.label())
                    .show_ui(ui, |ui| {
                        for c in Cause::ALL {
                            ui.selectable_value(cause, *c, c.label());
                        }
                    })
                    .response
                    .labelled_by(l2.id);
                ui.end_row();
                let l3 = ui.label("Service region:");
                ui.horizontal(|ui| {
                    ui.add(
                        egui::TextEdit::singleline(service_region)
                            .desired_width(40.0)
                            .char_limit(2),
                    )
                    .labelled_by(l3.id);
                    match view.catalog.region(service_region.trim()) {
                        Some(r) => {
                            let sr = view.catalog.service_region(r);
                            let plus = view.catalog.is_plus_region(sr);
                            ui.label(
                                RichText::new(if plus {
                                    format!("service region {sr}")
                                } else {
                                    format!("{sr}: Care Refresh+ not offered there")
                                })
                                .color(theme::muted(ui.visuals())),
                            );
                        }
                        None => {
                            ui.label(
                                RichText::new("unknown region").color(theme::bad(ui.visuals())),
                            );
                        }
                    }
                });
                ui.end_row();
            });
        widgets::date_field(ui, "Application date:", on);
        widgets::date_field(ui, "Submitted:", submitted);
        ui.horizontal(|ui| {
            ui.checkbox(shipped_yet, "Parts already shipped");
            if *shipped_yet {
                widgets::date_field(ui, "on", shipped);
            }
        });

        widgets::section(ui, "Parts");
        let covered = series.map(|s| match kind {
            ClaimKind::Replacement => s.replacement_parts,
            ClaimKind::ExtendedWarranty => s.warranty_parts,
        });
        let covered_parts: Vec<Part> = covered.map(|c| c.iter().collect()).unwrap_or_default();
        for part in &covered_parts {
            part_row(ui, view, *kind, *part, quantities);
        }
        let others: Vec<Part> = Part::ALL
            .iter()
            .copied()
            .filter(|p| !covered_parts.contains(p))
            .collect();
        let others_ticked = others.iter().any(|p| quantities[p.index()] > 0);
        egui::CollapsingHeader::new("Parts not covered for this series")
            .default_open(others_ticked)
            .show(ui, |ui| {
                for part in &others {
                    part_row(ui, view, *kind, *part, quantities);
                }
            });

        widgets::section(ui, "Customer");
        ui.checkbox(privacy_accepted, "Accepted the DJI Privacy Policy");
        ui.checkbox(
            accepts_transregional_fees,
            "Accepts the transregional shipping, tax and fees",
        );
        ui.checkbox(
            manufacturing_defect_before_plus,
            "Manufacturing defect found before Care Refresh+ took effect",
        );
        let list = match kind {
            ClaimKind::Replacement => &view.catalog.replacement_exclusions,
            ClaimKind::ExtendedWarranty => &view.catalog.warranty_exclusions,
        };
        let list: Vec<Exclusion> = list.iter().collect();
        let excluded_any = list.iter().any(|e| exclusions.contains(e));
        egui::CollapsingHeader::new(if excluded_any {
            "Exclusions (some observed)"
        } else {
            "Exclusions (none observed)"
        })
        .id_salt("exclusions")
        .default_open(true)
        .show(ui, |ui| {
            for e in list {
                let mut on = exclusions.contains(&e);
                if ui.checkbox(&mut on, e.label()).changed() {
                    if on {
                        exclusions.push(e);
                    } else {
                        exclusions.retain(|x| *x != e);
                    }
                }
            }
        });
    }

    fn decision_ui(
        &mut self,
        ui: &mut Ui,
        view: &View<'_>,
        key: Option<u64>,
        input: Option<&(ClaimInput, NaiveDate)>,
        serial: &str,
        out: &mut Vec<Command>,
    ) {
        widgets::section(ui, "Decision");
        if let Some(problem) = form_problem(self, view) {
            ui.label(RichText::new(problem).color(theme::warn(ui.visuals())));
            return;
        }
        let fresh = key.is_some() && key == self.preview_key;
        match &self.preview {
            Some(Ok(p)) => {
                widgets::decision_box(ui, &p.decision);
                if p.decision.approved() {
                    pays_ui(ui, self.kind, p);
                }
                if !fresh {
                    ui.label(
                        RichText::new("updating…")
                            .small()
                            .color(theme::muted(ui.visuals())),
                    );
                }
            }
            Some(Err(e)) => widgets::error_text(ui, e),
            None => {
                ui.label("Checking…");
            }
        }
        ui.add_space(8.0);
        let approved = matches!(&self.preview, Some(Ok(p)) if p.decision.approved());
        let label = if approved {
            "File claim (approved)"
        } else {
            "Record refused claim"
        };
        let shortcut = ui.ctx().format_shortcut(&SUBMIT_FORM.shortcut);
        let button = egui::Button::new(label).shortcut_text(shortcut);
        let enabled = fresh && view.current_staff.is_some();
        let clicked = ui
            .horizontal(|ui| ui.add_enabled(enabled, button))
            .inner
            .clicked()
            || (fresh && ui.input_mut(|i| i.consume_shortcut(&SUBMIT_FORM.shortcut)));
        if view.current_staff.is_none() {
            widgets::error_text(ui, "Choose who is working (Settings) before filing.");
        }
        if clicked
            && fresh
            && view.current_staff.is_some()
            && let Some((input, on)) = input
        {
            out.push(Command::FileClaim {
                serial: serial.to_owned(),
                kind: self.kind,
                input: input.clone(),
                on: *on,
            });
        }
    }
}

/// What the customer pays on an approved claim.
fn pays_ui(ui: &mut Ui, kind: ClaimKind, p: &ClaimPreview) {
    widgets::section(ui, "Customer pays");
    match kind {
        ClaimKind::ExtendedWarranty => {
            ui.label("Nothing: repair and labour are free under the extended warranty.");
        }
        ClaimKind::Replacement => {
            for charge in &p.decision.customer_pays {
                match charge {
                    crate::rules::Charge::ReplacementFee => {
                        let n = p
                            .replacement_number
                            .map(|n| format!(" (replacement no. {n})"))
                            .unwrap_or_default();
                        match &p.fee {
                            Some(fee) => ui.label(
                                RichText::new(format!("Replacement fee: {fee}{n}")).strong(),
                            ),
                            None => ui.label(format!(
                                "Replacement fee{n}: not in the fee schedule — ask a supervisor"
                            )),
                        };
                    }
                    crate::rules::Charge::TransregionalFees => {
                        ui.label("Transregional shipping, tax and other fees (quoted by the service area).");
                    }
                }
            }
            ui.label(
                RichText::new("DJI pays two-way shipping within the service area.")
                    .color(theme::muted(ui.visuals())),
            );
            if let Some(left) = p.decision.replacements_left_after {
                ui.label(format!("Replacements left after this one: {left}"));
            }
        }
    }
}

/// One part: a checkbox, and a quantity limited to the part's cap.
fn part_row(
    ui: &mut Ui,
    view: &View<'_>,
    kind: ClaimKind,
    part: Part,
    quantities: &mut [u32; Part::ALL.len()],
) {
    let cap = view.catalog.part_cap(part).max(1);
    let q = &mut quantities[part.index()];
    ui.horizontal(|ui| {
        let mut ticked = *q > 0;
        let cb = ui.checkbox(&mut ticked, part.label());
        if cb.changed() {
            *q = u32::from(ticked);
        }
        if ticked && cap > 1 && kind == ClaimKind::Replacement {
            ui.add(
                egui::DragValue::new(q)
                    .range(1..=cap)
                    .suffix(format!(" of max {cap}")),
            )
            .labelled_by(cb.id);
        }
    });
    // Caps are enforced here, whatever the source of the number.
    *q = (*q).min(cap);
}
