//! Carrying out the SSC day's commands (issue 14): appointments, check-in
//! into claim intake, the paid-repair quote and the customer's choice.

use super::CareDeskApp;
use crate::desk::{AppointmentFields, CustomerHit, NewQuote, RepairChoice};
use crate::tr;
use crate::ui::Panel;
use crate::ui::command::{IntakeFiling, SscCommand};
use crate::ui::outcome::Outcome;
use crate::ui::view::Message;
use chrono::NaiveDate;
use std::path::PathBuf;

impl CareDeskApp {
    /// Carries out one of the SSC day's commands (the others are `apply`'s).
    pub(super) fn apply_ssc(&mut self, command: SscCommand) {
        use SscCommand as C;
        match command {
            C::LoadCounterDay { day, store } => self.load_counter_day(day, store.as_deref()),
            C::AddAppointment(fields) => self.add_appointment(&fields),
            C::EditAppointment { id, fields } => self.edit_appointment(id, &fields),
            C::CancelAppointment { id } => self.cancel_appointment(id, false),
            C::NoShowAppointment { id } => self.cancel_appointment(id, true),
            C::CheckIn { id, serial } => self.check_in(id, serial.as_deref()),
            C::PickAppointmentImport => self.pick_appointment_import(),
            C::ImportAppointments(path) => self.import_appointments(path),
            C::LoadRepairOffer(id) => self.load_repair_offer(&id),
            C::QuoteRepair { id, quote } => self.quote_repair(&id, &quote),
            C::RecordChoice { id, choice } => self.record_choice(&id, choice),
        }
    }

    fn load_counter_day(&mut self, day: NaiveDate, store: Option<&str>) {
        match self.desk.counter_day(day, store, self.clock.now()) {
            Ok(d) => self.deliver(Outcome::CounterDayLoaded(d)),
            Err(e) => self.fail(&tr!("app-what-appointments"), e),
        }
    }

    /// After an appointment was written: the message, and the day re-read.
    fn appointment_done(&mut self, text: String) {
        self.message = Some(Message::info(text));
        self.deliver(Outcome::AppointmentsChanged);
    }

    pub(super) fn add_appointment(&mut self, fields: &AppointmentFields) {
        let Some(actor) = self.actor() else { return };
        match self.desk.add_appointment(actor, fields) {
            Ok(a) => {
                self.deliver(Outcome::AppointmentSaved);
                self.appointment_done(tr!(
                    "app-appointment-added",
                    id = a.id,
                    name = a.fields.customer_name.as_str(),
                    slot = a.fields.slot.as_str()
                ));
            }
            Err(e) => self.fail(&tr!("app-what-appointment-not-saved"), e),
        }
    }

    pub(super) fn edit_appointment(&mut self, id: i64, fields: &AppointmentFields) {
        let Some(actor) = self.actor() else { return };
        match self.desk.edit_appointment(actor, id, fields) {
            Ok(_) => {
                self.deliver(Outcome::AppointmentSaved);
                self.appointment_done(tr!("app-appointment-changed", id = id));
            }
            Err(e) => self.fail(&tr!("app-what-appointment-not-saved"), e),
        }
    }

    pub(super) fn cancel_appointment(&mut self, id: i64, no_show: bool) {
        let Some(actor) = self.actor() else { return };
        let r = if no_show {
            self.desk.no_show_appointment(actor, id, "")
        } else {
            self.desk.cancel_appointment(actor, id, "")
        };
        match r {
            Ok(a) => self.appointment_done(tr!(
                "app-appointment-status",
                id = id,
                status = a.status.label()
            )),
            Err(e) => self.fail(&tr!("app-what-appointment-not-saved"), e),
        }
    }

    /// Checks the customer in and opens claim intake on their product; the
    /// claim filed there is linked to the appointment. An appointment
    /// already checked in without a claim goes straight to intake.
    pub(super) fn check_in(&mut self, id: i64, serial: Option<&str>) {
        let Some(actor) = self.actor() else { return };
        let a = match self.desk.appointment(id) {
            Ok(a)
                if a.status == crate::desk::AppointmentStatus::CheckedIn
                    && a.claim_id.is_none() =>
            {
                Ok(a)
            }
            Ok(_) => self.desk.check_in_appointment(actor, id, serial),
            Err(e) => Err(e),
        };
        let a = match a {
            Ok(a) => a,
            Err(e) => {
                self.fail(&tr!("app-what-check-in", id = id), e);
                return;
            }
        };
        let serial = a.fields.serial.clone().unwrap_or_default();
        self.open_product(&serial);
        if self.product.as_ref().map(|l| l.product.serial.as_str()) != Some(serial.as_str()) {
            return; // open_product said why
        }
        self.message = Some(Message::info(tr!(
            "app-checked-in",
            id = id,
            name = a.fields.customer_name.as_str(),
            serial = serial.as_str()
        )));
        let customer = a
            .customer_id
            .and_then(|id| self.desk.customer(id).ok())
            .map(|c| CustomerHit::from(&c));
        let case = a.fields.case_text.clone();
        self.checking_in = Some(a);
        self.state.panel = Panel::Intake;
        self.deliver(Outcome::CheckedIn { customer, case });
        self.deliver(Outcome::AppointmentsChanged);
    }

