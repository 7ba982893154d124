//! Carrying out the visit's commands (issue 13): customers, filing with the
//! intake record, photos (read off the UI thread), signatures, papers.

use super::CareDeskApp;
use crate::desk::{ClaimDetail, CustomerFields, StoreError};
use crate::media::photo::{MAX_PHOTO_BYTES, Photo, PhotoError};
use crate::report::customer::write_customer_data;
use crate::report::papers::{Paper, write_label, write_receipt};
use crate::tr;
use crate::ui::Panel;
use crate::ui::command::{Command, CustomerForm, IntakeFiling, PaperKind, PhotoFile, PhotoTarget};
use crate::ui::outcome::Outcome;
use crate::ui::view::Message;
use std::sync::{Arc, mpsc};

/// How many customers a picker lists.
const PICKER_LIMIT: usize = 12;

/// What the photo reader reports.
pub(super) enum PhotoEvent {
    /// Read and checked, for the intake form.
    Ready {
        photo: Arc<Photo>,
        thumbnail: Arc<egui::ColorImage>,
    },
    /// Kept with a filed claim.
    Attached {
        claim: String,
        name: String,
    },
    /// A claim filed with its photos, off the frame: the claim, or why
    /// nothing was filed; `check_in` when it was an appointment's.
    Filed {
        result: Result<Box<ClaimDetail>, StoreError>,
        check_in: bool,
    },
    Failed(String),
}

impl CareDeskApp {
    pub(super) fn find_customers(&mut self, query: String) {
        match self.desk.find(&query, PICKER_LIMIT) {
            Ok(found) => self.deliver(Outcome::CustomersFound {
                query,
                hits: found.customers,
            }),
            Err(e) => self.fail(&tr!("app-what-find-customers"), e),
        }
    }

    pub(super) fn add_customer(&mut self, fields: &CustomerFields, by: CustomerForm) {
        let Some(actor) = self.actor() else { return };
        match self.desk.add_customer(Some(actor), fields) {
            Ok(customer) => {
                self.info_text(tr!(
                    "app-customer-added",
                    id = customer.id,
                    name = customer.display_name()
                ));
                let id = customer.id;
                self.deliver(Outcome::CustomerAdded { customer, by });
                if by == CustomerForm::Customers {
                    self.open_customer(id);
                }
            }
            Err(e) => self.fail(&tr!("app-what-customer-not-added"), e),
        }
    }

    pub(super) fn open_customer(&mut self, id: i64) {
        match self.desk.customer_detail(id) {
            Ok(d) => {
                self.deliver(Outcome::CustomerShown(Box::new(d)));
                self.state.panel = Panel::Customers;
            }
            Err(e) => self.fail(&tr!("app-what-open-customer", id = id), e),
        }
    }

    pub(super) fn edit_customer(&mut self, id: i64, fields: &CustomerFields) {
        let Some(actor) = self.actor() else { return };
        match self.desk.edit_customer(actor, id, fields) {
            Ok(c) => {
                self.info_text(tr!("app-customer-saved", id = id, name = c.display_name()));
                self.open_customer(id);
            }
            Err(e) => self.fail(&tr!("app-what-customer-not-saved", id = id), e),
        }
    }

    pub(super) fn pick_customer_export(&mut self, id: i64) {
        if self.test_mode {
            return;
        }
        let Some(target) = rfd::FileDialog::new()
            .set_title(tr!("app-customer-export-title"))
            .set_file_name(tr!("app-customer-export-file", id = id))
            .add_filter(tr!("app-json-filter"), &["json"])
            .save_file()
        else {
            return;
        };
        self.export_customer(id, &target);
    }

    /// Writes everything held about customer `id` to `target` (JSON).
    pub fn export_customer(&mut self, id: i64, target: &std::path::Path) {
        let Some(actor) = self.actor() else { return };
        let written = self
            .desk
            .customer_data(actor, id)
            .map_err(|e| e.to_string())
            .and_then(|data| write_customer_data(target, &data).map_err(|e| e.to_string()));
        match written {
            Ok(_) => self.info_text(tr!(
                "app-customer-exported",
                id = id,
                file = target.display().to_string()
            )),
            Err(e) => {
                self.message = Some(Message::error(tr!(
                    "app-failed",
                    what = tr!("app-what-customer-export", id = id),
                    error = e
                )));
            }
        }
    }

