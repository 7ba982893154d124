//! Colours and spacing shared by every panel (readable at 1024×768 and up).
//!
//! Contrast (WCAG 2.2 AA, measured by [`contrast`]): text, muted text and
//! the hints in empty fields are at least 4.5:1 against the panels, dialogs,
//! striped rows and fields they are drawn on. Checkboxes and radio buttons
//! are held to the same 4.5:1 — stricter than the 3:1 that WCAG's non-text
//! contrast (1.4.11) asks of a control's outline and of its check mark — so
//! the box is as easy to find as its label. `tests/ui_contrast.rs` measures
//! the visuals the window installs, light and dark.

use egui::{Color32, Stroke, Visuals};

/// Applies the chosen theme, its colours and CareDesk's spacing (readable
/// at 1280×800).
pub fn apply(ctx: &egui::Context, dark: bool) {
    ctx.set_visuals_of(egui::Theme::Dark, visuals(true));
    ctx.set_visuals_of(egui::Theme::Light, visuals(false));
    ctx.set_theme(if dark {
        egui::Theme::Dark
    } else {
        egui::Theme::Light
    });
    ctx.all_styles_mut(|s| {
        s.spacing.item_spacing = egui::vec2(8.0, 6.0);
        s.spacing.button_padding = egui::vec2(8.0, 4.0);
        s.spacing.interact_size.y = 24.0;
        if let Some(body) = s.text_styles.get_mut(&egui::TextStyle::Body) {
            body.size = 14.0;
        }
        if let Some(b) = s.text_styles.get_mut(&egui::TextStyle::Button) {
            b.size = 14.0;
        }
        if let Some(h) = s.text_styles.get_mut(&egui::TextStyle::Heading) {
            h.size = 20.0;
        }
    });
}

/// egui's visuals with colours that meet WCAG AA contrast (module doc).
pub fn visuals(dark: bool) -> Visuals {
    let mut v = if dark {
        Visuals::dark()
    } else {
        Visuals::light()
    };
    let w = &mut v.widgets;
    if dark {
        // egui's grey 140 text is 5.1:1 on its panels, leaving no room for
        // a muted shade that still passes.
        w.noninteractive.fg_stroke.color = Color32::from_gray(180);
        v.weak_text_color = Some(Color32::from_gray(145));
        // An outline for checkboxes, radio buttons, fields and buttons at
        // rest (egui draws none: a grey 60 box on a grey 27 panel is 1.6:1).
        w.inactive.bg_stroke = Stroke::new(1.0, Color32::from_gray(140));
    } else {
        w.noninteractive.fg_stroke.color = Color32::from_gray(60);
        v.weak_text_color = Some(Color32::from_gray(100));
        // egui draws none: a grey 230 box on a grey 248 panel is 1.2:1.
        w.inactive.bg_stroke = Stroke::new(1.0, Color32::from_gray(112));
        // egui's sky blue is 2.8:1; rule IDs are links and must be read.
        v.hyperlink_color = Color32::from_rgb(0, 90, 170);
    }
    v.warn_fg_color = warn(&v);
    v.error_fg_color = bad(&v);
    v
}

/// The WCAG 2 contrast ratio of two colours, from 1 (none) to 21 (black on
/// white): (L1 + 0.05) / (L2 + 0.05) of their relative luminances. A
/// translucent `fg` is taken as drawn over `bg`.
pub fn contrast(fg: Color32, bg: Color32) -> f32 {
    let (a, b) = (
        relative_luminance(bg.blend(fg)),
        relative_luminance(bg.to_opaque()),
    );
    (a.max(b) + 0.05) / (a.min(b) + 0.05)
}

/// WCAG 2's relative luminance of an sRGB colour (0 black, 1 white).
pub fn relative_luminance(c: Color32) -> f32 {
    let channel = |v: u8| {
        let s = f32::from(v) / 255.0;
        if s <= 0.04045 {
            s / 12.92
        } else {
            ((s + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(c.r()) + 0.7152 * channel(c.g()) + 0.0722 * channel(c.b())
}

/// Green that reads on both backgrounds: approved, active.
pub fn ok(v: &Visuals) -> Color32 {
    if v.dark_mode {
        Color32::from_rgb(0x5c, 0xd6, 0x7d)
    } else {
        Color32::from_rgb(0x1b, 0x7a, 0x3a)
    }
}

/// Red: refused, errors.
pub fn bad(v: &Visuals) -> Color32 {
    if v.dark_mode {
        Color32::from_rgb(0xff, 0x7b, 0x72)
    } else {
        Color32::from_rgb(0xb3, 0x1d, 0x1d)
    }
}

/// Amber: warnings, things to watch (ends soon, not started).
pub fn warn(v: &Visuals) -> Color32 {
    if v.dark_mode {
        Color32::from_rgb(0xf0, 0xc0, 0x4a)
    } else {
        Color32::from_rgb(0x9a, 0x5b, 0x00)
    }
}

/// Muted text: hints, secondary facts.
pub fn muted(v: &Visuals) -> Color32 {
    v.weak_text_color()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contrast_follows_the_wcag_formula() {
        let (black, white) = (Color32::BLACK, Color32::WHITE);
        assert!((contrast(black, white) - 21.0).abs() < 0.01);
        assert!((contrast(white, black) - 21.0).abs() < 0.01);
        assert!((contrast(white, white) - 1.0).abs() < 0.001);
        // #767676 on white: the lightest grey that passes AA (4.54:1).
        assert!((contrast(Color32::from_gray(0x76), white) - 4.54).abs() < 0.01);
        // Half-transparent black over white is a mid grey, not black.
        let half = Color32::from_black_alpha(128);
        assert!(contrast(half, white) < 5.0);
    }
}
