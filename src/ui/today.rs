//! Today at the counter (issue 14): the start screen of Swift Service
//! Center staff. The day's appointments in time order, late arrivals
//! highlighted, counts; "Check in" (or scanning a booked serial) opens claim
//! intake pre-filled with the customer and the product, and the claim filed
//! there is linked to the appointment. Appointments are booked, edited,
//! cancelled and marked no-show here, or imported from the Swift Service
//! page's CSV export.

use crate::desk::{Appointment, AppointmentFields, AppointmentStatus, CounterDay};
use crate::tr;
use crate::ui::command::{Command, Confirmation, SscCommand};
use crate::ui::outcome::Outcome;
use crate::ui::panel::PanelUi;
use crate::ui::view::View;
use crate::ui::{theme, widgets};
use chrono::{Duration, NaiveDate};
use egui::{RichText, Ui};
use egui_extras::{Column, TableBuilder};

#[derive(Debug, Default, Clone)]
pub struct TodayPanel {
    /// The day shown (`None`: today).
    pub day: Option<NaiveDate>,
    /// The counter shown (empty: every counter); kept across restarts.
    pub store: String,
    /// The day as last read.
    pub list: Option<CounterDay>,
    /// Read the day again at the next frame.
    pub stale: bool,
    /// A serial typed for an appointment booked without one, by id.
    pub serials: std::collections::HashMap<i64, String>,
    pub form: AppointmentForm,
}

/// The booking form (a new appointment, or a booked one being changed).
#[derive(Debug, Default, Clone, PartialEq)]
pub struct AppointmentForm {
    pub open: bool,
    /// Set when editing this appointment.
    pub editing: Option<i64>,
    pub day: String,
    pub slot: String,
    pub store: String,
    pub name: String,
    pub phone: String,
    pub email: String,
    pub serial: String,
    pub case_reference: String,
    pub case_text: String,
}

impl AppointmentForm {
    fn for_edit(a: &Appointment) -> Self {
        let f = &a.fields;
        Self {
            open: true,
            editing: Some(a.id),
            day: widgets::iso(f.day),
            slot: f.slot.clone(),
            store: f.store.clone(),
            name: f.customer_name.clone(),
            phone: f.customer_phone.clone(),
            email: f.customer_email.clone(),
            serial: f.serial.clone().unwrap_or_default(),
            case_reference: f.case_reference.clone(),
            case_text: f.case_text.clone(),
        }
    }

    /// The fields, once the day is a date and the slot a time.
    fn fields(&self) -> Option<AppointmentFields> {
        let day = crate::vocab::parse_day(self.day.trim())?;
        crate::desk::parse_slot(&self.slot)?;
        Some(AppointmentFields {
            day,
            slot: self.slot.clone(),
            store: self.store.clone(),
            customer_name: self.name.clone(),
            customer_phone: self.phone.clone(),
            customer_email: self.email.clone(),
            serial: Some(self.serial.clone()),
            case_reference: self.case_reference.clone(),
            case_text: self.case_text.clone(),
        })
    }
}

impl PanelUi for TodayPanel {
    fn title() -> String {
        tr!("panel-today")
    }

    fn ui(&mut self, ui: &mut Ui, view: &View<'_>) -> Vec<Command> {
        let mut out = Vec::new();
        let day = self.day.unwrap_or(view.today);
        let store = Some(self.store.trim().to_owned()).filter(|s| !s.is_empty());
        let shown = self.list.as_ref().map(|l| l.day);
        if self.stale || shown != Some(day) {
            self.stale = false;
            out.push(Command::Ssc(SscCommand::LoadCounterDay {
                day,
                store: store.clone(),
            }));
        }
        // Who is late changes with the clock: read the day again now and then.
        ui.ctx()
            .request_repaint_after(std::time::Duration::from_secs(60));
        self.header(ui, view, day, &mut out);
        if let Some(list) = &self.list {
            counts(ui, list);
        }
        ui.separator();
        self.form_ui(ui, view, day, &mut out);
        ui.separator();
        self.list_ui(ui, view, &mut out);
        out
    }

    fn receive(&mut self, outcome: &Outcome) {
        match outcome {
            Outcome::CounterDayLoaded(d) => {
                self.list = Some(d.clone());
            }
            Outcome::AppointmentsChanged => self.stale = true,
            Outcome::AppointmentSaved => {
                self.form = AppointmentForm::default();
            }
            _ => {}
        }
    }

    fn shown(&mut self) -> Vec<Command> {
        self.stale = true;
        Vec::new()
    }

    fn save(&self) -> Option<String> {
        Some(self.store.clone()).filter(|s| !s.trim().is_empty())
    }

    fn restore(&mut self, saved: &str) {
        saved.clone_into(&mut self.store);
    }
}

