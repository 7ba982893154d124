//! Photos and barcodes with real bytes: JPEG and PNG photos made here with the
//! `image` crate (one truncated, one HEIC header, one not an image at all), and
//! Code 128 barcodes scanned back by a real barcode reader (`zbarimg`, Debian's
//! zbar-tools, which `.ci/run` installs).

use caredesk::media::barcode;
use caredesk::media::photo::{MAX_PHOTO_BYTES, Photo, PhotoError, PhotoFormat, THUMB_SIDE};
use image::{ImageFormat, RgbImage};
use std::io::Cursor;
use std::process::Command;

fn encoded(width: u32, height: u32, format: ImageFormat) -> Vec<u8> {
    let img = RgbImage::from_fn(width, height, |x, y| {
        image::Rgb([(x % 256) as u8, (y % 256) as u8, ((x + y) % 256) as u8])
    });
    let mut out = Cursor::new(Vec::new());
    img.write_to(&mut out, format).expect("encode");
    out.into_inner()
}

#[test]
fn a_jpeg_and_a_png_are_read_thumbnailed_and_hashed() {
    for (format, kind) in [
        (ImageFormat::Jpeg, PhotoFormat::Jpeg),
        (ImageFormat::Png, PhotoFormat::Png),
    ] {
        let bytes = encoded(1200, 800, format);
        let photo = Photo::read("damage.img", bytes.clone()).expect("a photo");
        assert_eq!(photo.format, kind);
        assert_eq!((photo.width, photo.height), (1200, 800));
        assert_eq!(photo.bytes, bytes, "the original is kept unchanged");
        assert_eq!(photo.sha256.len(), 64);
        let thumb = image::load_from_memory(&photo.thumbnail_png).expect("thumbnail decodes");
        assert_eq!(thumb.width(), THUMB_SIDE);
        assert!(thumb.height() < THUMB_SIDE);
    }
}

#[test]
fn refused_files_say_why_and_keep_nothing() {
    let jpeg = encoded(640, 480, ImageFormat::Jpeg);
    let cut = jpeg[..jpeg.len() / 2].to_vec();
    assert!(matches!(
        Photo::read("cut.jpg", cut),
        Err(PhotoError::Corrupt { .. })
    ));
    let png = encoded(640, 480, ImageFormat::Png);
    let cut = png[..png.len() * 2 / 3].to_vec();
    assert!(matches!(
        Photo::read("cut.png", cut),
        Err(PhotoError::Corrupt { .. })
    ));
    let mut heic = vec![0, 0, 0, 24];
    heic.extend_from_slice(b"ftypheic");
    heic.extend_from_slice(&[0; 32]);
    let e = Photo::read("IMG_0001.HEIC", heic).expect_err("HEIC refused");
    assert!(matches!(e, PhotoError::Heic { .. }));
    assert!(e.to_string().contains("JPEG"), "{e}");
    assert!(matches!(
        Photo::read("notes.txt", b"hello".to_vec()),
        Err(PhotoError::NotAPhoto { .. })
    ));
    assert!(matches!(
        Photo::read("empty.jpg", Vec::new()),
        Err(PhotoError::Empty { .. })
    ));
    let mut big = jpeg.clone();
    big.resize(MAX_PHOTO_BYTES + 1, 0);
    assert!(matches!(
        Photo::read("huge.jpg", big),
        Err(PhotoError::TooLarge { .. })
    ));
}

#[test]
fn a_code128_barcode_scans_back_to_the_claim_id() {
    for text in ["CL-2026-000123", "1SSDH7R00A0001"] {
        let modules = barcode::code128(text).expect("encodes");
        let png = barcode::png(&modules, 3, 120);
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("code.png");
        std::fs::write(&path, png).expect("write");
        let out = Command::new("zbarimg")
            .args(["--raw", "-q"])
            .arg(&path)
            .output()
            .expect("zbarimg runs (apt-get install zbar-tools)");
        assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), text);
    }
    assert!(barcode::code128("张伟").is_err());
    assert!(barcode::code128("").is_err());
}
