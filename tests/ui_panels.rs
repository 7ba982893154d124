//! Each panel headless (egui_kittest, no GPU) on a real temp SQLite database
//! filled with the store's demo data. Tests assert state and what the
//! widgets show, never pixels.

mod ui_support;
use caredesk::catalog::Catalog;
use caredesk::desk::{ClaimFilter, ClaimStatus, DemoSummary, Desk as Store};
use caredesk::report::ExportFormat;
use caredesk::report::job::{ExportContent, ExportJob};
use caredesk::report::source::ClaimSelection;
use caredesk::rules::PlanKind;
use caredesk::ui::{CareDeskApp, Command, Panel};
use chrono::NaiveDate;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use std::sync::Arc;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
}

struct Desk {
    _dir: tempfile::TempDir,
    path: std::path::PathBuf,
    demo: DemoSummary,
}

impl Desk {
    fn new() -> (Desk, Store) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("panels.sqlite3");
        let store =
            Store::open_or_create_path(&path, Arc::new(Catalog::builtin().unwrap())).unwrap();
        let demo = store.load_demo(50, today(), &|_| true).unwrap();
        (
            Desk {
                _dir: dir,
                path,
                demo,
            },
            store,
        )
    }

    /// The demo serial for a situation (DemoSummary::sample_serials).
    fn serial(&self, situation: &str) -> String {
        self.demo
            .sample_serials
            .iter()
            .find(|(what, _)| what == situation)
            .map(|(_, s)| s.clone())
            .unwrap_or_else(|| panic!("demo has no `{situation}`: {:?}", self.demo.sample_serials))
    }
}

/// The PIN the README lists for a demo staff member.
fn demo_pin(staff: &str) -> &'static str {
    caredesk::desk::DEMO_STAFF
        .iter()
        .find(|(name, _, _)| *name == staff)
        .and_then(|(_, _, pin)| *pin)
        .expect("a demo staff member with a PIN")
}

/// An app with the demo data, `staff` signed in through the start dialog
/// (their name chosen, their PIN typed, Enter).
fn harness(store: Store, staff: &str) -> Harness<'static, CareDeskApp> {
    let app = CareDeskApp::new_for_test(store, today());
    let mut h = Harness::builder()
        .with_size([1280.0, 800.0])
        .with_context_setup(ui_support::workstation_fonts)
        .build_ui_state(|ui, app: &mut CareDeskApp| app.ui(ui), app);
    h.run();
    h.get_by_label_contains(staff).click();
    h.run();
    h.get_by_label("Your PIN:").type_text(demo_pin(staff));
    h.key_press(Key::Enter);
    h.run();
    assert!(h.state().current_staff().is_some());
    h
}

fn open(h: &mut Harness<'static, CareDeskApp>, serial: &str) {
    h.get_by_label("Serial").click();
    h.run();
    h.get_by_label("Serial").type_text(serial);
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(h.state().product.as_ref().unwrap().product.serial, serial);
}

#[test]
fn keyboard_switches_panels_and_f2_refocuses_the_serial_field() {
    let (_desk, store) = Desk::new();
    let mut h = harness(store, "Sami SSC");
    assert!(
        h.get_by_label("Serial").is_focused(),
        "scanner-ready after choosing staff"
    );
    for (n, key) in [
        Key::Num1,
        Key::Num2,
        Key::Num3,
        Key::Num4,
        Key::Num5,
        Key::Num6,
        Key::Num7,
    ]
    .into_iter()
    .enumerate()
    {
        h.key_press_modifiers(Modifiers::COMMAND, key);
        h.run();
        assert_eq!(h.state().state.panel, Panel::ALL[n]);
    }
    h.get_by_label("Name:").click();
    h.run();
    assert!(!h.get_by_label("Serial").is_focused());
    h.key_press(Key::F2);
    h.run();
    assert!(h.get_by_label("Serial").is_focused());
    // Esc in the serial field clears it and keeps it ready.
    h.get_by_label("Serial").type_text("1SABC");
    h.run();
    h.key_press(Key::Escape);
    h.run();
    assert_eq!(h.state().serial_input, "");
}

