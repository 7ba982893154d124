//! The claim lifecycle of SPEC §4, once: which step a claim may take next.
//! Intake, the window, the command line and demo data all go through
//! [`transition`]; a new step (lapsing an overdue claim, say) is one more arm
//! here plus its action, and every caller follows.
//!
//! - intake: `submitted → approved | refused` (both events at once);
//! - replacement: `approved → awaiting_product → received → assessed →
//!   replacement_shipped → closed`; `express` may ship on receipt
//!   (`received → replacement_shipped`); `online`/`ssc` may after assessment
//!   take a paid repair (`assessed → paid_repair → closed`);
//! - extended warranty: `approved → awaiting_product → received → repaired → closed`;
//! - `refused → closed`. A supervisor (PIN) may reopen a refused claim, open
//!   or closed: it goes back to `submitted` and is decided again at once;
//! - SPEC §6: an approved claim still waiting for the customer's parcel may
//!   `lapse` (`approved | awaiting_product → closed`, refused with
//!   REP-SHIP-LATE / EW-SHIP-LATE); the desk allows it only when overdue.
//!   Receiving decides the claim again with the day the parcel was shipped;
//!   a late parcel turns it `refused` on receipt (the desk does that too).

use crate::rules::codes::ServiceChannel;
use crate::store::model::{ClaimAction, ClaimKind, ClaimStatus};

/// The next status for an action, or `None` when the lifecycle forbids it.
pub fn transition(
    status: ClaimStatus,
    action: &ClaimAction,
    kind: ClaimKind,
    channel: ServiceChannel,
) -> Option<ClaimStatus> {
    use ClaimAction as A;
    use ClaimStatus as S;
    let replacement = kind == ClaimKind::Replacement;
    Some(match (status, action) {
        (S::Approved, A::AwaitProduct) => S::AwaitingProduct,
        (S::AwaitingProduct, A::Receive { .. }) => S::Received,
        (S::Approved | S::AwaitingProduct, A::Lapse) => S::Closed,
        (S::Received, A::Assess) if replacement => S::Assessed,
        (S::Received, A::ShipReplacement { .. })
            if replacement && channel == ServiceChannel::Express =>
        {
            S::ReplacementShipped
        }
        (S::Assessed, A::ShipReplacement { .. }) => S::ReplacementShipped,
        (S::Assessed, A::ChoosePaidRepair) if channel != ServiceChannel::Express => S::PaidRepair,
        (S::Received, A::Repair) if !replacement => S::Repaired,
        (S::ReplacementShipped | S::PaidRepair | S::Repaired | S::Refused, A::Close) => S::Closed,
        _ => return None,
    })
}

/// Every action, in the order the window offers them
/// (`ShipReplacement` with an empty serial to fill in).
fn all_actions() -> [ClaimAction; 8] {
    [
        ClaimAction::AwaitProduct,
        ClaimAction::Receive { shipped: None },
        ClaimAction::Assess,
        ClaimAction::ShipReplacement {
            new_serial: String::new(),
        },
        ClaimAction::ChoosePaidRepair,
        ClaimAction::Repair,
        ClaimAction::Lapse,
        ClaimAction::Close,
    ]
}

/// The actions the lifecycle allows next.
pub fn next_actions(
    status: ClaimStatus,
    kind: ClaimKind,
    channel: ServiceChannel,
) -> Vec<ClaimAction> {
    all_actions()
        .into_iter()
        .filter(|a| transition(status, a, kind, channel).is_some())
        .collect()
}

/// The steps that take an approved claim to `closed`, choosing the
/// replacement (not the paid repair) where there is a choice; `paid_repair`
/// picks the other branch where the channel allows it. Demo data walks
/// claims along this path, so it follows the lifecycle above by
/// construction.
pub fn path_to_close(
    kind: ClaimKind,
    channel: ServiceChannel,
    paid_repair: bool,
) -> Vec<ClaimAction> {
    let mut status = ClaimStatus::Approved;
    let mut steps = Vec::new();
    while status != ClaimStatus::Closed {
        let options: Vec<ClaimAction> = next_actions(status, kind, channel);
        // Express skips the assessment; online and SSC assess first.
        let pick = options
            .iter()
            .find(|a| paid_repair && matches!(a, ClaimAction::ChoosePaidRepair))
            .or_else(|| {
                options
                    .iter()
                    .find(|a| matches!(a, ClaimAction::ShipReplacement { .. }))
            })
            .or_else(|| {
                options
                    .iter()
                    .find(|a| !matches!(a, ClaimAction::ChoosePaidRepair | ClaimAction::Lapse))
            })
            .cloned();
        let Some(action) = pick else { break };
        let Some(next) = transition(status, &action, kind, channel) else {
            break;
        };
        steps.push(action);
        status = next;
    }
    steps
}

#[cfg(test)]
mod tests {
    use super::*;
    use ClaimAction as A;

    fn receive() -> ClaimAction {
        A::Receive { shipped: None }
    }

    fn ship() -> ClaimAction {
        A::ShipReplacement {
            new_serial: String::new(),
        }
    }

    #[test]
    fn the_paths_to_close_are_the_ones_of_spec_section_4() {
        use ServiceChannel::*;
        assert_eq!(
            path_to_close(ClaimKind::Replacement, Express, false),
            vec![A::AwaitProduct, receive(), ship(), A::Close]
        );
        assert_eq!(
            path_to_close(ClaimKind::Replacement, Online, false),
            vec![A::AwaitProduct, receive(), A::Assess, ship(), A::Close]
        );
        assert_eq!(
            path_to_close(ClaimKind::Replacement, Ssc, true),
            vec![
                A::AwaitProduct,
                receive(),
                A::Assess,
                A::ChoosePaidRepair,
                A::Close
            ]
        );
        // Express has no paid-repair branch.
        assert_eq!(
            path_to_close(ClaimKind::Replacement, Express, true),
            vec![A::AwaitProduct, receive(), ship(), A::Close]
        );
        // Lapsing is never on the way to closing a claim that goes well.
        for status in [ClaimStatus::Approved, ClaimStatus::AwaitingProduct] {
            assert!(next_actions(status, ClaimKind::Replacement, Online).contains(&A::Lapse));
        }
        assert!(
            !next_actions(ClaimStatus::Received, ClaimKind::Replacement, Online)
                .contains(&A::Lapse)
        );
        assert_eq!(
            path_to_close(ClaimKind::ExtendedWarranty, Online, false),
            vec![A::AwaitProduct, receive(), A::Repair, A::Close]
        );
    }
}
