//! `caredesk appointment checkin`.

use crate::cli::desk::{Session, saved};
use crate::desk::AppointmentStatus;

#[derive(clap::Args, Debug)]
pub struct CheckinArgs {
    /// The appointment's number.
    id: i64,
    /// The product's serial (scanned at the counter); default the one booked.
    #[arg(long)]
    serial: Option<String>,
    /// Link this claim (already taken in, same serial) to the appointment.
    #[arg(long, value_name = "CLAIM")]
    claim: Option<String>,
}

impl CheckinArgs {
    pub fn run(self, desk: &Session<'_>) -> anyhow::Result<i32> {
        let store = desk.open_to_write()?;
        let actor = desk.sign_in(&store)?.id();
        let mut a = store.appointment(self.id)?;
        // Checked in already: only the claim is linked (a second run of a
        // script that links the claim after filing it).
        if a.status != AppointmentStatus::CheckedIn || self.claim.is_none() {
            a = store.check_in_appointment(actor, self.id, self.serial.as_deref())?;
        }
        if let Some(claim) = &self.claim {
            a = store.link_appointment_claim(actor, self.id, claim)?;
        }
        saved(
            "appointment checkin",
            &format!("the check-in of appointment {}", a.id),
            &a,
            0,
        )
    }
}
