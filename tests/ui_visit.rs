//! The service visit in the window (issue 13), headless (egui_kittest) on a
//! real SQLite file: a customer added at intake, the checklist and the
//! description, a signature drawn with the pointer, a photo dropped on the
//! window (read off the UI thread; a truncated one refused with a message),
//! the claim filed with all of it; an incomplete intake asks first; the top
//! search finds the customer, whose edit is audited and who is then
//! forgotten with a supervisor's PIN and shows "erased".

use caredesk::desk::{ClaimFilter, Desk as Store, NewBasePlan, NewProduct};
use caredesk::rules::{Region, SalesChannel, Term};
use caredesk::ui::{CareDeskApp, Command, Panel};
use chrono::Days;
use egui::{Event, Pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use std::path::{Path, PathBuf};
use std::sync::Arc;

mod ui_support;
pub use ui_support::{PIN, SERIAL};

use ui_support::today;

fn store(dir: &Path) -> Store {
    ui_support::counter_store(dir, "visit.sqlite3")
}

/// The window at the counter: Ana working, the Mavic scanned, the intake shown.
fn counter(dir: &Path) -> Harness<'static, CareDeskApp> {
    let mut app = CareDeskApp::new_for_test(store(dir), today());
    let ana = app.staff[0].id;
    app.sign_in(ana, PIN).unwrap();
    app.push(Command::OpenProduct(SERIAL.into()));
    app.push(Command::ShowPanel(Panel::Intake));
    let mut h = Harness::builder()
        .with_size([1280.0, 900.0])
        // Photo threads finishing during a run (a photo read, a claim filed
        // with photos) ask for a few more frames than egui's own settling.
        .with_max_steps(16)
        .build_ui_state(|ui, app: &mut CareDeskApp| app.ui(ui), app);
    // Chinese and Korean names need the workstation's fonts (fonts-noto-cjk).
    let loaded = caredesk::ui::fonts::load(caredesk::fonts::HanVariant::Traditional);
    caredesk::ui::fonts::apply(&h.ctx, &loaded);
    h.run();
    h
}

/// A file dropped on the window.
#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

fn drop_file(h: &mut Harness<'static, CareDeskApp>, path: &Path) {
    h.input_mut()
        .dropped_files
        .push(Arc::new(Dropped(path.to_path_buf())));
    h.run();
}

