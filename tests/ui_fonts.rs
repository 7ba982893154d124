//! Issue 16: the window shows every script. The fallback fonts the desk finds
//! on the workstation give egui a glyph for a sample of each script, which
//! egui's own fonts do not have (on CI, `.ci/run` installs `fonts-noto-cjk`;
//! DejaVu Sans brings Arabic and Hebrew).

use caredesk::fonts::{HanVariant, Script};
use caredesk::ui::fonts;
use egui::FontId;

fn context_with(loaded: Option<&fonts::Loaded>) -> egui::Context {
    let ctx = egui::Context::default();
    if let Some(l) = loaded {
        fonts::apply(&ctx, l);
    }
    // One pass applies the fonts.
    let mut out = ctx.run_ui(egui::RawInput::default(), |ui| {
        ui.label("张伟 김민준");
    });
    // No renderer here: the font atlas is not uploaded anywhere.
    out.textures_delta.clear();
    ctx
}

fn covers(ctx: &egui::Context, text: &str) -> bool {
    ctx.fonts_mut(|f| f.has_glyphs(&FontId::proportional(14.0), text))
}

#[test]
fn the_loaded_fonts_have_glyphs_for_every_script() {
    let loaded = fonts::load(HanVariant::Simplified);
    assert!(
        loaded.discovery.missing.is_empty(),
        "no font for {:?}; install {:?}",
        loaded.discovery.missing,
        loaded.discovery.missing_advice()
    );
    let ctx = context_with(Some(&loaded));
    for script in Script::ALL {
        assert!(
            covers(&ctx, script.sample()),
            "{script:?}: {} is not covered by {:?}",
            script.sample(),
            loaded.discovery.regular
        );
    }
    // The typed strings of the issue, mixed.
    assert!(covers(
        &ctx,
        "张伟 客户 電話 김민준 Müller محمد שלום Ωμέγα Жанна かな"
    ));
}

#[test]
fn without_fallbacks_egui_alone_lacks_cjk_arabic_and_hebrew() {
    // So the test above can fail: egui's own fonts are not enough.
    let ctx = context_with(None);
    for script in [Script::Han, Script::Hangul, Script::Arabic, Script::Hebrew] {
        assert!(!covers(&ctx, script.sample()), "{script:?}");
    }
}

#[test]
fn a_missing_script_is_named_with_the_package_to_install() {
    let d = caredesk::fonts::Discovery {
        missing: vec![Script::Han, Script::Kana, Script::Hangul],
        ..Default::default()
    };
    assert_eq!(
        fonts::missing_notice(&d),
        vec![
            "Chinese, Japanese and Korean text cannot be shown: no installed font has it. \
             Install fonts-noto-cjk."
                .to_string()
        ]
    );
}

#[test]
fn a_workstation_without_cjk_fonts_is_told_to_install_them() {
    // Only DejaVu Sans installed: Latin, Greek, Cyrillic, Hebrew and Arabic
    // are covered, Chinese, Japanese and Korean are not.
    let mut db = fontdb::Database::new();
    db.load_font_file("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
        .expect("DejaVu Sans (fonts-dejavu-core) is installed");
    let found = caredesk::fonts::discover(&db, HanVariant::Simplified);
    assert_eq!(found.missing, [Script::Han, Script::Kana, Script::Hangul]);
    assert_eq!(found.regular.len(), 1, "{:?}", found.regular);
    assert_eq!(found.regular[0].family, "DejaVu Sans");
    assert_eq!(
        fonts::missing_notice(&found),
        vec![
            "Chinese, Japanese and Korean text cannot be shown: no installed font has it. \
             Install fonts-noto-cjk."
                .to_string()
        ]
    );
}
