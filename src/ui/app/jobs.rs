//! Work away from the frame: long jobs on their own thread with progress
//! and Cancel (exports, demo data, imports), the claims-page reader, and the
//! live-refresh watcher. Each gets a clone of the service handle, never a
//! file path; what they report is turned into messages and `Outcome`s here.

use super::CareDeskApp;
use crate::desk::live::{LiveEvent, Watch};
use crate::desk::{Change, ClaimRow, DailyBackup, Desk, StoreError};
use crate::report::job::{ExportJob, ExportProgress};
use crate::tr;
use crate::ui::claims::PAGE;
use crate::ui::command::ClaimQuery;
use crate::ui::outcome::Outcome;
use crate::ui::view::Message;
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::{Arc, mpsc};
use std::time::Duration;

/// Everything that runs beside the window.
#[derive(Default)]
pub(super) struct Background {
    job: Option<Job>,
    /// Reads claim pages on its own connection (none in tests: read in place).
    pages: Option<PageReader>,
    /// The live-refresh watcher (stops when dropped) and what it reports.
    live: Option<(Watch, mpsc::Receiver<LiveEvent>)>,
    /// Today's automatic backup, running on its own thread.
    backup: Option<mpsc::Receiver<Result<DailyBackup, String>>>,
    /// Photo readers at work (`app/visit.rs`).
    pub(super) photos: Vec<mpsc::Receiver<super::visit::PhotoEvent>>,
}

/// Long work on its own thread.
pub(super) struct Job {
    pub title: String,
    /// Fraction done, read from what the worker updates.
    progress: Box<dyn Fn() -> f32>,
    cancel: Arc<AtomicBool>,
    done: mpsc::Receiver<Result<String, String>>,
}

impl Job {
    pub fn fraction(&self) -> f32 {
        (self.progress)()
    }
}

/// One page of the claims table, read.
struct PageResult {
    query: ClaimQuery,
    page: usize,
    rows: Result<Vec<ClaimRow>, String>,
}

/// A reader thread for the claims table (its own pooled connection).
struct PageReader {
    requests: mpsc::Sender<(ClaimQuery, usize)>,
    results: mpsc::Receiver<PageResult>,
    /// Pages asked for and not back yet.
    in_flight: usize,
}

impl Background {
    pub fn busy(&self) -> bool {
        self.job.is_some()
    }

    pub fn job(&self) -> Option<&Job> {
        self.job.as_ref()
    }

    pub fn cancel(&self) {
        if let Some(j) = &self.job {
            j.cancel.store(true, Ordering::Relaxed);
        }
    }

    pub fn has_page_reader(&self) -> bool {
        self.pages.is_some()
    }

    /// Starts the claims-page reader thread.
    pub fn start_pages(&mut self, desk: &Desk) {
        let desk = desk.clone();
        let (req_tx, req_rx) = mpsc::channel::<(ClaimQuery, usize)>();
        let (res_tx, res_rx) = mpsc::channel();
        let spawned = std::thread::Builder::new()
            .name("claims-pages".into())
            .spawn(move || {
                while let Ok((query, page)) = req_rx.recv() {
                    let rows = desk
                        .claims(&query.filter, query.sort, page * PAGE, PAGE)
                        .map_err(|e| e.to_string());
                    if res_tx.send(PageResult { query, page, rows }).is_err() {
                        return;
                    }
                }
            });
        self.pages = spawned.ok().map(|_| PageReader {
            requests: req_tx,
            results: res_rx,
            in_flight: 0,
        });
    }

    /// Asks the reader for a page; false when the reader has stopped.
    pub fn request_page(&mut self, query: ClaimQuery, page: usize) -> bool {
        let Some(reader) = &mut self.pages else {
            return false;
        };
        let sent = reader.requests.send((query, page)).is_ok();
        reader.in_flight += usize::from(sent);
        sent
    }
}

impl CareDeskApp {
    /// Starts the live-refresh watcher: another workstation's filing or
    /// step shows in the claims list and the open claim within a second.
    pub fn start_live(&mut self, ctx: &egui::Context) {
        let (tx, rx) = mpsc::channel();
        let ctx = ctx.clone();
        match self.desk.watch(move |e| {
            if tx.send(e).is_ok() {
                ctx.request_repaint();
            }
        }) {
            Ok(w) => self.background.live = Some((w, rx)),
            Err(e) => {
                let text = tr!("app-live-off", error = e.to_string());
                self.message = Some(Message::error(text));
            }
        }
    }

