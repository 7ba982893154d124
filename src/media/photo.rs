//! Photos of the damage: checked, decoded and thumbnailed before anything is
//! kept (SPEC §6 / issue 13). A photo is kept only when it decodes: a corrupt
//! or truncated file, or a format the desk cannot read, is refused with a
//! sentence that says what to do.
//!
//! Decoding a 12-megapixel JPEG takes a noticeable fraction of a second, so
//! callers run `Photo::read` off the UI thread.

use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader};
use sha2::{Digest, Sha256};
use std::io::Cursor;

/// The largest photo kept (issue 13: at most 20 MB each).
pub const MAX_PHOTO_BYTES: usize = 20 * 1024 * 1024;
/// The longer side of a thumbnail, in pixels.
pub const THUMB_SIDE: u32 = 320;

/// Why a file cannot be kept as a photo.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PhotoError {
    #[error("{name}: {size} bytes is more than the 20 MB a photo may have")]
    TooLarge { name: String, size: usize },
    #[error("{name}: the file is empty")]
    Empty { name: String },
    #[error(
        "{name}: HEIC/HEIF photos cannot be read here; send it again as JPEG (on an iPhone: Settings → Camera → Formats → Most Compatible)"
    )]
    Heic { name: String },
    #[error("{name}: not a JPEG or PNG photo")]
    NotAPhoto { name: String },
    #[error("{name}: the photo is damaged or incomplete and cannot be read ({why})")]
    Corrupt { name: String, why: String },
}

/// The formats kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhotoFormat {
    Jpeg,
    Png,
}

impl PhotoFormat {
    pub fn mime(self) -> &'static str {
        match self {
            PhotoFormat::Jpeg => "image/jpeg",
            PhotoFormat::Png => "image/png",
        }
    }
}

/// A photo that decoded, with what is kept of it.
#[derive(Clone)]
pub struct Photo {
    /// The file's name as given (for the person, not a path to reopen).
    pub name: String,
    pub format: PhotoFormat,
    /// The original bytes, unchanged (the evidence).
    pub bytes: Vec<u8>,
    /// SHA-256 of `bytes`, lower-case hex.
    pub sha256: String,
    /// Pixel size as displayed (after the camera's orientation tag).
    pub width: u32,
    pub height: u32,
    /// A PNG of at most `THUMB_SIDE` pixels on its longer side, upright.
    pub thumbnail_png: Vec<u8>,
}

impl std::fmt::Debug for Photo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Photo")
            .field("name", &self.name)
            .field("format", &self.format)
            .field("bytes", &self.bytes.len())
            .field("sha256", &self.sha256)
            .field("size", &(self.width, self.height))
            .finish()
    }
}

/// What the first bytes say the file is.
fn sniff(bytes: &[u8]) -> Option<Result<PhotoFormat, ()>> {
    if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        return Some(Ok(PhotoFormat::Jpeg));
    }
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        return Some(Ok(PhotoFormat::Png));
    }
    // ISO base media file: `....ftyp` then a brand; HEIC/HEIF brands.
    if bytes.len() >= 12 && &bytes[4..8] == b"ftyp" {
        let brand = &bytes[8..12];
        let heif: [&[u8; 4]; 8] = [
            b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1",
        ];
        if heif.iter().any(|b| brand == *b) {
            return Some(Err(()));
        }
    }
    None
}

impl Photo {
    /// Checks, decodes and thumbnails `bytes`. Nothing of a refused file is kept.
    pub fn read(name: &str, bytes: Vec<u8>) -> Result<Photo, PhotoError> {
        let name = name.to_owned();
        if bytes.is_empty() {
            return Err(PhotoError::Empty { name });
        }
        if bytes.len() > MAX_PHOTO_BYTES {
            return Err(PhotoError::TooLarge {
                name,
                size: bytes.len(),
            });
        }
        let format = match sniff(&bytes) {
            Some(Ok(f)) => f,
            Some(Err(())) => return Err(PhotoError::Heic { name }),
            None => return Err(PhotoError::NotAPhoto { name }),
        };
        let image = decode(&bytes, format).map_err(|why| PhotoError::Corrupt {
            name: name.clone(),
            why,
        })?;
        let thumbnail_png = thumbnail(&image).map_err(|why| PhotoError::Corrupt {
            name: name.clone(),
            why,
        })?;
        Ok(Photo {
            sha256: sha256_hex(&bytes),
            width: image.width(),
            height: image.height(),
            name,
            format,
            bytes,
            thumbnail_png,
        })
    }
}

/// Whether a JPEG's image data ends with its end-of-image marker. The JPEG
/// decoder fills a cut-off picture with grey rather than failing, so a
/// truncated upload would otherwise be kept as evidence. The marker segments
/// before the scan are skipped by their lengths: an EXIF thumbnail inside them
/// carries an end marker of its own.
fn jpeg_complete(bytes: &[u8]) -> bool {
    let mut i = 2;
    while i + 4 <= bytes.len() {
        if bytes[i] != 0xFF {
            return false;
        }
        let marker = bytes[i + 1];
        if marker == 0xFF {
            i += 1;
            continue;
        }
        if marker == 0xDA {
            return bytes[i..].windows(2).any(|w| w == [0xFF, 0xD9]);
        }
        let len = usize::from(u16::from_be_bytes([bytes[i + 2], bytes[i + 3]]));
        i += 2 + len;
    }
    false
}

fn decode(bytes: &[u8], format: PhotoFormat) -> Result<DynamicImage, String> {
    if format == PhotoFormat::Jpeg && !jpeg_complete(bytes) {
        return Err("the file ends before the picture does".into());
    }
    let image_format = match format {
        PhotoFormat::Jpeg => ImageFormat::Jpeg,
        PhotoFormat::Png => ImageFormat::Png,
    };
    let mut reader = ImageReader::new(Cursor::new(bytes));
    reader.set_format(image_format);
    let mut decoder = reader.into_decoder().map_err(|e| e.to_string())?;
    // Phones store a picture as the sensor saw it plus a tag saying how to turn
    // it; without applying it, half the thumbnails lie on their side.
    let orientation = decoder.orientation().ok();
    let mut image = DynamicImage::from_decoder(decoder).map_err(|e| e.to_string())?;
    if let Some(o) = orientation {
        image.apply_orientation(o);
    }
    Ok(image)
}

fn thumbnail(image: &DynamicImage) -> Result<Vec<u8>, String> {
    let thumb = image.thumbnail(THUMB_SIDE, THUMB_SIDE).to_rgb8();
    let mut out = Cursor::new(Vec::new());
    thumb
        .write_to(&mut out, ImageFormat::Png)
        .map_err(|e| e.to_string())?;
    Ok(out.into_inner())
}

/// Lower-case hex SHA-256.
pub fn sha256_hex(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    let mut s = String::with_capacity(64);
    for b in digest {
        use std::fmt::Write;
        let _ = write!(s, "{b:02x}");
    }
    s
}
