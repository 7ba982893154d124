//! The counter's main flow in Simplified Chinese and in Korean (issue 16),
//! headless (egui_kittest) on a real SQLite file: choose who is working,
//! scan a serial, see its plans, take in a claim refused under REP-PRIVACY,
//! fix it, file it (confirming the incomplete intake checklist) — every label found by its translated text, the rule ID
//! as it is. Then the language chosen in Settings: applied at once and kept
//! in the window's saved state.
//!
//! The desk's language is one setting for the whole process, so the cases run
//! one after the other (`LANGUAGE_LOCK`), and each puts English back.

use caredesk::desk::Desk as Store;
use caredesk::fonts::HanVariant;
use caredesk::i18n::{self, Lang};
use caredesk::rules::RuleId;
use caredesk::ui::{CareDeskApp, Command, Panel, State, fonts};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use std::sync::{Mutex, MutexGuard, PoisonError};

mod ui_support;
pub use ui_support::{PIN, SERIAL};

static LANGUAGE_LOCK: Mutex<()> = Mutex::new(());

/// Holds the process's language for one case; English again when dropped.
struct InLanguage(#[allow(dead_code)] MutexGuard<'static, ()>);

impl InLanguage {
    fn set(tag: &str) -> Self {
        let guard = LANGUAGE_LOCK.lock().unwrap_or_else(PoisonError::into_inner);
        i18n::set_current(lang(tag));
        InLanguage(guard)
    }
}

impl Drop for InLanguage {
    fn drop(&mut self) {
        i18n::set_current(Lang::EN);
    }
}

fn lang(tag: &str) -> Lang {
    Lang::all()
        .find(|l| l.tag() == tag)
        .expect("the desk has it")
}

use ui_support::today;

fn store(dir: &tempfile::TempDir) -> Store {
    ui_support::counter_store(dir.path(), "ui.sqlite3")
}

/// The window with the workstation's fonts for the language (as the real
/// window adds them once found; here before the first frame). Kittest
/// refuses to lay out a character no font has, so every glyph drawn is covered.
fn harness(app: CareDeskApp) -> Harness<'static, CareDeskApp> {
    let loaded = fonts::load(HanVariant::for_language(i18n::current().tag()));
    Harness::builder()
        .with_size([1280.0, 800.0])
        .with_context_setup(move |ctx| fonts::apply(ctx, &loaded))
        .build_ui_state(|ui, app: &mut CareDeskApp| app.ui(ui), app)
}

/// The texts the flow looks for, as the language's file words them.
struct Words {
    tag: &'static str,
    who_is_working: &'static str,
    staff: &'static str,
    pin: &'static str,
    serial_field: &'static str,
    valid_through: &'static str,
    no_plus: &'static str,
    aircraft: &'static str,
    refused: &'static str,
    privacy: &'static str,
    approved: &'static str,
    fee: &'static str,
    file_approved: &'static str,
    incomplete_title: &'static str,
    file_anyway: &'static str,
    claims_status_approved: &'static str,
}

