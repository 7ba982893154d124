//! Code 128 barcodes for the papers a customer takes home: the claim id on the
//! intake receipt and the box label, so a scanner at the counter opens the
//! claim. The encoding is `barcoders`'; here are the quiet zones and pixels.

use barcoders::sym::code128::Code128;

/// Modules of white each side of the bars (the symbology asks for 10).
pub const QUIET_ZONE: usize = 10;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BarcodeError {
    #[error("`{0}` cannot be printed as a Code 128 barcode (printable ASCII only)")]
    Unprintable(String),
}

/// The bars of `text` in Code 128 (character set B), quiet zones included:
/// `true` is a dark module.
pub fn code128(text: &str) -> Result<Vec<bool>, BarcodeError> {
    if text.is_empty() || !text.bytes().all(|b| (0x20..0x7f).contains(&b)) {
        return Err(BarcodeError::Unprintable(text.to_owned()));
    }
    // `Ɓ` selects character set B (upper and lower case, digits, punctuation).
    let symbol = Code128::new(format!("\u{0181}{text}"))
        .map_err(|_| BarcodeError::Unprintable(text.to_owned()))?;
    let mut modules = vec![false; QUIET_ZONE];
    modules.extend(symbol.encode().into_iter().map(|m| m == 1));
    modules.extend(std::iter::repeat_n(false, QUIET_ZONE));
    Ok(modules)
}

/// The barcode as a PNG (black on white), `module_px` pixels a module,
/// `height_px` tall: for the window and for tests that scan it back.
pub fn png(modules: &[bool], module_px: u32, height_px: u32) -> Vec<u8> {
    let width = modules.len() as u32 * module_px;
    let img = image::GrayImage::from_fn(width, height_px, |x, _| {
        let dark = modules
            .get((x / module_px.max(1)) as usize)
            .copied()
            .unwrap_or(false);
        image::Luma([if dark { 0 } else { 255 }])
    });
    let mut out = std::io::Cursor::new(Vec::new());
    // Writing a PNG to memory cannot fail for a well-formed image buffer.
    let _ = img.write_to(&mut out, image::ImageFormat::Png);
    out.into_inner()
}