impl TodayPanel {
    fn header(&mut self, ui: &mut Ui, view: &View<'_>, day: NaiveDate, out: &mut Vec<Command>) {
        ui.horizontal_wrapped(|ui| {
            ui.heading(tr!("today-heading", date = widgets::iso(day)));
            if day != view.today {
                widgets::hint(ui, &widgets::relative_day(day, view.today));
            }
            if ui.small_button(tr!("today-previous-day")).clicked() {
                self.day = Some(day - Duration::days(1));
            }
            if ui
                .add_enabled(
                    day != view.today,
                    egui::Button::new(tr!("today-today")).small(),
                )
                .clicked()
            {
                self.day = None;
            }
            if ui.small_button(tr!("today-next-day")).clicked() {
                self.day = Some(day + Duration::days(1));
            }
            ui.separator();
            let l = ui.label(tr!("today-counter"));
            let r = ui
                .add(
                    egui::TextEdit::singleline(&mut self.store)
                        .hint_text(tr!("today-counter-hint"))
                        .desired_width(160.0),
                )
                .labelled_by(l.id);
            if r.changed() {
                self.stale = true;
            }
            if ui.button(tr!("today-refresh")).clicked() {
                self.stale = true;
            }
            if ui
                .add_enabled(!view.busy, egui::Button::new(tr!("today-import")))
                .on_hover_text(tr!("today-import-hover"))
                .clicked()
            {
                out.push(Command::Ssc(SscCommand::PickAppointmentImport));
            }
        });
        widgets::hint(ui, &tr!("today-scan-hint"));
    }

    fn form_ui(&mut self, ui: &mut Ui, view: &View<'_>, day: NaiveDate, out: &mut Vec<Command>) {
        let form = &mut self.form;
        let title = match form.editing {
            Some(id) => tr!("today-form-edit", id = id),
            None => tr!("today-form-new"),
        };
        let header = egui::CollapsingHeader::new(title)
            .id_salt("today_form")
            .open(form.open.then_some(true))
            .show(ui, |ui| {
                if form.day.is_empty() {
                    form.day = widgets::iso(day);
                }
                if form.store.is_empty() {
                    form.store = self.store.trim().to_owned();
                }
                egui::Grid::new("today_form_grid")
                    .num_columns(4)
                    .spacing([8.0, 4.0])
                    .show(ui, |ui| {
                        text_cell(ui, &tr!("today-field-day"), &mut form.day, 100.0);
                        text_cell(ui, &tr!("today-field-slot"), &mut form.slot, 60.0);
                        ui.end_row();
                        text_cell(ui, &tr!("today-field-name"), &mut form.name, 200.0);
                        text_cell(ui, &tr!("today-field-phone"), &mut form.phone, 160.0);
                        ui.end_row();
                        text_cell(ui, &tr!("today-field-store"), &mut form.store, 200.0);
                        text_cell(ui, &tr!("today-field-serial"), &mut form.serial, 160.0);
                        ui.end_row();
                        text_cell(
                            ui,
                            &tr!("today-field-case-ref"),
                            &mut form.case_reference,
                            200.0,
                        );
                        text_cell(ui, &tr!("today-field-email"), &mut form.email, 160.0);
                        ui.end_row();
                    });
                ui.horizontal(|ui| {
                    let l = ui.label(tr!("today-field-case"));
                    ui.add(
                        egui::TextEdit::multiline(&mut form.case_text)
                            .desired_rows(2)
                            .desired_width(480.0),
                    )
                    .labelled_by(l.id);
                });
                let fields = form.fields();
                ui.horizontal(|ui| {
                    let ready = fields.is_some()
                        && !form.name.trim().is_empty()
                        && !form.store.trim().is_empty()
                        && view.current_staff.is_some();
                    let label = match form.editing {
                        Some(_) => tr!("today-form-save"),
                        None => tr!("today-form-book"),
                    };
                    if ui
                        .add_enabled(ready, egui::Button::new(label))
                        .on_disabled_hover_text(tr!("today-form-incomplete"))
                        .clicked()
                        && let Some(fields) = fields
                    {
                        out.push(match form.editing {
                            Some(id) => Command::Ssc(SscCommand::EditAppointment { id, fields }),
                            None => Command::Ssc(SscCommand::AddAppointment(fields)),
                        });
                    }
                    if ui.button(tr!("today-form-clear")).clicked() {
                        *form = AppointmentForm::default();
                    }
                });
            });
        if header.header_response.clicked() {
            form.open = !form.open;
        }
    }

