//! Customers and their personal data (SPEC §6, issue 13) on both backends:
//! Unicode kept exactly as typed, edits audited without their values in the
//! log, products and claims linked at intake and at the CR+ sale, the one
//! search, the intake checklist and the privacy record (REP-PRIVACY), the
//! customer's data export, and forgetting a customer — after which no row
//! holds their old name, phone or email, and on SQLite not a byte of the
//! database files does.

#[macro_use]
mod store_support;

use caredesk::desk::{
    Checklist, ChecklistItem, ClaimKind, ClaimStatus, CustomerFields, Intake, IntakeAttachments,
    IntakeCustomer, Signature, StoreError,
};
use caredesk::media::photo::Photo;
use caredesk::rules::{RuleId, ServiceChannel, Term};
use std::sync::Arc;
use store_support::{Backend, Desk, PIN, d, jpeg, png, r, replacement, signature};

const SERIAL: &str = "1SSDH7R00A0001";

fn fields(name: &str) -> CustomerFields {
    CustomerFields {
        name: name.into(),
        ..CustomerFields::default()
    }
}

/// A customer as a counter would type them, in several scripts.
fn wang() -> CustomerFields {
    CustomerFields {
        name: "王小明".into(),
        phone: Some("+886 2 2345 6789".into()),
        email: Some("Xiao.Ming@Example.tw".into()),
        address: Some("台北市信義區\n市府路 45 號".into()),
        lang: Some("zh-Hant".into()),
        notes: Some("請用 LINE 聯絡 — 週末不在".into()),
    }
}

fn complete(customer: Option<IntakeCustomer>) -> Intake {
    Intake {
        customer,
        checklist: Checklist::complete(),
        description: "Hit a tree at 30 m; arm and gimbal broken. 機臂斷裂。".into(),
        confirm_incomplete: false,
    }
}

fn desk_with_mavic(b: Backend) -> Desk {
    let mut desk = Desk::on(b);
    desk.product(SERIAL, "DJI Mavic 3", "US", Term::OneYear, "2025-03-15");
    desk
}

fn file(desk: &Desk, intake: &Intake) -> Result<caredesk::desk::ClaimDetail, StoreError> {
    desk.store.file_claim_at_intake(
        desk.tech,
        SERIAL,
        ClaimKind::Replacement,
        &replacement("US", ServiceChannel::Express, "2025-06-01"),
        d("2025-06-01"),
        intake,
    )
}

fn customers_keep_every_script_exactly_as_typed(b: Backend) {
    let desk = Desk::on(b);
    let people = [
        wang(),
        CustomerFields {
            name: "김민준".into(),
            phone: Some("010-1234-5678".into()),
            notes: Some("카카오톡으로 연락".into()),
            lang: Some("ko".into()),
            ..CustomerFields::default()
        },
        CustomerFields {
            name: "José Müller-Lüdenscheidt".into(),
            email: Some("jose.mueller@example.de".into()),
            lang: Some("de".into()),
            notes: Some("Ärger mit dem Akku; «bitte» zurückrufen".into()),
            ..CustomerFields::default()
        },
        CustomerFields {
            name: "فاطمة الزهراء".into(),
            notes: Some("تفضل التواصل بالبريد".into()),
            lang: Some("ar".into()),
            ..CustomerFields::default()
        },
        CustomerFields {
            name: "דוד כהן".into(),
            notes: Some("\u{200f}מעדיף טלפון\u{200f}".into()),
            lang: Some("he".into()),
            ..CustomerFields::default()
        },
        CustomerFields {
            name: "Nguyễn Thị Minh Khai".into(),
            address: Some("12 Phố Huế\nHà Nội".into()),
            ..CustomerFields::default()
        },
    ];
    let mut ids = Vec::new();
    for p in &people {
        let c = desk.store.add_customer(Some(desk.ssc), p).unwrap();
        assert_eq!(c.fields(), *p, "as added");
        ids.push(c.id);
    }
    // Read back by another workstation: byte for byte.
    let other = desk.reopen();
    for (id, p) in ids.iter().zip(&people) {
        assert_eq!(other.customer(*id).unwrap().fields(), *p);
    }
    // Each found by three characters of their name, whatever the script;
    // Latin case-insensitively.
    for (query, id) in [
        ("王小明", ids[0]),
        ("김민준", ids[1]),
        ("MÜLLER", ids[2]),
        ("زهر", ids[3]),
        ("כהן", ids[4]),
        ("nguyễn", ids[5]),
    ] {
        let found = other.find(query, 10).unwrap();
        let got: Vec<i64> = found.customers.iter().map(|c| c.id).collect();
        assert_eq!(got, vec![id], "{query}");
    }
    // The preferred language picks the papers' language the desk has.
    let c = other.customer(ids[1]).unwrap();
    assert_eq!(c.lang.as_deref(), Some("ko"));
    assert_eq!(
        c.papers_language,
        caredesk::i18n::Lang::from_locale("ko")
            .unwrap_or(caredesk::i18n::Lang::EN)
            .tag()
    );
    // Bad fields are refused with what is wrong, and nothing is added.
    for bad in [
        fields("  "),
        CustomerFields {
            email: Some("not-an-address".into()),
            ..fields("A")
        },
        CustomerFields {
            lang: Some("klingon language".into()),
            ..fields("A")
        },
    ] {
        assert!(matches!(
            desk.store.add_customer(Some(desk.ssc), &bad),
            Err(StoreError::Invalid(_))
        ));
    }
    assert!(desk.store.customer(ids[5] + 1).is_err());
}

