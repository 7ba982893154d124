//! "Export this customer's data" (SPEC §6): everything held about one
//! customer as one JSON file (`caredesk.customer-data.v1`, see
//! `docs/privacy.md`). Written all or nothing like every export, and readable
//! by its owner only: it is personal data.

use super::ExportError;
use super::atomic::check_target;
use crate::desk::CustomerData;
use std::io::{BufWriter, Write};
use std::path::Path;

/// Writes the customer's data to `target` (a temporary file beside it,
/// renamed when complete). Returns the bytes written.
pub fn write_customer_data(target: &Path, data: &CustomerData) -> Result<u64, ExportError> {
    let folder = check_target(target)?;
    let not_writable = |source: std::io::Error| ExportError::NotWritable {
        path: target.to_path_buf(),
        source,
    };
    // Created owner-only (the temporary file's mode), and kept so.
    let temp = tempfile::Builder::new()
        .prefix(".caredesk-customer-")
        .suffix(".part")
        .tempfile_in(&folder)
        .map_err(not_writable)?;
    {
        let mut out = BufWriter::new(temp.as_file());
        serde_json::to_writer_pretty(&mut out, data)?;
        out.write_all(b"\n").map_err(not_writable)?;
        out.flush().map_err(not_writable)?;
    }
    temp.as_file().sync_all().map_err(not_writable)?;
    let bytes = temp.as_file().metadata().map_err(not_writable)?.len();
    temp.persist(target).map_err(|e| not_writable(e.error))?;
    Ok(bytes)
}
