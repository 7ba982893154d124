//! A small connection pool shared by both backends.
//!
//! Hand-rolled rather than r2d2: the desk has a handful of threads (the
//! window, the claims-page reader, one background job, the live-refresh
//! feed), so it needs no reaper thread, no idle timeouts and no builder —
//! only "reuse an idle connection, open one when none is idle, never more
//! than `max`, and drop a broken one". The same 100 lines serve SQLite and
//! PostgreSQL, and the tests below pin that behaviour down.

use super::{Result, StoreError};
use std::sync::{Condvar, Mutex, MutexGuard};
use std::time::Duration;

type Connect<C> = Box<dyn Fn() -> Result<C> + Send + Sync>;

struct Slots<C> {
    idle: Vec<C>,
    /// Connections open now: idle plus checked out.
    open: usize,
}

pub struct Pool<C> {
    slots: Mutex<Slots<C>>,
    freed: Condvar,
    max: usize,
    wait: Duration,
    connect: Connect<C>,
    /// Whether a returned connection can be used again.
    reusable: fn(&mut C) -> bool,
}

impl<C> Pool<C> {
    /// A pool of at most `max` connections made by `connect`; a checkout
    /// waits up to `wait` for one to come back when all are in use.
    pub fn new(
        max: usize,
        wait: Duration,
        connect: impl Fn() -> Result<C> + Send + Sync + 'static,
        reusable: fn(&mut C) -> bool,
    ) -> Pool<C> {
        Pool {
            slots: Mutex::new(Slots {
                idle: Vec::new(),
                open: 0,
            }),
            freed: Condvar::new(),
            max: max.max(1),
            wait,
            connect: Box::new(connect),
            reusable,
        }
    }

    fn lock(&self) -> MutexGuard<'_, Slots<C>> {
        // A panic while holding the lock leaves the slots consistent (every
        // change is one statement), so a poisoned lock is still usable.
        self.slots.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// An idle connection, or a new one; waits while `max` are in use.
    pub fn get(&self) -> Result<Pooled<'_, C>> {
        let mut slots = self.lock();
        loop {
            if let Some(conn) = slots.idle.pop() {
                return Ok(Pooled {
                    conn: Some(conn),
                    pool: self,
                });
            }
            if slots.open < self.max {
                slots.open += 1;
                drop(slots);
                return match (self.connect)() {
                    Ok(conn) => Ok(Pooled {
                        conn: Some(conn),
                        pool: self,
                    }),
                    Err(e) => {
                        self.lock().open -= 1;
                        self.freed.notify_one();
                        Err(e)
                    }
                };
            }
            let (s, timeout) = self
                .freed
                .wait_timeout(slots, self.wait)
                .unwrap_or_else(|p| p.into_inner());
            slots = s;
            if timeout.timed_out() && slots.idle.is_empty() && slots.open >= self.max {
                return Err(StoreError::Busy(format!(
                    "all {} connections of this workstation are in use",
                    self.max
                )));
            }
        }
    }

    /// Closes every idle connection (the next checkout opens a fresh one).
    pub fn clear_idle(&self) {
        let mut slots = self.lock();
        let n = slots.idle.len();
        slots.idle.clear();
        slots.open -= n;
        drop(slots);
        self.freed.notify_all();
    }

    /// Runs `f` on every idle connection (settings applied to all).
    pub fn for_each_idle(&self, mut f: impl FnMut(&mut C)) {
        for c in self.lock().idle.iter_mut() {
            f(c);
        }
    }

    /// (open, idle) connections now.
    pub fn stats(&self) -> (usize, usize) {
        let s = self.lock();
        (s.open, s.idle.len())
    }

    fn give_back(&self, mut conn: C) {
        let mut slots = self.lock();
        if (self.reusable)(&mut conn) {
            slots.idle.push(conn);
        } else {
            slots.open -= 1;
        }
        drop(slots);
        self.freed.notify_one();
    }

    fn forget(&self) {
        self.lock().open -= 1;
        self.freed.notify_one();
    }
}

