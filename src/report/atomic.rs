//! Writing a file all or nothing: into a temporary file beside the target,
//! renamed over the target only once everything was written and synced. On any
//! error or cancel the temporary file is deleted and an existing target is left
//! exactly as it was.

use super::ExportError;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

/// Checks that `target` can be written: its folder exists and it is not a folder.
/// Cheap, so front ends can call it before starting a long export.
pub fn check_target(target: &Path) -> Result<PathBuf, ExportError> {
    if target.as_os_str().is_empty() {
        return Err(ExportError::Invalid("no output file given".into()));
    }
    if target.is_dir() {
        return Err(ExportError::TargetIsFolder(target.to_path_buf()));
    }
    let folder = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if !folder.is_dir() {
        return Err(ExportError::MissingFolder(folder));
    }
    Ok(folder)
}

/// Runs `write` against a buffered temporary file in the target's folder and
/// renames it to `target` when `write` succeeds. Returns the bytes written.
pub fn write_atomically<F>(target: &Path, write: F) -> Result<u64, ExportError>
where
    F: FnOnce(&mut BufWriter<&File>) -> Result<(), ExportError>,
{
    let folder = check_target(target)?;
    let not_writable = |source: std::io::Error| ExportError::NotWritable {
        path: target.to_path_buf(),
        source,
    };
    let temp = tempfile::Builder::new()
        .prefix(".caredesk-export-")
        .suffix(".part")
        .tempfile_in(&folder)
        .map_err(not_writable)?;
    {
        let mut out = BufWriter::with_capacity(256 * 1024, temp.as_file());
        write(&mut out).map_err(|e| match e {
            ExportError::Io(source) => not_writable(source),
            e => e,
        })?;
        out.flush().map_err(not_writable)?;
    }
    temp.as_file().sync_all().map_err(not_writable)?;
    let bytes = temp.as_file().metadata().map_err(not_writable)?.len();
    set_shareable_permissions(temp.as_file());
    // `persist` renames within the folder: atomic on the same filesystem.
    temp.persist(target).map_err(|e| not_writable(e.error))?;
    Ok(bytes)
}

/// Temporary files are created owner-only; an exported report is an ordinary
/// document, readable like any file the user saves.
#[cfg(unix)]
fn set_shareable_permissions(file: &File) {
    use std::os::unix::fs::PermissionsExt;
    // Best effort: a filesystem without Unix modes keeps its own.
    let _ = file.set_permissions(std::fs::Permissions::from_mode(0o644));
}

#[cfg(not(unix))]
fn set_shareable_permissions(_file: &File) {}
