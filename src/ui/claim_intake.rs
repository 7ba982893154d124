//! Claim intake: replacement or extended warranty. The form enforces the
//! quantity caps; the decision (rule IDs, reasons, Interpretations, what the
//! customer pays) updates live as the form changes, from the same rules the
//! store applies when the claim is filed.

use crate::desk::{ClaimInput, ClaimKind, ClaimPreview, Lookup};
use crate::rules::{Cause, Charge, Exclusion, Part, ServiceChannel};
use crate::tr;
use crate::ui::command::{ClaimRequest, Command, keys};
use crate::ui::outcome::Outcome;
use crate::ui::panel::PanelUi;
use crate::ui::preview::LivePreview;
use crate::ui::view::View;
use crate::ui::{theme, widgets};
use crate::vocab::parse_day;
use chrono::NaiveDate;
use egui::{RichText, Ui};

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
    /// The decision, live.
    pub preview: LivePreview<ClaimRequest, ClaimPreview>,
    /// The amount a supervisor types for a fee missing from the schedule.
    pub missing_fee: String,
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
            preview: LivePreview::default(),
            missing_fee: String::new(),
        }
    }
}

impl PanelUi for ClaimIntakePanel {
    fn title() -> String {
        tr!("panel-intake")
    }

    fn ui(&mut self, ui: &mut Ui, view: &View<'_>) -> Vec<Command> {
        let mut out = Vec::new();
        let Some(lookup) = view.product else {
            ui.heading(Self::title());
            ui.label(tr!(
                "intake-scan-first",
                keys = widgets::shortcut_text(ui.ctx(), &Command::FocusSerial)
            ));
            return out;
        };
        let serial = lookup.product.serial.clone();
        if self.prepared_for.as_deref() != Some(serial.as_str()) {
            self.prepare(lookup, view.today);
        }
        header(ui, lookup);
        if let Some(refusal) = reclaimed(lookup) {
            // Refused up front: nothing to fill in for a unit DJI took back.
            widgets::error_text(ui, &refusal.to_string());
            if let Some(by) = refusal.replaced_by
                && ui
                    .button(tr!("intake-open-replacement", serial = by.as_str()))
                    .clicked()
            {
                out.push(Command::OpenProduct(by));
            }
            return out;
        }
        if let Some(a) = view.checking_in
            && a.fields.serial.as_deref() == Some(serial.as_str())
        {
            crate::ui::today::check_in_banner(ui, a);
        }
        let request = self.to_request(view, &serial);
        if let Some(r) = self.preview.follow(request.as_ref()) {
            out.push(Command::PreviewClaim(r));
        }
        ui.columns(2, |cols| {
            egui::ScrollArea::vertical()
                .id_salt("intake_form")
                .show(&mut cols[0], |ui| self.form_ui(ui, view, lookup));
            egui::ScrollArea::vertical()
                .id_salt("intake_decision")
                .show(&mut cols[1], |ui| {
                    self.decision_ui(ui, view, request.as_ref(), &mut out);
                });
        });
        out
    }

    fn receive(&mut self, outcome: &Outcome) {
        match outcome {
            Outcome::ClaimPreview { request, result } => {
                self.preview.answer(request.clone(), result.clone());
            }
            Outcome::ClaimFiled => *self = Self::default(),
            // A supervisor may just have set the fee the decision said was
            // missing: decide again.
            Outcome::FeesLoaded(_) if matches!(self.preview.result(), Some(Ok(p)) if p.fee_missing.is_some()) =>
            {
                self.preview.clear();
                self.missing_fee.clear();
            }
            _ => {}
        }
    }
}

/// The form's title line, and a warning on a reclaimed unit.
fn header(ui: &mut Ui, lookup: &Lookup) {
    let p = &lookup.product;
    ui.horizontal(|ui| {
        ui.heading(tr!("intake-heading", serial = p.serial.as_str()));
        let model_region = tr!(
            "intake-model-region",
            model = p.model.as_str(),
            region = p.region.to_string()
        );
        widgets::hint(ui, &model_region);
    });
}

/// A reclaimed unit takes no claim: the refusal naming its replacement.
fn reclaimed(lookup: &Lookup) -> Option<crate::desk::ReclaimedUnit> {
    let p = &lookup.product;
    (p.status == crate::desk::ProductStatus::Reclaimed).then(|| crate::desk::ReclaimedUnit {
        serial: p.serial.clone(),
        replaced_by: p.replaced_by.clone(),
        in_service: None,
    })
}

