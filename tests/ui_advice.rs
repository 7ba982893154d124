//! SPEC §5 in the window, headless (egui_kittest) on a real SQLite file:
//! a refused claim form shows each failed rule's step; clicking each step's
//! button applies it to the form and the decision follows until approved
//! (REP-PART, REP-OUTSIDE-COVERAGE, REP-TRANSREGIONAL, REP-PRIVACY); the
//! CR+ sale's `buy_in` (BUY-REGION-MISMATCH) likewise; an approved decision
//! says until when it holds; a rule ID opens the clause of the terms it
//! rests on; the claim detail shows the advice kept when it was filed.

use caredesk::desk::Desk as Store;
use caredesk::rules::{Part, Region, RuleId};
use caredesk::terms::Terms;
use caredesk::ui::{CareDeskApp, Command, Panel};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

mod ui_support;
pub use ui_support::{PIN, SERIAL};

use ui_support::today;

fn store(dir: &tempfile::TempDir) -> Store {
    ui_support::counter_store(dir.path(), "advice.sqlite3")
}

/// The window on `panel` with the product open and the staff chosen.
fn harness(dir: &tempfile::TempDir, panel: Panel) -> Harness<'static, CareDeskApp> {
    let mut app = CareDeskApp::new_for_test(store(dir), today());
    let ana = app.staff[0].id;
    app.sign_in(ana, PIN).unwrap();
    app.push(Command::OpenProduct(SERIAL.into()));
    app.push(Command::ShowPanel(panel));
    let mut h = Harness::builder()
        .with_size([1280.0, 900.0])
        .build_ui_state(|ui, app: &mut CareDeskApp| app.ui(ui), app);
    h.run();
    h
}

fn failed_rules(h: &Harness<'_, CareDeskApp>) -> Vec<RuleId> {
    let preview = &h.state().panels.intake.preview;
    let p = preview.result().cloned().unwrap().unwrap();
    p.decision.failed
}

/// Clicks a step's button and lets the decision follow.
fn click_step(h: &mut Harness<'_, CareDeskApp>, label: &str) {
    h.get_by_label(label).scroll_to_me();
    h.run();
    h.get_by_label(label).click();
    h.run();
}

#[test]
fn each_step_button_fixes_its_rule_until_the_claim_is_approved() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(&dir, Panel::Intake);
    {
        let form = &mut h.state_mut().panels.intake;
        form.quantities[Part::Aircraft.index()] = 1;
        // Not replaceable for the Mavic series: REP-PART.
        form.quantities[Part::Motor.index()] = 1;
        // Japan has no CR+ service: REP-OUTSIDE-COVERAGE, serviced in the US instead.
        form.service_region = "JP".into();
    }
    h.run();
    h.get_by_label("REFUSED");
    assert_eq!(
        failed_rules(&h),
        vec![
            RuleId::RepPart,
            RuleId::RepOutsideCoverage,
            RuleId::RepPrivacy
        ]
    );
    // Each rule with its step in words; the reason names the part observed.
    h.get_by_label_contains("Not covered for the Mavic series: Motor.");
    h.get_by_label_contains("Remove Motor from the claim");
    h.get_by_label_contains("Have the product serviced in US");
    h.get_by_label_contains("With these steps the request is approved.");

    click_step(&mut h, "Remove Motor");
    assert_eq!(h.state().panels.intake.quantities[Part::Motor.index()], 0);
    assert_eq!(
        failed_rules(&h),
        vec![RuleId::RepOutsideCoverage, RuleId::RepPrivacy]
    );

    click_step(&mut h, "Service in US");
    assert_eq!(h.state().panels.intake.service_region, "US");
    assert_eq!(failed_rules(&h), vec![RuleId::RepPrivacy]);

    click_step(&mut h, "Record privacy accepted");
    assert!(h.state().panels.intake.privacy_accepted);
    assert!(failed_rules(&h).is_empty());
    h.get_by_label("APPROVED");
    // Approved at the counter (SSC, no shipping deadline): it holds until CR
    // ends, and CR+ is not on the product.
    h.get_by_label("Approvable through 21 January 2027.");
}

#[test]
fn apply_all_takes_every_step_the_form_can_take_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(&dir, Panel::Intake);
    {
        let form = &mut h.state_mut().panels.intake;
        form.quantities[Part::Aircraft.index()] = 1;
        form.quantities[Part::Motor.index()] = 1;
        form.service_region = "JP".into();
    }
    h.run();
    assert_eq!(failed_rules(&h).len(), 3);
    click_step(&mut h, "Apply all 3 steps");
    assert!(failed_rules(&h).is_empty());
    h.get_by_label("APPROVED");
    assert!(h.query_by_label_contains("Apply all").is_none());
}

