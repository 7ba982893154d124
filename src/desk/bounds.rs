//! Days a person types are bounded (SPEC §6): what is filed into the store
//! happened between the product's Care Refresh and today. `caredesk decide`
//! has none of these bounds: it decides any well-formed request.
//!
//! Plans' bounds (a term's length and replacements) are checked where a
//! product is registered or imported (`units::new_unit`).

use super::units::Unit;
use crate::store::{ClaimInput, Field, OutOfBounds};
use chrono::NaiveDate;

/// `day` is not after `today`.
pub(super) fn not_future(
    field: Field,
    day: NaiveDate,
    today: NaiveDate,
) -> Result<(), OutOfBounds> {
    if day > today {
        return Err(OutOfBounds::InFuture { field, day, today });
    }
    Ok(())
}

/// `day` is not before the claim was submitted.
pub(super) fn not_before_submitted(
    field: Field,
    day: NaiveDate,
    submitted: NaiveDate,
) -> Result<(), OutOfBounds> {
    if day < submitted {
        return Err(OutOfBounds::BeforeSubmitted {
            field,
            day,
            submitted,
        });
    }
    Ok(())
}

/// A claim's days, as filed on `today` for `unit` and decided on `on`:
/// submitted not in the future and not before CR starts; the application
/// day from submitted to today; shipped not in the future (not before
/// submitted is the claim's shape, `rules::request::check_claim_shape`).
pub(super) fn claim_days(
    unit: &Unit,
    input: &ClaimInput,
    on: NaiveDate,
    today: NaiveDate,
) -> Result<(), OutOfBounds> {
    not_future(Field::Submitted, input.submitted, today)?;
    if let Some(base) = &unit.base
        && input.submitted < base.starts
    {
        return Err(OutOfBounds::BeforeCr {
            field: Field::Submitted,
            day: input.submitted,
            cr_starts: base.starts,
        });
    }
    not_before_submitted(Field::AppliedOn, on, input.submitted)?;
    not_future(Field::AppliedOn, on, today)?;
    if let Some(shipped) = input.shipped {
        not_future(Field::Shipped, shipped, today)?;
    }
    Ok(())
}