    /// The claim is filed with its intake record, photos and signature in
    /// one transaction: all of it or nothing (the form keeps what was typed,
    /// drawn and dropped when nothing was filed).
    pub(super) fn file_intake(&mut self, f: IntakeFiling) {
        let Some(actor) = self.actor() else { return };
        let check_in = self.check_in_for(&f);
        let photos = f.attached.photos.len();
        if photos > 0 {
            // Megabytes of photos are written in the claim's transaction: on
            // a thread of its own, so no frame waits for the disk (the form
            // keeps everything until the claim is filed).
            self.info_text(tr!("app-filing-with-photos", count = photos));
            let ctx = self.ctx.clone();
            self.background
                .start_filing(&self.desk, ctx, actor, f, check_in);
            return;
        }
        let filed = file_at_counter(&self.desk, actor, &f, check_in);
        self.intake_filed(filed, check_in.is_some());
    }

    /// What filing at intake gave: the claim shown (and the appointment it
    /// was checked in from done), or why nothing was filed.
    fn intake_filed(&mut self, filed: Result<Box<ClaimDetail>, StoreError>, check_in: bool) {
        match filed {
            Ok(detail) => {
                if check_in {
                    self.checked_in_claim_filed();
                }
                self.claim_filed(*detail);
            }
            Err(e) => self.fail(&tr!("app-what-claim-not-filed"), e),
        }
    }

    /// The claim just filed: the form starts afresh, the claim is shown.
    pub(super) fn claim_filed(&mut self, detail: ClaimDetail) {
        let id = detail.row.id.as_str();
        self.info_text(if detail.row.approved {
            tr!("app-claim-filed-approved", id = id)
        } else {
            tr!("app-claim-filed-refused", id = id)
        });
        self.deliver(Outcome::ClaimFiled);
        self.deliver(Outcome::ClaimsChanged);
        let detail = Box::new(detail);
        self.deliver(Outcome::ClaimShown {
            detail,
            fresh: true,
        });
        self.refresh_product();
        self.state.panel = Panel::Claims;
        // Ready for the next scan.
        self.focus_serial = true;
    }

    /// Reads the claim again and shows it (what is typed in its form stays).
    pub(super) fn reload_shown_claim(&mut self, id: &str) {
        if let Ok(d) = self.desk.claim(id) {
            self.deliver(Outcome::ClaimShown {
                detail: Box::new(d),
                fresh: false,
            });
        }
    }

    pub(super) fn pick_photos(&mut self, target: PhotoTarget) {
        if self.test_mode {
            return;
        }
        let Some(paths) = rfd::FileDialog::new()
            .set_title(tr!("app-photos-title"))
            .add_filter(
                tr!("app-photos-filter"),
                &["jpg", "jpeg", "png", "heic", "heif"],
            )
            .pick_files()
        else {
            return;
        };
        let files = paths
            .into_iter()
            .map(|p| PhotoFile {
                name: p
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default(),
                path: Some(p),
                bytes: None,
            })
            .collect();
        self.load_photos(target, files);
    }

    /// Reads photo files off the UI thread (for the form, or kept with a claim).
    pub(super) fn load_photos(&mut self, target: PhotoTarget, files: Vec<PhotoFile>) {
        if files.is_empty() {
            return;
        }
        let Some(actor) = self.actor() else { return };
        self.info_text(tr!("app-photos-reading", count = files.len()));
        self.background
            .start_photos(&self.desk, self.ctx.clone(), actor, target, files);
    }

    /// Files dropped on the window go to the intake form or the open claim.
    pub(super) fn dropped(&mut self, files: Vec<PhotoFile>) {
        if files.is_empty() {
            return;
        }
        let target = match self.state.panel {
            Panel::Intake if self.product.is_some() => Some(PhotoTarget::Intake),
            Panel::Claims => self
                .panels
                .claims
                .open
                .as_ref()
                .map(|c| PhotoTarget::Claim(c.row.id.clone())),
            _ => None,
        };
        match target {
            Some(t) => self.load_photos(t, files),
            None => self.message = Some(Message::error(tr!("app-photos-drop-where"))),
        }
    }

    pub(super) fn photo_event(&mut self, e: PhotoEvent) {
        match e {
            PhotoEvent::Ready { photo, thumbnail } => {
                self.info_text(tr!("app-photo-ready", name = photo.name.as_str()));
                self.deliver(Outcome::PhotoReady { photo, thumbnail });
            }
            PhotoEvent::Attached { claim, name } => {
                self.info_text(tr!(
                    "app-photo-attached",
                    name = name.as_str(),
                    id = claim.as_str()
                ));
                self.reload_shown_claim(&claim);
            }
            PhotoEvent::Filed { result, check_in } => self.intake_filed(result, check_in),
            PhotoEvent::Failed(why) => self.message = Some(Message::error(why)),
        }
    }

