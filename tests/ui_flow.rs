//! The counter's main flow, headless (egui_kittest, no GPU), on a real temp
//! SQLite database: scan a serial → see plans → take in a claim → see the
//! refusal with its rule IDs (REP-PRIVACY) → fix the form → approved → advance
//! the claim to closed → the old serial shows `reclaimed`.

use caredesk::desk::{ClaimStatus, Desk as Store, ProductStatus};
use caredesk::ui::{CareDeskApp, Panel};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

mod ui_support;
pub use ui_support::{PIN, SERIAL};
pub const NEW_SERIAL: &str = "1SSDH7R00B0002";

use ui_support::today;

fn store(dir: &tempfile::TempDir) -> Store {
    ui_support::counter_store(dir.path(), "ui.sqlite3")
}

fn harness(app: CareDeskApp) -> Harness<'static, CareDeskApp> {
    Harness::builder()
        .with_size([1280.0, 800.0])
        .build_ui_state(|ui, app: &mut CareDeskApp| app.ui(ui), app)
}

#[test]
fn scan_claim_refuse_fix_approve_close_reclaimed() {
    let dir = tempfile::tempdir().unwrap();
    let app = CareDeskApp::new_for_test(store(&dir), today());
    let mut h = harness(app);
    h.run();

    // The current staff member signs in at start, with their PIN.
    h.get_by_label("Who is working?");
    h.get_by_label("Ana Supervisor — Supervisor").click();
    h.run();
    h.get_by_label("Your PIN:").type_text(PIN);
    h.get_by_label("Sign in").click();
    h.run();
    assert!(h.state().current_staff().is_some());

    // Scanner-ready: the serial field has the focus; the scanner types and presses Enter.
    let field = h.get_by_label("Serial");
    assert!(field.is_focused(), "the serial field has focus at start");
    field.type_text(SERIAL);
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(h.state().state.panel, Panel::Plans);
    assert_eq!(h.state().product.as_ref().unwrap().product.serial, SERIAL);
    // CR side by side with CR+ (absent); valid through is ends − 1 day, relative to today.
    h.get_by_label("2027-01-21  (ends in 265 days)");
    h.get_by_label("Not on this product.");
    assert_eq!(h.state().state.recent, vec![SERIAL.to_owned()]);

    // Ctrl+5: claim intake. A part ticked, privacy not accepted: refused, REP-PRIVACY shown.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num5);
    h.run();
    assert_eq!(h.state().state.panel, Panel::Intake);
    h.get_by_label("Aircraft (product body)").click();
    h.run();
    h.get_by_label("REFUSED");
    h.get_by_label("REP-PRIVACY");
    h.get_by_label(caredesk::rules::RuleId::RepPrivacy.reason());
    assert!(h.query_by_label_contains("Record refused claim").is_some());

    // Fix the form: privacy accepted → approved, with the fee from the fee schedule.
    h.get_by_label("Accepted the DJI Privacy Policy")
        .scroll_to_me();
    h.run();
    h.get_by_label("Accepted the DJI Privacy Policy").click();
    h.run();
    h.get_by_label("APPROVED");
    assert!(h.query_by_label("REP-PRIVACY").is_none());
    h.get_by_label_contains("Replacement fee:");
    h.get_by_label_contains("File claim (approved)").click();
    h.run();
    // Nothing of the intake checklist is ticked: filing asks first (SPEC §6).
    h.get_by_label("File with the intake incomplete?");
    h.get_by_label("File anyway").click();
    h.run();
    assert_eq!(h.state().state.panel, Panel::Claims);
    let id = h
        .state()
        .panels
        .claims
        .open
        .as_ref()
        .unwrap()
        .row
        .id
        .clone();
    assert_eq!(
        h.state().panels.claims.open.as_ref().unwrap().row.status,
        ClaimStatus::Approved
    );

    // Advance along the SSC replacement lifecycle.
    for step in ["Await the product", "Product received", "Assessed"] {
        h.get_by_label(step).click();
        h.run();
    }
    // The text field is labelled by its "New unit serial:" label.
    h.get_by_label("New unit serial:").click();
    h.run();
    h.get_by_label("New unit serial:").type_text(NEW_SERIAL);
    // The scanner ends with Enter: the desk checks the serial (same model,
    // unknown to the store) before the step is offered.
    h.key_press(Key::Enter);
    h.run();
    h.run();
    h.get_by_label_contains("ships as a DJI Mavic 3");
    h.get_by_label("Ship replacement…").click();
    h.run();
    // Confirmation before the irreversible step.
    h.get_by_label("Complete the replacement");
    h.get_by_label("Ship replacement").click();
    h.run();
    assert_eq!(
        h.state().panels.claims.open.as_ref().unwrap().row.status,
        ClaimStatus::ReplacementShipped
    );
    // The decision with its advice comes first; the step buttons below it.
    h.get_by_label("Close claim…").scroll_to_me();
    h.run();
    h.get_by_label("Close claim…").click();
    h.run();
    h.get_by_label("Close claim").click();
    h.run();
    let detail = h.state().panels.claims.open.as_ref().unwrap();
    assert_eq!(detail.row.id, id);
    assert_eq!(detail.row.status, ClaimStatus::Closed);

    // The old serial shows `reclaimed`, with the unit that replaced it.
    h.state_mut()
        .push(caredesk::ui::Command::OpenProduct(SERIAL.into()));
    h.run();
    let l = h.state().product.as_ref().unwrap();
    assert_eq!(l.product.status, ProductStatus::Reclaimed);
    assert_eq!(l.product.replaced_by.as_deref(), Some(NEW_SERIAL));
    h.get_by_label("reclaimed — belongs to DJI");
}

#[test]
fn quantity_caps_are_enforced_in_the_claim_form() {
    use caredesk::rules::Part;
    let dir = tempfile::tempdir().unwrap();
    let mut app = CareDeskApp::new_for_test(store(&dir), today());
    let ana = app.staff[0].id;
    app.sign_in(ana, PIN).unwrap();
    app.push(caredesk::ui::Command::OpenProduct(SERIAL.into()));
    app.push(caredesk::ui::Command::ShowPanel(Panel::Intake));
    let mut h = harness(app);
    h.run();
    h.get_by_label("Propellers (pairs)").click();
    h.run();
    // Whatever reaches the form, at most 2 pairs of propellers per replacement
    // (REP-PART-QTY can then never come from this form).
    h.state_mut().panels.intake.quantities[Part::Propellers.index()] = 9;
    h.run();
    assert_eq!(
        h.state().panels.intake.quantities[Part::Propellers.index()],
        2
    );
    h.get_by_label("Accepted the DJI Privacy Policy")
        .scroll_to_me();
    h.run();
    h.get_by_label("Accepted the DJI Privacy Policy").click();
    h.run();
    h.get_by_label("APPROVED");
    let p = h
        .state()
        .panels
        .intake
        .preview
        .result()
        .cloned()
        .unwrap()
        .unwrap();
    assert!(!p.decision.failed.iter().any(|r| r.id() == "REP-PART-QTY"));
    // Ctrl+Enter files the claim.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Enter);
    h.run();
    // The intake is incomplete: Enter answers the confirmation yes.
    h.get_by_label("File with the intake incomplete?");
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(h.state().state.panel, Panel::Claims);
    let open = h.state().panels.claims.open.clone().unwrap();
    assert_eq!(open.input.parts.get(&Part::Propellers), Some(&2));
}
