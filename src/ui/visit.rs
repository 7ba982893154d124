//! The service visit's pieces that several panels draw (issue 13): finding
//! or adding a customer, the intake checklist, the signature pad, and photo
//! thumbnails. Each keeps its own state and returns commands like a panel.

use crate::desk::{Checklist, ChecklistItem, CustomerFields, CustomerHit, MIN_SEARCH_CHARS};
use crate::media::signature::{PAD_ASPECT, Signature};
use crate::tr;
use crate::ui::command::{Command, CustomerForm};
use crate::ui::outcome::Outcome;
use crate::ui::{theme, widgets};
use egui::{Color32, Pos2, Rect, RichText, Sense, Stroke, Ui, Vec2};

/// A customer's fields as typed in a form (empty = not given).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CustomerEntry {
    pub name: String,
    pub phone: String,
    pub email: String,
    pub address: String,
    pub lang: String,
    pub notes: String,
}

impl CustomerEntry {
    pub fn from_fields(f: &CustomerFields) -> Self {
        let s = |v: &Option<String>| v.clone().unwrap_or_default();
        Self {
            name: f.name.clone(),
            phone: s(&f.phone),
            email: s(&f.email),
            address: s(&f.address),
            lang: s(&f.lang),
            notes: s(&f.notes),
        }
    }

    /// The fields for the desk, which checks them (an empty field is none).
    pub fn fields(&self) -> CustomerFields {
        let opt = |v: &str| {
            let v = v.trim();
            (!v.is_empty()).then(|| v.to_owned())
        };
        CustomerFields {
            name: self.name.trim().to_owned(),
            phone: opt(&self.phone),
            email: opt(&self.email),
            address: opt(&self.address),
            lang: opt(&self.lang),
            notes: opt(&self.notes),
        }
    }

    /// The fields as a labelled grid; `salt` keeps two forms apart.
    pub fn ui(&mut self, ui: &mut Ui, salt: impl std::hash::Hash + std::fmt::Debug) {
        egui::Grid::new(("customer_fields", salt))
            .num_columns(2)
            .spacing([10.0, 4.0])
            .show(ui, |ui| {
                let row = |ui: &mut Ui, label: String, value: &mut String, multi: bool| {
                    let l = ui.label(label);
                    let edit = if multi {
                        egui::TextEdit::multiline(value).desired_rows(2)
                    } else {
                        egui::TextEdit::singleline(value)
                    };
                    ui.add(edit.desired_width(260.0)).labelled_by(l.id);
                    ui.end_row();
                };
                row(ui, tr!("customer-field-name"), &mut self.name, false);
                row(ui, tr!("customer-field-phone"), &mut self.phone, false);
                row(ui, tr!("customer-field-email"), &mut self.email, false);
                row(ui, tr!("customer-field-address"), &mut self.address, true);
                row(ui, tr!("customer-field-lang"), &mut self.lang, false);
                row(ui, tr!("customer-field-notes"), &mut self.notes, true);
            });
    }
}

/// Finds a customer by name, phone or email, or adds one; keeps the chosen.
#[derive(Debug, Clone)]
pub struct CustomerPicker {
    form: CustomerForm,
    pub query: String,
    /// The query the hits are for.
    searched: Option<String>,
    pub hits: Vec<CustomerHit>,
    pub chosen: Option<CustomerHit>,
    /// Adding a new customer (the form below) rather than finding one.
    pub adding: bool,
    pub new: CustomerEntry,
}

impl CustomerPicker {
    pub fn new(form: CustomerForm) -> Self {
        Self {
            form,
            query: String::new(),
            searched: None,
            hits: Vec::new(),
            chosen: None,
            adding: false,
            new: CustomerEntry::default(),
        }
    }

    pub fn chosen_id(&self) -> Option<i64> {
        self.chosen.as_ref().map(|c| c.id)
    }

    /// Chooses a customer found elsewhere (an appointment checked in).
    pub fn choose(&mut self, customer: CustomerHit) {
        self.chosen = Some(customer);
        self.adding = false;
    }