    pub(super) fn sign_claim(&mut self, id: &str, sig: &crate::desk::Signature) {
        let Some(actor) = self.actor() else { return };
        match self.desk.sign_claim(actor, id, sig) {
            Ok(()) => {
                self.info_text(tr!("app-signed", id = id));
                self.reload_shown_claim(id);
            }
            Err(e) => self.fail(&tr!("app-what-signature", id = id), e),
        }
    }

    pub(super) fn pick_print(&mut self, claim: String, paper: PaperKind) {
        if self.test_mode {
            return;
        }
        let name = match paper {
            PaperKind::Receipt => tr!("app-receipt-file", id = claim.as_str()),
            PaperKind::Label => tr!("app-label-file", id = claim.as_str()),
        };
        if let Some(target) = rfd::FileDialog::new()
            .set_title(tr!("app-print-title"))
            .set_file_name(name)
            .add_filter(tr!("app-pdf-filter"), &["pdf"])
            .save_file()
        {
            self.apply(Command::Print {
                claim,
                paper,
                target,
            });
        }
    }

    /// Writes a claim's receipt (Letter in the US and Canada, else A4) or
    /// box label.
    pub(super) fn print(&mut self, claim: &str, paper: PaperKind, target: &std::path::Path) {
        let written = match paper {
            PaperKind::Receipt => {
                let size = self
                    .desk
                    .claim(claim)
                    .map(|d| Paper::for_region(&d.input.service_region.to_string()))
                    .unwrap_or_default();
                write_receipt(&self.desk, claim, size, target).map(|_| tr!("app-paper-receipt"))
            }
            PaperKind::Label => {
                write_label(&self.desk, claim, target).map(|_| tr!("app-paper-label"))
            }
        };
        match written {
            Ok(what) => self.info_text(tr!(
                "app-printed",
                what = what,
                id = claim,
                file = target.display().to_string()
            )),
            Err(e) => {
                self.message = Some(Message::error(tr!(
                    "app-failed",
                    what = tr!("app-what-print", id = claim),
                    error = e.to_string()
                )));
            }
        }
    }

    pub(super) fn info_text(&mut self, text: String) {
        self.message = Some(Message::info(text));
    }

    /// A supervisor forgets a customer (the PIN dialog's action).
    pub(super) fn forget_customer(
        &mut self,
        supervisor: i64,
        pin: &str,
        id: i64,
    ) -> Result<String, StoreError> {
        self.desk.forget_customer(supervisor, pin, id)?;
        self.open_customer(id);
        self.deliver(Outcome::ClaimsChanged);
        Ok(tr!("app-customer-forgotten", id = id))
    }
}

/// Reads one file's bytes, refusing one over 20 MB before reading it.
fn file_bytes(f: &PhotoFile) -> Result<Vec<u8>, String> {
    if let Some(b) = &f.bytes {
        return Ok(b.to_vec());
    }
    let Some(path) = &f.path else {
        return Err(tr!(
            "app-photo-unreadable",
            name = f.name.as_str(),
            error = "-"
        ));
    };
    let unreadable = |e: std::io::Error| {
        tr!(
            "app-photo-unreadable",
            name = f.name.as_str(),
            error = e.to_string()
        )
    };
    let size = std::fs::metadata(path).map_err(unreadable)?.len();
    if size > MAX_PHOTO_BYTES as u64 {
        return Err(PhotoError::TooLarge {
            name: f.name.clone(),
            size: usize::try_from(size).unwrap_or(usize::MAX),
        }
        .to_string());
    }
    std::fs::read(path).map_err(unreadable)
}

/// Files an intake's claim with its photos and signature: for the
/// appointment in check-in (`check_in`), or at the counter.
fn file_at_counter(
    desk: &crate::desk::Desk,
    actor: i64,
    f: &IntakeFiling,
    check_in: Option<i64>,
) -> Result<Box<ClaimDetail>, StoreError> {
    let (r, attached) = (&f.request, &f.attached);
    match check_in {
        Some(id) => desk.file_claim_at_check_in_with(
            actor, id, &r.serial, r.kind, &r.input, r.on, &f.intake, attached,
        ),
        None => desk.file_claim_at_intake_with(
            actor, &r.serial, r.kind, &r.input, r.on, &f.intake, attached,
        ),
    }
    .map(Box::new)
}

