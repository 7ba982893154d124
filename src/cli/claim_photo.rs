//! `caredesk claim photo add|list|get` — photos of the damage, kept in the
//! database with their SHA-256 (so a backup holds them).
//!
//! - `add CLAIM FILE`: a JPEG or PNG of at most 20 MB; HEIC is refused with
//!   what to do, a damaged file is refused (exit 2, nothing kept). Prints the
//!   photo's metadata (id, name, mime, size, sha256, width, height).
//! - `list CLAIM`: the claim's photos' metadata, in the order added.
//! - `get PHOTO --out FILE`: writes the original bytes back to a file.

use super::desk::{Session, print_json, saved};
use crate::media::photo::{MAX_PHOTO_BYTES, PhotoError};
use anyhow::Context;
use std::path::PathBuf;

#[derive(clap::Subcommand, Debug)]
pub enum PhotoCmd {
    /// Attach a photo (JPEG or PNG, at most 20 MB) to a claim.
    Add { claim: String, file: PathBuf },
    /// List a claim's photos (JSON).
    List { claim: String },
    /// Write a photo's original bytes to a file.
    Get {
        photo: i64,
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
}

impl PhotoCmd {
    pub fn run(self, desk: &Session<'_>) -> anyhow::Result<i32> {
        match self {
            PhotoCmd::Add { claim, file } => {
                let name = file
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_else(|| file.display().to_string());
                let size = std::fs::metadata(&file)
                    .with_context(|| format!("cannot read {}", file.display()))?
                    .len();
                // Refused before reading a huge file into memory.
                if size > MAX_PHOTO_BYTES as u64 {
                    return Err(PhotoError::TooLarge {
                        name,
                        size: usize::try_from(size).unwrap_or(usize::MAX),
                    }
                    .into());
                }
                let bytes = std::fs::read(&file)
                    .with_context(|| format!("cannot read {}", file.display()))?;
                let store = desk.open_to_write()?;
                let actor = desk.sign_in(&store)?;
                let meta = store.attach_photo(actor.id(), &claim, &name, bytes)?;
                return saved(
                    "claim photo add",
                    &format!("photo {name} of {claim}"),
                    &meta,
                    0,
                );
            }
            PhotoCmd::List { claim } => print_json(&desk.open()?.photos(&claim)?)?,
            PhotoCmd::Get { photo, out } => {
                let p = desk.open()?.photo(photo)?;
                crate::report::atomic::write_atomically(&out, |w| {
                    use std::io::Write;
                    w.write_all(&p.bytes)?;
                    Ok(())
                })?;
                print_json(&p.meta)?;
            }
        }
        Ok(0)
    }
}