fn an_edit_is_audited_by_field_names_and_its_values_kept_beside(b: Backend) {
    let desk = Desk::on(b);
    let c = desk.store.add_customer(Some(desk.ssc), &wang()).unwrap();
    let mut new = wang();
    new.phone = Some("+886 912 345 678".into());
    new.notes = None;
    let edited = desk.store.edit_customer(desk.tech, c.id, &new).unwrap();
    assert_eq!(edited.fields(), new);
    // An edit that changes nothing writes nothing.
    let before = desk.store.audit_log(1000).unwrap().len();
    desk.store.edit_customer(desk.tech, c.id, &new).unwrap();
    assert_eq!(desk.store.audit_log(1000).unwrap().len(), before);

    let log = desk.store.audit_log(1000).unwrap();
    let entry = log.iter().find(|a| a.action == "edit_customer").unwrap();
    assert_eq!(entry.subject, format!("customer:{}", c.id));
    assert_eq!(entry.who, "Tess Tech");
    assert_eq!(
        entry.details["fields"],
        serde_json::json!(["phone", "notes"])
    );
    // The log itself never holds their data.
    let text = serde_json::to_string(&log).unwrap();
    for needle in ["王小明", "2345 6789", "912 345", "Xiao.Ming", "LINE"] {
        assert!(!text.contains(needle), "audit log holds {needle}");
    }
    // The old and new values are there for the customer to see.
    let data = desk.store.customer_data(desk.sup, c.id).unwrap();
    assert_eq!(data.edits.len(), 1);
    let changes = data.edits[0].changes.as_ref().unwrap();
    assert_eq!(changes[0]["field"], "phone");
    assert_eq!(changes[0]["old"], "+886 2 2345 6789");
    assert_eq!(changes[0]["new"], "+886 912 345 678");
    assert_eq!(changes[1]["field"], "notes");
    assert!(changes[1]["new"].is_null());
    assert_eq!(data.edits[0].by.as_deref(), Some("Tess Tech"));
}

/// REP-PRIVACY: who recorded the acceptance, and when, is kept with the claim.
fn intake_links_the_customer_and_keeps_checklist_description_and_privacy_record(b: Backend) {
    let desk = desk_with_mavic(b);
    let c = file(&desk, &complete(Some(IntakeCustomer::New(wang())))).unwrap();
    assert_eq!(c.row.status, ClaimStatus::Approved);
    let customer = c.visit.customer.clone().unwrap();
    assert_eq!(customer.name.as_deref(), Some("王小明"));
    assert!(!customer.erased);
    let intake = c.visit.intake.clone().unwrap();
    assert!(intake.checklist_complete);
    assert!(!intake.incomplete_confirmed);
    assert_eq!(intake.checklist, Checklist::complete());
    assert_eq!(
        intake.description,
        "Hit a tree at 30 m; arm and gimbal broken. 機臂斷裂。"
    );
    assert_eq!(intake.privacy_recorded_by.as_deref(), Some("Tess Tech"));
    assert_eq!(intake.privacy_recorded_at, Some(intake.recorded_at));
    // The product now belongs to the customer; their detail lists both.
    let detail = desk.store.customer_detail(customer.id).unwrap();
    assert_eq!(detail.products.len(), 1);
    assert_eq!(detail.products[0].serial, SERIAL);
    assert_eq!(detail.claims.len(), 1);
    assert_eq!(detail.claims[0].id, c.row.id);
    assert_eq!(
        desk.store.product_customer(SERIAL).unwrap().unwrap().id,
        customer.id
    );

    // A second claim for the same customer, found: no new customer.
    let mut refused_input = replacement("US", ServiceChannel::Express, "2025-06-02");
    refused_input.privacy_accepted = false;
    let c2 = desk
        .store
        .file_claim_at_intake(
            desk.ssc,
            SERIAL,
            ClaimKind::Replacement,
            &refused_input,
            d("2025-06-02"),
            &complete(Some(IntakeCustomer::Existing(customer.id))),
        )
        .unwrap();
    assert!(c2.decision.failed.contains(&RuleId::RepPrivacy));
    let i2 = c2.visit.intake.unwrap();
    assert_eq!(
        i2.privacy_recorded_by, None,
        "not accepted: nobody recorded it"
    );
    assert_eq!(i2.privacy_recorded_at, None);
    assert_eq!(i2.recorded_by, "Sid SSC");
    assert_eq!(
        desk.store
            .customer_detail(customer.id)
            .unwrap()
            .claims
            .len(),
        2
    );

    // Shipping the replacement: the new unit belongs to the same customer.
    for a in [
        caredesk::desk::ClaimAction::AwaitProduct,
        caredesk::desk::ClaimAction::Receive { shipped: None },
        caredesk::desk::ClaimAction::ShipReplacement {
            new_serial: "1SSDH7R00B0002".into(),
        },
    ] {
        desk.store
            .advance_claim(desk.tech, &c.row.id, a, "")
            .unwrap();
    }
    assert_eq!(
        desk.store
            .product_customer("1SSDH7R00B0002")
            .unwrap()
            .unwrap()
            .id,
        customer.id
    );
    assert_eq!(
        desk.store
            .customer_detail(customer.id)
            .unwrap()
            .products
            .len(),
        2
    );
}