    /// Waits for the running job in tests (the UI never blocks on it).
    pub fn wait_for_job(&mut self, ctx: &egui::Context) {
        while self.background.busy() {
            std::thread::sleep(Duration::from_millis(20));
            self.poll_job(ctx);
        }
    }

    pub fn job_running(&self) -> bool {
        self.background.busy()
    }

    /// Today's backup of a SQLite database beside it (`backups/`, 7 daily
    /// and 4 weekly kept), on its own thread while the desk works: made at
    /// start unless there is one for today.
    pub(super) fn start_daily_backup(&mut self) {
        if self.desk.sqlite_path().is_none() {
            return; // PostgreSQL: pg_dump on the server (README).
        }
        let desk = self.desk.clone();
        let today = self.today();
        let (tx, rx) = mpsc::channel();
        let spawned = std::thread::Builder::new()
            .name("daily-backup".into())
            .spawn(move || {
                let _ = tx.send(desk.daily_backup(today).map_err(|e| e.to_string()));
            });
        if spawned.is_ok() {
            self.background.backup = Some(rx);
        }
    }

    /// Waits for today's backup in tests.
    pub fn wait_for_backup(&mut self) {
        let Some(rx) = self.background.backup.take() else {
            return;
        };
        let result = rx.recv().unwrap_or_else(|_| Err(tr!("job-no-result")));
        self.backup_done(result);
    }

    fn poll_backup(&mut self) {
        let Some(rx) = &self.background.backup else {
            return;
        };
        match rx.try_recv() {
            Ok(result) => {
                self.background.backup = None;
                self.backup_done(result);
            }
            Err(mpsc::TryRecvError::Empty) => {}
            Err(mpsc::TryRecvError::Disconnected) => self.background.backup = None,
        }
    }

    fn backup_done(&mut self, result: Result<DailyBackup, String>) {
        match result {
            Ok(_) => self.reload_database_facts(),
            // Said, not hidden: the disk may be the only copy.
            Err(e) => self.message = Some(Message::error(tr!("app-backup-failed", error = e))),
        }
    }

    pub(super) fn poll_background(&mut self, ctx: &egui::Context) {
        self.poll_backup();
        self.poll_job(ctx);
        self.poll_pages(ctx);
        self.poll_live();
        for e in self.background.photo_events() {
            self.photo_event(e);
        }
    }

    /// Runs `work` on its own thread with a clone of the desk; the status
    /// bar shows `title`, the progress `work` reports, and Cancel.
    fn start_job(
        &mut self,
        title: String,
        work: impl FnOnce(&Desk, &dyn Fn(f32) -> bool) -> Result<String, StoreError> + Send + 'static,
    ) {
        let desk = self.desk.clone();
        let progress = Arc::new(AtomicU32::new(0));
        let cancel = Arc::new(AtomicBool::new(false));
        let (p, c) = (progress.clone(), cancel.clone());
        let shown = Box::new(move || progress.load(Ordering::Relaxed) as f32 / 1000.0);
        self.spawn_job(title, shown, cancel, move || {
            let report = |f: f32| {
                p.store((f.clamp(0.0, 1.0) * 1000.0) as u32, Ordering::Relaxed);
                !c.load(Ordering::Relaxed)
            };
            work(&desk, &report).map_err(|e| e.to_string())
        });
    }