/// Steps frames until the photo readers are done (they wake the window).
fn settle_photos(h: &mut Harness<'static, CareDeskApp>) {
    for _ in 0..2_000 {
        h.run();
        if !h.state().reading_photos() {
            h.run();
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    panic!("the photos were not read");
}

fn jpeg(dir: &Path, name: &str) -> PathBuf {
    let img = image::RgbImage::from_fn(800, 600, |x, y| {
        image::Rgb([(x / 4) as u8, (y / 3) as u8, ((x + y) / 8) as u8])
    });
    let path = dir.join(name);
    img.save(&path).unwrap();
    path
}

/// Draws a stroke across the signature pad with the pointer.
fn sign(h: &mut Harness<'static, CareDeskApp>) {
    h.get_by_label("Signature pad").scroll_to_me();
    h.run();
    let r = h.get_by_label("Signature pad").rect();
    let at = |fx: f32, fy: f32| Pos2::new(r.left() + fx * r.width(), r.top() + fy * r.height());
    h.hover_at(at(0.1, 0.6));
    h.run();
    h.drag_at(at(0.1, 0.6));
    h.run();
    for (x, y) in [(0.2, 0.3), (0.35, 0.7), (0.5, 0.35), (0.7, 0.6)] {
        h.event(Event::PointerMoved(at(x, y)));
        h.run();
    }
    h.drop_at(at(0.7, 0.6));
    h.run();
}

fn click(h: &mut Harness<'static, CareDeskApp>, label: &str) {
    h.get_by_label(label).scroll_to_me();
    h.run();
    h.get_by_label(label).click();
    h.run();
}

fn click_contains(h: &mut Harness<'static, CareDeskApp>, label: &str) {
    h.get_by_label_contains(label).scroll_to_me();
    h.run();
    h.get_by_label_contains(label).click();
    h.run();
}

fn type_into(h: &mut Harness<'static, CareDeskApp>, label: &str, text: &str) {
    click(h, label);
    h.get_by_label(label).type_text(text);
    h.run();
}

#[test]
fn intake_with_customer_checklist_signature_and_photo() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = counter(dir.path());

    // A new customer, added from the intake form, is the claim's.
    click(&mut h, "New customer");
    type_into(&mut h, "Name", "王小明");
    type_into(&mut h, "Phone", "+886 2 2345 6789");
    click(&mut h, "Add customer");
    let chosen = h.state().panels.intake.customer.chosen.clone();
    let customer = chosen.expect("the new customer is chosen");
    assert_eq!(customer.name.as_deref(), Some("王小明"));
    h.get_by_label_contains("王小明 · +886 2 2345 6789");

    click(&mut h, "Aircraft (product body)");
    click(&mut h, "Accepted the DJI Privacy Policy");
    let lang = caredesk::i18n::current();
    for item in caredesk::desk::ChecklistItem::ALL {
        click(&mut h, &item.text(lang));
    }
    assert!(h.state().panels.intake.checklist.is_complete());
    type_into(
        &mut h,
        "Damage as the customer describes it",
        "Hit a tree; arm broken. 機臂斷裂。",
    );

    // A photo dropped on the window is read off the UI thread; a truncated
    // one is refused with a message and not kept.
    let good = jpeg(dir.path(), "arm.jpg");
    drop_file(&mut h, &good);
    settle_photos(&mut h);
    assert_eq!(h.state().panels.intake.photos.len(), 1);
    let bytes = std::fs::read(&good).unwrap();
    let cut = dir.path().join("cut.jpg");
    std::fs::write(&cut, &bytes[..bytes.len() / 2]).unwrap();
    drop_file(&mut h, &cut);
    settle_photos(&mut h);
    assert_eq!(h.state().panels.intake.photos.len(), 1);
    let message = h.state().message.clone().expect("a message");
    assert!(message.error, "{message:?}");
    assert!(message.text.contains("cut.jpg"), "{message:?}");

    sign(&mut h);
    let strokes = h.state().panels.intake.signature.strokes.clone();
    assert_eq!(strokes.len(), 1, "one stroke drawn");
    assert!(strokes[0].len() >= 4, "{strokes:?}");

    // Complete: filed at once (no confirmation), with everything.
    h.get_by_label("APPROVED");
    click_contains(&mut h, "File claim (approved)");
    assert!(
        h.query_by_label("File with the intake incomplete?")
            .is_none()
    );
    settle_photos(&mut h);
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
    let store = h.state().desk.clone();
    let claim = store.claim(&id).unwrap();
    let who = claim.visit.customer.expect("customer");
    assert_eq!(who.name.as_deref(), Some("王小明"));
    let intake = claim.visit.intake.expect("intake record");
    assert!(intake.checklist_complete && !intake.incomplete_confirmed);
    assert_eq!(intake.description, "Hit a tree; arm broken. 機臂斷裂。");
    assert_eq!(
        intake.privacy_recorded_by.as_deref(),
        Some("Ana Supervisor")
    );
    assert_eq!(claim.visit.photos.len(), 1);
    assert_eq!(claim.visit.photos[0].name, "arm.jpg");
    assert_eq!(
        claim.visit.photos[0].sha256,
        caredesk::media::photo::sha256_hex(&bytes)
    );
    let sig = store.signature(&id).unwrap().expect("signed");
    assert_eq!(sig.signature.unwrap().strokes, strokes);

    // The claim shows the customer and its photo; the form starts afresh.
    h.get_by_label_contains("王小明");
    assert!(h.state().panels.intake.photos.is_empty());
    assert!(h.state().panels.intake.customer.chosen.is_none());

    // The receipt's barcode scanned into the serial field opens the claim.
    h.state_mut().panels.claims.open = None;
    h.state_mut().push(Command::ShowPanel(Panel::Lookup));
    h.run();
    h.get_by_label("Serial").click();
    h.run();
    h.get_by_label("Serial").type_text(&id);
    h.key_press(egui::Key::Enter);
    h.run();
    assert_eq!(h.state().state.panel, Panel::Claims);
    assert_eq!(h.state().panels.claims.open.as_ref().unwrap().row.id, id);

    // Print receipt / label (the file dialog's answer given directly).
    for (paper, name) in [
        (caredesk::ui::command::PaperKind::Receipt, "receipt.pdf"),
        (caredesk::ui::command::PaperKind::Label, "label.pdf"),
    ] {
        let target = dir.path().join(name);
        h.state_mut().push(Command::Print {
            claim: id.clone(),
            paper,
            target: target.clone(),
        });
        h.run();
        let pdf = std::fs::read(&target).expect("printed");
        assert!(pdf.starts_with(b"%PDF-"), "{name}");
        assert!(!h.state().message.as_ref().unwrap().error);
    }
}

#[test]
fn an_incomplete_intake_asks_before_filing() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = counter(dir.path());
    click(&mut h, "Aircraft (product body)");
    click(&mut h, "Accepted the DJI Privacy Policy");
    click_contains(&mut h, "File claim (approved)");
    h.get_by_label("File with the intake incomplete?");
    h.get_by_label_contains("no description of the damage");
    click(&mut h, "Cancel");
    let store = h.state().desk.clone();
    assert_eq!(store.count_claims(&ClaimFilter::default()).unwrap(), 0);
    click_contains(&mut h, "File claim (approved)");
    click(&mut h, "File anyway");
    assert_eq!(store.count_claims(&ClaimFilter::default()).unwrap(), 1);
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
    let intake = store.claim(&id).unwrap().visit.intake.expect("intake");
    assert!(intake.incomplete_confirmed && !intake.checklist_complete);
}