#[test]
fn unknown_serial_is_explained_in_the_window_and_search_finds_partials() {
    let (desk, store) = Desk::new();
    let mut h = harness(store, "Sami SSC");
    h.get_by_label("Serial").type_text("NO-SUCH-SERIAL");
    h.key_press(Key::Enter);
    h.run();
    let msg = h.state().message.clone().unwrap();
    assert!(msg.error);
    h.get_by_label_contains("No product has the serial “NO-SUCH-SERIAL”");
    assert_eq!(h.state().state.panel, Panel::Lookup);

    // Partial serial search lists hits; a click opens the product.
    let serial = desk.serial("CR+ in effect");
    let part = &serial[..serial.len() - 3];
    assert_eq!(
        h.state().serial_input,
        "",
        "the scanner field is ready again"
    );
    h.get_by_label("Search:").click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.get_by_label("Search:").type_text(part);
    h.key_press(Key::Enter);
    h.run();
    assert!(!h.state().panels.lookup.hits.is_empty());
    h.get_by_label(&serial).click();
    h.run();
    assert_eq!(h.state().state.panel, Panel::Plans);
    assert_eq!(h.state().state.recent.first(), Some(&serial));
}

#[test]
fn plan_status_shows_both_plans_relative_dates_and_the_european_cap() {
    let (desk, store) = Desk::new();
    let mut h = harness(store, "Sami SSC");
    open(
        &mut h,
        &desk.serial("CR+ in effect, European variant (no extended warranty)"),
    );
    h.get_by_label("Care Refresh");
    h.get_by_label("Care Refresh+");
    h.get_by_label("not offered (European variant)");
    h.get_by_label_contains("(European cap)");
    h.get_by_label("INT-EUROPEAN-CAP");
    let plus = h.state().product.as_ref().unwrap().plus.clone().unwrap();
    let days = (plus.ends - today()).num_days();
    h.get_by_label_contains(&format!("(ends in {days} days)"));
    h.get_by_label_contains(&plus.valid_through.format("%Y-%m-%d").to_string());
}

#[test]
fn withdrawal_is_confirmed_first_esc_cancels_enter_confirms() {
    let (desk, store) = Desk::new();
    let mut h = harness(store, "Sami SSC");
    let serial = desk.serial("CR+ in effect");
    open(&mut h, &serial);
    h.get_by_label("Confirm withdrawal from Care Refresh+…")
        .click();
    h.run();
    h.get_by_label("Withdraw from Care Refresh+");
    h.key_press(Key::Escape);
    h.run();
    assert!(h.query_by_label("Withdraw from Care Refresh+").is_none());
    assert!(
        !h.state()
            .product
            .as_ref()
            .unwrap()
            .plus
            .as_ref()
            .unwrap()
            .withdrawn
    );
    h.get_by_label_contains("Cancelled; nothing was changed.");

    h.get_by_label("Confirm withdrawal from Care Refresh+…")
        .click();
    h.run();
    h.key_press(Key::Enter);
    h.run();
    let plus = h.state().product.as_ref().unwrap().plus.clone().unwrap();
    assert!(plus.withdrawn);
    assert!(h.query_all_by_label("ended: withdrawal confirmed").count() >= 1);
}

#[test]
fn coverage_lists_parts_with_caps_today_and_the_never_send_back_list() {
    let (desk, store) = Desk::new();
    let mut h = harness(store, "Sami SSC");
    open(&mut h, &desk.serial("CR in effect, CR+ can be bought"));
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num3);
    h.run();
    h.get_by_label("Replacement service");
    h.get_by_label("Never send back");
    h.get_by_label_contains("Remote controller");
    h.get_by_label_contains("Third-party accessories");
    assert!(h.query_all_by_label_contains("microSD card").count() >= 2);
    h.get_by_label_contains("Back up the customer's photos");
    let l = h.state().product.clone().unwrap();
    assert!(!l.replaceable_today.is_empty());
    assert!(h.query_all_by_label("covered").count() >= l.replaceable_today.len());
}

