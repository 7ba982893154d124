//! Colours and spacing shared by every panel (readable at 1024×768 and up).

use egui::{Color32, Visuals};

/// Applies the chosen theme and CareDesk's spacing (readable at 1280×800).
pub fn apply(ctx: &egui::Context, dark: bool) {
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