/// A checked-out connection; goes back to the pool when dropped.
pub struct Pooled<'a, C> {
    conn: Option<C>,
    pool: &'a Pool<C>,
}

impl<C> Pooled<'_, C> {
    /// Closes the connection instead of returning it (it is broken).
    pub fn discard(mut self) {
        self.conn = None;
        self.pool.forget();
    }
}

impl<C> std::ops::Deref for Pooled<'_, C> {
    type Target = C;
    fn deref(&self) -> &C {
        // Only `discard` and `drop` take it out, and both consume the guard.
        self.conn.as_ref().unwrap_or_else(|| unreachable!())
    }
}

impl<C> std::ops::DerefMut for Pooled<'_, C> {
    fn deref_mut(&mut self) -> &mut C {
        self.conn.as_mut().unwrap_or_else(|| unreachable!())
    }
}

impl<C> Drop for Pooled<'_, C> {
    fn drop(&mut self) {
        if let Some(conn) = self.conn.take() {
            self.pool.give_back(conn);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};

    fn counting(max: usize) -> (Arc<Pool<usize>>, Arc<AtomicUsize>) {
        let made = Arc::new(AtomicUsize::new(0));
        let m = made.clone();
        let pool = Pool::new(
            max,
            Duration::from_millis(200),
            move || Ok(m.fetch_add(1, Ordering::SeqCst)),
            |c| *c != 99,
        );
        (Arc::new(pool), made)
    }

    #[test]
    fn an_idle_connection_is_reused_before_a_new_one_is_opened() {
        let (pool, made) = counting(4);
        let a = *pool.get().unwrap();
        let b = *pool.get().unwrap();
        assert_eq!(
            (a, b),
            (0, 0),
            "the first connection came back and was reused"
        );
        assert_eq!(made.load(Ordering::SeqCst), 1);
        let first = pool.get().unwrap();
        let second = pool.get().unwrap();
        assert_eq!(
            (*first, *second),
            (0, 1),
            "two at once need two connections"
        );
        drop((first, second));
        assert_eq!(pool.stats(), (2, 2));
    }

    #[test]
    fn a_broken_or_discarded_connection_is_not_handed_out_again() {
        let (pool, made) = counting(2);
        let mut c = pool.get().unwrap();
        *c = 99; // not reusable
        drop(c);
        assert_eq!(pool.stats(), (0, 0));
        let c = pool.get().unwrap();
        assert_eq!(*c, 1);
        c.discard();
        assert_eq!(pool.stats(), (0, 0));
        assert_eq!(*pool.get().unwrap(), 2);
        assert_eq!(made.load(Ordering::SeqCst), 3);
    }

    #[test]
    fn at_most_max_connections_and_a_waiter_gets_one_back() {
        let (pool, _) = counting(1);
        let held = pool.get().unwrap();
        // All in use: a checkout waits, then gives up in plain words.
        let e = pool.get().map(|_| ()).unwrap_err();
        assert!(e.is_busy(), "{e}");
        // Returned while another thread waits: the waiter gets it.
        let p = pool.clone();
        let waiter = std::thread::spawn(move || p.get().map(|c| *c));
        std::thread::sleep(Duration::from_millis(50));
        drop(held);
        assert_eq!(waiter.join().unwrap().unwrap(), 0);
    }

    #[test]
    fn a_failed_connect_frees_its_slot() {
        let tries = Arc::new(AtomicUsize::new(0));
        let t = tries.clone();
        let pool: Pool<()> = Pool::new(
            1,
            Duration::from_millis(50),
            move || {
                if t.fetch_add(1, Ordering::SeqCst) == 0 {
                    Err(StoreError::ConnectionLost("server down".into()))
                } else {
                    Ok(())
                }
            },
            |_| true,
        );
        assert!(pool.get().map(|_| ()).unwrap_err().is_connection_lost());
        assert!(
            pool.get().is_ok(),
            "the slot of the failed connect is free again"
        );
        pool.clear_idle();
        assert_eq!(pool.stats(), (0, 0));
    }
}