#[test]
fn sell_plus_shows_the_buy_rules_before_anything_is_written() {
    let (desk, store) = Desk::new();
    let mut h = harness(store, "Sami SSC");
    // BUY-BASE-TERM: CR 2-Year Plan cannot have CR+.
    open(&mut h, &desk.serial("CR 2-Year Plan in effect"));
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num4);
    h.run();
    h.get_by_label("REFUSED");
    h.get_by_label("BUY-BASE-TERM");
    assert!(h.state().product.as_ref().unwrap().plus.is_none());

    // Eligible: approved, then bound.
    let serial = desk.serial("CR in effect, CR+ can be bought");
    open(&mut h, &serial);
    h.run();
    h.get_by_label("APPROVED");
    h.get_by_label("Sell and bind Care Refresh+").click();
    h.run();
    assert!(h.state().product.as_ref().unwrap().plus.is_some());
    assert_eq!(h.state().state.panel, Panel::Plans);
    h.get_by_label_contains("Care Refresh+ sold and bound");
}

#[test]
fn activation_card_binds_once_and_a_used_code_is_refused_in_plain_words() {
    let (desk, store) = Desk::new();
    let mut h = harness(store, "Sami SSC");
    let serial = desk.serial("CR in effect, CR+ can be bought");
    let region = h
        .state()
        .desk
        .lookup(&serial, today())
        .unwrap()
        .product
        .region;
    // A card for the product's region, registered through the app.
    let code = "CRP-TEST-0001".to_owned();
    h.state_mut().push(Command::AddCard {
        code: code.clone(),
        region,
    });
    h.run();
    h.get_by_label_contains("registered");
    h.state_mut().push(Command::BindCard {
        code: code.clone(),
        serial: serial.clone(),
        on: today(),
    });
    h.run();
    assert!(
        h.state().product.as_ref().unwrap().plus.is_some(),
        "{:?}",
        h.state().message
    );
    h.state_mut().push(Command::BindCard {
        code: code.clone(),
        serial,
        on: today(),
    });
    h.run();
    let msg = h.state().message.clone().unwrap();
    assert!(msg.error);
    h.get_by_label_contains(&format!("Card {code} was not bound"));
}

#[test]
fn claims_table_counts_filters_and_opens_a_claim_with_its_timeline() {
    let (_desk, store) = Desk::new();
    let all = store.count_claims(&ClaimFilter::default()).unwrap();
    let refused = store
        .count_claims(&ClaimFilter {
            status: Some(ClaimStatus::Refused),
            ..Default::default()
        })
        .unwrap();
    let mut h = harness(store, "Sami SSC");
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num6);
    h.run();
    assert_eq!(h.state().panels.claims.rows.total, Some(all));
    h.get_by_label(&format!("{all} shown"));
    assert!(
        h.state().panels.claims.rows.pages.contains_key(&0),
        "first page loaded"
    );

    h.state_mut().panels.claims.filters.status = Some(ClaimStatus::Refused);
    h.run();
    assert_eq!(h.state().panels.claims.rows.total, Some(refused));

    h.state_mut().panels.claims.filters.status = None;
    h.run();
    let first = h.state().panels.claims.row(0).unwrap().id.clone();
    h.get_by_label(&first).click();
    h.run();
    let open = h.state().panels.claims.open.clone().unwrap();
    assert_eq!(open.row.id, first);
    // "Timeline (times UTC+08:00)": it names the workstation's clock.
    h.get_by_label_contains("Timeline");
    h.get_by_label("Export this claim…");
}

