//! WCAG 2.2 AA contrast of the visuals the window installs, light and dark:
//! text, muted text and the hints in empty fields at least 4.5:1 against
//! every background they are drawn on (panels, dialogs, striped rows,
//! fields); checkboxes and radio buttons — their outline against those
//! backgrounds, their check mark or dot against their fill, their label —
//! held to the same 4.5:1 (WCAG's non-text contrast asks 3:1 of the
//! outline and the mark; CareDesk applies the text level to them too).

use caredesk::ui::theme::{self, contrast};
use caredesk::ui::{CareDeskApp, Command};
use egui::{Color32, Visuals};
use egui_kittest::Harness;

mod ui_support;

const AA: f32 = 4.5;

/// The visuals in force after the window has drawn a frame, light or dark
/// (tests start light; the theme button toggles).
fn installed_visuals(dark: bool) -> Visuals {
    let dir = tempfile::tempdir().unwrap();
    let desk = ui_support::counter_store(dir.path(), "contrast.sqlite3");
    let mut app = CareDeskApp::new_for_test(desk, ui_support::today());
    let ana = app.staff[0].id;
    app.sign_in(ana, ui_support::PIN).unwrap();
    if dark {
        app.push(Command::ToggleTheme);
    }
    let mut h = Harness::builder()
        .with_size([1024.0, 768.0])
        .build_ui_state(|ui, app: &mut CareDeskApp| app.ui(ui), app);
    h.run();
    let visuals = h.ctx.global_style().visuals.clone();
    assert_eq!(visuals.dark_mode, dark, "the theme the window shows");
    visuals
}

/// Where text and controls are drawn: panels, dialogs, striped table rows.
fn backgrounds(v: &Visuals) -> Vec<(&'static str, Color32)> {
    vec![
        ("panel", v.panel_fill),
        ("dialog", v.window_fill),
        ("striped row", v.panel_fill.blend(v.faint_bg_color)),
    ]
}

/// Every failure, named, so one run shows them all.
fn below(v: &Visuals, checks: &[(String, Color32, Color32)]) -> Vec<String> {
    let theme = if v.dark_mode { "dark" } else { "light" };
    checks
        .iter()
        .filter_map(|(what, fg, bg)| {
            let ratio = contrast(*fg, *bg);
            (ratio < AA).then(|| format!("{theme}: {what} is {ratio:.2}:1 ({fg:?} on {bg:?})"))
        })
        .collect()
}

fn text_checks(v: &Visuals) -> Vec<(String, Color32, Color32)> {
    let mut checks = Vec::new();
    for (place, bg) in backgrounds(v) {
        let texts = [
            ("text", v.text_color()),
            ("muted text", v.weak_text_color()),
            ("muted text (theme)", theme::muted(v)),
            ("approved green", theme::ok(v)),
            ("refused red", theme::bad(v)),
            ("warning amber", theme::warn(v)),
            ("link (rule IDs)", v.hyperlink_color),
        ];
        for (what, fg) in texts {
            checks.push((format!("{what} on the {place}"), fg, bg));
        }
    }
    let field = v.text_edit_bg_color();
    checks.push(("hint text in a field".into(), v.weak_text_color(), field));
    let typed = v.widgets.inactive.fg_stroke.color;
    checks.push(("text typed in a field".into(), typed, field));
    checks
}

/// A checkbox and a radio button are drawn from the widget visuals of their
/// state (egui's default style): the box or circle filled with `bg_fill`
/// and outlined with `bg_stroke`, the check mark or dot and the label in
/// `fg_stroke`.
fn control_checks(v: &Visuals) -> Vec<(String, Color32, Color32)> {
    let w = &v.widgets;
    let states = [
        ("at rest", &w.inactive),
        ("hovered", &w.hovered),
        ("pressed", &w.active),
    ];
    let mut checks = Vec::new();
    for (state, wv) in states {
        assert!(
            wv.bg_stroke.width >= 1.0,
            "a checkbox {state} has an outline"
        );
        let mark = format!("checkbox and radio mark {state} on its fill");
        checks.push((mark, wv.fg_stroke.color, wv.bg_fill));
        for (place, bg) in backgrounds(v) {
            let outline = format!("checkbox and radio outline {state} on the {place}");
            checks.push((outline, wv.bg_stroke.color, bg));
            let label = format!("checkbox and radio label {state} on the {place}");
            checks.push((label, wv.fg_stroke.color, bg));
        }
    }
    checks
}

fn assert_aa(dark: bool) {
    let v = installed_visuals(dark);
    let mut failures = below(&v, &text_checks(&v));
    failures.extend(below(&v, &control_checks(&v)));
    assert!(failures.is_empty(), "below 4.5:1:\n{}", failures.join("\n"));
}

#[test]
fn light_theme_meets_wcag_aa() {
    assert_aa(false);
}

#[test]
fn dark_theme_meets_wcag_aa() {
    assert_aa(true);
}

#[test]
fn egui_defaults_would_not_pass() {
    // The check is not vacuous: egui's own visuals fail it (muted text and
    // the outline-less checkbox), which is why `theme::visuals` changes them.
    for v in [Visuals::light(), Visuals::dark()] {
        let failures = below(&v, &text_checks(&v));
        assert!(
            failures
                .iter()
                .any(|f| f.contains("muted text on the panel")),
            "{failures:?}"
        );
        assert!(contrast(v.widgets.inactive.bg_fill, v.panel_fill) < 3.0);
        assert_eq!(v.widgets.inactive.bg_stroke.width, 0.0);
    }
}