fn main_flow(w: &Words) {
    let _lang = InLanguage::set(w.tag);
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(CareDeskApp::new_for_test(store(&dir), today()));
    h.run();

    h.get_by_label(w.who_is_working);
    h.get_by_label(w.staff).click();
    h.run();
    h.get_by_label(w.pin).type_text(PIN);
    h.key_press(Key::Enter);
    h.run();
    assert!(h.state().current_staff().is_some());

    let field = h.get_by_label(w.serial_field);
    assert!(field.is_focused());
    field.type_text(SERIAL);
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(h.state().state.panel, Panel::Plans);
    h.get_by_label(w.valid_through);
    h.get_by_label(w.no_plus);

    h.key_press_modifiers(Modifiers::COMMAND, Key::Num5);
    h.run();
    assert_eq!(h.state().state.panel, Panel::Intake);
    h.get_by_label(w.aircraft).click();
    h.run();
    h.get_by_label(w.refused);
    // The rule ID as it is, its reason in the language.
    h.get_by_label("REP-PRIVACY");
    let reason = RuleId::RepPrivacy.reason();
    assert_eq!(reason, RuleId::RepPrivacy.reason_in(lang(w.tag)));
    assert_ne!(reason, RuleId::RepPrivacy.reason_in(Lang::EN));
    h.get_by_label(reason);

    h.get_by_label(w.privacy).scroll_to_me();
    h.run();
    h.get_by_label(w.privacy).click();
    h.run();
    h.get_by_label(w.approved);
    assert!(h.query_by_label("REP-PRIVACY").is_none());
    h.get_by_label_contains(w.fee);
    h.get_by_label_contains(w.file_approved).click();
    h.run();
    // Nothing of the intake checklist is ticked: filing asks first.
    h.get_by_label(w.incomplete_title);
    h.get_by_label(w.file_anyway).click();
    h.run();
    assert_eq!(h.state().state.panel, Panel::Claims);
    assert!(
        h.query_all_by_label_contains(w.claims_status_approved)
            .next()
            .is_some(),
        "{}: the filed claim shows as approved",
        w.tag
    );
    // Nothing of the English flow's words on the screen.
    for english in ["Claims", "Serial", "Approved", "Replacement"] {
        assert!(h.query_by_label(english).is_none(), "{}: {english}", w.tag);
    }
}

#[test]
fn main_flow_in_simplified_chinese() {
    main_flow(&Words {
        tag: "zh-Hans",
        who_is_working: "谁在工作？",
        staff: "Ana Supervisor — 主管",
        pin: "您的 PIN 码：",
        serial_field: "序列号",
        valid_through: "2027-01-21（265 天后结束）",
        no_plus: "该产品没有此服务计划。",
        aircraft: "飞行器（产品主体）",
        refused: "拒绝",
        privacy: "已同意《DJI 隐私政策》",
        approved: "批准",
        fee: "换新费用：",
        file_approved: "提交申请（已批准）",
        incomplete_title: "在受理信息不完整的情况下提交？",
        file_anyway: "仍然提交",
        claims_status_approved: "已批准",
    });
}

#[test]
fn main_flow_in_korean() {
    main_flow(&Words {
        tag: "ko",
        who_is_working: "누가 근무 중인가요?",
        staff: "Ana Supervisor — 관리자",
        pin: "PIN:",
        serial_field: "시리얼 번호",
        valid_through: "2027-01-21  (265일 후 종료)",
        no_plus: "이 제품에는 없습니다.",
        aircraft: "기체(제품 본체)",
        refused: "거절",
        privacy: "DJI 개인정보 처리방침에 동의함",
        approved: "승인",
        fee: "교체 비용:",
        file_approved: "신청 접수(승인)",
        incomplete_title: "접수 정보가 미완료인 상태로 접수할까요?",
        file_anyway: "그래도 접수",
        claims_status_approved: "승인",
    });
}