#[test]
fn fee_edit_asks_the_supervisor_pin_and_a_wrong_pin_is_refused_in_the_dialog() {
    let (_desk, store) = Desk::new();
    let mut h = harness(store, "Dana Supervisor");
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num7);
    h.run();
    h.get_by_label("Model contains:").click();
    h.run();
    h.get_by_label("Model contains:").type_text("Mavic 3");
    h.run();
    let fee = h
        .state()
        .panels
        .settings
        .fees
        .rows
        .iter()
        .find(|f| f.model == "DJI Mavic 3" && f.replacement_number == 1)
        .cloned()
        .unwrap();
    h.get_all_by_label("Edit").next().unwrap().click();
    h.run();
    let field = h.get_by_label("New amount");
    field.click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.get_by_label("New amount").type_text("123.45");
    h.run();
    h.get_by_label("Save…").click();
    h.run();
    h.get_by_label("Supervisor PIN");
    h.get_by_label("PIN:").type_text("0000");
    h.key_press(Key::Enter);
    h.run();
    h.get_by_label_contains("Not allowed");
    h.get_by_label("PIN:").type_text("123456");
    h.key_press(Key::Enter);
    h.run();
    assert!(h.query_by_label("Supervisor PIN").is_none());
    let now = h
        .state()
        .desk
        .fee_schedule()
        .unwrap()
        .into_iter()
        .find(|f| f.model == fee.model && f.replacement_number == fee.replacement_number)
        .unwrap();
    assert_eq!(now.amount.cents, 12345);
}

#[test]
fn demo_data_runs_in_the_background_and_asks_first_on_a_non_empty_database() {
    let (_desk, store) = Desk::new();
    let before = store.count_claims(&ClaimFilter::default()).unwrap();
    let mut h = harness(store, "Sami SSC");
    h.state_mut().push(Command::LoadDemo {
        products: 5,
        confirmed: false,
    });
    h.run();
    h.get_by_label("Load demo data");
    h.get_by_label("Add demo data").click();
    h.run();
    let ctx = h.ctx.clone();
    h.state_mut().wait_for_job(&ctx);
    h.run();
    let msg = h.state().message.clone().unwrap();
    assert!(!msg.error, "{}", msg.text);
    assert!(msg.text.starts_with("Demo data loaded"), "{}", msg.text);
    assert!(
        h.state()
            .desk
            .count_claims(&ClaimFilter::default())
            .unwrap()
            >= before
    );
}

#[test]
fn export_of_a_claim_runs_as_a_job_and_reports_the_file() {
    let (desk, store) = Desk::new();
    let id = store
        .claims(&ClaimFilter::default(), Default::default(), 0, 1)
        .unwrap()[0]
        .id
        .clone();
    let mut h = harness(store, "Sami SSC");
    let target = desk.path.with_file_name("one-claim.csv");
    h.state_mut().push(Command::Export(ExportJob {
        format: ExportFormat::Csv,
        target: target.clone(),
        content: ExportContent::Claims(ClaimSelection::one(&id)),
        as_of: today(),
        csv_bom: true,
    }));
    h.run();
    let ctx = h.ctx.clone();
    h.state_mut().wait_for_job(&ctx);
    h.run();
    let msg = h.state().message.clone().unwrap();
    assert!(!msg.error, "{}", msg.text);
    assert!(target.is_file());
    h.get_by_label_contains("Exported 1 item(s) as CSV");
}

#[test]
fn return_plus_refusal_shows_its_rule_ids_in_the_window() {
    let (desk, store) = Desk::new();
    let mut h = harness(store, "Sami SSC");
    open(&mut h, &desk.serial("CR+ in effect"));
    // Product not returned: RET-PRODUCT-NOT-RETURNED, shown live before
    // anything is asked, with its step (SPEC §5 `return_product`).
    h.get_by_label("RET-PRODUCT-NOT-RETURNED");
    h.get_by_label_contains("Return the product under DJI's return policy first");
    h.get_by_label("Return Care Refresh+…").click();
    h.run();
    h.get_by_label("Return CR+").click();
    h.run();
    let msg = h.state().message.clone().unwrap();
    assert!(msg.error);
    assert!(
        msg.rules
            .iter()
            .any(|r| r.id() == "RET-PRODUCT-NOT-RETURNED"),
        "{msg:?}"
    );
    // In the live decision and in the status line.
    assert_eq!(h.query_all_by_label("RET-PRODUCT-NOT-RETURNED").count(), 2);
    assert!(h.state().product.as_ref().unwrap().plus.is_some());
    let _ = PlanKind::CareRefreshPlus;
}

