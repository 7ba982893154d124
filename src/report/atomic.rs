//! Writing a file all or nothing: into a temporary file beside the target,
//! renamed over the target only once everything was written and synced. On any
//! error or cancel the temporary file is deleted and an existing target is left
//! exactly as it was.
//!
//! Reports hold customers' personal data, so:
//! - the target is a regular file or nothing: a folder, a symbolic link, a
//!   device (`/dev/null` as root), a pipe or a socket is refused before
//!   anything is written (a rename would replace it with a file);
//! - a new file is readable and writable by its owner only (0600); an
//!   existing target keeps its permissions (a 0600 file stays 0600, and no
//!   export ever widens them);
//! - temporary files (`.caredesk-export-*.part`) that a crashed export left
//!   in the folder are removed when the next export there starts; one still
//!   being written by another export holds a lock and is left alone.

use super::ExportError;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

/// The temporary files' names: `.caredesk-export-XXXXXX.part`.
const TEMP_PREFIX: &str = ".caredesk-export-";
const TEMP_SUFFIX: &str = ".part";

/// What a non-regular file is, in words.
fn kind_of(ft: &std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if ft.is_block_device() || ft.is_char_device() {
            return "a device";
        }
        if ft.is_fifo() {
            return "a named pipe (FIFO)";
        }
        if ft.is_socket() {
            return "a socket";
        }
    }
    if ft.is_symlink() {
        "a symbolic link"
    } else {
        "not a regular file"
    }
}

/// Checks that `target` can be written: its folder exists, and it is a
/// regular file or nothing (not a folder, link, device, pipe or socket).
/// Cheap, so front ends can call it before starting a long export.
pub fn check_target(target: &Path) -> Result<PathBuf, ExportError> {
    if target.as_os_str().is_empty() {
        return Err(ExportError::Invalid("no output file given".into()));
    }
    // Not followed: a link is refused as a link, whatever it points at.
    if let Ok(meta) = std::fs::symlink_metadata(target) {
        let ft = meta.file_type();
        if ft.is_dir() {
            return Err(ExportError::TargetIsFolder(target.to_path_buf()));
        }
        if !ft.is_file() {
            return Err(ExportError::NotARegularFile {
                path: target.to_path_buf(),
                kind: kind_of(&ft),
            });
        }
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

/// Removes the temporary files crashed exports left in `folder` (best
/// effort). A file another export is still writing is locked by it and
/// skipped. Returns how many were removed.
pub fn remove_leftovers(folder: &Path) -> usize {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return 0;
    };
    let mut removed = 0;
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if !(name.starts_with(TEMP_PREFIX) && name.ends_with(TEMP_SUFFIX)) {
            continue;
        }
        if !entry.file_type().is_ok_and(|t| t.is_file()) {
            continue;
        }
        let Ok(file) = File::open(entry.path()) else {
            continue;
        };
        // Held by a running export: not a leftover.
        if file.try_lock().is_err() {
            continue;
        }
        if std::fs::remove_file(entry.path()).is_ok() {
            removed += 1;
        }
    }
    removed
}

/// Runs `write` against a buffered temporary file in the target's folder and
/// renames it to `target` when `write` succeeds. Returns the bytes written.
pub fn write_atomically<F>(target: &Path, write: F) -> Result<u64, ExportError>
where
    F: FnOnce(&mut BufWriter<&File>) -> Result<(), ExportError>,
{
    let folder = check_target(target)?;
    remove_leftovers(&folder);
    let not_writable = |source: std::io::Error| ExportError::NotWritable {
        path: target.to_path_buf(),
        source,
    };
    // Created owner-only (0600) by tempfile.
    let temp = tempfile::Builder::new()
        .prefix(TEMP_PREFIX)
        .suffix(TEMP_SUFFIX)
        .tempfile_in(&folder)
        .map_err(not_writable)?;
    // Marks it as in use for `remove_leftovers` of another export; dropped
    // with the file.
    temp.as_file().lock().map_err(not_writable)?;
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
    keep_existing_permissions(target, temp.as_file());
    // Checked again just before the rename: the target may have been
    // replaced by a link or device while the export ran.
    check_target(target)?;
    // `persist` renames within the folder: atomic on the same filesystem.
    temp.persist(target).map_err(|e| not_writable(e.error))?;
    Ok(bytes)
}

/// A new file stays owner-only (0600, as tempfile made it); replacing an
/// existing file keeps that file's permissions, so an export never widens
/// who can read a report.
fn keep_existing_permissions(target: &Path, temp: &File) {
    if let Ok(meta) = std::fs::metadata(target) {
        // Best effort: a filesystem without Unix modes keeps its own.
        let _ = temp.set_permissions(meta.permissions());
    }
}