/// The thumbnail's pixels, for a texture.
fn thumbnail_pixels(photo: &Photo) -> Option<egui::ColorImage> {
    let img = image::load_from_memory(&photo.thumbnail_png)
        .ok()?
        .to_rgba8();
    let size = [img.width() as usize, img.height() as usize];
    Some(egui::ColorImage::from_rgba_unmultiplied(size, img.as_raw()))
}

impl super::jobs::Background {
    /// Reads (and for a claim, keeps) photos on a thread of their own; what
    /// happens comes back as `PhotoEvent`s, one a photo.
    pub(super) fn start_photos(
        &mut self,
        desk: &crate::desk::Desk,
        ctx: Option<egui::Context>,
        actor: i64,
        target: PhotoTarget,
        files: Vec<PhotoFile>,
    ) {
        let desk = desk.clone();
        let work = move |send: &dyn Fn(PhotoEvent)| {
            let photos: Vec<Result<Arc<Photo>, String>> = files
                .iter()
                .map(|f| {
                    let bytes = file_bytes(f)?;
                    Photo::read(&f.name, bytes)
                        .map(Arc::new)
                        .map_err(|e| e.to_string())
                })
                .collect();
            for p in photos {
                let event = match (p, &target) {
                    (Err(e), _) => PhotoEvent::Failed(e),
                    (Ok(photo), PhotoTarget::Intake) => match thumbnail_pixels(&photo) {
                        Some(t) => PhotoEvent::Ready {
                            photo,
                            thumbnail: Arc::new(t),
                        },
                        None => PhotoEvent::Failed(tr!(
                            "app-photo-unreadable",
                            name = photo.name.as_str(),
                            error = tr!("app-photo-no-thumbnail")
                        )),
                    },
                    (Ok(photo), PhotoTarget::Claim(id)) => {
                        match desk.attach_read_photo(actor, id, &photo) {
                            Ok(_) => PhotoEvent::Attached {
                                claim: id.clone(),
                                name: photo.name.clone(),
                            },
                            Err(e) => PhotoEvent::Failed(tr!(
                                "app-photo-not-kept",
                                name = photo.name.as_str(),
                                error = e.to_string()
                            )),
                        }
                    }
                };
                send(event);
            }
        };
        let thread = std::thread::Builder::new().name("photos".into());
        self.spawn_photo_work(thread, ctx, work);
    }

    /// Files a claim with its photos on a thread of its own; the claim (or
    /// why nothing was filed) comes back as `PhotoEvent::Filed`, and the
    /// form stays busy meanwhile (`reading_photos`).
    pub(super) fn start_filing(
        &mut self,
        desk: &crate::desk::Desk,
        ctx: Option<egui::Context>,
        actor: i64,
        f: IntakeFiling,
        check_in: Option<i64>,
    ) {
        let desk = desk.clone();
        let work = move |send: &dyn Fn(PhotoEvent)| {
            send(PhotoEvent::Filed {
                result: file_at_counter(&desk, actor, &f, check_in),
                check_in: check_in.is_some(),
            });
        };
        let thread = std::thread::Builder::new().name("filing".into());
        self.spawn_photo_work(thread, ctx, work);
    }

    /// Runs photo work on `thread`; each event it sends comes back to the
    /// window (woken for it). When no thread can be started, says so
    /// (nothing was done).
    fn spawn_photo_work(
        &mut self,
        thread: std::thread::Builder,
        ctx: Option<egui::Context>,
        work: impl FnOnce(&dyn Fn(PhotoEvent)) + Send + 'static,
    ) {
        let (tx, rx) = mpsc::channel();
        let job = move || {
            work(&|e: PhotoEvent| {
                let _ = tx.send(e);
                if let Some(ctx) = &ctx {
                    ctx.request_repaint();
                }
            });
        };
        match thread.spawn(job) {
            Ok(_) => self.photos.push(rx),
            Err(e) => {
                let (tx, rx) = mpsc::channel();
                let _ = tx.send(PhotoEvent::Failed(tr!(
                    "app-no-thread",
                    error = e.to_string()
                )));
                self.photos.push(rx);
            }
        }
    }

    /// What the photo readers reported since the last frame.
    pub(super) fn photo_events(&mut self) -> Vec<PhotoEvent> {
        let mut out = Vec::new();
        self.photos.retain(|rx| {
            loop {
                match rx.try_recv() {
                    Ok(e) => out.push(e),
                    Err(mpsc::TryRecvError::Empty) => break true,
                    Err(mpsc::TryRecvError::Disconnected) => break false,
                }
            }
        });
        out
    }

    /// Photos are still being read or kept (a claim filed with them).
    pub fn reading_photos(&self) -> bool {
        !self.photos.is_empty()
    }
}
