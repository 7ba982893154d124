//! Shared helpers for the store tests: real SQLite files in temp folders.
#![allow(dead_code)]

use caredesk::catalog::Catalog;
use caredesk::rules::{Cause, Part, Region, SalesChannel, ServiceChannel, Term};
use caredesk::store::{ClaimAction, ClaimInput, ClaimKind, NewBasePlan, NewProduct, Role, Store};
use chrono::NaiveDate;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

pub const PIN: &str = "2468";

pub fn catalog() -> Arc<Catalog> {
    static CAT: OnceLock<Arc<Catalog>> = OnceLock::new();
    CAT.get_or_init(|| Arc::new(Catalog::builtin().expect("built-in catalog")))
        .clone()
}

pub fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
}

pub fn r(s: &str) -> Region {
    Region::parse_shape(s).expect("test region")
}

/// A store in a fresh temp folder, with a technician, an SSC clerk and a supervisor.
pub struct Desk {
    pub dir: tempfile::TempDir,
    pub store: Store,
    pub tech: i64,
    pub ssc: i64,
    pub sup: i64,
}

impl Desk {
    pub fn new() -> Desk {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut store = Store::open(&dir.path().join("desk.sqlite3"), catalog()).expect("open");
        let tech = store
            .add_staff(None, "Tess Tech", Role::Technician, None)
            .expect("tech")
            .id;
        let ssc = store
            .add_staff(None, "Sid SSC", Role::Ssc, None)
            .expect("ssc")
            .id;
        let sup = store
            .add_staff(None, "Sue Supervisor", Role::Supervisor, Some(PIN))
            .expect("sup")
            .id;
        Desk {
            dir,
            store,
            tech,
            ssc,
            sup,
        }
    }

    pub fn path(&self) -> PathBuf {
        self.dir.path().join("desk.sqlite3")
    }

    /// Another connection on the same file (another workstation).
    pub fn reopen(&self) -> Store {
        Store::open(&self.path(), catalog()).expect("reopen")
    }

    /// A US Mavic 3 with CR from 2025-03-15 and an approved express
    /// replacement claim (filed 2025-06-01) brought to `received`, ready to
    /// ship. Returns the claim id.
    pub fn received_replacement(&mut self, serial: &str) -> String {
        self.product(serial, "DJI Mavic 3", "US", Term::OneYear, "2025-03-15");
        let input = replacement("US", ServiceChannel::Express, "2025-06-01");
        let id = self
            .store
            .file_claim(
                self.tech,
                serial,
                ClaimKind::Replacement,
                &input,
                d("2025-06-01"),
            )
            .expect("file claim")
            .row
            .id;
        for a in [ClaimAction::AwaitProduct, ClaimAction::Receive] {
            self.store
                .advance_claim(self.tech, &id, a, "")
                .expect("advance");
        }
        id
    }

    /// A product with CR bought `starts` (1y: 2 replacements; 2y: 4).
    pub fn product(&mut self, serial: &str, model: &str, region: &str, term: Term, starts: &str) {
        let starts = d(starts);
        let months = if term == Term::OneYear { 12 } else { 24 };
        self.store
            .register_product(
                self.tech,
                &NewProduct {
                    serial: serial.into(),
                    model: model.into(),
                    channel: SalesChannel::Official,
                    region: r(region),
                    base_plan: Some(NewBasePlan {
                        term,
                        region: r(region),
                        starts,
                        ends: caredesk::rules::plans::add_months(starts, months),
                        replacements_total: if term == Term::OneYear { 2 } else { 4 },
                        replacements_used: 0,
                    }),
                },
            )
            .expect("register product");
    }
}

/// A clean replacement claim (collision, aircraft) submitted and shipped on `on`.
pub fn replacement(region: &str, channel: ServiceChannel, on: &str) -> ClaimInput {
    ClaimInput {
        service_region: r(region),
        channel,
        cause: Cause::Collision,
        parts: BTreeMap::from([(Part::Aircraft, 1)]),
        exclusions: vec![],
        submitted: d(on),
        shipped: Some(d(on)),
        accepts_transregional_fees: false,
        manufacturing_defect_before_plus: false,
        privacy_accepted: true,
    }
}

/// A clean extended-warranty claim (normal use, gimbal).
pub fn warranty(region: &str, on: &str) -> ClaimInput {
    ClaimInput {
        service_region: r(region),
        channel: ServiceChannel::Online,
        cause: Cause::NormalUse,
        parts: BTreeMap::from([(Part::Gimbal, 1)]),
        exclusions: vec![],
        submitted: d(on),
        shipped: Some(d(on)),
        accepts_transregional_fees: false,
        manufacturing_defect_before_plus: false,
        privacy_accepted: true,
    }
}
