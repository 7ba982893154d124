//! Measuring and wrapping text for the built-in Helvetica faces of the PDF.

use super::helvetica_widths::{BOLD_ASCII, BOLD_OTHER, REGULAR_ASCII, REGULAR_OTHER};

/// The two faces the report uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Face {
    Regular,
    Bold,
}

/// Width of one character in 1/1000 em; characters WinAnsi cannot show are
/// drawn as `?` by the PDF writer, so they measure as `?`.
fn char_width(face: Face, c: char) -> u16 {
    let (ascii, other) = match face {
        Face::Regular => (&REGULAR_ASCII, REGULAR_OTHER),
        Face::Bold => (&BOLD_ASCII, BOLD_OTHER),
    };
    let code = c as u32;
    if (32..=126).contains(&code) {
        return ascii[(code - 32) as usize];
    }
    match other.binary_search_by_key(&c, |&(ch, _)| ch) {
        Ok(i) => other[i].1,
        Err(_) => ascii[(u32::from('?') - 32) as usize],
    }
}

/// Width of `text` in points at `size`.
pub(crate) fn width(face: Face, size: f32, text: &str) -> f32 {
    let units: u32 = text.chars().map(|c| u32::from(char_width(face, c))).sum();
    units as f32 * size / 1000.0
}

/// Replaces characters the built-in fonts cannot show with close WinAnsi ones,
/// so the page never shows a stray `?` for common typography.
pub(crate) fn printable(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\u{2192}' => '>',
            '\u{2212}' => '-',
            '\t' | '\n' | '\r' => ' ',
            c => c,
        })
        .collect()
}

/// Breaks `text` into lines no wider than `max` points; words longer than a
/// line are split by characters. Newlines in the text start new lines.
pub(crate) fn wrap(face: Face, size: f32, text: &str, max: f32) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        for word in paragraph.split_whitespace() {
            let candidate = if line.is_empty() {
                word.to_string()
            } else {
                format!("{line} {word}")
            };
            if width(face, size, &candidate) <= max {
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
                if width(face, size, &piece) > max && piece.chars().count() > 1 {
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
pub(crate) fn fit(face: Face, size: f32, text: &str, max: f32) -> String {
    if width(face, size, text) <= max {
        return text.to_string();
    }
    let mut out = String::new();
    for c in text.chars() {
        out.push(c);
        if width(face, size, &out) + width(face, size, "\u{2026}") > max {
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

    #[test]
    fn widths_follow_the_helvetica_metrics() {
        // Helvetica: 'i' is 222/1000 em, 'W' 944/1000 em, the em dash 1000.
        assert!((width(Face::Regular, 10.0, "i") - 2.22).abs() < 1e-4);
        assert!((width(Face::Regular, 10.0, "W") - 9.44).abs() < 1e-4);
        assert!((width(Face::Regular, 10.0, "\u{2014}") - 10.0).abs() < 1e-4);
        assert!(width(Face::Bold, 10.0, "abc") > width(Face::Regular, 10.0, "abc"));
    }

    #[test]
    fn wrapping_keeps_every_word_and_fits_the_width() {
        let text = "The parts were not shipped within 7 natural days of submitting the Online request, or within 3 days for Express.";
        let lines = wrap(Face::Regular, 9.0, text, 150.0);
        assert!(lines.len() > 2);
        for l in &lines {
            assert!(width(Face::Regular, 9.0, l) <= 150.0, "{l}");
        }
        assert_eq!(lines.join(" "), text);
    }

    #[test]
    fn overlong_words_are_cut() {
        let lines = wrap(Face::Regular, 10.0, &"X".repeat(100), 50.0);
        assert!(lines.len() > 1);
        assert_eq!(lines.concat(), "X".repeat(100));
    }

    #[test]
    fn fit_adds_an_ellipsis() {
        let s = fit(Face::Regular, 10.0, "a very long claim note indeed", 40.0);
        assert!(s.ends_with('\u{2026}'));
        assert!(width(Face::Regular, 10.0, &s) <= 40.0);
    }
}
