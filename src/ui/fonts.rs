//! The window's fonts: egui's own fonts first, then the workstation's fonts
//! for every other script (Chinese, Japanese, Korean, Arabic, Hebrew, …),
//! found by `crate::fonts` on a background thread so the first frame never
//! waits for them. They are added as soon as they are found, and a script no
//! installed font covers is named once, with the package to install.
//!
//! Limits (egui's): text is laid out left to right without shaping, so Arabic
//! and Hebrew show their letters in the order typed, Arabic in isolated
//! forms; every character is kept and shown, not reordered.
//!
//! `CAREDESK_NO_FALLBACK_FONTS=1` starts without them (for the cold-start
//! comparison in BENCHMARKS.md). `CAREDESK_EXIT_AFTER_FIRST_FRAME=1` closes the
//! window after its first frame, `=fonts` after the first frame drawn with
//! the fallback fonts (both for measuring start-up).

use crate::fonts::{Discovery, HanVariant};
use egui::{FontData, FontFamily, FontInsert, InsertFontFamily, epaint::text::FontPriority};
use std::sync::{Arc, Mutex, mpsc};

/// The fallback fonts, read and ready for egui.
pub struct Loaded {
    /// Font name (its family) and data.
    pub fonts: Vec<(String, FontData)>,
    pub discovery: Discovery,
}

/// Finds and maps the fallback fonts (tens of milliseconds: not on the UI thread).
pub fn load(han: HanVariant) -> Loaded {
    let db = crate::fonts::system_database();
    let discovery = crate::fonts::discover(&db, han);
    let fonts = discovery
        .regular
        .iter()
        .filter_map(|f| {
            let file = std::fs::File::open(&f.path).ok()?;
            // SAFETY: font files are not changed while the desk runs (the
            // same assumption fontdb and every program that maps fonts makes).
            let map = unsafe { memmap2::Mmap::map(&file) }.ok()?;
            let data = FontData::from_blob(Arc::new(map), f.index);
            Some((format!("{} ({})", f.family, f.index), data))
        })
        .collect();
    Loaded { fonts, discovery }
}

/// Adds the fallback fonts after egui's own, for proportional and monospace text.
pub fn apply(ctx: &egui::Context, loaded: &Loaded) {
    for (name, data) in &loaded.fonts {
        ctx.add_font(FontInsert::new(
            name,
            data.clone(),
            vec![
                InsertFontFamily {
                    family: FontFamily::Proportional,
                    priority: FontPriority::Lowest,
                },
                InsertFontFamily {
                    family: FontFamily::Monospace,
                    priority: FontPriority::Lowest,
                },
            ],
        ));
    }
}

/// The sentences that say which scripts cannot be shown and what to install.
pub fn missing_notice(discovery: &Discovery) -> Vec<String> {
    discovery
        .missing_advice()
        .into_iter()
        .map(|(scripts, package)| crate::tr!("fonts-missing", scripts = scripts, package = package))
        .collect()
}

#[derive(Default)]
struct State {
    /// Sentences to show until dismissed.
    notice: Vec<String>,
    applied: bool,
    frames: u32,
}

/// Starts finding the fonts and adds them to `ctx` when ready; the one hook
/// the app needs (called where the window is created).
pub fn install(ctx: &egui::Context) {
    let exit_after = std::env::var("CAREDESK_EXIT_AFTER_FIRST_FRAME").ok();
    let fallbacks = std::env::var_os("CAREDESK_NO_FALLBACK_FONTS").is_none();
    let state = Arc::new(Mutex::new(State {
        // Without fallbacks there is nothing to wait for.
        applied: !fallbacks,
        ..State::default()
    }));
    let (tx, rx) = mpsc::channel::<Loaded>();
    let rx = Mutex::new(rx);
    if fallbacks {
        let han = HanVariant::for_language(crate::i18n::current().tag());
        let repaint = ctx.clone();
        let _ = std::thread::Builder::new()
            .name("fonts".into())
            .spawn(move || {
                if tx.send(load(han)).is_ok() {
                    repaint.request_repaint();
                }
            });
    }

    let s = Arc::clone(&state);
    ctx.on_begin_pass(
        "caredesk-fonts",
        Arc::new(move |ctx| {
            let Ok(mut st) = s.lock() else { return };
            if let Ok(rx) = rx.lock()
                && let Ok(loaded) = rx.try_recv()
            {
                apply(ctx, &loaded);
                st.applied = true;
                st.notice = missing_notice(&loaded.discovery);
                for line in &st.notice {
                    eprintln!("caredesk: {line}");
                }
            }
            if !st.notice.is_empty() {
                let mut open = true;
                egui::Window::new(crate::tr!("fonts-missing-title"))
                    .collapsible(false)
                    .resizable(false)
                    .anchor(egui::Align2::RIGHT_BOTTOM, [-12.0, -40.0])
                    .show(ctx, |ui| {
                        for line in &st.notice {
                            ui.label(line);
                        }
                        if ui.button(crate::tr!("fonts-missing-dismiss")).clicked() {
                            open = false;
                        }
                    });
                if !open {
                    st.notice.clear();
                }
            }
        }),
    );

    if let Some(when) = exit_after {
        let s = Arc::clone(&state);
        ctx.on_end_pass(
            "caredesk-exit-after-first-frame",
            Arc::new(move |ctx| {
                let Ok(mut st) = s.lock() else { return };
                st.frames += 1;
                let done = if when == "fonts" {
                    st.applied
                } else {
                    st.frames >= 1
                };
                if done {
                    ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                }
            }),
        );
    }
}