#[test]
fn search_edit_and_forget_a_customer() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = counter(dir.path());
    let store = h.state().desk.clone();
    let ana = h.state().staff[0].id;
    let c = store
        .add_customer(
            Some(ana),
            &caredesk::desk::CustomerFields {
                name: "김민준".into(),
                phone: Some("010-1234-5678".into()),
                email: Some("minjun@example.kr".into()),
                ..Default::default()
            },
        )
        .unwrap();

    // The top search finds the customer by part of their email.
    h.state_mut().push(Command::Search("minjun@".into()));
    h.run();
    assert_eq!(h.state().state.panel, Panel::Lookup);
    h.get_by_label_contains("김민준").click();
    h.run();
    assert_eq!(h.state().state.panel, Panel::Customers);

    // An edit is saved and audited.
    let audit_before = store.audit_log(1000).unwrap().len();
    type_into(&mut h, "Email", ".x");
    click(&mut h, "Save changes");
    assert_eq!(
        store.customer(c.id).unwrap().email.as_deref(),
        Some("minjun@example.kr.x")
    );
    assert!(store.audit_log(1000).unwrap().len() > audit_before);

    // "Export this customer's data" (the file dialog's answer given directly).
    let data = dir.path().join("kim.json");
    h.state_mut().export_customer(c.id, &data);
    h.run();
    let text = std::fs::read_to_string(&data).expect("exported");
    assert!(text.contains("김민준") && text.contains("minjun@example.kr.x"));

    // Forgetting asks, then takes a supervisor's PIN; the customer shows "erased".
    click(&mut h, "Forget this customer…");
    h.get_by_label("Forget this customer?");
    click(&mut h, "Forget, with a supervisor's PIN");
    h.get_by_label("PIN:").type_text(PIN);
    h.run();
    click(&mut h, "OK");
    let after = store.customer(c.id).unwrap();
    assert!(after.erased && after.name.is_none() && after.email.is_none());
    h.get_by_label("erased");
    assert!(h.query_by_label_contains("김민준").is_none());
}

#[test]
fn a_cr_plus_sale_is_for_the_customer_chosen() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = counter(dir.path());
    let store = h.state().desk.clone();
    let ana = h.state().staff[0].id;
    let us = Region::parse_shape("US").unwrap();
    let serial = "1SSDH7R00A0009";
    store
        .register_product(
            ana,
            &NewProduct {
                serial: serial.into(),
                model: "DJI Mavic 3".into(),
                channel: SalesChannel::Official,
                region: us,
                base_plan: Some(NewBasePlan {
                    term: Term::OneYear,
                    region: us,
                    starts: today() - Days::new(10),
                    ends: today() + Days::new(355),
                    replacements_total: 2,
                    replacements_used: 0,
                }),
            },
        )
        .unwrap();
    let bea = store
        .add_customer(
            Some(ana),
            &caredesk::desk::CustomerFields {
                name: "Bea Lind".into(),
                email: Some("bea.lind@example.se".into()),
                ..Default::default()
            },
        )
        .unwrap();
    h.state_mut().push(Command::OpenProduct(serial.into()));
    h.state_mut().push(Command::ShowPanel(Panel::SellPlus));
    h.run();
    type_into(&mut h, "Name, phone or email", "bea.li");
    click_contains(&mut h, "Bea Lind");
    assert_eq!(h.state().panels.sell.customer.chosen_id(), Some(bea.id));
    h.get_by_label("APPROVED");
    click(&mut h, "Sell and bind Care Refresh+");
    let owner = store.product_customer(serial).unwrap().expect("linked");
    assert_eq!(owner.id, bea.id);
    assert!(store.lookup(serial, today()).unwrap().plus_plan.is_some());
}
