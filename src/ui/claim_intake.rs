//! Claim intake: replacement or extended warranty. The form enforces the
//! quantity caps; the decision (rule IDs, reasons, Interpretations, what the
//! customer pays) updates live as the form changes, from the same rules the
//! store applies when the claim is filed.

use crate::desk::{
    Checklist, ClaimInput, ClaimKind, ClaimPreview, Field, Intake, IntakeAttachments,
    IntakeCustomer, Lookup,
};
use crate::media::photo::Photo;
use crate::rules::{Cause, Charge, Exclusion, Part, Remedy, ServiceChannel};
use crate::tr;
use crate::ui::advice::{self, Advised};
use crate::ui::command::{
    ClaimRequest, Command, Confirmation, CustomerForm, IntakeFiling, PhotoTarget, keys,
};
use crate::ui::outcome::Outcome;
use crate::ui::panel::PanelUi;
use crate::ui::preview::LivePreview;
use crate::ui::view::View;
use crate::ui::visit::{CustomerPicker, SignaturePad, checklist_ui, thumbnail};
use crate::ui::{theme, widgets};
use crate::vocab::parse_day;
use chrono::NaiveDate;
use egui::{RichText, Ui};
use std::sync::Arc;

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
    /// A typed day the desk refused (SPEC §6 bounds): the field, the
    /// message shown beside it, and the form it was said for.
    pub refused_field: Option<(Field, String, ClaimRequest)>,
    /// Who the claim is for (SPEC §6).
    pub customer: CustomerPicker,
    /// The intake checklist's ticked items and the damage as described.
    pub checklist: Checklist,
    pub description: String,
    /// Photos read and checked, to attach once the claim is filed.
    pub photos: Vec<PendingPhoto>,
    pub signature: SignaturePad,
}

/// A photo picked or dropped at intake, read off the UI thread.
#[derive(Clone)]
pub struct PendingPhoto {
    pub photo: Arc<Photo>,
    pub thumbnail: Arc<egui::ColorImage>,
    texture: Option<egui::TextureHandle>,
}