#[test]
fn a_scanned_claim_id_opens_the_claim() {
    let (_desk, store) = Desk::new();
    let id = store
        .claims(&ClaimFilter::default(), Default::default(), 0, 1)
        .unwrap()[0]
        .id
        .clone();
    let mut h = harness(store, "Sami SSC");
    h.get_by_label("Serial").type_text(&id);
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(h.state().state.panel, Panel::Claims);
    assert_eq!(h.state().panels.claims.open.as_ref().unwrap().row.id, id);
    assert_eq!(h.state().serial_input, "");
}

#[test]
fn a_supervisor_reopens_a_closed_refused_claim_with_a_note_and_the_pin() {
    let (_desk, store) = Desk::new();
    let closed = store
        .claims(
            &ClaimFilter {
                status: Some(ClaimStatus::Closed),
                ..Default::default()
            },
            Default::default(),
            0,
            500,
        )
        .unwrap();
    let id = closed.iter().find(|c| !c.approved).unwrap().id.clone();
    let mut h = harness(store, "Dana Supervisor");
    h.state_mut().push(Command::OpenClaim(id.clone()));
    h.run();
    // Reopening needs a note first (below the decision with its advice).
    h.get_by_label("Note:").scroll_to_me();
    h.run();
    h.get_by_label("Note:").click();
    h.run();
    h.get_by_label("Note:")
        .type_text("customer brought the receipt");
    h.run();
    // (Below the fold under the demo banner: scrolled to, as a person would.)
    h.get_by_label("Reopen… (supervisor)").scroll_to_me();
    h.run();
    h.get_by_label("Reopen… (supervisor)").click();
    h.run();
    h.get_by_label("Supervisor PIN");
    h.get_by_label("PIN:").type_text("123456");
    h.key_press(Key::Enter);
    h.run();
    let open = h.state().panels.claims.open.clone().unwrap();
    assert_eq!(open.row.id, id);
    assert_ne!(
        open.row.status,
        ClaimStatus::Closed,
        "{:?}",
        h.state().message
    );
    assert!(
        open.events
            .iter()
            .any(|e| e.note.contains("customer brought the receipt"))
    );
}

#[test]
fn a_fee_that_is_not_an_amount_is_refused_until_the_text_changes() {
    let (_desk, store) = Desk::new();
    let mut h = harness(store, "Dana Supervisor");
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num7);
    h.run();
    h.get_by_label("Model contains:").click();
    h.run();
    h.get_by_label("Model contains:").type_text("Mavic 3");
    h.run();
    h.get_all_by_label("Edit").next().unwrap().click();
    h.run();
    h.get_by_label("New amount").click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.get_by_label("New amount").type_text("12,x");
    h.run();
    h.get_by_label("Save…").click();
    h.run();
    // Refused in place: no PIN asked, the text kept, the message there on
    // every frame that follows.
    assert!(h.query_by_label("Supervisor PIN").is_none());
    for _ in 0..5 {
        h.step();
        h.get_by_label("not an amount");
    }
    let edit = h.state().panels.settings.fees.editing.clone().unwrap();
    assert_eq!(edit.text, "12,x");
    // Typing again clears it.
    h.get_by_label("New amount").click();
    h.run();
    h.key_press(Key::Backspace);
    h.run();
    assert!(h.query_by_label("not an amount").is_none());
    assert_eq!(
        h.state()
            .panels
            .settings
            .fees
            .editing
            .as_ref()
            .unwrap()
            .text,
        "12,"
    );
}
