//! A refused CR+ sale or card binding stands beside the form that was sent,
//! not only in the status line, headless (egui_kittest) on a real SQLite
//! file: the rule ID (BUY-REGION-MISMATCH, BUY-ONCE), its reason and its
//! advice under the button; an unknown code and a code that is not one in
//! words under theirs; the refusal goes once the form says something else.

use caredesk::desk::Desk;
use caredesk::rules::{Region, RuleId};
use caredesk::ui::sell_plus::SellMode;
use caredesk::ui::{CareDeskApp, Command, Panel};
use egui::{Key, Rect};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

mod ui_support;
use ui_support::{PIN, SERIAL, today};

/// A card sold in Hong Kong: the Mavic 3 was bought in the US.
const HK_CARD: &str = "HK-CARD-0001";

fn store(dir: &tempfile::TempDir) -> Desk {
    ui_support::counter_store(dir.path(), "sell.sqlite3")
}

/// The sale panel for the counter's Mavic 3, Ana signed in, in `mode`.
fn harness(desk: Desk, mode: SellMode) -> Harness<'static, CareDeskApp> {
    let mut app = CareDeskApp::new_for_test(desk, today());
    let ana = app.staff[0].id;
    app.sign_in(ana, PIN).unwrap();
    app.push(Command::OpenProduct(SERIAL.into()));
    app.push(Command::ShowPanel(Panel::SellPlus));
    let mut h = Harness::builder()
        .with_size([1280.0, 900.0])
        .build_ui_state(|ui, app: &mut CareDeskApp| app.ui(ui), app);
    h.run();
    h.state_mut().panels.sell.mode = mode;
    h.run();
    h
}

/// Types into a field found by its label (its text replaced).
fn type_into(h: &mut Harness<'static, CareDeskApp>, label: &str, text: &str) {
    h.get_by_label(label).click();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::A);
    h.get_by_label(label).type_text(text);
    h.run();
}

/// Where each widget labelled `label` is drawn.
fn rects_of(h: &Harness<'static, CareDeskApp>, label: &str) -> Vec<Rect> {
    h.query_all_by_label(label).map(|n| n.rect()).collect()
}

/// A widget labelled `label` under `button`: below it and close, in the
/// panel's column (the status line's copy is at the bottom of the window).
fn beside(h: &Harness<'static, CareDeskApp>, label: &str, button: Rect) -> bool {
    rects_of(h, label).iter().any(|r| {
        let gap = r.top() - button.bottom();
        (0.0..160.0).contains(&gap) && r.left() < button.right() + 200.0
    })
}

fn beside_contains(h: &Harness<'static, CareDeskApp>, text: &str, button: Rect) -> bool {
    h.query_all_by_label_contains(text).any(|n| {
        let r = n.rect();
        let gap = r.top() - button.bottom();
        (0.0..220.0).contains(&gap) && r.left() < button.right() + 200.0
    })
}

#[test]
fn a_card_of_another_region_is_refused_beside_the_form_with_buy_region_mismatch() {
    let dir = tempfile::tempdir().unwrap();
    let desk = store(&dir);
    let ana = desk.staff().unwrap()[0].id;
    let hk = Region::parse_shape("HK").unwrap();
    desk.add_activation_card(ana, HK_CARD, hk).unwrap();
    let mut h = harness(desk, SellMode::ActivationCard);

    type_into(&mut h, "Activation code:", HK_CARD);
    h.get_by_label("Bind the card").click();
    h.run();
    h.run();

    let button = h.get_by_label("Bind the card").rect();
    let rule = RuleId::BuyRegionMismatch;
    assert!(
        beside(&h, rule.id(), button),
        "{} under the Bind button: {:?} (button {button:?})",
        rule.id(),
        rects_of(&h, rule.id())
    );
    assert!(
        beside_contains(&h, rule.reason(), button),
        "its reason beside the form"
    );
    // The advice (SPEC §5): a card of the product's region.
    assert!(
        beside_contains(&h, "Sell Care Refresh+ through US", button),
        "its advice beside the form"
    );
    assert!(beside_contains(
        &h,
        "Card HK-CARD-0001 was not bound",
        button
    ));
    // The card is still free and the product has no CR+.
    let card = h.state().desk.activation_card(HK_CARD).unwrap();
    assert_eq!(card.bound_serial, None);

    // Another code: the refusal was for the form as it was.
    type_into(&mut h, "Activation code:", "HK-CARD-0002");
    let button = h.get_by_label("Bind the card").rect();
    assert!(!beside(&h, rule.id(), button), "gone once the code changes");
}

#[test]
fn an_unknown_code_is_said_beside_the_form() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(store(&dir), SellMode::ActivationCard);
    type_into(&mut h, "Activation code:", "NO-SUCH-CARD");
    h.get_by_label("Bind the card").click();
    h.run();
    h.run();
    let button = h.get_by_label("Bind the card").rect();
    assert!(beside_contains(
        &h,
        "unknown activation code NO-SUCH-CARD",
        button
    ));
    assert!(
        beside(&h, "REFUSED", button),
        "a failure never looks like success"
    );
}

#[test]
fn a_code_that_is_not_one_is_said_beside_the_registration_form() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(store(&dir), SellMode::ActivationCard);
    h.get_by_label("Register a new activation card").click();
    h.run();
    type_into(&mut h, "Code:", "A!");
    type_into(&mut h, "Region:", "US");
    h.get_by_label("Register").click();
    h.run();
    h.run();
    let button = h.get_by_label("Register").rect();
    assert!(beside_contains(&h, "is not 4 or more letters", button));
    // The code stays, to be corrected; a good one is registered and cleared.
    type_into(&mut h, "Code:", "US-CARD-0001");
    h.get_by_label("Register").click();
    h.run();
    h.run();
    assert!(h.state().desk.activation_card("US-CARD-0001").is_ok());
    assert_eq!(h.state().panels.sell.new_card.code, "");
    assert!(
        h.query_by_label_contains("is not 4 or more letters")
            .is_none()
    );
}

#[test]
fn a_sale_refused_after_the_check_shows_buy_once_beside_the_sell_button() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(store(&dir), SellMode::InStore);
    h.get_by_label("APPROVED");
    // Another workstation sells CR+ for the same unit meanwhile: this
    // window's check is from before.
    let ana = h.state().staff[0].id;
    let us = Region::parse_shape("US").unwrap();
    h.state().desk.buy_plus(ana, SERIAL, us, today()).unwrap();

    h.get_by_label("Sell and bind Care Refresh+").click();
    h.run();
    h.run();
    // The app moves on only after a sale; the refusal stays on this panel.
    assert_eq!(h.state().state.panel, Panel::SellPlus);
    let button = h.get_by_label("Sell and bind Care Refresh+").rect();
    let rule = RuleId::BuyOnce;
    assert!(
        beside(&h, rule.id(), button),
        "{} under the Sell button: {:?} (button {button:?})",
        rule.id(),
        rects_of(&h, rule.id())
    );
    assert!(beside_contains(&h, rule.reason(), button));
    assert!(beside_contains(&h, "Care Refresh+ was not bound", button));
}
