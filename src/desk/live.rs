//! Live refresh: what other workstations commit reaches this window within
//! a second. A background thread waits on the backend's change feed
//! (PostgreSQL `LISTEN/NOTIFY`; SQLite's `PRAGMA data_version`, checked once
//! a second) and hands each batch to a callback — the app's callback sends a
//! message and asks egui for a repaint, so nothing polls every frame.
//!
//! When the feed's connection is lost the thread says so once, retries with
//! a growing pause, and on reconnecting reports `Restored` followed by
//! `Change::Unknown` (notifications sent meanwhile were missed).

use super::Desk;
use crate::store::{Change, Storage};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

/// What the watcher reports.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LiveEvent {
    /// The watcher is listening: changes committed from now on are reported.
    Listening,
    Changed(Vec<Change>),
    /// The feed's connection is lost (the text says why); retrying.
    Lost(String),
    /// Connected again after `Lost`.
    Restored,
}

/// A running watcher; stops (within one wait) when dropped.
pub struct Watch {
    stop: Arc<AtomicBool>,
}

impl Drop for Watch {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}

/// How long one wait on the feed lasts; also SQLite's check interval.
pub const WAIT: Duration = Duration::from_secs(1);

impl Desk {
    /// Starts a thread that calls `on_event` with the changes committed to
    /// this database (by any workstation) until the returned `Watch` drops.
    pub fn watch(&self, on_event: impl Fn(LiveEvent) + Send + 'static) -> std::io::Result<Watch> {
        let storage = self.storage.clone();
        let stop = Arc::new(AtomicBool::new(false));
        let stopped = stop.clone();
        std::thread::Builder::new()
            .name("live-refresh".into())
            .spawn(move || run(&*storage, &stopped, &on_event))?;
        Ok(Watch { stop })
    }
}

fn run(storage: &dyn Storage, stop: &AtomicBool, on_event: &dyn Fn(LiveEvent)) {
    let mut feed = None;
    let mut lost = false;
    let mut first = true;
    let mut pause = Duration::from_millis(250);
    while !stop.load(Ordering::Relaxed) {
        let f = match &mut feed {
            Some(f) => f,
            None => match storage.changes() {
                Ok(f) => {
                    if first {
                        first = false;
                        on_event(LiveEvent::Listening);
                    }
                    if lost {
                        lost = false;
                        on_event(LiveEvent::Restored);
                        on_event(LiveEvent::Changed(vec![Change::Unknown]));
                    }
                    pause = Duration::from_millis(250);
                    feed.insert(f)
                }
                Err(e) => {
                    if !lost {
                        lost = true;
                        on_event(LiveEvent::Lost(e.to_string()));
                    }
                    std::thread::sleep(pause);
                    pause = (pause * 2).min(Duration::from_secs(5));
                    continue;
                }
            },
        };
        match f.wait(WAIT) {
            Ok(changes) if changes.is_empty() => {}
            Ok(changes) => on_event(LiveEvent::Changed(changes)),
            Err(e) => {
                feed = None;
                if !lost {
                    lost = true;
                    on_event(LiveEvent::Lost(e.to_string()));
                }
            }
        }
    }
}