    fn list_ui(&mut self, ui: &mut Ui, view: &View<'_>, out: &mut Vec<Command>) {
        let Some(list) = &self.list else {
            widgets::hint(ui, &tr!("today-loading"));
            return;
        };
        if list.appointments.is_empty() {
            widgets::hint(ui, &tr!("today-none"));
            return;
        }
        let can_act = view.current_staff.is_some();
        let mut edit = None;
        let serials = &mut self.serials;
        let clip = |w: f32| Column::initial(w).at_least(50.0).clip(true);
        // The columns share what the window leaves after time, status and
        // the buttons, so 1024 px shows every column whole.
        let rest = (ui.available_width() - 56.0 - 96.0 - 190.0 - 60.0).max(400.0);
        TableBuilder::new(ui)
            .id_salt("today_table")
            .striped(true)
            .resizable(true)
            .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
            .column(clip(56.0))
            .column(clip(rest * 0.26))
            .column(clip((rest * 0.22).max(130.0)))
            .column(clip(rest * 0.32))
            .column(clip(rest * 0.20))
            .column(clip(96.0))
            .column(Column::remainder().at_least(180.0))
            .min_scrolled_height(0.0)
            .header(24.0, |mut header| {
                for h in [
                    tr!("today-col-time"),
                    tr!("today-col-customer"),
                    tr!("today-col-serial"),
                    tr!("today-col-case"),
                    tr!("today-col-counter"),
                    tr!("today-col-status"),
                    String::new(),
                ] {
                    header.col(|ui| {
                        ui.label(RichText::new(h).strong());
                    });
                }
            })
            .body(|body| {
                body.rows(40.0, list.appointments.len(), |mut row| {
                    let slot = &list.appointments[row.index()];
                    let a = &slot.appointment;
                    let late = slot.late;
                    row.col(|ui| {
                        let time = RichText::new(&a.fields.slot).monospace().strong();
                        let warn = theme::warn(ui.visuals());
                        ui.label(if late { time.color(warn) } else { time });
                    });
                    row.col(|ui| {
                        two_lines(ui, &customer_name(a), &contact(a));
                    });
                    let typed = serials.entry(a.id).or_default();
                    row.col(|ui| match &a.fields.serial {
                        Some(s) => {
                            ui.label(RichText::new(s).monospace());
                        }
                        None if a.status == AppointmentStatus::Booked => {
                            ui.add(
                                egui::TextEdit::singleline(typed)
                                    .hint_text(tr!("today-serial-hint"))
                                    .desired_width(ui.available_width() - 4.0)
                                    .font(egui::TextStyle::Monospace),
                            );
                        }
                        None => {
                            widgets::hint(ui, "—");
                        }
                    });
                    row.col(|ui| {
                        let label = two_lines(ui, &a.fields.case_reference, &a.fields.case_text);
                        if !a.fields.case_text.is_empty() {
                            label.on_hover_text(&a.fields.case_text);
                        }
                    });
                    row.col(|ui| {
                        ui.label(&a.fields.store);
                    });
                    row.col(|ui| status_cell(ui, a, late));
                    row.col(|ui| {
                        if actions(ui, a, typed, can_act, out) {
                            edit = Some(a.clone());
                        }
                    });
                });
            });
        // Editing is started from a row: the form opens with its fields.
        if let Some(a) = edit {
            self.form = AppointmentForm::for_edit(&a);
        }
    }
}

/// The booking's customer, or "erased" once they were forgotten.
fn customer_name(a: &Appointment) -> String {
    if a.erased_at.is_some() {
        tr!("customer-erased")
    } else {
        a.fields.customer_name.clone()
    }
}

/// The booking's phone and email, as one line.
fn contact(a: &Appointment) -> String {
    let f = &a.fields;
    [f.customer_phone.as_str(), f.customer_email.as_str()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" · ")
}

/// A strong first line and a muted second one, each on one line (clipped
/// by the column).
fn two_lines(ui: &mut Ui, first: &str, second: &str) -> egui::Response {
    ui.vertical(|ui| {
        ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Truncate);
        if !first.is_empty() {
            ui.label(first);
        }
        if !second.is_empty() {
            widgets::hint(ui, second);
        }
    })
    .response
}

fn text_cell(ui: &mut Ui, label: &str, text: &mut String, width: f32) {
    let l = ui.label(label);
    ui.add(egui::TextEdit::singleline(text).desired_width(width))
        .labelled_by(l.id);
}

fn counts(ui: &mut Ui, d: &CounterDay) {
    let c = d.counts;
    ui.horizontal_wrapped(|ui| {
        ui.label(tr!("today-count-total", count = c.total));
        ui.separator();
        ui.label(tr!("today-count-waiting", count = c.waiting));
        ui.separator();
        let late = RichText::new(tr!("today-count-late", count = c.late));
        ui.label(if c.late > 0 {
            late.color(theme::warn(ui.visuals())).strong()
        } else {
            late
        });
        ui.separator();
        ui.label(tr!("today-count-checked-in", count = c.checked_in));
        ui.separator();
        ui.label(tr!("today-count-no-show", count = c.no_show));
        ui.separator();
        ui.label(tr!("today-count-cancelled", count = c.cancelled));
    });
}