fn an_incomplete_checklist_needs_confirmation_and_writes_nothing_without_it(b: Backend) {
    let desk = desk_with_mavic(b);
    let audit_before = desk.store.audit_log(1000).unwrap().len();
    let cases = [
        Intake {
            checklist: Checklist::of([
                ChecklistItem::DataBackedUp,
                ChecklistItem::OnlyPartsToReplace,
            ]),
            ..complete(Some(IntakeCustomer::New(wang())))
        },
        Intake {
            description: "   ".into(),
            ..complete(None)
        },
    ];
    for intake in &cases {
        let e = file(&desk, intake).unwrap_err();
        let StoreError::NeedsConfirmation(why) = &e else {
            panic!("{e:?}")
        };
        assert!(!why.is_empty());
    }
    let e = file(&desk, &cases[0]).unwrap_err().to_string();
    assert!(e.contains("microSD"), "{e}");
    assert!(!e.contains("data backed up"), "{e}");
    // Nothing was written: no claim, no customer, no audit entry.
    assert_eq!(
        desk.store
            .count_claims(&caredesk::desk::ClaimFilter::default())
            .unwrap(),
        0
    );
    assert!(desk.store.find("王小明", 5).unwrap().customers.is_empty());
    assert_eq!(desk.store.audit_log(1000).unwrap().len(), audit_before);

    // Confirmed: filed, and the claim says it was filed incomplete.
    let confirmed = Intake {
        confirm_incomplete: true,
        ..cases[0].clone()
    };
    let c = file(&desk, &confirmed).unwrap();
    let intake = c.visit.intake.unwrap();
    assert!(!intake.checklist_complete);
    assert!(intake.incomplete_confirmed);
    assert!(!intake.checklist.is_ticked(ChecklistItem::MicrosdRemoved));
    assert!(intake.checklist.is_ticked(ChecklistItem::DataBackedUp));
}

fn the_search_finds_any_part_of_serials_claim_ids_names_phones_and_emails(b: Backend) {
    let mut desk = desk_with_mavic(b);
    desk.product(
        "1SSDH7R00A0002",
        "DJI Mavic 3",
        "US",
        Term::OneYear,
        "2025-03-15",
    );
    desk.product(
        "3YTBH4X00Z0777",
        "DJI Mini 2",
        "US",
        Term::OneYear,
        "2025-03-15",
    );
    let c = file(&desk, &complete(Some(IntakeCustomer::New(wang())))).unwrap();
    let id = c.row.id.clone();
    let kim = desk
        .store
        .add_customer(
            None,
            &CustomerFields {
                name: "Kim Min-jun".into(),
                phone: Some("+82 10-1234-5678".into()),
                email: Some("minjun.kim@example.kr".into()),
                ..CustomerFields::default()
            },
        )
        .unwrap();
    let s = &desk.store;

    // A serial by its middle; both units of that prefix, exact match first.
    let hits = s.find("h7r00a", 10).unwrap();
    let serials: Vec<&str> = hits.products.iter().map(|p| p.serial.as_str()).collect();
    assert_eq!(serials, ["1SSDH7R00A0001", "1SSDH7R00A0002"]);
    assert_eq!(
        s.find("1SSDH7R00A0002", 10).unwrap().products[0].serial,
        "1SSDH7R00A0002"
    );
    assert_eq!(
        hits.products[0].customer_id,
        c.visit.customer.as_ref().map(|x| x.id)
    );
    // The claim by a part of its id, and by its serial; with its customer.
    let by_id = s.find(&id[8..], 10).unwrap();
    assert_eq!(by_id.claims.len(), 1);
    assert_eq!(by_id.claims[0].id, id);
    assert_eq!(by_id.claims[0].customer_name.as_deref(), Some("王小明"));
    assert_eq!(s.find("00A0001", 10).unwrap().claims[0].id, id);
    // Customers by name, email (any case), phone as typed or by digits.
    for q in [
        "Min-j",
        "MINJUN.KIM",
        "example.kr",
        "1234-5678",
        "12345678",
        "10 1234",
    ] {
        let got: Vec<i64> = s
            .find(q, 10)
            .unwrap()
            .customers
            .iter()
            .map(|c| c.id)
            .collect();
        assert_eq!(got, vec![kim.id], "{q}");
    }
    assert_eq!(s.find("2345 6789", 10).unwrap().customers.len(), 1);
    // Nothing across two fields, nothing that is not there.
    assert!(s.find("jun\nminjun", 10).unwrap().customers.is_empty());
    assert!(s.find("zzz", 10).unwrap().customers.is_empty());
    // Fewer than 3 characters: refused, not a full scan.
    assert!(matches!(s.find("1S", 10), Err(StoreError::Invalid(_))));
    assert!(matches!(s.find(" 王小 ", 10), Err(StoreError::Invalid(_))));
    // More than the limit says so.
    let few = s.find("1SSDH7", 1).unwrap();
    assert_eq!(few.products.len(), 1);
    assert!(few.more);
    // An edit is searchable at once; the old value no longer is.
    let mut k = kim.fields();
    k.email = Some("mj@example.com".into());
    s.edit_customer(desk.tech, kim.id, &k).unwrap();
    assert!(s.find("minjun.kim", 10).unwrap().customers.is_empty());
    assert_eq!(s.find("mj@ex", 10).unwrap().customers.len(), 1);
}