/// Settings → Language → 한국어: the window speaks Korean from the next
/// frame, the choice is in the saved state (and comes back with it);
/// "System language" forgets it.
#[test]
fn the_language_chosen_in_settings_applies_at_once_and_is_kept() {
    let _lang = InLanguage::set("en");
    let dir = tempfile::tempdir().unwrap();
    let mut app = CareDeskApp::new_for_test(store(&dir), today());
    let ana = app.staff[0].id;
    app.sign_in(ana, PIN).unwrap();
    app.push(Command::ShowPanel(Panel::Settings));
    let mut h = harness(app);
    h.run();
    h.get_by_label("Language");
    // (Below the fold of the settings column: scrolled to, as a person would.)
    h.get_by_label("Language:").scroll_to_me();
    h.run();
    h.get_by_label("Language:").click();
    h.run();
    h.get_by_label("한국어").click();
    h.run();
    assert_eq!(i18n::current(), lang("ko"));
    assert_eq!(h.state().state.lang.as_deref(), Some("ko"));
    h.get_by_label("언어:");
    h.get_by_label("설정");
    h.get_by_label_contains("이제 한국어(으)로 표시됩니다.");
    assert!(h.query_by_label("Language:").is_none());

    // Kept: the state as eframe saves it, read back, chooses Korean.
    let saved = serde_json::to_string(&h.state().state).unwrap();
    let restored: State = serde_json::from_str(&saved).unwrap();
    assert_eq!(restored.language(), Some(lang("ko")));

    // Back to the system's language: the choice is forgotten.
    h.state_mut().push(Command::SetLanguage(None));
    h.run();
    assert_eq!(h.state().state.lang, None);
    let system = i18n::system().unwrap_or(Lang::EN);
    assert_eq!(i18n::current(), system);

    // A run in another language (`--lang`) says so under the choice.
    let other = if system == lang("de") { "fr" } else { "de" };
    i18n::set_current(lang(other));
    h.run();
    h.run();
    let note = if other == "de" {
        "Dieser Start ist auf Deutsch"
    } else {
        "Langue de cette session\u{a0}: Français"
    };
    h.get_by_label_contains(note);
}

/// A claim taken in at an English counter and opened at a German one
/// (issue 16): its advice reads in German — the ship-by window of the SPEC
/// §5 advice — its timeline too, and the fee is German money ("98,00 $"),
/// not the English words kept from the counter that decided it nor
/// "98.00 USD".
#[test]
fn a_claim_decided_in_english_reads_in_german() {
    use caredesk::desk::{ClaimInput, ClaimKind};
    use caredesk::rules::{Cause, Part, Region, ServiceChannel};
    let dir = tempfile::tempdir().unwrap();
    let store = store(&dir);
    let (id, fee, advice) = {
        let _lang = InLanguage::set("en");
        let ana = store.staff().unwrap()[0].id;
        let input = ClaimInput {
            service_region: Region::parse_shape("US").unwrap(),
            channel: ServiceChannel::Online,
            cause: Cause::Collision,
            parts: std::collections::BTreeMap::from([(Part::Aircraft, 1)]),
            exclusions: vec![],
            submitted: today(),
            shipped: None,
            accepts_transregional_fees: false,
            manufacturing_defect_before_plus: false,
            privacy_accepted: true,
        };
        let c = store
            .file_claim(ana, SERIAL, ClaimKind::Replacement, &input, today())
            .unwrap();
        let advice = c.advice.clone().unwrap();
        assert!(
            advice
                .window
                .starts_with("The customer must ship the parts by")
        );
        (c.row.id.clone(), c.row.fee.clone().unwrap(), advice)
    };

    let _lang = InLanguage::set("de");
    let mut app = CareDeskApp::new_for_test(store, today());
    let ana = app.staff[0].id;
    app.sign_in(ana, PIN).unwrap();
    app.push(Command::OpenClaim(id));
    let mut h = harness(app);
    h.run();
    h.run();
    let german = advice.in_lang(lang("de")).window;
    assert!(
        german.starts_with("Der Kunde muss die Teile bis"),
        "{german}"
    );
    h.get_by_label(&german);
    assert!(h.query_by_label(&advice.window).is_none());
    // The timeline the desk wrote at the English counter reads in German.
    h.get_by_label_contains("angenommen");
    // The statuses as their labels (German nouns keep their capitals).
    h.get_by_label_contains("(von Eingereicht)");
    assert!(h.query_all_by_label_contains("taken in").next().is_none());
    let money = caredesk::i18n::format::money(lang("de"), &fee);
    assert!(money.ends_with("\u{a0}$"), "{money}");
    h.get_by_label_contains(&format!("Kunde zahlt: {money}"));
    assert!(
        h.query_all_by_label_contains(&fee.to_string())
            .next()
            .is_none(),
        "no {fee} in the German window"
    );
}