    /// Draws the picker; returns the searches and additions it asks for.
    pub fn ui(&mut self, ui: &mut Ui, out: &mut Vec<Command>) {
        if let Some(c) = &self.chosen {
            let mut change = false;
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(hit_line(c)).strong());
                change = ui.small_button(tr!("customer-change")).clicked();
            });
            if change {
                self.chosen = None;
            }
            return;
        }
        ui.horizontal(|ui| {
            ui.selectable_value(&mut self.adding, false, tr!("customer-find"));
            ui.selectable_value(&mut self.adding, true, tr!("customer-new"));
        });
        if self.adding {
            self.new.ui(ui, self.form);
            let ready = !self.new.name.trim().is_empty();
            if ui
                .add_enabled(ready, egui::Button::new(tr!("customer-add")))
                .clicked()
            {
                out.push(Command::AddCustomer {
                    fields: self.new.fields(),
                    by: self.form,
                });
            }
            return;
        }
        let l = ui.label(tr!("customer-find-label"));
        ui.add(
            egui::TextEdit::singleline(&mut self.query)
                .hint_text(tr!("customer-find-hint"))
                .desired_width(300.0),
        )
        .labelled_by(l.id);
        let q = self.query.trim().to_owned();
        if q.chars().count() >= MIN_SEARCH_CHARS && self.searched.as_deref() != Some(q.as_str()) {
            self.searched = Some(q.clone());
            out.push(Command::FindCustomers(q.clone()));
        }
        if self.searched.is_some() && self.hits.is_empty() && !q.is_empty() {
            widgets::hint(ui, &tr!("customer-none-found"));
        }
        let mut pick = None;
        for h in &self.hits {
            if ui.button(hit_line(h)).clicked() {
                pick = Some(h.clone());
            }
        }
        if pick.is_some() {
            self.chosen = pick;
        }
    }

    /// Keeps the hits of its own query, and the customer its form added.
    pub fn receive(&mut self, outcome: &Outcome) {
        match outcome {
            Outcome::CustomersFound { query, hits } if self.searched.as_ref() == Some(query) => {
                self.hits = hits.clone();
            }
            Outcome::CustomerAdded { customer, by } if *by == self.form => {
                self.chosen = Some(CustomerHit::from(customer));
                self.adding = false;
                self.new = CustomerEntry::default();
            }
            _ => {}
        }
    }
}

/// "Name · phone · email" of a found customer ("erased" once forgotten).
pub fn hit_line(h: &CustomerHit) -> String {
    let mut parts = vec![h.name.clone().unwrap_or_else(|| tr!("customer-erased"))];
    parts.extend(h.phone.clone());
    parts.extend(h.email.clone());
    format!("#{} {}", h.id, parts.join(" \u{00b7} "))
}

/// The intake checklist (SPEC §6) as ticks, each item's full sentence.
pub fn checklist_ui(ui: &mut Ui, checklist: &mut Checklist) {
    let lang = crate::i18n::current();
    for item in ChecklistItem::ALL {
        let mut on = checklist.is_ticked(*item);
        if ui.checkbox(&mut on, item.text(lang)).changed() {
            checklist.tick(*item, on);
        }
    }
}

/// A signature drawn with a mouse, pen or finger, kept as strokes in the
/// pad's normalised space (`Signature`).
#[derive(Debug, Clone, Default)]
pub struct SignaturePad {
    pub strokes: Vec<Vec<[f32; 2]>>,
}

impl SignaturePad {
    pub fn is_empty(&self) -> bool {
        self.strokes.iter().all(Vec::is_empty)
    }

    pub fn signature(&self) -> Option<Signature> {
        (!self.is_empty()).then(|| Signature {
            strokes: self.strokes.clone(),
            png: None,
        })
    }