fn selling_and_binding_cr_plus_link_the_product_to_the_customer(b: Backend) {
    let mut desk = Desk::on(b);
    desk.product(
        "1SPLUS0000001",
        "DJI Mavic 3",
        "US",
        Term::OneYear,
        "2025-03-15",
    );
    desk.product(
        "1SPLUS0000002",
        "DJI Mavic 3",
        "US",
        Term::OneYear,
        "2025-03-15",
    );
    let a = desk.store.add_customer(None, &fields("Ana Ortiz")).unwrap();
    let bee = desk.store.add_customer(None, &fields("Bea Lind")).unwrap();
    desk.store
        .buy_plus_for(
            desk.ssc,
            "1SPLUS0000001",
            r("US"),
            d("2025-05-01"),
            Some(a.id),
        )
        .unwrap();
    assert_eq!(
        desk.store
            .product_customer("1SPLUS0000001")
            .unwrap()
            .unwrap()
            .id,
        a.id
    );
    desk.store
        .add_activation_card(desk.ssc, "CARD-0001", r("US"))
        .unwrap();
    desk.store
        .bind_activation_card_for(
            desk.ssc,
            "CARD-0001",
            "1SPLUS0000002",
            d("2025-05-01"),
            Some(bee.id),
        )
        .unwrap();
    assert_eq!(
        desk.store
            .product_customer("1SPLUS0000002")
            .unwrap()
            .unwrap()
            .id,
        bee.id
    );
    // A product belongs to one customer.
    assert!(
        desk.store
            .link_customer(desk.ssc, "1SPLUS0000002", a.id)
            .is_err()
    );
    desk.store
        .link_customer(desk.ssc, "1SPLUS0000002", bee.id)
        .unwrap();
}

fn the_customers_data_export_holds_everything_about_them(b: Backend) {
    let desk = desk_with_mavic(b);
    let c = file(&desk, &complete(Some(IntakeCustomer::New(wang())))).unwrap();
    let customer = c.visit.customer.unwrap().id;
    desk.store
        .attach_photo(desk.tech, &c.row.id, "damage.png", png(64, 48))
        .unwrap();
    desk.store
        .sign_claim(desk.tech, &c.row.id, &signature())
        .unwrap();
    let data = desk.store.customer_data(desk.sup, customer).unwrap();
    assert_eq!(data.format, "caredesk.customer-data.v1");
    assert_eq!(data.customer.fields(), wang());
    assert_eq!(data.products.len(), 1);
    assert_eq!(data.claims.len(), 1);
    let claim = &data.claims[0];
    assert_eq!(claim.row.id, c.row.id);
    assert!(claim.decision.approved());
    assert_eq!(claim.events.len(), 2);
    assert_eq!(claim.visit.photos.len(), 1);
    assert_eq!(claim.visit.photos[0].sha256.len(), 64);
    assert!(claim.visit.signature.as_ref().unwrap().strokes > 0);
    let actions: Vec<&str> = data.audit.iter().map(|a| a.action.as_str()).collect();
    for a in [
        "add_customer",
        "file_claim",
        "intake",
        "attach_photo",
        "sign_claim",
        "register_product",
    ] {
        assert!(actions.contains(&a), "{a} in {actions:?}");
    }
    // Looking at their data is itself audited.
    assert!(
        desk.store
            .audit_log(5)
            .unwrap()
            .iter()
            .any(|a| a.action == "export_customer_data"
                && a.subject == format!("customer:{customer}"))
    );
    // The JSON file, written all or nothing.
    let out = desk
        .db
        .dir()
        .join(format!("customer-{customer}-{}.json", b as u8));
    caredesk::report::customer::write_customer_data(&out, &data).unwrap();
    let back: serde_json::Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    assert_eq!(back["customer"]["name"], "王小明");
    assert_eq!(
        back["claims"][0]["visit"]["photos"][0]["name"],
        "damage.png"
    );
    let _ = std::fs::remove_file(&out);
}

/// Values a forgotten customer had, in every form the desk kept them.
const NEEDLES: &[&str] = &[
    "王小明",
    "+886 2 2345 6789",
    "886223456789",
    "Xiao.Ming@Example.tw",
    "xiao.ming@example.tw",
    "市府路 45 號",
    "請用 LINE 聯絡",
    // From an edit: the old phone and the new one.
    "+886 912 345 678",
    "886912345678",
];