impl ClaimIntakePanel {
    /// A fresh form for a product: dates today, the service region the plan's.
    fn prepare(&mut self, lookup: &Lookup, today: NaiveDate) {
        let region = lookup
            .plus_plan
            .as_ref()
            .map(|p| p.region.to_string())
            .or_else(|| lookup.base_plan.as_ref().map(|b| b.region.to_string()))
            .unwrap_or_else(|| lookup.product.region.to_string());
        *self = Self {
            on: widgets::iso(today),
            submitted: widgets::iso(today),
            shipped: widgets::iso(today),
            service_region: region,
            prepared_for: Some(lookup.product.serial.clone()),
            ..Self::default()
        };
    }

    /// Why the form cannot be turned into a claim yet (shown under the form).
    fn problem(&self, view: &View<'_>) -> Option<String> {
        if parse_day(self.on.trim()).is_none() {
            return Some(tr!("intake-problem-on"));
        }
        if parse_day(self.submitted.trim()).is_none() {
            return Some(tr!("intake-problem-submitted"));
        }
        if self.shipped_yet && parse_day(self.shipped.trim()).is_none() {
            return Some(tr!("intake-problem-shipped"));
        }
        if view.catalog.region(self.service_region.trim()).is_none() {
            let code = self.service_region.trim();
            return Some(tr!("intake-problem-region", code = code));
        }
        if self.quantities.iter().all(|q| *q == 0) {
            return Some(tr!("intake-problem-no-part"));
        }
        None
    }

    /// The exclusions that belong to the chosen kind's list.
    fn exclusion_list(&self, view: &View<'_>) -> Vec<Exclusion> {
        let set = match self.kind {
            ClaimKind::Replacement => &view.catalog.replacement_exclusions,
            ClaimKind::ExtendedWarranty => &view.catalog.warranty_exclusions,
        };
        set.iter().collect()
    }