#[test]
fn transregional_fees_accepted_by_its_button() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(&dir, Panel::Intake);
    {
        let form = &mut h.state_mut().panels.intake;
        form.quantities[Part::Aircraft.index()] = 1;
        form.privacy_accepted = true;
        // Canada is another CR+ service region than the plan's US.
        form.service_region = "CA".into();
        form.channel = caredesk::rules::ServiceChannel::Online;
    }
    h.run();
    assert_eq!(failed_rules(&h), vec![RuleId::RepTransregional]);
    click_step(&mut h, "Record fees accepted");
    assert!(h.state().panels.intake.accepts_transregional_fees);
    assert!(failed_rules(&h).is_empty());
    // Online, not shipped yet: 7 natural days from submitting today.
    h.get_by_label("The customer must ship the parts by 9 May 2026.");
    h.get_by_label_contains("Transregional");
}

#[test]
fn buy_in_sells_through_the_products_region() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(&dir, Panel::SellPlus);
    h.state_mut().panels.sell.store.purchase_region = "CA".into();
    h.run();
    h.get_by_label("REFUSED");
    h.get_by_label("BUY-REGION-MISMATCH");
    click_step(&mut h, "Sell through US");
    assert_eq!(h.state().panels.sell.store.purchase_region, "US");
    h.get_by_label("APPROVED");
    // CR+ can be bought while CR is valid: through its last day.
    h.get_by_label("Care Refresh+ can be bought until 21 January 2027.");
}

#[test]
fn a_rule_id_opens_the_clause_of_the_terms_it_rests_on() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(&dir, Panel::Intake);
    h.state_mut().panels.intake.quantities[Part::Aircraft.index()] = 1;
    h.run();
    assert!(h.state().shown_clause().is_none());
    h.get_by_label("REP-PRIVACY").click();
    h.run();
    assert_eq!(h.state().shown_clause(), Some(RuleId::RepPrivacy));
    h.get_by_label("Terms behind REP-PRIVACY");
    let terms = Terms::builtin().unwrap();
    let clause = terms.clauses(RuleId::RepPrivacy);
    let first = clause[0].lines.join("\n");
    h.get_by_label(first.as_str());
    // REP-PRIVACY rests on one line of the terms.
    assert_eq!(clause[0].lines.len(), 1);
    let line = format!("Terms, line {}", clause[0].first_line);
    h.get_by_label(line.as_str());
    // Escape closes it.
    h.key_press(egui::Key::Escape);
    h.run();
    assert!(h.state().shown_clause().is_none());
}

#[test]
fn the_claim_detail_shows_the_advice_kept_when_it_was_filed() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(&dir, Panel::Intake);
    {
        let form = &mut h.state_mut().panels.intake;
        form.quantities[Part::Aircraft.index()] = 1;
        form.quantities[Part::Motor.index()] = 1;
    }
    h.run();
    // Filed as the form stands (through the desk: the intake checklist's
    // confirmation is the visit's, tested in ui_visit).
    let input = caredesk::desk::ClaimInput {
        service_region: Region::parse_shape("US").unwrap(),
        channel: caredesk::rules::ServiceChannel::Ssc,
        cause: caredesk::rules::Cause::Collision,
        parts: [(Part::Aircraft, 1), (Part::Motor, 1)]
            .into_iter()
            .collect(),
        exclusions: vec![],
        submitted: today(),
        shipped: None,
        accepts_transregional_fees: false,
        manufacturing_defect_before_plus: false,
        privacy_accepted: false,
    };
    let staff = h.state().staff[0].id;
    let filed = h
        .state()
        .desk
        .file_claim(
            staff,
            SERIAL,
            caredesk::desk::ClaimKind::Replacement,
            &input,
            today(),
        )
        .unwrap();
    h.state_mut().push(Command::OpenClaim(filed.row.id.clone()));
    h.run();
    assert_eq!(h.state().state.panel, Panel::Claims);
    let open = h.state().panels.claims.open.clone().unwrap();
    let advice = open.advice.expect("advice kept with the claim");
    let rules: Vec<&str> = advice.steps.iter().map(|s| s.rule.as_str()).collect();
    assert_eq!(rules, ["REP-PART", "REP-PRIVACY"]);
    h.get_by_label_contains("Remove Motor from the claim");
    h.get_by_label_contains("Not covered for the Mavic series: Motor.");
    // Filed: nothing to apply any more.
    assert!(h.query_by_label("Remove Motor").is_none());
    // The rule ID there opens its clause too.
    h.get_by_label("REP-PART").click();
    h.run();
    assert_eq!(h.state().shown_clause(), Some(RuleId::RepPart));
}