fn status_cell(ui: &mut Ui, a: &Appointment, late: bool) {
    let v = ui.visuals();
    let (text, color) = match a.status {
        AppointmentStatus::Booked if late => (tr!("today-late"), theme::warn(v)),
        AppointmentStatus::Booked => (a.status.label().to_owned(), v.text_color()),
        AppointmentStatus::CheckedIn => (a.status.label().to_owned(), theme::ok(v)),
        AppointmentStatus::NoShow => (a.status.label().to_owned(), theme::bad(v)),
        AppointmentStatus::Cancelled => (a.status.label().to_owned(), theme::muted(v)),
    };
    ui.vertical(|ui| {
        ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Truncate);
        ui.label(RichText::new(text).color(color).strong());
        if let Some(claim) = &a.claim_id {
            ui.label(RichText::new(claim).monospace().small());
        }
    });
}

/// The row's buttons: check in, edit, cancel and no-show while booked; take
/// the claim in when checked in without one. True when "Edit" was clicked.
fn actions(
    ui: &mut Ui,
    a: &Appointment,
    typed: &str,
    can_act: bool,
    out: &mut Vec<Command>,
) -> bool {
    let mut edit = false;
    // A forgotten customer's booking keeps nothing to act on.
    let can_act = can_act && a.erased_at.is_none();
    match a.status {
        AppointmentStatus::Booked => {
            let serial = Some(typed.trim().to_owned()).filter(|s| !s.is_empty());
            let ready = can_act && (a.fields.serial.is_some() || serial.is_some());
            if ui
                .add_enabled(ready, egui::Button::new(tr!("today-check-in")))
                .on_disabled_hover_text(tr!("today-check-in-disabled"))
                .clicked()
            {
                out.push(Command::Ssc(SscCommand::CheckIn { id: a.id, serial }));
            }
            // The rarer steps behind one button, so the row stays narrow.
            ui.add_enabled_ui(can_act, |ui| {
                ui.menu_button(tr!("today-more"), |ui| {
                    if ui.button(tr!("today-edit")).clicked() {
                        edit = true;
                        ui.close();
                    }
                    if ui.button(tr!("today-no-show")).clicked() {
                        out.push(Command::Confirm(Confirmation {
                            title: tr!("today-no-show-title"),
                            body: tr!(
                                "today-no-show-body",
                                name = customer_name(a),
                                slot = a.fields.slot.as_str()
                            ),
                            confirm_label: tr!("today-no-show"),
                            then: Box::new(Command::Ssc(SscCommand::NoShowAppointment {
                                id: a.id,
                            })),
                        }));
                        ui.close();
                    }
                    if ui.button(tr!("today-cancel")).clicked() {
                        out.push(Command::Confirm(Confirmation {
                            title: tr!("today-cancel-title"),
                            body: tr!(
                                "today-cancel-body",
                                name = customer_name(a),
                                slot = a.fields.slot.as_str()
                            ),
                            confirm_label: tr!("today-cancel-confirm"),
                            then: Box::new(Command::Ssc(SscCommand::CancelAppointment {
                                id: a.id,
                            })),
                        }));
                        ui.close();
                    }
                });
            });
        }
        AppointmentStatus::CheckedIn => {
            // Checked in: take the claim in (if it was not), or open it.
            let (label, command, enabled) = match &a.claim_id {
                None => (
                    tr!("today-take-claim"),
                    Command::Ssc(SscCommand::CheckIn {
                        id: a.id,
                        serial: None,
                    }),
                    can_act,
                ),
                Some(claim) => (
                    tr!("today-open-claim"),
                    Command::OpenClaim(claim.clone()),
                    true,
                ),
            };
            if ui.add_enabled(enabled, egui::Button::new(label)).clicked() {
                out.push(command);
            }
        }
        _ => {}
    }
    edit
}

/// Above claim intake while an appointment is checked in: whose claim it
/// is and the case they recorded; the claim filed is linked to it.
pub fn check_in_banner(ui: &mut Ui, a: &Appointment) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(
            RichText::new(tr!(
                "today-banner",
                id = a.id,
                slot = a.fields.slot.as_str(),
                store = a.fields.store.as_str()
            ))
            .strong(),
        );
        let f = &a.fields;
        let customer = [customer_name(a), contact(a)]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(" · ");
        ui.label(tr!("today-banner-customer", customer = customer));
        if !f.case_reference.is_empty() || !f.case_text.is_empty() {
            ui.label(tr!(
                "today-banner-case",
                reference = f.case_reference.as_str(),
                case = f.case_text.as_str()
            ));
        }
        widgets::hint(ui, &tr!("today-banner-link"));
    });
}