fn forgetting_erases_their_fields_everywhere_and_keeps_the_claims(b: Backend) {
    let desk = desk_with_mavic(b);
    let c = file(&desk, &complete(Some(IntakeCustomer::New(wang())))).unwrap();
    let id = c.visit.customer.clone().unwrap().id;
    let mut edited = wang();
    edited.phone = Some("+886 912 345 678".into());
    desk.store.edit_customer(desk.tech, id, &edited).unwrap();
    desk.store
        .sign_claim(desk.tech, &c.row.id, &signature())
        .unwrap();
    let other = desk
        .store
        .add_customer(None, &fields("Otto Other"))
        .unwrap();

    // A supervisor with their PIN only; refusals are audited.
    assert!(matches!(
        desk.store.forget_customer(desk.tech, PIN, id),
        Err(StoreError::NotAllowed(_))
    ));
    assert!(matches!(
        desk.store.forget_customer(desk.sup, "0000", id),
        Err(StoreError::NotAllowed(_))
    ));
    assert!(
        desk.store
            .audit_log(10)
            .unwrap()
            .iter()
            .any(|a| a.action == "denied_forget_customer")
    );
    assert!(!desk.store.customer(id).unwrap().erased);

    let report = desk.store.forget_customer(desk.sup, PIN, id).unwrap();
    assert!(report.customer.erased);
    assert_eq!(report.customer.fields(), CustomerFields::default());
    assert_eq!(report.customer.display_name(), "erased");
    assert_eq!((report.claims, report.products), (1, 1));
    assert_eq!(report.erased.edits_redacted, 1);
    assert_eq!(report.erased.signatures_erased, 1);
    assert!(report.scrub.complete, "{:?}", report.scrub);

    // The claim, its decision and events stay, showing "erased".
    let after = desk.store.claim(&c.row.id).unwrap();
    assert_eq!(after.row, c.row);
    assert_eq!(after.decision, c.decision);
    assert_eq!(after.events, c.events);
    let who = after.visit.customer.unwrap();
    assert!(who.erased && who.name.is_none());
    assert_eq!(
        after.visit.intake.unwrap().description,
        c.visit.intake.unwrap().description
    );
    let sig = desk.store.signature(&c.row.id).unwrap().unwrap();
    assert!(sig.erased && sig.signature.is_none());
    // Nothing finds them; nothing new can use them; the edit history is redacted.
    for q in ["王小明", "2345", "xiao.ming", "912 345"] {
        assert!(desk.store.find(q, 10).unwrap().customers.is_empty(), "{q}");
    }
    assert_eq!(
        desk.store.find("Otto", 10).unwrap().customers[0].id,
        other.id
    );
    assert!(desk.store.edit_customer(desk.tech, id, &wang()).is_err());
    assert!(file(&desk, &complete(Some(IntakeCustomer::Existing(id)))).is_err());
    assert!(desk.store.forget_customer(desk.sup, PIN, id).is_err());
    let data = desk.store.customer_data(desk.sup, id).unwrap();
    assert!(
        data.edits
            .iter()
            .all(|e| e.changes.is_none() && e.redacted_at.is_some())
    );
    assert!(data.audit.iter().any(|a| a.action == "forget_customer"));
    // Exports show "erased".
    let page = desk
        .store
        .claims_for_report(&Default::default(), Some(&c.row.id), None, 10)
        .unwrap();
    let report = caredesk::report::source::claim_report(
        desk.store.catalog(),
        page[0].clone(),
        d("2025-06-02"),
    );
    let row = caredesk::report::csv::ClaimCsvRow::from_claim(&report);
    assert_eq!(row.customer_id, id.to_string());
    assert_eq!(row.customer_name, "erased");

    // And no row of any table holds their old values.
    no_row_holds(&desk, NEEDLES);
    if b == Backend::Sqlite {
        no_byte_of_the_files_holds(&desk, NEEDLES);
    } else {
        no_page_of_the_rewritten_tables_holds(&desk, NEEDLES);
    }
}

/// Every table's every row, as text, searched for the values.
fn no_row_holds(desk: &Desk, needles: &[&str]) {
    match b_of(desk) {
        Backend::Sqlite => {
            let c = rusqlite::Connection::open(desk.path()).unwrap();
            let tables: Vec<String> = c
                .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
                .unwrap()
                .query_map([], |r| r.get(0))
                .unwrap()
                .collect::<Result<_, _>>()
                .unwrap();
            assert!(tables.iter().any(|t| t == "customers"));
            for t in tables {
                let mut st = c.prepare(&format!("SELECT * FROM \"{t}\"")).unwrap();
                let n = st.column_count();
                let mut rows = st.query([]).unwrap();
                while let Some(row) = rows.next().unwrap() {
                    for i in 0..n {
                        let text = match row.get_ref(i).unwrap() {
                            rusqlite::types::ValueRef::Text(b)
                            | rusqlite::types::ValueRef::Blob(b) => {
                                String::from_utf8_lossy(b).into_owned()
                            }
                            _ => continue,
                        };
                        for n in needles {
                            assert!(!text.contains(n), "{t} holds {n}");
                        }
                    }
                }
            }
        }
        Backend::Postgres => {
            let schema = desk.db.schema().unwrap().to_owned();
            let mut c =
                ::postgres::Client::connect(&store_support::pg_admin_url(), ::postgres::NoTls)
                    .unwrap();
            let tables: Vec<String> = c
                .query(
                    "SELECT tablename::text FROM pg_tables WHERE schemaname = $1",
                    &[&schema],
                )
                .unwrap()
                .iter()
                .map(|r| r.get(0))
                .collect();
            assert!(tables.iter().any(|t| t == "customers"));
            for t in tables {
                for n in needles {
                    let hits: i64 = c
                        .query_one(
                            &format!(
                                "SELECT count(*) FROM {schema}.\"{t}\" x WHERE strpos(x::text, $1) > 0"
                            ),
                            &[n],
                        )
                        .unwrap()
                        .get(0);
                    assert_eq!(hits, 0, "{t} holds {n}");
                }
            }
        }
    }
}

fn b_of(desk: &Desk) -> Backend {
    desk.db.backend()
}

