//! Measuring and wrapping text with the fonts that will draw it (`font`):
//! Helvetica's metrics for Western text, the embedded faces' advances for
//! the rest.

pub(crate) use super::font::Face;
use super::font::SystemFonts;

/// Width of `text` in points at `size`.
pub(crate) fn width(fonts: &SystemFonts, face: Face, size: f32, text: &str) -> f32 {
    fonts.width(face, size, text)
}

/// Control characters become spaces; everything else is drawn as typed
/// (the fonts cover what Helvetica does not).
pub(crate) fn printable(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// Breaks `text` into lines no wider than `max` points; words longer than a
/// line are split by characters. Newlines in the text start new lines.
pub(crate) fn wrap(
    fonts: &SystemFonts,
    face: Face,
    size: f32,
    text: &str,
    max: f32,
) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        for word in paragraph.split_whitespace() {
            let candidate = if line.is_empty() {
                word.to_string()
            } else {
                format!("{line} {word}")
            };
            if width(fonts, face, size, &candidate) <= max {
                line = candidate;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            // A single word wider than the line: cut it where it overflows.
            let mut piece = String::new();
            for c in word.chars() {
                piece.push(c);
                if width(fonts, face, size, &piece) > max && piece.chars().count() > 1 {
                    piece.pop();
                    lines.push(std::mem::take(&mut piece));
                    piece.push(c);
                }
            }
            line = piece;
        }
        lines.push(line);
    }
    lines
}

/// Shortens `text` with an ellipsis so it fits in `max` points.
pub(crate) fn fit(fonts: &SystemFonts, face: Face, size: f32, text: &str, max: f32) -> String {
    if width(fonts, face, size, text) <= max {
        return text.to_string();
    }
    let mut out = String::new();
    for c in text.chars() {
        out.push(c);
        if width(fonts, face, size, &out) + width(fonts, face, size, "\u{2026}") > max {
            out.pop();
            break;
        }
    }
    out.push('\u{2026}');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn helvetica() -> &'static SystemFonts {
        Box::leak(Box::new(SystemFonts::none()))
    }

    #[test]
    fn wrapping_keeps_every_word_and_fits_the_width() {
        let f = helvetica();
        let text = "The parts were not shipped within 7 natural days of submitting the Online request, or within 3 days for Express.";
        let lines = wrap(f, Face::Regular, 9.0, text, 150.0);
        assert!(lines.len() > 2);
        for l in &lines {
            assert!(width(f, Face::Regular, 9.0, l) <= 150.0, "{l}");
        }
        assert_eq!(lines.join(" "), text);
    }

    #[test]
    fn overlong_words_are_cut() {
        let lines = wrap(helvetica(), Face::Regular, 10.0, &"X".repeat(100), 50.0);
        assert!(lines.len() > 1);
        assert_eq!(lines.concat(), "X".repeat(100));
    }

    #[test]
    fn fit_adds_an_ellipsis() {
        let f = helvetica();
        let s = fit(
            f,
            Face::Regular,
            10.0,
            "a very long claim note indeed",
            40.0,
        );
        assert!(s.ends_with('\u{2026}'));
        assert!(width(f, Face::Regular, 10.0, &s) <= 40.0);
    }

    #[test]
    fn typed_text_is_kept_except_control_characters() {
        assert_eq!(printable("张伟\t→ 김민준\n"), "张伟 → 김민준 ");
    }
}