    /// The form as a request to the rules, or None while it is incomplete.
    pub fn to_request(&self, view: &View<'_>, serial: &str) -> Option<ClaimRequest> {
        if self.problem(view).is_some() {
            return None;
        }
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
            submitted: parse_day(self.submitted.trim())?,
            shipped: if self.shipped_yet {
                parse_day(self.shipped.trim())
            } else {
                None
            },
            accepts_transregional_fees: self.accepts_transregional_fees,
            manufacturing_defect_before_plus: self.manufacturing_defect_before_plus,
            privacy_accepted: self.privacy_accepted,
        };
        Some(ClaimRequest {
            serial: serial.to_owned(),
            kind: self.kind,
            input,
            on: parse_day(self.on.trim())?,
        })
    }

    fn form_ui(&mut self, ui: &mut Ui, view: &View<'_>, lookup: &Lookup) {
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
            missing_fee: _,
        } = self;
        ui.horizontal(|ui| {
            ui.label(tr!("intake-service"));
            for k in ClaimKind::ALL {
                ui.selectable_value(kind, *k, k.service().label());
            }
        });
        egui::Grid::new("intake_grid")
            .num_columns(2)
            .spacing([12.0, 6.0])
            .show(ui, |ui| {
                let channels = (ServiceChannel::ALL, ServiceChannel::label as fn(_) -> _);
                code_combo(
                    ui,
                    egui::IdSalt::new("intake_channel"),
                    &tr!("intake-channel"),
                    channel,
                    channels,
                );
                let causes = (Cause::ALL, Cause::label as fn(_) -> _);
                code_combo(
                    ui,
                    egui::IdSalt::new("intake_cause"),
                    &tr!("intake-cause"),
                    cause,
                    causes,
                );
                region_row(ui, view, service_region);
            });
        widgets::date_field(ui, &tr!("intake-on"), on);
        widgets::date_field(ui, &tr!("intake-submitted"), submitted);
        ui.horizontal(|ui| {
            ui.checkbox(shipped_yet, tr!("intake-shipped-yet"));
            if *shipped_yet {
                widgets::date_field(ui, &tr!("intake-shipped-on"), shipped);
            }
        });
        let series = view
            .catalog
            .model_id(&lookup.product.model)
            .map(|m| view.catalog.series_of(m));
        parts_ui(ui, view, *kind, series, quantities);
        widgets::section(ui, &tr!("intake-customer"));
        ui.checkbox(privacy_accepted, tr!("intake-privacy"));
        ui.checkbox(accepts_transregional_fees, tr!("intake-transregional"));
        ui.checkbox(manufacturing_defect_before_plus, tr!("intake-mfg-defect"));
        let list = match kind {
            ClaimKind::Replacement => &view.catalog.replacement_exclusions,
            ClaimKind::ExtendedWarranty => &view.catalog.warranty_exclusions,
        };
        exclusions_ui(ui, list.iter().collect(), exclusions);
    }

    fn decision_ui(
        &mut self,
        ui: &mut Ui,
        view: &View<'_>,
        request: Option<&ClaimRequest>,
        out: &mut Vec<Command>,
    ) {
        widgets::section(ui, &tr!("intake-decision"));
        if let Some(problem) = self.problem(view) {
            ui.label(RichText::new(problem).color(theme::warn(ui.visuals())));
            return;
        }
        let kind = self.kind;
        let missing_fee = &mut self.missing_fee;
        self.preview.ui(ui, request, |ui, p| {
            widgets::decision_box(ui, &p.decision);
            if p.decision.approved() {
                pays_ui(ui, kind, p);
                if let Some(key) = &p.fee_missing {
                    set_missing_fee(ui, view, key, missing_fee, out);
                }
            }
        });
        ui.add_space(8.0);
        let approved = matches!(self.preview.result(), Some(Ok(p)) if p.decision.approved());
        // An approved replacement is not filed until its fee is set.
        let fee_missing = matches!(
            self.preview.current(request),
            Some(p) if p.decision.approved() && p.fee_missing.is_some()
        );
        let label = if approved {
            tr!("intake-file-approved")
        } else {
            tr!("intake-file-refused")
        };
        let fresh = self.preview.current(request).is_some();
        let shortcut = ui.ctx().format_shortcut(&keys::FILE_CLAIM);
        let button = egui::Button::new(label).shortcut_text(shortcut);
        let enabled = fresh && view.current_staff.is_some() && !fee_missing;
        let clicked = ui
            .horizontal(|ui| ui.add_enabled(enabled, button))
            .inner
            .clicked()
            || (fresh && ui.input_mut(|i| i.consume_shortcut(&keys::FILE_CLAIM)));
        if view.current_staff.is_none() {
            widgets::error_text(ui, &tr!("intake-choose-staff"));
        }
        if clicked
            && enabled
            && let Some(request) = request
        {
            out.push(Command::FileClaim(request.clone()));
        }
    }
}

