//! `caredesk appointment add`.

use crate::cli::desk::{Session, day_or_today, saved};
use crate::desk::AppointmentFields;

#[derive(clap::Args, Debug)]
pub struct AddArgs {
    /// The day (YYYY-MM-DD; default today).
    #[arg(long, value_name = "DATE")]
    day: Option<String>,
    /// Start of the time slot, HH:MM.
    #[arg(long, value_name = "HH:MM")]
    slot: String,
    /// The SSC counter (store) booked.
    #[arg(long)]
    store: String,
    /// The customer's name.
    #[arg(long)]
    name: String,
    /// The customer's phone number.
    #[arg(long, default_value = "")]
    phone: String,
    /// The customer's email address.
    #[arg(long, default_value = "")]
    email: String,
    /// The product's serial, if the customer gave it.
    #[arg(long)]
    serial: Option<String>,
    /// The case number recorded on the Swift Service page.
    #[arg(long = "case-ref", default_value = "")]
    case_ref: String,
    /// The case as the customer described it.
    #[arg(long = "case", default_value = "")]
    case_text: String,
}

impl AddArgs {
    pub fn run(self, desk: &Session<'_>) -> anyhow::Result<i32> {
        let fields = AppointmentFields {
            day: day_or_today(self.day.as_deref())?,
            slot: self.slot,
            store: self.store,
            customer_name: self.name,
            customer_phone: self.phone,
            customer_email: self.email,
            serial: self.serial,
            case_reference: self.case_ref,
            case_text: self.case_text,
        };
        let store = desk.open_to_write()?;
        let actor = desk.sign_in(&store)?;
        let a = store.add_appointment(actor.id(), &fields)?;
        saved("appointment add", &format!("appointment {}", a.id), &a, 0)
    }
}
