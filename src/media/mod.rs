//! What a service visit hands over besides words: photos of the damage (and,
//! later, barcodes and signatures). Pure data in, data out; no store, no UI.

pub mod barcode;
pub mod photo;
