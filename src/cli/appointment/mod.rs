//! `caredesk appointment add|list|cancel|no-show|checkin|import`: the Swift
//! Service Center's bookings (issue 14), one file per subcommand. JSON on
//! stdout; exit 2 with one line on stderr for bad input (unknown
//! appointment, a step its state forbids, a bad CSV row), nothing written.

mod add;
mod cancel;
mod checkin;
mod import;
mod list;

use super::desk::Session;

#[derive(clap::Args, Debug)]
pub struct AppointmentArgs {
    #[command(subcommand)]
    action: AppointmentCmd,
}

#[derive(clap::Subcommand, Debug)]
enum AppointmentCmd {
    /// Book an appointment by hand (the customer's case from the Swift Service page).
    Add(add::AddArgs),
    /// List appointments: a day's (default today) in time order with late
    /// arrivals and counts, or --all.
    List(list::ListArgs),
    /// Cancel a booked appointment.
    Cancel(cancel::CancelArgs),
    /// Mark a booked appointment as no-show (the customer did not come).
    NoShow(cancel::NoShowArgs),
    /// Check a booked appointment in: the product's serial (--serial, else
    /// the one booked) must be known; --claim links a claim already taken in.
    Checkin(checkin::CheckinArgs),
    /// Import appointments from the Swift Service page's CSV export (all or
    /// nothing; a bad row names its line).
    Import(import::ImportArgs),
}

impl AppointmentArgs {
    pub fn run(self, desk: &Session<'_>) -> anyhow::Result<i32> {
        match self.action {
            AppointmentCmd::Add(a) => a.run(desk),
            AppointmentCmd::List(a) => a.run(desk),
            AppointmentCmd::Cancel(a) => a.run(desk),
            AppointmentCmd::NoShow(a) => a.run(desk),
            AppointmentCmd::Checkin(a) => a.run(desk),
            AppointmentCmd::Import(a) => a.run(desk),
        }
    }
}