    /// A scan at the Today panel: the serial of a product booked today and
    /// not yet here checks it in. Returns true when it did.
    pub(super) fn scan_checks_in(&mut self, serial: &str) -> bool {
        if self.state.panel != Panel::Today {
            return false;
        }
        let serial = serial.trim();
        match self.desk.booked_for_serial(serial, self.today()) {
            Ok(Some(a)) => {
                self.serial_input.clear();
                self.check_in(a.id, Some(serial));
                true
            }
            Ok(None) => false,
            Err(e) => {
                self.fail(&tr!("app-what-appointments"), e);
                true
            }
        }
    }

    /// The appointment being checked in, when the intake's claim is for its
    /// product (the claim is then filed for it and linked); `None` otherwise.
    pub(super) fn check_in_for(&self, f: &IntakeFiling) -> Option<i64> {
        let a = self.checking_in.as_ref()?;
        (a.fields.serial.as_deref() == Some(f.request.serial.as_str())).then_some(a.id)
    }

    /// The claim of the appointment in check-in was filed: the check-in is done.
    pub(super) fn checked_in_claim_filed(&mut self) {
        self.checking_in = None;
        self.deliver(Outcome::AppointmentsChanged);
    }

    pub(super) fn pick_appointment_import(&mut self) {
        if self.test_mode {
            return;
        }
        if let Some(path) = rfd::FileDialog::new()
            .add_filter(tr!("app-csv-filter"), &["csv"])
            .set_title(tr!("app-import-appointments-title"))
            .pick_file()
        {
            self.import_appointments(path);
        }
    }

    pub(super) fn import_appointments(&mut self, path: PathBuf) {
        let Some(actor) = self.actor() else { return };
        let name = path.display().to_string();
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) => {
                self.fail(&tr!("app-what-import-appointments", file = name), e.into());
                return;
            }
        };
        match self.desk.import_appointments_csv(actor, &text) {
            Ok(list) => self.appointment_done(tr!(
                "app-appointments-imported",
                count = list.len(),
                file = name
            )),
            Err(e) => self.fail(&tr!("app-what-import-appointments", file = name), e),
        }
    }

    pub(super) fn load_repair_offer(&mut self, id: &str) {
        match self.desk.repair_offer(id, self.today()) {
            Ok(o) => self.deliver(Outcome::RepairOfferShown(Box::new(o))),
            Err(e) => self.fail(&tr!("app-what-open-claim", id = id), e),
        }
    }

    pub(super) fn quote_repair(&mut self, id: &str, quote: &NewQuote) {
        let Some(actor) = self.actor() else { return };
        match self.desk.quote_repair(actor, id, quote, self.today()) {
            Ok(o) => {
                self.message = Some(Message::info(tr!(
                    "app-quote-recorded",
                    id = id,
                    amount = crate::ui::widgets::money(&quote.amount)
                )));
                self.deliver(Outcome::RepairOfferShown(Box::new(o)));
            }
            Err(e) => self.fail(&tr!("app-what-quote-not-recorded", id = id), e),
        }
    }

    pub(super) fn record_choice(&mut self, id: &str, choice: RepairChoice) {
        let Some(actor) = self.actor() else { return };
        match self.desk.record_choice(actor, id, choice, self.today()) {
            Ok(o) => {
                self.message = Some(Message::info(tr!(
                    "app-choice-recorded",
                    id = id,
                    choice = choice.label()
                )));
                self.deliver(Outcome::RepairOfferShown(Box::new(o)));
                if let Ok(d) = self.desk.claim(id) {
                    let detail = Box::new(d);
                    self.deliver(Outcome::ClaimShown {
                        detail,
                        fresh: true,
                    });
                }
                self.deliver(Outcome::ClaimsChanged);
            }
            Err(e) => self.fail(&tr!("app-what-choice-not-recorded", id = id), e),
        }
    }
}