    /// Runs `work` on its own thread; the status bar shows `progress` and Cancel.
    fn spawn_job(
        &mut self,
        title: String,
        progress: Box<dyn Fn() -> f32>,
        cancel: Arc<AtomicBool>,
        work: impl FnOnce() -> Result<String, String> + Send + 'static,
    ) {
        if self.background.busy() {
            self.message = Some(Message::error(tr!("job-another-running")));
            return;
        }
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let _ = tx.send(work());
        });
        self.background.job = Some(Job {
            title,
            progress,
            cancel,
            done: rx,
        });
    }

    pub(super) fn start_export(&mut self, job: ExportJob) {
        let desk = self.desk.clone();
        let progress = ExportProgress::new();
        let cancel = Arc::new(AtomicBool::new(false));
        let target = job.target.display().to_string();
        let (p, c) = (progress.clone(), cancel.clone());
        self.spawn_job(
            tr!("job-exporting", target = target),
            Box::new(move || progress.fraction()),
            cancel,
            move || {
                job.run(&desk, p, c)
                    .map(|s| {
                        tr!(
                            "job-exported",
                            items = s.items,
                            format = s.format.extension().to_uppercase(),
                            target = s.target.display().to_string(),
                            kb = s.bytes.div_ceil(1024)
                        )
                    })
                    .map_err(|e| tr!("job-export-failed", error = e.to_string()))
            },
        );
    }

    pub(super) fn start_demo(&mut self, products: usize) {
        let today = self.today();
        let title = tr!("job-loading-demo", products = products);
        self.start_job(title, move |desk, progress| {
            let s = desk.load_demo(products, today, progress)?;
            Ok(if s.cancelled {
                tr!("job-demo-cancelled")
            } else {
                tr!(
                    "job-demo-loaded",
                    products = s.products,
                    claims = s.claims,
                    cards = s.cards
                )
            })
        });
    }

    pub(super) fn start_import(&mut self, path: std::path::PathBuf) {
        let Some(actor) = self.actor() else { return };
        let name = path.display().to_string();
        self.start_job(
            tr!("job-importing", file = name.as_str()),
            move |desk, progress| {
                let text = std::fs::read_to_string(&path)?;
                let n = desk.import_products_csv(actor, &text, progress)?;
                Ok(tr!("job-imported", count = n, file = name))
            },
        );
    }

    fn poll_job(&mut self, ctx: &egui::Context) {
        let Some(job) = &self.background.job else {
            return;
        };
        match job.done.try_recv() {
            Ok(result) => {
                self.background.job = None;
                self.message = Some(match result {
                    Ok(m) => Message::info(m),
                    Err(e) => Message::error(tr!("job-stopped", error = e)),
                });
                self.reload_staff();
                self.reload_database_facts();
                self.deliver(Outcome::ClaimsChanged);
                self.refresh_product();
            }
            Err(mpsc::TryRecvError::Empty) => {
                ctx.request_repaint_after(Duration::from_millis(100));
            }
            Err(mpsc::TryRecvError::Disconnected) => {
                self.background.job = None;
                self.message = Some(Message::error(tr!("job-no-result")));
            }
        }
    }

    /// Pages the reader sent back, to the claims panel (which drops pages
    /// of an old filter or sort); while pages are on their way the window
    /// looks again shortly.
    fn poll_pages(&mut self, ctx: &egui::Context) {
        let Some(reader) = &mut self.background.pages else {
            return;
        };
        let results: Vec<PageResult> = reader.results.try_iter().collect();
        reader.in_flight = reader.in_flight.saturating_sub(results.len());
        let waiting = reader.in_flight > 0;
        let arrived = !results.is_empty();
        for r in results {
            match r.rows {
                Ok(rows) => self.deliver(Outcome::ClaimsPage {
                    query: r.query,
                    page: r.page,
                    rows,
                }),
                Err(e) => {
                    self.message = Some(Message::error(tr!("app-cannot-read-claims", error = e)));
                }
            }
        }
        if waiting {
            ctx.request_repaint_after(Duration::from_millis(30));
        } else if arrived {
            ctx.request_repaint();
        }
    }

    /// What the live-refresh watcher reported since the last frame: the
    /// panels learn which claims changed; the open product is read again;
    /// a lost or restored connection is said.
    fn poll_live(&mut self) {
        let Some((_, rx)) = &self.background.live else {
            return;
        };
        let events: Vec<LiveEvent> = rx.try_iter().collect();
        let mut units_changed = false;
        for e in events {
            match e {
                LiveEvent::Changed(changes) => {
                    for c in changes {
                        units_changed = true;
                        match c {
                            Change::Claim(id) => {
                                self.deliver(Outcome::ClaimsChanged);
                                self.deliver(Outcome::ClaimChangedElsewhere(Some(id)));
                            }
                            Change::Units => {}
                            Change::Unknown => {
                                self.deliver(Outcome::ClaimsChanged);
                                self.deliver(Outcome::ClaimChangedElsewhere(None));
                            }
                        }
                    }
                }
                LiveEvent::Lost(why) => {
                    let text = tr!("app-connection-lost", reason = why.to_string());
                    self.message = Some(Message::error(text));
                }
                LiveEvent::Restored => {
                    self.message = Some(Message::info(tr!("app-connection-restored")));
                }
                LiveEvent::Listening => {}
            }
        }
        if units_changed
            && let Some(serial) = self.product.as_ref().map(|l| l.product.serial.clone())
            && let Ok(l) = self.desk.lookup(&serial, self.today())
        {
            self.product = Some(l);
        }
    }
}
