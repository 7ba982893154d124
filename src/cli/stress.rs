//! `caredesk stress-claims --count N` (hidden): files N claims, one
//! transaction each, printing each committed claim id at once. The crash test
//! kills it mid-way and checks every printed id survived.

use super::desk::Session;
use crate::desk::{ClaimInput, ClaimKind, NewBasePlan, NewProduct, StoreError};
use crate::rules::{Cause, Part, Region, SalesChannel, ServiceChannel, Term};
use std::collections::BTreeMap;
use std::io::Write;

#[derive(clap::Args, Debug)]
pub struct StressArgs {
    #[arg(long, default_value_t = 1000)]
    count: usize,
}

impl StressArgs {
    pub fn run(self, desk: &Session<'_>) -> anyhow::Result<i32> {
        let store = desk.open_to_write()?;
        let actor = desk.sign_in(&store)?.id();
        let today = chrono::NaiveDate::from_ymd_opt(2026, 6, 1).unwrap_or_default();
        let serial = "1SSTRESS0000001";
        let us = Region::parse_shape("US").unwrap_or(Region::EU);
        match store.register_product(
            actor,
            &NewProduct {
                serial: serial.into(),
                model: "DJI Mavic 3".into(),
                channel: SalesChannel::Official,
                region: us,
                base_plan: Some(NewBasePlan {
                    term: Term::TwoYear,
                    region: us,
                    starts: today - chrono::Duration::days(100),
                    ends: today + chrono::Duration::days(600),
                    replacements_total: 4,
                    replacements_used: 0,
                }),
            },
        ) {
            Ok(_) | Err(StoreError::Invalid(_)) => {}
            Err(e) => return Err(e.into()),
        }
        let input = ClaimInput {
            service_region: us,
            channel: ServiceChannel::Online,
            cause: Cause::Collision,
            parts: BTreeMap::from([(Part::Aircraft, 1)]),
            exclusions: vec![],
            submitted: today,
            shipped: None,
            accepts_transregional_fees: false,
            manufacturing_defect_before_plus: false,
            privacy_accepted: true,
        };
        let mut out = std::io::stdout().lock();
        for _ in 0..self.count {
            let c = store.file_claim(actor, serial, ClaimKind::Replacement, &input, today)?;
            writeln!(out, "{}", c.row.id)?;
            out.flush()?;
        }
        Ok(0)
    }
}
