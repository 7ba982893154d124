//! What a service visit hands over besides words: photos of the damage and
//! the customer's signature (and, later, barcodes). Pure data in, data out;
//! no store, no UI.

pub mod barcode;
pub mod photo;
pub mod signature;