    /// The pad (`PAD_ASPECT` wide for 1 high) and a Clear button.
    pub fn ui(&mut self, ui: &mut Ui) {
        let w = ui.available_width().clamp(240.0, 480.0);
        let size = Vec2::new(w, w / PAD_ASPECT);
        let (rect, response) = ui.allocate_exact_size(size, Sense::drag());
        response.widget_info(|| {
            egui::WidgetInfo::labeled(egui::Role::Canvas, true, tr!("signature-pad"))
        });
        if response.drag_started() {
            self.strokes.push(Vec::new());
        }
        if (response.dragged() || response.drag_started())
            && let Some(pos) = response.interact_pointer_pos()
            && let Some(stroke) = self.strokes.last_mut()
        {
            let p = [
                ((pos.x - rect.left()) / rect.width()).clamp(0.0, 1.0),
                ((pos.y - rect.top()) / rect.height()).clamp(0.0, 1.0),
            ];
            if stroke.last() != Some(&p) && stroke.len() < 5_000 {
                stroke.push(p);
            }
        }
        let painter = ui.painter_at(rect);
        let visuals = ui.visuals();
        painter.rect_filled(rect, 4.0, visuals.extreme_bg_color);
        let base = rect.bottom() - rect.height() * 0.22;
        painter.line_segment(
            [
                Pos2::new(rect.left() + 12.0, base),
                Pos2::new(rect.right() - 12.0, base),
            ],
            Stroke::new(1.0, theme::muted(visuals)),
        );
        draw_strokes(&painter, rect, &self.strokes, visuals.strong_text_color());
        if self.is_empty() {
            painter.text(
                rect.center(),
                egui::Align2::CENTER_CENTER,
                tr!("signature-hint"),
                egui::FontId::proportional(13.0),
                theme::muted(visuals),
            );
        }
        if ui.small_button(tr!("signature-clear")).clicked() {
            self.strokes.clear();
        }
    }
}

/// Strokes in the normalised space drawn into `rect`.
pub fn draw_strokes(painter: &egui::Painter, rect: Rect, strokes: &[Vec<[f32; 2]>], ink: Color32) {
    let at = |[x, y]: [f32; 2]| {
        Pos2::new(
            rect.left() + x * rect.width(),
            rect.top() + y * rect.height(),
        )
    };
    for s in strokes {
        match s.as_slice() {
            [] => {}
            [one] => {
                painter.circle_filled(at(*one), 1.5, ink);
            }
            points => {
                painter.add(egui::Shape::line(
                    points.iter().map(|p| at(*p)).collect(),
                    Stroke::new(2.0, ink),
                ));
            }
        }
    }
}

/// A stored signature drawn in a box the pad's shape.
pub fn signature_view(ui: &mut Ui, strokes: &[Vec<[f32; 2]>]) {
    let w = ui.available_width().clamp(180.0, 320.0);
    let (rect, _) = ui.allocate_exact_size(Vec2::new(w, w / PAD_ASPECT), Sense::hover());
    let painter = ui.painter_at(rect);
    painter.rect_filled(rect, 4.0, ui.visuals().extreme_bg_color);
    draw_strokes(&painter, rect, strokes, ui.visuals().strong_text_color());
}

/// A texture from a thumbnail PNG (320 px at most; decoding it is quick).
pub fn thumbnail_texture(
    ctx: &egui::Context,
    key: &str,
    png: &[u8],
) -> Option<egui::TextureHandle> {
    let img = image::load_from_memory(png).ok()?.to_rgba8();
    let size = [img.width() as usize, img.height() as usize];
    let color = egui::ColorImage::from_rgba_unmultiplied(size, img.as_raw());
    Some(ctx.load_texture(key, color, egui::TextureOptions::LINEAR))
}

/// A thumbnail at most `side` points on its longer side.
pub fn thumbnail(ui: &mut Ui, texture: &egui::TextureHandle, side: f32) -> egui::Response {
    let s = texture.size_vec2();
    let scale = (side / s.x.max(s.y).max(1.0)).min(1.0);
    ui.add(egui::Image::new((texture.id(), s * scale)))
}

/// Files dropped on the window, as photo files to read.
pub fn dropped_photos(ctx: &egui::Context) -> Vec<crate::ui::command::PhotoFile> {
    ctx.input(|i| i.raw.dropped_files.clone())
        .into_iter()
        .map(|f| {
            let path = f.path().to_path_buf();
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            crate::ui::command::PhotoFile {
                name,
                path: Some(path),
                bytes: None,
            }
        })
        .collect()
}

/// Why the intake is incomplete, for the confirmation (empty: complete).
pub fn missing_text(missing: &[String]) -> Option<String> {
    (!missing.is_empty()).then(|| missing.join("; "))
}

/// A muted line, or the warning colour when `warn`.
pub fn note(ui: &mut Ui, text: &str, warn: bool) {
    let color = if warn {
        theme::warn(ui.visuals())
    } else {
        theme::muted(ui.visuals())
    };
    ui.label(RichText::new(text).color(color));
}
