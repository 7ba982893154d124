//! `caredesk appointment list`.

use crate::cli::desk::{Session, day_or_today, print_json};
use crate::desk::{AppointmentQuery, AppointmentStatus};
use anyhow::anyhow;

#[derive(clap::Args, Debug)]
pub struct ListArgs {
    /// The day (YYYY-MM-DD; default today).
    #[arg(long, value_name = "DATE", conflicts_with = "all")]
    day: Option<String>,
    /// Every day, not one.
    #[arg(long)]
    all: bool,
    /// Only this SSC counter.
    #[arg(long)]
    store: Option<String>,
    /// Only this serial.
    #[arg(long)]
    serial: Option<String>,
    /// Only this status: booked, checked_in, cancelled, no_show.
    #[arg(long)]
    status: Option<String>,
    /// Only the bookings of this customer record (every day).
    #[arg(long, value_name = "ID")]
    customer: Option<i64>,
}

impl ListArgs {
    pub fn run(self, desk: &Session<'_>) -> anyhow::Result<i32> {
        let status = self
            .status
            .map(|s| s.parse::<AppointmentStatus>())
            .transpose()
            .map_err(|e| anyhow!(e))?;
        let day = day_or_today(self.day.as_deref())?;
        let store = desk.open()?;
        if self.all || self.serial.is_some() || status.is_some() || self.customer.is_some() {
            let one_day = !self.all && self.customer.is_none();
            let list = store.appointments(&AppointmentQuery {
                day: one_day.then_some(day),
                store: self.store,
                serial: self.serial,
                status,
                customer: self.customer,
                unlinked: false,
            })?;
            print_json(&serde_json::json!({ "appointments": list }))?;
        } else {
            let now = chrono::Local::now().naive_local();
            print_json(&store.counter_day(day, self.store.as_deref(), now)?)?;
        }
        Ok(0)
    }
}
