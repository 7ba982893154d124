//! The shape the window's code relies on: the panel registry, the live
//! decision shared by claim intake and the CR+ sale, and the test mode
//! (fixed theme, no animation).

use caredesk::catalog::Catalog;
use caredesk::desk::Desk;
use caredesk::ui::command::{Command, PlusRequest};
use caredesk::ui::preview::LivePreview;
use caredesk::ui::{CareDeskApp, Panel};
use chrono::NaiveDate;
use std::collections::BTreeSet;
use std::sync::Arc;

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 5, d).unwrap()
}

#[test]
fn every_panel_has_a_name_a_title_and_a_shortcut_of_its_own() {
    let names: BTreeSet<&str> = Panel::ALL.iter().map(|p| p.name()).collect();
    let titles: BTreeSet<String> = Panel::ALL.iter().map(|p| p.title()).collect();
    let keys: BTreeSet<String> = Panel::ALL
        .iter()
        .map(|p| format!("{:?}", Command::ShowPanel(*p).shortcut()))
        .collect();
    assert_eq!(names.len(), Panel::ALL.len());
    assert_eq!(titles.len(), Panel::ALL.len());
    assert_eq!(keys.len(), Panel::ALL.len());
    for (i, p) in Panel::ALL.iter().enumerate() {
        assert_eq!(p.index(), i);
        assert_eq!(Panel::from_name(p.name()), Some(*p));
        assert!(
            !p.title().starts_with("panel-"),
            "{} has its title",
            p.name()
        );
        assert!(Command::ShowPanel(*p).shortcut().is_some());
    }
    // `--panel` names as the command line has always taken them.
    assert_eq!(
        Panel::ALL.map(|p| p.name()),
        [
            "lookup",
            "plans",
            "coverage",
            "sell",
            "intake",
            "claims",
            "settings",
            "customers",
            "today"
        ]
    );
    assert_eq!(Panel::default(), Panel::Lookup);
}

#[test]
fn the_live_preview_asks_once_per_change_and_answers_only_the_request_it_was_for() {
    let request = |d: u32| PlusRequest {
        serial: "1SSDH7R00A0001".into(),
        purchase_region: caredesk::rules::Region::parse_shape("US").unwrap(),
        on: day(d),
    };
    let mut p: LivePreview<PlusRequest, bool> = LivePreview::default();
    assert_eq!(p.follow(None), None, "an incomplete form asks nothing");
    assert_eq!(p.follow(Some(&request(2))), Some(request(2)));
    assert_eq!(p.follow(Some(&request(2))), None, "asked once");
    assert!(p.result().is_none());
    p.answer(request(2), Ok(true));
    assert_eq!(p.current(Some(&request(2))), Some(&true));
    // The form changes: the old answer still shows, but is not current.
    assert_eq!(p.follow(Some(&request(3))), Some(request(3)));
    assert_eq!(p.current(Some(&request(3))), None);
    assert!(!p.is_current(Some(&request(3))));
    assert_eq!(p.result(), Some(&Ok(true)));
    // Back to an incomplete form, then the same request: asked again.
    assert_eq!(p.follow(None), None);
    assert_eq!(p.follow(Some(&request(3))), Some(request(3)));
    p.clear();
    assert!(p.result().is_none());
}

#[test]
fn in_test_mode_the_theme_is_fixed_and_nothing_animates() {
    let dir = tempfile::tempdir().unwrap();
    let catalog = Arc::new(Catalog::builtin().unwrap());
    let desk = Desk::open_or_create_path(&dir.path().join("t.sqlite3"), catalog).unwrap();
    let mut app = CareDeskApp::new_for_test(desk, day(2));
    // A context as a dark desktop with animations would give it.
    let ctx = egui::Context::default();
    ctx.set_theme(egui::Theme::Dark);
    ctx.all_styles_mut(|s| s.animation_time = 0.5);
    let mut output = ctx.run_ui(egui::RawInput::default(), |ui| app.ui(ui));
    output.textures_delta.clear(); // nothing renders here
    assert_eq!(ctx.theme(), egui::Theme::Light);
    assert_eq!(ctx.global_style().animation_time, 0.0);
}