fn contains_bytes(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

/// SQLite: the database file, its WAL and shared-memory file, byte by byte,
/// while the desk still has them open.
fn no_byte_of_the_files_holds(desk: &Desk, needles: &[&str]) {
    let path = desk.path();
    let mut files = vec![path.clone()];
    for ext in ["-wal", "-shm"] {
        let mut p = path.clone().into_os_string();
        p.push(ext);
        files.push(p.into());
    }
    let mut seen_any = false;
    for f in files {
        let Ok(bytes) = std::fs::read(&f) else {
            continue;
        };
        seen_any = true;
        for n in needles {
            assert!(
                !contains_bytes(&bytes, n.as_bytes()),
                "{} still holds {n}",
                f.display()
            );
        }
    }
    assert!(seen_any);
    // The search index has no trigram of their name left either.
    let c = rusqlite::Connection::open(&path).unwrap();
    c.execute_batch(
        "CREATE VIRTUAL TABLE temp.words USING fts5vocab(main, customer_search, 'row')",
    )
    .unwrap();
    for trigram in ["王小明", "xia", "234"] {
        let n: i64 = c
            .query_row(
                "SELECT count(*) FROM temp.words WHERE term = ?1",
                [trigram],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(n, 0, "the index still holds {trigram}");
    }
}

/// PostgreSQL: the rewritten tables' files (heap, TOAST, indexes) on disk,
/// when this test may read the server's data directory (a local test server).
fn no_page_of_the_rewritten_tables_holds(desk: &Desk, needles: &[&str]) {
    let schema = desk.db.schema().unwrap().to_owned();
    let mut c =
        ::postgres::Client::connect(&store_support::pg_admin_url(), ::postgres::NoTls).unwrap();
    let Ok(row) = c.query_one("SHOW data_directory", &[]) else {
        eprintln!("no data_directory: the pages of the tables are not read");
        return;
    };
    let data: String = row.get(0);
    let files: Vec<String> = c
        .query(
            "SELECT pg_relation_filepath(c.oid) FROM pg_class c
             JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = $1 AND c.relkind IN ('r', 'i', 't')
               AND (c.relname IN ('customers', 'customer_changes', 'claim_signatures')
                    OR c.oid IN (SELECT indexrelid FROM pg_index WHERE indrelid IN
                        (SELECT oid FROM pg_class WHERE relnamespace = n.oid
                           AND relname IN ('customers', 'customer_changes', 'claim_signatures')))
                    OR c.oid IN (SELECT reltoastrelid FROM pg_class WHERE relnamespace = n.oid
                           AND relname IN ('customers', 'customer_changes', 'claim_signatures')))",
            &[&schema],
        )
        .unwrap()
        .iter()
        .filter_map(|r| r.get::<_, Option<String>>(0))
        .collect();
    let mut read = 0;
    for f in files {
        let Ok(bytes) = std::fs::read(std::path::Path::new(&data).join(&f)) else {
            continue;
        };
        read += 1;
        for n in needles {
            assert!(!contains_bytes(&bytes, n.as_bytes()), "{f} still holds {n}");
        }
    }
    if read == 0 {
        eprintln!("the server's data directory is not readable here: pages not checked");
    }
}

fn photos_are_kept_in_the_database_with_their_hash_and_thumbnail(b: Backend) {
    let desk = desk_with_mavic(b);
    let c = file(&desk, &complete(None)).unwrap();
    let id = c.row.id.clone();
    let j = jpeg(1600, 1200);
    let p = png(300, 200);
    let first = desk
        .store
        .attach_photo(desk.tech, &id, "IMG_0001.JPG", j.clone())
        .unwrap();
    assert_eq!(first.mime, "image/jpeg");
    assert_eq!((first.width, first.height), (1600, 1200));
    assert_eq!(first.size, j.len() as u64);
    assert_eq!(first.sha256, caredesk::media::photo::sha256_hex(&j));
    let thumb = image::load_from_memory(&first.thumbnail_png).unwrap();
    assert_eq!((thumb.width(), thumb.height()), (320, 240));
    // Later, from another workstation, a PNG.
    let second = desk
        .reopen()
        .attach_photo(desk.ssc, &id.to_lowercase(), "close-up.png", p.clone())
        .unwrap();
    assert_eq!(second.mime, "image/png");
    // The originals come back byte for byte.
    assert_eq!(desk.store.photo(first.id).unwrap().bytes, j);
    assert_eq!(desk.store.photo(second.id).unwrap().bytes, p);
    let shown = desk.store.claim(&id).unwrap().visit.photos;
    assert_eq!(
        shown.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(),
        ["IMG_0001.JPG", "close-up.png"]
    );

    // Refused, with a clear message, and nothing kept: a truncated JPEG, a
    // truncated PNG, HEIC, not a photo, the same photo twice, no such claim.
    let before = desk.store.photos(&id).unwrap().len();
    let heic = [&[0, 0, 0, 24][..], b"ftypheic", &[0; 12]].concat();
    for (name, bytes, says) in [
        (
            "cut.jpg",
            j[..j.len() / 2].to_vec(),
            "damaged or incomplete",
        ),
        (
            "cut.png",
            p[..p.len() - 30].to_vec(),
            "damaged or incomplete",
        ),
        ("phone.heic", heic, "HEIC"),
        ("notes.txt", b"just text".to_vec(), "not a JPEG or PNG"),
        ("again.jpg", j.clone(), "already attached"),
    ] {
        let e = desk
            .store
            .attach_photo(desk.tech, &id, name, bytes)
            .unwrap_err();
        assert!(matches!(e, StoreError::Invalid(_)), "{name}: {e:?}");
        assert!(e.to_string().contains(says), "{name}: {e}");
    }
    assert_eq!(desk.store.photos(&id).unwrap().len(), before);
    assert!(matches!(
        desk.store
            .attach_photo(desk.tech, "CL-2099-000001", "x.png", p),
        Err(StoreError::NotFound(_))
    ));
}

fn a_signature_is_kept_with_the_claim_exactly(b: Backend) {
    let desk = desk_with_mavic(b);
    let c = file(&desk, &complete(None)).unwrap();
    assert!(desk.store.signature(&c.row.id).unwrap().is_none());
    desk.store
        .sign_claim(desk.tech, &c.row.id, &signature())
        .unwrap();
    let s = desk.store.signature(&c.row.id).unwrap().unwrap();
    assert_eq!(s.signature.unwrap().strokes, signature().strokes);
    assert_eq!(s.recorded_by, "Tess Tech");
    let info = desk
        .store
        .claim(&c.row.id)
        .unwrap()
        .visit
        .signature
        .unwrap();
    assert_eq!((info.strokes, info.png, info.erased), (2, false, false));
    // Signing again replaces it; a PNG may come with it.
    let again = Signature {
        strokes: vec![vec![[0.2, 0.2], [0.8, 0.8]]],
        png: Some(png(200, 80)),
    };
    desk.store.sign_claim(desk.ssc, &c.row.id, &again).unwrap();
    let s = desk.store.signature(&c.row.id).unwrap().unwrap();
    assert_eq!(s.signature.as_ref().unwrap().strokes.len(), 1);
    assert_eq!(s.signature.unwrap().png, again.png);
    // Outside the signing area, empty, or a broken picture: refused.
    for bad in [
        Signature {
            strokes: vec![vec![[0.5, 1.5]]],
            png: None,
        },
        Signature::default(),
        Signature {
            strokes: vec![vec![[0.5, 0.5]]],
            png: Some(b"\x89PNG\r\n\x1a\n".to_vec()),
        },
    ] {
        assert!(matches!(
            desk.store.sign_claim(desk.tech, &c.row.id, &bad),
            Err(StoreError::Invalid(_))
        ));
    }
}

fn claim_reports_carry_the_customer(b: Backend) {
    let desk = desk_with_mavic(b);
    let with = file(&desk, &complete(Some(IntakeCustomer::New(wang())))).unwrap();
    let without = desk
        .store
        .file_claim(
            desk.tech,
            SERIAL,
            ClaimKind::Replacement,
            &replacement("US", ServiceChannel::Express, "2025-06-03"),
            d("2025-06-03"),
        )
        .unwrap();
    let page = desk
        .store
        .claims_for_report(&Default::default(), None, None, 10)
        .unwrap();
    let of = |id: &str| page.iter().find(|c| c.id == id).unwrap().clone();
    let w = caredesk::report::source::claim_report(
        desk.store.catalog(),
        of(&with.row.id),
        d("2025-06-03"),
    );
    let customer = w.customer.clone().unwrap();
    assert_eq!(customer.name.as_deref(), Some("王小明"));
    assert!(!customer.erased);
    let row = caredesk::report::csv::ClaimCsvRow::from_claim(&w);
    assert_eq!(row.customer_name, "王小明");
    let wo = caredesk::report::source::claim_report(
        desk.store.catalog(),
        of(&without.row.id),
        d("2025-06-03"),
    );
    assert!(wo.customer.is_none());
    assert_eq!(
        caredesk::report::csv::ClaimCsvRow::from_claim(&wo).customer_id,
        ""
    );
    assert_eq!(
        serde_json::to_value(&w).unwrap()["customer"],
        serde_json::json!({"id": customer.id, "name": "王小明", "erased": false})
    );
}

fn file_with(
    desk: &Desk,
    intake: &Intake,
    attached: &IntakeAttachments,
) -> Result<caredesk::desk::ClaimDetail, StoreError> {
    desk.store.file_claim_at_intake_with(
        desk.tech,
        SERIAL,
        ClaimKind::Replacement,
        &replacement("US", ServiceChannel::Express, "2025-06-01"),
        d("2025-06-01"),
        intake,
        attached,
    )
}

fn read(name: &str, bytes: Vec<u8>) -> Arc<Photo> {
    Arc::new(Photo::read(name, bytes).expect("a real photo"))
}

/// What filing wrote: claims, customers found by name, photos of the
/// claims, audit entries.
fn written(desk: &Desk) -> (usize, usize, usize) {
    let claims = desk
        .store
        .count_claims(&caredesk::desk::ClaimFilter::default())
        .unwrap();
    let customers = desk.store.find("王小明", 5).unwrap().customers.len();
    let audit = desk.store.audit_log(1000).unwrap().len();
    (claims, customers, audit)
}

/// The photos and the signature taken at the counter are filed in the
/// claim's own transaction: all of it, or — when a photo cannot be kept —
/// nothing at all (no claim, no new customer, no photo, no audit entry).
fn intake_photos_and_signature_are_filed_with_the_claim_or_not_at_all(b: Backend) {
    let desk = desk_with_mavic(b);
    let j = jpeg(640, 480);
    let p = png(120, 90);
    let intake = complete(Some(IntakeCustomer::New(wang())));
    let nothing = written(&desk);

    // The same photo twice: refused, named, before anything is written.
    let twice = IntakeAttachments {
        photos: vec![read("arm.jpg", j.clone()), read("arm-again.jpg", j.clone())],
        signature: Some(signature()),
    };
    let e = file_with(&desk, &intake, &twice).unwrap_err();
    assert!(matches!(e, StoreError::Invalid(_)), "{e:?}");
    assert!(
        e.to_string()
            .contains("arm.jpg and arm-again.jpg are the same photo"),
        "{e}"
    );
    assert_eq!(written(&desk), nothing, "nothing filed");

    // A photo the database itself refuses (no bytes: its CHECK on the
    // size), after the claim, the customer and a first photo were written
    // in the transaction: all rolled back.
    let mut empty = (*read("empty.png", p.clone())).clone();
    empty.bytes.clear();
    empty.sha256 = caredesk::media::photo::sha256_hex(&[]);
    let refused = IntakeAttachments {
        photos: vec![read("arm.jpg", j.clone()), Arc::new(empty)],
        signature: None,
    };
    assert!(file_with(&desk, &intake, &refused).is_err());
    assert_eq!(written(&desk), nothing, "nothing filed");

    // An empty signature is refused before anything is written.
    let unsigned = IntakeAttachments {
        photos: vec![read("arm.jpg", j.clone())],
        signature: Some(Signature {
            strokes: vec![vec![]],
            png: None,
        }),
    };
    assert!(matches!(
        file_with(&desk, &intake, &unsigned),
        Err(StoreError::Invalid(_))
    ));
    assert_eq!(written(&desk), nothing, "nothing filed");

    // All of it: the claim with its customer, both photos in order (the
    // originals byte for byte) and the signature, each audited.
    let all = IntakeAttachments {
        photos: vec![read("arm.jpg", j.clone()), read("close-up.png", p.clone())],
        signature: Some(signature()),
    };
    let c = file_with(&desk, &intake, &all).unwrap();
    let id = c.row.id.clone();
    assert_eq!(
        c.visit.customer.as_ref().unwrap().name.as_deref(),
        Some("王小明")
    );
    let names: Vec<&str> = c.visit.photos.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["arm.jpg", "close-up.png"]);
    assert_eq!(desk.store.photo(c.visit.photos[0].id).unwrap().bytes, j);
    assert_eq!(desk.store.photo(c.visit.photos[1].id).unwrap().bytes, p);
    let kept = desk.store.signature(&id).unwrap().expect("signed");
    assert_eq!(kept.signature.unwrap().strokes, signature().strokes);
    assert_eq!(kept.recorded_by, "Tess Tech");
    let log = desk.store.audit_log(1000).unwrap();
    let of_claim = |action: &str| {
        log.iter()
            .filter(|a| a.action == action && a.subject == id)
            .count()
    };
    assert_eq!(of_claim("file_claim"), 1);
    assert_eq!(of_claim("intake"), 1);
    assert_eq!(of_claim("attach_photo"), 2);
    assert_eq!(of_claim("sign_claim"), 1);
    let (claims, customers, _) = written(&desk);
    assert_eq!((claims, customers), (1, 1));
}

on_both_backends!(
    customers_keep_every_script_exactly_as_typed,
    an_edit_is_audited_by_field_names_and_its_values_kept_beside,
    intake_links_the_customer_and_keeps_checklist_description_and_privacy_record,
    an_incomplete_checklist_needs_confirmation_and_writes_nothing_without_it,
    the_search_finds_any_part_of_serials_claim_ids_names_phones_and_emails,
    selling_and_binding_cr_plus_link_the_product_to_the_customer,
    the_customers_data_export_holds_everything_about_them,
    forgetting_erases_their_fields_everywhere_and_keeps_the_claims,
    photos_are_kept_in_the_database_with_their_hash_and_thumbnail,
    a_signature_is_kept_with_the_claim_exactly,
    claim_reports_carry_the_customer,
    intake_photos_and_signature_are_filed_with_the_claim_or_not_at_all,
);

/// `migrate` copies customers, intake records, photos and signatures, and
/// the search works on the copy (its index is built as the rows arrive).
#[test]
fn migrate_copies_the_visit_and_the_search_follows() {
    if !store_support::pg_enabled() {
        return;
    }
    let desk = desk_with_mavic(Backend::Sqlite);
    let c = file(&desk, &complete(Some(IntakeCustomer::New(wang())))).unwrap();
    let customer = c.visit.customer.clone().unwrap().id;
    desk.store
        .attach_photo(desk.tech, &c.row.id, "d.jpg", jpeg(64, 64))
        .unwrap();
    desk.store
        .sign_claim(desk.tech, &c.row.id, &signature())
        .unwrap();
    let mut edited = wang();
    edited.notes = None;
    desk.store
        .edit_customer(desk.tech, customer, &edited)
        .unwrap();
    let gone = desk.store.add_customer(None, &fields("Gone Away")).unwrap();
    desk.store.forget_customer(desk.sup, PIN, gone.id).unwrap();
    let source_counts = desk.store.storage().read().unwrap().counts().unwrap();
    assert_eq!(source_counts.customers, 2);
    assert_eq!(source_counts.photos, 1);

    let pg = store_support::TestDb::new(Backend::Postgres);
    let summary = caredesk::desk::migrate(&desk.db.location, &pg.location).unwrap();
    assert_eq!(summary.copied, source_counts);
    let target = pg.open();
    let a = desk.store.claim(&c.row.id).unwrap();
    let b = target.claim(&c.row.id).unwrap();
    assert_eq!(a.visit, b.visit);
    assert_eq!(
        target.customer_detail(customer).unwrap().customer,
        desk.store.customer_detail(customer).unwrap().customer
    );
    assert!(target.customer(gone.id).unwrap().erased);
    let photo = a.visit.photos[0].id;
    assert_eq!(
        target.photo(photo).unwrap(),
        desk.store.photo(photo).unwrap()
    );
    assert_eq!(target.find("王小明", 5).unwrap().customers[0].id, customer);
    assert_eq!(target.find("H7R00A", 5).unwrap().products.len(), 1);
    assert_eq!(target.find(&c.row.id[3..], 5).unwrap().claims.len(), 1);
    // New rows continue after the copied ids.
    let next = target.add_customer(None, &fields("After Migrate")).unwrap();
    assert!(next.id > gone.id);
}