impl std::fmt::Debug for PendingPhoto {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple(std::any::type_name::<Self>())
            .field(&self.photo)
            .finish()
    }
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
            refused_field: None,
            customer: CustomerPicker::new(CustomerForm::Intake),
            checklist: Checklist::default(),
            description: String::new(),
            photos: Vec::new(),
            signature: SignaturePad::default(),
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
                .show(&mut cols[0], |ui| {
                    widgets::section(ui, &tr!("intake-customer-who"));
                    self.customer.ui(ui, &mut out);
                    self.form_ui(ui, view, lookup, request.as_ref());
                    self.visit_ui(ui, &mut out);
                });
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
            Outcome::ClaimPreview {
                request,
                result,
                field,
            } => {
                self.preview.answer(request.clone(), result.clone());
                self.refused_field = field
                    .zip(result.as_ref().err())
                    .map(|(f, text)| (f, text.clone(), request.clone()));
            }
            Outcome::ClaimFiled => *self = Self::default(),
            // A supervisor may just have set the fee the decision said was
            // missing: decide again.
            Outcome::FeesLoaded(_) if matches!(self.preview.result(), Some(Ok(p)) if p.fee_missing.is_some()) =>
            {
                self.preview.clear();
                self.missing_fee.clear();
            }
            // An appointment checked in: its customer, and the case as the
            // customer described it when booking (unless something is typed).
            Outcome::CheckedIn { customer, case } => {
                if let Some(c) = customer {
                    self.customer.choose(c.clone());
                }
                if self.description.trim().is_empty() {
                    self.description.clone_from(case);
                }
            }
            Outcome::PhotoReady { photo, thumbnail } => {
                if !self.photos.iter().any(|p| p.photo.sha256 == photo.sha256) {
                    self.photos.push(PendingPhoto {
                        photo: Arc::clone(photo),
                        thumbnail: Arc::clone(thumbnail),
                        texture: None,
                    });
                }
            }
            other => self.customer.receive(other),
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
    /// A fresh form for a product: dates today, the service region the
    /// plan's. The customer, checklist, description, photos and signature
    /// stay: they may have been taken before the serial was scanned.
    fn prepare(&mut self, lookup: &Lookup, today: NaiveDate) {
        let visit = (
            std::mem::replace(
                &mut self.customer,
                CustomerPicker::new(CustomerForm::Intake),
            ),
            std::mem::take(&mut self.checklist),
            std::mem::take(&mut self.description),
            std::mem::take(&mut self.photos),
            std::mem::take(&mut self.signature),
        );
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
        (
            self.customer,
            self.checklist,
            self.description,
            self.photos,
            self.signature,
        ) = visit;
    }

    /// What the counter records with the claim.
    pub fn intake(&self) -> Intake {
        Intake {
            customer: self.customer.chosen_id().map(IntakeCustomer::Existing),
            checklist: self.checklist.clone(),
            description: self.description.clone(),
            confirm_incomplete: false,
        }
    }

    /// The filing command: straight, or through a confirmation when the
    /// checklist or the description is incomplete (SPEC §6).
    fn file_command(&self, request: &ClaimRequest) -> Command {
        let mut filing = IntakeFiling {
            request: request.clone(),
            intake: self.intake(),
            attached: IntakeAttachments {
                photos: self.photos.iter().map(|p| Arc::clone(&p.photo)).collect(),
                signature: self.signature.signature(),
            },
        };
        let missing = filing.intake.missing();
        if missing.is_empty() {
            return Command::FileIntake(Box::new(filing));
        }
        filing.intake.confirm_incomplete = true;
        Command::Confirm(Confirmation {
            title: tr!("intake-confirm-title"),
            body: tr!("intake-incomplete", missing = missing.join("; ")),
            confirm_label: tr!("intake-confirm-file"),
            then: Box::new(Command::FileIntake(Box::new(filing))),
        })
    }

    /// The visit's part of the form: checklist, description, photos, signature.
    fn visit_ui(&mut self, ui: &mut Ui, out: &mut Vec<Command>) {
        widgets::section(ui, &tr!("intake-checklist"));
        checklist_ui(ui, &mut self.checklist);
        let l = ui.label(tr!("intake-description"));
        ui.add(
            egui::TextEdit::multiline(&mut self.description)
                .hint_text(tr!("intake-description-hint"))
                .desired_rows(3)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(l.id);
        widgets::section(ui, &tr!("intake-photos"));
        let mut remove = None;
        ui.horizontal_wrapped(|ui| {
            for (i, p) in self.photos.iter_mut().enumerate() {
                let texture = p.texture.get_or_insert_with(|| {
                    ui.ctx().load_texture(
                        p.photo.sha256.clone(),
                        (*p.thumbnail).clone(),
                        egui::TextureOptions::LINEAR,
                    )
                });
                ui.vertical(|ui| {
                    thumbnail(ui, texture, 96.0).on_hover_text(&p.photo.name);
                    if ui
                        .small_button(tr!("intake-photo-remove"))
                        .on_hover_text(&p.photo.name)
                        .clicked()
                    {
                        remove = Some(i);
                    }
                });
            }
        });
        if let Some(i) = remove {
            self.photos.remove(i);
        }
        ui.horizontal_wrapped(|ui| {
            if ui.button(tr!("photos-add")).clicked() {
                out.push(Command::PickPhotos(PhotoTarget::Intake));
            }
            widgets::hint(ui, &tr!("photos-drop-hint"));
        });
        widgets::section(ui, &tr!("intake-signature"));
        self.signature.ui(ui);
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

    /// Applies an advice step to the form (SPEC §5: the change applying the
    /// step makes to the request); the decision follows on the next frame.
    pub fn apply_remedy(&mut self, view: &View<'_>, remedy: &Remedy) {
        match remedy {
            Remedy::AcceptPrivacy => self.privacy_accepted = true,
            Remedy::RemoveParts(parts) => {
                for p in parts {
                    self.quantities[p.index()] = 0;
                }
            }
            Remedy::ReduceParts(caps) => {
                for (p, cap) in caps {
                    let q = &mut self.quantities[p.index()];
                    *q = (*q).min(*cap);
                }
            }
            Remedy::AcceptTransregionalFees => self.accepts_transregional_fees = true,
            Remedy::ServiceIn(region) => self.service_region = region.to_string(),
            // Not on this form: time must pass, or it is another request's.
            Remedy::Wait { .. } | Remedy::BuyIn(_) | Remedy::ReturnProduct | Remedy::None => {}
        }
        // The caps hold whatever the step says.
        for p in Part::ALL {
            let cap = view.catalog.part_cap(*p).max(1);
            self.quantities[p.index()] = self.quantities[p.index()].min(cap);
        }
    }

    fn form_ui(
        &mut self,
        ui: &mut Ui,
        view: &View<'_>,
        lookup: &Lookup,
        request: Option<&ClaimRequest>,
    ) {
        // The refusal of a typed day, beside its field while the form is
        // as it was refused for.
        let refused = self
            .refused_field
            .as_ref()
            .filter(|(_, _, r)| Some(r) == request)
            .map(|(f, text, _)| (*f, text.clone()));
        let beside = |ui: &mut Ui, field: Field| {
            if let Some((f, text)) = &refused
                && *f == field
            {
                widgets::error_text(ui, text);
            }
        };
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
            ..
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
        beside(ui, Field::AppliedOn);
        widgets::date_field(ui, &tr!("intake-submitted"), submitted);
        beside(ui, Field::Submitted);
        ui.horizontal(|ui| {
            ui.checkbox(shipped_yet, tr!("intake-shipped-yet"));
            if *shipped_yet {
                widgets::date_field(ui, &tr!("intake-shipped-on"), shipped);
            }
        });
        beside(ui, Field::Shipped);
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
        let mut applied = Vec::new();
        self.preview.ui(ui, request, |ui, p| {
            let advised = Advised {
                decision: &p.decision,
                shown: Some(&p.shown),
                advice: Some(&p.advice),
            };
            applied = advice::decision_ui(ui, advised, out);
            if p.decision.approved() {
                pays_ui(ui, kind, p);
                if let Some(key) = &p.fee_missing {
                    set_missing_fee(ui, view, key, missing_fee, out);
                }
            }
        });
        for remedy in &applied {
            self.apply_remedy(view, remedy);
        }
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
        let enabled = fresh && view.current_staff.is_some() && !fee_missing && !view.photos_busy;
        let clicked = ui
            .horizontal(|ui| ui.add_enabled(enabled, button))
            .inner
            .clicked()
            || (fresh && ui.input_mut(|i| i.consume_shortcut(&keys::FILE_CLAIM)));
        if view.current_staff.is_none() {
            widgets::error_text(ui, &tr!("intake-choose-staff"));
        }
        if view.photos_busy {
            widgets::hint(ui, &tr!("intake-photos-busy"));
        }
        if clicked
            && enabled
            && let Some(request) = request
        {
            out.push(self.file_command(request));
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
                        RichText::new(tr!(
                            "intake-fee-number",
                            fee = widgets::money(fee),
                            number = n
                        ))
                        .strong(),
                    ),
                    (Some(fee), None) => ui.label(
                        RichText::new(tr!("intake-fee", fee = widgets::money(fee))).strong(),
                    ),
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
