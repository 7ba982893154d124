//! The customer's signature, as drawn with a mouse, pen or finger: strokes
//! of points in a normalised space (`[0, 1]` on both axes, x to the right,
//! y down), so it redraws at any size on screen and on paper; optionally
//! with a PNG the front end rendered. Checked here before anything is kept.

use serde::{Deserialize, Serialize};

/// The signing pad's width for a height of 1: the strokes' space is a
/// square of `[0, 1]`, drawn this much wider than high on screen and paper.
pub const PAD_ASPECT: f32 = 3.0;

/// At most this many strokes, and points in all.
pub const MAX_STROKES: usize = 500;
pub const MAX_POINTS: usize = 50_000;
/// The largest rendered image kept, in bytes and pixels per side.
pub const MAX_PNG_BYTES: usize = 2 * 1024 * 1024;
pub const MAX_PNG_SIDE: u32 = 4096;

/// A signature: its strokes, and optionally a rendered PNG.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Signature {
    /// Each stroke is the points of one pen-down … pen-up, in order.
    pub strokes: Vec<Vec<[f32; 2]>>,
    /// A picture of it, when the front end rendered one (not in JSON).
    #[serde(skip)]
    pub png: Option<Vec<u8>>,
}

/// Why a signature cannot be kept.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum SignatureError {
    #[error("the signature is empty: nothing was drawn")]
    Empty,
    #[error("the signature has {0} strokes; at most {MAX_STROKES} are kept")]
    TooManyStrokes(usize),
    #[error("the signature has {0} points; at most {MAX_POINTS} are kept")]
    TooManyPoints(usize),
    #[error(
        "stroke {stroke}, point {point}: ({x}, {y}) is outside the signing area [0, 1] × [0, 1]"
    )]
    OutOfRange {
        stroke: usize,
        point: usize,
        x: f32,
        y: f32,
    },
    #[error(
        "the signature's picture is not a readable PNG of at most {MAX_PNG_SIDE} × {MAX_PNG_SIDE} pixels and 2 MB ({0})"
    )]
    BadPng(String),
}

impl Signature {
    /// Checks the strokes (and the picture, when there is one).
    pub fn check(&self) -> Result<(), SignatureError> {
        let points: usize = self.strokes.iter().map(Vec::len).sum();
        if points == 0 {
            return Err(SignatureError::Empty);
        }
        if self.strokes.len() > MAX_STROKES {
            return Err(SignatureError::TooManyStrokes(self.strokes.len()));
        }
        if points > MAX_POINTS {
            return Err(SignatureError::TooManyPoints(points));
        }
        for (s, stroke) in self.strokes.iter().enumerate() {
            for (p, &[x, y]) in stroke.iter().enumerate() {
                let inside = |v: f32| v.is_finite() && (0.0..=1.0).contains(&v);
                if !inside(x) || !inside(y) {
                    return Err(SignatureError::OutOfRange {
                        stroke: s + 1,
                        point: p + 1,
                        x,
                        y,
                    });
                }
            }
        }
        if let Some(png) = &self.png {
            check_png(png).map_err(SignatureError::BadPng)?;
        }
        Ok(())
    }

    /// The strokes without empty ones.
    pub fn without_empty_strokes(mut self) -> Signature {
        self.strokes.retain(|s| !s.is_empty());
        self
    }
}

/// A PNG that decodes, within the size limits.
fn check_png(bytes: &[u8]) -> Result<(), String> {
    use image::{ImageDecoder, ImageFormat, ImageReader};
    if bytes.len() > MAX_PNG_BYTES {
        return Err(format!("{} bytes", bytes.len()));
    }
    let mut reader = ImageReader::new(std::io::Cursor::new(bytes));
    reader.set_format(ImageFormat::Png);
    let decoder = reader.into_decoder().map_err(|e| e.to_string())?;
    let (w, h) = decoder.dimensions();
    if w == 0 || h == 0 || w > MAX_PNG_SIDE || h > MAX_PNG_SIDE {
        return Err(format!("{w} × {h} pixels"));
    }
    image::DynamicImage::from_decoder(decoder).map_err(|e| e.to_string())?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strokes_inside_the_area_are_kept_and_others_refused() {
        let ok = Signature {
            strokes: vec![vec![[0.1, 0.5], [0.2, 0.4]], vec![[1.0, 0.0]]],
            png: None,
        };
        assert_eq!(ok.check(), Ok(()));
        assert_eq!(Signature::default().check(), Err(SignatureError::Empty));
        let out = Signature {
            strokes: vec![vec![[0.5, 0.5], [1.2, 0.5]]],
            png: None,
        };
        assert!(matches!(
            out.check(),
            Err(SignatureError::OutOfRange {
                stroke: 1,
                point: 2,
                ..
            })
        ));
        let nan = Signature {
            strokes: vec![vec![[f32::NAN, 0.5]]],
            png: None,
        };
        assert!(nan.check().is_err());
        let bad_png = Signature {
            png: Some(b"\x89PNG\r\n\x1a\nnot really".to_vec()),
            ..ok
        };
        assert!(matches!(bad_png.check(), Err(SignatureError::BadPng(_))));
    }
}