/// A labelled drop-down of a code enum's labels (one grid row).
fn code_combo<T: Copy + PartialEq>(
    ui: &mut Ui,
    id: egui::IdSalt,
    label: &str,
    value: &mut T,
    (all, name): (&[T], fn(T) -> &'static str),
) {
    let l = ui.label(label);
    egui::ComboBox::from_id_salt(id)
        .width(260.0)
        .selected_text(name(*value))
        .show_ui(ui, |ui| {
            for c in all {
                ui.selectable_value(value, *c, name(*c));
            }
        })
        .response
        .labelled_by(l.id);
    ui.end_row();
}

/// The service region field, with what the catalog says of the code (one grid row).
fn region_row(ui: &mut Ui, view: &View<'_>, service_region: &mut String) {
    let l = ui.label(tr!("intake-service-region"));
    ui.horizontal(|ui| {
        ui.add(
            egui::TextEdit::singleline(service_region)
                .desired_width(40.0)
                .char_limit(2),
        )
        .labelled_by(l.id);
        match view.catalog.region(service_region.trim()) {
            Some(r) => {
                let sr = view.catalog.service_region(r).to_string();
                widgets::hint(
                    ui,
                    &if view.catalog.is_plus_region(view.catalog.service_region(r)) {
                        tr!("intake-service-region-is", region = sr)
                    } else {
                        tr!("intake-service-region-no-plus", region = sr)
                    },
                );
            }
            None => {
                let bad = theme::bad(ui.visuals());
                ui.label(RichText::new(tr!("region-unknown")).color(bad));
            }
        }
    });
    ui.end_row();
}

/// The parts covered for the series, then the others in a folded section.
fn parts_ui(
    ui: &mut Ui,
    view: &View<'_>,
    kind: ClaimKind,
    series: Option<&crate::catalog::Series>,
    quantities: &mut [u32; Part::ALL.len()],
) {
    widgets::section(ui, &tr!("intake-parts"));
    let covered: Vec<Part> = series
        .map(|s| match kind {
            ClaimKind::Replacement => s.replacement_parts,
            ClaimKind::ExtendedWarranty => s.warranty_parts,
        })
        .map(|c| c.iter().collect())
        .unwrap_or_default();
    for part in &covered {
        part_row(ui, view, kind, *part, quantities);
    }
    let others: Vec<Part> = Part::ALL
        .iter()
        .copied()
        .filter(|p| !covered.contains(p))
        .collect();
    let others_ticked = others.iter().any(|p| quantities[p.index()] > 0);
    egui::CollapsingHeader::new(tr!("intake-parts-not-covered"))
        .id_salt("parts_not_covered")
        .default_open(others_ticked)
        .show(ui, |ui| {
            for part in &others {
                part_row(ui, view, kind, *part, quantities);
            }
        });
}

/// The exclusions of the claim kind's list, as ticks.
fn exclusions_ui(ui: &mut Ui, list: Vec<Exclusion>, exclusions: &mut Vec<Exclusion>) {
    let observed = list.iter().any(|e| exclusions.contains(e));
    let title = if observed {
        tr!("intake-exclusions-some")
    } else {
        tr!("intake-exclusions-none")
    };
    egui::CollapsingHeader::new(title)
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

/// A fee missing from the schedule, said to be missing; a supervisor sets
/// it here (the PIN is asked), then the claim is decided again.
fn set_missing_fee(
    ui: &mut Ui,
    view: &View<'_>,
    key: &crate::desk::FeeKey,
    amount: &mut String,
    out: &mut Vec<Command>,
) {
    widgets::error_text(ui, &key.to_string());
    let supervisor = view
        .current_staff
        .is_some_and(|s| s.role == crate::desk::Role::Supervisor);
    let Some(currency) = view.catalog.currency_of(key.region) else {
        return;
    };
    if !supervisor {
        return;
    }
    ui.horizontal(|ui| {
        let l = ui.label(tr!("intake-set-fee", region = key.region.to_string()));
        ui.add(egui::TextEdit::singleline(amount).desired_width(80.0))
            .labelled_by(l.id);
        ui.label(currency.code());
        let cents = crate::vocab::money::parse_amount(amount.trim(), currency.minor_digits());
        if ui
            .add_enabled(
                cents.is_some(),
                egui::Button::new(tr!("intake-set-fee-button")),
            )
            .clicked()
            && let Some(cents) = cents
        {
            out.push(Command::AskPin(crate::ui::command::PinAction::SetFee {
                model: key.model.clone(),
                region: key.region,
                replacement_number: key.replacement_number,
                amount: crate::desk::Money {
                    cents,
                    currency: currency.code().to_owned(),
                },
            }));
        }
    });
}

/// What the customer pays on an approved claim.
fn pays_ui(ui: &mut Ui, kind: ClaimKind, p: &ClaimPreview) {
    widgets::section(ui, &tr!("intake-customer-pays"));
    if kind == ClaimKind::ExtendedWarranty {
        ui.label(tr!("intake-pays-nothing"));
        return;
    }
    for charge in &p.decision.customer_pays {
        match charge {
            Charge::ReplacementFee => {
                let n = p.replacement_number.unwrap_or(0);
                match (&p.fee, p.replacement_number) {
                    (Some(fee), Some(_)) => ui.label(
                        RichText::new(tr!("intake-fee-number", fee = fee.to_string(), number = n))
                            .strong(),
                    ),
                    (Some(fee), None) => {
                        ui.label(RichText::new(tr!("intake-fee", fee = fee.to_string())).strong())
                    }
                    (None, Some(_)) => ui.label(tr!("intake-fee-missing-number", number = n)),
                    (None, None) => ui.label(tr!("intake-fee-missing")),
                };
            }
            Charge::TransregionalFees => {
                ui.label(tr!("intake-pays-transregional"));
            }
        }
    }
    widgets::hint(ui, &tr!("intake-dji-pays-shipping"));
    if let Some(left) = p.decision.replacements_left_after {
        ui.label(tr!("intake-replacements-left", left = left));
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
                    .suffix(format!(" {}", tr!("intake-of-max", cap = cap))),
            )
            .labelled_by(cb.id);
        }
    });
    // Caps are enforced here, whatever the source of the number.
    *q = (*q).min(cap);
}
